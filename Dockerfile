# nk-aid: the bot (`nk-aid run`) and every CLI command, in a slim image that runs as a non-root user.
# Build: docker build -t nk-aid .   Run: docker compose up (see docker-compose.yml and README "Deploy").

# ---- builder: a virtualenv with the dependencies, then the project itself as a wheel -------------------------
FROM python:3.11-slim AS builder

ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src

# The dependency layer is rebuilt only when pyproject.toml changes: install its dependency list and those of the
# extras in [all] (the image runs the bots, charts and PostgreSQL) first; "nk-aid[...]" entries only name extras.
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
extras = p['optional-dependencies']; wanted = ['chart', 'postgres', 'slack', 'discord']; \
deps = p['dependencies'] + [d for name in wanted for d in extras[name] if not d.startswith('nk-aid[')]; \
print('\n'.join(dict.fromkeys(deps)))" > requirements.txt \
    && pip install -r requirements.txt

# ...then the project alone (a non-editable wheel; README.md is its long description).
COPY README.md ./
COPY core ./core
COPY bot ./bot
RUN pip install --no-deps . && python -m compileall -q /opt/venv/lib/python3.11/site-packages/core \
        /opt/venv/lib/python3.11/site-packages/bot

# ---- runtime: only the venv, config/ and the sample corpus -------------------------------------------------------
FROM python:3.11-slim AS runtime

RUN useradd --create-home --uid 10001 --user-group nkaid \
    && mkdir -p /data && chown nkaid:nkaid /data

COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY config ./config
COPY data/sample ./data/sample

# The installed package cannot find config/ beside its sources, so point at it; the default store is SQLite on the
# /data volume (docker-compose.yml sets PostgreSQL instead).
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    NK_AID_CONFIG_DIR=/app/config \
    NK_AID_DATABASE_URL=sqlite:////data/nk-aid.sqlite3

USER nkaid
VOLUME /data
# 8080: /healthz and /metrics; 3000: Slack HTTP mode (/slack/events; unused in Socket Mode).
EXPOSE 8080 3000

# No curl in slim images: Python's urllib. /healthz answers 503 (so urlopen raises) when the store or an adapter
# is down; its database check waits up to 5 s, hence the longer timeout. Assumes the default --health-port 8080.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=8)"]

ENTRYPOINT ["nk-aid"]
CMD ["run", "--log-format", "json"]
