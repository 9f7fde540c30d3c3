"""The domain vocabulary from config/lexicon.toml, validated and compiled into matchers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from core.alternation import alternation
from core.errors import ConfigError
from core.models import Category, Qualifier
from core.phrases import PhraseIndex, Tokens, find_many, starting_words
from core.tomlfile import read_toml
from core.voices import VoiceFinder


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _no_blank(values: list[str]) -> list[str]:
    cleaned = [v.strip().lower() for v in values]
    if any(not v for v in cleaned):
        raise ValueError("aliases must not be blank")
    return cleaned


class TermSpec(_Strict):
    category: Category
    subtype: str = Field(min_length=1)
    unit: str | None = None
    from_russia: bool = False  # flows from Russia to North Korea unless a sentence sends it to Russia
    aliases: list[str] = Field(min_length=1)

    _aliases = field_validator("aliases")(_no_blank)


class AuthoritySpec(_Strict):
    name: str = Field(min_length=1)
    rank: int = Field(ge=0, le=9)
    aliases: list[str] = Field(min_length=1)
    country: str | None = None  # whose body it is: a country's generic voice stands for it (core/extract/attribution)
    # Full names of people who speak for it; once an article names one in full, the surname alone names them
    # too ('Cho Tae-yong' ... 'Park cited Cho as saying'). Matched like aliases.
    people: list[str] = []
    # A person who speaks for no body ('Zelensky', 'Putin'): a country's unnamed voice ('a Ukrainian military
    # official', 'Russian media') never stands for them.
    person: bool = False
    # Web hosts of the body's own pages ('csis.org'): what such a page says without naming a speaker is the body's.
    sites: list[str] = []
    # The full name of a body named by its acronym ('ISW'): a source it alone gives reads 'Institute for the Study
    # of War (ISW)', the form the gold uses for such bodies; with a person it stays 'ISW (Kagan)'.
    full_name: str | None = None
    # Names made of common words that name the body only written as a name, each word capitalised ('the Center of
    # National Resistance said'; not 'a center of national resistance studies in Minsk'). Matched like aliases.
    titled: list[str] = []

    _people = field_validator("people")(_no_blank)

    _aliases = field_validator("aliases")(_no_blank)


class HedgeSpec(_Strict):
    approx: list[str]
    at_least: list[str]
    more_than: list[str]
    up_to: list[str]
    fewer_than: list[str]
    approx_after: list[str] = []
    at_least_after: list[str] = []
    more_than_after: list[str] = []


class NotCountSpec(_Strict):
    after: list[str]
    before: list[str]


class CueSpec(_Strict):
    planned: list[str]
    modal: list[str]
    # plan cues that govern a figure only through an infinitive delivery ('wants Pyongyang to send', 'offered to
    # send'), never a noun phrase ('wants recognition for the 11,000 troops it sent')
    intent: list[str] = []
    delivery_verbs: list[str]
    denied: list[str]
    unrelated: list[str]
    casualty_killed: list[str]
    casualty_wounded: list[str]
    casualty_both: list[str]
    casualty_captured: list[str]
    casualty_missing: list[str]


class ActorSpec(_Strict):
    north_korea: list[str]
    russia: list[str]
    # the war Russia wages, named without Russia: an article naming North Korea and these ('Ukrainian forces
    # killed three North Korean soldiers near Sudzha') is about its support all the same
    russias_war: list[str] = []
    other_nationalities: list[str]


class OutletSpec(_Strict):
    names: list[str]
    # a short name and the full name a source is given as ('FT' is 'Financial Times')
    full_names: dict[str, str] = Field(default_factory=dict)


class CountrySpec(_Strict):
    """A country as a voice: 'a senior Ukrainian official', 'Ukraine said'."""

    name: str = Field(min_length=1)  # as AuthoritySpec.country names it
    adjective: str = Field(min_length=1)  # 'Ukrainian officials'
    government: str = Field(min_length=1)  # the source name of 'Ukraine said'
    words: list[str] = Field(min_length=1)  # adjectives and names that open a generic voice
    names: list[str] = Field(min_length=1)  # the country's names as a speaker ('Ukraine said')
    intelligence: str | None = None  # the source name of 'South Korean intelligence' (its spy agency)
    military: str | None = None  # the source name of 'South Korea's military'
    # the source names its defence and foreign ministers speak for ('X Ministry of Defense' and
    # 'X Ministry of Foreign Affairs' when not given)
    defence_ministry: str | None = None
    foreign_ministry: str | None = None
    leader: str | None = None  # the source 'Ukraine's president said' and 'the Russian leader said' name
    names_whole: bool = False  # its people are named whole in a source ('Yoon Suk Yeol'), not by surname
    # 'Ukrainian forces said' speaks for its military; not so the country whose soldiers are the beat's figures
    # ('a captured North Korean soldier said' speaks for no army)
    forces_speak: bool = True
    # Hosts of the country's own press ('bbc.co.uk', or a bare domain 'uk' for every '.uk' host): on their pages a
    # bare 'defence ministry' is this country's
    sites: list[str] = []
    # Its own press by name ('Yonhap', 'Kyodo'): an unnamed 'government source' they relay is this country's
    press: list[str] = []

    _words = field_validator("words", "names")(_no_blank)


class TopicSpec(_Strict):
    categories: list[Category] = Field(min_length=1)
    aliases: list[str] = []

    _aliases = field_validator("aliases")(_no_blank)


class LexiconSpec(_Strict):
    term: list[TermSpec] = Field(min_length=1)
    measures: dict[str, list[str]]
    # phrases that hold an item word but name no item ('think tank', 'tank top'): they shadow it when scanned
    not_items: list[str] = []
    hedges: HedgeSpec
    not_counts: NotCountSpec
    cues: CueSpec
    actors: ActorSpec
    source: list[AuthoritySpec]
    country: list[CountrySpec] = []
    outlets: OutletSpec
    topics: dict[str, TopicSpec] = Field(min_length=1)


def alias_pattern(aliases: Iterable[str], plural: bool = True, quoted: bool = False, opening: bool = False) -> str:
    """One regex alternation for the aliases: case-insensitive use, spaces/hyphens interchangeable. Whole-word
    aliases share their prefixes (core/alternation.py). `quoted`: a word may close a quotation ('Kim "agreed" to
    send'), as a writer's scare quotes keep the phrase what it was; `opening`: ... or open one, in single quotes too
    ("it is 'not sending' troops")."""
    bounded, loose = [], []
    # (longest first; aliases of one length in their own order, not a set's, which changes with the string hash
    # from run to run: the same pattern every run, so core/regex_cache.py finds its program kept)
    for alias in sorted(sorted(set(aliases)), key=len, reverse=True):
        atoms = _alias_atoms(alias, plural, quoted, opening)
        if alias[0].isalnum() and alias[-1].isalnum():
            bounded.append(atoms)
        else:
            left = r"(?<![A-Za-z0-9])" if alias[0].isalnum() else ""
            right = r"(?![A-Za-z0-9])" if alias[-1].isalnum() else ""
            loose.append(left + "".join(atoms) + right)
    parts = loose
    if bounded:
        parts = [r"(?<![A-Za-z0-9])" + alternation(bounded) + r"(?![A-Za-z0-9])", *loose]
    return "(?:" + "|".join(parts) + ")"


def _alias_atoms(alias: str, plural: bool, quoted: bool = False, opening: bool = False) -> list[str]:
    """An alias as regex pieces: its characters, a loose separator between its words, its plural endings."""
    atoms: list[str] = []
    for k, piece in enumerate(re.split(r"[-\s]+", alias)):
        if k:
            if opening:
                atoms.append(r"[\"”'’]?[-\s]?[\"“'‘]?")
            else:
                atoms.append(r"[\"”]?[-\s]?" if quoted else r"[-\s]?")
        atoms += ["['’]" if char == "'" else re.escape(char) for char in piece]
    if plural:
        atoms.append(r"(?:s|es)?" if alias[-1].isalpha() else r"(?:['’]?s)?")
    return atoms


def compile_words(
    aliases: Iterable[str], plural: bool = False, quoted: bool = False, opening: bool = False
) -> re.Pattern[str]:
    """Case-sensitive on purpose: match lower-cased text (see core.phrases.normalise); it is much faster."""
    return re.compile(alias_pattern([a.lower() for a in aliases], plural=plural, quoted=quoted, opening=opening))


@dataclass(frozen=True)
class Term:
    category: Category
    subtype: str
    unit: str | None
    is_measure: bool = False


@dataclass(frozen=True)
class TermMatch:
    term: Term
    start: int
    end: int
    text: str

    def shifted(self, offset: int) -> TermMatch:
        return TermMatch(self.term, self.start + offset, self.end + offset, self.text)


@dataclass(frozen=True)
class SourceMatch:
    name: str
    rank: int
    start: int
    end: int

    def shifted(self, offset: int) -> SourceMatch:
        return SourceMatch(self.name, self.rank, self.start + offset, self.end + offset)


class Lexicon:
    """Compiled matchers over the vocabulary. Build it once (load_lexicon) and share it."""

    def __init__(self, spec: LexiconSpec) -> None:
        self.spec = spec
        term_entries: list[tuple[str, Term | None]] = [(phrase, None) for phrase in spec.not_items]
        for t in spec.term:
            term = Term(t.category, t.subtype, t.unit)
            term_entries += [(alias, term) for alias in t.aliases]
        for unit, words in spec.measures.items():
            measure = Term(Category.OTHER, unit, unit, is_measure=True)
            term_entries += [(word, measure) for word in words]
        self._terms = PhraseIndex(term_entries)
        self.russian_supplies = frozenset(t.subtype for t in spec.term if t.from_russia)
        self._sources = PhraseIndex(
            [(alias, (s.name, s.rank)) for s in spec.source for alias in (*s.aliases, *s.people, *s.titled)],
            plurals=False,
            possessives=True,
        )
        # the body whose aliases tell it by its eleven members ('11-nation monitoring team'): the MSMT
        self._eleven_nation = next(
            ((s.name, s.rank) for s in spec.source if "11-nation monitoring team" in s.aliases), None
        )
        # surname -> full names it shortens, for the people named in full earlier in an article
        self.source_starters = starting_words([self._sources])  # a sentence without one of these names no source
        self.people = {person: s.name for s in spec.source for person in s.people}
        # and the people a source is named with ('... (Shin Won-sik)')
        named = {person.lower() for s in spec.source if (person := person_of(s.name))}
        persons = [p.replace("-", " ") for p in (*self.people, *named) if " " in p.replace("-", " ")]
        surnames = {word for person in persons for word in (person.split()[0], person.split()[-1])}
        self.surname_re = compile_words(surnames) if surnames else None
        # a surname alias -> the initials of the given names its people have ('belousov': {'a'}): another given name
        # before it is a namesake ('Yuriy Belousov' of Ukraine's prosecutor's office is not Russia's minister)
        self._titled = frozenset(alias.lower() for s in spec.source for alias in s.titled)
        self._given_initials: dict[str, set[str]] = {}
        for s in spec.source:
            for full_name in s.people:
                given, *_, surname = full_name.split()
                if surname in s.aliases:
                    self._given_initials.setdefault(surname, set()).add(given[0])
        # a surname -> the sources whose people (or full-name aliases) bear it: 'singh' -> the Pentagon's ('sabrina
        # singh'), for a transcript's 'MS. SINGH:'
        self._by_surname: dict[str, set[tuple[str, int]]] = {}
        for s in spec.source:
            for name in (*s.aliases, *s.people):
                words = name.split()
                if 1 < len(words) <= 3 and all(w.isalpha() for w in words) and _INSTITUTION_WORDS.isdisjoint(words):
                    self._by_surname.setdefault(words[-1], set()).add((s.name, s.rank))
        # Hedges and 'not a count' words are looked up by the last words before a number, not searched for.
        self.hedges_before: dict[tuple[str, ...], Qualifier] = {}
        for name in ("approx", "fewer_than", "up_to", "more_than", "at_least"):  # later lists win on overlap
            for phrase in getattr(spec.hedges, name):
                self.hedges_before[tuple(phrase.split())] = Qualifier(name)
        self.hedge_max_words = max(len(k) for k in self.hedges_before)
        self.hedge_after = [
            (Qualifier.APPROX, spec.hedges.approx_after),
            (Qualifier.AT_LEAST, spec.hedges.at_least_after),
            (Qualifier.MORE_THAN, spec.hedges.more_than_after),
        ]
        cues = spec.cues
        self.planned_re = compile_words(cues.planned, quoted=True)
        self.delivery_re = compile_words(cues.delivery_verbs)
        self.denied_re = compile_words(cues.denied, quoted=True, opening=True)  # ("it is 'not sending' troops")
        self.source_ranks = {source.name: source.rank for source in spec.source}
        self.source_ranks.update({name: 0 for name in spec.outlets.names})  # an outlet is not an authority
        self._unrelated = PhraseIndex([(cue, True) for cue in cues.unrelated], plurals=False)
        self._scanned: list[PhraseIndex[Any]] = [self._terms, self._sources, self._unrelated]
        self._scan_starters = starting_words(self._scanned)
        casualty_cues = {
            name: getattr(cues, "casualty_" + name) for name in ("both", "killed", "wounded", "captured", "missing")
        }
        self.casualty_re = re.compile(
            "|".join(f"(?P<{name}>{alias_pattern(aliases, plural=False)})" for name, aliases in casualty_cues.items())
        )
        # Each cue's first word up to any apostrophe, which every match of it holds as it is: a text holding none
        # of them holds no cue (substring tests before the pattern; most figures' words hold none).
        self.casualty_words = frozenset(
            re.split(r"[-\s]+", alias)[0].split("'")[0] for aliases in casualty_cues.values() for alias in aliases
        )
        # (an outlet's name is no mention of the country: 'Daily NK', 'NK News', 'NK Pro')
        self.nk_re = re.compile(
            rf"(?<!daily\s)(?<!south\s)(?:{alias_pattern([a.lower() for a in spec.actors.north_korea])})"
            r"(?!\s+(?:news|pro)\b)"
        )
        self.ru_re = compile_words(spec.actors.russia)
        self._war_re = compile_words(spec.actors.russias_war)
        self.other_nationality_re = compile_words(spec.actors.other_nationalities)
        self.outlet_re = compile_words(spec.outlets.names)
        self.source_countries = {s.name: s.country for s in spec.source if s.country}
        self._full_names = {s.name: s.full_name for s in spec.source if s.full_name}
        self._sites = sorted(((site, s.name) for s in spec.source for site in s.sites), key=lambda x: -len(x[0]))
        self._press_sites = sorted(((site, c.name) for c in spec.country for site in c.sites), key=lambda x: -len(x[0]))
        # the bodies a country's unnamed voice may stand for (people who speak for themselves are none)
        self.body_countries = {s.name: s.country for s in spec.source if s.country and not s.person}
        self.persons = frozenset(s.name for s in spec.source if s.person)  # 'Zelensky', 'Putin'.
        self.intelligence_services = frozenset(c.intelligence for c in spec.country if c.intelligence)
        self.militaries = frozenset(c.military for c in spec.country if c.military)
        # (by body: 'Russian General Staff (Gerasimov)' is Russia's general staff speaking through its chief)
        self.general_staffs = frozenset(
            s.name.split(" (")[0] for s in spec.source if s.name.split(" (")[0].endswith(" General Staff")
        )
        self._country_specs = {c.name: c for c in spec.country}
        self.voices = VoiceFinder(spec.country)  # countries' unnamed voices (core/voices.py)
        # a body's names after a country's word ('uk defence intelligence'): (the name without it, the full name,
        # the body), for 'Defence Intelligence said' after 'UK Defence Intelligence' (core/extract/article_names.py)
        known = {alias for s in spec.source for alias in s.aliases}  # ('defence ministry' is a name of its own)
        self.country_dropped = [
            (rest, alias, s.name)
            for s in spec.source
            if s.country and s.rank >= 2 and not s.person
            for alias in s.aliases
            if (split := self.voices.country_word_opening(alias)) is not None
            and len((rest := alias[split:].strip()).split()) >= 2
            and rest[0].isalpha()
            and rest not in known
        ]
        # (each name without its country word once, in the order above: every sentence is looked at for them)
        self.country_dropped_rests = tuple(dict.fromkeys(rest for rest, _, _ in self.country_dropped))
        self._outlet_names = {n.lower(): spec.outlets.full_names.get(n, n) for n in spec.outlets.names}
        self._press_of = {self.outlet_name(name): c.name for c in spec.country for name in c.press}

    def scan(
        self, text: str, tokens: Tokens, start: int, end: int
    ) -> tuple[list[TermMatch], list[SourceMatch], list[tuple[int, int]]]:
        """Item nouns, named authorities and holding/rate words of text[start:end], in one pass over its tokens,
        with positions relative to `start`."""
        first, stop = tokens.between(start, end)
        terms, sources, cues = find_many(self._scanned, text, tokens, first, stop, self._scan_starters)
        named = [
            SourceMatch(m.value[0], m.value[1], m.start - start, m.end - start)
            for m in sources
            if m.end <= end
            and not self._namesake(text, m.start, m.text)
            and not self._untitled(text, m.end, m.text)
            and not self._possessive_of_its_country(m.text)
        ]
        if len(named) > 1:
            named = [m for k, m in enumerate(named) if k == 0 or not _describes(text, start, named[k - 1], m)]
        if " other " in text[start:end] and (eleven := self._eleven_members(text, start, end)) is not None:
            named = sorted([*named, eleven], key=lambda m: m.start)
        return (
            [
                TermMatch(m.value, m.start - start, m.end - start, m.text)
                for m in terms
                if m.end <= end and m.value and not (m.text[:1].isupper() and _BODY_AFTER.match(text, m.end))
            ],
            named,
            [
                (m.start - start, m.end - start)
                for m in cues
                if m.end <= end and not _in_proper_name(text, m.start, m.end)
            ],
        )

    def _eleven_members(self, text: str, start: int, end: int) -> SourceMatch | None:
        """A body told by its eleven member countries, as copy names the sanctions monitoring team before or instead
        of its name: 'the team, set up by South Korea, the United States, Japan and eight other countries, said'
        (three named and eight others: the '11-nation monitoring team' of the gazetteer's aliases)."""
        for told in _TOLD_BY_MEMBERS.finditer(text, start, end):
            named = len(_LIST_SEPARATOR.split(told["members"]))
            others = told["others"].lower()
            if named + (int(others) if others.isdigit() else _SMALL_NUMBERS.get(others, 0)) == 11:
                if self._eleven_nation is None:
                    return None
                return SourceMatch(*self._eleven_nation, told.start() - start, told.end() - start)
        return None

    def _possessive_of_its_country(self, matched: str) -> bool:
        """Whether a name ending in 'of <country>' is matched as a possessive, which is the country's: 'the
        intelligence of South Korea's allies' is the allies' intelligence, not South Korea's spy agency."""
        if not matched.endswith(("'s", "’s")) or " of " not in matched.lower():
            return False
        words = matched.lower()[:-2].split(" of ")
        return any(
            self.voices.country_named(" of ".join(words[k:]).removeprefix("the ")) is not None
            for k in range(1, len(words))
        )

    def _untitled(self, text: str, end: int, matched: str) -> bool:
        """Whether a name of common words the gazetteer knows only as a title is written as no name: not every word
        capitalised, or another capitalised word after it ('a center of national resistance studies', 'the Centre of
        National Resistance History')."""
        words = matched.replace("-", " ").split()  # (no regex: this runs on every source the scan finds)
        if " ".join(words).lower().removesuffix("'s").removesuffix("’s") not in self._titled:
            return False
        return any(w[:1].islower() for w in words if len(w) > 2) or _TITLE_GOES_ON.match(text, end) is not None

    def _namesake(self, text: str, start: int, matched: str) -> bool:
        """Whether a surname the gazetteer knows follows another given name than its people's: 'Yuriy Belousov'
        (transliterations keep the initial: 'Andrey', 'Andrii')."""
        initials = self._given_initials.get(matched.lower())
        if not initials or not (given := _GIVEN_NAME_BEFORE.search(text, max(0, start - 20), start)):
            return False
        word = given.group(1)
        return word[0].lower() not in initials and word.lower() not in _NOT_GIVEN_NAMES

    def about_both(self, low: str) -> bool:
        """Whether a normalised text names North Korea and Russia, or North Korea's people at Russia's war in one
        sentence ('Ukrainian forces killed three North Korean soldiers near Sudzha'): the relevance test."""
        if not self.nk_re.search(low):
            return False
        if self.ru_re.search(low):
            return True
        for war in self._war_re.finditer(low):
            start = max(low.rfind(". ", 0, war.start()), low.rfind("\n", 0, war.start())) + 1
            ends = [e for e in (low.find(". ", war.end()), low.find("\n", war.end())) if e >= 0]
            if _NK_PEOPLE.search(low, start, min(ends, default=len(low))):
                return True
        return False

    def site_owner(self, url: str | None) -> str | None:
        """The body whose own site `url` is on ('https://beyondparallel.csis.org/...' is CSIS Beyond Parallel's)."""
        return _site_of(url, self._sites)

    def press_country(self, url: str | None) -> str | None:
        """The country whose own press `url` is on ('https://www.bbc.co.uk/news/...' is the UK's)."""
        return _site_of(url, self._press_sites)

    def body_of_country(self, country: str, kind: Literal["military", "intelligence"]) -> str | None:
        """The source name of a country's military ('South Korea JCS') or intelligence service ('South Korea NIS'),
        if the gazetteer gives it one."""
        spec = self._country_specs.get(country)
        return None if spec is None else spec.military if kind == "military" else spec.intelligence

    def source_of_surname(self, surname: str) -> tuple[str, int] | None:
        """The one source whose people bear a lower-cased surname ('singh': the Pentagon's), or None when none or
        several do."""
        found = self._by_surname.get(surname, set())
        return next(iter(found)) if len(found) == 1 else None

    def leader_of(self, country: str) -> str | None:
        """The source name of a country's head of state ('Zelensky'), if the gazetteer gives one."""
        spec = self._country_specs.get(country)
        return None if spec is None else spec.leader

    def press_of(self, outlet: str) -> str | None:
        """The country whose own press the outlet (by its source name) is: 'Yonhap' is South Korea's."""
        return self._press_of.get(outlet)

    def displayed_source(self, source: str | None) -> str | None:
        """A source as users read it: a body the gazetteer names by acronym alone, in full with its acronym
        ('ISW (via Reuters)' -> 'Institute for the Study of War (ISW) (via Reuters)')."""
        if not source or not self._full_names:
            return source
        body, via, relay = source.partition(" (via ")
        full = self._full_names.get(body)
        return f"{full} ({body}){via}{relay}" if full else source

    def outlet_name(self, matched: str) -> str:
        return self._outlet_names.get(matched.lower(), matched)

    def outlet_spans(self, text: str, low: str) -> list[tuple[int, int]]:
        """Where `text` (`low` lower-cased) names an outlet: as a proper name, its last word capitalised ('The
        Diplomat reported', not 'the diplomat said')."""
        spans = []
        for match in self.outlet_re.finditer(low):
            last = text[match.start() : match.end()].split()[-1]
            if last[:1].isupper() or last[:1].isdigit():
                spans.append(match.span())
        return spans

    @cached_property
    def not_count_after_re(self) -> re.Pattern[str]:
        words = alias_pattern([w.lower() for w in self.spec.not_counts.after], plural=False)
        return re.compile(r"^(?:[\s-]?)" + words)  # matched on lower-cased text

    @cached_property
    def not_count_before(self) -> frozenset[str]:
        return frozenset(self.spec.not_counts.before)


@lru_cache(maxsize=256)
def on_outlets_site(url: str | None, outlet: str) -> bool:
    """Whether `url` is on the outlet's own site by its name: 'CNN' on 'edition.cnn.com', 'Reuters' on
    'www.reuters.com' (a label that is the name, or holds a long one: not 'AP' in 'japantimes'). Memoised: every
    relayed figure of a page asks."""
    if not url:
        return False
    key = re.sub(r"[^a-z0-9]", "", outlet.lower().removeprefix("the "))
    labels = (urlsplit(url).hostname or "").lower().split(".")
    return bool(key) and any(label == key or (len(key) >= 5 and key in label) for label in labels)


def _site_of(url: str | None, sites: list[tuple[str, str]]) -> str | None:
    """The name paired with the first of `sites` (longest first) that `url`'s host is, or is under."""
    if not url or not sites:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return next((name for site, name in sites if host == site or host.endswith("." + site)), None)


# North Korea's people, arms or sending at the war: 'North Korean soldiers', 'the North Koreans', 'a North Korean
# KN-23 missile', 'North Korea has sent another 1,500 to the front'
_NK_PEOPLE = re.compile(
    r"\bnorth\s+koreans\b|\bnorth\s+korean\s+(?:[a-z0-9-]+\s+){0,2}?(?:soldiers?|troops|forces|servicem[ae]n|"
    r"fighters|workers|prisoners|pows|units|casualties|dead|losses|missiles?|shells|rockets|ammunition|munitions|"
    r"howitzers|guns|weapons)\b|\bnorth\s+korea\s+(?:has\s+|had\s+|have\s+)?(?:sent|deployed|dispatched|supplied|"
    r"shipped)\b"
)


def load_lexicon(path: Path) -> Lexicon:
    """Read and validate the lexicon; raises ConfigError naming the file and the bad entry."""
    raw = read_toml(path, "lexicon")
    try:
        spec = LexiconSpec.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"{path}: bad lexicon entry {where}: {first['msg']}") from None
    return Lexicon(spec)


_NEXT_WORD = re.compile(r"\s+(\S)")


# an item word that starts a body's name is no item: 'the General Staff', 'the Marine Corps'
_TITLE_GOES_ON = re.compile(r"[-\s]+[A-Z][a-z]")  # ('the Centre of National Resistance History')
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}) +$")
# capitalised words before a surname that are no given name: titles, days, months, a sentence's first words
_NOT_GIVEN_NAMES = frozenset(
    "minister secretary chief general president spokesman spokeswoman spokesperson director head commander "
    "ambassador envoy adviser advisor deputy governor chairman chairwoman premier colonel admiral marshal sergeant "
    "lieutenant major captain gen col maj adm brig cmdr capt sgt sen rep gov prof mrs prosecutor chancellor mayor "
    "official officer aide counterpart colleague "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december when while after before but and then since for with meanwhile also later "
    "earlier today yesterday according says said told the this that there".split()
)
# a body (or its report) told by the countries that made it: '<noun>, set up by A, B, C and eight other countries'
_TOLD_BY_MEMBERS = re.compile(
    r"\b(?:team|group|panel|body|watchdog|monitors?|mechanism|report|findings|assessment)\s*,\s+"
    r"(?:(?:which|that)\s+(?:was|were|is)\s+)?(?:jointly\s+)?"
    r"(?:set\s+up|formed|launched|created|established|founded|backed|made\s+up|prepared|compiled|drawn\s+up|written|"
    r"issued|published|run)\s+by\s+"
    r"(?P<members>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:\s*,\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)*"
    r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?)"
    r",?\s+(?:and|together\s+with|along\s+with|plus|with)\s+(?P<others>\d+|[a-z]+)\s+other\s+"
    r"(?:countries|nations|governments|members|member\s+states|states|partners|allies)\b"
)
_LIST_SEPARATOR = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+")
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# (and a party's or state's name: the 'People' of 'People Power Party', "Democratic People's Republic of Korea",
# counts no people)
_BODY_AFTER = re.compile(
    r"\s+(?:Staff|Command|Directorate|Corps|Council|Committee|Agency|Office|Department|Power\s+Party)\b"
    r"|['’]s\s+(?:Republic|Army|Party|Liberation)\b"
)


# 'The UN Panel of Experts, an international sanctions monitoring group disbanded in 2024, ...' (the name may go on
# past the gazetteer's words: 'UN Panel' + ' of Experts')
_APPOSITION = re.compile(r"(?:\s+(?:of|for|on|[A-Z][\w'’.-]*))*,\s+(?:an?|the)\s+")
_SPEAKS_IN_CLAUSE = re.compile(
    r"[^,;.]*?\b(?:said|says|say|told|tells|reported|reports|found|finds|estimated|estimates|noted|notes|stated)\b"
)


def _describes(text: str, offset: int, named: SourceMatch, match: SourceMatch) -> bool:
    """Whether a gazetteer description (written small: 'an international sanctions monitoring group') stands in
    apposition right after another body's name, describing it: it names no second source (after a person it may be
    his office now: 'Shin Won-sik, the national security adviser')."""
    return (
        match.name != named.name
        and text[offset + match.start : offset + match.end].islower()
        and not names_the_person(named.name, text[offset + named.start : offset + named.end].lower())
        and _APPOSITION.fullmatch(text, offset + named.end, offset + match.start) is not None
        # (not the subject of its own clause: 'Unlike the Panel of Experts, an international sanctions monitoring
        # group said')
        and _SPEAKS_IN_CLAUSE.match(text, offset + match.end) is None
    )


def _in_proper_name(text: str, start: int, end: int) -> bool:
    """'Daily NK reported', 'the Korea JoongAng Daily': a capitalised cue word inside a name is no rate or holding.
    A capital after a sentence break alone does not make a name ('Daily, 300 shells are fired')."""
    if not text[start : start + 1].isupper():
        return False
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).isupper():
        return True
    before = text[max(0, start - 3) : start].rstrip(" \"“'‘")
    return before != "" and before[-1:] not in ".!?:\n"


def person_of(source: str) -> str | None:
    """The person of a source named '<body> (<person>)' ('Shin Won-sik'), or None."""
    return source.rsplit("(", 1)[1].rstrip(")") if source.endswith(")") else None


# words that make an alias a body's name, not a person's ('intelligence update', 'national security council')
_INSTITUTION_WORDS = frozenset(
    "ministry agency update council command staff office department service services intelligence forces army navy "
    "military government house team panel centre center institute directorate committee administration embassy "
    "mission security defense defence foreign state national general spy the of".split()
)


def names_the_person(source: str, matched: str) -> bool:
    """Whether the words matched ('shin won-sik') are the person of a source named '<body> (<person>)'."""
    person = person_of(source)
    return person is not None and person.lower().replace("-", " ") == matched.replace("-", " ")
