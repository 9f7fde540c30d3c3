"""Who says a figure: the origin authority (with a person when named) and the outlet relaying it.

Input: the article's sentences, the sentence that states a figure and where in it the figure stands. Output: a
source name in the claim schema's form, `Org`, `Org (Person)`, `Org (via Outlet)` or `Org (Person) (via Outlet)`.

How people write attribution, and the rule for each way:
- in the figure's sentence, bound to an attribution word: 'X said', 'according to X', 'X told AFP', 'citing X',
  'X estimated', "X's report", 'per X', 'a briefing by X': in the figure's own part of the sentence, the bound
  authority nearest the figure (a named body before a country's voice);
- relayed: an outlet bound in the same sentence ('told AFP', 'cited by CNN') gives 'X (via Outlet)'; an outlet
  alone, or 'the newspaper' after it, is the outlet's own reporting;
- unnamed officials keep their country ('a senior Ukrainian official' -> 'Ukrainian official'); several countries
  speak together ('US, Ukrainian and South Korean intelligence'); a body the gazetteer does not know is named
  with its country ('the Ministry of Civil Protection of Ukraine' -> 'Ukraine Ministry of Civil Protection');
  an official by country and title ('Japanese Defense Minister Gen Nakatani' -> 'Japan Ministry of Defense
  (Nakatani)'; 'Shin Won-sik, South Korea's national security adviser'), unless the gazetteer names the person
  alone ('Zelensky'); intelligence without a country ('Intelligence reports suggest') is the article's one
  intelligence service; the grammar of binding words lives in core/extract/speech.py;
- a country's unnamed voice ('the South Korean official') stands for the body of that country named before it,
  else for the one body of that country the article names; a surname for the person named in full before;
- a body's head without a name speaks for it ("Seoul's defence minister said"), an intelligence chief for his
  country's service, a country's armed services for themselves ('Ukraine's special forces'); another country's
  word before a body the gazetteer knows bare makes it that country's ("Ukraine's presidential office"); research
  bodies the gazetteer does not list count by the shape of their name where bound ('according to the ... Institute');
  a speaker the gazetteer cannot name ('analysts estimate', 'Conflict Armament Research said', 'a Ukrainian
  commander told reporters') keeps the figure from borrowing anyone's authority;
- a quotation's attribution may come after it, in the next sentence ('..." the official said.'), and so may a
  plain sentence's ('... That is according to the Pentagon.', '... The NIS made the assessment on Monday.', even
  as a paragraph of its own); a headline's figure is the lead's; a lead ending in a colon ('The NIS told
  lawmakers:') speaks for the items under it; a quotation going on over several sentences is its speaker's
  throughout, and so is a quotation paragraph right after that speaker's quoted paragraph;
- a part of a body speaks, not its whole ('the Main Intelligence Directorate of Ukraine's Defence Ministry');
- otherwise the attribution of the sentence just before it in its paragraph (not further: a scraped paragraph may
  be the whole article), or of the sentence before across a paragraph break when the sentence opens by going on
  with it ('In addition, ...', 'Of those, ...'), or the nearest in the article when the sentence refers back
  ('the general claimed', 'it said'), or the authority a news item declares in a line of its own ('Source:
  Vadym Skibitskyi, deputy head of ...'), or the article's one authority when it names only one; an article that
  names no one gives no source.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile
from typing import Literal

from core.extract.article_names import ArticleNames, SentenceSources
from core.extract.people import MILITARY_RANK, person_named, without_rank
from core.extract.sentences import Sentence
from core.extract.speakers import Mention, find_mentions
from core.extract.speech import (
    QUOTE_OPEN,
    RESEARCH_STAFF,
    SPEECH,
    Speaker,
    cited_person,
    continues,
    denier_of_reports,
    in_quotation,
    in_unnamed_reports,
    introduces_list,
    is_list_item,
    lawmaker_title,
    lawmakers_were_told,
    meeting_place,
    noun_clause_start,
    points_back,
    quotation_starts,
    quotes,
    referent_kind,
    referent_noun,
    refers_back,
    segment,
    told_place,
    turns_to_another_matter,
    unnamed_speaker,
    voices_its_own_unnamed,
)
from core.lexicon import Lexicon, on_outlets_site, person_of
from core.phrases import has_any
from core.voices import AGENT_VERBS, BODY_NAME_WORDS, PLACE_NAME_WORDS, bare_kind

_REFERS_BACK_REACH = 40  # sentences
# a lawmaker's title right before their name in full: 'Rep. Han Jae-kyung', 'lawmaker Lee Seong-kweun' ('Rep. Han' +
# given names, or a first name before the surname)
_LAWMAKER_BEFORE_NAME = re.compile(
    r"\b(?:Rep\.|Representative|[Ll]awmaker|[Ll]egislator|Assemblyman|Assemblywoman)\s+(?:[A-Z][\w'’-]+\s+)?$"
)
_IT_SPEAKS = re.compile(
    r"\bit\s+(?:\w+\s+)?(?:said|says|estimated|estimates|added|noted|found|reported|concluded|put)\b"
)
_IT_WARNS = re.compile(r"\bit\s+(?:\w+\s+)?(?:warned|cautioned|cautions|warns)\b")
# a person speaking by pronoun: 'He says North Korea delivered ...', '..., she had told the committee'
_HE_SPEAKS = re.compile(
    r"\b(?:he|she)\s+(?:\w+\s+)?(?:said|says|added|adds|told|tells|estimated|estimates|claimed|claims|noted|put|puts)\b"
)
# the pronoun of a tag closing a quotation ('he said', 'she added', 'they told reporters')
_PRONOUN_TAG = re.compile(r"(?:he|she|they)(?=\s)")
# a personal pronoun, whose speaker may be people just brought in ('They put the figure at ...', 'she said')
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|they)\b")
# a sentence opening on people of no named body ('Western analysts are ...', 'A Ukrainian lawmaker, ..., spoke')
_PEOPLE_INTRODUCED = re.compile(
    r"^(?:(?:a|an|one|two|several|some|many|other|most|the)\s+)?(?:(?!(?:he|she|they|it|we|i|told|tells|said|says)\s)[\w'’.-]+\s+){0,3}?"
    r"(?:analysts?|experts?|"
    r"observers?|lawmakers?|legislators?|mps?|soldiers?|pilots?|marines?|commanders?|officers?|veterans?|bloggers?|"
    r"journalists?|reporters?|residents?|defectors?|researchers?|scholars?|activists?|critics?|sceptics?|skeptics?)\b"
)
# 'the officer said' and an officer brought in before it ('A Russian officer captured near Kursk ...')
_THE_OFFICER = re.compile(r"\bthe\s+(?:[\w'’-]+\s+)?officer\b")
_AN_OFFICER = re.compile(r"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,3}?officer\b")
# the names of one person or office-holder ('Ukraine HUR (Budanov)', "Ukraine's ambassador to the UN")
# a body named with its person: 'South Korea Ministry of Foreign Affairs (Cho Tae-yul)' (not with its short name:
# 'Multilateral Sanctions Monitoring Team (MSMT)')
_WITH_PERSON = re.compile(r"\([^)]*[a-z][^)]*\)$")
_ONE_PERSON = re.compile(
    rf"{_WITH_PERSON.pattern}|\b(?:ambassador|envoy|representative|minister|spokes(?:man|woman|person))\b"
)
_FIGURE_BY = re.compile(
    # the figure (with its hedge), up to six words of its noun (no verb), then the agent: '(approximately) 1,200
    # casualties reported by', 'the 3,000 figure given by the country's'
    r"(?:[a-z]+\s+){0,2}?[0-9][0-9,.]*(?:\s+(?:million|thousand))?\s+"
    r"(?:(?!(?:were|was|are|is|have|has|had|been)\b)[\w'’-]+\s+){0,6}?(?:to\s+be\s+)?"
    rf"(?:{AGENT_VERBS})\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+['’]s\s+)?"
)
_DIGITS = re.compile(r"[0-9][0-9,.]*")


def _given_by_later_figure(low: str, position: int, start: int) -> bool:
    """Whether the speaker at `start` is the agent ('given by', 'reported by') of a figure that stands between the
    figure at `position` and it."""
    own = _DIGITS.search(low, position, start)  # (the figure may open with its hedge: "about 4,000")
    later = _DIGITS.search(low, own.end() if own else position + 1, start)
    return later is not None and _FIGURE_BY.fullmatch(low, later.start(), start) is not None


_TRAILS_A_FIGURE = re.compile(
    r"\d[^,;()\[\]]{0,40}(?:,|\(|\[)\s*(?:according\s+to\s+|per\s+|citing\s+)?(?:the\s+)?$"
    # ('11,000 per the NIS, 12,000 per the HUR', '11,000 troops [NIS] and 6,000 builders [Shoigu]')
    r"|\d[\d,.]*(?:\s+[a-z-]+){0,2}\s+(?:according\s+to|per)\s+(?:the\s+)?$"
)
# the person an interview's introduction names: 'Col. Mindaugas Stankus has led', 'Ahn Chan-il, a defector'
_INTRODUCED_PERSON = re.compile(
    rf"(?:^(?=[^,]{{3,30}},)|\b(?:[A-Z]{{2,}}\s+-+\s+|(?:{MILITARY_RANK}|(?:Dr|Prof|Mr|Ms|Mrs)\.?\s)\s*))"
    r"(?P<name>[A-Z][a-z'’]+(?:(?:\s+[A-Z]|-[A-Za-z])[a-z'’]+){1,2})(?=,|\s+(?:has|had|is|was|heads|led|leads)\b)"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# acronyms that name a country or any country's office, not one body: 'The DPRK said', 'the MOD said'
_NOT_A_BODY = frozenset("DPRK ROK KPA MOD MND MOFA OSINT US UK EU UN USA".split())
_OWN_FINDINGS = re.compile(r"\b(?:his|her|their)\s+own\b")
_HE_OR_SHE = re.compile(r"(?:he|she)\b")
# a date in what reads as a name: an outlet's dated note ('UPDATE (3 September 2025):') is no speaker
_DATED = re.compile(
    r"(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?"
    r"|\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+[a-z]{2,4})?|(?:19|20)\d\d",
    re.IGNORECASE,
)
# Korean names come family name first and are named whole ('Kim Jong Un', 'Lee Sung-jun'), not by their last word.
# Capitalised words that open a sentence, not a name ('As the war goes on, ...', 'In Kyiv, ...').
_NOT_NAME_OPENERS = frozenset(
    "As In On At For After Before When While If According Since Despite Although Meanwhile Earlier Later Last "
    "Next Then Speaking Asked Separately Also Both Neither Many Some Several Western European Ukrainian Russian "
    "South North US American By From With Under Citing".split()
)
# capitalised words before a surname that are no first name ('The Ellison report', 'President Ellison')
_NOT_FIRST_NAMES = (
    r"(?:The|A|An|In|On|At|By|For|And|But|Of|To|From|With|As|If|When|While|After|Before|Since|According|Mr|Mrs|Ms|"
    r"Dr|President|Minister|General|Colonel|Major|Captain|Admiral|Senator|Professor|Ambassador|Analyst|Lawmaker|"
    r"Rep|Sen|Gen|Col|Lt|Capt|Foreign|Defence|Defense|Prime|Deputy|Vice|Chief)"
)
# a person's titles, before the name ('U.S. Deputy Ambassador Robert Wood', 'Assistant Secretary-General ...')
_TITLE_WORDS = frozenset(
    "Prime Minister Deputy Vice Assistant Under Secretary Secretary-General Ambassador Envoy Spokesman Spokeswoman "
    "Spokesperson Chief Cabinet President Chairman Chairwoman Governor Mayor Foreign Defence Defense Interior "
    "U.S. US UK U.K. Russian Ukrainian Japanese".split()
)
# a post named by its holder's title, then the holder's name: 'Armed Forces Minister Luke Pollard'
_TITLED_PERSON = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){1,4}?(?:Minister|Secretary|Director|Commander|Spokes(?:man|woman|person))\s+"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
# a two-word name that may be written surname first: two romanised Japanese words, or a Chinese surname and a
# given name
_KANA = r"(?:(?:sh|ch|ts|ky|gy|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwjf])?[aiueo]|n)+"
_SURNAME_FIRST_SHAPE = re.compile(
    rf"(?i:[A-Z]{_KANA}\s+[A-Z]{_KANA})"
    r"|(?:Wang|Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Luo|Gao|Xi|Dong|Fu|Qin|Geng|Mao)"
    r"\s+[A-Z][a-z]+"
)
# what ends no speaker's name: a people's adjective ('By South Korean estimates') or a kind of place ("in Russia's
# Kursk Oblast say")
_NOT_NAME_ENDINGS = PLACE_NAME_WORDS | frozenset(
    "Korean Russian Ukrainian American British Japanese Chinese European Western Soviet".split()
)
# How far back in its paragraph a sentence without a speaker takes the last one: a journalist's paragraph is one
# speaker's ('The NIS said ... Pyongyang has sent 11,000. Another 3,000 arrived in January.'); a long paragraph
# is likely scraped text run together (a whole article in one line), where only the sentence just before holds.
_PARAGRAPH_REACH = 3  # sentences
_PARAGRAPH_REACH_LONG = 1
_LONG_PARAGRAPH = 6  # sentences
_DECLARED_SOURCE = ("Source: ", "Sources: ")
# (a person's citing only, and of whom vouched for the figure: not 'a figure it said Ukrainian intelligence had
# shared', an outlet relaying its source)
_CONFIRMER_BEFORE = re.compile(
    r",\s+(?:a|the)\s+(?:figure|number|estimate|count|tally|total)\s+(?:that\s+|which\s+)?(?:he|she)\s+"
    r"(?:said|says)\s+(?:that\s+)?$"
)
_CONFIRMED_AFTER = re.compile(r"[\w\s'’.-]{0,40}?\b(?:had|has|have)\s+(?:\w+\s+)?(?:confirmed|verified|corroborated)\b")
_CREDIT_SEPARATOR = re.compile(r"\s*[,;]\s*")
# a fact box's bulleted line opening with a country's label and a figure: '- Seoul: 3,000 more troops', '• Kyiv: about
# 12,000' (not a headline's 'Kyiv: at least 30 North Korean troops killed', whose voice the story's lede names)
_COUNTRY_LABEL = re.compile(
    r"\s*[-•*▪►▲■–—]\s*(?P<name>[a-z][a-z .'’-]{1,24}?):\s+"
    r"(?=(?:(?:about|around|some|roughly|nearly|over|more\s+than|at\s+least|up\s+to|an\s+estimated|another|"
    r"a\s+further)\s+)?[0-9])"
)
# ... or a summary's line whose label is a country's estimates: 'South Korean estimates (Apr. 2025): 600 dead',
# 'Ukrainian figures: 4,000+'
_ESTIMATES_LABEL = re.compile(
    r"\W{0,3}(?P<name>[a-z][a-z .'’-]{1,24}?)\s+(?:estimates?|figures?|counts?|tall(?:y|ies)|assessments?)"
    r"(?:\s*\([^()]{1,30}\))?:\s+"
    r"(?=(?:(?:about|around|some|roughly|nearly|over|more\s+than|at\s+least|up\s+to|an\s+estimated)\s+)?[0-9])"
)
_PARTIES_GOVERNMENTS = frozenset(("North Korean government", "Russian government"))
# A government's own release: 'From: Foreign, Commonwealth & Development Office' (gov.uk), or a label such as
# 'PRESS STATEMENT' among the page's first lines under the body that issues it ('U.S. Department of State').
_ISSUED_FROM = ("From: ", "From:\u00a0")
_RELEASE_LABEL = re.compile(
    r"(?i:press\s+(?:release|statement|briefing)|news\s+release|media\s+release|statement|readout|fact\s+sheet)\W*$"
)
_WORDS = re.compile(r"[A-Za-z]+")
_HEADLINE_MARK = re.compile(r":|\s[-–—]\s")  # 'Pentagon: North Korean troops in Russia' is a headline
_ADDRESS_BY = re.compile(
    r"\W*(?:(?:video|evening|nightly|daily|new\s+year['’]?s?)\s+)?(?:address|speech|remarks|statement|message)\s+"
    r"(?:by|of)\s+(?:the\s+)?president"
)
_RELEASE_HEAD = 8  # sentences at the top of a page where its label and issuer stand
# A document's list lead of its own ('Key findings:'): its items are the report's named just before it.
_DOCUMENT_LEAD = re.compile(
    r"(?:key|main|other)?\s*(?:findings|points|takeaways|highlights|figures|conclusions|judgments)\s*:?\s*$"
    # 'Its findings are worth listing:', "The report's main points:"
    r"|(?:its|their|the\s+(?:report|team|panel|agency)['’]s)\s+(?:key\s+|main\s+)?(?:findings|points|conclusions|"
    r"figures)\b[^.:;]{0,40}:\s*$"
)
# A lead that says it lists a document's points ('The main points from the MSMT:', 'Here is what it found:'): the
# lines after it are its items, bulleted or not
_POINTS_LEAD = re.compile(
    r"\b(?:(?:main|key|headline)\s+(?:points|findings|figures|numbers|conclusions)|findings|highlights|takeaways)\b"
    r"[^!?]*:$"
    r"|\bwhat\s+(?:it|they|the\s+(?:[\w-]+\s+)?(?:report|team|panel|agency|monitors?))\s+(?:found|finds|says|said)\b"
    r"[^!?]*:$"
)
# ... naming a document, or a body (its mentions), whose points they are: not 'Five takeaways from the summit:'
_CLOSES_LEAD = re.compile(r"(?:\s*\([^()]{1,12}\))?[\s)]*(?:(?:on|this|last)\s+\w+\s*)?:\s*")
_DOCUMENT_WORD = re.compile(r"\b(?:report|study|findings|found|assessment|document|analysis|update|paper)\b")
_UNBULLETED_REACH = 6  # lines without bullets under such a lead
# where lawmakers meet, by the name of their house: 'a briefing at the Capitol', 'a session of the State Duma'
_LEGISLATURES = {"capitol": "US", "congress": "US", "westminster": "UK", "commons": "UK", "rada": "Ukraine",
                 "verkhovna": "Ukraine", "duma": "Russia", "diet": "Japan", "bundestag": "Germany",
                 "assembly": "South Korea"}  # fmt: skip
_SAID = re.compile(r"\b(?:said|says|say|told|tells|added|noted|stated|estimated|believe[sd]?)\b")
_REPORT_REACH = 3  # sentences back to the report an outlet tells of
_REPORT_NAMED = re.compile(r"\b(?:report|study|assessment|findings|analysis|has\s+found|have\s+found)\b")
# an outlet's own report: 'NK News published its own report', 'Reuters, in a report on Wednesday, examined'
_OUTLETS_REPORT = re.compile(
    r"\b(?:its|their)\s+own\s+(?:report|study|analysis)|\b(?:published|ran|in)\s+(?:a|its)\s+report\b"
)
# the body's own report: 'The MSMT released its first report', '..., the MSMT said in its report'
_REPORT_OF = re.compile(
    r"[^.;]{0,40}?\b(?:released|published|issued|presented|said\s+in|wrote\s+in|laid\s+out\s+in)\s+(?:its|their|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:report|study|assessment|findings|analysis)|['’]s\s+(?:[\w-]+\s+){0,3}?(?:report|study|assessment)"
)
# an outlet telling what a document found: 'Yonhap said the report found', 'NHK reported that the study showed'
# ... or 'According to Reuters, the report also said ...'
_RELAYS_A_DOCUMENT = re.compile(
    r"(?:\s+(?:said|says|reported|reports|wrote|writes)\s+(?:that\s+)?|,\s+)the\s+(?:[\w-]+\s+){0,2}?(?:report|study|"
    r"assessment|document|findings|analysis)\s+(?:also\s+)?(?:had\s+|has\s+)?(?:found|finds|said|says|showed|shows|"
    r"estimated|estimates|concluded|concludes|put|puts)\b"
)
_QUOTE_LABEL = ("Quote: ", "Quote:\u00a0")
_LIST_REACH = 15  # items of a list under its lead
_QUOTE_REACH = 5  # sentences of one quotation before its speaker is named
# ... what was said before it, named back: 'dismissed the accusation', 'dismisses these claims' (a denial that the
# sentence's figure is told as denied, 'rejected the claims', keeps its denier)
_DISMISSES_WHAT_CAME_BEFORE = re.compile(
    r"\s+(?:\w+\s+)?dismiss(?:es|ed)?\s+(?:the|these|those|such|this|that|"
    r"all\s+such)\s+(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|assertions?|figures?)\b"
    # (not 'dismissed the accusation that it was sending soldiers': what it dismisses is told after it)
    r"(?!\s+(?:that|of)\b)"
)
_DENIES_RIGHT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b")
# a line that is a label alone ('Background:'), within a few sentences before a figure
_LABEL_LINE = re.compile(r"[A-Z][\w ]{1,24}:")
_LABEL_REACH = 6
_RECAP_LABEL = re.compile(
    r"\W*(?:background|context|recap|catch\s+up|the\s+backstory|previously|"
    r"(?:previous|earlier|past|prior)\s+developments|(?:previous|earlier)\s+(?:reports|coverage))\s*[:|]"
)
# ... or what everyone holds: 'It is widely believed that North Korea has supplied 5 million shells'
_WIDELY_HELD = re.compile(
    r"\bit\s+is\s+(?:widely|generally|commonly|now\s+widely)\s+(?:believed|thought|known|understood|assumed|accepted)\b"
)
# A report someone would not confirm, by an outlet: 'declined to confirm a report by Japan's Asahi Shimbun that',
# 'could not confirm a Kyodo News report that'
_UNCONFIRMED_REPORT = re.compile(
    r"\b(?:not|never|declined\s+to|refused\s+to|unable\s+to)\s+(?:immediately\s+|independently\s+)?confirm\s+"
    r"(?:an?|the)\s+(?:[\w'’.-]+\s+){0,5}?reports?\b(?:\s+by\s+(?:[\w'’.-]+\s+){1,5}?)?\s*(?:that|of)\b"
)
_OWN_CLAUSE_AFTER = re.compile(r"\b(?:but|while|saying|adding|and\s+said)\b|;")
# The writer's own sum of figures given before ('That takes the total to about 14,000') and an outlet's own
# documents ('according to documents obtained by NHK') speak for no one before them
_RELEASED_BY_BEFORE = re.compile(
    r"\b(?:report|findings|document|paper|study)\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:released|published|"
    r"made\s+public|distributed)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# ... nor one named in the author's relative clause as its publisher: 'The MSMT, whose findings Seoul's foreign
# ministry released on Thursday, counted more than 20,000 containers'
_RELEASER_IN_WHOSE = re.compile(
    r"\bwhose\s+(?:[\w'’-]+\s+){0,2}?(?:reports?|findings|data|study|paper)\s+(?:[\w'’.-]+\s+){0,3}$"
)
_RELEASED_AFTER = re.compile(r"\s*(?:released|published|made\s+public|distributed|circulated|presented)\b")
_OTHER_VOICE = re.compile(r"\b(?:however|analysts|experts|observers|researchers|others|critics)\b")
# a sentence that says its speaker set out the figures the next paragraph gives
_LAYS_OUT = re.compile(
    r"\b(?:laid|lays|set|sets)\s+out\s+(?:the|its|their|his|her|new|fresh|some)?\s*(?:figures|numbers|details|findings|"
    r"data|estimates|what)\b|\b(?:gave|gives|presented|presents|outlined|outlines|shared|shares|disclosed|discloses|"
    r"revealed|reveals)\s+(?:the|its|their|his|her|new|fresh)\s+(?:latest\s+)?(?:figures|numbers|details|findings|data|"
    r"estimates)\b"
    # ... or an outlet carried another's: 'Yonhap on Wednesday carried the latest count from the NIS'
    r"|\b(?:carried|published|relayed)\s+(?:the|a)\s+(?:latest\s+|new\s+|fresh\s+)?(?:count|estimate|tally|figures|"
    r"assessment)\s+(?:from|of|by)\b"
)
# the line naming an embedded post's account: 'HUR of the Ministry of Defence of Ukraine ✓', '... | Telegram'
_ACCOUNT_LINE = re.compile(
    r"[✓✔☑]|\|\s*(?:telegram|x|twitter|facebook)\s*\]?$|\(@\w+\)|^\s*@\w+|^\W*(?:telegram|twitter|facebook)\s*[—–:|-]",
    re.IGNORECASE,
)
_PLATFORM_LABEL = re.compile(r"\s*\[\s*(?:telegram|twitter|facebook|x)\s*[—–:|-][^\]]+\]\s*$", re.IGNORECASE)
_THEIR_REPORT = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|findings|study|paper)\b")
_AUTHORS_SUM = re.compile(
    r"\b(?:that|this|which)\s+(?:would\s+)?(?:takes?|brings?|puts?|raises?|pushes?|lifts?)\s+the\s+"
    # ('That puts the North's total casualties at about 3,000')
    r"(?:(?:north|north\s+korea|pyongyang|dprk)['’]s\s+)?(?:(?:overall|total|cumulative)\s+)?"
    r"(?:total|tally|number|count|figure|losses|casualties)\b"
    # 'That makes 105,845 barrels for the year', 'That makes a total of 14,000'
    r"|^(?:that|this)\s+makes\s+(?:(?:a|the)\s+total\s+of\s+|(?:about|around|roughly|some|nearly|almost|over)\s+)?\d"
    # 'Taken together, the annual total reaches 105,845 barrels', 'Put the three returns together and ...'
    r"|^(?:taken|added|put|counted|summed)\s+(?:up\s+)?together\b|^(?:added|summed)\s+up\b"
    r"|^(?:put|add|take)\s+(?:(?:the|these|those|both|all|them)\s+)?(?:[\w-]+\s+){0,3}?together\b"
    r"|^add\s+(?:them|these|those|(?:the|both|all)\s+(?:[\w-]+\s+){1,3}?)\s*up\b"
)
_OUTLETS_DOCUMENTS = re.compile(
    r"\b(?:documents?|files|papers|records|(?:internal|confidential|classified|leaked)\s+\w+)\s+"
    r"(?:obtained|seen|reviewed|viewed)\s+by\b"
)
# A sentence that names its own evidence speaks for no one before it: 'according to Russian migration statistics',
# 'according to satellite imagery', 'official Russian data show' (not 'according to the same data')
_EVIDENCE = r"(?:data|statistics|figures|records|imagery|images|photos|footage)"


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


# a country's own filings, named by a pronoun: 'According to its reports to the world body, it exported ...'
_ITS_OWN_FILINGS = re.compile(
    r"\baccording\s+to\s+its\s+(?:own\s+)?(?:reports|declarations|filings|notifications|submissions)\b"
)
_EVIDENCE_WORDS = ("data", "statistic", "figures", "records", "imagery", "images", "photos", "footage")
_OWN_EVIDENCE = re.compile(
    r"\baccording\s+to\s+(?!(?:the|these|those|its|their|this|that|our|his|her|preliminary|latest|new|updated|available|"
    rf"current)\b)(?:[\w'’-]+\s+){{0,3}}{_EVIDENCE}\b(?!\s+(?:by|from|of|provided|compiled|released|published|cited)\b)"
    rf"|(?<!the\s)(?<!these\s)(?<!those\s)(?<!its\s)(?<!their\s)\b{_EVIDENCE}\s+"
    r"(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\b"
)
_CONTRAST_WORDS = ("while", "whereas", "though", "but", ", and ", ";")
# (not 'while fighting', 'while deployed' nor 'not only ... but also'); a clause joined by ', and' is a part of its
# own too ('has sent 12,000 troops, and Western officials warn more could follow')
_CONTRAST_NEXT = re.compile(
    r",?\s*(?:while|whilst|whereas|though|although|but(?!\s+also\b))\b(?!\s+\w+(?:ing|ed)\b)|,?\s*and\b(?!\s+\w+(?:ing|ed)\b)"
    r"|\s*;"
)
# ... but a speaker that closes the sentence speaks for the whole of it: '..., the NIS said.', '..., according to
# the NIS.', '..., said Budanov.', '..., Budanov wrote on Telegram.', '..., a lawmaker said, citing the NIS.'
_CUE_RIGHT_BEFORE = re.compile(
    r",\s*(?:according\s+to|per|citing|as\s+(?:reported|estimated)\s+by|said|says)\s+(?:[\w'’.-]+\s+){0,4}$"
)
_COMMENT_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:figure|number|estimate|claim|assessment|flow|trend|rise|increase|jump|surge|"
    r"pace|practice|move|development|deployment|escalation|decision|step|buildup|build-up|transfer|shipment|act)|"
    r"something)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){1,5}?(?:says?|said|calls?|called|described|"
    r"denies|denied|condemned|condemns|"
    r"describes|considers?|considered|deems?|deemed|views?|viewed|regards?|regarded|dismissed|disputed|doubts?|"
    r"doubted|believes?|believed|estimates?|estimated|"
    # ... or one who would not stand behind it: 'a figure the NIS has not backed', 'which Seoul could not confirm'
    r"(?:has|have|had|did|does|could|would)\s+(?:not|never)\s+(?:yet\s+)?(?:backed|back|confirmed|confirm|verified|"
    r"verify|endorsed|endorse))\b"
)


@lru_cache(maxsize=256)
def _comment_after(low: str, position: int) -> int | None:
    """Where a comment appositive on the figure at `position` starts ('..., a figure the NIS called unlikely'),
    when no one spoke before it ('The minister said ..., a figure he said Tokyo had confirmed' is the minister's).
    A pure function of the sentence, memoised: the figure's own speakers and its later ones both ask."""
    if ", a" not in low and ", something" not in low:
        return None  # (most sentences hold none: the pattern is slow)
    comment = _COMMENT_APPOSITIVE.search(low, position)
    if comment is None or _SAID_BEFORE.search(low, 0, comment.start()):
        return None
    return comment.start()


_FIGURE_NOUN_BEFORE = re.compile(
    r"\b(?:figures?|numbers?|estimates?|counts?|tall(?:y|ies)|totals?|assessments?)\s+(?:that|which)\s+(?:[a-z-]+\s+){0,3}$"
)
# a lead that gives a speaker's words after it: 'Kim Jong Un said at the ceremony:', 'Budanov told reporters:'
_LEAD_SPEAKS = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|declared|declares|stated|states|added|adds)\b[^,;]{0,40}:\s*$"
)
_QUOTE_CLOSES = re.compile(r"[,?!][\"”’']\s")  # "'...,' he said": a quotation closed before its speaker
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|claimed|claims|estimated|estimates|reported|"
    r"reports|believes|believe|wrote|writes)\b"
)
# the paper US copy calls 'the Times', unless a London paper of that name is on the page
_NEW_YORK_TIMES = re.compile(r"\b(?:new\s+york\s+times|nyt)\b")
_LONDON_TIMES = re.compile(r"\b(?:times\s+of\s+london|london\s+times|sunday\s+times)\b")
# an outlet's own work: 'citing its own sources', 'KBS found', 'an analysis of satellite imagery'
_OWN_WORK = re.compile(
    r"\b(?:(?:its|their)\s+own|found|finds|analy[sz]\w+|review\w*|investigation|obtained|seen\s+by|learned|learnt|"
    r"calculat\w+|tall(?:y|ied|ies)|counted|cited\s+no)\b"
)
# a voice the outlet quotes in the sentence: 'According to KBS, a diplomatic source said ...'
_VOICE_OF_ITS_OWN = re.compile(
    r"\b(?:an?|one|two|several)\s+(?:[\w-]+\s+){0,2}(?:sources?|officials?|diplomats?|analysts?|experts?)\b"
)
# the words of an outlet citing an authority in the same sentence
_CITES = re.compile(r"\b(?:citing|cited|quoting|quoted)\s+(?!(?:its|their)\s+own\b)")
# the outlet just named says whom it drew on, in a sentence of its own
_CITED_NEXT = re.compile(
    r"\W*(?:the\s+(?:news\s+)?(?:agency|broadcaster|newspaper|paper|daily|outlet|report|station|channel|network|"
    r"wire|publication|website|site)|it|they)\s+(?:also\s+)?(?:cited|quoted|was\s+citing|were\s+citing|"
    r"attributed\s+(?:the\s+\w+\s+|it\s+|them\s+)?to|based\s+(?:the\s+\w+\s+|it\s+|its\s+report\s+)?on|"
    r"(?:said\s+(?:that\s+)?it\s+had\s+)?(?:obtained|seen|reviewed))\b"
)
_SET_OFF_BEFORE = re.compile(r",[\"”’']?\s*(?:[\w'’.-]+\s+){0,5}$")  # ('...," a spokesperson said')
_SPEECH_RIGHT_AFTER = re.compile(r"\s*(?:[\w'’.-]+\s+){0,2}?(?P<verb>[a-z]+)\b(?P<rest>[^;]*)$")
# ('a General Staff spokesperson said', 'the ministry spokesman said'): the speaker's noun before the verb
_SPEAKER_NOUN_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|officer|source)s?(?=\s)")
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\b(?:that|is|are|was|were|has|have|had|will|would|could|may)\b"
    r"|^\s*(?:it|they|he|she|we)\s+[a-z]+"  # ('..., and the NIS said it expects more')
)
_SENTENCE_TAIL = 60  # what may follow a closing speaker's verb: 'on Monday', 'in a statement', 'citing ...'


def _closes_the_sentence(low: str, m: Mention) -> bool:
    if _CUE_RIGHT_BEFORE.search(low, max(0, m.start - 60), m.start):
        return len(low) - m.end <= _SENTENCE_TAIL
    noun = _SPEAKER_NOUN_AFTER.match(low, m.end)
    after = _SPEECH_RIGHT_AFTER.match(low, noun.end() if noun else m.end)
    return bool(
        after
        and _SET_OFF_BEFORE.search(low, max(0, m.start - 50), m.start)
        and SPEECH.match(after["verb"])
        and len(after["rest"]) <= _SENTENCE_TAIL
        and not _CLAUSE_OF_ITS_OWN.search(after["rest"])  # ('though Kyiv says the real number is ...': its claim)
    )


# The names of each kind of speaker a sentence may refer back to (speech.referent_kind).
_KINDS = {
    "intelligence": re.compile(r"NIS|HUR|SBU|[Ii]ntelligence|Agency"),
    "ministry": re.compile(r"Ministry|Department|Foreign Office"),
    "president": re.compile(r"President"),  # and the gazetteer's people who speak for themselves (Attributions)
    "officer": re.compile(r"\(|General Staff|Command|Forces|Armed|Army|Navy|military|JCS"),
    "report": re.compile(r"Team|Panel|Institute|Cent(?:er|re)|Foundation|ISW|CSIS|MSMT|Research|RUSI|IISS|KIDA|INSS"),
    # 'the ambassador said', 'the adviser said', 'the secretary said': a speaker whose name holds the post
    "envoy": re.compile(r"[Aa]mbassador|[Ee]nvoy|[Dd]iplomat|UN representative|Foreign|State Department"),
    "adviser": re.compile(r"Advis[eo]r|White House|Security Council|Presidential Office"),
    "secretary": re.compile(r"Secretary|Department of Defense|State Department|Security Council|White House|NATO"),
}
# 'the team said', 'the monitors said', 'the panel found': a body whose name holds that noun, before any other
# research body named since ('The Multilateral Sanctions Monitoring Team counted ... CSIS found ... the team said')
_NAMED_BY_NOUN = {
    "team": re.compile(r"Team"),
    "monitors": re.compile(r"Monitor|Panel"),
    "monitor": re.compile(r"Monitor"),
    "panel": re.compile(r"Panel"),
}
# ... though a nearer body's own people are meant: 'Investigators from Conflict Armament Research travelled to
# Kharkiv. The team said ...'
_OWN_TEAM = re.compile(r"\b(?:team|investigators|researchers|experts|analysts|monitors|panel)\b")
_PEOPLE_KINDS = ("president", "officer", "envoy", "adviser", "secretary")
_MILITARY_RANK = re.compile(MILITARY_RANK)
# What an unnamed voice says it serves ('a South Korean intelligence official'), and the bodies it may stand for.
_UNNAMED_NOUNS = ("official", "officials", "source", "sources")
_SERVES = re.compile(
    r"\b(?:(?P<intelligence>intelligence)|(?P<military>military|defen[cs]e)|(?P<security>security)|"
    r"(?P<diplomatic>diplomatic)|(?P<none>government|presidential))\b"
)
_SERVED = {
    "intelligence": re.compile(r"NIS|HUR|SBU|[Ii]ntelligence|Agency"),
    "military": re.compile(r"JCS|General Staff|Command|Forces|Armed|Army|Navy|military|Defen[cs]e|HUR"),
    "security": re.compile(r"Security|NIS|SBU|FSB|[Ii]ntelligence"),
    "diplomatic": re.compile(r"Foreign|State Department|Diplomatic|UN "),
}
# 'soldiers to fight for Vladimir Putin': a name after these words is whom support goes to, not who says so
# (unless a word of speech binds it).
_BENEFICIARY_BEFORE = re.compile(
    r"(?<!spokesperson\s)(?<!spokesman\s)(?<!spokeswoman\s)\b(?:for|to|against|with)\s+(?:the\s+)?$"
)
_RECEIVER_BEFORE = re.compile(
    r"\b(?:handed|hands|gave|given|gives|sent|sends|supplied|supplies|provided|provides|delivered|delivers|sold|sells|"
    r"shipped|ships|transferred|offered|lent)\s+(?:russian\s+)?(?:president\s+)?$"
)
# a body whose end is told ('after Russia's veto killed the UN panel of experts', 'having wrecked the reputation of the
# UN Panel of Experts'): 'the report' further on is not its (its successor's, named before)
_ENDED_BEFORE = re.compile(
    r"\b(?:killed|scrapped|replaced|successor\s+to|wrecked\s+the\s+reputation\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# ... unless the sentence tells that body's own report too, by the body's own noun ('killed the UN panel of experts,
# weeks after the panel's final report came out'; not 'its debut report', the successor's as often as not)
_ITS_OWN_REPORT = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)(?:['’]s|s['’])\s+(?:[\w-]+\s+)?report\b")
_HELPED_BEFORE = re.compile(r"\b(?:help|helping|support|supporting|back|backing|aid|aiding)\s+(?:the\s+)?$")
# ... nor one fought: 'sent to help Russia push the Ukrainian army out of Kursk', 'to fight Ukraine's forces'
_FOUGHT_BEFORE = re.compile(
    r"\b(?:fight|fighting|fought|push|pushing|pushed|repel\w*|drive|driving|drove|battl\w*|engag(?:e|es|ed|ing)|"
    r"fac(?:e|es|ed|ing)|confront\w*|oust\w*|dislodg\w*|expel\w*|encircl\w*|defeat\w*|attack\w*|ambush\w*|"
    r"rout(?:s|ed|ing)?|surround\w*|outflank\w*)\s+(?:the\s+)?$"
)
# '4,000, higher than the NIS figure': a figure compared with is another speaker's, not this one's.
# estimates no one owns, as the sentence's subject: 'Estimates of the number of soldiers sent, initially put at 11,000,
# have since risen to about 15,000'; 'Estimates vary from 600 to 2,000'
_UNOWNED_ESTIMATES = re.compile(
    r"(?:but\s+|yet\s+|still,?\s+)?estimates\s+(?:of|for|on|vary|varied|range|ranged|differ|differed)\b"
)
# who struck a deal, in a clause after the figure, is part of the story, not its teller: 'The agency said Pyongyang is
# preparing to send 6,000 troops under a deal announced by Russian Security Council Secretary Sergei Shoigu'
_EVENT_BY_BEFORE = re.compile(
    r"\b(?:deal|agreement|accord|pact|pledge|treaty|plan)\s+(?:\w+\s+){0,2}?(?:announced|signed|struck|reached|"
    r"brokered|sealed|made|agreed)\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,6}$"
)
# ... nor the army ground is won back from, named after the figure: '11,000 troops to Kursk region, which they help to
# recapture from Ukrainian army', 'to help Moscow retake Kursk from Ukraine's armed forces'
_GROUND_FROM_BEFORE = re.compile(
    r"\b(?:recaptur|retak|re-tak|reclaim|liberat|regain|wrest|win\s+back|won\s+back|took\s+back|take\s+back)\w*"
    # (within the clause: not '... to help win back Kursk, a statement from the JCS said')
    r"\b[^.;:,]{0,40}?\bfrom\s+(?:the\s+)?$"
)
# ... nor the unit soldiers are placed in: 'At least 1,200 North Korean soldiers were attached to a Russian airborne
# unit in Kursk, according to ... documents obtained by the Kyiv Independent'
_PLACED_WORD = re.compile(
    r"\b(?:attached|assigned|integrated|embedded|incorporated|folded|absorbed|subordinated|seconded)\s+(?:in|to|with)"
)
_PLACED_WORDS = ("attached", "assigned", "integrated", "embedded", "incorporated", "folded", "absorbed", "subordinated",
                 "seconded")  # (the pattern's verbs, as substrings: a cheap look first)  # fmt: skip
_PLACED_IN_BEFORE = re.compile(
    r"\b(?:attached|assigned|integrated|embedded|incorporated|folded|absorbed|subordinated|seconded)\s+"
    r"(?:in|into|to|within)\s+(?:an?\s+|the\s+)?$"
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|above|below|beyond|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|an?\s+)?"
    # ... or whose amount it is compared with: 'more than the annual output of most NATO members'
    r"(?:(?:[\w-]+\s+){1,3}?of\s+(?:(?:most|all|many|some|several|other|the)\s+)?)?$"
)
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z.]+['’]s\s+)?")  # 'the X of (Ukraine's) Y'


# The page's own voice: 'we estimate', 'our count', 'by the authors' estimates'.
# An interview's labels ('Q: ...', 'A: ...') and a transcript's ('CHO SEONG-MIN (Korea Institute for Defense
# Analyses): ...', later 'CHO: ...'), at the start of a paragraph.
_QUESTION_LABEL = re.compile(r"(?:q|question)\s*[:.]\s")
# An interview that labels neither questions nor answers says so at its head: a line 'Interview', or a guest who
# 'spoke to us' ('said in an interview with the BBC' is a news report).
_INTERVIEW = re.compile(
    r"(?:^|\|\s)interview(?:s|\s+transcript)?\s*(?:$|\||:)|\b(?:spoke|talked)\s+(?:to|with)\s+us\b|\btold\s+us\b"
)
_INTERVIEW_WORDS = ("interview", "spoke", "talked", "told us")  # a cheap first look: most pages say none
_ANSWER_LABEL = re.compile(r"(?:a|answer)\s*[:.]\s")
# ... an answer labelled with who gives it, for the unnamed answers after it too: 'A (JCS spokesman Lee Sung-jun): ...'
_NAMED_ANSWER_LABEL = re.compile(r"(?:a|answer)\s*\((?P<who>[^()]{3,80})\)\s*:\s")
# A transcript's turn labelled in plain case by the title of the one the page named with it before ('Press conference
# by NATO Secretary General Mark Rutte' ... 'Secretary General: What we see is ...', 'High Representative: ...')
_TITLE_LABEL = re.compile(
    r"(?P<title>(?:(?:NATO|EU|UN|Deputy|Chief|Vice|Prime|Foreign|Defen[cs]e|Press|General|Cabinet|High|Acting)\s+)*"
    # (the UN's title hyphened as often as not: 'Secretary-General:')
    r"(?:Secretary(?:[\s-]+General)?|Representative|Spokes(?:man|woman|person)|Minister|President|Ambassador|"
    r"Director(?:[\s-]+General)?|Chairman|Chairwoman|Commander|Chancellor))\s*:\s"
)
_DASH_ANSWER = re.compile(r"\s*[—–]\s")
_SPEAKER_LABEL = re.compile(
    # (after an honorific a transcript gives: 'MS. SINGH:', 'GEN. RYDER:')
    r"(?:(?:MR|MS|MRS|DR|GEN|ADM|LT|COL|SEN|REP)\.\s+)?"
    r"(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3})(?:\s*\((?P<body>[^()]{2,80})\)"
    # ... or with the title after a comma, as US networks' transcripts give it ('JOHN DOE, PENTAGON PRESS
    # SECRETARY:', 'JANE ROE, CNX CORRESPONDENT (voice-over):')
    r"|,\s+(?P<title>[A-Z][A-Z0-9 .,'’&/-]{1,90}?)(?:\s*\([^()]{2,30}\))?)?:\s"
)
# the titles a transcript's label may give before a surname: 'SECRETARY AUSTIN:', 'FOREIGN MINISTER CHO:'
_LABEL_TITLES = frozenset(
    "secretary minister foreign defense defence deputy press ambassador general admiral spokesman spokeswoman "
    "spokesperson president director chairman senator representative".split()
)
# a transcript's host ('SAM LEE (PRESENTER):', 'JANE DOE (HOST):')
_HOST = re.compile(
    r"(?i)\b(?:moderator|presenter|host|anchor|interviewer|newsreader|narrator|reporter|correspondent|voice-over|v/o)"
)
_ARMED_SERVICE = re.compile(r"\b(?:Navy|Air Force|Army|military|Armed Forces|Special Forces)\b")
_OF_THOSE = re.compile(r"(?:of|among)\s+(?:them|those|these)\b")
_FIRST_PERSON = re.compile(
    r"\bwe\s+(?:\w+ly\s+)?(?:have\s+)?(?:estimate[ds]?|assess(?:ed)?|calculated?|count(?:ed)?|reckon(?:ed)?|believe|put\s+the|"
    r"found|identified|judged?|tracked|"
    r"observed|documented|geolocated|confirmed)\b"
    r"|\bwe\s+(?:\w+ly\s+)?arrive\s+at\b"  # ('counting the stacks, we arrive at about 2,000 containers')
    # ('by our reckoning', 'our counts'; not a national 'our': 'our intelligence estimates', 'our military')
    r"|\bour\s+(?:own\s+|running\s+)?(?:analys[ie]s|estimates?|counts?|assessments?|team|tall(?:y|ies)|"
    r"calculations?|review|research|data|tracking|investigation|reckoning)\b"
    # a writer's own: 'by my count', 'my own tally', 'I estimate' (outside quotation marks)
    r"|\bmy\s+(?:own\s+|running\s+)?(?:estimates?|counts?|tall(?:y|ies)|calculations?|reckoning)\b"
    r"|\bi\s+(?:\w+ly\s+)?(?:have\s+)?(?:estimate[ds]?|counted|calculated?|reckon)\b"
    r"|\bthe\s+authors['’]\s+(?:estimates?|assessment|calculations?|count)\b"
    # ('by this newspaper's count', "this magazine's own tally")
    r"|\bthis\s+(?:newspaper|paper|magazine|publication|website)['’]s\s+(?:own\s+)?(?:estimates?|count|tally|"
    r"calculations?|analysis|reckoning)\b"
)
# another figure the page's own compares with, whose speaker is named after it: '... 200 guns, more than the 120
# cited by Ukrainian intelligence', '... 10 million rounds, above the roughly 9 million that the MSMT cited'
_COMPARED_FIGURE = re.compile(
    r"\b(?:than|above|below|beyond|exceeds?|exceeding|compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+"
    r"[^.;\d]{0,30}\d"
)
# what the page's own estimate drew on or set itself against: 'based on the NIS figures', 'higher than the NIS's'
_DRAWN_ON = re.compile(
    r"\b(?:based\s+on|drawing\s+on|drawn\s+from|relying\s+on|built\s+on|on\s+the\s+basis\s+of|interviews\s+with|"
    r"(?:higher|lower|larger|smaller|more|fewer)\s+than)\b"
)
# a body that answers a figure, not the one that gave it: 'The Royal United Services Institute disputed the figure.'
_DISPUTES = re.compile(r"\b(?:disput|reject|den(?:y|ied|ies)|question|doubt|challeng|contest|dismiss)\w*")
_MASTHEAD_MAX = 60  # a masthead is a short first line
# bylines, section labels and interview heads are no names: 'By Josh Smith', 'Breaking News', 'Interview With ...'
_NOT_A_MASTHEAD = re.compile(
    r"^By\s|\b(?:Interview|Transcripts?|Breaking|Latest|World|Politics|Opinion|Analysis|Home|Live|Updates?|War|"
    r"Section|Topics?)\b"
    # ... nor a page's kind, in any case: 'FACT CHECK', 'Editorial', 'Press release'
    r"|(?i:\b(?:fact[- ]?checks?|editorials?|explainers?|press\s+releases?|newsletters?|podcasts?)\b)"
)
_CRUMB_SEPARATOR = re.compile(r"\s+[|›>»]\s+")  # a masthead's name before the page's section crumbs
_UNKNOWN_MASTHEAD = re.compile(r"(?=.{3,40}$)[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|for|on|&)){1,4}")
# a byline's field naming the research body its writers publish for, before the writers' field: 'June 2, 2025 ·
# Northeast Asia Imagery Project (NAIP) · By Miriam Castellanos' (not an op-ed author's affiliation after it)
_BYLINE_LINES = 6
_BYLINE_FIELDS = re.compile(r"\s*[|·•]\s*")
_BYLINE_BY = re.compile(r"By\s+[A-Z]")
_BYLINE_BODY = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|on|and|the)){1,7}?\s+(?:Institute|Institution|"
    r"Center|Centre|Project|Foundation|Council|Forum|Initiative|Research\s+Group)(?:\s+(?:for|of|on)(?:\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*){1,4})?)(?:\s+\((?P<short>[A-Z]{2,8})\))?"
)
_HEADLINE_REACH = 8  # sentences from a headline to its lead (bylines and dates between)
_LEAD_MIN = 80  # a lead is a sentence, not a byline or a date line
# A masthead naming a research body by the shape of its name (a headline in title case is longer and has no
# crumbs after it)
_RESEARCH_WORD = (
    r"(?:Project|Center|Centre|Institute|Monitor|Foundation|Council|Initiative|Forum|Observatory|Programme|Program|"
    r"Tracker|Studies|Research)"
)
_RESEARCH_MASTHEAD = re.compile(
    # before the page's section crumbs ('Center for Conflict Assessment > Backgrounders')
    rf"(?=[^>|›·»/]*\b{_RESEARCH_WORD}\b)"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|the|and|&)\s+)*[A-Z][\w'’-]*){0,6})\s*[>|›·»/]\s"
    # or a short name alone on the line, its last word what the body is ('Korea Risk Monitor')
    rf"|(?P<alone>(?:[A-Z][\w'’-]*\s+){{0,3}}{_RESEARCH_WORD})\s*$"
)

# A speaker described but not yet named, whom the next sentence names: 'a state-run think tank estimated'; a body
# described by its members or its purpose ('an 11-nation group said', 'a team set up to monitor sanctions said').
_DESCRIBED_BODY = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:think\s+tank|research\s+(?:institute|group|cent(?:er|re))|institute|"
    r"monitoring\s+(?:group|team|body)|watchdog|[\w]+-(?:nation|country|member)\s+(?:group|team|body|panel|coalition)|"
    r"(?:group|team|body|panel)\s+(?:set\s+up|created|formed|established|launched)\s+to\s+monitor)\b"
)

# A source or official speaking, whom 'the source said', 'the official added' may refer back to: 'a source
# familiar with the matter said', 'according to a Ukrainian intelligence source', 'a senior US defense official told'
_SPEAKING_AFTER = (
    r"[^.;\"“”]{0,80}?\b(?:said|says|say|told|tells|added|adds|claimed|claims|estimated|estimates?|reported|quoted|"
    r"cited|warned|warns|believes?|believed|noted|stated|confirmed|suggested|assessed|indicated|revealed|disclosed|"
    r"explained|put)\b"
)
_DESCRIBED_SPEAKS = re.compile(_SPEAKING_AFTER)


def _described_body_speaks(low: str) -> bool:
    """Whether a body described but not named speaks ('an 11-nation group set up to monitor sanctions said')."""
    described = _DESCRIBED_BODY.search(low)
    return described is not None and _DESCRIBED_SPEAKS.match(low, described.end()) is not None


# 'citing U.S. officials', '..., said a Ukrainian intelligence official' (a sentence's dots are abbreviations'; not
# 'Zelensky told US officials')
_CITING = (
    r"(?:\b(?:according\s+to|citing|quoting)\s+|,\s+(?:said|says|told)\s+(?=(?:an?|the|one|two|three|several|some)\s))"
    r"[^;]{0,40}?"
)
_UNNAMED_SPEAKING = {
    "source": re.compile(rf"\bsources?\b(?!\s+of\b){_SPEAKING_AFTER}|{_CITING}\bsources?\b"),
    "official": re.compile(
        r"\bofficials?\b(?!\s+(?:figures?|data|estimates?|statistics|count|tally|reports?|documents?|statements?|"
        rf"sources?|visit|trip)\b){_SPEAKING_AFTER}|{_CITING}\bofficials?\b"
    ),
}
# An outlet's own unnamed sources, who speak for no body ('a source in North Hamgyong Province', 'another source',
# 'according to the sources'): once the article has them tell the outlet ('..., a source in Rason told Daily NK'),
# what they say elsewhere is that outlet's reporting too.
_SOURCE_DETERMINER = r"(?:an?|the|another|one|two|three|several|multiple|other|both)"
# people an outlet does not name: 'people familiar with the matter', 'a person briefed on the plans'
# the one source or official referred back to ('the official said', 'according to the source'), and one met before
_THE_ONE = {noun: re.compile(rf"\bthe\s+(?:[a-z'’-]+\s+){{0,2}}?{noun}\b") for noun in ("source", "official")}
_ONE_OF = {noun: re.compile(rf"\b{noun}\b") for noun in ("source", "official")}
_PEOPLE_UNNAMED = r"(?:people|persons?)\s+(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\b"
_OUTLET_SOURCE = re.compile(
    rf"(?:\b{_SOURCE_DETERMINER}\s+|^|,\s)(?:(?:local|informed|separate|second|third|same|government|military|"
    r"diplomatic|security|senior)\s+)?(?:sources?|informants?)\b"
    # ('a government source familiar with intelligence matters said')
    r"(?:\s+(?:in|inside|within|from|near|based\s+in|familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of)"
    r"\s+[^,;:.\"“”]{1,60}?)?"
    r"(?:\s+\w+ly)?\s+(?:said|says|told|added|adds|explained|noted|claimed|reported|estimated|put)\b"
    rf"|\baccording\s+to\s+(?:{_SOURCE_DETERMINER}\s+)?(?:sources?|informants?)\b(?:\s+(?:in|inside|within|from|near)\b|[,.])"
    # people the outlet does not name: 'according to people familiar with the matter', 'a person briefed on the
    # plans said', 'said people familiar with'
    rf"|\b(?:according\s+to\s+|(?:said|says|told)\s+|{_SOURCE_DETERMINER}\s+|^|,\s){_PEOPLE_UNNAMED}"
)
_OUTLET_SOURCE_WORDS = ("source", "informant", "familiar with", "briefed on", "knowledge of")
# ... and those people again, once the article has them ('two of the people said'; not right after officials it
# names, whom 'the people' are then)
_THE_PEOPLE = re.compile(
    rf"\b(?:(?:{_SOURCE_DETERMINER}|some|all|most)\s+of\s+the\s+(?:people|persons)|the\s+person)\s+"
    r"(?:said|says|told|added)\b"
)
_PEOPLE_FAMILIAR = re.compile(rf"\b{_PEOPLE_UNNAMED}")


def _may_have_outlet_sources(low: str) -> bool:
    """Whether a sentence may have the outlet's own unnamed sources speak (most have none: the pattern is slow)."""
    return has_any(low, _OUTLET_SOURCE_WORDS)


def _blanked(low: str, mention: Mention) -> str:
    """The sentence without the mention and its possessive: "The Independent's analysis" refers to no one before."""
    end = mention.end + 2 if low.startswith(("'s", "’s"), mention.end) else mention.end
    return low[: mention.start] + " " * (end - mention.start) + low[end:]


def _blanked_with_its_pronoun(low: str, outlet: Mention) -> str:
    """The sentence without the outlet and an 'it' speaking after it ('..., by the paper's estimate, though it warned
    that ...': 'it' is the outlet itself, no speaker of before)."""
    blanked = _blanked(low, outlet)
    if (it := _IT_SPEAKS.search(blanked, outlet.end)) is not None or (it := _IT_WARNS.search(blanked, outlet.end)):
        blanked = blanked[: it.start()] + " " * (it.end() - it.start()) + blanked[it.end() :]
    return blanked


@dataclass(frozen=True)
class _Own:
    authority: Mention | None
    outlet: Mention | None


# 'the 6,000 engineers that Shoigu announced', 'the 6,000 sappers and 1,000 builders that ...': a relative clause
# whose speaker gives the figures of the noun phrase it follows (one that opens with 'the', 'those' or 'these')
_RELATIVE_SPEAKER = re.compile(
    r"\b(?P<head>(?:the|those|these)\s+(?:(?!(?:the|those|these)\s)(?:[^,;.]|[,.](?=\d))){0,140}?)"
    r"\s+(?:that|which)\s+(?:[\w.'’-]+\s+){0,6}?$"
)


# what comes between a figure compared with and its voice: '(the 13,)000 (containers) (that) (the) NIS cited'
_COMPARED_TO_VOICE = re.compile(
    r"\d*(?:[,.]\d+)*(?:\s+(?:million|billion|thousand))?(?:\s+[a-z-]+){0,2}?\s+(?:that\s+|which\s+)?(?:the\s+)?"
)


def _speaks_of_compared(low: str, mention: Mention, position: int) -> bool:
    """Whether `mention` gives the figure that the one at `position` is compared with, named right after it ('20,000
    containers, far more than the 13,000 (that) Seoul cited'), not the sentence's voice closing it."""
    if not mention.bound or mention.start <= position or (" than " not in low and " from " not in low):
        return False  # (a cheap test first: most sentences compare nothing)
    figure = re.match(r"[\d.,]+", low[position:])
    compared = _COMPARED_FIGURE.search(low, position + (figure.end() if figure else 0), mention.start)
    return compared is not None and _COMPARED_TO_VOICE.fullmatch(low, compared.end(), mention.start) is not None


# A country's word of speech in the possessive ("Moscow's claim", "Pyongyang's statement", "the Kremlin's
# acknowledgement"): the country speaks for what the word tells, in the word's own clause ('Moscow's claim that 1,000
# workers had arrived', "Ukraine's claim of 20,000 troops"), not for the rest of the sentence (not a count: "by
# Washington's count, ...", "Kyiv's estimate, given in May, was 12,000", which are the figure's own)
_POSSESSIVE_WORD = re.compile(
    r"(?:(?<=['’]s)|['’]s)\s+(?:(?:latest|new|earlier|previous|own|official|first|last|public)\s+)?"
    r"(?:claims?|statements?|acknowledge?ments?|admissions?|announcements?|confirmation)\b"
)
# ... the word opening its clause ('Moscow's claim that ...', ', but Pyongyang's statement said'), not the object of a
# word before it ('Despite Moscow's claim', 'rejecting Pyongyang's statement', 'could not verify Ukraine's claim')
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:^|[,;:(—–]\s*|\b(?:and|but|while|whereas|though|although|yet)\s+)[\"“'‘]?(?:the\s+)?$"
)
# ... a word before it that gives the figure's origin ("according to the Kremlin's statement, 5,000 ..."), and one that
# cites it ('citing Pyongyang's statement')
_ORIGIN_BEFORE = re.compile(
    r"\b(?:according\s+to|per|in|under|by|from|(?:based|drawing|relying)\s+on|as\s+in)\s+(?:the\s+)?$"
)
_CITING_BEFORE = re.compile(r"\b(?:citing|quoting|cited|quoted)\s+(?:the\s+)?$")
# ... and where the word's own clause ends: a comma, a clause of contrast, a verb of the sentence's subject ('rejected
# Moscow's claim that only 1,000 had arrived and said 15,000 had been sent')
_POSSESSIVE_CLAUSE_ENDS = re.compile(
    r"[,;:()—–]|\s(?:but|while|whereas|though|although)\s|\sand\s+(?:\w+ly\s+)?(?:said|says|added|adds|put|puts|"
    r"estimated|estimates|counted|reported|reports|told|tells|has|have|had|is|are|was|were|believes|believed|"
    r"insisted|insists|noted|notes|stressed)\b"
)


def _possessive_word_elsewhere(low: str, mention: Mention, position: int, others: list[Mention]) -> bool:
    """Whether `mention`, a country's voice, speaks only through a word of speech in the possessive ("Moscow's
    claim") whose own clause does not hold the figure at `position`, and so is not the figure's: when the word is the
    object of another ('Despite Moscow's statement denying it, about 11,000 troops are in Kursk, the Pentagon said';
    'The HUR, rejecting Pyongyang's statement, said 12,000 ...'), or when the word is cited by, or opens a clause
    beside, another speaker of the sentence ('The JCS, citing Pyongyang's statement as evidence, said 2,000 ...';
    "Moscow's statement notwithstanding, 11,000 ..., the Pentagon said")."""
    if not mention.bound or mention.rank != 1 or _POSSESSIVE_WORD.match(low, mention.end) is None:
        return False
    if mention.end < position and _POSSESSIVE_CLAUSE_ENDS.search(low, mention.end, position) is None:
        return False  # the figure is the word's own: "Ukraine's claim of 20,000 troops"
    if _CLAUSE_OPENS_BEFORE.search(low, max(0, mention.start - 12), mention.start) is None:
        if _ORIGIN_BEFORE.search(low, max(0, mention.start - 20), mention.start):
            return False
        if _CITING_BEFORE.search(low, max(0, mention.start - 14), mention.start) is None:
            return True
    # (an outlet that cites it relays it: "Citing Moscow's statement, TASS said 5,000 ...")
    return any(m.bound and m is not mention and _POSSESSIVE_WORD.match(low, m.end) is None for m in others)


# A speaker whose figure the sentence sets aside for another's ("Seoul's estimate notwithstanding, some 12,000 ...,
# according to Ukraine's HUR"; 'Despite the NIS assessment, about 15,000 ..., Budanov said'; "Unlike Kyiv's count,
# ... the NIS said"): the concession names whose figure it is not
_SET_ASIDE_WORDS = ("despite", "unlike", "notwithstanding", "aside", "contrary to", "in contrast to", "regardless of")
_SET_ASIDE_BEFORE = re.compile(
    r"\b(?:despite|unlike|contrary\s+to|in\s+contrast\s+to|regardless\s+of|aside\s+from|apart\s+from|"
    r"notwithstanding)\s+(?:the\s+)?$"
)
_SET_ASIDE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:latest|own|official|earlier|new|higher|lower|public)\s+)?(?:estimates?|assessments?|"
    r"figures?|counts?|tally|tallies|claims?|statements?|numbers?|data|reports?|"
    # ... or what else it told: 'Despite the NIS warning', "Unlike Seoul's briefing", 'Contrary to the HUR's account'
    r"warnings?|cautions?|briefings?|findings?|forecasts?|projections?|accounts?|analys[ie]s|intelligence|remarks|"
    r"testimony|version|reckoning|denials?)(?:\s+(?:notwithstanding|aside)\b|"
    r"(?=\s*,))"
)

_OWN_FIGURE_AFTER = re.compile(
    r"\s*,?\s*(?:which|that|who|of|at(?!\s+(?:least|most)\b)|putting|put|giving|gave|said|says|estimated)\b"
)


def _set_aside(low: str, mention: Mention) -> bool:
    """Whether `mention` stands in a concession that sets its figure aside ('Despite Seoul's estimate, ...')."""
    after = _SET_ASIDE_AFTER.match(low, mention.end)
    if after is None or _OWN_FIGURE_AFTER.match(low, after.end()):
        return False  # ("Unlike Kyiv's count, which put it at 15,000, ...": the concession holds a figure of its own)
    return after.group().endswith(("notwithstanding", "aside")) or (
        _SET_ASIDE_BEFORE.search(low, max(0, mention.start - 24), mention.start) is not None
    )


def _speaks_of_another_figure(low: str, mention: Mention, position: int) -> bool:
    """Whether `mention` speaks in a relative clause on a noun phrase whose figures do not include the one at
    `position`."""
    reach = max(0, mention.start - 160)
    if low.find(" that ", reach, mention.start) < 0 and low.find(" which ", reach, mention.start) < 0:
        return False  # (a cheap look first: most speakers stand in no relative clause)
    clause = _RELATIVE_SPEAKER.search(low, reach, mention.start)
    return (
        clause is not None
        and any(c.isdigit() for c in clause["head"])
        and not clause.start("head") <= position < mention.start
    )


# the role a 'NAME, TITLE:' label gives a person (not a dateline's 'SEOUL, SOUTH KOREA:', nor 'EDITOR'S NOTE, UPDATED:')
_LABEL_ROLE = re.compile(
    r"\b(?:ADVIS[EO]R|SECRETARY|ANCHOR|CORRESPONDENT|REPORTER|HOST|SPOKES(?:MAN|WOMAN|PERSON)|MINISTER|AMBASSADOR|"
    r"DIRECTOR|ANALYST|PROFESSOR|FELLOW|OFFICER|GENERAL|ADMIRAL|COLONEL|COMMANDER|PRESIDENT|CHIEF|CHAIR(?:MAN|WOMAN)?|"
    r"SENATOR|REPRESENTATIVE|EXPERT|RESEARCHER|EDITOR|ENVOY|OFFICIAL|HEAD|DEPUTY|LAWMAKER|COORDINATOR|"
    r"PRESENTER|MODERATOR|INTERVIEWER|NARRATOR)S?\b"
)


def _is_person_with_a_role(label: re.Match[str]) -> bool:
    return len(label["name"].split()) >= 2 and _LABEL_ROLE.search(label["title"]) is not None


# the captors of prisoners, who act in the sentence: 'Ukrainian paratroopers captured two', 'were taken by the army'
_CAPTORS_ACT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:captured|captures|capture|took(?!\s+(?:to|custody|charge)\b)|seized)\b"
)  # (not who 'took to Telegram' or 'took custody of' them: a teller, a body that holds them)
# the teller's own side, in a post pasted without quotation marks: 'Our soldiers captured two'
_OUR_SIDE = re.compile(
    r"\bour\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|fighters|defenders|warriors|servicemen|units?)\b"
)
_TAKEN_BY = re.compile(r"\b(?:captured|taken|seized)\b(?:\s+[\w-]+){0,3}?\s+by\s+(?:the\s+)?$")


def _captures(low: str, mention: Mention) -> bool:
    """Whether the unbound body of a sentence is who took its prisoners, acting rather than speaking."""
    if mention.bound:
        return False
    return bool(
        _CAPTORS_ACT.match(low, mention.end) or _TAKEN_BY.search(low, max(0, mention.start - 40), mention.start)
    )


def _same_name(a: str, b: str) -> bool:
    return a.lower().removeprefix("the ") == b.lower().removeprefix("the ")


class Attributions:
    """The source of each figure of one article, worked out lazily and once per sentence."""

    def __init__(
        self,
        sentences: list[Sentence],
        lexicon: Lexicon,
        scans: SentenceSources,
        title: str | None = None,
        url: str | None = None,
    ) -> None:
        self._sentences = sentences
        self._title = title.strip() if title else None  # the headline, wherever the page puts it
        self._url = url
        self._lexicon = lexicon
        self._scans = scans
        self._own: dict[int, _Own] = {}
        self._mentions_of: dict[int, list[Mention]] = {}
        self._sole: tuple[_Own, int] | bool | None = False  # False: not worked out yet
        self._declared: tuple[_Own, int] | bool | None = False
        self._names = ArticleNames(sentences, lexicon, scans, url)
        self._quotations: list[int | None] | None = None  # where each sentence's open quotation began
        self._resolved: dict[tuple[int, _Own, bool], str | None] = {}
        self._paragraph_sizes: Counter[int] | None = None
        self._unknown: dict[int, Speaker | None] = {}  # a sentence's speaker whom no gazetteer names
        self._speakers: dict[int, Speaker | None] = {}  # unnamed_speaker of each sentence asked about
        self._list_leads: dict[int, tuple[_Own, int] | None] = {}  # (_list_lead, asked of every resolved voice)
        self._page_owner: _Own | bool | None = False
        self._turns: dict[str, tuple[_Own, int]] | None = None  # a transcript's speakers (_transcript_speakers)
        self._introduced: tuple[_Own, int] | bool | None = False  # an interview's interviewee (_interviewee)
        self._interview: bool | None = None  # whether the page is an interview (_is_interview)
        self._outlet_of_sources: Mention | bool | None = False  # (_sources_outlet)
        self._first_person: bool | None = None  # (_speaks_as_itself)
        self._times: str | bool | None = False  # (_times_paper)
        self._byline: _Own | bool | None = False  # (_byline_body)

    def source_for(self, i: int, position: int = 0) -> str | None:
        """The source of a figure at `position` of sentence i (the gazetteer's name: claims.py displays it)."""
        if (
            position
            and (denier := denier_of_reports(self._sentences[i].low, position))
            and (voice := self.voice_in(i, *denier))
        ):
            return voice  # 'Asked about reports that ..., Peskov dismissed them': the denier's
        if position and (outlet := self._unconfirmed_outlet_report(i, position)) is not None:
            return outlet  # 'The JCS declined to confirm a Kyodo News report that ...': the outlet's, not the JCS's
        if (reports := in_unnamed_reports(self._sentences[i].low, position)) is not None:
            # 'declined to comment on reports that ...': no one's; 'Asked about the NIS report that ...', 'the Yonhap
            # report': the reports of the one they name
            # (not a country's generic voice: 'Western media reports', 'South Korean media reports')
            named = [m for m in self._mentions(i) if reports[0] <= m.start and m.end <= reports[1] and m.rank != 1]
            if not named:
                return None
            return self.voice_in(i, *reports) or named[0].name
        own = self._own_of(i, position)
        if own.authority is None and (labelled := self._country_label_voice(i, position)) is not None:
            return labelled  # a fact box's '- Seoul: 3,000 more troops arrived': that country's government
        if own.authority is not None and (publisher := self._own_voice_in_part(i, position, own.authority)):
            return self._name(publisher, i)
        # a speaker of the sentence's later clause of its own ('sent 12,000 troops, while the NIS said ...') is not
        # this figure's, whether the gazetteer knows it or not
        later = own.authority is None and self._speaks_later(i, position)
        # the rest depends on the sentence and its own speaker only: figures of one sentence share it
        key = (i, own, later)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(i, own, later)
        return self._resolved[key]

    def _country_label_voice(self, i: int, position: int) -> str | None:
        """The government of a third country whose label opens a fact box's line, a figure right after it: '- Seoul:
        3,000 more troops arrived', '• Kyiv: about 12,000', 'South Korean estimates (Apr. 2025): 600 dead' (not the
        parties' own: '- North Korea: 11,000 troops' and '- Russia: ...' name what the line is about; nor a label with
        no figure after it, 'Background:')."""
        low = self._sentences[i].low
        label = _COUNTRY_LABEL.match(low) or _ESTIMATES_LABEL.match(low)
        if label is None or position < label.end():
            return None
        government = self._lexicon.voices.governments_in(label["name"])
        if government is None or " and " in government or government in _PARTIES_GOVERNMENTS:
            return None
        return government

    def names_its_own_voice(self, i: int, position: int, source: str, opened_before: bool = False) -> bool:
        """Whether sentence i itself says who gives the figure at `position` (a body, person or outlet bound to a
        word of speech, any word of speech, a quotation, the page's 'we'), or the next sentence says it was
        `source` -- rather than leaving it to sentences further away. The captors ('Ukrainian forces captured two
        soldiers', 'taken prisoner by the Ukrainian army') are no voice, unless bound to a word of speech.
        `opened_before`: the sentence before tells no claim, so a word of speech there by `source` opens the account
        ('The NIS confirmed the capture.', 'Budanov spoke to reporters on Monday.')."""
        own = self._own_of(i, position)
        low = self._sentences[i].low
        if (own.authority is not None and not _captures(low, own.authority)) or (
            own.outlet is not None and own.outlet.bound
        ):
            return True  # (a body that holds or questions the prisoners knows: 'the SBU is interrogating two')
        return (
            SPEECH.search(low) is not None  # ('he had announced that ...', 'reports President Zelensky')
            or in_quotation(self._sentences, i)
            or _FIRST_PERSON.search(low) is not None
            or ("our " in low and _OUR_SIDE.search(low) is not None)
            or _OF_THOSE.match(low) is not None  # ('Of these, a dozen were later captured': the figure just given's)
            or (opened_before and self._told_in(i - 1, source))
            or self._told_in(i + 1, source)
            or (self._told_in(i + 2, source) and not self._speaks(i + 1))  # ('They were taken to Kyiv.' between)
        )

    def _told_in(self, j: int, source: str) -> bool:
        """Whether sentence j, next to the one counting prisoners, says `source` told it ('Zelensky announced this on
        Telegram', 'They were brought to Kyiv, as Zelensky announced', before: 'The NIS confirmed the capture.')."""
        return 0 <= j < len(self._sentences) and self._speaks(j) and self.source_for(j) == source

    def _speaks(self, j: int) -> bool:
        """Whether sentence j has a word of speech."""
        return SPEECH.search(self._sentences[j].low) is not None

    def _unconfirmed_outlet_report(self, i: int, position: int) -> str | None:
        """The outlet whose report someone would not confirm, when the figure at `position` stands in it."""
        low = self._sentences[i].low
        if "confirm" not in low or (report := _UNCONFIRMED_REPORT.search(low, 0, position)) is None:
            return None
        if _OWN_CLAUSE_AFTER.search(low, report.end(), position):
            return None  # '... declined to confirm a Yonhap report that ..., but said 300 were killed': its own
        outlet = next((m for m in self._mentions(i) if m.rank == 0 and report.start() < m.start < report.end()), None)
        return outlet.name if outlet is not None else None

    def _speaks_later(self, i: int, position: int) -> bool:
        low = self._sentences[i].low
        if (comment := _comment_after(low, position)) is not None:
            # ('..., a figure the NIS called unlikely'): who comments on the figure did not give it
            return any(m.start >= comment for m in self._mentions(i))
        if (
            position
            and (" than " in low or " from " in low)  # (a cheap look first: most sentences compare nothing)
            and any(_speaks_of_compared(low, m, position) for m in self._mentions(i))
        ):
            return True  # '20,000 containers, more than the 13,000 Seoul cited': that figure's voice, not this one's
        if not position or not has_any(low, _CONTRAST_WORDS):
            return False
        whole = self._own_of(i, 0).authority
        if whole is None or whole.start < position:
            return False
        end = segment(low, position)[1]
        return bool(_CONTRAST_NEXT.match(low, end)) and whole.start >= end and not _closes_the_sentence(low, whole)

    def voice_in(self, i: int, start: int, end: int) -> str | None:
        """The weightiest voice sentence i names between `start` and `end` (who denies: 'Moscow', 'the Kremlin's
        spokesman Dmitry Peskov'), as a source; None when it names none there."""
        inside = [m for m in self._mentions(i) if start <= m.start and m.end <= end and m.rank >= 1]
        if inside:
            return self._resolve_generic(max(inside, key=lambda m: (m.rank, m.end)), i)
        # a capital not bound to a word of speech ('Moscow called the claims lies'): its country's government
        return self._lexicon.voices.governments_in(self._sentences[i].low[start:end])

    def _resolve(self, i: int, own: _Own, later: bool = False) -> str | None:
        at = i
        if (
            own.authority is not None
            and own.outlet is None
            and (lead := self._list_lead(i)) is not None
            and lead[0].authority is None
            and lead[0].outlet is not None
        ):
            # an item under an outlet's lead that names a body ('The Financial Times reported on Nov. 16:' / '- The
            # NIS says ... 10,000 troops'): the body's, relayed by the outlet
            own = _Own(own.authority, lead[0].outlet)
        if own.authority is None and (labelled := self._labelled_speaker(i)) is not None:
            # an interview's answer, a transcript's turn: the speaker its label names, unless the answer gives
            # another body's word ('A: The team says more than 20,000 containers went.')
            own, at = self._named_referent(i) or labelled
        elif own.authority is None and self._next_points_back(i):
            own, at = self._pointed_back(i) or own, i + 1
        elif own.authority is None and (header := self._account_header(i)) is not None:
            own, at = header  # an embedded post under its account's name
        elif (
            own.authority is None
            and in_quotation(self._sentences, i)
            # (not one whose speaker it names after the quotation closes: "'...,' Ambassador Andriy Melnyk told the
            # General Assembly.", when the next sentence names another: 'North Korea's envoy rejected the claim.')
            and not self._names_quotations_speaker(i)
        ):
            if (pointer := self._pointer_after_quotation(i)) is not None:
                own, at = pointer
            else:
                own, at = self._following_attribution(i) or (own, i + 1)
        sentence = self._sentences[i]
        first_person = own.authority is None and (own.outlet is None or not own.outlet.bound) and self._in_own_voice(i)
        if first_person and self._under_a_speakers_lead(i):
            # 'He wrote on X:' / 'According to our data, ... 4,000 ...': the lead's speaker's 'our', not the page's
            lead = self._carried(i)
            return self._name(*lead) if lead is not None else None
        if first_person and (
            publisher := self._publisher()
            or self._masthead_name()
            # (a byline's body only where the sentence names no speaker of its own: 'we estimate ..., said Col. X')
            or (self._byline_body() if self._speaker(i) is None else None)
        ):
            return self._name(publisher, i)  # 'we estimate', 'our count' on a think tank's or outlet's own page
        if first_person and self._under_own_lead(i):
            # 'Here is what we found when we checked Budanov's claims:' / 'By our count, ...': the page's own, on a
            # page that names no masthead no one's, not the speaker whose claims it checks
            return None
        if later:
            return None  # the sentence's speaker speaks in a later clause of its own, on what that clause says
        speaker = self._speaker(i) if own.authority is None else None
        if (
            speaker is not None
            and own.outlet is not None
            and own.outlet.bound
            and (
                speaker.name.endswith(own.outlet.name)
                # ('Kim Tae-hyun, a reporter at Yonhap, said': its journalist, named with it)
                or (bool(speaker.name) and speaker.name in sentence.text[own.outlet.start : own.outlet.end])
            )
        ):
            # 'the independent outlet Verstka reported': the outlet is who speaks, named as one (no person's name);
            # not where it tells what a body's report, named just before, found ('Yonhap said the report found ...'):
            # the body's, relayed
            author = (
                self._report_author_before(i)
                if _RELAYS_A_DOCUMENT.match(sentence.low, own.outlet.end) and "own " not in sentence.low
                else None
            )
            if author is not None:
                own, speaker = _Own(author, own.outlet), None
            else:
                # ('NK News reported, citing Alexei Kolmakov, head of ...': the person it cites, relayed)
                speaker = speaker._replace(name=cited_person(sentence.text) or "")
        if (
            own.authority is None
            and speaker is not None
            and speaker.name
            and " " not in speaker.name
            and (by_surname := self._speaker_by_surname(i, speaker.name)) is not None
        ):
            own, at, speaker = *by_surname, None  # 'According to Han, ...' after 'Rep. Han Jae-kyung ... by the NIS'
        if (
            speaker is not None
            and speaker.name
            and " " not in speaker.name
            and (self._named_before(i, speaker.name) or self._written_in_full_before(i, speaker.name))
        ):
            # 'Rosin said' after 'Kaupo Rosin ... told reporters' (no gazetteer's): that speaker, by full name; after
            # 'Pentagon spokeswoman Sabrina Singh', the person named before, whom the carry finds; after 'Mark
            # Ellison, 52, served ...' (named, not speaking), the name written in full
            full = self._full_name_before(i, speaker.name) or self._written_in_full_before(i, speaker.name)
            speaker = speaker._replace(name=full) if full else None
        elif (
            speaker is not None
            and speaker.name
            and " " not in speaker.name
            and any(self._sentences[j].text.startswith(f"{speaker.name} ") for j in range(i))
            and (full := self._full_name_before(i, speaker.name))
        ):
            speaker = speaker._replace(name=full)  # "Kim's letter said" after a sentence opening 'Kim Jong Un said'
        if (
            speaker is not None
            and speaker.kind == "lawmaker"
            and not _OWN_FINDINGS.search(sentence.low)  # 'his own analysis suggests': the lawmaker's, no briefing's
            and (
                service := self._names.intelligence_service()
                # (their country's, among several, only for lawmakers unnamed: 'South Korean lawmakers were told';
                # not 'lawmaker Yu Yong-weon, back from the front, said')
                or (self._service_of_lawmakers(sentence.low) if not speaker.name else None)
            )
        ):
            # lawmakers relay the briefing of the article's intelligence service, if it is their country's
            country = self._lexicon.source_countries.get(service)
            title = lawmaker_title(sentence.low)
            if (
                title is not None
                and self._lexicon.voices.country_before(sentence.low, title) in (None, country)
                and self._met_in(i, country)
            ):
                own = _Own(Mention(service, 3, 0, 0, True, country), own.outlet)
        if (
            own.authority is None
            and speaker is not None
            and speaker.kind == "lawmaker"
            and not speaker.name
            and lawmakers_were_told(sentence.low)
        ):
            speaker = None  # 'lawmakers were told' where the article names no service to have told them: no one's
        if (
            own.authority is None
            and (speaker is None or not speaker.name)
            and _described_body_speaks(sentence.low)
            and (named := self._named_next(i))
        ):
            own, at, speaker = named, i + 1, None  # 'a South Korean think tank estimated ...' + 'KIDA said ...'
        speaks_for_itself = speaker is not None
        if own.authority is None and speaker is not None and (name := self._source_name(speaker.name)):
            page = self._publisher() or self._masthead_name()
            masthead = (page.authority or page.outlet) if page is not None else None
            if page is not None and masthead is not None and _same_name(masthead.name, speaker.name):
                return self._name(page, i)  # 'according to an analysis by the Northern Ledger' on its own page
            # 'Conflict Armament Research said': a speaker no gazetteer lists is named as the article names it
            own = _Own(_named_speaker(name), own.outlet)
        low = sentence.low
        unnamed_source = (
            own.authority is None
            and (own.outlet is None or not own.outlet.bound)
            and not speaks_for_itself  # 'Defectors say that, according to sources inside North Korea, ...'
            and (
                (_may_have_outlet_sources(low) and _OUTLET_SOURCE.search(low) is not None)
                or (
                    ("people" in low or "person" in low)
                    and _THE_PEOPLE.search(low) is not None
                    and self._people_familiar_before(i)
                )
            )
        )
        if unnamed_source and referent_kind(low) != "source":
            # 'another source said', 'a source in Hyesan said': a source of its own speaks, not whoever spoke before;
            # the outlet's reporting when the article's sources speak to an outlet ('a source told Daily NK')
            outlet = self._sources_outlet()
            return outlet.name if outlet is not None else None
        if own.authority is None and not speaks_for_itself and _OWN_FINDINGS.search(low) and _HE_OR_SHE.match(low):
            # 'He added, citing his own sources, ...' after a lawmaker spoke: the lawmaker's, no briefing's
            lawmaker = self._lawmaker_before(i)
            if lawmaker is not None:
                return lawmaker
        if (
            own.authority is None
            and not speaks_for_itself
            and (own.outlet is None or not own.outlet.bound or refers_back(_blanked_with_its_pronoun(low, own.outlet)))
        ):
            carried = self._carried(i)  # 'Speaking to AFP, the official said ...': the official of before, via AFP
            if carried is not None:
                own, at = _Own(carried[0].authority, own.outlet or carried[0].outlet), carried[1]
        if unnamed_source and own.authority is None and (outlet := self._sources_outlet()) is not None:
            return outlet.name  # '"...," the source added.' after '..., a source in Rason told Daily NK'
        if own.authority is None and own.outlet is None and self._is_headline(i) and (lead := self._lead(i)):
            own, at = lead  # 'North Korea sends 3,000 more troops' over 'Seoul's spy agency said on Thursday ...'
        elif own.authority is None and own.outlet is None and (headline := self._headline_over(i)):
            own, at = headline  # 'HUR: North Korea handed over 120 more guns' over a lead that names no one
        if own.authority is None and own.outlet is not None and own.outlet.bound and (cited := self._cited_next(at)):
            own = _Own(cited, own.outlet)  # '..., Yonhap said. The agency cited lawmakers briefed by the NIS.'
        elif (
            own.authority is None
            and own.outlet is not None
            and own.outlet.bound
            and not _OWN_WORK.search(low)
            and not _VOICE_OF_ITS_OWN.search(low)
        ):
            # 'KBS reported, citing the monitors' report ... According to KBS, ...': the outlet still relays them
            # (not in its own work: 'KBS found in an analysis of satellite imagery', 'citing its own sources')
            relayed = self._relayed_before(own.outlet.name, at)
            if relayed is not None:
                own, at = _Own(relayed[0], own.outlet), relayed[1]
        return self._name(own, at)

    def _relayed_before(self, outlet: str, i: int) -> tuple[Mention, int] | None:
        """The authority the nearest sentence before i says `outlet` relays, and that sentence, if one does."""
        for j in range(i - 1, -1, -1):
            own = self._own_of(j, 0)
            if own.authority is not None and own.outlet is not None and own.outlet.bound and own.outlet.name == outlet:
                first, second = sorted((own.authority, own.outlet), key=lambda m: m.start)
                # only an outlet said to cite the authority ('Yonhap reported, citing the NIS'), not one it spoke to
                # ('HUR told the FT') or its own sources ('citing its own sources in Ukrainian intelligence')
                cites = _CITES.search(self._sentences[j].low, first.end, second.start)
                return (own.authority, j) if cites is not None else None
        return None

    def _cited_next(self, i: int) -> Mention | None:
        """The authority the next sentence says the outlet just named drew on ('The agency cited lawmakers
        briefed by the NIS', 'It quoted a defence ministry official'), if it says so."""
        if i + 1 >= len(self._sentences) or not _CITED_NEXT.match(self._sentences[i + 1].low):
            return None
        authorities = [m for m in self._mentions(i + 1) if m.rank >= 1]
        return max(authorities, key=lambda m: m.rank) if authorities else None

    def _people_familiar_before(self, i: int) -> bool:
        """Whether the article has had people it does not name speak before sentence i ('people familiar with')."""
        return any(_PEOPLE_FAMILIAR.search(self._sentences[j].low) for j in range(i))

    def _lawmaker_before(self, i: int) -> str | None:
        """The lawmaker who spoke last in the sentences just before i, by name, if one did."""
        for j in range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1):
            speaker = self._speaker(j)
            if speaker is not None:
                return self._source_name(speaker.name) if speaker.kind == "lawmaker" else None
        return None

    def _sources_outlet(self) -> Mention | None:
        """The outlet the article's unnamed sources speak to ('a source in Rason told Daily NK'), or whose own page
        it is when they speak there ('a source in Hyesan said'), if either."""
        if self._outlet_of_sources is False:
            self._outlet_of_sources = None
            introduced = False
            for j, sentence in enumerate(self._sentences):
                low = sentence.low
                if not _may_have_outlet_sources(low) or not _OUTLET_SOURCE.search(low):
                    continue
                if referent_kind(low) == "source":
                    continue  # 'the source added': the sources introduced before, whoever they are
                introduced = True
                own = self._own_of(j, 0)
                if own.authority is None and own.outlet is not None and own.outlet.bound:
                    self._outlet_of_sources = own.outlet
                    break
            publisher = self._publisher() if introduced and self._outlet_of_sources is None else None
            if publisher is not None and publisher.authority is None and publisher.outlet is not None:
                self._outlet_of_sources = publisher.outlet  # its unnamed sources on an outlet's own page
        return self._outlet_of_sources if isinstance(self._outlet_of_sources, Mention) else None

    def _headline_over(self, i: int) -> tuple[_Own, int] | None:
        """The speaker a headline names ('HUR: ...', '..., Seoul says'), for the figures of the lead paragraph
        under it (the first paragraph of prose after it) when the article attributes them nowhere else."""
        for h in range(i - 1, max(-1, i - 1 - _HEADLINE_REACH), -1):
            if not self._is_headline(h) or (authority := (own := self._own_of(h, 0)).authority) is None:
                continue
            # bound to a word of speech, or the headline's opening name before a colon ('HUR: ...')
            if not authority.bound and not (
                authority.start <= 1 and self._sentences[h].low.startswith(":", authority.end)
            ):
                return None
            lead = next(
                (j for j in range(h + 1, i + 1)
                 if not self._is_headline(j) and len(self._sentences[j].text) > _LEAD_MIN),
                None,
            )  # fmt: skip
            return (
                (own, h)
                if lead is not None and self._sentences[lead].paragraph == self._sentences[i].paragraph
                else None
            )
        return None

    def _own_voice_in_part(self, i: int, position: int, authority: Mention) -> _Own | None:
        """The publisher, when the page's own voice speaks in the figure's part of the sentence and the speaker
        found speaks in another ('We assess that 1,000 labourers arrived, while plans seen by Ukrainian
        intelligence call for 12,000': the 1,000 is the page's)."""
        # (a masthead no gazetteer knows, 'WAR ON THE ROCKS', is the page's too when the page speaks as itself)
        publisher = self._publisher() or (self._masthead_name() if self._speaks_as_itself() else None)
        low = self._sentences[i].low
        if publisher is None and (
            " our " not in f" {low}" and "this " not in low and "we " not in low and " my " not in f" {low}"
        ):
            return None  # most pages: no masthead, no voice of their own
        start, end = segment(low, position)
        if publisher is None and not start <= authority.start < end:
            return None
        if not start <= authority.start < end:
            first = _FIRST_PERSON.search(low, start, end)
            return None if first is None or self._quoted(i, first.start()) else publisher
        # in the figure's own part, the page's voice before the figure still gives it when the body named speaks only
        # on another figure the page compares it with ('our tally finds 200 guns, more than the 120 cited by HUR')
        first = _FIRST_PERSON.search(low, start, position)
        if first is None or self._quoted(i, first.start()) or self._labelled_speaker(i) is not None:
            return None  # (an answer's, a transcript turn's 'we' is its speaker's)
        figure = re.match(r"[\d.,]+", low[position:])
        compared = _COMPARED_FIGURE.search(low, position + (figure.end() if figure else 0), authority.start)
        # the page's own estimate built on a body's figures, or set against them, before it gives its figure ('Our
        # own estimate, based on the NIS and JCS figures, is ... 14,000'; 'we judge the toll higher than the NIS's
        # estimate, perhaps 6,000'): the body is what the page drew on, not who gives the figure
        # (the body within the phrase of what was drawn on: not 'based on intercepts, Ukrainian intelligence estimates')
        drawn_on = first.end() <= authority.start < position and any(
            re.fullmatch(r"[^,;:]{0,25}", low[basis.end() : authority.start])
            for basis in _DRAWN_ON.finditer(low, first.end(), authority.start)
        )
        if publisher is None:
            # a page that names no masthead: its own count drawn on a body ('By this newspaper's count, drawing on
            # statements by Ukrainian and South Korean officials, ...') is still not the body's, but no one's named
            return _Own(None, None) if drawn_on else None
        return publisher if compared or drawn_on else None

    def _quoted(self, i: int, position: int) -> bool:
        """Whether `position` of sentence i is inside a quotation: first person there is the speaker's."""
        text = self._sentences[i].text
        return (
            any(mark in text[:position] for mark in '"“”')
            or in_quotation(self._sentences, i)
            or self._quotation_starts()[i] is not None  # a quotation opened in a sentence before
        )

    def _publisher(self) -> _Own | None:
        """Who publishes the page, when its first line is a masthead naming an outlet or a research body alone
        ('RUSI', 'CSIS | Beyond Parallel', '38 NORTH'), or a research body before the page's section crumbs
        ('Beyond the Border Project > Analysis')."""
        if self._page_owner is False:
            self._page_owner = self._masthead()
        return self._page_owner if isinstance(self._page_owner, _Own) else None

    def _own_page(self) -> tuple[_Own, int] | None:
        """A research body's own page (its site, or its name as the page's masthead): what the page says without
        naming a speaker is the body's own analysis."""
        publisher = self._publisher()
        first = self._sentences[0] if self._sentences else None
        if (
            publisher is not None
            and publisher.authority is not None
            and first is not None
            and "(" not in publisher.authority.name  # a person is no page's publisher
            # the line is the name, with a section or two at most ('RUSI', 'Beyond Parallel | CSIS'): not a
            # headline's speaker ('HUR: North Korea handed over ...') nor a story's first line ('Zelensky said ...')
            and len(_WORDS.findall(first.text)) <= len(publisher.authority.name.split()) + 3
            and not _HEADLINE_MARK.search(first.text)
        ):
            return publisher, 0
        if owner := self._lexicon.site_owner(self._url):
            return _Own(Mention(owner, 2, 0, 0, True, self._lexicon.source_countries.get(owner)), None), 0
        if publisher is None and (named := self._masthead_name()) is not None and self._speaks_as_itself():
            return named, 0  # 'Our team counted ...' on a page no gazetteer knows: what it says unattributed is its own
        return None

    def _under_a_speakers_lead(self, i: int) -> bool:
        """Whether sentence i goes on right under a lead in which another speaks, ending in a colon ('Zelensky has
        given his own figures. He wrote on X:' / 'According to our data, ... 4,000 ...'): its 'our' is the speaker's,
        not the page's ('Here is what we found:' is the page's own)."""
        if i == 0 or not self._sentences[i - 1].text.rstrip().endswith(":"):
            return False
        lead = self._sentences[i - 1].low
        return SPEECH.search(lead) is not None and re.search(r"\b(?:we|our|us)\b", lead) is None

    def _speakers_colon_lead(self, i: int) -> tuple[_Own, int] | None:
        """The speaker of a lead right before sentence i, ending in a colon, in which a named voice speaks ('Kim Jong
        Un said at the ceremony:'): whose words sentence i gives, told without quotation marks."""
        if not self._under_a_speakers_lead(i) or _LEAD_SPEAKS.search(self._sentences[i - 1].low) is None:
            return None
        own = self._own_of(i - 1, max(len(self._sentences[i - 1].text) - 1, 1))
        if own.authority is not None:
            return (own, i - 1) if own.authority.bound else None
        # (one no gazetteer lists: 'Kim Jong Un said at the ceremony:')
        speaker = self._speaker(i - 1)
        if speaker is not None and speaker.name and (name := self._source_name(speaker.name)):
            return _Own(_named_speaker(name), own.outlet), i - 1
        return None

    def _under_own_lead(self, i: int) -> bool:
        """Whether sentence i goes on right under a lead in the page's own voice, ending in a colon ('Here is what
        we found when we checked Budanov's claims:'), whatever speaker the lead names."""
        if i == 0 or not self._sentences[i - 1].text.rstrip().endswith(":"):
            return False
        lead = self._sentences[i - 1].low
        return (
            re.search(r"\bwe\s+(?:\w+\s+)?(?:found|find|checked|counted|tallied|estimate|assessed)\b", lead) is not None
        )

    def _speaks_as_itself(self) -> bool:
        """Whether the page counts or estimates in its own voice somewhere ('our team counted', 'we estimate'),
        outside quotation marks (asked once)."""
        if self._first_person is None:
            self._first_person = self._finds_first_person()
        return self._first_person

    def _finds_first_person(self) -> bool:
        return any(
            self._in_own_voice(j)
            for j, sentence in enumerate(self._sentences)
            if "we " in sentence.low
            or "our " in sentence.low
            or "authors" in sentence.low
            or "this " in sentence.low
            or "my " in sentence.low
            or " i " in f" {sentence.low}"
        )

    def _in_own_voice(self, i: int) -> bool:
        """'we estimate', 'our count', 'by the authors' estimates' in sentence i, outside quotation marks, and not
        in a subscription pitch ('Subscribe for unlimited access to our analysis')."""
        low = self._sentences[i].low
        first = _FIRST_PERSON.search(low)
        return first is not None and not self._quoted(i, first.start()) and "subscri" not in low

    def _masthead(self) -> _Own | None:
        first = self._sentences[0] if self._sentences else None
        if first is None or first.start >= _MASTHEAD_MAX:
            return None
        if len(first.text) <= _MASTHEAD_MAX:
            # a masthead is a name whatever its case ('38 NORTH', 'The Independent'): test it as capitals
            outlets = self._lexicon.outlet_spans(first.text.upper(), first.low)
            if outlets and outlets[0][0] <= 4:
                start, end = outlets[0]
                name = self._lexicon.outlet_name(first.text[start:end])
                return _Own(None, Mention(name, 0, start, end, True, None))
            # (a country's word may open it: 'U.S. Department of Defense')
            opens = [m for m in self._scans.sources(0) if m.rank >= 2]
            opening = self._lexicon.voices.country_word_opening(first.low) or 0
            if bodies := [m for m in opens if m.start <= 1 or not first.low[opening : m.start].strip(" .")]:
                name = self._owner_in_head(first.low[bodies[0].start : bodies[0].end]) or bodies[0].name
                country = self._lexicon.source_countries.get(name)
                return _Own(Mention(name, bodies[0].rank, 0, 0, True, country), None)
        if research := _RESEARCH_MASTHEAD.match(first.text):
            name = research["name"] or research["alone"]
            return _Own(Mention(name, 2, 0, 0, True, None), None)  # a body the gazetteer does not know
        return None

    def _masthead_name(self) -> _Own | None:
        """A first line that is a name no gazetteer knows ('Frontline OSINT Digest'): short, two words or more
        ('Transcripts' is a section), every word capitalised, not the title. Only the page's own voice ('our team
        counted') asks for it."""
        first = self._sentences[0] if self._sentences else None
        if first is None or first.start >= _MASTHEAD_MAX or (self._title and first.text.strip() == self._title):
            return None
        # (or its first field before the page's section crumbs, of three words at least: 'Frontline OSINT Lab ›
        # Analysis › Korea', not a program's 'Korea Chair | Commentary')
        line, *crumbs = _CRUMB_SEPARATOR.split(first.text.strip(), maxsplit=1)
        name = _UNKNOWN_MASTHEAD.fullmatch(line)
        if (
            name is None
            or (crumbs and len(line.split()) < 3)
            or _NOT_A_MASTHEAD.search(line)
            or self._lexicon.voices.names_a_country(line.lower())  # a headline ('North Korean Troops Keep Dying')
            or self._scans.sources(0)  # a name the gazetteer knows is never taken as written
            or self._lexicon.outlet_spans(first.text.upper(), first.low)
        ):
            return None
        return _Own(None, Mention(name.group(), 0, 0, name.end(), True, None))

    def _byline_body(self) -> _Own | None:
        """The research body a byline line at the top of the page names in a field before its writers' ('June 2, 2025
        · Northeast Asia Imagery Project (NAIP) · By ...'): whose 'we' the page's own voice is. Only that voice asks
        for it. (A line opening 'By A and B, Body' is a byline the page cleaner drops before extraction.)"""
        if self._byline is False:
            self._byline = None
            for j, sentence in enumerate(self._sentences[:_BYLINE_LINES]):
                fields = _BYLINE_FIELDS.split(sentence.text.strip())
                writers = next((k for k, field in enumerate(fields) if _BYLINE_BY.match(field)), None)
                if not writers:
                    continue  # (no byline, or one that opens the line: a field before it names the publisher)
                for field in fields[:writers]:
                    body = _BYLINE_BODY.fullmatch(field)
                    # a body by its full name, with its short name or of three words at least, that no gazetteer
                    # lists as something else ('UN Security Council | By ...' is a section)
                    if (
                        body is not None
                        and (body["short"] or len(body["name"].split()) >= 3)
                        and not self._scans.sources(j)
                    ):
                        self._byline = _Own(None, Mention(field, 0, 0, len(field), True, None))
                        break
                break
        return self._byline if isinstance(self._byline, _Own) else None

    def _owner_in_head(self, bare: str) -> str | None:
        """Whose a masthead's bare 'Ministry of Defence' is, when the lines under it name one country's ('@DefenceHQ',
        'Latest Defence Intelligence update'): the gazetteer's bare name is Seoul's."""
        kind = bare_kind(bare)
        if kind is None or self._lexicon.voices.names_a_country(bare):
            return None
        for j in range(1, min(4, len(self._sentences))):
            for match in self._scans.sources(j):
                if match.rank >= 2 and bare_kind(match.name.lower()) == kind:
                    return match.name
        return None

    def _named_next(self, i: int) -> _Own | None:
        """The body the next sentence names as speaking, when it is a research body ('The Korea Institute for
        Defense Analyses said ...')."""
        if i + 1 >= len(self._sentences):
            return None
        nxt = self._own_of(i + 1, 0)
        authority = nxt.authority
        if authority is None or not _KINDS["report"].search(authority.name):
            return None
        if _DISPUTES.search(self._sentences[i + 1].low):
            return None  # ('... The Royal United Services Institute disputed the figure.': another body, answering)
        # bound to a word of speech, or the subject the next sentence opens with ('The Multilateral Sanctions
        # Monitoring Team (MSMT), set up in 2024, listed ...')
        return nxt if authority.bound or authority.start <= 4 else None

    def _source_name(self, name: str) -> str | None:
        """A speaker's name as a source, if it can stand as one: two words or more, not an outlet (whose own
        reporting the outlet path names) nor a sentence's opening words; a person by surname, ranks and titles
        dropped ('Gen. Jane Doe' is 'Doe'), a Korean name whole."""
        name = without_rank(name)
        words = name.split()
        if words and words[-1] in _NOT_NAME_ENDINGS:
            return None  # 'By South Korean estimates', "Russia's Kursk Oblast say": an adjective or a place
        if (
            len(words) == 1
            and _ACRONYM.fullmatch(name)
            and name not in _NOT_A_BODY
            and self._lexicon.outlet_re.match(name.lower()) is None
        ):
            return name  # 'The MIVD said': a body by its acronym
        if (
            len(words) == 2
            and _ACRONYM.fullmatch(words[1])
            and words[1] not in _NOT_A_BODY
            and (country := self._lexicon.voices.possessive_country(words[0].lower())) is not None
            and self._lexicon.outlet_re.match(words[1].lower()) is None
        ):
            return f"{country} {words[1]}"  # "Denmark's DDIS said": a country's body by its acronym
        if len(words) < 2 or words[0] in _NOT_NAME_OPENERS:
            return None
        if self._lexicon.outlet_re.match(name.lower().removeprefix("the ")) is not None:
            return None  # an outlet ('Yonhap News Agency'): its own reporting is named by the outlet path
        titled = _TITLED_PERSON.fullmatch(name)
        if (
            titled is not None
            and BODY_NAME_WORDS.isdisjoint(titled["person"].split())
            and not BODY_NAME_WORDS.isdisjoint(name[: titled.start("person")].split())
        ):
            # a post whose words name a body, then the one holding it ('Armed Forces Minister Luke Pollard',
            # 'Deputy Defence Minister Jane Doe'): the person, as the schema names people; a name that may be written
            # surname first ('Tanabe Ken', 'Wang Yi') whole where the surname is not known, as no one can tell it
            person = titled["person"]
            named = person_named(person)
            unknown = named == person.split()[-1]
            return person if unknown and _SURNAME_FIRST_SHAPE.fullmatch(person) else named
        if BODY_NAME_WORDS.isdisjoint(words):
            # a person's titles before the name ('Deputy Prime Minister Marat Khusnullin') name no body here
            while len(words) > 2 and words[0] in _TITLE_WORDS:
                words = words[1:]
            if len(words) <= 3:
                return person_named(" ".join(words))  # a person, as the schema names people ('Ukraine HUR (Budanov)')
        return name  # a body ('Conflict Armament Research')

    def _full_name_before(self, i: int, word: str) -> str | None:
        """The full name of a speaker no gazetteer lists, named before sentence i as its only speaker, whose name
        ends in `word`."""
        for j in range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1):
            authority = self._own_of(j, 0).authority
            if authority is not None and (person := person_of(authority.name)) and person.split()[-1] == word:
                return authority.name  # 'Asmolov said' after '..., said Konstantin Asmolov, a researcher at X'
            speaker = self._unknown_speaker(j)
            if speaker is None or authority is not None:
                continue
            if self._source_name(speaker.name) and (
                speaker.name.split()[-1] == word or self._korean_surname_of(speaker.name, word)
            ):
                return speaker.name
        return None

    def _korean_surname_of(self, name: str, word: str) -> bool:
        """Whether `word` is the surname a Korean name ('Kim Jong Un') opens with, and names no one else in the
        article ("Kim's letter said" after 'Kim Jong Un said', not after 'Kim Yo Jong' too)."""
        return name.startswith(f"{word} ") and person_named(name) == name and not self._names.shares_surname(word, name)

    def _written_in_full_before(self, i: int, word: str) -> str | None:
        """The full name ending in `word` (a Korean one opening with it) that the nearest sentence before i writes,
        when that sentence gives no one's word ('Choi Myung-hwan, 52, served ...'), and no voice the gazetteer knows
        holds the name there ('Pentagon spokeswoman Sabrina Singh' is the Pentagon's)."""
        full = re.compile(
            rf"(?<![\w'’.-])(?!{_NOT_FIRST_NAMES}\b)[A-Z][a-z'’]+(?:\s+[A-Z]\.)?\s+{re.escape(word)}\b"
            rf"|(?<![\w'’.-]){re.escape(word)}\s+[A-Z][a-z]+-[a-z]+\b"
        )
        for j in range(i - 1, -1, -1):
            if (match := full.search(self._sentences[j].text)) is None:
                continue
            if (
                self._own_of(j, 0).authority is not None
                or ((speaker := self._speaker(j)) and speaker.kind == "lawmaker")
                or lawmaker_title(self._sentences[j].low) is not None
            ):
                return None  # one who speaks there for a body, or relays a briefing: the carry finds whose word it is
            if any(m.start < match.end() and match.start() < m.end for m in self._mentions(j)):
                return None
            return match.group()
        return None

    def _speaker_by_surname(self, i: int, word: str) -> tuple[_Own, int] | None:
        """Whose word a surname in sentence i ('Singh said ...', 'According to Han, ...') gives, by the nearest
        sentence before that names the person in full: the body they spoke for there ('the spokesperson, Sabrina
        Singh, said'), or the intelligence service whose briefing a lawmaker relayed there ('Rep. Han Jae-kyung ...
        told reporters after a closed-door briefing by the NIS'), past any paragraph break."""
        name = re.compile(rf"(?<![\w'’.-]){re.escape(word)}(?![\w'’])")
        for j in range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1):
            sentence = self._sentences[j]
            if (found := name.search(sentence.text)) is None or found.start() == 0:
                continue  # ('Han said ...' again: a surname alone is no name in full)
            own = self._own_of(j, 0)
            if (
                own.authority is not None
                and own.authority.bound
                and own.authority.start <= found.start() < own.authority.end
            ):
                return own, j  # 'Singh said ...' after '..., the spokesperson, Sabrina Singh, said': her body's
            title = _LAWMAKER_BEFORE_NAME.search(sentence.text, max(0, found.start() - 40), found.start())
            if (
                title is None
                or own.authority is None
                or not own.authority.bound
                # (an intelligence service's briefing, as lawmakers relay it: not a congressman's after a Pentagon one)
                or own.authority.name not in self._lexicon.intelligence_services
            ):
                return None
            return own, j
        return None

    def _named_before(self, i: int, word: str) -> bool:
        """Whether an earlier sentence names `word` (a surname) as part of a longer name."""
        return any(f" {word}" in self._sentences[j].text for j in range(i))

    def _is_headline(self, i: int) -> bool:
        """A line without a full stop (a headline, not a lead): the article's title wherever it stands, or its
        first line."""
        sentence = self._sentences[i]
        if sentence.text.rstrip(" \"'”’").endswith("."):
            return False
        if self._title and sentence.text.strip() == self._title:
            return True
        return i < 2 and sentence.paragraph == self._sentences[0].paragraph

    def _lead(self, i: int) -> tuple[_Own, int] | None:
        """The speaker of an article's lead: the first of its next sentences bound to an authority."""
        for j in range(i + 1, min(len(self._sentences), i + 4)):
            own = self._own_of(j, 0)
            if own.authority is not None and own.authority.bound:
                return own, j
        return None

    def _name(self, own: _Own, i: int) -> str | None:
        if own.authority is None:
            return own.outlet.name if own.outlet and own.outlet.bound else None
        if own.outlet is not None and own.outlet.cited:
            return own.outlet.name  # 'Zelensky pointed to a report in The Economist that ...': the paper's, not his
        relayed = (
            own.outlet is not None
            and own.outlet.bound
            # (on the outlet's own page 'an official told CNN' is its own reporting, relayed by no one)
            and not on_outlets_site(self._url, own.outlet.name)
        )
        # an outlet's unnamed official ('a Ukrainian official told the BBC') is the outlet's informant, not the body
        # of the country the article names; one who says whom he serves ('a South Korean intelligence official',
        # 'a US defense official') still speaks for that body
        informant = relayed and self._country_official(own.authority.name) and self._one_official(own.authority, i)
        name = own.authority.name if informant else self._resolve_generic(own.authority, i)
        if relayed and own.outlet is not None and own.outlet.name != name:
            return f"{name} (via {own.outlet.name})"
        return name

    def _country_official(self, name: str) -> bool:
        """Whether a voice is an official of a country named by its country alone ('Ukrainian official', 'US
        official'; not 'US defense official')."""
        return name.endswith(" official") and self._lexicon.voices.country_named(name[:-9].lower()) is not None

    def _one_official(self, mention: Mention, i: int) -> bool:
        """Whether sentence i names the official with an indefinite article ('a senior Ukrainian official told the
        FT', 'citing an unnamed US official'), one informant, not 'the official' of a body named before."""
        low = self._sentences[i].low
        if "official" not in low[mention.start : mention.end]:
            return False  # (a voice carried from another sentence)
        return _ONE_OFFICIAL.search(low, max(0, mention.start - 30), mention.start + 1) is not None

    def _own_of(self, i: int, position: int) -> _Own:
        key = i if position == 0 else -1
        if key >= 0 and key in self._own:
            return self._own[key]
        mentions = self._mentions(i)
        # A country or its government named in passing ('Seoul's concern', a 'SEOUL --' dateline) says nothing:
        # such a voice counts only when bound to an attribution word ('Seoul said').
        low = self._sentences[i].low
        # (a cheap look first, once a sentence: most name no unit soldiers are placed in)
        placed = (
            ("to " in low or "into " in low) and has_any(low, _PLACED_WORDS) and _PLACED_WORD.search(low) is not None
        )
        authorities = [
            m
            for m in mentions
            if not (m.start > position and _COMPARED_BEFORE.search(low, max(0, m.start - 50), m.start))
            and not (
                m.start > position and " by " in low and _EVENT_BY_BEFORE.search(low, max(0, m.start - 90), m.start)
            )
            and not (placed and _PLACED_IN_BEFORE.search(low, max(0, m.start - 40), m.start))
            and not (
                m.start > position
                and " from " in low
                and _GROUND_FROM_BEFORE.search(low, max(0, m.start - 70), m.start)
            )
            # '..., and Russia's UN ambassador dismissed the accusation': who answers what came before gave none of it
            and not (m.start > position and "dismiss" in low and _DISMISSES_WHAT_CAME_BEFORE.match(low, m.end))
            # '..., a figure he said Tokyo had confirmed with allies': whom the speaker cites on the figure
            and not (
                m.start > position
                and _CONFIRMER_BEFORE.search(low, max(0, m.start - 50), m.start)
                and _CONFIRMED_AFTER.match(low, m.end)
            )
            and (
                (
                    m.rank > 1
                    and (m.bound or not _BENEFICIARY_BEFORE.search(low, max(0, m.start - 12), m.start))
                    and (m.bound or not _HELPED_BEFORE.search(low, max(0, m.start - 16), m.start))
                    and (m.bound or not _FOUGHT_BEFORE.search(low, max(0, m.start - 16), m.start))
                    # 'Kim Jong Un has handed Vladimir Putin 120 guns': who receives, not who speaks
                    and (m.bound or not _RECEIVER_BEFORE.search(low, max(0, m.start - 24), m.start))
                    # 'the North Korean army dispatched to Russia lost ...': the supplier acts, unless it speaks
                    and (m.bound or m.country != "North Korea")
                    # 'Russian navy landing ships carried 1,500 troops': Russia's forces act, unless they speak
                    and (m.bound or m.country != "Russia" or not _ARMED_SERVICE.search(m.name))
                    # 'since Kim Jong Un met Vladimir Putin': the leaders meet, no one speaks
                    and (m.bound or not _meets(low, m.start, m.end))
                )
                or (m.rank == 1 and m.bound)
            )
        ]
        if authorities and (" whose " in low or " by " in low):
            # the publisher of a report that another wrote speaks for none of it
            authorities = [m for m in authorities if not _only_publishes(low, m)]
        if authorities and ("'s " in low or "’s " in low):
            # 'Despite Moscow's claim that none are there, 11,000 ..., the Pentagon said': whose word the possessive
            # names is the voice of the word's own clause only
            authorities = [m for m in authorities if not _possessive_word_elsewhere(low, m, position, authorities)]
        if len(authorities) > 1 and has_any(low, _SET_ASIDE_WORDS):
            kept = [m for m in authorities if not _set_aside(low, m)]
            if any(m.bound for m in kept):  # (another speaker gives the figure)
                authorities = kept
        if position and authorities and ("that" in low or "which" in low):
            # 'sent 1,000 deminers, out of the 6,000 that Shoigu announced': a speaker in a clause on another
            # figure is that figure's alone
            authorities = [m for m in authorities if not _speaks_of_another_figure(low, m, position)]
        if position and authorities and (" than " in low or " from " in low):
            # '20,000 containers, far more than the 13,000 Seoul cited': the voice of the figure compared with
            authorities = [m for m in authorities if not _speaks_of_compared(low, m, position)]
        if position and authorities and (" that " in low or " which " in low):
            # '100 KN-23 missiles ..., weapons that Ukrainian officials say have proved inaccurate': a voice in a
            # clause set off after the figure, on a noun of its own, speaks of that noun, not of the figure
            # (not '..., figures that the NIS says are sound': the figure itself, which the voice stands behind)
            authorities = [
                m
                for m in authorities
                if not (
                    m.start > position
                    and (clause := noun_clause_start(low, m.start)) is not None
                    # (not '..., loading containers that officials say carry shells': the item's own clause)
                    and position < clause
                    and not _FIGURE_NOUN_BEFORE.search(low, max(0, m.start - 60), m.start)
                )
            ]
        if authorities and (comment := _comment_after(low, position)) is not None:
            # '20,000 containers ..., a flow that Seoul's spy agency says includes shells', '100,000 troops, a figure
            # Western officials called unlikely': who comments on the figure did not give it
            authorities = [m for m in authorities if m.start < comment]
        if position and authorities and has_any(low, _CONTRAST_WORDS):
            # 'sent more than 200 guns, while Russian planes fly what Seoul believes are cargo flights': a speaker
            # inside a contrasting clause after the figure speaks for that clause, unless it closes the sentence
            end = segment(low, position)[1]
            if _CONTRAST_NEXT.match(low, end):
                authorities = [m for m in authorities if m.start < end or _closes_the_sentence(low, m)]
        outlets = [m for m in mentions if m.rank == 0]
        authority = None
        if authorities:
            # The figure's own part of the sentence first; there the bound speaker nearest the figure, else the
            # most specific name; a speaker bound elsewhere in the sentence only when its part names nobody.
            start, end = segment(self._sentences[i].low, position)
            # a country's voice yields to a body of its own that speaks too ('the US believes ..., the Pentagon
            # said'), not to another country's ('Citing the Pentagon's figure, Seoul said ... 12,000')
            bodies = {m.country for m in authorities if m.bound and m.rank >= 2 and start <= m.start < end}
            # 'about 12 million shells, the NIS estimates, and some 200 guns, according to the JCS': a speaker set
            # off right after an earlier figure is that figure's, when another speaks after this one
            after = any(m.bound and position < m.start < end for m in authorities)
            agent = " by " in low  # (most sentences name no agent: the two agent tests below are skipped)
            authority = (
                authorities[0]
                if len(authorities) == 1
                else min(
                    authorities,
                    key=lambda m: (
                        not start <= m.start < end,
                        # one who dismisses what was said before ('..., and Russia's UN ambassador dismissed the
                        # accusation') answers the figure, not gives it
                        m.start > position and _DENIES_RIGHT_AFTER.match(low, m.end) is not None,
                        not m.bound,
                        # who released a report ('the monitors said in their first report, released by Seoul's
                        # foreign ministry, that ...') speaks for it only when no one else does
                        _RELEASED_BY_BEFORE.search(low, max(0, m.start - 40), m.start) is not None,
                        after
                        and m.end <= position
                        and bool(_TRAILS_A_FIGURE.search(low, max(start, m.start - 60), m.start)),
                        # 'Kirby said the 1,200 casualties reported by South Korea were an undercount': the
                        # figure's own; not so for a figure before it ('4,000, up from the 3,000 figure given by ...')
                        not (agent and m.start > position and _FIGURE_BY.fullmatch(low, position, m.start)),
                        agent and m.start > position and _given_by_later_figure(low, position, m.start),
                        m.bound and m.rank < 2 and (m.country in bodies or m.country is None),
                        _distance(m, position) if m.bound else -m.rank,
                        m.start,
                    ),
                )
            )
        if authority is not None:
            # 'the Main Intelligence Directorate of Ukraine's Defence Ministry said': the part speaks, not the whole
            part = next((m for m in authorities if _OF.fullmatch(low, m.end, authority.start)), None)
            authority = part or authority
            # 'Kyrylo Budanov, head of Ukraine's military intelligence, said': the body's own person speaks
            person = next((m for m in authorities if m.name.startswith(f"{authority.name} (")), None)
            authority = person or authority
        # the outlet bound in the figure's own part first ('TASS reported 5,000, but a source told Reuters 1,000')
        if len(outlets) > 1:
            start, end = segment(low, position)
            outlets.sort(key=lambda m: not start <= m.start < end)
        outlet = next((m for m in outlets if m.bound), outlets[0] if outlets else None)
        own = _Own(authority, outlet)
        if key >= 0:
            self._own[key] = own
        return own

    def _mentions(self, i: int) -> list[Mention]:
        if i not in self._mentions_of:
            found = find_mentions(self._sentences[i], self._lexicon, self._scans, self._names)
            if any(m.rank == 0 and m.name == "The Times" for m in found) and (paper := self._times_paper()):
                # 'per the Times' on a page that names The New York Times: that paper, not London's
                found = [replace(m, name=paper) if m.rank == 0 and m.name == "The Times" else m for m in found]
            self._mentions_of[i] = found
        return self._mentions_of[i]

    def _times_paper(self) -> str | None:
        """The New York Times, when the article names it and no London paper of that name: the 'Times' of US copy.
        Worked out once per article."""
        if self._times is False:
            low = " ".join(sentence.low for sentence in self._sentences)
            match = None if _LONDON_TIMES.search(low) else _NEW_YORK_TIMES.search(low)
            self._times = self._lexicon.outlet_name(match.group()) if match else None
        return self._times if isinstance(self._times, str) else None

    def _labelled_speaker(self, i: int) -> tuple[_Own, int] | None:
        """The speaker a label at the start of sentence i's paragraph names: 'A:' in an interview is the
        interviewee introduced before the first question; 'CHO SEONG-MIN (Korea Institute for ...):' in a
        transcript is that person of that body, and a later 'CHO:' the same."""
        first = self._paragraph_start(i)
        sentence = self._sentences[first]
        if (
            _ANSWER_LABEL.match(sentence.low)
            or self._answers_a_question(first)
            # ('— Around 8,000.' under a question: a dash opens an answer in Ukrainian and Russian interviews)
            or self._dash_answer(first)
        ):
            return self._interviewee()
        label = _SPEAKER_LABEL.match(sentence.text)
        if label is None and (titled := _TITLE_LABEL.match(sentence.text)) is not None:
            return self._titled_before(first, titled["title"])
        if label is None or (label["title"] is not None and not _is_person_with_a_role(label)):
            return None
        if label["body"] is None and label["title"] is None:
            # 'CHO:' after 'CHO SEONG-MIN (...):', 'EVERARD:' after 'JOHN EVERARD (...):'
            return self._transcript_speakers().get(label["name"].capitalize()) or self._known_by_surname(first, label)
        return self._turn(first, label)

    def _titled_before(self, first: int, title: str) -> tuple[_Own, int] | None:
        """The speaker a plain-case title label stands for ('Secretary General:'): the body or person named right
        with that title in the sentences before (the nearest)."""
        # (its words apart or hyphened: 'Secretary-General Antonio Guterres' for 'Secretary General:')
        words = re.compile(r"[\s-]+".join(map(re.escape, title.lower().split())))
        for j in range(first - 1, -1, -1):
            if (found := words.search(self._sentences[j].low)) is None:
                continue
            # ('NATO Secretary General Mark Rutte': a mention over, or right around, the title's words)
            # (a question put to the title, 'Q: Secretary General, do you ...', names no one: further back)
            reach = (found.start() - 20, found.end() + 40)
            near = [m for m in self._mentions(j) if m.rank >= 2 and m.start <= reach[1] and m.end >= reach[0]]
            if near:
                return _Own(replace(near[0], bound=True), None), j
        return None

    def _known_by_surname(self, first: int, label: re.Match[str]) -> tuple[_Own, int] | None:
        """A label naming a person the gazetteer knows only by full name, by title and surname: 'MS. SINGH:',
        'SECRETARY AUSTIN:' (one source's person only: a surname several bear names none)."""
        words = [w for w in label["name"].lower().split() if w not in _LABEL_TITLES]
        if len(words) != 1 or (known := self._lexicon.source_of_surname(words[0])) is None:
            return None
        name, rank = known
        country = self._lexicon.source_countries.get(name)
        return _Own(Mention(name, rank, 0, label.end(), True, country), None), first

    def _turn(self, first: int, label: re.Match[str]) -> tuple[_Own, int] | None:
        """The speaker of a transcript's turn labelled with a name and a body (or a title), or None for its
        moderator."""
        what = label["body"] or label["title"]
        if len(what.split()) <= 3 and _HOST.search(what):
            return None  # who asks the questions, or reads the news, speaks for no body: the sentence says whose
        if _DATED.fullmatch(what.strip()):
            return None  # an outlet's dated note, 'UPDATE (3 September 2025):': the sentence says whose
        person = " ".join(word.capitalize() for word in label["name"].split())
        body = next((m for m in self._mentions(first) if m.rank >= 2 and m.start < label.end()), None)
        if body is None and label["body"] is None:
            # a title the gazetteer knows no body in ('FORMER US AMBASSADOR'): the person alone
            return _Own(Mention(person_named(person), 3, 0, label.end(), True, None), None), first
        name = body.name if body is not None else label["body"].strip()
        if person_of(name) is None:
            name = f"{name} ({person_named(person)})"
        return _Own(Mention(name, 3, 0, label.end(), True, body.country if body else None), None), first

    def _transcript_speakers(self) -> dict[str, tuple[_Own, int]]:
        """A transcript's speakers labelled with a name and a body, by the first and by the last word of the name
        (a Korean name's surname comes first); a word two speakers share names neither."""
        if self._turns is None:
            turns: dict[str, tuple[_Own, int]] = {}
            shared: set[str] = set()
            for j, sentence in enumerate(self._sentences):
                label = _SPEAKER_LABEL.match(sentence.text)
                if label is None or (label["body"] is None and label["title"] is None):
                    continue
                if label["title"] is not None and not _is_person_with_a_role(label):
                    continue
                if (turn := self._turn(j, label)) is None:
                    continue
                for word in {label["name"].split()[0].capitalize(), label["name"].split()[-1].capitalize()}:
                    if word in turns and turns[word][0] != turn[0]:
                        shared.add(word)
                    turns.setdefault(word, turn)
            self._turns = {word: turn for word, turn in turns.items() if word not in shared}
        return self._turns

    def _paragraph_start(self, i: int) -> int:
        paragraph = self._sentences[i].paragraph
        while i > 0 and self._sentences[i - 1].paragraph == paragraph:
            i -= 1
        return i

    def _dash_answer(self, first: int) -> bool:
        """Whether sentence `first` opens with a dash right under a question: an answer in Ukrainian and Russian
        interviews ('How many are there? / — Around 8,000.')."""
        return (
            first > 0
            and _DASH_ANSWER.match(self._sentences[first].text) is not None
            and self._sentences[first - 1].text.rstrip().endswith("?")
        )

    def _answers_a_question(self, first: int) -> bool:
        """Whether the paragraph starting at sentence `first` answers the question paragraph just before it, in an
        interview that labels neither ('How important is North Korea to Russia?' then the answer)."""
        if first == 0 or not self._is_interview():
            return False
        question = self._sentences[first - 1]
        return question.text.rstrip().endswith("?") and self._paragraph_start(first - 1) >= first - 2

    def _is_interview(self) -> bool:
        """Whether the page's head says it is an interview (worked out once)."""
        if self._interview is None:
            head = [s.low.strip() for s in self._sentences[:_RELEASE_HEAD]]
            joined = " ".join(head)
            self._interview = (
                (has_any(joined, _INTERVIEW_WORDS) and any(_INTERVIEW.search(line) is not None for line in head))
                or any(
                    self._dash_answer(s.index)  # ... or its answers open with a dash under a question
                    for s in self._sentences
                    if s.text[:3].strip()[:1] in ("—", "–")
                )
            )
        return self._interview

    def _interviewee(self) -> tuple[_Own, int] | None:
        """The speaker an interview introduces before its first question (worked out once)."""
        if self._introduced is False:
            first_question = next(
                (j for j, s in enumerate(self._sentences) if _QUESTION_LABEL.match(s.low) or self._is_question(j)), 0
            )
            introduced = ((own, j) for j in range(first_question) if (own := self._own_of(j, 0)).authority is not None)
            self._introduced = (
                next(introduced, None) or self._introduced_in_prose(first_question) or self._named_in_answer_label()
            )
        return self._introduced if isinstance(self._introduced, tuple) else None

    def _named_in_answer_label(self) -> tuple[_Own, int] | None:
        """The interviewee the first answer's label names ('A (JCS spokesman Lee Sung-jun): ...'), for an interview
        that introduces no one before its first question."""
        for j, sentence in enumerate(self._sentences):
            label = _NAMED_ANSWER_LABEL.match(sentence.low)
            if label is None:
                continue
            inside = [m for m in self._mentions(j) if m.rank >= 1 and label.start("who") <= m.start < label.end("who")]
            return (_Own(replace(max(inside, key=lambda m: m.rank), bound=True), None), j) if inside else None
        return None

    def _introduced_in_prose(self, first_question: int) -> tuple[_Own, int] | None:
        """An interviewee the introduction names without a word of speech ('Ahn Chan-il, who heads the World
        Institute for North Korea Studies, ...', 'Col. Mindaugas Stankus has led ...'): the first body or person
        named after the headline, before the first question."""
        for j in range(1 if first_question > 1 else 0, first_question):
            text = self._sentences[j].text
            bodies = [m for m in self._mentions(j) if m.rank >= 2]
            organisations = self._names.organisations(j)
            person = _INTRODUCED_PERSON.search(text)
            named = person is not None and not self._lexicon.nk_re.search(person["name"].lower())
            name = person_named(person["name"]) if person and named else None  # (not 'Kim Jong Un', 'North Korea')
            if organisations:
                body = organisations[0].name
                return _Own(_named_speaker(f"{body} ({name})" if name else body), None), j
            if bodies:
                return _Own(bodies[0], None), j
            if name:
                return _Own(_named_speaker(name), None), j
        return None

    def _is_question(self, j: int) -> bool:
        """A question paragraph of an interview that labels none: a paragraph of its own ending in '?'."""
        sentence = self._sentences[j]
        return (
            sentence.text.rstrip().endswith("?")
            and (j + 1 == len(self._sentences) or self._sentences[j + 1].paragraph != sentence.paragraph)
            and self._is_interview()
        )

    def _next_points_back(self, i: int) -> bool:
        """'... 11,000 troops. That is according to the Pentagon.'"""
        return i + 1 < len(self._sentences) and points_back(self._sentences[i + 1].low)

    def _named_referent(self, i: int, reach: int = 2) -> tuple[_Own, int] | None:
        """The body that 'the team says', 'the monitors found' refer back to, by the noun its name holds; 'It
        estimates' right after such a sentence in its paragraph, the same body."""
        low = self._sentences[i].low
        named = _NAMED_BY_NOUN.get(referent_noun(low) or "") if referent_kind(low) == "report" else None
        if named is not None:
            order = range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1)
            found = self._nearest(order, named)
            if found is None or any(self._another_team(j, named) for j in range(found[1] + 1, i)):
                return None  # a team of another body's came between: the nearest speaker's, as usual
            return found
        if (
            reach
            and i > 0
            and self._sentences[i - 1].paragraph == self._sentences[i].paragraph
            and _IT_SPEAKS.search(low)
        ):
            return self._named_referent(i - 1, reach - 1)
        return None

    def _another_team(self, j: int, named: re.Pattern[str]) -> bool:
        """Whether sentence j names a body other than the one `named` matches, with its own people ('Investigators
        from Conflict Armament Research travelled to Kharkiv')."""
        if not _OWN_TEAM.search(self._sentences[j].low):
            return False
        return any(m.rank >= 2 and not named.search(m.name) for m in self._mentions(j))

    def _laid_out_before(self, i: int) -> tuple[_Own, int] | None:
        """'John Kirby laid out the figures at a briefing on Thursday.' / 'In March alone, more than 165,000
        barrels went ...': a paragraph's opening figures, under a sentence that says who set them out."""
        first = self._paragraph_start(i)
        if first == 0 or i - first > 1 or self._speaker(i) is not None or _OTHER_VOICE.search(self._sentences[i].low):
            return None  # (a sentence with a voice of its own: 'Independent analysts, however, believe ...')
        return self._body_of(first - 1) if _LAYS_OUT.search(self._sentences[first - 1].low) else None

    def _account_header(self, i: int) -> tuple[_Own, int] | None:
        """'HUR of the Ministry of Defence of Ukraine ✓' / '"Over December 14 and 15 ... 30 soldiers were killed."':
        a post embedded in the page, quoted under the line naming its account, is the account's word."""
        first = self._paragraph_start(i)
        if first == 0:
            return None
        header = self._sentences[first - 1]
        if len(header.text) > 90 or not _ACCOUNT_LINE.search(header.text):
            return None
        if not (
            self._sentences[first].text.lstrip().startswith(tuple(QUOTE_OPEN)) or _PLATFORM_LABEL.match(header.text)
        ):
            return None  # (a post unquoted only under a label naming its platform: '[Telegram — SSO of Ukraine]')
        return self._body_of(first - 1)

    def _body_of(self, j: int) -> tuple[_Own, int] | None:
        """Sentence j's speaker when it is a body or a person (not a country's generic voice, nor an outlet)."""
        own = self._own_of(j, 0)
        return (own, j) if own.authority is not None and own.authority.rank >= 2 else None

    def _country_before(self, i: int) -> _Own | None:
        """The government of the one country the sentence before names, as a speaker of its own filings."""
        if i == 0 or any(m.rank != 1 for m in self._mentions(i - 1)):
            return None  # (a body or an outlet named there is whose 'its reports' these are, if anyone's)
        government = self._lexicon.voices.governments_in(self._sentences[i - 1].low)
        if government is None or " and " in government:
            return None
        country = self._lexicon.source_countries.get(government)
        return _Own(Mention(government, 1, 0, 0, True, country), None)

    def _names_quotations_speaker(self, i: int) -> bool:
        """Whether sentence i closes its quotation and names its speaker after it, one no gazetteer lists
        ("'That is at least 5 million shells,' Ambassador Andriy Melnyk told the General Assembly.")."""
        text = self._sentences[i].text
        if not text.startswith(tuple(QUOTE_OPEN)) or (speaker := self._speaker(i)) is None or not speaker.name:
            return False
        closes = _QUOTE_CLOSES.search(text)
        return closes is not None and speaker.name in text[closes.end() :]

    def _pointer_after_quotation(self, i: int) -> tuple[_Own, int] | None:
        """'"... a thousand sappers ..." / "..." / Those were the words of Sergei Shoigu.': a quotation of a
        paragraph or more, then a sentence handing it to its speaker."""
        for j in range(i + 1, min(len(self._sentences), i + 1 + _QUOTE_REACH)):
            if in_quotation(self._sentences, j):
                continue
            if points_back(self._sentences[j].low) and (pointed := self._pointed_back(j - 1)) is not None:
                return pointed, j
            return None
        return None

    def _pointed_back(self, i: int) -> _Own | None:
        """'... 11,000 troops. The NIS made the assessment in a briefing.': the next sentence, even a paragraph of
        its own, hands the figure to its speaker, bound to a word of speech or not."""
        nxt = self._own_of(i + 1, 0)
        if nxt.authority is None and (nxt.outlet is None or not nxt.outlet.bound):
            # '... That assessment was based on battlefield reports, the official said.': whom its noun refers to
            referred = self._referred_by(i + 1)
            return referred[0] if referred is not None else None
        return nxt

    def _following_attribution(self, i: int) -> tuple[_Own, int] | None:
        """'"... 3,000 more troops," the official said.': the next sentence names who spoke, or the one that
        closes the quotation ('"... 11,000 troops. Some are in Kursk. More are coming," Budanov said.'), or refers
        back to them there ('"... 1.5 million rounds. They go by sea," he said.')."""
        paragraph = self._sentences[i].paragraph
        starts = self._quotation_starts()
        start = starts[i]
        opened = i if start is None else start
        for j in range(i + 1, min(len(self._sentences), i + 1 + _QUOTE_REACH)):
            next_in_paragraph = j == i + 1 and self._sentences[j].paragraph == paragraph
            if not next_in_paragraph and starts[j] != opened:
                return None  # past the quotation that sentence i is part of, or past its paragraph
            nxt = self._own_of(j, 0)
            if nxt.authority is not None and nxt.authority.bound:
                return nxt, i + 1
            if nxt.authority is None and (kind := referent_kind(self._sentences[j].low)) in ("intelligence", "officer"):
                # '"...," the intelligence officer added.': the speaker of that kind named before the quotation
                found = self._nearest(range(opened - 1, max(-1, opened - 1 - _REFERS_BACK_REACH), -1), _KINDS[kind])
                return (found[0], i + 1) if found else None
            if nxt.authority is None and (tag := _tag_after_quotation(self._sentences[j].text)) and refers_back(tag):
                # '"...," he said.', '"...," the president said.' closing the quotation: whom that tag refers to
                return self._tag_refers_to(j, tag, opened)
        return None

    def _tag_refers_to(self, j: int, tag: str, opened: int) -> tuple[_Own, int] | None:
        """Whom the tag closing a quotation in sentence j refers back to ('he said', 'the president said'): 'he' or
        'she' only a person the gazetteer names who spoke in the sentence just before the quotation opened, or whom
        'he said' there refers to (not Budanov two sentences up when 'A Russian soldier spoke to the BBC.' came
        between, nor a spy agency);
        'they' no one; 'the official' only with an official met before."""
        kind = referent_kind(tag)
        if kind in ("source", "official") and self._unnamed_before(j, kind) is False:
            return None  # '"...," the official said.' with no official met before
        if (pronoun := _PRONOUN_TAG.match(tag)) is None:
            return self._carried(j)
        if pronoun.group() == "they" or (found := self._carried(j)) is None:
            return None  # ('they said': a group no gazetteer lists, as often as officials named before)
        own, at = found
        if own.authority is None or not self._is_one_person(own.authority):
            return None
        # (or 'He said the front was stable.' just before, whom 'he' is too)
        just_before = at >= opened - 1 or (
            opened > 0 and _HE_SPEAKS.search(self._sentences[opened - 1].low) and self._carried(opened - 1) == found
        )
        return found if just_before else None

    def _quotation_starts(self) -> list[int | None]:
        if self._quotations is None:
            self._quotations = quotation_starts(self._sentences)
        return self._quotations

    def _carried(self, i: int) -> tuple[_Own, int] | None:
        if found := self._list_lead(i) or self._quotation_speaker(i):
            return found
        if (lead := self._speakers_colon_lead(i)) is not None:
            return lead  # 'Kim Jong Un said at the ceremony:' / 'Some 11,000 of our soldiers fought ...': his words
        low = self._sentences[i].low
        if "the paper" in low and self._names.paper_is_a_document(i):
            low = low.replace("the paper", "the white paper")  # the document named before, not a newspaper
        back = refers_back(low)  # asked twice below: a search of the whole sentence
        if not back and (_RECAP_LABEL.match(low) or ("it is " in low and _WIDELY_HELD.search(low))):
            return None  # 'Background: Pyongyang is estimated to have sent ...': the writer's own recap
        if not back and "estimates" in low and _UNOWNED_ESTIMATES.match(low):
            return None  # 'Estimates of the number sent have since risen to about 15,000': no one's in particular
        quoted = self._sentences[i].text.startswith(tuple(QUOTE_OPEN))  # ('"That takes the total to 14,000."')
        if (not back and not quoted and _AUTHORS_SUM.search(low)) or (" by " in low and _OUTLETS_DOCUMENTS.search(low)):
            # 'That takes the total to about 14,000': the writer's own sum; 'according to documents obtained by
            # NHK': the outlet's own finding
            return None
        if "its " in low and _ITS_OWN_FILINGS.search(low) and (filer := self._country_before(i)) is not None:
            return filer, i  # 'That is short of what Russia moved. According to its reports to the UN, it exported ...'
        if not back and has_any(low, _EVIDENCE_WORDS) and (evidence := _OWN_EVIDENCE.search(low)):
            # the evidence of the speaker just before is still theirs ('Zelensky said ... according to Ukrainian
            # data'); any other is the page's own reading of it, if any
            paragraph = self._sentences[i].paragraph
            before = takewhile(lambda j: self._sentences[j].paragraph == paragraph, range(i - 1, max(-1, i - 4), -1))
            found = self._nearest(before)
            if found is not None and self._evidence_of(found[0], low[max(0, evidence.start() - 30) : evidence.end()]):
                return found
            named = evidence.group()
            if not named.startswith("according"):  # ('Russian official statistics show': the words before it)
                named = " ".join([*re.split(r"[,;:]", low[: evidence.start()])[-1].split()[-3:], named])
            if (government := self._lexicon.voices.governments_in(named)) and " and " not in government:
                # 'According to Russian customs data', 'Russian official statistics show': that government's
                country = self._lexicon.source_countries.get(government)
                return _Own(Mention(government, 1, evidence.start(), evidence.end(), True, country), None), i
            return self._declared_authority() or self._own_page()
        referent = referent_kind(low) if back else None
        if referent in ("source", "official") and (unnamed := self._unnamed_before(i, referent)) is not False:
            return unnamed  # (none met before: the nearest speaker, as for "the spokesman" below)
        what = (
            "think tank" if referent == "report" and "think tank" in low else "group" if referent == "group" else None
        )
        if what is not None and (body := self._body_before(i, what)) is not False:
            return body  # (none met before: the nearest speaker, below)
        if kind := _KINDS.get(referent or ""):
            # 'the president said', 'the agency said': the nearest speaker of that kind, even in the paragraph
            persons = self._lexicon.persons if referent == "president" else frozenset()
            if referent == "report" and (found := self._named_referent(i)):
                return found  # 'the team said': the body so named
            recent = list(range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1))
            if referent == "report":
                recent = [j for j in recent if not self._tells_end_of_body(j)]  # (not the body it replaced)
            if (found := self._nearest(recent, kind, persons)) and self._officer_met_between(i, found, low):
                return None  # 'A Russian officer captured near Kursk was interviewed. The officer said ...'
            if found:
                return found
            if referent in _PEOPLE_KINDS or (referent == "report" and RESEARCH_STAFF.search(low)):
                return None  # 'the general said', 'the researchers said' when none was named: no one else's word
        if "he " in low and (person := self._person_just_before(i)) is not None:
            return person  # 'An outlet interviewed Kyrylo Budanov. He says ...': the person just named, not speaking
        paragraph = self._sentences[i].paragraph
        if self._under_quote_label(i) and (found := self._nearest(range(i - 1, max(-1, i - 1 - _PARAGRAPH_REACH), -1))):
            return found  # 'Quote: "..."' under 'Skibitskyi said ...': the quotation of the speaker just named
        reach = _PARAGRAPH_REACH if self._paragraph_size(paragraph) <= _LONG_PARAGRAPH else _PARAGRAPH_REACH_LONG
        start = max(-1, i - 1 - reach)
        before = takewhile(lambda j: self._sentences[j].paragraph == paragraph, range(i - 1, start, -1))
        # (not 'In a different development, ...', nor a figure with an unnamed voice of its own: '..., according to
        # earlier estimates', 'were reported killed', whoever spoke just before)
        goes_on = not turns_to_another_matter(low) and not voices_its_own_unnamed(low)
        # ('Zelensky welcomed the report. It found that ...': 'it' is never a person, whoever spoke last)
        it_speaks = "it " in low and _IT_SPEAKS.search(low) is not None
        if goes_on and (found := self._referred_just_before(i) or self._nearest(before, persons=not it_speaks)):
            return found
        if (found := self._laid_out_before(i)) is not None:
            return found
        if (
            self._sentences[i].text.startswith(tuple(QUOTE_OPEN))
            and i > 0
            and self._sentences[i - 1].paragraph == paragraph
            and quotes(self._sentences[i - 1])
            and refers_back(self._sentences[i - 1].low)
            and (found := self._carried(i - 1))
        ):
            return found  # '"...," he said. "They have sent 14,000."': the quotation goes on, his words still
        # 'In addition, ...', 'Second, ...' go on with the sentence just before, and with whom it goes on from
        if (
            goes_on
            and continues(low)
            and not SPEECH.search(low)
            and i > 0
            and (found := self._nearest([i - 1]) or self._carried(i - 1))
        ):
            return found
        if back and _PERSONAL_PRONOUN.search(low) and self._introduces_others(i - 1):
            return None  # 'Western analysts are more cautious. They put the figure at 8,000.': theirs, not the NIS's
        if back:  # 'it said' leans on what came shortly before, not pages before
            by_person = _IT_SPEAKS.search(low) is None  # 'it estimated' is a body's word, never a person's
            return self._nearest(range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1), persons=by_person)
        if self._under_recap_label(i):
            return None  # a 'Background:' section under a news item: the writer's own recap, no one's
        return self._declared_authority() or self._own_page() or self._sole_authority()

    def _referred_just_before(self, i: int) -> tuple[_Own, int] | None:
        """The speaker the sentence just before i, in its paragraph, refers back to by a noun, whom a figure of
        sentence i goes on with ('About 150 went in 2024, the official said. More than 100 of those have been
        fired.'); or whom that sentence goes on from in its turn ('The figure includes the 11,000 sent first. A
        further 1,000 are support personnel.' after the paragraph that gave the figure)."""
        if i == 0 or self._sentences[i - 1].paragraph != self._sentences[i].paragraph:
            return None
        before = self._sentences[i - 1].low
        if continues(before) and not SPEECH.search(before) and self._own_of(i - 1, 0).authority is None:
            return self._carried(i - 1)
        return self._referred_by(i - 1)

    def _referred_by(self, j: int) -> tuple[_Own, int] | None:
        """The speaker sentence j refers back to by a noun as it speaks ('..., the official said.', '..., the report
        said.'), when it names no one of its own."""
        low = self._sentences[j].low
        kind = referent_kind(low)
        if (
            self._own_of(j, 0).authority is not None
            or kind is None  # (not a pronoun: 'he said' may be a person no gazetteer names)
            or not refers_back(low)
            or not SPEECH.search(low)
        ):
            return None
        if kind in ("source", "official") and self._unnamed_before(j, kind) is False:
            return None  # 'the official said' with no official met before: whoever spoke last is no one to go on with
        return self._carried(j)

    def _service_of_lawmakers(self, low: str) -> str | None:
        """The service of the lawmakers' country, where the article names services of several ('South Korean
        lawmakers were told' in a story that also cites Ukraine's HUR: the NIS briefed them)."""
        title = lawmaker_title(low)
        country = self._lexicon.voices.country_before(low, title) if title is not None else None
        return self._names.intelligence_service_of(country) if country is not None else None

    def _tells_end_of_body(self, j: int) -> bool:
        """Whether the body sentence j names (not as a speaker) is one whose end it tells: 'The group was set up
        after Russia's veto killed the UN panel of experts'."""
        authority = self._own_of(j, 0).authority
        low = self._sentences[j].low
        named = f"{low[authority.start : authority.end]} {authority.name.lower()}" if authority is not None else ""
        return (
            authority is not None
            and not authority.bound
            and _ENDED_BEFORE.search(low, max(0, authority.start - 50), authority.start) is not None
            and not any(own["noun"] in named for own in _ITS_OWN_REPORT.finditer(low, authority.end))
        )

    def _person_just_before(self, i: int) -> tuple[_Own, int] | None:
        """The one person the sentence just before i (in its paragraph) names without having them speak, whom 'he
        says' in sentence i is ('The paper interviewed Kyrylo Budanov, the spy chief. He says ...')."""
        if i == 0 or self._sentences[i - 1].paragraph != self._sentences[i].paragraph:
            return None
        if not _HE_SPEAKS.search(self._sentences[i].low):
            return None
        if (authority := self._own_of(i - 1, 0).authority) is not None and (
            authority.bound or self._is_one_person(authority)
        ):
            return None  # (a body named but not speaking is never 'he': 'Zelensky met the MSMT delegation. He said')
        people = [m for m in self._mentions(i - 1) if self._is_one_person(m)]
        if len(people) != 1:
            return None
        for j in range(i - 2, max(-1, i - 5), -1):
            spoke = self._own_of(j, 0).authority
            if spoke is not None and self._is_one_person(spoke):
                return None  # 'Budanov said ... That was before Putin visited Pyongyang. He says ...': the speaker
        return _Own(people[0], None), i - 1

    def _officer_met_between(self, i: int, found: tuple[_Own, int], low: str) -> bool:
        """Whether 'the officer' of sentence i is an officer brought in after the body found, tied to no body named
        and not of the body's own country ('A Russian officer captured near Kursk was interviewed by Ukrainian
        media.' after Ukraine's SSO; not 'A Ukrainian officer from the SSO's 8th Regiment spoke to the BBC.')."""
        if _THE_OFFICER.search(low) is None:
            return False
        (own, at), voices = found, self._lexicon.voices
        body = own.authority.country if own.authority is not None else None
        for j in range(at + 1, i):
            officer = _AN_OFFICER.search(self._sentences[j].low)
            if officer is None or any(m.rank >= 2 for m in self._mentions(j)):
                continue
            words = officer.group().split()[1:-1]  # 'a Ukrainian officer': whose army the officer serves
            if body is None or not any(voices.country_named(word) == body for word in words):
                return True
        return False

    def _introduces_others(self, j: int) -> bool:
        """Whether sentence j brings in people the gazetteer lists no body for, speaking for no one it names
        ('Western analysts are more cautious.', 'Ukrainian lawmaker Maryana Bezuhla spoke on Tuesday.'), whom 'they'
        or 'she' in the next sentence is."""
        return (
            j >= 0
            and _PEOPLE_INTRODUCED.match(self._sentences[j].low) is not None
            and not quotes(self._sentences[j])  # ('"Two soldiers ... survived," the head of state wrote.')
            and self._own_of(j, 0).authority is None
            and not any(m.rank >= 2 for m in self._mentions(j))
        )

    def _is_one_person(self, mention: Mention) -> bool:
        return mention.rank >= 2 and (
            mention.name in self._lexicon.persons or _ONE_PERSON.search(mention.name) is not None
        )

    def _under_recap_label(self, i: int) -> bool:
        """Whether the nearest label line before sentence i ('Details:', 'Background:') opens a recap."""
        for j in range(i - 1, max(-1, i - 1 - _LABEL_REACH), -1):
            text = self._sentences[j].text.strip()
            if _LABEL_LINE.fullmatch(text):
                return _RECAP_LABEL.match(text.lower()) is not None
        return False

    def _evidence_of(self, own: _Own, evidence: str) -> bool:
        """Whether evidence named in a sentence ('Ukrainian data' after Zelensky) is the speaker's own: the
        speaker's country named with it ('official statistics', 'satellite imagery' are no one's)."""
        country = own.authority.country if own.authority is not None else None
        named = [c for c in self._lexicon.spec.country if any(_word_in(w, evidence) for w in c.words)]
        return any(c.name == country for c in named)

    def _body_before(self, i: int, what: str) -> tuple[_Own, int] | Literal[False] | None:
        """'the Washington-based think tank said', 'the group said': the body named last before as a think tank or a
        group ('the monitoring group Railwatch') or, for a think tank, any research body; no one's when the one met
        last was left unnamed ('A Seoul think tank estimated ... The think tank said ...'); False when none was met."""
        for j in range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1):
            own, low = self._own_of(j, 0), self._sentences[j].low
            # (a group named after what it is, 'the monitoring group Railwatch'; not 'a group of soldiers')
            described = what in low and (what != "group" or bool(self._names.organisations(j)))
            if own.authority is not None and (
                described or (what == "think tank" and _KINDS["report"].search(own.authority.name))
            ):
                return own, j
            if described:
                return None
        return False

    def _unnamed_before(self, i: int, noun: str) -> tuple[_Own, int] | Literal[False] | None:
        """'the source said', 'the official added': whom the unnamed source or official who spoke last before
        speaks for ('a South Korean government source', 'a Ukrainian intelligence source quoted by The Telegraph',
        'a senior US defense official'), or the outlet it told ('two sources told Meduza'), though a named speaker
        came between; no one else's word when that one was named by no one's ('a source familiar with the matter');
        False when none spoke before (then 'the source' is whoever spoke last, as 'the spokesman' is)."""
        speaking = _UNNAMED_SPEAKING[noun]
        # 'according to the official' is one official: not the 'U.S. officials' who spoke in between
        one = _THE_ONE[noun].search(self._sentences[i].low) is not None
        for j in range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1):
            low = self._sentences[j].low
            if noun not in low or not speaking.search(low) or (one and not _ONE_OF[noun].search(low)):
                continue
            own = self._own_of(j, 0)
            if own.authority is None and referent_kind(low) == noun:
                continue  # 'The sources said ...': the same ones again, introduced further back
            speaks = own.authority is not None or (own.outlet is not None and own.outlet.bound)
            return (own, j) if speaks else None  # 'a source familiar with the matter said': no one named
        return False

    def _under_quote_label(self, i: int) -> bool:
        """A paragraph labelled 'Quote:' (the Ukrainian press's Source/Quote/Details layout)."""
        paragraph = self._sentences[i].paragraph
        first = i
        while first > 0 and self._sentences[first - 1].paragraph == paragraph:
            first -= 1
        return self._sentences[first].text.startswith(_QUOTE_LABEL)

    def _paragraph_size(self, paragraph: int) -> int:
        if self._paragraph_sizes is None:
            self._paragraph_sizes = Counter(sentence.paragraph for sentence in self._sentences)
        return self._paragraph_sizes[paragraph]

    def _quotation_speaker(self, i: int) -> tuple[_Own, int] | None:
        """'Budanov told reporters: "... 11,000 ... Another 3,000 are coming."': a sentence inside a quotation
        opened earlier is the speaker's of the sentence that opened it, or of the one that introduced it; a
        paragraph that opens a quotation after a quoted speaker's paragraph goes on quoting that speaker."""
        opened = self._quotation_starts()[i]
        sentence = self._sentences[i]
        if (
            opened is None
            and sentence.text.startswith(tuple(QUOTE_OPEN))
            and (i == 0 or self._sentences[i - 1].paragraph != sentence.paragraph)
        ):
            opened = i  # the paragraph opens a quotation of its own: who quoted last speaks on
        if opened is None:
            return None
        before = opened - 1
        introduces = before >= 0 and (
            self._sentences[before].paragraph == self._sentences[opened].paragraph
            or introduces_list(self._sentences[before])
            or (self._sentences[opened].text.startswith(tuple(QUOTE_OPEN)) and quotes(self._sentences[before]))
        )
        found = self._nearest([opened, before] if introduces else [opened])
        if found is not None and found[1] == i and found[0].authority is None and refers_back(sentence.low):
            return None  # '"...," the source told the Chosun Ilbo': the source of before, whom the outlet relays
        return found

    def _list_lead(self, i: int) -> tuple[_Own, int] | None:
        """'The NIS told lawmakers:' then items, bulleted or ending in ';': each item is the lead's."""
        if i not in self._list_leads:
            self._list_leads[i] = self._find_list_lead(i)
        return self._list_leads[i]

    def _find_list_lead(self, i: int) -> tuple[_Own, int] | None:
        before = self._sentences[i - 1] if i > 0 else None
        bulleted = is_list_item(self._sentences[i]) or (before and (self._leads(i - 1) or is_list_item(before)))
        unbulleted = not bulleted and self._unbulleted_item(i)
        if not bulleted and not unbulleted:
            return None  # the last item may end in a full stop
        for j in range(i - 1, max(-1, i - 1 - _LIST_REACH), -1):
            sentence = self._sentences[j]
            if self._leads(j):
                # a lead with no speaker of its own ('Its main points, as relayed by committee members:') is the
                # speaker's it goes on from
                # the voice of the lead's last part, where the list follows ('Moscow denies it, but Kyiv says:'),
                # unless that part only denies ('..., though Moscow denies it:')
                own = self._own_of(j, max(len(sentence.text) - 1, 1))
                if own.authority is not None and _DENIES_RIGHT_AFTER.match(sentence.low, own.authority.end):
                    own = self._own_of(j, 0)
                if own.authority is not None:
                    return own, j
                if own.outlet is not None and own.outlet.bound:
                    return own, j  # an outlet's own reporting: 'The Financial Times reported on Nov. 16:'
                # ... or, a document's lead of its own paragraph ('Key findings:'), the speaker of the sentences
                # just before it
                if found := self._carried(j):
                    return found
                if _DOCUMENT_LEAD.match(sentence.low):
                    return self._nearest(range(j - 1, max(-1, j - 1 - _REFERS_BACK_REACH), -1))
                return None
            if not unbulleted and not is_list_item(sentence) and not self._goes_on_an_item(j):
                return None
        return None

    def _unbulleted_item(self, i: int) -> bool:
        """Whether sentence i is an item without a bullet of a lead that lists a document's points ('The main points
        from the MSMT:' and then lines of one sentence each): every line from the lead to it is a paragraph of one
        sentence that ends in a full stop."""
        for j in range(i, max(-1, i - 1 - _UNBULLETED_REACH), -1):
            sentence = self._sentences[j]
            if j < i and self._leads(j):
                return _POINTS_LEAD.search(sentence.low) is not None and (
                    _DOCUMENT_WORD.search(sentence.low) is not None
                    # ... or the body that closes the lead ('The main points from the MSMT:')
                    or any(m.rank >= 2 and _CLOSES_LEAD.fullmatch(sentence.low, m.end) for m in self._mentions(j))
                )
            if not sentence.text.endswith(".") or self._paragraph_size(sentence.paragraph) != 1:
                return False
            if (
                self._own_of(j, 0).authority is not None
                or self._speaker(j) is not None
                or refers_back(sentence.low)
                or _AUTHORS_SUM.search(sentence.low)
            ):
                return False  # an item states a point; a line naming a speaker, or the writer's sum, is no item
        return False

    def _report_author_before(self, i: int) -> Mention | None:
        """The body whose report the nearest sentence before sentence i naming one issued ('The MSMT released its
        first report on Thursday.', '..., the MSMT said in a report'); None when that sentence names no author the
        gazetteer knows ('a report released by a group of independent researchers'), or names a body that only
        dismissed it, or the outlet's own ('NK News published its own report')."""
        for j in range(i - 1, max(-1, i - 1 - _REPORT_REACH), -1):
            low = self._sentences[j].low
            if not _REPORT_NAMED.search(low):
                continue
            authority = self._own_of(j, 0).authority
            if (
                authority is None
                or authority.rank < 2
                or _OUTLETS_REPORT.search(low)
                or not _REPORT_OF.search(low, authority.end, authority.end + 60)
            ):
                return None
            return authority
        return None

    def _met_in(self, i: int, country: str | None) -> bool:
        """Whether lawmakers who speak after a meeting can relay `country`'s service: the place of the meeting named
        before the word of speech, where the gazetteer or the legislatures' names place it, is that country's ('a
        closed-door session in Seoul', 'at the National Assembly'; not 'a hearing in Kyiv', 'at the Capitol')."""
        low = self._sentences[i].low
        said = _SAID.search(low)
        voices = self._lexicon.voices
        places = meeting_place(low, said.start() if said else len(low)) + told_place(low)
        placed = {
            voices.city_country(w) or voices.country_named(w) or _LEGISLATURES.get(w.split()[-1]) for w in places
        } - {None}
        return not placed or country in placed

    def _leads(self, j: int) -> bool:
        """Whether sentence j leads a list: a lead ending in a colon, or a fact box's heading right above an item."""
        sentence = self._sentences[j]
        return introduces_list(sentence) and (
            sentence.text.endswith(":") or (j + 1 < len(self._sentences) and is_list_item(self._sentences[j + 1]))
        )

    def _goes_on_an_item(self, j: int) -> bool:
        """Whether sentence j is a later sentence of a bulleted item ('- Munitions: ... since 2023. Their contents
        included ...'): its paragraph opens with a list item."""
        paragraph = self._sentences[j].paragraph
        first = j
        while first > 0 and self._sentences[first - 1].paragraph == paragraph:
            first -= 1
        return first < j and is_list_item(self._sentences[first])

    def _declared_authority(self) -> tuple[_Own, int] | None:
        """'Source: Vadym Skibitskyi, Deputy Head of ...': a news item that declares its source in a line of its
        own speaks for that authority throughout (an outlet declared so is only where the item was read)."""
        if self._declared is False:
            self._declared = None
            for j, sentence in enumerate(self._sentences):
                if sentence.text.startswith(_DECLARED_SOURCE):
                    own = self._own_of(j, 0)
                    self._declared = (own, j) if own.authority is not None and not self._lists_credits(j) else None
                    break
            else:
                self._declared = self._issuer()
        return self._declared if isinstance(self._declared, tuple) else None

    def _lists_credits(self, j: int) -> bool:
        """Whether sentence j is a line of credits: 'Sources: AP, AFP, UK MoD, Yonhap', several names after
        'Sources:' (not 'Source: Vadym Skibitskyi, Deputy Head of Ukraine's Defence Intelligence', one voice)."""
        text = self._sentences[j].text
        if not text.startswith(_DECLARED_SOURCE):
            return False
        items = len(_CREDIT_SEPARATOR.split(text.split(":", 1)[1].strip(" .")))
        named = {match.name.split(" (")[0] for match in self._scans.sources(j)}
        return text.startswith("Sources") and (len(named) > 1 or items >= 2)

    def _issuer(self) -> tuple[_Own, int] | None:
        """The body whose release the page is: named in its 'From:' line, or opening one of its first lines when
        one of them labels the page a release. Its figures that nothing else attributes are the body's."""
        head = range(min(_RELEASE_HEAD, len(self._sentences)))
        for j in head:
            # 'Address by the President of Ukraine': the first person of the page is the head of state's
            if (address := _ADDRESS_BY.match(self._sentences[j].low)) and (
                country := self._lexicon.voices.country_after(self._sentences[j].low, address.end())
            ):
                leader = self._lexicon.leader_of(country)
                if leader is not None:
                    return _Own(Mention(leader, 5, 0, 0, True, country), None), j
        issued_from = next((j for j in head if self._sentences[j].text.startswith(_ISSUED_FROM)), None)
        if issued_from is not None:
            lines: Iterable[int] = [issued_from]
        elif any(_RELEASE_LABEL.match(self._sentences[j].text) for j in head):
            lines = head
        else:
            return None
        for j in lines:
            bodies = [m for m in self._scans.sources(j) if m.rank >= 2 and (j == issued_from or m.start <= 4)]
            if not bodies:
                continue
            name, country = bodies[0].name, self._lexicon.source_countries.get(bodies[0].name)
            if country == "South Korea" and "korea" not in self._sentences[j].low:
                # 'From: Ministry of Defence': the gazetteer's bare name is Seoul's; on gov.uk it is the UK's
                owner = self._names.bare_body_owner(j, bodies[0].start, bodies[0].end, country)
                if owner is None:
                    return None
                name, country = owner
            return _Own(Mention(name, bodies[0].rank, 0, 0, True, country), None), j
        return None

    def _sole_authority(self) -> tuple[_Own, int] | None:
        """An article that names one authority only (a single briefing or report) speaks for it throughout."""
        if self._sole is False:
            self._sole = self._find_sole_authority()
        return self._sole if isinstance(self._sole, tuple) else None

    def _find_sole_authority(self) -> tuple[_Own, int] | None:
        names: dict[str, tuple[Mention, int]] = {}
        for j in self._names.speaking():
            low = self._sentences[j].low
            if self._lists_credits(j):
                continue  # 'Sources: AP, AFP, UK MoD, Yonhap': whom the page drew on, not who speaks
            for match in self._scans.sources(j):
                if (
                    match.rank >= 2
                    and not _BENEFICIARY_BEFORE.search(low, max(0, match.start - 12), match.start)
                    and not _meets(low, match.start, match.end)
                    # (one who only denies speaks for no figure: 'Peskov dismissed the reports as fake')
                    and not _DENIES_RIGHT_AFTER.match(low, match.end)
                ):
                    country = self._lexicon.source_countries.get(match.name)
                    # "North Korea's defence ministry" is not the gazetteer's bare 'defence ministry' (Seoul's)
                    other = country and (
                        self._lexicon.voices.other_country(
                            low, match.start, match.end, country, self._sentences[j].text
                        )
                        or self._names.bare_body_owner(j, match.start, match.end, country)
                    )
                    name, country = other or (match.name, country)
                    if country == "North Korea":
                        continue  # the supplier's own bodies speak of cooperation, not of the figures others count
                    names.setdefault(name, (Mention(name, match.rank, match.start, match.end, True, country), j))
                    if len(names) > 1:
                        return None
        if not names:
            return None
        ((mention, j),) = names.values()
        if mention.country == "Russia" and mention.name == self._lexicon.leader_of("Russia"):
            # the receiver's leader, named alone at a summit ('Putin said the treaty provides for mutual help'), speaks
            # of the pact, not of the figures the background gives ('In October 2023, North Korea delivered more
            # than 1,000 containers'), as the supplier's bodies do not
            return None
        return _Own(mention, None), j

    def _nearest(
        self,
        order: Iterable[int],
        kind: re.Pattern[str] | None = None,
        also: frozenset[str] = frozenset(),
        persons: bool = True,
    ) -> tuple[_Own, int] | None:
        """The first sentence in `order` with an authority (of the kind whose names `kind` matches, or named in
        `also`), else the first with a bound outlet; past speakers no gazetteer lists who are people unless
        `persons`."""
        first_outlet = None
        with_person: tuple[_Own, int] | None = None
        for j in order:
            own = self._own_of(j, 0)
            if (
                kind is None
                and own.authority is not None
                and (publisher := self._own_voice_in_part(j, len(self._sentences[j].low) - 1, own.authority))
            ):
                # the sentence before is the page's own estimate, drawn on the body it names ('Our own estimate,
                # based on the NIS and JCS figures, is ...'): what goes on from it is the page's too
                return publisher, j
            name = own.authority.name if own.authority is not None else None
            if name is not None and not persons and name in self._lexicon.persons:
                continue  # ('It found ...' after 'Zelensky welcomed the report': not the person)
            if name is not None and not persons and _WITH_PERSON.search(name):
                # ... nor, after 'Foreign Minister Cho Tae-yul welcomed it', the body he speaks for, if a body was
                # named before him
                with_person = with_person or (own, j)
                continue
            if name is not None and (kind is None or kind.search(name) or name in also):
                return own, j
            if (
                kind is _KINDS["officer"]
                and name is None
                and (speaker := self._unknown_speaker(j)) is not None
                and _MILITARY_RANK.match(speaker.name)
                and (unknown := self._source_name(speaker.name))
            ):
                # 'Gen. Christopher Cavoli told the Senate ... The general said ...': the officer named by rank
                return _Own(_named_speaker(unknown), own.outlet), j
            if kind is not None:
                continue
            if name is None and (speaker := self._unknown_speaker(j)) is not None:
                # 'Col. Ivan Petrenko told Reuters ... He said ...': the colonel's word, whom no gazetteer lists,
                # by name when the article gives one, else no one's
                unknown = self._source_name(speaker.name)
                if unknown is None and " " not in speaker.name:
                    # 'Choi said' after 'Choi Myung-hwan, 52, served ...'
                    full = self._written_in_full_before(j, speaker.name)
                    unknown = self._source_name(full) if full else None
                if not persons and (unknown is None or BODY_NAME_WORDS.isdisjoint(unknown.split())):
                    continue
                if unknown:
                    return _Own(_named_speaker(unknown), own.outlet), j
                break
            if first_outlet is None and own.outlet is not None and own.outlet.bound:
                first_outlet = own, j
        return first_outlet or with_person

    def _unknown_speaker(self, j: int) -> Speaker | None:
        """Sentence j's speaker whom the gazetteer cannot name (not a lawmaker, who relays a briefing, nor a
        surname of someone named in full before), worked out once."""
        if j not in self._unknown:
            speaker = self._speaker(j)
            if speaker is not None and (
                speaker.kind != "unnamed"
                or (speaker.name and " " not in speaker.name and self._named_before(j, speaker.name))
                # ('according to a report by Nikkei Asia': an outlet the gazetteer names, whose report the outlet
                # path relays)
                or (
                    speaker.name
                    and "according to" in self._sentences[j].low
                    and self._lexicon.outlet_re.fullmatch(speaker.name.lower().removeprefix("the "))
                )
            ):
                speaker = None
            self._unknown[j] = speaker
        return self._unknown[j]

    def _speaker(self, i: int) -> Speaker | None:
        """unnamed_speaker of sentence i, worked out once (its own figures and the sentences after it ask)."""
        if i not in self._speakers:
            sentence = self._sentences[i]
            self._speakers[i] = unnamed_speaker(sentence.text, sentence.low)
        return self._speakers[i]

    def _resolve_generic(self, mention: Mention, i: int) -> str:
        """A country's unnamed voice ('the South Korean official') stands for the body of that country named
        last before it ('a South Korean defence ministry official'), else for the one body the article names."""
        if not mention.stands_for_body or mention.country is None:
            return mention.name
        # what the voice says it serves limits the bodies it may stand for: 'a South Korean intelligence official'
        # the NIS, 'a ... military official' the JCS or the defence ministry, 'a ... government official' none
        serves = _SERVES.search(mention.name) if mention.name.endswith(_UNNAMED_NOUNS) else None
        if serves is not None and serves.lastgroup == "none":
            return mention.name
        fits = _SERVED[serves.lastgroup] if serves is not None and serves.lastgroup else None
        naming = self._names.naming_sentences()
        before = bisect_left(naming, i)
        for j in reversed(naming[max(0, before - _REFERS_BACK_REACH) : before]):  # the body named lately
            for match in reversed(self._scans.sources(j)):
                if (
                    match.rank >= 3
                    and self._lexicon.body_countries.get(match.name) == mention.country
                    and (fits is None or fits.search(match.name))
                ):
                    return match.name
        bodies = {
            body
            for body in self._names.specific_bodies().get(mention.country, set())
            if fits is None or fits.search(body)
        }
        if len({body.split(" (")[0] for body in bodies}) != 1:
            return mention.name  # none, or several bodies: the voice is not one of them
        # one body, perhaps also named with its person ('Ukraine HUR' and 'Ukraine HUR (Skibitskyi)')
        people = sorted(body for body in bodies if " (" in body)
        return people[0] if len(people) == 1 else min(bodies, key=len)


# 'a senior Ukrainian official told the FT', 'citing an unnamed US official': one informant (not 'the official')
_ONE_OFFICIAL = re.compile(r"\b(?:an?|one)\s+(?:(?:senior|top|high-ranking|unnamed|ranking)\s+)?\S?$")


def _tag_after_quotation(text: str) -> str | None:
    """The words after the mark closing a quotation that ends in the sentence (' he said.' of 'They go by sea," he
    said.'), lower-cased; None when the sentence closes none or ends with its quotation."""
    if text.count('"') % 2 == 0 and text.count("”") <= text.count("“"):
        return None  # no quotation left open from before closes here ('... "rounds" ...' is one of its own)
    close = max(text.rfind(mark) for mark in '"”')
    tag = text[close + 1 :].strip(" ,").lower()
    return tag or None


def _meets(low: str, start: int, end: int) -> bool:
    """Whether a leader named in passing meets another: 'since Kim Jong Un met Vladimir Putin'."""
    return bool(_MET_BEFORE.search(low, max(0, start - 40), start) or _MEETS_THEN_BY.match(low, end))


_MET_BEFORE = re.compile(
    r"\b(?:met|meets|meeting|visited|visiting|hosted|hosting|summit\s+with|talks\s+with)\s+(?:with\s+)?"
    r"(?:(?:russian|north\s+korean)\s+)?(?:(?:president|leader)\s+)?$"
)
# ... or one who meets, in a clause of time that says nothing ('since Kim Jong Un met Vladimir Putin')
_MEETS_THEN_BY = re.compile(
    r"\s+(?:met|meets|visited|hosted|held\s+talks\s+with)\s+[^,;.]{0,40}?(?:[,;.]|$)(?<!said[,;.])"
)


def _only_publishes(low: str, mention: Mention) -> bool:
    """Whether the mention only published a report another wrote: 'The MSMT, whose findings Seoul's foreign
    ministry released, counted ...', 'Its first report, released on 29 May by Seoul's foreign ministry, ...'."""
    if _RELEASER_IN_WHOSE.search(low, max(0, mention.start - 40), mention.start):
        return _RELEASED_AFTER.match(low, mention.end) is not None
    return (
        _RELEASED_BY_BEFORE.search(low, max(0, mention.start - 40), mention.start) is not None
        and _THEIR_REPORT.search(low, max(0, mention.start - 90), mention.start) is not None
    )


def _distance(mention: Mention, position: int) -> int:
    return mention.start - position if mention.start >= position else position - mention.end


def _named_speaker(name: str) -> Mention:
    """A speaker no gazetteer lists, as a bound mention under the name the article gives."""
    return Mention(name, 2, 0, 0, True, None)
