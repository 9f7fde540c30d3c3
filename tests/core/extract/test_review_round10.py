"""Wording classes fixed in the tenth round, each with sentences written for it."""

from __future__ import annotations

from core.extract import extract_claims
from core.models import Article


def _claims(text: str, lexicon) -> set[tuple[object, ...]]:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value, c.status.value, c.source) for c in claims}


def test_an_outlets_unnamed_sources_report_for_it_throughout(lexicon) -> None:
    # an outlet with informants inside North Korea: once a source tells the outlet, the other sources' figures are
    # its reporting too
    text = (
        "Pyongyang has picked a fresh contingent of soldiers for Russia, informants told Asia Press this week.\n\n"
        '"About 4,000 soldiers from the engineering corps were chosen," a source in Hyesan said by phone.\n\n'
        "Another source said some 600 North Korean soldiers had been killed near Kursk."
    )
    claims = _claims(text, lexicon)
    assert ("troops", 4000, "reported", "Asia Press") in claims
    assert ("casualties", 600, "reported", "Asia Press") in claims


def test_unnamed_sources_who_told_no_outlet_stay_unnamed(lexicon) -> None:
    text = (
        "North Korea keeps sending soldiers to Russia, the newsletter's editor wrote.\n\n"
        "Another source said some 600 North Korean soldiers had been killed near Kursk."
    )
    assert ("casualties", 600, "reported", None) in _claims(text, lexicon)


def test_a_government_source_is_not_the_outlets_own(lexicon) -> None:
    text = (
        "North Korea has sent more troops to Russia, a source in Pyongyang told Asia Press.\n\n"
        "A South Korean government source said some 600 North Korean soldiers had been killed near Kursk."
    )
    assert ("casualties", 600, "reported", "South Korean government source") in _claims(text, lexicon)
