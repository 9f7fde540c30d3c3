"""Whether a figure is a toll and whose: what befell the people counted, North Korea's own, an attack's tally."""

from __future__ import annotations

import re

from core.extract.actors import CALLED_NORTH_KOREAN_AFTER, NK_OWN_WORDS
from core.extract.counted_items import BEFELL_JUST_BEFORE
from core.extract.numerals import HEDGE_WORD

# ... or between what befell the people counted before it and what befell these: '30 were killed and two captured'
_BEFELL_PAIR_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|captured|eliminated)(?:\s*,?\s+(?:and|while)|\s*,)\s+$"  # ('eliminated, four more')
)
_BEFELL_PAIR_AFTER = re.compile(
    r"\s+(?:more\s+|others?\s+)?(?:(?:were|have\s+been)\s+)?(?:killed|wounded|injured|captured|taken\s+prisoner)\b"
)
_KILL_VERB = re.compile(
    r"\b(?:killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures|eliminat\w*|"
    # ('destroyed 50 soldiers of the DPRK and wounded 47 more'; not 'destroyed two Koksan guns')
    rf"destroy(?:ed|ing|s)?(?=\s+(?:{HEDGE_WORD}\s+)?[\d,]+\s+(?:[\w-]+\s+){{0,2}}?(?:soldiers|troops|servicemen|"
    r"fighters|personnel|infantrymen|occupiers)\b))\b"
)

# North Korea as the subject of a verb of its own, right before it ('North Korea has recently ...')
NK_DID = (
    r"\b(?:north\s+korea|pyongyang|the\s+north|the\s+dprk|kim\s+jong[\s-]un)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
)

# a toll the sentence gives as North Korea's own, told as a number of people ('North Korean army casualty is estimated
# at about 4,700 people', 'casualties of North Korean army ... were approximately 4,700 persons')
_NK_TOLL_BEFORE = re.compile(
    r"\b(?:north\s+korean?|n\.\s*korean?|dprk|pyongyang['’]s)\s+(?:(?:army|military|troops|forces|soldiers)['’]?s?\s+)?"
    r"(?:casualt(?:y|ies)|loss(?:es)?)\b"
    r"|\b(?:casualt(?:y|ies)|loss(?:es)?)\s+(?:of|among)\s+(?:the\s+)?(?:north\s+korean?|n\.\s*korean?|dprk)\b"
)


def north_korean_toll_before(text: str, begin: int) -> bool:
    """Whether the figure's clause opens with North Korea's own toll, so the people it counts are its soldiers
    (not '12 people were injured when a North Korean missile hit Kyiv', a strike's toll of civilians)."""
    window = text[max(0, begin - 120) : begin]
    if not ("casualt" in window or "loss" in window):
        return False  # (a cheap look first)
    tolls = list(_NK_TOLL_BEFORE.finditer(window))
    # the toll is the clause's subject: no break between it and the figure ('After the North Korean losses in
    # Kursk, 30 people were killed in a strike on Sumy' is not)
    return bool(tolls) and not any(mark in window[tolls[-1].end() :] for mark in ",;:(")


def victims_named_north_korean(text: str, begin: int) -> bool:
    """'killed 50 North Korean soldiers and wounded 47': North Korean words after the first kill verb."""
    verb = _KILL_VERB.search(text, 0, begin)
    return verb is not None and NK_OWN_WORDS.search(text, verb.end(), begin) is not None


# ... or named after the next toll, the two sharing them: 'killed 30 and wounded 20 more North Korean soldiers' (not
# 'killed 30 and wounded 20 Russian soldiers', nor 'killed 30, and 20 North Koreans surrendered': no verb of a toll)
_SHARED_VICTIMS_AFTER = re.compile(
    rf"\s+and\s+(?:wounded|injured|captured|killed|eliminated)\s+(?:another\s+|a\s+further\s+)?(?:{HEDGE_WORD}\s+)?"
    r"[0-9][0-9,]*\s+(?:more\s+|other\s+)?(?:north\s+korean|n\.\s*korean|dprk)\b"
)


def victims_named_after(text: str, end: int) -> bool:
    """'killed 30 and wounded 20 North Korean soldiers': the first toll's victims are the North Koreans named after
    the second."""
    return _SHARED_VICTIMS_AFTER.match(text, end) is not None


_CLAUSE_OPENS_BEFORE = re.compile(r"(?:,\s*and\s+(?:that\s+)?|\band\s+that\s+|;\s*)$")
_BEFELL_AFTER_OPENING = re.compile(
    r"\s+(?:more\s+|others?\s+)?(?:have|has|had|were|was|are)\s+(?:also\s+)?(?:been\s+)?"
    r"(?:killed|captured|wounded|injured|taken\s+(?:prisoner|captive|alive))\b"
)


def befell(text: str, begin: int, end: int) -> bool:
    """A small word number stands for people when what befell them is said right beside it: 'captured two', '30
    were killed and two captured'."""
    if BEFELL_JUST_BEFORE.search(text, max(0, begin - 24), begin):
        return True
    if (begin <= 2 or _CLAUSE_OPENS_BEFORE.search(text, max(0, begin - 12), begin)) and _BEFELL_AFTER_OPENING.match(
        text, end
    ):
        return True  # 'Two have been captured by Ukraine.' after a sentence on North Korea's soldiers; '..., and that
        # two were taken prisoner'

    if (begin <= 2 or _THE_BEFORE.search(text, max(0, begin - 8), begin)) and _CAPTURED_PARTICIPLE_AFTER.match(
        text, end
    ):
        return True  # 'including the two captured in January', 'Two others taken prisoner in early January are ...'
    return bool(_BEFELL_PAIR_BEFORE.search(text, max(0, begin - 20), begin) and _BEFELL_PAIR_AFTER.match(text, end))


_THE_BEFORE = re.compile(r"\bthe\s+$")
# (a participle, not the verb of a clause: not 'The two captured the town')
_CAPTURED_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:others?\s+)?(?:captured|taken\s+(?:prisoner|captive|alive))\b"
    r"(?!\s+(?:the|a|an|its|their|his|her|some|several|\d)\b)"
    # (not Russia's captives, nor others named another nationality: 'Two others taken prisoner by Russia were
    # Ukrainian medics')
    r"(?![^.;]*?\bby\s+(?:russia|russian|the\s+russians|moscow)\b)"
    r"(?![^.;]*?\b(?:were|are|was)\s+(?:all\s+|both\s+)?(?:ukrainian|russian|american|british|chinese|polish)\b)"
)

# Who attacks with the missiles or drones counted: Russia's strike, not North Korea's supply (unless the items are
# named North Korea's: 'Russia has fired 60 North Korean missiles', a claim the schema keeps)
_ATTACKER = (
    r"(?:the\s+enemy|russia|russian\s+(?:forces|troops|army|military|invaders)|the\s+occupiers|the\s+russians|moscow)"
)
# (and the list it goes on with: '40 missiles, including 6 KN-23s, and 120 drones', '215 air attack assets: 66
# missiles ...')
_TALLY_LIST = rf"(?:[^.;]{{0,120}}?(?:(?:,\s*|\s)and\s+|:\s*))?(?:a\s+total\s+of\s+)?(?:{HEDGE_WORD}\s+)?$"
_ATTACK_TALLY_BEFORE = re.compile(
    rf"\b{_ATTACKER}\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:launched|fired|used|attacked\s+(?:[\w-]+\s+){{0,4}}?with)\s+"
    + _TALLY_LIST
    # ... or what an attack was made of: 'the strike, which involved about 70 missiles and 145 drones'
    + r"|\b(?:attacks?|strikes?|barrages?|bombardments?|raids?)\s*,?\s+(?:which\s+|that\s+)?(?:involved|included|"
    r"consisted\s+of|comprised)\s+" + _TALLY_LIST
)

# ... or the launcher named after the items: '40 of 55 drones launched by Russia overnight', 'the 31 missiles Russia
# launched'
_LAUNCHED_BY_AFTER = re.compile(
    rf"\s+(?:(?:that|which)\s+(?:were\s+)?)?(?:(?:launched|fired)\s+(?:by|from)\s+{_ATTACKER}|{_ATTACKER}\s+"
    r"(?:(?:has|have|had)\s+)?(?:launched|fired))\b"
)

# ... but not what North Korea sent that Russia then fired: 'North Korea has supplied about 100 ballistic missiles that
# Russia has fired at Ukrainian cities', 'has delivered the 40 missiles Russia launched at Kharkiv'
NK_SUPPLIES_BEFORE = re.compile(
    NK_DID + r"(?:sent|supplied|delivered|shipped|transferred|provided|given|handed\s+over)\b[^.;]*$"
)


# a share of a tally, the words after it telling of the share only: '6 missiles, 4 of which were identified as ...'
_SHARE_OF_WHICH = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:which|them|these)\b"
)


def called_north_korean_whole(text: str, np_end: int) -> bool:
    """Whether the items counted are themselves called North Korean after them ('launched four ballistic missiles,
    which it identified as North Korean KN-23s'), not a share of them ('fired 6 ballistic missiles, 4 of which were
    identified as North Korean KN-23s': the 6 stay Russia's strike)."""
    called = CALLED_NORTH_KOREAN_AFTER.search(text, np_end)
    return called is not None and _SHARE_OF_WHICH.search(text, np_end, called.start()) is None


def in_attack_tally(text: str, begin: int, np_end: int) -> bool:
    """Whether the missiles or drones counted are one of Russia's attacks ('the enemy launched 40 missiles', 'the
    attack involved 70 missiles and 145 drones', '56 of 79 drones launched by Russia')."""
    return bool(
        _ATTACK_TALLY_BEFORE.search(text, max(0, begin - 160), begin)
        or (_LAUNCHED_BY_AFTER.match(text, np_end) and not NK_SUPPLIES_BEFORE.search(text, 0, begin))
    )
