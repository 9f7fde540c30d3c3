"""docs/architecture.md stays true: the modules it names are the modules of core/ and bot/, and its nouns exist."""

from __future__ import annotations

import importlib
import re

from tests.conftest import REPO

DOC = REPO / "docs" / "architecture.md"
_ROW = re.compile(r"^\| `((?:core|bot)/[\w/]+\.py)` \|", re.MULTILINE)
_NOUN = re.compile(r"^\| ([A-Z][\w, ]+) \| `(core/[\w/]+)\.py`", re.MULTILINE)


def test_the_module_list_names_every_module_and_nothing_else() -> None:
    listed = _ROW.findall(DOC.read_text(encoding="utf-8"))
    assert len(listed) == len(set(listed)), "a module is listed twice"
    modules = {
        str(path.relative_to(REPO))
        for top in ("core", "bot")
        for path in (REPO / top).rglob("*.py")
        if path.name != "__init__.py" and "migrations" not in path.parts
    }
    assert set(listed) == modules


def test_every_noun_lives_where_the_table_says() -> None:
    rows = _NOUN.findall(DOC.read_text(encoding="utf-8"))
    assert len(rows) >= 10
    for nouns, path in rows:
        module = importlib.import_module(path.replace("/", "."))
        for noun in (n.strip() for n in nouns.split(",")):
            assert hasattr(module, noun), f"{noun} is not in {path}.py"


def test_only_the_composition_root_wires() -> None:
    """core/runtime.py alone builds the store and the desk (the engine and the bot receive them)."""
    wiring = re.compile(r"\b(?:SqlStore|Desk|open_engine|load_lexicon)\(")
    builders = {
        str(path.relative_to(REPO))
        for top in ("core", "bot")
        for path in (REPO / top).rglob("*.py")
        if wiring.search(
            path.read_text(encoding="utf-8").replace("def open_engine(", "").replace("def load_lexicon(", "")
        )
    }
    # claims.py keeps a cached default lexicon for callers of the bare engine (`extract_claims(article)`)
    assert builders == {"core/runtime.py", "core/extract/claims.py"}
