"""Words that make a number something other than support: holdings ('possesses 18 MiG-29s'), production and
consumption rates ('10,000 shells a day'), caps and quotas. A yearly or monthly rate of delivery stays a claim, as the
schema has it; 'its daily update' is a publication, not a rate."""

from __future__ import annotations

import re
from functools import lru_cache

from core.extract.context import CLAUSE_BREAK, RATE
from core.extract.numbers import Quantity

_CLAUSE_END = re.compile(r"[,;.:]")
# ... and after a figure an aside ends its clause too: '1.2 million barrels — far above the UN cap', '(over the cap)'
_CLAUSE_ENDS_AFTER = re.compile(r"[,;.:(]|\s(?:—|–|--?)\s")
# ('25,000 workers to (help) build drones', '5,000 workers for the production of Shahed drones')
_PURPOSE = re.compile(
    r"\b(?:to\s+(?:help\s+|assist\s+(?:in\s+)?|(?:scale|ramp|step|speed)\s+up\s+|boost\s+|increase\s+|expand\s+)?|"
    r"(?:for|in)\s+(?:the\s+)?(?:mass\s+|serial\s+)?)$"
)  # ('12,000 North Koreans to scale up production of drones': what they come for)
# '100 missiles with a range of 700 km': words that describe the item counted, not a holding or a rate
_DESCRIBES_ITEM = re.compile(r"\b(?:with|having)\s+(?:a|an)\s+(?:[\w-]+\s+)?$")
# a participle right after a figure says what kind the items are: '50 domestically produced howitzers', '50 newly
# built guns' (no production told)
_MAKING_CUE = re.compile(r"produc|manufactur|buil|made|develop")
_KIND_AFTER_FIGURE = re.compile(r"\d\s+(?:(?:domestically|locally|newly|recently|freshly|mass)[\s-]+)?$")
_RELATIVE_NEXT = re.compile(r"\s*(?:which|that|who)\b")
# ... and one followed by its maker says where the items come from: '60 missiles produced by Pyongyang'
_WHOLE_OF_A_SHARE = re.compile(r"\bof\s+(?:the\s+)?$")
_MAKER_AFTER = re.compile(r"\s+(?:by|in)\s+(?:the\s+)?(?:north\s+korea\w*|pyongyang|north|dprk)\b")

# A yearly or monthly rate of delivery is a claim (the schema keeps it, with the rate as its period): 'ships some
# 3 million shells a year', 'sending about 500 workers a month'; production, consumption and daily rates are not.
DELIVERY_VERB = re.compile(
    r"\b(?:sen[dt]|ship|suppl|deliver|export|transfer|provid|dispatch|deploy)\w*|\bhand(?:ed|s|ing)?\s+over\b"
    # a supply told as a flow: 'some 3 million shells a year are flowing from North Korea to Russia', 'pour into'
    # (not fire told so: 'shells a day pour into Ukrainian positions', 'rain on the enemy's trenches')
    r"|\b(?:flow|pour|stream)(?:s|ed|ing)?\s+(?:(?:in|out)\s+)?(?:from|to|into)\b(?!\s+(?:the\s+)?(?:ukrain\w*|"
    r"enemy\W?s?|kyiv\W?s?|defenders\W?)\s+(?:\w+\s+)?(?:positions|lines|trenches|cities|towns|villages|troops)\b)"
)
_NOT_DELIVERY = re.compile(
    r"\b(?:produc|manufactur|fir(?:e|es|ed|ing)\b|us(?:e|es|ed|ing)\b|consum|expend|cap\b|limit)"
)


# 'its daily update', 'a daily briefing', 'the South Korean daily Chosun Ilbo reported': a publication, not a per-day
# rate ('10,000 shells daily as Ukraine's military reported' is a rate).
_DAILY_PUBLICATION = re.compile(
    r"daily\s+(?:intelligence\s+)?(?:update|briefing|report|address|bulletin|assessment|summary|statement|press|news|"
    r"newspaper|digest)"
)
_DAILY_NEWSPAPER = re.compile(
    r"daily\s+(?:(?:[\w'’.-]+\s+){1,3}(?:reported|reports|said|says|wrote|writes|cited|citing|quoted|quoting|claimed|"
    r"claims)\b|(?:[\w'’.-]+\s+){0,2}(?:ilbo|shimbun|sinmun|herald|journal|gazette)\b)"
)
_NAMED_BEFORE_DAILY = re.compile(r"\b(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}$")  # 'the South Korean daily ...'


# 'a day after the Pentagon said ...': a span of time, not a rate (only a rate cue is one: 'a day', 'a year')
_SPAN_CUE = re.compile(r"an?\s+(?:day|week|month|year)", re.IGNORECASE)
_TIME_SPAN_AFTER = re.compile(r"\s+(?:after|before|later|ago)\b")  # ('a day earlier this year': a rate)


def _is_daily_publication(text: str, start: int) -> bool:
    return _DAILY_PUBLICATION.match(text, start) is not None or (
        _DAILY_NEWSPAPER.match(text, start) is not None
        and _NAMED_BEFORE_DAILY.search(text, max(0, start - 40), start) is not None
    )


def _is_delivery_rate(text: str, q: Quantity, start: int, end: int) -> bool:
    if not RATE.fullmatch(text[start:end]):
        return False
    # the verb may follow the rate: 'about 3 million shells a year are being shipped'
    stop = _CLAUSE_END.search(text, end, end + 60)
    clause = text[max(0, q.begin - 120) : stop.start() if stop else end + 60]
    return DELIVERY_VERB.search(clause) is not None and _NOT_DELIVERY.search(clause) is None


def is_unrelated(text: str, q: Quantity, floor: int, cues: list[tuple[int, int]]) -> bool:
    """Holdings, production and consumption rates: 'possesses 18 MiG-29s', '10,000 shells a day'.
    Read back to the previous figure at most, and forward to the end of the figure's clause.
    `cues`: spans of such words in the sentence."""
    cues = [
        (start, end)
        for start, end in cues
        if not _is_delivery_rate(text, q, start, end)
        and not _is_daily_publication(text, start)
        and not (_SPAN_CUE.fullmatch(text, start, end) and _TIME_SPAN_AFTER.match(text, end))
        and not (
            _MAKING_CUE.match(text, start)
            and (
                _KIND_AFTER_FIGURE.search(text, max(0, start - 20), start)
                # (not the whole a share is of: 'about 60% of the 3 million shells produced by North Korea')
                or (_MAKER_AFTER.match(text, end) and not _WHOLE_OF_A_SHARE.search(text, max(0, q.begin - 10), q.begin))
            )
        )
        and not _BUILDING_TRADE.match(text, start)
        and not _EQUITIES.match(text, start)
        # a shortage is no holding unless the figure is its size ('labour shortages estimated at 4,500 workers'; not
        # "Russia's shortages of manpower led it to accept 11,000 North Korean troops")
        and not (text.startswith("shortage", start) and not _SHORTAGE_SIZE.fullmatch(text, end, q.begin))
    ]
    if not cues:
        return False
    begin = q.begin
    lo = max(floor, _clause_with_its_noun(text, begin, floor), begin - 90)
    stop = _CLAUSE_ENDS_AFTER.search(text, q.end, q.end + 80)
    hi = stop.start() if stop else min(len(text), q.end + 80)
    # after the figure, 'to produce' says what the counted do ('25,000 workers to produce drones'), not a rate
    return any(
        (lo <= start and end <= begin and not _LOAD_PER.fullmatch(text, start, end))
        or (
            q.end <= start
            and end <= hi
            and not _PURPOSE.search(text, max(0, start - 20), start)
            and not _DESCRIBES_ITEM.search(text, max(0, start - 16), start)
            # what delivered items can do describes them: 'received 100 North Korean missiles capable of reaching Kyiv'
            and not (_CAPABILITY.match(text, start) and _delivered(text, lo, begin))
        )
        for start, end in cues
    )


_SHORTAGE_SIZE = re.compile(
    r"(?:,?\s+(?:[\w-]+\s+){0,3}?)?\s*(?:of\s+|(?:is\s+|was\s+|are\s+|were\s+)?(?:estimated|put|assessed|pegged|"
    r"reckoned)\s+at\s+|run\s+(?:to|at)\s+|(?:stand|stands|stood)\s+at\s+|(?:total|totals|totalled|number)\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|over|more\s+than)\s+)?"
)
_RECEIVED = re.compile(r"\b(?:receiv|obtain|acquir|import)\w*")


def _delivered(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (the clause up to a figure) delivers or receives what the figure counts."""
    return DELIVERY_VERB.search(text, start, end) is not None or _RECEIVED.search(text, start, end) is not None


_CAPABILITY = re.compile(r"capable\s+of|can\s+(?:fire|carry|reach|strike|hit)|range\s+of|armed\s+with", re.IGNORECASE)
# the building trade, where workers are hired, is no production of arms: '2,000 North Koreans for building projects'
_BUILDING_TRADE = re.compile(r"building\s+(?:sites?|projects?|industry|sector|trade|work|firms?|companies)\b")
# market copy's stocks are shares, no holding: 'Korean defence stocks rose 2% after reports that ...', 'stock prices',
# 'the stock market' (not 'its stocks of shells', 'stocks are running low')
_EQUITIES = re.compile(
    r"stocks?\s+(?:(?:rose|fell|jumped|climbed|slipped|dropped|gained|rallied|surged|soared|tumbled|slid|plunged|"
    r"edged|closed|ended|opened|traded|rallied|spiked)\b|(?:prices?|markets?|exchanges?|index|indices|indexes|"
    r"traders?|investors?)\b)"
)
# a load per call, voyage or train counts the figure before it only ('400 containers per voyage, or 8,000 in all')
_LOAD_PER = re.compile(r"(?:per|each)\s+(?:port\s+call|call|voyage|trip|shipment|ship|vessel|train)", re.IGNORECASE)


def _clause_with_its_noun(text: str, position: int, floor: int) -> int:
    """Start of the clause holding `position`, where a relative clause counts as part of the clause of the
    noun it hangs off: in 'its inventory, which included 185 jets' the 185 reads with 'inventory'."""
    start = floor
    for break_start, break_end, relative in _clause_breaks(text, dashes_attach=True):
        if break_end > position:
            break
        if break_start >= floor and not relative:
            start = break_end
    return start


# A pure function of the sentence, memoised: wire copy repeats sentences within and across articles.
@lru_cache(maxsize=512)
def _clause_breaks(text: str, dashes_attach: bool = False) -> tuple[tuple[int, int, bool], ...]:
    """Clause breaks of a sentence: (start, end, attaches to the noun before it: a relative clause, or with
    `dashes_attach` an apposition after a dash). Computed once per sentence."""
    breaks = []
    for match in CLAUSE_BREAK.finditer(text):
        word = match.group().strip()
        relative = (
            word in ("which", "that", "who")
            or (word == "," and _RELATIVE_NEXT.match(text, match.end()) is not None)
            or (dashes_attach and word.strip("-–—") == "")
        )
        breaks.append((match.start(), match.end(), relative))
    return tuple(breaks)
