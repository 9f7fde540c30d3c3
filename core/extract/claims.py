"""Extract stage entry point: an Article in, its de-duplicated quantified claims out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.extract import context
from core.extract.figures import Figure, read_figures
from core.extract.numbers import find_quantities
from core.extract.sentences import Sentence, split_sentences
from core.lexicon import Lexicon, load_lexicon
from core.models import Article, Category, Claim
from core.settings import DEFAULT_CONFIG_DIR

_DIGIT_OR_NUMBER_WORD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|dozen|hundreds|thousands|millions|dozens)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def default_lexicon(path: str | None = None) -> Lexicon:
    return load_lexicon(DEFAULT_CONFIG_DIR / "lexicon.toml" if path is None else __import__("pathlib").Path(path))


@dataclass
class _Found:
    claim: Claim
    headline: bool
    order: int


def is_on_topic(article: Article, lexicon: Lexicon) -> bool:
    """English, and about both North Korea and Russia."""
    if article.language not in (None, "en"):
        return False
    return bool(lexicon.nk_re.search(article.text) and lexicon.ru_re.search(article.text))


def extract_claims(article: Article, lexicon: Lexicon | None = None) -> list[Claim]:
    """Quantified claims of North Korea-Russia military support that the article makes, one per figure."""
    lexicon = lexicon or default_lexicon()
    if not is_on_topic(article, lexicon):
        return []
    found: list[_Found] = []
    sentences = split_sentences(article.text)
    paragraph_source: str | None = None
    article_source: str | None = None
    paragraph = -1
    previous_mentions_nk = False
    previous_item = None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, paragraph_source = sentence.paragraph, None
        own_source = context.source_in(lexicon, sentence.text)
        if own_source:
            paragraph_source = article_source = own_source
        elif context.refers_back(sentence.text):
            paragraph_source = paragraph_source or article_source
        source = paragraph_source
        if _DIGIT_OR_NUMBER_WORD.search(sentence.text):
            quantities = find_quantities(sentence.text, lexicon)
            for figure in read_figures(sentence, quantities, lexicon, previous_mentions_nk, previous_item):
                claim = _build_claim(article, sentence, figure, quantities, source, lexicon, sentences)
                found.append(_Found(claim, _is_headline(article, sentence), len(found)))
        items = [t.term for t in lexicon.find_terms(sentence.text) if not t.term.is_measure]
        previous_item = items[-1] if items else None
        previous_mentions_nk = lexicon.nk_re.search(sentence.text) is not None or (
            previous_mentions_nk and not lexicon.other_nationality_re.search(sentence.text)
        )
    return _deduplicate(found)


def _build_claim(
    article: Article,
    sentence: Sentence,
    figure: Figure,
    quantities: list,  # type: ignore[type-arg]
    source: str | None,
    lexicon: Lexicon,
    sentences: list[Sentence],
) -> Claim:
    q = figure.quantity
    text = sentence.text
    previous_end = max((p.end for p in quantities if p.end <= (q.hedge_start or q.start)), default=0)
    begin = q.hedge_start if q.hedge_start is not None else q.start
    clause_from = context.clause_start(text, begin, floor=previous_end)
    before = text[clause_from:begin]
    next_start = min((p.start for p in quantities if p.start >= q.end and p is not q), default=len(text))
    after = text[figure.np_end : max(next_start, figure.np_end)]
    status = context.status_of(lexicon, before, after)
    parallel = any(p.value == q.value and p.end <= begin for p in quantities)
    incremental = context.is_incremental(text[previous_end:begin], text[q.end:], figure.category, parallel)
    period = context.earlier_estimate_period(text[previous_end:begin], article.published)
    if period is None:
        period = context.period_of(after, article.published) or context.period_of(text[:begin], article.published)
    direction = context.direction_of(lexicon, text, figure.category)
    confidence = 0.9 - (0.25 if figure.inherited else 0.0) - (0.2 if figure.weakly_anchored else 0.0)
    confidence -= 0.05 if source is None else 0.0
    return Claim(
        category=figure.category,
        subtype=figure.subtype,
        direction=direction,
        value=q.value,
        value_max=q.value_max,
        qualifier=q.qualifier,
        unit=figure.unit,
        status=status,
        incremental=incremental,
        period=period,
        source=source,
        quote=text,
        article=article.id,
        span=(sentence.start, sentence.end),
        confidence=round(max(confidence, 0.1), 2),
    )


def _is_headline(article: Article, sentence: Sentence) -> bool:
    """Headlines, decks and repeated captions: short lines without a full stop, or the title itself."""
    if article.title and sentence.text.strip().rstrip(".") == article.title.strip().rstrip("."):
        return True
    return len(sentence.text) < 160 and not sentence.text.rstrip("”\"’'").endswith((".", "!", "?"))


def _dedup_key(claim: Claim) -> tuple[object, ...]:
    subtype = claim.subtype if claim.category is Category.CASUALTIES else ""
    return (claim.category, subtype, claim.value, claim.value_max)


def _deduplicate(found: list[_Found]) -> list[Claim]:
    """One claim per distinct figure: the body's statement wins over the headline's, the first over later ones."""
    best: dict[tuple[object, ...], _Found] = {}
    sources: dict[tuple[object, ...], str] = {}
    for item in sorted(found, key=lambda f: (f.headline, f.order)):
        key = _dedup_key(item.claim)
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
