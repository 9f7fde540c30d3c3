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

from core.extract.carried_speaker import _IT_SPEAKS, _KINDS, _SPEAKING_AFTER, _CarriedSpeaker
from core.extract.own_speaker import (
    _CONTRAST_NEXT,
    _CONTRAST_WORDS,
    _closes_the_sentence,
    _comment_after,
    _Own,
    _speaks_of_compared,
)
from core.extract.page_voice import _FIRST_PERSON
from core.extract.speaker_names import _named_speaker
from core.extract.speakers import Mention
from core.extract.speech import (
    QUOTE_OPEN,
    SPEECH,
    cited_person,
    denier_of_reports,
    in_quotation,
    in_unnamed_reports,
    lawmaker_title,
    lawmakers_were_told,
    meeting_place,
    points_back,
    referent_kind,
    refers_back,
    segment,
    told_place,
)
from core.phrases import has_any

_IT_WARNS = re.compile(r"\bit\s+(?:\w+\s+)?(?:warned|cautioned|cautions|warns)\b")
_OWN_FINDINGS = re.compile(r"\b(?:his|her|their)\s+own\b")
_HE_OR_SHE = re.compile(r"(?:he|she)\b")
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
# A report someone would not confirm, by an outlet: 'declined to confirm a report by Japan's Asahi Shimbun that',
# 'could not confirm a Kyodo News report that'
_UNCONFIRMED_REPORT = re.compile(
    r"\b(?:not|never|declined\s+to|refused\s+to|unable\s+to)\s+(?:immediately\s+|independently\s+)?confirm\s+"
    r"(?:an?|the)\s+(?:[\w'’.-]+\s+){0,5}?reports?\b(?:\s+by\s+(?:[\w'’.-]+\s+){1,5}?)?\s*(?:that|of)\b"
)
_OWN_CLAUSE_AFTER = re.compile(r"\b(?:but|while|saying|adding|and\s+said)\b|;")
# the line naming an embedded post's account: 'HUR of the Ministry of Defence of Ukraine ✓', '... | Telegram'
_ACCOUNT_LINE = re.compile(
    r"[✓✔☑]|\|\s*(?:telegram|x|twitter|facebook)\s*\]?$|\(@\w+\)|^\s*@\w+|^\W*(?:telegram|twitter|facebook)\s*[—–:|-]",
    re.IGNORECASE,
)
_PLATFORM_LABEL = re.compile(r"\s*\[\s*(?:telegram|twitter|facebook|x)\s*[—–:|-][^\]]+\]\s*$", re.IGNORECASE)
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
_OF_THOSE = re.compile(r"(?:of|among)\s+(?:them|those|these)\b")
# a body that answers a figure, not the one that gave it: 'The Royal United Services Institute disputed the figure.'
_DISPUTES = re.compile(r"\b(?:disput|reject|den(?:y|ied|ies)|question|doubt|challeng|contest|dismiss)\w*")
_HEADLINE_REACH = 8  # sentences from a headline to its lead (bylines and dates between)
_LEAD_MIN = 80  # a lead is a sentence, not a byline or a date line

# A speaker described but not yet named, whom the next sentence names: 'a state-run think tank estimated'; a body
# described by its members or its purpose ('an 11-nation group said', 'a team set up to monitor sanctions said').
_DESCRIBED_BODY = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:think\s+tank|research\s+(?:institute|group|cent(?:er|re))|institute|"
    r"monitoring\s+(?:group|team|body)|watchdog|[\w]+-(?:nation|country|member)\s+(?:group|team|body|panel|coalition)|"
    r"(?:group|team|body|panel)\s+(?:set\s+up|created|formed|established|launched)\s+to\s+monitor)\b"
)
_DESCRIBED_SPEAKS = re.compile(_SPEAKING_AFTER)


def _described_body_speaks(low: str) -> bool:
    """Whether a body described but not named speaks ('an 11-nation group set up to monitor sanctions said')."""
    described = _DESCRIBED_BODY.search(low)
    return described is not None and _DESCRIBED_SPEAKS.match(low, described.end()) is not None


# An outlet's own unnamed sources, who speak for no body ('a source in North Hamgyong Province', 'another source',
# 'according to the sources'): once the article has them tell the outlet ('..., a source in Rason told Daily NK'),
# what they say elsewhere is that outlet's reporting too.
_SOURCE_DETERMINER = r"(?:an?|the|another|one|two|three|several|multiple|other|both)"
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


class Attributions(_CarriedSpeaker):
    """The source of each figure of one article, worked out lazily and once per sentence."""

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

    def _under_own_lead(self, i: int) -> bool:
        """Whether sentence i goes on right under a lead in the page's own voice, ending in a colon ('Here is what
        we found when we checked Budanov's claims:'), whatever speaker the lead names."""
        if i == 0 or not self._sentences[i - 1].text.rstrip().endswith(":"):
            return False
        lead = self._sentences[i - 1].low
        return (
            re.search(r"\bwe\s+(?:\w+\s+)?(?:found|find|checked|counted|tallied|estimate|assessed)\b", lead) is not None
        )

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

    def _next_points_back(self, i: int) -> bool:
        """'... 11,000 troops. That is according to the Pentagon.'"""
        return i + 1 < len(self._sentences) and points_back(self._sentences[i + 1].low)

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
