"""Extract stage entry point: an Article in, its de-duplicated quantified claims out."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import combinations
from pathlib import Path

from core.extract import context
from core.extract.actors import actors_of, names_another_country
from core.extract.attribution import Attributions
from core.extract.casualty_cues import REPLACES_BEFORE
from core.extract.doubt_cues import OPEN_QUESTION, asserts
from core.extract.figures import Figure, read_figures
from core.extract.mentions import Mention, item_mentions
from core.extract.numbers import Quantity, find_quantities
from core.extract.numerals import HEDGE_WORD, small_number_word
from core.extract.sentences import Sentence, split_sentences
from core.extract.speech import SPEAKS_AFTER
from core.extract.supply_direction import russia_gives
from core.extract.support_verbs import NK_NAMED, SHARE_OF_THEM, added_before, might_assert
from core.lexicon import Lexicon, SourceMatch, Term, TermMatch, load_lexicon
from core.models import Article, Category, Claim, Direction, Qualifier, Status
from core.phrases import Tokens, has_any, normalise, tokenize
from core.settings import DEFAULT_CONFIG_DIR


@lru_cache(maxsize=4)
def default_lexicon(path: str | None = None) -> Lexicon:
    return load_lexicon(DEFAULT_CONFIG_DIR / "lexicon.toml" if path is None else Path(path))


# 'has dispatched more troops': an item asserted without a figure is an addition when 'more' leads it.
_PARTICIPLE_OPENS = re.compile(
    r"\s+(?:sending|deploying|dispatching|supplying|shipping|delivering|providing)\b"
    # ... and the total a participle sums, which is done or to come as the addition it sums is: 'will send 3,000
    # more troops, bringing the total to about 14,000'
    r"|\s+(?:bringing|raising|taking|pushing|lifting|putting)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:total|tally|number|count|figure|deployment|contingent|presence|force)\b"
)
# A table row whose label names an addition, the figure in a cell after it: 'Reinforcements | ~3,000 | JCS',
# 'Troops, reinforcements (Jan.-Feb. 2025) | 3,000 | 4,000' (not 'Troops incl. reinforcements | 14,000', a total)
_ADDED_ROW_LABEL = re.compile(
    r"[\W]*(?:(?!\b(?:incl\w*|total|with|and|plus|among|killed|wounded|losses|casualties)\b)[^|\n])*?"
    r"\b(?:reinforcements|replacements|(?:additional|extra|further)\s+(?:troops|soldiers|personnel|forces))\b"
    r"(?:(?!\b(?:incl\w*|total|with|and|plus|among)\b)[^|\n])*\|[^\n]*$"
)
# (not a kind: 'shipped 150 missiles of these types ..., and could hand over another 100')
_PART_OF_WHOLE = re.compile(
    r"\b(?:of\s+them|of\s+whom|of\s+(?:those|these)\b(?!\s+(?:types?|kinds?|models?|variants?|sorts?|classes)\b))"
)
_NEW_CLAUSE = re.compile(r"\b(?:and|but|while)\s+(?:that|the|it|they)\b|;")
# 'more missiles', and the next item of its list: 'shipped more ballistic missiles and self-propelled guns'
# ('more advanced missiles' are better ones, not more of them)
_NOT_MORE_OF = (
    r"(?!than\b|(?:advanced|modern|sophisticated|powerful|accurate|capable|reliable|effective|important|importantly|"
    r"lethal|dangerous|precise|destructive|potent|valuable|useful|significant|serious|recent|often)\b)"
)
_MORE_BEFORE = re.compile(
    rf"\bmore\s+{_NOT_MORE_OF}(?:[\w-]+\s+){{0,2}}$"
    # ('has additionally supplied ballistic missiles and 170 mm self-propelled guns')
    r"|\badditionally\s+(?:[\w-]+\s+){1,4}?(?:and|or)\s+(?:[\w-]+\s+){0,2}$"
    # ... and every later item of its list: 'ship more howitzers, KN-23 missiles and rocket launchers'
    rf"|\bmore\s+{_NOT_MORE_OF}(?:(?:[\w-]+\s+){{0,2}}(?:and|or)\s+$|(?:[\w-]+\s+){{0,2}}[\w-]+"
    r"(?:\s*,\s*[\w-]+(?:\s+[\w-]+){0,2})*(?:\s*,\s*(?:(?:and|or)\s+)?|\s*,?\s+(?:and|or)\s+)(?:[\w-]+\s+){0,2}$)"
)
_ADDED_IN_NAME = re.compile(r"(?:second|third|fourth|further|additional)\s+deployment")
# two figures joined as a list: '50 howitzers and 20 rocket launchers'
_LIST_JOIN = re.compile(rf"(?:\s+and|,|,\s+and)\s+(?:{HEDGE_WORD}\s+)?")
_BARE_AND = re.compile(rf"\s+and\s+(?:{HEDGE_WORD}\s+)?")
# an addition word right before a list's first figure: 'an additional', 'a further', 'another'
_ADDED_BEFORE = re.compile(rf"\b(?:an?\s+additional|a\s+further|another|additional)\s+(?:{HEDGE_WORD}\s+)?$")
# between the two figures of a casualty pair: ' north korean soldiers have been killed and '
_HEDGED_PAIR = re.compile(
    r"(?:\s+(?:north\s+korean\s+)?(?:soldiers|troops|servicemen|personnel)?\s*(?:(?:have|had|has)\s+been|were|was)?\s*"
    r"(?:killed(?:\s+in\s+action)?|kia|dead|deaths|wounded|injured))?\s+and\s+"
)
# a second batch: 'another 1,500 troops', 'a further 1,500', '1,500 more have followed'
_ANOTHER_BATCH = re.compile(
    rf"\b(?:another|a\s+further|an\s+additional)\s+(?:{HEDGE_WORD}\s+)?\d"
    r"|(?<![\w,.])\d[\d,.]*\s+more\s+(?:have|had|has|were|are)\b"
)
# a batch told as the earlier one ('last week', 'the initial group'), not one referred back to ('the 1,500')
_EARLIER_BATCH = re.compile(
    r"\b(?:last\s+(?:week|month)|earlier|initial|previously|first\s+(?:batch|group|contingent|wave|deployment))\b"
)
_REFERS_TO_FIGURE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}\d")  # 'the previously unreported 1,500'
_SAME_AGAIN = re.compile(r"\b(?:as\s+well|too|likewise|also|same)\b")
# a figure with a verb of its own after it: 'and 11,000 are already in Kursk'
# a planned figure's verb, then a speaker's aside and 'and' before more of the item with no verb of its own: 'Around
# 6,000 builders will be sent to Kursk, Shoigu said, and 1,000 more sappers later' (the 1,000 are planned too)
_PLANNED_THEN_AND = re.compile(
    r"(?:\s+(?:and|or)\s+[a-z-]+)?\s+(?:will|would|are\s+to|is\s+to|are\s+(?:due|set|expected)\s+to)\s+(?:be\s+)?[a-z]+"
    r"(?:\s+(?:to|in|into|for)\s+[\w'’ -]{1,30}?)?"
    r"(?:,\s+[\w.'’ -]{1,40}?\s+(?:said|says|announced|added|told\s+[\w ]{1,20}?))?,?\s+and\s+(?:then\s+)?"
    rf"(?:(?:another|a\s+further)\s+)?(?:{HEDGE_WORD}\s+)?"
)
_OWN_VERB_AFTER = re.compile(r"[\w\s'’-]{0,30}?\b(?:are|is|were|was|have|has|had|will|would|remain|remained)\b")
# A list entry with a label of its own ('- Shells: another 1.5m rounds'): no figure of the entry before is its
# first item, so its 'another' adds to that item.
_ENTRY_LABEL = re.compile(r"\s*[-•*▲►■]\s*[\w'’ ./>-]{1,30}:\s")
# the speaker's words that go on to a part of the figure before: '..., the NIS said, adding that 1,000 of them are'
_SPEAKER_ADDS = re.compile(
    r"[^.;,]*,\s+(?:[\w'’.-]+\s+){0,5}?(?:said|says|told\s+(?:[\w-]+\s+){1,3}?)"
    # (the speaker named after 'said', who goes on: 'said NIS director Kim, who added that')
    r"(?:\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?,?\s+(?:adding|noting|who\s+added|and\s+added)\s+(?:that\s+)?(?:[\w-]+\s+)?"
)
_GOES_ON = (" adding ", " noting ", " added ")
# a part of the figure before: '..., 1,000 of them sappers'
_SHARE_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|whom)\b")
# a count set after its items, a comma between: 'will send more troops to Russia, perhaps 6,000'
_MAYBE = r"(?:(?:perhaps|possibly|maybe|probably|likely)\s+)?"
_APPOSED_BEFORE = re.compile(rf"(?:[\w)],|\s[-—–])\s+{_MAYBE}$")
_NOTHING_COUNTED_AFTER = re.compile(r"(?:\s+of\s+them)?\s*(?:[,.;:)]|$)")
_MORE_ITEMS_BEFORE = re.compile(r"\b(?:more|additional|extra|fresh|further)\s+(?:[\w'’-]+\s+){0,2}$")
# (the items, with at most where they go between them and the count: not '..., the NIS said, 6,000')
_ITEM_THEN_COMMA = re.compile(
    r"(?:\s+(?:to|for|in|into)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:,|\s[-—–])\s+"
    + _MAYBE
    # ... or the items said to be due, then the count after a dash: 'more troops are expected in Kursk next month -
    # about 1,000', 'have not been deployed yet but are expected to follow in the summer - some 500 of them'
    + r"|\s+(?:[\w'’ ]{0,40}?\b(?:but|and)\s+)?(?:are|is)\s+(?:still\s+|also\s+)?(?:expected|set\s+to|"
    # (not what those there will do: 'are expected to stay in Kursk - about 11,000 of them')
    r"likely\s+to)\b(?!\s+(?:to\s+)?(?:remain|stay|fight|serve|keep)\b)[^,;.—–]{0,50}?\s[-—–]\s+" + _MAYBE
)


def _item_named_before(text: str, terms: Sequence[TermMatch], category: Category, begin: int) -> int | None:
    """Where the items of `category` named right before a count set after them start: 'more troops to Russia,
    perhaps 6,000', 'labourers to Russia's drone plants - as many as 8,000'."""
    last = next((t for t in reversed(terms) if t.end <= begin and t.term.category is category), None)
    return last.start if last is not None and _ITEM_THEN_COMMA.fullmatch(text, last.end, begin) else None


# a figure restating the one before it: 'four brigades, or about 12,000 troops'
_RESTATED = re.compile(rf"[\w)],\s+or\s+(?:{HEDGE_WORD}\s+)?$")


@dataclass
class _Found:
    claim: Claim
    headline: bool
    order: int


def is_on_topic(article: Article, lexicon: Lexicon) -> bool:
    """English, and about both North Korea and Russia (or North Korea's people at Russia's war: Lexicon.about_both)."""
    if article.language not in (None, "en"):
        return False
    # (with the lines dropped as not its word: a fact check's rated claim may be all that names Russia)
    low = normalise(f"{article.text}\n{article.unasserted}" if article.unasserted else article.text)
    return lexicon.about_both(low)


def extract_claims(article: Article, lexicon: Lexicon | None = None) -> list[Claim]:
    """Quantified claims of North Korea-Russia military support that the article makes, one per figure."""
    lexicon = lexicon or default_lexicon()
    if not is_on_topic(article, lexicon):
        return []
    found: list[_Found] = []
    sentences = split_sentences(article.text)
    scans = _SentenceScans(article.text, sentences, lexicon)
    numbers = _Spans(find_quantities(article.text, lexicon))
    sources = Attributions(sentences, lexicon, scans, article.title, article.url)
    nk_context = _NorthKoreaContext(sentences, lexicon)
    last_figure: dict[int, Term] = {}
    claims_before: list[int] = []  # how many claims were found before each sentence

    def told_nothing(j: int) -> bool:
        """Whether sentence j (one before the current) told no claim."""
        return 0 <= j < len(claims_before) - 1 and claims_before[j + 1] == claims_before[j]

    def claimed_item(i: int) -> Term | None:
        """What 'That is up from 3,000', 'raised that to 10,000' count: the item of the nearest of the three sentences
        before that counts or names one, when that sentence made a claim of it."""
        for j in range(i - 1, max(-1, i - 4), -1):
            if j in last_figure:
                return last_figure[j]
            item = _last_item(sentences[j].low, scans.terms(j))
            if item is not None:
                # (the nearest sentence naming an item: 'the army has about 1.2 million soldiers. That is down from
                # 1.3 million' compares what it names, which is no claim)
                return item if claims_before[j + 1] > claims_before[j] else None
        return None

    def antecedent(i: int) -> Term | None:
        """What a bare 'the total stood at 600' counts: the last figure or item of the three sentences before."""
        for j in range(i - 1, max(-1, i - 4), -1):
            if j in last_figure:
                return last_figure[j]
            if item := _last_item(sentences[j].low, scans.terms(j)):
                return item
        return None

    for i, sentence in enumerate(sentences):
        claims_before.append(len(found))
        quantities = numbers.within(sentence)
        pronoun_is_nk = partial(nk_context.is_subject_before, i)  # 'It has also shipped missiles'
        # 'Additional supplies of troops could follow' after sentences on North Korea's (no other country named)
        context_is_nk = partial(_only_north_korea_before, nk_context, i, sentence.low)
        # ('It has also delivered fighter jets' after a sentence Russia opens)
        russia_before = partial(nk_context.russia_is_subject_before, i)
        nk_before = (pronoun_is_nk, context_is_nk, russia_before)
        if sentence.text.rstrip(" '\"”’").endswith("?"):
            continue  # a question asserts no figure
        # 'An earlier version of this story gave the number as 80,000': a figure taken back
        withdrawn = _withdrawn_in_correction(sentences, i) if "version" in sentence.low else None
        # (a cheap look first: 'ource' has no other letters that match it regardless of case, as 's' has 'ſ')
        if "ource" in sentence.low and _SOURCES_LINE.match(sentence.text) and not _TELLS_A_FIGURE.search(sentence.low):
            continue  # 'Sources: HUR, except the 2,600 (NIS)': whose the figures above are, none of its own
        opening = _PARTS_OF_THE_ONE_BEFORE.match(sentence.low) if i else None
        parts: Callable[[], _PartsOfBefore | None]
        if opening:
            parts = cache(partial(_parts_of_support_before, sentences, i, opening, nk_context, lexicon, scans.terms))
        elif i and _BULLET.match(sentence.text) and (lead := _list_lead(sentences, i)) is not None:
            parts = cache(partial(_support_of, sentences, lead, nk_context, lexicon))  # '- KN-24 missiles' under
        else:  # 'What North Korea has delivered so far:'
            parts = _no_parts
        if not quantities:
            source_spans = partial(_spans, scans.sources, i)  # the sources' words name no item
            told = len(found)
            for mention in _mentions(sentence, nk_before, lexicon, scans.terms, set(), source_spans, parts):
                if withdrawn and withdrawn.covers(mention.start):
                    continue  # what the earlier version wrongly said
                for claim in _mention_claims(article, sentence, mention, sources, lexicon, scans.terms(i)):
                    if _recalled(sentence.low, mention, claim, found, lexicon):
                        continue
                    found.append(_Found(_as_listed(claim, parts()), _is_headline(article, sentence), len(found)))
            if (
                len(found) == told
                and _may_plan_more(sentence.low)
                and (more := _more_of_the_last(article, sentence, last_figure.get(i - 1), sources, lexicon))
            ):
                found.append(_Found(more, False, len(found)))
            if (
                len(found) == told
                and i
                and has_any(sentence.low, _DENIAL_WORDS)  # (a cheap look first: most deny nothing)
                and (denial := _DENIES_WHAT_WAS_TOLD.match(sentence.low))
                and _ACCUSED.match(denial["who"])
                and not _NOT_DENYING_BACK.search(sentence.low, 0, denial.end())
            ):
                source = sources.voice_in(i, denial.start("who"), denial.end("who"))
                if source is None and _BOTH_PARTIES.fullmatch(denial["who"].strip()):
                    # 'Both countries deny it.': the two parties, named together
                    source = lexicon.voices.governments_in("pyongyang and moscow")
                # what the sentence before told, or the one before it when that one told nothing
                denied = _denied(found, sentences[i - 1], sentence, source)
                if not denied and i > 1:
                    denied = _denied(found, sentences[i - 2], sentence, source)
                for claim in denied:
                    found.append(_Found(claim, False, len(found)))
            if (
                denied_deployment := _deployment_denied(article, sentences, i, found[told:], sources, lexicon)
            ) is not None:
                found.append(_Found(denied_deployment, _is_headline(article, sentence), len(found)))
            continue
        figures = read_figures(
            sentence,
            quantities,
            lexicon,
            scans.terms(i),
            scans.cues(i),
            previous_mentions_nk=lambda i=i: nk_context.before(i),  # type: ignore[misc]
            pronoun_is_nk=pronoun_is_nk,
            previous_item=lambda i=i: antecedent(i),  # type: ignore[misc]
            answers_how_many=i > 0 and _asks_how_many(sentences[i - 1]),
            previous_items=lambda i=i: [t.term for t in scans.terms(i - 1) if not t.term.is_measure] if i else [],  # type: ignore[misc]
            previous_figure=lambda i=i: claimed_item(i),  # type: ignore[misc]
        )
        if figures:
            last_figure[i] = Term(figures[-1].category, figures[-1].subtype, figures[-1].unit)
        counted = {f.category for f in figures}
        # the words of the figures' own noun phrases and of sources ('Ukraine's air force') name no other item, and
        # an item right after a number is that number's, counted or set aside ('57 drones' Russia launched)
        spans = [(f.quantity.start, f.np_end) for f in figures] + [(m.start, m.end) for m in scans.sources(i)]
        spans += [(q.start, _noun_reach(sentence.low, q.end)) for q in quantities]
        if withdrawn:  # (its figures still set their words and items aside)
            figures = [f for f in figures if not withdrawn.takes_back(f.quantity)]
        for mention in _mentions(sentence, nk_before, lexicon, scans.terms, counted, spans.copy, parts):
            if withdrawn and withdrawn.covers(mention.start):
                continue
            for claim in _mention_claims(
                article, sentence, mention, sources, lexicon, scans.terms(i), _in_a_tally(figures), told_nothing(i - 1)
            ):
                if _recalled(sentence.low, mention, claim, found, lexicon):
                    continue
                found.append(_Found(_as_listed(claim, parts()), _is_headline(article, sentence), len(found)))
        told_here = found[claims_before[i] :]
        if (denied_deployment := _deployment_denied(article, sentences, i, told_here, sources, lexicon)) is not None:
            found.append(_Found(denied_deployment, _is_headline(article, sentence), len(found)))
        coming = None
        if _may_plan_more(sentence.low):
            coming = _more_to_come(article, sentence, figures, sources, lexicon)
            if coming is None and not figures:  # ('Officials warn thousands more could follow': no figure counted)
                coming = _more_of_the_last(article, sentence, last_figure.get(i - 1), sources, lexicon)
        if coming is not None:
            found.append(_Found(coming, _is_headline(article, sentence), len(found)))
        before = None
        if i - 1 in last_figure and not _ENTRY_LABEL.match(sentence.low):
            before = (last_figure[i - 1].category, last_figure[i - 1].subtype)
        added_list, previous = False, None
        for k, figure in enumerate(figures):
            source = sources.source_for(i, figure.quantity.begin)
            told_before = sentences[i - 1].low if i else ""
            claim = _build_claim(
                article, sentence, figure, quantities, source, lexicon, before, scans.terms(i), told_before
            )
            if claim.subtype == "captured" and claim.source is not None:  # (a cheap look first: few are prisoners)
                claim = _unless_held_prisoners_told_as_fact(
                    claim, sources, sentence.low, i, figure.quantity.begin, _in_a_tally(figures), told_nothing(i - 1)
                )
            if k:
                claim, added_list = _shared_with_the_one_before(sentence.low, figures[k - 1], figure, claim, previous,
                                                                added_list)  # fmt: skip
            previous = claim
            if claim.unit == "containers" and (
                claim.direction is Direction.RU_TO_NK or _GONE_TO_NORTH_KOREA.match(sentence.low, figure.np_end)
            ):
                continue  # containers going to North Korea hold what Russia pays with: a shipment of unknown cargo
            found.append(_Found(claim, _is_headline(article, sentence), len(found)))
            before = (figure.category, figure.subtype)
            if "," in sentence.low[figure.np_end :] and (
                denied_after := _denial_after(claim, sentence, figure.np_end, lexicon)
            ):
                # '... delivered 50 missiles to Russia, which Moscow denies': the denial is of the item, not the count
                cleared = {"value": None, "value_max": None, "qualifier": None, "incremental": False, "period": None}
                found.append(_Found(denied_after.model_copy(update=cleared), False, len(found)))
        if i and figures and claims_before[i] > claims_before[max(0, i - 2)]:  # (the two sentences before)
            _restate_the_plan(found, claims_before[max(0, i - 2)], claims_before[i], sentence.low)
    # sources as users read them, once the duplicates have been ranked by their gazetteer names
    return [
        claim
        if (shown := lexicon.displayed_source(claim.source)) == claim.source
        else claim.model_copy(update={"source": shown})
        for claim in _deduplicate(found, lexicon)
    ]


# a sentence that only restates, sums or breaks down figures: 'The 6,000 are made up of 1,000 sappers and ...',
# "That's 6,000 personnel in all", 'That is the sum of the 1,000 ... and 5,000 ...'
_SUMS_UP = re.compile(
    r"\b(?:in\s+all|in\s+total|all\s+told|the\s+sum\s+of|made\s+up\s+of|consists?\s+of|consisting\s+of|"
    r"comprising|comprises?|split\s+(?:into|between)|broken\s+down\s+into|adds?\s+up\s+to)\b"
)
# ... and one that tells an act or a state of its own: 'So far 1,000 of them have arrived'
_ACT_OF_ITS_OWN = re.compile(
    r"\b(?:has|have|had|was|were|already|so\s+far|now|currently|arrived|reached|sent|deployed|dispatched|"
    r"delivered|shipped|supplied|transferred|killed|wounded|died|stationed|based|fighting|fought|went|came|entered|"
    r"crossed|joined|took\s+part|left|departed|set\s+off|returned|began|started|moved|landed|flew)\b"
)


_PART_OF_THEM = re.compile(r"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|hundred))?" + _SHARE_OF_THEM.pattern)


def _restate_the_plan(found: list[_Found], before: int, here: int, low: str) -> None:
    """A sentence with no act of its own that restates, sums or breaks down what the sentence before (or the one
    before it) said is planned tells a plan too ('North Korea will send 6,000 builders and deminers. The 6,000 are
    made up of 1,000 deminers and 5,000 builders'; not 'So far 1,000 of the 6,000 have arrived'). Only the figures
    of the plan are made planned: one repeating a planned figure, one summing the planned figures, or the parts
    that add up to one ('in total' alone leaves a stock of its own reported: 'That is on top of 11,000 troops in
    all')."""
    planned = [
        f.claim
        for f in found[before:here]
        if f.claim.status is Status.PLANNED
        and f.claim.value is not None
        and f.claim.category is not Category.CASUALTIES
    ]
    if not planned or _ACT_OF_ITS_OWN.search(low):
        return
    values = {c.value for c in planned}
    told = [
        (k, f.claim)
        for k, f in enumerate(found[here:], here)
        if f.claim.value is not None and f.claim.category is not Category.CASUALTIES
    ]
    of_the_plan = {k for k, claim in told if claim.value in values}
    if " of " in low and _PART_OF_THEM.search(low):
        # a part of the plan's whole told with no act of its own: 'About 1,000 of them are sappers' after 'will send
        # 3,000 more troops' (not 'So far 1,000 of them have arrived')
        most = max(v for v in values if v is not None)
        of_the_plan |= {k for k, claim in told if claim.value is not None and claim.value < most}
    if _SUMS_UP.search(low):
        whole = sum(v for v in values if v is not None)
        of_the_plan |= {k for k, claim in told if claim.value == whole}
        parts = [(k, claim.value) for k, claim in told if k not in of_the_plan and claim.value is not None]
        if len(parts) > 1 and sum(v for _, v in parts) in values | {whole}:
            of_the_plan |= {k for k, _ in parts}
    categories = {c.category for c in planned}
    for k in sorted(of_the_plan):
        f = found[k]
        if f.claim.status is Status.REPORTED and f.claim.category in categories:
            found[k] = _Found(f.claim.model_copy(update={"status": Status.PLANNED}), f.headline, f.order)


def _unless_held_prisoners_told_as_fact(
    claim: Claim, sources: Attributions, low: str, i: int, position: int, in_a_tally: bool, opened_before: bool
) -> Claim:
    """Prisoners a sentence counts with no voice of its own ('Two soldiers captured in January are held in Kyiv'):
    a capture is a fact of the war the writer tells, not the figure of whoever spoke before: no one's. Not when the
    capture goes on an account: a tally of the sentence's ('1,000 killed, 3,000 wounded and three captured'), a
    count with no noun of its own ('Two were captured'), 'another', or a sentence before that tells no claim but
    opens the account ('The NIS confirmed the capture.')."""
    if (
        claim.source is None
        or claim.category is not Category.CASUALTIES
        or claim.subtype != "captured"
        or in_a_tally
        or _ADDS_TO_A_TALLY.match(low, position)  # ('Two more were captured in March': the first's teller's tally)
        or _GOES_ON_AN_ACCOUNT.match(low, position)  # ('One was captured alive': the count of the account before)
        or low.endswith(_ANOTHER, 0, position)  # ('Another North Korean soldier was captured')
        or sources.names_its_own_voice(i, position, claim.source, opened_before)
    ):
        return claim
    return claim.model_copy(update={"source": None})


def _in_a_tally(figures: Sequence[Figure]) -> bool:
    """Whether a sentence's figures count losses other than prisoners: a capture among them is on that tally."""
    return any(f.category is Category.CASUALTIES and f.subtype != "captured" for f in figures)


_ADDS_TO_A_TALLY = re.compile(r"[\w,.-]+\s+(?:more|further|additional)\b")
_GOES_ON_AN_ACCOUNT = re.compile(r"[\w,.-]+\s+(?:was|were)\s+(?:\w+\s+)?(?:captured|taken)\b")
_ANOTHER = ("another ", "another north korean ")
_FEW_MEN = 10  # prisoners are counted in ones and twos; a deployment in hundreds at least
# 'two North Korean soldiers remain in a Ukrainian detention facility', 'is interrogating two soldiers'
_CAPTIVITY = re.compile(
    r"\b(?:captured|captives?|prisoners?|pows?|detention|detained|interrogat\w*|questioned|questioning)\b"
)
_SENT_WORD = re.compile(r"\b(?:sent|send|sends|sending|deployed|deploy|dispatched|dispatch|supplied|arrived)\b")
_CLAUSE_MARK = re.compile(r"[,;:.()]")


def _small_count(value: int) -> str:
    """A small count as an article writes it, in digits or in words ('2', 'two')."""
    return rf"(?:{value}|{small_number_word(value)})"


def _count_clause(low: str, value: int) -> str | None:
    """The clause of a sentence that holds a small count, in words or digits ('the two soldiers told interrogators')."""
    count = re.search(rf"\b{_small_count(value)}\b", low)
    if count is None:
        return None
    marks = [m.start() for m in _CLAUSE_MARK.finditer(low)]
    start = max((m for m in marks if m < count.start()), default=-1) + 1
    end = min((m for m in marks if m >= count.end()), default=len(low))
    return low[start:end]


def _named_again(low: str, value: int) -> bool:
    """A count told as the ones met before: 'the two soldiers', 'both prisoners', 'these two'."""
    count = _small_count(value)
    return re.search(rf"\b(?:the|both|these|those)\s+(?:(?:first|captured|wounded)\s+)?{count}\b", low) is not None


def _captives_named_again(found: list[_Found]) -> list[_Found]:
    """A handful of soldiers counted where the article counts that many prisoners are the prisoners named again ('The
    two soldiers told interrogators ...' after 'captured two North Korean soldiers'): no troops sent. Such a handful
    in a sentence on their captivity is the prisoners' own count."""
    held = {f.claim.value for f in found if f.claim.category is Category.CASUALTIES and f.claim.subtype == "captured"}
    kept: list[_Found] = []
    for f in found:
        claim = f.claim
        if (
            claim.category is Category.TROOPS
            and claim.value is not None
            and 0 < claim.value < _FEW_MEN
            and not claim.incremental
            and claim.status is Status.REPORTED
        ):
            low = claim.quote.lower()
            if claim.value in held and (_named_again(low, claim.value) or not _SENT_WORD.search(low)):
                # ('Two soldiers, though wounded, survived'; not 'North Korea has also sent two generals')
                continue
            clause = _count_clause(low, claim.value)
            if clause is not None and _CAPTIVITY.search(clause):  # (its own clause: not 'after interrogations of ...')
                f = _Found(claim.model_copy(update={"category": Category.CASUALTIES, "subtype": "captured"}),
                           f.headline, f.order)  # fmt: skip
        kept.append(f)
    return kept


def _shared_with_the_one_before(
    low: str, before: Figure, figure: Figure, claim: Claim, previous: Claim | None, added_list: bool
) -> tuple[Claim, bool]:
    """What a figure shares with the one before it in its sentence: an addition word before a list's first figure
    ('sent a further 40 guns, 30 launchers and 20 tanks'; not 'sent another 3,000 troops, and 11,000 are in Kursk',
    a clause of its own), and the hedge of a casualty pair ('about 300 killed and 2,700 wounded'; not 'about 300
    killed and 2 captured', nor 'about 1,000 killed in January and 12 in February'). Returns the claim and whether
    the list's addition reaches the next figure too."""
    added_list = bool(
        _LIST_JOIN.fullmatch(low, before.np_end, figure.quantity.begin)
        and not _OWN_VERB_AFTER.match(low, figure.np_end)
        and (added_list or _ADDED_BEFORE.search(low, 0, before.quantity.begin))
    )
    if added_list and not claim.incremental:
        claim = claim.model_copy(update={"incremental": True})
    if (
        previous is not None
        and previous.status is Status.PLANNED
        and claim.status is Status.REPORTED
        and previous.category is claim.category
        and (
            _BARE_AND.fullmatch(low, before.np_end, figure.quantity.begin)
            or (claim.incremental and _PLANNED_THEN_AND.fullmatch(low, before.np_end, figure.quantity.begin))
        )
        and not _OWN_VERB_AFTER.match(low, figure.np_end)
    ):
        # the plan of a two-item list's first figure is its second's ('Pyongyang pledged 1,000 deminers and 5,000
        # builders'; not '..., and 11,000 are already in Kursk', a clause of its own)
        claim = claim.model_copy(update={"status": Status.PLANNED})
    if (
        previous is not None
        and claim.qualifier is Qualifier.EXACT
        and previous.qualifier is Qualifier.APPROX
        and {previous.subtype, claim.subtype} == {"killed", "wounded"}
        and _HEDGED_PAIR.fullmatch(low, before.quantity.end, figure.quantity.begin)
    ):
        claim = claim.model_copy(update={"qualifier": Qualifier.APPROX})
    return claim, added_list


# what went to North Korea: 'around 9,000 containers have gone (back) from Russia to North Korea'
_GONE_TO_NORTH_KOREA = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:gone|went|shipped|sent|moved|delivered|returned|travell?ed|been\s+shipped)\s+"
    r"(?:back\s+)?(?:from\s+(?:russia|moscow)\s+)?(?:to|into)\s+(?:north\s+korea|pyongyang|the\s+north|the\s+dprk|dprk)\b"
)


def _captives_held(status: Status, subtype: str, before: str = "", category: Category | None = None) -> Status:
    """Prisoners are taken, whatever is planned for them: 'is ready to hand over the two captured soldiers'; and the
    captured or dead whose handing over is ruled out are no supply denied ('Kyiv will not hand over the North Korean
    prisoners', 'Russia will not hand over the bodies of ...')."""
    if status is Status.PLANNED and subtype == "captured":
        return Status.REPORTED
    if (
        status is Status.DENIED
        and (subtype == "captured" or category is Category.CASUALTIES)
        and context.GIVING_CUE.search(before)
    ):
        return Status.REPORTED
    return status


def _spans(sources_of: Callable[[int], list[SourceMatch]], i: int) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in sources_of(i)]


def _mentions(
    sentence: Sentence,
    nk_before: tuple[Callable[[], bool], Callable[[], bool], Callable[[], bool]],
    lexicon: Lexicon,
    terms_of: Callable[[int], list[TermMatch]],
    counted: set[Category],
    spans: Callable[[], list[tuple[int, int]]],
    parts_of_before: Callable[[], _PartsOfBefore | None] = lambda: None,
) -> list[Mention]:
    """The items a sentence asserts without a figure (mentions.py); where Russia hands items over to no one named,
    only what flows from Russia (to North Korea, in a story on the two). A sentence listing the parts of what the
    sentence before supplies ('These include rocket launchers') asserts them as that sentence would."""
    giver = _giver(sentence, *nk_before)
    if giver is None and (parts := parts_of_before()) is not None:
        giver = parts.giver
    if giver is None:
        return []
    # ('Many of them have been killed' after a sentence North Korea's soldiers open: theirs)
    of_them = SHARE_OF_THEM.match(sentence.low) is not None and nk_before[0]()
    mentions = item_mentions(sentence, terms_of, counted, spans(), of_north_koreans=of_them)
    if giver == "nk":
        return mentions
    # what Russia gives on this beat: its supplies and know-how
    return [m for m in mentions if m.subtype in lexicon.russian_supplies or m.category is Category.TECHNOLOGY_TRANSFER]


def _giver(
    sentence: Sentence,
    pronoun_is_nk: Callable[[], bool],
    context_is_nk: Callable[[], bool] = lambda: False,
    pronoun_is_russia: Callable[[], bool] = lambda: False,
) -> str | None:
    """Who the sentence has supply items: North Korea ('nk'), Russia to no one named ('russia'), or no one."""
    if might_assert(sentence, pronoun_is_nk, context_is_nk):
        return "nk"
    return "russia" if russia_gives(sentence, pronoun_is_russia) else None


def _no_parts() -> None:
    """A sentence that opens with no list of the parts of the one before."""


def _as_listed(claim: Claim, parts: _PartsOfBefore | None) -> Claim:
    """A part listed without a status of its own has the one the sentence before gives the whole."""
    if parts is None or claim.status is not Status.REPORTED or parts.status is Status.REPORTED:
        return claim
    return claim.model_copy(update={"status": parts.status})  # (planned, or denied by the lead)


# A sentence that lists the parts of the one before: 'These include ...', 'The deliveries also included ...',
# 'Among them are ...'
_PARTS_OF_THE_ONE_BEFORE = re.compile(
    r"\W*(?:(?:these|they|those|this|that|examples|the\s+(?:shipments?|deliveries|transfers?|supplies|weapons|arms|"
    r"items|consignments?|cargo(?:es)?|equipment|package|hardware)|(?:those|these)\s+(?:weapons|arms|items|supplies))\s+"
    r"(?:(?:have|has|had|also|reportedly|allegedly|(?:are|is|were|was)\s+(?:believed|thought|said|reported)\s+to)\s+)*"
    r"(?:include[sd]?|comprised?|consist(?:s|ed)?\s+of)"
    r"|among\s+(?:them|these|those|the\s+[a-z]+)\s+(?:are|were|could\s+be|may\s+be|are\s+(?:believed|thought)\s+to\s+be))\b"
)
_ITEM_REACH = 40  # from 'These include' to the first item listed
_NOT_PARTS = re.compile(
    r"\b(?:concerns?|fears?|worr(?:y|ies)|questions?|reports?|claims?|allegations?|evidence|signs?|talks?|plans?|"
    r"hopes?|requests?|demands?|issues?|topics?)\b"
)
# a delivery told in the sentence before ('has sent artillery to Russia and may send more'): its parts were sent
_DELIVERED = re.compile(r"\b(?:sent|supplied|shipped|delivered|provided|transferred|deployed|handed\s+over|given)\b")


@dataclass(frozen=True)
class _PartsOfBefore:
    """Sentence i lists the parts of what the sentence before has `giver` ('nk' or 'russia') supply, with the
    status that sentence gives it ('Moscow could transfer technologies. That included ...': planned)."""

    giver: str
    status: Status


def _parts_of_support_before(
    sentences: list[Sentence],
    i: int,
    opening: re.Match[str],
    nk_context: _NorthKoreaContext,
    lexicon: Lexicon,
    terms_of: Callable[[int], list[TermMatch]],
) -> _PartsOfBefore | None:
    """What sentence i, opening as a list of parts (`opening`: 'These include'), lists the parts of, if the
    sentence before supplies something."""
    if not asserts(sentences[i].low):
        return None
    first = next((t.start for t in terms_of(i) if not t.term.is_measure and t.start >= opening.end()), None)
    if (
        first is None
        or first > opening.end() + _ITEM_REACH
        or _NOT_PARTS.search(sentences[i].low, opening.end(), first)
    ):
        return None  # the list opens with something else than an item ('These include concerns about ...')
    return _support_of(sentences, i - 1, nk_context, lexicon)


def _support_of(
    sentences: list[Sentence], j: int, nk_context: _NorthKoreaContext, lexicon: Lexicon
) -> _PartsOfBefore | None:
    """Who sentence j has supply items, and the status it hands on to the parts listed after it, if it does."""
    before = sentences[j]
    giver = _giver(before, partial(nk_context.is_subject_before, j))
    if giver is None or _NOT_YET_SENT.search(before.low):
        return None  # ('What North Korea has not yet sent to Russia:' lists nothing sent)
    # only a plan or a denial is handed on: a delivery before says nothing of the parts' own status
    status = context.status_of(lexicon, before.low, "")
    if status is Status.DENIED:
        # only a lead that is the denial: 'What North Korea denies sending to Russia:' (not 'North Korea, which
        # denies arming Moscow, has sent Russia the following')
        return _PartsOfBefore(giver, Status.DENIED if _DENYING_LEAD.match(before.low) else Status.REPORTED)
    planned = status is Status.PLANNED and not _DELIVERED.search(before.low)
    return _PartsOfBefore(giver, Status.PLANNED if planned else Status.REPORTED)


_NOT_YET_SENT = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:sent|supplied|shipped|delivered|provided|transferred|given)\b"
    r"(?![^:]*\bbut\b)"
)
_DENYING_LEAD = re.compile(
    r"\W*(?:(?:what|the\s+(?:weapons|items|arms|supplies))\s+)?(?:north\s+korea|pyongyang|russia|moscow|the\s+kremlin)\s+"
    r"(?:\w+\s+)?den(?:y|ies|ied)\b(?![^:]*\bbut\b)"
)


# A bulleted line, and how many lines of its list may stand between it and the lead that ends with a colon
_BULLET = re.compile(r"\s*[-•*–—▪►]\s+")
_BULLET_REACH = 15


def _list_lead(sentences: list[Sentence], i: int) -> int | None:
    """The line a bulleted line's list hangs from ('What North Korea has delivered so far:'), if it ends with a
    colon and only bulleted lines stand between."""
    for j in range(i - 1, max(-1, i - 1 - _BULLET_REACH), -1):
        text = sentences[j].text
        if not _BULLET.match(text):
            return j if text.rstrip().endswith(":") else None
    return None


# A clause that goes on with the list of the one before: ', as well as drone technology', ', and missiles'.
_LIST_CONTINUES = re.compile(r"\s*(?:and|or|as\s+well\s+as|plus|along\s+with)\b")
# 'no North Korean troops', 'no weapons or ammunition': none of the item, denied
_NONE_OF = re.compile(
    r"(?:(?<![\w-])no|\bnot\s+(?:a\s+single|one))\s+(?:(?:north\s+korean|korean|more|other|further|additional)\s+)?"
    r"(?:[a-z-]+\s+or\s+)?$"
)
# 'no North Korean troops were killed in the strike' says who died, not that none were sent
_BEFELL_NEXT = re.compile(
    r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt|captured)\b"
)
_PARTS_OPEN = re.compile(r"\s*(?:which\s+)?(?:include[sd]?|including(?!\s+for\b)|such\s+as|among\s+them|notably)\b")
# The next item of a list: '5,000 more troops, 100 missiles and 200,000 shells'.
_LIST_ITEM_JOIN = re.compile(rf"(?:\s+[\w-]+){{1,4}}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:{HEDGE_WORD}\s+)?")
# One more item of the list before: ', as well as 5,000 builders', ', and 20 launchers'.
_LIST_GOES_ON = re.compile(
    rf"(?:,\s*and|,\s*as\s+well\s+as|,\s*plus|,\s*along\s+with)\s+(?:(?:{HEDGE_WORD}|another)\s+)?$"
)
# The parts of a whole listed after a colon: '6,000 military personnel to Kursk: 1,000 sappers and 5,000 builders'.
_WHOLE_THEN_COLON = re.compile(r"[^.;:!?\d]{0,60}:")


def _whole_before_colon(text: str, quantities: list[Quantity], begin: int) -> Quantity | None:
    """The whole a figure is a part of when it stands in a list after a colon that follows the whole's noun."""
    colon = text.rfind(":", 0, begin)
    if colon == -1 or _CLAUSE_VERB.search(text, colon, begin):
        return None
    head = max((p for p in quantities if p.end <= colon), key=lambda p: p.end, default=None)
    if head is None or head.year_like:
        return None  # 'Oct. 18, 2024: ...': a date heading the line
    return head if _WHOLE_THEN_COLON.fullmatch(text, head.end, colon + 1) else None


# Kinds of item one of which can be 'another' after the other ('another 90 launchers' after 150 guns, 'another 1,000
# engineers' after 10,000 soldiers); 'another 6,000 troops' after 13,000 containers adds troops.
_PEOPLE = (Category.TROOPS, Category.WORKERS, Category.CASUALTIES)
_ARMS = (
    Category.ARTILLERY, Category.ROCKET_LAUNCHERS, Category.MISSILES, Category.VEHICLES, Category.DRONES, Category.OTHER
)  # fmt: skip
_FAMILY = {**dict.fromkeys(_PEOPLE, "people"), **dict.fromkeys(_ARMS, "arms"), Category.AMMUNITION: "ammunition"}
# the parts of a whole figure follow: '6,000 personnel, including 1,000 deminers and 5,000 builders' (the next
# figure in the list, not 'including 1,000 sappers, in addition to the 11,000 troops it sent')
_PARTS_FOLLOW = re.compile(r",\s*(?:including|among\s+them|of\s+whom|of\s+which)\b")
_LIST_ITEM_BEFORE = re.compile(rf"\s+(?:[\w-]+\s+){{0,4}}?(?:and|,|,\s+and|as\s+well\s+as)\s+(?:{HEDGE_WORD}\s+)?")
_FINITE_WORDS = "has|have|had|is|are|was|were|will|would|could|may|might|said|says|say"
_FINITE = re.compile(rf"\b(?:{_FINITE_WORDS})\b")
# ... and the past tense, which opens a clause of its own too ('..., and Pyongyang sent shells')
_CLAUSE_VERB = re.compile(rf"\b(?:\w+ed|sent|gave|sold|shipped|{_FINITE_WORDS})\b")


# A hedge after the item, ending its clause: '5.6 million shells or more', '150 guns, at least', '2,000 men or so'.
_HEDGE_AFTER_ITEM = re.compile(
    r"\s*(?:(?P<at_least>or\s+(?:even\s+)?more)|(?P<approx>or\s+so))\b(?!-)"
    r"(?=\s*(?:[,.;:!?)\"”’–—]|$)|\s+(?:to|in|into|from|since|by|last|this|were|was|have|has|had|are|is|over|"
    r"during|at|on|for|a|per|each)\b)"
    r"|\s*,?\s*(?P<at_least_end>at\s+(?:the\s+)?(?:very\s+)?least)(?=\s*(?:[,.;:!?)\"”’–—]|$))"
)


def _hedge_after_item(text: str, np_end: int) -> Qualifier | None:
    match = _HEDGE_AFTER_ITEM.match(text, np_end)
    if match is None:
        return None
    return Qualifier.APPROX if match["approx"] else Qualifier.AT_LEAST


def _build_claim(
    article: Article,
    sentence: Sentence,
    figure: Figure,
    quantities: list[Quantity],
    source: str | None,
    lexicon: Lexicon,
    item_before: tuple[Category, str] | None = None,
    terms: Sequence[TermMatch] = (),
    told_before: str = "",
) -> Claim:
    """`item_before`: what the figure before it (in this sentence or the one before) counts: 'another 90
    launchers' after 150 guns, 'another 1,000 engineers' after 10,000 soldiers are one more item, not an addition.
    `told_before`: the sentence before (lower-cased), which a sum this one opens with may add up."""
    q = figure.quantity
    text, original = sentence.low, sentence.text
    previous_end = max((p.end for p in quantities if p.end <= q.begin), default=0)
    begin = q.begin
    clause = context.clause_start(text, begin)
    apposed_to = -1  # (where the items a count set after them start: 'more troops to Russia, perhaps 6,000')
    whole = max((p for p in quantities if p.end <= begin), key=lambda p: p.end, default=None)
    if whole is not None and context.PART_OF_BEFORE.search(text, whole.end, begin):
        clause = context.clause_start(text, whole.begin)  # 'agreed to send 6,000, including 1,000 sappers'
    elif (
        whole is not None
        and _SHARE_OF_THEM.match(text, q.end)
        and (
            (text.endswith(", ", 0, begin) and not _FINITE.search(text, whole.end, begin))
            # (past the speaker's words that go on to the part: '..., the NIS said, adding that 1,000 of them are')
            # (a part with an act of its own is told as done: 'adding that 1,000 of them left last month')
            or (
                has_any(text, _GOES_ON)
                and _SPEAKER_ADDS.fullmatch(text, whole.end, begin) is not None
                and not _ACT_OF_ITS_OWN.search(text, q.end)
            )
        )
    ):
        clause = context.clause_start(text, whole.begin)  # 'agreed to dispatch 6,000 personnel, 1,000 of them sappers'
    elif (
        listed := next(
            (
                p
                for p in sorted(quantities, key=lambda p: -p.end)
                if p.end <= begin and p is not whole and _PARTS_FOLLOW.search(text, p.end, begin)
            ),
            None,
        )
    ) is not None and (
        whole is not None
        and not _FINITE.search(text, listed.end, begin)
        and _LIST_ITEM_BEFORE.fullmatch(text, whole.end, begin)
    ):
        clause = context.clause_start(text, listed.begin)  # '... 6,000, including 1,000 deminers and 5,000 builders'
    elif (head := _whole_before_colon(text, quantities, begin)) is not None:
        clause = context.clause_start(text, head.begin)  # 'would send 6,000 personnel: 1,000 sappers and 5,000 ...'
    elif restated := _RESTATED.search(text, max(0, begin - 40), begin):
        clause = context.clause_start(text, restated.start())  # 'decided to send four brigades, or about 12,000'
    elif (
        text.endswith(" ", 0, begin)
        and _APPOSED_BEFORE.search(text, max(0, begin - 20), begin)
        and _NOTHING_COUNTED_AFTER.match(text, q.end)
        and (item := _item_named_before(text, terms, figure.category, begin)) is not None
    ):
        clause = context.clause_start(text, item)  # 'will send more troops to Russia, perhaps 6,000, the NIS said'
        apposed_to = item
    elif wave := context.new_wave_sized(text[:begin], figure.category):
        clause = context.clause_start(text, wave.start())  # 'expects another contingent in spring, perhaps 3,000'
    elif part_of := context.PART_OF_BEFORE.search(text, max(0, begin - 40), begin):
        clause = context.clause_start(text, part_of.start())  # 'will send more guns, including 100 howitzers'
    elif (
        whole is not None
        and _LIST_GOES_ON.search(text, whole.end, begin)
        and not _FINITE.search(text, whole.end, begin)
    ):
        clause = context.clause_start(text, whole.begin)  # 'agreed to send 1,000 sappers to ..., as well as 5,000'
    elif whole is not None and (first := _first_of_list(text, quantities, whole, begin)) is not None:
        clause = context.clause_start(text, first.begin)  # 'is expected to send 5,000 troops, 100 missiles and ...'
    if clause and text.endswith(",", 0, clause) and _PARTICIPLE_OPENS.match(text, clause):
        # what a participle after a comma tells is its main clause's act: 'is preparing to triple its deployment,
        # sending as many as 30,000 extra soldiers' (a plan), 'escalated its role, sending 11,000 soldiers' (done)
        clause = context.clause_start(text, clause - 1)
    before = text[clause:begin]
    next_start = min((p.start for p in quantities if p.start >= q.end and p is not q), default=len(text))
    after = text[figure.np_end : max(next_start, figure.np_end)]
    said_of = _past_a_paired_noun(text, figure, terms, before)  # (what is said of both nouns is said of the figure's)
    status = context.status_of(lexicon, before, text[said_of : max(next_start, said_of)], text[said_of:])
    if status is Status.PLANNED and " would " in text and context.sums_the_past(text, begin, told_before):
        status = Status.REPORTED
    status = _captives_held(status, figure.subtype, before, figure.category)
    if status is Status.DENIED and "yet" in before and _promised_not_yet_given(before, after):
        status = Status.PLANNED  # 'has not yet sent the 6,000 engineers it promised': still to come
    parallel = (
        any(p.value == q.value and p.end <= begin for p in quantities)
        or (
            item_before is not None
            and item_before != (figure.category, figure.subtype)
            and item_before[0]
            is not Category.CASUALTIES  # ('losses exceeded 4,000, and another 3,000 troops were sent')
            # ('will send another 6,000 troops' after containers is more troops; 'Another 11,000 soldiers were
            # deployed' after shells is one more item)
            and (_FAMILY.get(item_before[0]) == _FAMILY.get(figure.category) or status is not Status.PLANNED)
            and not figure.inherited
        )
        # 'a small number of them were already in Kursk and another 2,000 were moving': one more part of a whole
        or _PART_OF_WHOLE.search(text, 0, begin) is not None
    )
    # an addition word in a clause of its own ('rotate in additional engineers, and that 5,000 troops') is not this
    # figure's
    own_start = max([previous_end, *(m.end() for m in _NEW_CLAUSE.finditer(text, previous_end, begin))])
    added_to = partial(_item_after, q.end, terms)
    incremental = (
        context.in_added_list(text[:begin], figure.category)
        or context.is_incremental(text[own_start:begin], text[q.end :], figure.category, parallel, added_to)
        or " another " in text[begin - 1 : q.start]  # 'at least another 50': between the hedge and the figure
        # (the items' addition word, the count set after them: 'will send more troops to Russia, perhaps 6,000')
        or (apposed_to >= 0 and _MORE_ITEMS_BEFORE.search(text, max(0, apposed_to - 30), apposed_to) is not None)
        # 'has recently sent 3,000 on top of that', after a figure of the same item (not 'shells, and about 120
        # howitzers on top of that', nor 'has sent 11,000 troops, losing 4,000 on top of that to frostbite')
        or (
            not parallel
            and item_before is not None
            and item_before[0] is figure.category
            # (of a toll, the same kind of loss: not 'killed about 1,000 ... Another 3,000 on top of that were wounded')
            and (figure.category is not Category.CASUALTIES or item_before[1] == figure.subtype)
            and context.ON_TOP_OF_THAT_AFTER.match(text, q.end) is not None
        )
        or (
            figure.category is not Category.CASUALTIES
            and "|" in text  # (a table's row only: the pattern needs a cell mark)
            and _ADDED_ROW_LABEL.match(text, 0, begin) is not None
        )
    )
    after_from = figure.np_end
    daily = (
        context.DAILY_RATE_AFTER.match(text, figure.np_end) if ("da" in after or "week" in after) else None
    )  # ('12,000 shells a day are being shipped': a delivery rate, which only such a figure keeps)
    period = (
        (f"per {daily['unit'] or ('day' if daily['adverb'] == 'daily' else 'week')}" if daily else None)
        or context.earlier_estimate_period(text, original, previous_end, begin, article.published)
        or context.period_of(text, original, after_from, after_from + len(after), article.published)
        or context.period_of(text, original, 0, begin, article.published)
    )
    direction = context.direction_of(lexicon, text, figure.category, figure.subtype, begin)
    confidence = 0.9 - (0.25 if figure.inherited else 0.0) - (0.2 if figure.weakly_anchored else 0.0)
    confidence -= 0.05 if source is None else 0.0
    return Claim(
        category=figure.category,
        subtype=figure.subtype,
        direction=direction,
        value=q.value,
        value_max=q.value_max,
        qualifier=(q.qualifier is Qualifier.EXACT and _hedge_after_item(text, figure.np_end)) or q.qualifier,
        unit=figure.unit,
        status=status,
        incremental=incremental,
        period=period,
        source=source,
        quote=original,
        article=article.id,
        span=(sentence.start, sentence.end),
        confidence=round(max(confidence, 0.1), 2),
    )


_AND_NEXT = re.compile(r"\s+(?:and|or|&)\s+")
# a delivery verb in the figure's clause before it, whose object the figure is: 'has shipped 2 million shells and
# rockets would follow' (what follows the second noun is a clause of its own)
_DELIVERY_VERB = re.compile(
    r"\b(?:sen[dt]s?|sending|ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|deploy(?:s|ed|ing)?|"
    r"suppl(?:y|ies|ied|ying)|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|g[ai]ve[sn]?|giving|sold|sell(?:s|ing)?|"
    r"export(?:s|ed|ing)?|handed\s+over|moved)\b"
)


def _past_a_paired_noun(text: str, figure: Figure, terms: Sequence[TermMatch], before: str = "") -> int:
    """Where what is said of the figure's item begins: past a second noun of its kind paired with it ('6,000 military
    builders and deminers would follow', 'soldiers and engineers are on the way'; not '11,000 troops and Russia
    will', nor the object of a delivery verb before it: 'sent 10,000 soldiers and officers would follow'), else right
    after its noun. `before`: the figure's clause before it (its words past a last comma are read: 'has sent 13,000
    soldiers, and 6,000 engineers and builders are preparing to follow' is still a plan)."""
    paired = _AND_NEXT.match(text, figure.np_end)
    if paired is None or _DELIVERY_VERB.search(before, before.rfind(",") + 1):
        return figure.np_end
    second = next((t for t in terms if t.start == paired.end() and t.term.category is figure.category), None)
    return figure.np_end if second is None else second.end


_ADDED_ITEM_REACH = 60  # characters after 'in addition to' where the item it names stands


def _item_after(end: int, terms: Sequence[TermMatch], offset: int) -> Category | None:
    """The kind of item named within reach of `offset` characters after `end` (what `context.is_incremental` asks
    of the words right after 'in addition to': 'the 20 rocket launchers'), if one is; a measure ('the roughly 200
    pieces') names none."""
    start = end + offset
    item = next(
        (t for t in terms if start <= t.start < start + _ADDED_ITEM_REACH and not t.term.is_measure),
        None,
    )
    return item.term.category if item is not None else None


# A promised item not handed over yet: 'Russia has not yet delivered the promised jets', 'is yet to send the
# air-defence systems it pledged' (a promise still to be kept: planned; not 'has not yet delivered any jets', with no
# promise told, which asserts nothing given)
_NOT_YET_GIVEN = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:not|n['’]t)\s+yet|(?:is|are|was|were)\s+yet\s+to|(?:has|have|had)\s+yet\s+to)\s+"
    r"(?:deliver|send|sent|supply|supplied|ship|shipped|hand(?:ed)?\s+over|transfer|transferred|provide|provided|give|"
    r"given)\w*\s+(?:(?:north\s+korea|pyongyang|russia|moscow|the\s+north)\s+)?(?:[\w'’-]+\s+){0,4}$"
)
_PROMISE_BEFORE = re.compile(r"\b(?:promised|pledged|agreed|ordered|contracted|expected)\s+(?:[\w-]+\s+){0,2}$")
_PROMISED_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:it|they|moscow|russia|pyongyang|north\s+korea|the\s+kremlin|the\s+north)\s+"
    r"(?:had\s+|has\s+)?(?:promised|pledged|agreed|ordered)\b"
)


def _promised_not_yet_given(before: str, after: str) -> bool:
    given = _NOT_YET_GIVEN.search(before, max(0, len(before) - 90))
    return given is not None and bool(_PROMISE_BEFORE.search(before, given.start()) or _PROMISED_AFTER.match(after))


def _build_mention(
    article: Article,
    sentence: Sentence,
    mention: Mention,
    source: str | None,
    lexicon: Lexicon,
    terms: Sequence[TermMatch] = (),
) -> Claim:
    """A claim without a value for an item the sentence asserts ('has also supplied missiles')."""
    text = sentence.low
    clause = context.clause_start(text, mention.start)
    while (
        clause > 0
        and (
            _LIST_CONTINUES.match(text, clause)
            or _PARTS_OPEN.match(text, clause)
            or _after_listed_item(text, clause, terms)
            or _after_listed_modifier(text, clause, mention.start)
        )
        and not _CLAUSE_VERB.search(text, clause, mention.start)
        and not _BARE_VERB.search(text, clause, mention.start)  # ('to send additional troops, mass-produce drones')
    ):
        # '..., as well as drone technology', 'denied the transfers, including shells and missiles': an item of a
        # list, or a part of the whole before, is in the clause of the list or the whole
        clause = context.clause_start(text, clause - 1)
    clause = context.exchanged_after(text, mention.start) or clause  # 'is to give oil in return for its troops'
    before = text[clause : mention.start]
    after = text[mention.end :]
    status = _captives_held(context.status_of(lexicon, before, after, after), mention.subtype, before, mention.category)
    if status is Status.REPORTED and _ITEMS_THEN_PLAN.match(after):
        status = Status.PLANNED  # 'additional supplies of troops, weapons, and munitions could follow'
    if (
        status is Status.REPORTED
        and _SUPPLY_NOUN_OF_BEFORE.search(before, max(0, len(before) - 60))
        and _NOUN_THEN_EXPECTED.match(after)
    ):
        status = Status.PLANNED  # 'The arrival of Russian fighter jets in North Korea is expected next year'
    if (
        status is Status.REPORTED
        and ("produc" in before or "manufactur" in before)
        and _MADE_BEFORE.search(before)
        and _FOR_RUSSIA_AFTER.match(after)
        and not _SHIPPED_TOO.search(after)
    ):
        status = Status.PLANNED  # 'is producing suicide drones for Russia': made to be sent, not sent yet
    if status is not Status.PLANNED and "yet" in before and _promised_not_yet_given(before, after):
        status = Status.PLANNED  # 'has not yet delivered the fighter jets it promised': still to come
    if status is Status.REPORTED and ("seek" in before or "sought" in before) and _SOUGHT_BEFORE.search(before):
        status = Status.PLANNED  # 'is seeking advanced technologies related to satellites': what is sought is to come
    if mention.category is Category.CASUALTIES and (
        REPLACES_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        or (status is Status.PLANNED and _MOURNING.search(text, 0, mention.start))
    ):
        # 'will send more soldiers to make up for its losses', 'is preparing a memorial service for the dead': the
        # losses are no plan
        status = Status.REPORTED
    if _NONE_OF.search(before, max(0, len(before) - 40)) and not _BEFELL_NEXT.match(after):
        status = Status.DENIED  # 'Lavrov said no North Korean troops were fighting in Ukraine'
    return Claim(
        category=mention.category,
        subtype=mention.subtype,
        direction=context.direction_of(lexicon, text, mention.category, mention.subtype, mention.start),
        value=None,
        value_max=None,
        qualifier=None,
        unit=mention.unit,
        status=status,
        # 'new technology' is novel know-how, not more of it
        incremental=mention.category is not Category.TECHNOLOGY_TRANSFER
        and not _COMPARED_AFTER.match(after)  # 'far more oil than the UN allows' compares, adds nothing
        and (
            context.is_incremental(before, after, mention.category, added_to=partial(_item_after, mention.end, terms))
            or bool(_MORE_BEFORE.search(before))
            or bool(_ADDED_SUPPLY_OF.search(text, 0, mention.start))  # 'additional supplies of troops, weapons'
            or added_before(text, mention.start)  # 'additional Koksan guns and 240 mm launchers'
            or bool(_ADDED_IN_NAME.match(text, mention.start))  # 'a third deployment'
            or text.startswith(("reinforcement", "replacement"), mention.start)  # 'had sent reinforcements'
        ),
        period=context.period_of(text, sentence.text, 0, len(text), article.published),
        source=source,
        quote=sentence.text,
        article=article.id,
        span=(sentence.start, sentence.end),
        confidence=0.6 if source else 0.55,
    )


# Reports of the deployment denied: 'The Kremlin has dismissed reports of a North Korean deployment as "another
# fake"', 'called accounts of a deployment "groundless rumours"' (the deployment alone names no item elsewhere, as often
# the whole story as a batch; a denial of its reports denies the troops; not 'the deployment of air-defence systems',
# nor one to or near another place or by another army: 'the deployment to North Korea of Russian crews', 'a troop
# deployment by Belarus', 'the deployment near Pokrovsk')
_DEPLOYMENT_REPORTED = re.compile(
    r"\b(?:reports?|claims?|allegations?|accounts?|accusations?|messages?)\s+(?:of|about)\s+"
    r"(?:(?:a|the|any|such\s+a)\s+(?P<nk>north\s+korean\s+)?(?:troop\s+|military\s+)?(?P<item>deployment|dispatch)\b"
    r"(?!\s+of\s+(?!(?:north\s+korean\s+)?(?:troops|soldiers|forces|servicemen)\b))"
    r"(?!\s+(?:to|into|in|near|at|along|on)\s+(?!(?:the\s+)?(?:russia|kursk|front|ukraine|war)\b|"
    r"(?:early|late|mid-?)?\s*(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|\d{4}\b)))"
    r"(?!\s+(?:by|from)\s+(?!(?:north\s+korea|pyongyang|the\s+north|the\s+dprk|kim)\b))"
    # ... or of the military sent, translated copy's word for soldiers: 'reports about the sending of North Korean
    # military to Russia', 'reports about North Korean military in Russia' (not 'North Korean military equipment',
    # nor 'reports of the military in Russia being short of shells', Russia's own)
    r"|(?:the\s+)?(?:(?:sending|dispatch)\s+of\s+(?:north\s+korean\s+|dprk\s+|the\s+)?|(?:north\s+korean|dprk)\s+)"
    r"(?P<military>military)\s+(?:to|in|into)\s+(?:russia|kursk|the\s+kursk))"
    r"|\bden(?:y|ies|ied|ying)\s+(?:the\s+)?sending\s+of\s+(?:north\s+korean\s+|dprk\s+|the\s+)?(?P<sent>military)\s+"
    r"(?:to|in|into)\s+(?:russia|kursk)"
)
# ... not where no one denies any more: 'No one in Seoul now disputes reports of', 'stopped denying reports of'
_NO_DENIAL_NOW = re.compile(r"\b(?:no\s+one|nobody|no\s+longer|stopped|ceased|quit)\b")
# North Korea's troops named, so that a bare 'the deployment' is theirs: 'North Korea has sent 11,000 soldiers'
_NK_NAMED = re.compile(r"\b(?:north\s+korea|dprk|pyongyang|the\s+north)")
_TROOPS_NAMED = re.compile(r"\b(?:troops|soldiers|servicemen|forces)\b")


def _nk_troops_named(sentences: list[Sentence], i: int, end: int) -> bool:
    """Whether a sentence up to this point of sentence i names troops and North Korea both."""
    lows = [s.low for s in sentences[:i]] + [sentences[i].low[:end]]
    return any(_NK_NAMED.search(low) and _TROOPS_NAMED.search(low) for low in lows)


def _deployment_denied(
    article: Article,
    sentences: list[Sentence],
    i: int,
    told_here: list[_Found],
    sources: Attributions,
    lexicon: Lexicon,
) -> Claim | None:
    """The troops a denial of the deployment's reports denies, when the sentence tells of no troops otherwise."""
    sentence = sentences[i]
    if not has_any(sentence.low, ("deployment", "dispatch", "military")):
        return None  # (a cheap look first: most sentences deny no deployment)
    match = _DEPLOYMENT_REPORTED.search(sentence.low)
    if match is None or any(f.claim.category is Category.TROOPS for f in told_here):
        return None
    if _NO_DENIAL_NOW.search(sentence.low, 0, match.start()):
        return None
    if match["item"] and not match["nk"] and not _nk_troops_named(sentences, i, match.start()):
        return None  # a bare 'the deployment' with no North Korean troops told before: whose is unknown
    item = next(name for name in ("item", "military", "sent") if match[name])
    mention = Mention(Category.TROOPS, "troops", "troops", match.start(item), match.end(item))
    source = sources.source_for(sentence.index, mention.start)
    claim = _build_mention(article, sentence, mention, source, lexicon)
    return claim if claim.status is Status.DENIED else None


# 'accused the North of supplying missiles, which Moscow denies': the accused deny it, a claim of their own
_DENIED_AFTER_BY = re.compile(
    # (... or 'a charge both countries deny': the two parties, named together)
    r",\s*(?:which|something|a\s+claim|claims|an\s+accusation|allegations?|accusations?|an?\s+(?:charge|allegation)|"
    r"charges)\s+"
    r"(?P<who>(?:both\s+)?[a-z][a-z'’ ]{2,40}?\s+(?:(?:has|have|had|both|all|also)\s+)?"
    r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?))\b"
)


def _mention_claims(
    article: Article,
    sentence: Sentence,
    mention: Mention,
    sources: Attributions,
    lexicon: Lexicon,
    terms: Sequence[TermMatch] = (),
    in_a_tally: bool = False,
    opened_before: bool = False,
) -> list[Claim]:
    """The claim an item asserted without a figure makes, and the denial the sentence adds after it, if any.
    (`in_a_tally`: the sentence counts other losses too; `opened_before`: the sentence before told no claim.)"""
    i = sentence.index
    if (
        ("whether" in sentence.low or " if " in sentence.low)
        and (question := OPEN_QUESTION.search(sentence.low, 0, mention.start))
        and not _CLAUSE_PUNCTUATION.search(sentence.low, question.end(), mention.start)
        and not _QUESTION_ENDS.search(sentence.low, question.end(), mention.start)
    ):
        return []  # 'It is unclear whether Russia has transferred satellite technology': asked, not told
    claim = _build_mention(article, sentence, mention, sources.source_for(i, mention.start), lexicon, terms)
    if claim.subtype == "captured" and claim.source is not None:
        claim = _unless_held_prisoners_told_as_fact(
            claim, sources, sentence.low, i, mention.start, in_a_tally, opened_before
        )
    if claim.status is not Status.DENIED and _sought_from_russia(sentence.low, mention.start):
        # what Pyongyang seeks from Moscow goes to North Korea, and is not got yet
        claim = claim.model_copy(update={"status": Status.PLANNED, "direction": Direction.RU_TO_NK})
    denial = _denial_after(claim, sentence, mention.end, lexicon)
    if denial is None:
        return [claim]
    if claim.source == denial.source:  # the deniers, named last, are not who says it happened
        accuser = sources.source_for(i, 0)
        claim = claim.model_copy(update={"source": None if accuser == denial.source else accuser})
    return [claim, denial]


_CLAUSE_PUNCTUATION = re.compile(r"[,;:]")
# ... or a clause of its own after the one asked, which tells its fact: 'Seoul is evaluating whether to send weapons to
# Ukraine after North Korea sent troops to Russia', '... because Pyongyang has supplied missiles' (not 'as many')
_QUESTION_ENDS = re.compile(
    r"\b(?:after|because|since|while|whereas|although|though|now\s+that|given\s+that|but)\b"
    r"|\bas\s+(?!many\b|much\b|well\b|part\b|such\b|a\b|an\b|the\b|\d)"
)
_COMPARED_AFTER = re.compile(
    r"(?:\s+(?!more\b|less\b|fewer\b|sooner\b|later\b|faster\b|rather\b|earlier\b)[\w'’-]+){0,4}?\s+than\b"
)
_COMMA_BEFORE = re.compile(r"\s*,\s*")
_BARE_VERB = re.compile(
    r"(?<!\bto\s)\b(?:produce|mass-produce|build|make|develop|manufacture|assemble|train|supply|send|ship|provide|deliver|deploy|"
    r"give|help|use|fire|launch|buy|sell)\b"
)


def _first_of_list(text: str, quantities: Sequence[Quantity], whole: Quantity, begin: int) -> Quantity | None:
    """The first figure of the list whose later item starts at `begin` (`whole`: the figure just before), when
    one holds commas: the list's items share its clause ('is expected to send 5,000 troops, 100 missiles and
    200,000 shells')."""
    first, end, comma = None, begin, False
    for q in sorted((q for q in quantities if q.end <= whole.end), key=lambda q: -q.end):
        join = _LIST_ITEM_JOIN.fullmatch(text, q.end, end)
        if join is None or _CLAUSE_VERB.search(text, q.end, end):
            break
        first, end, comma = q, q.begin, comma or "," in join.group()
    return first if comma else None


def _after_listed_item(text: str, clause: int, terms: Sequence[TermMatch]) -> bool:
    """A clause opening right after an item and its comma: the next item of a list ('expects North Korea to ship
    more howitzers, KN-23 missiles and rocket launchers' shares the plan, and the 'more')."""
    return text.startswith(",", clause - 1) and any(
        _COMMA_BEFORE.fullmatch(text, t.end, clause) for t in terms if t.end < clause
    )


def _after_listed_modifier(text: str, clause: int, start: int) -> bool:
    """A clause opening after the first of the modifiers an item's noun shares ('help with submarine, satellite and
    missile technology'): the item's words run on from before the comma."""
    return (
        text.startswith(",", clause - 1)
        and _MODIFIER_BEFORE_COMMA.search(text, max(0, clause - 40), clause - 1) is not None
        and _MODIFIERS_TO_ITEM.fullmatch(text, clause, start) is not None
    )


_MODIFIER_BEFORE_COMMA = re.compile(r"\b(?:with|of|on|in|for|including)\s+[a-z-]+(?:,\s*[a-z-]+)*$")
_MODIFIERS_TO_ITEM = re.compile(r"(?:\s+[a-z-]+,)*\s+[a-z-]+\s+(?:and|or)\s+(?:[a-z-]+\s+){0,2}")


_ADDED_SUPPLY_OF = re.compile(
    r"\b(?:additional|further|more|fresh|new)\s+(?:supplies|shipments|deliveries|transfers|batches)\s+of\s+[\w\s,-]*$"
)
# the rest of a list of items, then what is to come of them all
# what is sought, past its describing words or the list's earlier items: 'is believed to be seeking advanced
# technologies', 'is seeking modern fighters and submarine technology' (not 'sought to hide the 3,000 it sent')
_SOUGHT_BEFORE = re.compile(
    # (not past a phrase of its own: 'seeking space technology in return for supplying Russia with shells')
    # (nor what was sought and got: 'Pyongyang sought and received Russian help with satellite launches')
    r"\b(?:seeks|seeking|sought)\s+(?!to\b)(?!and\s+(?:has\s+|have\s+)?(?:receiv|obtain|got|gets|getting|won|wins|"
    r"secur|gain|acquir|accept)\w*)"
    # (a list joined by 'as well as' is still what is sought: '... satellite technology as well as MiG-29 fighters')
    r"(?:as\s+well\s+as\s+|(?!(?:for|in|after|while|since|by|when|as|which|but|to)\b)[\w'’-]+,?\s+){0,10}$"
)
# items made for Russia ('producing suicide drones for Russia', 'more guns and launchers for export to Russia'), unless
# the sentence says they went ('has been producing shells for Russia and has shipped millions')
_MADE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:(?:also|now|still)\s+)?(?:produc|manufactur|mass-produc)ing\s+"
    r"(?:[\w'’\"“”-]+,?\s+){0,6}$"
)
_FOR_RUSSIA_AFTER = re.compile(
    r"(?:,?\s+(?:and|or)\s+[\w'’\"“”-]+(?:\s+[\w'’\"“”-]+){0,3})*[\"”]?\s+for\s+"
    r"(?:export\s+to\s+|delivery\s+to\s+|shipment\s+to\s+|use\s+by\s+)?(?:russia|moscow)\b"
)
_SHIPPED_TOO = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:already\s+|also\s+)?(?:been\s+)?(?:shipped|sent|delivered|supplied|transferred|"
    r"exported)\b"
)
_ITEMS_THEN_PLAN = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\w-]+(?:\s+[\w-]+){0,2})*\s+(?:could|would|will|may|might|"
    r"(?:are|is)\s+(?:expected|likely|set)\s+to)\s+(?:soon\s+)?(?:follow|come|arrive|be\s+(?:sent|supplied|delivered))\b"
)
# a delivery or arrival told as a noun, then said to come: 'The arrival of Russian fighter jets in North Korea is
# expected next year', 'Deliveries of ... to Pyongyang are due to begin in spring' (a plan, not a delivery done)
_SUPPLY_NOUN_OF_BEFORE = re.compile(
    r"\b(?:arrival|deliver(?:y|ies)|transfers?|shipments?|handover)\s+of\s+(?:[\w-]+\s+){0,3}$"
)
_NOUN_THEN_EXPECTED = re.compile(
    r"\s+(?:(?:in|to|into|at|for)\s+(?:[\w'’-]+\s+){1,3}?)?(?:is|are)\s+(?:now\s+|still\s+|widely\s+)?"
    r"(?:expected|planned|scheduled|due|set|likely)\b"
)
_HOW_MANY = re.compile(r"\bhow\s+(?:many|much|large|big)\b")


def _asks_how_many(sentence: Sentence) -> bool:
    return sentence.text.rstrip(" '\"”’").endswith("?") and _HOW_MANY.search(sentence.low) is not None


_SEEK_WORDS = ("seek", "sought", "want", "request", "ask", "to obtain", "to get", "to acquire", "to receive",
               "to secure")  # fmt: skip


def _sought_from_russia(low: str, position: int) -> bool:
    """Whether the item at `position` is what North Korea seeks from Russia: the object of 'seeks', 'wants',
    'asked for' before 'from Moscow', or the list after it ('seeking help from Moscow, including fighter jets')."""
    if not has_any(low, _SEEK_WORDS):
        return False  # most sentences seek nothing
    return context.sought_from_russia(low, position, ("object", "russian", "list"))


_PARTY = re.compile(r"\b(?:North Korea|Russia)")
_COUNTRIES_OPEN = re.compile(r"(?:both\s+)?(?:north\s+korea|pyongyang|russia|moscow|the\s+kremlin)\b")
# the two parties named together as the deniers: 'which both countries deny', 'a charge the two governments reject'
_BOTH_PARTIES = re.compile(r"(?:both|the\s+two)\s+(?:countries|governments|nations|sides|capitals)\b")


def _denial_after(claim: Claim, sentence: Sentence, end: int, lexicon: Lexicon) -> Claim | None:
    """The denial a reported item's sentence adds after it, by whoever denies it ('which Pyongyang and Moscow
    deny'), as a claim of its own."""
    if claim.status is not Status.REPORTED:
        return None
    low = sentence.low
    if not has_any(low, ("deny", "deni", "reject", "dismiss")):
        return None  # (a cheap look first: the pattern's verbs)
    denied = _DENIED_AFTER_BY.search(low, end)
    if denied is None:
        return None
    who = sentence.low[denied.start("who") : denied.end()]
    if _NOT_DENYING_BACK.search(who):
        return None  # 'which Moscow neither confirmed nor denied'
    voices = lexicon.voices.find(who)
    if voices and voices[0].start <= len("both "):
        name: str | None = voices[0].name
    elif _BOTH_PARTIES.match(who):
        name = lexicon.voices.governments_in("pyongyang and moscow")
    else:  # ('a claim both Moscow and Pyongyang reject': the governments of the countries named)
        name = lexicon.voices.governments_in(who) if _COUNTRIES_OPEN.match(who) else None
    if name is None:
        return None  # the deniers are no country ('which the report denies')
    if not _PARTY.search(name):
        return None  # 'sent troops to Russia, which Ukraine rejected': only the parties deny having done it
    return claim.model_copy(update={"status": Status.DENIED, "source": name})


def _noun_reach(low: str, end: int) -> int:
    """How far a number's own noun phrase can reach: to the next list or clause mark or the verb ('dozens of
    soldiers were killed': the killed are no part of the number's noun), 40 characters at most."""
    stop = _LIST_OR_CLAUSE.search(low, end, end + 40)
    return stop.start() if stop else min(len(low), end + 40)


_LIST_OR_CLAUSE = re.compile(
    r"[,;:.]|\b(?:and|or|as well as|plus|is|are|was|were|has|have|had|been|will|would|could|may|might)\b"
)


def _recalled(low: str, mention: Mention, claim: Claim, found: list[_Found], lexicon: Lexicon) -> bool:
    """An item the sentence opens by setting aside, told of before with the status the sentence gives it: 'Apart
    from ammunition, Pyongyang also handed Moscow some 50 missiles' after the shells counted; 'Besides troops,
    Pyongyang will also send 100 guns' after more troops planned (not 'has already shipped' after a plan)."""
    aside = _SET_ASIDE_OPENING.match(low) if "," in low else None
    if aside is None or mention.end > aside.end():
        return False
    status = Status.PLANNED if lexicon.planned_re.search(low, aside.end()) else claim.status
    return any(f.claim.category is claim.category and f.claim.status is status for f in found)


_MOURNING = re.compile(r"\b(?:memorials?|funerals?|ceremon(?:y|ies)|commemorat\w*|mourn\w*|burials?|honou?r\w*)\b")
_SET_ASIDE_OPENING = re.compile(
    r"\W*(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|on\s+top\s+of|beyond|alongside)\s+[^,;.]{2,60},"
)


def _more_to_come(
    article: Article, sentence: Sentence, figures: list[Figure], sources: Attributions, lexicon: Lexicon
) -> Claim | None:
    """'about 3,000 troops are in Kursk and more are on the way': more of the item counted last before, still to
    come, with no figure of its own."""
    more = _MORE_TO_COME.search(sentence.low)
    if more and _NO_PLAN_BEFORE.search(sentence.low, max(0, more.start() - 50), more.start()):
        more = None  # 'it is unclear whether Pyongyang will send more', 'denied any plans to send more'
    # (not losses: 'about 300 have been killed, with more expected' forecasts no supply)
    counted = [f for f in figures if f.np_end <= more.start() and f.category is not Category.CASUALTIES] if more else []
    if more is None or not counted or _another_giver(sentence.low, more.start(), counted[-1].np_end):
        return None
    item = counted[-1]
    return _more_planned(article, sentence, Term(item.category, item.subtype, item.unit), more, sources, lexicon)


# a plan to send more, the noun left out: 'was likely to send more', 'could ship more to Russia soon'
_SEND_MORE = (
    r"\b(?:to|will|would|could|may|might)\s+(?:(?:also|soon|still|then|again|\w+ly)\s+)?"
    r"(?:send|ship|supply|deploy|dispatch|provide|deliver|transfer)\s+(?:even\s+|many\s+|thousands\s+|hundreds\s+)?more"
    r"(?=\s*(?:[.,;:!?\"”’)]|$|\s+(?:to|in|soon|later|next|this|by|if|over|as|when|once)\b))"
)
# ('and more are expected', 'with more on the way', 'officials warn thousands more could follow', 'more to come';
# not 'more than')
_MORE_TO_COME = re.compile(
    r"(?:\b(?:and|with|while|but)\s+(?:that\s+)?|\b(?:warn\w*|sa(?:y|ys|id)|expect\w*|believ\w*|fear\w*)\s+"
    r"(?:that\s+|of\s+)?|^\W*)"
    # ('with several thousand more expected', 'a few hundred more are on the way', 'another couple of thousand
    # expected')
    r"(?:(?:many|still|even|far|thousands|hundreds|tens\s+of\s+thousands|"
    r"(?:several|a\s+few|a\s+couple\s+of|some)\s+(?:thousand|hundred|dozen))\s+more\s+"
    r"|another\s+(?:few|couple\s+of|several)\s+(?:thousand|hundred|dozen)\s+|more\s+)(?:(?:are|were|is|could\s+be|"
    r"will\s+be|may\s+be|might\s+be)\s+)?(?:(?:on\s+(?:the|their)\s+way|expected|coming|in\s+the\s+pipeline|"
    r"likely\s+to\s+follow|set\s+to\s+follow|to\s+follow|to\s+come)\b|(?:could|will|may|might|would)\s+(?:soon\s+)?"
    rf"(?:follow|come|arrive))|{_SEND_MORE}"
    # ... or more to be sent: 'said more could be sent' (not 'more were sent', done)
    r"|(?:\b(?:warn\w*|sa(?:y|ys|id)|expect\w*|believ\w*|fear\w*)\s+(?:that\s+)?|\b(?:and|but)\s+)"
    r"(?:(?:many|even|thousands|hundreds)\s+)?more\s+(?:could|will|may|might|would)\s+be\s+"
    r"(?:sent|deployed|dispatched|shipped|delivered)\b"
    # a batch still to come, the item left out: 'Further deliveries are expected', 'Another batch is being prepared',
    # 'A second group would be transported soon', 'a new consignment is on its way'
    r"|\b(?:further|more|new|fresh|another|additional|a\s+(?:second|third|new|fresh|further))\s+"
    r"(?:deliveries|delivery|shipments?|batch(?:es)?|consignments?|group|contingent|wave|rotation|deployments?|"
    r"transfers?)\s+(?:(?:is|are)\s+)?(?:(?:now\s+)?(?:expected|planned|likely|possible|set\s+to|due)\b|on\s+(?:its|their|the)\s+way|"
    r"being\s+(?:prepared|readied|assembled|planned)|in\s+(?:preparation|the\s+works|the\s+pipeline)|"
    r"(?:could|would|will|may|might)\s+(?:soon\s+)?(?:follow|come|arrive|be\s+(?:sent|shipped|delivered|transported|"
    r"dispatched|deployed)))"
    # ('The NIS expects more.', 'expects more soon')
    r"|\bexpect(?:s|ed|ing)?\s+more(?=\s*(?:[.,;:!\"”’)]|$)|\s+(?:soon|later|to\s+come|in\s+the\s+coming)\b)"
    r"(?![^.;]{0,20}\bbut\s+(?:none|no|nothing)\b)"
    # ('There will be more.', 'there could be more soon'; not 'there will be more fighting')
    r"|\bthere\s+(?:will|would|could|may|might)\s+(?:soon\s+)?be\s+(?:many\s+|even\s+)?more"
    r"(?=\s*(?:[.,;:!\"”’]|$)|\s+(?:soon|later|to\s+come)\b)"
)
# doubt or denial of the plan: 'unlikely to', 'unclear whether ... will', 'denied any plans to', 'no sign that'
_NO_PLAN_BEFORE = re.compile(
    r"\b(?:unlikely|unclear|whether|if|not|no|never|denied|deny|denies|denying|doubts?|doubted|without)\b[^.;]*$"
)


_LOSSES = re.compile(r"\b(?:loss|losses|casualt\w+|killed|dead|died|wounded|deaths?|toll)\b")


def _more_of_the_last(
    article: Article, sentence: Sentence, last: Term | None, sources: Attributions, lexicon: Lexicon
) -> Claim | None:
    """'North Korea has sent 11,000 troops, the NIS said. It expects Pyongyang to send more.': more of the item the
    sentence before counted, planned, in a sentence naming no item."""
    more = _MORE_TO_COME.search(sentence.low)
    if more is None or last is None or last.category is Category.CASUALTIES or _LOSSES.search(sentence.low):
        return None  # ('The losses are heavy and more are expected': more losses, no supply)
    if _another_giver(sentence.low, more.start()):
        return None  # ('Iran will likely send more', 'Ukraine has received 31 Abrams tanks, and more could follow')
    if _NO_PLAN_BEFORE.search(sentence.low, max(0, more.start() - 50), more.start()):
        return None
    return _more_planned(article, sentence, last, more, sources, lexicon)


# Another country that gives, or gets, in the words before a 'more' with its noun left out: the more is its
_OTHER_PARTY = re.compile(
    r"\b(?:iran|tehran|china|beijing|ukraine|kyiv|the\s+us|u\.s\.|washington|the\s+united\s+states|nato|the\s+west|"
    r"iranian|chinese|cuban|belarusian|ukrainian|american|syrian|serbian|african|"
    r"europe|germany|britain|the\s+uk|france|poland|south\s+korea|seoul|japan|tokyo|belarus|minsk)\b"
    # (not a voice of that country: 'U.S. officials warn more could follow')
    r"(?!['’]s\s+(?:spy|intelligence|military|defen[cs]e|armed\s+forces|general\s+staff)|\s+(?:officials?|intelligence|military|government|sources?|spy|defen[cs]e|"
    r"authorities|analysts?|lawmakers?|says|said|warns?|believes?|estimates?)\b)"
)


def _may_plan_more(low: str) -> bool:
    """Whether a sentence may plan more of an item it leaves out (a cheap look: most sentences plan none)."""
    return _MORE_WORDS.search(low) is not None


# (_MORE_TO_COME's words: a 'more' not of 'more than', or a batch's noun with a space after it, as the pattern has)
_MORE_WORDS = re.compile(
    r"more(?! than)|another\s+(?:few|couple|several)\s|"
    r"deliver(?:y|ies)\s|shipments?\s|batch(?:es)?\s|consignments?\s|group\s|contingent\s|wave\s|"
    r"rotation\s|deployments?\s|transfers?\s"
)


def _another_giver(low: str, more: int, start: int = 0) -> bool:
    """Whether another country is named between `start` (the item counted, if in the sentence) and the 'more'."""
    lo = max(start, more - 80)
    other = _OTHER_PARTY.search(low[lo : more + 24])  # (past the 'more': a voice's verb may follow the name)
    return other is not None and other.start() < more - lo and not NK_NAMED.search(low, lo, more)


def _more_planned(
    article: Article, sentence: Sentence, item: Term, more: re.Match[str], sources: Attributions, lexicon: Lexicon
) -> Claim:
    """More of `item` still to come, where `more` says so: a planned addition without a figure."""
    mention = Mention(item.category, item.subtype, item.unit, more.start(), more.end())
    claim = _build_mention(article, sentence, mention, sources.source_for(sentence.index, more.start()), lexicon)
    return claim.model_copy(update={"status": Status.PLANNED, "incremental": True})


# the people a story cites, who are no item: '..., people familiar with the matter said'
_INFORMANT_AFTER = re.compile(
    r"\s+(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|aware\s+of)\b"
)


def _last_item(low: str, terms: list[TermMatch]) -> Term | None:
    """The last item a sentence names, not counting forces that speak nor the people a story cites."""
    items = [
        t.term
        for t in terms
        if not t.term.is_measure
        and not SPEAKS_AFTER.match(low, t.end)
        # (generic people only: 'engineers familiar with Russian rail systems' are an item)
        and not (t.term.subtype == "persons" and _INFORMANT_AFTER.match(low, t.end))
    ]
    return items[-1] if items else None


class _Spans:
    """Figures found once over the whole article, handed out per sentence (positions made sentence-relative)."""

    def __init__(self, quantities: list[Quantity]) -> None:
        self._quantities = quantities
        self._starts = [q.start for q in quantities]

    def within(self, sentence: Sentence) -> list[Quantity]:
        lo = bisect_left(self._starts, sentence.start)
        hi = bisect_left(self._starts, sentence.end)
        return [q.shifted(-sentence.start) for q in self._quantities[lo:hi] if q.end <= sentence.end]


class _SentenceScans:
    """Item nouns, sources and holding/rate words per sentence, looked up only for the sentences that need
    them (most sentences hold no figure, and only some are searched for a source): each is tokenized then.
    The tokens are kept: the article's names (attribution) look at every sentence's words first."""

    def __init__(self, text: str, sentences: list[Sentence], lexicon: Lexicon) -> None:
        self._text = text
        self._low = normalise(text)
        self._sentences = sentences
        self._lexicon = lexicon
        self._tokens: dict[int, Tokens] = {}
        self._done: dict[int, tuple[list[TermMatch], list[SourceMatch], list[tuple[int, int]]]] = {}

    def _tokenized(self, i: int) -> Tokens:
        if i not in self._tokens:
            s = self._sentences[i]
            self._tokens[i] = tokenize(self._low, s.start, s.end)
        return self._tokens[i]

    def _scan(self, i: int) -> tuple[list[TermMatch], list[SourceMatch], list[tuple[int, int]]]:
        if i not in self._done:
            s = self._sentences[i]
            self._done[i] = self._lexicon.scan(self._text, self._tokenized(i), s.start, s.end)
        return self._done[i]

    # (each asked many times of a sentence: a scan done before is read here, not through _scan)

    def words(self, i: int) -> list[str]:
        """Sentence i's words, as `core.phrases.tokenize` cuts them."""
        return self._tokens[i].words if i in self._tokens else self._tokenized(i).words

    def terms(self, i: int) -> list[TermMatch]:
        return self._done[i][0] if i in self._done else self._scan(i)[0]

    def sources(self, i: int) -> list[SourceMatch]:
        return self._done[i][1] if i in self._done else self._scan(i)[1]

    def cues(self, i: int) -> list[tuple[int, int]]:
        return self._done[i][2] if i in self._done else self._scan(i)[2]


_PACT = re.compile(
    r"\b(?:signed|concluded|ratified|struck|sealed|reached)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:treaty|agreement|pact|deal|accord|partnership|memorandum|contract)\b"
)


class _NorthKoreaContext:
    """Whether the sentences before sentence i are about North Korea (its last mention not followed by
    another country's), for sentences that do not name North Korea themselves. Computed lazily."""

    def __init__(self, sentences: list[Sentence], lexicon: Lexicon) -> None:
        self._sentences = sentences
        self._lexicon = lexicon

    def is_subject_before(self, i: int) -> bool:
        """Whether the sentence before sentence i has North Korea as its subject (its first country that acts),
        what an 'It' or 'They' opening sentence i refers to ('Russia ... has struggled. It has lost' is Russia)."""
        return self._first_acting_before(i) == "nk"

    def russia_is_subject_before(self, i: int) -> bool:
        """Whether the sentence before sentence i has Russia as its subject ('Russia has given Pyongyang
        air-defence systems. It has also delivered fighter jets.'), and names no pact 'It' could be."""
        return self._first_acting_before(i) == "ru" and not _PACT.search(self._sentences[i - 1].low)

    def _first_acting_before(self, i: int) -> str | None:
        if i == 0:
            return None
        acting = [kind for _, kind, attribution in actors_of(self._sentences[i - 1].low) if attribution is None]
        return acting[0] if acting else None

    def before(self, i: int) -> bool:
        for j in range(i - 1, -1, -1):
            text = self._sentences[j].low
            if self._lexicon.nk_re.search(text):
                return True
            if text.rstrip(" \"'”’").endswith("?") and _ASKS_WHO_OR_HOW_MANY.search(text):
                continue  # a question ('Which Ukrainian body gave the figure?') names who asks, no one who acts
            if any(
                kind == "other"
                and not text.endswith("by ", 0, start)
                and not _AGENT_LIST_BEFORE.search(text, max(0, start - 120), start)
                for start, kind, attribution in actors_of(text)
                if attribution is None
            ):
                return False
        return False


# 'destroyed by Ukrainian drones': an agent, and so is each country of a list of agents ('the team, set up by South
# Korea, the United States, Japan and eight other countries, released its report'), which acts in no figure after it
_AGENT = r"(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?"
_AGENT_LIST_BEFORE = re.compile(rf"\bby\s+(?:{_AGENT},\s+)*{_AGENT}(?:,\s+|,?\s+and\s+)(?:the\s+)?$")
# a question about a figure or its source (not 'Why are Ukrainian units retreating?', which names who acts)
_ASKS_WHO_OR_HOW_MANY = re.compile(r"(?:^|:\s*)(?:which|who|whose|what|how\s+many|how\s+much)\b")
# 'However, North Korea denied this.', 'Moscow called the claims "blatant lies".': the accused deny what the
# sentence before told
_DENIES_WHAT_WAS_TOLD = re.compile(
    # (past a live blog's time stamp: '09:30: North Korea denies it.', '14:05 GMT - Moscow rejected the claims.')
    r"\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|cet|kst|msk|bst|edt|est)?\s*[:—–-]?\s*)?"
    r"(?:(?:but|however|yet)\b,?\s*)?(?P<who>[^,;:\"“]{2,60}?(?:,\s*[^,;:\"“]{2,40},)?)\s+"
    r"(?:(?:has|have|had|quickly|so\s+far|repeatedly|also|flatly|strongly|consistently|categorically|publicly|"
    r"previously|both|again|long)\s+)*"
    r"(?:(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:this|it|that|them|"
    r"(?:the|these|such)\s+(?:reports?|claims?|allegations?|accusations?|charges?)|"
    # ... or the receipt or use of them: 'Moscow denies using them', 'denied ever receiving them'
    r"(?:ever\s+)?(?:receiving|using|getting|buying|acquiring|accepting|firing|having\s+(?:received|used|bought|fired))"
    r"\s+(?:them|it|these|those|such\s+\w+))\b"
    r"(?=\s*(?:[.,;:!\"”’)]|$)|\s+(?:on|in|at|as|last|again|too|outright)\b)"  # (not 'denied that it was ...')
    r"|(?:called|calls|described|describes|named|labell?ed|branded)\s+(?:(?:the|these|such|them)\s*"
    r"(?:reports?|claims?|allegations?|accusations?)?|reports?|claims?|allegations?)"
    # ('called reports of the deployment "fake"')
    r"(?:\s+(?:of|about|on)\s+(?:the|this|that|its|their)\s+(?:deployment|dispatch|presence|involvement|transfer|"
    r"deliveries|shipments?))?"
    r"\s+(?:as\s+)?[\"“'‘]?(?:[\w-]+\s+){0,3}?(?:lies?|fabrications?|rumou?rs?|fakes?|fiction|nonsense|"
    r"propaganda|provocations?|groundless|baseless|false|untrue|absurd|hoax(?:es)?|fantas(?:y|ies)|"
    r"disinformation|misinformation|speculation)\b)"
)
_DENIAL_WORDS = ("den", "reject", "dismiss", "refut", "call", "describ", "named", "label", "brand")
# ... those accused, as the subject: North Korea or Russia, what they have ('Russia's foreign ministry', 'the
# Kremlin's spokesman'), their spokespeople, both ('not 'Russian military bloggers', 'analysts who study Russia')
_ACCUSED = re.compile(
    r"(?:the\s+)?(?:north\s+korea|pyongyang|the\s+dprk|dprk|kcna|russia|moscow|kremlin|both|the\s+two)"
    r"(?:['’]s(?!\s+(?:ally|allies|partner|neighbou?r)\b))?\b"
    r"(?!\s+(?:\w+ers?|experts?|analysts?|specialists?|scholars?|hands?)\b)(?!['’]s\s+(?:ally|allies|partner|neighbou?r)\b)"
    r"|.*\b(?:peskov|zakharova|lavrov)\b"
)
# ... who do not deny: 'declined to confirm or deny', 'neither confirmed nor denied', 'has not denied this'
_NOT_DENYING_BACK = re.compile(r"\b(?:not|never|n't|neither|nor|yet|declined|refused|confirm\s+or)\b")


def _denied(found: list[_Found], told: Sentence, sentence: Sentence, source: str | None) -> list[Claim]:
    """What the sentence before told, each item once, as denied by those a denial sentence names."""
    denied: dict[tuple[object, ...], Claim] = {}
    for item in found:
        claim = item.claim
        if told.start <= claim.span[0] and claim.span[1] <= told.end:  # (told, or denied by others before)
            if claim.unit == "containers":  # (what is denied is the munitions they hold)
                claim = claim.model_copy(update={"subtype": "ammunition", "unit": None})
            denied.setdefault((claim.category, claim.subtype, claim.direction), claim)
    update = {
        "value": None, "value_max": None, "qualifier": None, "status": Status.DENIED, "incremental": False,
        "period": None, "source": source, "quote": sentence.text, "span": (sentence.start, sentence.end),
    }  # fmt: skip
    return [claim.model_copy(update=update) for claim in denied.values()]


def _only_north_korea_before(nk_context: _NorthKoreaContext, i: int, low: str) -> bool:
    return not names_another_country(low) and nk_context.before(i)


# a correction's account of what an earlier version of the piece said ('Correction: an earlier version of this entry
# said the NIS put the number killed at 6,000', 'An earlier version gave the estimate as more than 3m shells'): the
# figures of that account are taken back, no claim. A version 'of this' piece, 'of the' piece's part ('of the fact
# box'), or any version right after a correction's cue; not an earlier version of a report, treaty or assessment,
# which is an earlier estimate or text that stands.
_WITHDRAWN_VERSION = re.compile(
    r"\b(?:an?\s+(?:earlier|previous|original|first)|the\s+(?:first|original|previous|earlier))\s+version\b"
    r"(?:\s+of\s+(?P<of>this|the)\b(?P<what>(?:[^.;]|\.\d)*?))?"
    r"\s+(?:(?:incorrectly|wrongly|mistakenly|erroneously)\s+)?"
    r"(?:gave|said|stated|put|reported|cited|misstated|described|credited)\b"
)
_PIECES_PART = re.compile(
    r"\b(?:entry|(?:fact\s*)?box|article|story|post|piece|timeline|explainer|graphic|chart|table|caption|headline|"
    r"section|column|(?:live\s*)?blog|newsletter|item)\b"
)
# the cue of a correction before it, in its sentence ('Correction, 13 June:') or the one before ('This post was
# amended at 11:05 GMT.')
_CORRECTION_CUE = re.compile(
    r"\b(?:correction|clarification|erratum|editor'?s\s+note|(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:amended|corrected|updated))\b"
)
_SUPERSEDED = re.compile(r"\b(?:only|now|since|latest|most\s+recent|newest)\b")
# where the account of the earlier version ends: the right figure follows ('...; the figure is about 11,000',
# 'at 12,000 rather than 11,000')
_ACCOUNT_ENDS = re.compile(
    r";|\brather\s+than\b|\binstead\s+of\b|\bthe\s+(?:correct\s+)?figure\s+(?:is|was)\b|\s[–—]\s"
)
_NOT_BEFORE = re.compile(r"\bnot\s+(?:the\s+)?$")
# an account that is about a figure: it names one ('gave the number killed as 6,000', 'put the estimate at') or the
# right one follows it ('...; the figure is about 11,000')
_ABOUT_A_FIGURE = re.compile(
    r"\b(?:numbers?|numbered|figures?|estimated?|estimates|tolls?|count(?:s|ed)?|total(?:s|led)?|tall(?:y|ied)|"
    r"misstated|overstated|understated|gave|put)\b"
)


@dataclass(frozen=True)
class _Withdrawn:
    """The account of what an earlier version wrongly said, in a correction's sentence (sentence-relative)."""

    start: int
    end: int
    low: str
    next_low: str

    def covers(self, position: int) -> bool:
        return self.start <= position < self.end

    def takes_back(self, quantity: Quantity) -> bool:
        """Whether the figure is one the earlier version got wrong: within the account (unless the next sentence
        tells the same number, the figure standing: 'The NIS figure of 300 refers to ...'), or the one after it
        that is 'not' the right one ('it is 11,000, not 12,000')."""
        if quantity.start >= self.end:
            return bool(_NOT_BEFORE.search(self.low, max(0, quantity.begin - 12), quantity.begin))
        if not self.covers(quantity.start):
            return False
        number = re.escape(self.low[quantity.start : quantity.end])
        return not re.search(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)", self.next_low)


def _withdrawn_in_correction(sentences: Sequence[Sentence], i: int) -> _Withdrawn | None:
    """The account in sentence i of what an earlier version of the piece wrongly said, whose figures are taken back:
    None where that version told 'only' that figure or gave it as the 'latest', or the correction says a newer one
    'now' replaces it ('The agency's figure is now about 3,000'): an earlier estimate, which stands as one."""
    low = sentences[i].low
    match = _WITHDRAWN_VERSION.search(low)
    if match is None:
        return None
    if match["of"] != "this" and not (
        (match["of"] and _PIECES_PART.search(match["what"]))
        or _CORRECTION_CUE.search(low, 0, match.start())
        or (i and _CORRECTION_CUE.search(sentences[i - 1].low))
    ):
        return None  # 'an earlier version of the treaty said', 'The first version of the Pentagon's assessment'
    after = sentences[i + 1].low if i + 1 < len(sentences) else ""
    if _SUPERSEDED.search(low) or _SUPERSEDED.search(after):
        return None
    ends = _ACCOUNT_ENDS.search(low, match.end())
    end = ends.start() if ends else len(low)
    if not (
        _ABOUT_A_FIGURE.search(low, match.start(), end)
        or any(c.isdigit() for c in low[end:])
        or (_ABOUT_A_FIGURE.search(after) and any(c.isdigit() for c in after))
    ):
        return None  # the correction mends something else: 'said the 1,500 troops left from Chongjin; they left
        # from Wonsan'
    return _Withdrawn(match.start(), end, low, after)


_SOURCES_LINE = re.compile(r"\W*sources?(?:\s*,\s*in\s+order)?\s*:", re.IGNORECASE)
# ... unless it tells a figure of its own: 'SOURCES: North Korea has sent 3,000 more troops, the JCS said.'
_TELLS_A_FIGURE = re.compile(
    r"\b(?:has|have|had|was|were|will|sent|shipped|delivered|supplied|killed|wounded|said|says)\b"
)


def _is_headline(article: Article, sentence: Sentence) -> bool:
    """Headlines, decks and repeated captions: short lines without a full stop, or the title itself."""
    if article.title and sentence.text.strip().rstrip(".") == article.title.strip().rstrip("."):
        return True
    return len(sentence.text) < 160 and not sentence.text.rstrip("”\"’'").endswith((".", "!", "?"))


def _dedup_key(claim: Claim, lexicon: Lexicon) -> tuple[object, ...]:
    if claim.value is None:  # one claim per kind of item, status, addition and origin when no figure is given
        return (claim.category, claim.subtype, claim.status, claim.incremental, _origin(claim.source, lexicon))
    return (claim.category, claim.value, claim.value_max)


def _voice(source: str | None) -> str | None:
    """Whose word a source is, past the outlet relaying it: 'Ukraine HUR (via CNN)' is Ukraine HUR's."""
    return source.split(" (via ")[0] if source else None


def _counted_more_specifically(claim: Claim, counted: set[tuple[object, ...]]) -> bool:
    """Whether an item without a figure is named more generally than one the article counts from the same source,
    status and addition: 'rocket launchers' and then '70 240mm rocket launchers', 'munitions' and then '10 million
    artillery shells' are one item, counted."""
    if claim.category not in _KINDS_OF_ONE_ITEM:
        return False
    subtype = claim.subtype or ""
    return any(
        (category, status, incremental, source)
        == (claim.category, claim.status, claim.incremental, _voice(claim.source))
        and isinstance(other, str)
        # (not missiles counted as fired: 'Russia fired at least one of them' counts no supply)
        and not other.endswith(" fired")
        # (not shipping containers: 'munitions' are what '1,000 containers' hold, an item of their own)
        and ((subtype == claim.category.value and other != "containers") or (subtype and subtype in other))
        for category, other, status, incremental, source in counted
    )


# Categories whose kinds are one item named more or less closely ('munitions', 'artillery shells'); not troops
# (builders are not the troops) nor casualties (the killed are not the wounded)
_KINDS_OF_ONE_ITEM = frozenset({Category.AMMUNITION, Category.ARTILLERY, Category.ROCKET_LAUNCHERS, Category.MISSILES})


def _origin(source: str | None, lexicon: Lexicon) -> str | None:
    """Whose word a source is, as broadly as an article names it in passing: a country for its bodies, people
    and voices ('Ukraine HUR (Budanov)', 'a Ukrainian official' and 'Kyiv' are Ukraine's), else the source."""
    if source is None:
        return None
    base = source.split(" (")[0]
    if country := lexicon.source_countries.get(base):
        return country
    for spec in lexicon.spec.country:
        if base == spec.name or base.startswith((spec.name + " ", spec.adjective + " ")) or base == spec.government:
            return spec.name
    return base


def _rounds_a_body_figure(claim: Claim, found: list[_Found], lexicon: Lexicon) -> bool:
    """Whether a headline's hedged figure ('Over 12,000', 'nearly 150', 'up to 30,000') is the body's count of the
    same item rounded (12,500; 148) or its range's top (25,000 to 30,000), by the same country's voice, with the
    same status (and kind of loss), and not a figure of the body."""
    value = claim.value
    if value is None or claim.qualifier in (None, Qualifier.EXACT):
        return False
    origin = _origin(claim.source, lexicon)
    body = [
        f.claim
        for f in found
        if not f.headline
        and f.claim.category is claim.category
        and f.claim.value
        and f.claim.status is claim.status  # ('may send up to 3,000 more' beside 'has sent 2,000 to 3,000')
        # (a headline's 'Seoul says' is its JCS's; 'Zelensky: some 4,000' is not the NIS's 3,900)
        and (
            claim.source is None
            or f.claim.source is None
            or claim.source in f.claim.source  # ('... – Yonhap' over 'South Korea JCS (via Yonhap)')
            or _origin(f.claim.source, lexicon) == origin
        )
        and (claim.category is not Category.CASUALTIES or f.claim.subtype == claim.subtype)
    ]
    if any(c.value == value for c in body):
        return False  # the body's figure itself: the one claim deduplication keeps
    return any(
        abs(c.value - value) <= value / 20 or (claim.qualifier is Qualifier.UP_TO and c.value_max == value)
        for c in body
        if c.value
    )


# a figure told as what was said before is a figure of its own, not a summary of the range: 'Earlier it said up to
# 12,000 troops had gone'
_TOLD_BEFORE = re.compile(r"\b(?:earlier|previously|before|formerly|initially|at\s+first|last\s+(?:year|month|week))\b")


def _an_end_of_a_range(claim: Claim, found: list[_Found], lexicon: Lexicon, found_here: _Found) -> bool:
    """Whether a figure is an end of a range the body gives of the same item, status and addition, by the same
    voice, told later in a sentence of its own: a body's 'up to 30,000 more' in the lead beside its 'between 25,000
    and 30,000 additional troops' after it, or a headline's '1,000 more troops' over the body's 'an additional 1,000
    to 3,000 soldiers' (not 'has sent 10,000 to 12,000' beside 'could send up to 12,000 more', nor a second item in
    the range's sentence: '1,000 to 3,000 sappers and up to 3,000 military builders', nor 'Earlier it said up to
    12,000')."""
    value = claim.value
    headline = found_here.headline
    if value is None or claim.value_max is not None:
        return False
    if not headline and (claim.qualifier is not Qualifier.UP_TO or _TOLD_BEFORE.search(claim.quote.lower())):
        return False
    origin = _origin(claim.source, lexicon)
    return any(
        not f.headline
        and f.claim.value_max is not None
        and (headline or (f.order > found_here.order and f.claim.span != claim.span))
        and (f.claim.value_max == value or (headline and f.claim.value == value))
        and f.claim.category is claim.category
        and f.claim.subtype == claim.subtype
        and (f.claim.period is None or claim.period is None or f.claim.period == claim.period)
        and f.claim.direction is claim.direction
        and f.claim.status is claim.status
        and f.claim.incremental == claim.incremental
        and (
            claim.source is None
            or f.claim.source is None
            or claim.source in f.claim.source
            or f.claim.source in claim.source
            or _origin(f.claim.source, lexicon) == origin
        )
        for f in found
    )


def _told_apart_by(told: Iterable[tuple[tuple[object, ...], object, str | None]]) -> set[tuple[object, ...]]:
    """The figures (of `told`: figure, what it is said to be, whose voice) said to be different things by voices that
    do not overlap, every voice named: each thing a claim of its own."""
    by_figure: dict[tuple[object, ...], dict[object, set[str | None]]] = {}
    for figure, aspect, origin in told:
        by_figure.setdefault(figure, {}).setdefault(aspect, set()).add(origin)
    return {
        figure
        for figure, by_aspect in by_figure.items()
        if len(by_aspect) > 1
        and None not in set().union(*by_aspect.values())
        and all(a.isdisjoint(b) for a, b in combinations(by_aspect.values(), 2))
    }


_FIRED_WORD = re.compile(r"\b(?:fired|launched|used|fires|launches|uses|firing|launching|using)\b")


def _deduplicate(found: list[_Found], lexicon: Lexicon) -> list[Claim]:
    """One claim per distinct figure: the body's statement wins over the headline's, then the statement with the
    most specific source ('a defence ministry official told AFP' over 'an official said'), then the first.
    An item without a figure is dropped when the article counts that same item (kind, status, addition and source),
    as the claim schema has it."""

    def rank(claim: Claim) -> int:
        return -1 if claim.source is None else lexicon.source_ranks.get(claim.source.split(" (via ")[0], 1)

    def kind(claim: Claim) -> tuple[object, ...]:
        return (claim.category, claim.subtype, claim.status, claim.incremental, _voice(claim.source))

    counted = {kind(f.claim) for f in found if f.claim.value is not None}
    found = [
        f
        for f in found
        if f.claim.value is not None
        or (kind(f.claim) not in counted and not _counted_more_specifically(f.claim, counted))
    ]
    named = {kind(f.claim)[:4] for f in found if f.claim.value is None and f.claim.source is not None}
    found = [
        f for f in found if f.claim.value is not None or f.claim.source is not None or kind(f.claim)[:4] not in named
    ]
    # (after the items without a figure: the prisoners named again still count as the soldiers they were)
    found = _captives_named_again(found)
    # a headline's item without a figure restates what the body tells of that item
    told = {(f.claim.category, f.claim.direction) for f in found if not f.headline}
    found = [
        f for f in found if not (f.headline and f.claim.value is None and (f.claim.category, f.claim.direction) in told)
    ]
    # a headline's hedged round figure restates the body's closer count: 'nearly 150 Koksan guns' over '148 guns'
    found = [f for f in found if not (f.headline and _rounds_a_body_figure(f.claim, found, lexicon))]
    # ... and an end of the body's range is that range: 'up to 30,000 more' beside 'between 25,000 and 30,000 more'
    found = [f for f in found if not _an_end_of_a_range(f.claim, found, lexicon, f)]
    # 'another 1,500' told after '1,500 troops' is a second batch, a claim of its own (not 'will additionally send
    # 1,000 sappers' before '"... decided to send 1,000 sappers"', the same figure told again)
    plain: set[tuple[object, ...]] = set()
    batches: set[tuple[object, ...]] = set()
    for item in sorted((f for f in found if f.claim.value is not None and not f.headline), key=lambda f: f.claim.span):
        figure = _dedup_key(item.claim, lexicon)  # (a headline restates the body: neither first nor second)
        if not item.claim.incremental:
            plain.add(figure)
        elif (
            figure in plain
            and _ANOTHER_BATCH.search(item.claim.quote.lower())
            and item.claim.quote.rstrip("\"'”’").endswith(".")  # a sentence of the body, not a teaser's headline
        ):
            batches.add(figure)  # ('the 3,000 additional soldiers', '3,000 more' refer back as often as not)
    added = {
        _dedup_key(f.claim, lexicon): f.claim.quote.lower()
        for f in found
        if f.claim.incremental and f.claim.value and not f.headline
    }
    for item in found:
        # ... and the earlier batch told after the addition: 'a further 1,500 troops had entered Russia' and then
        # 'The NIS had said last week that 1,500 special forces soldiers were taken to Russia'
        figure = _dedup_key(item.claim, lexicon)
        if (
            figure in added
            and not item.claim.incremental
            and not item.headline
            and (earlier := _EARLIER_BATCH.search(low := item.claim.quote.lower())) is not None
            and any(c.isdigit() for c in low[earlier.end() :])  # (said of the batch before its figure)
            and earlier.group() not in added[figure]  # ('a further 1,500 entered last week' and 'Last week, 1,500')
            and not _REFERS_TO_FIGURE.search(low)
            and not _SAME_AGAIN.search(low)  # ('Earlier reports put the figure at 2,000 as well')
        ):
            batches.add(figure)

    # one figure told by two voices as two things: what one says has happened, another says is planned ('1,000
    # deminers have arrived, the NIS said' beside Shoigu's 'will send 1,000 sappers') is two claims
    told_apart = _told_apart_by(
        (_dedup_key(item.claim, lexicon), item.claim.status, _origin(item.claim.source, lexicon))
        for item in found
        if item.claim.value is not None
        and not item.headline
        and item.claim.category is not Category.CASUALTIES  # (a toll is not planned: a misread status)
        and item.claim.status is not Status.DENIED
    )
    # ... and one toll told by two voices as two losses: 'about 2,000 wounded, the NIS said' beside Zelensky's 'more
    # than 2,000 killed or wounded' (not one voice's 'losses' and 'casualties', the same toll named twice)
    tolls_apart = _told_apart_by(
        (_dedup_key(item.claim, lexicon), item.claim.subtype, _origin(item.claim.source, lexicon))
        for item in found
        if item.claim.value is not None and not item.headline and item.claim.category is Category.CASUALTIES
    )

    # ... told as a supply, not as fired ('Russia has fired 24 North Korean missiles' and then 'launched 24 such
    # missiles' are one count)
    supplied_apart = {
        _dedup_key(item.claim, lexicon)
        for item in found
        if item.claim.value is not None
        and item.claim.category is Category.MISSILES
        and not (item.claim.subtype or "").endswith(" fired")
        and not _FIRED_WORD.search(item.claim.quote.lower())
    }

    def key_of(claim: Claim) -> tuple[object, ...]:
        figure = _dedup_key(claim, lexicon)
        key = (*figure, claim.status) if figure in told_apart else figure
        key = (*key, claim.subtype) if figure in tolls_apart else key
        # (the missiles fired of those supplied are no supply: '... sent Russia some 100 KN-23 missiles. Russia has
        # used around 100 such missiles' is two claims)
        fired = bool(claim.subtype and claim.subtype.endswith(" fired"))
        key = (*key, "fired") if fired and figure in supplied_apart else key
        return (*key, claim.incremental) if figure in batches else key

    best: dict[tuple[object, ...], _Found] = {}
    sources: dict[tuple[object, ...], str] = {}
    for item in sorted(found, key=lambda f: (f.headline, -rank(f.claim), f.order)):
        key = key_of(item.claim)
        if item.claim.source and key not in sources:
            sources[key] = item.claim.source
        if key not in best:
            best[key] = item
    claims = []
    for key, item in sorted(best.items(), key=lambda kv: kv[1].claim.span):
        claim = item.claim
        if claim.source is None and key in sources:
            claim = claim.model_copy(update={"source": sources[key]})
        claims.append(claim)
    return claims
