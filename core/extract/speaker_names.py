"""Persons and their titles as attribution names them (core/extract/attribution.py): a surname written in full
before, the gazetteer's name of a speaker, an official of a country, and the labelled speakers of interviews and
transcripts."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from core.extract.own_speaker import _Own, _OwnSpeaker
from core.extract.people import MILITARY_RANK, person_named, without_rank
from core.extract.speakers import Mention
from core.extract.speech import (
    Speaker,
    lawmaker_title,
)
from core.lexicon import on_outlets_site, person_of
from core.phrases import has_any
from core.voices import BODY_NAME_WORDS, PLACE_NAME_WORDS

_REFERS_BACK_REACH = 40  # sentences
# a lawmaker's title right before their name in full: 'Rep. Han Jae-kyung', 'lawmaker Lee Seong-kweun' ('Rep. Han' +
# given names, or a first name before the surname)
_LAWMAKER_BEFORE_NAME = re.compile(
    r"\b(?:Rep\.|Representative|[Ll]awmaker|[Ll]egislator|Assemblyman|Assemblywoman)\s+(?:[A-Z][\w'’-]+\s+)?$"
)
# the person an interview's introduction names: 'Col. Mindaugas Stankus has led', 'Ahn Chan-il, a defector'
_INTRODUCED_PERSON = re.compile(
    rf"(?:^(?=[^,]{{3,30}},)|\b(?:[A-Z]{{2,}}\s+-+\s+|(?:{MILITARY_RANK}|(?:Dr|Prof|Mr|Ms|Mrs)\.?\s)\s*))"
    r"(?P<name>[A-Z][a-z'’]+(?:(?:\s+[A-Z]|-[A-Za-z])[a-z'’]+){1,2})(?=,|\s+(?:has|had|is|was|heads|led|leads)\b)"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# acronyms that name a country or any country's office, not one body: 'The DPRK said', 'the MOD said'
_NOT_A_BODY = frozenset("DPRK ROK KPA MOD MND MOFA OSINT US UK EU UN USA".split())
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
_RELEASE_HEAD = 8  # sentences at the top of a page where its label and issuer stand
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


# the role a 'NAME, TITLE:' label gives a person (not a dateline's 'SEOUL, SOUTH KOREA:', nor 'EDITOR'S NOTE, UPDATED:')
_LABEL_ROLE = re.compile(
    r"\b(?:ADVIS[EO]R|SECRETARY|ANCHOR|CORRESPONDENT|REPORTER|HOST|SPOKES(?:MAN|WOMAN|PERSON)|MINISTER|AMBASSADOR|"
    r"DIRECTOR|ANALYST|PROFESSOR|FELLOW|OFFICER|GENERAL|ADMIRAL|COLONEL|COMMANDER|PRESIDENT|CHIEF|CHAIR(?:MAN|WOMAN)?|"
    r"SENATOR|REPRESENTATIVE|EXPERT|RESEARCHER|EDITOR|ENVOY|OFFICIAL|HEAD|DEPUTY|LAWMAKER|COORDINATOR|"
    r"PRESENTER|MODERATOR|INTERVIEWER|NARRATOR)S?\b"
)


def _is_person_with_a_role(label: re.Match[str]) -> bool:
    return len(label["name"].split()) >= 2 and _LABEL_ROLE.search(label["title"]) is not None


class _SpeakerNames(_OwnSpeaker):
    """Attributions' part that works out speakers' names: persons, titles, officials, interview labels."""

    def _lawmaker_before(self, i: int) -> str | None:
        """The lawmaker who spoke last in the sentences just before i, by name, if one did."""
        for j in range(i - 1, max(-1, i - 1 - _REFERS_BACK_REACH), -1):
            speaker = self._speaker(j)
            if speaker is not None:
                return self._source_name(speaker.name) if speaker.kind == "lawmaker" else None
        return None

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

    def _service_of_lawmakers(self, low: str) -> str | None:
        """The service of the lawmakers' country, where the article names services of several ('South Korean
        lawmakers were told' in a story that also cites Ukraine's HUR: the NIS briefed them)."""
        title = lawmaker_title(low)
        country = self._lexicon.voices.country_before(low, title) if title is not None else None
        return self._names.intelligence_service_of(country) if country is not None else None

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


def _named_speaker(name: str) -> Mention:
    """A speaker no gazetteer lists, as a bound mention under the name the article gives."""
    return Mention(name, 2, 0, 0, True, None)
