FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD sh -c "python manage.py migrate --noinput && \
    exec gunicorn -k gevent --workers 4 proj.wsgi:application"
