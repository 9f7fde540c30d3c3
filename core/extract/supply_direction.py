"""Who gives an item to whom: another country's supply or forces, Russia's giving to North Korea, the Soviet past."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.extract.context import CLAUSE_BREAK, clause_start
from core.extract.doubt_cues import asserts
from core.extract.sentences import Sentence
from core.models import Category

# Items someone else owns or fields: 'Ukrainian forces', 'Russian troops', 'its own missiles'.
OTHERS_BEFORE = re.compile(
    r"\b(?:ukrain\w*|ukraine['’]s|russian|russia['’]s|iranian|chinese|american|u\.s\.|us|western|south\s+korean|"
    # (not past North Korea's own words: 'Ukraine says DPRK troops'; items from North Korea below)
    r"nato|enemy|own|kyiv['’]s|moscow['’]s)\s+(?:(?!(?:dprk|nk|pyongyang['’]s|kpa)\b)[\w-]+\s+){0,2}$"
)
# a third country's aid or supply, the item listed in it or named before its noun ("Iran's aid to Pyongyang includes
# oil", "China's oil shipments to North Korea", 'Western aid to Kyiv includes shells'): not Russia's, nor North Korea's
OTHERS_SUPPLY_BEFORE = re.compile(
    r"\b(?:china|chinese|beijing|iran|iranian|tehran|india|indian|turkey|turkish|belarus|belarusian|syria|syrian|"
    r"western|the\s+west|american|u\.s\.|us|european|eu|japan|japanese|south\s+korea|south\s+korean|seoul|ukraine|"
    r"ukrainian|kyiv|nato)(?:['’]s)?\s+(?:(?:[\w-]+\s+){0,2}?(?:aid|assistance|shipments?|deliveries|exports?|supplies)"
    r"\b[^.;]{0,60}?\b(?:includ\w*|consist\w*\s+of|compris\w*)\s+"
    r"(?:(?!(?:while|but|as|whereas|though|although|which|who|and\s+(?:north|pyongyang|russia|moscow))\b)[\w-]+,?\s+){0,6}?$|(?:[\w-]+\s+){0,1}?$)"
)
OTHERS_SUPPLY_WORDS = ("aid", "assistance", "shipment", "deliveries", "export", "supplies")
# a share of another country's stocks or supply, where North Korea is named: the share it gives ('supplied 60% of
# Russia's artillery shells', 'half of Russia's shells now come from North Korea')
SHARE_OF_BEFORE = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|"
    r"most|much|the\s+bulk|(?:a|the)\s+(?:large|significant|big|major|growing)\s+(?:share|part|portion|proportion))"
    r"\s+of\s+(?:all\s+)?(?:the\s+)?$"
)


def clause_around(low: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding low[start:end]."""
    after = CLAUSE_BREAK.search(low, end)
    return clause_start(low, start), (after.start() if after else len(low))


# Items another country gives: 'Ukraine wants South Korea to send artillery shells and air defence systems',
# 'Washington has supplied missiles to Kyiv' (not North Korea's support, nor Russia's in return)
OTHER_GIVER_BEFORE = re.compile(
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
OTHER_GIVER_VERBS = ("send", "sent", "suppl", "provid", "giv", "gave", "deliver", "ship", "transfer")
# An item of history: given by the Soviet Union ('The Soviet Union supplied North Korea with MiG-29 fighters'), or
# placed by its clause in the last century ('Moscow sold Pyongyang MiG-29s in the late 1980s', 'during the Cold War')
SOVIET_GIVER_BEFORE = re.compile(
    r"\b(?:the\s+soviet\s+union|the\s+ussr|the\s+soviets|soviet\s+leaders?|soviet\s+moscow)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sent|supplied|provided|gave|delivered|sold|transferred|shipped|handed|helped|equipped)\b"
    r"(?:(?!\band\b|\bbut\b|\bnow\b|\btoday\b)[^.;])*$"
)
LAST_CENTURY = re.compile(
    # (not when the items were made: 'shells produced in the 1980s')
    r"(?<!\bproduced\s)(?<!\bmade\s)(?<!\bmanufactured\s)(?<!\bbuilt\s)(?<!\bdesigned\s)(?<!\bdeveloped\s)"
    r"(?<!\bstockpiled\s)(?<!\bstored\s)(?<!\bstockpiles\s)(?<!\bfielded\s)"
    r"\b(?:in|by|until|through)\s+(?:the\s+)?(?:late\s+|early\s+|mid-?\s*)?(?:19[0-9]0['’]?s|19\d\d)\b"
    r"|\bduring\s+the\s+cold\s+war\b|\bin\s+soviet\s+times\b"
    r"|\bduring\s+the\s+(?:1950-53\s+)?korean\s+war\b"
)
# a giver's own forces it supplies with items, no troops sent: 'Russia is not providing its soldiers with enough shells'
OWN_FORCES_SUPPLIED_BEFORE = re.compile(
    r"\b(?:provid|suppl|equip|arm|furnish|send)\w*\s+(?:its|their|his)\s+(?:own\s+)?(?:[\w-]+\s+)?$"
)
# ... or Russia's own forces it supplies items to: 'Russia is not providing enough ammunition to its troops'
RUSSIA_SUPPLIES_OWN_BEFORE = re.compile(
    r"\b(?:russia|moscow|the\s+kremlin)\b[^.;,]{0,30}?\b(?:provid|suppl|send|sent|deliver|ship|giv|gave)\w*\s+"
    r"(?:[\w-]+\s+){0,4}?to\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?$"
)
HISTORY_WORDS = ("soviet", "ussr", " 19", "cold war", "korean war")
# A sentence set in the past by its opening, which governs every clause after it ('During the Korean War, the Soviet
# Union supplied North Korea with MiG-15 jets, T-34 tanks and artillery'), unless it comes back to the present
# ('..., and Russia still supplies it with jets', '...; currently it supplies Russia with missiles'); a clause after a
# semicolon is a sentence of its own (mentions.py asks for the opening only before any ';')
HISTORY_OPENING = re.compile(
    r"^(?:during|in|throughout)\s+the\s+(?:(?:1950-53|1950-1953)\s+)?(?:korean|cold)\s+war\s*,"
    r"(?!.*\b(?:now|today|these\s+days|nowadays|currently|presently|at\s+present|still|this\s+year|since\s+20\d\d|"
    r"in\s+20\d\d)\b)"
)
RUSSIAN_GOODS = (Category.VEHICLES, Category.OTHER, Category.TECHNOLOGY_TRANSFER, Category.DRONES, Category.MISSILES)
# ... the receiving right before the item ('North Korea has received Russian fighter jets'; not 'received no', nor a
# welcome received beside Russian strikes), or the item placed in North Korea right after it
NORTH_KOREA_GETS = re.compile(
    r"\b(?:north\s+korea|pyongyang)(?!n)\b[^.;,]{0,25}?\b(?:receive[sd]?|receiving|obtain(?:ed|s)?|acquired?|got|gets?|"
    r"buys?|bought|buying|purchas(?:e|es|ed|ing)|import(?:s|ed|ing)?)"
    r"\s+(?!no\b)(?:[\w-]+\s+){0,3}$"
)
ARRIVAL_OF_BEFORE = re.compile(r"\b(?:arrival|delivery|deliveries|deployment|transfer|shipment)s?\s+of\s+$")
NONE_OF_BEFORE = re.compile(r"\b(?:no|any|not\s+(?:a|any)|zero|without)\s+(?:[\w-]+\s+){0,2}?$")
IN_NORTH_KOREA_AFTER = re.compile(r"\s+(?:in|to|at|near|around)\s+(?:pyongyang|north\s+korea(?!n)|the\s+north\b)")
# (North Korea the destination right after the item: 'Russian oil to the DPRK')
DESTINED_FOR_NORTH_KOREA = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:to|into|for)\s+(?:pyongyang|north\s+korea(?!n)|the\s+north\b|(?:the\s+)?dprk)\b"
    # (not a supply imagined: 'Russian Su-27s sent to Pyongyang would be a big upgrade')
    r"(?![^.;]*?\b(?:would|could|might|unconfirmed|not\s+(?:been\s+)?confirmed)\b)"
)
# ... unless none is told: 'there were no confirmed deliveries of Russian combat aircraft to the North'
NONE_BEFORE = re.compile(r"\b(?:no|not|never|nor|without|zero)\b[^.;,]{0,40}$")
PLACED_IN_NORTH_KOREA_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:stationed|deployed|installed|set\s+up|delivered|arriv\w+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:around|near|in|to|at)\s+(?:pyongyang|north\s+korea(?!n)|wonsan|rajin)\b"
)
FROM_NORTH_KOREA_AFTER = re.compile(r"\s+(?:from|of)\s+(?:north\s+korea|pyongyang|the\s+dprk|dprk|the\s+north)\b")
FROM_RUSSIA_WORDS = re.compile(r"russian|russia['’]s|moscow['’]s")


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
RUSSIAS_SUPPLY_OF = re.compile(
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
        return (_RUSSIA_GIVES.search(low) is not None or RUSSIAS_SUPPLY_OF.search(low) is not None) and asserts(low)
    opening = _IT_OPENING.match(low)
    return (
        opening is not None
        and _RUSSIA_GIVES.match(f"russia{low[opening.end() :]}") is not None
        and asserts(low)
        and pronoun_is_russia()
    )


_IT_OPENING = re.compile(r"\W*it(?=\s)")
