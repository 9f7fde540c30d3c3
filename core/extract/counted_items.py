"""The item(s) a number counts and their subtype: '120 of each', a run of names, '… of them', long-range artillery."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.extract.actors import PERSONNEL
from core.extract.nounphrase import fired_by
from core.extract.numbers import Quantity
from core.extract.numerals import HEDGE_WORD
from core.extract.speech import SPEAKS_AFTER
from core.lexicon import Term, TermMatch
from core.models import Category

_EACH_OF = re.compile(r"\beach\s+of\s+(?:these|those|the|its|their|both)\b")
_LONG_RANGE = re.compile(r"long[\s-]range")
# '120 of each' (items named before), '120 each of A and B' (items named after).
_EACH_AFTER = re.compile(r"\s+(?:of\s+)?each\b(?!\s+other)(?P<forward>\s+of\b)?")

BEFELL_JUST_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|captured|eliminated|took|taken|killing|wounding|injuring|capturing)\s+"
    r"(?:another\s+|a\s+further\s+)?$"  # ('wounded another six')
)

FIRED_JUST_BEFORE = re.compile(rf"\b(?:fired|launched|used)\s+(?:{HEDGE_WORD}\s+)?$")
OF_THEM = re.compile(r"\s+of\s+them\b")


# what may stand between the items and their hedged count: 'air-defence systems to North Korea, at least five of
# them' (a place they went, then the comma)
_ITEMS_THEN_COUNT = re.compile(
    r"(?:\s+(?:to|in|into|for)\s+(?:the\s+)?(?:russia|moscow|kursk|north\s+korea|pyongyang|the\s+front|ukraine)"
    r"(?:\s+region)?)?,\s+"
)


def _hedged_few_of_them(text: str, q: Quantity, terms: list[TermMatch]) -> bool:
    """Whether a small word number, hedged, counts the items named right before it: 'air-defence systems, at least
    five of them' (not 'one of them', nor a bare 'two of them'; nor 'them' that are what no term names, in another
    part of the sentence or another sentence: 'toured several drone plants; Kim inspected at least six of them')."""
    if q.hedge_start is None or (q.value or 0) <= 1 or not OF_THEM.match(text, q.end):
        return False
    named = [t for t in terms if t.end <= q.hedge_start and not t.term.is_measure]
    return bool(named) and _ITEMS_THEN_COUNT.fullmatch(text, named[-1].end, q.hedge_start) is not None


def fired_of_them(text: str, q: Quantity) -> bool:
    """Whether a small word number counts the missiles named before, fired: 'Russia launched at least one of them on
    30 December', 'fired two of them at Kyiv'."""
    return bool(OF_THEM.match(text, q.end) and FIRED_JUST_BEFORE.search(text, max(0, q.begin - 30), q.begin))


def items_for(
    text: str,
    q: Quantity,
    np_terms: list[TermMatch],
    has_unknown_noun: bool,
    terms: list[TermMatch],
    previous_items: Callable[[], list[Term]] = list,
) -> list[tuple[Term, bool]]:
    """The item(s) a number counts, with whether they were inherited from earlier in the sentence (or, for '120 of
    each', from the sentence before)."""
    if each := _EACH_AFTER.match(text, q.end):
        if each["forward"]:
            stop = re.search(r"[;.]|,\s+(?!and\b)", text[each.end() :])
            end = each.end() + (stop.start() if stop else len(text))
            named = [t.term for t in terms if each.end() <= t.start < end and not t.term.is_measure]
        else:
            named = [t.term for t in terms if t.end <= q.start and not t.term.is_measure]
            if not named and not np_terms:
                # 'Koksan guns and M1991 launchers are due. The North has already sent 120 of each.'
                named = [t for t in previous_items() if t.category not in PERSONNEL]
        return [(term, True) for term in {t.category: t for t in named}.values()]
    named_before = [t for t in terms if t.end <= q.start and not t.term.is_measure]
    if SUCH_AFTER.match(text, q.end) and (
        named_earlier := [t for t in named_before if not SPEAKS_AFTER.match(text, t.end)]
    ):
        return [(named_earlier[-1].term, True)]  # '90 KN-23 missiles, and Moscow expects another 50 such weapons'
    if has_unknown_noun:
        return []  # 'Nine more countries', '63 days': a noun we do not track
    np_text = text[q.end : np_terms[-1].end] if np_terms else ""
    if np_terms and _EACH_OF.search(np_text):
        earlier = {t.term.category: t.term for t in terms if t.end <= q.start and not t.term.is_measure}
        return [(term, True) for term in earlier.values()]
    items = [t for t in np_terms if not t.term.is_measure]
    if (
        items
        and np_terms[0].term.is_measure
        and items[0].term.unit not in (None, "barrels", "tons", np_terms[0].term.unit)
        and _MEASURE_LIST_JOIN.search(text, np_terms[0].end, items[0].start)
    ):
        # '100,000 tonnes of flour and several air-defence systems': the weight is the flour's, untracked; the
        # systems after the list's join are counted by none of it (not 'barrels of crude and refined oil')
        return []
    if len(items) > 1 and (classed := [t for t in items if text.startswith("-class", t.end)]):
        return [(classed[0].term, False)]  # 'a Pantsir-class combat vehicle' is a Pantsir
    if len(items) > 1 and items[-1].term.category is Category.TROOPS and items[-2].term.category is Category.VEHICLES:
        return [(items[-2].term, False)]  # 'Su-27 fighters' are aircraft, not combatants
    if (
        len(items) > 1
        and items[0].term.category is Category.AMMUNITION
        and OF_ONLY.fullmatch(text, items[0].end, items[1].start)
    ):
        if items[-1].term.category is Category.MISSILES and text.startswith("round", items[0].start):
            return [(items[-1].term, False)]  # '100 rounds of ballistic missiles' (translated copy) are missiles
        return [(items[0].term, False)]  # '9 million rounds of artillery' are rounds: what the artillery fires
    if items:
        head = items[-1].term
        # 'M1989 Koksan 170mm self-propelled guns': the head says artillery, the model says which artillery
        same = [t.term for t in items if t.term.category is head.category]
        return [(max(same, key=lambda term: len(term.subtype)), False)]
    if (
        q.weak
        and not BEFELL_JUST_BEFORE.search(text, max(0, q.begin - 30), q.begin)
        # ('Russia launched at least one of them on 30 December': the missiles named before, fired)
        and not fired_of_them(text, q)
        and not _hedged_few_of_them(text, q, terms)
    ) or q.year_like:
        return []  # (a small word number counts people only right after what befell them: 'wounded another six')
    if np_terms and not np_terms[-1].term.is_measure:
        return []
    earlier_terms = [
        t for t in terms if t.end <= q.begin and not t.term.is_measure and not SPEAKS_AFTER.match(text, t.end)
    ]
    if np_terms:  # a measure ('44,655 barrels') counts no people, however near 'missing' or 'troops' stands
        earlier_terms = [t for t in earlier_terms if t.term.category not in PERSONNEL]
    if not earlier_terms:
        return []
    nearest = earlier_terms[-1]
    if fired := fired_by(text, earlier_terms, len(earlier_terms) - 1):
        nearest = fired  # 'rounds of 170mm artillery, about 100,000 of them': the rounds, what the guns fire
    elif (
        len(earlier_terms) > 1
        and nearest.term.category not in PERSONNEL
        and (people := earlier_terms[-2]).term.category in (Category.WORKERS, Category.TROOPS)
        and _PEOPLE_FOR.fullmatch(text, people.end, nearest.start)
    ):
        nearest = people  # 'more workers for Russia's drone factories - as many as 12,000': the workers
    if q.begin - nearest.end > 180:
        return []
    # ('Koksan howitzers, about 100 of them': the model says which artillery, as it does right after a number; not
    # 'rocket rounds', whose head names the item more closely than its modifier)
    run, k = [nearest.term], earlier_terms.index(nearest)
    while (
        nearest.term.subtype in _GENERIC_SUBTYPES
        and k > 0
        and earlier_terms[k - 1].term.category is nearest.term.category
        and earlier_terms[k - 1].term.unit is not None
        and _WORD_GAP.fullmatch(text, earlier_terms[k - 1].end, earlier_terms[k].start)
    ):
        k -= 1
        run.append(earlier_terms[k].term)
    return [(max(run, key=lambda term: len(term.subtype)), True)]


# people named by where they work or what they tend: 'workers for Russia's drone factories', 'engineers at its missile
# plants'
_PEOPLE_FOR = re.compile(
    r"\s+(?:(?:for|at)\s+(?:(?:its|their|the)\s+)?(?:[\w'’-]+\s+){0,2}"
    # (or sent to one's plants: 'labourers to Russia's drone plants - as many as 8,000')
    r"|(?:to|into)\s+(?:the\s+)?[\w-]+['’]s\s+"
    # (or told as sent there: 'workers have been sent to the Alabuga drone plant ..., and up to 12,000 more')
    r"|(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?(?:sent|dispatched|assigned|brought|deployed)\s+"
    r"(?:to|into)\s+(?:(?:the|an?|its|their)\s+)?(?:[\w'’-]+\s+){0,2})"
)
_MEASURE_LIST_JOIN = re.compile(r"\b(?:and|or|plus|as\s+well\s+as)\b|[,;]")
_WORD_GAP = re.compile(r"[\s-]{1,2}")
_GENERIC_SUBTYPES = frozenset(("artillery", "missiles", "MRL", "rocket launchers", "drones", "aircraft"))


SUCH_AFTER = re.compile(r"\s+(?:such|similar)\s+(?:[\w-]+\s+)?(?:weapons|systems|arms|items|munitions|pieces|units)\b")
OF_ONLY = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}")


def _subtype(text: str, q: Quantity, np_end: int, subtype: str) -> str:
    if subtype == "artillery" and _LONG_RANGE.search(text, q.end, np_end):
        return "long-range artillery"
    return subtype
