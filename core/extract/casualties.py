"""What a casualty figure counts: killed, wounded, killed or wounded, captured or missing, as its words say."""

from __future__ import annotations

import re

from core.extract.numbers import Quantity
from core.extract.numerals import HEDGE_WORD
from core.lexicon import Lexicon
from core.phrases import has_any

# the words that name a toll, before the figure the sentence gives it
_TOLL_WORD = r"\b(?:casualties|casualty|losses|death\s+toll|toll|dead|deaths|killed|wounded|injured)\b"
_CASUALTY_BEFORE = re.compile(
    # (past an aside: 'North Korean casualties, meanwhile, are estimated to have reached around 4,000')
    _TOLL_WORD
    # (the toll of a force named at length: 'Casualties among the North Korean forces dispatched to Russia have')
    + r"(?:\s+(?:among|of)(?:\s+[a-z'’-]+){0,4})?(?:\s+[a-z'’-]+){0,8}?"
    r"(?:,\s+(?:meanwhile|however|though|too|also|in\s+turn|for\s+its\s+part|so\s+far|"
    r"by\s+contrast),"
    # (a quotation may open before the verb: 'killed and wounded "already exceeds 3,000"')
    # (and an adverb before the verb: 'killed and wounded North Korean soldiers in the Kursk region has already
    # exceeded 3,000')
    r"(?:\s+[a-z'’-]+){0,6}?)?,?\s+(?:[\"“](?:(?:already|now|still|reportedly)\s+)?|already\s+)?"
    r"(?:stands?\s+at|stood\s+at|reached|reach(?:es)?|of|total(?:ed|ing|s|led|ling)?|number(?:ed|ing|s)?|at|to|is|are|"
    r"were|was|(?:may|might|could)\s+(?:well\s+)?be|(?:rose|risen|rises|rising|climbed|climbs|grown|grew|jumped|increased|soared|surged)\s+(?:to|from)|"
    # ('casualties rose from 3,000 in January to about 4,700', 'its estimate of casualties from 1,100 to 3,000': the
    # new figure; the earlier one is `_CHANGE_FROM_AFTER`'s)
    r"from\s+(?:about\s+|around\s+|some\s+)?[\d,.]+(?:\s+[a-z]+){0,3}?\s+to|exceeded|exceeds|exceed|exceeding|surpass(?:ed|es|ing)?|topp(?:ed|ing)|tops?|"
    r"over|above|estimated\s+at|amount(?:s|ed)?\s+to|passed|crossed|hit|near(?:ed|ing|s)?|approach(?:ed|ing|es)?)(?:\s+(?:already|now|still|reportedly|currently|thought\s+to\s+be))?\s*[\"“]?$",
)


_CASUALTY_VERB_BEFORE = re.compile(
    r"\b(?P<verb>killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|captured|capturing|captures"
    r"|capture|eliminated|eliminating|eliminates|eliminate|lost|lose|loses|losing|wiped\s+out|wiping\s+out"
    # (Ukrainian copy 'destroyed up to 200 North Korean soldiers': killed)
    r"|destroyed|destroying|destroys"
    r"|neutrali[sz](?:ed|es|e|ing)"
    # (translated copy: 'took prisoner three North Korean soldiers')
    r"|t(?:ook|ake|akes|aking|aken)\s+prisoners?"
    # the nouns: 'confirmed the capture of two North Korean soldiers', 'the deaths of 30'
    r"|capture\s+of(?:\s+the)?|deaths?\s+of(?:\s+the)?|killing\s+of(?:\s+the)?)"
    r"(?:\s*(?:,|or|and|,\s*or|,\s*and)\s*(?:killed|wounded|injured|captured))*"
    r"(?:\s+(?:only|just|also|already))?\s+[\"“'‘]?$",  # ('has so far captured only two North Korean soldiers')
)


# 'the bodies of over 20 North Korean soldiers': the dead, counted.
_BODIES_BEFORE = re.compile(r"\b(?:bodies|corpses|remains|graves)\s+of\s+(?:the\s+)?$")
# the figure losses go on to name among them: 'Russia has taken heavy losses, including about 2,000 North Korean
# soldiers' (killed and wounded alike)
_LOSSES_INCLUDING_BEFORE = re.compile(
    rf"\b(?:losses|casualties)\s*,?\s+(?:including|among\s+them)\s+(?:{HEDGE_WORD}\s+)?$"
)
# 'Ukraine is holding two North Korean soldiers': the side that fights them holds prisoners.
_HELD_BY_UKRAINE_BEFORE = re.compile(
    r"\b(?:ukraine|kyiv|kiev|ukrainian\s+(?:forces|troops|authorities|army|military|special\s+forces))(?:\s*,\s*which)?\s+"
    r"(?:(?:says|said|claims|confirmed)\s+(?:that\s+)?(?:it|they)\s+)?"  # ('Ukraine says it holds two ...')
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|now|currently|still)\s+){0,2}(?:holding|holds|held|detain\w*)\s+"
    rf"(?:(?:{HEDGE_WORD}|only|just)\s+)?$"
)


_CASUALTY_STEMS = (
    "casualt",
    "toll",
    "loss",
    "death",
    "dead",
    "kill",
    "wound",
    "injur",
    "captur",
    "eliminat",
    "destroy",
    "los",
    "wiped",
    "wiping",
    "neutrali",
    "prisoner",
)


# 'killed or wounded at least 30', 'captures two', 'lost nearly 400': what a casualty verb before a figure counts.
VERB_KINDS = {  # a stem of the verb -> the kind ('both': killed or wounded)
    "kill": "killed",
    "elimin": "killed",
    "destroy": "killed",
    "wip": "killed",
    "neutrali": "both",
    "wound": "wounded",
    "injur": "wounded",
    "capt": "captured",
    "los": "both",
    "death": "killed",
    "prisoner": "captured",
}


_DESCRIPTIVE_LOSSES = re.compile(
    r"\b(?:heavy|heavier|big|huge|significant|serious|severe|major|great|high|considerable|substantial|large|steep|"
    r"mounting|massive|enormous|staggering|devastating|terrible|grievous)\s+"
    r"(?:losses|casualties|casualty\s+rates?)"
)


# 'eliminated 40 soldiers and wounded 25 others': the verb after 'and' takes the next figure, not this one.
_VERB_OF_NEXT = re.compile(
    r",?\s*\band\s+(?:also\s+)?(?:killed|wounded|injured|captured|eliminated|lost|took|taken)\s*"
    rf"(?:(?:{HEDGE_WORD}|another)\s+)?"
    r"(?=$|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b)"
)


# '3,000 troops to replace losses': the losses are others', not this figure's (casualty_cues.py reads the verbs too).
REPLACES = r"(?:replac\w*|replenish\w*|mak(?:e|es|ing)\s+(?:up(?:\s+for)?|good)|compensat\w*\s+for|offset\w*)"
# 'to replace losses', 'to replace soldiers who were killed and wounded', 'to make up for the killed and wounded'
_REPLACES_LOSSES = re.compile(
    rf"\b{REPLACES}\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:losses|casualties|dead|fallen|killed|wounded|lost|injured|out\s+of\s+action)"
    r"(?:\s+(?:or|and)\s+(?:killed|wounded|injured|missing))?\b"
)


# 'put North Korea's total dispatch at around 15,000 and its casualties at about 4,700': what each figure is
_PUT_AT_BEFORE = re.compile(rf"\bput(?:s|ting)?\s+(?P<what>[^.;,]{{1,60}}?)\s+at\s+(?:{HEDGE_WORD}\s+)?$")

# ... or after them: 'two North Korean soldiers held by Ukraine', 'detained in Kyiv'
_HELD_BY_UKRAINE_AFTER = re.compile(
    r"\s+(?:(?:who\s+are|now|currently|still|being)\s+)?(?:held|detained|kept|imprisoned)\s+(?:captive\s+)?"
    r"(?:by|in)\s+(?:ukraine|kyiv|kiev|ukrainian)\b"
)


def held_by_ukraine(before: str) -> bool:
    """Whether the words before a figure have Ukraine hold the people it counts ('Ukraine now holds three')."""
    return ("hold" in before or "held" in before or "detain" in before) and bool(_HELD_BY_UKRAINE_BEFORE.search(before))


# ... and the next figure of the same 'put': '... at 4,000 and the number of troops still fighting at 8,000'
_AND_AT_BEFORE = re.compile(rf"\band\s+(?P<what>(?:the|its|their)\s+[^.;,]{{1,50}}?)\s+at\s+(?:{HEDGE_WORD}\s+)?$")


def put_at(before: str) -> str | None:
    """What a figure right after 'put ... at' counts, in the words before 'at', if it stands there."""
    if "put" not in before:
        return None
    put = _PUT_AT_BEFORE.search(before) or _AND_AT_BEFORE.search(before)
    return put["what"] if put else None


_COULD_BE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?be\s*[\"“'‘]?$")
_PROJECTION_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:by\s+(?:the\s+)?(?:end|summer|winter|spring|autumn|fall|next|year|month|then)|if|unless)\b"
)


# a fact box's line labelled with what befell those counted: '• Dead: roughly 600 North Korean soldiers'
_TOLL_LABEL = re.compile(
    r"[\s•*·-]*(?:(?P<killed_or_wounded>(?:killed|dead)\s+(?:and|or|&)\s+(?:wounded|injured)(?:\s+combined)?|"
    r"(?:total\s+)?casualties)|(?P<killed>dead|deaths|killed|fatalities)|(?P<wounded>wounded|injured)|"
    r"(?P<captured>captured|prisoners))\s*:\s*"
)


# people hit, in the passive: 'soldiers hit in two days near Kursk', 'were hit by drones' (not 'troops hit Ukrainian
# positions', who did the hitting)
_HIT_AFTER = re.compile(
    r"\s+(?:(?:were|have\s+been|had\s+been|was|being)\s+hit\b(?!\s+by\s+the\s+cold)"
    r"|hit\s+(?:in\s+(?:\w+\s+)?(?:days?|hours?|weeks?|strikes?|attacks?|fighting|combat|battle)|by\s+(?:drones?|strikes?|"
    r"shelling|artillery|fire|missiles?|rockets?|mines?)))\b"
)


# an unnumbered part of a counted whole: 'some of the', 'many of the' (not 'two of the', a number of its own)
_SOME_OF_THE_BEFORE = re.compile(
    r"\b(?:some|many|most|several|a\s+few|a\s+number|a\s+handful|dozens|scores|hundreds|thousands|part|a\s+part|"
    r"much|a\s+share|a\s+portion)\s+of\s+the\s+$"
)


# people lost, in the passive or as a participle: '2,000 soldiers lost in the Kursk offensive', 'some 2,000 men were
# lost in Kursk' (not 'troops lost the village', 'lost contact': a verb with its object)
_LOST_AFTER = re.compile(
    r"\s+(?:(?:were|have\s+been|had\s+been|was|being)\s+)?lost(?=\s*[,.;)]|\s*$|\s+(?:in|at|near|during|since|so\s+far|"
    r"to|on|over|while|when|fighting|in\s+action|around|outside)\b)"
)


def casualty_subtype(text: str, q: Quantity, np_start: int, np_end: int, after: str, lexicon: Lexicon) -> str | None:
    """killed / wounded / killed_or_wounded / captured, as the figure's own words or predicate say."""
    if q.begin < 48 and (label := _TOLL_LABEL.fullmatch(text, 0, q.begin)):
        return label.lastgroup
    before = text[max(0, q.begin - 80) : q.begin]
    if before.endswith(" of the ") and _SOME_OF_THE_BEFORE.search(before):
        return None  # 'Some of the 11,000 soldiers sent have been killed': the figure counts them all, not the dead
    if (("fatal" in text or "mortally" in text) and _FATALLY_AFTER.match(text, q.end)) or (
        "of" in before and _UNIT_DESTROYED_BEFORE.search(before)
    ):
        return "killed"  # 'about 3,500 killed or wounded, some 400 of them fatally', 'wiped out a platoon of 30'
    if (what := put_at(text[max(0, q.begin - 160) : q.begin])) is not None:  # (the words after are the next one's)
        put = _subtype_of({m.lastgroup for m in lexicon.casualty_re.finditer(what)})
        # ... but for the figure's own noun: 'put the toll at about 300 killed and 2,700 wounded'
        own = _subtype_of({m.lastgroup for m in lexicon.casualty_re.finditer(text, np_start, np_end)})
        return own if own and put in (None, "killed_or_wounded") else put
    if _BODIES_BEFORE.search(before):
        return "killed"
    if held_by_ukraine(before) or _HELD_BY_UKRAINE_AFTER.match(text, np_end):
        return "captured"
    if _HIT_AFTER.match(text, np_end):
        return "killed_or_wounded"  # 'At least 30 North Korean soldiers hit in two days near Kursk' (a headline)
    if "lost" in after[:20] and _LOST_AFTER.match(text, np_end):
        return "killed_or_wounded"  # 'replacing some 2,000 men lost in the Kursk offensive'
    if tail := _VERB_OF_NEXT.search(after):
        after = after[: tail.start()]  # '... near Kursk and wounded 20': that verb is the next figure's
    if next_count := _NEXT_COUNT.search(after):
        after = after[: next_count.start()]  # '2,700 wounded and two captured': 'captured' is the two's
    predicate = _REPLACES_LOSSES.sub(" ", _predicate(after))
    window = _DESCRIPTIVE_LOSSES.sub(" ", text[np_start:np_end] + " " + predicate)
    kinds = (
        {m.lastgroup for m in lexicon.casualty_re.finditer(window)}
        if has_any(window, lexicon.casualty_words)
        else set()
    )
    # The end-anchored patterns are slow to search; most windows hold no casualty word at all.
    has_cue = not kinds and has_any(before, _CASUALTY_STEMS)
    linked = None
    if has_cue and (verb := _CASUALTY_VERB_BEFORE.search(before)):
        kinds = {VERB_KINDS[stem] for stem in VERB_KINDS if stem in verb.group()}
    if has_cue and not kinds:
        linked = _CASUALTY_BEFORE.search(before) or _CASUALTY_BEFORE.search(text, max(0, q.start - 80), q.start)
        if linked is None and _CHANGE_FROM_AFTER.match(text, q.end):
            linked = _CASUALTY_FROM_BEFORE.search(before)  # 'casualties ... from 1,100 to 3,000': the earlier toll
    if linked and _PROJECTION_AFTER.match(after) and _COULD_BE.search(linked.group()):
        linked = None  # 'losses could be 10,000 by summer if the fighting goes on': a projection, not a toll
    if has_cue and not kinds and linked:
        kinds = {m.lastgroup for m in lexicon.casualty_re.finditer(linked.group())} or {"both"}
        if _KILLED_AND_BEFORE.search(linked.string, max(0, linked.start() - 20), linked.start()):
            kinds.add("killed")  # 'the killed and wounded North Korean soldiers in Kursk ... has now surpassed 4,000'
            # (the toll's name, too long to be found from its first word)
    if kinds == {"wounded"} and (verb := _CASUALTY_VERB_BEFORE.search(before)) and _CAPTURE_VERB.match(verb["verb"]):
        return "captured"  # 'captured two injured North Korean soldiers': prisoners, who happen to be wounded
    if not kinds and ("including" in before or "among" in before) and _LOSSES_INCLUDING_BEFORE.search(before):
        return "killed_or_wounded"  # (its own words say nothing of what befell: 'including 2,000 ... soldiers')
    return _subtype_of(kinds)


_KILLED_AND_BEFORE = re.compile(r"\b(?:killed|dead)\s+(?:and|or|&)\s+$")
_CASUALTY_FROM_BEFORE = re.compile(_TOLL_WORD + r"(?:\s+[a-z'’-]+){0,8}?\s+from\s+(?:about\s+|around\s+|some\s+)?$")
_CHANGE_FROM_AFTER = re.compile(r"(?:\s+in\s+\w+)?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?\d")
_CAPTURE_VERB = re.compile(r"captur|t(?:ook|ake|akes|aking|aken)\s+prisoner")
# the next count of a tally, with the words that say what befell it: '300 killed, 2,700 wounded and two captured'
_NEXT_COUNT = re.compile(
    r"(?:,|\s)\s*(?:and\s+|or\s+|while\s+)?(?:another\s+|a\s+further\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds)\s+(?:more\s+|others?\s+|were\s+|had\s+been\s+)?"
    r"(?:killed|wounded|injured|captured|taken|missing|dead|died)\b"
)


_UNIT_DESTROYED_BEFORE = re.compile(
    r"\b(?:destroyed|wiped\s+out|eliminated|annihilated)\s+(?:an?\s+|the\s+|one\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:platoon|unit|squad|company|group|column|detachment)\s+of\s+(?:{HEDGE_WORD}\s+)?$"
)
_FATALLY_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom)\s+)?(?:fatally|mortally)\b|\s+(?:were|was)\s+fatal\b")


def _subtype_of(kinds: set[str | None]) -> str | None:
    """The subtype the casualty words found say ('both' for a word of killed and wounded alike)."""
    if not kinds:
        return None
    if "both" in kinds or {"killed", "wounded"} <= kinds:
        if {"captured", "missing"} & kinds:
            return "killed, wounded, captured or missing"
        return "killed_or_wounded"
    if kinds == {"wounded", "captured"}:
        return "captured"  # 'two wounded soldiers taken prisoner': prisoners, who happen to be wounded
    for kind in ("killed", "wounded", "captured", "missing"):
        if kind in kinds:
            return kind
    return None


# a speaker's aside between a figure and its predicate: '3,000 North Koreans, in his words, had been killed'
SPEAKERS_ASIDE = re.compile(
    r"\s*,\s*(?:in\s+(?:his|her|their|its)\s+words|(?:he|she|they|it)\s+(?:said|says|added|claimed|estimated)|"
    r"according\s+to\s+[^,;.]{1,40}|(?:[\w'’.-]+\s+){1,4}?(?:said|says|estimated|estimates))\s*,"
)


def _predicate(after: str) -> str:
    """The predicate of a figure's clause: up to the first clause break, but through lists of casualty words."""
    if aside := SPEAKERS_ASIDE.match(after):
        after = " " + after[aside.end() :]
    cut = re.search(
        r"[;:.]|,\s*(?!(?:or\s+|and\s+)?(?:gone\s+|been\s+)?(?:killed|wounded|injured|captured|missing|"
        r"dead|died))|\s[-–—]{1,2}\s|\b(?:where|while|whereas|but|although|though|which|amid)\b"
        # (a reason of its own: 'to ship another 2,000 soldiers to Russia after his troops suffered losses')
        r"|\b(?:after|because|since)\s+(?:his|her|its|their|the|north|pyongyang|kim|russia|moscow)\b"
        # (a share of them befell: 'sent 15,000 troops and that a third of them have been killed')
        r"|\band\s+that\b|\b(?:a\s+third|half|a\s+quarter|two-thirds|most|many|some|all)\s+of\s+(?:them|whom|those)\b"
        # ('... to Russia as death toll hits 2,000': a clause of its own; not 'as of', 'as well', 'as many as')
        r"|\bas\s+(?!(?:of|well|many|much|part|high|a\s+result|such|prisoners?|casualties|missing|killed|dead|"
        r"wounded|injured|captured)\b)",
        after,
    )
    return after[: cut.start()] if cut else after
