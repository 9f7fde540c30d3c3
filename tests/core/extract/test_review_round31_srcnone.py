"""Who said it, round thirty-one (figures the engine left to no one): a quotation of several sentences closed by a
tag that refers back ('..., he said.', '..., the president said.') is the speaker that tag refers to, for its first
sentences too, as it already was when the tag named the speaker ('..., Budanov said.'); a pronoun that puts a
figure on something ('he put the figure at nearly 4,000', 'It also put the number of soldiers at over 11,000', 'It
puts the rounds at some nine million') refers back to its speaker as 'he said' does, and so does 'Its initial count
was ...', 'Its reports had ...'; 'estimates' and 'claims' after a preposition ('Drawing on South Korean
estimates, the report said ...') are nouns, not a speaker's word, when the sentence speaks later; a lawmaker named
in full after an intelligence briefing ('Rep. Park Sun-hee ... after a closed-door briefing by the NIS') relays it
still when named later by surname ('According to Park, ...'), whoever else the article names, and so does a person
who spoke for a body ('the spokesperson, Sabrina Singh, said' ... 'Singh said'); a figure going on from
the sentence just before, whose speaker that sentence names by a noun that refers back ('..., the official said.
More than 90 of those have been fired.'), is that speaker's; 'the officer said' refers back to the military body an
officer was named with ('an SSO officer told reporters'), as 'the commander said' does; a next sentence handing a
figure over ('That assessment, shared with reporters, was based on ...') whose speaker is such a noun ('..., the
official said.') gives the figure to whom that noun refers; a figure after a sentence that goes on from the one before
('The figure includes ... A further 1,000 are engineers.') goes on with it too."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_BUDANOV = "Ukraine's spy chief Kyrylo Budanov spoke to a magazine on Friday about the war.\n\n"
_ZELENSKY = "President Volodymyr Zelensky addressed the nation on Sunday evening.\n"
_QUOTED_ROUNDS = '"This year alone they sent another 1.5 million rounds. They ship them by sea and rail," '
_QUOTED_LOSSES = (
    '"Near Kursk alone, the North Koreans lost about 4,000 killed and wounded. Moscow does not care about them," '
)

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # '..., he said.' closing the quotation: the person named just before, who speaks by pronoun
    (_BUDANOV + _QUOTED_ROUNDS + "he said.", {("ammunition", 1500000, "reported", True, "Ukraine HUR (Budanov)")}),
    # '..., the president said.': the president named before
    (_ZELENSKY + _QUOTED_LOSSES + "the president said.", {("casualties", 4000, "reported", False, "Zelensky")}),
    # '..., he added.' after a spokesman named with his body: the first sentence is his as the second is
    (
        "Lee Sung-jun, a spokesman for South Korea's Joint Chiefs of Staff, briefed reporters in Seoul on Monday.\n"
        '"Roughly 3,000 more soldiers arrived in January and February. More may follow in spring," he added.',
        {
            ("troops", 3000, "reported", True, "South Korea JCS (Lee Sung-jun)"),
            ("troops", None, "planned", True, "South Korea JCS (Lee Sung-jun)"),
        },
    ),
    # not when no one was named before for 'he' to be
    (
        "The war in Ukraine entered its fourth year with no ceasefire in sight.\n\n" + _QUOTED_ROUNDS + "he said.",
        {("ammunition", 1500000, "reported", True, None)},
    ),
    # not when the tag names a speaker nobody can name: no borrowing of the person named before
    (
        _BUDANOV + _QUOTED_ROUNDS + "a Ukrainian drone operator said.",
        {("ammunition", 1500000, "reported", True, None)},
    ),
    (
        _ZELENSKY + _QUOTED_LOSSES + "a Russian military blogger wrote.",
        {("casualties", 4000, "reported", False, None)},
    ),
    # not when the tag's sentence closes no quotation of before, only a word of its own ('"relentless," he said')
    (
        _BUDANOV + '"Pyongyang sent another 1.5 million rounds this year." The shipments were "relentless," he said.',
        {("ammunition", 1500000, "reported", True, None)},
    ),
]

_MSMT_REPORT = (
    "The Multilateral Sanctions Monitoring Team, set up after the UN Panel of Experts was disbanded, published its "
    "first report on Thursday.\nThe document covers the period since late 2023.\n"
)

PUT_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'he put the figure at': the person who spoke just before, past a paragraph of another speaker
    (
        "South Korea's spy agency said on Friday that the deployment was continuing.\n\n"
        "President Volodymyr Zelensky said in December that North Korean losses had passed 3,000.\n"
        "By February he put the figure at nearly 4,500.",
        {("casualties", 3000, "reported", False, "Zelensky"), ("casualties", 4500, "reported", False, "Zelensky")},
    ),
    # 'It also put the number of ... at': the body named before, though another was named beside it
    (
        _MSMT_REPORT + "It also put the number of North Korean soldiers sent to Kursk at over 12,000.",
        {("troops", 12000, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)")},
    ),
    # 'he had put the total at': a person named with his former post, the body of that post
    (
        "Former defence minister Shin Won-sik spoke often about the arms trade, and so did the UN Panel of "
        "Experts.\n\nBack in the spring, he had put the total at more than 3,000 containers.",
        {("ammunition", 3000, "reported", False, "South Korea Ministry of National Defense (Shin Won-sik)")},
    ),
    # not 'they put the soldiers on trains', nor 'it put pressure on': no figure is given by anyone
    (
        _MSMT_REPORT + "They put the 4,500 soldiers on trains bound for Kursk.",
        {("troops", 4500, "reported", False, None)},
    ),
    (
        _MSMT_REPORT + "It put pressure on Moscow, which has sent about 1,000 barrels of oil a week to the North.",
        {("other", 1000, "reported", False, None)},
    ),
    # 'It puts the shells at some eight million' after 'The team counts ...': the team named before
    (
        "The Multilateral Sanctions Monitoring Team issued its first report this week, and Ukraine's military "
        "intelligence welcomed it.\n\nShipments went the other way too. The team counts 20,000 containers of "
        "ammunition sent since 2023. It puts the shells at some eight million.",
        {
            ("ammunition", 20000, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)"),
            ("ammunition", 8000000, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)"),
        },
    ),
    # 'Its initial count was ...', 'Its reports had ...': the body named just before, not another of the article
    (
        "Ukraine's military intelligence said this week that the war was far from over.\nThe first public number "
        "came from South Korea's spy agency, which said in October that it had tracked transport ships.\n"
        "Its initial count was 1,400 special forces soldiers.",
        {("troops", 1400, "reported", False, "South Korea NIS")},
    ),
    (
        "South Korea's spy agency said this week that the war was far from over.\n\nUkraine's military intelligence "
        "directorate was also tracking a combat contingent.\n\nIts reports had 2,500 North Korean soldiers due at "
        "the front by November.",
        {("troops", 2500, "planned", False, "Ukraine HUR")},
    ),
    # not 'It puts 3,000 soldiers at the front line' (no figure put on anything), nor 'Its troops had reached ...'
    (
        _MSMT_REPORT + "Pyongyang is eager to help. It puts 3,000 soldiers at the front line every month.",
        {("troops", 3000, "reported", False, None)},
    ),
    (
        _MSMT_REPORT + "North Korea has been at war for a year. Its troops had reached 2,500 in Kursk by November.",
        {("troops", 2500, "reported", False, None)},
    ),
    # not people the article never named: 'Some analysts put the figure at' are no speaker of before
    (
        "President Volodymyr Zelensky first spoke of North Korean losses in December.\n\n"
        "South Korea's spy agency gave a lower estimate on Friday.\n\nSome analysts put the figure at nearly 4,500.",
        {("casualties", 4500, "reported", False, None)},
    ),
]

_SPY_AGENCY = "South Korea's spy agency said 11,000 North Korean troops had been sent to Russia.\n"
_SPY_TROOPS = ("troops", 11000, "reported", False, "South Korea NIS")

NOUN_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'Based on Ukrainian estimates, the report said ...': the report's body, not 'Ukrainian' speaking
    (
        _MSMT_REPORT + "Based on Ukrainian estimates, the report said about 12,000 North Korean troops were sent to "
        "Kursk.",
        {("troops", 12000, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)")},
    ),
    # 'Contrary to Russian claims, the agency said ...': the agency named before
    (
        "South Korea's spy agency briefed lawmakers on Tuesday, and Ukraine's military intelligence spoke the same "
        "day.\n\nContrary to Russian claims, the agency said about 2,000 North Korean soldiers had been killed.",
        {("casualties", 2000, "reported", False, "South Korea NIS")},
    ),
    # not when nobody speaks later in the sentence: whose estimates they are stands, no speaker of before is borrowed
    (
        _SPY_AGENCY + "Based on Ukrainian estimates, about 3,000 of them were killed or wounded.",
        {_SPY_TROOPS, ("casualties", 3000, "reported", False, None)},
    ),
    # not without the preposition ('Ukrainian estimates put ...'), nor a person who estimates
    (
        _SPY_AGENCY + "Ukrainian estimates put the number killed or wounded at about 3,000.",
        {_SPY_TROOPS, ("casualties", 3000, "reported", False, "Ukrainian government")},
    ),
    (
        _SPY_AGENCY + "In a new study, Park Ji-won estimates that about 3,000 of them were killed or wounded.",
        {_SPY_TROOPS, ("casualties", 3000, "reported", False, "Park Ji-won")},
    ),
]

_BRIEFED = (
    " of the ruling party told reporters after a closed-door briefing by the National Intelligence Service that "
    "about 2,000 North Korean soldiers had died.\n\n"
)
_TOLL = "The toll is far above the one given in January.\n\n"
_OTHERS = (
    "\n\nSeparately, the Multilateral Sanctions Monitoring Team said Russia had sent Pantsir air defence systems to "
    "the North, and Ukraine's military intelligence said more shells were on the way."
)
_MORE = "about 4,000 more troops were sent to Russia this year."

SURNAME_CASES: list[tuple[str, object]] = [
    # 'According to Park, ...' and 'Park said ...' after 'Rep. Park Sun-hee ... after a briefing by the NIS'
    ("Rep. Park Sun-hee" + _BRIEFED + _TOLL + "According to Park, " + _MORE + _OTHERS, "South Korea NIS"),
    ("Rep. Park Sun-hee" + _BRIEFED + _TOLL + "Park said " + _MORE + _OTHERS, "South Korea NIS"),
    # not when a sentence in between names another of that surname ('Kim Jong Un'): the nearest naming decides
    (
        "Rep. Kim Min-jae" + _BRIEFED + "The briefing came days after Kim Jong Un visited a munitions factory.\n\n"
        "According to Kim, " + _MORE + _OTHERS,
        None,
    ),
    # not a researcher of that surname, who speaks for his institute
    (
        "Park Ji-won of the Korea Institute for Defense Analyses spoke after the National Intelligence Service "
        "briefed lawmakers on Tuesday.\n\n" + _TOLL + "According to Park, " + _MORE + _OTHERS,
        "Korea Institute for Defense Analyses (Park Ji-won)",
    ),
    # not a lawmaker named with no briefing, nor a congressman after a Pentagon briefing
    (
        "Rep. Park Sun-hee of the ruling party has tracked the deployment for a year.\n\n"
        + _TOLL
        + "According to Park, "
        + _MORE
        + _OTHERS,
        None,
    ),
    (
        "Rep. Mike Turner, who chairs the House intelligence committee, told reporters after a closed-door Pentagon "
        "briefing that about 2,000 North Korean soldiers had died.\n\n" + _TOLL + "Turner said " + _MORE + _OTHERS,
        None,
    ),
]

_TELEGRAPH = (
    "A senior Ukrainian intelligence official told The Telegraph that North Korean missiles had become more "
    "accurate.\n\nSouth Korea's spy agency has made similar assessments.\n\n"
)
_HANDED = "Pyongyang handed Russia about 150 KN-23 missiles last year, the official said."
_OFFICIAL = "Ukraine HUR (via The Telegraph)"
_FIRED = "More than 90 of those have been fired at Ukrainian cities."

REFERRED_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # '..., the official said. More than 90 of those ...': the official named before, relayed
    (
        _TELEGRAPH + _HANDED + " " + _FIRED,
        {("missiles", 150, "reported", False, _OFFICIAL), ("missiles", 90, "reported", False, _OFFICIAL)},
    ),
    # '..., the report said. About eight million shells ...': the report's body
    (
        "The Multilateral Sanctions Monitoring Team published its first report on Thursday, and Ukraine's military "
        "intelligence welcomed it.\n\nNorth Korea has sent 20,000 containers of munitions since 2023, the report "
        "said. About eight million shells were among the deliveries.",
        {
            ("ammunition", 20000, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)"),
            ("ammunition", 8000000, "reported", False, "Multilateral Sanctions Monitoring Team (MSMT)"),
        },
    ),
    # 'The lawmakers said the agency now counts ... That is up from ...': the agency's earlier estimate
    (
        "South Korea's spy agency briefed lawmakers on Tuesday, and Ukraine's military intelligence gave its own "
        "figures.\n\nThe lawmakers said the agency now counts about 2,300 North Korean soldiers killed. That is up "
        "from about 1,900 deaths in an estimate given in the spring.",
        {
            ("casualties", 2300, "reported", False, "South Korea NIS"),
            ("casualties", 1900, "reported", False, "South Korea NIS"),
        },
    ),
    # not after a pronoun whose person no gazetteer names ('he said' of a drone pilot)
    (
        "South Korea's spy agency briefed lawmakers on Tuesday, and Ukraine's military intelligence gave its own "
        "figures.\n\nA Ukrainian drone pilot near Kursk spoke to reporters. The soldiers come in waves, he said. "
        "About 1,900 North Korean soldiers were killed near his position alone.",
        {("casualties", 1900, "reported", False, None)},
    ),
    # not a sentence turning to another matter, nor one past a paragraph break
    (
        _TELEGRAPH + _HANDED + " Separately, more than 90 North Korean shells hit a depot near Kharkiv.",
        {("missiles", 150, "reported", False, _OFFICIAL), ("ammunition", 90, "reported", False, None)},
    ),
    (
        _TELEGRAPH + _HANDED + "\n\n" + _FIRED,
        {("missiles", 150, "reported", False, _OFFICIAL), ("missiles", 90, "reported", False, None)},
    ),
]

_SPY_SAID = "South Korea's spy agency said on Monday that more troops could follow"
_OFFICER_SAID = "The officer said around 1,300 North Korean reinforcements had arrived in the last week."

OFFICER_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'The officer said ...' after 'an SSO officer told reporters' under the SSO's own word
    (
        _SPY_SAID + ".\n\nUkraine's Special Operations Forces said the North Koreans now attack in small groups.\n"
        '"They move at night," an SSO officer told reporters.\n' + _OFFICER_SAID,
        {("troops", 1300, "reported", True, "Ukraine Special Operations Forces")},
    ),
    # ... an officer of the JCS, a paragraph before
    (
        "Ukraine's military intelligence said on Monday that more shells were on the way.\n\nSouth Korea's Joint "
        "Chiefs of Staff briefed reporters in Seoul, and an officer of the JCS took questions.\n\n" + _OFFICER_SAID,
        {("troops", 1300, "reported", True, "South Korea JCS")},
    ),
    # not when no military body was named: no intelligence service or monitors stand for an officer
    (
        _SPY_SAID + ", and the Multilateral Sanctions Monitoring Team agreed.\n\n" + _OFFICER_SAID,
        {("troops", 1300, "reported", True, None)},
    ),
    # not an officer named with no body: his word is no one's the gazetteer names
    (
        _SPY_SAID + ", and the Multilateral Sanctions Monitoring Team agreed.\n\nA Ukrainian drone officer near "
        "Kursk spoke to reporters on Tuesday.\n\n" + _OFFICER_SAID,
        {("troops", 1300, "reported", True, None)},
    ),
]

_CASUALTIES = "North Korea's casualties in Kursk now number about 3,500.\n\n"
_US_OFFICIAL = "A U.S. defense official said North Korea had sent more missiles.\n\n"
_TWO_VOICES = _SPY_SAID + ", and Ukraine's military intelligence agreed.\n\n"

HANDED_OVER_CASES: list[tuple[str, object]] = [
    # 'That assessment, shared ..., was based on ..., the official said.': the US official of before
    (
        _SPY_SAID + ".\n\n" + _US_OFFICIAL + _CASUALTIES + "That assessment, shared with reporters on Friday, was "
        "based partly on Ukrainian reports, the official said.",
        "US defense official",
    ),
    # 'The figure, drawn from ..., is based on ..., the report said.': the report's body
    (
        "The Multilateral Sanctions Monitoring Team published its first report on Thursday, and Ukraine's military "
        "intelligence welcomed it.\n\nRussia shipped more than 3,500 barrels of oil to the North last week.\n\n"
        "The figure, drawn from satellite images of tankers, is based on port records, the report said.",
        "Multilateral Sanctions Monitoring Team (MSMT)",
    ),
    # not 'the official' when none was met before
    (
        _TWO_VOICES + _CASUALTIES + "That assessment, shared with reporters on Friday, was based partly on Ukrainian "
        "reports, the official said.",
        None,
    ),
    # not a sentence that judges the figure instead of handing it over ('That assessment ... was wrong')
    (
        _TWO_VOICES + _US_OFFICIAL + _CASUALTIES + "That assessment, repeated by many on Friday, was wrong, the "
        "official said.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), HANDED_OVER_CASES)
def test_a_figure_handed_over_to_a_speaker_named_by_a_noun(text: str, expected: object, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [row[4] for row in _rows(text, lexicon) if row[1] == 3500] == [expected]


_LAWMAKERS_TOLD = (
    "South Korea's spy agency told lawmakers on Thursday that North Korea had sent about 15,000 troops to Russia, "
    "and Ukraine's military intelligence agreed.\n"
)
_INCLUDES = "The figure includes the 11,000 soldiers sent first and 3,000 reinforcements."
_NIS_TROOPS = {
    ("troops", 15000, "reported", False, "South Korea NIS"),
    ("troops", 11000, "reported", False, "South Korea NIS"),
    ("troops", 3000, "reported", True, "South Korea NIS"),
}

GOES_ON_CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'The figure includes ... A further 1,000 are ...': the speaker the figure's sentence goes on from
    (
        _LAWMAKERS_TOLD + _INCLUDES + " A further 1,000 are believed to be engineers.",
        {*_NIS_TROOPS, ("troops", 1000, "reported", True, "South Korea NIS")},
    ),
    # 'In addition, ... Another 50 ...'
    (
        "Ukraine's military intelligence said on Monday that North Korea had sent 120 Koksan guns, and South "
        "Korea's spy agency agreed.\n\nIn addition, 120 rocket launchers arrived in January. Another 50 launchers are "
        "expected in March.",
        {
            ("artillery", 120, "reported", False, "Ukraine HUR"),
            ("rocket_launchers", 120, "reported", False, "Ukraine HUR"),
            ("rocket_launchers", 50, "planned", True, "Ukraine HUR"),
        },
    ),
    # not a sentence turning to another matter, nor one after a sentence that goes on from nothing
    (
        _LAWMAKERS_TOLD + _INCLUDES + " Separately, 700 North Korean trucks crossed the border in March.",
        {*_NIS_TROOPS, ("vehicles", 700, "reported", False, None)},
    ),
    (
        _LAWMAKERS_TOLD + "The war has dragged on for years. A further 1,000 North Korean soldiers are believed to "
        "be engineers.",
        {("troops", 15000, "reported", False, "South Korea NIS"), ("troops", 1000, "reported", True, None)},
    ),
]


def test_no_official_met_before_is_no_one_to_go_on_with(lexicon) -> None:  # type: ignore[no-untyped-def]
    # 'the official said' with no official met before: the figure going on from it borrows no one's word
    text = (
        "The war entered its fourth year this week, and South Korea's spy agency and Ukraine's military "
        "intelligence disagree on the numbers.\n\nPyongyang handed Russia many missiles last year, the official "
        "said. " + _FIRED
    )
    assert [row[4] for row in _rows(text, lexicon) if row[1] == 90] == [None]


_STILL_TRAINING = "said a further 2,500 North Korean soldiers were still at training grounds in the far east."
_HUR_SAID = "Ukraine's military intelligence said on Monday that more shells were on the way"

BODY_SURNAME_CASES: list[tuple[str, object]] = [
    # 'Singh said ...' a paragraph after '..., the spokesperson, Sabrina Singh, said': the body she spoke for
    (
        _HUR_SAID + '.\n\n"We have not seen them in combat yet," the spokesperson, Sabrina Singh, said at a '
        "briefing.\n\nSingh " + _STILL_TRAINING,
        "US Department of Defense",
    ),
    # not where the person was named without speaking: her own word
    (
        _HUR_SAID + ".\n\nThe briefing was requested by Sabrina Singh's critics in Congress, who doubt the "
        "numbers.\n\nSingh " + _STILL_TRAINING,
        "Singh",
    ),
    # not a lawmaker a body's figures were sent to, whom a gazetteer may know by another post
    (
        _HUR_SAID + ", and South Korea's Joint Chiefs of Staff agreed.\n\nThe Joint Chiefs sent the figures to Rep. "
        "Kang Dae-sik of the ruling party.\n\nKang " + _STILL_TRAINING,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_SURNAME_CASES)
def test_a_surname_of_one_who_spoke_for_a_body(text: str, expected: object, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [row[4] for row in _rows(text, lexicon) if row[1] == 2500] == [expected]


@pytest.mark.parametrize(("text", "expected"), SURNAME_CASES)
def test_a_lawmaker_by_surname_relays_the_briefing(text: str, expected: object, lexicon) -> None:  # type: ignore[no-untyped-def]
    # (the source of the claim of 4,000 more troops)
    assert [row[4] for row in _rows(text, lexicon) if row[1] == 4000] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"), CASES + PUT_CASES + NOUN_CASES + REFERRED_CASES + OFFICER_CASES + GOES_ON_CASES
)
def test_round31_srcnone(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
