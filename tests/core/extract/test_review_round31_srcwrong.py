"""Who said it, round thirty-one (wrong sources), each defect with sentences written for it: the intelligence of a
list of countries ('intelligence from the US, Ukraine and South Korea puts ...', 'intelligence services in Seoul,
Kyiv and Washington estimate ...') is their intelligence, all of them, not their governments nor the last two; and
'the report' further on is not that of a body whose end a sentence tells ('after Russia's veto killed the UN panel of
experts'), but that of the body named before; and 'the country's' body cited by a country's agency ('South Korean
agency Yonhap, citing the country's intelligence service') is that country's, relayed; and lawmakers told in a
briefing ('South Korean lawmakers were told on Tuesday, as first reported by Yonhap') relay their country's service,
named in the article beside others' ('the HUR'); Ukraine's National Resistance Center is also 'the Center of National
Resistance' (a translation the gazetteer did not know)."""

from __future__ import annotations

import pytest

from tests.core.extract.on_the_beat import rows as _rows

_SENT = "12,000 North Korean soldiers"

CASES: list[tuple[str, set[tuple[object, ...]]]] = [
    # the intelligence of three countries as the subject: all three, and their intelligence
    (
        "Intelligence from the United States, Ukraine and South Korea puts the number of North Korean soldiers in "
        "Russia at 12,000.",
        {("troops", 12000, "reported", False, "US, Ukrainian and South Korean intelligence")},
    ),
    # ... with its estimates, the countries by their capitals
    (
        "Intelligence estimates from Washington, Kyiv and Seoul put the number of North Korean soldiers in Russia "
        "at 12,000.",
        {("troops", 12000, "reported", False, "US, Ukrainian and South Korean intelligence")},
    ),
    # ... its services, the countries by name
    (
        f"Intelligence services in the US, Ukraine and South Korea estimate that {_SENT} are in Russia.",
        {("troops", 12000, "reported", False, "US, Ukrainian and South Korean intelligence")},
    ),
    # ... two countries, after a time put first
    (
        "In January, intelligence from the United States and South Korea put the number of North Korean soldiers "
        "in Russia at 12,000.",
        {("troops", 12000, "reported", False, "US and South Korean intelligence")},
    ),
    # near miss: estimates (no intelligence) of two countries stay their governments'
    (
        "Estimates from the United States and South Korea put the number of North Korean soldiers in Russia at 12,000.",
        {("troops", 12000, "reported", False, "US and South Korean governments")},
    ),
    # near miss: intelligence a country receives from others is no one's figure
    (
        f"Kyiv relies on intelligence from the United States and Britain, and it says {_SENT} are in Russia.",
        {("troops", 12000, "reported", False, None)},
    ),
    # near miss: a figure compared with the intelligence of others is not theirs
    (
        f"The figure of {_SENT} is in line with intelligence from the US and South Korea.",
        {("troops", 12000, "reported", False, None)},
    ),
]


_MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
_PANEL = "UN Panel of Experts"
_MISSILES = "According to the report, North Korea sent 100 ballistic missiles to Russia."

CASES += [
    # the body a successor was set up after is not the author of 'the report'
    (
        "The Multilateral Sanctions Monitoring Team published its first report on Thursday. The group was set up "
        f"after Russia's veto killed the UN panel of experts.\n\n{_MISSILES}",
        {("missiles", 100, "reported", False, _MSMT)},
    ),
    # ... nor the body a successor replaced
    (
        "The Multilateral Sanctions Monitoring Team issued its first report on Thursday. The team replaced the UN "
        f"panel of experts last year.\n\n{_MISSILES}",
        {("missiles", 100, "reported", False, _MSMT)},
    ),
    # near miss: 'the panel' named after its end is still that panel
    (
        "Russia's veto killed the UN panel of experts last year. Before that, the panel had said North Korea sent "
        "100 missiles to Russia.",
        {("missiles", 100, "reported", False, _PANEL)},
    ),
    # near miss: what was killed is another thing than the body of the report
    (
        "The UN panel of experts published a report on Monday. Russia's veto killed a resolution on the panel's "
        f"funding.\n\n{_MISSILES}",
        {("missiles", 100, "reported", False, _PANEL)},
    ),
    # near miss: the body speaks first, its end told after it
    (
        "The UN panel of experts published its final report on Monday, months before Russia's veto killed it.\n\n"
        f"{_MISSILES}",
        {("missiles", 100, "reported", False, _PANEL)},
    ),
]

CASES += [
    # a country's agency cites 'the country's' body: that country's, relayed
    (
        "On Monday, South Korean agency Yonhap, citing the country's intelligence service, said that the North had "
        "sent 3 million shells to Russia.",
        {("ammunition", 3000000, "reported", False, "South Korea NIS (via Yonhap)")},
    ),
    (
        "Ukrainian agency Ukrinform, citing the country's military intelligence, reported that 3,000 North Korean "
        "soldiers had been killed.",
        {("casualties", 3000, "reported", False, "Ukraine HUR (via Ukrinform)")},
    ),
    # near miss: the agency cites no one
    (
        "The South Korean agency Yonhap reported that 3,000 North Korean soldiers had been killed.",
        {("casualties", 3000, "reported", False, "Yonhap")},
    ),
    # near miss: a body named before the agency speaks, the agency only confirms
    (
        "Ukraine's military intelligence said Russia had fired 50 North Korean missiles, a figure the Japanese agency "
        "Kyodo confirmed, citing the country's defence ministry.",
        {("missiles", 50, "reported", False, "Ukraine HUR (via Kyodo)")},
    ),
    # near miss: 'the country' after a country named as a target, no agency: no one's
    (
        "Russia has fired 50 North Korean missiles at Ukraine, the country's military intelligence said.",
        {("missiles", 50, "reported", False, None)},
    ),
]

_KILLED = "About 2,000 North Korean troops have been killed in Russia"
_BRIEFED = "South Korea's spy agency briefed lawmakers on Monday.\n\n"
_TWO_SERVICES = (
    "\n\nThe National Intelligence Service also said the North was preparing more troops. Ukraine's military "
    "intelligence, the HUR, said the North had sent missiles."
)
CASES += [
    # lawmakers told, relayed by an outlet: the service that briefed them, relayed
    (
        f"{_BRIEFED}{_KILLED}, South Korean lawmakers were told on Monday, as first reported by Yonhap News Agency.",
        {("casualties", 2000, "reported", False, "South Korea NIS (via Yonhap)")},
    ),
    # ... their country's service, where the article names another country's too
    (
        f"{_KILLED}, South Korean lawmakers were told on Tuesday, as first reported by Yonhap.{_TWO_SERVICES}",
        {
            ("casualties", 2000, "reported", False, "South Korea NIS (via Yonhap)"),
            ("missiles", None, "reported", False, "Ukraine HUR"),
        },
    ),
    # near miss: lawmakers told by a body the sentence names: that body
    (
        f"{_KILLED}, lawmakers were told by Ukraine's military intelligence on Monday.",
        {("casualties", 2000, "reported", False, "Ukraine HUR")},
    ),
    # near miss: American legislators relay no Seoul briefing
    (
        f"{_BRIEFED}{_KILLED}, US senators were told on Monday, as first reported by Yonhap News Agency.",
        {("casualties", 2000, "reported", False, "Yonhap")},
    ),
    # near miss: lawmakers of no country, two services named: neither
    (
        f"{_KILLED}, lawmakers said on Tuesday.{_TWO_SERVICES}",
        {("casualties", 2000, "reported", False, None), ("missiles", None, "reported", False, "Ukraine HUR")},
    ),
]

_NRC = "Ukraine National Resistance Center"
_WORKERS = "12,000 North Korean workers will be sent to Russia"
CASES += [
    (f"According to the Center of National Resistance, {_WORKERS}.", {("workers", 12000, "planned", False, _NRC)}),
    (f"The Centre of National Resistance said {_WORKERS}.", {("workers", 12000, "planned", False, _NRC)}),
    (f"Ukraine's National Resistance Center said {_WORKERS}.", {("workers", 12000, "planned", False, _NRC)}),
    # near misses: another centre, and resistance that is no body
    (
        "Russia will receive 12,000 North Korean workers, according to a center of national culture in Kazan.",
        {("workers", 12000, "planned", False, None)},
    ),
    (
        f"The national resistance of Ukraine goes on; {_WORKERS}, Zelensky said.",
        {("workers", 12000, "planned", False, "Zelensky")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round31_srcwrong(text: str, expected: set[tuple[object, ...]], lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, lexicon) == expected
