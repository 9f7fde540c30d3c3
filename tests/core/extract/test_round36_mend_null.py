"""Round thirty-six, mending the null-valued rules' regressions: a denial after the items denies the sending only
(not a place, manner, number or time), a fact check's rated claim still tells the page's topic and only a claim
rated wrong is dropped, 'no lie that' affirms, fuel refined is no know-how, and a history opening gives way to
'currently', 'still' and a clause after a semicolon. Sentences of our own."""

from __future__ import annotations

import pytest

from core.ingest.clean import clean_page
from core.models import Article
from tests.core.extract.on_the_beat import whole_rows

_NIS = "South Korea NIS"
_NK = "North Korean government"


def _null(category: str, subtype: str, unit: str | None, source: str | None, *, status: str = "reported",
          direction: str = "nk_to_ru") -> tuple[object, ...]:  # fmt: skip
    return (category, subtype, None, None, None, unit, status, False, direction, source)


def _troops(source: str | None, status: str = "reported") -> tuple[object, ...]:
    return _null("troops", "troops", "troops", source, status=status)


# The sending itself denied after the items: only the giver, the receiver or the war as the purpose may follow it.
# A place ('to the trenches', 'to the front'), a manner ('by rail but by sea'), a number ('in the quantities ...'), a
# time ('yet') or a sending placed elsewhere ('not to Ukraine proper but to Belgorod') is no denial of the sending.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean troops were never sent to Russia, KCNA said.", {_troops(_NK, "denied")}),
        ("North Korean rockets have never been supplied to the Russian army, KCNA said.",
         {_null("ammunition", "ammunition", None, _NK, status="denied")}),
        ("North Korean soldiers were not deployed to help Russia, KCNA insisted.", {_troops(_NK, "denied")}),
        ("Fighter jets were never transferred from Russia to North Korea, the Kremlin said.",
         {_null("vehicles", "aircraft", "aircraft", "Russian government", status="denied", direction="ru_to_nk")}),
        ("North Korean troops were not sent to Russia, KCNA said, but the NIS disputed it.", {_troops(_NK, "denied")}),
        # (a place, a manner, a number, a time, or elsewhere instead)
        ("North Korean gunners were never sent to the trenches, acting instead as sentries in Kursk, the NIS said.",
         {_troops(_NIS)}),
        ("North Korean gunners were not deployed to Ukraine proper but to the Belgorod region, the NIS said.",
         {_troops(_NIS)}),
        ("North Korean gunners were not deployed to Ukraine, but to the Belgorod region, the NIS said.",
         {_troops(_NIS)}),
        ("North Korean rockets were not shipped by rail but by sea through Rajin, the NIS said.",
         {_null("ammunition", "ammunition", None, _NIS)}),
        ("North Korean shells have never been supplied in such large quantities, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", _NIS)}),
        ("North Korean gunners have not been deployed yet, the NIS said, but are due in Kursk within weeks.",
         {_troops(_NIS)}),
        ("North Korean gunners were not deployed to Russia, the NIS said, but are expected in Kursk within weeks.",
         {_troops(_NIS)}),
        ("The missiles were never delivered to the frontline, the NIS said, though North Korean rockets arrived.",
         {_null("ammunition", "ammunition", None, _NIS), _null("missiles", "missiles", "missiles", _NIS)}),
    ],
)  # fmt: skip
def test_only_the_sending_itself_denied_after_the_items(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


_CHECK = "FACT CHECK\n{first}\n{second}\nThe NIS says Pyongyang has sent more than 8 million shells so far.\n"


# A fact check's verdict drops the claim line it rates (the nearest not yet rated: before it, else after it) when it
# rates it wrong; a claim rated true stays; a dropped claim still tells what the page is about.
@pytest.mark.parametrize(
    ("lines", "kept", "dropped"),
    [
        (["Claim: Moscow gave Pyongyang Pantsir air-defence systems.", "Verdict: True",
          "Claim: Pyongyang sent 300,000 soldiers to Russia.", "Verdict: False"],
         ["Claim: Moscow gave Pyongyang Pantsir air-defence systems."],
         ["Claim: Pyongyang sent 300,000 soldiers to Russia."]),
        (["Rating: Mostly false", "Claim: Pyongyang sent Russia 30,000 containers."], [],
         ["Claim: Pyongyang sent Russia 30,000 containers."]),
        (["Claim: Pyongyang sent 60,000 soldiers to Russia.", "Our rating: False"], [],
         ["Claim: Pyongyang sent 60,000 soldiers to Russia."]),
        (["Claim: Pyongyang sent 60,000 soldiers to Russia.", "Verdict: True"],
         ["Claim: Pyongyang sent 60,000 soldiers to Russia."], []),
    ],
)  # fmt: skip
def test_a_verdict_drops_the_claim_it_rates_wrong(lines: list[str], kept: list[str], dropped: list[str]) -> None:
    text, unasserted = clean_page("\n".join(lines) + "\nSeoul's estimate is lower.")
    assert [line for line in kept if line in text] == kept
    assert not any(line in text for line in dropped)
    assert unasserted.splitlines() == dropped


def test_a_dropped_claim_still_tells_the_topic(lexicon) -> None:  # type: ignore[no-untyped-def]
    from core.extract.claims import extract_claims

    raw = (
        "Fact Check\nClaim: North Korea shipped 4 million shells to Russia in one week.\nRating: Misleading\n"
        "Seoul's defence ministry estimates the North has sent more than 8 million shells over two years.\n"
    )
    text, unasserted = clean_page(raw)
    article = Article(id="check", text=text, unasserted=unasserted)
    got = {(c.value, c.status.value) for c in extract_claims(article, lexicon)}
    assert got == {(8_000_000, "reported")}


# No government's confirmation is no delivery asserted, on a fact-check page or elsewhere.
def test_no_one_has_confirmed_any_transfer(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "No government has confirmed any transfer of fighter jets from Moscow to Pyongyang, the NIS said."
    assert whole_rows(text, lexicon) == set()
    text = "No one has confirmed any handover of fighter jets, and drone photos show no new aircraft at Sunan airport."
    assert whole_rows(text, lexicon) == set()


# 'It is no lie that ...' affirms what follows; 'a lie that' still denies it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is no lie that Pyongyang has shipped shells to Russia, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", _NIS)}),
        ("It is a lie that Pyongyang has shipped shells to Russia, KCNA said.",
         {_null("ammunition", "artillery shells", "shells", _NK, status="denied")}),
    ],
)  # fmt: skip
def test_no_lie_affirms(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Help to refine or perfect arms is know-how; fuel refined is no know-how.
@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Russia helped refine crude oil cargoes bound for North Korea, the NIS said.", set()),
        ("Moscow has helped refine diesel shipments for Pyongyang, the NIS said.", set()),
        ("Moscow is helping Pyongyang perfect its rocket engines, the NIS said.", {"technology_transfer"}),
    ],
)  # fmt: skip
def test_fuel_refined_is_no_know_how(text: str, categories: set[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {row[0] for row in whole_rows(text, lexicon)} - {"other"} == categories


# A history opening gives way where the sentence comes back to now ('currently', 'still') or a clause after a
# semicolon starts anew.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the Cold War, Pyongyang bought Soviet rifles; currently it supplies Russia with missiles, the NIS said.",
         {_null("missiles", "missiles", "missiles", _NIS)}),
        ("During the Korean War, Moscow armed Pyongyang, and Russia still sends it fighter jets, the NIS said.",
         {_null("vehicles", "aircraft", "aircraft", _NIS, direction="ru_to_nk")}),
        ("During the Cold War, Moscow sold Pyongyang tanks; the North ships shells to Russia, the NIS said.",
         {_null("ammunition", "artillery shells", "shells", _NIS)}),
        ("During the Korean War, Moscow sent Pyongyang tanks and jets, the NIS said.", set()),
    ],
)  # fmt: skip
def test_a_history_opening_gives_way_to_now(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
