"""Find the numbers in a sentence as journalists write them: '11,000', '10 900', '1.5 million', 'five thousand',
'47-hundred', 'a dozen', ranges, hedges ('about', 'more than', '-plus'), and vague amounts ('hundreds of')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.lexicon import Lexicon
from core.models import Qualifier

_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_ABBREV = {"k": 1_000, "mn": 1_000_000, "bn": 1_000_000_000, "mln": 1_000_000}
_WORD = "|".join([*_SMALL, *_TENS, *_SCALES, "dozen"])

# One numeric expression: digits (grouped properly, never '10,0000'), an optional scale word, or number words.
_NUMBER = re.compile(
    rf"""
    (?<![\w.,/:\-–$€£])
    (?:
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u202f]\d{{3}})+(?![\d,]|\s?-?(?:mm|millimet|cm|inch|km|kg|mile))|\d+(?:\.\d+)?)
        (?![\d]|,\d|\.\d|:\d)
        (?:[\s-]?(?P<scale>hundred|thousand|million|billion)(?![a-z])|(?P<abbrev>k|mn|bn|mln)(?![a-z]))?
        (?:-(?P<tail>\d{{1,3}})(?![\d,]))?
      | (?P<words>(?:an?[\s-]+)?(?:{_WORD})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{_WORD}|\d{{1,3}}(?![\d,])))*)
    )
    (?![\w])
    """,
    re.IGNORECASE | re.VERBOSE,
)
_VAGUE = re.compile(
    r"(?<![\w-])(?:(?:many|several|some|tens of|hundreds of)\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)"
    r"(?:\s+of\s+(?:thousands|millions))?\s+(?:of\s+)?"
    r"|(?<![\w-])(?:several|a few|few|many)\s+(?:hundred|thousand|million)\s+"
    r"|(?<![\w-])(?:a|an)\s+(?:substantial|significant|large|considerable|huge|vast|unknown|unspecified|sizable|sizeable"
    r"|undisclosed|great|certain)\s+(?:amount|number|quantity|quantities|volume|numbers)\s+of\s+",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTH})(?![a-z])", re.IGNORECASE)
_DATE_CHAIN = re.compile(r"^\s*(?:and|&|,|-|–|to)\s*$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_PHRASAL_OVER = re.compile(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|take[sn]?|taking|all)\s+over\s*$", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number found in text. `start`/`end` cover the figure itself (and a trailing '-plus')."""

    start: int
    end: int
    value: int | None
    value_max: int | None = None
    qualifier: Qualifier | None = None
    vague: bool = False
    from_words: bool = False
    year_like: bool = False
    hedge_start: int | None = None

    @property
    def weak(self) -> bool:
        """Small spelled-out numbers ('one', 'two') are too often not counts to stand without a noun."""
        return self.from_words and (self.value or 0) < 10


def parse_number(text: str) -> int | None:
    """The integer a single numeric expression denotes, or None when it is not a whole count."""
    match = _NUMBER.fullmatch(text.strip())
    return _value_of(match) if match else None


def find_quantities(text: str, lexicon: Lexicon) -> list[Quantity]:
    """Every count-like number in `text`, in order, with calibres, dates, money and the like left out."""
    raw: list[Quantity] = []
    last_date_end = -1
    for match in _NUMBER.finditer(text):
        value = _value_of(match)
        if value is None:
            continue
        start, end = match.start(), match.end()
        if _is_date_part(text, start, end, last_date_end):
            last_date_end = end
            continue
        if _is_not_a_count(text, start, end, match, lexicon):
            continue
        year_like = bool(
            match["digits"] and not match["scale"] and re.fullmatch(r"(?:19|20)\d\d", match["digits"])
        )
        raw.append(Quantity(start, end, value, from_words=bool(match["words"]), year_like=year_like))
    quantities = _join_ranges(text, raw)
    quantities = [_with_hedge(text, q, lexicon) for q in quantities]
    quantities.extend(_vague_amounts(text, quantities))
    return sorted(quantities, key=lambda q: q.start)


def _value_of(match: re.Match[str]) -> int | None:
    if match["words"]:
        return _words_value(match["words"])
    digits = match["digits"].replace(",", "").replace(" ", "").replace("\u202f", "")
    number = float(digits)
    if match["scale"]:
        number *= _SCALES[match["scale"].lower()]
    elif match["abbrev"]:
        number *= _SCALE_ABBREV[match["abbrev"].lower()]
    if match["tail"]:  # 'four-thousand-100' style tails after a scale: '4-thousand-100'
        if not (match["scale"] or match["abbrev"]):
            return None
        number += int(match["tail"])
    if number != int(number):
        return None  # '7.6', '2.50': measurements and prices, not counts
    return int(number)


def _words_value(words: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    total = current = 0
    seen_number = False
    for token in tokens:
        if token in ("a", "an"):
            current = 1
        elif token == "dozen":
            current = (current or 1) * 12
        elif token in _SMALL:
            current += _SMALL[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
        elif token.isdigit():
            current += int(token)
        else:
            return None
        seen_number = seen_number or token not in ("a", "an")
    if not seen_number:
        return None
    return total + current


def _is_date_part(text: str, start: int, end: int, last_date_end: int) -> bool:
    """'February 11', '11 February', and the '15' of 'December 14 and 15'."""
    if _MONTH_BEFORE.search(text[max(0, start - 12) : start]) or _MONTH_AFTER.match(text[end : end + 12]):
        return True
    return last_date_end >= 0 and _DATE_CHAIN.match(text[last_date_end:start]) is not None


def _is_not_a_count(text: str, start: int, end: int, match: re.Match[str], lexicon: Lexicon) -> bool:
    after = text[end : end + 24]
    before = text[max(0, start - 24) : start]
    if lexicon.not_count_after_re.match(after) or _ORDINAL_AFTER.match(after):
        return True
    if lexicon.not_count_before_re.search(before):
        return True
    words = match["words"]
    if words and re.fullmatch(r"(?:an?[\s-]+)?(?:one|a|an)", words.strip(), re.IGNORECASE):
        # 'one of', 'one-third', 'no one': a lone 'one' counts only before an item noun
        return bool(re.match(r"\s*(?:of|-|another|other|day|time|way|side|point)\b", after, re.IGNORECASE))
    return False


def _join_ranges(text: str, numbers: list[Quantity]) -> list[Quantity]:
    """Merge 'between X and Y', 'X to Y' and 'X-Y' into one quantity; 'from X to Y' is a change, not a range."""
    merged: list[Quantity] = []
    i = 0
    while i < len(numbers):
        q = numbers[i]
        if i + 1 < len(numbers):
            nxt = numbers[i + 1]
            joiner = text[q.end : nxt.start]
            before = text[max(0, q.start - 12) : q.start]
            is_between = _BETWEEN.search(before) is not None
            if (
                _RANGE_JOIN.match(joiner)
                and (is_between or joiner.strip().lower() != "and")
                and not _FROM.search(before)
                and q.value is not None
                and nxt.value is not None
            ):
                low = q.value
                if low < nxt.value and nxt.value % 1000 == 0 and low < 1000 and nxt.value >= 1000:
                    scale = 1000 if nxt.value < 1_000_000 else 1_000_000
                    if low * scale <= nxt.value:
                        low *= scale  # '10 to 12 thousand'
                if low < nxt.value:
                    start = q.start - len("between ") if is_between else q.start
                    merged.append(Quantity(max(start, 0), nxt.end, low, nxt.value, from_words=q.from_words))
                    i += 2
                    continue
        merged.append(q)
        i += 1
    return merged


def _with_hedge(text: str, q: Quantity, lexicon: Lexicon) -> Quantity:
    if q.value_max is not None:
        return q  # a bare range carries no qualifier
    before = text[max(0, q.start - 40) : q.start]
    qualifier = Qualifier.EXACT
    hedge_start = None
    if (m := lexicon.hedge_before_re.search(before)) and not _PHRASAL_OVER.search(before):
        qualifier = Qualifier(next(k for k, v in m.groupdict().items() if v))
        hedge_start = q.start - (len(before) - m.start())
    end = q.end
    after = text[q.end : q.end + 12]
    for hedge, words in lexicon.hedge_after:
        for word in words:
            if after.lower().startswith(word) or after.lower().startswith(" " + word):
                if word.isalpha() and after.lower().lstrip()[len(word) : len(word) + 1].isalpha():
                    continue
                qualifier = hedge
                end = q.end + after.lower().index(word) + len(word)
                break
    return Quantity(q.start, end, q.value, None, qualifier, year_like=q.year_like, from_words=q.from_words,
                    hedge_start=hedge_start)


def _vague_amounts(text: str, numbers: list[Quantity]) -> list[Quantity]:
    taken = [(q.start, q.end) for q in numbers]
    found = []
    for m in _VAGUE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found.append(Quantity(m.start(), m.end(), None, vague=True))
    return found
