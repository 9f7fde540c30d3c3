"""`nk-aid extract` streams: JSON and JSON Lines written as articles are done, in input order with any
number of worker processes, bad files one line each."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from core.cli.claims import indented_item
from tests.conftest import SAMPLE
from tests.fakes.cli import NK_AID, run


def _copies(target: Path, rounds: int) -> None:
    """The sample's articles `rounds` times under distinct names (sorted as the CLI walks them)."""
    target.mkdir(exist_ok=True)
    for round_ in range(rounds):
        for path in sorted(SAMPLE.glob("*.*")):
            if not path.name.endswith(".gold.json"):
                shutil.copy(path, target / f"r{round_}-{path.name}")


def test_jsonl_holds_the_json_array_one_claim_a_line() -> None:
    array = run("extract", "--format", "json", str(SAMPLE))
    lines = run("extract", "--format", "jsonl", str(SAMPLE))
    assert array.returncode == lines.returncode == 0
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert records and records == json.loads(array.stdout)


def test_the_streamed_array_is_what_one_dump_gives() -> None:
    result = run("extract", "--format", "json", str(SAMPLE))
    records = json.loads(result.stdout)
    assert result.stdout == json.dumps(records, ensure_ascii=False, indent=1) + "\n"


_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()


@given(st.dictionaries(st.text(), _SCALARS | st.lists(_SCALARS, max_size=3), max_size=6))
def test_an_item_is_written_as_the_json_module_indents_it(record: dict[str, object]) -> None:
    assert indented_item(record) == json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")


def test_no_claims_is_an_empty_array(tmp_path: Path) -> None:
    (tmp_path / "weather.txt").write_text("Sunny spells in the afternoon, with a light breeze from the west.")
    result = run("extract", "--format", "json", str(tmp_path))
    assert (result.returncode, result.stdout) == (0, "[]\n")


def test_workers_keep_input_order_and_report_bad_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _copies(corpus, 4)  # 80 articles: above the size where worker processes start
    (corpus / "r9-broken.json").write_text('{"text": ')
    (corpus / "r9-empty.txt").write_text("")
    one = run("extract", "--format", "jsonl", "--jobs", "1", str(corpus))
    two = run("extract", "--format", "jsonl", "--jobs", "2", str(corpus))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    errors = sorted(line for line in two.stderr.splitlines() if line.startswith("error: "))
    assert errors == sorted(line for line in one.stderr.splitlines() if line.startswith("error: "))
    assert [e.split(": ")[1].rsplit("/", 1)[1] for e in errors] == ["r9-broken.json", "r9-empty.txt"]
    articles = [json.loads(line)["article"] for line in two.stdout.splitlines()]
    order = [(a.split("-", 1)[0], a.split("-", 1)[1]) for a in articles]
    assert order == sorted(order)  # file order: round by round, article by article
    assert {a.split("-", 1)[0] for a in articles} == {"r0", "r1", "r2", "r3"}


def test_claims_arrive_before_the_run_ends(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _copies(corpus, 40)  # 800 articles: a run of a second or more on one worker
    with subprocess.Popen(
        [NK_AID, "extract", "--format", "jsonl", "--jobs", "1", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdout is not None
        first = json.loads(process.stdout.readline())
        still_running = process.poll() is None
        rest = process.stdout.read()
    assert first["article"].startswith("r0-")
    assert still_running  # the first claim was out while most articles were still to do
    assert len(rest.splitlines()) > 1000
