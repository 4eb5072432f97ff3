#!/bin/sh
export GUNICORN_CMD_ARGS="-k gevent" WORKERS=4
MODE=prod
exec gunicorn app:app
