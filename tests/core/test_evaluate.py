"""`nk-aid eval` scores as the team's reference scorer (tools/score.py) does; figures computed by hand.

The scoring rules are checked on written predictions (no extractor involved); the command is checked end to end
on a small gold directory of our own sentences, whose extractions are stated beside them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from core.cli import cli
from core.evaluate import GoldArticle, Prediction, Report, gold_claim_from_dict, same_source, score


def gold(category: str, value: int | None, **fields: Any) -> dict[str, Any]:
    """A gold claim in the corpus schema; fields not given take the common reading."""
    base: dict[str, Any] = {
        "category": category,
        "subtype": category,
        "direction": "nk_to_ru",
        "value": value,
        "value_max": None,
        "qualifier": None if value is None else "exact",
        "unit": category,
        "status": "reported",
        "incremental": False,
        "period": None,
        "source": None,
        "quote": f"{category} {value}",
    }
    return base | fields


def article(claims: list[dict[str, Any]], kind: str = "on-topic", name: str = "a") -> GoldArticle:
    return GoldArticle(name, None, kind, [gold_claim_from_dict(c) for c in claims], Path("gold") / f"{name}.gold.json")


def pred(category: str, value: int | None, **fields: Any) -> Prediction:
    qualifier = None if value is None else "exact"
    return Prediction(category, value, **({"qualifier": qualifier} | fields))


def score_one(claims: list[dict[str, Any]], predicted: list[Prediction], kind: str = "on-topic") -> Report:
    return score([(article(claims, kind), predicted)])


# --- sources: "(via Outlet)" is dropped, "Org (Person)" agrees with "Org" and with "Person"

SOURCES = [
    pytest.param("South Korea NIS", "South Korea NIS", True, id="same"),
    pytest.param("South Korea NIS", "south korea nis", True, id="case"),
    pytest.param("Ukrainian officials", "Ukrainian officials (via Reuters)", True, id="relay-dropped"),
    pytest.param("Reuters", "Ukrainian officials (via Reuters)", False, id="relaying-outlet-is-not-the-source"),
    pytest.param("Ukraine HUR", "Ukraine HUR (Budanov)", True, id="org-of-org-person"),
    pytest.param("Budanov", "Ukraine HUR (Budanov)", True, id="person-of-org-person"),
    pytest.param("Ukraine HUR (Budanov)", "Budanov", True, id="person-against-org-person"),
    pytest.param("Ukraine HUR (Budanov)", "Ukraine HUR (Skibitskyi)", True, id="same-org-other-person"),
    pytest.param("Ukraine HUR (Budanov)", "Zelensky", False, id="other-person"),
    pytest.param(None, None, True, id="both-unattributed"),
    pytest.param(None, "ISW", False, id="attributed-where-gold-is-not"),
    pytest.param("ISW", "", False, id="unattributed-where-gold-is"),
]


@pytest.mark.parametrize(("gold_source", "got", "agrees"), SOURCES)
def test_source_comparison_is_lenient_about_form(gold_source: str | None, got: str | None, agrees: bool) -> None:
    assert same_source(gold_source, got) is agrees


# --- matching and agreement


def test_alt_category_and_value_match_and_count_under_the_gold_category() -> None:
    report = score_one(
        [gold("artillery", 100, alt={"category": ["rocket_launchers"], "value": [120]})],
        [pred("rocket_launchers", 120)],
    )
    assert (report.quantified.tp, report.quantified.fp, report.quantified.fn) == (1, 0, 0)
    assert set(report.by_category) == {"artillery"}
    assert report.strict_tp == 1


def test_a_value_outside_the_alt_readings_is_a_miss_and_a_spurious_claim() -> None:
    report = score_one([gold("troops", 3000, alt={"value": [3500]})], [pred("troops", 4000)])
    assert (report.quantified.tp, report.quantified.fp, report.quantified.fn) == (0, 1, 1)
    assert [(m.kind, m.value) for m in report.mismatches] == [("missed", 3000), ("spurious", 4000)]


def test_unquantified_misses_and_spurious_claims_are_listed_too() -> None:
    report = score_one([gold("artillery", None, quote="Guns were sent.")], [pred("troops", None, quote="Troops went.")])
    assert (report.unquantified.tp, report.unquantified.fp, report.unquantified.fn) == (0, 1, 1)
    assert [(m.kind, m.category, m.value, m.quote) for m in report.mismatches] == [
        ("missed", "artillery", None, "Guns were sent."),
        ("spurious", "troops", None, "Troops went."),
    ]


FIELDS = [
    pytest.param({"qualifier": "approx"}, {"qualifier": "approx"}, None, id="qualifier-same"),
    pytest.param({"qualifier": "exact", "alt": {"qualifier": ["approx"]}}, {"qualifier": "approx"}, None, id="q-alt"),
    pytest.param({"qualifier": "at_least"}, {"qualifier": "approx"}, "qualifier", id="qualifier-wrong"),
    pytest.param({"status": "reported", "alt": {"status": ["planned"]}}, {"status": "planned"}, None, id="status-alt"),
    pytest.param({"status": "reported"}, {"status": "denied"}, "status", id="status-wrong"),
    pytest.param({"incremental": True, "alt": {"incremental": [False]}}, {"incremental": False}, None, id="incr-alt"),
    pytest.param({"incremental": True}, {"incremental": False}, "incremental", id="incremental-wrong"),
    pytest.param({"direction": "ru_to_nk"}, {"direction": "nk_to_ru"}, "direction", id="direction-wrong"),
    pytest.param({"direction": None}, {"direction": "nk_to_ru"}, "direction", id="direction-unannotated"),
    pytest.param({"source": "NIS", "alt": {"source": ["Seoul (via Yonhap)"]}}, {"source": "Seoul"}, None, id="src-alt"),
    pytest.param({"source": "NIS"}, {"source": "ISW"}, "source", id="source-wrong"),
]


@pytest.mark.parametrize(("gold_fields", "got_fields", "wrong"), FIELDS)
def test_each_field_agrees_with_the_gold_or_its_alt(
    gold_fields: dict[str, Any], got_fields: dict[str, Any], wrong: str | None
) -> None:
    report = score_one([gold("troops", 3000, **gold_fields)], [pred("troops", 3000, **got_fields)])
    assert report.quantified.tp == 1
    assert [d.field for d in report.disagreements] == ([wrong] if wrong else [])
    assert report.strict_tp == (0 if wrong else 1)
    for name in ("qualifier", "status", "incremental", "direction", "source"):
        assert report.agreement(name) == (0.0 if name == wrong else 1.0)


def test_strict_figures_count_a_match_with_a_wrong_field_as_both_a_miss_and_a_spurious_claim() -> None:
    claims = [gold("troops", 3000, source="NIS"), gold("troops", 500, source="NIS"), gold("drones", 10)]
    report = score_one(claims, [pred("troops", 3000, source="NIS"), pred("troops", 500, source="ISW")])
    assert (report.quantified.tp, report.quantified.fp, report.quantified.fn) == (2, 0, 1)
    assert (report.strict.tp, report.strict.fp, report.strict.fn) == (1, 1, 2)
    figures = report.as_dict()
    assert (figures["precision"], figures["recall"], figures["f1"]) == (1.0, 0.6667, 0.8)
    assert (figures["strict_precision"], figures["strict_recall"], figures["strict_f1"]) == (0.5, 0.3333, 0.4)
    assert figures["agreement"]["source"] == 0.5


def test_no_match_leaves_agreement_unknown() -> None:
    figures = score_one([gold("troops", 3000)], []).as_dict()
    assert figures["agreement"] == dict.fromkeys(("qualifier", "status", "incremental", "direction", "source"))
    assert (figures["precision"], figures["recall"], figures["f1"]) == (1.0, 0.0, 0.0)


# --- unquantified claims


def test_unquantified_claims_match_on_an_accepted_category() -> None:
    claims = [gold("missiles", None), gold("troops", None, alt={"category": ["workers"]}), gold("drones", None)]
    report = score_one(claims, [pred("workers", None), pred("missiles", None), pred("vehicles", None)])
    u = report.unquantified
    assert (u.tp, u.fp, u.fn) == (2, 1, 1)


def test_a_null_gold_whose_alt_allows_a_number_takes_a_leftover_figure() -> None:
    claims = [gold("other", 1), gold("other", None, alt={"value": [1]})]
    report = score_one(claims, [pred("other", 1), pred("other", 1, qualifier="at_least")])
    assert (report.quantified.tp, report.quantified.fp, report.quantified.fn) == (1, 0, 0)
    assert (report.unquantified.tp, report.unquantified.fp, report.unquantified.fn) == (1, 0, 0)


def test_a_null_gold_without_a_numeric_alt_leaves_the_figure_spurious() -> None:
    report = score_one([gold("other", None)], [pred("other", 1)])
    assert (report.quantified.fp, report.unquantified.fn) == (1, 1)


def test_a_value_less_prediction_is_preferred_to_a_leftover_figure() -> None:
    report = score_one([gold("other", None, alt={"value": [1]})], [pred("other", 1), pred("other", None)])
    assert (report.quantified.fp, report.unquantified.tp, report.unquantified.fp) == (1, 1, 0)


def test_claims_on_off_topic_articles_are_counted() -> None:
    report = score_one([], [pred("troops", 1000), pred("drones", None)], kind="non-english")
    assert report.offtopic_claims == 2 and report.quantified.fp == 1 and report.unquantified.fp == 1


# --- the command, end to end on a gold directory of our own sentences

# Each article's extraction today is noted beside its gold; the figures below follow from the scoring rules.
ARTICLES: dict[str, tuple[str, str, list[dict[str, Any]]]] = {
    "a1": (
        "on-topic",
        "North Korea has sent 3,000 troops to Russia, South Korea's National Intelligence Service said on Monday.\n\n"
        "Pyongyang has also shipped about 100 multiple rocket launchers to Moscow, the Institute for the Study of "
        "War reported.\n\n"
        "Ukraine's defence intelligence chief Kyrylo Budanov said that roughly 500 North Korean soldiers had been "
        "killed in Kursk.\n",
        [
            # extracted: troops 3000 exact, South Korea NIS -> strict match
            gold("troops", 3000, source="South Korea NIS"),
            # extracted: rocket_launchers 100 approx, ISW -> matched through alt; the gold's qualifier disagrees
            gold("artillery", 100, qualifier="at_least", source="ISW", alt={"category": ["rocket_launchers"]}),
            # extracted: casualties 500 approx, "Ukraine HUR (Budanov)" -> the person agrees: strict match
            gold("casualties", 500, qualifier="approx", source="Budanov"),
        ],
    ),
    "a2": (
        "on-topic",
        "North Korea supplied more than 50 self-propelled howitzers to Russia, Reuters reported, citing Ukrainian "
        "officials.\n\n"
        "North Korean workers have been sent to Russian construction sites, according to the South Korean "
        "government.\n\n"
        "Officials in Seoul expect the deployment to reach ten thousand troops by December.\n\n"
        "A dozen North Korean generals visited the front in Kursk last week, lawmakers were told.\n",
        [
            # extracted: artillery 50 more_than, "Ukrainian officials (via Reuters)" -> the relaying outlet is no source
            gold("artillery", 50, qualifier="more_than", source="Reuters"),
            # extracted: workers, no figure -> unquantified match
            gold("workers", None, source="South Korean government"),
            # extracted: troops 10000 exact planned, "South Korean officials" -> strict, through alt qualifier
            # and alt source
            gold(
                "troops",
                10000,
                qualifier="approx",
                status="planned",
                source="Seoul officials",
                alt={"qualifier": ["exact"], "source": ["South Korean officials (via Yonhap)"]},
            ),
            # not extracted -> missed
            gold("troops", 12, source="lawmakers"),
        ],
    ),
    # annotated as off-topic, yet extracted: troops 1000 -> an off-topic claim, and a spurious one
    "a3": ("off-topic", "North Korea sent 1,000 troops to Russia, the NIS said.\n", []),
    "a4": (
        "on-topic",
        "Russia has transferred at least one Pantsir air defence system to North Korea, a monitoring team reported."
        "\n\nNorth Korea has shipped ballistic missiles to Russia, Ukraine's military intelligence said.\n\n"
        "North Korea has also sent attack drones to Russia, Kyiv says.\n",
        [
            # extracted: other 1 at_least -> taken by this null gold, whose alt allows the number
            gold("other", None, direction="ru_to_nk", alt={"value": [1]}),
            # extracted: missiles, no figure -> unquantified match; drones, no figure -> unquantified spurious claim
            gold("missiles", None, source="Ukraine HUR"),
        ],
    ),
}


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    for name, (kind, text, claims) in ARTICLES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(json.dumps({"id": name, "kind": kind, "language": "en"}))
        (tmp_path / f"{name}.gold.json").write_text(json.dumps({"id": name, "claims": claims}))
    return tmp_path


def run_eval(*args: str) -> Result:
    return CliRunner().invoke(cli, ["eval", *args])


EXPECTED = {
    "articles": 4,
    "gold_quantified": 6,
    "pred_quantified": 6,  # a1's three, a2's artillery 50 and troops 10000, a3's troops 1000
    "precision": 0.8333,
    "recall": 0.8333,
    "f1": 0.8333,
    "unquantified_f1": 0.8571,  # 3 matched, 1 spurious (drones): p 3/4, r 1
    "strict_precision": 0.5,  # a1 troops, a1 casualties, a2 troops 10000 of 6
    "strict_recall": 0.5,
    "strict_f1": 0.5,
    "offtopic_claims": 1,
    "unknown_article_claims": 0,
    "agreement": {"qualifier": 0.8, "status": 1.0, "incremental": 1.0, "direction": 1.0, "source": 0.8},
    "per_category": {
        "artillery": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0},
        "casualties": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0},
        "troops": {"p": 0.667, "r": 0.667, "f1": 0.667, "tp": 2, "fp": 1, "fn": 1},
    },
}


def test_json_report_has_the_reference_scorers_keys_and_figures(gold_dir: Path) -> None:
    result = run_eval(str(gold_dir), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == EXPECTED


def test_text_report_states_what_a_reader_sees(gold_dir: Path) -> None:
    out = run_eval(str(gold_dir)).stdout
    assert "QUANTIFIED              5    1    1  0.833  0.833  0.833  (gold 6, predicted 6)" in out
    assert "STRICT                  3    3    3  0.500  0.500  0.500" in out
    assert "unquantified            3    1    0  0.750  1.000  0.857" in out
    assert "troops                  2    1    1  0.667  0.667  0.667" in out
    assert "source agreement on matches: 0.800" in out
    assert (
        "agreement on matches: qualifier 0.800, status 1.000, incremental 1.000, direction 1.000, source 0.800" in out
    )
    assert "claims on off-topic/non-English articles: 1" in out
    assert "missed" not in out


def test_show_errors_lists_misses_spurious_claims_wrong_sources_and_fields(gold_dir: Path) -> None:
    out = run_eval(str(gold_dir), "--show-errors").stdout
    d = gold_dir.name
    assert f"  missed   {d}/a2 troops 12: troops 12\n" in out
    assert f"  spurious {d}/a3 troops 1000: North Korea sent 1,000 troops to Russia, the NIS said.\n" in out
    assert f"  wrong source: {d}/a2 artillery 50: gold 'Reuters', got 'Ukrainian officials (via Reuters)'\n" in out
    assert f"  wrong field qualifier: {d}/a1 artillery 100: gold 'at_least', got 'approx'\n" in out
    assert out.index("wrong source") < out.index("wrong field")


GATES = [
    pytest.param(["--min-f1", "0.9"], "quantified F1 0.8333 is below --min-f1 0.9", id="f1"),
    pytest.param(["--min-precision", "0.84"], "quantified precision 0.8333 is below --min-precision 0.84", id="p"),
    pytest.param(["--min-agreement", "0.85"], "qualifier agreement 0.8000 is below --min-agreement 0.85", id="agree"),
    pytest.param(
        ["--min-source-agreement", "0.9"], "source agreement 0.8000 is below --min-source-agreement 0.9", id="source"
    ),
    pytest.param(["--min-strict-f1", "0.6"], "strict F1 0.5000 is below --min-strict-f1 0.6", id="strict"),
    pytest.param(
        ["--min-unquantified-f1", "0.9"], "unquantified F1 0.8571 is below --min-unquantified-f1 0.9", id="unquantified"
    ),
]


OFF_TOPIC_LINE = "FAIL: 1 claims on off-topic/non-English articles (gated with --min-f1)\n"


@pytest.mark.parametrize(("gate", "line"), GATES)
def test_a_gate_below_its_figure_exits_1_naming_it(gold_dir: Path, gate: list[str], line: str) -> None:
    result = run_eval(str(gold_dir), "--format", "json", *gate)
    assert result.exit_code == 1
    # the F1 and precision gates also refuse claims on off-topic articles (a3 has one)
    off_topic = OFF_TOPIC_LINE if gate[0] in ("--min-f1", "--min-precision") else ""
    assert result.stderr == f"FAIL: {line}\n{off_topic}"


def test_gates_at_the_figures_pass(gold_dir: Path) -> None:
    gates = ["--min-agreement", "0.8", "--min-source-agreement", "0.8", "--min-strict-f1", "0.5"]
    result = run_eval(str(gold_dir), *gates, "--min-unquantified-f1", "0.85")
    assert result.exit_code == 0, result.stderr


def test_claims_on_an_off_topic_article_fail_the_f1_gate(gold_dir: Path) -> None:
    result = run_eval(str(gold_dir), "--min-f1", "0.5")
    assert result.exit_code == 1
    assert result.stderr == OFF_TOPIC_LINE


def test_a_gold_file_without_its_article_counts_as_missed(gold_dir: Path) -> None:
    (gold_dir / "a1.txt").unlink()
    (gold_dir / "a1.json").unlink()  # else the sidecar is taken for a JSON article (and refused: it has no text)
    result = run_eval(str(gold_dir), "--format", "json")
    assert f"warning: {gold_dir / 'a1.gold.json'}: no article beside it; its claims count as missed" in result.stderr
    figures = json.loads(result.stdout)
    assert (figures["gold_quantified"], figures["pred_quantified"]) == (6, 3)
