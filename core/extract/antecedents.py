"""The item a bare figure takes from the words around it: its antecedent, a shared noun or multiplier, a whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from core.extract.actors import PERSONNEL
from core.extract.casualties import SPEAKERS_ASIDE
from core.extract.nounphrase import CALIBRE, PRONOUN_PARTITIVE
from core.extract.numbers import Quantity
from core.extract.numerals import HEDGE_WORD
from core.lexicon import Term, TermMatch
from core.models import Category

_PARTITIVE_JOIN = re.compile(r"\s+of\s+(?:the|its|their|some|an\s+estimated)?\s*")
_CALIBRE_AFTER = re.compile(CALIBRE)

# 'North Korea deployed 11,000, officials said': a deployment verb whose count has no noun counts troops.
ESTIMATED_BARE = re.compile(
    r"\b(?:estimated|estimates|estimate|claimed|claims|claim|cited|cites|cite|counted|counts|reported|gave|gives|said|"
    r"says|say|puts?\s+(?:them|it|the\s+(?:number|figure|toll|total))\s+(?:\w+\s+)?at|"
    # estimates of a range: 'have varied from 3,000 to 5,000', 'range widely, from ...'
    r"(?:range[sd]?|ranging|var(?:y|ies|ied|ying))(?:\s+(?:widely|greatly|considerably))?,?\s+(?:from|between))\s+$"
)

_SENDS_BEFORE = re.compile(
    r"\b(?:send|sends|sending|sent|deploy\w*|dispatch\w*)\s+(?:another|more|an?\s+additional|a\s+further)\s+$"
)
_DEPLOYED_BARE = re.compile(r"\b(?:deploy(?:ed|s|ing)?|station(?:ed|s|ing)?)\s+$")
# 'An advance group of 1,500 had landed', 'a second wave of about 1,500 followed': a body of people, counted
_GROUP_OF_BARE = re.compile(
    rf"\b(?:group|wave|contingent|detachment|rotation|echelon|column|party|batch|shipment|consignment)"
    # ('preparation for a new group, maybe 5,000 to 8,000': the group's size in apposition)
    r"(?:\s+of|\s*,\s+(?:maybe|perhaps|possibly|probably))\s+"
    rf"(?:{HEDGE_WORD}\s+)?$"
)
# ... the count ending the phrase: its verb, or a stop (not 'a group of 11 Western-aligned countries')
_GROUP_BARE_END = re.compile(
    r"\s*(?:[,.;:)]|$|(?:had|has|have|was|were|is|are|would|will|could|may|might|followed|arrived|landed|came|"
    r"reached|crossed|joined|left|went|headed|moved|set|began|started)\b)"
)
# 'Pyongyang had already sent over 13,000.': the object of a supply verb, counting the item named before
_SUPPLIED_BARE = re.compile(
    r"\b(?:sent|dispatched|shipped|supplied|delivered|transferred|provided|"
    # ('accused Pyongyang of sending upwards of 10,000.')
    r"sending|dispatching|shipping|supplying|delivering|transferring|providing)\s+$"
)
_OF_THE_BEFORE = re.compile(rf"\bof\s+(?:the|those|all)\s+(?:{HEDGE_WORD}\s+)?$")
# the base an addition is added to: 'on top of the 11,000 already deployed', 'in addition to the 3,000 sent in May'
_ADDED_TO_THE_BEFORE = re.compile(
    rf"\b(?:on\s+top\s+of|in\s+addition\s+to|besides|adding\s+to|added\s+to|joining)\s+the\s+(?:{HEDGE_WORD}\s+)?$"
)
_SENT_AFTER = re.compile(
    r"\s+(?:(?:that|which|whom)\s+)?(?:(?:north\s+korea|pyongyang|the\s+north|kim(?:\s+jong[\s-]un)?|it)\s+)?"
    r"(?:(?:has|had|have)\s+)?(?:(?:already|initially|first)\s+)?(?:sent|deployed|dispatched)\b"
)
# (what befell people: 'had been killed or wounded', 'have died'; not 'one killed 12 civilians', a missile's doing)
_BEFELL_LATER = re.compile(
    r"\b(?:(?:have|has|had|were|was)\s+(?:been\s+)?(?:killed|wounded|injured|captured)|died|dead|casualties)\b"
)
# '... officials say 11,000 and Ukrainian officials say 12,000': the next clause, another voice's figure
_NEXT_VOICE = re.compile(
    r",?\s+(?:while|whereas|but|and)\s+(?![\d$])(?:the\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,2}\s+"
    r"(?:say|says|said|estimate|estimates|estimated|put|puts|claim|claims|claimed|reckon|reckons)\b"
)
_BARE_END = re.compile(r"\s*(?:[,.;:]|$|\s+(?:to|in|into|near|along|on|at|so\s+far|last|this|since)\b)")
# 'Of that number, roughly 8,000 ...', 'put the total at about 4.8 million', 'the previous figure of 160':
# a bare figure pointing back to the item of the sentence before.
# '3,000 more could follow': more of the item named before.
_MORE_AFTER = re.compile(r"\s+(?:more|additional|extra)\b(?!\s+(?:than|of)\b)")
ANAPHORA = re.compile(
    r"\b(?:the|that|this|its|their|our|his|her|those|these|[a-z]+'s)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:number|total|figure|count|tally|toll|estimate|group|contingent|amount|batch|rotation|wave|deployment|"
    r"shipment|consignment)s?\b"
    r"(?!\s+(?:about|around|some))"
    # (not 'the number of Russian tourists', which names its own item)
    r"(?!\s+of\s+(?!(?:them|those|these|it|its|their|about|around|some|up|more|over|nearly|almost|roughly|new|"
    r"fresh|arrivals|recruits|newcomers|reinforcements|replacements|deployed|dispatched|sent)\b|\d)[a-z])"
    # 'gives a slightly higher figure of about 12,000' (not 'a new group', another one)
    r"|\ban?\s+(?:[a-z-]+\s+){0,2}(?:figure|estimate|count|tally)\s+of\s+$"
    r"|\b(?:estimates|figures|counts)\b|\b(?:another|additional|further)\s+$"
    # 'NATO put it at 10,000': the number the sentence before names
    # ... 'Ukrainian officials have put it as high as 15,000', 'put the toll closer to 2,000'
    # (the hedge is the figure's own: 'put it ' is all before it)
    r"|\bput(?:s|ting)?\s+(?:it|them)\s+(?:at\b|closer\s+to\b|near(?:er)?(?:\s+to)?\b|$)"
)

TROOPS = Term(Category.TROOPS, "troops", "troops")

# 'About 11,000 arrived in Kursk', 'a further 148 were delivered', 'Of them, about 1,500 are in Donetsk': a bare
# figure that is the subject of a supply or presence predicate counts the item of the sentences before.
_AUX = r"(?:have|has|had|are|were|is|was|will|would|could|may|might|should|remain(?:ed|s)?)"
_NOW = r"(?:(?:now|still|currently|already)\s+)?"
_BARE_SUBJECT = re.compile(
    rf"\s+(?:others\s+)?(?:{_AUX}\s+)?(?:(?:already|now|then|since|reportedly|so\s+far|also|still|just|been|be|being|to|have|thought|"
    r"appears?|seems?|looks?|"
    r"believed|said|estimated|reported|understood|known|expected|likely)\s+){0,6}"
    r"(?:(?P<presence>arriv(?:e|ed|es|ing)|came|deployed|stationed|serving|fighting|moved|moving|heading|crossed|entered|"
    r"reach(?:ed|es|ing)?)"
    r"|(?P<fired>launched|fired)"
    r"|sent|dispatched|delivered|transferred|shipped|supplied|provided|handed\s+over)\b(?P<back>\s+(?:back|home))?"
    rf"|\s+(?:others\s+)?{_AUX}\s+(?:(?:now|still|already|currently|reportedly)\s+)?(?P<place>(?:in|at|near|along)\s|there\b)"
    # ('the agency was reporting more than 7,000 near the Ukrainian border': people placed at a border or front)
    r"|\s+(?:now\s+|already\s+)?(?P<posted>(?:near|along|at|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:border|front|"
    r"frontline|front\s+line)s?\b(?!\s+with\s+(?:the\s+)?south\b|\s+between\s+the\s+two\s+koreas))"
    # ('About 10,000 are likely to be in Russia by December', 'roughly 11,000 are believed to be in Russia', 'are now
    # thought to be in the region'; not 'likely to be in need of care', nor the wounded 'in Moscow hospitals')
    rf"|\s+{_AUX}\s+{_NOW}(?:likely|expected|set|due|believed|thought|estimated|said|reported|understood)\s+to\s+be\s+"
    rf"{_NOW}(?:(?P<placed>(?:in|at)\s+(?:russia|kursk|the\s+kursk|eastern|the\s+far\s+east|vladivostok|moscow|"
    r"the\s+(?:region|area|war\s+zone|combat\s+zone))\b(?!['’]s|\s+(?:hospitals?|clinics?|morgues?|military\s+hospitals?)\b))"
    # ... or arms placed in store: 'About 3 million are believed to be in Russian depots' (shells, not people)
    r"|(?P<stored>(?:in|at)\s+(?:russian\s+|russia['’]s\s+|the\s+army['’]s\s+)?(?:depots?|warehouses?|arsenals?|"
    r"stockpiles?|storage)\b))"
)
_HELD_BEFORE = re.compile(
    rf"\b(?:with|has|had|have|having|keeps?|kept|holds?|held|massed)\s+(?:(?:{HEDGE_WORD}|some|about)\s+)?$"
)

_PRONOUN_WHOLE_BEFORE = re.compile(r"\bof\s+(?:them|those|these|that\s+number|this\s+number)\s*,?\s*$")
_FIRED = frozenset({Category.MISSILES, Category.ARTILLERY, Category.ROCKET_LAUNCHERS, Category.AMMUNITION})

_GLOSS_ITEM_REACH = (
    30  # the item a gloss names stands first: 'troops North Korea has sent', 'North Korean missiles ...'
)
GLOSS_VERB = r"\b(?:were|was|are|is|have|has|had|will|would)\b"
GLOSS_UNITS = r"(?:days?|weeks?|months?|years?|hours?|times|rounds\s+of|kilomet\w+|km|miles|percent|per\s+cent)\b"
_VERB_IN_GLOSS = re.compile(GLOSS_VERB)
_GLOSS_UNIT = re.compile(GLOSS_UNITS)
_WORDS_BETWEEN = re.compile(r"\w")

# 'up from roughly 100 and 80 respectively', 'bringing the totals to some 170 and 140, respectively'
_RESPECTIVE_JOIN = re.compile(rf"\s*,?\s+and\s+(?:{HEDGE_WORD}\s+)?")
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s+respectively\b")


def respective_pairs(text: str, counted: list[Quantity]) -> dict[int, tuple[int, Quantity]]:
    """By start, each number of a bare pair that 'respectively' maps onto two items named before it: its place (0 or
    1) and the pair's first number, whose hedge covers both ('some 170 and 140 respectively')."""
    if "respectively" not in text:
        return {}
    places: dict[int, tuple[int, Quantity]] = {}
    for first, second in pairwise(counted):
        if _RESPECTIVE_JOIN.fullmatch(text, first.end, second.begin) and _RESPECTIVELY_AFTER.match(text, second.end):
            places[first.start], places[second.start] = (0, first), (1, first)
    return places


# a multiplier only the second of two numbers has is the first's too: '1 and 2 million shells'
_MULTIPLIER = re.compile(r"\b(?P<word>thousand|million|billion|mln|mn|bn)\b|\d\s*(?P<letter>[mkb])\b")
_MULTIPLIER_FACTOR = {
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mln": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
}


def with_shared_multiplier(text: str, q: Quantity, nxt: Quantity) -> Quantity | None:
    """The first of two numbers that share a noun, with the second's multiplier where only the second has one ('1
    and 2 million shells': 1 million), or None where the first is no plain small number to carry it."""
    second = _MULTIPLIER.search(text, nxt.start, nxt.end)
    if second is None or _MULTIPLIER.search(text, q.start, q.end):
        return q
    if q.value is None or q.value_max is not None or q.value >= 1_000:
        return None
    return replace(q, value=q.value * _MULTIPLIER_FACTOR[second["word"] or second["letter"]])


def last_two_named(terms: list[TermMatch], before: int) -> list[Term]:
    """The last two different items a sentence names before `before`, in their order, when it names just two."""
    items: list[Term] = []
    previous: TermMatch | None = None
    for match in terms:
        if match.start >= before or match.term.is_measure:
            continue
        # the kind of the noun right before, side by side with this one: one item with it
        beside = previous.term.category if previous is not None and match.start <= previous.end + 1 else None
        if beside in PERSONNEL and match.term.category is Category.CASUALTIES:
            # ('troops killed and wounded number 600 and 4,100 respectively': the people are the toll's)
            items[-1:] = [match.term]
        elif beside is not match.term.category and match.term not in items:
            items.append(match.term)  # (not 'Koksan guns': a model and its generic noun)
        previous = match
    return items if len(items) == 2 else []


def gloss_names_item(text: str, start: int, terms: list[TermMatch]) -> bool:
    """Whether a fact box's gloss opens on the item it counts, its verb coming after ('troops North Korea has decided
    to send'), not on a story ('North Korean troops were first spotted' has its verb before any count)."""
    if not text.startswith(":", start - 2) or _GLOSS_UNIT.match(text, start):
        return False  # ('100: days North Korean troops have been fighting', '40: rounds of talks')
    first = next((t for t in terms if start <= t.start <= start + _GLOSS_ITEM_REACH), None)
    verb = _VERB_IN_GLOSS.search(text, start)
    # (its verb not right after it: '3: North Korean soldiers were first spotted in Kursk' tells a story)
    return first is not None and (verb is None or _WORDS_BETWEEN.search(text, first.end, verb.start()) is not None)


# a chart's or table's row labelled with the time it covers, the figure alone after it: 'Q4 2023: 1.5m', 'H1 2024:',
# 'Jan-Mar 2024 -', '2023:' (the item is the title's, or the row's before)
_PERIOD_LABEL = re.compile(
    r"\s*[-•*·]?\s*(?:(?:q[1-4]|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"(?:\s*[-–]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)?)\s*,?\s*)?"
    r"(?:(?:19|20)\d\d)?\s*(?::|\||[-–—]\s)\s*(?:~|c\.\s*|about\s+|around\s+|some\s+|over\s+|nearly\s+)?"
)
_LINE_ENDS = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[.;]|$)")


def antecedent(text: str, q: Quantity, previous_item: Callable[[], Term | None]) -> Term | None:
    """The previous sentence's item, for 'N of them' and for figures after 'the total', 'that number'."""
    begin = q.begin
    if _ADDED_TO_THE_BEFORE.search(text, max(0, begin - 40), begin) and _SENT_AFTER.match(text, q.end):
        return previous_item()  # 'On top of the 11,000 already deployed, ...': the base the addition before adds to
    if _OF_THE_BEFORE.search(text, max(0, begin - 40), begin) and _SENT_AFTER.match(text, q.end):
        # 'Out of the roughly 11,000 that Pyongyang sent, about 4,000 have been killed': the whole sent, of the
        # things named before ('Of the 60 that Pyongyang sent, most were shot down' after missiles), else people
        # where what befell a part of them follows
        if _BEFELL_LATER.search(text, q.end):
            return TROOPS
        earlier = previous_item()
        return earlier if earlier is not None and earlier.category not in (*PERSONNEL, Category.CASUALTIES) else None
    if _PERIOD_LABEL.fullmatch(text, 0, begin) and _LINE_ENDS.match(text, q.end):
        return previous_item()  # a chart's row under its title: 'Q4 2023: 1.5m', '2024: 3,500', 'H1 2024 — 2,000'
    # (past a speaker's aside: 'a new figure: 8,000, he said, had deployed to Kursk')
    after = aside.end() if (aside := SPEAKERS_ASIDE.match(text, q.end)) else q.end
    if (
        (subject := _BARE_SUBJECT.match(text, after))
        # (a count placed at a border or front, not one a force holds there: 'the agency was reporting more than
        # 7,000 near the Ukrainian border'; not 'Ukraine's army, with 30,000 on the front line')
        and (not subject["posted"] or not _HELD_BEFORE.search(text, max(0, begin - 40), begin))
        and (item := _subject_item(previous_item(), subject))
    ):
        return item
    if (
        PRONOUN_PARTITIVE.match(text[q.end :])
        or ANAPHORA.search(text, 0, begin)
        or _MORE_AFTER.match(text, q.end)
        or _PRONOUN_WHOLE_BEFORE.search(text, max(0, begin - 40), begin)
    ):
        earlier = previous_item()
        if earlier is not None and earlier.category is Category.CASUALTIES and _SENDS_BEFORE.search(text, 0, begin):
            return TROOPS  # 'will send another 10,000' after a toll: more people, not more casualties
        return earlier
    if ESTIMATED_BARE.search(text, max(0, begin - 30), begin) and (
        _BARE_END.match(text, q.end) or _NEXT_VOICE.match(text, q.end)
    ):
        return previous_item()  # 'Other reports claimed 15,000.', 'the HUR, which estimated 4,700'
    if _DEPLOYED_BARE.search(text, max(0, begin - 30), begin) and _BARE_END.match(text, q.end):
        earlier = previous_item()
        return earlier if earlier is not None and earlier.category in PERSONNEL else TROOPS
    if _SUPPLIED_BARE.search(text, max(0, begin - 30), begin) and _BARE_END.match(text, q.end):
        return previous_item()
    if (group := _GROUP_OF_BARE.search(text, max(0, begin - 40), begin)) and _GROUP_BARE_END.match(text, q.end):
        # a body of the people named before (troops, after a toll); a batch or shipment of the item named before
        earlier = previous_item()
        if earlier is None or group.group().startswith(("batch", "shipment", "consignment")):
            return earlier
        if earlier.category not in PERSONNEL:
            return None  # ('a second group of about 250' after tourists: no one the beat counts)
        return TROOPS if earlier.category is Category.CASUALTIES else earlier
    return None


def _subject_item(earlier: Term | None, predicate: re.Match[str]) -> Term | None:
    """The item a bare subject counts, when the item before can do what the predicate says: people arrive and
    serve, missiles and shells are fired, anything is sent; the casualties before are people who were sent."""
    if earlier is None:
        return None
    if earlier.category is Category.CASUALTIES:
        # 'another 3,000 were sent' after a toll: more people sent; 'of them, 1,500 are in hospitals' or 'were sent
        # back' speaks of the casualties themselves
        there = predicate["presence"] or predicate["place"] or predicate["placed"] or predicate["posted"]
        sent = not (there or predicate["fired"] or predicate["back"] or predicate["stored"])
        return TROOPS if sent else None
    if predicate["stored"]:
        return None if earlier.category in PERSONNEL else earlier  # (shells or missiles kept in depots)
    if predicate["presence"] or predicate["place"] or predicate["placed"] or predicate["posted"]:
        return earlier if earlier.category in PERSONNEL else None
    if predicate["fired"]:
        return earlier if earlier.category in _FIRED else None
    return earlier


def _partitive_whole(text: str, q: Quantity, nxt: Quantity | None) -> Quantity | None:
    """In '4,000 of the 11,000 soldiers', the 11,000 is the whole the 4,000 is part of."""
    if nxt is None:
        return None
    between = text[q.end : nxt.begin]  # 'of the roughly 11,000': the whole's own hedge is its own
    if _CALIBRE_AFTER.match(text, nxt.end):
        return None  # '12 of the 170 mm guns': a calibre, no whole
    return nxt if _PARTITIVE_JOIN.fullmatch(between) else None
