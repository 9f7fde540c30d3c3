"""The attribution candidates of one sentence: bodies and people the gazetteer knows, countries' voices, officials
by title, bodies and research organisations by the shape of their name, surnames of people named before, and
outlets; each with whether a word of speech binds it (core/extract/speech.py). attribution.py chooses among them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from core.extract.article_names import ArticleNames, SentenceSources
from core.extract.people import (
    MEMBER_BEFORE,
    journalist_speaks,
    member_speaks,
    past_tie_before,
    person_named,
    post_and_person_after,
)
from core.extract.sentences import Sentence
from core.extract.speech import RELAY_TOLD, SPOKEN_WHEN, bound_before, is_bound, outlet_references
from core.lexicon import Lexicon, SourceMatch, names_the_person
from core.phrases import has_any, normalise
from core.voices import Voice, bare_kind

_BODY_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:press\s+)?(?:office|ministry|department|service|agency|staff|directorate|administration|team|"
    r"spokes(?:man|woman|person))\b"
    # ... or what the person wrote or spoke, to whomever: "Putin's letter to Kim Jong Un said"
    r"|\s+(?:(?:latest|new|written)\s+)?(?:letter|message|speech|remarks|address|decree|order)"
    # (when or where: "Zelensky's address on Sunday said", "Putin's letter to Kim Jong Un on Monday said")
    rf"(?:\s+to\s+(?:[\w.'’-]+\s+){{0,3}}?[\w.'’-]+)??{SPOKEN_WHEN}(?=\s+(?:said|says|stated|states|added)\b)"
)
# One of the head of state's office, named as its officials are ('South Korean presidential official'), not the
# government the gazetteer knows the bare office as: 'a senior presidential office official said', 'a Blue House
# official', 'presidential office officials', 'an official at the presidential office'
_OFFICE_OFFICIAL_AFTER = re.compile(r"\s+(?P<noun>officials?)\b")
_OFFICIAL_AT_BEFORE = re.compile(
    r"\b(?:an?|one|two|several|some)\s+(?:(?:senior|top|high-ranking|unnamed)\s+)?(?P<noun>officials?)\s+"
    r"(?:at|in|from|of)\s+the\s+$"
)
_PRESIDENTIAL_OFFICE = re.compile(r"presidential\s+office|blue\s+house|cheong\s+wa\s+dae")
# a body's name that ends in what it is, and its short name right after it ("Norway's intelligence service NIS",
# "Norway's intelligence service (NIS)")
_BODY_NOUN_END = re.compile(r"\b(?:service|agency|directorate|intelligence|ministry|command|staff)$")
_ACRONYM_GAP = re.compile(r",?\s+\(?|\s*\(")
_SHORT_NAME = re.compile(r"\s*\(")  # what stands between a body's full name and its short name in brackets
# the one a letter or message is addressed to ('letter to Putin', 'message to President Zelensky')
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:letter|message|note|telegram|cable|greetings|reply|condolences|congratulations)\s+to\s+(?:the\s+)?"
    r"(?:(?:russian|north\s+korean|ukrainian|south\s+korean|us|u\.s\.|american)\s+)?"
    r"(?:(?:president|leader|chairman|counterpart|foreign\s+minister|defen[cs]e\s+minister)\s+)?$"
)
_PLACE_BEFORE = re.compile(r"\b(?:to|in|from|at|near|based|living)\s+$")
_FILED_FROM_BEFORE = re.compile(r"\b(?:report(?:s|ed|ing)|writ(?:es|ing)|wrote|fil(?:es|ed|ing))\s+from\s+$")
# what stands between an outlet and its 'reported from': 'Kyodo News (agency) ', 'NHK, ', 'the AP also '
_OUTLET_FILES = re.compile(r"(?:\s+news)?(?:\s+agency)?,?\s+(?:(?:also|later|earlier|first|has|had)\s+)?")
_BODY_IN_PLACE_BEFORE = re.compile(
    r"\b(?:think\s+tanks?|institutes?|universit(?:y|ies)|analysts?|experts?|researchers?|scholars?|academics?|"
    r"professors?)\s+(?:based\s+)?(?:in|at)\s+$"
)
# 'a Washington think tank', 'a Seoul-based institute': the place a body or people are in, not a country's voice
_PLACE_OF_BODY_AFTER = re.compile(
    r"(?:-based)?\s+(?:think\s+tanks?|institutes?|research|universit(?:y|ies)|analysts?|experts?|researchers?|"
    r"scholars?|academics?|professors?)\b"
)


@dataclass(frozen=True)
class Mention:
    """One attribution candidate in a sentence (positions relative to the sentence)."""

    name: str
    rank: int  # 0 outlet, 1 a country's generic voice, 2+ a body or person
    start: int
    end: int
    bound: bool  # tied to an attribution word
    country: str | None
    stands_for_body: bool = False  # a country's unnamed voice: may stand for the one body the article names
    cited: bool = False  # an outlet whose report a speaker cites ('cited a report in Yonhap that'): the figure's origin


_ENVOY_MODIFIED = re.compile(r"\b(?:military|army|defen[cs]e|intelligence|trade|security|government|senior|top)\s")


def _envoy_named(voice: Voice, low: str, names: ArticleNames) -> str:
    """A country's envoy where the article is at the UN, as the schema names them: 'Ukrainian ambassador to the
    UN', 'North Korea UN representative'."""
    name = voice.name
    if not name.endswith(("ambassador", "envoy", "representative", " to the UN")):
        return name
    if _ENVOY_MODIFIED.search(low, voice.start, voice.end):
        return name  # 'a Ukrainian military representative' is no diplomat
    at_un = name.endswith(" to the UN") or names.at_un()
    if name.endswith((" representative", " representative to the UN")) and at_un and voice.country:
        return f"{voice.country} UN representative"
    if name.endswith((" envoy", " envoy to the UN")) and at_un and voice.country:
        return f"{voice.country} UN representative"  # (the gold's form for an envoy, as for a representative)
    if name.endswith((" ambassador", " envoy")) and not low.startswith(" to ", voice.end) and at_un:
        return f"{name} to the UN"
    return name


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _holds_an_outlet(start: int, end: int, outlets: list[tuple[int, int]]) -> bool:
    return any(start <= s and e <= end for s, e in outlets)


def _member_of_known_body(
    text: str, low: str, start: int, end: int, name: str, lexicon: Lexicon
) -> re.Match[str] | None:
    """The person named right before 'of', 'at' or 'from' the research body the gazetteer knows at [start, end), who
    speaks ('Ankit Panda of the Carnegie Endowment for International Peace said', 'said Ankit Panda of the ...'), as
    one of a body it does not know does; a body the gazetteer names by an acronym it spells out only where the copy
    writes the acronym ('Victor Cha of CSIS': 'CSIS (Cha)'; a member of 'the Korea Institute for Defense Analyses'
    stays as it was, cf. ArticleNames._known_as)."""
    written = low[start:end] == name.lower()  # (the gazetteer's name as the copy writes it)
    if "(" in name or (lexicon.displayed_source(name) != name and not written):
        return None
    if not _MEMBER_HINT_BEFORE.search(low, max(0, start - 10), start):
        return None
    member = MEMBER_BEFORE.search(text, max(0, start - 80), start)
    if member is None or past_tie_before(low, start):
        return None
    bound = is_bound(low, member.start(), member.end("person")) or is_bound(
        low, member.start(), end + low.startswith(",", end)
    )
    return member if bound else None


_MEMBER_HINT_BEFORE = re.compile(r"\b(?:of|at|from|with)\s+(?:the\s+)?$")


# What stands between an outlet and the source it relays: 'Yonhap reported, citing a military source', 'a source
# told Kyodo', 'according to NHK, which quoted government sources'
_RELAYS = re.compile(
    r"\b(?:told|tells|citing|cited|cites|quoting|quoted|quotes|according\s+to|speaking\s+to|reported|reports)\b"
)
_NOT_RELAYED = re.compile(r"\b(?:than|but|while|whereas|unlike|contrary)\b")
_RELAY_REACH = 80  # characters


def _countryless_home(
    sentence: Sentence,
    lexicon: Lexicon,
    names: ArticleNames,
    outlets: list[tuple[int, int]],
    start: int,
    here: bool,
    source: bool,
) -> str | None:
    """The country of an unnamed official or source named without one at `start`: 'here' is where the story is
    filed from; else the country whose own press relays it (the relaying outlet nearest it: 'Yonhap, citing a
    military source'), or, relayed by a wire ('told Reuters'), the dateline's; else the story's (its dateline's,
    or for an official the country whose press the page is)."""
    if here:
        return names.home_country(sentence.index)
    low, text = sentence.low, sentence.text
    after_dateline = names.dateline_end(sentence.index)  # 'WASHINGTON (Yonhap) --' credits, it relays no one
    relays = [
        (s, e)
        for s, e in outlets
        if s >= after_dateline and (is_bound(low, s, e) or RELAY_TOLD.search(low, 0, s) is not None)
    ]
    # (an unnamed source on a page of a country's press may be anyone's: 'a military source said' on Daily NK; but on
    # a paper of its national press, named in the masthead, 'a military source said' in a sentence naming no other
    # outlet is that country's; not 'TASS quoted a diplomatic source' on a Kyiv paper)
    home = (
        (names.dateline_country(sentence.index) or (None if outlets else names.masthead_country()))
        if source
        else names.home_country(sentence.index)
    )
    if home is None and low.startswith("presidential", start):
        # ('a senior presidential official said' on a page that gives no country: of the country whose office the
        # gazetteer knows bare, as 'a presidential office official' is)
        home = next((s.country for s in lexicon.spec.source if "presidential office" in s.aliases), None)
    if not relays:
        return home
    s, e = min(relays, key=lambda span: abs(span[0] - start))
    between = low[e:start] if e <= start else low[start:s]
    if len(between) > _RELAY_REACH or not _RELAYS.search(between) or _NOT_RELAYED.search(between):
        return home  # 'confirming an earlier NHK report': the outlet relays no one
    return lexicon.press_of(lexicon.outlet_name(text[s:e])) or names.dateline_country(sentence.index)


# A UN meeting record names each speaker with the country in brackets: 'JOONKOOK HWANG (Republic of Korea) said
# that ...', 'Robert Wood (United States) said'; the schema names them '<country> UN representative (<person>)'.
_DELEGATE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+\((?P<country>[A-Z][A-Za-z'’ -]{2,50})\)\s+"
    r"(?:said|says|stated|told|noted|added|stressed|warned|recalled|underlined|underscored|pointed\s+out|"
    r"expressed|emphasi[sz]ed|rejected|denied|condemned)\b"
)
# ... who opens a sentence of the record, whatever they do ('JAMES KARIUKI (United Kingdom) turned to what Pyongyang
# received in return.'): the record's next words are that delegate's
_DELEGATE_OPENS = re.compile(
    r"\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+\((?P<country>[A-Z][A-Za-z'’ -]{2,50})\)\s+(?=[a-z])"
)
# the UN's own names for the countries of the beat
_UN_COUNTRY_NAMES = {
    "republic of korea": "South Korea",
    "democratic people's republic of korea": "North Korea",
    "russian federation": "Russia",
    "united states": "US",
    "united states of america": "US",
    "united kingdom": "UK",
}


def _un_delegate(text: str, lexicon: Lexicon, known: Sequence[SourceMatch]) -> Mention | None:
    match = _DELEGATE.search(text)
    if match is None:
        match = _DELEGATE_OPENS.match(text)
        # (the record's sign is its capitals: 'JAMES KARIUKI (United Kingdom) turned to'; 'Andrei Lankov (Russia)
        # notes that' is a scholar and his country, no delegate)
        if match is None or not match["name"].isupper():
            return None
    said = normalise(match["country"]).removeprefix("the ")
    # (a country's name, not its capital's: 'Yoon Suk Yeol (Seoul) said' is no UN record)
    country = _UN_COUNTRY_NAMES.get(said) or (
        lexicon.voices.country_named(said) if lexicon.voices.city_country(said) is None else None
    )
    if country is None or any(match.start() <= m.start < match.end("name") for m in known):
        return None  # (one the gazetteer knows speaks for the body it knows: 'SHIN WON-SIK (Republic of Korea)')
    person = match["name"]
    if person.isupper():  # 'JOONKOOK HWANG', 'HWANG JOON-KOOK': the record's capitals, as a name is written
        person = " ".join(word.capitalize() for word in person.split())
    return Mention(f"{country} UN representative ({person_named(person)})", 4, match.start(), match.end("country") + 1,
                   True, country)  # fmt: skip


# a report an outlet ran, which a speaker cites or is asked about: 'cited a report in The Wall Street Journal that ...',
# 'pointing to an article published in the FT', 'Asked about a report in the WSJ that said ...' (not 'dismissed a
# report in', nor 'asked about a story in The Times, said ...': the speaker's own word)
_CITES_REPORT_IN = re.compile(
    r"\b(?:cit(?:ed|es|ing)|quot(?:ed|es|ing)|point(?:ed|s|ing)\s+to|referr?(?:ed|s|ing)\s+to|asked\s+about)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:report|article|story|investigation)s?\s+(?:(?:published|carried|run)\s+)?in\s+"
    r"(?:the\s+)?$"
)
# ... and what that report says, told after it: 'in The Wall Street Journal that', 'in the FT, which said'
_REPORT_TOLD_AFTER = re.compile(r",?\s+(?:that|which\s+(?:said|says|reported|found))\b")
# an outlet's own journalist, who writes for it: "The Spectator's defence editor noted", "the BBC's correspondent said"
_OUTLET_STAFF = re.compile(
    # (not "The Guardian's former Moscow correspondent": one who has left writes for it no longer)
    r"['’]s?\s+(?:(?!(?:former|ex-|one-time|onetime|erstwhile|retired|late)\b)[a-z-]+\s+){0,2}?"
    r"(?:correspondent|editor|reporter|journalist|columnist|bureau\s+chief)\b"
)
# ... speaking after what it says: '..., noted The Spectator's defence editor'
# an outlet that opens the sentence and counts in a later clause of its own: 'The Telegraph could not verify the
# footage, but it has counted at least 40 ...' (its own count)
_IT_COUNTS_AFTER = re.compile(
    r"\s[^.;:\"“]{0,120}?\b(?:but|and|though|although)\s+(?:it\s+|has\s+|had\s+)(?:(?:has|had|also|now|still)\s+)*"
    r"(?:counted|tallied|identified|documented|geolocated|verified|calculated|found|recorded|seen|obtained|reviewed|"
    r"analy[sz]ed)\b"
)
# ... or that opens it with the work its own count rests on: 'NK News has tracked the ships ... By its own tally, ...',
# 'Reuters reviewed shipping data' (an outlet's own reporting; a country that 'tracked' or 'reviewed' says nothing)
_OUTLET_RESEARCHES = re.compile(
    r"\s+(?:(?:has|have|had|also)\s+){0,2}(?:tracked|reviewed|examined|monitored|traced|studied|surveyed|mapped)\b"
)
_ANOTHER_TELLS = re.compile(r"\b(?:said|says|told|tells|according\s+to|estimated|estimates|believes)\b")
_STAFF_INVERTED = re.compile(r"\b(?:said|says|noted|notes|wrote|writes|added|adds|reported|reports)\s+$")
_CRITICS_OF_BEFORE = re.compile(
    r"\b(?:critics|opponents|supporters|detractors|defenders|allies|skeptics|sceptics)\s+of\s+(?:the\s+)?$"
)
_CRITICS_WORDS = ("critics", "opponents", "supporters", "detractors", "defenders", "allies", "skeptics", "sceptics")


def _staff_speaks(low: str, start: int, end: int) -> bool:
    """Whether the outlet named at `start` speaks through its own journalist ("The Telegraph's defence editor
    wrote", '..., noted The Spectator's defence editor')."""
    if not low.startswith(("'", "’"), end):
        return False  # (a cheap test first: most outlets are named without a possessive)
    staff = _OUTLET_STAFF.match(low, end)
    return staff is not None and (
        is_bound(low, start, staff.end()) or _STAFF_INVERTED.search(low, max(0, start - 12), start) is not None
    )


def _office_official(low: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The officials of an office named at low[start:end] ('presidential office officials', 'an official at the
    presidential office'): their noun and span, or None."""
    after = _OFFICE_OFFICIAL_AFTER.match(low, end)
    if after is not None:
        return after["noun"], start, after.end()
    before = _OFFICIAL_AT_BEFORE.search(low, max(0, start - 50), start)
    return (before["noun"], before.start("noun"), end) if before is not None else None


def find_mentions(sentence: Sentence, lexicon: Lexicon, scans: SentenceSources, names: ArticleNames) -> list[Mention]:
    """Every attribution candidate of `sentence`, none overlapping another."""
    low = sentence.low
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    # An outlet's name may hold a place that names a country ('The Kyiv Independent'): that is no voice.
    outlets = names.outlet_spans(sentence.index)
    critics = has_any(low, _CRITICS_WORDS)  # (a cheap look first: most sentences name none)

    def add(mention: Mention) -> None:
        if _inside(mention.start, mention.end, outlets):
            return
        if critics and _CRITICS_OF_BEFORE.search(low, max(0, mention.start - 40), mention.start):
            return  # 'Critics of the Trump administration say ...': the critics speak, not the body they criticise
        if not any(s <= mention.start < e or mention.start <= s < mention.end for s, e in taken):
            found.append(mention)
            taken.append((mention.start, mention.end))

    if " (" in sentence.text and (delegate := _un_delegate(sentence.text, lexicon, scans.sources(sentence.index))):
        add(delegate)
    voices = lexicon.voices.find(low)
    # first the voices spanning place names: 'Seoul, Kyiv and Washington said', 'officials in Seoul'
    for voice in voices:
        if voice.spans_names:
            bound = is_bound(low, voice.start, voice.end)
            add(Mention(_envoy_named(voice, low, names), voice.rank, voice.start, voice.end, bound, voice.country,
                        voice.stands_for_body))  # fmt: skip
    countries = lexicon.source_countries
    if "official" in low or "source" in low:  # 'Yonhap, citing a military source', 'a government source here'
        for voice in lexicon.voices.countryless(low, partial(_countryless_home, sentence, lexicon, names, outlets)):
            name = voice.name
            service = names.intelligence_service() if " intelligence " in f"{name} " else None
            if service and countries.get(service) == voice.country:
                name = service  # 'an intelligence official said' in a story on the NIS's briefing: the NIS's
            add(Mention(name, voice.rank, voice.start, voice.end, is_bound(low, voice.start, voice.end),
                        voice.country, voice.stands_for_body))  # fmt: skip
    sources = scans.sources(sentence.index)
    for official in names.officials(sentence.index):
        # The title says in which capacity a person speaks ('Shin Won-sik, South Korea's national security
        # adviser'), unless the gazetteer names the person alone ('Ukrainian President Volodymyr Zelensky' is
        # 'Zelensky', as everywhere else in the article).
        named = "(" in official.name  # or the office alone: "South Korea's defence minister said"
        surname = official.name.rsplit("(", 1)[1].rstrip(")").lower().split()[-1] if named else None
        inside = [m for m in sources if official.start <= m.start < official.end]
        if any("(" in m.name and countries.get(m.name, official.country) != official.country for m in inside):
            continue  # 'Foreign Minister Choe Son Hui': a person the gazetteer knows as another country's
        if not any(surname and surname in low[m.start : m.end] and "(" not in m.name for m in inside):
            add(Mention(official.name, official.rank, official.start, official.end,
                        is_bound(low, official.start, official.end), official.country))  # fmt: skip
    for voice in lexicon.voices.its_bodies(low):
        bound = is_bound(low, voice.start, voice.end)
        add(Mention(voice.name, voice.rank, voice.start, voice.end, bound, voice.country))
    for body in lexicon.voices.bodies(sentence.text):
        # 'the Ministry of Defence of Japan' is Japan's, though the gazetteer's bare 'ministry of defence' is
        # Seoul's; a body the gazetteer knows under its country keeps the gazetteer's name.
        # ... as does one it knows by the short name after it: "Ukraine's Main Military Intelligence Directorate (GUR)"
        inside = [
            m for m in sources if body.start <= m.start < body.end or _SHORT_NAME.fullmatch(low, body.end, m.start)
        ]
        # (nor the ministry that ends a known body's full name: 'the Main Directorate of Intelligence of the
        # Ministry of Defence of Ukraine')
        if _holds_an_outlet(body.start, body.end, outlets):
            continue  # "South Korea's Yonhap News Agency": an outlet and its country, no body of that country
        if not any(countries.get(m.name) == body.country for m in inside) and not any(
            m.start < body.start and body.end <= m.end and countries.get(m.name) == body.country for m in sources
        ):
            bound = is_bound(low, body.start, body.end)
            add(Mention(body.name, body.rank, body.start, body.end, bound, body.country))
    organisations = names.organisations(sentence.index)
    in_organisation_name = lexicon.voices.in_organisation_name
    # "the BBC's Seoul correspondent", "The Telegraph's Kyiv bureau chief": where the outlet's journalist works
    desks = [
        (start, post.end())
        for start, end in outlets
        if low.startswith(("'", "’"), end) and (post := _OUTLET_STAFF.match(low, end)) is not None
    ]
    for match in sources:
        if match.rank <= 1 and any(v.start == match.start and v.end > match.end for v in voices):
            continue  # "Kyiv's special forces": what the country has speaks (a voice), not the country
        if match.rank <= 1 and in_organisation_name(sentence.text, organisations, match.start, match.end):
            continue  # 'the Kyiv Institute for ...': a place in an organisation's name
        if (
            match.rank <= 1
            and _PLACE_BEFORE.search(low, max(0, match.start - 16), match.start)
            and not bound_before(low, match.start)
        ):
            continue  # 'the ambassador to Seoul said', 'a defector living in Seoul said': a place, not a voice
        if " to " in low[max(0, match.start - 40) : match.start] and _ADDRESSEE_BEFORE.search(
            low, max(0, match.start - 40), match.start
        ):
            continue  # "Kim Jong Un's letter to Putin said": whom the letter is to says nothing
        if match.rank <= 1 and _BODY_IN_PLACE_BEFORE.search(low, max(0, match.start - 40), match.start):
            continue  # 'a think tank in Washington', 'experts in Seoul': where they are, not the country's voice
        if match.rank <= 1 and desks and _inside(match.start, match.end, desks):
            continue  # "the BBC's Seoul correspondent said": the journalist's post, not the country's voice
        if match.rank <= 1 and desks and _FILED_FROM_BEFORE.search(low, max(0, match.start - 20), match.start):
            continue  # "The Telegraph's correspondent reported from Seoul that ...": where the journalist filed
        if (
            match.rank <= 1
            and outlets
            and (filed := _FILED_FROM_BEFORE.search(low, max(0, match.start - 20), match.start)) is not None
            and any(_OUTLET_FILES.fullmatch(low, end, filed.start()) for _, end in outlets)
        ):
            continue  # 'Kyodo News reported from Seoul that ...', 'NHK, reporting from Tokyo,': where the outlet filed
        if match.rank <= 1 and _PLACE_OF_BODY_AFTER.match(low, match.end):
            continue  # 'a Seoul-based think tank estimated': a place, not a voice
        if match.rank in (2, 3) and "(" not in match.name and past_tie_before(low, match.start):
            # 'Victor Cha, who left CSIS in 2024, said', 'a former NIS director said': the person speaks, not the
            # body they left
            continue
        name, country = match.name, countries.get(match.name)
        if (
            match.rank >= 2
            and country
            and sentence.text[match.start : match.end].isupper()
            and (
                described := next(
                    (
                        i
                        for i, m in enumerate(found)
                        if m.country not in (None, country)
                        and _BODY_NOUN_END.search(low, m.start, m.end)
                        and _ACRONYM_GAP.fullmatch(low, m.end, match.start)
                    ),
                    None,
                )
            )
            is not None
        ):
            # "Norway's intelligence service NIS said": the short name of the body just named, another country's,
            # though the gazetteer knows the letters as its own country's body (the South Korean NIS)
            short = found[described]
            bound = is_bound(low, short.start, match.end)
            found[described] = Mention(short.name, short.rank, short.start, match.end, bound, short.country,
                                       short.stands_for_body, short.cited)  # fmt: skip
            taken[taken.index((short.start, short.end))] = (short.start, match.end)
            continue
        if (
            match.rank <= 1
            and country
            and _PRESIDENTIAL_OFFICE.fullmatch(low, match.start, match.end)
            and (officials := _office_official(low, match.start, match.end)) is not None
            and (adjective := lexicon.voices.adjective(country)) is not None
        ):
            noun, start, end = officials
            add(Mention(f"{adjective} presidential {noun}", 1, start, end, is_bound(low, start, end), country))
            continue
        if country and (other := lexicon.voices.other_country(low, match.start, match.end, country, sentence.text)):
            name, country = other  # "Ukraine's presidential office": the gazetteer's bare name is Seoul's
        elif (
            country
            and bare_kind(low[match.start : match.end]) == "defence"
            and (after := lexicon.voices.country_after(low, match.end)) is not None
            and after != country
        ):
            # 'the Defense Department of South Korea': the country named after it is the body's
            name, country = lexicon.voices.body_of(after, low[match.start : match.end]), after
        elif country and (owner := names.home_namesake(sentence.index, match.start, match.end, name, country)):
            name, country = owner  # 'WASHINGTON -- The Defense Intelligence Agency said': Washington's, not Seoul's
        elif country and (owner := names.bare_body_owner(sentence.index, match.start, match.end, country)):
            name, country = owner  # 'the defence ministry' after "Britain's defence ministry", or on a British page
        elif country and names_the_person(name, low[match.start : match.end]):
            # 'Shin Won-sik, the national security adviser': the post the sentence gives, not the gazetteer's
            person = sentence.text[match.start : match.end]
            name = lexicon.voices.appositive_office(sentence.text, match.end, country, person) or name
        # 'the Prosecutor General's Office of Ukraine told Reuters': the body's own country is part of its name
        end = lexicon.voices.own_country_after(low, match.end, country) if country else match.end
        bound = is_bound(low, match.start, end)
        if match.rank == 2 and not bound and (member := member_speaks(sentence.text, low, match.start, end, is_bound)):
            # 'Jack Watling, a senior research fellow at RUSI, said': the research body, with its member
            add(Mention(f"{name} ({person_named(member['person'])})", 3, member.start(), end, True, country))
            continue
        if (
            match.rank == 2
            and not bound
            and (member := post_and_person_after(sentence.text, low, match.start, end, is_bound))
        ):
            # "CSIS's Victor Cha said": the same, the post (if any) between them
            add(Mention(f"{name} ({person_named(member['person'])})", 3, match.start, member.end(), True, country))
            continue
        if match.rank == 2 and (member := _member_of_known_body(sentence.text, low, match.start, end, name, lexicon)):
            # 'Ankit Panda of the Carnegie Endowment for International Peace said': its member, named with it
            add(Mention(f"{name} ({person_named(member['person'])})", 3, member.start(), end, True, country))
            continue
        if not bound and low.startswith("'s", end - 2):
            office = _BODY_AFTER_POSSESSIVE.match(low, end)  # "Ukraine's prosecutor general's office said"
            if office is None or not is_bound(low, match.start, office.end()):
                continue  # "Putin's men" names no speaker; "Budanov's estimate" does
            end, bound = office.end(), True
        add(Mention(name, match.rank, match.start, end, bound, country))
    for organisation in organisations:
        name_start = organisation.start + (4 if sentence.text.startswith("The ", organisation.start) else 0)
        if any(start == name_start for start, _ in outlets) or _holds_an_outlet(
            organisation.start, organisation.end, outlets
        ):
            continue  # '(The) Yonhap News Agency' is the outlet Yonhap, named with what it is (and its country)
        if past_tie_before(low, organisation.start):
            continue  # ('a former fellow at the Asan Institute for Policy Studies said': the person's, by name)
        member = MEMBER_BEFORE.search(sentence.text, max(0, organisation.start - 80), organisation.start)
        if member and (
            is_bound(low, member.start(), member.end("person"))
            or is_bound(low, member.start(), organisation.end + low.startswith(",", organisation.end))
        ):
            # 'says Park Ji-won of the Institute for ...', 'Park Ji-won, an analyst at the ... Institute, said': its
            # member, named with it
            name = f"{organisation.name} ({person_named(member['person'])})"
            add(Mention(name, organisation.rank, member.start(), organisation.end, True, None))
        elif is_bound(low, organisation.start, organisation.end):
            add(Mention(organisation.name, organisation.rank, organisation.start, organisation.end, True, None))
    for voice in voices:
        if not voice.spans_names:
            # "Seoul's estimate that ...", 'a U.S. assessment that ...': the country's own count, told in the clause
            bound = is_bound(low, voice.start, voice.end) or (
                low.endswith(("estimate", "assessment"), voice.start, voice.end) and low.startswith(" that ", voice.end)
            )
            if not bound and low.startswith(("'s ", "’s "), voice.end):
                continue  # "the Russian army's artillery fire" names no speaker
            name = _envoy_named(voice, low, names)
            add(Mention(name, voice.rank, voice.start, voice.end, bound, voice.country,
                        voice.stands_for_body))  # fmt: skip
    for start, end, name in names.surnames_in(sentence.index):
        add(Mention(name, 3, start, end, is_bound(low, start, end), None))
    for start, end, name in names.members_in(sentence.index):
        add(Mention(name, 3, start, end, is_bound(low, start, end), None))
    for start, end, name in names.short_names_in(sentence.index):
        add(Mention(name, 3, start, end, is_bound(low, start, end), countries.get(name)))
    for start, end in lexicon.voices.countryless_intelligence(low):
        # the article's one intelligence service, else the one of the country the story is filed from
        if is_bound(low, start, end) and (
            service := names.intelligence_service() or names.home_body(sentence.index, "intelligence")
        ):
            add(Mention(service, 3, start, end, True, countries.get(service)))
    for start, end in lexicon.voices.countryless_military(low):
        # the article's one military, else the one of the country the story is filed from ('SEOUL -- ...,
        # according to the military')
        if is_bound(low, start, end) and (military := names.military() or names.home_body(sentence.index, "military")):
            add(Mention(military, 3, start, end, True, countries.get(military)))
    for start, end in lexicon.voices.countryless_general_staff(low):
        # the article's one general staff, else the one of the country the page is from (Ukrinform's is Kyiv's)
        if is_bound(low, start, end) and (staff := names.general_staff(sentence.index)):
            add(Mention(staff, 3, start, end, True, countries.get(staff)))
    for start, end in outlets:
        if any(s <= start < e for s, e in taken):
            continue
        # the paper a report ran in that a speaker cites, told what it says ('cited a report in Yonhap that ...'; not
        # 'cited a report in Yonhap but said his own figure was higher'): the figure's origin, relayed by the speaker
        # (a cheap test first: most sentences name none)
        cited = (
            " in " in low[max(0, start - 12) : start]
            and _CITES_REPORT_IN.search(low, max(0, start - 70), start) is not None
            and _REPORT_TOLD_AFTER.match(low, end) is not None
        )
        bound = (
            is_bound(low, start, end)
            or RELAY_TOLD.search(low, 0, start) is not None
            or cited
            or _staff_speaks(low, start, end)
            # ('Reuters could not independently verify the figure but has counted 40 ...': the pronoun left out)
            or (
                start <= 4
                and (" it " in low or " has " in low or " had " in low)
                and _IT_COUNTS_AFTER.match(low, end) is not None
            )
            or (
                start <= 4
                and _OUTLET_RESEARCHES.match(low, end) is not None
                and _ANOTHER_TELLS.search(low, end) is None  # ('Reuters reviewed papers ..., the NIS said': the NIS's)
            )
        )
        if not bound and (journalist := journalist_speaks(sentence.text, low, start, end, is_bound)) is not None:
            # 'Kim Tae-hyun, a reporter at Yonhap, said', "Yonhap's Kim Soo-yeon reported": the outlet's own reporting
            span = (min(start, journalist.start()), max(end, journalist.end()))
            found.append(Mention(lexicon.outlet_name(sentence.text[start:end]), 0, *span, True, None))
            continue
        if not bound and (
            (member := member_speaks(sentence.text, low, start, end, is_bound))
            or (member := post_and_person_after(sentence.text, low, start, end, is_bound, outlet=True))
        ):
            # 'Jenny Town, director of 38 North, said': the site speaks through its head, named with her
            name = f"{lexicon.outlet_name(sentence.text[start:end])} ({person_named(member['person'])})"
            found.append(Mention(name, 3, min(start, member.start()), max(end, member.end()), True, None))
            continue
        found.append(Mention(lexicon.outlet_name(sentence.text[start:end]), 0, start, end, bound, None, cited=cited))
    for start, end in outlet_references(low):  # 'the newspaper reported': the outlet named before
        if low[start:end] == "the paper" and names.paper_is_a_document(sentence.index):
            continue  # 'the paper says' after 'the annual white paper': the document
        if (outlet_name := names.outlet_before(sentence.index)) and (
            is_bound(low, start, end) or RELAY_TOLD.search(low, 0, start) is not None
        ):
            found.append(Mention(outlet_name, 0, start, end, True, None))
    return found
