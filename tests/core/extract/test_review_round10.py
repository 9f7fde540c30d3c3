"""Wording classes fixed in the tenth round, each with sentences written for it."""

from __future__ import annotations

from core.extract import extract_claims
from core.models import Article
from tests.core.extract.case_types import claim_keys

_claims = claim_keys


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


def test_the_source_said_is_the_source_named_before(lexicon) -> None:
    text = (
        "North Korea has shipped more shells to Russia, a South Korean military source said on Tuesday.\n\n"
        "Kim Jong Un also visited a missile plant, state media reported.\n\n"
        "Roughly 2,000 more North Korean soldiers left for Russia last month, the source added."
    )
    assert ("troops", 2000, "reported", "South Korean military source") in _claims(text, lexicon)


def test_the_source_said_with_no_source_before_is_whoever_spoke_before(lexicon) -> None:
    # as 'the spokesman said' is: a defector who told Daily NK is 'the source' of the next sentence
    text = (
        "A defector with relatives in the army told Daily NK that North Korea had sent a new unit to Russia.\n\n"
        "Roughly 2,000 more North Korean soldiers left for Russia last month, the source added."
    )
    assert ("troops", 2000, "reported", "Daily NK") in _claims(text, lexicon)


def test_the_think_tank_said_refers_back_to_the_one_named(lexicon) -> None:
    text = (
        "North Korea may send more soldiers to Russia, according to the Institute for the Study of War (ISW).\n\n"
        "The Washington-based think tank said Pyongyang had sent about 11,000 troops since October."
    )
    assert ("troops", 11000, "reported", "Institute for the Study of War (ISW)") in _claims(text, lexicon)


def test_a_think_tank_unnamed_is_no_one_named_before(lexicon) -> None:
    text = (
        "North Korea may send more soldiers to Russia, according to the Institute for the Study of War (ISW).\n\n"
        "A think tank in Seoul said Pyongyang had sent about 11,000 troops since October."
    )
    assert ("troops", 11000, "reported", None) in _claims(text, lexicon)


def test_officials_here_are_of_the_country_the_story_is_filed_from(lexicon) -> None:
    text = (
        "TOKYO - Pyongyang has sent about 1,200 more soldiers to Russia since January, a government source here said "
        "on Friday."
    )
    assert ("troops", 1200, "reported", "Japanese government source") in _claims(text, lexicon)


def test_officials_here_on_a_countrys_own_press(lexicon) -> None:
    article = Article(
        id="a",
        text="North Korea has sent about 1,200 more soldiers to Russia, officials here said on Friday.",
        language="en",
        url="https://en.yna.co.kr/view/AEN2025",
    )
    assert [c.source for c in extract_claims(article, lexicon) if c.value] == ["South Korean officials"]


def test_here_without_a_dateline_or_a_known_press_names_no_country(lexicon) -> None:
    text = "North Korea has sent about 1,200 more soldiers to Russia, officials here said on Friday."
    assert ("troops", 1200, "reported", None) in _claims(text, lexicon)


def test_a_group_named_after_what_it_is_speaks_by_its_name(lexicon) -> None:
    text = (
        "North Korea has sent howitzers to Russia.\n\n"
        "Volunteers at the open-source group Trackline said they had counted at least 16 North Korean howitzers on "
        "railcars near Omsk."
    )
    assert ("artillery", 16, "reported", "Trackline") in _claims(text, lexicon)


def test_an_outlet_named_after_what_it_is_reports_for_itself(lexicon) -> None:
    text = (
        "North Korea has sent troops to Russia.\n\n"
        "The Russian investigative outlet Sibirskaya Pravda reported that at least 60 North Korean soldiers had died "
        "in hospitals in Kursk."
    )
    assert ("casualties", 60, "reported", "Sibirskaya Pravda") in _claims(text, lexicon)


def test_a_described_group_named_in_passing_speaks_for_no_one(lexicon) -> None:
    text = (
        "North Korea has sent about 1,500 more soldiers to Russia, the NIS said, in a briefing that also mentioned "
        "the research group Trackline."
    )
    assert ("troops", 1500, "reported", "South Korea NIS") in _claims(text, lexicon)


def _incremental(text: str, lexicon) -> dict[tuple[str, object], bool]:
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    return {(c.category.value, c.value): c.incremental for c in claims}


def test_in_addition_to_the_same_item_is_an_addition(lexicon) -> None:
    text = "North Korea has shipped 4,000 soldiers to Russia in addition to the 11,000 deployed last autumn, HUR said."
    assert _incremental(text, lexicon)[("troops", 4000)] is True


def test_in_addition_to_another_item_is_no_addition(lexicon) -> None:
    # the schema: one more item is not an addition
    text = (
        "North Korea has shipped 60 howitzers to Russia, in addition to 30 rocket launchers delivered in May, HUR said."
    )
    assert _incremental(text, lexicon) == {("artillery", 60): False, ("rocket_launchers", 30): False}


def test_an_item_without_a_figure_in_addition_to_another_is_no_addition(lexicon) -> None:
    text = "North Korea has dispatched soldiers to Russia in addition to artillery shells, HUR said."
    assert _incremental(text, lexicon) == {("troops", None): False, ("ammunition", None): False}


def test_russian_specialists_helping_north_korea_give_it_know_how(lexicon) -> None:
    text = "Russian technicians are helping North Korea build attack drones near Pyongyang, the NIS said."
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.category.value, c.direction.value) for c in claims] == [("drones", "ru_to_nk")]


def test_the_eus_foreign_policy_chief_speaks_for_the_eu(lexicon) -> None:
    text = (
        "NATO has confirmed that North Korean troops are in Russia.\n\n"
        "The EU's foreign policy chief Josep Borrell said up to 12,000 North Korean soldiers had been sent, while the "
        "NATO chief said he could not confirm numbers."
    )
    assert ("troops", 12000, "reported", "EU (Borrell)") in _claims(text, lexicon)


# The second review's regressions of this round's rules, each fixed.


def test_the_source_named_as_a_supplier_is_no_speaker(lexicon) -> None:
    text = (
        "The NIS said on Wednesday that North Korea had sent about 11,000 troops to Russia. It added that North Korea "
        "had become the main source of Russia's shells, shipping some 9 million rounds."
    )
    assert ("ammunition", 9000000, "reported", "South Korea NIS") in _claims(text, lexicon)


def test_the_source_said_after_a_source_of_no_ones_is_no_ones(lexicon) -> None:
    text = (
        "A South Korean military source said North Korea had sent 3,000 more troops to Russia in January.\n\n"
        "A source familiar with the matter said some 150 North Korean soldiers had been captured. The source added "
        "that about 20 more were being held in Kyiv."
    )
    assert ("casualties", 20, "reported", None) in _claims(text, lexicon)


def test_the_same_sources_again_lead_back_to_whom_they_told(lexicon) -> None:
    text = (
        "Two diplomatic sources told Kyodo that North Korea had sent about 2,000 more troops to Russia.\n\n"
        "The sources said the soldiers would be sent to the Kursk front.\n\n"
        '"About 300 of them are artillery specialists," one of the sources said.'
    )
    assert ("troops", 300, "reported", "Japanese diplomatic sources (via Kyodo)") in _claims(text, lexicon)


def test_the_think_tank_left_unnamed_before_is_no_other_bodys(lexicon) -> None:
    text = (
        "Ukraine's Center for Strategic Communications said North Korea had sent about 11,000 troops to Russia.\n\n"
        "A Washington think tank estimated that about 200 North Korean howitzers had been sent. The think tank said "
        "about 100 more could follow."
    )
    assert ("artillery", 100, "planned", None) in _claims(text, lexicon)


def test_officials_here_named_with_their_country_keep_it(lexicon) -> None:
    text = "SEOUL - North Korea has sent about 2,000 more troops to Russia, US officials here said on Friday."
    assert ("troops", 2000, "reported", "US officials") in _claims(text, lexicon)


def test_the_last_dateline_before_is_where_officials_here_are(lexicon) -> None:
    text = (
        "Live updates: Russia's war in Ukraine\n\n"
        "KYIV - Ukrainian forces repelled attacks in the Kursk region overnight, the General Staff said.\n\n"
        "SEOUL - North Korea has sent about 2,000 more troops to Russia, military officials here said on Tuesday."
    )
    assert ("troops", 2000, "reported", "South Korean military officials") in _claims(text, lexicon)


def test_a_bodys_daily_briefing_is_no_outlet(lexicon) -> None:
    text = (
        "At the daily White House briefing, spokesman John Kirby said North Korea had sent about 10,000 troops to "
        "Russia."
    )
    assert ("troops", 10000, "reported", "White House (Kirby)") in _claims(text, lexicon)


def test_a_korean_daily_named_after_what_it_is_reports_for_itself(lexicon) -> None:
    text = "The South Korean daily Hanbit Ilbo reported that North Korea had sent about 2,000 more troops to Russia."
    assert ("troops", 2000, "reported", "Hanbit Ilbo") in _claims(text, lexicon)


def test_people_citing_sources_are_not_the_outlets(lexicon) -> None:
    text = (
        "A source in Rason told Daily NK that North Korea had sent a new unit to Russia.\n\n"
        "Defectors in Seoul say that, according to sources inside North Korea, about 1,000 North Korean soldiers "
        "have died in Russia."
    )
    assert ("casualties", 1000, "reported", None) in _claims(text, lexicon)


def test_a_source_on_an_outlets_own_page_is_its_reporting(lexicon) -> None:
    article = Article(
        id="a",
        text=(
            "Daily NK > News > Military\n\n"
            "North Korea picks soldiers for Russia\n\n"
            "About 800 soldiers from border units have been chosen for Russia, a source in Hyesan said on Monday."
        ),
        language="en",
        url="https://example.com/news/a",
    )
    assert [(c.value, c.source) for c in extract_claims(article, lexicon) if c.value] == [(800, "Daily NK")]


def test_an_unnamed_source_relayed_by_a_countrys_own_press_is_of_that_country(lexicon) -> None:
    text = "North Korea has sent about 2,000 more troops to Russia, Yonhap reported, citing a military source."
    assert ("troops", 2000, "reported", "South Korean military source (via Yonhap)") in _claims(text, lexicon)


def test_an_unnamed_source_relayed_by_a_wire_keeps_no_country(lexicon) -> None:
    text = "North Korea has sent about 2,000 more troops to Russia, a government source told Reuters."
    assert ("troops", 2000, "reported", "Reuters") in _claims(text, lexicon)


def test_a_government_official_in_a_datelined_story_is_of_its_country(lexicon) -> None:
    text = "SEOUL, March 3 - North Korea has sent about 2,000 more troops to Russia, a government official said."
    assert ("troops", 2000, "reported", "South Korean government official") in _claims(text, lexicon)


def test_a_figure_in_reports_a_body_has_not_commented_on_is_no_ones(lexicon) -> None:
    for text in (
        "The NIS has not commented on reports that North Korea sent about 2,000 more troops to Russia.",
        "Ukraine's HUR declined to confirm reports that North Korea had sent about 2,000 more troops to Russia.",
    ):
        assert ("troops", 2000, "reported", None) in _claims(text, lexicon)


def test_a_think_tank_in_a_capital_is_not_its_government(lexicon) -> None:
    text = (
        "The UN Panel of Experts said North Korea had shipped ballistic missiles to Russia.\n\n"
        "A Seoul think tank said about 150 KN-23 missiles had been sent."
    )
    assert ("missiles", 150, "reported", None) in _claims(text, lexicon)


def test_the_official_added_is_the_unnamed_official_of_before_not_a_named_speaker_between(lexicon) -> None:
    text = (
        "A senior US defense official said North Korea had sent about 10,000 troops to Russia.\n\n"
        "Zelensky said on Monday that 12,000 North Korean soldiers were in Kursk.\n\n"
        "The official added that about 500 North Korean soldiers had been killed."
    )
    assert ("casualties", 500, "reported", "US defense official") in _claims(text, lexicon)


def test_the_official_told_an_outlet_after_said_an_official(lexicon) -> None:
    text = (
        "North Korean missiles used to miss their targets in Ukraine. That has changed, said a Ukrainian intelligence "
        'official. "About 150 KN-23s have been delivered to Russia so far," the official told Reuters.'
    )
    assert ("missiles", 150, "reported", "Ukraine HUR (via Reuters)") in _claims(text, lexicon)


def test_the_officials_said_after_officials_warned(lexicon) -> None:
    text = (
        "Russia may hand fighter jets to North Korea in return for its troops, US officials warned. Pyongyang has "
        "sent about 12,000 soldiers, the officials said."
    )
    assert ("troops", 12000, "reported", "US officials") in _claims(text, lexicon)


def test_the_group_and_the_outlet_said_refer_back_to_those_named_after_what_they_are(lexicon) -> None:
    text = (
        "The monitoring group Railwatch said it had counted 1,000 containers of North Korean shells moving to "
        "Russia.\n\n"
        "Zelensky said 12,000 North Korean soldiers were in Kursk.\n\n"
        "The group said about 300 more containers of shells were waiting at Tumangang.\n\n"
        "The independent outlet Verstka reported that about 600 North Korean soldiers had been wounded. The outlet "
        "said about 200 had been killed."
    )
    claims = _claims(text, lexicon)
    assert ("ammunition", 300, "reported", "Railwatch") in claims
    assert ("casualties", 200, "reported", "Verstka") in claims


def test_the_group_numbering_soldiers_is_no_speaker(lexicon) -> None:
    text = (
        "The monitoring group Railwatch said North Korean troops had reached Kursk.\n\n"
        "The group of North Korean soldiers numbers about 1,000, Zelensky said."
    )
    assert ("troops", 1000, "reported", "Zelensky") in _claims(text, lexicon)


# The third review's findings on this round's rules, each fixed.


def test_an_outlet_only_mentioned_relays_no_source(lexicon) -> None:
    for text in (
        "A military source told Reuters that North Korea had sent about 3,000 more troops to Russia, twice the figure "
        "Yonhap gave last week.",
        "A security source said about 1,000 North Korean soldiers had been killed in Russia, a far higher toll than "
        "the one Ukrinform published.",
    ):
        assert all(source is None or ("South Korean" not in source and "Ukrainian" not in source)
                   for *_, source in _claims(text, lexicon))  # fmt: skip


def test_each_outlet_keeps_its_own_figure(lexicon) -> None:
    text = (
        "TASS reported that about 5,000 North Korean builders would arrive in Kursk, but a military source told "
        "Reuters that only about 1,000 had come."
    )
    claims = _claims(text, lexicon)
    assert ("troops", 5000, "planned", "TASS") in claims
    assert ("troops", 1000, "reported", "Reuters") in claims


def test_a_headline_with_a_dash_is_no_dateline(lexicon) -> None:
    text = (
        "NORTH KOREA - RUSSIA TIES\n\n"
        "North Korea has sent about 3,000 more troops to Russia, government sources said on Monday."
    )
    assert ("troops", 3000, "reported", None) in _claims(text, lexicon)


def test_the_defense_official_refers_back_to_the_one_named_before(lexicon) -> None:
    text = (
        "SEOUL, Jan. 5 (Yonhap) -- A U.S. defense official said North Korea had sent more troops to Russia. The "
        "defense official said about 3,000 had arrived in January."
    )
    assert ("troops", 3000, "reported", "US defense official") in _claims(text, lexicon)


def test_here_is_the_datelines_city_not_the_agency_credited(lexicon) -> None:
    text = (
        "WASHINGTON, Jan. 5 (Yonhap) -- North Korea has sent about 3,000 more troops to Russia, a military source "
        "here said."
    )
    assert ("troops", 3000, "reported", "US military source") in _claims(text, lexicon)


def test_a_body_that_declined_to_confirm_reports_still_speaks_for_its_own_figure(lexicon) -> None:
    text = (
        "The NIS, which declined to confirm reports that 3,000 more North Korean troops had left, said about 11,000 "
        "North Korean soldiers were in Russia."
    )
    claims = _claims(text, lexicon)
    assert ("troops", 11000, "reported", "South Korea NIS") in claims
    assert ("troops", 3000, "reported", None) in claims


def test_a_source_on_an_outlets_page_is_not_the_speaker_before(lexicon) -> None:
    article = Article(
        id="a",
        text=(
            "Daily NK > News\n\n"
            "North Korea has sent about 11,000 troops to Russia, the NIS said last year.\n\n"
            "A source in Hyesan said about 600 more North Korean soldiers left for Russia this month."
        ),
        language="en",
        url="https://example.com/news/a",
    )
    assert (600, "Daily NK") in [(c.value, c.source) for c in extract_claims(article, lexicon)]


def test_the_research_group_said_refers_back_to_a_body_named_by_the_article(lexicon) -> None:
    text = (
        "Conflict Armament Research said it had found North Korean parts in missiles fired by Russia.\n\n"
        "The research group said about 20 North Korean KN-23 missiles had been examined in Kharkiv."
    )
    assert ("missiles", 20, "reported", "Conflict Armament Research") in _claims(text, lexicon)


def test_officials_in_a_capital_keep_what_they_serve(lexicon) -> None:
    text = "North Korea has sent about 1,000 more troops to Russia, a military official in Kyiv told Yonhap."
    assert ("troops", 1000, "reported", "Ukrainian military official (via Yonhap)") in _claims(text, lexicon)


def test_sources_in_north_korea_are_people_there_not_its_state(lexicon) -> None:
    text = "North Korea has begun picking about 5,000 soldiers for Russia, sources in North Korea told Daily NK."
    assert [source for *_, source in _claims(text, lexicon)] == ["Daily NK"]


def test_ukraines_foreign_intelligence_service_is_not_its_military_intelligence(lexicon) -> None:
    text = (
        "According to Ukraine's Foreign Intelligence Service, North Korea has sent about 1,000 more troops to Russia."
    )
    assert ("troops", 1000, "reported", "Ukraine Foreign Intelligence Service") in _claims(text, lexicon)


# The final review's findings on full-length articles, each fixed.


def test_an_unnamed_official_given_a_country_stands_for_no_body_named_before(lexicon) -> None:
    text = (
        "The NIS said on Monday that North Korea had sent troops to Russia.\n\n"
        "Separately, the Chosun Ilbo reported that North Korea had sent about 2,000 more soldiers to Russia, citing "
        "a government official."
    )
    article = Article(id="a", text=text, language="en", url="https://www.chosun.com/english/a")
    sources = {c.value: c.source for c in extract_claims(article, lexicon)}
    assert sources[2000] == "South Korean government official (via Chosun Ilbo)"


def test_an_intelligence_official_in_a_story_on_the_spy_agency_is_the_agencys(lexicon) -> None:
    text = (
        "SEOUL, Jan. 5 (Yonhap) -- The NIS briefed lawmakers on North Korea's troops in Russia on Monday.\n\n"
        '"North Korea is also expected to send about 15,000 workers," an intelligence official said.'
    )
    assert ("workers", 15000, "planned", "South Korea NIS") in _claims(text, lexicon)


def test_a_source_in_north_korea_is_an_informant_not_its_state(lexicon) -> None:
    text = (
        "North Korea dispatched another 1,500 soldiers to Russia in April, a military source in North Korea told "
        "Daily NK."
    )
    assert ("troops", 1500, "reported", "Daily NK") in _claims(text, lexicon)


def test_a_source_in_a_capital_is_of_its_country(lexicon) -> None:
    text = (
        "Kyodo News reported that Russia would send air defence systems to North Korea.\n\n"
        "A government source in Seoul told the Japanese agency that North Korea had sent about 2,000 more soldiers "
        "to Russia."
    )
    assert ("troops", 2000, "reported", "South Korean government source") in _claims(text, lexicon)


def test_a_live_pages_dateline_is_its_entrys(lexicon) -> None:
    text = (
        "Live: Russia's war in Ukraine\n\n"
        "KYIV - Ukrainian forces repelled attacks in the Kursk region overnight, the General Staff said.\n\n"
        "SEOUL - South Korea's spy agency said North Korea was preparing to send more troops to Russia.\n\n"
        "About 3,000 North Korean soldiers have been killed so far, a military source said."
    )
    assert ("casualties", 3000, "reported", None) in _claims(text, lexicon)


def test_a_state_news_agency_citing_a_source_reports_for_itself(lexicon) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov declined to say how many North Korean soldiers had taken part.\n\n"
        "The state news agency TASS, citing a source in the security services, said about 600 North Korean engineers "
        "would be sent to Russia."
    )
    assert ("troops", 600, "planned", "TASS") in _claims(text, lexicon)


def test_a_measure_after_in_addition_to_is_the_same_item(lexicon) -> None:
    text = (
        "North Korea has shipped 40 more howitzers to Russia, in addition to the roughly 200 pieces sent last year, "
        "the JCS said."
    )
    assert _incremental(text, lexicon)[("artillery", 40)] is True


def test_russian_experts_who_speak_give_north_korea_nothing(lexicon) -> None:
    text = (
        "Russian military experts said North Korea had supplied Russia with about 3 million shells, most of them "
        "produced in North Korea."
    )
    claims = extract_claims(Article(id="a", text=text, language="en"), lexicon)
    assert [(c.value, c.direction.value) for c in claims if c.value] == [(3000000, "nk_to_ru")]


def test_an_unnamed_official_stands_only_for_a_body_of_what_he_serves(lexicon) -> None:
    text = (
        "The JCS said on Monday that North Korea had sent troops to Russia.\n\n"
        "About 2,000 more North Korean soldiers have left, a South Korean government official said. About 300 of "
        "them are engineers, a South Korean military official said."
    )
    claims = _claims(text, lexicon)
    assert ("troops", 2000, "reported", "South Korean government official") in claims
    assert ("troops", 300, "reported", "South Korea JCS") in claims


def test_a_military_official_in_a_capital_is_no_body_named_before(lexicon) -> None:
    text = (
        "Ukraine's HUR said North Korean troops were in Kursk.\n\n"
        "North Korea has sent about 1,000 more troops to Russia, a military official in Kyiv told Yonhap."
    )
    assert ("troops", 1000, "reported", "Ukrainian military official (via Yonhap)") in _claims(text, lexicon)


def test_an_outlet_named_after_what_it_is_that_reports_speaks(lexicon) -> None:
    text = (
        "North Korea has sent troops to Russia. About 600 North Korean soldiers have been wounded, the independent "
        "outlet Verstka reports."
    )
    assert ("casualties", 600, "reported", "Verstka") in _claims(text, lexicon)


def test_a_bare_ministry_issuing_a_release_on_a_countrys_own_site_is_that_countrys(lexicon) -> None:
    text = (
        "Latest Defence Intelligence update on the situation in Ukraine\n"
        "From: Ministry of Defence\n\n"
        "North Korean forces in Kursk have highly likely suffered over 1,000 casualties in the past week alone."
    )
    on_gov_uk = Article(id="a", text=text, language="en", url="https://www.gov.uk/government/news/update")
    anywhere = Article(id="b", text=text, language="en", url="https://example.org/update")
    assert [c.source for c in extract_claims(on_gov_uk, lexicon) if c.value] == ["UK Ministry of Defence"]
    assert [c.source for c in extract_claims(anywhere, lexicon) if c.value] == [None]


# A last read of the round's change found these; each fixed.


def test_anti_government_sources_are_no_governments(lexicon) -> None:
    text = "SEOUL, March 3 - North Korea has sent about 2,000 more troops to Russia, anti-government sources said."
    assert all(source is None or "government" not in source for *_, source in _claims(text, lexicon))


def test_a_bodys_daily_tally_names_no_outlet(lexicon) -> None:
    text = (
        "About 30 North Korean soldiers fighting for Russia were killed on Tuesday, according to the daily Ukrainian "
        "General Staff tally."
    )
    assert ("casualties", 30, "reported", "Ukraine General Staff") in _claims(text, lexicon)


def test_shells_sent_daily_are_still_a_rate(lexicon) -> None:
    text = "North Korea has been shipping 10,000 shells daily as Ukraine's military reported in March."
    assert not [value for _, value, *_ in _claims(text, lexicon) if value]


def test_someone_who_told_officials_is_no_official(lexicon) -> None:
    text = (
        "A senior US defense official said North Korea had sent about 10,000 troops to Russia.\n\n"
        "Zelensky told US officials on Monday that Kyiv needed more air defence.\n\n"
        "About 3,000 more North Korean soldiers have arrived in Kursk, the official said."
    )
    assert ("troops", 3000, "reported", "US defense official") in _claims(text, lexicon)


def test_a_group_of_soldiers_is_no_group_that_speaks(lexicon) -> None:
    text = (
        "The monitoring group Railwatch said North Korean trains had carried shells to Russia.\n\n"
        "A group of 1,500 North Korean soldiers arrived in Kursk, the NIS said.\n\n"
        "The group said about 300 more containers of shells were waiting at Tumangang."
    )
    assert ("ammunition", 300, "reported", "Railwatch") in _claims(text, lexicon)


def test_officials_who_put_a_figure_at_a_number_speak(lexicon) -> None:
    text = "North Korea has sent troops to Russia. Officials in Seoul put North Korean casualties at about 3,000."
    assert ("casualties", 3000, "reported", "South Korean officials") in _claims(text, lexicon)
