"""Find the numbers in a sentence as journalists write them: '11,000', '10 900', '1.5 million', 'five thousand',
'47-hundred', 'a dozen', ranges, hedges ('about', 'more than', '-plus'), and vague amounts ('hundreds of')."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property

from core.dates import MONTH
from core.extract.numerals import DIGIT_NUMBER, HEDGE_WORD, NUMBER_WORD_HINTS, SCALES, WORD_NUMBER, value_of
from core.lexicon import Lexicon
from core.models import Qualifier
from core.phrases import has_any, normalise

_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[^a-z0-9]))(?:half\s+)?an?[\s-]+$")
_NOT_BEFORE_NUMBER = frozenset(".,/:-–$€£_")


def _starts_number(low: str, i: int) -> bool:
    if i == 0:
        return True
    before = low[i - 1]
    if before in "-–" and i > 1 and low[i - 2].isdigit():
        return True  # '8,000-9,000'
    return not (before.isalnum() or before in _NOT_BEFORE_NUMBER)


# Vague amounts ('hundreds of', 'a substantial amount of'): a claim without a value. Lower-cased text;
# each pattern starts with a fixed word so `re` can skip ahead, and modifiers before it are added after.
_VAGUE = (  # (pattern, words one of which the text must hold for the pattern to be tried)
    (
        re.compile(
            r"(?:dozens|scores|hundreds|thousands|millions|billions)(?:\s+of\s+(?:thousands|millions))?\s+(?:of\s+)?"
        ),
        ("dozens", "scores", "hundreds", "thousands", "millions", "billions"),
    ),
    (
        re.compile(r"(?:several|a few|few|many)\s+(?:dozen|hundred|thousand|million)\s+"),
        ("dozen", "hundred", "thousand", "million"),
    ),
    (
        re.compile(
            r"an?\s+(?:substantial|significant|large|considerable|huge|vast|unknown|unspecified|sizable|sizeable"
            r"|undisclosed|great|certain)\s+(?:amount|number|quantity|quantities|volume|numbers)\s+of\s+"
        ),
        ("amount", "number", "quantit", "volume"),
    ),
)
_VAGUE_MODIFIER = re.compile(r"(?:many|several|some|tens\s+of|hundreds\s+of)\s+$")
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s+$")
_MONTH_AFTER = re.compile(rf"^\s*(?:{MONTH})(?![a-z])")
# 'between 8 and 13 October', '8-13 October': the first day of a span of days
_DAY_SPAN_AFTER = re.compile(rf"^\s*(?:and|to|-|–)\s*\d{{1,2}}\s+(?:{MONTH})(?![a-z])")
_DATE_CHAIN = re.compile(r"^\s*(?:and|&|,|-|–|to)\s*$")
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and)\s*$")
# ... with a hedge on its upper end: 'from about 100 to as many as 250', 'between 10,000 and up to 12,000'
_HEDGED_RANGE_JOIN = re.compile(
    r"^\s*(?:to|and)\s+(?:about|around|some|roughly|approximately|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|"
    r"up\s+to|perhaps|possibly|maybe)\s+$"
)
_BETWEEN = re.compile(r"\bbetween\s+$")
# the hedges a range or the start of a change may carry
_RANGE_HEDGE_WORD = r"(?:about|around|some|roughly|approximately|an\s+estimated|estimated)"
# 'rose from 3,000 to 4,000' is a change; after 'anywhere', 'range' or a delivery verb, 'from X to Y' is a range
# ('has sent from 8,000 to 10,000 troops', 'estimates range from 10,000 to 12,000')
_FROM = re.compile(rf"\bfrom\s+(?:{_RANGE_HEDGE_WORD}\s+)?$")
_RANGE_HEDGE = re.compile(rf"\b{_RANGE_HEDGE_WORD}\s+$")
_RANGE_FROM = re.compile(
    r"\b(?:anywhere|somewhere|range[sd]?|ranging|var(?:y|ies|ied|ying)|sen[dt]|deploy(?:ed)?|dispatch(?:ed)?|"
    r"suppl(?:y|ied)|ship(?:ped)?|provided?|deliver(?:ed)?|number)(?:\s+(?:widely|greatly|considerably))?,?\s+from\s+"
    rf"(?:{_RANGE_HEDGE_WORD}\s+)?$"
)
_SENT_TO_PLACE_FROM = re.compile(
    r"\b(?:sent|deployed|dispatched|supplied|shipped|provided|delivered)\s+(?:to|into)\s+[\w-]+\s+from\s+"
    r"(?:(?:about|around|some|roughly|approximately)\s+)?$"
)
BY_CHANGE = re.compile(
    r"\b(?:rais(?:ed|es|ing)|rose|risen|increas(?:ed|es|ing)|grew|grown|jump(?:ed|s)|climb(?:ed|s)|upped|boost(?:ed|s)|"
    r"(?:went|gone|goes|go)\s+up|"
    r"revis(?:ed|es|ing)\b[^.;]{0,60}?\bup(?:ward)?s?|swell(?:ed|s)|swollen)\b[^.;]{0,70}?\bby\s+"
    rf"(?:{_RANGE_HEDGE_WORD}\s+)?$"
)
# ... and a fall: 'cut its estimate by 1,000 to 10,000' (a change, no range, and no addition)
_BY_FALL = re.compile(
    r"\b(?:cut|lower(?:ed|s)|reduc(?:ed|es)|trimm(?:ed)|decreas(?:ed|es)|fell|fallen|dropp(?:ed)|revis(?:ed|es|ing))\b"
    rf"[^.;]{{0,70}}?\bby\s+(?:{_RANGE_HEDGE_WORD}\s+)?$"
)
_CHANGE_WORD = re.compile(
    r"\b(?:revis\w*|rais\w*|rose|risen|increas\w*|grew|grown|jump\w*|climb\w*|cut|lower\w*|updat\w*|"
    r"upped|ups|doubl\w*|tripl\w*|adjust\w*|correct\w*|amend\w*|expand\w*|brought|bring\w*|boost\w*|hik\w*|"
    r"swell\w*|swollen|estimate[sd]?|number|total|count|tally|figure|up|down)\b"
)
_PHRASAL_OVER = re.compile(
    r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|take[sn]?|taking|all)\s+over\s*$",
)
# 'the notifications add up to 121,124 barrels': a sum, told exactly, not a ceiling (not 'sent up to 30,000', nor
# 'will add up to 5,000 builders to the force', more of them given to something, or 'to add up to 5,000')
_ADDS_UP_TO = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bto\s)"
    r"\b(?:add(?:s|ed|ing)?|summ?(?:s|ed|ing)?)\s+up\s+to\s*$"
)
_ADDED_TO_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,3}?\s+to\s+(?:the|its|their|russia|moscow|kursk)\b")
# 'we spoke about 120 Koksan', 'reports about 20 missiles': 'about' as a preposition, no hedge
_SPOKE_ABOUT = re.compile(
    # (not 'HUR reports about 50', 'it concerns about 50', 'we know about 12,000 are in Kursk': a clause follows)
    r"\b(?:spoke|speak(?:s|ing)?|talk(?:ed|s|ing)?|wrote|writ(?:es|ing)|news|information|details|questions?|asked)"
    r"\s+about\s*$"
)
# Phone numbers: '+380 66 000 11 22', '02-398-3114', '(423) 255-01-93'.
_PHONES = (  # separate patterns that each start with a fixed character, so `re` can skip ahead fast
    re.compile(r"\+[0-9][0-9\s().-]{6,}[0-9]"),
    re.compile(r"[0-9]{2,4}-[0-9]{2,4}-[0-9]{2,4}(?:-[0-9]{2,4})*"),
    re.compile(r"\([0-9]{2,4}\)\s?[0-9]{2,4}(?:-[0-9]{2,4})+"),
)
_YEAR = re.compile(r"(?:19|20)[0-9][0-9]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])")
# a figure's word before an 'm' that ends a clause: 'Its previous estimate, in November, was more than 1m.'
_FIGURE_PUT_BEFORE = re.compile(r"\b(?:number|figure|estimate|total|tally|count|toll)s?\b[^.;:]{0,40}$")
_VAGUE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many)\s+$")
# a shortfall, not a count of anything sent: 'the economy is short of around 2.5 million workers'
_SHORTFALL_WORDS = ("short", "deficit", "lack", "gap", "missing")  # (a substring test before the pattern)
_SHORTFALL_BEFORE = re.compile(
    rf"\b(?:short\s+of|shortage\s+of|shortfall\s+of|deficit\s+of|lack|lacks|lacking|(?:are|is|were|was)\s+missing)\s+"
    rf"(?:(?:an\s+)?{HEDGE_WORD}\s+|something\s+like\s+)?$"
    # 'put the shortfall in the regional building industry at an estimated 4,500'
    rf"|\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its|a)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:shortfall|shortage|deficit|gap)\b[^.;]{{0,50}}?\bat\s+(?:(?:an\s+)?{HEDGE_WORD}\s+)?$"
    rf"|\b(?:shortfall|shortage|deficit|gap)\s+(?:(?:he|she|it|they|which|that|the\s+\w+)\s+)?(?:stands|stood|is|was|"
    rf"puts?|estimated|estimates|placed|places)\s+at\s+(?:(?:an\s+)?{HEDGE_WORD}\s+)?$"
)
# ('40 in three days', '40 in 2024': a span or a year, not a share)
_RATIO_AFTER = re.compile(
    r"\s+(?:in\s+(?!(?:19|20)[0-9]{2}\b)|out\s+of\s+)(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?!\s+(?:(?:straight|consecutive|successive|separate)\s+)?(?:days?|weeks?|months?|years?|hours?|nights?)\b)"
)
_RATIO_BEFORE = re.compile(
    r"\b(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?$"
)
_LONE_ONE = re.compile(r"(?:an?[\s-]+)?(?:one|a|an)")
_NOT_AFTER_ONE = re.compile(r"\s*(?:of|-|another|other|day|time|way|side|point)\b")
# the two parties denying: 'The two governments have denied this' (a denial sentence, no count)
_THE_TWO_PARTIES = re.compile(
    r"\s+(?:countries|governments|nations|sides|capitals)\s+(?:(?:have|has|had|both|also|flatly|repeatedly)\s+)*"
    r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed))\b"
)
_THE_BEFORE = re.compile(r"(?:^|[^\w-])the\s+$", re.IGNORECASE)
_NO_BEFORE_ONE = re.compile(r"(?:^|[^\w-])no\s+$", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")


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

    def shifted(self, offset: int) -> Quantity:
        hedge = None if self.hedge_start is None else self.hedge_start + offset
        return Quantity(  # not dataclasses.replace: this runs for every number of every sentence with one
            self.start + offset,
            self.end + offset,
            self.value,
            self.value_max,
            self.qualifier,
            self.vague,
            self.from_words,
            self.year_like,
            hedge,
        )

    @cached_property  # (asked dozens of times of each figure: worked out once, then an attribute)
    def begin(self) -> int:
        """Where the figure starts in the text, its hedge included ('about 11,000' starts at 'about')."""
        return self.start if self.hedge_start is None else self.hedge_start

    @property
    def weak(self) -> bool:
        """Small spelled-out numbers ('one', 'two') are too often not counts to stand without a noun."""
        return self.from_words and (self.value or 0) < 10


def _number_matches(low: str) -> list[re.Match[str]]:
    matches = [m for m in DIGIT_NUMBER.finditer(low) if _starts_number(low, m.start())]
    if not has_any(low, NUMBER_WORD_HINTS):
        return matches
    words = [m for m in WORD_NUMBER.finditer(low) if _starts_number(low, m.start())]
    if words:
        matches = sorted(matches + words, key=lambda m: m.start())
    return matches


def _span_of(low: str, match: re.Match[str]) -> tuple[int, int] | None:
    """'a dozen', 'half a million': the article belongs to a spelled-out number. None for a lone scale word
    that is not a number on its own ('1.5 million' is read whole by the digit pattern)."""
    start = match.start()
    if "words" not in match.re.groupindex:
        return start, match.end()
    if article := _ARTICLE_BEFORE.search(low, max(0, start - 9), start):
        return article.start(), match.end()
    if match["words"].split()[0].split("-")[0] in SCALES:
        return None
    return start, match.end()


def find_quantities(text: str, lexicon: Lexicon) -> list[Quantity]:
    """Every count-like number in `text`, in order, with calibres, dates, money and the like left out."""
    raw: list[Quantity] = []
    last_date_end = -1
    low = normalise(text)
    skipped = [m.span() for m in _ISO_DATE.finditer(low)] if "-" in low else []
    for phone, marker in zip(_PHONES, ("+", "-", "("), strict=True):
        if marker in low:
            skipped += [m.span() for m in phone.finditer(low)]
    for match in _number_matches(low):
        if any(s <= match.start() < e for s, e in skipped):
            continue
        value = value_of(match)
        if value is None and "." in match.group() and (shared := _SCALE_OF_RANGE_END.match(low, match.end())):
            value = _scaled(match.group(), shared["scale"])  # '1.5-2 million shells': the range's end's scale
        if value is None:
            continue
        span = _span_of(low, match)
        if span is None:
            continue
        start, end = span
        if low.startswith("half", start):
            value //= 2
        elif " a half " in low and (half := _AND_A_HALF_AFTER.match(low, end)) and value < 1_000:
            # 'one and a half thousand', 'two and a half million': the whole and its half, scaled
            value, end = (2 * value + 1) * SCALES[half["scale"]] // 2, half.end()
        if _is_date_part(low, start, end, last_date_end) or _is_not_a_count(low, start, end, match, lexicon):
            last_date_end = end  # '15' in 'December 14 and 15', '24' in 'aged between 18 and 24'
            continue
        from_words = "words" in match.re.groupindex
        year_like = not from_words and not match["scale"] and _YEAR.fullmatch(match["digits"]) is not None
        raw.append(Quantity(start, end, value, from_words=from_words, year_like=year_like))
    quantities = _drop_corrected(low, _join_ranges(low, raw))
    quantities = [_with_hedge(low, q, lexicon) for q in quantities]
    quantities.extend(_vague_amounts(low, quantities))
    return sorted(quantities, key=lambda q: q.start)


# a correction's rejected figure, set between the right one and its noun: '2,000, not 20,000, workers'
_NOT_BETWEEN = re.compile(r"\s*,\s*not\s+$")
_CLOSED_AFTER = re.compile(r"\s*,")
_NOT_BEFORE = re.compile(r",\s*not\s+$")
_BARE_AFTER = re.compile(r"\s*(?:[,.;)]|$)")


def _drop_corrected(low: str, quantities: list[Quantity]) -> list[Quantity]:
    """'sent 12,000, not 1,200, troops' (a correction): the 12,000 counts the troops named past the figure it rejects,
    which counts nothing; its span runs to that figure's comma so that its noun is read after it. A rejected figure
    after the noun ('12,000 troops, not 1,200, to Russia') is dropped too."""
    out: list[Quantity] = []
    skip = False
    for k, q in enumerate(quantities):
        if skip:
            skip = False
            continue
        nxt = quantities[k + 1] if k + 1 < len(quantities) else None
        if (
            nxt is not None
            and _NOT_BETWEEN.fullmatch(low, q.end, nxt.start)
            and (comma := _CLOSED_AFTER.match(low, nxt.end))
        ):
            q = Quantity(q.start, comma.end(), q.value, q.value_max, q.qualifier, q.vague, q.from_words, q.year_like,
                         q.hedge_start)  # fmt: skip
            skip = True
        elif k > 0 and _NOT_BEFORE.search(low, max(0, q.start - 10), q.start) and _BARE_AFTER.match(low, q.end):
            continue  # 'sent 12,000 troops, not 1,200, to Russia': the rejected figure, bare
        out.append(q)
    return out


# 'one and a half thousand', 'two and a half million' (a number with no scale of its own before it)
_AND_A_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\s+(?P<scale>thousand|million|billion)\b")
# The scale a range's end gives its start too: '1.5-2 million', 'between 1.5 and 2 million'
_SCALE_OF_RANGE_END = re.compile(
    r"\s*(?:-|–|—|to|and)\s*[0-9]+(?:\.[0-9]+)?[\s-]?(?P<scale>thousand|million|billion)\b"
)


def _scaled(digits: str, scale: str) -> int | None:
    number = Decimal(digits) * SCALES[scale]
    return int(number) if number == number.to_integral_value() else None


def _is_date_part(text: str, start: int, end: int, last_date_end: int) -> bool:
    """'February 11', '11 February', and the '15' of 'December 14 and 15'."""
    after = text[end : end + 24]
    if _MONTH_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    if end - start <= 2 and _MONTH_AFTER.match(after[:12]):
        return True  # (a day: '11 February'; not 'roughly 4,000 may be dead', the modal)
    if end - start <= 2 and _DAY_SPAN_AFTER.match(after):
        return True
    return last_date_end >= 0 and _DATE_CHAIN.match(text[last_date_end:start]) is not None


_ONE_MORE_BATCH_AFTER = re.compile(
    r"\s+(?:more|another|further|additional|new)\s+(?:batch|shipment|consignment|delivery|round|wave|rotation|"
    r"contingent|deployment|group|lot|tranche)\b"
)


# the informants a story cites, not people sent: 'four people familiar with the deployment said', 'two people
# briefed on the rotation', 'three sources with knowledge of the matter'
_INFORMANTS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|persons|individuals|sources|officials|diplomats|insiders)\s+(?:familiar\s+with|"
    r"briefed\s+on|with\s+(?:direct\s+|first-hand\s+)?knowledge|close\s+to|aware\s+of|knowledgeable|"
    r"who\s+(?:spoke|asked|requested|declined|were\s+not\s+authori[sz]ed)|speaking\s+on\s+condition|"
    r"involved\s+in\s+the\s+(?:talks|matter|discussions|negotiations))"
)


def _is_not_a_count(text: str, start: int, end: int, match: re.Match[str], lexicon: Lexicon) -> bool:
    after = text[end : end + 24]
    if (
        match.groupdict().get("abbrev") == "m"
        and after.lstrip("\"”’'")[:1] in (".", ",", ";", "")
        and not _FIGURE_PUT_BEFORE.search(text, max(0, start - 60), start)
    ):
        return True  # 'a range of 60m.' is metres; 'puts the number at about 1.5m.' is the figure's millions
    if end - start <= 5 and _INFORMANTS_AFTER.match(text, end):
        return True  # 'four people familiar with the deployment said': the story's informants
    before = text[max(0, start - 24) : start]
    if (lexicon.not_count_after_re.match(after) or _ORDINAL_AFTER.match(after)) and not (
        after.startswith(" times ") and _STRIKES_TIMES_AFTER.match(text, end)
    ):
        return True
    if _GALLERY_COUNT_BEFORE.search(before):
        return True  # '+4 A North Korean soldier captured ...': a photo gallery's counter at a line's start
    if _SHARED_UNIT_AFTER.match(after):
        return True  # '122 and 152 mm', '50 to 100 meters': the unit after the next number is this one's too
    if text.startswith("one", start) and _ONE_MORE_BATCH_AFTER.match(after):
        return True  # 'negotiating one more batch of KN-23 missiles': a batch of no size told
    if text.startswith("two", start) and _THE_TWO_PARTIES.match(after) and _THE_BEFORE.search(before):
        return True  # 'The two governments have denied this': the parties denying, no count
    if _PERSON_BEFORE_AGE.search(before) and after.startswith(","):
        return True  # 'The soldier, 26, said': an age
    if (
        end - start <= 2
        and _AGE_AFTER.match(after)
        and (_PRONOUN_IS_BEFORE.search(before) or _JOINED_AT_BEFORE.search(text, max(0, start - 100), start))
    ):
        return True  # 'He is 26, he says', 'joined the army in 2016, at 17.': an age
    if "page" in before and _PAGE_OF_BEFORE.search(before):
        return True  # '(Page 14 of 31)': a page's place in a thread, no count
    if end - start <= 2 and (
        (_TURNED_BEFORE.search(before) and _TURNED_AGE_AFTER.match(after)) or _AGE_OF_AFTER.match(after)
    ):
        return True  # 'who turned 52 this month', '26 - the age of the prisoner who ...': an age
    if end - start == 2 and _YEAR_SPAN_BEFORE.search(before):
        return True  # 'the winter of 2024-25', 'throughout 2023/24': a span of years
    if after.startswith(("-foot", "-ft")):
        return True  # a size: '20-foot containers' (not '11,000 foot soldiers')
    if end - start <= 2 and _LABEL_BEFORE.search(before) and _LABEL_AFTER.match(after):
        return True  # a numbered label opening a line: 'Claim 1: "More than 10,000 soldiers were sent"'
    if before.endswith("[") and after.startswith("]"):
        return True  # a footnote marker: 'Rajin.[2]'
    if end - start <= 2 and before.endswith("(") and after.startswith(")") and _FOOTNOTE_PLACE.search(before):
        # ... or in brackets after a punctuation mark or a word that names no items counted: 'sent to Russia (1).',
        # ': (1) 11,000 troops' (not 'KN-23 missiles (50)')
        return True
    if before.endswith(('"', "“", "'")) and after.startswith(('"', "”", "'")):
        return True  # a label or marking: 'reading "112"'
    if _VAGUE_BEFORE.search(before):
        return True  # 'several dozen', 'a few hundred': no figure given
    if (
        _AGE_BEFORE.search(before)
        or (after.startswith("-") and _WIRE_VERSION_BEFORE.search(before))
        or ("age" in (wider := text[max(0, start - 100) : start]) and _AGE_PUT_AT.search(wider))
    ):
        return True  # 'some as young as 18', 'UPDATE 2-North Korea denies ...': an age, a wire's version
    wider = text[max(0, start - 100) : start]
    if has_any(wider, _SHORTFALL_WORDS) and _SHORTFALL_BEFORE.search(wider):
        return True
    if _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return True  # 'one in four', '3 in 10': a share, neither number a count
    tail = _last_words(before, 2)
    if (
        tail
        and len(tail) == 2
        and (tail[-1] in ("between", "from") or (tail[-1] in ("under", "over") and tail[0] in ("aged", "age", "ages")))
    ):
        tail = tail[:1]  # 'aged between 18 and 24', 'aged under 25'
    if before.rstrip().endswith(("©", "(c)", "copyright")) and _YEAR.fullmatch(text, start, end):
        return True  # 'Image (c) 2024 Maxar Technologies': a copyright year ('(c) 250 missiles' is a list's item)
    if before.endswith(("$", "€", "£", "₩")) or (
        tail
        and tail[-1] in lexicon.not_count_before
        and not _NUMBER_AS_VERB.fullmatch(" ".join(tail))
        and not (tail[-1] == "number" and _PLACED_NUMBER_AS_VERB.search(before, max(0, len(before) - 60)))
    ):
        return True
    words = match["words"] if "words" in match.re.groupindex else None
    if words and _LONE_ONE.fullmatch(words.strip()):
        # 'one of', 'one-third', 'no one': a lone 'one' counts only before an item noun, or as the floor of a part
        # ('launched at least one of the North Korean missiles')
        if before.endswith("at least ") and _ONE_OF_THE.match(after):
            return False
        if words.strip() == "one" and _NO_BEFORE_ONE.search(before[-12:]):
            return True  # 'No one doubts that North Korean troops have fought': nobody, no count
        return _NOT_AFTER_ONE.match(after) is not None
    return False


# (not of a whole it counts: 'interviewed at least one of the two prisoners')
_ONE_OF_THE = re.compile(
    r"\s+of\s+(?:the|its|these|those|them)\b(?!\s+(?:(?:roughly|about|some|around|nearly|over|more\s+than)\s+)?"
    r"(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b|\s+(?:shipments|deliveries|batches|consignments|trains|"
    r"ships|vessels|flights|cargoes|voyages|strikes|attacks)\b)"
)
_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?(?:claim|question|part|step|item|point|issue|myth|fact|reason|takeaway|"
    r"finding|lesson|round|stage|phase|day|week|update|correction|note|source)[ \t]+$",
    re.IGNORECASE,
)
_LABEL_AFTER = re.compile(r"\s*[:.)]\s")
_AGE_BEFORE = re.compile(
    r"\b(?:as\s+(?:young|old)\s+as|at\s+the\s+age\s+of|aged\s+(?:about|around|just|only)|in\s+(?:his|her|their)\s+(?:early|"
    r"mid|late)?-?)\s*$"
)
# 'The NIS put the average age of the soldiers sent at around 20'
_AGE_PUT_AT = re.compile(
    rf"\bput(?:s|ting)?\s+(?:the|their)\s+(?:average\s+|median\s+)?age\b[^.;]{{0,70}}\bat\s+(?:{HEDGE_WORD}\s+)?$"
)
_PAGE_OF_BEFORE = re.compile(r"\bpage\s+[0-9]+\s+of\s+$")
# the strikes a supplier's missiles were fired in, counted in times: 'At least 15 times Russia has struck Kharkiv with
# North Korean missiles' (read_figures counts the missiles by them)
_STRIKES_TIMES_AFTER = re.compile(
    r" times\s+(?:russia|moscow|russian\s+(?:forces|troops))\s+(?:(?:has|have|had)\s+)?"
    r"(?:fired|struck|hit|used|launched|attacked)\b"
)
_TURNED_BEFORE = re.compile(r"\b(?:turned|turns|turning|will\s+turn)\s+(?:just\s+)?$")
# ... when the number ends the clause or a time follows: 'turned 20 Koksan guns over to Moscow' hands guns over
_TURNED_AGE_AFTER = re.compile(
    r"(?:\s*(?:[,.;:)]|$)|\s+(?:this|last|next|in|on|at|earlier|recently|years?|and|before|after|when|while)\b)"
)
_AGE_OF_AFTER = re.compile(r"\s*[-–—:]\s*(?:the\s+)?age\s+of\b")
_WIRE_VERSION_BEFORE = re.compile(r"(?:^|\n)[ \t]*update[ \t]+$")  # 'UPDATE 2-North Korea denies ...'
_GALLERY_COUNT_BEFORE = re.compile(r"(?:^|\n)\s*\+$")
_SHARED_UNIT_AFTER = re.compile(
    r"(?:\s*(?:and|or|,|to|-)\s*|–)(?:\d[\d,.]*|(?:a|one|two|three|four|five)\s+hundred|[a-z]+ty)\s*-?(?:mm|millimet\w*|cm|km|kilomet\w*|met(?:er|re)s?|miles?|percent|"
    r"per\s+cent|%)(?![a-z])"
)
# ages told of one person: 'He is 26, he says', 'she was 19 when', 'joined the army in 2016, at 17.'
_PRONOUN_IS_BEFORE = re.compile(r"(?:^|[^\w'’])(?:he|she)\s+(?:is|was)\s+(?:now\s+|only\s+|just\s+)?$")
_JOINED_AT_BEFORE = re.compile(
    r"\b(?:joined|enlisted|conscripted|drafted|called\s+up)\b[^.;:]{0,70}"
    r"(?<!estimated\s)(?<!\bput\s)(?<!numbered\s)(?<!stood\s)(?<!stands\s)\bat\s+$"
)
_AGE_AFTER = re.compile(r"(?:[,.;)]|\s+when\b|\s+years?\s+old\b|$)")
_ANOTHER_BEFORE = re.compile(r"(?<=\s)another\s+$")
_YEAR_SPAN_BEFORE = re.compile(r"(?<![\d,.])(?:19|20)\d\d[-–/]$")
_PERSON_BEFORE_AGE = re.compile(
    r"\b(?:soldier|man|woman|prisoner|serviceman|defector|private|sergeant|captive|boy|girl|son|daughter|he|she),\s*$"
)


# 'number' as a verb counts ('troops thought to number 11,000', 'they now number 14,000'), unlike 'number 5'.
_NUMBER_AS_VERB = re.compile(
    r"(?:to|now|still|already|may|might|could|would|will|which|who|that|reportedly|together|[a-z]+s)\s+number"
)


# ... past where they are: 'North Korean troops in Kursk number 15,000', 'forces in the Kursk region number'
_PLACED_NUMBER_AS_VERB = re.compile(
    r"\b[a-z]+s\s+(?:in|at|near|inside)\s+(?:the\s+)?(?!(?:units?|brigade|battalion|regiment|division|room|block|camp|"
    r"cell|ward|building|group|team|squad|platoon|company)\b)[\w'’-]+(?:\s+(?:region|oblast|province|area))?\s+number\s*$"
)


def _alternatives(joiner: str, first: Quantity, second: Quantity) -> bool:
    """'two or three modules', '10,000 or 12,000 troops': two close counts of one thing, a range."""
    return (
        joiner.strip().lower() == "or"
        and first.value is not None
        and second.value is not None
        and not (first.year_like or second.year_like)
        and first.value < second.value <= 3 * first.value
    )


def _join_ranges(text: str, numbers: list[Quantity]) -> list[Quantity]:
    """Merge 'between X and Y', 'X to Y' and 'X-Y' into one quantity; 'from X to Y' is a change, not a range,
    unless what comes before makes it one ('anywhere from', 'sent from')."""
    merged: list[Quantity] = []
    i = 0
    while i < len(numbers):
        q = numbers[i]
        if i + 1 < len(numbers):
            nxt = numbers[i + 1]
            joiner = text[q.end : nxt.start]
            between = _BETWEEN.search(text, max(0, q.start - 12), q.start)
            if (
                (
                    _RANGE_JOIN.match(joiner)
                    or (_HEDGED_RANGE_JOIN.match(joiner.lower()) and (between or _FROM.search(text, 0, q.start)))
                    or _alternatives(joiner, q, nxt)
                )
                and (between or joiner.strip().lower() != "and")
                and not _is_change(text, q.start)
                and q.value is not None
                and nxt.value is not None
            ):
                low = q.value
                if low < nxt.value and nxt.value % 1000 == 0 and low < 1000 and nxt.value >= 1000:
                    scale = 1000 if nxt.value < 1_000_000 else 1_000_000
                    if low * scale <= nxt.value:
                        low *= scale  # '10 to 12 thousand'
                if low < nxt.value:
                    merged.append(
                        Quantity(
                            between.start() if between else q.start,
                            nxt.end,
                            low,
                            nxt.value,
                            from_words=q.from_words,
                            year_like=q.year_like or nxt.year_like,
                        )
                    )
                    i += 2
                    continue
        merged.append(q)
        i += 1
    return merged


def _is_change(text: str, start: int) -> bool:
    """'rose from 3,000 to 4,000' is a change; 'estimates ranged widely, from 10,000 to 15,000' a range, as is
    'sent to Russia from 10 to 12 thousand' where no word of change comes before ('revised its estimate of
    soldiers sent to Russia from 10,000 to 12,000' is a change)."""
    if BY_CHANGE.search(text, max(0, start - 90), start) or _BY_FALL.search(text, max(0, start - 90), start):
        return True  # 'raised its tally of soldiers in Russia by 2,000 to 13,000': the change and the new total
    if not _FROM.search(text, max(0, start - 12), start):
        return False
    if _RANGE_FROM.search(text, max(0, start - 40), start):
        return False
    return not (
        _SENT_TO_PLACE_FROM.search(text, max(0, start - 60), start)
        and not _CHANGE_WORD.search(text, max(0, start - 100), start)
    )


def _with_hedge(text: str, q: Quantity, lexicon: Lexicon) -> Quantity:
    before = text[max(0, q.start - 40) : q.start]
    if q.value_max is not None:
        # a bare range carries no qualifier; a hedged one its hedge ('about 25,000 to 30,000', 'an estimated ...')
        range_hedge = _RANGE_HEDGE.search(before)
        if range_hedge is None:
            return q
        return replace(q, qualifier=Qualifier.APPROX, hedge_start=q.start - len(range_hedge[0]))
    qualifier = Qualifier.EXACT
    hedge_start = None
    # ('at least another 50': the hedge before 'another')
    scan = before[: another.start()] if (another := _ANOTHER_BEFORE.search(before)) else before
    words = _last_words(scan, lexicon.hedge_max_words)
    for n in range(min(len(words), lexicon.hedge_max_words), 0, -1):
        hedge = lexicon.hedges_before.get(tuple(words[-n:]))
        if hedge is not None and not (
            (hedge is Qualifier.MORE_THAN and _PHRASAL_OVER.search(scan))
            or (hedge is Qualifier.UP_TO and _ADDS_UP_TO.search(scan) and not _ADDED_TO_AFTER.match(text, q.end))
            or (hedge is Qualifier.APPROX and _SPOKE_ABOUT.search(scan))
        ):
            qualifier = hedge
            hedge_start = q.start - len(before) + _start_of_last_words(scan, n)
            break
    end = q.end
    after = text[q.end : q.end + 12].lower()
    padded = after.lstrip(" ")
    for hedge, words in lexicon.hedge_after:
        for word in words:
            if not padded.startswith(word) or (len(after) - len(padded) > 1):
                continue
            if word.isalpha() and padded[len(word) : len(word) + 1].isalpha():
                continue  # 'or somewhere' is not 'or so'
            qualifier = hedge
            end = q.end + (len(after) - len(padded)) + len(word)
            break
    if qualifier is Qualifier.EXACT and (later := _HEDGE_AFTER_NOUN.match(text, q.end)):
        last = "thereabouts" if later["hedge"].endswith("more or less") else later["hedge"].split()[-1]
        qualifier = _HEDGES_AFTER_NOUN[last]  # '11,000 troops, if not more, to Russia'
    return Quantity(
        q.start, end, q.value, None, qualifier, year_like=q.year_like, from_words=q.from_words, hedge_start=hedge_start
    )


# A hedge after the item's noun: '11,000 troops at least', '3,000 soldiers, if not more,', '11,000 troops or
# thereabouts' (not 'sent 11,000 troops at least twice': the hedge of another word)
_HEDGE_AFTER_NOUN = re.compile(
    r"(?:\s+[a-z][a-z-]*){1,3}?(?P<hedge>,?\s+if\s+not\s+more|\s+at\s+least|\s+at\s+most|\s+or\s+more|"
    r",?\s+(?:and|or)\s+(?:possibly|perhaps|maybe|likely|probably)\s+more|\s+or\s+fewer|\s+or\s+less|"
    r"\s+or\s+thereabouts|,\s+more\s+or\s+less)"
    r"(?!\s+(?:twice|once|thrice|as|an?|the|one|two|three|four|five|six|ten|\w+\s+times|partly|partially|in\s+part)\b)"
    r"(?=\s*(?:[,.;:)]|(?:to|in|into|for|from|since|by|this|last|so|over|during|within|across|at|on|and)\b|$))",
    re.IGNORECASE,
)
_HEDGES_AFTER_NOUN = {"more": Qualifier.AT_LEAST, "least": Qualifier.AT_LEAST, "most": Qualifier.UP_TO,
                      "fewer": Qualifier.UP_TO, "less": Qualifier.UP_TO, "thereabouts": Qualifier.APPROX}  # fmt: skip
_FOOTNOTE_PLACE = re.compile(r"(?:[.,;:!?\"”’)\]]\s*|[A-Za-z0-9](?<![sS])\s)\($")
_WORD_IN_TAIL = re.compile(r"[^\s\"“”‘'(\[「『«„」』»]+")  # (quotes of Korean, Russian and German copy too)


def _last_words(before: str, n: int) -> list[str]:
    """The last n words before a number, lower-cased, without quotes and brackets ('at “more than')."""
    tail = before[-60:]
    words: list[str] = _WORD_IN_TAIL.findall(tail)[-n:]
    if tail.lower() == tail and "’" not in tail:
        return words  # (a lower-cased text's words, as most are: nothing to change word by word)
    return [w.lower().replace("’", "'") for w in words]


def _start_of_last_words(before: str, n: int) -> int:
    return list(map(re.Match.start, _WORD_IN_TAIL.finditer(before)))[-n]


def _vague_amounts(low: str, numbers: list[Quantity]) -> list[Quantity]:
    found: list[Quantity] = []
    taken: bytearray | None = None  # 1 for each character a number or vague amount holds; made on first match
    for pattern, hints in _VAGUE:
        if not has_any(low, hints):
            continue
        for m in pattern.finditer(low):
            start, end = m.start(), m.end()
            if modifier := _VAGUE_MODIFIER.search(low, max(0, start - 14), start):
                start = modifier.start()
            if taken is None:
                taken = _characters_taken(len(low), numbers)
            # One look at this match's own characters, not a scan of every span found so far: that scan
            # made a long article's time grow with the square of its length (issue 16).
            if not _starts_number(low, start) or taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(Quantity(start, end, None, vague=True))
    return found


def _characters_taken(size: int, numbers: list[Quantity]) -> bytearray:
    taken = bytearray(size)
    for q in numbers:
        taken[q.start : q.end] = b"\x01" * (q.end - q.start)
    return taken
