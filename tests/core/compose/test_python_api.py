"""The README's Python API example runs as written and prints what the README says it prints."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import core
from tests.conftest import REPO

SECTION = re.compile(r"^## Python API\n(.*?)^## ", re.S | re.M)
BLOCK = re.compile(r"^```(python|text)\n(.*?)^```", re.S | re.M)


def readme_example() -> tuple[str, str]:
    section = SECTION.search((REPO / "README.md").read_text(encoding="utf-8"))
    assert section, "README.md has no '## Python API' section"
    blocks = dict((kind, body) for kind, body in BLOCK.findall(section[1]))
    return blocks["python"], blocks["text"]


def test_the_readme_example_runs_and_prints_what_it_says(tmp_path: Path) -> None:
    code, printed = readme_example()
    (tmp_path / "data").symlink_to(REPO / "data")  # the example reads data/sample from the current folder
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == printed
    assert (tmp_path / "nk-aid-example.sqlite3").is_file()


def test_the_api_names_are_exported_and_imported_only_when_used() -> None:
    assert sorted(core._API) == sorted(name for name in core.__all__ if name != "__version__")
    subpackages = {path.name for path in (REPO / "core").iterdir() if path.is_dir()} | {
        path.stem for path in (REPO / "core").glob("*.py")
    }
    for name in core._API:
        # `core.ingest` is a package: an API function of that name would be shadowed once the package is imported
        assert name not in subpackages, name
        assert callable(getattr(core, name)), name
    probe = "import sys, core; print(sorted(m for m in sys.modules if m.startswith(('core.', 'sqlalchemy'))))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    # `import core` costs nothing but core.regex_skip (a few functions over `re`, which is loaded anyway, set before any
    # pattern is compiled): the CLI's start-up stays fast
    assert done.stdout.strip() == "['core.regex_skip']"


def test_extract_text_never_raises_on_ordinary_text() -> None:
    assert core.extract_text("") == []
    assert core.extract_text("Nordkorea hat 3.000 Soldaten nach Russland geschickt, sagte Seoul.") == []
    assert core.extract_text("The weather in Oslo was mild.") == []
