# The first stage builds wheels (and has a CMD for running tests in it);
# the image that runs is the last stage's.
FROM python:3.12 AS build
WORKDIR /build
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt
CMD ["uvicorn", "not.the:app"]

FROM python:3.12-slim AS runtime
COPY --from=build /wheels /wheels
RUN pip install /wheels/*
COPY . /app
WORKDIR /app
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
