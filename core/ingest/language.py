"""A cheap English detector: share of common English function words among the words of a text."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "for",
        "on",
        "with",
        "at",
        "by",
        "from",
        "that",
        "this",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "be",
        "been",
        "it",
        "its",
        "as",
        "not",
        "but",
        "which",
        "who",
        "will",
        "would",
        "said",
        "says",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "than",
        "more",
        "about",
        "after",
        "before",
        "into",
        "over",
        "also",
    ]
)
# Words only English spells so, for the beat's items, tolls and estimates: a fact box or chart ('Killed: 600 |
# Wounded: 4,100', 'Troops sent: ~11k') has few function words but is English all the same (German, French and Spanish
# write 'Soldaten', 'tués', 'heridos'; words shared with them, 'missiles', 'Korea', are left out)
_ENGLISH_BEAT_WORDS = frozenset(
    """north korean troops soldiers killed wounded dead casualties shells launchers guns workers deployed estimates
    estimated losses captured rounds rockets ballistic howitzers engineers sappers deminers builders
    personnel""".split()
)
MIN_WORDS = 12
MIN_SHARE = 0.08  # English pages of the corpora score 0.19 and more, other languages 0.03 at most


def looks_english(text: str) -> bool:
    """True when the text reads as English; too-short texts get the benefit of the doubt."""
    words = _WORD.findall(text[:20_000].lower())
    if len(words) < MIN_WORDS:
        return True
    latin = sum(map(str.isascii, words))  # map and sum run in C: this was a third of reading a text file
    if latin / len(words) < 0.5:
        return False
    hits = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words))
    if hits / len(words) >= MIN_SHARE:
        return True
    return (hits + sum(map(_ENGLISH_BEAT_WORDS.__contains__, words))) / len(words) >= MIN_SHARE


def guess_language(text: str) -> str:
    """'en' for English, 'und' (undetermined) otherwise."""
    return "en" if looks_english(text) else "und"
