"""Figures as a grid: every item in every hedge and sentence shape, and every casualty wording, must give the
figure with its category, hedge and kind. Sentences written by the team."""

from __future__ import annotations

import itertools

import pytest

from core.extract import extract_claims
from core.models import Article

ITEMS = [  # (as written, category)
    ("troops", "troops"),
    ("soldiers", "troops"),
    ("military engineers", "troops"),
    ("workers", "workers"),
    ("artillery shells", "ammunition"),
    ("containers of ammunition", "ammunition"),
    ("ballistic missiles", "missiles"),
    ("self-propelled howitzers", "artillery"),
    ("multiple rocket launchers", "rocket_launchers"),
    ("drones", "drones"),
]
HEDGES = [("about", "approx"), ("more than", "more_than"), ("up to", "up_to"), ("at least", "at_least"),
          ("", "exact"), ("nearly", "approx"), ("upward of", "more_than"), ("in the region of", "approx"),
          ("just shy of", "approx"), ("at minimum", "at_least")]  # fmt: skip
SHAPES = [
    "North Korea has sent {h} 2,400 {i} to Russia, Seoul said.",
    "{h} 2,400 North Korean {i} have been sent to Russia, Seoul said.",
    "Seoul said Pyongyang had supplied Moscow with {h} 2,400 {i}.",
    "Seoul puts the number of North Korean {i} sent to Russia at {h} 2,400.",
    "Russia has received {h} 2,400 {i} from North Korea, Seoul said.",
    "Seoul says North Korea is expected to send {h} 2,400 more {i} to Russia.",
    "North Korea's {h} 2,400 {i} arrived in Russia last month, Seoul said.",
]
CASUALTIES = [  # (sentence, subtype)
    ("About 1,300 North Korean soldiers have been killed in Russia, Kyiv said.", "killed"),
    ("North Korea has lost about 1,300 soldiers in Russia, Kyiv said.", "killed_or_wounded"),
    ("North Korean losses in Russia have reached about 1,300, Kyiv said.", "killed_or_wounded"),
    ("About 1,300 North Korean troops have died in Russia, Kyiv said.", "killed"),
    ("Kyiv said about 1,300 North Korean soldiers were wounded in Russia.", "wounded"),
    ("Ukrainian forces have captured about 1,300 North Korean soldiers in Russia, Kyiv said.", "captured"),
    ("About 1,300 North Korean soldiers have been killed or wounded in Russia, Kyiv said.", "killed_or_wounded"),
    ("North Korean casualties in Russia number about 1,300, Kyiv said.", "killed_or_wounded"),
    ("The North Korean death toll in Russia stands at about 1,300, Kyiv said.", "killed"),
    ("North Korea suffered about 1,300 casualties in Russia, Kyiv said.", "killed_or_wounded"),
    ("Kyiv said North Korean troops in Russia had sustained about 1,300 casualties.", "killed_or_wounded"),
    ("About 1,300 of the North Korean soldiers in Russia have been killed, Kyiv said.", "killed"),
    ("Kyiv said Ukraine had killed about 1,300 North Korean soldiers in Russia.", "killed"),
    ("Kyiv said Ukrainian drones had wiped out about 1,300 North Korean soldiers in Russia.", "killed"),
    ("Kyiv said about 1,300 North Korean soldiers in Russia had been put out of action.", "killed_or_wounded"),
    ("About 1,300 North Korean soldiers have been taken prisoner in Russia, Kyiv said.", "captured"),
    ("North Korea's dead in Russia number about 1,300, Kyiv said.", "killed"),
    ("Kyiv said about 1,300 North Korean soldiers had been eliminated in Russia.", "killed"),
    ("Kyiv reported North Korean losses in Russia exceeding 1,300.", "killed_or_wounded"),
    ("North Korean casualties in Russia topped 1,300, Kyiv said.", "killed_or_wounded"),
]

STATUSES = [  # (sentence, status, addition)
    ("North Korea will have sent 2,400 troops to Russia by December.", "planned", False),
    ("North Korea could have sent 2,400 troops to Russia.", "reported", False),
    ("North Korea sent 2,400 reinforcements to Russia in May.", "reported", True),
    ("About 2,400 North Korean troops were additionally sent to Russia in May.", "reported", True),
    ("North Korea plans to send 2,400 troops to Russia.", "planned", False),
    ("North Korea is ready to send 2,400 troops to Russia.", "planned", False),
    ("North Korea has offered to send 2,400 troops to Russia.", "planned", False),
    ("Pyongyang has not ruled out sending 2,400 troops to Russia.", "planned", False),
    ("North Korea denied sending 2,400 troops to Russia.", "denied", False),
    ("Moscow has neither confirmed nor denied reports that North Korea sent 2,400 troops.", "reported", False),
    ("North Korea was due to send 2,400 troops to Russia.", "planned", False),
    ("North Korea is on track to send 2,400 troops to Russia.", "planned", False),
    ("Russia wants North Korea to send 2,400 more troops.", "planned", True),
    # an intent governs a figure only through an infinitive delivery
    ("Kim Jong Un wants recognition for the 2,400 troops he sent to Russia.", "reported", False),
    ("North Korea is on track to become Russia's main supplier after shipping 2,400 shells.", "reported", False),
    ("North Korea is preparing to send 2,400 troops to Russia.", "planned", False),
    ("North Korea will send 2,400 troops to Russia.", "planned", False),
    ("North Korea could send 2,400 troops to Russia.", "planned", False),
    ("North Korea may send 2,400 more troops to Russia.", "planned", True),
    ("North Korea is likely to send 2,400 troops to Russia.", "planned", False),
    ("North Korea has agreed to send 2,400 troops to Russia.", "planned", False),
    ("North Korea intends to deploy 2,400 troops to Russia.", "planned", False),
    ("North Korea is considering sending 2,400 troops to Russia.", "planned", False),
    ("2,400 North Korean troops are expected to arrive in Russia.", "planned", False),
    ("2,400 North Korean troops are set to arrive in Russia.", "planned", False),
    ("2,400 North Korean troops will be deployed to Russia.", "planned", False),
    ("North Korea has sent 2,400 troops to Russia.", "reported", False),
    ("North Korea sent 2,400 troops to Russia.", "reported", False),
    ("North Korea is sending 2,400 troops to Russia.", "reported", False),
    ("North Korea has been sending 2,400 troops a month to Russia.", "reported", False),
    ("North Korea is believed to have sent 2,400 troops to Russia.", "reported", False),
    ("North Korea may have sent 2,400 troops to Russia.", "reported", False),
    ("North Korea could have sent as many as 2,400 troops to Russia.", "reported", False),
    ("North Korea denies it has sent 2,400 troops to Russia.", "denied", False),
    ("Moscow rejected reports that 2,400 North Korean troops had arrived in Russia.", "denied", False),
    ("The claim that 2,400 North Korean troops are in Russia is false, Moscow said.", "denied", False),
    ("North Korea has never sent 2,400 troops to Russia, its envoy said.", "denied", False),
    ("North Korea has sent an additional 2,400 troops to Russia.", "reported", True),
    ("North Korea has sent another 2,400 troops to Russia.", "reported", True),
    ("North Korea has sent 2,400 extra troops to Russia.", "reported", True),
    ("North Korea has sent 2,400 fresh troops to Russia.", "reported", True),
    ("North Korea has sent 2,400 new troops to Russia.", "reported", True),
    ("North Korea has sent a further 2,400 troops to Russia.", "reported", True),
    ("North Korea has sent 2,400 troops to Russia in addition to the 11,000 sent last year.", "reported", True),
    ("Seoul said 2,400 North Korean troops had been added to the force in Russia.", "reported", True),
]


def _claims(lexicon, text: str, value: int):
    return [c for c in extract_claims(Article(id="a", text=text, language="en"), lexicon) if c.value == value]


@pytest.mark.parametrize("shape", SHAPES)
def test_every_item_in_every_hedge(lexicon, shape: str) -> None:
    wrong = []
    for (item, category), (hedge, qualifier) in itertools.product(ITEMS, HEDGES):
        text = " ".join(shape.format(h=hedge, i=item).split())
        text = text[0].upper() + text[1:]
        got = [(c.category.value, c.qualifier.value if c.qualifier else None) for c in _claims(lexicon, text, 2400)]
        if got != [(category, qualifier)]:
            wrong.append((text, got))
    assert not wrong


@pytest.mark.parametrize(("text", "subtype"), CASUALTIES)
def test_casualty_wordings(lexicon, text: str, subtype: str) -> None:
    assert [(c.category.value, c.subtype) for c in _claims(lexicon, text, 1300)] == [("casualties", subtype)]


@pytest.mark.parametrize(("text", "status", "incremental"), STATUSES)
def test_status_and_addition_wordings(lexicon, text: str, status: str, incremental: bool) -> None:
    got = [(c.status.value, c.incremental) for c in _claims(lexicon, text, 2400)]
    assert got == [(status, incremental)]


@pytest.mark.parametrize("share", ["Roughly one in three", "Two out of every five"])
def test_a_share_is_no_figure(lexicon, share: str) -> None:
    """'one in three of the 1,300': the share asserts casualties without a number; the whole stays troops."""
    text = f"{share} of the 1,300 North Korean soldiers sent to Russia have been killed, Kyiv said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert sorted((c.category.value, c.value) for c in claims) == [("casualties", None), ("troops", 1300)]
