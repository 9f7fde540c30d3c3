"""Whose figure it is: the countries that act in a sentence, and whether a figure is North Korea's support for
Russia (or Russia's for North Korea) rather than another country's forces or holdings."""

from __future__ import annotations

import re
from functools import lru_cache

from core.extract.context import NK_GETS, RU_TO_NK
from core.extract.numbers import Quantity
from core.extract.numerals import HEDGE_WORD
from core.lexicon import Lexicon
from core.models import Category
from core.voices import AGREES_THAT, DECLARES_SUPPLY, REVISES

_CAPTOR_BEFORE = re.compile(
    r"\b(?:ukrain\w*|kyiv|zelensk\w*)\b[^.;]{0,60}\b(?:captur\w*|took|taken|shown|holds?|killed|kill)"
)


_COUNTRY = re.compile(
    r"\b(?:north\s+korea(?:n|ns|'s|’s)?|n\.\s*korea(?:n|ns|'s|’s)?|dprk|(?<!daily\s)nk(?!\s+(?:news|pro)\b)|pyongyang"
    r"|the\s+north|kim\s+jong[\s-]un|democratic\s+people['’]s\s+republic\s+of\s+korea"
    # (Ukrainian copy names Russia by what it does: 'the occupiers launched 99 missiles')
    # (not 'the North Korean occupiers', nor KCNA's 'US invaders')
    r"|(?P<ru>russia(?:n|ns|'s|’s)?|moscow|kremlin|putin|(?<!korean\s)(?:occupiers|occupying\s+forces)"
    r"|aggressor\s+(?:country|state))"
    r"|(?P<other>ukrain(?:e|ian|ians|e's|e’s)|kyiv|kiev|zelensk\w*|iran(?:ian|ians|'s|’s)?|tehran|china|chinese|beijing"
    r"|united\s+states|u\.s\.|america(?:n|ns)?|washington|south\s+korea(?:n|ns|'s|’s)?|seoul|belarus\w*|syria\w*"
    r"|nato|europe(?:an)?|(?:the\s+)?eu|european\s+union|israel\w*|japan(?:ese)?|poland|polish|britain|british|germany|german|france|french"
    r"|the\s+uk(?![-.\w])"  # (not 'the UK-based centre', whose country is no actor)
    r"|minsk|tokyo|london|paris|berlin|warsaw|brussels))\b",
)


# A country right after these words is where support goes or a place, not who acts: 'supplied Russia with'.
_RECIPIENT_BEFORE = re.compile(
    r"(?<![\w-])(?:to|in|into|for|from|with|of|against|on|at|inside|across|near|between|toward|towards|alongside|beside|"
    r"supplied|supplies|"
    r"supply|"
    r"supplying|sent|send|sends|sending|given|gave|give|gives|giving|provided|provide|provides|providing|assisted|"
    r"assist|assists|assisting|helped|help|helping|aided|aid|aiding|support|supporting|supports|supported|join|"
    r"joined|deliver(?:ed|s|ing)?|ship(?:ped|s|ping)?|arm(?:ed|s|ing)?|hand(?:ed|s|ing)?|s[eo]ll(?:s|ing)?|sold|"
    # 'in eastern Russia': a compass word between the preposition and the country
    r"offer(?:ed|s|ing)?|promis(?:ed|es|e|ing)|pledg(?:ed|es|e|ing)|len[dt]|pass(?:ed|es|ing)?|and|"
    # 'the soldiers thought to have reached Russia': where they went
    r"reach(?:ed|es|ing)?|enter(?:ed|s|ing)?"
    # 'rejected a claim by Seoul that it had sent': the country that claims is a source
    r"|(?:claims?|reports?|allegations?|assessments?|estimates?|briefings?|accused)\s+by"
    # 'told Russian media that ...': the audience
    r"|told|tells|telling"
    # 'fired at Ukrainian cities, among them Kyiv': places listed
    r"|among\s+them"
    r")\s+(?:the\s+)?(?:(?:north|south|far)?[a-z]*ern\s+)?$",
)


# A country's word before a place noun names the place: 'Russian territory', 'Ukrainian soil'.
_PLACE_AFTER = re.compile(r"\s+(?:territory|territories|soil|land|lands|airspace|border|borders|oblasts?|regions?)\b")
# ... and before a research body it names where the body sits: 'a London defence think tank', 'a UK-based non-profit
# research group', 'analysts at a London think tank' (not 'the London government', 'a British official')
_SEAT_BEFORE = re.compile(r"\b(?:an?|the)\s+$")
_SEAT_OF_A_BODY_AFTER = re.compile(
    r"(?:-based)?\s+(?:[\w-]+\s+){0,2}?(?:think[\s-]+tanks?|research\s+(?:groups?|bod(?:y|ies)|institutes?|"
    r"cent(?:re|er)s?|organi[sz]ations?|firms?)|non-?profits?|institutes?|monitoring\s+groups?|ngos?)\b"
)
# ... and before a conveyance it names the carrier, not who sends: 'ferried by Russian navy vessels', 'aboard
# Russian military aircraft'.
_CARRIER_BEFORE = re.compile(r"\b(?:by|aboard|on|in|via)\s+(?:an?\s+|the\s+)?$")
_CARRIER_AFTER = re.compile(
    r"(?:\s+(?:navy|naval|military|air\s+force|cargo|transport|state|government|chartered))*\s+"
    r"(?:vessels?|ships?|planes?|aircraft|trains?|transports?|ferr(?:y|ies)|flights?|airlines?|jets?)\b"
)
_PUTINS_TITLES = re.compile(r"(?:(?:russian|russia['’]s|kremlin)\s+)?(?:(?:president|leader)\s+)?(?:vladimir\s+)?$")


_RELATIVE_AFTER = re.compile(
    # ('missiles to Russia, which have been used': a plural verb's relative clause is the item's, not the country's)
    r",?\s+(?:which|who|that)\s+(?:has|had|is|was|already|also|reportedly)\b"
    # 'China sold Russia drone engines, and North Korea has provided 20,000 containers': a clause of its own
    r"|\s+(?:(?:has|have|had|also|already|reportedly)\s+){0,2}(?:sending|supplying|providing|deploying|dispatching|"
    r"having\s+sent|sent|supplied|provided|deployed|shipped|delivered|transferred|dispatched)\b"
)


_FORCE_OF = re.compile(r"\b(?:army|armed\s+forces|military|troops|forces|soldiers|units)\s+of\s+(?:the\s+)?$")
# A person labelling a turn of an interview or transcript ('Zelensky: ...') speaks; the label opens the line.
_PERSON = re.compile(r"zelensk\w*|putin|kim\s+jong[\s-]un")
_TURN_LABEL = re.compile(r"\W{0,3}(?:[\w.'’-]+\s+){0,3}")  # ('President Volodymyr Zelensky: ...')
_LABEL_COLON = re.compile(r":\s")
# a state's declaration to the UN of what it supplied: 'declared 15,279 barrels', 'notified the committee of 15,279'
_DECLARED_BEFORE = re.compile(
    rf"\b(?:declared|notified\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?of|reported\s+delivering|exported|filed|"
    rf"(?:exports|deliveries|shipments)\s+of)\s+(?:(?:{HEDGE_WORD}|some|about)\s+)?"
    # ... and the next of a list of such figures: 'exported 241,114 barrels of refined petroleum in 2018 and 277,365'
    r"(?:[\d,]+\s+(?:barrels\s+)?(?:of\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:for|in)\s+\w+(?:\s+\d{4})?\s*,?\s+(?:and\s+)?)?$"
)  # ('it exported 241,114 barrels in 2018', 'listed exports of 241,114 barrels', 'had filed 44,655 barrels')
# ... not what went to any other buyer, named or not ('exported 60,000 barrels to Mongolia', '... to Asian buyers')
_EXPORTED_ELSEWHERE = re.compile(
    r"\bexport\w*\b[^.;]{0,80}?\b(?:to|for)\s+(?!north\s+korea|pyongyang|(?:the\s+)?dprk\b|the\s+north\b|"
    r"(?:the\s+)?(?:un|u\.n\.|united\s+nations)\b|its\s+neighbou?r\b)(?:the\s+)?[a-z]"
)
# a speaker and its word right after a country's label: 'South Korea: The NIS told lawmakers ...'
_SPEAKS_AFTER_LABEL = re.compile(
    r"[^.;:\d]{0,60}?\b(?:said|says|told|tells|estimates?|estimated|reported|reports|believes?|claims?|claimed|"
    r"counts?|counted|puts?)\b"
)
# a figure right after a country's label: '- Kyiv: about 12,000 in Kursk' (the country names whose count it is)
_FIGURE_AFTER_LABEL = re.compile(rf"(?:(?:{HEDGE_WORD}|another|a\s+further)\s+)?[0-9]")
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:our|we|us)\b")
_ATTRIBUTION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:nis|jcs|mnd|hur|gur|dia|national\s+intelligence|ministry|intelligence|military\s+intelligence|"
    r"joint\s+chiefs|defen[cs]e\s+ministry|spy\s+agency|officials?|government|lawmakers?)\b(?!\s+(?:has|have|sent|is))"
    # ... or its people's: "the Ukrainian leader's own count", "the South Korean spy agency's estimate"
    r"|\s+(?:[\w-]+\s+)?[\w-]+['’]s\s+(?:own\s+|latest\s+|new\s+|updated\s+)?(?:estimate|assessment|count|tally|"
    r"reckoning)\s+of\s+(?:the\s+)?(?:north\s+korea\w*|pyongyang\w*|dprk|the\s+north\w*)"
    r"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:estimate|assessment|figure|count|tally|intelligence|officials?|"
    r"government|military|spy|defen[cs]e)\b(?!\s+(?:has|have|had|is|was)?\s*(?:sent|shipped|supplied|provided|"
    r"delivered|deployed|transferred|dispatched)\b)"  # "Kim Jong Un's government has shipped": it acts
    r"|(?:['’]s)?\s+(?:[\w'’-]+\s+){0,6}?(?:said|says|say|estimated|estimates|estimate|believes|believe|reported|reports|told|"
    r"claimed|claims|warned|stated|confirmed|assessed|assesses|thinks|acknowledged|announced|noted|revealed|"
    r"denied|denies|dismissed|rejected|cited|cites|cite|saying|"
    # 'Seoul, Washington and Kyiv broadly agree that about 11,000 soldiers went'
    rf"{AGREES_THAT}|"
    # 'in which Russia declared 50,523 barrels': its return to the UN
    rf"(?:declared|declares|declaring|reporting){DECLARES_SUPPLY}|"
    # 'Zelensky has given higher figures'
    r"(?:gave|given|give|gives|offered)\s+(?:[\w-]+\s+){0,2}?(?:figures?|estimates?|numbers?|tally|count)|"
    # 'Seoul puts the number of North Korean troops at 11,000'
    r"(?:puts?|putting)\s+(?:it|them|(?:the\s+)?(?:number|figure|total|toll|tally|estimate|count))|"
    # 'Kyiv raised its estimate of North Korean casualties to 4,000'
    rf"{REVISES}(?:its|their)\s+"
    r"(?:[\w-]+\s+)?(?:estimate|count|tally|figure|assessment))\b"
    # 'Zelensky went further on Dec. 23, putting the toll at 3,000': the figure given after the clause (the subject
    # only: _actors; not past what the subject acts on: 'disclosed North Korea's support to Russia, estimating')
    r"|(?P<clause_first>\s+(?:(?!to\s|of\s)[\w.-]+\s+){0,6}?[\w.-]+,\s+(?:putting|estimating)\s+"
    r"(?:it|them|(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:number|figure|total|toll|tally|estimate|count|losses|casualties)\b)",
)


# the words before a sentence's subject: 'Zelensky', 'President Zelensky', 'On Monday, Kyiv'
_SUBJECT_OPENING = re.compile(r"\W*(?:[\w.'’-]+,?\s+){0,3}")
_PASSIVE = re.compile(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|now\s+)?"
    r"(?:estimated|believed|thought|said|reported|claimed|assessed|understood|known|alleged)\s+to\b"
)


# the agent of a passive word of speech: 'is estimated by South Korean and Western intelligence to have sent'
_SPEECH_AGENT_BEFORE = re.compile(
    r"\b(?:estimated|believed|thought|said|reported|assessed|understood|alleged|claimed|considered)\s+by\s+"
    r"(?:the\s+)?(?:[\w'’-]+,?\s+){0,4}$"
)

# the agent of what is done with North Korea's troops or arms: 'North Korean soldiers deployed by Russia'
_USED_BY_BEFORE = re.compile(
    r"\b(?:deployed|sent|used|commanded|led|trained|armed|equipped|moved|brought|thrown|recruited|fielded)\s+by\s+"
    r"(?:the\s+)?$"
)


NK_OWN_WORDS = re.compile(
    r"\b(?:north\s+koreans?|n\.\s*koreans?|dprk|(?<!daily\s)nk(?!\s+(?:news|pro)\b)|pyongyang'?s?|kn-?2[345]s?|"
    r"hwasong-?11\w*|koksans?|m-?1989s?|m-?1991s?|bulsae-?\d?)\b"
)


# the second part of a toll whose first names the North Koreans: '150 North Korean soldiers killed and 320 wounded'
_OTHER_PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:russian|ukrainian|ukraine['’]s|russia['’]s)\s+(?:soldiers|troops|servicemen|personnel|men|"
    r"fighters|marines|paratroopers|civilians)\b"
)
_NK_TOLL_BEFORE = re.compile(
    r"\b(?:north\s+korean|dprk)\s+(?:soldiers|troops|servicemen|fighters|personnel)\s+"
    r"(?:(?:were|had\s+been|have\s+been)\s+)?(?:killed|wounded|dead|injured|captured)\s*(?:,\s*|\s+)(?:and\s+)?"
    r"(?:another\s+)?$"
)
NK_SOURCE_AFTER = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:from|of|(?:made|produced|manufactured|built)\s+(?:in|by))\s+"
    r"(?:north\s+korea|the\s+dprk|dprk|pyongyang)\b"
    # ... or given by them: 'Russia has received 1,000 workers pledged by Pyongyang', 'laborers sent by the North'
    r"|^\s*,?\s*(?:(?:that|which)\s+(?:were|was|have\s+been|had\s+been)\s+)?(?:sent|supplied|provided|pledged|"
    r"promised|dispatched|deployed|shipped|delivered|transferred|given)\s+by\s+"
    r"(?:north\s+korea|the\s+dprk|dprk|pyongyang|the\s+north|kim\s+jong[\s-]un)\b"
    # ... or said to be theirs: '80 dead soldiers thought to be North Korean', 'who appeared to be North Korean'
    r"|^\s*,?\s*(?:(?:who|that)\s+)?(?:were\s+|are\s+)?(?:thought|believed|said|presumed|identified|appeared|"
    r"appear|seemed|likely)\s+(?:to\s+be\s+|as\s+)(?:north\s+korean|from\s+north\s+korea)"
)

# ... or 'the North' as where they were taken from to Russia: 'Russian navy ships carried 1,500 special forces from the
# North to Russia' -- the North as written, a name ('from the north to Russia's Kursk region' is a compass point)
_FROM_THE_NORTH_TO_RUSSIA = re.compile(
    r"\s*from\s+the\s+(?P<north>north)\s+(?:to|into)\s+(?:russia|vladivostok|the\s+russian\s+far\s+east)\b"
)


def _from_the_north_to_russia(text: str, np_end: int, cased: str) -> bool:
    """Whether what the figure counts was taken 'from the North to Russia', the North written as a name."""
    if "from the north" not in text[np_end : np_end + 20]:  # (a cheap look first)
        return False
    match = _FROM_THE_NORTH_TO_RUSSIA.match(text, np_end)
    return match is not None and cased[match.start("north")] == "N"


RU_HANDS_OVER = re.compile(
    r"\b(?:provid|suppl|transferr?|gave|give|given|hand|deliver|ship|sen[dt]|sold|sell|install|station)\w*\b"
)


_RU_ASKS_FOR = re.compile(
    r"\b(?:seeks?|sought|seeking|wants?|wanted|asked\s+(?:\w+\s+)?for|asks\s+(?:\w+\s+)?for|asking\s+(?:\w+\s+)?for|"
    r"requests?|requested|"
    r"recruit(?:s|ed|ing)?|hires?|hired|hiring)\b"
)
# (the request governing the figure: 'requested as many as 50,000 more workers', 'is asking for another 10,000')
_REQUESTED_RIGHT_BEFORE = re.compile(
    r"\b(?:requested|requests?(?:\s+for)?|asked\s+(?:[\w-]+\s+)?for|asks\s+(?:[\w-]+\s+)?for|asking\s+(?:[\w-]+\s+)?for|"
    r"seeks|sought|seeking)\s+(?:(?:another|an?\s+(?:additional|further))\s+)?"
    rf"(?:{HEDGE_WORD}\s+)?$"
)
# people of elsewhere: 'migrant workers', 'contract soldiers', 'workers from Central Asia'
_HIRED_ELSEWHERE = re.compile(
    r"\b(?:migrants?|migrant|contract|central\s+asian?|tajik\w*|uzbek\w*|kyrgyz\w*|russian|foreign)\b|"
    r"\bfrom\s+(?!north\s+korea|pyongyang|the\s+north\b|the\s+dprk|dprk)"
)
_OTHER_COUNTRY = re.compile(r"\b(?:china|chinese|iran\w*|india\w*|turk\w*|belarus\w*|syria\w*|europe\w*)\b")
_SHIPPED_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:shipped|delivered|supplied|sent|transferred)\b"
)
_RU_RECEIVES = re.compile(r"\b(?:receiv|obtain|acquir|import|bought|buy|got|get)\w*\b")


# Russia's own losses in a daily tally: '... includes 1,130 casualties Russian forces suffered over the past day'
_RUSSIA_SUFFERED_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?:russian|russia['’]s)\s+(?:forces|troops|army|military|soldiers)\s+"
    r"(?:have\s+|had\s+|has\s+)?(?:suffered|sustained|incurred|took|lost)\b"
)
_OTHER_RECIPIENT = re.compile(
    r"[^.;]{0,30}?\b(?:to|for)\s+(?:ukrain\w*|kyiv|iran\w*|syria\w*|belarus\w*|china|chinese|its\s+own)"
)


# Ukraine as the recipient: what its backers send it ('Germany said it would send Ukraine 2,000 more drones',
# 'pledged 500 drones to Ukraine') is no support between North Korea and Russia
_UKRAINE_GETS_BEFORE = re.compile(
    r"\b(?:send|sends|sent|sending|give|gives|gave|giving|supply|supplies|supplied|supplying|provide|provides|"
    r"provided|providing|deliver|delivers|delivered|delivering|pledged|pledges|promised|promises|offered|offers)\s+"
    rf"(?:ukraine|kyiv|kiev|ukrainian\s+forces)\s+(?:with\s+)?(?:(?:another|an\s+additional|{HEDGE_WORD})\s+)?$"
)
_UKRAINE_GETS_AFTER = re.compile(r"\s+(?:to|for)\s+(?:ukraine|kyiv|kiev|ukrainian\s+forces)\b(?!['’]s)")


# Another country's own figure: "Russia's 50,000-strong force", "Ukraine's 20,000 troops in Kursk"
_OTHER_OWNER_BEFORE = re.compile(
    r"\b(?:russia|moscow|the\s+kremlin|ukraine|kyiv|china|beijing|iran|the\s+us|america|south\s+korea|seoul|nato)"
    rf"['’]s\s+(?:{HEDGE_WORD}\s+)?$"
)
# ... or a third country's goods where North Korea sends nothing: 'its most modern jets are 35 MiG-29s delivered by
# the Soviet Union' (not 'North Korea has sent 100 tanks originally supplied by the Soviet Union')
MADE_BY_OTHER_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+were\s+)?(?:delivered|supplied|sold|provided|given|built|bought|purchased|acquired|"
    r"received)\s+(?:by|from)\s+(?:the\s+)?(?:soviet|ussr|china|chinese|iran|belarus)"
)
NK_SENDS_BEFORE = re.compile(
    # (the DPRK too: 'claims that the DPRK sent Russia around 9 million rounds')
    r"\b(?:north\s+korea|pyongyang|the\s+north|dprk)\b[^.;]{0,60}?\b(?:sent|supplied|shipped|delivered|provided|"
    r"transferred|handed\s+over|"
    # (or sends now: 'the North ships shells to Russia', 'Pyongyang is sending shells')
    r"sends|supplies|ships|delivers|provides|transfers|sending|supplying|shipping|delivering|providing|transferring)\b"
)
# the items a relative clause says North Korea sent: 'the 11,000 troops North Korea has sent to Russia'
_NK_SENT_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:north\s+korea|pyongyang|the\s+north|the\s+north\s+korean\s+regime|"
    r"kim(?:\s+jong[\s-]un)?)\s+(?:has\s+|had\s+|have\s+|is\s+|will\s+)?(?:already\s+|reportedly\s+)?"
    r"(?:sent|sending|send|deployed|dispatched|supplied|provided|shipped|delivered|transferred)\b"
    # (not 'the 3,000 troops North Korea has deployed along its border')
    r"(?![^.;,]{0,30}?\b(?:along|border|at\s+home|inside\s+north\s+korea|near\s+the\s+dmz)\b)"
)
# a force that went to Russia: 'the 11,000-strong contingent sent to Russia last autumn'
_SENT_TO_RUSSIA_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:sent|dispatched|deployed)\s+to\s+russia\b(?!['’])"
)
_FOR_OTHER_COUNTRY = re.compile(
    r"\s*(?:for|of|by|from)\s+(?:the\s+)?(?:ukrain\w*|kyiv|iran\w*|china|"
    r"chinese|belarus\w*|nato|the\s+west|western)"
)


# 'It has also supplied shells', 'They have lost about 1,000 men': a pronoun that opens the sentence as the subject
# of a supply or a loss, North Korea when the sentences before are about it
PRONOUN_SUBJECT = re.compile(
    r"\W*(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|reportedly|since|now)\s+)?"
    r"(?:lost|sent|supplied|shipped|provided|delivered|deployed|dispatched|transferred|given|handed\s+over)\b"
)
_JOINT_FORCE = re.compile(
    r"\b(?:russian|ukrainian)\s+and\s+north\s+korean\b|\bnorth\s+korean\s+and\s+(?:russian|ukrainian)\b"
)


PERSONNEL = frozenset({Category.TROOPS, Category.CASUALTIES, Category.WORKERS})


_FIRED_ITEMS = (Category.MISSILES, Category.AMMUNITION, Category.ROCKET_LAUNCHERS)
_FIRED_RIGHT_BEFORE = re.compile(rf"\b(?:fired|launched|used|fires|launches|uses)\s+(?:{HEDGE_WORD}\s+)?$")
_OF_THEM_AFTER = re.compile(r"\s+of\s+them\b")
# the missiles named before, called back: 'launched at least one of these ballistic missiles', 'used at least one such
# missile', 'fired two of those rockets' (not 'of these types', a kind)
FIRED_ITEMS_CALLED_BACK = re.compile(
    r"\s+(?:of\s+(?:these|those)|such)\s+(?:(?!types?\b|kinds?\b)[\w-]+\s+){0,2}?(?:missiles?|rockets?)\b"
)
_FIRED_ITEM_WORD = re.compile(r"\b(?:missiles?|rockets?|shells?|rounds?|iskanders?|launchers?)\b")
# what a sentence calls the items it counted: 'Russia launched four ballistic missiles, which it identified as North
# Korean KN-23s'
CALLED_NORTH_KOREAN_AFTER = re.compile(
    r"\b(?:identified|confirmed|described)\s+as\s+(?:being\s+)?north\s+korean\b|\b(?:were|are)\s+(?:all\s+)?"
    r"(?:made|produced|manufactured)\s+(?:in|by)\s+(?:north\s+korea|pyongyang)\b"
)


def anchor(text: str, q: Quantity, np_end: int, category: Category, lexicon: Lexicon, cased: str = "") -> str | None:
    """'strong' when the figure is North Korea's (or Russia's to North Korea), 'weak' when only the
    article says so, None when the sentence makes it another country's. `cased`: the sentence as written, `text`
    lower-cased."""
    if " and " in text[q.end : np_end] and _JOINT_FORCE.search(text, q.end, np_end):
        return None  # '50,000 Russian and North Korean troops': a joint force's size, no North Korean figure
    if (
        NK_OWN_WORDS.search(text[q.end : np_end])
        or NK_SOURCE_AFTER.match(text[np_end:])
        or (cased and _from_the_north_to_russia(text, np_end, cased))
    ):
        return "strong"  # '30 North Korean soldiers', '12,000 workers from North Korea', 'KN-23 missiles'
    if (
        category is Category.CASUALTIES
        and _NK_TOLL_BEFORE.search(text, max(0, q.begin - 80), q.begin)
        and not _OTHER_PEOPLE_AFTER.match(text, q.end)
    ):
        return "strong"  # '150 North Korean soldiers killed and 320 wounded' (not '... and 100 Russian soldiers')
    if (other := lexicon.other_nationality_re.search(text[q.end : np_end])) or _FOR_OTHER_COUNTRY.match(text, np_end):
        if (
            other
            and other.group().startswith("russia")
            and category is Category.OTHER
            and (RU_TO_NK.search(text) or NK_GETS.search(text, 0, q.begin))
        ):
            return "strong"  # '2.5 million barrels of Russian oil were delivered to North Korea': Russia's supply
        return None
    if category is Category.CASUALTIES and _RUSSIA_SUFFERED_AFTER.match(text, np_end):
        return None  # '... includes 1,130 casualties Russian forces suffered over the past day': Russia's own
    if _OTHER_OWNER_BEFORE.search(text, max(0, q.begin - 40), q.begin):
        return None  # "Russia's 50,000-strong force in Kursk": that country's own
    if _NK_SENT_AFTER.match(text, np_end):
        return "strong"  # 'in exchange for the more than 10,000 troops North Korea has sent'
    if category in PERSONNEL and _SENT_TO_RUSSIA_AFTER.match(text, np_end) and lexicon.nk_re.search(text):
        return "strong"  # 'belonged to the roughly 11,000-strong contingent sent to Russia', whoever captured them
    begin = q.begin
    actor = actor_before(text, begin)
    if (
        actor != "nk"
        and category not in PERSONNEL
        and (_UKRAINE_GETS_BEFORE.search(text, max(0, begin - 60), begin) or _UKRAINE_GETS_AFTER.match(text, np_end))
    ):
        return None  # 'the UK would send Ukraine 1,000 more drones': Ukraine's backers, not North Korea
    if MADE_BY_OTHER_AFTER.match(text, np_end) and not NK_SENDS_BEFORE.search(text, 0, begin):
        return None  # '35 MiG-29s delivered by the Soviet Union', where North Korea sends nothing
    if actor == "nk":
        return "strong"
    if actor == "other" and not (category is Category.CASUALTIES and _CAPTOR_BEFORE.search(text, 0, begin)):
        return None
    if actor == "ru":
        # Russia acting: only a hand-over to North Korea counts ('Moscow transferred ... to North Korea'), or
        # North Koreans it asks for ('a Russian region seeks 2,000 North Koreans')
        if category in PERSONNEL:
            asks = _RU_ASKS_FOR.search(text, max(0, begin - 60), begin)
            if asks is None:
                return None
            if NK_OWN_WORDS.search(text, q.end, np_end + 40):
                return "strong"
            # 'Moscow had requested as many as 50,000 more workers', in a story on the two: asked of North Korea
            # (not 'recruited 20,000 workers from Central Asia', 'wants 5,000 more soldiers': its own hiring; nor
            # 'a source who requested anonymity said Moscow had 50,000 troops')
            requested = _REQUESTED_RIGHT_BEFORE.search(text, max(0, begin - 60), begin) is not None
            others = _OTHER_COUNTRY.search(text) or _HIRED_ELSEWHERE.search(text, q.end, np_end + 25)
            return "weak" if requested and not others else None
        hands_over = RU_HANDS_OVER.search(text, max(0, begin - 100), begin) and not _OTHER_RECIPIENT.match(text, np_end)
        if RU_TO_NK.search(text) or hands_over:
            return "strong"
        if _RU_RECEIVES.search(text, max(0, begin - 120), begin):
            return "strong" if lexicon.nk_re.search(text) else "weak"
        if category in _FIRED_ITEMS and _FIRED_RIGHT_BEFORE.search(text, max(0, begin - 30), begin):
            # ('stockpiled Iskander missiles ... launched 15 of them': no supply)
            if (_OF_THEM_AFTER.match(text, q.end) or FIRED_ITEMS_CALLED_BACK.match(text, q.end)) and not (
                _FIRED_ITEM_WORD.search(text, 0, begin)
            ):
                # 'Russia has fired 20 of them at Kharkiv', 'launched at least one of these missiles' after North
                # Korea's missiles: of its supply
                return "weak"
            if CALLED_NORTH_KOREAN_AFTER.search(text, np_end):
                return "strong"  # 'Russia launched four missiles, which it identified as North Korean KN-23s'
        if (
            category is Category.OTHER
            and _DECLARED_BEFORE.search(text, max(0, begin - 100), begin)
            and not _OTHER_COUNTRY.search(text)  # ('exported 5 million barrels to China')
            and not _EXPORTED_ELSEWHERE.search(text)  # ('exported 60,000 barrels to Mongolia')
        ):
            # 'Moscow declared 15,279 barrels for January': what Russia reports to the UN it supplied North Korea
            return "strong" if lexicon.nk_re.search(text) else "weak"
        if category is Category.OTHER and _SHIPPED_AFTER.match(text, np_end) and not _OTHER_COUNTRY.search(text):
            # 'Russia appears to have blown through that limit: ... a million barrels were shipped': what Russia
            # supplies, shipped, in an article about North Korea
            return "weak"
        return None
    if lexicon.nk_re.search(text):
        return "strong"
    return "weak"


def actors_of(text: str) -> tuple[tuple[int, str, int | None], ...]:
    """Country mentions that can act in a lower-cased sentence: (start, kind, end of an attribution after it)."""
    return _actors(text)


def names_another_country(text: str) -> bool:
    """Whether a lower-cased sentence names any country but North Korea, as actor, recipient or place."""
    return any(m["ru"] or m["other"] for m in _COUNTRY.finditer(text))


def actor_before(text: str, position: int) -> str | None:
    """Whose action the figure is: the last country named before it that is not a recipient, place or source."""
    actor = None
    listed = _LISTED_BEFORE.search(text, max(0, position - 16), position) is not None
    for start, kind, attribution_end in _actors(text):
        if start >= position:
            break
        if attribution_end is not None and attribution_end <= position:
            continue  # 'Kyiv says ...', 'South Korea's spy agency estimated ...': a source, not an actor
        if listed and kind == "nk" and actor == "ru" and _COUNTED_BEFORE.search(text, max(0, start - 30), start):
            continue  # 'Russia launched four North Korean missiles and 57 drones': the word describes the four
        actor = kind
    return actor


def owner_before(text: str, position: int) -> str | None:
    """Whose 'its' or 'their' a figure is: the last country named before it, a speaker among them ('Ukraine said 500
    of its soldiers were wounded' counts Ukraine's own)."""
    owners = [kind for start, kind, _ in _actors(text) if start < position]
    return owners[-1] if owners else None


# 'WASHINGTON (AP) — ', 'SEOUL, Nov 5 (Reuters) - ', 'KYIV, Ukraine -- ': a dateline opening wire copy (an agency
# in brackets, or a long dash: 'Russia, in 2024 - ' is no dateline)
_DATELINE = re.compile(
    r"[a-z]+(?:\s[a-z]+)?(?:,\s*[a-z0-9. ]{2,20})?\s*(?:\([\w .-]{1,20}\)\s*(?:—|–|--|-)|(?:—|–|--))\s"
)
_LISTED_BEFORE = re.compile(rf"(?:,|\band)\s+(?:(?:{HEDGE_WORD}|another)\s+)?$")
_COUNTED_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"millions?))\s+(?:of\s+)?(?:[a-z-]+\s+)?$"
)


def _joint_subject(text: str, found: list[tuple[int, str, int | None]], start: int) -> bool:
    """'Moscow and Pyongyang (are to) complete the transfer': the country after 'and' acts with the actor right
    before it, where the two transfer something between them (not 'sent troops to Russia and Pyongyang', where the
    first is a recipient and was left out; nor 'Russia and North Korea lost 4,000 soldiers', 'have massed 50,000
    troops': a joint force's)."""
    if not found or not text.endswith(" and ", 0, start):
        return False
    clause_end = _CLAUSE_END.search(text, start)
    if not _TRANSFER.search(text, start, clause_end.start() if clause_end else len(text)):
        return False
    before = _COUNTRY.match(text, found[-1][0])
    return (
        before is not None
        and _JOINED.fullmatch(text, before.end(), start) is not None
        # (countries, not adjectives: 'Russian and North Korean units' are a joint force, whoever's losses)
        and not before.group().endswith(("ian", "ean"))
    )


_JOINED = re.compile(r"\s+and\s+")
# the source a figure is told by, no actor: 'according to Kyiv', 'Per Kyiv, the number ...'
_SOURCE_BEFORE = re.compile(r"(?:\baccording\s+to|(?:^|[,(]\s*)per)\s*$")
_TRANSFER = re.compile(r"\b(?:transfer|transferring|dispatch|dispatching|sending|send)\b")
_CLAUSE_END = re.compile(r";|,\s+(?:and|while|but|adding|whereas)\b|\s(?:while|whereas)\s")


# A pure function of the sentence, memoised: wire copy repeats sentences within and across articles.
@lru_cache(maxsize=512)
def _actors(text: str) -> tuple[tuple[int, str, int | None], ...]:
    """Country mentions of a sentence that can act: (start, 'nk'|'ru'|'other', end of an attribution verb
    right after it, if any). Recipients, places and possessives are left out. Computed once per sentence."""
    found: list[tuple[int, str, int | None]] = []
    dateline = _DATELINE.match(text)
    for match in _COUNTRY.finditer(text, dateline.end() if dateline else 0):  # not where the story was filed
        start = match.start()
        before = text[max(0, start - 30) : start]
        if match.group() == "putin":  # 'fighting for Vladimir Putin', 'met with Russian President Vladimir Putin'
            before = _PUTINS_TITLES.sub("", text[max(0, start - 60) : start])[-30:]
        opens_clause = _RELATIVE_AFTER.match(text, match.end()) is not None
        if (
            not opens_clause
            and (_RECIPIENT_BEFORE.search(before) or _SOURCE_BEFORE.search(before))
            and not _FORCE_OF.search(before)  # 'the army of North Korea has lost': whose army acts
            and not _joint_subject(text, found, start)
        ):
            continue
        if _PLACE_AFTER.match(text, match.end()):
            continue  # 'demining Russian territory': a place, not who acts
        if _SEAT_BEFORE.search(before) and _SEAT_OF_A_BODY_AFTER.match(text, match.end()):
            continue  # 'RUSI, a London defence think tank, tracked': where a body sits, not who acts
        if (
            " by " in before
            and (
                _SPEECH_AGENT_BEFORE.search(text, max(0, start - 60), start)
                or (
                    _USED_BY_BEFORE.search(before)
                    and NK_OWN_WORDS.search(text, max(0, start - 80), start)
                    # (not Ukraine's forces facing them: 'Ukrainian units fighting North Korean troops sent by Russia')
                    and not any(kind == "other" for _, kind, _ in found)
                    and "ukrain" not in text[:start]
                )
            )
        ):
            # 'is estimated by South Korean and US intelligence to have sent': who speaks, not who acts; 'North
            # Korean soldiers deployed by Russia took losses, with 30 of them killed': the soldiers act, not Russia
            continue
        if _CARRIER_BEFORE.search(before) and _CARRIER_AFTER.match(text, match.end()):
            continue  # 'ferried by Russian navy vessels': the carrier, not who sends
        possessive = match.group().endswith("'s") or text.startswith("'s", match.end())
        if possessive and not match.group().startswith(("north", "n.", "dprk", "pyongyang", "the north", "kim")):
            continue  # "Russia's war", "Ukraine's ambassador": a possessive names a thing, not an actor
        attribution = _ATTRIBUTION_AFTER.match(text, match.end())
        if (
            attribution is None
            and _PERSON.fullmatch(match.group())
            and _TURN_LABEL.fullmatch(text, 0, start)
            and not _FIRST_PERSON_PLURAL.search(text, match.end())  # ('Putin: 2,000 of our soldiers': his country's)
        ):
            attribution = _LABEL_COLON.match(text, match.end())  # 'Zelensky: 11,000 came first': the speaker's turn
        if (
            attribution is None
            and (match["ru"] or match["other"])
            and _TURN_LABEL.fullmatch(text, 0, start)
            and (colon := _LABEL_COLON.match(text, match.end()))
            and _SPEAKS_AFTER_LABEL.match(text, colon.end())
        ):
            attribution = colon  # 'South Korea: The NIS told lawmakers that 100 had been killed': whose view follows
        if (
            attribution is None
            and (match["ru"] or match["other"])
            and _TURN_LABEL.fullmatch(text, 0, start)
            and (colon := _LABEL_COLON.match(text, match.end()))
            and _FIGURE_AFTER_LABEL.match(text, colon.end())
            and not _PERSON.fullmatch(match.group())
            and not _FIRST_PERSON_PLURAL.search(text, match.end())  # ('Moscow: 2,000 of our men': its own)
        ):
            attribution = colon  # a fact box's '- Seoul: 3,000 more troops arrived in January': whose figure follows
        if (
            attribution
            and attribution.re is _ATTRIBUTION_AFTER
            and attribution["clause_first"]
            and (found or not _SUBJECT_OPENING.fullmatch(text, 0, start))
        ):
            attribution = None  # 'repelled North Korean assaults ..., estimating the enemy losses': an object
        if attribution and _PASSIVE.match(text, match.end()):
            attribution = None  # 'North Korea is estimated to have lost 600': the country acts, nobody speaks
        kind = "ru" if match["ru"] else "other" if match["other"] else "nk"
        if found and kind != found[-1][1] and "nk" in (kind, found[-1][1]) and _joint_subject(text, found, start):
            kind = "nk"  # 'Pyongyang and Moscow are negotiating the dispatch': North Korea's part is the one counted
        found.append((start, kind, attribution.end() if attribution else None))
    # a list of countries closed by 'and' speaks as its last one does: 'Seoul, Washington and Kyiv broadly agree that
    # ...' (not 'Pyongyang, Kyiv said, has lost ...': a comma alone joins no list)
    closed = False
    for k in range(len(found) - 2, -1, -1):
        start, kind, attribution_end = found[k]
        following = found[k + 1]
        named = _COUNTRY.match(text, start)
        join = _LIST_JOIN.fullmatch(text, named.end(), following[0]) if named is not None else None
        # (the closing 'and' may stand inside the next one's attribution: 'Washington and Kyiv broadly agree that')
        and_inside = following[2] is not None and " and " in text[following[0] : following[2]]
        closed = join is not None and (join["and"] is not None or closed or and_inside)
        if attribution_end is None and following[2] is not None and closed and kind != "nk":
            found[k] = (start, kind, following[2])
    return tuple(found)


_LIST_JOIN = re.compile(r"\s*,\s*|\s*,?\s+(?P<and>and)\s+")
