"""The grammar of attribution: the words that bind a name to what a sentence says ('the NIS said', 'according to
the NIS'), that lean on a speaker named before ('it said', 'the ministry'), that split a sentence into its speakers'
parts, and the marks of a quotation. Used by core/extract/attribution.py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from core.alternation import by_first_letter
from core.dates import MONTH, WEEKDAY
from core.extract.sentences import Sentence
from core.phrases import has_any
from core.voices import (
    AGREES_THAT,
    CALLS_REPORTS,
    DECLARES_SUPPLY,
    ELIDED_FIGURE,
    FEAR_UNREPORTED,
    OFFICIAL_KINDS,
    PREDICTS,
    REVISES,
)

# a figure, with its hedge, right ahead
_FIGURE_AHEAD = (
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|as\s+many\s+as)\s+)?\d"
)
# a month shortened in a date set off by commas: 'The Financial Times, in a Nov. 16 report, found'
_MONTH_DOT = r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\."
# Words that bind a name before them to what the sentence says ('the NIS said', "the ministry's estimate").
_CUE_AFTER = re.compile(
    rf"(?:['’]s?)?(?:\s*\([^)]{{1,40}}\))?(?:\s*,(?:[^,;.]|{_MONTH_DOT}){{0,60}},)?"
    # 'an official familiar with the matter said', 'an official who asked not to be named said'
    # ('a US official speaking on condition of anonymity said')
    r"(?:,?\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|briefed\s+on|in\s+charge\s+of|"
    r"speaking\s+(?:on|under|to|after|at)\s|"
    r"responsible\s+for|(?:who|which)\s+[a-z]+)[^,;.]{0,70}?(?=\s))?"
    # what the name is: 'NHK television and radio company wrote', 'the Yonhap news agency reported'
    r"(?:\s+(?:state-run|state-owned|state|public|news|wire|television|tv|radio|and|company|agency|newspaper|"
    r"broadcaster|daily|channel|network|outlet|magazine|service|media|website|think\s+tank|"
    # an outlet's own desk: 'BBC Verify has analysed', 'CNN Investigates found'
    r"verify|investigates|visual\s+investigations|fact\s+check|"
    # who speaks for a body: 'NIS officials said', 'a Pentagon spokesman told'
    # ... or heads it, unnamed: "Russia's Security Council secretary said"
    r"officials?|sources?|representatives?|officers?|analysts?|chief|head|secretary)){0,4}"
    # a body's spokesperson by name: "the foreign ministry's spokeswoman Maria Zakharova denied"
    # ... or unnamed: 'a Kremlin spokesman said', 'a Kremlin spokeswoman told reporters'
    r"(?:\s+spokes(?:man|woman|person)(?:\s+[a-z'’-]+){0,3}?(?=\s+(?:[a-z]+(?:ed|s)|said|told)\b))?"
    # what it is or whom it cites, between commas: 'Yonhap news agency, citing a South Korean military official,
    # reported', "Lithuania's military intelligence service, the AOTD, said"
    r"(?:\s*,[^,;.]{3,90},)?"
    r"\s+"
    r"(?:(?:has|have|had|also|here|earlier|later|previously|recently|first|then|now|again|long|still|on\s+\w+day|"
    r"(?:last|this)\s+(?:week|month|year)|"
    r"latest|new|own|official|updated|previous|last|recent|annual|separate|earlier|preliminary|final|detailed|"
    r"classified|internal|single|only|first|monthly|"
    r"in\s+a\s+[\w-]+|\w+ly|"
    # a dated word: "the White House's May 2 statement"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+){0,3}"
    # (each word whole: 'reported', not 'reportedly'; 'found', not 'foundation')
    r"(?:said|says|say|saying|told|tells|estimated|estimates|estimate|believes|believed|believe|thinks|thinking|"
    r"think(?![\s-]+tanks?\b)|reckons|reckoned|reckoning|reckon|"
    r"(?:went|goes)\s+further,?\s+(?:saying|assessing|claiming|estimating|warning|arguing|suggesting)|"
    rf"reported|reports|claimed|claims|{PREDICTS}|"
    rf"(?:declared|declares|declaring|reporting){DECLARES_SUPPLY}|"
    r"stated|states|confirmed|confirms|assessed|assesses|announced|announces|noted|notes|revealed|reveals|"
    r"disclosed|discloses|warned|warns|warn|added|adds|wrote|writes|suggested|suggests|suggesting|suggest|indicated|indicates|indicate|found|"
    r"finds|showed|shows|concluded|cited|briefed|informed|notified|explained|alleged|alleges|acknowledged|"
    # 'put the number at', 'put North Korean casualties at'
    r"puts?\s+(?:the|them|their|(?:[\w'’-]+\s+){1,6}?(?:at|as\s+(?:high|low|many)\s+as|closer\s+to))|"
    # ... past an aside: 'put North Korean losses, counting the dead, wounded and captured, at around 4,000'
    rf"puts?\s+[^.;:]{{1,90}}?,\s+at\s+(?={_FIGURE_AHEAD})|"
    r"publici[sz]ed|published|released|detailed|accused|accuses|accuse(?=\s+(?:[\w'’-]+\s+){1,3}?of\b)|expects|expecting|expect(?!\s+(?:(?:at\s+least|up\s+to|some|about|around|as\s+many\s+as)\s+)?(?:another|more|further|additional|\d))|expected|"
    r"denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|disputes|insisted|insists|admitted|admits|"
    rf"{CALLS_REPORTS}|"
    rf"stressed|argued|argues|argue|contends|contended|maintains|maintained|pointed\s+out|points\s+out|observed|"
    rf"observes|{AGREES_THAT}|"
    # a worry voiced: 'Western officials fear that Russia could help'
    # (unless the sentence names who reports it: 'Pyongyang fears that ..., the NIS told lawmakers')
    rf"(?:fears?|feared|worr(?:y|ies|ied)\s+that|suspects?|suspected){FEAR_UNREPORTED}|"
    r"(?:expressed|voiced|raised)\s+(?:\w+\s+)?concerns?|"
    rf"{REVISES}(?:its|their|his|her)\s+(?:\w+\s+)?"
    r"(?:estimate|count|tally|figure|assessment)s?|"
    r"quoted|quotes|cites|described|describes|"
    # a count of one's own: 'NK News counted about 4,000 containers', 'the FT identified more than 400 shells'
    r"counted|counts|tallied|tallies|identified|identifies|documented|recorded|calculated|calculates|"
    r"learned|learnt|understands|has\s+seen|obtained|verified|verifies|geolocated|analy[sz]ed|puts\s+the|putting\s+the|(?:report|estimate|assessment|data|analysis|figure|findings|briefing|statement|intelligence|"
    r"word|remark|comment|claim|allegation|warning|testimony|investigation|study|count|tally|review|survey|finding|"
    # ("Moscow's acknowledgement that ...", "the Kremlin's admission that ...")
    r"acknowledge?ment|admission|announcement|confirmation|"
    # a state's returns to the UN: "Moscow's declarations to the UN list 241,114 barrels", "Russia's declared
    # exports were 277,365 barrels"
    r"declaration|filing|notification|submission|expectation)s?|declared\s+(?:exports|deliveries|supplies|shipments))\b",
    # ('reported', not 'reportedly')
)
# A wire headline names its speaker last, after a colon or dash: 'N. Korea sends 3,000 more troops to Russia: JCS'.
_HEADLINE_COLON = re.compile(r"(?::|\s[-–—])\s*(?:the\s+)?$")
_HEADLINE_SPEAKER = re.compile(r"[\s.\"'”’]*$")
# Words that bind a name after them ('according to the NIS', 'citing Budanov', 'said Kirby'), grouped by first letter
# (by_first_letter): searched before every name a sentence holds.
_BY_OR_FROM = (  # ... by, ... from
    # 'a briefing by the NIS', 'data from the MSMT'; not 'a reaction from an official'
    "reported", "estimated", "released", "published", "provided", "compiled", "briefed", "accused", "report",
    "briefing", r"estimates?", "data", "figures", r"comes?", "came", "given", "cited", "claimed", "tallied",
    # 'footage shared by a Ukrainian drone unit shows ...'
    "shared", "posted", "filmed", "recorded",
    # a state's own return to the UN: 'a supply of 15,279 barrels was declared by Russia'
    "declared", "notified",
    # an outlet's own finding: 'photographs obtained by the Post', 'documents seen by the Financial Times'
    "obtained", "seen", "reviewed", "analy[sz]ed", "examined", "verified", "geolocated",
    "information", "intelligence", "findings", r"assessments?", "analysis", "statement",
)  # fmt: skip
# a report named by when or which it is: 'the May report of the MSMT', 'the first report of the monitors'
_DATED_REPORTS = (
    "first", "second", "third", "latest", "annual", "new", "recent", "final", "interim", "quarterly", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_CUE_BEFORE = re.compile(
    by_first_letter(
        r"according\s+to|citing|cited\s+by|quoting|quoted\s+(?:as\s+saying\s+)?by|per|said|says"
        # ('Kyodo quotes a Japanese government source as saying')
        r"|quotes|quoted(?!\s+(?:as\s+saying\s+)?by\b)"
        # ('A note by SIPRI cites Ukrainian officials as saying', as 'quotes' does)
        r"|cites"
        # ('Kyodo News, which cited a Ukrainian official, reported')
        r"|which\s+(?:cited|quoted)|who\s+(?:cited|quoted)"
        # ('according to a Yonhap report that cited the JCS')
        r"|that\s+(?:cited|quoted)"
        + "".join(rf"|{word}\s+(?:by|from)" for word in _BY_OR_FROM)
        + "".join(rf"|{word}s?\s+of" for word in ("assessment", "estimate", "view", "finding", "conclusion"))
        # ('the May report of the Multilateral Sanctions Monitoring Team'; not 'reports of North Korean troops', nor
        # 'the report of the Ukrainian army's advance')
        + "".join(rf"|{when}\s+report\s+of" for when in _DATED_REPORTS)
        + r"|by\s+the\s+(?:count|tally|reckoning)\s+of|in\s+the\s+(?:count|tally|reckoning)\s+of"
        # ('The count, by the Kyiv Independent, includes ...': whose count it is, set off by commas)
        + "".join(rf"|{noun},\s+by" for noun in ("count", "tally", "estimate", "analysis", "investigation", "review"))
    )
    + r"\s+(?:(?:the|a|an|its|their|senior|top|unnamed)\s+)*(?:[\w'’.-]+\s+){0,3}$",
)
# What follows a speaker named after 'said' ('..., said the Pentagon.', '... said Budanov on Monday')
_INVERTED_END = re.compile(
    r"[\s\"”’']*(?:[,.;:()—–-]|$)|\s+(?:on|in|at|earlier|last|this|late|early|yesterday|today|told|according|citing|"
    r"which|who|adding|after|before|during|when|while|as|of|from|and|or|spokes\w*|chief|director|head|minister|"
    r"secretary|official|officials|general|press|for|to|with|by|the|"
    # ('..., said a Ukrainian source familiar with the matter', '..., said a US official speaking on condition ...')
    r"familiar|close|speaking|briefed|knowledgeable)\b"
)
RELAY_TOLD = re.compile(r"\b(?:told|to)\s+(?:the\s+)?$")
# 'the general claimed', 'it said', 'the report': the sentence leans on an attribution made before it.
_PRONOUN_SPEECH = (
    r"(?:said|says|added|adds|noted|notes|estimated|estimates|warned|reported|claimed|claims|told|wrote|affirmed|"
    r"confirmed|stated|revealed|disclosed|explained|stressed|emphasi[sz]ed|insisted|argued|believes|believed|"
    r"assessed|suggested|indicated|acknowledged)"
)
# A research or monitoring group named before speaking again: 'the group said' (not 'the group numbers 1,000')
_GROUP_SPEAKS = (
    r"\bthe\s+(?:[a-z'’-]+\s+){0,2}?group\s+(?:\w+ly\s+|also\s+)?"
    r"(?:said|says|added|adds|estimated|estimates|reported|reports|counted|found|noted|wrote|writes)\b"
)
# A source named before speaking again: 'the source said', 'the sources added', 'according to the source', 'one of
# the sources said'
_SOURCE_SPEAKS = (
    rf"\bthe\s+(?:[a-z'’-]+\s+){{0,2}}?sources?(?:,[^,]{{1,80}},)?\s+(?:\w+ly\s+|also\s+)?{_PRONOUN_SPEECH}\b"
    r"|\baccording\s+to\s+the\s+(?:[a-z'’-]+\s+){0,2}?sources?\b(?!\s+(?:of|in|inside|from)\b)"
)
# (only whether it matches counts: the alternatives that open at a word boundary share one '\b')
_COMMAND_SPEAKS = r"\s+(?:said|says|added|estimated|reported|told|stated|assessed)\b"
_REFERS_BACK = re.compile(
    # a sentence whose subject is a pronoun speaks later: 'He declined to go into detail, but said ...'
    rf"^(?:he|she|they)\b[^.;]{{0,120}}?\b{_PRONOUN_SPEECH}\b"
    # (not an impersonal passive: 'it was reported that ...' names no one)
    rf"|\b(?:(?!it\s+(?:was|has\s+been|had\s+been)\s)(?:it|they|he|she)\s+(?:\w+\s+)?{_PRONOUN_SPEECH}\b"
    r"|according\s+to\s+(?:him|her|them)\b"
    # a pronoun putting a figure on something gives it: 'By January he put the figure at nearly 4,000', 'It also
    # put the number of soldiers at over 11,000', 'It puts the rounds at some nine million' (not 'they put the
    # troops on trains', 'it put the soldiers at risk')
    r"|\b(?:it|they|he|she)\s+(?:\w+\s+){0,2}?puts?\s+(?:(?:the|its|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:figure|number|total|toll|count|tally|estimate)s?\b|[^.;]{1,60}?\bat\s+(?:\d|(?:some|about|around|roughly|"
    r"nearly|almost|over|more\s+than|at\s+least|close\s+to|up\s+to)\s))"
    r"|the\s+(?:[a-z'’-]+\s+){0,2}(?:report|ministry|agency|official|officials|documents?|assessment|briefing|"
    r"spy\s+chief|intelligence\s+chief|intelligence\s+officer|officer|general|minister|spokes(?:man|woman|person)|lawmakers?|"
    r"study|data|head\s+of\s+state|ambassador|envoy|diplomat|adviser|advisor|secretary|"
    r"analysis|team|panel|monitors?|watchdog|intelligence|statement|service|directorate|president|commander|admiral|"
    r"institute|think\s+tank|authors?|white\s+paper|researchers|analysts|cent(?:er|re))\b|"
    # 'its analysts put the number at 180': the research body's own people
    r"\bits\s+(?:own\s+)?(?:researchers|analysts|authors|experts)\b|"
    # 'Its reporting has 2,600 soldiers earmarked', 'its latest estimate puts': the body named before, its own word
    # ('Its initial count was 1,500', 'Its reports had 2,600 soldiers scheduled to ...')
    r"^its\s+(?:own\s+|latest\s+|new\s+|initial\s+|first\s+|earlier\s+|previous\s+)?(?:reporting|reports|estimate|"
    r"assessment|count|tally|figures|data)\s+(?:has|have|had|puts?|put|shows?|showed|says|said|gives|gave|was|is)\b|"
    # 'Its first public assessment, issued last Friday, had put the decision at some 12,000 troops'
    r"^its\s+(?:[\w-]+\s+){0,3}?(?:estimate|assessment|report|statement|count|tally)\s*,[^,;.]{1,50},\s+"
    r"(?:has\s+|had\s+)?(?:put|puts|shows?|showed|says|said|gives|gave|found|finds)\b|"
    rf"\bthe\s+command(?={_COMMAND_SPEAKS})|"
    # 'the source said', 'according to the sources' (not 'the main source of shells', 'the source documents')
    rf"(?:{_SOURCE_SPEAKS})|{_GROUP_SPEAKS}"
    # (not bare estimates, no one's: 'according to estimates at the time')
    r"|(?:according\s+to|citing)\s+(?:(?:the\s+)?(?:report|documents?|data|assessment|findings|authors?)|"
    r"the\s+estimates?)\b)",
)
# the hedge a listed figure may open with ('about 3,000 (NIS), about 4,000 (HUR)')
_LISTED_HEDGE = r"(?:about|around|some|roughly|nearly|over|more\s+than|at\s+least|up\s+to|as\s+many\s+as)?"
# A figure's own part of a sentence: 'NIS said 1,500 were sent, while Zelensky said 10,000 ...' gives the
# 1,500 to the NIS though Zelensky stands nearer to it.
_SEGMENT_BREAK = re.compile(
    r";|\s[-–—]{1,2}\s|\b(?:while|whereas|but|although|though|meanwhile|however)\b"
    # credits in a list: '11,000 (NIS) / 12,000 (HUR)', 'more than 100 (HUR) vs. 148 (JCS)', 'about 3,000 (NIS),
    # about 4,000 (HUR)': each figure with the credit after it
    rf"|\s/\s|\s(?:vs\.?|versus)\s|(?<=[)\]]),\s+(?={_LISTED_HEDGE}\s*\d)"
    # ... or its own 'according to': '11,000 according to the NIS, 12,000 according to the HUR'
    rf"|,\s+(?={_LISTED_HEDGE}\s*\d[\d,.]*(?:\s+[\w-]+){{0,3}}?,?\s+according\s+to\b)"
    # 'from 11,000, according to the Pentagon, to 15,000, according to Kyiv'; ', with Seoul putting it at 13,000'
    r"|,\s+to\s+(?=(?:as\s+(?:many|much|high)\s+as\s+|about\s+|around\s+|some\s+)?\d)"
    r"|,\s+with\s+(?=(?:[\w'’.-]+\s+){1,4}(?:putting|saying|estimating|claiming|reporting)\b)"
    # '100,000 troops, a figure Western officials called unlikely': the comment is another speaker's part
    r"|,\s+(?:a|an)\s+(?=(?:[\w-]+\s+)?(?:figure|number|estimate|claim|assessment|flow|trend|rise|increase|jump|"
    r"surge|pace|practice|move|development|deployment|escalation|decision|step|buildup|build-up|transfer|shipment|"
    r"act)\b)|,\s+(?=something\s)"
    # '..., and the NIS told lawmakers that casualties had reached 4,700': a second speaker's clause
    r"|,\s+and\s+(?=(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+(?:told|said|says|estimated|estimates|reported|"
    r"reports|believes|claimed|claims|warn|warns|warned|fear|fears|feared)\b)"
)
SPEECH = re.compile(
    r"\b"
    + by_first_letter(  # searched in every sentence that names a source
        r"said|says|say|told|tells|according|cit(?:ed|ing)|report\w*|estimat\w*|claim\w*|stated?|states|"
        r"confirm\w*|assess\w*|announc\w*|not(?:ed|es)|reveal\w*|disclos\w*|warn\w*|add(?:ed|s)|wr[io]te|suggest\w*|"
        r"show\w*|found|finds|briefed|briefing|accus\w*|per|believ\w*|publi\w*|releas\w*|detail\w*|allege\w*|"
        r"acknowledg\w*|concluded|indicat\w*|informed|explained|put\s+the|denie[sd]|dismissed|rejected|insist\w*|"
        r"quot\w*|admit\w*|stressed|argue[sd]?|contend\w*|maintain\w*|agree[sd]?\s+that|concur(?:s|red)?\s+that|"
        r"fears?|feared|worr(?:y|ies|ied)|suspect\w*|predict\w*"
    )
    + r"\b"
)
# A speaker the gazetteer cannot name, bound to its own verb: the figure is theirs, never a named authority's.
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:analysts|experts|observers|researchers|specialists|scholars|commentators|critics|bloggers|"
    r"military\s+watchers|think\s+tanks?|monitoring\s+(?:group|team|body)|watchdog)\s+(?:\w+\s+){0,2}?"
    r"(?:say|said|says|estimate[sd]?|believe[sd]?|think|thought|suggest(?:s|ed)?|calculate[sd]?|reckon(?:s|ed)?|put|claim(?:s|ed)?|warn(?:s|ed)?|note[sd]?)\b"
    r"|\b(?:according\s+to|said|say|says)\s+(?:some\s+|several\s+|many\s+|other\s+)?(?:\w+\s+)?"
    r"(?:analysts|experts|observers|researchers|specialists)\b"
    # 'reportedly', 'according to media reports': the figure is someone else's, unnamed
    r"|\b(?:reportedly|allegedly|according\s+to\s+(?:media\s+|news\s+|press\s+)?reports)\b"
    # 'according to some estimates', 'estimates vary', 'a figure cited by several governments', 'unconfirmed posts
    # claimed', '(they) are said to number': no one in particular
    r"|\baccording\s+to\s+(?:some|various|several|other|unofficial|independent|the\s+latest|(?:the\s+)?recent|"
    r"(?:the\s+)?current)\s+(?:estimates|accounts|sources|counts)\b"
    r"|\bestimates\s+(?:vary|differ|range)\b|\bcited\s+by\s+(?:several|various|many|some)\b"
    r"|\bby\s+(?:one|some|other|several|many)\s+(?:counts?|estimates?|tall(?:y|ies)|accounts?|calculations?)\b"
    r"|\bunconfirmed\s+(?:\w+\s+){0,3}?(?:posts|reports|accounts|claims)\b"
    # 'Some reports have even claimed ...', 'other reports say'
    r"|\b(?:some|other|several|many|various|earlier|media|press)\s+(?:media\s+|news\s+)?reports\s+(?:\w+\s+){0,2}?"
    r"(?:say|said|says|claim(?:s|ed)?|suggest(?:s|ed)?|put|estimate[sd]?)\b"
    r"|\b(?:is|are|was|were)\s+said\s+to\s+(?:number|total|be|have)\b"
    # 'Sources say a further 3,000 arrived', 'It is known that Russia handed over ...': someone unnamed, not the
    # speaker of the sentence before
    r"|^\W*(?:unnamed\s+|anonymous\s+|other\s+|some\s+)?sources\s+(?:\w+\s+){0,2}?(?:say|said|says|told|claim(?:s|ed)?|"
    r"suggest(?:s|ed)?|indicate[sd]?)\b|^\W*it\s+(?:is|was|has\s+been)\s+(?:also\s+)?known\s+that\b"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?reported\s+to\s+(?:be|have)\b"
    # 'the Kremlin has not denied reports that ...': the figure is the unnamed reports'
    r"|\b(?:denied|deny|denies|confirmed|confirm|dismissed|rejected|comment\s+on|asked\s+about|questions?\s+about|"
    r"respond(?:ed|ing)?\s+to)\s+(?:the\s+|media\s+|news\s+|press\s+)?reports\b"
)
# A word each of those speakers needs, as substrings (a cheap look first: most sentences hold none), and 'said to'
_UNNAMED_WORDS = (
    "analysts", "experts", "observers", "researchers", "specialists", "scholars", "commentators", "critics",
    "bloggers", "watchers", "tank", "monitoring", "watchdog", "reported", "allegedly", "reports", "estimate",
    "account", "source", "count", "cited", "tall", "calculation", "unconfirmed", "known",
)  # fmt: skip
_SAID_TO = re.compile(r"said\s+to\b")
# a concessive or contrasting clause, up to where an unnamed speaker is met in it
_ASIDE_BEFORE = re.compile(r",\s*(?:although|though|whereas|while|but)\b[^.;,]*$")
_SAID_TO_BE = re.compile(r"(?:is|are|was|were)\s+(?:also\s+)?(?:said|reported)\s+to\b")
_COUNT_WORD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"millions?|billions?)\b"
)
OUTLET_REFERENCE = re.compile(
    # ('the public broadcaster', 'the state-run news agency'; not a country's: 'the British newspaper' may be any)
    r"\bthe\s+(?:(?:public|state|state-run|state-owned|national|independent|online|business|financial)\s+){0,2}"
    r"(?:media\s+agency|news\s+agency|newspaper|paper|outlet|publication|broadcaster|magazine|daily|"
    r"news\s+(?:site|website|service)|(?:(?:tv|television|cable|news)\s+)?network)\b"
)
# The last words of each of those names: a sentence without one of them names none (a substring test first).
_OUTLET_NOUNS = (
    "agency", "paper", "outlet", "publication", "broadcaster", "magazine", "daily", "site", "service", "network"
)  # fmt: skip


def outlet_references(low: str) -> list[tuple[int, int]]:
    """Where a lower-cased sentence refers to an outlet named before ('the newspaper', 'the news agency')."""
    if not has_any(low, _OUTLET_NOUNS):
        return []
    return [m.span() for m in OUTLET_REFERENCE.finditer(low)]


QUOTE_OPEN = "\"“‘'"
_QUOTE_CLOSE = "\"”’'"


_ELIDED_FIGURE = re.compile(ELIDED_FIGURE)


def _elided_figure_after(low: str, end: int) -> bool:
    """ "Kyiv's is 12,000": the name (with or without its 's) gives a figure whose noun is left out."""
    if low.endswith(("'s", "’s"), 0, end):
        end -= 2
    return low.startswith(("'s", "’s"), end) and _ELIDED_FIGURE.match(low, end) is not None


# a speaker in a relative clause of its own: "... than that of Seoul's spy agency, which told lawmakers that ..."
_WHICH_SPEAKS_AFTER = re.compile(
    r",\s+(?:who|which)\s+(?:(?:also|has|had|have|earlier|previously|now|recently)\s+)*(?:said|says|told|tells|"
    r"estimated|estimates|reported|reports|believes|believed|puts|put|counted|counts|assessed|assesses|claimed|claims)\b"
)


# a source set in brackets at the end of a fact box's line: '- 1,000 containers shipped by October 2023 [US government]'
_BRACKET_CLOSES_LINE = re.compile(r"\s*(?:[,;][^\])\n]{1,30})?[\])]\W*$")  # ('[Western officials, January]')

# ... or after each figure of a list of credits: '11,000 (NIS) / 15,000 (Kyiv)', '100 (HUR) vs. 148 (JCS)'
_CREDIT_CLOSES = re.compile(r"[\])]\s*(?:[,;/]|vs\b|versus\b|\.?\s*$)")
_FIGURE_BEFORE_CREDIT = re.compile(r"\d[\d,.]*(?:\s+(?:million|[a-z-]+)){0,2}\s*$")
# ... mid-sentence, the bracket holding the name alone right after a figure and its noun: '11,000 troops [NIS] and
# 6,000 builders [Shoigu] were sent'
_CREDIT_ALONE_CLOSES = re.compile(r"[\])](?![’'])")
_FIGURE_AND_NOUN_BEFORE_CREDIT = re.compile(
    r"\d[\d,.]*(?:\s+million)?(?:\s+[a-z-]+){1,2}\s*$"
)  # (not 'Jan. 5 (Yonhap)')
# ... or after the figure inside one bracket: 'Losses (about 120, NIS) were light'
_FIGURE_OPENS_CREDIT = re.compile(
    r"[(\[](?:(?:about|around|some|roughly|nearly|almost|over|at\s+least|up\s+to|more\s+than|c\.|~)\s*)?"
    r"\d[\d,.]*(?:\s+(?:million|[a-z-]+)){0,2}\s*[,;:]\s*(?:the\s+)?$"
)

_RECKONING_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:own|latest|official|new|previous|earlier|updated)\s+)?"
    r"(?:estimates?|count|tally|reckoning|calculations?|figures)\b"
)
_RUNNING_TALLY_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:running|rolling|cumulative)\s+(?:estimates?|count|tally|reckoning|figures|toll)\b"
)
_OTHER_TELLER = re.compile(
    r"\b(?:according\s+to|said|says|told|tells|reported|reports|cited|citing|estimated|estimates\s+that|shared\s+by|"
    r"given\s+by|released\s+by|provided\s+by|per)\b"
)
_RECKONING_END = re.compile(r"\s(?:estimates?|count|tally|reckoning|calculations?|figures)$")  # (a voice's own noun)


def is_bound(low: str, start: int, end: int) -> bool:
    return (
        _CUE_AFTER.match(low, end) is not None
        or (
            low.endswith(("[", "("), 0, start)
            and _BRACKET_CLOSES_LINE.match(low, end) is not None
            and "(" not in low[: start - 1]
            and "[" not in low[: start - 1]
        )
        or (
            low.endswith(("[", "("), 0, start)
            and _CREDIT_ALONE_CLOSES.match(low, end) is not None
            and (
                _CREDIT_CLOSES.match(low, end) is not None
                or _FIGURE_AND_NOUN_BEFORE_CREDIT.search(low, max(0, start - 40), start - 1) is not None
            )
            and _FIGURE_BEFORE_CREDIT.search(low, max(0, start - 40), start - 1) is not None
        )
        or (low.startswith((")", "]"), end) and _FIGURE_OPENS_CREDIT.search(low, max(0, start - 50), start) is not None)
        # a relay credited in brackets after what it relays: '... 40 KN-24 missiles (via NK News).'
        or (low.endswith(("(via ", "[via "), 0, start) and low.startswith((")", "]"), end))
        or (low.startswith(",", end) and _WHICH_SPEAKS_AFTER.match(low, end) is not None)
        or bound_before(low, start, end)
        # 'by South Korean estimates', "by Seoul's own count": whose reckoning the figure is
        or (
            low.endswith(("by ", "by the "), 0, start)
            and (_RECKONING_AFTER.match(low, end) is not None or _RECKONING_END.search(low, start, end) is not None)
        )
        or _elided_figure_after(low, end)
        # a count kept as it grows ("Kyiv's running tally stands at", "by Seoul's cumulative count"), where no one else
        # tells it ('..., according to figures shared by the General Staff', '..., he said': the teller's)
        or (
            ("running" in low or "rolling" in low or "cumulative" in low)
            and _RUNNING_TALLY_AFTER.match(low, end) is not None
            and _OTHER_TELLER.search(low) is None
        )
        # a name set off by commas after its title: "Russia's top diplomat, Sergei Lavrov, said"
        or (low.startswith(",", end) and low.endswith(", ", 0, start) and _CUE_AFTER.match(low, end + 1) is not None)
        or (
            _HEADLINE_SPEAKER.match(low, end) is not None
            and _HEADLINE_COLON.search(low, max(0, start - 6), start) is not None
        )
    )


# 'Pyongyang dismissed a report by Seoul that ...': the report denied is not the figure's word; the denier is.
_DENIED_BEFORE = re.compile(
    r"\b(?:dismiss\w*|reject\w*|den(?:y|ies|ied|ying)|disput\w*|refut\w*)\s+(?:[\w'’\"“”-]+\s+){0,4}$"
)


def bound_before(low: str, start: int, end: int | None = None) -> bool:
    """A word of speech before the name binds it ('according to Seoul', 'a statement from Seoul'). 'said' binds
    a name that ends the clause ('..., said the Pentagon on Monday'), not one that opens the clause said
    ('the NIS said Russian navy ships carried ...')."""
    cue = _CUE_BEFORE.search(low, max(0, start - 60), start)
    if cue is None or _DENIED_BEFORE.search(low, max(0, cue.start() - 40), cue.start()) is not None:
        return False
    return end is None or not low.startswith(("said", "says"), cue.start()) or _INVERTED_END.match(low, end) is not None


# A sentence that hands the one before it to a speaker: 'That is according to the Pentagon.', 'That was the
# assessment of the NIS.', 'This figure comes from Ukraine's military intelligence.'
_POINTS_BACK = re.compile(
    r"^(?:that|this|the)(?:['’]s|\s+(?:is|was|figure|number|estimate|assessment))\s+(?:\w+\s+){0,3}?"
    r"(?<!up\s)(?<!down\s)(?:according\s+to|from|by|the\s+(?:(?:far|much|[a-z]+er|latest|new|official|own)\s+){0,3}"
    r"(?:assessment|estimate|view|figure|finding|conclusion|claim|account|reckoning|reading)s?\s+of)\b"
    # 'That is the NIS's latest estimate.'
    r"|^(?:that|this)\s+(?:is|was)\s+(?:the\s+)?[\w'’. -]{1,40}?['’]s\s+(?:(?:latest|new|updated|own|official)\s+)?"
    r"(?:estimate|assessment|figure|count|tally)\b"
    # 'The NIS made the assessment in a briefing.', 'Budanov gave the figure on Monday.'
    # ('John Kirby, the White House spokesman, gave the figure'; 'That was the estimate the Ukrainian leader gave')
    r"|^(?:that|this)\s+(?:is|was)\s+the\s+(?:latest\s+|new\s+)?(?:estimate|figure|assessment|number|count)\s+(?:that\s+)?"
    r"(?:[\w'’.-]+\s+){1,5}?(?:gave|offered|cited|provided|released|shared|made|put\s+forward)\b"
    # 'That is the assessment published last week by Ukraine's civil protection ministry.'
    r"|^(?:that|this)\s+(?:is|was)\s+the\s+(?:latest\s+|new\s+)?(?:estimate|figure|assessment|number|count|finding)\s+"
    r"(?:published|given|released|made|offered|provided|shared|issued|put\s+forward)\s+(?:\w+\s+){0,3}?by\b"
    r"|^(?:[\w'’.()-]+\s+|[\w'’.()-]+,\s+(?:[\w'’.()-]+\s+){1,6}?[\w'’.()-]+,\s+){1,6}?"
    r"(?:made|gave|disclosed|provided|released|shared|revealed|offered|presented|cited|submitted|compiled|"
    r"confirmed|published)\s+(?:the|this|that|these|those|its|his|her|their)\s+(?!own\b)(?:\w+\s+)?"
    # (not 'gave the figure as 11,000', 'gave the figure for missiles': a figure of its own)
    r"(?:assessments?|estimates?|figures?|numbers?|tally|data|information|details|findings)\b(?!\s+(?:as|at|for)\b)"
    r"|^that\s+(?:was|is)\s+how\b"  # 'That was how Zelensky put it.'
    # 'Those were the words of Sergei Shoigu', 'These are the words of the NIS chief'
    r"|^(?:those|these|that|this)\s+(?:were|are|was|is)\s+(?:the\s+)?(?:words|remarks|comments)\s+of\b"
    # 'The plan was exposed by Ukraine's military intelligence.', 'This was first reported by NK News.'
    r"|^(?:the|this|that)\s+(?:plan|scheme|deal|figure|number|estimate|information|news|deployment|transfer)?\s*"
    r"(?:was|were|is|has\s+been)\s+(?:first\s+)?(?:exposed|revealed|disclosed|reported|uncovered|made\s+public)\s+by\b"
    # ... or set off as an aside: 'This figure, first reported by the NIS, has since been confirmed by the Pentagon.'
    r"|^(?:the|this|that)\s+(?:figure|number|estimate|assessment|tally|count),\s+(?:first\s+|originally\s+)?"
    r"(?:reported|given|released|published|disclosed|provided|put\s+forward)\s+by\b"
    # 'It was released by a Ukrainian drone unit.' after the footage it shows
    r"|^(?:it|this|the\s+(?:footage|video|clip|image|photo|post))\s+(?:was|were|has\s+been)\s+(?:first\s+)?"
    r"(?:released|published|posted|shared|filmed)\s+by\b(?![^.;]*\bthat\b)"
    # 'The remarks came from Defence Minister Kim Yong-hyun.', 'The comments were made by Budanov.'
    r"|^(?:the|these|those|his|her|their|that|this)\s+(?:remarks?|comments?|figures?|numbers?|estimates?|words|statements?|"
    r"claims?|allegations?|information|total|tally|count|reports?|assessments?|accounts?)\s+"
    r"(?:came\s+from|come\s+from|comes\s+from|were\s+made\s+by|was\s+made\s+by)\b"
    # 'The figures are contained in the first report of the MSMT.'
    # ... or cited in one: 'That number was cited in a Pentagon briefing on Thursday.'
    r"|^(?:the|these|those|that|this|both)\s+(?:two\s+)?(?:figures?|numbers?|estimates?|findings|tally|count|"
    # (an aside may come between: 'That assessment, shared with reporters on Thursday, was based on ...')
    r"assessments?)(?:,[^,;.]{1,80},)?\s+(?:are|were|is|was)\s+(?:\w+\s+)?(?:contained|given|published|included|set\s+out|laid\s+out|"
    r"detailed|cited|quoted|disclosed|released|presented|provided|drawn|compiled|shared|supplied|based)\s+"
    # ('Both figures were provided by the JCS', 'That assessment was based partly on ..., the official said')
    r"(?:\w+ly\s+)?(?:in|at|by|on|from)\b"
)


# A word of speech right after a noun: the noun speaks ('the air force said', 'Ukrainian forces reported'), it is no
# item ('troops said to be in Kursk' are an item)
SPEAKS_AFTER = re.compile(
    r"\s+(?:says|said|say|told|tells|reported|reports|claims|claimed|estimates|estimated|added|noted)\b(?!\s+to\b)"
)


def points_back(low: str) -> bool:
    """'That is according to the Pentagon.': the sentence gives the speaker of the sentence before it."""
    return _POINTS_BACK.match(low) is not None


_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|estimated|estimates|claimed|claims|reported|wrote|believes|believe|stated|added|noted|"
    r"warned|puts?(?=\s[^.;]{0,40}?\bat\s))\b"  # 'put the number of dead at 1,500'
)
_AUXILIARIES = r"\s+(?:(?:has|have|had|also|previously|earlier|later|then)\s+)*$"
# When or where a person wrote or spoke, between what they wrote or spoke (to whomever) and the word of speech:
# "Zelensky's address on Sunday said", "Putin's letter to Kim Jong Un on Monday said", "Kim's speech at the parade
# said", '... speech in Munich last week said' (lower case or not)
SPOKEN_WHEN = (
    r"(?i:\s+(?:on\s+(?:the\s+)?(?:" + WEEKDAY + r"|" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r")"
    r"|(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|weekend|month|year)|in\s+" + MONTH + r"(?=\s)"
    r"|yesterday|(?:at|during)\s+(?:a|an|the|its|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|in\s+[\w'’-]+)){0,2}"
)
# Someone the gazetteer cannot name speaks in the sentence: a name ('Conflict Armament Research said', 'US
# Senator Roger Wicker said', 'said Olaf Scholz') or people by what they are ('a Ukrainian commander said',
# 'Ukrainian drone operators say'). Pronouns and 'the ...' lean on a speaker named before (refers_back). Each
# is looked for right before (or after) a word of speech, not all along the sentence.
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\w'’.-]+){0,5}"
# ... or what the named person wrote or spoke, which speaks for them: "Kim Jong Un's statement said", "Kim's letter
# said" (the gazetteer's names have it in speakers.py: "Budanov's estimate")
_WRITTEN_BY = (
    r"(?P<written>['’]s\s+(?:(?:latest|new|written|official|own|annual|(?i:new\s+year['’]?s?))\s+)?"
    rf"(?:statement|letter|speech|message|address|remarks|decree|order)s?(?:\s+to\s+{_NAME})?{SPOKEN_WHEN})?"
)
_NAMED_BEFORE = re.compile(
    r"(?<![\w'’])(?!(?:He|She|They|It|The|This|That|These|Those|We|I|You|There|But|And|All|Officials|Sources|People|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # a name, and what it is between commas; or a name set off by commas after its title ("the EU's top
    # diplomat, Kaja Kallas, said")
    rf"(?:{_NAME}{_WRITTEN_BY}(?:,[^,;]{{3,80}},)?|(?<=,\s){_NAME},)" + _AUXILIARIES
)
# '..., said Olaf Scholz.', '..., said Konstantin Asmolov, a researcher at ...'
_NAMED_AFTER = re.compile(
    # (not the day it was said: '..., a monitoring group said Thursday.')
    rf"\s+(?!(?i:{WEEKDAY}|today|yesterday)\b)"
    r"(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4}(?:[\s\"'”’]*[.,]?$|,\s+(?:an?|the)\s)"
)
_ACCORDING_NAMED = re.compile(
    # ... or the work it did: 'according to an estimate by Argonaut Maritime', 'according to data from Kpler'
    r"(?:(?:\s+(?:an?|the)(?:\s+(?:new|latest|recent|updated|separate|independent))?\s+"
    r"(?:estimate|analysis|assessment|report|study|count|tally|review|survey)|\s+(?:data|figures|calculations|research))"
    r"\s+(?:by|from|of)\b)?"
    r"\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4}"
    # ... or what they wrote or found: "according to Kim Jong Un's statement, ..."
    r"(?:['’]s\s+(?:(?:latest|new|own|written|official)\s+)?(?:statement|letter|speech|message|remarks|report|"
    r"estimate|assessment|analysis|count|tally|figures|data|calculations))?"
    r"(?=[\s\"'”’]*(?:[,.;]|$))"
)
_PEOPLE_NOUNS = (
    r"commanders?|soldiers?|operators?|pilots?|veterans?|analysts?|experts?|observers?|researchers?|medics?|"
    r"residents?|witness(?:es)?|defectors?|prisoners?|bloggers?|journalists?|correspondents?|volunteers?|"
    r"fighters|senators?|congress(?:man|woman)|"
    # ('the regional governor said', "the city's mayor said": a local official, whom no gazetteer names)
    r"governors?|mayors?"
)
# 'a think tank said' is no one named; 'the Washington-based think tank said' refers back to the one named before
# ('the researchers said', 'the watchdog said': of a body named before)
_BODIES_UNNAMED = ("think", "monitoring", "researchers", "analysts", "watchdog")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its)\s+(?:[\w'’-]+\s+){0,2}$")
_PEOPLE_NOUN = re.compile(rf"\b(?:{_PEOPLE_NOUNS})\b")  # a cheap first look before the end-anchored pattern
_PEOPLE_BEFORE = re.compile(rf"(?<!\bthe\s)\b(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_PEOPLE_NOUNS})" + _AUXILIARIES)
_SPEAKER_REACH = 140  # characters before a word of speech
# words of speech that are plural nouns after a preposition: 'based on Ukrainian estimates', 'contrary to Russian
# claims' (the name before them is whose they are, not who speaks)
_NOUN_PLURALS = ("estimates", "claims")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|of|from|to|with|by|in|under|using|citing)\s+$")
# 'a closed-door session in Seoul': the place of a meeting, named before the word of speech, where the lawmakers
# who open the sentence were ('Lawmakers who attended ...'; not 'A defence official who briefed lawmakers ...')
_LAWMAKERS_WHO_MET = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:lawmakers|legislators|mps|members\s+of\s+parliament|parliamentarians)\s+who\s+"
    r"(?:attended|sat\s+in\s+on|were\s+at|were\s+briefed|took\s+part\s+in)\b"
)
_MEETING_IN = (
    r"\b(?:session|sessions|briefing|briefings|meeting|meetings|hearing|hearings|committee)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in|at)\s+(?:the\s+)?"
)
_MET_IN_BEFORE = re.compile(_MEETING_IN + "$")
# 'a source in North Hamgyong Province said', 'defectors in Seoul say': the place the speakers are in, not a speaker
_PLACE_OF_SPEAKERS = re.compile(
    r"\b(?:sources?|informants?|(?P<people>residents?|people|officials?|defectors?|analysts?|experts?))\s+"
    r"(?:in|from|inside|near|based\s+in)\s+(?:the\s+)?$"
    r"|\bsources?\s+at\s+(?:the\s+)?$"  # 'a diplomatic source at the UN told TASS': a source, not the UN
    # a place that ends a phrase describing the speaker: 'a source in the Russian diplomatic mission in New York
    # told', 'a diplomat at the Ukrainian consulate in Hong Kong said' (where the mission is, not who speaks)
    r"|\b(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:mission|embassy|consulate|office|delegation|bureau)\s+in\s+(?:[\w'’.-]+\s+)?$"
)
# the countries of a list after 'by' before a name ('set up by South Korea, the '), agents of what the list follows
_AGENT_LIST_BEFORE = re.compile(r"\bby\s+(?:(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?,\s+)*(?:the\s+)?$")
_NAME_WORDS = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*")
_US_LEGISLATOR = re.compile(r"\b(?:senator|sen\.|congress\w*)")  # (a US senator relays no Korean briefing)
# lawmakers told in a briefing, the teller unnamed: 'about 2,000 were killed, South Korean lawmakers were told on
# Tuesday' relays the briefing as 'lawmakers said' does
_LAWMAKERS_TOLD = re.compile(
    r"\b(?:lawmakers|legislators|mps)\s+(?:were|had\s+been|have\s+been)\s+(?:told|briefed|informed)\b(?!\s+by\b)"
    # (not what they were not told: 'lawmakers were told nothing of it', 'were told little', 'were not told')
    r"(?!\s+(?:nothing|little|none|not|no)\b)"
)
# where they were told, a place of its own: 'South Korean lawmakers were briefed in Kyiv on Monday'
_TOLD_IN = re.compile(r"\b(?:told|briefed|informed)\s+in\s+(?:the\s+)?(?P<place>[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*)?)")
_LAWMAKER = re.compile(
    r"\b(?:rep\.(?=\s)|(?:representative|lawmakers?|legislators?|assembly(?:man|woman)?|mps?)\b"
    # a member of a Korean party: 'Kim Byung-kee of the Democratic Party, who sits on the committee, said' (not its
    # spokesman, nor an American senator)
    r"|(?<!spokesman\sfor\sthe\s)(?<!spokeswoman\sfor\sthe\s)\bof\s+the\s+(?:ruling\s+|main\s+opposition\s+)?"
    r"(?:democratic|people\s+power|rebuilding\s+korea)\s+party\b)"
)


# '... declined to comment on reports that 11,000 troops ...', 'would not confirm a report that ...': the figure is
# the unnamed reports', whoever declines (a denial is the denier's: 'Pyongyang denied reports that ...')
_OTHERS_REPORTS_BEFORE = re.compile(
    r"\b(?:(?:comment\s+on|asked\s+about|questions?\s+about|respond(?:ed)?\s+to|"
    r"(?:not|never|neither)\s+(?:\w+\s+)?confirm(?:ed)?)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?"
    # 'has not commented on reports', 'declined to confirm reports' (not 'declined to confirm Reuters reports')
    r"|(?:commented\s+on|(?:declined|refused|unable)\s+to\s+confirm)\s+(?:the\s+|an?\s+)?"
    # 'There were also reports last year that Moscow promised ...': reports of no one named
    r"|^(?:but\s+|and\s+)?(?P<there>there)\s+(?:were|have\s+been|had\s+been|are|was)\s+(?:also\s+)?(?:(?:unconfirmed|"
    r"earlier|separate|other|some)\s+)?)"
    r"(?:media\s+|news\s+|press\s+)?reports?\s+(?:(?:last|this|earlier\s+this)\s+\w+\s+|in\s+\w+\s+)?(?:that|of)\b"
)
# who tells of reports no one is named for: 'There were reports that ..., Ukraine's HUR said', '..., according to TASS'
_TELLS_AFTER = re.compile(
    r",\s+(?:according\s+to\b|(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|reported|added|estimated)\b)"
)
# ', said ...' after the reports: the main clause goes on, its figures are its speaker's ('The NIS, which declined to
# confirm reports that 3,000 more had left, said about 11,000 ...')
_MAIN_CLAUSE_GOES_ON = re.compile(
    r",\s+(?!(?:which|who|that)\b)(?:\w+\s+){0,3}?(?:said|says|told|added|estimated|believes)\b"
)  # (not a relative clause inside the reports: 'reports that 3,000 troops, which officials said ...')


# Reports the main clause's subject then denies: 'Asked about reports that ..., Peskov dismissed them as "another
# fake"', 'When reports emerged that ..., Moscow called them a fabrication': the denier is the figure's voice
_REPORTS_OF_BEFORE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?)\s+(?:(?:first\s+)?(?:emerged|surfaced|appeared|circulated)\s+)?"
    r"(?:that|of|about)\b"
)
_DENIER_AFTER = re.compile(
    r",\s+(?P<who>(?!(?:which|who|that|and|but)\b)[^,;\"“]{2,70}?)\s+(?:has\s+|have\s+|had\s+|swiftly\s+|quickly\s+)?"
    r"(?<!not\s)(?<!never\s)(?<!n't\s)(?<!to\s)(?<!of\s)(?<!nor\s)"
    r"(?:(?:dismissed|dismisses|denied|denies|deny|rejected|rejects|refuted|refutes)\s+"
    r"(?:them|it|these|those|the\s+(?:reports?|claims?|allegations?|accusations?))\b"
    # ... or calls them lies ('Moscow called them a fabrication'; not 'Washington called them credible')
    r"|(?:called|calls|branded|brands|labell?ed)\s+(?:them|it|these|those|the\s+(?:reports?|claims?|allegations?))\s+"
    r"(?:as\s+)?[\"“']?(?:an?\s+|another\s+|pure\s+|complete\s+)?(?:fakes?|false|lies?|fabrications?|hoax|nonsense|"
    r"groundless|baseless|absurd|fiction|provocation|propaganda)\b)"
)


# ... or speaks of them: 'Asked about reports that ..., Peskov said they "have nothing to do with reality"'
_SPEAKS_OF_THEM_AFTER = re.compile(
    r",\s+(?P<who>(?!(?:which|who|that|and|but)\b)[^,;\"“]{2,70}?)\s+(?:said|says|insisted|added)\s+(?:that\s+)?"
    r"(?:they|these|those|such\s+reports|the\s+(?:reports?|claims?|allegations?))\s+[\"“']?"
    # ... as false ('said they "have nothing to do with reality"', 'said they were groundless'; not 'were a matter for')
    r"(?:(?:were|are|was|is)\s+(?:[\"“']?(?:false|untrue|fake|groundless|baseless|lies|fabrications?|nonsense|absurd)|"
    r"not\s+true)|(?:had|have|has)\s+nothing\s+to\s+do\s+with)\b"
)


# ... or the subject that denies them before them: 'The defence ministry dismissed a Japanese media report that ...'
_DENIER_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\bbut\s+)(?P<who>(?!(?:which|who|that|it|they|he|she)\b)[^,;:.\"“]{2,70}?)\s+"
    r"(?:has\s+|have\s+|had\s+|swiftly\s+|quickly\s+|also\s+)?(?<!not\s)(?<!never\s)(?<!n't\s)(?<!nor\s)(?<!to\s)"
    r"(?:dismissed|dismisses|denied|denies|rejected|rejects|refuted|refutes)\s+(?:the\s+|a\s+|an\s+|such\s+)?"
    r"(?:[\w'’.-]+\s+){0,2}(?:reports?|claims?|allegations?|accusations?|estimates?|assessments?)\s+(?:that|of|about)\b"
)
_DENIER_VERBS = ("dismiss", "denie", "reject", "refut")  # (the pattern's verbs, as substrings)


# the reports end where another clause or voice begins: '..., even as Ukraine's HUR said 12,000 ...'
_REPORTS_END = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|even\s+as)\b|\b(?:said|says|told|according\s+to|cited|citing|quoting)\b"
)


def denier_of_reports(low: str, position: int) -> tuple[int, int] | None:
    """Where the one who denies the reports the figure at `position` stands in is named, if the sentence names one."""
    if (
        "report" not in low
        and "claim" not in low
        and "allegation" not in low
        and "accusation" not in low
        and "estimate" not in low
        and "assessment" not in low
    ):
        return None
    if (
        has_any(low, _DENIER_VERBS)  # (a cheap look first: most deny nothing)
        and (before := _DENIER_BEFORE.search(low, 0, position)) is not None
        and not _REPORTS_END.search(low, before.end(), position)
    ):
        return before.span("who")
    if _REPORTS_OF_BEFORE.search(low, 0, position) is None:
        return None
    denier = _DENIER_AFTER.search(low, position) or _SPEAKS_OF_THEM_AFTER.search(low, position)
    return denier.span("who") if denier else None


def in_unnamed_reports(low: str, position: int) -> tuple[int, int] | None:
    """Where the reports someone only comments on, confirms or denies stand, when the figure at `position` stands in
    them (the caller tells whether they name their author: 'Asked about the NIS report that ...')."""
    if "report" not in low or (reports := _OTHERS_REPORTS_BEFORE.search(low, 0, position)) is None:
        return None
    if reports["there"]:  # ('There were reports that ...': no one's, unless someone after it tells of them)
        return reports.span() if _TELLS_AFTER.search(low, reports.end()) is None else None
    return reports.span() if _MAIN_CLAUSE_GOES_ON.search(low, reports.end(), position) is None else None


def lawmaker_title(low: str) -> int | None:
    """Where a lawmaker's title stands in the sentence ('Rep.', 'lawmaker'), if it names one."""
    match = _LAWMAKER.search(low)
    return match.start() if match else None


class Speaker(NamedTuple):
    """A speaker the gazetteer cannot name: 'unnamed' (the figure borrows no one else's authority) or 'lawmaker'
    (relays a briefing), with the words that name it when they are a name ('Singh', 'Conflict Armament Research')."""

    kind: str
    name: str = ""


# 'a military source said' that no country or outlet names: a source of its own, nobody else's (a country's are its
# voice, found before this is asked; 'the government source said' refers back)
_KIND_SOURCE_SPEAKS = re.compile(
    rf"(?<!\bthe\s)\b(?:{OFFICIAL_KINDS})\s+sources?\s+(?:\w+\s+)?"
    r"(?:said|says|told|added)\b"
)


def lawmakers_were_told(low: str) -> bool:
    """'South Korean lawmakers were told on Tuesday' (by whom, unsaid; not a US senator's briefing)."""
    told = (
        _LAWMAKERS_TOLD.search(low)
        if (" were " in low or " been " in low) and ("lawmakers" in low or "legislators" in low or "mps" in low)
        else None
    )
    return told is not None and not _US_LEGISLATOR.search(low, 0, told.end())


# people who speak in a clause set off after the figure, on a noun of its own: '..., many of them on student visas that
# analysts say disguise labour migration', '..., a loophole that labour migration experts say is used to ...'
# ('..., weapons that officials say': the noun may stand alone; not '..., and that officials say': a conjunction)
_ON_A_NOUN_AFTER = re.compile(
    r",\s+[^,;:\d]{0,60}?\b(?!(?:and|but|nor|yet|also|while|whereas|saying|adding|noting|now|then)\s)[a-z]{3,}\s+"
    r"(?:that|which)\s+(?:[a-z-]+\s+){0,3}$"
)
_NOT_A_NOUN = re.compile(
    r"\b(?:said|says|say|show|shows|showed|believe[sd]?|found|finds|estimated?|estimates|noted|"
    r"reported|reports|added|claimed|claims|suggests?|suggested|warned|is|are|was|were)\s+(?:that|which)\s"
    # ('..., according to a Yonhap report that cited the JCS': whom the report relays gives the figure)
    r"|\b(?:report|article|story|dispatch|broadcast)\s+(?:that|which)\s+(?:cited|quoted)\s"
)


def on_a_noun_after(low: str, start: int) -> bool:
    """Whether the people who speak at `start` speak in a clause set off after the sentence's figure, on a noun
    ('..., a loophole that experts say is used'), not on what the sentence tells (not 'officials said that analysts
    say ...')."""
    return noun_clause_start(low, start) is not None


def noun_clause_start(low: str, start: int) -> int | None:
    """Where the clause set off on a noun, in which the people who speak at `start` speak, starts (its comma)."""
    window = low[max(0, start - 80) : start]
    if "that" not in window and "which" not in window:
        return None  # (a cheap test first: the clause's 'that' or 'which' stands right before the speaker)
    clause = _ON_A_NOUN_AFTER.search(low, max(0, start - 80), start)
    if clause is None or _NOT_A_NOUN.search(low, clause.start(), start) is not None:
        return None
    return clause.start()


def unnamed_speaker(text: str, low: str) -> Speaker | None:
    """'analysts estimate', 'according to experts', 'Conflict Armament Research said': the sentence names its own
    speaker, whom no gazetteer lists, or a lawmaker the gazetteer does not list ('Rep. Lee Cheol-woo told
    reporters')."""
    may_name = has_any(low, _UNNAMED_WORDS) or ("said" in low and _SAID_TO.search(low) is not None)
    for unnamed in _UNNAMED_SPEAKER.finditer(low) if may_name else ():
        if unnamed.group().startswith(_BODIES_UNNAMED) and _DEFINITE_BEFORE.search(
            low, max(0, unnamed.start() - 40), unnamed.start()
        ):
            continue
        if (
            _SAID_TO_BE.match(unnamed.group())
            and (aside := _ASIDE_BEFORE.search(low, 0, unnamed.start()))
            and not _COUNT_WORD.search(low, aside.start())
        ):
            continue  # '..., although their quality is reported to be poor': an aside with no figure of its own
        if on_a_noun_after(low, unnamed.start()):
            continue
        return Speaker("unnamed")
    if "source" in low and _KIND_SOURCE_SPEAKS.search(low):
        return Speaker("unnamed")
    if lawmakers_were_told(low):
        return Speaker("lawmaker", "")
    for verb in _SPEECH_VERB.finditer(low):
        begin = max(0, verb.start() - _SPEAKER_REACH)
        if (
            _PEOPLE_NOUN.search(low, begin, verb.start())
            and (people := _PEOPLE_BEFORE.search(low, begin, verb.start()))
            # ('the researchers said': a research body's named before)
            and not RESEARCH_STAFF.search(low, max(0, people.start() - 24), people.end())
            and not on_a_noun_after(low, verb.start())
        ):
            return Speaker("unnamed")
        named = _NAMED_BEFORE.search(text, begin, verb.start())
        if (
            named
            and verb.group() in _NOUN_PLURALS
            and _PREPOSITION_BEFORE.search(low, 0, named.start())
            and _SPEECH_VERB.search(low, verb.end())
        ):
            # 'Drawing on South Korean estimates, the report said ...': a noun, and the sentence's speaker speaks
            # later ('Based on Ukrainian estimates, 3,000 were killed' keeps them as whose the figure is)
            continue
        if (
            named
            and " and " in named.group()
            and _AGENT_LIST_BEFORE.search(low, max(0, named.start() - 120), named.start())
        ):
            # 'the team, set up by South Korea, the United States, Japan and eight other countries, said': a member
            # of the list of those who set up the body that speaks, not the speaker
            named = None
        if named and (place := _PLACE_OF_SPEAKERS.search(low, max(0, named.start() - 80), named.start())):
            if place["people"]:
                return Speaker("unnamed")  # 'defectors in Seoul say': people, unnamed
            named = None  # 'a source in North Hamgyong Province said': a source, perhaps the outlet's own
        if (
            named
            and _MET_IN_BEFORE.search(low, max(0, named.start() - 40), named.start())
            and _LAWMAKERS_WHO_MET.match(low)
            and not _US_LEGISLATOR.search(low, begin, verb.start())
        ):
            # 'lawmakers who attended a closed-door session in Seoul say': where they met, and they relay the briefing
            return Speaker("lawmaker", "")
        if named:
            name = (
                _NAME_WORDS.match(named.group())
                if named["written"] is None
                else _NAME_WORDS.match(text, named.start(), named.start("written"))
            )
            around = (max(0, named.start() - 24), verb.start())
            kind = (
                "lawmaker" if _LAWMAKER.search(low, *around) and not _US_LEGISLATOR.search(low, *around) else "unnamed"
            )
            return Speaker(kind, name.group() if name else "")
        if verb.group() in ("said", "says") and (after := _NAMED_AFTER.match(text, verb.end())):
            return Speaker("unnamed", _name_in(after.group()))  # '..., said Olaf Scholz.'
    according = low.find("according to ")
    if according >= 0 and (after := _ACCORDING_NAMED.match(text, according + len("according to"))):
        words = _name_in(after.group())
        words = words[:-2] if words.endswith(("'s", "’s")) else words  # ("according to Kim Jong Un's statement")
        if " " not in words and not words.isupper() and after.group().lstrip().startswith("the "):
            return None  # 'according to the President': a title that refers back to whoever holds it, named before
        return Speaker("unnamed", words)
    return None


def cited_person(text: str) -> str | None:
    """The person an outlet cites by name in full: '..., NK News reported, citing Alexei Kolmakov, head of the
    regional construction ministry' (a name no gazetteer lists)."""
    cited = _CITED_NAMED.search(text)
    return cited["name"] if cited is not None else None


# a person's name in full (two or three capitalised words, not 'the ...'), cited right after the outlet's word of
# speech (not 'NK News reported, while Izvestia, citing X, put ...', nor 'Without citing X')
_CITED_NAMED = re.compile(
    r"\b(?:reported|reports|said|says|wrote|writes|added)\s*,\s+citing\s+"
    r"(?P<name>(?!(?:The|A|An)\s)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?=\s*(?:,|\.|;|$))"
)


def _name_in(words: str) -> str:
    name = _NAME_WORDS.search(words)
    if name is None:
        return ""
    # 'according to Nikkei Asia.': the stop ends the sentence, not an abbreviation ('Co.', 'Jr.')
    if name.group().endswith(".") and sum(c.islower() for c in name.group().rsplit(" ", 1)[-1]) >= 3:
        return name.group()[:-1]
    return name.group()


# A sentence that opens by going on with the one before it ('In addition, ...', 'Of those, ...', 'The figure ...'):
# it is that sentence's speaker's, even across a paragraph break (wire copy gives each sentence a paragraph).
_CONTINUES = re.compile(
    r"^(?:also|in\s+addition|additionally|furthermore|moreover|besides|of\s+(?:them|those|these)|"
    r"(?:first|second|third|fourth|fifth)(?:ly)?,|finally,|lastly,|"
    r"among\s+(?:them|those|these)|(?:this|that|these|it)\s+(?:includes?|comprises?|brings?|raises?|would\s+bring)|"
    r"the\s+(?:figure|number|total|tally|estimate)\b)"
)


def continues(low: str) -> bool:
    return _CONTINUES.match(low) is not None


# A sentence that opens by turning to another matter takes no speaker from the sentences before it ('Separately,
# 700 trucks crossed the border'), though an explicit reference back ('the agency said') still finds its speaker.
# ('In a different development, ...', 'On the economic front, ...', 'For context, ...', a 'READ MORE:' line linking
# another story)
_TURNS = re.compile(
    r"^(?:separately|meanwhile|elsewhere|in\s+other\s+(?:news|developments)|on\s+another\s+front|"
    r"in\s+an?\s+(?:separate|different|unrelated|related|other)\s+development|on\s+the\s+[\w-]+\s+front\b|"
    r"for\s+context|by\s+way\s+of\s+context|(?:read\s+(?:more|also)|see\s+also|related)\s*:)"
    r"(?!\w)"
)


def turns_to_another_matter(low: str) -> bool:
    return _TURNS.match(low) is not None


# A sentence that gives its figure a voice of its own, unnamed, takes no speaker from the sentence before it:
# 'according to earlier estimates', 'were reported killed' (not a hedge such as 'are believed to', which goes on
# with the speaker), 'the outlet's own count', 'A Telegraph analysis of shipping data found'.
_OWN_UNNAMED_VOICE = re.compile(
    r"\baccording\s+to\s+(?:earlier|other|previous|prior|past|older|some|separate|unofficial|various)\s+"
    r"(?:estimates|reports|figures|data|accounts|counts)\b|"
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely\s+)?(?:reported|rumou?red)\s+"
    r"(?:to\b|killed|wounded|dead|missing|captured)|"
    r"\b(?:the\s+(?:outlet|newspaper|paper|broadcaster|channel|magazine|site)['’]s|our)\s+own\s+"
    r"(?:count|tally|analysis|review|calculations?|estimates?)\b|"
    r"^an?\s+(?:[\w'’-]+\s+){1,3}?(?:analysis|review|investigation)\s+(?:of\s+[\w\s'’-]+?\s+)?(?:found|finds|shows?)\b"
)


_OWN_UNNAMED_WORDS = ("according", "reported", "rumo", "own", "analysis", "review", "investigation")  # (its words)


def voices_its_own_unnamed(low: str) -> bool:
    return has_any(low, _OWN_UNNAMED_WORDS) and _OWN_UNNAMED_VOICE.search(low) is not None


# What 'the agency said', 'the ministry said', 'the president said', 'the report said' refer back to: the nearest
# speaker of that kind, not merely the nearest speaker (attribution.py tells the kinds by their names).
_REFERENT = re.compile(
    # ('the spy chief' is the head of the intelligence service named before: NIS or HUR, whoever heads it)
    r"\bthe\s+(?:[a-z'’-]+\s+){0,2}?(?:(?P<intelligence>(?:spy|intelligence)\s+agency|agency|intelligence\s+service|"
    r"service|directorate|spy\s+chief|intelligence\s+chief|intelligence\s+officer)|(?P<ministry>ministry|department)|"
    r"(?P<president>president|leader|head\s+of\s+state)|(?P<officer>general(?!\s+staff)|minister|commander|admiral|officer)|"
    r"(?P<envoy>ambassador|envoy|diplomat)|(?P<adviser>adviser|advisor)|(?P<secretary>secretary)|"
    r"(?P<report>report|study|documents?|team|panel|monitors?|watchdog|institute|think\s+tank|authors?|white\s+paper|"
    r"researchers|analysts|cent(?:er|re))|"
    r"(?P<official>officials?))\b"
    r"|\bits\s+(?:own\s+)?(?P<report_staff>researchers|analysts|authors|experts)\b"
    rf"|(?P<source>{_SOURCE_SPEAKS})|(?P<group>{_GROUP_SPEAKS})"
    # ('the command said': the military command named before; not 'under the command of', nor 'the Ukrainian command')
    rf"|\bthe\s+(?P<command>command(?={_COMMAND_SPEAKS}))"
)


# a research body's own people, who speak for none other: 'the researchers', 'its analysts'
RESEARCH_STAFF = re.compile(r"\b(?:the|its)\s+(?:[\w'’-]+\s+)?(?:researchers|analysts|authors|experts)\b")


def referent_kind(low: str) -> str | None:
    """The kind of speaker a sentence refers back to ('intelligence', 'ministry', 'person', 'report', 'official',
    'source', 'group'), if it says."""
    match = _REFERENT.search(low)
    if match is None:
        return None
    if match.lastgroup == "report_staff":
        return "report"  # 'its analysts': the research body's
    return "officer" if match.lastgroup == "command" else match.lastgroup  # a command is a military speaker


def referent_noun(low: str) -> str | None:
    """The noun a sentence refers back to a report's author by ('team', 'monitors', 'panel'), if it does."""
    match = _REFERENT.search(low)
    return match.group("report") if match is not None and match.lastgroup == "report" else None


def refers_back(low: str) -> bool:
    """'the official said', 'it said'; 'the newspaper notes' is the outlet's own word, not a speaker of before."""
    if has_any(low, _OUTLET_NOUNS):
        low = OUTLET_REFERENCE.sub(" ", low)
    return _REFERS_BACK.search(low) is not None


# A pure function of the sentence, memoised: every figure and mention of a sentence asks for its parts.
@lru_cache(maxsize=512)
def _segment_breaks(low: str) -> tuple[tuple[int, int], ...]:
    breaks = [(m.start(), m.end()) for m in _SEGMENT_BREAK.finditer(low)]
    if opening := _CONTRAST_OPENING.match(low):
        breaks = sorted({*breaks, (opening.end() - 1, opening.end())})
    return tuple(breaks)


# 'While the NIS put the number at 11,000, Kyiv cites 15,000': a sentence opening on a contrast has two parts,
# the opening clause up to its first comma and the main clause after it.
_CONTRAST_OPENING = re.compile(r"(?:while|whereas|although|though)\b[^,;]*,")


def segment(low: str, position: int) -> tuple[int, int]:
    """The part of the sentence that the character at `position` is in, as (start, end)."""
    start, end = 0, len(low)
    for break_start, break_end in _segment_breaks(low):
        if break_end <= position:
            start = break_end
        elif break_start >= position:
            end = break_start
            break
    return start, end


def quotation_starts(sentences: list[Sentence]) -> list[int | None]:
    """For each sentence, where the quotation it goes on with opened ('Budanov said ... "There are 11,000 in Kursk.
    Another 3,000 are coming."'), or None; a quotation ends with its paragraph unless the next paragraph opens
    with a quote mark (the press's way to run a quotation over paragraphs). Curly marks open and close; a straight
    double mark toggles. One pass over the article."""
    starts: list[int | None] = []
    opened_at: int | None = None
    for j, sentence in enumerate(sentences):
        text = sentence.text
        if j and sentence.paragraph != sentences[j - 1].paragraph:
            if opened_at is not None and text.startswith(tuple(QUOTE_OPEN)):
                text = text[1:]  # a quotation left open goes on in a paragraph that opens with a quote mark
            else:
                opened_at = None
        starts.append(opened_at)
        if '"' not in text and "“" not in text and "”" not in text:
            continue
        for char in text:
            if char == "“" or (char == '"' and opened_at is None):
                opened_at = j
            elif char in '”"':
                opened_at = None
    return starts


_ITEM = re.compile(r"[-–—•*·▪]\s|\d{1,2}[.)]\s")  # a bullet or a number opens a list item


def introduces_list(sentence: Sentence) -> bool:
    """'The NIS told lawmakers:' leads a list or a quotation; so does a fact box's heading ('FACT BOX: What the MSMT
    found', 'By the numbers')."""
    return sentence.text.endswith(":") or _BOX_HEADING.match(sentence.text) is not None


_BOX_HEADING = re.compile(
    r"(?i)(?:fact\s*box|by\s+the\s+numbers|at\s+a\s+glance|key\s+(?:figures|findings|points)|in\s+numbers)\b"
    r"[^.!?]{0,80}$"
    # a heading that says whose word the items are: 'WHAT THE FINANCIAL TIMES REPORTED ON NOV. 16'
    r"|(?i:what\s+)[^.!?:]{2,60}?\s(?i:reported|said|says|found|finds|told|counted|estimated)\b[^!?:]{0,30}$"
)


def meeting_place(low: str, end: int) -> list[str]:
    """The words naming where a meeting before `end` took place ('a closed-door session in Seoul': ['seoul', 'seoul
    say']), the first word alone and with the next, for a gazetteer to place."""
    return _place_words(_MEETING_PLACE.search(low, 0, end))


def told_place(low: str) -> list[str]:
    """The words naming where lawmakers were told ('were briefed in Kyiv on Monday': ['kyiv', 'kyiv on']), as
    `meeting_place` gives them."""
    return _place_words(_TOLD_IN.search(low))


def _place_words(found: re.Match[str] | None) -> list[str]:
    if found is None:
        return []
    words = found["place"].split()
    return [words[0], " ".join(words[:2])]


_MEETING_PLACE = re.compile(_MEETING_IN + r"(?P<place>[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*)?)")


def is_list_item(sentence: Sentence) -> bool:
    return _ITEM.match(sentence.text) is not None or sentence.text.endswith(";")


def quotes(sentence: Sentence) -> bool:
    """The sentence holds a quotation."""
    return any(mark in sentence.text for mark in '"“”')


def in_quotation(sentences: list[Sentence], i: int) -> bool:
    text = sentences[i].text.rstrip()
    return text.endswith(tuple(_QUOTE_CLOSE)) or text[-2:-1] in _QUOTE_CLOSE or text.startswith(tuple(QUOTE_OPEN))
