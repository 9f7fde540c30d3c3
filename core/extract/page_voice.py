"""The page's own voice for attribution (core/extract/attribution.py): its masthead, byline, publisher, the issuer
of a release and an article's declared or sole authority."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.extract.own_speaker import _BENEFICIARY_BEFORE, _COMPARED_FIGURE, _DENIES_RIGHT_AFTER, _meets, _Own
from core.extract.speaker_names import _RELEASE_HEAD, _SpeakerNames
from core.extract.speakers import Mention
from core.extract.speech import (
    in_quotation,
    segment,
)
from core.voices import bare_kind

_DECLARED_SOURCE = ("Source: ", "Sources: ")
_CREDIT_SEPARATOR = re.compile(r"\s*[,;]\s*")
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
# what the page's own estimate drew on or set itself against: 'based on the NIS figures', 'higher than the NIS's'
_DRAWN_ON = re.compile(
    r"\b(?:based\s+on|drawing\s+on|drawn\s+from|relying\s+on|built\s+on|on\s+the\s+basis\s+of|interviews\s+with|"
    r"(?:higher|lower|larger|smaller|more|fewer)\s+than)\b"
)
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


class _PageVoice(_SpeakerNames):
    """Attributions' part that works out the page's own voice: masthead, byline, issuer, sole authority."""

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
