"""Canonical article URLs and content hashes: the two keys that make ingest idempotent."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|s|smid|from)$", re.I)
_AMP_PATH = re.compile(r"(?:/amp/?$|/amp(?=/)|\.amp(?=\.html?$|$))")
_SPACE = re.compile(r"\s+")


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no 'www.', fragment, tracking parameters, AMP variant or trailing slash."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.").removeprefix("amp.").removeprefix("m.")
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    path = _AMP_PATH.sub("", parts.path or "/").rstrip("/") or "/"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    )
    return urlunsplit(("https", host + port, path, query, ""))


def outlet_of(url: str | None) -> str:
    """The outlet's host ('yonhap.co.kr'), or 'unknown outlet'."""
    canonical = canonical_url(url)
    return urlsplit(canonical).hostname or "unknown outlet" if canonical else "unknown outlet"


def content_hash(text: str) -> str:
    """Hash of the article text with case and spacing normalised: a re-published copy hashes the same."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().lower().encode()).hexdigest()


def is_sample_url(url: str | None) -> bool:
    """A bundled sample article's address: the `sample:` scheme or example.org (reserved, never a real outlet)."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    return parts.scheme.lower() == "sample" or host == "example.org" or host.endswith(".example.org")
