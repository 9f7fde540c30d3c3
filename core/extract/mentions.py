"""Items asserted without a number: 'North Korea has also supplied missiles', 'Russia provided air defence
systems', 'Pyongyang denied sending troops'. Each gives a claim with `value` null (the schema's null-valued claims).

A sentence asserts an item when a support verb (sent, supplied, provided, transferred, deployed, fired, denied ...)
governs an item noun of the lexicon, the sentence names North Korea (or, for a sentence that only says 'the
North' or 'Pyongyang's', North Korea is its subject), and the item is not another country's ('Ukrainian troops',
'Russian forces'). Generic words ('weapons', 'military equipment') are not items of the lexicon, so they give
nothing. An item that is the subject of a programme or of its development ('the North's ballistic missile
programme', 'its development of ICBMs') is know-how: a technology-transfer claim, not a delivery of the item.
The claim builder (claims.py) marks an item led by 'more' ('has dispatched more troops') as an addition.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.alternation import by_first_letter
from core.extract.actors import MADE_BY_OTHER_AFTER, NK_OWN_WORDS, NK_SENDS_BEFORE, PRONOUN_SUBJECT
from core.extract.casualties import REPLACES, VERB_KINDS
from core.extract.context import (
    CLAUSE_BREAK,
    DELIVERED_RELATIVE,
    DRONE_USE,
    NORTH_KOREANS_TAUGHT,
    RU_TO_NK,
    TAUGHT_NORTH_KOREANS,
    THEM_AS_LIES,
    clause_start,
    russian_troops_to_korea,
    sought_from_russia,
)
from core.extract.nounphrase import FIRES_AMMUNITION, fired_by
from core.extract.numerals import HEDGE_WORD
from core.extract.sentences import Sentence
from core.extract.speech import SPEAKS_AFTER
from core.extract.unrelated import DELIVERY_VERB
from core.lexicon import TermMatch
from core.models import Category
from core.phrases import has_any

# North Korea's own missile tests ('fired two ballistic missiles into the East Sea'): no supply, counted or not
_TEST_LAUNCH = re.compile(
    r"\b(?:fire[sd]?|firing|launch(?:ed|es|ing)?|test-fire[sd]?|land(?:ed|ing|s)?|fell|splashed\s+down)\b[^.;]{0,80}?"
    r"\b(?:into|toward|towards|off|in)\s+"
    r"(?:the\s+)?(?:east\s+sea|yellow\s+sea|sea|waters|sea\s+of\s+japan|japanese\s+sea|pacific)"
    r"|\btest[- ]?(?:fired|fires|firing|launched|launching)\b"  # a test-fire is a test, wherever it lands
)
# ... or one told as a test or drill: 'fired about 20 ballistic missiles this year in tests', 'launched eight
# cruise missiles during drills' (not 'Russia fired 40 KN-23s at Kyiv', nor a strike's 'launched them at ...'); it
# takes only what its own words span, its firing verb to the test, within one clause: not the 60 of 'Russia has
# fired about 60 North Korean missiles, and North Korea launched 3 in tests', nor the 100 of 'North Korea, which
# launched missiles during drills, has sent about 100 KN-23s'
_TOLD_AS_TEST = re.compile(
    r"\b(?:fire[sd]?|firing|launch(?:ed|es|ing)?)\b[^.;,]{0,80}?\b(?:in|during|as\s+part\s+of)\s+"
    r"(?:(?:a|an|its|their|the|weapons?|missile|military|live-fire|recent|several|new)\s+){0,2}"
    r"(?:tests?|test\s+launch(?:es)?|trials?|drills?|exercises?)\b"
)
# ... or one Japan reports against its waters: 'at least two missiles fell outside its exclusive economic zone' (not
# 'the exclusive economic zone of Romania'), in a sentence that neither sends nor names the war's parties ('North
# Korea supplied 40 KN-23 missiles to Russia, Japan said; none fell within its exclusive economic zone')
_IN_JAPANS_WATERS = re.compile(
    r"\b(?:land(?:ed|ing|s)?|fell|falls|splashed\s+down)\s+(?:[\w-]+\s+){0,2}?(?:inside|outside|within|in)\s+"
    r"(?:its|japan['’]s|the)\s+(?:exclusive\s+economic\s+zone|eez)\b(?!\s+of\s+(?!japan\b))"
)
_SENT_IN_THE_SENTENCE = re.compile(
    r"\b(?:sen[dt]|sends|sending|suppl(?:y|ies|ied|ying)|shipp(?:ed|ing)|delivered|transferred|provided|"
    r"handed\s+over)\b"
)
# ... as is what North Korea itself launches, in a sentence that names no one else who fires or is fired at: 'North
# Korea launched an intercontinental ballistic missile in November', "the sanctions against North Korea's launch of an
# ICBM" (Russia fires what it was sent: 'Days after North Korea launched an ICBM, Russia fired 10 KN-23s')
_OWN_LAUNCH = re.compile(
    r"\b(?:north\s+korea|pyongyang|the\s+north)(?:['’]s\s+(?:[\w-]+\s+){0,2}?launch(?:es)?\s+of|"
    r"\s+(?:(?:has|had|also|again|recently|then)\s+)*(?:launched|fired)\s+(?:an?\s+|its\s+|two\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:intercontinental|icbms?\b|hwasong|satellite|short-range|medium-range|"
    r"intermediate-range|cruise|hypersonic))"
)
_OTHER_PARTY_OF_A_LAUNCH = re.compile(r"\b(?:russia\w*|moscow|kremlin|ukrain\w*|kyiv|kharkiv|zaporizhzhia)\b")


def is_test_launch(low: str, at: int | None = None) -> bool:
    """A launch that is North Korea's own test, not supply: into the sea, a test-fire, or North Korea's own launch
    in a sentence naming no other party; or, for the figure or item at `at`, a firing told as a test or drill whose
    words span it."""
    if _TEST_LAUNCH.search(low) is not None:
        return True
    if at is not None and (
        ("test" in low or "trial" in low or "drill" in low or "exercise" in low)
        and any(m.start() <= at < m.end() for m in _TOLD_AS_TEST.finditer(low))
    ):
        return True
    if _OTHER_PARTY_OF_A_LAUNCH.search(low) is not None:
        return False
    return _OWN_LAUNCH.search(low) is not None or (
        ("economic zone" in low or "eez" in low)  # (a cheap look first: most sentences name no such zone)
        and _IN_JAPANS_WATERS.search(low) is not None
        and _SENT_IN_THE_SENTENCE.search(low) is None
    )


# An item named as what a launch, test or drill is of: "the North's first ballistic missile launch in two months",
# 'an artillery firing drill' (not 'Russia's missile launches at Kyiv')
_LAUNCHED_AFTER = re.compile(
    r"\s+(?:firing\s+|strike\s+|live-fire\s+)?(?:launch(?:es)?|tests?|drills?|exercises?)\b(?!\s+(?:at|against|on|targeting)\b)"
)
# what troops face or lack, or the roles they take, is no item supplied
_FACED_BEFORE = re.compile(
    r"\b(?:inexperience|experience|unfamiliarity|vulnerability|vulnerable|exposure|exposed|lack\s+of\s+training)\s+"
    r"(?:with|in|against|to)\s+(?:(?:ukrainian|enemy|modern|the|attack|kamikaze|fpv|and)\s+){0,3}$"
    r"|\b(?:against|from)\s+(?:ukrainian|enemy)\s+(?:[\w-]+\s+){0,1}$"
)
_ROLE_AFTER = re.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:roles?|units?\s+roles?)\b")
_DEPLOYMENT_OF = re.compile(r"\s+of\b")
# what workers are sent to make ('to assemble Shahed-type drones', 'to help build drones')
_WORKERS_MAKE_BEFORE = re.compile(
    r"\bto\s+(?:help\s+)?(?:assemble|build|produce|make|manufacture|mass-produce|mass\s+produce|put\s+together)"
    r"\s+(?:[\w-]+\s+){0,2}?$"
    # ... told otherwise: 'factories, including those that make drones', 'for the production of drones', 'the zone
    # where Russia assembles Shahed drones', 'to scale up output of Geran drones'
    r"|\b(?:that|which|who|they)\s+(?:assemble|build|produce|make|manufacture)\s+(?:[\w-]+\s+){0,2}?$"
    r"|\bwhere\s+(?:[\w'’-]+\s+){1,2}?(?:assembles|builds|produces|makes|manufactures|mass-produces)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:production|output)\s+of\s+(?:[\w-]+\s+){0,2}?$"
)
# the rest of a drone's noun phrase, to the workplace after it ('Shahed-type attack drones are assembled')
_DRONE_NOUN_REST = re.compile(r"(?:-(?:type|style|class|pattern)\b)?(?:\s+(?:[\w-]+\s+){0,2}?(?:drones|uavs)\b)?")
# ... or where the workers work: 'to the Alabuga drone plant', "Tatarstan's drone lines", 'the drone industry', 'where
# Shahed-type drones are assembled'
_WORKPLACE_AFTER = re.compile(
    r"\s+(?:plants?|factor(?:y|ies)|(?:assembly\s+|production\s+)?lines|industr(?:y|ies)|"
    # (what is sent for the assembly is supplied: 'drone assembly kits', 'drone production equipment')
    r"(?:assembly|production)(?!\s+(?:kits?|sets?|equipment|components?|parts|materials?|tools?|machinery))|"
    r"facilit(?:y|ies)|(?:are|were|is|was)\s+(?:being\s+)?(?:assembled|produced|made|built|manufactured))\b"
)


def _past_drone_noun(low: str, end: int) -> int:
    """Where a drone's noun phrase ends: 'Shahed' in 'Shahed-type attack drones are assembled' ends at 'drones'."""
    rest = _DRONE_NOUN_REST.match(low, end)
    return end if rest is None else rest.end()


def _work_there(before: Sequence[TermMatch], low: str) -> bool:
    """Workers named before a workplace, or soldiers and engineers told to work there ('North Korean engineers are
    working at drone factories'; not 'Besides the troops, North Korea supplies drone assembly kits')."""
    if any(t.term.category is Category.WORKERS for t in before):
        return True
    return ("work" in low or "employ" in low) and any(t.term.category is Category.TROOPS for t in before)


# North Korea's own drills: what a sentence about one names is its own, unless it names where the war is
_OWN_DRILL = re.compile(r"\b(?:strike|firing|artillery|missile|military|joint)\s+(?:drills?|exercises?)\b")
_WAR_NAMED = re.compile(r"\b(?:russia\w*|moscow|kursk|ukrain\w*|kremlin|putin)\b")

# what 'fell' means where it is no death: 'fell ill', 'fell into Ukrainian hands', 'fell in love'
_NOT_FALLEN = (
    r"(?:into|ill|sick|back|asleep|behind|silent|short|apart|out|off|victim|prey|under|in\s+(?:love|line|step|with))\b"
)
# North Korea's losses hidden, as the words after the verb name them: 'hiding North Korean losses', 'the North Koreans'
# casualties', 'conceal the losses of North Korean soldiers' (not 'the Russians hide their losses')
_NK_WORD = r"(?:north\s+korean\w*['’]?|korean\w*['’]?|dprk|pyongyang['’]s)"
# ... and another side's own: 'Russia had taken heavy losses', 'Ukrainian forces took heavy casualties', 'Moscow is
# hiding its losses' (not 'Moscow is hiding North Korean losses')
_OF_WHOM_AFTER = re.compile(r"\s+(?:of|among)\b")
# ... or that go on to name North Koreans among them: 'Russia has taken heavy losses, including about 2,000 North
# Korean soldiers', '..., among them hundreds of North Koreans'
_NK_AMONG_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?,?\s+(?:including|among\s+them|among\s+whom|of\s+whom|many\s+of\s+them)\s+"
    rf"(?:[^,.;:]|(?<=\d)[,.](?=\d)){{0,40}}?\b{_NK_WORD}"
)
_OTHER_SIDES_LOSSES_BEFORE = re.compile(
    # (the side as the subject: not 'troops sent to fight for Russia have sustained heavy losses', 'in Russia')
    r"(?<!\bfor\s)(?<!\bto\s)(?<!\bin\s)(?<!\bwith\s)(?<!\bof\s)(?<!\bagainst\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\binside\s)(?<!\bwithin\s)(?<!\binto\s)"
    r"\b(?:russia|moscow|the\s+kremlin|kremlin|ukraine|kyiv|(?:russian|ukrainian)\s+(?:forces|troops|units|army|"
    r"military|soldiers|side))\s+(?:(?:had|has|have|is|are|was|were|also|already|reportedly|itself)\s+){0,2}"
    r"(?:taken|took|taking|takes|suffered|suffering|suffers|sustained|sustaining|incurred|hiding|hides|hid|hidden|"
    r"concealing|conceals|concealed|covering\s+up|covered\s+up)\s+(?:(?:heavy|huge|severe|significant|serious|"
    r"considerable|substantial|massive|mounting|high|its|their|own|the)\s+){0,3}$"
)
_LOSSES = (
    rf"(?=\s+(?:[\w'’-]+\s+){{0,3}}?{_NK_WORD}\s+(?:[\w-]+\s+)?(?:losses|casualties|deaths)\b"
    rf"|\s+(?:the\s+)?(?:[\w-]+\s+)?(?:losses|casualties|deaths)\s+(?:of|among)\s+(?:the\s+)?{_NK_WORD})"
)
_BEFELL = (
    r"suffer(?:s|ed|ing)?|sustain(?:s|ed|ing)?|incurr?(?:s|ed|ing)?|died|killed|wounded|perished|lost|captured|"
    r"t(?:aken|ook)\s+prisoner|"
    # ('North Korean units have reportedly taken heavy losses', 'are taking casualties'; not 'taken prisoner', nor
    # the background of a withdrawal, 'pulled back after taking heavy losses', nor what might be, 'so they take fewer')
    r"t(?:aken|ook|akes|aking(?<!after\staking))(?=\s+(?:(?:heavy|huge|severe|significant|serious|considerable|"
    r"substantial|terrible|massive|mounting|high|many|more|some)\s+)?(?:losses|casualties)\b)|"
    # ... or hidden: 'accused Moscow of hiding North Korean losses', 'concealing the casualties of the DPRK's units'
    # assert the losses (not 'hid its plans', 'concealed the deployment')
    rf"hid(?:e|es|ing|den)?{_LOSSES}|conceal(?:s|ed|ing)?{_LOSSES}|cover(?:s|ed|ing)?\s+up{_LOSSES}|"
    r"fell\s+(?:heroically|in\s+(?:battle|action|combat|the\s+(?:[\w-]+\s+)?(?:battles?|fighting)))|"
    # ('the soldiers who fell in Russia's Kursk region'; not 'who fell ill', 'who fell in love')
    rf"fell(?<=who\sfell)(?!\s+{_NOT_FALLEN})"
)
# Verbs by which one country gives, sends or uses another's items; their nouns count too ('the transfer of').
# Grouped by first letter (by_first_letter): searched in every sentence that names North Korea.
_TAUGHT_AFRESH = re.compile(rf"\b{TAUGHT_NORTH_KOREANS}")
# the training told in Russia or of troops sent there: the schema's training of the troops in Russia, no supply
_TRAINED_IN_RUSSIA = re.compile(
    r"\b(?:in|inside|near|at|to|for)\s+(?:the\s+)?(?:russia\b|russia['’]s|kursk|front|ukraine|donbas|donetsk)"
    r"|\b(?:deployed|sent|dispatched|fighting|battlefield|combat)\b"
)
_TEACHES_DRONES = re.compile(rf"\b(?:train(?:s|ed|ing)?|teach(?:es|ing)?|taught|instruct(?:s|ed|ing)?)\s+{DRONE_USE}")
_SUPPORT_WORDS = (
    r"sen[dt]|sending|sends|suppl(?:y|ies|ied|ying)|suppliers?|provid(?:e|es|ed|ing)|transferr?(?:ed|ing|s)?|"
    r"deliver(?:s|ed|ing|y|ies)?|ship(?:s|ped|ping|ments?)|deploy(?:s|ed|ing|ment|ments)?|dispatch(?:es|ed|ing)?|"
    # the bare verb only where it is one ('continues to ship', 'will ship'; not 'a Russian-flagged ship')
    r"to\s+ship|will\s+_SOON\s*ship|would\s+_SOON\s*ship|could\s+_SOON\s*ship|may\s+_SOON\s*ship|might\s+_SOON\s*ship|"
    r"handed\s+over|hand(?:s|ing)?\s+over|gave|give[sn]?|giving|export(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|"
    # drone crews trained: 'Russia is training North Korean drone operators in Pyongyang' (know-how given at home)
    # ... or taught to fly drones there: 'are being taught to fly drones by Russian instructors in North Korea'
    # ... or North Koreans named afresh as taught, no place told (item_mentions asks that none in Russia be)
    r"train(?:s|ed|ing)?\s+_NORTH_KOREANS_TAUGHT|teach(?:es|ing)?\s+_NORTH_KOREANS_TAUGHT|"
    r"instruct(?:s|ed|ing)?\s+_NORTH_KOREANS_TAUGHT|"
    r"train(?:s|ed|ing)?\s+_DRONE_USE(?=[^.;]{0,60}?_AT_HOME_NK)|teach(?:es|ing)?\s+_DRONE_USE(?=[^.;]{0,60}?_AT_HOME_NK)|"
    r"taught\s+_DRONE_USE(?=[^.;]{0,60}?_AT_HOME_NK)|instruct(?:s|ed|ing)?\s+_DRONE_USE(?=[^.;]{0,60}?_AT_HOME_NK)|"
    r"train(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:drone|uav)s?\s+(?:operators|pilots|crews|specialists|units)"
    r"(?=[^.;]{0,60}?\b(?:in|inside|near|at|around|outside)\s+(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:sites?|bases?|camps?|ranges?|"
    r"schools?|facilit(?:y|ies)|academ(?:y|ies))\s+(?:near|in|around|outside)\s+)?"
    r"(?:north\s+korea(?!n)|pyongyang|the\s+north)\b)|"
    # items made for Russia: 'is believed to be producing suicide drones for Russia', '... for export to Russia'
    # (a verb of its own, not 'the lines producing shells for Russia')
    r"is\s+_MAKING|are\s+_MAKING|was\s+_MAKING|were\s+_MAKING|been\s+_MAKING|be\s+_MAKING|"
    # a promise of the items themselves: 'Kim has promised Putin more soldiers', 'Pyongyang pledged more shells'
    # (the verb, not the noun: 'a pledge Shoigu brought back', 'a treaty that pledges mutual aid')
    r"promis(?:ed|ing)|pledg(?:ed|ing)|will\s+(?:promise|pledge)|to\s+(?:promise|pledge)|"
    # ... lent: 'Pyongyang has lent Moscow military engineers' (not 'lent support', no item; nor the idiom 'a general
    # lent his name to the unit', 'lends its weight to')
    r"lent(?!_IDIOM)|lends(?!_IDIOM)|lending(?!_IDIOM)|"
    # ... or a supply whose items are listed: "North Korea's contributions, as listed by the NIS, include troops"
    r"contributions?(?:[^.;]{0,60}?\s)?includ(?:e|es|ed|ing)|shipments?(?:[^.;]{0,60}?\s)?includ(?:e|es|ed|ing)|"
    r"deliveries(?:[^.;]{0,60}?\s)?includ(?:e|es|ed|ing)|"
    # ... or an aid so listed: "Russia's aid to Pyongyang includes oil" (the noun, not 'aided')
    r"aid(?:[^.;]{0,60}?\s)?(?:includ(?:e|es|ed|ing)|consist(?:s|ed)?\s+(?:\w+ly\s+)?of|compris(?:e|es|ed))|"
    r"acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|bought|buy(?:s|ing)?|"
    r"s[eo]ld|sell(?:s|ing)?|fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|struck|strikes?|used|using|uses|"
    # sanctions copy: 'vessels that had transported North Korean missiles', 'firms accused of ferrying'
    r"transport(?:ed|ing)|ferr(?:ies|ied|ying)|"
    # ... or carrying them: 'a Russian vessel believed to be carrying North Korean munitions' (not 'missiles capable
    # of carrying nuclear warheads': the cargo named North Korea's)
    r"carr(?:ying|ied|ies)\s+(?:north\s+korean|pyongyang['’]s|the\s+north['’]s)\b|"
    # ('had entered combat'; not 'since they entered combat', 'have not yet entered the battle')
    r"fight(?:s|ing)?|fought|clash(?:es|ed|ing)?\s+with|"
    # (engaged in combat, not 'engaged in talks', 'engaged in mine clearing')
    r"engag(?:e|es|ed|ing)(?!\s+in\s+(?!combat|fighting|battle))|"
    r"beg[au]n\s+(?:\w+\s+)?assaults?|launch(?:ed|ing)?\s+(?:\w+\s+)?assaults?|le[ad]\s+(?:\w+\s+)?assaults?|"
    r"conduct(?:ed|ing)?\s+(?:\w+\s+)?assaults?|mount(?:ed|ing)?\s+(?:\w+\s+)?assaults?|"
    r"ha(?:ve|s|d)\s+(?:now\s+|already\s+)?entered\s+(?:the\s+)?(?:combat|battle|fighting|fray|war)|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)\s+(?:(?:the\s+)?(?:reports?|claims?)|_THEM_AS_LIES)|"
    # reports labelled false: 'called reports of North Korean troops in Kursk "a canard"'
    r"call(?:s|ed)?\s+_REPORTS|label(?:s|led|ed)?\s+_REPORTS|brand(?:s|ed)?\s+_REPORTS|describ(?:es|ed)\s+_REPORTS|"
    r"nam(?:es|ed)\s+_REPORTS|"
    r"assist(?:s|ed|ing|ance)?|help(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?with|"
    # help as a noun, for North Korea's own: 'possible Russian help for North Korea's satellite programme' (not 'a
    # round of help for Moscow', no item of its own)
    r"help\s+for\s+(?:north\s+korea['’]s|pyongyang['’]s|the\s+north['’]s|the\s+dprk['’]s|its|his)|"
    # troops at war: 'units of the Korean People's Army had helped repel Ukrainian forces'
    r"help(?:s|ed|ing)?\s+(?:to\s+)?(?:repel|liberate|recapture|retake|defend|push\s+back|drive\s+out)|"
    # know-how: 'helping North Korea build a submarine', 'helped Pyongyang improve its missiles'
    # ... or hands items to the other: 'Moscow could hand North Korea MiG-29s'; passes know-how on
    r"hand(?:s|ed|ing)?\s+(?:north\s+korea|pyongyang|the\s+north|russia|moscow)|"
    r"pass(?:es|ed|ing)?\s+(?:on\s+)?(?:[\w-]+\s+){0,2}?(?:technology|technologies|know-how|secrets|data)|"
    r"help(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:to\s+)?(?:build|develop|improve|upgrade|enhance|make|produce|master|launch|put|"
    r"moderni[sz]e|mass[- ]produce|manufacture|set\s+up|fix|repair|restore)|"
    # ... or rebuilds what Russia lost: 'North Korean sappers will help rebuild roads in the Kursk region' (not at home:
    # 'helped rebuild a hospital in Hamhung, KCNA said, as Russia's war goes on' sends no one)
    r"help(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:to\s+)?(?:rebuild|reconstruct)\s+(?:(?:[\w'’-]+\s+){0,4}?"
    r"(?:in|of|across|near|around|along)\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:russia\b|russia['’]s|russian\b|kursk|belgorod|"
    r"bryansk|border\s+(?:regions?|areas?|districts?|towns?|villages?)|(?:russian-)?(?:occupied|held)\b)|"
    # (an arrival told by where the items got to: 'a consignment of North Korean shells reached Russian depots')
    # (North Korea's items the ones that reached, not others: 'Those weapons have reached the Kursk region, where
    # Russia fights with the help of North Korean soldiers')
    r"north\s+korean\s+(?:[\w'’-]+\s+){0,5}?(?:ha(?:ve|s|d)\s+)?(?:now\s+|already\s+|also\s+|finally\s+)?"
    r"reach(?:ed|es|ing)\s+(?:the\s+)?(?:russia\w*|kursk|front(?:lines?)?|frontlines?)\b|"
    r"shar(?:e|es|ed|ing)|arriv(?:e|es|ed|al|ing)|station(?:s|ed|ing)?|reinforc\w*|join(?:s|ed|ing)?|"
    # evidence of what was sent: 'North Korean shells have been found in Ukraine', 'troops spotted in Kursk'
    r"been\s+(?:found|seen)|was\s+(?:found|seen)|were\s+(?:found|seen)|is\s+(?:found|seen)|are\s+(?:found|seen)|"
    r"being\s+(?:found|seen)|found\s+(?:in|on|at|near|among)|recovered|identified|spotted|"
    # ... filmed there, moved there, or there: 'guns filmed on Russian railway wagons', 'troops moved to Kursk',
    # 'North Korean soldiers are in Russia', 'acknowledged the presence of North Korean troops'
    # ... or found there, named between: 'said they had found North Korean troops among Russian units in Kursk'
    r"found\s+(?!no\b|none\b)(?:[\w'’-]+\s+){1,3}?(?:among\s+(?:the\s+)?russia\w*|_THERE)|"
    # ... or shown there: 'drone footage appears to show North Korean soldiers advancing through snow in Kursk'
    # (North Korea's items the ones shown, not 'images show tankers loading at Vostochny port as Moscow rewards
    # Pyongyang for arms and troops'; nor images 'allegedly showing' them, which asserts nothing)
    r"show(?<!allegedly\sshow)(?<!purportedly\sshow)(?<!supposedly\sshow)(?<!purporting\sto\sshow)"
    r"(?<!claimed\sto\sshow)(?<!said\sto\sshow)(?:s|n|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:north\s+korean|pyongyang['’]s|the\s+north['’]s)\s+(?:[\w'’-]+\s+){1,5}?_THERE|"
    r"filmed\s+_THERE|photographed\s+_THERE|observed\s+_THERE|moved\s+(?:in)?to\s+_PLACE|relocated\s+to|"
    # troops at their combat work there: 'North Korean soldiers shot down Ukrainian drones', 'gunners manned
    # anti-aircraft guns around Kursk', 'troops trained on anti-aircraft guns in the Kursk region'
    r"korean(?<=north\skorean)\s+(?:[\w-]+\s+)?(?:soldiers|troops|gunners|crews|units)\s+_AT_COMBAT|"
    r"redeployed\s+to|"
    # ... or munitions that come from North Korea: 'half of Russia's shells now come from North Korea' (not 'the
    # denial came from North Korea's envoy', 'defectors who came from North Korea')
    # ('the threat of missiles comes from North Korea' is no supply: a plural noun's verb is 'come')
    # (nor 'None of the rockets came from North Korea': a denial)
    r"shells(?<!none of the shells)\s+_CAME_FROM|rounds(?<!none of the rounds)\s+_CAME_FROM|"
    r"munitions(?<!none of the munitions)\s+_CAME_FROM|missiles(?<!none of the missiles)\s+_CAME_FROM|"
    r"rockets(?<!none of the rockets)\s+_CAME_FROM|weapons(?<!none of the weapons)\s+_CAME_FROM|"
    r"ammunition(?<!none of the ammunition)\s+_CAMES_FROM|"
    # ... or flowed there: 'missiles and rocket launchers have flowed to Russia' (not 'went to Russia': delegations go)
    r"flow(?:s|ed|ing)?\s+(?:(?:west|east|north|south)(?:ward)?\s+)?(?:in)?to\s+_PLACE|"
    r"acknowledg\w*\s+(?:the\s+)?presence|confirm\w*\s+(?:the\s+)?presence|"
    # ('evidence of North Korean troops in Russia'; none where there is no evidence: _NO_SIGN_BEFORE)
    r"evidence\s+of(?=\s+(?:[\w'’-]+\s+){1,3}?in\s+(?:russia|kursk|the\s+kursk))|are\s+_IN_RUSSIA|were\s+_IN_RUSSIA|is\s+_IN_RUSSIA|was\s+_IN_RUSSIA|"
    # what Russia pays with: 'paying North Korea with oil'
    r"pa(?:y|ys|ying|id)\s+(?:[\w'’-]+\s+){0,3}?(?:with|in)|"
    # ... rewards or repays: 'Moscow has rewarded North Korea with S-400 batteries'
    r"reward(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?with|repa(?:y|ys|id|ying)\s+(?:[\w'’-]+\s+){0,3}?with|"
    r"compensat(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?with|"
    # crews that operate the items: 'North Korean crews were operating Koksan guns'
    r"operat(?:e|es|ed|ing)(?!\s+at\s+(?:\w+\s+){0,3}?(?:capacity|percent|%|full|half))|"
    r"participat(?:e|es|ed|ing|ion)|t(?:ook|ake|akes|aking)\s+part|work(?:s|ed|ing)\s+(?:in|on|at|alongside)|"
    r"serv(?:e|es|ed|ing)\s+(?:in|with|alongside)|liberat\w*|"
    # troops honoured or thanked for their part: 'Putin thanked the North Korean soldiers', 'the role of'
    r"thank(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|prais(?:e|es|ed|ing)|commemorat\w*|memorials?|role\s+of|"
    r"heroism\s+of|bravery\s+of|courage\s+of|valou?r\s+of|"
    # what North Korea asks for or gets in return: 'seeks missile technology', 'is getting submarine tech'
    r"seek(?:s|ing)?|sought|get(?:s|ting)?|got|ask(?:s|ed|ing)?\s+for|support(?:s|ed|ing)?|want(?:s|ed|ing)?\s+russian|"
    # a dispatch made ready: 'is preparing a fresh rotation of troops for Russia', 'readying a third batch'
    r"prepar(?:es|ed|ing)\s+_DISPATCH|read(?:ies|ied|ying)\s+_DISPATCH|"
    # ... or more of the items made ready for Russia: 'is readying more kamikaze drones for Russia', 'preparing for
    # Russia a new batch of missiles' (translated word order)
    r"read(?:ies|ied|ying)\s+(?:more|additional|new|fresh|further|another)\b|"
    r"prepar(?:es|ed|ing)\s+for\s+(?:russia|moscow)\s+(?:an?\s+|the\s+)?(?:new|fresh|further|another|next|more)\b|"
    # ... or negotiated: 'are negotiating one more batch of KN-23 missiles'
    r"negotiat(?:e|es|ed|ing)\s+(?:over\s+|on\s+)?_DISPATCH|"
    # casualties are asserted by what befell the troops: 'suffered heavy losses', 'some had been killed'
    rf"{_BEFELL}"
)
_AT_COMBAT = (
    r"(?:have\s+|had\s+)?(?:shot\s+down|downed|manned\s+(?:[\w'’-]+\s+){1,3}?(?:around|on|in|at|near)\s+_PLACE|"
    r"trained\s+(?:on|with)\s+(?:[\w'’-]+\s+){1,3}?_THERE)"
)
_SUPPORT = re.compile(
    rf"\b{by_first_letter(_SUPPORT_WORDS)}\b".replace("_AT_COMBAT", _AT_COMBAT)
    .replace("_THERE", r"(?:on|in|at|near|inside|crossing|moving|entering|arriving)\s+_PLACE")
    .replace(
        "_PLACE",
        r"(?:[\w'’-]+\s+){0,2}?(?:russia\w*|kursk|(?:the\s+)?front(?:lines?)?|frontlines?|rail\w*|trains?|wagons?|"
        r"railcars?|ships?|vessels?|ports?|border|pyongyang\s+area|positions?|oblast|region|combat\s+zone|war\s+zone|"
        r"donetsk|donbas|luhansk|pokrovsk|zaporizhzhia|kherson|kharkiv|ukraine|training\s+grounds?|direction)\b",
    )
    .replace("_REPORTS", r"(?:the\s+|these\s+|such\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|accusations?)")
    .replace(
        "_IDIOM",
        r"\s+(?:his|her|its|their|a|the|some|much|full)\s+(?:own\s+)?(?:names?|voices?|weight|support|backing|"
        r"credibility|credence|hand|ear|prestige|authority|blessing|imprimatur)\b",
    )
    .replace("_SOON", r"(?:(?:also|soon|still|now|then|again)\s+)?")
    .replace(
        "_MAKING",
        r"(?:(?:also|now|still)\s+)?(?:produc|manufactur|mass-produc)ing\s+(?:[\w'’\"“”-]+,?\s+){1,6}?_FOR_RUSSIA",
    )
    .replace(
        "_FOR_RUSSIA", r"for\s+(?:export\s+to\s+|delivery\s+to\s+|shipment\s+to\s+|use\s+by\s+)?(?:russia|moscow)\b"
    )
    .replace("_THEM_AS_LIES", THEM_AS_LIES)
    .replace(
        "_DISPATCH",
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:rotations?|batch(?:es)?|waves?|contingents?|deployments?|"
        r"dispatch|shipments?)\s+of(?=\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|personnel|workers|labou?rers|"
        r"men|fighters|reinforcements|shells|missiles|munitions|ammunition)\b(?![^.;]{0,40}\b(?:out\s+of|home|back)\b))",
    )
    .replace(
        "_NORTH_KOREANS_TAUGHT",
        # (nowhere in Russia: 'training North Korean drone operators at a base in Kursk' is the troops' training there)
        NORTH_KOREANS_TAUGHT
        + r"(?![^.;]{0,80}?\b(?:in|inside|near|at|to)\s+(?:the\s+)?(?:russia|kursk|front|ukraine|donbas))",
    )
    .replace("_DRONE_USE", DRONE_USE)
    .replace(
        "_AT_HOME_NK",
        r"\b(?:in|inside|near|at|around|outside)\s+(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:sites?|bases?|camps?|ranges?|"
        r"schools?)\s+(?:near|in|around|outside)\s+)?(?:north\s+korea(?!n)|pyongyang|the\s+north)\b",
    )
    .replace("_IN_RUSSIA", r"(?:now\s+|still\s+|already\s+|currently\s+)?(?:in|inside)\s+(?:russia|kursk|the\s+kursk)")
    .replace("_CAME_FROM", r"(?:now\s+|also\s+|all\s+|reportedly\s+)?c(?:ome|ame|oming)_FROM_NK")
    .replace("_CAMES_FROM", r"(?:now\s+|also\s+|all\s+|reportedly\s+)?c(?:omes|ame|oming)_FROM_NK")
    .replace("_FROM_NK", r"\s+from\s+(?:north\s+korea|pyongyang|the\s+north|(?:the\s+)?dprk)\b(?!['’])")
)
_ONLY_BEFELL = re.compile(_BEFELL)
# the people a strike kills or wounds, no one the beat counts (figures.py reads them too)
CIVILIAN = r"(?:civilians?|residents?|people|persons|children|women|villagers|passengers)"
_CIVILIANS_BEFORE = re.compile(rf"\b{CIVILIAN}\b[^.;,]*$")
# ... or after: 'North Korean missiles killed 14 civilians and injured more than 70'
_CIVILIANS_AFTER = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|over|about|some|around|nearly|dozens\s+of|hundreds\s+of|scores\s+of|a\s+dozen|"
    rf"a\s+family\s+of)\s+)?(?:\d[\d,]*\s+|[a-z]+\s+){{0,2}}{CIVILIAN}\b"
)
# ... but not where the troops whose toll is told are fighting: 'North Korean soldiers fighting for Russia have
# suffered 1,100 casualties', 'were killed in a week of fighting' name the war they are in, no dispatch (not 'have been
# fighting in Kursk', told as an act of theirs)
_FIGHTING_NOT_TOLD = re.compile(
    # (nor 'now fighting in Donetsk as well as Kursk', where they are told to be, as 'already in')
    r"(?<!\bbeen)(?<!\bare)(?<!\bwere)(?<!\bis)(?<!\bwas)\s+fighting\b(?<!now\sfighting)(?<!still\sfighting)"
    r"(?<!already\sfighting)"
)
_PLACED = re.compile(r"\s+(?:(?:now|already|still)\s+)?(?:in|inside|deployed|stationed|fighting|sent|dispatched)\b")
NK_NAMED = re.compile(
    r"\b(?:north\s+korea\w*|n\.\s*korea\w*|dprk|(?<!daily\s)nk(?!\s+(?:news|pro)\b)|pyongyang\w*|the\s+north|kim\s+jong[\s-]un|"
    r"korean\s+people['’]s\s+army|kpa|democratic\s+people['’]s\s+republic\s+of\s+korea|"
    r"(?<!south\s)korean\s+(?:servicemen|fighters|comrades))\b"  # (Russian copy's 'Korean servicemen')
)
_NK_WORDS = (
    "korea",
    "dprk",
    "nk",
    "pyongyang",
    "the north",
    "kim jong",
    "kpa",
)  # ('democratic people's republic of korea')
# Items someone else owns or fields: 'Ukrainian forces', 'Russian troops', 'its own missiles'.
_OTHERS_BEFORE = re.compile(
    r"\b(?:ukrain\w*|ukraine['’]s|russian|russia['’]s|iranian|chinese|american|u\.s\.|us|western|south\s+korean|"
    # (not past North Korea's own words: 'Ukraine says DPRK troops'; items from North Korea below)
    r"nato|enemy|own|kyiv['’]s|moscow['’]s)\s+(?:(?!(?:dprk|nk|pyongyang['’]s|kpa)\b)[\w-]+\s+){0,2}$"
)
# a third country's aid or supply, the item listed in it or named before its noun ("Iran's aid to Pyongyang includes
# oil", "China's oil shipments to North Korea", 'Western aid to Kyiv includes shells'): not Russia's, nor North Korea's
_OTHERS_SUPPLY_BEFORE = re.compile(
    r"\b(?:china|chinese|beijing|iran|iranian|tehran|india|indian|turkey|turkish|belarus|belarusian|syria|syrian|"
    r"western|the\s+west|american|u\.s\.|us|european|eu|japan|japanese|south\s+korea|south\s+korean|seoul|ukraine|"
    r"ukrainian|kyiv|nato)(?:['’]s)?\s+(?:(?:[\w-]+\s+){0,2}?(?:aid|assistance|shipments?|deliveries|exports?|supplies)"
    r"\b[^.;]{0,60}?\b(?:includ\w*|consist\w*\s+of|compris\w*)\s+"
    r"(?:(?!(?:while|but|as|whereas|though|although|which|who|and\s+(?:north|pyongyang|russia|moscow))\b)[\w-]+,?\s+){0,6}?$|(?:[\w-]+\s+){0,1}?$)"
)
_OTHERS_SUPPLY_WORDS = ("aid", "assistance", "shipment", "deliveries", "export", "supplies")
# a share of another country's stocks or supply, where North Korea is named: the share it gives ('supplied 60% of
# Russia's artillery shells', 'half of Russia's shells now come from North Korea')
_SHARE_OF_BEFORE = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|"
    r"most|much|the\s+bulk|(?:a|the)\s+(?:large|significant|big|major|growing)\s+(?:share|part|portion|proportion))"
    r"\s+of\s+(?:all\s+)?(?:the\s+)?$"
)


def _clause_around(low: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding low[start:end]."""
    after = CLAUSE_BREAK.search(low, end)
    return clause_start(low, start), (after.start() if after else len(low))


# Items another country gives: 'Ukraine wants South Korea to send artillery shells and air defence systems',
# 'Washington has supplied missiles to Kyiv' (not North Korea's support, nor Russia's in return)
_OTHER_GIVER_BEFORE = re.compile(
    # (not a place or a target: 'Russian forces in Ukraine are still supplied with shells', 'fired at Ukraine')
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bagainst\s)\b(?:south\s+korea|seoul|the\s+u\.?s\.?|the\s+united\s+states|washington|ukraine|kyiv|nato|the\s+west|"
    r"europe|germany|berlin|britain|the\s+uk|london|france|paris|japan|tokyo|poland|warsaw|china|beijing|iran|tehran)"
    r"\s+(?:(?:to|has|have|had|will|would|could|may|might|should|must|is|are|was|were|not|also|already|then|soon|"
    r"now|still|even|reportedly|allegedly|secretly|quietly|eventually|likely|expected|set)\s+){0,4}"
    r"(?:send|sent|sends|sending|suppl\w+|provid\w+|giv\w+|gave|deliver\w*|ship\w*|transfer\w*)\b"
    # the items it sends, up to a clause's end or North Korea named ('Kyiv has provided evidence that North Korea
    # shipped shells': North Korea's)
    r"(?:(?!north\s+korea|pyongyang|the\s+north\b|dprk)[^.;:,])*$"
)
# (its words of giving: one stands in the stretch the pattern is searched in, or no other country gives)
_OTHER_GIVER_VERBS = ("send", "sent", "suppl", "provid", "giv", "gave", "deliver", "ship", "transfer")
# An item as the subject of a programme or of its development is know-how, not a delivery of the item.
# What the troops face, and items named as the action or the people around them: no item supplied.
_THREAT_BEFORE = re.compile(
    r"\b(?:exposed\s+to|vulnerable\s+to|targeted\s+by|hit\s+by|attacked\s+by|struck\s+by|killed\s+by|wounded\s+by|"
    r"shelled\s+by|under|struck\s+with|hit\s+with|attacked\s+with|targeted\s+with|"
    # ('lost many men to drones', 'to defend against drones', 'protection from drones')
    r"los[te]\s+(?:[\w-]+\s+){0,3}?to|(?:defen[cds]\w*|protect\w*|shield\w*|guard\w*)\s+(?:\w+\s+)?(?:against|from)|"
    # ... or what an air defence is for: 'Pantsir systems to shoot down drones and cruise missiles', 'to intercept'
    r"(?:to|for|can|could|capable\s+of|able\s+to)\s+(?:help\s+)?(?:shoot(?:ing)?\s+down|intercept\w*|counter(?:ing)?|"
    r"repel\w*|fend(?:ing)?\s+off|ward(?:ing)?\s+off|neutrali[sz]\w*|defeat(?:ing)?))\s+"
    r"(?:(?:the|ukrainian|enemy|heavy|constant)\s+)*(?:[\w-]+\s+(?:and|or)\s+)?$"
    # ... or the agent of a toll: 'as a result of the actions of our drones'
    r"|\bactions\s+of\s+(?:our|ukrainian|the\s+ukrainian|enemy)\s+(?:[\w-]+\s+)?$"
    # ... the means of a toll: 'about 1,800 wounded, most of them by drones'
    r"|\b(?:them|whom|most|many|all)\s+(?:\w+\s+)?by\s+(?:ukrainian\s+|enemy\s+)?$"
)
# An item in a clause that says there is no sign of it ('no imagery evidence that Russia has delivered fighter
# aircraft', 'ISW has not observed evidence that ...') or that it was missing ('without the support of armoured
# vehicles'): nothing asserted (an item its own relative clause says was provided stays: 'the shells it provided',
# context.DELIVERED_RELATIVE)
_NO_SIGN_BEFORE = re.compile(
    r"\b(?:no|not(?:\s+\w+){0,2}?(?:\s+any)?|nor\s+any|without\s+any|little|scant|"
    r"yet\s+to\s+(?:find|see|produce|present|show)(?:\s+any)?)\s+(?:[\w-]+\s+)?"
    r"(?:evidence|signs?|indications?|proof|confirmation|information|reports?)\s+(?:(?:yet|so\s+far|as\s+yet)\s+)?"
    r"(?:that|of|about|on)\b_NO_BUT$"
    # 'has never confirmed that', 'could not verify claims that': what a speaker cannot vouch for
    r"|\b(?:never|not|n['’]t|unable\s+to)\s+(?:\w+\s+)?(?:confirm(?:ed|s)?|verif(?:y|ied|ies))\s+"
    r"(?:(?:the\s+|any\s+)?(?:claims?|reports?|allegations?)\s+)?(?:that|of)\b_NO_BUT$"
    r"|\bwithout\s+(?:the\s+)?(?:support\s+of\s+|any\s+|much\s+)?(?:[\w-]+\s+){0,2}$"
    # 'has neither confirmed nor denied the presence of North Korean troops', 'Neither Moscow nor Pyongyang
    # confirmed the deployment of'
    r"|\bneither\b[^.;,]{0,40}?\b(?:confirm(?:ed|s)?|acknowledg(?:ed|es))\b[^.;,]{0,60}$"
    # 'have not acknowledged the presence of North Korean troops', 'declining to confirm the deployment of'
    r"|\b(?:not|n['’]t|never|declin\w*\s+to|refus\w*\s+to)\s+(?:\w+\s+){0,2}?(?:acknowledg\w*|confirm\w*|"
    r"comment\w*\s+on|address\w*|admit\w*|discuss\w*)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:presence|deployment|involvement|participation|role|use|transfer|delivery|deliveries|shipments?)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # 'urged Moscow to stop any transfer of fighter jets', 'urged the Kremlin not to supply': a call, not a delivery
    # (not 'urged Pyongyang to stop sending troops', which tells that it sends them)
    r"|\b(?:urg\w*|call\w*\s+on|press\w*|demand\w*|warn\w*|caution\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:to\s+(?:stop|halt|cease|end|"
    r"refrain\s+from)\s+any|not\s+to\s+(?:send|supply|ship|deliver|transfer|provide|give|sell|hand)|"
    # ('warned Pyongyang against sending more troops')
    r"against\s+(?:(?:north\s+korea|pyongyang|moscow|russia)\s+)?(?:send|suppl|ship|deliver|transferr?|provid|giv|sell|"
    r"hand|deploy|dispatch)\w*(?:\s+over)?)\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # a delivery said to be unseen or ruled out: 'had not detected any transfer of fighter jets', 'has ruled out any
    # supply of' (_NONE_SEEN_BEFORE for 'No Russian transfer of fighter jets has been confirmed')
    r"|\b(?:(?:not|n['’]t|never)\s+(?:yet\s+)?(?:detected|seen|observed|spotted|found|identified|recorded)\s+"
    # (not a let-up, pause or slowdown in deliveries unseen, which tells they go on; nor a transfer 'not ruled out',
    # which states it may come)
    r"(?:any\s+)?(?:signs?\s+of\s+(?:any\s+|a\s+)?)?(?:(?!in\s)[\w-]+\s+){0,2}?|"
    r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)(?<!\bcannot\s)rule[ds]?\s+out\s+(?:any\s+|a\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(?:transfers?|deliver(?:y|ies)|shipments?|suppl(?:y|ies)|handovers?|sales?)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # (a clause after 'but' asserts again: 'Moscow has never confirmed that ..., but Seoul says ...')
    .replace("_NO_BUT", r"(?:(?!\bbut\b(?!\s+also\b))[^.;])*")
)
# no delivery of an item, then said unseen: 'No Russian transfer of fighter jets has been confirmed by officials' (not
# a denial's 'there are no deliveries of North Korean shells', nor 'no let-up in shipments of shells')
_NONE_SEEN_BEFORE = re.compile(
    r"\bno\s+(?:(?:russian|north\s+korean|new|further|additional|such|official|direct|actual)\s+)?"
    r"(?:transfers?|deliver(?:y|ies)|shipments?|suppl(?:y|ies)|handovers?|sales?)\s+of\s+(?:[\w-]+\s+){0,3}$"
)
_SEEN_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:has|have|had)\s+(?:yet\s+|so\s+far\s+)?been\s+(?:confirmed|verified|seen|observed|detected|"
    r"spotted|documented|recorded)\b"
)
_UNTIL_AFTER = re.compile(r"[^.;]*?\buntil\s+[^,.;]{1,30},\s+when\b")  # ('... until April, when Gerasimov ...')
_NO_SIGN_WORDS = re.compile(
    "evidence|sign|indication|proof|confirm|information|verif|without|neither|acknowledg|comment|address|admit|discuss"
    "|stop|halt|cease|refrain|not to|end any|no report|no \\w+ reports|against|detected|seen|observed|spotted|found"
    "|identified|recorded|ruled? out|no (?:[\\w-]+ ){0,2}(?:transfer|deliver|shipment|suppl|handover|sale)"
)
# An item whose supply a voice doubts ('Analysts doubt that Russia will hand over submarine technology', 'sceptical
# that Moscow would share its missile know-how') or is held not to have happened ('Moscow is not believed to have
# given the North any nuclear technology'): nothing asserted (not 'there is little doubt that ...', which asserts)
_DOUBTED_BEFORE = re.compile(
    r"(?<!\bno\s)(?<!\blittle\s)(?<!\bwithout\s)(?<!\bbeyond\s)(?<!\bbeyond\sa\s)(?<!\bno\sreason\sto\s)"
    r"\b(?:doubts?|doubted|doubting|doubtful|sceptical|skeptical|unconvinced)\s+(?:about\s+)?(?:that|whether|if)\b"
    r"(?:(?!\bbut\b)[^.;])*$"
    r"|\b(?:is|are|was|were)\s+not\s+(?:(?:yet|widely|generally)\s+)?(?:believed|thought|known|understood)\s+to\s+"
    r"(?:have|be)\b(?:(?!\bbut\b)[^.;,])*$"
    # ... or a supply told unlikely: 'Russia is unlikely to hand over its most advanced fighter jets' (the supply the
    # unlikely thing, not what goes with it: 'unlikely to stop sending troops', 'unlikely to reveal how many troops it
    # has received', 'unlikely to stall while shells keep arriving' assert it)
    r"|\b(?:unlikely|not\s+likely|not\s+expected)\s+to\s+(?:(?:have|be)\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
    r"(?:sen[dt]|suppl(?:y|ied)|provid(?:e|ed)|deliver(?:ed)?|transferr?(?:ed)?|hand(?:ed)?|give|given|shar(?:e|ed)|"
    r"ship(?:ped)?|deploy(?:ed)?|dispatch(?:ed)?|sell|sold|export(?:ed)?|receive|received|get|acquire|obtain|offer|"
    r"commit|pass|lend|part\s+with)\b(?:(?!\bbut\b)[^.;,:])*$"
)
# ... unless few or no one doubt it, which asserts: 'Few doubt that North Korea has sent shells', 'Hardly anyone
# doubts that ...', 'No one seriously doubts that ...'
_NONE_DOUBT = re.compile(
    r"(?<!\ba\s)\b(?:few|nobody|none|no\s+one|(?:hardly|scarcely|barely)\s+any(?:one|body)?)\s+(?:[\w-]+\s+){0,2}$"
)
_DOUBT_WORDS = ("doubt", "sceptic", "skeptic", "unconvinced", "not believed", "not thought", "not known",
                "not understood", "not yet believed", "not widely", "not generally", "unlikely", "not likely",
                "not expected")  # fmt: skip
# An item of history: given by the Soviet Union ('The Soviet Union supplied North Korea with MiG-29 fighters'), or
# placed by its clause in the last century ('Moscow sold Pyongyang MiG-29s in the late 1980s', 'during the Cold War')
_SOVIET_GIVER_BEFORE = re.compile(
    r"\b(?:the\s+soviet\s+union|the\s+ussr|the\s+soviets|soviet\s+leaders?|soviet\s+moscow)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sent|supplied|provided|gave|delivered|sold|transferred|shipped|handed|helped|equipped)\b"
    r"(?:(?!\band\b|\bbut\b|\bnow\b|\btoday\b)[^.;])*$"
)
_LAST_CENTURY = re.compile(
    # (not when the items were made: 'shells produced in the 1980s')
    r"(?<!\bproduced\s)(?<!\bmade\s)(?<!\bmanufactured\s)(?<!\bbuilt\s)(?<!\bdesigned\s)(?<!\bdeveloped\s)"
    r"(?<!\bstockpiled\s)(?<!\bstored\s)(?<!\bstockpiles\s)(?<!\bfielded\s)"
    r"\b(?:in|by|until|through)\s+(?:the\s+)?(?:late\s+|early\s+|mid-?\s*)?(?:19[0-9]0['’]?s|19\d\d)\b"
    r"|\bduring\s+the\s+cold\s+war\b|\bin\s+soviet\s+times\b"
)
# An item supply of which is banned: 'The package bans the export of drone components to North Korea' (not a
# supply told after 'by': 'violated the ban on arms transfers to and from North Korea by sending shells')
_BANNED_BEFORE = re.compile(
    r"\b(?:bans?|banned|banning|prohibit\w*|outlaw\w*|embargo\w*|forbid\w*|restrict\w*|bars|barred|barring)\s+"
    r"(?:(?:on|the|all|any|further)\s+){0,2}(?:[\w-]+\s+)?(?:exports?|sales?|suppl(?:y|ies)|transfers?|shipments?|"
    r"deliver(?:y|ies)|trade)\s+(?:of|in)\s+(?:(?!\bby\b|\bwith\b|_WHY)[^.;,]){0,80}$"
    # (not a supply told as the ban's cause: 'banned the export of machine tools to Russia after reports North Korea
    # had sent missiles', 'amid reports', 'because Pyongyang had shipped shells')
    .replace("_WHY", r"\b(?:after|amid|following|because|since|over\s+(?:reports?|claims?|allegations?|evidence))\b")
)
_BAN_WORDS = ("ban", "prohibit", "outlaw", "embargo", "forbid", "restrict", " bar")
# no delivery of an item found in records: 'Customs records show no shipments of refined petroleum from Russia'
_RECORDS_SHOW_NONE_BEFORE = re.compile(
    r"\b(?:show(?:s|ed|n)?|found|finds?|reveal(?:s|ed)?|recorded|records|indicat(?:e|es|ed))\s+no\s+"
    r"(?:(?:new|further|more|recent|direct|such)\s+)?(?:transfers?|deliver(?:y|ies)|shipments?|suppl(?:y|ies)|"
    r"exports?|imports?|trace)\s+of\s+(?:[\w-]+\s+){0,3}$"
)
# an item set against another as not the one sent: 'rocket launchers, not artillery pieces', 'workers, not soldiers',
# 'anti-tank missiles rather than ballistic missiles' (not 'not only shells but also ...')
_NOT_THIS_ONE_BEFORE = re.compile(
    r"(?:,\s*not|\brather\s+than|\binstead\s+of|\bbut\s+not)\s+(?!only\b|just\b|merely\b)"
    r"(?:(?:the|any|its|their)\s+)?(?:[\w-]+\s+){0,2}$"
)
# ... or a kind said not to be sent, set against a kind of the same item that is: 'North Korea is not sending its elite
# troops; it is sending conscripts', 'is not supplying new shells but old stock' (the caller finds the other kind)
_NOT_THIS_KIND_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:sending|supplying|providing|deploying|shipping|giving|transferring)\s+"
    r"(?:(?:its|their|the|any)\s+)?(?:[\w-]+\s+){0,2}$"
)
_BUT_THIS_KIND_AFTER = re.compile(
    r"[^.;]{0,40}?(?:;|,?\s+but(?:\s+rather)?|,?\s+rather|,\s+instead|\s+[—–])\s+"
    r"(?:(?:it|they|pyongyang|moscow|north\s+korea|russia|the\s+north)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:instead\s+)?(?:sending|supplying|providing|deploying|shipping|giving|transferring)\s+)?"
)
# a giver's own forces it supplies with items, no troops sent: 'Russia is not providing its soldiers with enough shells'
_OWN_FORCES_SUPPLIED_BEFORE = re.compile(
    r"\b(?:provid|suppl|equip|arm|furnish|send)\w*\s+(?:its|their|his)\s+(?:own\s+)?(?:[\w-]+\s+)?$"
)
# ... or Russia's own forces it supplies items to: 'Russia is not providing enough ammunition to its troops'
_RUSSIA_SUPPLIES_OWN_BEFORE = re.compile(
    r"\b(?:russia|moscow|the\s+kremlin)\b[^.;,]{0,30}?\b(?:provid|suppl|send|sent|deliver|ship|giv|gave)\w*\s+"
    r"(?:[\w-]+\s+){0,4}?to\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?$"
)
# drone crews trained (in North Korea, as the caller checks): 'training North Korean drone operators in Pyongyang'
_TRAINS_DRONE_CREWS = re.compile(
    r"\btrain(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:drone|uav)s?\s+(?:operators|pilots|crews|specialists|units)\b"
)
# the guns before rocket artillery, sharing its head noun: 'tube and rocket artillery', 'cannon and rocket artillery'
_TUBE_AND_BEFORE = re.compile(r"\b(?:tube|barrel|barrelled|barreled|cannon|conventional)\s+(?:and|or)\s+$")
_HISTORY_WORDS = ("soviet", "ussr", " 19", "cold war")
_SATELLITE_ITSELF = re.compile(r"(?:reconnaissance|spy|military)\s+satellites?")
_SATELLITE_LAUNCH = re.compile(r"\blaunch\w*|\borbit")
_HELP_WORDS = re.compile(
    r"\b(?:help\w*|assist\w*|support\w*|transfer\w*|provid\w*|shar\w*|giv\w*|gave|know-how|expertise)"
)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n['’]t|no|unable\s+to|cannot)\s+(?:\w+\s+){0,2}$")
_ADDED_RIGHT_BEFORE = re.compile(
    # (past a calibre or a model: 'additional 170 mm Koksan guns', 'more M1991 launchers')
    r"\b(?:additional|more|fresh|further|extra)\s+(?:such\s+)?(?:north\s+korean\s+)?(?:(?:\d+\s*-?\s*mm|m-?\d{4})\s+){0,2}"
    # (past a vague count, quoted or not: 'a further "several thousand" soldiers')
    r"(?:[\"“'‘]?(?:several|a\s+few|some|many)\s+(?:thousand|hundred|dozen)[\"”'’]?\s+)?$"
)
# ... or before the list the item ends: 'additional 170 mm Koksan guns and 240 mm rocket launchers'
_ADDED_LIST_BEFORE = re.compile(
    r"\b(?:additional|additionally|fresh|further|extra)\s+[^.;:,]{0,80}?\b(?:and|as\s+well\s+as)\s+"
    r"(?:[\w.-]+\s+){0,4}$"
)
_ADDED_LIST_WORDS = ("additional", "fresh", "further", "extra")
# Soldiers trained where they serve (the schema counts no training of the troops in Russia; training given to North
# Korea at home is drone know-how)
_TRAINED_TO_USE_BEFORE = re.compile(
    r"\b(?:train(?:s|ed|ing)?|teach(?:es|ing)?|taught|instruct(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:(?:how\s+)?to\s+(?:operate|use|fly|pilot|counter|evade|handle)|in|on|about|"
    # ('taught the basics of using drones', 'training about drones')
    r"using|operating|flying|handling)\s+(?:[\w-]+\s+){0,2}$"
    # ... or grown skilled in their use: 'have become better at using drones'
    r"|\b(?:better|skilled|proficient|adept|experienced)\s+(?:at|in|with)\s+(?:using|operating|flying)\s+(?:[\w-]+\s+){0,2}$"
)
_TRAINING_WORDS = ("train", "teach", "taught", "instruct", "better", "skilled", "proficient", "adept", "experienced")
# (and at a base there: 'training drone operators at a base near Pyongyang', 'at camps outside Wonsan')
# North Korea's places, where drone use taught is know-how given at home ('near Wonsan')
_NK_PLACE = (
    r"(?:north\s+korea(?!n)|pyongyang|the\s+north\b|wonsan|sinuiju|hamhung|chongjin|nampo|kaesong|rason|rajin|"
    r"sunchon|kanggye|hyesan|haeju|sariwon|tongchang-ri|sohae|hwasong|kangwon|hamgyong|pyongan|hwanghae|ryanggang|"
    r"jagang)"
)
_IN_NORTH_KOREA = re.compile(
    r"\b(?:in|to|inside)\s+(?:north\s+korea|pyongyang|the\s+north)\b"
    r"|\b(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:sites?|bases?|camps?|ranges?|schools?|facilit(?:y|ies)|"
    r"academ(?:y|ies))\s+(?:near|in|around|outside)\s+(?:north\s+korea(?!n)|pyongyang|the\s+north)\b"
    # ... or one of its places named: 'near Wonsan', 'in South Hamgyong province'
    rf"|\b(?:in|inside|near|at|around|outside)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:(?:sites?|bases?|camps?|ranges?|"
    rf"schools?|facilit(?:y|ies)|academ(?:y|ies))\s+(?:near|in|around|outside)\s+)?(?:(?:north|south)\s+)?{_NK_PLACE}\b"
)
# a place named where the training is, told by its capital letter ('in the Primorye region', 'at a range near
# Khabarovsk', "in Russia's Far East"): not North Korea's (_IN_NORTH_KOREA), so the training is not at home
_PLACE_NAMED = re.compile(
    r"\b(?:in|inside|near|at|around|outside)\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z-]+\s+)?(?:sites?|bases?|camps?|ranges?|"
    r"schools?|facilit(?:y|ies)|academ(?:y|ies)|grounds?|airfields?)\s+(?:near|in|around|outside)\s+(?:the\s+)?)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|English|Russian|Korean)\b)[A-Z]"
)
REPLACES_BEFORE = re.compile(rf"\b{REPLACES}\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}$")
_STAFFS_BEFORE = re.compile(r"\bto\s+(?:staff|man|work\s+(?:on|at|in)|work)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}$")
_MADE_IN_PLANTS = (Category.MISSILES, Category.AMMUNITION, Category.ARTILLERY)
# kit that troops named before work: 'North Korean troops were seen operating anti-aircraft guns near Kursk',
# 'trained on anti-aircraft guns' (the troops' use, no supply of the kit)
_WORKED_BY_TROOPS_BEFORE = re.compile(
    r"\b(?:soldiers|troops|crews|gunners|servicemen|personnel|units)\b[^.;]{0,40}?\b(?:operat(?:e|es|ed|ing)|"
    r"mann(?:ed|ing)|crew(?:ed|ing)|us(?:e|es|ed|ing)|fir(?:e|es|ed|ing)|train(?:s|ed|ing)?\s+(?:on|with))\s+"
    r"(?:(?:the|their|russian|russia['’]s)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
# ... but a plant that works to supply Russia, or one Russia helps upgrade, tells the supply or the know-how: 'its
# shell factories are working around the clock to supply Russia', 'helped upgrade North Korea's missile factories'
_PLANT_SUPPLIES_AFTER = re.compile(
    r"\s+(?:factor(?:y|ies)|plants?)\b[^.;]{0,60}?\b(?:to\s+(?:supply|feed|arm|meet|fill|serve|satisfy)|"
    r"for\s+(?:russia|moscow)\b|russian\s+(?:orders|demand|army|forces|troops))"
)
_PLANT_WORKED_ON_BEFORE = re.compile(
    r"\b(?:upgrad\w*|moderni[sz]\w*|build|builds|building|built|expand\w*|retool\w*|equip\w*|renovat\w*|"
    r"overhaul\w*|automat\w*)\s+(?:[\w'’-]+\s+){0,3}$"
)


def _plant_tells_item(low: str, start: int, end: int) -> bool:
    """Whether the weapons plant named at low[start:end] (its item's name; ' plants' or ' factories' after) tells a
    supply or know-how: not where people work ('engineers for its missile plants'), but one working to supply Russia
    or one upgraded."""
    if _STAFFED_PLANT_BEFORE.search(low, max(0, start - 60), start):
        return False
    return bool(_PLANT_SUPPLIES_AFTER.match(low, end) or _PLANT_WORKED_ON_BEFORE.search(low, max(0, start - 60), start))


_AT_A_PLACE_BEFORE = re.compile(r"\b(?:to|at|in|into)\s+(?:a|an|the)\s+$")
# people who work at a weapons plant: 'engineers for its missile plants', 'sent to Russian shell factories' (not the
# plant as the subject or object of a verb: 'its shell factories are working around the clock to supply Russia',
# 'helped upgrade North Korea's missile factories' are supply and know-how)
_STAFFED_PLANT_BEFORE = re.compile(
    r"\b(?:for|at|in|into|to)\s+(?:(?:a|an|the|its|their|his|[\w-]+['’]s)\s+)?"
    r"(?:(?:russian|north\s+korean|korean|state|state-run|military|arms|munitions|artillery|ammunition|new|major|"
    r"several|two|three|\d+)\s+){0,3}$"
)
_ACTION_AFTER = re.compile(
    r"\s+(?:fire|strikes?|attacks?|barrages?|shelling|crews?|operators?|units?|gunners|"
    # ('had little artillery or drone support': what they fought with or without)
    r"support(?<=artillery\ssupport)|support(?<=drone\ssupport)|cover(?<=artillery\scover)|cover(?<=drone\scover)|"
    # (what the troops were unready for: 'ill-prepared for drone warfare'; shared drone warfare know-how stays)
    r"warfare(?<=prepared\sfor\sdrone\swarfare)|"
    r"threats?|defen[cs]es)\b"
)
# an item counted as a maker's output: 'a hub for drone output of about 5,500 Geran drones a year' (not 'help boost
# drone output', drone know-how)
_COUNTED_OUTPUT_AFTER = re.compile(rf"\s+(?:output|production)\s+of\s+(?:(?:{HEDGE_WORD}|up\s+to)\s+)?\d")
_COUNTED_OUTPUT_BEFORE = re.compile(
    rf"\b(?:output|production|capacity)\s+of\s+(?:(?:{HEDGE_WORD}|up\s+to)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# the troops' own fighting with drones, and what filmed it: 'adapted to drone warfare', 'counter-drone tactics',
# 'published drone footage' (drone know-how only where Russia gives it: 'sharing its drone warfare experience')
_DRONES_FOUGHT_AFTER = re.compile(r"\s+(?:warfare|tactics|footage|videos?)\b")
_DIED_DOWN = re.compile(r"\s+(?:down|away)\b(?!\s+(?:the|a|an)\b)")
_FIGHTING_BEFORE = re.compile(r"\b(?:fighting|battles?|clashes|combat|hostilities)\b[^.;,]{0,40}$")
_FULL_HEADS = ("equipment", "system", "systems")
_NEXT_ENTRY = re.compile(r"\s*,?\s+(?:and|or|as\s+well\s+as|plus)\s")
# the next entry of a list, know-how that names no item ('oil and military technology'; not 'missile and submarine
# technology', the head both share)
_GENERIC_KNOW_HOW_NEXT = re.compile(
    r"\s*,?\s+(?:and|or|as\s+well\s+as|plus)\s+(?:military|advanced|modern|other|sensitive|new|key|critical|"
    r"cutting-edge|dual-use|defen[cs]e|weapons?)\s+(?:technolog(?:y|ies)|tech|know-how|expertise)\b"
)
_PROGRAM_AFTER = re.compile(
    r"\s*(?:\([\w-]+\)\s*)?(?:[a-z-]+\s+){0,2}?(?:programs?|programmes?|development|capabilit(?:y|ies)|technolog(?:y|ies)|tech|know-how|expertise|"
    # a part of the item: 'helped North Korea fix the rocket engines'
    r"engines?)\b"
)
# ... and an item that technology is for: 'giving the North technology for its satellites and missiles'
_KNOW_HOW_FOR_BEFORE = re.compile(
    r"\b(?:technolog(?:y|ies)|tech|know-how|expertise)\s+(?:for|on|related\s+to|to\s+(?:build|make|develop|improve))\b"
    r"[^.;:]{0,120}$"
)
_KNOW_HOW_WORDS = re.compile("tech|know-how|expertise")
_DEVELOPMENT_BEFORE = re.compile(
    r"\b(?:develop(?:ment|ing)?|advancements?\s+in|modernis\w*|moderniz\w*|help\w*\s+(?:\w+\s+){0,2}?build|improv(?:e|ing|ement)|"
    r"upgrad(?:e|ing)|enhanc(?:e|ing)|(?:accuracy|guidance|precision)\s+of)\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}$"
    # ... North Korea's, with Russia's help: 'helped modernise North Korea's KN-23 missiles'
    r"|\bhelp\w*\s+(?:to\s+)?(?:modernis\w*|moderniz\w*|improv\w*|upgrad\w*)\s+(?:north\s+korea|pyongyang)['’]s\s+"
    r"(?:[\w-]+\s+){0,2}$"
    # ... or help to North Korea to make the item: 'will help North Korea mass produce missiles' (know-how, not the
    # missiles; drone know-how stays drones)
    r"|\bhelp\w*\s+(?:north\s+korea|pyongyang|the\s+north)\s+(?:to\s+)?(?:produce|make|manufacture|mass[- ]produce)\s+"
    r"(?:(?:its|their|the|more|own)\s+)*(?:[\w-]+\s+){0,3}$"
    # know-how on the item: 'feedback data on its ballistic missiles', 'technical assistance on missiles', 'the
    # design of its ballistic missiles'
    r"|\b(?:feedback\s+data|technical\s+(?:assistance|help|support)|design)\s+(?:on|about|for|of)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
    # help with North Korea's own items: 'Russia is helping North Korea with its missiles', 'Russian help with'
    r"|\bhelp\w*\s+(?:north\s+korea|pyongyang|the\s+north)\s+with\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:russian|russia['’]s|moscow['’]s)\s+help\s+with\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}$"
    # work on the item's guidance: 'develop guidance systems for its ballistic missiles', 'improve the guidance
    # systems of the missiles' (not 'the guidance systems of the missiles fired at Kyiv contained Western parts')
    r"|\b(?:develop\w*|improv\w*|upgrad\w*|enhanc\w*|moderni[sz]\w*|refin\w*|perfect\w*)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:guidance|navigation|targeting)\s+systems?\s+(?:of|for|on)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
)
# ... or parts for the item's guidance that Russia hands the North: 'Russia has supplied navigation systems for North
# Korea's satellite launch rockets' (know-how for its own items, not the rockets)
_GUIDANCE_FOR_BEFORE = re.compile(
    r"\b(?:guidance|navigation|targeting)\s+systems?\s+(?:of|for|on)\s+"
    r"(?:its\s+|their\s+|the\s+|north\s+korea['’]s\s+|pyongyang['’]s\s+|the\s+north['’]s\s+)?(?:[\w-]+\s+){0,2}$"
)
# Soldiers as the object of what befell them: 'killed dozens of North Korean soldiers', 'captured a North Korean
# soldier', 'had captured or killed several North Korean troops' assert casualties, not a deployment.
_BEFELL_OBJECT = re.compile(
    r"\b(?P<verbs>(?:killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|captured|capturing|captures|"
    r"capture|eliminated|eliminating|neutrali[sz]ed|wiped\s+out)"
    r"(?:\s*(?:,|or|and|,\s*or|,\s*and)\s*(?:killed|wounded|injured|captured))*)\s+"
    r"(?:(?:a|an|the|some|several|many|more|numerous|multiple|dozens|hundreds|thousands|scores|of|at|least|nearly|"
    r"about|around|over|almost|north|korean|korea['’]s|pyongyang['’]s|enemy|military|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d[\d,]*)\s+){0,6}$"
)
# ... and after the soldiers, as what befell them: 'North Korean soldiers captured in Kursk', 'troops killed there',
# 'a soldier was captured by' (a participle, not a verb with its object: 'our soldiers captured North Korean soldiers')
_BEFELL_AFTER = re.compile(
    r"\s+(?:(?:was|were|(?:has|have|had)\s+been)\s+)?(?P<verbs>captured|killed|wounded|injured)"
    r"(?!\s+on\s+(?:camera|film|video|tape))"  # 'captured on camera firing at drones': filmed, not taken
    r"(?=\s+(?:in|on|at|near|during|by|since|last|this|after|while|there|so\s+far|alive)\b|\s*[,.;)]|\s+[a-z]+\s+(?:want|are|were|is|was|have|had)\b)"
)
# ... or who fell: 'the heroes who fell in the battles for Kursk', 'soldiers who gave their lives'
_FELL_AFTER = re.compile(
    r"\s+(?:who|that)\s+(?:have\s+|had\s+)?(?:fell|fallen|died|perished|were\s+killed|gave\s+their\s+lives)\b"
    rf"(?!\s+(?:{_NOT_FALLEN}|for\s+(?:it|the\s+\w+)\b))"
)
_FIGHTING_AFTER = re.compile(r"\s+(?:while\s+)?(?:fighting|in\s+(?:combat|battle|action))\b")
# Soldiers who did it to North Koreans: 'Ukrainian troops captured two North Korean soldiers'.
_AGENT_OF_BEFELL = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+)?(?:captured|killed|wounded|eliminated|took)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:north\s+korean|dprk|pyongyang['’]s)\b"
)
_RUSSIAN_GOODS = (Category.VEHICLES, Category.OTHER, Category.TECHNOLOGY_TRANSFER, Category.DRONES, Category.MISSILES)
# ... the receiving right before the item ('North Korea has received Russian fighter jets'; not 'received no', nor a
# welcome received beside Russian strikes), or the item placed in North Korea right after it
_NORTH_KOREA_GETS = re.compile(
    r"\b(?:north\s+korea|pyongyang)(?!n)\b[^.;,]{0,25}?\b(?:receive[sd]?|receiving|obtain(?:ed|s)?|acquired?|got|gets?)"
    r"\s+(?!no\b)(?:[\w-]+\s+){0,3}$"
)
_ARRIVAL_OF_BEFORE = re.compile(r"\b(?:arrival|delivery|deliveries|deployment|transfer|shipment)s?\s+of\s+$")
# builders who could or may help rebuild ('North Korean builders could join the rebuilding of those areas')
_MAY_HELP_REBUILD_AFTER = re.compile(
    r"s?\s+(?:from\s+(?:the\s+)?(?:dprk|north\s+korea|pyongyang)\s+)?(?:could|may|might|would)\s+(?:also\s+|soon\s+)?"
    r"(?:help|join|be\s+involved\s+in|take\s+part\s+in|assist)\b[^.;]{0,40}?\b(?:rebuild|restor|reconstruct)"
)
# ... a soldiery named with them: 'military builders', 'sappers and builders', 'builders from its army'
_MILITARY_BUILDERS = re.compile(
    r"\b(?:military|army|armed|sappers?|deminers?|mine[- ]clear\w*|engineers?|troops?|soldiers?|servicemen|"
    r"contingents?)\b"
)
_NONE_OF_BEFORE = re.compile(r"\b(?:no|any|not\s+(?:a|any)|zero|without)\s+(?:[\w-]+\s+){0,2}?$")
_IN_NORTH_KOREA_AFTER = re.compile(r"\s+(?:in|to|at|near|around)\s+(?:pyongyang|north\s+korea(?!n)|the\s+north\b)")
_PLACED_IN_NORTH_KOREA_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:stationed|deployed|installed|set\s+up|delivered|arriv\w+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:around|near|in|to|at)\s+(?:pyongyang|north\s+korea(?!n)|wonsan|rajin)\b"
)
# Reports told only to be doubted: 'Claims that Russia has handed over submarine technology remain unverified',
# 'Periodic reports that Russia will deliver MiG-29s have not been borne out'; or a wish or a condition whose items
# are then said not to have come: 'Pyongyang wants combat aircraft, but there is no evidence that any have arrived'
# (not a voice's plan, 'Moscow may hand over jets, though no transfer has been confirmed')
_UNBORNE_WORDS = ("unconfirmed", "unverified", "borne out", "no evidence", "no public evidence", "no transfer",
                  "done so")  # fmt: skip
_REPORTS_THAT = re.compile(
    r"^\W*(?:(?:[\w-]+\s+){0,2}(?:reports|claims|speculation|rumou?rs)|despite\s+(?:[\w-]+\s+){0,5}?reports)\s+that\b"
)
_NOT_BORNE_OUT = re.compile(
    r"\b(?:remains?|remained)\s+(?:unconfirmed|unverified|unproven)\b"
    r"|\b(?:have|has)\s+(?:so\s+far\s+|yet\s+)?not\s+been\s+(?:borne\s+out|confirmed|verified)\b"
    r"|\bno\s+(?:public\s+|hard\s+)?evidence\s+(?:yet\s+)?that\s+(?:any|this|it)\s+(?:have|has|had)\b"
)
_NO_EVIDENCE_AFTER = re.compile(
    r"\bno\s+(?:public\s+|hard\s+)?evidence\s+(?:yet\s+)?that\s+(?:any|this|it)\s+(?:have|has|had)\b"
    r"|\bno\s+transfer\s+has\s+(?:yet\s+)?been\s+confirmed\b"
    # ('..., but there is no sign it has done so')
    r"|\bno\s+(?:public\s+|hard\s+|clear\s+)?(?:evidence|signs?|indications?)\s+(?:yet\s+)?(?:that\s+)?"
    r"(?:it|they|moscow|russia|pyongyang|the\s+kremlin|the\s+north)\s+(?:has|have|had)\s+(?:yet\s+|actually\s+)?done\s+so\b"
)
# a supply told only as possible in theory: 'Russia could in theory hand Pyongyang satellites, but there is no sign
# it has done so' (a plan word there is no one's plan)
_IN_THEORY = re.compile(r"\b(?:in\s+theory|in\s+principle|theoretically|hypothetically)\b")
_PLAN_WORD = re.compile(
    r"\b(?:may|might|could|will|likely|expected|plans?|planning|intends?|prepar\w+)\b"
    r"|\bwould\s+(?:\w+\s+)?(?:supply|provide|deliver|hand|give|transfer|send|ship)\b"
)


# ... the doubt after a wish, a condition or a report, the supply itself doubted (not 'Seoul says North Korea has
# shipped KN-23 missiles, but there is no evidence that any have been fired', where only what came after is)
_WISHED_OR_REPORTED = re.compile(
    r"\b(?:wants?|wanted|wanting|seeks?|sought|seeking|hopes?|hoped|hoping|covets?|coveted|desires?|desired|"
    r"asked\s+for|asking\s+for|requested|requests?|would\s+(?:like|welcome)|welcomes?|needs?|"
    r"(?:is|are|was|were)\s+(?:keen|eager)|interested\s+in)\b"
    # ... or a condition: 'Should Moscow decide to transfer jets, ...', 'if Russia hands over jets, ...'
    r"|(?:^|[.;:]\s+)\W*should\s|\bif\s|\bwere\s+(?:[\w-]+\s+){1,2}to\s"
    r"|\b(?:reports?|claims?|speculation|rumou?rs?)\s+that\b"
)


def _reports_not_borne_out(low: str) -> bool:
    if _REPORTS_THAT.match(low) and _NOT_BORNE_OUT.search(low):
        return True
    doubt = _NO_EVIDENCE_AFTER.search(low)
    return doubt is not None and (
        (_WISHED_OR_REPORTED.search(low, 0, doubt.start()) is not None and _PLAN_WORD.search(low) is None)
        or _IN_THEORY.search(low, 0, doubt.start()) is not None
    )


# North Korea jamming (a verb, not 'jamming equipment'): 'North Korea has been jamming GPS signals along the border'
_NORTH_JAMS = re.compile(
    r"\b(?:north\s+korea|pyongyang|the\s+north|dprk)\b[^.;]{0,40}?\bjam(?:s|med|ming)\b"
    r"(?!\s+(?:equipment|devices?|systems?|kit|gear|stations?|units?)\b)"
)
# the people of an air force: 'air force pilots', 'air force ground crews and technicians'
_AIR_FORCE_PEOPLE_AFTER = re.compile(
    r"s?\s+(?:[\w-]+\s+)?(?:pilots?|technicians|personnel|officers|crews?|servicemen|airmen|mechanics|specialists|"
    r"instructors|cadets|engineers)\b"
)
# A vehicle of an air-defence system's class is that system's ('a Pantsir-class combat vehicle', 'a combat vehicle of
# the Pantsir type'), no armoured vehicle of its own
_AIR_DEFENCE_CLASS_BEFORE = re.compile(
    # (a free word only a vehicle's kind, or after the class: not 'Pantsir with tanks', 'Pantsir and armoured vehicles')
    r"\b(?:pantsir|s-[34]00)(?:-s1)?(?:[\s-](?:class|type|style|series)\s+(?:(?!(?:and|or|plus|as|with|along|"
    r"alongside|besides|including|to|for|from|in)\b)[\w-]+\s+)?|\s+(?:(?:combat|launch|launcher|command|radar|"
    r"transporter|transport|loader|reload|support|missile|air-defen[cs]e)\s+)?)$"
)
_AIR_DEFENCE_CLASS_AFTER = re.compile(r"\s+of\s+(?:the\s+|a\s+)?(?:pantsir|s-[34]00)\b")
# Items after 'any transfer of' are what may be, told as a worry or a warning ('watching for any transfer of
# sensitive technology', 'any transfer of military technology would be a grave matter'); a denial of any transfer is
# still a denial ('Moscow denies any transfer of sensitive technology')
_ANY_TRANSFER_BEFORE = re.compile(
    r"\bany\s+(?:such\s+|further\s+|future\s+)?(?:transfers?|provision|suppl(?:y|ies)|deliver(?:y|ies)|sharing|handovers?|"
    r"exports?)\s+of\s+(?:[\w'’-]+\s+){0,5}?$"
)
_DENIES_RIGHT_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*|rul\w+\s+out)\s+$"
    # ... or a negation, left to the other rules ('is not planning any deliveries of combat aircraft')
    r"|\b(?:not|never|no)\s+(?:[\w-]+\s+){0,2}$"
)
# the dead as the owners of what is done to them, after the losses are told ('the faces of the dead')
_OF_THE_DEAD_BEFORE = re.compile(
    r"\b(?:faces|bodies|remains|corpses|graves|names|identities|families)\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?$"
)
# casualty words that name a kind of loss only with a count ('3,000 injuries', '200 missing'), not alone ('minor
# injuries', 'missing from the report')
_COUNTED_ONLY = ("injury", "injuries", "wia", "wounded in", "missing", "mia")
_UNTOLD_HOW_MANY = re.compile(
    r"\b(?:never|not|declined\s+to|refused\s+to|without)\s+(?:yet\s+|publicly\s+|officially\s+)?(?:disclos\w*|sa(?:y|id|ying)|"
    r"reveal\w*|releas\w*|giv(?:e|en|ing)|gave|confirm\w*|publish\w*|specif\w*|stat(?:e|ed|ing)|elaborat\w*)\s+"
    r"(?:\w+\s+)?how\s+many\b"
)
_GAVE_NO_FIGURE = re.compile(
    r"\b(?:gave|gives?|given|giving|offered|provided)\s+no\s+(?:\w+\s+)?(?:figures?|numbers?|estimates?|count|tally)\s+"
    r"(?:for|of|on)\b"
)
# where the untold count's noun phrase ends: what follows 'but said', 'although' or a later 'said' is told
_UNTOLD_ENDS = re.compile(r"[;:]|\b(?:but|although|though|yet|while|whereas|said|says|adding|added)\b")
_FROM_NORTH_KOREA_AFTER = re.compile(r"\s+(?:from|of)\s+(?:north\s+korea|pyongyang|the\s+dprk|dprk|the\s+north)\b")
_FROM_RUSSIA_WORDS = re.compile(r"russian|russia['’]s|moscow['’]s")
_KNOW_HOW = (Category.TECHNOLOGY_TRANSFER, Category.DRONES)
_MODIFIER_GAP = re.compile(r"[\s-]{1,2}")
_DECLINES_TO_SAY = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|hasn['’]t|haven['’]t|declined\s+to|refused\s+to|neither\s+has|"
    r"would\s+not|wouldn['’]t|could\s+not|couldn['’]t)\s+(?:\w+\s+)?"
    r"(?:provide\s+(?:further\s+|more\s+|any\s+)?details|disclose|specify|elaborate|comment|confirm(?:ed)?)\b"
    # 'neither Moscow nor Pyongyang have officially acknowledged the presence of ...'
    r"|\bneither\s+[\w'’ ]{2,30}?\s+nor\s+[\w'’ ]{2,30}?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    r"(?:acknowledged|confirmed|admitted)\b(?![^.;]*\buntil\b)"  # ('... confirmed the deployment until April, when')
)
_CLOSERS = " \t\"'”’)]"
_CONDITION = re.compile(r"\W*(?:if|whether)\b")
# ... or a question left open: 'It is unclear whether Russia has transferred satellite technology'
OPEN_QUESTION = re.compile(
    r"\b(?:unclear|unknown|not\s+(?:yet\s+)?(?:clear|known)|uncertain|unconfirmed|no\s+one\s+knows|monitoring|"
    r"watching|checking|verifying|investigating|wondering|wonders?|wondered|looking\s+into|examining|"
    r"trying\s+to\s+(?:establish|determine|verify|confirm|find\s+out|learn)|"
    # 'Pyongyang has not said whether any of its soldiers have died'
    r"(?:not|n['’]t|never)\s+(?:yet\s+)?(?:said|say|disclosed|disclose|revealed|reveal|confirmed|confirm)"
    # ... or a wire's caveat: 'Reuters could not independently verify whether ...', 'was unable to confirm if'
    r"|(?:not|n['’]t|never|unable\s+to)\s+(?:yet\s+)?(?:immediately\s+|independently\s+)?(?:verify|verified|confirm|"
    r"confirmed|establish|determine))"
    r"\s+(?:closely\s+)?(?:whether|if)\b"
)
# an interviewer's question line in a transcript ('Q: There are reports that ...'): it asks, it does not assert
_QUESTION_LINE = re.compile(r"\W*(?:q|question)\s*:")
_DECLINE_WORDS = ("not", "n't", "n’t", "declined", "refused", "neither")
_BUT_CLAUSE = re.compile(r",\s+(?:but|though|although|yet)\s|;\s")


_ITEM_WORD = re.compile(
    r"\b(?:troops?|soldiers?|forces|personnel|deployment|presence|shells?|ammunition|munitions|missiles?|artillery|"
    r"guns?|launchers?|drones?|workers?|weapons?)\b"
)


def _own_clauses_end(low: str) -> int:
    """Where a sentence's clauses before a contrasting one end, when that one names no item ('..., but the NIS did
    not provide details'; not '..., though the Kremlin has not confirmed the troop presence')."""
    contrast = _BUT_CLAUSE.search(low)
    return contrast.start() if contrast and not _ITEM_WORD.search(low, contrast.end()) else len(low)


@dataclass(frozen=True)
class Mention:
    """An item a sentence asserts without a figure, with where it stands (sentence-relative)."""

    category: Category
    subtype: str
    unit: str | None
    start: int
    end: int


# more of what was sent, said without naming who sends: 'additional supplies of troops and munitions could follow'
_ADDED_SUPPLY = re.compile(
    r"\b(?:additional|further|more|fresh)\s+(?:supplies|shipments|deliveries|deployments|batches|transfers|"
    r"rotations|waves|reinforcements)\b"
    # ... still to come ('could follow', 'expect ... to follow'): what is announced or approved is someone's aid
    r"(?=[^.;]*?\b(?:could|would|will|may|might|likely\s+to|expected\s+to|set\s+to|to)\s+(?:soon\s+)?"
    r"(?:follow|come|arrive)\b)"
    # ... or going on: 'Deliveries of shells and KN-24 missiles have also continued'
    r"|\b(?:deliveries|shipments|supplies|transfers)\s+of\s+[^.;]{1,80}?\b(?:have|has)\s+(?:also\s+)?"
    r"(?:continued|resumed|increased|grown|risen|picked\s+up|accelerated)\b"
    # ... or the items promised before, now come: 'The promised shells have arrived'
    r"|\bthe\s+(?:promised|pledged)\s+(?:[\w-]+\s+){1,3}?(?:have|has)\s+(?:now\s+|already\s+|also\s+)?"
    r"(?:arrived|been\s+(?:delivered|shipped|sent|handed\s+over)|reached)\b"
)
# a share of those named before: 'Many of them have been killed or wounded' after North Korea's soldiers
SHARE_OF_THEM = re.compile(
    r"\W*(?:many|most|some|several|hundreds|dozens|thousands|half|(?:about|around|roughly|nearly)\s+(?:a\s+)?"
    r"(?:third|quarter|half)|a\s+(?:large\s+|small\s+|significant\s+)?(?:number|third|quarter|share|fraction))\s+of\s+them\b"
)
_SENT_TO_RUSSIA = re.compile(
    r"\b(?:sent|shipped|supplied|delivered|transferred|handed\s+over|arriving|arrived)\s+(?:in|to)\s+"
    r"(?:russia|moscow|the\s+russian\s+(?:army|forces|military))\b"
)
_ADDED_SUPPLY_WORDS = ("supplies", "shipments", "deliveries", "deployments", "batches", "transfers", "rotations",
                       "waves", "reinforcements", "promised", "pledged")  # fmt: skip
# ... in a sentence naming no other party ('the Pentagon', 'the EU', 'Western allies')
_OTHER_PARTIES = re.compile(r"\b(?:eu|european|western|allies|allied|pentagon|white\s+house|nato|kyiv|ukraine)\b")


def might_assert(
    sentence: Sentence,
    pronoun_is_nk: Callable[[], bool] = lambda: False,
    context_is_nk: Callable[[], bool] = lambda: False,
) -> bool:
    """The cheap test first: North Korea (or 'It', 'They' opening the sentence when `pronoun_is_nk`: the sentence
    before has North Korea as its subject; or more supplies said without a giver when `context_is_nk`: the sentences
    before are on North Korea's and this one names no other country) and a support verb in a sentence that is no
    question or condition, nor a speaker's declining to say ('did not provide details on the reinforcements',
    'neither has confirmed')."""
    low = sentence.low
    # substring tests first: most sentences stop here
    named = has_any(low, _NK_WORDS) and NK_NAMED.search(low) is not None
    # North Korea's own weapons sent to Russia, the sender left out: 'KN-23 missiles are still being sent to Russia'
    named = named or (NK_OWN_WORDS.search(low) is not None and _SENT_TO_RUSSIA.search(low) is not None)
    # ... or Russia's troops sent to the peninsula, North Korea left unnamed: 'no plans to send troops to Korea'
    named = named or ("korea" in low and russian_troops_to_korea(low))
    if (
        not named
        and not ((PRONOUN_SUBJECT.match(low) or SHARE_OF_THEM.match(low)) and pronoun_is_nk())
        and not (
            has_any(low, _ADDED_SUPPLY_WORDS)
            and _ADDED_SUPPLY.search(low)
            and not _OTHER_PARTIES.search(low)
            and context_is_nk()
        )
    ):
        return False
    return asserts(low) and bool(_SUPPORT.search(low))


def asserts(low: str) -> bool:
    """No question, condition or interviewer's question line, nor a speaker's declining to say."""
    return (
        not low.rstrip(_CLOSERS).endswith("?")
        and not _CONDITION.match(low)
        and not _QUESTION_LINE.match(low)
        # (a speaker's declining in a clause of its own after the items does not take them back: 'North Korea has
        # sent troops to Russia, but the NIS did not provide details')
        and not (has_any(low, _DECLINE_WORDS) and _DECLINES_TO_SAY.search(low, 0, _own_clauses_end(low)))
    )


# Russia giving without a recipient named, in a story on the two ('Budanov said Moscow delivered Pantsir air-defence
# systems'): what flows from Russia goes to North Korea; another recipient named makes it no support
_RUSSIA_GIVES = re.compile(
    # (not 'could have given': what was not)
    r"\b(?:russia|moscow|the\s+kremlin)\b(?!['’]s)(?!\s+(?:could|would|might|should)\s+(?:not\s+)?have\b)"
    # (denied too: 'Russia had not delivered fighter jets, but had sent air-defence equipment')
    r"(?:\s+(?:has|had|have|also|already|reportedly|allegedly|could|may|not|never|"
    r"might|will|would|is\s+likely\s+to|is\s+expected\s+to|plans\s+to|(?:is|was)\s+(?:(?:widely|also)\s+)?"
    r"(?:believed|said|thought|understood|alleged)\s+to\s+(?:have|be)|(?:appears|appeared|seems|seemed)\s+to\s+"
    r"(?:have|be)|(?:is|are|was|were)(?=\s+\w+ing\b))){0,2}\s+"  # ('is sending'; not 'was supplied ... by Iran')
    r"(?:deliver(?:ed|s|ing)?|provid(?:ed|es|e|ing)|suppl(?:ied|ies|y|ying)|sen[dt]s?|sending|gave|give[sn]?|"
    r"giving(?!\s+up\b)|hand(?:ed|s|ing)?(?:\s+over)?|transferr?(?:ed|s|ing)?|ship(?:ped|s|ping)?|"
    r"pass(?:ed|es|ing)?\s+on|"
    r"promis(?:ed|es|e|ing)|pledg(?:ed|es|e|ing)|help(?:ed|s|ing)?|assist(?:ed|s|ing)?|"
    # sharing with no one else named: 'Moscow is believed to be sharing satellite know-how'
    r"shar(?:e|es|ed|ing)(?![^.;]*?\bwith\s+(?!north\s+korea|pyongyang|the\s+north\b|(?:the\s+)?dprk|kim\b)))\b"
    # ... nor to a country named right after the verb, nor for or into another's use ('give Iran', 'for its forces')
    r"(?!\s+(?:iran|belarus|syria|india|china|venezuela|turkey|myanmar|the\s+houthis|its|their)\b)"
    r"(?![^.;]*?\b(?:for\s+(?:its|their|the\s+(?:kursk|front|russian))|into\s+the)\b)"
    # ... nor out of another place: 'shipping Pantsir systems out of Syria', 'transferring them from Syria'
    r"(?![^.;]*?\b(?:out\s+of|from)\s+(?!north\s+korea|pyongyang|the\s+north\b|(?:the\s+)?dprk)(?:the\s+)?[a-z])"
    # ... to no one named in its clause: 'to India', 'to its units', 'supplied the Houthis with'
    r"(?![^.;]*?(?<!according\s)(?<!due\s)(?<!related\s)(?<!relating\s)\bto\s+(?!north\s+korea|pyongyang|the\s+north\b|(?:the\s+)?dprk)(?:the\s+|its\s+|their\s+)?[a-z])"
    r"(?!\s+(?!(?:the\s+)?north\b|north\s+korea|pyongyang|kim\b)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+with\b)"
)


# ... or its giving told as a noun: "Russia's deliveries of refined petroleum to North Korea"
_RUSSIAS_SUPPLY_OF = re.compile(
    r"\b(?:(?:russia|moscow|the\s+kremlin)['’]s|russian)\s+(?!(?:possible|potential|future|planned|any)\b)(?:[\w-]+\s+)?"
    r"(?:(?:deliveries|delivery|provision|supply|supplies|transfers?|shipments?)\s+of\b"
    # ... or the item before the noun, the recipient after it: "Russia's oil shipments to North Korea"
    r"|(?:[\w-]+\s+)?(?:deliveries|supplies|transfers|shipments|exports)\s+to\s+(?:north\s+korea|pyongyang|the\s+north\b|"
    r"(?:the\s+)?dprk))"
    # (a speaker's 'according to the MSMT' sends nothing anywhere)
    r"(?![^.;]*?(?<!according\s)\bto\s+(?!north\s+korea|pyongyang|the\s+north\b|(?:the\s+)?dprk)[a-z])"
    r"(?![^.;]*?\b(?:would|could|might|unconfirmed|not\s+(?:been\s+)?confirmed)\b)"
)


def russia_gives(sentence: Sentence, pronoun_is_russia: Callable[[], bool] = lambda: False) -> bool:
    """Whether the sentence has Russia hand items over to no one named (the claim builder runs on articles on
    the two, so: to North Korea), in a sentence that asserts (as `might_assert` asks). An opening 'It' is Russia
    when the sentence before has Russia act first (`pronoun_is_russia`): 'Russia has given Pyongyang air-defence
    systems. It has also delivered fighter jets.'"""
    low = sentence.low
    if "russia" in low or "moscow" in low or "kremlin" in low:
        return (_RUSSIA_GIVES.search(low) is not None or _RUSSIAS_SUPPLY_OF.search(low) is not None) and asserts(low)
    opening = _IT_OPENING.match(low)
    return (
        opening is not None
        and _RUSSIA_GIVES.match(f"russia{low[opening.end() :]}") is not None
        and asserts(low)
        and pronoun_is_russia()
    )


_IT_OPENING = re.compile(r"\W*it(?=\s)")


# an item in a condition: 'Seoul would respond if Pyongyang sent more shells to Russia' (not 'even if', 'as if')
_IF_BEFORE = re.compile(
    r"(?<!even\s)(?<!as\s)\bif\s+(?!it\s+were\s+not|not\s+for)(?:(?!continu|keep|kept)[\w'’-]+\s+){0,6}$"
)
# ... unless what goes on is presupposed: 'if shells keep arriving', 'if supplies continue'
_GOES_ON_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:continu\w*|keeps?|kept)\b")
# an interviewer's question put in the reporter's words: 'Asked whether Russia was supplying jets, ...'
_ASKED_WHETHER_BEFORE = re.compile(
    r"\b(?:asked|asking|questioned|(?:not|n't)\s+(?:say|confirm|disclose)|declined\s+to\s+(?:say|confirm))\b"
    r"[^.;]{0,60}?\b(?:whether|if)\b[^.;,]*$"
)
# ... unless the answer says yes: 'Asked whether Pyongyang has sent more missiles, Zelensky said it has sent hundreds.'
_ANSWER_CONFIRMS = re.compile(
    r"[^,]*,\s*(?:[\w'’.-]+\s+){0,4}?(?:said|says|replied|answered)\s+(?:that\s+)?(?:it|they|pyongyang|north\s+korea|"
    r"moscow|russia)\s+(?:has|had|have)\s+(?:already\s+|also\s+)?(?:sent|supplied|delivered|provided|shipped|"
    r"transferred)\s+(?:them|hundreds|thousands|dozens|many|some|more|\d)"
)


def added_before(low: str, start: int) -> bool:
    """Whether an addition word stands right before the item at `start`, not denied ('could provide additional
    missiles'; not 'could not provide additional missiles')."""
    begin = max(0, start - 130)
    added = _ADDED_RIGHT_BEFORE.search(low, max(0, start - 30), start) or (
        # (a cheap look first: the list's addition word, which most stretches before an item lack)
        _ADDED_LIST_BEFORE.search(low, begin, start)
        if any(map(low[begin:start].__contains__, _ADDED_LIST_WORDS))
        else None
    )
    return added is not None and not _NOT_BEFORE.search(low, max(0, added.start() - 30), added.start())


def _untold_scope_end(low: str, start: int) -> int:
    """Where the items a count is not given for end: 'gave no figure for the missiles, but said ...' tells what
    comes after 'but said'."""
    end = _UNTOLD_ENDS.search(low, start)
    return end.start() if end is not None else len(low)


def item_mentions(
    sentence: Sentence,
    terms_of: Callable[[int], list[TermMatch]],
    counted: set[Category],
    figures: list[tuple[int, int]],
    of_north_koreans: bool = False,
) -> list[Mention]:
    """Items of `sentence` asserted as given, sent, used or denied, one per kind of item (category and subtype:
    'air defence equipment and electronic warfare systems' are two), leaving out the
    categories the sentence already counts with a figure (`counted`; for `other`, the kinds the claim builder
    counts) and the words of its figures' own noun
    phrases (`figures`: 'one Pantsir-class combat vehicle' names no vehicle). `terms_of(i)` gives a sentence's
    item nouns."""
    low = sentence.low
    terms = terms_of(sentence.index)
    found: dict[tuple[Category, str], Mention] = {}
    missiles_named = any(t.term.category is Category.MISSILES for t in terms)
    test_launch = missiles_named and is_test_launch(low)
    if (
        ("drill" in low or "exercise" in low)
        and _OWN_DRILL.search(low)
        and not DELIVERY_VERB.search(low)
        and not _WAR_NAMED.search(low)
    ):
        return []  # 'Kim supervised a joint strike drill ... called for the mass production of launchers'
    if has_any(low, _UNBORNE_WORDS) and _reports_not_borne_out(low):
        return []  # 'Reports that Russia has handed over MiG-29 fighters remain unconfirmed': nothing asserted
    no_sign = _NO_SIGN_WORDS.search(low) is not None  # (most sentences have none: the pattern is slow)
    doubted = has_any(low, _DOUBT_WORDS)
    historical = has_any(low, _HISTORY_WORDS)
    banned = has_any(low, _BAN_WORDS)
    know_how_for = _KNOW_HOW_WORDS.search(low) is not None
    asked = "whether" in low or " if " in low
    any_of = "any " in low
    air_defence_named = "pantsir" in low or "s-400" in low or "s-300" in low
    # 'Russia has never disclosed how many North Korean servicemen have died': a count not told, no item asserted
    untold = _UNTOLD_HOW_MANY.search(low) if "how many" in low else None
    if untold is None and " no " in low:
        untold = _GAVE_NO_FIGURE.search(low)  # ('The NIS gave no figure for North Korean prisoners': nothing told)
    untold_span = (untold.end(), _untold_scope_end(low, untold.end())) if untold is not None else None
    russia_gives: list[bool] = []  # whether Russia gives North Korea something in the sentence, looked for once

    def gives_north_korea() -> bool:
        if not russia_gives:
            russia_gives.append(RU_TO_NK.search(low) is not None)
        return russia_gives[0]

    # the item again, as an addition: 'had supplied missiles and could provide additional missiles'
    added: list[Mention] = []
    for k, match in enumerate(terms):
        term = match.term
        if term.is_measure:
            continue
        if (before := found.get((term.category, term.subtype))) is not None:
            if (
                not added
                and added_before(low, match.start)
                and not _ADDED_RIGHT_BEFORE.search(low, max(0, before.start - 30), before.start)
            ):
                added.append(Mention(term.category, term.subtype, term.unit, match.start, match.end))
            continue
        if (
            term.category in counted
            and term.category is not Category.OTHER  # (what Russia gives is of many kinds: 'air defence systems
            # and 1 million barrels of oil')
            and not added_before(low, match.start)
        ):
            continue  # ('sent 11,000 troops, followed by additional troops': an addition is another claim; 'could not
            # provide additional missiles' is none)
        if low.endswith(("launch", "launches"), match.start, match.end) and (
            not (helped := _HELP_WITH_BEFORE.search(low, max(0, match.start - 60), match.start))
            or _NOT_BEFORE.search(low, max(0, helped.start() - 30), helped.start())
        ):
            # a satellite launch is know-how only as help with it: 'its satellite launch failed in May' (nor help
            # not given: 'Russia did not help North Korea with its satellite launch')
            continue
        if has_any(low, _OTHERS_SUPPLY_WORDS) and _OTHERS_SUPPLY_BEFORE.search(
            low, max(0, match.start - 90), match.start
        ):
            continue  # 'Chinese aid to North Korea includes fuel', "China's oil shipments": another country's supply
        if (
            term.category is Category.CASUALTIES
            and "replac" in low
            and _REPLACED_BEFORE.search(low, max(0, match.start - 40), match.start)
        ):
            continue  # 'sent 3,000 soldiers to replace casualties': why they were sent, no losses told
        if low.startswith("replacements", match.start) and _FOR_ITEMS_AFTER.match(low, match.end):
            continue  # 'replacements for the 200 Koksan guns North Korea sent': new guns, no troops
        if (
            term.category is Category.OTHER
            and _WORKED_BY_TROOPS_BEFORE.search(low, max(0, match.start - 90), match.start)
            and NK_NAMED.search(low, 0, match.start)
        ):
            continue  # 'North Korean troops were seen operating anti-aircraft guns': their use, nothing given
        following = terms[k + 1] if k + 1 < len(terms) else None
        if following is not None and _MODIFIER_GAP.fullmatch(low, match.end, following.start):
            continue  # 'artillery ammunition', 'missile launchers': the item is the last noun, the rest describe it
        if term.category in FIRES_AMMUNITION and fired_by(low, terms, k):
            # 'rounds of 170mm artillery', 'shells for its Koksan guns', 'rockets for its 240mm launchers': the guns
            # only say which ammunition
            continue
        if any(start <= match.start < end for start, end in figures):
            continue
        if term.subtype in ("persons", "north koreans"):
            continue
        if (
            term.category is Category.TROOPS
            and low.startswith("builder", match.start)
            and _MAY_HELP_REBUILD_AFTER.match(low, match.end)
            and not _MILITARY_BUILDERS.search(low)
        ):
            # builders, no soldiery named, who could help rebuild: labour Russia would bring in, the schema's civilian
            # workers ('North Korean builders could help rebuild Russian border areas'), not military builders sent
            if Category.WORKERS not in counted:
                found.setdefault(
                    (Category.WORKERS, "workers"),
                    Mention(Category.WORKERS, "workers", "workers", match.start, match.end),
                )
            continue
        if (
            term.category is Category.TROOPS
            and SPEAKS_AFTER.match(low, match.end)
            and not NK_NAMED.search(low, max(0, match.start - 24), match.start)
        ):
            continue  # 'the air force said', 'Ukrainian forces reported': a speaker, no troops sent
        if term.category is Category.DRONES and _STAFFS_BEFORE.search(low, max(0, match.start - 40), match.start):
            continue  # 'labourers sent to staff drone assembly lines': workers, no drone know-how
        if low.startswith((" factor", " plant"), match.end) and (
            _AT_A_PLACE_BEFORE.search(low, max(0, match.start - 12), match.start)
            or (term.category in _MADE_IN_PLANTS and not _plant_tells_item(low, match.start, match.end))
        ):
            # workers sent to a drone factory (helping build one is drone know-how); a missile or shell plant is a
            # workplace, no supply, unless it supplies Russia or is helped ('engineers for its missile plants')
            continue
        if (" output of" in low or " production of" in low or " capacity of" in low) and (
            _COUNTED_OUTPUT_AFTER.match(low, match.end)
            or _COUNTED_OUTPUT_BEFORE.search(low, max(0, match.start - 60), match.start)
        ):
            continue  # 'a hub for drone output of about 5,500 Geran drones a year': production, no supply
        if (
            term.category in (Category.DRONES, Category.TROOPS)
            and "train" in low
            and "drone" in match.text.lower()
            and (
                _TRAINS_DRONE_CREWS.search(low, max(0, match.start - 80), match.end + 20)
                or _TEACHES_DRONES.search(low, max(0, match.start - 120), match.end)
            )
            and _taught_at_home(sentence)
            and gives_north_korea()
        ):
            # 'Russia is training North Korean drone operators in Pyongyang': drone know-how given at home
            if Category.DRONES not in counted:
                found[Category.DRONES, "drones"] = Mention(Category.DRONES, "drones", "drones", match.start, match.end)
            continue
        if (
            term.category is Category.TROOPS
            and "drone" in low
            and has_any(low, _TRAINING_WORDS)
            and (taught := _TEACHES_DRONES.search(low) or _TAUGHT_AFRESH.search(low)) is not None
            and taught.start() - 40 <= match.start < taught.end()
            and (_TRAINED_IN_RUSSIA.search(low) is None or (_IN_NORTH_KOREA.search(low) and gives_north_korea()))
        ):
            continue  # 'Russian instructors are teaching North Korean soldiers to fly drones in Pyongyang': know-how,
            # no soldiers sent
        if _THREAT_BEFORE.search(low, max(0, match.start - 50), match.start) or _ACTION_AFTER.match(low, match.end):
            continue  # 'exposed to drones', 'artillery fire', 'artillery crews', 'missile submarine': no supply
        if (
            term.category is Category.DRONES
            and _DRONES_FOUGHT_AFTER.match(low, match.end)
            and not _PROGRAM_AFTER.match(low, match.end)  # ('drone warfare technology')
            and not gives_north_korea()
        ):
            continue
        if (
            no_sign
            and _NO_SIGN_BEFORE.search(low, max(0, match.start - 160), match.start)
            and not DELIVERED_RELATIVE.match(low[match.end :])
            and not _UNTIL_AFTER.match(low, match.end)  # ('did not acknowledge ... until April, when ...')
        ):
            continue
        if historical and (
            _SOVIET_GIVER_BEFORE.search(low, max(0, match.start - 120), match.start)
            or _LAST_CENTURY.search(low, *_clause_around(low, match.start, match.end))
        ):
            continue  # 'The Soviet Union supplied North Korea with MiG-29 fighters in the late 1980s': history
        if banned and _BANNED_BEFORE.search(low, max(0, match.start - 140), match.start):
            continue  # 'bans the export of dual-use goods and drone components to North Korea': a ban, no supply
        if " no " in low and _RECORDS_SHOW_NONE_BEFORE.search(low, max(0, match.start - 80), match.start):
            continue  # 'Customs records show no shipments of refined petroleum': none found
        if ("not " in low or "rather" in low or "instead" in low) and _NOT_THIS_ONE_BEFORE.search(
            low, max(0, match.start - 40), match.start
        ):
            continue  # 'sent rocket launchers, not artillery pieces': the one not sent
        if (
            " not " in low
            and (";" in low or " but " in low or "rather" in low or "instead" in low or "—" in low or "–" in low)
            and _NOT_THIS_KIND_BEFORE.search(low, max(0, match.start - 60), match.start)
            and (contrast := _BUT_THIS_KIND_AFTER.match(low, match.end))
            and any(
                other.term.category is term.category and contrast.end() <= other.start <= contrast.end() + 40
                for other in terms[k + 1 :]
            )
        ):
            continue  # 'is not sending its elite troops; it is sending conscripts': the kind sent is told next
        if term.category is Category.TROOPS and (
            (
                low.startswith(" with ", match.end)
                and _OWN_FORCES_SUPPLIED_BEFORE.search(low, max(0, match.start - 40), match.start)
            )
            or (
                (" to its " in low or " to their " in low)
                and _RUSSIA_SUPPLIES_OWN_BEFORE.search(low, max(0, match.start - 120), match.start)
            )
        ):
            # 'Russia is not providing its soldiers with enough shells', '... enough ammunition to its troops': the
            # ones supplied, not sent
            continue
        if (
            doubted
            and (doubt := _DOUBTED_BEFORE.search(low, max(0, match.start - 160), match.start))
            and not _NONE_DOUBT.search(low, max(0, doubt.start() - 40), doubt.start())
        ):
            continue  # 'Analysts doubt that Russia will hand over submarine technology': no supply asserted
        if (
            no_sign
            and _NONE_SEEN_BEFORE.search(low, max(0, match.start - 60), match.start)
            and _SEEN_AFTER.match(low, match.end)
        ):
            continue  # 'No Russian transfer of fighter jets has been confirmed': nothing asserted
        if (
            term.category is Category.DRONES
            and has_any(low, _TRAINING_WORDS)
            and _TRAINED_TO_USE_BEFORE.search(low, max(0, match.start - 90), match.start)
            # (at home, know-how only from Russia: not 'soldiers trained to fly drones in North Korea were sent')
            and not (_taught_at_home(sentence) and gives_north_korea())
        ):
            continue  # 'Russian officers are training North Korean troops in Kursk to operate drones': no supply
            # (nor 'Russian instructors were teaching them to fly drones', 'better at using drones')
        if (
            term.subtype == "electronic warfare systems"
            and "jam" in low
            and _NORTH_JAMS.search(low)
            and not has_any(low, ("russia", "moscow", "kremlin"))
        ):
            continue  # 'North Korea has been jamming GPS signals ..., using jamming equipment': its own jammers
        if (
            term.category is Category.MISSILES and (test_launch or is_test_launch(low, match.start))
        ) or _LAUNCHED_AFTER.match(low, match.end):
            continue  # North Korea's own test into the sea, launch or drill supplies no one
        if (
            _FACED_BEFORE.search(low, max(0, match.start - 50), match.start) or _ROLE_AFTER.match(low, match.end)
        ) and not gives_north_korea():
            continue  # 'losses because of their inexperience with drones', 'shifted to drone and artillery roles'
        if "deployment" in low[match.start : match.end] and _DEPLOYMENT_OF.match(low, match.end):
            continue  # 'further deployments of air-defence systems': the deployment of what follows
        if (
            term.category is Category.DRONES
            and (
                (
                    _WORKERS_MAKE_BEFORE.search(low, max(0, match.start - 60), match.start)
                    and any(t.term.category in (Category.WORKERS, Category.TROOPS) for t in terms[:k])
                )
                or (_WORKPLACE_AFTER.match(low, _past_drone_noun(low, match.end)) and _work_there(terms[:k], low))
            )
            and not gives_north_korea()  # ('Russia sent engineers to North Korea to produce drones': know-how)
        ):
            continue  # 'workers sent to Alabuga to assemble Shahed-type drones': what the workers make, no supply
        if (
            term.category is Category.VEHICLES
            and air_defence_named
            and (
                _AIR_DEFENCE_CLASS_BEFORE.search(low, max(0, match.start - 40), match.start)
                or _AIR_DEFENCE_CLASS_AFTER.match(low, match.end)
            )
        ):
            continue  # 'a Pantsir-class combat vehicle' is the air-defence system's own, no armoured vehicle
        if (
            any_of
            and (hypothetical := _ANY_TRANSFER_BEFORE.search(low, max(0, match.start - 90), match.start))
            and not _DENIES_RIGHT_BEFORE.search(low, max(0, hypothetical.start() - 30), hypothetical.start())
        ):
            continue  # 'deeply concerned about any transfer of missile technology': what may be, none told
        if untold_span is not None and untold_span[0] <= match.start < untold_span[1]:
            continue
        if (
            _SATELLITE_ITSELF.fullmatch(match.text.lower())
            and _SATELLITE_LAUNCH.search(low)
            and not _HELP_WORDS.search(low)
        ):
            continue  # 'North Korea launched a reconnaissance satellite': its own launch; Russia's help is know-how
        if (
            asked
            and _ASKED_WHETHER_BEFORE.search(low, max(0, match.start - 120), match.start)
            and not _ANSWER_CONFIRMS.match(low, match.end)
        ):
            continue  # 'Asked whether Russia was supplying fighter aircraft, he said ...': a question, no claim
        if (
            asked
            and _IF_BEFORE.search(low, max(0, match.start - 60), match.start)
            and not _GOES_ON_AFTER.match(low, match.end)
        ):
            continue  # 'if Pyongyang sent more shells to Russia': a condition, no claim
        # (a cheap look first: the pattern's words of giving, which most stretches before an item lack)
        giver_from = max(0, match.start - 90)
        if (
            any(map(low[giver_from : match.start].__contains__, _OTHER_GIVER_VERBS))
            and _OTHER_GIVER_BEFORE.search(low, giver_from, match.start)
        ) or (MADE_BY_OTHER_AFTER.match(low, match.end) and not NK_SENDS_BEFORE.search(low, 0, match.start)):
            continue  # 'South Korea to send artillery shells', 'MiG-29s delivered by the Soviet Union': another's
        other = _OTHERS_BEFORE.search(low, max(0, match.start - 40), match.start)
        if (
            other
            and not (_FROM_RUSSIA_WORDS.match(other.group()) and term.category in _KNOW_HOW)
            and not (
                _SHARE_OF_BEFORE.search(low, max(0, other.start() - 40), other.start())
                and NK_NAMED.search(low, *_clause_around(low, other.start(), match.end)) is not None
            )
            and not _FROM_NORTH_KOREA_AFTER.match(low, match.end)  # ('Ukraine says troops from North Korea ...')
            # ('North Korea has received Russian fighter jets', 'Russian air defence stationed near Pyongyang')
            and not (
                _FROM_RUSSIA_WORDS.match(other.group())
                and term.category in _RUSSIAN_GOODS
                and (
                    _NORTH_KOREA_GETS.search(low, max(0, match.start - 70), match.start)
                    or _PLACED_IN_NORTH_KOREA_AFTER.match(low, match.end)
                    # ("Russia's deliveries of refined petroleum to North Korea")
                    or _RUSSIAS_SUPPLY_OF.match(low, other.start())
                    # ... or their arrival there: 'The arrival of Russian air defence systems in Pyongyang'
                    or (
                        (arrival := _ARRIVAL_OF_BEFORE.search(low, max(0, other.start() - 30), other.start()))
                        # (none told: 'there were no confirmed deliveries of Russian combat aircraft to the North')
                        and not _NONE_OF_BEFORE.search(low, max(0, arrival.start() - 30), arrival.start())
                        and _IN_NORTH_KOREA_AFTER.match(low, match.end)
                    )
                    # ... or what North Korea wants of Russia's: 'Kim wants Russian fighter jets'
                    or sought_from_russia(low, match.start, ("russian",))
                )
            )
        ):
            continue  # 'Ukrainian forces' are no support; 'Russian technology' going to North Korea is
        if (
            term.category is Category.CASUALTIES
            and match.text.lower() == "died"
            and _DIED_DOWN.match(low, match.end)
            and _FIGHTING_BEFORE.search(low, max(0, match.start - 50), match.start)
        ):
            continue  # 'the fighting in Kursk died down', 'has died away': no one died
        if (
            term.category is Category.CASUALTIES
            and any(c is Category.CASUALTIES for c, _ in found)
            and "of" in low[max(0, match.start - 30) : match.start]
            and _OF_THE_DEAD_BEFORE.search(low, max(0, match.start - 40), match.start)
        ):
            continue  # 'hiding North Korean losses, even burning the faces of the dead': the losses, told once
        if (
            term.category is Category.CASUALTIES
            and low.startswith(("losses", "casualties"), match.start)
            and _OTHER_SIDES_LOSSES_BEFORE.search(low, max(0, match.start - 80), match.start)
            and not _OF_WHOM_AFTER.match(low, match.end)  # ('concealing the casualties of the North Korean contingent')
            and not _NK_AMONG_AFTER.match(low, match.end)  # ('losses, including about 2,000 North Korean soldiers')
        ):
            continue  # 'Russia had taken heavy losses in Kursk', 'Moscow is hiding its losses': no North Korean's
        if term.category is Category.CASUALTIES and low.startswith(_COUNTED_ONLY, match.start):
            continue  # 'injuries' tell of a count ('3,000 injuries'), not alone ('ranging from minor injuries')
        if term.category is Category.CASUALTIES and (
            not (of_north_koreans or NK_NAMED.search(low, max(0, match.start - 120), match.end + 120))
            or _CIVILIANS_BEFORE.search(low, max(0, match.start - 40), match.start)
            or _CIVILIANS_AFTER.match(low, match.end)
        ):
            continue  # 'hundreds of civilians died': no North Korean soldier's
        if term.category is Category.TROOPS and low.endswith(("nuclear ", "strategic "), 0, match.start):
            continue  # 'building up its nuclear forces': no troops
        if (
            term.category is Category.TROOPS
            and low.endswith("air ", 0, match.start)
            and low.startswith("force", match.start)
            # (people of it sent stay: 'has sent air force pilots and technicians to Russia')
            and not _AIR_FORCE_PEOPLE_AFTER.match(low, match.start + 5)
            # (help to build it up is know-how: 'may help modernise the North Korean air force')
            and not _DEVELOPMENT_BEFORE.search(low, max(0, match.start - 50), match.start)
        ):
            continue  # 'jets for North Korea's ageing air force', "Ukraine's air force says": no troops sent
        if term.category is Category.TROOPS and _AGENT_OF_BEFELL.match(low, match.end):
            continue  # 'our soldiers captured North Korean soldiers': the captors are no support
        if term.category is Category.TROOPS and (befell := _BEFELL_OBJECT.search(low, max(0, match.start - 80),
                                                                                 match.start)):  # fmt: skip
            for key in [k for k, m in found.items() if k[0] is Category.CASUALTIES and m.start >= befell.start()]:
                del found[key]  # the verbs' own words ('killed') are this casualty, told in full
            if Category.CASUALTIES not in counted:
                casualties = _befell_casualties(befell["verbs"], match.start, match.end)
                found[Category.CASUALTIES, casualties.subtype] = casualties
            continue
        if term.category is Category.TROOPS and (fell := _FELL_AFTER.match(low, match.end)):
            # 'a memorial to the soldiers who fell in Kursk': the dead, not a deployment (unless they died fighting)
            if Category.CASUALTIES not in counted:
                casualties = _befell_casualties("killed", match.start, match.end)
                found[Category.CASUALTIES, casualties.subtype] = casualties
            if not _FIGHTING_AFTER.match(low, fell.end()):
                continue
        if (
            term.category is Category.TROOPS
            and Category.CASUALTIES not in counted
            and not any(c is Category.CASUALTIES for c, _ in found)
            and (befell_after := _BEFELL_AFTER.match(low, match.end))
        ):
            casualties = _befell_casualties(befell_after["verbs"], match.start, match.end)
            found[Category.CASUALTIES, casualties.subtype] = casualties
        if (
            (
                _PROGRAM_AFTER.match(low, match.end)
                # (an item named in full with its head noun before the list's next entry: 'oil, air-defence
                # equipment and military know-how', not 'missile and satellite technology')
                and not (low.endswith(_FULL_HEADS, match.start, match.end) and _NEXT_ENTRY.match(low, match.end))
                # (nor an item listed before a know-how of no item: 'food, oil and military technology')
                and not _GENERIC_KNOW_HOW_NEXT.match(low, match.end)
            )
            or (
                _DEVELOPMENT_BEFORE.search(low, max(0, match.start - 50), match.start)
                # ('Russians improved the guidance systems of the missiles North Korea supplied': the delivery is
                # told, and no one helps the North)
                and not (DELIVERED_RELATIVE.match(low[match.end :]) and not gives_north_korea())
            )
            or (
                "systems" in low[max(0, match.start - 60) : match.start]
                and _GUIDANCE_FOR_BEFORE.search(low, max(0, match.start - 60), match.start)
                and gives_north_korea()
            )
            or (
                term.category not in _KNOW_HOW
                and know_how_for
                and _KNOW_HOW_FOR_BEFORE.search(low, max(0, match.start - 160), match.start)
            )
        ):
            # 'supported the North's ballistic missile programs', 'for its development of ICBMs': know-how; drone
            # know-how is a drones claim, as the schema has it ('helping North Korea build attack drones')
            know_how = (
                (Category.DRONES, term.subtype)
                if term.category is Category.DRONES
                else (Category.TECHNOLOGY_TRANSFER, "technology")
            )
            if know_how[0] not in counted and know_how not in found:
                found[know_how] = Mention(*know_how, term.unit if term.category is Category.DRONES else None,
                                          match.start, match.end)  # fmt: skip
            continue
        found[term.category, term.subtype] = Mention(term.category, term.subtype, term.unit, match.start, match.end)
        if (
            term.category is Category.ROCKET_LAUNCHERS
            and low.startswith("rocket artillery", match.start)
            and _TUBE_AND_BEFORE.search(low, max(0, match.start - 30), match.start)
            and Category.ARTILLERY not in counted
        ):
            # 'tube and rocket artillery units': the guns share the head noun, an artillery item of their own
            found.setdefault(
                (Category.ARTILLERY, "artillery"),
                Mention(Category.ARTILLERY, "artillery", "pieces", match.start, match.end),
            )
    # 'soldiers were killed' asserts casualties, not a deployment, when nothing else in the sentence sends them
    # or places them ('troops in Kursk have suffered losses' says they are there)
    troops = found.get((Category.TROOPS, "troops"))
    if (
        troops is not None
        # (the casualties may be counted elsewhere in the article: 'army units ... suffered significant losses')
        and (any(c is Category.CASUALTIES for c, _ in found) or Category.CASUALTIES in counted)
        and (
            (
                (not _PLACED.match(low, troops.end) or _FIGHTING_NOT_TOLD.match(low, troops.end))
                and all(
                    # (matched in place: 'taken' befalls only where 'heavy losses' follow it)
                    ((b := _ONLY_BEFELL.match(low, m.start())) is not None and b.end() == m.end())
                    or _FIGHTING_NOT_TOLD.match(low, m.start() - 1)
                    # (a denial of what befell them sends no one: 'Russia denied that North Korean soldiers had
                    # been killed')
                    or m.group().startswith(_DENIAL_STEMS)
                    for m in _SUPPORT.finditer(low)
                )
            )
            # (the toll's own people, however they came: 'Casualties among the North Korean forces dispatched to ...')
            or _TOLL_OF_BEFORE.search(low, max(0, troops.start - 60), troops.start)
        )
    ):
        del found[Category.TROOPS, "troops"]
    _drone_know_how(low, terms, found, counted)
    # 'artillery rounds ... ammunition' in one sentence: the generic word names the same item as the specific one
    return [
        m
        for (category, subtype), m in found.items()
        if subtype != category.value or not any(c is category and s != subtype for c, s in found)
    ] + [m for m in added if (m.category, m.subtype) in found]


_HELP_WITH_BEFORE = re.compile(
    r"\b(?:help\w*|assist\w*|support\w*|aid|data|advice|expertise|technical|technolog\w*|know-how|guidance)\b"
    r"[^.;]{0,40}$"
)
_REPLACED_BEFORE = re.compile(
    r"\b(?:to\s+replace|replacing|replacements?\s+for)\s+(?:(?:the|its|their|heavy|mounting|battlefield)\s+)*$"
)
_FOR_ITEMS_AFTER = re.compile(
    r"\s+for\s+(?:the\s+|its\s+|their\s+)?(?:[\w,-]+\s+){0,5}?(?:guns|howitzers|launchers|missiles|shells|parts|"
    r"systems|equipment|weapons|tanks|vehicles|jets|aircraft|drones|ammunition|rounds)\b"
)
_TOLL_OF_BEFORE = re.compile(
    r"\b(?:casualties|losses|deaths|death\s+toll|toll)\s+(?:among|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$"
)


_DENIAL_STEMS = ("den", "dismiss", "reject", "refut")


def _trained_elsewhere(sentence: Sentence) -> bool:
    """Training told in Russia, for the war, or at a place named that is not North Korea's ('in the Primorye region',
    'near Vladivostok': Russia's places need no list)."""
    return _TRAINED_IN_RUSSIA.search(sentence.low) is not None or (
        _PLACE_NAMED.search(sentence.text) is not None and not _IN_NORTH_KOREA.search(sentence.low)
    )


def _taught_at_home(sentence: Sentence) -> bool:
    """Drone use taught in North Korea, or to North Koreans named afresh with no other place told ('Russia is
    training North Korean drone operators'; not '... in Kursk', '... in the Primorye region', nor 'troops sent to
    Russia were taught')."""
    if _IN_NORTH_KOREA.search(sentence.low):
        return True
    return _TAUGHT_AFRESH.search(sentence.low) is not None and not _trained_elsewhere(sentence)


def _drone_know_how(
    low: str, terms: list[TermMatch], found: dict[tuple[Category, str], Mention], counted: set[Category]
) -> None:
    """Technology for making drones is drone know-how, a drones claim as the schema has it: 'transferred technology
    for the mass production of Shahed-type drones', 'the know-how to build its own Geran drones' (not 'technology
    for its satellites and drones', where the technology is for another item too)."""
    tech = found.get((Category.TECHNOLOGY_TRANSFER, "technology"))
    if tech is None:
        return
    after = [t for t in terms if t.start >= tech.end and not t.term.is_measure]
    if (
        not after
        or after[0].term.category is not Category.DRONES
        or not _FOR_MAKING.fullmatch(low, tech.end, after[0].start)
        # (know-how for anything else in the sentence stays: '... and may be helping with its submarine')
        or any(t.term.category is Category.TECHNOLOGY_TRANSFER and t.start != tech.start for t in terms)
        # (nor when the drones are one of a list the know-how is for: 'know-how on drones and air defence')
        or _MORE_ITEMS_AFTER.match(low, after[0].end)
    ):
        return
    del found[Category.TECHNOLOGY_TRANSFER, "technology"]
    drone = after[0]
    if Category.DRONES not in counted and not any(c is Category.DRONES for c, _ in found):
        # (where the know-how stands: who gives it is told there, not by 'its own drones')
        found[Category.DRONES, drone.term.subtype] = Mention(
            Category.DRONES, drone.term.subtype, drone.term.unit, tech.start, drone.end
        )


_MORE_ITEMS_AFTER = re.compile(
    r"\s*(?:,|and\b|or\b|as\s+well\s+as\b)\s*(?!(?:the|its|their)\s+(?:related\s+)?production\b)"
)
_FOR_MAKING = re.compile(
    r"\s+(?:for|of|on|to\s+(?:build|make|produce|manufacture|mass-produce|assemble|develop))\s+"
    r"(?:(?!and\b|or\b)[\w'’-]+\s+){0,6}?"
)


def _befell_casualties(verbs: str, start: int, end: int) -> Mention:
    """The casualties that the verbs before a soldier noun say befell them ('captured or killed')."""
    found = sorted(
        (verbs.index(stem), "killed_or_wounded" if kind == "both" else kind)
        for stem, kind in VERB_KINDS.items()
        if stem in verbs
    )
    kinds = list(dict.fromkeys(kind for _, kind in found))  # as the text orders them
    if len(kinds) == 1:
        subtype = kinds[0]
    elif set(kinds) == {"killed", "wounded"}:
        subtype = "killed_or_wounded"
    else:
        subtype = " or ".join(kinds)
    return Mention(Category.CASUALTIES, subtype, "troops", start, end)
