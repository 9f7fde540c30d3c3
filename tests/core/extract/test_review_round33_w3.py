"""Round thirty-three, third wave: the second wave's rules narrowed where a reviewer found them worse (sentences
written for each case, with a variant of our own), asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import troops_row, whole_rows

_KN23 = "KN-23/KN-24 short-range ballistic missiles"


# A firing told as a test takes only the figure its own clause spans, not a supply or firing figure beside it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has fired about 60 North Korean missiles since December, and North Korea itself launched 3 in tests.",
         {("missiles", "missiles", 60, None, "approx", "missiles", "reported", False, "nk_to_ru", None)}),
        ("North Korea, which launched several missiles during drills this month, has sent about 100 KN-23s to Russia.",
         {("missiles", _KN23, 100, None, "approx", "missiles", "reported", False, "nk_to_ru", None)}),
        ("Pyongyang has tested the missiles in launches during exercises, and has shipped 50 of them to Russia, "
         "the JCS said.",
         {("missiles", "missiles", 50, None, "exact", "missiles", "reported", False, "nk_to_ru", "South Korea JCS")}),
        ("Russia has used some 40 North Korean KN-23 missiles against Ukraine, while Pyongyang fired 4 more during "
         "drills.",
         {("missiles", _KN23, 40, None, "approx", "missiles", "reported", False, "nk_to_ru", None)}),
        ("North Korea launched 6 missiles in tests last week.", set()),
    ],
)  # fmt: skip
def test_a_test_takes_only_its_own_clause(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# An 'N strong' aside sizes a force sent only where the force is told as sent, in its own words or in what it does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean special forces, some 200,000 strong, are among the largest in the world.", set()),
        ("North Korean commandos, about 80,000 strong, are trained for raids on the South.", set()),
        ("North Korean forces, about 1.2 million strong, dwarf the contingent sent to Russia.",
         {("troops", "troops", None, None, None, "troops", "reported", False, "nk_to_ru", None)}),
        ("North Korean troops, 11,000 strong, have been in Russia since October.", {troops_row(11000, "exact")}),
        ("North Korean expeditionary forces, some 12,000 strong, are led by a general.", {troops_row(12000, "approx")}),
    ],
)  # fmt: skip
def test_an_n_strong_aside_needs_a_force_sent(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A question's reach ends at a clause of fact ('now that', 'after', 'since', 'because'): its figure is told.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky asked whether the world would act now that North Korea has sent 12,000 troops to Russia.",
         {troops_row(12000, "exact", "Zelensky")}),
        ("It is not clear whether North Korea will send more troops after it sent 11,000 last year.",
         {troops_row(11000, "exact")}),
        ("It is unclear whether Seoul will respond, since Pyongyang shipped 2 million shells to Russia last year.",
         {("ammunition", "artillery shells", 2000000, None, "exact", "shells", "reported", False, "nk_to_ru", None)}),
        ("It is unclear if North Korea shipped 6 million shells.", set()),
    ],
)  # fmt: skip
def test_a_question_ends_at_a_clause_of_fact(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Another side's losses that go on to name North Koreans among them are North Korean casualties.
_KW = ("casualties", "killed_or_wounded", None, None, None, "troops", "reported", False, "nk_to_ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has taken heavy losses, including about 2,000 North Korean soldiers, Kyiv said.",
         {("casualties", "killed_or_wounded", 2000, None, "approx", "troops", "reported", False, "nk_to_ru",
           "Ukrainian government")}),
        ("Russia has suffered heavy losses, including 300 North Koreans killed.",
         {("casualties", "killed", 300, None, "exact", "troops", "reported", False, "nk_to_ru", None)}),
        ("Russia has suffered heavy losses, among them some 1,500 North Korean troops.",
         {("casualties", "killed_or_wounded", 1500, None, "approx", "troops", "reported", False, "nk_to_ru", None)}),
        ("Moscow has suffered heavy casualties in Kursk, among them hundreds of North Koreans.",
         {(*_KW, None), ("troops", "troops", None, None, None, "troops", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_losses_naming_north_koreans_among_them(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A share with a past verb of its own after a planned split is told, not planned.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has sent 11,000 troops; 3,000 will be replaced and 2,000 wounded were flown home.",
         {troops_row(11000, "exact"),
          ("troops", "troops", 3000, None, "exact", "troops", "planned", False, "nk_to_ru", None),
          ("casualties", "wounded", 2000, None, "exact", "troops", "reported", False, "nk_to_ru", None)}),
        ("Of the troops, 500 will be rotated out and 800 were killed in March.",
         {("troops", "troops", 500, None, "exact", "troops", "planned", False, "nk_to_ru", None),
          ("casualties", "killed", 800, None, "exact", "troops", "reported", False, "nk_to_ru", None)}),
    ],
)  # fmt: skip
def test_a_share_with_its_own_past_verb_is_told(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A 'but only' limits the addition before it: one claim, the figure an addition.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang sent additional troops, but only about 1,000, the NIS said.",
         {("troops", "troops", 1000, None, "approx", "troops", "reported", True, "nk_to_ru", "South Korea NIS")}),
        ("Pyongyang sent extra soldiers, but just 500, Seoul said.",
         {("troops", "troops", 500, None, "exact", "troops", "reported", True, "nk_to_ru", "South Korean government")}),
    ],
)  # fmt: skip
def test_but_only_limits_the_addition(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A let-up or pause in deliveries unseen tells they go on; a transfer not ruled out may come.
_SHELLS = ("ammunition", "artillery shells", None, None, None, "shells", "reported", False, "nk_to_ru", None)
_JETS = ("vehicles", "aircraft", None, None, None, "aircraft", "planned", False, "ru_to_nk", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea has not seen any let-up in deliveries of North Korean shells, which now total more than 5 "
         "million.", {_SHELLS}),
        ("Officials have not seen any pause in shipments of North Korean shells to Russia.", {_SHELLS}),
        ("Seoul has not ruled out a transfer of MiG-29 fighter jets to Pyongyang, officials said.", {_JETS}),
        ("Washington has not ruled out a delivery of Su-27 jets to North Korea, officials said.", {_JETS}),
        ("Seoul has ruled out any supply of fighter jets to Pyongyang.", set()),
        ("Officials had not detected any transfer of fighter jets to North Korea.", set()),
    ],
)  # fmt: skip
def test_a_let_up_unseen_or_a_transfer_not_ruled_out(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# Help to North Korea to make missiles is know-how given; help to make drones stays drones.
def _tech(status: str, source: str | None) -> tuple[object, ...]:
    return ("technology_transfer", "technology", None, None, None, None, status, False, "ru_to_nk", source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will help North Korea mass produce missiles, the Pentagon said.",
         {_tech("planned", "US Department of Defense")}),
        ("Moscow is helping Pyongyang to make ballistic missiles, Seoul said.",
         {_tech("reported", "South Korean government")}),
        ("Moscow will help Pyongyang mass produce Geran attack drones.",
         {("drones", "drones", None, None, None, "drones", "planned", False, "ru_to_nk", None)}),
    ],
)  # fmt: skip
def test_help_to_make_missiles_is_know_how(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
