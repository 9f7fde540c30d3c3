"""The speaker a sentence gives its figure of its own (core/extract/attribution.py): the mentions of each
sentence and which of them speaks for a figure at a given place, before anything across sentences."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from core.extract.article_names import ArticleNames, SentenceSources
from core.extract.sentences import Sentence
from core.extract.speakers import Mention, find_mentions
from core.extract.speech import (
    SPEECH,
    Speaker,
    noun_clause_start,
    quotation_starts,
    segment,
    unnamed_speaker,
)
from core.lexicon import Lexicon
from core.phrases import has_any
from core.voices import AGENT_VERBS

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
# (a person's citing only, and of whom vouched for the figure: not 'a figure it said Ukrainian intelligence had
# shared', an outlet relaying its source)
_CONFIRMER_BEFORE = re.compile(
    r",\s+(?:a|the)\s+(?:figure|number|estimate|count|tally|total)\s+(?:that\s+|which\s+)?(?:he|she)\s+"
    r"(?:said|says)\s+(?:that\s+)?$"
)
_CONFIRMED_AFTER = re.compile(r"[\w\s'’.-]{0,40}?\b(?:had|has|have)\s+(?:\w+\s+)?(?:confirmed|verified|corroborated)\b")
# ... what was said before it, named back: 'dismissed the accusation', 'dismisses these claims' (a denial that the
# sentence's figure is told as denied, 'rejected the claims', keeps its denier)
_DISMISSES_WHAT_CAME_BEFORE = re.compile(
    r"\s+(?:\w+\s+)?dismiss(?:es|ed)?\s+(?:the|these|those|such|this|that|"
    r"all\s+such)\s+(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|assertions?|figures?)\b"
    # (not 'dismissed the accusation that it was sending soldiers': what it dismisses is told after it)
    r"(?!\s+(?:that|of)\b)"
)
_DENIES_RIGHT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b")
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
_THEIR_REPORT = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|findings|study|paper)\b")
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
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|claimed|claims|estimated|estimates|reported|"
    r"reports|believes|believe|wrote|writes)\b"
)
# the paper US copy calls 'the Times', unless a London paper of that name is on the page
_NEW_YORK_TIMES = re.compile(r"\b(?:new\s+york\s+times|nyt)\b")
_LONDON_TIMES = re.compile(r"\b(?:times\s+of\s+london|london\s+times|sunday\s+times)\b")
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


# 'soldiers to fight for Vladimir Putin': a name after these words is whom support goes to, not who says so
# (unless a word of speech binds it).
_BENEFICIARY_BEFORE = re.compile(
    r"(?<!spokesperson\s)(?<!spokesman\s)(?<!spokeswoman\s)\b(?:for|to|against|with)\s+(?:the\s+)?$"
)
_RECEIVER_BEFORE = re.compile(
    r"\b(?:handed|hands|gave|given|gives|sent|sends|supplied|supplies|provided|provides|delivered|delivers|sold|sells|"
    r"shipped|ships|transferred|offered|lent)\s+(?:russian\s+)?(?:president\s+)?$"
)
_HELPED_BEFORE = re.compile(r"\b(?:help|helping|support|supporting|back|backing|aid|aiding)\s+(?:the\s+)?$")
# ... nor one fought: 'sent to help Russia push the Ukrainian army out of Kursk', 'to fight Ukraine's forces'
_FOUGHT_BEFORE = re.compile(
    r"\b(?:fight|fighting|fought|push|pushing|pushed|repel\w*|drive|driving|drove|battl\w*|engag(?:e|es|ed|ing)|"
    r"fac(?:e|es|ed|ing)|confront\w*|oust\w*|dislodg\w*|expel\w*|encircl\w*|defeat\w*|attack\w*|ambush\w*|"
    r"rout(?:s|ed|ing)?|surround\w*|outflank\w*)\s+(?:the\s+)?$"
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
_ARMED_SERVICE = re.compile(r"\b(?:Navy|Air Force|Army|military|Armed Forces|Special Forces)\b")
# another figure the page's own compares with, whose speaker is named after it: '... 200 guns, more than the 120
# cited by Ukrainian intelligence', '... 10 million rounds, above the roughly 9 million that the MSMT cited'
_COMPARED_FIGURE = re.compile(
    r"\b(?:than|above|below|beyond|exceeds?|exceeding|compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+"
    r"[^.;\d]{0,30}\d"
)


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


class _OwnSpeaker:
    """Attributions' part that works out its state and the speaker a sentence gives its figure of its own."""

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

    def _quotation_starts(self) -> list[int | None]:
        if self._quotations is None:
            self._quotations = quotation_starts(self._sentences)
        return self._quotations

    def _speaker(self, i: int) -> Speaker | None:
        """unnamed_speaker of sentence i, worked out once (its own figures and the sentences after it ask)."""
        if i not in self._speakers:
            sentence = self._sentences[i]
            self._speakers[i] = unnamed_speaker(sentence.text, sentence.low)
        return self._speakers[i]


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
