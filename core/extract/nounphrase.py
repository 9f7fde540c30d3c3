"""The words naming what a number counts: the noun phrase after it, up to a verb, preposition or clause mark."""

from __future__ import annotations

import re

from core.lexicon import TermMatch
from core.models import Category

# ('N. Korean soldiers', 'N.Korean': one word, whose full stop ends nothing)
_NP_TOKEN = re.compile(r"[Nn]\.\s?[Kk]orea\w*|[A-Za-z0-9][\w'’.-]*[\w]|[A-Za-z0-9]|[^\sA-Za-z0-9]")


_PERIODS = frozenset(("year", "month", "week", "day", "quarter"))
_NP_STOP = frozenset(
    """
    to in into for from with by at on since during who whom which that were was is are have has had will
    would could may might be been being and or but as while including per than after before via across under plus
    together over near along against through among if when where so already recently now out reportedly believed said
    says according stationed sent deployed supplied provided delivered shipped transferred dispatched this
    last next a an the it they he she we you i inside outside within beyond behind alongside amid amidst
    between toward towards onto upon throughout around near soon still currently reportedly allegedly
    appear appears appeared seem seems seemed look looks remain remains remained stand stands stood total totaling
    totalling including whose whom why how what while whilst until unless because since
    took take takes taking make made makes got get gets did do does fight fights serve serves served die dies died
    work works worked working help helps helped helping operate operates operated join joins return returns
    returned stay stays stayed arrive arrives overnight today yesterday tonight daily weekly monthly
    aboard onboard above below beneath underneath beside besides despite except without versus amongst unlike
    atop till earlier later ago again also just even only too early late shortly initially subsequently afterwards
    afterward meanwhile eventually there here once though although whereas
    bring brings bringing raise raises raising push pushes pushing put puts putting
    """.split()
)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
# Countries that start a relative clause without 'that' after the item ('the 11,000 troops Pyongyang sent').
_SUBJECTS = frozenset("pyongyang russia moscow kremlin seoul kyiv ukraine washington kim putin".split())


_SENDING_VERBS = frozenset("sent deployed dispatched supplied shipped delivered has had".split())
_FIGURE_STARTERS = frozenset("some about around roughly nearly over more up at least another a an the".split())


# (and a figure's own noun after its item: 'the 12k troop figure')
_TRAILING_OK = frozenset("total overall altogether apiece combined alone each strong in-total figure estimate".split())


_NP_LEADING_SKIP = frozenset(["more", "additional", "extra", "fresh", "new", "other", "further"])


_NP_PUNCT_OK = frozenset("-'’")


PRONOUN_PARTITIVE = re.compile(
    r"^\s*of\s+(?:them|whom|which|(?:those|these)(?=\s*[,.;]|\s+(?:are|were|have|has|had|will|would|could|may|might|"
    r"is|was|in|who|which|that)\b)"
    # 'a dozen of the systems are firing': a generic noun for the item named before
    r"|the\s+(?:systems|units|pieces|weapons)(?=\s+(?:are|were|have|has|had|is|was|in|at|near|already|now|still)\b))\b",
)


# ('12 of the 170 mm guns': a calibre opens the noun)
CALIBRE = r"\s*-?(?:mm|millimet(?:er|re)s?|cm|calibre|caliber)\b"  # what makes a number a calibre: '170 mm'
_CALIBRE_AFTER = re.compile(CALIBRE)
_CALIBRE_TOKEN = re.compile(r"[0-9]+-?(?:mm|millimet(?:er|re)s?|cm)")
_OF_DETERMINER = re.compile(rf"^\s*of\s+(?:(?:the|its|their|these|those|his|her|our)\s+)?(?=[a-z]|\d+{CALIBRE})")


_PARTICIPLE_NEXT = frozenset(["to", "by", "in", "at", "from", "as", "that", "for", "with", "on", "into"])
# What befell the people a number counts, said before their noun: 'two captured North Korean soldiers'
_BEFELL_ADJECTIVES = frozenset("captured wounded injured killed".split())
_PEOPLE_NEXT = frozenset("north korean dprk soldiers soldier troops servicemen fighters".split())


_IRREGULAR_PARTICIPLES = frozenset("came went left fled fought arrived".split()) | frozenset(
    [
        "thought",
        "known",
        "said",
        "seen",
        "understood",
        "held",
        "sent",
        "kept",
        "brought",
        "taken",
        "shown",
        "given",
        "bound",
    ]
)


_OTHERS = re.compile(r"\s+others\b")


def noun_phrase(text: str, start: int, terms: list[TermMatch]) -> tuple[int, int, list[TermMatch], bool]:
    """The words naming what a number counts: up to a verb, preposition, clause mark or 8 words."""
    if text.startswith(('"', "”"), start):
        start += 1  # a quoted figure: '"around 120" of its guns', '"about 3,000" fresh troops'
    if PRONOUN_PARTITIVE.match(text[start:]) or _OTHERS.match(text, start):
        return start, start, [], False  # '600 of them', 'About 1,000 others were injured': the item is named before
    if of_the := _OF_DETERMINER.match(text[start:]):
        start += of_the.end()
    end = end_before = start
    words = 0
    np_start: int | None = None
    tokens = list(_NP_TOKEN.finditer(text, start, min(len(text), start + 140)))
    # (the text is a sentence's lower-cased copy, whose words lower-case to themselves: one test, not one per word)
    lowered = list(map(re.Match.group, tokens))
    if text.lower() != text:
        lowered = [word.lower() for word in lowered]
    term_starts = {t.start for t in terms}
    term_ends = {t.end for t in terms}
    for k, token in enumerate(tokens):
        word = lowered[k]
        following = lowered[k + 1] if k + 1 < len(tokens) else ""
        if (
            (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES)
            and (following in _PARTICIPLE_NEXT or token.end() + 1 not in term_starts)
            and token.start() not in term_starts
            and not (words == 0 and word in _BEFELL_ADJECTIVES and following in _PEOPLE_NEXT)
        ):
            break
        if not word[0].isalnum():
            if word == "-" and text[token.start() - 1 : token.start()] == " " and text.startswith(" ", token.end()):
                break  # a spaced dash: '3,000 - about 300 killed and 2,700 wounded'
            if word in _NP_PUNCT_OK or word in '"“”':
                if word in '"“”' and words and not _quoted_name_next(lowered, k):
                    break  # '11,000 troops "to help"': a quotation, not the item's name
                continue
            break
        if word in ("and", "or") and words and _modifier_continues(text, tokens, k, terms):
            continue
        if word in _NP_STOP or (word == "of" and words == 0):
            break
        if word == "each" and following in _PERIODS:
            break  # a rate: '2.8 million shells each year'
        if (
            words
            and (word in _NUMBER_WORDS or (word[0].isdigit() and word.replace(",", "").isdigit()))
            and not following.startswith(("mm", "millimet", "-mm"))  # a calibre: '220 units of 240 mm launchers'
        ):
            break  # another number starts another phrase: '3,000 soldiers two months ago'
        if words and lowered[k - 1] != "of" and (word in _SUBJECTS or (word == "north" and following == "korea")):
            break  # a clause without 'that': 'the 11,000 troops North Korea sent', '200 guns Pyongyang supplied'
        if not words and (
            (word == "pyongyang" and following in _SENDING_VERBS)
            or (word == "north" and following == "korea" and k + 2 < len(tokens) and lowered[k + 2] in _SENDING_VERBS)
        ):
            break  # ... with the noun left out: 'the roughly 9,000 Pyongyang sent last year'

        if words and word.endswith("ing") and token.start() not in term_starts and tokens[k - 1].end() in term_ends:
            break  # '3,000 reinforcements arriving in January', '200 men operating near Sumy'
        if words and token.start() not in term_starts and _verb_after_plural(text, tokens[k - 1], word, term_ends):
            break  # '2,000 soldiers guard the border', '5,000 workers build drones': the item, then its verb
        if words and word.endswith("ly") and token.start() not in term_starts:
            break  # '11,000 personnel initially deployed'
        if words == 0 and word == "each":
            break  # '120 each of ...', '120 of each': see _EACH_AFTER
        if words == 0 and word in _NP_LEADING_SKIP:
            continue
        if (
            words == 0
            and k
            and lowered[k - 1] in _NP_LEADING_SKIP
            and word.endswith("ing")
            and token.start() not in term_starts
        ):
            break  # 'with 3,000 more arriving in January': more of the item named before, then its verb
        if np_start is None:
            np_start = token.start()
        end_before, end = end, token.end()
        words += 1
        if words >= 9:
            break
    if np_start is None:
        return start, start, [], False
    if words > 1 and text.endswith("of", 0, end) and not text[end - 3].isalnum():
        end = end_before  # '22 soldiers of the DPRK': the phrase ends before an 'of' whose object it stops at
    inside = [t for t in terms if np_start <= t.start < end]
    end = max([end, *(t.end for t in inside)])  # 'killed and wounded' is one phrase though 'and' ends a noun phrase
    trailing = text[inside[-1].end : end].split() if inside else []
    of_phrase = inside and " of " in f" {text[inside[0].end : end]} "  # 'barrels of refined petroleum products'
    unknown = bool(text[np_start:end].strip()) and (
        not inside or (bool(trailing) and not of_phrase and any(w not in _TRAILING_OK for w in trailing))
    )  # '11 round trips' counts trips: an item noun must end the phrase (or head an 'of ...' phrase)
    return np_start, end, inside, unknown


# a measure of a bulk good right before an 'and': 'barrels of oil and', 'tonnes of fuel and'
_MEASURED_OF_BEFORE = re.compile(
    r"\b(?:barrels?|tons?|tonnes?|litres?|liters?|gallons?|cubic\s+metres?)\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+$"
)
_PLURAL_HEAD = re.compile(r"(?:[^s]s|men|people|personnel)$")
# words after a plural item that are no verb: '200 units of artillery', 'two rounds every five minutes'
_NOT_A_VERB = frozenset("of every all both more less worth there here this these those some any no not".split())


def _verb_after_plural(text: str, previous: re.Match[str], word: str, term_ends: set[int]) -> bool:
    """A plural item noun is last in a noun phrase ('soldier guards', never 'soldiers guard'): a word after it
    that is not plural itself is a present-tense verb ('2,000 soldiers guard', '5,000 workers build')."""
    return (
        previous.end() in term_ends
        and text.startswith(" ", previous.end())
        and _PLURAL_HEAD.search(previous.group()) is not None
        and word.isalpha()
        and not word.endswith("s")
        and word not in _NOT_A_VERB
        and word not in _TRAILING_OK
    )


def _quoted_name_next(lowered: list[str], k: int) -> bool:
    """'50 M-1978 "Koksan" howitzers': a one-word name in quotes inside the noun phrase."""
    return k + 2 < len(lowered) and lowered[k + 1][0].isalnum() and lowered[k + 2] in '"“”'


def _modifier_continues(text: str, tokens: list[re.Match[str]], k: int, terms: list[TermMatch]) -> bool:
    """In 'artillery and rocket rounds' the 'and' joins two modifiers of one head noun: the word before it
    is singular and a term ends within the next three words."""
    previous = tokens[k - 1].group()
    if (previous.endswith("s") and not previous.endswith("ss")) or previous.endswith("men"):
        return False  # '11,000 troops and missiles', '40 servicemen and wounded 25' list two items
    if (
        " of " in text[tokens[0].start() : tokens[k].start()]
        and any(t.end == tokens[k - 1].end() for t in terms)  # (not 'barrels of crude and refined oil')
        and _MEASURED_OF_BEFORE.search(text, tokens[0].start(), tokens[k].start())
    ):
        return False  # 'more than 1 million barrels of oil and Pantsir air-defence systems': the oil's head is named
    ahead = tokens[k + 1 : k + 4]
    if not ahead:
        return False  # an excerpt cut off after 'and': 'nine million rounds of artillery and'
    # ('152-mm and 122-mm shells', '152 mm and 122 mm shells')
    calibre = [_CALIBRE_TOKEN.fullmatch(t.group()) is not None or _CALIBRE_AFTER.match(text, t.end()) is not None
               for t in ahead]  # fmt: skip
    # (a calibre only before the head noun: not 'rounds of 122mm and 152mm artillery ammunition')
    head_named = any(tokens[0].start() <= t.start and t.end <= tokens[k].start() for t in terms)
    if calibre[0] and head_named:
        return False
    if not ahead or not (ahead[0].group()[0].isalpha() or calibre[0]) or ahead[0].group() in _NP_STOP:
        return False
    for token, is_calibre in zip(ahead, calibre, strict=True):  # up to the head noun, no new figure may start
        if any(t.start == token.start() for t in terms):
            return True
        if (token.group().isdigit() and not is_calibre) or token.group() in _FIGURE_STARTERS:
            return False  # ('and some 250 KN-23 missiles')
    return False


# ammunition named by the guns that fire it: 'rounds of 170mm artillery', 'shells for its Koksan guns',
# 'ammunition for Russia's 152mm artillery', 'rockets for its 240mm launchers'
_AMMUNITION_FOR = re.compile(r"\s+(?:of|for)\s+(?:(?:its|their|the|north\s+korean)\s+)?(?:[\w'’-]+\s+){0,2}")


FIRES_AMMUNITION = (Category.ARTILLERY, Category.ROCKET_LAUNCHERS)


def fired_by(text: str, terms: list[TermMatch], k: int) -> TermMatch | None:
    """The ammunition that the artillery or rocket launchers `terms[k]` (past a calibre before it) name the guns of,
    or None."""
    gun = terms[k].term.category
    if gun not in FIRES_AMMUNITION:
        return None
    first = k
    while first > 0 and terms[first - 1].term.category is gun:
        first -= 1
    if first == 0:
        return None
    head = terms[first - 1]
    if head.term.category is Category.AMMUNITION and _AMMUNITION_FOR.fullmatch(text, head.end, terms[first].start):
        return head
    return None
