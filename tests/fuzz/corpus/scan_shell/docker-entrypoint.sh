#!/bin/sh
set -e
alembic upgrade head
# uvicorn.workers is deprecated: the uvicorn-worker package holds the worker now.
exec gunicorn --worker-class uvicorn_worker.UvicornWorker \
    --bind 0.0.0.0:8000 main:app
