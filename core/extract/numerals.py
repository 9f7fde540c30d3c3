"""The value of one written number: digits as journalists group them ('11,000', '10 900', '14.000' in translated
copy, '1.5 million', '6k', '4-thousand-100') and words ('five thousand', 'a dozen', 'forty-seven hundred').
core/extract/numbers.py finds the numbers of a text and decides which are counts."""

from __future__ import annotations

import re
from decimal import Decimal

from core.phrases import normalise, trie_pattern

_SMALL = {
    w: i
    for i, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen""".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    if i > 1
}
_SMALL_WORDS = {i: w for w, i in _SMALL.items()}


def small_number_word(value: int) -> str | None:
    """The word for a number below twenty ('two' for 2), as an article may spell it."""
    return _SMALL_WORDS.get(value)


# (lakh and crore: Indian wire copy's scales, 'two lakh artillery shells' is 200,000)
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "billion": 1_000_000_000,
}
# 'm' only before a word: '4m shells' (British copy), '"more than 1m" rounds', '9m+'; '60m' alone or '500m from the
# front' are metres
# ('3 thous. militaries', '12 ths. people': translated Ukrainian copy's abbreviations of 'thousand')
_SCALE_ABBREV = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "mln": 1_000_000,
    "thous.": 1_000,
    "thous": 1_000,
    "ths.": 1_000,
    "ths": 1_000,
}
_WORD = trie_pattern([*_SMALL, *_TENS, *SCALES, "dozen"])

# Both patterns run on lower-cased text and start with what they match (no lookbehind), so `re` can skip
# ahead fast; `_starts_number` checks the character before a match instead.
# Digits: grouped properly (never '10,0000'; sloppy copy's '10, 000' is 10,000), with an optional scale word
# ('1.5 million', '47-hundred', '6k'; machine English's '12 thousands').
# The hedge words a pattern looks past between its own words and a number ('killed about 40', ', and some 20
# launchers'); which qualifier each sets is the lexicon's [hedges] business.
HEDGE_WORD = (
    r"(?:about|around|some|roughly|nearly|approximately|over|more\s+than|at\s+least|up\s+to|an\s+estimated|estimated|"
    r"as\s+many\s+as|well\s+over)"
)
DIGIT_NUMBER = re.compile(
    r"""
    (?P<digits>[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]{0,2}(?:,\ 000)+(?![0-9])
                    |[0-9]{0,2}(?:\.[0-9]{3})+(?![0-9])(?!\s*(?:million|billion|bn|mn))
                    |[0-9]{0,2}(?:[ \u202f][0-9]{3})+(?![0-9]|,[0-9]|\s?-?(?:mm|millimet|cm|inch|km|kg|mile))
                    |[0-9]{0,2},[0-9]{1,2}(?=[\s-]?(?:thousand|million|billion)(?![a-z]))
                    |[0-9]*(?:\.[0-9]+)?))
    (?![0-9]|,[0-9]|\.[0-9]|:[0-9])
    (?:[\s-]?(?P<scale>hundred|thousand|lakh|million|crore|billion)(?P<plural>s)?(?![a-z])|(?P<abbrev>k|\s?mn|\s?bn|\s?mln|\s?thous\.?|\s?ths\.?|m(?=["”’']?\s+[a-z]|\+|[.,;](?:\s|$))(?!\s+(?:from|of|away|long|wide|deep|high|tall|above|below|behind|across|inside|outside|beyond|into|along|to|toward|towards|off|north|south|east|west|in\s+(?:length|diameter|height|width))\b))(?![a-z]))?
    (?:(?<=[a-z])-(?P<tail>[0-9]{1,3})(?![0-9]|,[0-9]))?
    (?![\w]|/[0-9\s])
    """,
    re.VERBOSE,
)
# `[0-9]` rather than `\d`: a pattern that starts with an ASCII class lets `re` skip non-digits in C.
NUMBER_WORD_HINTS = tuple(
    """one two thr four five six seven eight nine ten eleven twel fift twent thirt fort hundred thousand million
    billion dozen zero lakh crore""".split()
)
# Words: 'five thousand', 'four-thousand-100', 'a dozen', 'one-thousand'.
# The lookbehind keeps a match from starting inside a word: 'someone two thousand' would otherwise match
# 'one two thousand', be refused as not starting a number, and hide 'two thousand'. It is faster, too.
# 'and' joins only after a scale word ('one hundred and five', 'two hundred and fifty thousand'), and not before
# the same scale again: 'between four and five million', 'between three thousand and five thousand' are two numbers.
_AND_AFTER_SCALE = (
    "(?:"
    + "|".join(
        rf"(?<={scale}[\s-])and[\s-]+(?!(?:[a-z0-9]+[\s-]+){{0,2}}{scale}\b)"
        for scale in ("hundred", "thousand", "million", "billion")
    )
    + ")"
)
# A decimal read aloud, as TV scripts spell figures: 'one point five million shells' (1,500,000), its digits
# named one by one and a scale after them (not 'at one point five soldiers were seen': no scale follows; nor 'at one
# point five thousand troops were massed', the idiom 'at one point' and a count after it)
_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_POINT = rf"(?<!\bat\sone\s)point[\s-]+(?=(?:{_DIGIT_WORD}[\s-]+){{1,3}}(?:thousand|lakh|million|crore|billion)\b)"
WORD_NUMBER = re.compile(
    # (digits go on a number in words, '4-thousand-100', but not a calibre after it: 'four million 152-mm shells')
    rf"(?<![a-z0-9])(?P<words>{_WORD}(?:(?:[\s-]+(?:{_AND_AFTER_SCALE}|{_POINT})?)"
    rf"(?:{_WORD}|[0-9]{{1,3}}(?![0-9]|,[0-9]|\s*-?(?:mm|cm|millimet|calib))))*)"
    r"(?![\w])"
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_EUROPEAN_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_DECIMAL_COMMA = re.compile(r"[0-9]{1,3},[0-9]{1,2}")


def parse_number(text: str) -> int | None:
    """The integer a single numeric expression denotes, or None when it is not a whole count."""
    low = normalise(text.strip())
    match = DIGIT_NUMBER.fullmatch(low) or WORD_NUMBER.fullmatch(low)
    return value_of(match) if match else None


def value_of(match: re.Match[str]) -> int | None:
    if "words" in match.re.groupindex:
        return _words_value(match["words"])
    digits = match["digits"]
    if match["plural"] and _YEAR.fullmatch(digits):
        return None  # 'In 2024 thousands North Korean soldiers ...': a year, then a vague count
    if match["scale"] and _DECIMAL_COMMA.fullmatch(digits):
        digits = digits.replace(",", ".")  # '3,2 thousand' (European copy): 3.2 thousand
    digits = digits.replace(",", "").replace(" ", "").replace("\u202f", "").replace("\n", "")
    if _EUROPEAN_THOUSANDS.fullmatch(match["digits"]) and not (match["scale"] or match["abbrev"]):
        digits = digits.replace(".", "")  # '14.000' in translated copy is fourteen thousand
    # Decimal, not float: exact at any length ('2.5 billion', a 309-digit misprint); the store decides what fits.
    number = Decimal(digits)
    if match["scale"]:
        number *= SCALES[match["scale"].lower()]
    elif match["abbrev"]:
        number *= _SCALE_ABBREV[match["abbrev"].strip().lower()]
    if match["tail"]:  # 'four-thousand-100' style tails after a scale: '4-thousand-100'
        if not (match["scale"] or match["abbrev"]):
            return None
        number += int(match["tail"])
    if number != number.to_integral_value():
        return None  # '7.6', '2.50': measurements and prices, not counts
    return int(number)


def _words_value(words: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    total = current = 0
    fraction = ""  # the digits read after 'point', until the scale they go with
    seen_number = False
    for token in tokens:
        if token == "point":
            fraction = "."
        elif fraction and token in _SMALL and _SMALL[token] < 10:
            fraction += str(_SMALL[token])
        elif fraction and token in SCALES and token != "hundred":
            scaled = (Decimal(current) + Decimal("0" + fraction)) * SCALES[token]
            if scaled != scaled.to_integral_value():
                return None
            total += int(scaled)
            current, fraction = 0, ""
        elif fraction:
            return None
        elif token in ("a", "an"):
            current = 1
        elif token == "dozen":
            current = (current or 1) * 12
        elif token in _SMALL:
            current += _SMALL[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        elif token.isdigit():
            current += int(token)
        else:
            return None
        seen_number = seen_number or token not in ("a", "an")
    if not seen_number:
        return None
    return total + current
