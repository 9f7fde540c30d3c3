"""Countries as voices in a sentence: unnamed officials ('a senior Ukrainian official'), a country speaking ('Seoul
said'), its services ('South Korean intelligence'), and several countries speaking together ('US, Ukrainian and
South Korean intelligence estimates', 'Seoul, Kyiv and Washington have all said')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from core.alternation import by_first_letter, word_alternation
from core.dates import MONTH_NAMES, WEEKDAY
from core.phrases import has_any

if TYPE_CHECKING:
    from core.lexicon import CountrySpec

_MODIFIERS = (
    r"(?:(?:senior|top|military|defen[cs]e|intelligence|government|security|high-ranking|unnamed|other|diplomatic|foreign|"
    r"administration|army|presidential|annual|latest|deputy|(?:19|20)\d\d)\s+){0,3}"
)
_NOUNS = (
    # ("Japan's annual defense white paper says": the ministry's yearly report)
    r"(?P<ministry>defen[cs]e\s+(?:ministry|white\s+paper)|foreign\s+ministry)|(?P<portfolio>unification|interior|economy|finance|trade|"
    r"justice|energy|industry|emergenc(?:y|ies)|health|agriculture|transport|education|labou?r)\s+ministry|"
    r"(?P<unit>(?:[a-z0-9-]+\s+){0,3}(?:unit|brigade|battalion|regiment)(?!\s+(?:commander|chief|officer|spokes|soldier)))|"
    # ('per Ukrainian SOF': the special operations forces by their letters)
    r"(?P<force>special\s+(?:operations\s+)?forces|sof|general\s+staff|air\s+force|navy|border\s+guards?|"
    r"national\s+guard|armed\s+forces|army|(?:high\s+)?command(?=\s+(?:said|says|told|reported|stated|estimated)\b))|"
    r"officials|official|sources|source|governments|government|authorities|"
    # 'the Ukrainian side says' (translated copy): the government
    # ('the Ukrainian side estimates', 'the Korean side believes': a count or a view of its own too)
    r"side(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|say|told|confirmed|claimed|claims|reported|reports|"
    r"estimated|estimates|estimate|believes|believe|assesses|assessed|stated)\b)|"
    # ('North Korea's military cooperation with Russia': a topic, no voice)
    r"military(?!\s+(?:cooperation|co-operation|ties|support|aid|assistance|alliance|partnership|relations|"
    r"collaboration|exchanges?|pact|deal|agreement|links|help|backing|involvement|buildup|build-up)\b)|"
    r"intelligence|intel(?![\w-])|state\s+media|media|"
    # fighters speak only with a word of speech right after them ('Ukrainian forces said'): 'North Korean troops
    # believed to be in Kursk' are the figure, not its speaker
    r"(?P<fighters>(?:forces|troops|servicem[ae]n|soldiers?)(?=\s+(?:(?:have|had|also)\s+)?(?:said|say|says|told|"
    r"reported|claimed)\b))|"
    r"lawmakers?|legislators?|"
    # ('the U.N. envoy', 'ambassador to the U.N.': the dotted name as the bare one)
    r"(?:(?:un|u\.n\.|united\s+nations)\s+)?(?:ambassador|envoy|representative)"
    r"(?:\s+(?:to|at)\s+the\s+(?:un|u\.n(?=\.)|united\s+nations))?|"
    r"diplomats?|spokes(?:man|woman|person)|"
    r"admirals?|generals?|commanders?|officers?|"
    # a country's own count: 'according to US estimates' is its government's
    # ('a U.S. estimate that ...', 'according to a Japanese assessment,')
    r"(?<!intelligence\s)(?P<estimates>(?:estimates|assessments)(?=\s*[,.;]|\s+(?:of|put|say|show|suggest)\b)|"
    r"(?:estimate|assessment)(?=\s*,|\s+that\b))|"
    # the head of state by office: 'Ukraine's president said', 'the Russian leader said' (CountrySpec.leader)
    # (not "the Ukrainian leader's visit"; but "the Ukrainian leader's own count" is his word)
    r"(?P<leader>president|leader)(?!['’]s(?!\s+(?:own\s+|latest\s+|new\s+)?(?:count|tally|estimate)\b))"
)
# Speakers for a person or for no body: 'the Ukrainian ambassador' does not stand for the one Ukrainian body
# named, nor 'Russian media' for the Kremlin.
_PERSONAL_NOUNS = (
    "un ", "ambassador", "envoy", "representative", "diplomat", "spokes", "media", "state media", "commander", "source"
)  # fmt: skip
# Intelligence without a country ('Intelligence reports suggest', 'according to intelligence estimates'): the
# article's one intelligence service, when it names one (attribution resolves it).
_COUNTRYLESS_INTELLIGENCE = re.compile(
    # ('his intelligence services' are the speaker's own country's, whoever the article's one service is)
    # (the word boundary first: where there is none, the five look-behinds are not tried)
    r"\b(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bour\s)(?<!\btheir\s)"
    r"(?:(?:military|defen[cs]e)\s+)?intelligence\s+(?:reports?|estimates?|assessments?|"
    r"data|officials?|sources?|agencies|services?|suggests?|shows?|indicates?)\b|^intelligence\b"
    r"|\bthe\s+(?:military|defen[cs]e)\s+intelligence\b"  # 'earlier the Defence Intelligence stated'
)
# 'according to the military', 'the military's latest estimate': the article's one military body
# 'the General Staff said' (not 'the General Staff of the Armed Forces of Ukraine', which names its country)
# (nor 'the chief of the General Staff', a person's post)
_COUNTRYLESS_GENERAL_STAFF = re.compile(r"(?<!\bof\s)\bthe\s+general\s+staff\b(?!\s+of\b)")
_COUNTRYLESS_MILITARY = re.compile(r"\bthe\s+military(?:['’]s)?\b(?!\s+(?:intelligence|attach|analyst|expert|blogger))")
# 'Seoul agreed that ...' gives the figure that follows; 'North Korea agreed that Pyongyang would send' is a pact
AGREES_THAT = r"(?:agree[sd]?|concur(?:s|red)?)\s+that(?![^.;,]{0,40}?\b(?:would|will|could|should|can|shall)\b)"
# A fear or suspicion is its subject's word when no one else is said to report it ('Pyongyang fears that ..., the
# NIS told lawmakers' is the NIS's)
FEAR_UNREPORTED = (
    r"(?![^.;]*?(?:,\s+|\s+(?=according\b))(?:[\w'’.-]+\s+){0,6}?"
    r"(?:said|says|told|tells|reported|reports|claims|claimed|added|according\s+to)\b)"
)
# Reports labelled: 'called reports that ... "a fabrication"', 'branded the allegations "sheer nonsense"'
CALLS_REPORTS = (
    r"(?:called|calls|labell?ed|labels|branded|brands)\s+(?:(?:the|these|such|those)\s+)?(?:[\w-]+\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?|stories)\b"
)
# "... and Kyiv's is 12,000", "Tokyo's is higher, at 12,000": the speaker's figure, its noun left out
ELIDED_FIGURE = (
    r"['’]s\s+(?:is|was)\s+(?:(?:higher|lower|about|around|some|roughly|nearly|over|closer\s+to|at)\W+){0,2}\d"
    r"(?![\d,.]*\s*(?:million|billion|percent|per\s+cent|%|km|square|years?))"  # (not "Russia's is 144 million")
)
# what a state declares to the UN: a figure, its supplies ('declared 50,523 barrels', 'reporting deliveries')
DECLARES_SUPPLY = (
    r"(?=\s+(?:that\b|to\s+the\s+(?:committee|un\b|united\s+nations|security\s+council|sanctions)|(?:exports?|deliver(?:y|ies)|shipments?|suppl(?:y|ies))\s+(?:(?:that|which|totall?ing|"
    r"worth)\b|of\s+(?:refined|petroleum|oil|fuel)\b|of\s+\d|to\s+(?:north\s+korea|pyongyang|the\s+north)\b)|"
    r"(?:(?:about|around|roughly|some|nearly|approximately|over|more\s+than|at\s+least)\s+)?[\d,.]+\s+(?:million\s+)?"
    r"(?:barrels|tons|tonnes)\b))"
)
# 'Ukraine predicted that ...', 'predicted up to 5,000' (not 'predicted a quick victory')
PREDICTS = r"predict(?:ed|s)(?=\s+(?:that\b|(?:(?:about|around|some|up\s+to|as\s+many\s+as|more\s+than)\s+)?\d))"
# a figure revised: 'raised its estimate', 'revised upward its estimate', 'has cut its count'
REVISES = (
    # ('revised down its count of North Korean troops to 8,000', 'revised up its tally')
    r"(?:raised|raises|lowered|lowers|revised|revises|updated|updates|increased|cut)\s+(?:(?:upward|downward)s?\s+|"
    r"(?:up|down)\s+)?"
)
# what may follow a name that ends its sentence: its end, after a short time phrase ('..., said Moscow on Monday.') or
# before a relay ('..., says Moscow, citing the deal'); not the start of what it said ('Budanov, the spy chief, said
# Moscow in 2024 received ...')
_CLAUSE_ENDS = (
    r"(?=(?:\s+(?:on|earlier|last|this|late|yesterday|today)\b[^,.;:\"”]{0,25}?)?[\s\"”’']*(?:[.;]\s|[.;]?$)"
    r"|,\s+(?:citing|quoting|adding|referring)\b)"
)
_SPEECH_AHEAD = (
    # "Washington's estimate", "Seoul's latest assessment": a country's own figure
    r"(?=['’]s\s+(?:(?:latest|new|earlier|previous|own|official|updated|single|only|first|last|monthly|annual)\s+)?"
    r"(?:estimates?|assessments?|figures?|tally|count|"
    # ... or its word: "Moscow's claim that ...", "Pyongyang's statement said", "Moscow's acknowledgement that"
    r"claims?|statements?|acknowledge?ments?|admissions?|announcements?|confirmation|"
    # a state's returns to the UN: "Moscow's declarations to the UN list 241,114 barrels", "Russia's declared
    # exports were", "Russia's reports to the UN list"
    r"declarations?|filings?|notifications?|submissions?|declared\s+(?:exports|deliveries|supplies|shipments)|"
    r"reports\s+to\s+the\s+(?:un|united\s+nations|security\s+council|sanctions\s+committee))\b|"
    rf"{ELIDED_FIGURE}|"
    # ('Ukraine, meanwhile, says', 'Seoul, for its part, estimates')
    r"(?:,\s+(?:meanwhile|however|for\s+its\s+part|in\s+turn|too|also|by\s+contrast|though),)?"
    # ... or past a relative clause of its own: 'South Korea, which monitors the North's rail traffic, has said'
    r"(?:,\s+(?:which|whose)\s+[^,;.\"“]{2,70},)?"
    r"\s+(?:(?:has|had|have|also|all|earlier|previously|later|now|again|long|both|itself|\w+ly|on\s+\w+day|"
    r"(?:last|this)\s+(?:year|month|week))\s+){0,3}"
    r"(?:said|says|say|estimated|estimates|estimate|claimed|claims|claim|reported|reports|report|believes|believe|"
    r"thinks|think(?![\s-]+tanks?\b)|reckons|reckon|"
    # ('Kyiv, Washington and Seoul were all accusing Pyongyang of')
    r"(?:were|are|was|is)\s+(?:(?:also|all|now|still)\s+)?(?:accusing|saying|claiming|estimating)|"
    r"(?:went|goes)\s+further,?\s+(?:saying|assessing|claiming|estimating|warning|arguing|suggesting)|"
    # ('admitted' as 'let in' is no speech: 'Russia has admitted 10,000 North Korean workers')
    r"acknowledged|acknowledges|(?:admitted|admits)(?=\s+(?:that|to|it|sending|having|in)\b)|conceded|concedes|"
    rf"announced|announces|confirmed|confirms|told|accused|accuses|accuse|stated|notified|informed|{PREDICTS}|"
    # a state's return to the UN ('Russia declared 50,523 barrels'; not 'declared the region retaken'), and a
    # gerund clause's subject ('the data show Russia reporting deliveries of 50,523 barrels')
    rf"(?:declared|declares|declaring|reporting){DECLARES_SUPPLY}|expects?(?!\s+(?:(?:at\s+least|up\s+to|some|about|around|as\s+many\s+as)\s+)?(?:another|more|further|additional|\d))|expected|denied|denies|"
    rf"deny|dismissed|dismisses|rejected|{CALLS_REPORTS}|disputed|disputes|insisted|insists|maintained|maintains|argued|argues|puts|put\s+the|put\s+(?:it|them)\s+(?:at|closer|near|as)\b|"
    rf"warned|warns|warn|(?:expressed|voiced|raised)\s+(?:\w+\s+)?concerns?|{AGREES_THAT}|"
    rf"(?:fears?|feared|worr(?:y|ies|ied)\s+that|suspects?|suspected){FEAR_UNREPORTED}|"
    rf"{REVISES}(?:its|their)\s+(?:\w+\s+)?"
    r"(?:estimate|count|tally|figure|assessment))\b)"
)
# whose estimate it is: 'according to the estimates of South Korea and the US', 'figures from Seoul'
_ESTIMATES_OF = "|".join(
    rf"(?<={noun}\s{preposition}\s)"
    for noun in ("estimates", "estimate", "assessment", "assessments", "figures", "data")
    for preposition in ("of", "from")
    if (noun, preposition) != ("data", "of")  # ('data of South Korea's trade')
)
# whose intelligence it is, for a list of countries: 'intelligence from the US, Ukraine and South Korea', 'intelligence
# services in Seoul, Kyiv and Washington' (not a lone country: 'intelligence from South Korea' names no one body)
_INTELLIGENCE_OF = "|".join(
    rf"(?<={noun}\s{preposition}\s{both})"
    for noun in ("intelligence", "intelligence services", "intelligence agencies")
    for preposition in ("of", "from", "in")
    for both in ("", "both\\s")  # ('intelligence from both the US and South Korea')
)
# ... and the words before the list that make the joint voice the countries' intelligence, not their governments
# ('intelligence estimates from Washington, Kyiv and Seoul')
_INTELLIGENCE_BEFORE = re.compile(
    r"\bintelligence\s+(?:(?:estimates?|assessments?|services|agencies|figures)\s+)?(?:of|from|in)\s+(?:both\s+)?$"
)
_NOT_THE_COUNTRY = r"\s+(?:watchers?|analysts?|experts?|observers?|specialists?|scholars?|\w+ing)\b"
# What unnamed officials and sources serve ('a government official', 'military sources'), in every pattern that reads
# them
# ('a senior presidential office official': the head of state's office, named 'presidential' as officials of it are;
# not 'a presidential administration official', kept a country's official)
OFFICIAL_KINDS = (
    r"government|defen[cs]e|military|intelligence|security|diplomatic|"
    r"presidential(?:\s+office)?(?=\s+(?:officials?|sources?)\b)"
)
# Unnamed officials and sources without a country: 'a government source', 'officials here'; of the country the
# story is filed from, or whose outlet relays them (VoiceFinder.countryless)
_COUNTRYLESS = re.compile(
    rf"\b(?:(?P<kind>(?:military\s+|defen[cs]e\s+)?intelligence|{OFFICIAL_KINDS})\s+)?"
    r"(?P<noun>officials?|sources?)(?P<here>\s+here)?\b"
)
# 'a government source in Seoul': where the source is says whose it is; 'a diplomatic source in Moscow' may be any
# country's diplomat there, 'a military source in North Hamgyong' someone there
_PLACED_AFTER = re.compile(r"\s+(?:in|inside|from|near|based\s+in)\s")
# what may stand before them: an article or a rank ('a senior government source here'), not a country or a body
_HERE_OPENER = re.compile(
    r"(?:^|[,;:(]\s*|\s[—–-]\s*|\b(?:an?|(?P<the>the)|one|two|three|several|some|many|other|unnamed|anonymous|multiple|local|"
    r"to|by|citing|quoting)\s+)"
    r"(?:(?:senior|top|high-ranking|ranking)\s+)?$"
)
_WORD = re.compile(r"[a-z0-9]+")
# what unnamed officials and sources serve, kept in their name as written ('a senior US defense official': 'US
# defense official', 'South Korean government sources')
_OFFICIALS_KIND = re.compile(rf"\b({OFFICIAL_KINDS})\s")

# 'Ukrainian military bloggers', 'a South Korean intelligence analyst': people who speak for no body
_NOT_A_PERSON_AFTER = (
    r"(?!\s+(?:analyst|blogger|expert|medic|observer|researcher|commentator|journalist|historian|veteran|"
    r"defector|source)s?\b)"
)
_BODY_WORDS = ("Ministry", "Department", "Office", "Directorate", "Committee", "Council", "Center", "Centre", "Agency",
               "Bureau", "Service", "Command", "Staff")  # fmt: skip
# body words that end a name on their own ('the Federal Intelligence Service'); a ministry or department so named
# ('the Defense Ministry') is a country's gazetteer body
_TRAILING_BODY_WORDS = frozenset(("Office", "Directorate", "Agency", "Service", "Command", "Staff", "Bureau"))
_BODY_WORD = re.compile(rf"\b(?:{'|'.join(_BODY_WORDS)})\b")
# Titles of officials the gazetteer need not list: 'Japanese Defense Minister Gen Nakatani', 'Andrii Sybiha,
# Ukraine's foreign minister'. The title names the body the official speaks for (defence, foreign affairs) or,
# for the rest, is kept as the office itself ('Japan Prime Minister').
_DEFENCE_TITLE = (
    r"(?:(?:deputy|vice|assistant|under)\s+)?"
    r"(?:defen[cs]e\s+(?:minister|secretary|chief)|minister\s+of\s+(?:national\s+)?defen[cs]e|secretary\s+of\s+defen[cs]e)"
)
_FOREIGN_TITLE = (
    r"(?:(?:deputy|vice|assistant|under)\s+)?"
    r"(?:foreign\s+(?:minister|secretary)|minister\s+(?:of|for)\s+foreign\s+affairs|secretary\s+of\s+state)"
)
_UN_TITLE = (
    r"(?:permanent\s+)?(?:ambassador|envoy|representative)\s+(?:to|at)\s+the\s+(?:un|u\.n(?=\.)|united\s+nations)"
    r"|(?:un|u\.n\.)\s+(?:ambassador|envoy|representative)"
)
_OFFICE_TITLE = (
    r"(?:deputy\s+|vice\s+|first\s+deputy\s+)?prime\s+minister|(?:vice\s+)?president|"
    r"(?:national\s+)?security\s+advis[eo]r|"
    r"(?P<cabinet>chief\s+cabinet\s+secretary|(?:top|chief)\s+government\s+spokes(?:man|woman|person))"
)
_POSTED = r"(?i:ambassador|envoy)\s+(?i:to)\s+(?:the\s+)?"  # an envoy's title before his host country
_INTELLIGENCE_TITLE = r"(?:military\s+)?intelligence\s+(?:chief|head|director)|spy\s+(?:chief|master)"
# A body's spokesperson by name: 'Ukrainian army spokesman Nazar Voloshyn' speaks for the army.
_SPOKES_TITLE = (
    r"(?:(?P<sp_military>army|military|armed\s+forces)|(?P<sp_foreign>foreign\s+ministry)|"
    r"(?P<sp_defence>defen[cs]e\s+ministry)|(?P<sp_intelligence>(?:military\s+)?intelligence)|"
    r"(?P<sp_force>general\s+staff|navy|air\s+force))\s+spokes(?:man|woman|person)"
)
_TITLE = (
    rf"(?:(?:acting|then|former)\s+)?(?:(?:deputy|principal\s+deputy|first\s+deputy|vice)\s+(?=national))?"
    rf"(?P<title>(?P<defence>{_DEFENCE_TITLE})|(?P<foreign>{_FOREIGN_TITLE})|(?P<un>{_UN_TITLE})|"
    rf"(?P<intelligence>{_INTELLIGENCE_TITLE})|(?P<spokes>{_SPOKES_TITLE})|{_OFFICE_TITLE})"
)
# The titles a countryless official holds in the country a story is filed from ('TOKYO - Prime Minister Ishiba
# Shigeru said'): a minister's, not a secretary's (a 'Secretary of State' in a Seoul story is Washington's), nor a
# president's (as often another country's).
_HOME_TITLE = (
    r"(?:(?:acting|then|former)\s+)?(?P<title>"
    r"(?P<defence>(?:(?:deputy|vice)\s+)?(?:defen[cs]e\s+minister|minister\s+of\s+(?:national\s+)?defen[cs]e))|"
    r"(?P<foreign>(?:(?:deputy|vice)\s+)?(?:foreign\s+minister|minister\s+(?:of|for)\s+foreign\s+affairs))|"
    rf"(?P<intelligence>{_INTELLIGENCE_TITLE})|(?:deputy\s+)?prime\s+minister|(?P<cabinet>chief\s+cabinet\s+secretary))"
)
# a visitor's title is his own country's: 'Prime Minister Keir Starmer, visiting Japan, said'
_VISITING = re.compile(r"\bvisit(?:ing|ed|s)?\b")
# (the government's spokesman described, not named, speaks for the government: "Tokyo's top government spokesman
# said" is Japan's chief cabinet secretary)
_BODY_TITLE = (
    rf"(?:(?:acting|then|former)\s+)?(?P<title>(?P<defence>{_DEFENCE_TITLE})|(?P<foreign>{_FOREIGN_TITLE})|"
    rf"(?P<intelligence>{_INTELLIGENCE_TITLE})|"
    r"(?P<cabinet>chief\s+cabinet\s+secretary|(?:top|chief)\s+government\s+spokes(?:man|woman|person)))"
)
# words every _BODY_TITLE holds, without an 'i' or an 's' (in a case-blind pattern 'ı' and 'İ' match 'i', 'ſ' 's')
_BODY_TITLE_WORDS = ("defen", "fore", "tate", "ntell", "py", "abinet", "overnment")
# the cheap first look (substring tests): most sentences name no title
_TITLE_WORDS = ("minister", "secretary", "president", "ambassador", "envoy", "representative", "advis", "chief",
                "director", "spy", "spokes")  # fmt: skip
# a person named after a possessor's name: "Trump's special envoy", "Sybiha's spokesman", "Umerov's adviser"
_ANOTHER_PERSON_AFTER = re.compile(
    r"\s+(?:(?:special|chief|senior|top|deputy|former)\s+)?(?:envoy|spokes(?:man|woman|person)|deputy|adviser|advisor|"
    r"aide|representative|assistant|secretary|press\s+secretary|chief\s+of\s+staff)\b",
    re.IGNORECASE,
)
_TITLE_WORD = re.compile("|".join(_TITLE_WORDS))
# A title right after a person's name, without a country: 'Shin Won-sik, the national security adviser'.
_APPOSITIVE_TITLE = re.compile(rf",\s+(?:(?i:the)\s+)?(?i:{_TITLE})\b")
# A Korean name: a surname and a hyphenated given name ('Ahn Gyu-back', 'Shin Won-sik').
_KOREAN_NAME = r"[A-Z][a-z]{1,4}\s+[A-Z][a-z]+-[a-z]+"
_KOREAN_NAME_RE = re.compile(_KOREAN_NAME)
# A person's name: two or three capitalised words ('Gen Nakatani', 'Hwang Joon-kook').
# (not a sentence's opening words: 'In September, North Korean President Kim ...' names no 'In September')
_NOT_A_NAME = (
    r"(?!(?:In|On|At|By|For|From|Since|During|After|Before|Last|Earlier|Later|Meanwhile|Also|But|And|The|This|That|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
# a military rank between a title and the name ("Lithuania's military intelligence chief, Col. Elegijus Paulavičius")
_RANK = r"(?:(?:(?:Gen|Lt|Lieut|Col|Maj|Adm|Brig|Cmdr|Capt)\.|General|Admiral|Colonel|Major)\s+)*"
# (letters with accents too: 'Sébastien Lecornu', 'Paweł Zalewski', 'Elegijus Paulavičius')
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšţťūůűųźżž"
_PERSON = (
    rf"(?P<person>{_NOT_A_NAME}[{_UPPER}][{_LOWER}'’]+(?:\s+[{_UPPER}][{_LOWER}'’]+(?:-[A-Za-z][{_LOWER}]+)?){{1,2}})"
    r"(?![\w'’])"
)


# Research, monitoring and international bodies the gazetteer does not know, by the shape of their name ('the Korea
# Institute for Defense Analyses', 'the Center for Strategic and International Studies (CSIS)', 'the United Nations
# Command'): they count only where bound to an attribution word, so a name in passing says nothing.
_CAPITALISED = r"[A-Z][\w'’.-]*"
_ORGANISATION_WORDS = ("Institute", "Centre", "Center", "Foundation", "University", "Panel", "Project", "Initiative",
                       "Observatory", "Monitoring Team", "Command", "Commission", "Agency", "Bureau", "Mission",
                       "Organisation", "Organization", "Forum", "Institution", "Endowment", "Team", "Group",
                       "Network", "Collective", "Lab", "Laboratory")  # fmt: skip
_ORGANISATION_WORD = "|".join(word.replace(" ", r"\s+") for word in _ORGANISATION_WORDS)
_ORGANISATION_WORD_RE = re.compile(rf"\b(?:{_ORGANISATION_WORD})\b")
_BASED_IN = re.compile(r"[A-Z][\w'’.]*-based\s+")
_ORGANISATION = re.compile(
    rf"(?:(?!(?:A|An|The)\s){_CAPITALISED}\s+){{0,4}}(?:{_ORGANISATION_WORD})"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:and\s+|&\s+)?{_CAPITALISED}){{0,4}})?"
    r"(?:\s+\([A-Z]{2,8}\))?"
)

# Bodies and outlets the gazetteer does not know, named after what they are ('analysts at the monitoring group
# Railwatch said', 'the independent outlet Verstka reported'): the name is the speaker where a word of speech binds it.
_NOT_NAME_WORD = rf"(?!(?i:{WEEKDAY}|{MONTH_NAMES})\b)"  # 'Verstka Tuesday reported' names no 'Tuesday'
_NAME_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*+"  # whole words only ('U.S.A', not 'U.')
_DESCRIBED_NAME = (
    rf"(?P<name>{_NOT_NAME_WORD}{_NAME_WORD}(?:\s+{_NOT_NAME_WORD}{_NAME_WORD}){{0,3}})(?!\s+[A-Z])"
    # 'the daily White House briefing', 'a weekly NATO intelligence summary', 'the daily General Staff tally': what
    # a body issues, not an outlet ('Verstka reports that' is the outlet speaking); 'the daily Russian newspaper
    # Kommersant': a nationality before what the outlet is
    r"(?!\s+(?:report|(?:briefing|summary|update|statement|assessment|intelligence|press|bulletin|readout|tally|"
    r"count|figure|speech|address|newspaper|outlet|daily|weekly|news|media|broadcaster|agency)s?)\b)"
)
_DESCRIBED_ORGANISATION = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Za-z-]+\s+){0,2}?(?:monitoring|research|investigative|open-source|osint|OSINT|"
    r"analytical|volunteer|conflict-monitoring)\s+(?:group|project|team|organi[sz]ation|collective|network|outfit|community)\s+"
    + _DESCRIBED_NAME
)
# (a Telegram or YouTube channel or a blog speaks as an outlet does: 'the Russian Telegram channel Rybar claimed',
# 'the pro-Kremlin channel Voenkor Kotenok said')
_DESCRIBED_OUTLET = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Za-z-]+\s+){0,2}?(?:outlet|news\s+(?:site|outlet|portal|website)|website|newspaper|"
    r"publication|tabloid|broadcaster|daily|weekly|channel|blog)\s+" + _DESCRIBED_NAME
)
# the words that say what a body or outlet is (a sentence without one names none so: a cheap first look)
DESCRIBED_WORD = re.compile(
    r"\b"
    + by_first_letter(
        "group|project|team|organisation|organization|collective|network|outfit|community|outlet|site|portal|"
        "website|newspaper|publication|tabloid|broadcaster|daily|weekly|channel|blog"
    )
    + r"\b"
)
# ... as substrings, looked for before the pattern: 19 sentences in 20 hold none ('site' is in 'website')
DESCRIBED_WORDS = (
    "group", "project", "team", "organisation", "organization", "collective", "network", "outfit", "community",
    "outlet", "site", "portal", "newspaper", "publication", "tabloid", "broadcaster", "daily", "weekly", "channel",
    "blog",
)  # fmt: skip


def described_outlets(text: str) -> list[tuple[int, int]]:
    """Where outlets the gazetteer does not know are named after what they are ('the independent outlet
    Verstka'): the spans of their names."""
    return [match.span("name") for match in _DESCRIBED_OUTLET.finditer(text)]


_NAME_LEAD = re.compile(r"(?:(?!The\b)[A-Z][a-z]+\s+){1,2}$")
_ARMED_FORCES = re.compile(r"\s+of\s+(?:the\s+)?Armed\s+Forces$")  # 'the General Staff of the Armed Forces'


# Capitalised words of bodies and places, never of a person's name.
BODY_NAME_WORDS = frozenset(
    "Security Committee Council Assembly International General Ministry Department Agency Service Staff Forces "
    "Office Union Nations Party Army Navy Force Affairs Defense Defence Foreign National Republic Korea Kingdom "
    "States Commission Parliament Institute Research Centre Center Group Corporation Foundation University Team "
    "Project Initiative Observatory Panel Bureau Mission Organisation Organization Association Society Network "
    "Command Intelligence Analytics Lab Labs Laboratory Partners Consulting Consultancy Associates Advisory "
    "Insights Monitor Watch Tracker Alliance Forum Media Systems Technologies Solutions Data Maritime Shipping "
    "Energy Capital Strategies Company Directorate Administration Authority Board Secretariat Coalition "
    # (think tanks and colleges: "Chatham House", "King's College", "the Brookings Institution")
    "House College Institution Academy Endowment Studies".split()
)


# the kinds of place that end a place's name, never a person's ('Kursk Oblast', 'Primorsky Krai')
PLACE_NAME_WORDS = frozenset("Oblast Region Province Krai District Peninsula Sea Strait".split())


def bare_kind(phrase: str) -> str | None:
    """The kind of body a lower-cased name is, where a country's name could go before it: 'defence' ('defence
    ministry', 'ministry of defense', 'defense department'), 'foreign' ('foreign ministry') or 'intelligence' ('spy
    agency')."""
    # ('South Korea's Defense Department'; not 'the Department of Defense', Washington's formal name)
    if ("minist" in phrase and "defen" in phrase) or "defense department" in phrase or "defence department" in phrase:
        return "defence"
    if "minist" in phrase and "foreign" in phrase:
        return "foreign"
    if "intelligence" in phrase or "spy" in phrase:
        return "intelligence"
    return None


def _whole_words(words: Iterable[str]) -> str:
    """An alternation of those of `words` that are whole words as `_WORD` cuts them."""
    return word_alternation(w for w in words if _WORD.fullmatch(w))


@dataclass(frozen=True)
class Voice:
    """A country's (or several countries') unnamed voice in a sentence."""

    name: str
    rank: int
    country: str | None  # None for several countries together
    start: int
    end: int
    stands_for_body: bool  # may stand for the one body of its country that the article names
    spans_names: bool = False  # holds place names the gazetteer would read as speakers ('officials in Seoul')


class VoiceFinder:
    """Finds voices in lower-cased sentences; built once from the lexicon's countries."""

    def __init__(self, countries: list[CountrySpec]) -> None:
        self._by_word = {w: c for c in countries for w in (*c.words, *c.names)}
        self._by_name = {c.name: c for c in countries}
        self._names = frozenset(n for c in countries for n in c.names)  # ('north korea', not 'north korean')
        words = word_alternation(w for c in countries for w in c.words)
        names = word_alternation(n for c in countries for n in c.names)
        self._single = re.compile(
            rf"\b(?:(?P<country>{words})\s+{_MODIFIERS}(?P<noun>{_NOUNS})\b{_NOT_A_PERSON_AFTER}"
            # (not the object of a preposition: 'a group monitoring sanctions on Pyongyang said', 'experts on Moscow
            # said', 'officials in talks with Seoul said')
            rf"|(?<!\bto\s)(?<!\bin\s)(?<!\bat\s)(?<!from\s)(?<!\bon\s)(?<!against\s)(?<!\bwith\s)(?<!\bover\s)"
            rf"(?<!daily\s)(?<!\son\sthe\s)(?<!\sto\sthe\s)(?<!\sin\sthe\s)"
            rf"(?<!\swith\sthe\s)(?P<speaker>{names}){_SPEECH_AHEAD}"
            # the agent of a word of speech: 'the casualties reported by South Korea', 'according to Ukraine'
            # (not 'according to North Korea watchers', 'Ukraine-based analysts', 'citing North Korea sending troops')
            # ... and whose estimate it is: 'according to the estimates of South Korea and the US'
            rf"|(?:(?<=\bby\s)|(?<=according\sto\s)|(?<=\bciting\s)|(?<=\bper\s)|{_ESTIMATES_OF})"
            rf"(?P<agent>{names})\b(?!['’]s|-|{_NOT_THE_COUNTRY}|\s+time\b)"
            # the speaker of an inverted attribution that ends the clause: '..., says Moscow.', '..., said
            # Pyongyang on Monday'
            rf"|(?:(?<=,\ssaid\s)|(?<=,\ssays\s))(?P<inverted>{names}){_CLAUSE_ENDS})"
        )
        # 'US, Ukrainian and South Korean intelligence', 'Seoul, Kyiv and Washington have all said'
        self._joint = re.compile(
            rf"\b(?:(?P<words>{_listed(words)})\s+{_MODIFIERS}(?P<noun>{_NOUNS})\b"
            rf"|(?<!\bto\s)(?<!\bin\s)(?<!\bat\s)(?<!from\s)(?<!\bon\s)(?<!against\s)(?<!\bwith\s)(?<!\bover\s)"
            rf"(?P<names>{_listed(names)}){_SPEECH_AHEAD}"
            # the agents of a word of speech: 'as reported by both Kyiv and Washington', 'according to Seoul and Kyiv'
            rf"|(?:(?<=\bby\s)|(?<=\bby\sboth\s)|(?<=according\sto\s)|(?<=\bciting\s)|{_ESTIMATES_OF}"
            rf"|{_INTELLIGENCE_OF})(?P<agents>{_listed(names)})\b)"
        )
        self._part = re.compile(rf"\b(?:{words}|{names})\b")
        self._first_words = frozenset(w.split()[0].split(".")[0].split("'")[0] for w in self._by_word)
        # 'the' starts a voice only before these words ('the US', 'the Kremlin'): most 'the's are passed over
        after_the = frozenset(w.split()[1].split(".")[0].split("'")[0] for w in self._by_word if w.startswith("the "))
        # Where a voice can start, found by one pattern (a word loop in Python cost 2% of extraction): a first
        # word as `_WORD` cuts words, or 'the' before one of `after_the`.
        firsts = _whole_words(self._first_words - {"the"})
        thes = _whole_words(after_the)
        self._starts = re.compile(rf"(?<![a-z0-9])(?:(?:{firsts})(?![a-z0-9])|the[^a-z0-9](?=(?:{thes})(?![a-z0-9])))")
        # 'officials in Seoul', and the place put first: 'In Washington, officials say'
        self._officials_in = re.compile(
            # ('a presidential office official in Seoul': the head of state's office, as OFFICIAL_KINDS has it)
            rf"\b(?:(?:(?P<kind>government|defen[cs]e|military|intelligence|security|presidential(?:\s+office)?)\s+)?"
            # (not 'an official in Ukraine's prosecutor's office': the body's)
            rf"(?P<noun>officials?|authorities)\s+in\s+(?P<place>{names})\b(?!['’]s\s)"
            rf"|in\s+(?P<first_place>{names}),\s+(?P<first_noun>officials?|authorities)\b"
            # 'the representative of the United States said' (the UN's wording; not 'a representative of Ukraine's
            # military intelligence': the body's)
            rf"|(?P<envoy>representative|ambassador|envoy)\s+of\s+(?P<envoy_place>{names})\b(?!['’]s\s))"
        )
        # 'the general staff in Kyiv', 'the foreign ministry in Tokyo': the place names the body's country (looked
        # for where 'in' and a place stand at all)
        self._in_place = re.compile(rf"\sin\s+(?:{names})\b")
        self._body_in = re.compile(rf"\bthe\s+{_MODIFIERS}(?P<noun>{_NOUNS})\s+in\s+(?P<country>{names})\b(?!['’]s)")
        # A body the gazetteer does not know, named with its country: "Ukraine's Ministry of Civil Protection",
        # 'the Ministry of Civil Protection of Ukraine'. Matched on the original text (the body is capitalised),
        # from each body word: the country before it is looked for right before.
        self._body = re.compile(
            r"(?:Ministry|Department|Office|Directorate|Committee|Council|Center|Centre|Agency|Service|Command|Staff)"
            r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}"
            rf"(?:\s+of\s+(?:the\s+)?(?P<after>(?i:{names}|{words})))?"
        )
        self._country_before = re.compile(rf"\b(?P<before>(?i:{words}))\s+$")
        # ... and one whose name ends in its body word: "Japan's Public Security Intelligence Agency", 'the Dutch
        # Military Intelligence and Security Service' (a country's: 'the European Defence Agency' is no country's)
        national = word_alternation(w for c in countries if c.name not in _NOT_NATIONS for w in c.words)
        self._named_body_before = re.compile(
            rf"\b(?P<before>(?i:{national}))\s+(?P<name>(?:[A-Z][\w-]+\s+(?:and\s+)?){{1,4}})$"
        )
        self._country_modified_before = re.compile(
            rf"\b(?P<before>{words})\s+(?:(?:deputy|senior|top|chief|former|acting|vice|first|principal)\s+)?$"
        )
        self._of_country = re.compile(rf"\s+of\s+(?:the\s+)?(?P<name>{names})\b(?!['’]s)")
        self._in_country = re.compile(rf"\s+in\s+(?P<name>{names})\b(?!['’]s)")
        self._of_post = re.compile(rf"\s+(?:to|in)\s+(?P<name>{names})\b(?!['’]s)")  # an ambassador's host
        self._officials = (
            re.compile(rf"\b(?:(?i:the)\s+)?(?P<country>(?i:{words}))\s+(?i:{_TITLE}),?\s+{_RANK}{_PERSON}"),
            re.compile(rf"\b{_PERSON},\s+(?:(?i:the)\s+)?(?P<country>(?i:{words}))\s+(?i:{_TITLE})\b"),
            # a ministry's or service's head without a name speaks for it: "South Korea's defence minister said"
            re.compile(rf"\b(?:(?i:the)\s+)?(?P<country>(?i:{words}))\s+(?i:{_BODY_TITLE})\b(?P<person>)(?P<un>)"),
            # an envoy named with his post: 'Russian Ambassador to North Korea Alexander Matsegora', 'the South
            # Korean envoy to Moscow, Lee Do-hoon,', 'Alexander Matsegora, the Russian ambassador to Pyongyang'
            re.compile(rf"\b(?:(?i:the)\s+)?(?P<country>(?i:{words}))\s+{_POSTED}(?P<post>(?i:{names})),?\s+{_PERSON}"),
            re.compile(
                rf"\b{_PERSON},\s+(?:(?i:the)\s+)?(?P<country>(?i:{words}))\s+{_POSTED}(?P<post>(?i:{names}))\b"
            ),
        )
        # a title without a country before a Korean name is Seoul's ('Defense Minister Ahn Gyu-back said'): a
        # North Korean office holder is named with his country (found first, by the patterns above)
        self._seoul_official = re.compile(rf"\b(?P<country>)(?i:{_TITLE})\s+(?P<person>{_KOREAN_NAME})\b")
        # ... and a ministry's or service's head or a prime minister without a country is the home country's, in a
        # story filed from there ('TOKYO - Defense Minister Nakatani Gen said')
        self._home_official = re.compile(rf"\b(?P<country>)(?i:{_HOME_TITLE}),?\s+{_PERSON}")
        # ... as is the government's top spokesman, named or not ('TOKYO -- the top government spokesman said')
        self._home_spokesman = re.compile(
            r"\b(?P<country>)(?P<title>(?P<defence>)(?P<foreign>)(?P<intelligence>)"
            r"(?P<cabinet>(?i:(?:top|chief)\s+government\s+spokes(?:man|woman|person))))(?!,?\s+[A-Z])(?P<person>)"
        )

    def find(self, low: str) -> list[Voice]:
        if not self._by_word:
            return []  # a lexicon without countries
        # 'officials in Seoul', 'the representative of the United States': the place names the country (most
        # sentences name no officials, authorities or envoys: substring tests instead of the pattern)
        found: list[Voice] = (
            [self._officials_in_voice(m) for m in self._officials_in.finditer(low)]
            if has_any(low, _PLACED_VOICE_WORDS)
            else []
        )
        if any(not v.name.endswith(_ENVOY_NOUNS) for v in found):
            return found  # 'officials in Seoul' names the country: the place is no voice of its own
        if " in " in low and self._in_place.search(low):
            for placed in self._body_in.finditer(low):
                voice = self._single_voice(placed)
                if voice is not None and voice.rank >= 3:  # a body, not 'the officials in Seoul' (above)
                    found.append(replace(voice, spans_names=True))
        # Voices start at a country word: the patterns are tried at words that can start one, not everywhere.
        starts = list(map(re.Match.start, self._starts.finditer(low)))
        # a joint voice lists its countries with 'and' ('US, Ukrainian and South Korean'): none after the last 'and'
        last_and = low.rfind("and") if len(starts) > 1 else -1
        listing = "including" in low and "monitor" in low  # (a monitoring body's members, not a joint statement's)
        end = -1
        for start in starts:
            if start < end or (found and any(v.start <= start < v.end for v in found)):
                continue
            if listing and _MEMBERS_BEFORE.search(low, max(0, start - 60), start):
                continue  # 'a monitoring group set up by 11 countries including Japan and the US said': its members
            if low.startswith("us ", start) and _US_AS_OBJECT.search(low, max(0, start - 12), start):
                continue  # 'a spokesman told us the unit had counted ...': the pronoun, not the country
            match = (self._joint.match(low, start) if start < last_and else None) or self._single.match(low, start)
            if match is not None and match.re is self._joint and _ONE_ENVOY.search(match["noun"] or ""):
                # 'preparing to fight Ukraine, and Russia's UN ambassador dismissed': one envoy is one country's
                match = self._single.match(low, start)
            if match is not None:
                voice = self._joint_voice(match) if match.re is self._joint else self._single_voice(match)
                if voice is not None:
                    found.append(voice)
                end = match.end()
        return found

    def adjective(self, country: str) -> str | None:
        """The word that names `country`'s people and officials ('South Korean')."""
        spec = self._by_name.get(country)
        return spec.adjective if spec is not None else None

    def city_country(self, word: str) -> str | None:
        """The country whose city a lower-cased name is ('tokyo': 'Japan'; not 'japan' itself), if the gazetteer
        knows it as a speaker's name."""
        country = self._by_word.get(word)
        if country is None or word not in country.names or word == country.name.lower() or word in country.words:
            return None
        return country.name

    def _country_possessive_dropped(self, name: str) -> str:
        """ "Estonia's Military Intelligence Centre" as bodies are named, 'Estonia Military Intelligence Centre' (not
        "Jane's Defence Centre")."""
        opening = _POSSESSIVE_OPENING.match(name)
        if opening is None or opening[1].lower() not in self._by_word:
            return name
        return f"{opening[1]} {name[opening.end() :]}"

    def countryless(self, low: str, country_of: Callable[[int, bool, bool], str | None]) -> list[Voice]:
        """Unnamed officials and sources named without a country, of the country `country_of(start, here, source)` gives
        them: the one whose outlet relays them or the story is filed from ('Yonhap, citing a military source', 'a
        government source here' in Seoul: 'South Korean military source', 'South Korean government source'). Bare
        'officials' count only 'here'; 'the defense official' refers back to one named before."""
        found = []
        for match in _COUNTRYLESS.finditer(low):
            kind, noun, here = match["kind"], match["noun"], match["here"] is not None
            opener = _HERE_OPENER.search(low, max(0, match.start() - 40), match.start())
            if not (kind or here) or opener is None or (opener["the"] and not here):
                continue  # 'US officials here', 'a NATO official here': named with their own country or body
            end = match.end()
            if _PLACED_AFTER.match(low, end):
                inside = self._in_country.match(low, end)
                if inside is None or kind == "diplomatic" or not (spec := self._by_word[inside["name"]]).forces_speak:
                    continue  # (a source in North Korea is an informant there: no state's voice)
                end = inside.end()  # 'a government source in Seoul told ...': bound past the place
            else:
                country = country_of(match.start(), here, noun.startswith("source"))
                if country is None or (found_spec := self._by_name.get(country)) is None:
                    continue
                spec = found_spec
            name = f"{spec.adjective} {_spelt(kind)} {noun}" if kind else f"{spec.adjective} {noun}"
            # (given a country, not named with one: it stands for no body of that country named before)
            found.append(Voice(name, 1, spec.name, match.start(), end, False))
        return found

    def country_before(self, low: str, start: int) -> str | None:
        """The country whose word stands right before `start` ('Ukrainian lawmaker', 'US Rep.')."""
        match = self._country_modified_before.search(low, max(0, start - 40), start) if self._by_word else None
        return self._by_word[match["before"]].name if match else None

    def own_country_after(self, low: str, end: int, country: str) -> int:
        """Where a body's name ends when 'of <its country>' follows it ('the Ministry of Defence of Ukraine')."""
        match = self._of_country.match(low, end) if self._by_word else None
        return match.end() if match and self._by_word[match["name"]].name == country else end

    def other_country(
        self, low: str, start: int, end: int, country: str, text: str | None = None
    ) -> tuple[str, str] | None:
        """The name a gazetteer body takes when another country's word stands right before it: 'Ukraine's
        presidential office' is not Seoul's, though the bare 'presidential office' is (`text`, the sentence as
        written, keeps an acronym's capitals: "Russia's CCD" is 'Russia CCD')."""
        before = self._country_modified_before.search(low, max(0, start - 40), start) if self._by_word else None
        other = self._by_word[before["before"]] if before else None
        if other is None or other.name == country:
            return None
        written = text[start:end] if text is not None else None
        return self.body_of(other, low[start:end], written), other.name

    def body_of(self, country: CountrySpec | str, phrase: str, written: str | None = None) -> str:
        """What a body the gazetteer knows bare (`phrase`, lower-cased; `written` as the copy has it) is called as
        `country`'s."""
        if isinstance(country, str):
            country = self._by_name[country]
        kind = bare_kind(phrase)
        if kind == "defence":
            return country.defence_ministry or f"{country.name} Ministry of Defense"
        if kind == "foreign":
            return country.foreign_ministry or f"{country.name} Ministry of Foreign Affairs"
        if kind == "intelligence":
            return country.intelligence or f"{country.adjective} intelligence"
        if "military" in phrase or "chiefs" in phrase:
            return country.military or f"{country.adjective} military"
        if written is not None and written.isupper():
            return f"{country.name} {written}"  # an acronym: "Russia's CCD"
        return f"{country.name} {phrase.title()}"  # 'Ukraine Presidential Office'

    def country_word_opening(self, phrase: str) -> int | None:
        """Where a lower-cased name's opening country word ends ('uk defence intelligence' -> 2), if it opens with
        one."""
        match = self._part.match(phrase)
        return match.end() if match else None

    def names_a_country(self, phrase: str) -> bool:
        """Whether `phrase` (lower-cased) holds a country's word ("seoul's defence ministry" does)."""
        return self._part.search(phrase) is not None

    def country_named(self, name: str) -> str | None:
        """The country a lower-cased name or word is ('ukraine', 'japanese'), if the gazetteer lists it."""
        country = self._by_word.get(name)
        return country.name if country else None

    def country_after(self, low: str, end: int) -> str | None:
        """The country an 'of <country>' or 'in <capital>' right after `end` names ('the Ministry of Defence of
        Japan', 'the defence ministry in Seoul')."""
        match = (self._of_country.match(low, end) or self._in_country.match(low, end)) if self._by_word else None
        return self._by_word[match["name"]].name if match else None

    def possessive_country(self, word: str) -> str | None:
        """The country a lower-cased possessive word names ("denmark's": 'Denmark'), if the gazetteer knows it."""
        country = self._by_word.get(word.replace("’", "'"))
        return country.name if country is not None and word.endswith(("'s", "’s")) else None

    def names_country(self, low: str, country: str) -> bool:
        """Whether `low` names `country` by a word or a name of its ('South Korea's', 'Seoul')."""
        return any(self._by_word[m.group()].name == country for m in self._part.finditer(low))

    def governments_in(self, low: str) -> str | None:
        """The government, or governments, of the countries a stretch of a lower-cased sentence names, in order
        ('Pyongyang and Moscow' -> 'North Korean and Russian governments'); None when it names none."""
        countries: list[CountrySpec] = []
        for part in self._part.finditer(low):
            if (country := self._by_word[part.group()]) not in countries:
                countries.append(country)
        if len(countries) > 1:
            return f"{_joined([c.adjective for c in countries])} governments"
        return countries[0].government if countries else None

    def its_bodies(self, low: str) -> list[Voice]:
        """Bodies named by a possessive pronoun (or 'the country's') after their country in a lower-cased sentence:
        'Ukraine's estimate is higher, according to its military intelligence' is Ukraine's military intelligence."""
        if "its " not in low and "their " not in low and "country" not in low:  # (a substring test first)
            return []
        found = []
        for match in _ITS_BODY.finditer(low):
            # the last country named before, passing over the two the support flows between ('North Korean troops
            # in Russia, according to its military intelligence'), unless no other is named
            parts = list(self._part.finditer(low, 0, match.start()))
            if match.group().startswith("the country"):
                # ('By Ukraine's count, ..., according to the country's military intelligence'; not a country named
                # as a target, 'firing missiles at Ukraine, the country's spy agency said' in a Seoul story)
                # ... or the country of the outlets that cite it ('Ukrainian media, citing the country's military
                # intelligence')
                parts = [
                    m
                    for m in parts
                    if low.startswith(("'s", "’s"), m.end())
                    or m.group().endswith(("'s", "’s"))
                    or _MEDIA_AFTER.match(low, m.end())
                    or _AGENCY_CITING.fullmatch(low, m.end(), match.start())
                ]
            named = [self._by_word[m.group()] for m in parts]
            if parts and parts[0].group() in self._names and _SUBJECT_OPENS.fullmatch(low, 0, parts[0].start()):
                # the country the sentence opens on by name, its subject ('North Korea will not send troops to
                # Russia, its foreign ministry said'; 'Pyongyang has sent no soldiers to fight in Ukraine, ...')
                country: CountrySpec | None = named[0]
            else:
                country = next((c for c in reversed(named) if c.name not in _PARTIES), named[-1] if named else None)
            kind = match.lastgroup
            name = None if country is None else getattr(country, kind or "", None)
            if country is not None and name is None and kind == "foreign_ministry":
                name = self.body_of(country, "foreign ministry")
            if country is not None and name:
                found.append(Voice(name, 3, country.name, match.start(), match.end(), False))
        return found

    @staticmethod
    def countryless_intelligence(low: str) -> list[tuple[int, int]]:
        """Spans of intelligence named without a country in a lower-cased sentence."""
        if "intelligence" not in low:  # most sentences: a substring test instead of the pattern
            return []
        return [m.span() for m in _COUNTRYLESS_INTELLIGENCE.finditer(low)]

    @staticmethod
    def countryless_general_staff(low: str) -> list[tuple[int, int]]:
        """Spans of 'the General Staff' named without a country in a lower-cased sentence."""
        if "general staff" not in low:
            return []
        return [m.span() for m in _COUNTRYLESS_GENERAL_STAFF.finditer(low)]

    @staticmethod
    def countryless_military(low: str) -> list[tuple[int, int]]:
        """Spans of 'the military' named without a country in a lower-cased sentence."""
        if "the military" not in low:
            return []
        return [m.span() for m in _COUNTRYLESS_MILITARY.finditer(low)]

    def bodies(self, text: str) -> list[Voice]:
        """Government bodies named with their country in `text` (original case)."""
        found: list[Voice] = []
        if not self._by_word or not has_any(text, _BODY_WORDS):  # most sentences: substring tests
            return found
        for word in _BODY_WORD.finditer(text):
            match = self._body.match(text, word.start())
            if match is None:
                if word.group() in _TRAILING_BODY_WORDS and (
                    named := self._named_body_before.search(text, max(0, word.start() - 80), word.start())
                ):
                    country = self._by_word[named["before"].lower()]
                    body = named["name"] + word.group()
                    found.append(Voice(f"{country.name} {body}", 3, country.name, named.start(), word.end(), False))
                continue
            before = self._country_before.search(text, max(0, word.start() - 30), word.start())
            country_word = (before["before"] if before else match["after"] or "").lower()
            if country_word not in self._by_word:
                continue
            country = self._by_word[country_word]
            # the capitalised words of the name before its body word: 'the General Staff of ... Ukraine'
            lead = _NAME_LEAD.search(text, max(0, match.start() - 40), match.start()) if not before else None
            name_start = lead.start() if lead else match.start()
            start = before.start() if before else name_start
            body = match.group() if match["after"] is None or before else text[match.start() : match.start("after")]
            body = re.sub(r"\s+of\s+(?:the\s+)?$", "", body)
            body = text[name_start : match.start()] + _ARMED_FORCES.sub("", body)
            found.append(Voice(_body_name(country, body), 3, country.name, start, match.end(), False))
        return found

    def organisations(self, text: str, described: bool) -> list[Voice]:
        """Research and monitoring bodies named in full in `text` (original case), by the shape of their name, and
        (unless `described` is false: the caller knows the text has no word saying what a body is) those named
        after what they are ('the monitoring group Railwatch')."""
        found: list[Voice] = []
        for match in _ORGANISATION.finditer(text) if has_any(text, _ORGANISATION_WORDS) else ():
            name, (start, end) = match.group(), match.span()
            if not name[0].isupper() or " " not in name:
                continue
            if name.endswith(".") and name[-2].islower():  # the sentence's full stop, not 'Inc.'
                name, end = name[:-1], end - 1
            if based := _BASED_IN.match(name):  # 'the Seoul-based Institute for ...': where it is, not its name
                name = name[based.end() :]
                if " " not in name:
                    continue
            # 'The Asan Institute'; "Estonia's Military Intelligence Centre" as bodies are named: 'Estonia Military ...'
            found.append(
                Voice(self._country_possessive_dropped(re.sub(r"^The\s+", "", name)), 2, None, start, end, False)
            )
        if described:
            for match in _DESCRIBED_ORGANISATION.finditer(text):
                if not any(v.start <= match.start("name") < v.end for v in found):
                    found.append(Voice(match["name"], 2, None, match.start("name"), match.end("name"), False))
        return found

    @staticmethod
    def in_organisation_name(text: str, organisations: list[Voice], start: int, end: int) -> bool:
        """Whether text[start:end] is a word of an organisation's name before what the organisation is: 'Kyiv' in
        'the Kyiv Institute for ...' (not 'Korean Central News Agency', which names the agency whole)."""
        return any(
            o.start <= start and end <= o.end and _ORGANISATION_WORD_RE.search(text, end, o.end) for o in organisations
        )

    def officials(self, text: str, low: str, home: str | None = None) -> list[Voice]:
        """Officials named with their country and title in `text` (original case; `low` lower-cased), as
        '<body> (<surname>)'; a title without a country before a Korean name is Seoul's, before another name the
        `home` country's (the one the story is filed from)."""
        found: list[Voice] = []
        if not self.names_a_title(low):
            return found
        # (in the order of self._officials: the two named titles always, the unnamed head and the two envoys only
        # where their titles' words stand, in few sentences)
        posted = "envoy" in low or "amba" in low
        head = has_any(low, _BODY_TITLE_WORDS)
        matches = [
            m
            for k, pattern in enumerate(self._officials)
            if k < 2 or (head if k == 2 else posted)
            for m in pattern.finditer(text)
        ]
        for name in _KOREAN_NAME_RE.finditer(text):  # a title right before a Korean name: searched there only
            if any(m.start() <= name.start() < m.end() for m in matches):
                continue  # named with a country already ('North Korean Foreign Minister Choe Son-hui')
            window = self._seoul_official.finditer(text, max(0, name.start() - 80), name.end())
            if seoul := next((m for m in window if m.end("person") == name.end()), None):
                matches.append(seoul)
        home_spec = self._by_name.get(home) if home else None
        if home_spec is not None and self.names_only(low, home_spec.name):
            for official in (*self._home_official.finditer(text), *self._home_spokesman.finditer(text)):
                if not any(m.start() <= official.start("person") < m.end() for m in matches):
                    matches.append(official)
        for match in matches:
            if match["person"] and (
                not BODY_NAME_WORDS.isdisjoint(match["person"].split())
                or match["person"].split()[-1] in PLACE_NAME_WORDS
            ):
                # '... on Disarmament and International Security, North Korea's representative', 'in Russia's Kursk
                # Oblast, Ukrainian President ...': no person
                continue
            country: CountrySpec | None
            if match["country"]:
                country = self._by_word[match["country"].lower()]
            elif _KOREAN_NAME_RE.fullmatch(match["person"] or ""):
                country = self._by_name.get("South Korea")
            else:
                country = home_spec
            if country is None:
                continue
            if match.groupdict().get("post"):  # as `_single_voice` names an envoy at a post
                host = self._by_word[match["post"].lower()]
                office = f"{country.adjective} ambassador to {host.name}"
            else:
                office = _office(country, match)
            person = match["person"] or ""
            if person.endswith(("'s", "’s")):
                if _ANOTHER_PERSON_AFTER.match(text, match.end()):
                    continue  # "President Donald Trump's special envoy Steve Witkoff": the envoy speaks, not Trump
                person = person[:-2]  # ("President Donald Trump's statement")
            if person:
                office = f"{office} ({person if country.names_whole else _surname(person)})"
            start, end = match.span()
            if text.startswith(",", end) and match.start("person") > start:
                end += 1  # "North Korea's ambassador to Russia, Sin Hong Chol, said": the name set off by commas
            found.append(Voice(office, 4, country.name, start, end, False))
        return found

    def names_a_title(self, low: str) -> bool:
        """The cheap first look for officials (one search for a title's words): most sentences name no title."""
        return bool(self._by_word) and _TITLE_WORD.search(low) is not None

    def names_only(self, low: str, home: str) -> bool:
        """Whether a sentence names no country but `home` and the two of the beat, and no visit (a countryless
        minister is then the home country's: 'Foreign Minister Wang Yi told his counterpart that China was
        concerned' is not)."""
        if _VISITING.search(low):
            return False
        countries = {home, "North Korea", "Russia"}
        return all(self._by_word[part.group()].name in countries for part in self._part.finditer(low))

    def appositive_office(self, text: str, end: int, country: str, person: str) -> str | None:
        """The office a title after a person's name gives them, in their own country: 'Shin Won-sik, the national
        security adviser' speaks as 'South Korea National Security Adviser (Shin)', whatever the post the
        gazetteer knows them by."""
        spec = self._by_name.get(country)
        match = _APPOSITIVE_TITLE.match(text, end) if spec is not None else None
        if spec is None or match is None:
            return None
        return f"{_office(spec, match)} ({person if spec.names_whole else _surname(person)})"

    def _single_voice(self, match: re.Match[str]) -> Voice | None:
        agent: str | None = match.groupdict().get("agent")  # (`_body_in`'s matches name no agent)
        if agent and not _AGENTS_OF_SPEECH.search(match.string, max(0, match.start() - 50), match.start()):
            return None  # 'attacked by South Korea': the agent of no word of speech
        word = match["country"] or match["speaker"] or agent or match.groupdict().get("inverted")
        if word is None:
            return None
        country = self._by_word[word]
        noun = match["noun"]
        if noun is not None:  # 'ambassador to the united nations' -> 'ambassador to the UN'
            noun = re.sub(r"\s+", " ", noun).replace("u.n.", "un").replace("u.n", "un").replace("united nations", "UN")
            noun = noun.replace(" to the un", " to the UN")
            noun = noun.replace(" at the un", " to the UN").replace(" at the UN", " to the UN")  # ('envoy at the UN')
            if noun.startswith(("un ", "UN ")):  # "Ukraine's UN ambassador": the ambassador to the UN
                noun = f"{noun[3:]} to the UN"
            noun = "intelligence" if noun == "intel" else noun  # ('per South Korean intel')
        name, rank = f"{country.adjective} {noun}", 1
        if noun in ("official", "officials", "source", "sources") and (
            kind := _OFFICIALS_KIND.findall(
                # (up to the noun's end: 'presidential' is a kind only before 'official(s)' or 'source(s)')
                match.string,
                match.end("country") if match["country"] else 0,
                match.end("noun"),
            )
        ):
            # 'a South Korean government official', not his rank
            name = f"{country.adjective} {_spelt(kind[-1])} {noun}"
        if noun is not None and noun.startswith("spokes"):
            # an unnamed spokesperson described by what he speaks for: 'a Japanese government spokesman' speaks for
            # the government, 'a Ukrainian army spokesman' for the army (not 'Japanese spokesman')
            served = match.string[match.end("country") if match["country"] else match.start() : match.start("noun")]
            if re.search(r"\bgovernment\s+$", served):
                return Voice(country.government, 1, country.name, match.start(), match.end(), False)
            if re.search(r"\b(?:military|army)\s+$", served):
                name = country.military or f"{country.adjective} military"
                return Voice(name, 3, country.name, match.start(), match.end(), False)
        # 'a Ukrainian commander' is one person's word; 'Ukraine's commander-in-chief' speaks for the army
        chief = match.string.startswith("-in-chief", match.end())
        # ('Ukrainian officials say ...' are the officials, whatever body spoke before; 'the Ukrainian official' is one
        # of a body named before)
        stands_for_body = (
            noun is not None
            and (noun != "officials" or match.string.endswith("the ", 0, match.start()))
            and (chief or not noun.startswith(_PERSONAL_NOUNS))
        )
        if match["estimates"]:  # 'according to US estimates': the government's count
            return Voice(country.government, 1, country.name, match.start(), match.end(), False)
        if match["leader"]:  # 'Ukraine's president said' is Zelensky's word; a leader the gazetteer does not name
            # speaks for the government ('the Japanese leader said')
            return Voice(country.leader or country.government, 5, country.name, match.start(), match.end(), False)
        if match["unit"]:  # 'a Ukrainian drone unit': a unit speaks for itself
            unit = re.sub(r"\s+", " ", match["unit"])
            if unit.endswith("intelligence unit"):
                # ... but an intelligence unit is its country's intelligence ("Finland's defence forces intelligence
                # unit"), not a unit named by the words before it
                name = country.intelligence or f"{country.adjective} intelligence"
                return Voice(name, 2, country.name, match.start(), match.end(), False)
            return Voice(f"{country.adjective} {unit}", 2, country.name, match.start(), match.end(), False)
        if match["fighters"]:  # 'Ukrainian forces said': the country's military, only where a word of speech binds it
            if not country.forces_speak or match["fighters"] in ("soldier", "serviceman"):
                return None  # 'a captured North Korean soldier said', 'a Russian soldier says': no army's word
            name = country.military or f"{country.adjective} military"
            return Voice(name, 1, country.name, match.start(), match.end(), False)
        if match["portfolio"]:  # "South Korea's unification ministry"
            portfolio = match["portfolio"].title()
            return Voice(f"{country.name} Ministry of {portfolio}", 3, country.name, match.start(), match.end(), False)
        if match["ministry"]:  # "Russia's foreign ministry"
            defence = match["ministry"].startswith("defen")
            name = (country.defence_ministry if defence else country.foreign_ministry) or (
                f"{country.name} Ministry of {'Defense' if defence else 'Foreign Affairs'}"
            )
            return Voice(name, 3, country.name, match.start(), match.end(), False)
        if match["force"]:  # 'Ukraine's special forces', 'the Ukrainian army': the armed service speaks
            force = re.sub(r"\s+", " ", match["force"])
            if force in ("special forces", "sof"):
                force = "special operations forces"  # one body, however the copy shortens it
            if force in ("armed forces", "army", "command", "high command"):  # ('the Ukrainian command said')
                name = country.military or f"{country.adjective} military"
            else:
                name = f"{country.name} {force.title()}"
            return Voice(name, 3, country.name, match.start(), match.end(), False)
        if noun == "side" and match.string.endswith("on the ", 0, match.start()):
            return None  # 'soldiers on the Ukrainian side say': the soldiers speak, not Kyiv
        if (
            noun is None
            or noun in ("government", "governments", "authorities", "side")
            or noun.startswith("government ")
        ):
            # ("the US government said" names the government itself, not a body of it named elsewhere)
            name, stands_for_body = country.government, noun is not None and noun != "government"
        elif noun == "intelligence" and country.intelligence:
            name, rank, stands_for_body = country.intelligence, 3, False
        elif noun == "military" and country.name in _PARTIES and _PAPERS_FOUND.match(match.string, match.end()):
            # 'Russian military documents obtained by the Kyiv Independent': a party's papers in others' hands are
            # the outlet's find, not the army's word ('South Korean military documents seen by Reuters' are Seoul's
            # army's, relayed)
            return None
        elif noun == "military" and country.military:
            name, rank, stands_for_body = country.military, 3, False
        end = match.end()
        if match.string.endswith("u.n", match.start(), end) and match.string.startswith(".", end):
            end += 1  # ('the ambassador to the U.N. said': the dotted name's last dot is the name's)
        if noun in ("ambassador", "envoy") and (posted := self._of_post.match(match.string, end)):
            host = self._by_word[posted["name"]]
            if host is not country:  # "Russia's ambassador to Pyongyang": the ambassador to North Korea
                name, end = f"{name} to {host.name}", posted.end()
        return Voice(name, rank, country.name, match.start(), end, stands_for_body)

    def _officials_in_voice(self, match: re.Match[str]) -> Voice:
        country = self._by_word[match["place"] or match["first_place"] or match["envoy_place"]]
        noun = match["noun"] or match["first_noun"] or match["envoy"]
        # 'a military official in Kyiv': what it serves kept
        kind = f"{_spelt(match['kind'])} " if match["kind"] else ""
        name = country.government if noun == "authorities" else f"{country.adjective} {kind}{noun}"
        # an envoy speaks for himself, not for a body of his country; nor does an official who says what he serves
        stands_for_body = match["envoy"] is None and not kind
        return Voice(name, 1, country.name, match.start(), match.end(), stands_for_body, spans_names=True)

    def _joint_voice(self, match: re.Match[str]) -> Voice | None:
        if match["agents"] and not _AGENTS_OF_SPEECH.search(match.string, max(0, match.start() - 50), match.start()):
            return None  # 'attacked by Kyiv and its allies': agents of no word of speech
        listed = match["words"] or match["names"] or match["agents"]
        countries = []
        for part in self._part.finditer(listed):
            country = self._by_word[part.group()]
            if country not in countries:
                countries.append(country)
        joined = _joined([c.adjective for c in countries])
        noun = match["noun"] or "governments"
        if noun in ("estimates", "estimate", "assessments", "assessment", "governments") and _intelligence_before(
            match
        ):
            # the countries' intelligence, not their governments ('intelligence estimates from Washington, Kyiv and
            # Seoul put the number at ...', 'intelligence services in the US, Ukraine and South Korea estimate')
            noun = "intelligence"
        elif noun in ("government", "authorities", "estimates", "estimate", "assessments", "assessment"):
            noun = "governments"
        return Voice(f"{joined} {noun}", 3, None, match.start(), match.end(), False, spans_names=True)


# 'its military intelligence', 'their spy agency': the body of the country named before (the group says which)
_ITS_BODY = re.compile(
    r"\b(?:its|their|the\s+country['’]s)\s+(?:own\s+)?(?:"
    r"(?P<intelligence>(?:military\s+)?intelligence(?:\s+(?:agency|service|directorate))?|spy\s+(?:agency|service))"
    r"|(?P<military>military|armed\s+forces|general\s+staff|joint\s+chiefs(?:\s+of\s+staff)?)"
    r"|(?P<defence_ministry>defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)"
    # ('North Korea will not send more troops, its foreign ministry said')
    r"|(?P<foreign_ministry>foreign\s+ministry|ministry\s+of\s+foreign\s+affairs))\b"
)
_PARTIES = frozenset(("North Korea", "Russia"))
_SUBJECT_OPENS = re.compile(r"(?:(?:but|and|meanwhile|still|yet),?\s+)?(?:the\s+)?")
_PAPERS_FOUND = re.compile(
    r"\s+(?:documents?|registers?|records|files|papers)\s+(?:\w+\s+)?(?:obtained|seen|reviewed|leaked)\b"
)
# a country's outlets, whose country 'the country' then is: 'Ukrainian media', 'South Korean news outlets'
_MEDIA_AFTER = re.compile(
    r"\s+(?:state\s+|local\s+|news\s+)?(?:media|press|outlets?|newspapers?|news\s+agency|broadcasters?)\b"
)
# ... and a country's agency named by the bare noun, only as the one that cites 'the country's' body, right after its
# name ('South Korean agency Yonhap, citing the country's intelligence service'; not 'the South Korean agency Yonhap
# also ran ..., according to the country's', nor 'a US agency reported; the country's ... said')
_AGENCY_CITING = re.compile(
    r"\s+(?:state\s+)?agency(?:\s+[\w'’.-]+){0,3},\s+(?:citing|quoting|which\s+(?:cited|quoted))\s+"
)
# the members a body is named with ('set up by 11 countries including the US, Japan and'): none of them speaks
_MEMBERS_BEFORE = re.compile(
    r"\bincluding\s+(?:the\s+)?(?:[a-z.'’ -]{2,20}?,\s+(?:the\s+)?)*(?:[a-z.'’ -]{2,20}?,?\s+and\s+(?:the\s+)?)?$"
)


def _intelligence_before(match: re.Match[str]) -> bool:
    """Whether the countries a joint voice lists are those whose intelligence the words before name."""
    low = match.string
    start = match.start()
    if low.startswith("the ", start - 4):  # ('intelligence services in the US, ...': the voice starts at 'us')
        start -= 4
    return _INTELLIGENCE_BEFORE.search(low, max(0, start - 40), start) is not None


def _joined(adjectives: list[str]) -> str:
    return ", ".join(adjectives[:-1]) + f" and {adjectives[-1]}" if len(adjectives) > 1 else adjectives[0]


def _spelt(kind: str) -> str:
    """What an unnamed official serves, spelt as sources are named: 'defense' ('a UK defence official' is a 'UK
    defense official', as 'US Department of Defense' and 'Ministry of National Defense' are)."""
    return kind.replace("defence", "defense").replace("presidential office", "presidential")


_NOT_NATIONS = frozenset(("EU", "Europe", "West"))  # voices of the gazetteer's that name no one country's bodies
_POSSESSIVE_OPENING = re.compile(r"^([A-Z][\w-]+)['’]s\s+")
_US_AS_OBJECT = re.compile(
    r"\b(?:told|tell|tells|telling|showed|shows|show|gave|give|gives|asked|asks|let|lets|"
    r"informed|reminded|wrote|sent|sends|assured)\s+$"
)
_ENVOY_NOUNS = ("representative", "ambassador", "envoy")
_ONE_ENVOY = re.compile(r"\b(?:representative|ambassador|envoy)\b(?!s)")
_PLACED_VOICE_WORDS = ("official", "authorities", *_ENVOY_NOUNS)
# verbs whose agent gives a figure: 'the casualties reported by South Korea', 'the figure given by the spy agency'
AGENT_VERBS = r"reported|estimated|cited|given|claimed|tallied|counted|announced|confirmed|declared|notified"
# what makes listed capitals the voice of a figure: 'as reported by', 'according to', 'citing'
_AGENTS_OF_SPEECH = re.compile(
    rf"\b(?:(?:{AGENT_VERBS}|said|stated|alleged|assessed)\s+(?:both\s+)?by|according\s+to|citing|per"
    r"|(?:according\s+to|citing)\s+(?:the\s+)?(?:\w+\s+)?(?:estimates?|assessments?|figures|data)\s+(?:of|from)"
    # (not a figure compared: 'well above estimates from South Korea', 'in line with figures from Seoul')
    r"|(?<!above\s)(?<!below\s)(?<!than\s)(?<!with\s)(?<!beyond\s)(?<!exceeds\s)(?<!exceeding\s)(?<!to\s)"
    r"\b(?:estimates?|assessments?|figures)\s+from"
    # the intelligence of a list of countries, as the sentence's subject or what it goes by ('Intelligence from the
    # US, Ukraine and South Korea puts ...'; not 'Kyiv shares intelligence from the US and Britain', nor what a
    # speaker cites: 'Zelensky, citing intelligence from the US and South Korea, said' is Zelensky's word)
    # ('Military intelligence from Ukraine and South Korea says ...': a list's intelligence of one kind)
    r"|(?:^|[,;:]\s+|according\s+to\s+)(?:the\s+)?(?:(?:military|defen[cs]e)\s+)?intelligence"
    r"(?:\s+(?:estimates?|assessments?|services|agencies))?\s+(?:from|of|in))\s+(?:both\s+)?$"
)
_MINISTRY = re.compile(r"Ministry\s+of\s+(?:(?P<defence>(?:National\s+)?Defen[cs]e)|Foreign\s+Affairs)", re.IGNORECASE)


def _office(country: CountrySpec, match: re.Match[str]) -> str:
    """The body a title speaks for: 'defence minister' -> the defence ministry, 'national security adviser' ->
    'South Korea National Security Adviser'."""
    if match.groupdict().get("spokes"):
        return _spokespersons_body(country, match)
    if match["defence"]:
        return country.defence_ministry or f"{country.name} Ministry of Defense"
    if match["foreign"]:
        return country.foreign_ministry or f"{country.name} Ministry of Foreign Affairs"
    if match["intelligence"]:
        # 'Ukraine's intelligence chief Kyrylo Budanov' -> 'Ukraine HUR'; "Estonia's military intelligence chief" is
        # named as "Estonia's military intelligence" is
        return country.intelligence or f"{country.adjective} intelligence"
    if match.groupdict().get("un"):
        return f"{country.name} UN representative"
    if match.groupdict().get("cabinet"):
        return country.government  # a chief cabinet secretary is the government's spokesman (Japan's)
    title = re.sub(r"\s+", " ", match["title"])
    if title.lower().startswith("security advis"):
        title = f"national {title}"  # "Seoul's security adviser": the national security adviser
    return f"{country.name} {title.title()}"  # 'South Korea National Security Adviser'


def _spokespersons_body(country: CountrySpec, match: re.Match[str]) -> str:
    if match["sp_military"]:
        return country.military or f"{country.adjective} military"
    if match["sp_foreign"]:
        return country.foreign_ministry or f"{country.name} Ministry of Foreign Affairs"
    if match["sp_defence"]:
        return country.defence_ministry or f"{country.name} Ministry of Defense"
    if match["sp_intelligence"]:
        return country.intelligence or f"{country.adjective} intelligence"
    force = " ".join(match["sp_force"].split()).title()
    return f"{country.name} {force}"


def _body_name(country: CountrySpec, body: str) -> str:
    """'Ukraine's Ministry of Defence' is the same body as 'Ukraine's defence ministry', whatever the spelling."""
    ministry = _MINISTRY.fullmatch(body)
    if ministry is None:
        return f"{country.name} {body}"
    if ministry["defence"]:
        return country.defence_ministry or f"{country.name} Ministry of Defense"
    return country.foreign_ministry or f"{country.name} Ministry of Foreign Affairs"


def _surname(person: str) -> str:
    """How a source names a person: Korean names whole ('Shin Won-sik'), others by surname ('Nakatani')."""
    words = person.split()
    return person if re.search(r"-[a-z]", words[-1]) else words[-1]  # ('Thomas-Greenfield' is a surname)


def _listed(alternatives: str) -> str:
    """'A and B', 'A, B and C', 'A, B, and C': a list closed by 'and' (a bare 'A, B' is two clauses)."""
    return rf"(?:{alternatives})(?:\s*,\s*(?:{alternatives}))*\s*,?\s+and\s+(?:{alternatives})"
