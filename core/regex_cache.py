"""Compiled regular expressions kept from one run to the next (start-up time).

Importing the engine and loading the lexicon compile about 1,150 patterns, and Python's `re` parses each one and
writes its program in Python: about 0.36 s, close to half of `nk-aid extract`'s start-up, paid again by every
process. Within `kept_programs()`, `re` builds each pattern from the program stored for it in the previous run
(`_sre.compile`, in C, as `re` itself ends), and only patterns not stored yet are parsed; the programs are then
written back for the next run. A pattern built so compares equal to one `re` compiles (same pattern, flags and
program), so matches are the same. The file is keyed by the interpreter and its regex engine (implementation,
full version, `_sre.MAGIC`, code size): another Python never reads it. Any failure (no cache folder, a bad file, an
`re` without these internals) falls back to compiling as usual.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

APP_NAME = "nk-aid"

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    # a patch release may change what `re` writes for a pattern, not only MAGIC: the full version is in the key
    # ('first': programs written with core/regex_skip.py's start sets, which those kept before lack)
    _KEY = "{}-{}.{}.{}-{}-{}-first".format(sys.implementation.name, *sys.version_info[:3], _sre.MAGIC, _sre.CODESIZE)
    if array("I").itemsize != _sre.CODESIZE:
        raise ImportError("a code word is not an unsigned int here")
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _compiler = None
    _KEY = ""

# (pattern, flags) -> (flags with the pattern's own, program, groups, group index, group names), as `re` passes
# them to `_sre.compile`, but the program as the bytes of its code words: the kept programs, 665,000 words, take
# 3 MB so, where as lists of ints they raised the process's peak memory by 7 MB
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = "I"  # (a code word: checked against _sre.CODESIZE above)


@contextlib.contextmanager
def kept_programs(scope: str) -> Iterator[None]:
    """Patterns compiled within are built from the programs kept by the previous run where there are any; `scope`
    names the file they are kept in (commands that compile the same patterns share one)."""
    if _compiler is None:
        yield
        return
    path = _cache_path(scope)
    kept = _read(path) if path is not None else {}
    used: dict[tuple[str, int], _Program] = {}
    compile_as_usual = _compiler.compile

    def compile_kept(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return compile_as_usual(pattern, flags)
        key = (pattern, int(flags))
        program = kept.get(key)
        if program is not None:
            try:
                compiled = _built(pattern, program)
            except Exception:  # a damaged entry (_sre checks the program): compile it again
                program = None
        if program is None:
            try:
                program = _program(pattern, flags)
                compiled = _built(pattern, program)
            except Exception:  # internals unlike 3.11-3.13's: `re` compiles it, and it is not kept
                return compile_as_usual(pattern, flags)
        used[key] = program
        return compiled

    _compiler.compile = compile_kept
    try:
        yield
    finally:
        _compiler.compile = compile_as_usual
    if path is not None and used.keys() - kept.keys():
        # Commands that share a scope compile much the same patterns, but not all: the file keeps both's, so that
        # neither rewrites it after the other. Patterns an edit left behind are dropped once they outnumber those used.
        _write(path, {**kept, **used} if len(kept) < 2 * len(used) else used)


def _built(pattern: str, program: _Program) -> Any:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


def _program(pattern: str, flags: int) -> _Program:
    """What `re._compiler.compile` passes to `_sre.compile` (Python 3.11-3.13), in plain types for marshal."""
    parsed = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _cache_path(scope: str) -> Path | None:
    try:
        from platformdirs import user_cache_path

        return user_cache_path(APP_NAME, appauthor=False) / f"regex-{scope}-{_KEY}.marshal"
    except Exception:  # no cache folder: compile as usual
        return None


def _read(path: Path) -> dict[tuple[str, int], _Program]:
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _write(path: Path, programs: dict[tuple[str, int], _Program]) -> None:
    """Written whole to a temporary file and renamed, so a run reading it meanwhile sees the old or the new file."""
    import tempfile  # (only here: importing it costs start-up more than reading the file)

    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".regex-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(marshal.dumps(programs))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
