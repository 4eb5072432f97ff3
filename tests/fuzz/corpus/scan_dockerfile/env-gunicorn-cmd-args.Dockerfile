FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1 \
    GUNICORN_CMD_ARGS="--workers 4 --worker-class uvicorn.workers.UvicornWorker --bind 0.0.0.0:8000"
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "main:app"]
FROM python:3.12 AS base
ENV LEGACY "a b"
FROM base
ENV A=1 \
    GUNICORN_CMD_ARGS="-k gevent"
CMD gunicorn app:app
