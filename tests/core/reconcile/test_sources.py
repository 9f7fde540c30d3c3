"""The source string parsed into origin, person and relay; independent authorities among origins."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.reconcile.sources import SourceParts, country_of, independent_origins, parse_source

CASES_FORMS = [
    pytest.param("South Korea NIS", SourceParts("South Korea NIS"), id="org"),
    pytest.param("Ukraine HUR (Budanov)", SourceParts("Ukraine HUR", "Budanov"), id="org-person"),
    pytest.param("Zelensky", SourceParts("Zelensky"), id="person-alone-is-the-origin"),
    pytest.param("South Korea NIS (via Yonhap)", SourceParts("South Korea NIS", None, "Yonhap"), id="org-via"),
    pytest.param(
        "South Korea Ministry of National Defense (Shin Won-sik) (via Reuters)",
        SourceParts("South Korea Ministry of National Defense", "Shin Won-sik", "Reuters"),
        id="org-person-via",
    ),
    pytest.param(
        "Multilateral Sanctions Monitoring Team (MSMT)",
        SourceParts("Multilateral Sanctions Monitoring Team (MSMT)"),
        id="a-bracketed-acronym-is-the-org-s-own",
    ),
    pytest.param("  South  Korea NIS  (via   AP) ", SourceParts("South Korea NIS", None, "AP"), id="spacing"),
    pytest.param("(via Reuters)", SourceParts("Reuters"), id="relay-alone-is-the-origin"),
    pytest.param(None, None, id="unattributed"),
    pytest.param("   ", None, id="blank"),
]


@pytest.mark.parametrize(("text", "expected"), CASES_FORMS)
def test_source_forms(text: str | None, expected: SourceParts | None) -> None:
    assert parse_source(text) == expected


@given(st.text(max_size=80))
def test_any_text_parses_or_is_unattributed(text: str) -> None:
    parts = parse_source(text)
    assert parts is None or (parts.origin.strip() == parts.origin and parts.origin)


CASES_INDEPENDENCE = [
    pytest.param(
        {"South Korea Ministry of National Defense": 3, "South Korean government": 1},
        ["South Korea Ministry of National Defense"],
        id="generic-government-folds-into-its-agency",
    ),
    pytest.param(
        {"South Korea NIS": 3, "Ukraine HUR": 3},
        ["South Korea NIS", "Ukraine HUR"],
        id="two-countries-two-authorities",
    ),
    pytest.param(
        {"US government": 1, "South Korea NIS": 3}, ["South Korea NIS", "US government"], id="other-country-generic"
    ),
    pytest.param({"Yonhap": 0, "South Korea NIS": 3}, ["South Korea NIS"], id="an-outlet-is-no-authority"),
    pytest.param({"South Korean government": 1}, ["South Korean government"], id="generic-alone-counts"),
]


@pytest.mark.parametrize(("origins", "expected"), CASES_INDEPENDENCE)
def test_independent_origins(origins: dict[str, int], expected: list[str]) -> None:
    assert independent_origins(origins) == expected


def test_country_of_reads_the_front_of_the_name() -> None:
    assert country_of("South Korean government") == country_of("South Korea JCS") == "south korea"
    assert country_of("Ukrainian government") == country_of("Ukraine HUR") == "ukraine"
    assert country_of("ISW") is None
