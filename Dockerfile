# Minimal working image for the extraction engine; the deployment issue completes it (bot, health, PostgreSQL).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

# Dependencies first, so code changes reuse the cached layer.
COPY pyproject.toml README.md ./
RUN mkdir -p core bot && touch core/__init__.py bot/__init__.py && pip install -e . && rm -rf core bot

COPY core ./core
COPY bot ./bot
COPY config ./config
COPY data ./data
RUN pip install --no-deps -e . && useradd --create-home --uid 10001 nkaid
USER nkaid

ENTRYPOINT ["nk-aid"]
CMD ["extract"]
