"""Wording classes fixed in the nineteenth round, each with sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract_claims
from core.models import Article, Claim


def _claims(text: str, lexicon) -> list[Claim]:  # type: ignore[no-untyped-def]
    return extract_claims(Article(id="a", text=text, language="en"), lexicon)


def _sources(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category, value and source of every claim."""
    return {(c.category.value, c.value, c.source) for c in _claims(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a capital confirming or acknowledging speaks for its government, whatever stands between
        ("Moscow confirmed that 1,000 North Korean soldiers had arrived in Kursk.", "Russian government"),
        ("Moscow confirmed on Monday that some 1,000 North Korean soldiers had arrived.", "Russian government"),
        ("Pyongyang acknowledged that it had sent 1,000 soldiers to Russia.", "North Korean government"),
        (
            "Pyongyang acknowledged for the first time that it had sent 1,000 soldiers to Russia.",
            "North Korean government",
        ),
        # (guards: the same capitals with other verbs, as before)
        ("Pyongyang confirmed it had sent 1,000 soldiers to Russia.", "North Korean government"),
        ("Moscow said that 1,000 North Korean soldiers had arrived in Kursk.", "Russian government"),
    ],
)
def test_capital_confirming_is_its_government(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _sources("North Korea sends troops to Russia\n" + text, lexicon)} == {source}


def _figures(text: str, lexicon) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Category and value of every claim with a figure."""
    return {(c.category.value, c.value) for c in _claims(text, lexicon) if c.value is not None}


@pytest.mark.parametrize(
    "text",
    [
        # a purpose clause naming the losses the troops make up for: the figure counts troops
        "North Korea has sent about 3,000 more troops to Russia to replace soldiers who were killed and wounded.",
        "Some 1,500 fresh troops have arrived in Russia to replace the killed and wounded North Korean soldiers.",
        "Pyongyang sent 3,000 soldiers to Russia to make up for its dead and wounded in Kursk, the JCS said.",
        "North Korea dispatched 3,000 soldiers to Russia to replenish units that lost men in Kursk.",
        # (guard: as before)
        "North Korea sent 3,000 soldiers to Russia to replace those killed, the JCS said.",
    ],
)
def test_troops_sent_to_replace_losses(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {cat for cat, _ in _figures(text, lexicon)} == {"troops"}


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # (guards: the losses themselves counted)
        ("About 3,000 North Korean soldiers have been killed or wounded in Kursk, the JCS said.", "killed_or_wounded"),
        ("North Korea has lost 300 soldiers killed and 2,700 wounded in Russia, the NIS said.", "killed"),
    ],
)
def test_losses_counted_stay_casualties(text: str, subtype: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(text, lexicon) if c.value is not None]
    assert claims and claims[0].category.value == "casualties" and claims[0].subtype == subtype


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a surname the gazetteer knows, after another given name: a namesake, named by surname
        (
            "Yuriy Belousov, head of the war crimes department of Ukraine's Prosecutor General's Office, said Russia "
            "had fired about 50 North Korean missiles.",
            "Belousov",
        ),
        ("Sergiy Budanov, a Russian lawmaker, said about 50 North Korean missiles had reached Russia.", "Budanov"),
        # (guards: the gazetteer's people, by given name in any spelling, by title or rank, or alone)
        (
            "Andrey Belousov said Russia had received about 50 North Korean missiles.",
            "Russia Ministry of Defense (Belousov)",
        ),
        (
            "Defence Minister Belousov said Russia had received about 50 North Korean missiles.",
            "Russia Ministry of Defense (Belousov)",
        ),
        ("Lt Gen Budanov said Russia had received about 50 North Korean missiles.", "Ukraine HUR (Budanov)"),
        ("Kirill Budanov said Russia had received about 50 North Korean missiles.", "Ukraine HUR (Budanov)"),
        ("On Monday Budanov said Russia had received about 50 North Korean missiles.", "Ukraine HUR (Budanov)"),
    ],
)
def test_namesake_of_a_known_person(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources("Missiles for Russia\n" + text, lexicon) == {("missiles", 50, source)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North Korea's ports and border crossing name it where an imagery report names nothing else
        (
            "Satellite images show munitions-type containers stacked on the pier.\n"
            "We estimate no fewer than 16,500 containers have left Rajin for Russia since August 2023.",
            {("ammunition", 16500)},
        ),
        (
            "Traffic on the route keeps its pace.\n"
            "At least 3,000 containers have left Najin for the Russian port of Vostochny since June.",
            {("ammunition", 3000)},
        ),
        # a count per call, voyage or train is no total
        (
            "North Korean munitions keep flowing to Russia.\n"
            "The vessels shuttle between Rajin and Dunai, loading between 100 and 250 containers per port call.",
            set(),
        ),
        # (guards: the port as a destination of other cargo, or a place visited)
        ("Russia and North Korea trade grain.\nAbout 500 containers of Russian wheat left Vostochny for Rajin.", set()),
        ("Russia and North Korea resume tourism.\nAbout 3,000 Chinese tourists visited Rason this summer.", set()),
    ],
)
def test_north_korean_ports_name_the_country(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _figures("Rajin port report\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # 'listed as missing' and machine English's 'has become casualty' count losses
        ("Some 300 North Korean soldiers are listed as missing in action in Kursk, HUR said.", "missing"),
        ("The register also lists 38 North Korean soldiers as missing, according to the outlet.", "missing"),
        ("The NIS estimate that 4,700 of North Korean soldier has become casualty until now.", "killed_or_wounded"),
        # (guard: 'as' opening a clause of its own still ends the figure's predicate)
        ("North Korea sent 300 soldiers to Russia as losses mounted in Kursk, HUR said.", None),
    ],
)
def test_missing_and_singular_casualty(text: str, subtype: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims("North Korean troops in Russia\n" + text, lexicon) if c.value is not None]
    assert len(claims) == 1
    assert (claims[0].category.value, claims[0].subtype) == (
        ("casualties", subtype) if subtype else ("troops", claims[0].subtype)
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # waiting for a delivery is a plan
        ("Russia is waiting for a new batch of about 40 KN-23 missiles from Pyongyang, HUR said.", "planned"),
        ("Russia awaits 500,000 more shells from North Korea this spring, Ukrainian intelligence said.", "planned"),
        # (guard: what was fired while waiting)
        ("Russia fired 40 North Korean KN-23 missiles while waiting for new deliveries, HUR said.", "reported"),
    ],
)
def test_waiting_for_a_delivery(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims("Missiles\n" + text, lexicon) if c.value is not None} == {status}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # whose estimates they are: 'estimates from', 'figures from'
        (
            "According to estimates from South Korea and Ukraine, about 14,000 North Korean troops have been sent to "
            "Russia.",
            "South Korean and Ukrainian governments",
        ),
        (
            "According to estimates from South Korea, about 14,000 North Korean troops have been sent to Russia.",
            "South Korean government",
        ),
        (
            "Figures from Kyiv put the number of North Korean troops sent to Russia at about 14,000.",
            "Ukrainian government",
        ),
        (
            "South Korea and Ukraine estimate that about 14,000 North Korean troops have been sent to Russia.",
            "South Korean and Ukrainian governments",
        ),
        # an official in a country's body speaks for the body, relayed or not
        (
            "Russia has fired about 14,000 North Korean shells, a senior official in Ukraine's Prosecutor General's "
            "Office said.",
            "Ukraine Prosecutor General's Office",
        ),
        (
            "Russia has fired about 14,000 North Korean shells, a senior official in Ukraine's prosecutor's office "
            "told Reuters.",
            "Ukraine Prosecutor General's Office (via Reuters)",
        ),
        # (guards: officials in a country, and a body's official, as before)
        ("Russia has fired about 14,000 North Korean shells, officials in Ukraine said.", "Ukrainian officials"),
        (
            "Russia has fired about 14,000 North Korean shells, a senior official in Ukraine's defence ministry said.",
            "Ukraine Ministry of Defense",
        ),
    ],
)
def test_whose_estimates_and_officials_of_a_body(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {s for *_, s in _sources("North Korea and Russia\n" + text, lexicon)} == {source}


@pytest.mark.parametrize(
    ("text", "source", "period"),
    [
        # an estimate revised upward: the new figure, the reviser's
        (
            "Seoul has again revised upward its estimate of North Korean troops deployed to Russia, with the "
            "government now saying more than 11,000 soldiers are in the country.",
            "South Korean government",
            None,
        ),
        (
            "The NIS revised its estimate of North Korean troops in Russia upward to more than 11,000.",
            "South Korea NIS",
            None,
        ),
        # (guards: the figure revised from is the earlier one)
        (
            "The NIS revised the figure of 10,000 North Korean troops in Russia it gave in October.",
            "South Korea NIS",
            "as of an earlier date (earlier estimate)",
        ),
    ],
)
def test_estimate_revised_upward(text: str, source: str, period: str | None, lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims("North Korea and Russia\n" + text, lexicon) if c.value is not None]
    assert [(c.source, c.period) for c in claims] == [(source, period)]


def test_a_place_based_organisation_is_named_without_its_place(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        'North Korea and Russia\n"Russia could supply Pyongyang with about 20 fighter jets," said Han Min-soo, a '
        "researcher at the Seoul-based Institute for Peninsula Studies."
    )
    assert _sources(text, lexicon) == {("vehicles", 20, "Institute for Peninsula Studies (Han Min-soo)")}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # more of what was counted, planned, the noun left out, in the same sentence or the next
        ("The NIS said 11,000 troops had been sent to Russia and that Pyongyang was likely to send more.", "troops"),
        ("North Korea has sent 11,000 troops to Russia, the NIS said. It expects Pyongyang to send more.", "troops"),
        (
            "Russia has fired about 60 North Korean KN-23 missiles, Ukrainian officials said. They expect Pyongyang to "
            "ship more soon.",
            "missiles",
        ),
    ],
)
def test_plan_to_send_more_of_the_item_counted(text: str, category: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    more = [c for c in _claims("North Korea and Russia\n" + text, lexicon) if c.value is None]
    assert [(c.category.value, c.status.value, c.incremental) for c in more] == [(category, "planned", True)]


@pytest.mark.parametrize(
    "text",
    [
        # (guards: 'more than' a figure, more losses, and more sent already)
        "North Korea sent 11,000 troops and will send more than 5,000 workers, the NIS said.",
        "About 300 North Korean soldiers have been killed, the NIS said. It expects the fighting to kill more.",
        "North Korea has sent 11,000 troops to Russia, the NIS said. It has since sent more.",
    ],
)
def test_no_plan_of_more_where_none_is_left_out(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in _claims("North Korea and Russia\n" + text, lexicon) if c.value is None] == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # reports dismissed by a pronoun, or called a lie unquoted: a denial of the item reported
        (
            "When reports of North Korean troops in Russia surfaced, Kremlin spokesman Dmitry Peskov dismissed them as "
            "another fake.",
            "denied",
        ),
        ("Kremlin spokesman Dmitry Peskov called the reports of North Korean soldiers in Russia a hoax.", "denied"),
        # (guard: a claim the other side dismisses stays its reporter's)
        ("North Korea has sent troops to Russia, Seoul said; Moscow dismissed it as a provocation.", "reported"),
    ],
)
def test_reports_dismissed_or_called_a_lie(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims("North Korea and Russia\n" + text, lexicon)} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round of a deployment or of talks is no ammunition
        ("North Korean troops were dispatched to Russia in two rounds, the NIS said.", set()),
        ("North Korea will send a third round of deployment of troops to Russia, the NIS said.", set()),
        # (guard: rounds fired or shipped)
        (
            "North Korea has shipped 3 million rounds of artillery ammunition to Russia, the NIS said.",
            {("ammunition", 3_000_000)},
        ),
    ],
)
def test_rounds_that_are_no_ammunition(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = _claims("North Korea and Russia\n" + text, lexicon)
    assert {(c.category.value, c.value) for c in claims if c.category.value == "ammunition"} == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a headline's hedged round figure restates the body's closer count, or its range's top
        (
            "Budanov: Russia received nearly 150 North Korean missiles last year\n"
            "Russia received 148 North Korean ballistic missiles last year, Budanov said.",
            {148},
        ),
        (
            "North Korea could send up to 30,000 more troops to Russia, Ukraine believes\n"
            "Ukraine's HUR said Pyongyang could send another 25,000 to 30,000 soldiers.",
            {25000},
        ),
        # (guards: a headline's own sum, and figures further apart, are claims of their own)
        (
            "N. Korean casualties in Russia's war top 3,000: NIS\n"
            "About 300 North Korean soldiers have been killed and 2,700 wounded in Russia, the NIS said.",
            {300, 2700, 3000},
        ),
        (
            "Russia supplied some 100,000 barrels of oil to N. Korea last year\n"
            "Russia is believed to have supplied 105,845 barrels of refined petroleum to North Korea last year.",
            {100000, 105845},
        ),
    ],
)
def test_headline_rounding_the_body(text: str, values: set[int], lexicon) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="a", title=text.split("\n")[0], text=text, language="en")
    assert {c.value for c in extract_claims(article, lexicon) if c.value is not None} == values


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Russian and North Korean copy's names for North Korea's soldiers
        (
            "Shoigu described the participation of Korean servicemen in the liberation of the Kursk Region as a feat.",
            "Russia Security Council (Shoigu)",
        ),
        ("Putin thanked the Korean fighters who took part in the liberation of the Kursk region.", "Putin"),
        ("Subunits of the KPA had been sent to Russia under the treaty, KCNA said.", "North Korean government"),
    ],
)
def test_korean_servicemen_in_russian_copy(text: str, source: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _sources("Kursk operation\n" + text, lexicon) == {("troops", None, source)}


def test_south_korean_servicemen_are_not_north_koreas(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Kursk operation\nSouth Korean servicemen will observe the fighting in Ukraine, as Russia keeps attacking."
    assert _claims(text, lexicon) == []


@pytest.mark.parametrize(
    "text",
    [
        # drones the troops in Russia are taught or grow skilled to use: no supply
        "Budanov said North Korean troops were in Kursk, where Russian instructors were teaching them to fly drones.",
        "North Korean soldiers in Kursk have become better at using drones through combat experience, the JCS said.",
        "Russian officers instructed the North Korean troops in Kursk how to operate drones, Ukraine's HUR said.",
    ],
)
def test_drones_the_troops_learn_to_use(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.category.value for c in _claims("North Korea and Russia\n" + text, lexicon)} <= {"troops"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # help with North Korea's own items is know-how Russia gives
        (
            "In return, Russia is helping North Korea with its missiles, Budanov said.",
            {("technology_transfer", "ru_to_nk", "reported")},
        ),
        (
            "Pyongyang is counting on Russian help with missile and space technologies, Yusov said.",
            {("technology_transfer", "ru_to_nk", "planned")},
        ),
        # (guard: North Korea's help to Russia with items is the items)
        (
            "North Korea is helping Russia with artillery shells, the NIS said.",
            {("ammunition", "nk_to_ru", "reported")},
        ),
    ],
)
def test_help_with_north_koreas_own_items(text: str, expected: set[tuple[str, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = _claims("North Korea and Russia\n" + text, lexicon)
    assert {(c.category.value, c.direction.value, c.status.value) for c in claims} == expected


def test_a_range_of_metres_in_words_is_no_count(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea and Russia\nThe missiles that used to miss by hundreds of meters now hit within fifty to a "
        "hundred meters, Skibitskyi said of the North Korean KN-23s fired by Russia."
    )
    assert [c.value for c in _claims(text, lexicon)] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vow or pledge to send is a plan
        ("Kim vowed to send 6,000 more soldiers to Russia, the NIS said.", {("troops", 6000, "planned")}),
        ("Pyongyang pledges to send 6,000 builders to Russia, Shoigu says.", {("troops", 6000, "planned")}),
        # units of North Korea's army, however named
        ("Units of the DPRK army fought in Kursk, Gerasimov said.", {("troops", None, "reported")}),
        (
            "Units of the North Korean army have been sent to Russia, the commission said.",
            {("troops", None, "reported")},
        ),
    ],
)
def test_vows_and_army_units(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {
        (c.category.value, c.value, c.status.value) for c in _claims("North Korea and Russia\n" + text, lexicon)
    } == (expected)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # what came from Russia goes to North Korea
        (
            "Anti-aircraft missiles for Pyongyang's air defence have been delivered from Russia, the NIS said.",
            "ru_to_nk",
        ),
        # (guard: from Russia's ports to the front)
        (
            "North Korean shells delivered from Russia's Far East ports reach the front within days, HUR said.",
            "nk_to_ru",
        ),
    ],
)
def test_delivered_from_russia(text: str, direction: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.direction.value for c in _claims("North Korea and Russia\n" + text, lexicon)} == {direction}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # 'likely' inferring what happened is no plan
        (
            "The rail traffic likely indicates North Korea's supply of artillery shells to Russia, CSIS said.",
            "reported",
        ),
        ("The debris most likely came from North Korean KN-23 missiles supplied to Russia, HUR said.", "reported"),
        # (guard: likely to send)
        ("North Korea is likely to send more than 10,000 troops to Russia, the NIS said.", "planned"),
    ],
)
def test_likely_as_inference(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims("North Korea and Russia\n" + text, lexicon)} == {status}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # (guards from the review of the round's rules)
        # a headline's figure from another country's voice, or of another status, stays its own
        (
            "Zelensky: some 4,000 North Korean troops killed or wounded in Kursk\n"
            "The NIS said about 3,900 North Korean soldiers had been killed or wounded in Kursk.",
            {4000, 3900},
        ),
        (
            "North Korea may send up to 3,000 more troops to Russia, Seoul says\n"
            "North Korea has already sent between 2,000 and 3,000 soldiers to Russia, the JCS said.",
            {3000, 2000},
        ),
        # ... a headline's relaying outlet is the body's relay
        (
            "North Korea rotates troops: up to 2,000 new soldiers arrive in Russia - Yonhap\n"
            "North Korea has sent between 1,000 and 2,000 new soldiers to Russia, the JCS said, according to Yonhap.",
            {1000},
        ),
        # a year before a plural scale is a year; a load per trip is no total
        ("North Korea and Russia\nIn 2024 thousands North Korean soldiers were sent to Russia, the NIS said.", set()),
        ("North Korea and Russia\nRussian ships made 20 trips from Rajin, each carrying about 300 containers.", set()),
    ],
)
def test_round19_rules_misfire_guards(text: str, values: set[int], lexicon) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="a", title=text.split("\n")[0], text=text, language="en")
    assert {c.value for c in extract_claims(article, lexicon) if c.value is not None} == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards from the review of the round's rules)
        # waiting for something else; the item delivered
        (
            "Pyongyang is waiting for payment for the 2 million shells it shipped to Russia, the NIS said.",
            {("ammunition", "reported")},
        ),
        (
            "Kyiv is waiting for a response from Seoul after North Korea sent 3,000 more troops to Russia.",
            {("troops", "reported")},
        ),
        # doubt about more, or a denial of plans
        (
            "North Korea has sent 11,000 troops to Russia, the NIS said. It is unclear whether Pyongyang will "
            "send more.",
            {("troops", "reported")},
        ),
        (
            "North Korea has sent 11,000 troops to Russia but denied any plans to send more, the NIS said.",
            {("troops", "reported")},
        ),
        # dismissed as something other than false
        (
            "North Korean units suffered casualties in Kursk, but commanders dismissed them as minor, HUR said.",
            {("casualties", "reported")},
        ),
    ],
)
def test_round19_status_misfire_guards(text: str, expected: set[tuple[str, str]], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = _claims("North Korea and Russia\n" + text, lexicon)
    assert {(c.category.value, c.status.value) for c in claims} == expected


def test_estimates_compared_lend_no_source(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea and Russia\nZelensky put North Korean losses at 4,000, well above estimates from South Korea."
    assert _sources(text, lexicon) == {("casualties", 4000, "Zelensky")}


def test_permanent_representative_to_the_un(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea and Russia\nUkraine's Permanent Representative to the United Nations, Andrii Melnyk, said North "
        "Korean forces fighting for Russia had suffered more than 6,000 killed and wounded."
    )
    assert ("casualties", 6000, "Ukraine UN representative (Melnyk)") in _sources(text, lexicon)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a question dismissed is no denial; insinuations rejected are
        (
            "Peskov dismissed a question about the number of North Korean troops, saying only that the Korean soldiers "
            "had fought bravely in the Kursk region.",
            "reported",
        ),
        (
            'Zakharova said: "We categorically reject the insinuations about Russian deliveries of air defence systems '
            'to the DPRK."',
            "denied",
        ),
        ("Peskov dismissed a report that North Korean troops were fighting in Kursk.", "denied"),
    ],
)
def test_what_is_dismissed_or_rejected(text: str, status: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {c.status.value for c in _claims("North Korea and Russia\n" + text, lexicon)} == {status}


@pytest.mark.parametrize(
    "text",
    [
        # a share of the troops killed, told after them, leaves the troops counted
        "The NIS said North Korea had sent about 15,000 troops to Russia and that a third of them have been killed.",
        "North Korea has sent about 15,000 soldiers to Russia, most of whom have been killed or wounded, the NIS said.",
    ],
)
def test_troops_then_a_share_of_them_lost(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {(c.category.value, c.value) for c in _claims("North Korea and Russia\n" + text, lexicon) if c.value} == {
        ("troops", 15000)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards from the second review of the round's rules)
        # a vow or hope of something else leaves what was sent reported
        (
            "Kim vowed to continue backing Moscow after North Korea sent 11,000 troops to Russia last year.",
            {("troops", "reported", "nk_to_ru")},
        ),
        (
            "Ukraine is counting on help from South Korea after North Korea shipped 50 missiles to Russia.",
            {("missiles", "reported", "nk_to_ru")},
        ),
        # shipped from Russia to a third country
        (
            "Weapons shipped from Russia to Iran included drones built with North Korean help.",
            {("drones", "reported", "nk_to_ru")},
        ),
    ],
)
def test_round19_second_review_guards(text: str, expected: set[tuple[str, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    claims = _claims("North Korea and Russia\n" + text, lexicon)
    assert {(c.category.value, c.status.value, c.direction.value) for c in claims} == expected
