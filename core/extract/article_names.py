"""What an article names, worked out once and shared by the attribution of all its figures: the sentences that can
name a source and those that speak, the outlet named last before a sentence, people named in full (whose surname
stands for them later), the article's one intelligence service, the bodies of each country it names, and whether it
is set at the United Nations."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Literal, Protocol

from core.extract.people import MEMBER_BEFORE, person_named, without_rank
from core.extract.sentences import Sentence
from core.extract.speech import SPEECH
from core.lexicon import Lexicon, SourceMatch, names_the_person, person_of
from core.phrases import has_any, normalise
from core.voices import DESCRIBED_WORD, DESCRIBED_WORDS, Voice, bare_kind, described_outlets

# a body that says nothing: 'did not immediately respond to a request for comment', 'declined to comment'
_NO_COMMENT = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|would\s+not|refused\s+to|declined\s+to)\s+(?:immediately\s+)?"
    r"(?:respond|reply|return|comment(?:ed)?)\b"
    r"|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b|\bno\s+immediate\s+comment\b"
)
_NO_COMMENT_WORDS = ("respond", "reply", "return", "comment", "reached")  # (its words: a cheap look first)
# the UN, or its Security Council (not Russia's: 'Russian Security Council Secretary Sergei Shoigu')
_UN = re.compile(
    r"\b(?:UN|U\.N\.|United Nations)\b"
    r"|(?<!Russia's )(?<!Russian )(?<!Russia )(?<!National )\bSecurity Council\b"
    r"(?!\s+(?:[Ss]ecretary|of\s+(?:Russia|the\s+Russian)))"
)
# A dateline's place, opening one of the page's first lines: 'TOKYO - ...', 'SEOUL, Nov. 21 (Yonhap) -- ...'
# (a city's name, then a date, an agency in brackets or a spaced dash; not a headline's 'NORTH KOREA - RUSSIA TIES'
# nor 'US-South Korean intelligence')
_DATELINE_PLACE = re.compile(
    r"(?:(?P<place>[A-Z][A-Z.]+(?: [A-Z][A-Z.]+)?)"
    r"(?:(?:,[\w. ]{2,20})?\s*\([\w .-]{1,20}\)\s*[-–—]{1,2}|,[\w. ]{2,20}\s*[-–—]{1,2}"
    r"|\s+[-–—]{1,2}\s|\s*[—–]\s)"
    # ... or a city in title case, then a date and an agency in brackets: 'Tokyo, May 2 (Jiji Press)--'
    r"|(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?),[\w. ]{2,20}\([\w .-]{1,20}\)\s*[-–—]{1,2})"
    r"(?=.{40})"  # a story follows
)
_DOCUMENT_PAPER = re.compile(r"\b(?:white|policy|research|discussion|working|position|defen[cs]e)\s+paper\b")
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")  # 'Kim Jong Un' is not 'Kim', the minister named before
# 'South Korea's Defense Intelligence Agency (DIA)': the short name an article gives a body, used after it
_MEMBER_HINT = re.compile(r"\b(?:of|at|from|with)\s+(?:the\s+)?[A-Z]")
_DEFINES_SHORT_NAME = re.compile(r"\((?P<short>[A-Z]{2,6})\)")
_NAMED_WITH_A_COUNTRY = re.compile(r"\s+of\b")
# ... a short name that is part of a longer one: a capitalised word, 'of' or a possessive before it, or a
# capitalised word or 'of' after it
_NAME_GOES_ON_BEFORE = re.compile(r"(?:\b[A-Z][\w.-]*|\bof|['’]s)\s+$")
_NAME_GOES_ON_AFTER = re.compile(r"\s+(?:[A-Z0-9]|of\b)")
_WORDS_BEFORE = re.compile(r"[\w.'’]+(?:\s+[\w.'’]+)?\s+$")  # the one or two words right before, no comma between


class SentenceSources(Protocol):
    def sources(self, i: int) -> list[SourceMatch]: ...

    def words(self, i: int) -> list[str]: ...


class ArticleNames:
    """Names an article's sentences hold, each looked up lazily and once."""

    def __init__(
        self, sentences: list[Sentence], lexicon: Lexicon, scans: SentenceSources, url: str | None = None
    ) -> None:
        self._sentences = sentences
        self._url = url
        self._lexicon = lexicon
        self._scans = scans
        self._service: str | bool | None = False
        self._military: str | bool | None = False
        self._staff: str | bool | None = False  # (general_staff)
        self._document_paper: int | bool | None = False  # the first sentence naming a white paper, policy paper...
        self._naming: list[int] | None = None
        self._outlets: list[tuple[int, str]] | None = None  # (sentence, outlet named last in it), in order
        self._speech: list[int] | None = None
        self._specific: dict[str, set[str]] | None = None
        self._surnames: dict[str, str] = {}  # of people named in full so far, lower-cased -> source name
        self._surname_re: re.Pattern[str] | None = None
        self._scanned_to = -1
        self._un: bool | None = None
        self._officials_to = -1  # sentences scanned for officials named with title and country
        self._any_official = False
        self._official_voices: dict[int, list[Voice]] = {}
        self._short_names: list[tuple[int, str, str]] | None = None  # (sentence, short name, body), in order
        self._members: list[tuple[int, str, str]] | None = None  # (sentence, surname, 'Org (Person)'), in order
        self._organisations: dict[int, list[Voice]] = {}
        self._outlet_spans: dict[int, list[tuple[int, int]]] = {}
        self._describing: dict[int, bool] = {}
        self._datelines: list[tuple[int, str, int]] | None = None  # (sentence, country, end) of each, in order

    def dateline_country(self, i: int) -> str | None:
        """The country of the last dateline at or before sentence i ('TOKYO -'; a live page has one per entry)."""
        if self._datelines is None:
            self._datelines = []
            for j, sentence in enumerate(self._sentences):
                if dateline := _DATELINE_PLACE.match(sentence.text):
                    country = self._lexicon.voices.city_country((dateline["place"] or dateline["city"]).lower())
                    if country is not None and country != "EU":  # Brussels is the EU's and NATO's
                        self._datelines.append((j, country, dateline.end()))
        before = [(j, country) for j, country, _ in self._datelines if j <= i]
        if not before:
            return None
        j, country = before[-1]
        if len(self._datelines) > 1 and self._sentences[j].paragraph != self._sentences[i].paragraph:
            return None  # a live page: each dateline is its entry's, not the undated entries' after it
        return country

    def home_country(self, i: int) -> str | None:
        """The country sentence i is filed from (dateline_country), else the country whose own press the page is
        (by its address, else by its masthead)."""
        return self.dateline_country(i) or self._lexicon.press_country(self._url) or self.masthead_country()

    def masthead_country(self) -> str | None:
        """The country whose own press names itself in the page's first line ('The Chosun Ilbo | English
        Edition')."""
        if not self._sentences:
            return None
        first = self._sentences[0].text
        found = self.outlet_spans(0)
        if not found or len(first) > 60 or len(first) > found[0][1] + 30 or ":" in first:
            return None  # a headline citing an outlet ('Yonhap cites NIS: ...') is no masthead
        start, end = found[0]
        return self._lexicon.press_of(self._lexicon.outlet_name(self._sentences[0].text[start:end]))

    def dateline_end(self, i: int) -> int:
        """Where sentence i's dateline ends ('WASHINGTON, Jan. 5 (Yonhap) -- '), 0 when it opens with none."""
        self.dateline_country(i)  # (finds the datelines)
        return next((end for j, _, end in self._datelines or () if j == i), 0)

    def naming_sentences(self) -> list[int]:
        """Sentences with a word that can start a source name: only these are scanned for an article's sources
        (scanning is most of an article's cost)."""
        if self._naming is None:
            starters = self._lexicon.source_starters
            self._naming = [j for j in range(len(self._sentences)) if not starters.isdisjoint(self._scans.words(j))]
        return self._naming

    def speaking(self) -> list[int]:
        """Sentences that name a source and have a word of speech: only there can an authority say anything."""
        if self._speech is None:
            self._speech = [j for j in self.naming_sentences() if SPEECH.search(self._sentences[j].low)]
        return self._speech

    def at_un(self) -> bool:
        """Whether the article is set at the United Nations (its ambassadors are those to the UN)."""
        if self._un is None:
            self._un = any(_UN.search(sentence.text) for sentence in self._sentences)
        return self._un

    def paper_is_a_document(self, i: int) -> bool:
        """Whether 'the paper' in sentence i is a document named before ('the white paper'), not a newspaper."""
        if self._document_paper is False:
            self._document_paper = next(
                (j for j, sentence in enumerate(self._sentences) if _DOCUMENT_PAPER.search(sentence.low)), None
            )
        return self._document_paper is not None and self._document_paper <= i

    def outlet_before(self, i: int) -> str | None:
        """The outlet named last before sentence i ('the newspaper' refers to it)."""
        if self._outlets is None:
            self._outlets = []
            for j, sentence in enumerate(self._sentences):
                found = self.outlet_spans(j)
                if found:
                    self._outlets.append((j, self._lexicon.outlet_name(sentence.text[found[-1][0] : found[-1][1]])))
        k = bisect_left(self._outlets, (i,))
        return self._outlets[k - 1][1] if k else None

    def surnames_in(self, i: int) -> list[tuple[int, int, str]]:
        """Surnames of people named in full in sentences before i, capitalised as names: (start, end, source)."""
        surname_re = self._lexicon.surname_re
        officials = self._officials_before(i)
        if not officials and (surname_re is None or not surname_re.search(self._sentences[i].low)):
            return []  # no surname of anyone in the gazetteer or named before by title: nothing to look back for
        naming = self.naming_sentences()
        for j in naming[bisect_right(naming, self._scanned_to) : bisect_left(naming, i)]:
            low = self._sentences[j].low
            for match in self._scans.sources(j):
                person = low[match.start : match.end]
                if person in self._lexicon.people or (
                    " " in person.replace("-", " ") and names_the_person(match.name, person)
                ):
                    for surname in {person.split()[0], person.split()[-1]}:
                        self._surnames[normalise(surname)] = match.name
                    self._surname_re = None
        self._scanned_to = max(self._scanned_to, i - 1)
        if not self._surnames:
            return []
        if self._surname_re is None:
            words = "|".join(re.escape(w) for w in sorted(self._surnames, key=len, reverse=True))
            self._surname_re = re.compile(rf"\b(?:{words})\b(?![\w-])")
        sentence = self._sentences[i]
        return [
            (m.start(), m.end(), self._surnames[m.group()])
            for m in self._surname_re.finditer(sentence.low)
            if sentence.text[m.start()].isupper() and not _NAME_GOES_ON.match(sentence.text, m.end())
        ]

    def short_names_in(self, i: int) -> list[tuple[int, int, str]]:
        """Short names that sentences before i (or i itself) gave a body the gazetteer knows, where sentence i uses
        them: (start, end, body). 'DIA' alone could be any country's; after 'South Korea's Defense Intelligence
        Agency (DIA)' it is that one."""
        if self._short_names is None:
            self._short_names = []
            for j, sentence in enumerate(self._sentences):
                for defined in _DEFINES_SHORT_NAME.finditer(sentence.text):
                    named = next(
                        (m for m in self._scans.sources(j) if m.rank >= 2 and m.end <= defined.start() <= m.end + 2),
                        None,
                    )
                    if named is not None:
                        self._short_names.append((j, defined["short"], named.name))
        text = self._sentences[i].text
        found: list[tuple[int, int, str]] = []
        for j, short, body in self._short_names:
            if j <= i and short in text:
                found += [
                    (m.start(), m.end(), body)
                    for m in re.finditer(rf"\b{re.escape(short)}\b", text)
                    # (not within another country's full name: 'the Defence Intelligence of the Ministry of
                    # Defence of Ukraine', "Ukraine's Defence Intelligence")
                    if not _NAMED_WITH_A_COUNTRY.match(text, m.end())
                    and not (
                        (word := _WORDS_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                        and self._lexicon.voices.names_a_country(word.group().lower())
                    )
                ]
        return found + self._without_country_word(i)

    def _without_country_word(self, i: int) -> list[tuple[int, int, str]]:
        """'UK Defence Intelligence says ...', later 'Defence Intelligence said': a body's capitalised name
        without its country word, standing alone ('Israeli Military Intelligence', 'the Main Directorate of
        Military Intelligence', 'Air Force One' are other names), is the body last named in full before it."""
        text, low = self._sentences[i].text, self._sentences[i].low
        found: list[tuple[int, int, str]] = []
        for rest in {rest for rest in self._lexicon.country_dropped_rests if rest in low}:
            namings = [
                (j, body)
                for _, alias, body in self._lexicon.country_dropped
                if _ == rest
                for j in range(i + 1)
                if alias in self._sentences[j].low and self._names_in_full(j, alias, body)
            ]
            if not namings:
                continue
            body = max(namings, key=lambda named: named[0])[1]
            found += [
                (m.start(), m.end(), body)
                for m in re.finditer(rf"\b{re.escape(rest)}\b", low)
                if text[m.start()].isupper()
                and not _NAME_GOES_ON_BEFORE.search(text, 0, m.start())
                and not _NAME_GOES_ON_AFTER.match(text, m.end())
            ]
        return found

    def _names_in_full(self, j: int, alias: str, body: str) -> bool:
        """Whether sentence j names `body` by `alias` as a source, capitalised ('UK Defence Intelligence')."""
        start = self._sentences[j].low.find(alias)
        return self._sentences[j].text[start].isupper() and any(
            m.name == body and m.start <= start < m.end for m in self._scans.sources(j)
        )

    def bare_body_owner(self, i: int, start: int, end: int, country: str) -> tuple[str, str] | None:
        """Whose a defence ministry named bare at [start, end) of sentence i is, where that is not `country`, the
        gazetteer's ('the defence ministry' is Seoul's there): the country of the defence ministry named last
        before it ("Britain's defence ministry said ... The defence ministry added"), else the country the story is
        filed from or whose own press the page is ('LONDON -- ... the Ministry of Defence'). (source name,
        country), or None to keep the gazetteer's."""
        low = self._sentences[i].low
        if bare_kind(low[start:end]) != "defence" or not self._is_bare(low, start, end):
            return None  # 'the spy agency' on this beat is Seoul's, whoever's intelligence spoke before
        if "department" in low[start:end]:
            return None  # a bare 'Defense Department' is Washington's, whoever's ministry was named before
        home = self.home_country(i)
        if home == country:
            return None  # on Seoul's own press (or filed from Seoul) the defence ministry is Seoul's
        owner = self._defence_ministry_before(i, start, country)
        if owner is None and home and not self._names_before(i, country):
            owner = (self._lexicon.voices.body_of(home, low[start:end]), home)
        return owner if owner is not None and owner[1] != country else None

    def home_namesake(self, i: int, start: int, end: int, name: str, country: str) -> tuple[str, str] | None:
        """The body of the same name of the country sentence i is filed from, where the gazetteer knows one and the
        body named bare at [start, end) is another country's ('the Defense Intelligence Agency' is Seoul's, but
        Washington's on a page filed from Washington): (source name, country), or None."""
        home = self.home_country(i)
        if home is None or home == country or not name.startswith(f"{country} "):
            return None
        namesake = f"{home} {name.removeprefix(f'{country} ')}"
        low = self._sentences[i].low
        known = self._lexicon.source_countries.get(namesake) == home
        return (namesake, home) if known and self._is_bare(low, start, end) else None

    def _names_before(self, i: int, country: str) -> bool:
        """Whether sentences up to i name `country` ('according to South Korea', "Seoul's spy agency"): then a
        bare body is that country's, not the page's."""
        voices = self._lexicon.voices
        return any(voices.names_country(self._sentences[j].low, country) for j in range(i + 1))

    def _is_bare(self, low: str, start: int, end: int) -> bool:
        """Whether the body named at [start, end) of `low` is named without its country, as any country's could
        be: 'the defence ministry', not "Seoul's defence ministry", 'the Ministry of Defence of Japan' or 'MND'."""
        voices = self._lexicon.voices
        return (
            not voices.names_a_country(low[start:end])
            and voices.country_before(low, start) is None
            and voices.country_after(low, end) is None
        )

    def _defence_ministry_before(self, i: int, start: int, bare_country: str) -> tuple[str, str] | None:
        """The defence ministry named with its country last before `start` of sentence i: (source name,
        country); None where that is its document and the passage has turned to `bare_country` (the
        gazetteer's) since."""
        lexicon = self._lexicon
        naming = self.naming_sentences()
        for j in reversed(naming[: bisect_right(naming, i)]):
            low = self._sentences[j].low
            for match in reversed(self._scans.sources(j)):
                if j == i and match.start >= start:
                    continue
                phrase = low[match.start : match.end]
                if (bare_kind(phrase) or bare_kind(match.name.lower())) != "defence":
                    continue
                if "paper" in phrase and self._turns_to(bare_country, j, i, start):
                    # "Japan's defense white paper ... Meanwhile in Seoul, the Defense Ministry said": a ministry's
                    # paper is no ministry speaking, and the passage is the gazetteer's country's again
                    return None
                country = lexicon.source_countries.get(match.name)
                if country and (other := lexicon.voices.other_country(low, match.start, match.end, country)):
                    return other  # "Britain's defence ministry"
                if (after := lexicon.voices.country_after(low, match.end)) is not None:
                    return lexicon.voices.body_of(after, phrase), after  # 'the Ministry of Defence of Japan'
                if country and (bare_kind(phrase) is None or not self._is_bare(low, match.start, match.end)):
                    # "Seoul's defence ministry"; a name no other country's body shares ('the MND', 'Shin Won-sik',
                    # 'Gen Nakatani'): the body, not its person
                    return match.name.split(" (")[0], country
        return None

    def _turns_to(self, country: str, j: int, i: int, start: int) -> bool:
        """Whether the words before `start` of sentence i, or the sentence before it (if after sentence j), name
        `country` or an outlet of its own press ('Seoul's foreign ministry summoned ...', 'The Korea Herald')."""
        stretches = [(i, start)] + ([(i - 1, len(self._sentences[i - 1].low))] if i - 1 > j else [])
        for k, end in stretches:
            if self._lexicon.voices.names_country(self._sentences[k].low[:end], country):
                return True
            spans = self.outlet_spans(k)
            if any(
                s < end and self._lexicon.press_of(self._lexicon.outlet_name(self._sentences[k].text[s:e])) == country
                for s, e in spans
            ):
                return True
        return False

    def organisations(self, j: int) -> list[Voice]:
        """Research and monitoring bodies sentence j names by the shape of their name (looked for once)."""
        if j not in self._organisations:
            described = self._describes(j)
            self._organisations[j] = self._lexicon.voices.organisations(self._sentences[j].text, described)
        return self._organisations[j]

    def outlet_spans(self, j: int) -> list[tuple[int, int]]:
        """Where sentence j names outlets, in order, looked for once: the gazetteer's, and those named after what
        they are, whole ('the investigative outlet Sibirskaya Pravda', not the gazetteer's 'Pravda' inside it)."""
        if j not in self._outlet_spans:
            sentence = self._sentences[j]
            known = self._lexicon.outlet_spans(sentence.text, sentence.low)
            described = described_outlets(sentence.text) if self._describes(j) else []
            outside = [(s, e) for s, e in known if not any(ds <= s and e <= de for ds, de in described)]
            self._outlet_spans[j] = sorted({*described, *outside}) if described else known
        return self._outlet_spans[j]

    def _describes(self, j: int) -> bool:
        """Whether sentence j has a word saying what a body or outlet is ('group', 'outlet', 'daily'); both its
        outlets and its organisations ask."""
        if j not in self._describing:
            low = self._sentences[j].low
            self._describing[j] = has_any(low, DESCRIBED_WORDS) and DESCRIBED_WORD.search(low) is not None
        return self._describing[j]

    def shares_surname(self, surname: str, person: str) -> bool:
        """Whether the article names someone else with the same surname ('Kim Jong Un' beside 'Kim Dong-yub')."""
        pattern = re.compile(rf"\b{re.escape(surname)}\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
        return any(
            not person.startswith(match.group()) and not match.group().startswith(person)
            for sentence in self._sentences
            if surname in sentence.text
            for match in pattern.finditer(sentence.text)
        )

    def members_in(self, i: int) -> list[tuple[int, int, str]]:
        """Surnames of people introduced before sentence i as members of an organisation ('Hana Seo, a senior
        fellow at the Pacific Strategy Forum'), where sentence i uses them: (start, end, 'Org (Person)')."""
        if self._members is None:
            self._members = []
            for j, sentence in enumerate(self._sentences):
                if not _MEMBER_HINT.search(sentence.text):
                    continue  # no 'of', 'at', 'from' or 'with' before a name: no member named
                bodies = [(o.start, self._known_as(j, o) or o.name) for o in self.organisations(j)]
                # ... and a body the gazetteer knows, named as it names it ('Victor Cha of CSIS': 'CSIS (Cha)')
                low = sentence.low
                bodies += [
                    (m.start, m.name)
                    for m in self._scans.sources(j)
                    if m.rank == 2 and "(" not in m.name and low[m.start : m.end] == m.name.lower()
                ]
                for start, body in bodies:
                    member = MEMBER_BEFORE.search(sentence.text, max(0, start - 80), start)
                    if member is None:
                        continue
                    person = without_rank(member["person"])
                    named = person_named(person)
                    surname = person.split()[0] if named == person else person.split()[-1]
                    if self.shares_surname(surname, person):
                        continue  # 'Kim' after 'Kim Dong-yub' and 'Kim Jong Un': no telling whom it names
                    self._members.append((j, surname, f"{body} ({named})"))
        text = self._sentences[i].text
        return [
            (m.start(), m.end(), name)
            for j, surname, name in self._members
            if j < i and surname in text
            for m in re.finditer(rf"\b{re.escape(surname)}\b(?![\w-])", text)
            if not _NAME_GOES_ON.match(text, m.end())
        ]

    def _known_as(self, j: int, organisation: Voice) -> str | None:
        """The gazetteer's name of a body sentence j names in full by the shape of its name ('the Carnegie Endowment
        for International Peace' is 'Carnegie Endowment', as where its member speaks in that sentence), if known;
        not one the gazetteer names by an acronym it spells out ('Korea Institute for Defense Analyses (Park)' stays,
        as the gold names a member of KIDA)."""
        start = organisation.start + (4 if self._sentences[j].text.startswith("The ", organisation.start) else 0)
        known = (
            m.name for m in self._scans.sources(j) if m.rank >= 2 and m.start == start and m.end == organisation.end
        )
        name = next(known, None)
        return None if name is None or self._lexicon.displayed_source(name) != name else name

    def officials(self, j: int) -> list[Voice]:
        """Officials named with country and title in sentence j (core/voices.py), looked for once."""
        if j not in self._official_voices:
            sentence = self._sentences[j]
            voices = self._lexicon.voices
            if not voices.names_a_title(sentence.low):
                self._official_voices[j] = []  # most sentences name no title
                return self._official_voices[j]
            home = self.home_country(j)
            if home and j > 0 and not voices.names_only(self._sentences[j - 1].low, home):
                home = None  # 'Visiting Australian officials met ... Defence Minister Richard Marles said'
            self._official_voices[j] = voices.officials(sentence.text, sentence.low, home)
        return self._official_voices[j]

    def _officials_before(self, i: int) -> bool:
        """Register the words of the names of people named with country and title before sentence i ('Defence
        Minister Kim Yong-hyun said ...', later 'Kim said'); whether any were."""
        for j in range(self._officials_to + 1, i):
            for voice in self.officials(j):
                if named := person_of(voice.name):
                    person = named.split()
                    for word in {person[0], person[-1]}:
                        if self._surnames.setdefault(normalise(word), voice.name) == voice.name:
                            self._surname_re = None
                            self._any_official = True
        self._officials_to = max(self._officials_to, i - 1)
        return self._any_official

    def intelligence_service(self) -> str | None:
        """The one intelligence service the article names ('Intelligence reports suggest' speaks for it)."""
        if self._service is False:
            self._service = self._one_named(self._lexicon.intelligence_services)
        return self._service if isinstance(self._service, str) else None

    def intelligence_service_of(self, country: str) -> str | None:
        """The one intelligence service of `country` the article names, when it names others' too ('the NIS' beside
        'the HUR')."""
        return self._one_named(
            frozenset(
                s for s in self._lexicon.intelligence_services if self._lexicon.source_countries.get(s) == country
            )
        )

    def military(self) -> str | None:
        """The one military body the article names ('according to the military' speaks for it)."""
        if self._military is False:
            self._military = self._one_named(self._lexicon.militaries)
        return self._military if isinstance(self._military, str) else None

    def general_staff(self, i: int) -> str | None:
        """The general staff a countryless 'the General Staff' is: the one the article names, else the one of the
        country sentence i is filed from, when the gazetteer lists it."""
        if self._staff is False:
            self._staff = self._one_named(self._lexicon.general_staffs)
        if isinstance(self._staff, str):
            return self._staff
        # (else the country whose press relays it in the sentence: 'As Ukrinform reported, the General Staff stated')
        home = self.home_country(i) or self._relaying_press_country(i)
        if home is None:
            return None
        return next((s for s in self._lexicon.general_staffs if self._lexicon.source_countries.get(s) == home), None)

    def _relaying_press_country(self, i: int) -> str | None:
        text = self._sentences[i].text
        countries = (self._lexicon.press_of(self._lexicon.outlet_name(text[s:e])) for s, e in self.outlet_spans(i))
        return next((country for country in countries if country), None)

    def home_body(self, i: int, kind: Literal["military", "intelligence"]) -> str | None:
        """The military or intelligence service of the country sentence i is filed from (its dateline's), when the
        article names no other country's body ('SEOUL (Reuters) - Ukraine's intelligence said ...': 'the military'
        may be Kyiv's)."""
        country = self.dateline_country(i)
        if country is None or not set(self.specific_bodies()) <= {country}:
            return None
        return self._lexicon.body_of_country(country, kind)

    def _one_named(self, names: frozenset[str]) -> str | None:
        bases = {m.name.split(" (")[0] for j in self.speaking() for m in self._scans.sources(j)}
        named = bases & names
        return named.pop() if len(named) == 1 else None

    def specific_bodies(self) -> dict[str, set[str]]:
        """The bodies each country has speak in the article (a body that gave no comment does not)."""
        if self._specific is None:
            self._specific = {}
            for j in self.speaking():
                low = self._sentences[j].low
                if has_any(low, _NO_COMMENT_WORDS) and _NO_COMMENT.search(low):
                    continue  # 'The State Department did not immediately respond to a request for comment.'
                for match in self._scans.sources(j):
                    country = self._lexicon.body_countries.get(match.name)
                    if country and match.rank >= 3:
                        self._specific.setdefault(country, set()).add(match.name)
        return self._specific
