"""The deployment files: config/example.env lists every variable the code reads, docker-compose.yml runs the bot
on a healthy PostgreSQL, and the Dockerfile is multi-stage, non-root and health-checked."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from bot.cli import run_command
from core.errors import ConfigError
from core.settings import SECRET_FIELDS, Settings, load_settings, variable
from tests.conftest import REPO

EXAMPLE_ENV = REPO / "config" / "example.env"
COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"

_ENV_LINE = re.compile(r"^#?\s*([A-Z][A-Z0-9_]*)=(.*)$")


def read_example_env() -> dict[str, tuple[str, int]]:
    """NAME -> (placeholder value, line index), commented-out or not."""
    found: dict[str, tuple[str, int]] = {}
    for index, line in enumerate(EXAMPLE_ENV.read_text(encoding="utf-8").splitlines()):
        if match := _ENV_LINE.match(line):
            found[match.group(1)] = (match.group(2), index)
    return found


CODE_VARIABLES = [variable(name) for name in Settings.model_fields]


def test_the_settings_class_reads_the_variables_the_docs_name() -> None:
    # Guards the introspection itself: if it broke, the listing test below would check nothing useful.
    documented = {"NK_AID_DATABASE_URL", "NK_AID_DIGEST_CONCURRENCY", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN",
                  "SLACK_SIGNING_SECRET", "SLACK_API_URL", "DISCORD_TOKEN", "DISCORD_API_URL",
                  "DISCORD_GATEWAY_URL"}  # fmt: skip
    assert documented <= set(CODE_VARIABLES)


@pytest.mark.parametrize("name", CODE_VARIABLES)
def test_example_env_lists_every_variable_with_a_comment(name: str) -> None:
    listed = read_example_env()
    assert name in listed, f"config/example.env does not list {name}"
    lines = EXAMPLE_ENV.read_text(encoding="utf-8").splitlines()
    above = lines[listed[name][1] - 1]
    assert above.startswith("# ") and not _ENV_LINE.match(above), f"{name} has no comment line above it"


def test_example_env_lists_nothing_the_code_does_not_read() -> None:
    assert sorted(set(read_example_env()) - set(CODE_VARIABLES)) == []


def test_example_env_keeps_every_token_commented_out() -> None:
    # Copied as .env, it must not start an adapter with a placeholder token.
    for line in EXAMPLE_ENV.read_text(encoding="utf-8").splitlines():
        assert not re.match(r"^(SLACK|DISCORD)_\w*(TOKEN|SECRET)=", line), line


def test_example_env_placeholders_are_valid_settings_but_the_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    listed = read_example_env()
    secrets = {variable(name) for name in SECRET_FIELDS}
    for name, (value, _) in listed.items():
        if name != "NK_AID_CONFIG_DIR" and name not in secrets:  # the former is a path inside the image
            monkeypatch.setenv(name, value)
    settings = Settings()
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert settings.discord_api_url == "https://discord.com/api/v10"
    for name in sorted(secrets):  # left in place unchanged, a placeholder stops the start
        with monkeypatch.context() as patch:
            patch.setenv(name, listed[name][0])
            with pytest.raises(ConfigError, match=f"^bad setting {name}: is empty or a placeholder$"):
                load_settings()


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_compose_runs_postgresql_16_with_a_healthcheck_on_a_named_volume(compose: dict[str, Any]) -> None:
    db = compose["services"]["db"]
    assert db["image"].startswith("postgres:16")
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]


def test_compose_starts_the_bot_on_a_healthy_database(compose: dict[str, Any]) -> None:
    bot = compose["services"]["bot"]
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert bot["environment"]["NK_AID_DATABASE_URL"] == "postgresql+psycopg://nkaid:nkaid@db:5432/nkaid"
    assert bot["env_file"] == [{"path": ".env", "required": False}]
    assert {port.split(":")[-1] for port in bot["ports"]} == {"8080", "3000"}
    assert bot["build"] == "."


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n(\s*#.*\n)*", " ", DOCKERFILE.read_text(encoding="utf-8"))
    instructions = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            keyword, _, rest = line.strip().partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def test_dockerfile_is_multi_stage_and_runs_as_a_non_root_user() -> None:
    instructions = dockerfile_instructions()
    froms = [args for keyword, args in instructions if keyword == "FROM"]
    assert len(froms) > 1
    assert all(args.startswith("python:3.11-slim") for args in froms)
    runtime = instructions[max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM") :]
    users = [args for keyword, args in runtime if keyword == "USER"]
    assert users and users[-1] not in {"root", "0", "0:0"}
    assert ("ENTRYPOINT", '["nk-aid"]') in instructions
    assert ("CMD", '["run", "--log-format", "json"]') in instructions


def test_dockerfile_healthcheck_hits_healthz_on_the_default_health_port() -> None:
    healthchecks = [args for keyword, args in dockerfile_instructions() if keyword == "HEALTHCHECK"]
    assert len(healthchecks) == 1
    command = json.loads(healthchecks[0][healthchecks[0].index("CMD") + 3 :])
    assert command[:2] == ["python", "-c"]
    compile(command[2], "HEALTHCHECK", "exec")  # the one-liner is valid Python
    health_port = next(param.default for param in run_command.params if param.name == "health_port")
    slack_port = next(param.default for param in run_command.params if param.name == "slack_port")
    assert f"http://127.0.0.1:{health_port}/healthz" in command[2]
    exposed = next(args for keyword, args in dockerfile_instructions() if keyword == "EXPOSE").split()
    assert exposed == [str(health_port), str(slack_port)]
