"""Round thirty-four, mend of the attribution wave: a country's possessive word of speech ("Moscow's claim",
"Pyongyang's statement") narrowed where a reviewer found it worse (the reviewer's sentences and variants of our own),
asserting the whole of every claim."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import troops_row, whole_rows


def _workers(value: int, source: str | None) -> tuple[object, ...]:
    return ("workers", "workers", value, None, "exact", "workers", "reported", False, "nk_to_ru", source)


_PENTAGON = "US Department of Defense"


# The possessive word set against the figure ('despite', 'notwithstanding'), the object of a verb or participle
# ('rejecting', 'disputing', 'could not verify'), or cited by another speaker of the sentence, gives no figure outside
# its own clause: the sentence's speaker does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Despite Moscow's statement denying it, about 11,000 North Korean troops are in Kursk, the Pentagon said.",
         {troops_row(11000, "approx", _PENTAGON)}),
        ("Despite Moscow's claim that none are there, about 11,000 North Korean troops are in Kursk, the Pentagon "
         "said.",
         {troops_row(11000, "approx", _PENTAGON)}),
        ("About 11,000 North Korean troops are in Kursk despite Moscow's claim that none are there, the Pentagon "
         "said.",
         {troops_row(11000, "approx", _PENTAGON)}),
        ("Despite the Kremlin's statement to the contrary, 11,000 North Korean troops are in Kursk, the Pentagon said.",
         {troops_row(11000, "exact", _PENTAGON)}),
        ("Moscow's statement denying it notwithstanding, about 11,000 North Korean troops are in Kursk, the Pentagon "
         "said.",
         {troops_row(11000, "approx", _PENTAGON)}),
        ("Notwithstanding Pyongyang's statement, the JCS estimated that 3,000 more North Korean troops were sent to "
         "Russia.",
         {troops_row(3000, "exact", "South Korea JCS", incremental=True)}),
        ("Despite Pyongyang's statement to the contrary, 200 North Korean artillery pieces have been delivered, "
         "Ukraine's military intelligence said.",
         {("artillery", "artillery", 200, None, "exact", "pieces", "reported", False, "nk_to_ru", "Ukraine HUR")}),
        ("The JCS, citing Pyongyang's statement as evidence, said 2,000 more North Korean soldiers had been sent.",
         {troops_row(2000, "exact", "South Korea JCS", incremental=True)}),
        ("The HUR, rejecting Pyongyang's statement, said 12,000 North Korean troops were deployed.",
         {troops_row(12000, "exact", "Ukraine HUR")}),
        ("The NIS, disputing Moscow's announcement, said 15,000 North Korean workers had been sent to Russia.",
         {_workers(15000, "South Korea NIS")}),
        ("Ukraine's HUR, quoting Moscow's announcement, said 3,000 North Korean workers had arrived in Russia.",
         {_workers(3000, "Ukraine HUR")}),
        # the word's own figure stays its own
        ("The NIS could not verify Ukraine's claim of 20,000 troops but has counted 11,000 North Korean soldiers in "
         "Russia.",
         {troops_row(20000, "exact", "Ukrainian government"), troops_row(11000, "exact", "South Korea NIS")}),
        ("The NIS could not verify Kyiv's claim of 20,000 troops but has identified 12,000 North Korean soldiers in "
         "Kursk.",
         {troops_row(20000, "exact", "Ukrainian government"), troops_row(12000, "exact", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_a_possessive_word_against_the_figure(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# The wording the possessive rule covers keeps its voice: the word opening the sentence and telling the figure, the
# word's own clause ('questioned Moscow's claim that ...'), a word the figure comes from ('according to the
# Kremlin's statement'), a word an outlet cites; and the neighbours that never named the country.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang's statement, carried by KCNA, said 2,000 North Korean troops had been sent to Russia.",
         {troops_row(2000, "exact", "North Korean government")}),
        ("Pyongyang's statement said 2,000 North Korean troops had been sent, and the NIS said 11,000 were already "
         "there.",
         {troops_row(2000, "exact", "North Korean government"), troops_row(11000, "exact", "South Korea NIS")}),
        ("Moscow's admission that North Korean troops fought in Kursk came months after the first deployment.",
         {troops_row(None, None, "Russian government")}),
        ("Seoul questioned Moscow's claim that only 3,000 North Korean workers had arrived.",
         {_workers(3000, "Russian government")}),
        ("The White House welcomed Seoul's announcement that 10,000 North Korean troops had been identified in "
         "Russia.",
         {troops_row(10000, "exact", "South Korean government")}),
        ("The Pentagon said it could not confirm Pyongyang's statement that 5,000 more troops would be sent to Russia.",
         {("troops", "troops", 5000, None, "exact", "troops", "planned", True, "nk_to_ru", "North Korean government")}),
        ("According to the Kremlin's statement, 5,000 North Korean builders will arrive next year.",
         {("troops", "combat engineers", 5000, None, "exact", "troops", "planned", False, "nk_to_ru",
           "Russian government")}),
        ("Citing Moscow's statement, TASS said 5,000 North Korean builders would come to Kursk.",
         {("troops", "combat engineers", 5000, None, "exact", "troops", "planned", False, "nk_to_ru",
           "Russian government (via TASS)")}),
        ("Contrary to Moscow's claim, 11,000 North Korean troops are in Kursk, the NIS said.",
         {troops_row(11000, "exact", "South Korea NIS")}),
        ("Moscow's denial notwithstanding, 11,000 North Korean troops are in Kursk, the NIS said.",
         {troops_row(11000, "exact", "South Korea NIS")}),
        ("Unlike Kyiv's estimate, the NIS put the number of North Korean troops at 11,000.",
         {troops_row(11000, "exact", "South Korea NIS")}),
    ],
)  # fmt: skip
def test_a_possessive_word_keeps_its_own_clause(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# 'its foreign ministry' after the country the sentence opens on by name is that country's (North Korea's speaks as
# its government, as 'North Korea's foreign ministry' does); a ministry of another country named so stays its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea will not send more troops to Russia, its foreign ministry said.",
         {("troops", "troops", None, None, None, "troops", "denied", True, "nk_to_ru", "North Korean government")}),
        ("Pyongyang has sent no soldiers to fight in Ukraine, its foreign ministry said on Monday.",
         {("troops", "troops", None, None, None, "troops", "denied", False, "nk_to_ru", "North Korean government")}),
        ("Pyongyang's foreign ministry said it had sent no troops to Russia.",
         {("troops", "troops", None, None, None, "troops", "denied", False, "nk_to_ru", "North Korean government")}),
        ("But North Korea has sent 10,000 troops to Russia, its foreign ministry said, calling them volunteers.",
         {troops_row(10000, "exact", "North Korean government")}),
        ("Russia has received 5,000 North Korean workers this year, its foreign ministry said.",
         {_workers(5000, "Russia Ministry of Foreign Affairs")}),
        ("Ukraine says 12,000 North Korean troops are in Kursk, according to its foreign ministry.",
         {troops_row(12000, "exact", "Ukraine Ministry of Foreign Affairs")}),
    ],
)  # fmt: skip
def test_its_foreign_ministry_is_the_subjects(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


def _missiles(value: int, qualifier: str, source: str) -> tuple[object, ...]:
    return ("missiles", "missiles", value, None, qualifier, "missiles", "reported", False, "nk_to_ru", source)


# An outlet that could not verify a figure but counts in a later clause of its own counts, the pronoun left out
# ('... but has counted'); a body that counts in a clause the outlet reports is that body's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reuters could not independently verify the figure but has counted at least 40 North Korean missiles fired "
         "at Ukraine.",
         {_missiles(40, "at_least", "Reuters")}),
        ("The Telegraph was unable to verify the footage but has counted at least 40 North Korean missiles fired at "
         "Ukraine.",
         {_missiles(40, "at_least", "The Telegraph")}),
        ("Reuters reported that the HUR had counted 40 North Korean missiles.",
         {_missiles(40, "exact", "Ukraine HUR (via Reuters)")}),
        ("Reuters has not verified the claim, and Ukraine's air force said it had counted 40 North Korean missiles.",
         {_missiles(40, "exact", "Ukraine Air Force")}),
    ],
)  # fmt: skip
def test_an_outlet_that_counts_without_a_pronoun(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected


# A pronoun leans on a speaker of its kind: 'he' on the one person named just before, not on a body he met; 'it' on
# a body named before, not on the body of a person who only welcomed or praised what it said (that one only when no
# body was named before: 'presented by Defense Minister Gen Nakatani. It says ...').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky met the MSMT delegation on Monday. He said North Korea had sent 12,000 troops to Kursk.",
         {troops_row(12000, "exact", "Zelensky")}),
        ("Budanov met the MSMT team in Kyiv. He said 12,000 North Korean troops were in Kursk.",
         {troops_row(12000, "exact", "Ukraine HUR (Budanov)")}),
        ("Zelensky met the MSMT delegation on Monday. It said North Korea had sent 100 ballistic missiles to Russia.",
         {_missiles(100, "exact", "Multilateral Sanctions Monitoring Team (MSMT)")}),
        ("The MSMT published its first report on Thursday.\n\nSouth Korean Foreign Minister Cho Tae-yul welcomed it, "
         "calling the findings 'alarming'.\n\nIt said North Korea had sent at least 100 ballistic missiles to Russia.",
         {_missiles(100, "at_least", "Multilateral Sanctions Monitoring Team (MSMT)")}),
        ("The NIS released its assessment on Friday. Defence Minister Kim Yong-hyun praised it. It estimated that "
         "about 3,000 North Korean soldiers had been killed.",
         {("casualties", "killed", 3000, None, "approx", "troops", "reported", False, "nk_to_ru", "South Korea NIS")}),
        ("The white paper was presented by Defense Minister Gen Nakatani on Tuesday. It says North Korea has sent "
         "more than 10,000 troops to Russia.",
         {troops_row(10000, "more_than", "Japan Ministry of Defense (Nakatani)")}),
    ],
)  # fmt: skip
def test_a_pronoun_leans_on_its_kind(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert whole_rows(text, lexicon) == expected
