"""The `nk-aid` console script, run as a user runs it (a real subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.fakes.cli import run

SCHEMA = {
    "category",
    "subtype",
    "direction",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "status",
    "incremental",
    "period",
    "source",
    "quote",
    "article",
    "span",
    "confidence",
}


def test_extract_json_on_the_sample_corpus() -> None:
    result = run("extract", "--format", "json", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    claims = json.loads(result.stdout)
    assert claims and all(set(c) == SCHEMA for c in claims)
    articles = {c["article"] for c in claims}
    assert "001" in articles and "018" not in articles  # 018 is off-topic
    assert "skipped: " in result.stderr and "not English" in result.stderr  # 020 is German


def test_extract_defaults_to_the_sample_and_prints_a_table() -> None:
    result = run("extract")
    assert result.returncode == 0, result.stderr
    assert "artillery" in result.stdout and "South Korea" in result.stdout
    assert "20 articles" in result.stderr


def test_bad_files_get_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("North Korea has sent about 3,000 more troops to Russia, Seoul said.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "broken.json").write_text('{"text": ')
    (tmp_path / "nested.html").write_text("<div>" * 3000 + "x" + "</div>" * 3000)
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(50_000_000)
    result = run("extract", "--format", "json", str(tmp_path))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 5, result.stderr
    assert "Traceback" not in result.stderr
    assert any("huge.txt: 50.0 MB is over the 5.0 MB limit" in e for e in errors)
    assert any("binary.txt: binary data, not text" in e for e in errors)
    (claim,) = json.loads(result.stdout)
    assert (claim["article"], claim["value"], claim["incremental"]) == ("good", 3000, True)


def test_missing_path_is_an_error_line() -> None:
    result = run("extract", "no/such/file.txt")
    assert result.returncode == 1
    assert "error: no/such/file.txt: no such file or directory" in result.stderr


def test_eval_on_the_sample_gold_passes_its_gate() -> None:
    result = run("eval", str(SAMPLE), "--min-f1", "0.9", "--min-precision", "0.95", "--min-agreement", "0.9")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "QUANTIFIED" in result.stdout and "claims on off-topic/non-English articles: 0" in result.stdout


def test_eval_fails_below_the_gate() -> None:
    result = run("eval", str(SAMPLE), "--min-f1", "1.01")
    assert result.returncode == 1
    assert "FAIL: quantified F1 " in result.stderr and "is below --min-f1 1.01" in result.stderr


def test_eval_json_report() -> None:
    report = json.loads(run("eval", str(SAMPLE), "--format", "json").stdout)
    assert report["articles"] == 20 and report["f1"] >= 0.9


def test_eval_without_gold_files(tmp_path: Path) -> None:
    result = run("eval", str(tmp_path))
    assert result.returncode == 1
    assert "no NAME.gold.json files" in result.stderr


def test_check_config_and_a_bad_setting(tmp_path: Path) -> None:
    assert run("check-config").stdout.startswith("ok: ")
    result = run("check-config", env={"NK_AID_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: bad setting NK_AID_CONFIG_DIR: {tmp_path} holds no lexicon.toml"


@pytest.mark.parametrize(
    ("lexicon", "message"),
    [
        ("term = [", "invalid TOML"),
        ('[[term]]\ncategory = "tanks"\nsubtype = "x"\naliases = ["y"]\n', "bad lexicon entry term.0.category"),
    ],
)
def test_a_bad_lexicon_stops_the_run_with_its_entry(tmp_path: Path, lexicon: str, message: str) -> None:
    (tmp_path / "lexicon.toml").write_text(lexicon)
    result = run("extract", str(SAMPLE / "001.txt"), env={"NK_AID_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {tmp_path / 'lexicon.toml'}: {message}")
    assert "Traceback" not in result.stderr


def test_check_config_names_the_store_in_the_user_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data-home"
    result = run("check-config", env={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    store = data / "nk-aid" / "nk-aid.sqlite3"
    assert f"ok: store: sqlite:///{store} (the user data folder; NK_AID_DATABASE_URL unset)" in result.stdout


def test_a_sqlite_path_in_a_missing_folder_is_one_error_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'nk.sqlite3'}"
    result = run("brief", "troops", env={"NK_AID_DATABASE_URL": url})
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {url}: the folder {tmp_path / 'no' / 'such'} does not exist (create it, or set NK_AID_DATABASE_URL)\n"
    )
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("since", ["2w", "7d", "24h", "2025-01-01"])
def test_digest_and_brief_take_the_periods_chat_takes(tmp_path: Path, since: str) -> None:
    env = {"NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 'nk.sqlite3'}"}
    assert run("ingest", str(SAMPLE / "001.txt"), env=env).returncode == 0
    digest = run("digest", "--since", since, env=env)
    assert digest.returncode == 0, digest.stderr
    assert digest.stdout.startswith("nk-aid digest: changes since ")
    assert run("brief", "troops", "--since", since, env=env).returncode == 0


def test_a_period_chat_would_refuse_is_a_usage_error() -> None:
    result = run("digest", "--since", "2x")
    assert result.returncode == 2
    assert "'2x' is not a period (24h, 7d, 2w or YYYY-MM-DD)" in result.stderr


def test_a_failed_input_is_told_once(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = run("ingest", str(tmp_path / "empty.txt"), env={"NK_AID_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}"})
    assert result.returncode == 1
    assert result.stderr.count("empty.txt") == 1, result.stderr
