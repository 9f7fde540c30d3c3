"""Read article files: plain text, HTML, JSON records (object, array or JSON Lines), with NAME.json sidecars."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core.errors import InputError, MalformedInputError, UnsupportedInputError
from core.ingest.clean import clean_page
from core.ingest.decode import check_size, decode_text
from core.ingest.html import extract_html, looks_like_html
from core.ingest.language import guess_language
from core.models import Article

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json", ".jsonl"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

_DATE_PREFIX = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_LONG_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}


def iter_input_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and article files found by walking directories (sorted, sidecars skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in ARTICLE_SUFFIXES and not is_companion_file(child):
                    yield child
        else:
            yield path


def is_companion_file(path: Path) -> bool:
    """Gold files and NAME.json sidecars beside NAME.txt/NAME.html are metadata, not articles."""
    if path.name.endswith(".gold.json") or path.name.lower() == "readme.md":
        return True
    if path.suffix.lower() == ".json":
        return any(path.with_suffix(s).exists() for s in TEXT_SUFFIXES | HTML_SUFFIXES)
    return False


def read_articles(path: Path, max_bytes: int) -> list[Article]:
    """All articles in one file; raises an InputError subclass (one line, names the file) when unusable."""
    source = str(path)
    if not path.exists():
        raise UnsupportedInputError(source, "no such file or directory")
    if not path.is_file():
        raise UnsupportedInputError(source, "not a regular file")
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise UnsupportedInputError(source, f"unsupported file type '{suffix or path.name}' (use .txt, .html or .json)")
    check_size(path.stat().st_size, source, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UnsupportedInputError(source, f"cannot read file ({err.strerror})") from None
    text = decode_text(data, source, max_bytes)
    if suffix in JSON_SUFFIXES:
        return [_article_from_record(rec, path, i) for i, rec in enumerate(_json_records(text, source, suffix))]
    meta = _sidecar(path)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        page = extract_html(text, source)
        meta.setdefault("title", page.title)
        meta.setdefault("published", page.published)
        text = page.text
    return [build_article(path.stem, text, meta, source)]


def _json_records(text: str, source: str, suffix: str) -> list[dict[str, Any]]:
    if suffix == ".jsonl":
        records = [load_json(line, source) for line in text.splitlines() if line.strip()]
    else:
        loaded = load_json(text, source)
        records = loaded if isinstance(loaded, list) else [loaded]
    for record in records:
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise UnsupportedInputError(source, "JSON article records need a string 'text' field")
    return records


def load_json(text: str, source: str) -> Any:
    """Parsed JSON, or MalformedInputError saying why: broken syntax, nesting deeper than the parser's stack
    (`[[[[...` 100,000 deep), or an integer longer than Python converts (4,300 digits)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedInputError(source, f"invalid JSON at line {err.lineno} column {err.colno}: {err.msg}") from None
    except RecursionError:
        raise MalformedInputError(source, "JSON nested too deeply to read") from None
    except ValueError as err:  # the int conversion limit; its message is long and names a Python function
        raise MalformedInputError(source, f"unreadable JSON ({str(err).split(':')[0]})") from None


def _article_from_record(record: dict[str, Any], path: Path, index: int) -> Article:
    _check_metadata(record, str(path))
    record_id = str(record.get("id") or (path.stem if index == 0 else f"{path.stem}-{index}"))
    text = record["text"]
    if looks_like_html(text):
        text = extract_html(text, f"{path}#{record_id}").text
    return build_article(record_id, text, record, f"{path}#{record_id}" if index else str(path))


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    try:
        text = sidecar.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise MalformedInputError(str(sidecar), f"unreadable sidecar metadata ({type(err).__name__})") from None
    loaded = load_json(text, str(sidecar))
    if not isinstance(loaded, dict):
        raise MalformedInputError(str(sidecar), f"sidecar metadata is a JSON {_json_type(loaded)}, not an object")
    _check_metadata(loaded, str(sidecar))
    return {k: v for k, v in loaded.items() if v is not None}


_METADATA_TYPES: dict[str, tuple[type, ...]] = {"title": (str,), "url": (str,), "published": (str,), "id": (str, int)}


def _check_metadata(meta: dict[str, Any], source: str) -> None:
    """The metadata fields we read hold what they should: `"url": 5` or `"title": {...}` is named, not crashed on."""
    for key, types in _METADATA_TYPES.items():
        value = meta.get(key)
        if value is not None and (not isinstance(value, types) or isinstance(value, bool)):
            wanted = " or ".join(_json_type(t()) for t in types)
            raise MalformedInputError(source, f"metadata field '{key}' is a JSON {_json_type(value)}, not a {wanted}")


def _json_type(value: object) -> str:
    names = {bool: "boolean", int: "number", float: "number", str: "string", list: "array", dict: "object"}
    return names.get(type(value), "null")


def build_article(article_id: str, raw_text: str, meta: dict[str, Any], source: str) -> Article:
    """An Article from extracted text and its metadata (`title`, `url`, `published`); `source` names it in errors."""
    text, unasserted = clean_page(raw_text)
    if not text:
        raise InputError(source, "no article text left after removing page furniture")
    title = meta.get("title") or text.split("\n", 1)[0][:300]
    return Article(
        id=article_id,
        text=text,
        title=str(title),
        url=meta.get("url"),
        published=_parse_date(meta.get("published")) or _date_in_text(raw_text),
        language=guess_language(text),
        origin=source,
        unasserted=unasserted,
    )


def _parse_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        match = _ISO_DATE.search(value)
        return _safe_date(int(match[1]), int(match[2]), int(match[3])) if match else None


def _date_in_text(raw: str) -> date | None:
    """The dateline of a page (first few lines only: later dates are events, not publication)."""
    head = raw[:400]
    if match := _DATE_PREFIX.match(head):
        return _parse_date(match[1])
    if match := _LONG_DATE.search(head):
        return _safe_date(int(match[3]), _MONTHS[match[1]], int(match[2]))
    if match := _ISO_DATE.search(head):
        return _safe_date(int(match[1]), int(match[2]), int(match[3]))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
