#!/bin/bash
if [ "$ENV" = dev ]; then
  exec python manage.py runserver 0.0.0.0:8000
else
  FOO=1 exec poetry run gunicorn -k"$K" app:app 2>&1 | tee log
fi
sh -c "bash -c 'uvicorn m:app'"
