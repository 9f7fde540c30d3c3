"""Defects fixed in the twenty-ninth round, each with sentences written for it: words of speech read whole
('reportedly' is no 'reported'), 'the North's' as North Korea's, envoys 'at the UN', titles and possessives in
the names of officials, an impersonal 'it was reported', and recap sections under 'Previous developments:'."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # 'reportedly' holds 'reported': the adverb binds no one ('an offer Putin reportedly accepted' is not Putin's
    # word)
    (
        "According to U.S. intelligence, it was Kim Jong Un who offered to send troops to Kursk, an offer Putin "
        "reportedly accepted.",
        {("troops", None, "planned", False, "US intelligence")},
    ),
    # ... while the inflections that are words of speech still bind: 'believed', 'saying', 'reckoned'
    (
        "The official said Washington believed North Korea had sent about 1,500 more soldiers.",
        {("troops", 1500, "reported", True, "US government")},
    ),
    (
        "White House spokesman John Kirby, saying at least 3,000 North Korean soldiers had arrived, called it a "
        "dangerous escalation.",
        {("troops", 3000, "reported", False, "White House (Kirby)")},
    ),
    # 'the North's' is North Korea's: its ministries are its own, not Seoul's (its foreign ministry named as "North
    # Korea's foreign ministry" is)
    (
        "A spokesman for the North's Foreign Ministry said not a single worker had been sent to Russia.",
        {("workers", None, "denied", False, "North Korean government")},
    ),
    (
        "The North's defence ministry denied that it had ever sold artillery shells to Russia.",
        {("ammunition", None, "denied", False, "North Korea Ministry of Defense")},
    ),
    # an envoy 'at the UN' is one 'to the UN'
    (
        "Earlier, the DPRK's representative at the United Nations Kim Song said Pyongyang had never supplied "
        "artillery shells to Russia.",
        {("ammunition", None, "denied", False, "North Korea UN representative (Kim Song)")},
    ),
    (
        "Ukraine's ambassador at the UN said North Korea had sent 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, "Ukrainian ambassador to the UN")},
    ),
    # an intelligence chief of a country with no service in the gazetteer: named as the country's intelligence
    (
        "Estonia's military intelligence chief said North Korea supplied about half of the shells Russia fired.",
        {("ammunition", None, "reported", False, "Estonian intelligence")},
    ),
    # a Japanese name written surname first, by a common surname
    (
        "Researcher Ota Keiko of the National Institute for Defense Studies said North Korea had sent more than "
        "10,000 troops.",
        {("troops", 10000, "reported", False, "National Institute for Defense Studies (Ota)")},
    ),
    # a titled person's possessive: the person, not "Trump's"
    (
        "U.S. President Donald Trump's statement said North Korea had sent 3,000 more troops to Russia.",
        {("troops", 3000, "reported", True, "US President (Trump)")},
    ),
    # the party's military commission announces for the North Korean state
    (
        "The Central Military Commission of the Workers' Party said 2,000 more soldiers would go to Kursk.",
        {("troops", 2000, "planned", True, "North Korean government")},
    ),
    (
        "The ruling Workers' Party's Central Military Commission said North Korean troops had been sent to Kursk.",
        {("troops", None, "reported", False, "North Korean government")},
    ),
    # 'take part' is no holding: those who will take part in the work are sent, as planned (a drill stays out)
    (
        "In total, 6,000 North Korean soldiers will take part in the rebuilding of Kursk, Shoigu said.",
        {("troops", 6000, "planned", False, "Russia Security Council (Shoigu)")},
    ),
    (
        "In total, six thousand servicemen of the Korean People's Army will take part in the work, Shoigu said.",
        {("troops", 6000, "planned", False, "Russia Security Council (Shoigu)")},
    ),
    ("About 10,000 North Korean soldiers took part in a joint exercise with Russian forces, the JCS said.", set()),
    # ... and what those to come will do there is a plan: 'would help restore', 'will clear mines'
    (
        "About 5,000 North Korean military builders would help restore the Kursk region, Lavrov said.",
        {("troops", 5000, "planned", False, "Russia Ministry of Foreign Affairs (Lavrov)")},
    ),
    (
        "Some 1,000 North Korean sappers will clear mines in Kursk, Shoigu said.",
        {("troops", 1000, "planned", False, "Russia Security Council (Shoigu)")},
    ),
    # 'produced by Pyongyang' says who made the items, not a production rate
    (
        "Russia has received more than 60 ballistic missiles produced by Pyongyang, the JCS said.",
        {("missiles", 60, "reported", False, "South Korea JCS")},
    ),
    ("North Korea is said to produce about 200 missiles a year, the JCS said.", set()),
    # a list of countries speaks as its last one does: none of them is the figure's owner
    (
        "North Korea has sent troops to help Russia. Seoul, Washington and Kyiv broadly agree that about 11,000 "
        "soldiers went to Kursk in the autumn of 2024.",
        {
            ("troops", None, "reported", False, None),
            ("troops", 11000, "reported", False, "South Korean, US and Ukrainian governments"),
        },
    ),
    # people placed in Russia are sent, whatever they do there or who keeps them there
    (
        "North Korea keeps about 11,000 soldiers in the Kursk region, the NIS said.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    (
        "The NIS said some 2,000 North Korean troops are building defensive lines in Kursk.",
        {("troops", 2000, "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea has sent 12,000 workers to Russia to ease a labour shortage, the NIS said.",
        {("workers", 12000, "reported", False, "South Korea NIS")},
    ),
    # ... not the North's own army at home, nor shells in its stocks
    ("North Korea keeps about 1.2 million soldiers under arms, the NIS said.", set()),
    ("North Korea keeps some 5 million shells in its stockpile, the NIS said.", set()),
    # a share of Russia's shells that North Korea gives asserts the item (the share is never a value)
    (
        "North Korea is estimated to have supplied 60% of Russia's artillery shells, Ukraine's intelligence said.",
        {("ammunition", None, "reported", False, "Ukraine HUR")},
    ),
    (
        "Up to half of Russia's shells now come from North Korea, Budanov said.",
        {("ammunition", None, "reported", False, "Ukraine HUR (Budanov)")},
    ),
    # ... not Russia's own, nor a remark that 'came from' North Korea's envoy
    ("Half of Russia's shells are made at home, Budanov said.", set()),
    ("The first response on artillery shells came from North Korea's envoy at the UN.", set()),
    # what North Korea itself launches is a test, no supply; what Russia fires of its missiles is
    ("North Korea launched an intercontinental ballistic missile in November, defying UN sanctions.", set()),
    ("The cap followed North Korea's launch of an intercontinental ballistic missile in 2017.", set()),
    (
        "Russia has fired about 60 North Korean ballistic missiles at Ukraine, Kyiv's prosecutors said.",
        {("missiles", 60, "reported", False, None)},
    ),
    # plans: a group being trained or picked for deployment, what a group to come will be made of, a size to come,
    # a plan told as 'the plan is to', what is expected over a year or after an apposition, what those to come will be
    # doing there
    (
        "Pyongyang is training a new contingent of up to 6,000 troops for deployment later this year, the NIS said.",
        {("troops", 6000, "planned", True, "South Korea NIS")},
    ),
    (
        "The group will be made up of 1,000 sappers and 5,000 military builders, Shoigu was quoted as saying.",
        {
            ("troops", 1000, "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 5000, "planned", False, "Russia Security Council (Shoigu)"),
        },
    ),
    (
        "The JCS said North Korea could have 50,000 workers in Russia by the end of next year.",
        {("workers", 50000, "planned", False, "South Korea JCS")},
    ),
    # ... not an estimate of the past
    (
        "The JCS said North Korea could have sent 50,000 workers to Russia last year.",
        {("workers", 50000, "reported", False, "South Korea JCS")},
    ),
    (
        "The ministry's plan is to bring in 2,000 North Korean workers for construction projects, the NIS said.",
        {("workers", 2000, "planned", False, "South Korea NIS")},
    ),
    (
        "Russia received 148 KN-23 missiles in 2024, Budanov said, and another 150 are expected over 2025.",
        {
            ("missiles", 148, "reported", False, "Ukraine HUR (Budanov)"),
            ("missiles", 150, "planned", True, "Ukraine HUR (Budanov)"),
        },
    ),
    (
        "The second group of North Korean military builders, about 2,000 persons, is expected in October, the JCS "
        "said.",
        {("troops", 2000, "planned", True, "South Korea JCS")},
    ),
    (
        "At least 20,000 North Korean workers will be working in Russia by the end of 2025, the NIS said.",
        {("workers", 20000, "planned", False, "South Korea NIS")},
    ),
    # additions: a count that 'went up by'
    (
        "The NIS said the count of North Korean soldiers went up by approximately 1,500 this month.",
        {("troops", 1500, "reported", True, "South Korea NIS")},
    ),
    # ... not a part of what was just named ('another 150 of the shells were duds')
    (
        "North Korea sent 200 shells to Russia, and another 150 of the shells were duds, the HUR said.",
        {("ammunition", 200, "reported", False, "Ukraine HUR"), ("ammunition", 150, "reported", False, "Ukraine HUR")},
    ),
    # a person an outlet cites by name is relayed by it
    (
        "The Novosibirsk region plans to hire 2,000 North Korean workers for construction projects, NK News "
        "reported, citing Alexei Kolmakov, head of the regional construction ministry.",
        {("workers", 2000, "planned", False, "Novosibirsk Oblast construction ministry (Kolmakov) (via NK News)")},
    ),
    # ... not a body it cites, named as the gazetteer names it
    (
        "North Korea has sent 3,000 more troops to Russia, Yonhap reported, citing the Joint Chiefs of Staff.",
        {("troops", 3000, "reported", True, "South Korea JCS (via Yonhap)")},
    ),
    # the total that deliveries done would make is a sum of the past; the total of a plan stays a plan
    (
        "The NIS said 3,000 more North Korean troops had arrived, which would bring the total to about 14,000.",
        {
            ("troops", 3000, "reported", True, "South Korea NIS"),
            ("troops", 14000, "reported", False, "South Korea NIS"),
        },
    ),
    (
        "The NIS said North Korea will send 3,000 more troops, which would bring the total to about 14,000.",
        {("troops", 3000, "planned", True, "South Korea NIS"), ("troops", 14000, "planned", False, "South Korea NIS")},
    ),
    # guards from the round's review: a launch of North Korea's own beside Russia's firing; a daily toll; an army at
    # home beside those sent; what those sent will do; a shortage that is no figure's size; a share destroyed;
    # defectors who came from North Korea; a drill; an output that is the whole of a share; troops expected who came;
    # troops expected to stay; Russia training those it has
    (
        "Days after North Korea launched a Hwasong-19 ICBM, Russia fired 10 KN-23 missiles at Kyiv, the air force "
        "said.",
        {("missiles", 10, "reported", False, None)},
    ),
    ("North Korean units are losing about 100 soldiers a day at the front in Kursk, the NIS said.", set()),
    (
        "North Korea has a standing army of 1.2 million troops and sent 11,000 of them to Russia, the NIS said.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    (
        "The plan is to keep the 11,000 North Korean troops in Kursk until spring, the NIS said.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    (
        "The 11,000 North Korean troops will serve as cannon fodder, Zelensky said.",
        {("troops", 11000, "reported", False, "Zelensky")},
    ),
    (
        "Russia's shortages of manpower led it to accept 11,000 North Korean troops, the NIS said.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    (
        "The regional construction industry has labour shortages estimated at 4,500 workers, which North Korean "
        "workers will fill.",
        set(),
    ),
    (
        "Half of Russia's tanks have been destroyed, but North Korea is sending artillery.",
        {("artillery", None, "reported", False, None)},
    ),
    ("Defectors who came from North Korea say soldiers are told little about Russia.", set()),
    ("None of the rockets came from North Korea, Russian officials insisted.", set()),
    ("Some 5,000 troops will take part in the Ulchi Freedom Shield drills, the US military said.", set()),
    ("Around 3 million artillery shells are produced in North Korea each year, Budanov said.", set()),
    (
        "The 3,000 North Korean troops expected this week arrived on Tuesday, the NIS said.",
        {("troops", 3000, "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea's contingent, some 11,000 troops, is expected to remain in Kursk until spring, the NIS said.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    (
        "Russian instructors are training a group of 3,000 North Korean soldiers for deployment to the front, the HUR "
        "said.",
        {("troops", 3000, "reported", False, "Ukraine HUR")},
    ),
    # guards from the round's second review: a comma alone joins no list of speakers; a possessor's envoy speaks, not
    # the possessor; an expectation is a word of speech; 'Recent developments:'
    # heads news, no recap; another country's Central Military Commission
    # guards from the round's third review: a past war named beside North Korea's toll; a planned increment's total;
    # another side's count of its own losses; a report 'of Russia' that 'states'; a briefing that 'will include'; a
    # person another outlet cites; troops expected who have not come; a plan to keep some and send more; a shortage
    # put at a figure past words
    (
        "North Korea, fighting abroad for the first time after the Korean War, has suffered about 4,000 casualties, "
        "the NIS said.",
        {("casualties", 4000, "reported", False, "South Korea NIS")},
    ),
    (
        "North Korea deployed 11,000 troops last year and is expected to send 4,000 more, which would bring its total "
        "to 15,000 by summer.",
        {
            ("troops", 11000, "reported", False, None),
            ("troops", 4000, "planned", True, None),
            ("troops", 15000, "planned", False, None),
        },
    ),
    (
        "The Ukrainian leader's own count of his country's losses was 43,000, and North Korea's losses were put at "
        "4,000.",
        set(),
    ),
    (
        "A Pentagon assessment of Russia states that 11,000 North Korean troops are in Kursk.",
        {("troops", 11000, "reported", False, "US Department of Defense")},
    ),
    (
        "The NIS briefing will include an update on the 11,000 North Korean troops sent to Russia.",
        {("troops", 11000, "reported", False, "South Korea NIS")},
    ),
    (
        "About 5,000 North Korean workers have arrived in Kursk, NK News reported, while Izvestia, citing Alexander "
        "Khinshtein, put the number at 3,000.",
        {("workers", 5000, "reported", False, "NK News"), ("workers", 3000, "reported", False, "Izvestia")},
    ),
    (
        "The 3,000 North Korean troops expected in January have not arrived, the NIS said.",
        {("troops", 3000, "planned", False, "South Korea NIS")},
    ),
    (
        "The plan is to keep 11,000 North Korean troops in Kursk and send 3,000 more in spring, the NIS said.",
        {("troops", 11000, "reported", False, "South Korea NIS"), ("troops", 3000, "planned", True, "South Korea NIS")},
    ),
    (
        "Labour shortages in Russia are estimated at 4.5 million workers, and North Korea has sent 15,000, the NIS "
        "said.",
        {("workers", 15000, "reported", False, "South Korea NIS")},
    ),
    (
        "Pyongyang, Kyiv said, has lost about 4,000 soldiers in Kursk.",
        {("casualties", 4000, "reported", False, "Ukrainian government")},
    ),
    (
        "US President Donald Trump's special envoy Steve Witkoff said North Korea had sent 12,000 troops to Russia.",
        {("troops", 12000, "reported", False, "US government")},
    ),
    (
        "The Pentagon's expectations are that 1,000 more North Korean troops will be sent.",
        {("troops", 1000, "planned", True, "US Department of Defense")},
    ),
    (
        "Ukraine's HUR said 12,000 North Koreans were in Kursk.\nRecent developments:\nAnother 3,000 North Korean "
        "troops arrived on Friday.",
        {("troops", 12000, "reported", False, "Ukraine HUR"), ("troops", 3000, "reported", True, "Ukraine HUR")},
    ),
    (
        "China's defence ministry said it had sent no troops. The ruling party's Central Military Commission said "
        "North Korea had sent 11,000 troops to Russia.",
        {("troops", 11000, "reported", False, "Central Military Commission")},
    ),
    (
        "The group will include 1,000 sappers and 5,000 military builders, Shoigu said.",
        {
            ("troops", 1000, "planned", False, "Russia Security Council (Shoigu)"),
            ("troops", 5000, "planned", False, "Russia Security Council (Shoigu)"),
        },
    ),
    # a people's adjective before a speaker's own count names who counted, not whose losses they are; a past war's
    # toll is none of this war's (though 'since the Korean War' dates this one)
    (
        # (and since round 33 the leader whose count it is speaks for it)
        "At the time the Ukrainian leader's own count of North Korean losses was nearly 3,000 killed or wounded.",
        {("casualties", 3000, "reported", False, "Zelensky")},
    ),
    ("The 1950-53 war left some 2.5 million dead, the ministry said.", set()),
    (
        "North Korea's first overseas war since the Korean War has cost it some 4,000 casualties, the NIS said.",
        {("casualties", 4000, "reported", False, "South Korea NIS")},
    ),
    # what delivered items can do describes them; what North Korea holds stays out
    (
        "Russia received 100 North Korean missiles capable of reaching Kyiv, the HUR said.",
        {("missiles", 100, "reported", False, "Ukraine HUR")},
    ),
    ("North Korea has about 100 missiles capable of reaching Kyiv, the HUR said.", set()),
    # a country that 'confirms' speaks, past an aside and an adverb
    (
        "Pyongyang, too, officially confirms that it sent troops to Russia.",
        {("troops", None, "reported", False, "North Korean government")},
    ),
    (
        "Moscow dismisses as groundless the Western allegations that Pyongyang is supplying Russia with ammunition.",
        {("ammunition", None, "denied", False, "Russian government")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round29_wordings(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected


_BEFORE = "The NIS said North Korea had sent about 11,000 troops. The JCS said about 300 had been killed.\n"


@pytest.mark.parametrize(
    "later",
    [
        # an impersonal passive names no one: not the speaker of the sentence before
        "Kim has not responded to President Donald Trump's statements about talks.\n- On January 22, it was "
        "reported that North Korea had been sending reinforcements to Russia for several months.",
        "Kim has not responded to the Pentagon's statements about talks.\nIt was reported last week that North "
        "Korea had sent another 2,000 soldiers.",
    ],
)
def test_it_was_reported_refers_to_no_one(later: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    found = _rows(_BEFORE + later, lexicon)
    assert {row for row in found if row[3]} in (
        {("troops", None, "reported", True, None)},
        {("troops", 2000, "reported", True, None)},
    )


def test_it_is_reported_still_refers_back(lexicon) -> None:  # type: ignore[no-untyped-def]
    # translated copy's present tense ('It is reported that') goes on with the source just named
    text = "The Pentagon said North Korea had 11,000 soldiers in Kursk. It is reported that another 3,000 followed."
    assert ("troops", 3000, "reported", True, "US Department of Defense") in _rows(text, lexicon)


def test_previous_developments_is_the_writers_recap(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Pentagon said North Korea had about 11,000 soldiers in Kursk.\nPrevious developments:\n"
        "North Korea sent another 2,000 soldiers in January."
    )
    assert _rows(text, lexicon) == {
        ("troops", 11000, "reported", False, "US Department of Defense"),
        ("troops", 2000, "reported", True, None),
    }


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        # bare estimates are no one's: the speaker before is not borrowed
        ("according to estimates at the time.", None),
        # ... while 'the estimates' are those just named
        ("according to the estimates.", "South Korea JCS"),
    ],
)
def test_according_to_estimates_borrows_only_when_definite(closing: str, source: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = _BEFORE + "North Korea first sent some 12,000 troops to Russia last autumn, " + closing
    assert ("troops", 12000, "reported", False, source) in _rows(text, lexicon)


@pytest.mark.parametrize("whose", ["the annual output of most NATO members", "the arsenals of several NATO members"])
def test_a_body_named_in_a_comparison_gives_no_figure(whose: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    text = f"Pyongyang has shipped Russia perhaps 12 million shells, more than {whose}."
    assert _rows(text, lexicon) == {("ammunition", 12000000, "reported", False, None)}


def test_an_output_that_is_the_whole_of_a_share_is_no_supply(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "About 60% of the 3 million shells produced by North Korea go to Russia, Budanov said."
    assert all(row[1] is None for row in _rows(text, lexicon))


def test_north_korea_heading_a_list_of_speakers_keeps_its_toll(lexicon) -> None:  # type: ignore[no-untyped-def]
    # (who speaks here is Seoul and Kyiv; the list rule must not make North Korea a speaker and lose the toll)
    rows = _rows("North Korea, Seoul and Kyiv say, has lost about 4,000 soldiers.", lexicon)
    assert {row[:4] for row in rows} == {("casualties", 4000, "reported", False)}
