"""Round thirty-six, null-valued claims: items asserted without a figure in the styles of fact-check pages, denials
by Pyongyang's state media, summit readouts and know-how analyses; sentences of our own, asserting the whole of
every claim, with near misses that must not change."""

from __future__ import annotations

import pytest

from core.ingest.clean import clean_text
from tests.core.extract.on_the_beat import whole_rows

_NIS = "South Korea NIS"
_HUR = "Ukraine HUR"
_NK = "North Korean government"


def _null(category: str, subtype: str, unit: str | None, source: str | None, *, status: str = "reported",
          added: bool = False, direction: str = "nk_to_ru") -> tuple[object, ...]:  # fmt: skip
    return (category, subtype, None, None, None, unit, status, added, direction, source)


def _shells(source: str | None, status: str = "reported") -> tuple[object, ...]:
    return _null("ammunition", "artillery shells", "shells", source, status=status)


def _know_how(source: str | None, status: str = "reported") -> tuple[object, ...]:
    return _null("technology_transfer", "technology", None, source, status=status, direction="ru_to_nk")


# A lie named before what the reports say ('spreading the lie that ...', 'the myth that ...') denies it, as 'a
# fabrication' does; Pyongyang's names for its enemies' forces ('the U.S. and its vassal forces', 'the puppet
# army') are never its troops.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KCNA said the puppet authorities were peddling the lie that North Korea had sent troops to Russia.",
         {_null("troops", "troops", "troops", _NK, status="denied")}),
        ("The U.S. and its vassal forces are spreading the preposterous lie that the DPRK has transferred artillery "
         "shells to Russia, KCNA said.",
         {_shells(_NK, "denied")}),
        ("It is a myth that North Korea has supplied Russia with shells, KCNA said.", {_shells(_NK, "denied")}),
        # (a lie told of something else; the puppet army is Seoul's)
        ("North Korea has shipped shells to Russia, the NIS said, calling Pyongyang's denials lies.",
         {_shells(_NIS)}),
        ("The puppet army of South Korea staged drills as the DPRK sent shells to Russia, KCNA said.",
         {_shells(_NK)}),
    ],
)  # fmt: skip
def test_a_lie_named_before_the_report(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A rotation sends troops where it puts them ('rotating fresh troops into Russia'); one out of Kursk or home sends
# none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has rotated fresh troops into the Kursk region, the NIS said.",
         {_null("troops", "troops", "troops", _NIS, added=True)}),
        ("Kim Yo Jong dismissed a South Korean report that Pyongyang was rotating fresh troops into Russia as "
         "\"sheer nonsense\".",
         {_null("troops", "troops", "troops", "North Korean government (Kim Yo Jong)", status="denied", added=True)}),
        ("North Korea is rotating its soldiers in Russia every six months, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("North Korean troops have been rotated out of Kursk, the NIS said.", set()),
        ("North Korea rotated its troops home from Russia, the NIS said.", set()),
    ],
)  # fmt: skip
def test_troops_rotated_into_russia(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Know-how: help to refine or perfect North Korea's own items, and help with its satellite launchers and space
# industry, is technology transfer from Russia; a readout's 'readiness to assist' is a plan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian engineers have helped refine North Korea's satellite launchers, the NIS said.", {_know_how(_NIS)}),
        ("Russia has helped Pyongyang refine the missiles' guidance systems, the NIS said.", {_know_how(_NIS)}),
        ("Russia is helping North Korea perfect its ballistic missiles, the NIS said.", {_know_how(_NIS)}),
        ("Russia is helping North Korea develop its space industry, the NIS said.", {_know_how(_NIS)}),
        ("The Russian side confirmed its readiness to assist the DPRK in developing its space industry.",
         {_know_how("Russian government", "planned")}),
        ("Pyongyang expressed its readiness to send more troops to Russia, the NIS said.",
         {_null("troops", "troops", "troops", _NIS, status="planned", added=True)}),
        # (North Korea's own refining; readiness to support, no item)
        ("North Korea has refined its shells and sent them to Russia, the NIS said.", {_shells(_NIS)}),
        ("Kim voiced readiness to support Russia, and the North has sent shells, the NIS said.", {_shells(_NIS)}),
    ],
)  # fmt: skip
def test_know_how_refined_and_readiness(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_FACT_CHECK = """FACT CHECK
Claim: A video says North Korea has sent 100,000 soldiers to fight in Ukraine.
Verdict: {verdict}
There is no evidence for the figure."""


# A fact check's verdict against the claim it checks: the claim's line is not the page's word; a claim rated true
# stays.
@pytest.mark.parametrize(
    ("verdict", "kept"),
    [("False", False), ("Misleading", False), ("Mostly false", False), ("Unproven", False), ("True", True),
     ("Mostly true", True)],
)  # fmt: skip
def test_a_claim_rated_wrong_is_dropped(verdict: str, kept: bool) -> None:
    cleaned = clean_text(_FACT_CHECK.format(verdict=verdict))
    assert ("100,000" in cleaned) is kept
    assert "There is no evidence for the figure." in cleaned


# A page's kind on its first line ('FACT CHECK', 'EDITORIAL') names no one.
@pytest.mark.parametrize("masthead", ["FACT CHECK", "Fact Check", "EDITORIAL", "Press Release"])
def test_a_page_kind_is_no_masthead(masthead: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = f"{masthead}\nWhat we know: our count shows North Korea has sent troops to Russia."
    assert {row[-1] for row in whole_rows(text, lexicon)} == {None}


# A sending negated after the items denies them ('No, 100,000 North Korean troops have not been sent'); a pause
# ('have not been delivered since May') or troops not sent home deny nothing; no one's evidence asserts nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No, 100,000 North Korean troops have not been sent to fight in Ukraine, KCNA said.",
         {("troops", "troops", 100000, None, "exact", "troops", "denied", False, "nk_to_ru", _NK)}),
        ("North Korean shells were never shipped to Russia, KCNA said.", {_shells(_NK, "denied")}),
        ("The NIS said North Korean shells have not been delivered since May.", {_shells(_NIS)}),
        ("The NIS said 3,000 North Korean troops were not sent home and remain in Kursk.",
         {("troops", "troops", 3000, None, "exact", "troops", "reported", False, "nk_to_ru", _NIS)}),
        ("Officials put the number lower, and none has produced evidence of North Korean units fighting in Donbas.",
         set()),
    ],
)  # fmt: skip
def test_a_sending_negated_after_the_items(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A sentence set in the Korean War or the Cold War by its opening is history, every clause of it ('..., the Soviet
# Union supplied North Korea with MiG-15 jets, T-34 tanks and artillery'); one that comes back to now is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During the Korean War, the Soviet Union supplied North Korea with MiG-15 jets, T-34 tanks and artillery.",
         set()),
        ("During the Korean War, Moscow supplied North Korea with tanks and artillery.", set()),
        ("In the Cold War, Moscow shipped missiles to Pyongyang and North Korea sent workers to Siberia.", set()),
        ("In the Korean War, China sent troops, and now North Korea has sent troops to Russia, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
        ("North Korea, which has not fought since the Korean War, has sent troops to Russia, the NIS said.",
         {_null("troops", "troops", "troops", _NIS)}),
    ],
)  # fmt: skip
def test_a_sentence_set_in_the_korean_war(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
