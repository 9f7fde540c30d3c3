"""Carrying a speaker across sentences for attribution (core/extract/attribution.py): a speaker named before or
after, a quotation's speaker, a list's lead, a pronoun or noun that refers back, the nearest speaker."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import takewhile
from typing import Literal

from core.extract.own_speaker import _DENIES_RIGHT_AFTER, _Own
from core.extract.page_voice import _PageVoice
from core.extract.people import MILITARY_RANK
from core.extract.speaker_names import _REFERS_BACK_REACH, _named_speaker
from core.extract.speakers import Mention
from core.extract.speech import (
    QUOTE_OPEN,
    RESEARCH_STAFF,
    SPEECH,
    continues,
    in_quotation,
    introduces_list,
    is_list_item,
    points_back,
    quotes,
    referent_kind,
    referent_noun,
    refers_back,
    turns_to_another_matter,
    voices_its_own_unnamed,
)
from core.phrases import has_any
from core.voices import BODY_NAME_WORDS

_IT_SPEAKS = re.compile(
    r"\bit\s+(?:\w+\s+)?(?:said|says|estimated|estimates|added|noted|found|reported|concluded|put)\b"
)
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
# How far back in its paragraph a sentence without a speaker takes the last one: a journalist's paragraph is one
# speaker's ('The NIS said ... Pyongyang has sent 11,000. Another 3,000 arrived in January.'); a long paragraph
# is likely scraped text run together (a whole article in one line), where only the sentence just before holds.
_PARAGRAPH_REACH = 3  # sentences
_PARAGRAPH_REACH_LONG = 1
_LONG_PARAGRAPH = 6  # sentences
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
_QUOTE_LABEL = ("Quote: ", "Quote:\u00a0")
_LIST_REACH = 15  # items of a list under its lead
_QUOTE_REACH = 5  # sentences of one quotation before its speaker is named
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
# a lead that gives a speaker's words after it: 'Kim Jong Un said at the ceremony:', 'Budanov told reporters:'
_LEAD_SPEAKS = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|declared|declares|stated|states|added|adds)\b[^,;]{0,40}:\s*$"
)
_QUOTE_CLOSES = re.compile(r"[,?!][\"”’']\s")  # "'...,' he said": a quotation closed before its speaker


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
# a body whose end is told ('after Russia's veto killed the UN panel of experts', 'having wrecked the reputation of the
# UN Panel of Experts'): 'the report' further on is not its (its successor's, named before)
_ENDED_BEFORE = re.compile(
    r"\b(?:killed|scrapped|replaced|successor\s+to|wrecked\s+the\s+reputation\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# ... unless the sentence tells that body's own report too, by the body's own noun ('killed the UN panel of experts,
# weeks after the panel's final report came out'; not 'its debut report', the successor's as often as not)
_ITS_OWN_REPORT = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)(?:['’]s|s['’])\s+(?:[\w-]+\s+)?report\b")
# '4,000, higher than the NIS figure': a figure compared with is another speaker's, not this one's.
# estimates no one owns, as the sentence's subject: 'Estimates of the number of soldiers sent, initially put at 11,000,
# have since risen to about 15,000'; 'Estimates vary from 600 to 2,000'
_UNOWNED_ESTIMATES = re.compile(
    r"(?:but\s+|yet\s+|still,?\s+)?estimates\s+(?:of|for|on|vary|varied|range|ranged|differ|differed)\b"
)

# A source or official speaking, whom 'the source said', 'the official added' may refer back to: 'a source
# familiar with the matter said', 'according to a Ukrainian intelligence source', 'a senior US defense official told'
_SPEAKING_AFTER = (
    r"[^.;\"“”]{0,80}?\b(?:said|says|say|told|tells|added|adds|claimed|claims|estimated|estimates?|reported|quoted|"
    r"cited|warned|warns|believes?|believed|noted|stated|confirmed|suggested|assessed|indicated|revealed|disclosed|"
    r"explained|put)\b"
)


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
# people an outlet does not name: 'people familiar with the matter', 'a person briefed on the plans'
# the one source or official referred back to ('the official said', 'according to the source'), and one met before
_THE_ONE = {noun: re.compile(rf"\bthe\s+(?:[a-z'’-]+\s+){{0,2}}?{noun}\b") for noun in ("source", "official")}
_ONE_OF = {noun: re.compile(rf"\b{noun}\b") for noun in ("source", "official")}


class _CarriedSpeaker(_PageVoice):
    """Attributions' part that works out a speaker carried from other sentences (see attribution.py)."""

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


def _tag_after_quotation(text: str) -> str | None:
    """The words after the mark closing a quotation that ends in the sentence (' he said.' of 'They go by sea," he
    said.'), lower-cased; None when the sentence closes none or ends with its quotation."""
    if text.count('"') % 2 == 0 and text.count("”") <= text.count("“"):
        return None  # no quotation left open from before closes here ('... "rounds" ...' is one of its own)
    close = max(text.rfind(mark) for mark in '"”')
    tag = text[close + 1 :].strip(" ,").lower()
    return tag or None
