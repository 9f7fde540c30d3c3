"""Items told as know-how, training, a workplace or a plant's output, not delivered; and where training is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.extract.context import DRONE_USE, MAKE_DRONES, TAUGHT_NORTH_KOREANS
from core.extract.numerals import HEDGE_WORD
from core.extract.sentences import Sentence
from core.lexicon import TermMatch
from core.models import Category

# what workers are sent to make ('to assemble Shahed-type drones', 'to help build drones')
WORKERS_MAKE_BEFORE = re.compile(
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
WORKPLACE_AFTER = re.compile(
    r"\s+(?:plants?|factor(?:y|ies)|(?:assembly\s+|production\s+)?lines|industr(?:y|ies)|"
    # (what is sent for the assembly is supplied: 'drone assembly kits', 'drone production equipment')
    r"(?:assembly|production)(?!\s+(?:kits?|sets?|equipment|components?|parts|materials?|tools?|machinery))|"
    r"facilit(?:y|ies)|(?:are|were|is|was)\s+(?:being\s+)?(?:assembled|produced|made|built|manufactured))\b"
)


def past_drone_noun(low: str, end: int) -> int:
    """Where a drone's noun phrase ends: 'Shahed' in 'Shahed-type attack drones are assembled' ends at 'drones'."""
    rest = _DRONE_NOUN_REST.match(low, end)
    return end if rest is None else rest.end()


def work_there(before: Sequence[TermMatch], low: str) -> bool:
    """Workers named before a workplace, or soldiers and engineers told to work there ('North Korean engineers are
    working at drone factories'; not 'Besides the troops, North Korea supplies drone assembly kits')."""
    if any(t.term.category is Category.WORKERS for t in before):
        return True
    return ("work" in low or "employ" in low) and any(t.term.category is Category.TROOPS for t in before)


# North Koreans taught to make drones ('teaching North Korean engineers to build attack drones'): drone know-how, the
# engineers taught sent nowhere
TAUGHT_TO_MAKE_DRONES = re.compile(rf"\b(?:train|teach|taught|instruct)\w*\s+{MAKE_DRONES}")
TAUGHT_AFRESH = re.compile(rf"\b{TAUGHT_NORTH_KOREANS}")
# the training told in Russia or of troops sent there: the schema's training of the troops in Russia, no supply
TRAINED_IN_RUSSIA = re.compile(
    r"\b(?:in|inside|near|at|to|for)\s+(?:the\s+)?(?:russia\b|russia['’]s|kursk|front|ukraine|donbas|donetsk)"
    r"|\b(?:deployed|sent|dispatched|fighting|battlefield|combat)\b"
)
TEACHES_DRONES = re.compile(rf"\b(?:train(?:s|ed|ing)?|teach(?:es|ing)?|taught|instruct(?:s|ed|ing)?)\s+{DRONE_USE}")
# drone crews trained (in North Korea, as the caller checks): 'training North Korean drone operators in Pyongyang'
TRAINS_DRONE_CREWS = re.compile(
    r"\btrain(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:drone|uav)s?\s+(?:operators|pilots|crews|specialists|units)\b"
)
HELP_WORDS = re.compile(
    r"\b(?:help\w*|assist\w*|support\w*|transfer\w*|provid\w*|shar\w*|giv\w*|gave|know-how|expertise)"
)
# Soldiers trained where they serve (the schema counts no training of the troops in Russia; training given to North
# Korea at home is drone know-how)
TRAINED_TO_USE_BEFORE = re.compile(
    r"\b(?:train(?:s|ed|ing)?|teach(?:es|ing)?|taught|instruct(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:(?:how\s+)?to\s+(?:operate|use|fly|pilot|counter|evade|handle)|in|on|about|"
    # ('taught the basics of using drones', 'training about drones')
    r"using|operating|flying|handling)\s+(?:[\w-]+\s+){0,2}$"
    # ... or grown skilled in their use: 'have become better at using drones'
    r"|\b(?:better|skilled|proficient|adept|experienced)\s+(?:at|in|with)\s+(?:using|operating|flying)\s+(?:[\w-]+\s+){0,2}$"
)
TRAINING_WORDS = ("train", "teach", "taught", "instruct", "better", "skilled", "proficient", "adept", "experienced")
# North Korea's places, where drone use taught is know-how given at home ('near Wonsan')
_NK_PLACE = (
    r"(?:north\s+korea(?!n)|pyongyang|the\s+north\b|wonsan|sinuiju|hamhung|chongjin|nampo|kaesong|rason|rajin|"
    r"sunchon|kanggye|hyesan|haeju|sariwon|tongchang-ri|sohae|hwasong|kangwon|hamgyong|pyongan|hwanghae|ryanggang|"
    r"jagang)"
)
IN_NORTH_KOREA = re.compile(
    r"\b(?:in|to|inside)\s+(?:north\s+korea|pyongyang|the\s+north)\b"
    # ... or one of its places named, or a base there: 'near Wonsan', 'in South Hamgyong province', 'training drone
    # operators at a base near Pyongyang', 'at camps outside Wonsan'
    rf"|\b(?:in|inside|near|at|around|outside)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:(?:sites?|bases?|camps?|ranges?|"
    rf"schools?|facilit(?:y|ies)|academ(?:y|ies))\s+(?:near|in|around|outside)\s+)?(?:(?:north|south)\s+)?{_NK_PLACE}\b"
)
# a place named where the training is, told by its capital letter ('in the Primorye region', 'at a range near
# Khabarovsk', "in Russia's Far East"): not North Korea's (IN_NORTH_KOREA), so the training is not at home
_PLACE_NAMED = re.compile(
    r"\b(?:in|inside|near|at|around|outside)\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z-]+\s+)?(?:sites?|bases?|camps?|ranges?|"
    r"schools?|facilit(?:y|ies)|academ(?:y|ies)|grounds?|airfields?)\s+(?:near|in|around|outside)\s+(?:the\s+)?)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|English|Russian|Korean)\b)[A-Z]"
)
STAFFS_BEFORE = re.compile(r"\bto\s+(?:staff|man|work\s+(?:on|at|in)|work)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}$")
MADE_IN_PLANTS = (Category.MISSILES, Category.AMMUNITION, Category.ARTILLERY)
# kit that troops named before work: 'North Korean troops were seen operating anti-aircraft guns near Kursk',
# 'trained on anti-aircraft guns' (the troops' use, no supply of the kit)
WORKED_BY_TROOPS_BEFORE = re.compile(
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


def plant_tells_item(low: str, start: int, end: int) -> bool:
    """Whether the weapons plant named at low[start:end] (its item's name; ' plants' or ' factories' after) tells a
    supply or know-how: not where people work ('engineers for its missile plants'), but one working to supply Russia
    or one upgraded."""
    if _STAFFED_PLANT_BEFORE.search(low, max(0, start - 60), start):
        return False
    return bool(_PLANT_SUPPLIES_AFTER.match(low, end) or _PLANT_WORKED_ON_BEFORE.search(low, max(0, start - 60), start))


AT_A_PLACE_BEFORE = re.compile(r"\b(?:to|at|in|into)\s+(?:a|an|the)\s+$")
# people who work at a weapons plant: 'engineers for its missile plants', 'sent to Russian shell factories' (not the
# plant as the subject or object of a verb: 'its shell factories are working around the clock to supply Russia',
# 'helped upgrade North Korea's missile factories' are supply and know-how)
_STAFFED_PLANT_BEFORE = re.compile(
    r"\b(?:for|at|in|into|to)\s+(?:(?:a|an|the|its|their|his|[\w-]+['’]s)\s+)?"
    r"(?:(?:russian|north\s+korean|korean|state|state-run|military|arms|munitions|artillery|ammunition|new|major|"
    r"several|two|three|\d+)\s+){0,3}$"
)
# an item counted as a maker's output: 'a hub for drone output of about 5,500 Geran drones a year' (not 'help boost
# drone output', drone know-how)
COUNTED_OUTPUT_AFTER = re.compile(rf"\s+(?:output|production)\s+of\s+(?:(?:{HEDGE_WORD}|up\s+to)\s+)?\d")
COUNTED_OUTPUT_BEFORE = re.compile(
    rf"\b(?:output|production|capacity)\s+of\s+(?:(?:{HEDGE_WORD}|up\s+to)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# the troops' own fighting with drones, and what filmed it: 'adapted to drone warfare', 'counter-drone tactics',
# 'published drone footage' (drone know-how only where Russia gives it: 'sharing its drone warfare experience')
DRONES_FOUGHT_AFTER = re.compile(r"\s+(?:warfare|tactics|footage|videos?)\b")
# the next entry of a list, know-how that names no item ('oil and military technology'; not 'missile and submarine
# technology', the head both share)
GENERIC_KNOW_HOW_NEXT = re.compile(
    r"\s*,?\s+(?:and|or|as\s+well\s+as|plus)\s+(?:military|advanced|modern|other|sensitive|new|key|critical|"
    r"cutting-edge|dual-use|defen[cs]e|weapons?)\s+(?:technolog(?:y|ies)|tech|know-how|expertise)\b"
)
# An item as the subject of a programme or of its development is know-how, not a delivery of the item.
PROGRAM_AFTER = re.compile(
    r"\s*(?:\([\w-]+\)\s*)?(?:[a-z-]+\s+){0,2}?(?:programs?|programmes?|development|capabilit(?:y|ies)|technolog(?:y|ies)|tech|know-how|expertise|"
    # a part of the item: 'helped North Korea fix the rocket engines'
    r"engines?)\b"
)
# ... and an item that technology is for: 'giving the North technology for its satellites and missiles'
KNOW_HOW_FOR_BEFORE = re.compile(
    r"\b(?:technolog(?:y|ies)|tech|know-how|expertise)\s+(?:for|on|related\s+to|to\s+(?:build|make|develop|improve))\b"
    r"[^.;:]{0,120}$"
)
KNOW_HOW_WORDS = re.compile("tech|know-how|expertise")
DEVELOPMENT_BEFORE = re.compile(
    r"\b(?:develop(?:ment|ing)?|advancements?\s+in|modernis\w*|moderniz\w*|help\w*\s+(?:\w+\s+){0,2}?build|improv(?:e|ing|ement)|"
    # ('helped Pyongyang refine the missiles' guidance systems', 'perfecting its satellite launchers')
    r"upgrad(?:e|ing)|enhanc(?:e|ing)|refin(?:e|ing)|perfect(?:ing)?|(?:accuracy|guidance|precision)\s+of)\s+(?:of\s+)?"
    r"(?:its\s+|their\s+|the\s+)?"
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
GUIDANCE_FOR_BEFORE = re.compile(
    r"\b(?:guidance|navigation|targeting)\s+systems?\s+(?:of|for|on)\s+"
    r"(?:its\s+|their\s+|the\s+|north\s+korea['’]s\s+|pyongyang['’]s\s+|the\s+north['’]s\s+)?(?:[\w-]+\s+){0,2}$"
)
# builders who could or may help rebuild ('North Korean builders could join the rebuilding of those areas')
MAY_HELP_REBUILD_AFTER = re.compile(
    r"s?\s+(?:from\s+(?:the\s+)?(?:dprk|north\s+korea|pyongyang)\s+)?(?:could|may|might|would)\s+(?:also\s+|soon\s+)?"
    r"(?:help|join|be\s+involved\s+in|take\s+part\s+in|assist)\b[^.;]{0,40}?\b(?:rebuild|restor|reconstruct)"
)
# ... a soldiery named with them: 'military builders', 'sappers and builders', 'builders from its army'
MILITARY_BUILDERS = re.compile(
    r"\b(?:military|army|armed|sappers?|deminers?|mine[- ]clear\w*|engineers?|troops?|soldiers?|servicemen|"
    r"contingents?)\b"
)
KNOW_HOW = (Category.TECHNOLOGY_TRANSFER, Category.DRONES)


HELP_WITH_BEFORE = re.compile(
    r"\b(?:help\w*|assist\w*|support\w*|aid|data|advice|expertise|technical|technolog\w*|know-how|guidance)\b"
    r"[^.;]{0,40}$"
)


def _trained_elsewhere(sentence: Sentence) -> bool:
    """Training told in Russia, for the war, or at a place named ('in the Primorye region', 'near Vladivostok':
    Russia's places need no list); asked only of a sentence that names none of North Korea's (taught_at_home)."""
    return TRAINED_IN_RUSSIA.search(sentence.low) is not None or _PLACE_NAMED.search(sentence.text) is not None


def taught_at_home(sentence: Sentence) -> bool:
    """Drone use taught in North Korea, or to North Koreans named afresh with no other place told ('Russia is
    training North Korean drone operators'; not '... in Kursk', '... in the Primorye region', nor 'troops sent to
    Russia were taught')."""
    if IN_NORTH_KOREA.search(sentence.low):
        return True
    return TAUGHT_AFRESH.search(sentence.low) is not None and not _trained_elsewhere(sentence)


MORE_ITEMS_AFTER = re.compile(
    r"\s*(?:,|and\b|or\b|as\s+well\s+as\b)\s*(?!(?:the|its|their)\s+(?:related\s+)?production\b)"
)
FOR_MAKING = re.compile(
    r"\s+(?:for|of|on|to\s+(?:build|make|produce|manufacture|mass-produce|assemble|develop))\s+"
    r"(?:(?!and\b|or\b)[\w'’-]+\s+){0,6}?"
)
