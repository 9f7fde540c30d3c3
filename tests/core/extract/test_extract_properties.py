"""Property tests: whatever text arrives, extraction returns claims (or nothing) and never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.extract import extract_claims
from core.ingest.clean import clean_text
from core.models import Article

# Fragments that steer random text into the engine's deeper paths (on-topic, numbers, hedges, casualties).
FRAGMENTS = [
    "North Korea",
    "Russia",
    "Pyongyang",
    "Moscow",
    "sent",
    "about",
    "more than",
    "11,000",
    "troops",
    "killed",
    "wounded",
    "of them",
    "another",
    "additional",
    "expected to",
    "will",
    "the NIS said",
    "Ukraine",
    "1.5 million",
    "shells",
    "containers",
    "between",
    "and",
    "to",
    "170mm",
    "KN-23",
    "each of",
    "-",
    ",",
    ".",
    "\n",
    "(",
    ")",
    "“",
    "”",
    "'s",
    "1/5",
    "+380 66 000 11 22",
    "2024-12-16",
    "47-hundred",
    "a dozen",
    "of whom",
    "Read also:",
]
text_from_fragments = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=60).map(" ".join)


def _claims(text: str) -> list:  # type: ignore[type-arg]
    cleaned = clean_text(text)
    return extract_claims(Article(id="p", text=cleaned or "x", language="en"))


@given(st.text(max_size=400))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_text_never_raises(text: str) -> None:
    assert isinstance(_claims(text), list)


@given(text_from_fragments)
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_on_topic_noise_never_raises_and_claims_are_consistent(text: str) -> None:
    cleaned = clean_text(text) or "x"
    for claim in extract_claims(Article(id="p", text=cleaned, language="en")):
        start, end = claim.span
        assert cleaned[start:end] == claim.quote
        assert claim.value is None or claim.value >= 0
        assert claim.value_max is None or (claim.value is not None and claim.value_max >= claim.value)
