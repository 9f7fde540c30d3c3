"""core.regex_cache: a pattern built from a kept program is the pattern `re` compiles (equal: pattern, flags and
program), whatever the file holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core import regex_cache

# patterns of the kinds the engine writes: named groups, lookarounds, case-blind parts, classes, repeats
PATTERNS = [
    (r"\b(?P<country>(?i:south\s+korea|the\s+us))\s+(?P<noun>officials?)\b(?!['’]s)", 0),
    (r"(?<![a-z0-9])(?:no(?:rth korea(?:n)?|rway))(?![a-z0-9])", 0),
    (r"(?:about|some|nearly)\s+(\d[\d,.]*)\s+(?:troops|shells)", re.IGNORECASE),
    (r"^\s*(?:read also|see also)\b.*$", re.MULTILINE),
]


def _compiled() -> list[re.Pattern[str]]:
    re.purge()  # (re's own cache would answer without compiling)
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _file(folder: Path) -> Path:
    return next((folder / "nk-aid").glob("regex-test-*.marshal"))


@pytest.fixture
def cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_kept_programs_give_the_patterns_re_compiles(cache_home: Path) -> None:
    usual = _compiled()
    with regex_cache.kept_programs("test"):  # first run: compiled, then written
        first = _compiled()
    written = _file(cache_home).stat().st_mtime_ns
    with regex_cache.kept_programs("test"):  # next run: built from the file, which stays as it was
        kept = _compiled()
    assert first == usual and kept == usual
    assert _file(cache_home).stat().st_mtime_ns == written
    text = "South Korea officials said about 1,000 troops went; North Korean shells"
    assert [p.pattern for p in kept] == [p.pattern for p in usual]
    assert [[m.span() for m in p.finditer(text)] for p in kept] == [[m.span() for m in p.finditer(text)] for p in usual]
    assert kept[0].groupindex == usual[0].groupindex


def test_a_damaged_file_is_compiled_as_usual(cache_home: Path) -> None:
    with regex_cache.kept_programs("test"):
        _compiled()
    path = _file(cache_home)
    path.write_bytes(b"not marshal data")
    with regex_cache.kept_programs("test"):
        assert _compiled() == [re.compile(p, f) for p, f in PATTERNS]
    # a program that does not fit its pattern: _sre refuses it, and the pattern is compiled again
    import marshal

    programs = marshal.loads(path.read_bytes())
    key = next(iter(programs))
    flags, code, groups, groupindex, indexgroup = programs[key]
    programs[key] = (flags, b"\xff\xff\x00\x00" + code, groups, groupindex, indexgroup)
    path.write_bytes(marshal.dumps(programs))
    with regex_cache.kept_programs("test"):
        assert _compiled() == [re.compile(p, f) for p, f in PATTERNS]


def test_outside_the_scope_re_compiles_as_usual(cache_home: Path) -> None:
    compile_as_usual = re._compiler.compile  # type: ignore[attr-defined]
    with regex_cache.kept_programs("test"):
        pass
    assert re._compiler.compile is compile_as_usual  # type: ignore[attr-defined]
    assert not (cache_home / "nk-aid").exists()  # (nothing compiled, nothing written)


def test_internals_unlike_these_compile_as_usual(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An interpreter whose `re` writes programs otherwise: every pattern compiles as `re` does, and none is kept."""

    def other_internals(pattern: str, flags: int) -> object:
        raise TypeError("another signature")

    monkeypatch.setattr(regex_cache, "_program", other_internals)
    with regex_cache.kept_programs("test"):
        assert _compiled() == [re.compile(p, f) for p, f in PATTERNS]
    assert not (cache_home / "nk-aid").exists()
