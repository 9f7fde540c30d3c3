"""Figures that are no claim of support: troops withdrawn, own arms, a parade, work, others' kills, an army's size."""

from __future__ import annotations

import re

from core.extract.numerals import HEDGE_WORD
from core.extract.support_verbs import NK_NAMED
from core.lexicon import Lexicon

WORK_CONTEXT = re.compile(
    r"\b(?:work\w*|labou?r\w*|visas?|factor(?:y|ies)|construction|employ\w*|wages?|build|assemble|manufacture)\b"
)
# ... or, in the figure's own clause, a workplace where drones and arms are made or building goes on: 'to bring
# 12,000 citizens of the DPRK to the Alabuga special economic zone', 'to the drone plant', 'on building projects'
# (not 'to the front, as Russia ramped up shell production')
_WORKPLACE = re.compile(
    r"\b(?:special\s+economic\s+zone|sez|alabuga|(?:drone|arms|weapons?|munitions?)\s+(?:plants?|works|production|"
    r"output|assembly)|(?:production|output|assembly)\s+of\s+(?:[\w-]+\s+){0,2}?drones|building\s+(?:sites?|projects?))\b"
)
_CLAUSE_END = re.compile(r"[,;.:]")
_HIRED_BEFORE = re.compile(r"\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|take\s+on)\s+(?:[\w-]+\s+){0,2}$")
_FIGHTING = re.compile(r"\b(?:fight\w*|fought|combat|soldiers?|troops|military|mercenar\w*|front)\b")

# soldiers taken away from the war are no deployment ('Roughly 1,500 of them were pulled back from the front line',
# 'bringing home about 3,000 soldiers'; not '1,000 of them have already departed for the front'): pulled or withdrawn
# from the war or home, not from the units they were picked from ('3,000 troops withdrawn from frontline units along
# the DMZ', '11,000 troops pulled out of elite storm units were sent to Kursk')
_AWAY_FROM_THE_WAR = (
    r"(?:\s+(?:[\w-]+\s+){0,3}?(?:from|of)\s+(?:the\s+)?(?:front(?:[\s-]?lines?)?|kursk|russia|combat|battlefield|"
    r"battle|war|fighting|fray)\b(?!\s+(?:units?|formations?|brigades?|divisions?|regiments?)\b)|\s+(?:back\s+)?home\b"
    r"|\s*[,.;])"
)
_WITHDRAWN_VERB = (
    r"(?:pull(?:ed|ing|s)?\s+back|(?:pull(?:ed|ing|s)?\s+out|withdr[ae]wn?|withdrawing)"
    rf"(?={_AWAY_FROM_THE_WAR})|(?:brought|bringing|brings|bring|sent|sending)\s+(?:back\s+)?home)"
)
_WITHDRAWN_AFTER = re.compile(
    rf"\s+(?:of\s+(?:them|those|these)\s+)?(?:(?:have|has|had|are|were|was|is)\s+)?(?:(?:been|being|now|already)\s+)*"
    rf"{_WITHDRAWN_VERB}\b"
)
_WITHDRAWN_BEFORE = re.compile(rf"\b{_WITHDRAWN_VERB}\s+(?:{HEDGE_WORD}\s+)?$")
# ... unless those withdrawn are then sent: 'troops pulled back from Kursk were sent on to Donetsk'
_SENT_ON_AFTER = re.compile(
    r"[^.;]*?\b(?:were|was|have\s+been|has\s+been|are\s+being|will\s+be)\s+(?:[\w-]+\s+)?"
    r"(?:sent|deployed|dispatched|redeployed|transferred)\b"
)


def withdrawn(text: str, begin: int, np_end: int) -> bool:
    """Whether the troops a figure counts are taken away from the war, home or back from the front."""
    return bool(
        (_WITHDRAWN_AFTER.match(text, np_end) or _WITHDRAWN_BEFORE.search(text, max(0, begin - 40), begin))
        and not _SENT_ON_AFTER.match(text, np_end)
    )


# What North Korea's own forces hold at home, not what it sent or got ("North Korea's air force is believed to have
# about 810 combat aircraft", 'North Korea itself has an estimated 1,000 artillery pieces deployed along the DMZ',
# "North Korea's own arsenal (some 1,000 ballistic missiles)"): the holding verb right before the count, a hedge at
# most between (not 'has suffered 4,700 casualties', 'has reportedly committed 15,000 troops', "North Korea's
# military shipments have included 200 guns", nor "North Korea's army had 12,000 troops fighting in Kursk")
_NK_ITSELF = r"(?:north\s+korea|the\s+north|pyongyang|the\s+dprk)"
_NK_OWN_FORCES = (
    rf"(?:{_NK_ITSELF}['’]s\s+(?:own\s+)?(?:air\s+force|army|navy|military|armed\s+forces|arsenal|inventory|"
    rf"stockpiles?|fleet)|{_NK_ITSELF}\s+itself)"
)
_OWN_INVENTORY_BEFORE = re.compile(
    rf"\b{_NK_OWN_FORCES}(?:\s*\(\s*|"
    # (what is held named first, then a list of it: 'the North's air force, which operates mainly aging Soviet-era
    # planes, reportedly including 18 MiG-29s')
    r"(?:\s*,\s*which|\s+(?:is|are)\s+(?:believed|thought|estimated|said|reported|known)\s+to|(?:\s+\w+ly)?)\s+"
    r"(?:(?:has|have|possesses|possess|operates|operate|fields|field|maintains|maintain)\s+|"
    r"(?:possesses|operates|fields|maintains)\s+(?:(?!russia|moscow|kursk|ukrain|sent|shipped|supplied)[^.;()]){1,60}?"
    r",\s+(?:\w+ly\s+)?including\s+))"
    rf"(?:{HEDGE_WORD}\s+)?$"
)
# ... unless the clause after it puts them abroad: "North Korea's army has about 12,000 troops fighting alongside
# Russian forces in Kursk"
_HELD_ABROAD_AFTER = re.compile(
    r"[^.;,()]*?\b(?:russia|russian|kursk|the\s+front|ukrain\w*|moscow|abroad|overseas|there)\b"
)


def own_inventory(text: str, begin: int, np_end: int) -> bool:
    """Whether a figure counts what North Korea's own forces hold, not anything sent abroad or received."""
    return bool(
        _OWN_INVENTORY_BEFORE.search(text, max(0, begin - 120), begin) and not _HELD_ABROAD_AFTER.match(text, np_end)
    )


# A parade's marchers and machines are on show, not sent ('The parade featured some 15,000 troops', 'watching more than
# 10,000 troops, hypersonic missiles and drones pass through central Beijing'), unless North Korea's force abroad is
# the one marching ("North Korea's 11,000 troops in Russia will march through Red Square")
_PARADE_BEFORE = re.compile(
    rf"\bparades?\b[^.;]{{0,60}}?\s(?:featured|features|included|includes|involved|showed|displayed|showcased)\s+"
    rf"(?:(?:{HEDGE_WORD}|some|about)\s+)?$"
)
_PARADE_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:(?:tak(?:e|es|ing)|took)\s+part\s+in\s+the\s+(?:march|parade)|"
    r"(?:pass(?:es|ed|ing)?|march(?:es|ed|ing)?|parad(?:e|es|ed|ing))\s+(?:through|past|across)\s+"
    # (a city only as its centre: not '2,000 more troops passed through Moscow on their way to the Kursk front')
    r"(?:(?:central\s+)?(?:[\w-]+\s+){0,2}?(?:square|rostrum)|central\s+(?:beijing|pyongyang|moscow))\b)"
    r"(?![^.;]*\b(?:on\s+(?:their|its|the)\s+way|bound\s+for|en\s+route)\b)"
)


def at_a_parade(text: str, begin: int, np_end: int) -> bool:
    """Whether the items a figure counts are shown at a parade, none of them named North Korea's."""
    if not ("parad" in text or "march" in text or "pass" in text):
        return False  # (a cheap look first: this runs on every figure, and both patterns need one of these words)
    if not (_PARADE_BEFORE.search(text, max(0, begin - 100), begin) or _PARADE_AFTER.match(text, np_end)):
        return False
    return NK_NAMED.search(text, 0, np_end) is None


def work_is_told(text: str, begin: int, np_end: int) -> bool:
    """Whether the sentence speaks of work, or the figure's clause of where drones or arms are made, or people are
    hired with no word of war ('intends to hire 12,000 North Koreans to put together drones'; not 'hired 3,000
    North Koreans on military contracts to fight')."""
    if WORK_CONTEXT.search(text):
        return True
    if _HIRED_BEFORE.search(text, max(0, begin - 30), begin) and not _FIGHTING.search(text):
        return True
    end = _CLAUSE_END.search(text, np_end)
    return _WORKPLACE.search(text, np_end, end.start() if end else len(text)) is not None


_CLAUSE_SUBJECT = re.compile(
    r"(?:^|,|;|\band\b|\bthat\b|\bsaid\b|\bsays\b)(?P<subject>(?:(?!,|;|\band\b|\bthat\b)[^.])*)$"
)
_PRONOUN_KILLER = re.compile(r"\W*(?:they|he|she|it)\b")
_KILLED_RIGHT_AFTER = re.compile(r"\s*(?:(?:have|has|had)\s+)?(?:killed|eliminated|destroyed|wiped\s+out)\b")


def killed_by_others(text: str, begin: int, lexicon: Lexicon) -> bool:
    """'... and our forces killed 30 of them', 'Marines of the 36th Brigade killed 20 of them': the killers named in
    the clause that kills are not North Korea's ('North Korean troops ... and killed 40 of them', 'They killed
    20 of them' are)."""
    clause = _CLAUSE_SUBJECT.search(text, 0, begin)
    subject = clause["subject"] if clause else text[:begin]
    if _KILLED_RIGHT_AFTER.match(subject) or _PRONOUN_KILLER.match(subject):
        return False  # no subject of its own, or a pronoun: the one named before kills
    return lexicon.nk_re.search(subject) is None


# A whole army counted: 'North Korea, which has about 1.2 million troops,', 'an army of 1.28 million soldiers', 'the
# DPRK army numbers 1.2 million servicemen', 'its special forces are estimated at 200,000', 'its 1.2 million-strong
# military', "Russia's army in Ukraine numbers 600,000" (not 'has 11,000 troops in Russia', 'a force of 11,000', 'an
# 11,000-strong contingent': troops somewhere, or a force sent)
_HAS_TROOPS_BEFORE = re.compile(
    rf"\b(?:north\s+korea|pyongyang|the\s+dprk|the\s+north),\s+(?:which|that)\s+(?:has|had|boasts|maintains|fields)\s+"
    rf"(?:(?:an?|its)\s+(?:\w+\s+)?(?:army|military|armed\s+forces)\s+of\s+)?(?:{HEDGE_WORD}\s+)?$"
)
_ARMY_OF_BEFORE = re.compile(
    r"(?:\b(?:army|military|armed\s+forces|special\s+(?:operations\s+)?forces)\s+"
    r"(?:numbers|numbering|totals|totalling|totaling|(?:is|are)(?:\s+estimated\s+at)?)\s+"
    # ... or another country's army, wherever it stands: "Russia's army in Ukraine numbers about 600,000"
    r"|\b(?:russia['’]s|russian|ukraine['’]s|ukrainian|south\s+korea['’]s|south\s+korean|american|us|u\.s\.)\s+"
    # (an aside between: "South Korea's army, by comparison, numbers some 365,000")
    r"(?:army|military|armed\s+forces|forces|troops)(?:\s+in\s+[\w-]+)?(?:,\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+,)?\s+"
    r"(?:numbers|numbering|totals|totalling|totaling|(?:is|are)(?:\s+estimated\s+at)?)\s+"
    r"|\b(?:(?:with|has|have|had|boasts|maintains)\s+an?|its|(?:korea|dprk|pyongyang)['’]s)\s+"
    r"(?:(?:standing|active)\s+)?(?:army|military|armed\s+forces)\s+of\s+)"
    rf"(?:{HEDGE_WORD}\s+)?$"
)
_ARMY_STRONG_AFTER = re.compile(r"[\s-]+strong\s+(?:\w+\s+)?(?:army|military|armed\s+forces)\b(?!\s+(?:corps|units?))")
# ... where nothing after says where the troops are or what is to become of them ('has 11,000 troops in Russia', 'has
# 3,000 more soldiers ready to go', 'has 12,000 troops and reinforcements in Russia')
_ARMY_ENDS_AFTER = re.compile(
    r"\s*(?:[,.;:)—–]|$|\s+(?:under\s+arms|on\s+active\s+duty|in\s+(?:its|the)\s+(?:army|military|armed\s+forces|ranks))\b)"
)


def own_force_size(low: str, begin: int, end: int, np_end: int) -> bool:
    """Whether the troops a figure counts are a whole army (`low`: the lower-cased sentence)."""
    if _ARMY_STRONG_AFTER.match(low, end):
        return True
    return bool(
        (
            _ARMY_OF_BEFORE.search(low, max(0, begin - 50), begin)
            or _HAS_TROOPS_BEFORE.search(low, max(0, begin - 70), begin)
        )
        and _ARMY_ENDS_AFTER.match(low, np_end)
    )
