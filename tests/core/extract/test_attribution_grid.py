"""Every way of naming a speaker, in every way of binding it to a figure: the attribution grammar as a grid.

Each speaker (a body, a person, a country's unnamed official) is put into each sentence form (before or after the
figure, relayed by an outlet, in the next sentence, behind a pronoun) around each figure; the claim's source must
name that speaker whatever the form (an outlet's "(via ...)" aside). Sentences written by the team.
"""

from __future__ import annotations

import itertools

import pytest

from core.extract import extract_claims
from core.models import Article

SPEAKERS = [  # (as written, source expected)
    ("South Korea's National Intelligence Service", "South Korea NIS"),
    ("the NIS", "South Korea NIS"),
    ("Seoul's spy agency", "South Korea NIS"),
    ("the Joint Chiefs of Staff", "South Korea JCS"),
    ("South Korea's defence ministry", "South Korea Ministry of National Defense"),
    ("Ukraine's military intelligence", "Ukraine HUR"),
    ("Kyrylo Budanov", "Ukraine HUR (Budanov)"),
    ("the Pentagon", "US Department of Defense"),
    ("Britain's defence ministry", "UK Ministry of Defence"),
    ("Japan's defence ministry", "Japan Ministry of Defense"),
    ("Zelensky", "Zelensky"),
    ("a senior US official", "US official"),
]
FIGURES = [  # (a clause stating the figure, its value)
    ("North Korea has sent about 11,000 troops to Russia", 11000),
    ("some 3,000 more North Korean soldiers have arrived in Russia", 3000),
    ("North Korea has shipped more than 13,000 containers of munitions to Russia", 13000),
    ("around 1,100 North Korean soldiers have been killed or wounded in Russia", 1100),
]
ONE_SENTENCE = [
    "{F}, {s} said.",
    "{S} said {f}.",
    "According to {s}, {f}.",
    "{S} said on Monday that {f}.",
    "{F}, according to {s}.",
    "{S} estimates that {f}.",
    "{F}, {s} told reporters.",
    "{F}, {s} told Reuters.",
    "Citing {s}, Reuters reported that {f}.",
    "{F}, Yonhap reported, citing {s}.",
]
# (speaker, source, how the article refers back to it, its pronoun)
REFERRED = [
    ("South Korea's National Intelligence Service", "South Korea NIS", "the agency", "it"),
    ("Kyrylo Budanov, head of Ukraine's military intelligence,", "Ukraine HUR (Budanov)", "Budanov", "he"),
    ("the Pentagon", "US Department of Defense", "the Pentagon", "it"),
    ("Britain's defence ministry", "UK Ministry of Defence", "the ministry", "it"),
]
# Another authority first, so that no form is answered by 'the article names one authority only'.
ACROSS = [
    "Zelensky said on Sunday that the war would go on.\n{S} briefed reporters on Monday. {F}, {r} said.",
    'Zelensky said on Sunday that the war would go on.\n{S} briefed reporters on Monday. "{F}," {p} said.',
    'Zelensky said on Sunday that the war would go on.\n"{F}." That was the assessment of {s}.',
    'Zelensky said on Sunday that the war would go on.\n"{F}," {s} said.',
    "Zelensky said on Sunday that the war would go on.\n{F}. That is according to {s}.",
    "Zelensky said on Sunday that the war would go on.\n{S} said {f}. {P} added that the figure could rise.",
    # each sentence a paragraph of its own, as some pages are scraped: the pronoun still refers back
    "Zelensky said on Sunday that the war would go on.\n{S} spoke on Monday.\n{P} affirmed that {f}.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _source(lexicon, text: str, value: int) -> str | None:
    claims = [c for c in extract_claims(Article(id="a", text=text, language="en"), lexicon) if c.value == value]
    assert len(claims) == 1, (text, claims)
    return claims[0].source.split(" (via ")[0] if claims[0].source else None


@pytest.mark.parametrize("form", ONE_SENTENCE)
def test_every_speaker_in_every_sentence_form(lexicon, form: str) -> None:
    wrong = []
    for (speaker, expected), (figure, value) in itertools.product(SPEAKERS, FIGURES):
        text = form.format(s=speaker, S=_cap(speaker), f=figure, F=_cap(figure))
        if (got := _source(lexicon, text, value)) != expected:
            wrong.append((text, got, expected))
    assert not wrong


@pytest.mark.parametrize("form", ACROSS)
def test_every_speaker_across_sentences(lexicon, form: str) -> None:
    wrong = []
    for (speaker, expected, refer, pronoun), (figure, value) in itertools.product(REFERRED, FIGURES):
        text = form.format(s=speaker.rstrip(","), S=_cap(speaker), f=figure, F=_cap(figure), r=refer,
                           p=pronoun, P=_cap(pronoun))  # fmt: skip
        if (got := _source(lexicon, text, value)) != expected:
            wrong.append((text, got, expected))
    assert not wrong
