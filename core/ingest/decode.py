"""Turn raw bytes into text, refusing binary data and undecodable encodings with a one-line reason."""

from __future__ import annotations

import codecs

from core.errors import BinaryInputError, EmptyInputError, InputTooLargeError, MalformedInputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in real text (tab, LF, CR, FF are fine).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def check_size(size: int, source: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputTooLargeError(source, f"{_mb(size)} is over the {_mb(max_bytes)} limit")


def decode_text(data: bytes, source: str, max_bytes: int) -> str:
    """Decode `data` to str, or raise an InputError subclass that names `source`."""
    check_size(len(data), source, max_bytes)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _non_empty(data.decode(encoding), source)
            except UnicodeDecodeError:
                reason = f"starts with a {encoding} byte-order mark but is not {encoding}"
                raise MalformedInputError(source, reason) from None
    sample = data[:8192]
    if b"\x00" in sample or _binary_share(sample) > 0.10:
        raise BinaryInputError(source, "binary data, not text")
    try:
        return _non_empty(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # rarely needed (most text is UTF-8), and slow to import

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise MalformedInputError(source, "not UTF-8 and no other text encoding fits")
    return _non_empty(str(best), source)


def _non_empty(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyInputError(source, "empty: no text")
    return text


def _binary_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _BINARY_BYTES))) / len(sample)  # one pass, in C


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
