"""Score extracted claims against gold annotations, exactly as the team's reference scorer (tools/score.py) does.

Quantified claims match per article on (category, value), accepting the readings a gold claim lists in `alt`;
among matches, qualifier, status, incremental, direction and source agreement is counted, and a strict match
needs all of them right (strict F1 is what a reader of the bot sees). Unquantified gold claims match a
value-less prediction of an accepted category, or, when their `alt` allows a number, a numeric prediction
left over from the quantified matching.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.models import Claim

AGREEMENT_FIELDS = ("qualifier", "status", "incremental", "direction", "source")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".json")


@dataclass(frozen=True)
class Prediction:
    """The fields of an extracted claim that scoring reads (enums as their plain values)."""

    category: str
    value: int | None
    qualifier: str | None = None
    status: str | None = "reported"
    incremental: bool = False
    direction: str | None = "nk_to_ru"
    source: str | None = None
    quote: str = ""


def prediction_from_claim(claim: Claim) -> Prediction:
    return Prediction(
        category=claim.category.value,
        value=claim.value,
        qualifier=claim.qualifier.value if claim.qualifier else None,
        status=claim.status.value,
        incremental=claim.incremental,
        direction=claim.direction.value,
        source=claim.source,
        quote=claim.quote,
    )


@dataclass(frozen=True)
class GoldClaim:
    """One annotated claim: its own reading plus the alternatives its `alt` accepts, field by field."""

    category: str
    value: int | None
    quantified: bool  # the annotation gives a value (score.py tests the raw value, before rounding)
    quote: str
    fields: Mapping[str, Any]
    alt: Mapping[str, list[Any]]

    @property
    def categories(self) -> set[str]:
        return {self.category, *self.alt.get("category", [])}

    @property
    def values(self) -> set[int | None]:
        return {self.value, *(as_int(v) for v in self.alt.get("value", []))}


def gold_claim_from_dict(data: Mapping[str, Any]) -> GoldClaim:
    alt = {name: list(v) for name, v in (data.get("alt") or {}).items() if v}
    return GoldClaim(
        category=str(data["category"]),
        value=as_int(data.get("value")),
        quantified=data.get("value") is not None,
        quote=str(data.get("quote") or ""),
        fields={name: data.get(name) for name in AGREEMENT_FIELDS},
        alt=alt,
    )


@dataclass(frozen=True)
class GoldArticle:
    id: str
    path: Path | None  # None: a gold file with no article beside it (its claims all count as missed)
    kind: str
    claims: list[GoldClaim]
    gold_path: Path

    @property
    def name(self) -> str:
        """'dev2/206': the id with its directory, since several gold directories may share ids."""
        return f"{self.gold_path.parent.name}/{self.id}"


def as_int(value: object) -> int | None:
    """A figure as score.py reads it: rounded to an integer; None when it is not a number."""
    if not isinstance(value, int | float | str):
        return None
    try:
        return round(float(value))
    except (ValueError, OverflowError):
        return None


def find_gold_articles(gold_dir: Path) -> list[GoldArticle]:
    """Every NAME.gold.json in a directory, with the article beside it and its kind (from NAME.json)."""
    found = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        article_path = next(
            (gold_dir / f"{stem}{ext}" for ext in ARTICLE_SUFFIXES if (gold_dir / f"{stem}{ext}").is_file()),
            None,
        )
        sidecar = gold_dir / f"{stem}.json"
        kind = "on-topic"
        if sidecar.is_file():
            kind = str(json.loads(sidecar.read_text(encoding="utf-8")).get("kind", kind))
        claims = json.loads(gold_path.read_text(encoding="utf-8")).get("claims", [])
        found.append(GoldArticle(stem, article_path, kind, [gold_claim_from_dict(c) for c in claims], gold_path))
    return found


def authority_of(name: object) -> tuple[str, str] | None:
    """(main, person) of a source, lower-cased, without the relaying outlet: 'NIS (Cho) (via Yonhap)'."""
    if not name:
        return None
    plain = re.sub(r"\s*\(via [^)]*\)", "", str(name)).strip().lower()
    m = re.match(r"^(.*?)\s*\(([^)]*)\)$", plain)
    return (m.group(1).strip(), m.group(2).strip()) if m else (plain, "")


def same_source(gold: object, got: object) -> bool:
    """Lenient about form: 'Org (Person)' agrees with 'Org' and with 'Person'."""
    g, p = authority_of(gold), authority_of(got)
    if g is None or p is None:
        return g is None and p is None
    if g[0] == p[0]:
        return True
    return (bool(g[1]) and p[0] == g[1]) or (bool(p[1]) and g[0] == p[1])


def field_agrees(gold: GoldClaim, name: str, got: Prediction) -> bool:
    """Whether a matched prediction's field is the gold's or one its `alt` accepts."""
    accepted = [gold.fields.get(name), *gold.alt.get(name, [])]
    value = getattr(got, name)
    if name == "source":
        return any(same_source(a, value) for a in accepted)
    if name == "incremental":
        return bool(value) in {bool(a) for a in accepted}
    # score.py compares `x or None`: an empty string is no value; an alt of None does not accept one
    return (value or None) == (accepted[0] or None) or (value or None) in accepted[1:]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Mismatch:
    """A gold claim nothing matched ("missed") or a prediction no gold claim took ("spurious")."""

    article: str
    kind: str
    category: str
    value: int | None
    quote: str


@dataclass(frozen=True)
class Disagreement:
    """A matched claim with one field wrong: what the gold says and what the engine said."""

    article: str
    category: str
    value: int | None
    field: str
    gold: object
    got: object


@dataclass
class Report:
    articles: int = 0
    quantified: Tally = field(default_factory=Tally)
    strict_tp: int = 0
    unquantified: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=dict)
    agreed: Counter[str] = field(default_factory=Counter)
    matched: int = 0
    offtopic_claims: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def strict(self) -> Tally:
        q, s = self.quantified, self.strict_tp
        return Tally(s, q.tp + q.fp - s, q.tp + q.fn - s)

    def agreement(self, name: str) -> float | None:
        return self.agreed[name] / self.matched if self.matched else None

    def category(self, name: str) -> Tally:
        return self.by_category.setdefault(name, Tally())

    def as_dict(self) -> dict[str, Any]:
        """The figures under the keys (and roundings) score.py --json prints, so a script can read either."""
        q, s = self.quantified, self.strict
        return {
            "articles": self.articles,
            "gold_quantified": q.tp + q.fn,
            "pred_quantified": q.tp + q.fp,
            "precision": round(q.precision, 4),
            "recall": round(q.recall, 4),
            "f1": round(q.f1, 4),
            "unquantified_f1": round(self.unquantified.f1, 4),
            "strict_precision": round(s.precision, 4),
            "strict_recall": round(s.recall, 4),
            "strict_f1": round(s.f1, 4),
            "offtopic_claims": self.offtopic_claims,
            "unknown_article_claims": 0,  # every scored prediction comes from a gold article
            "agreement": {n: _round(self.agreement(n)) for n in AGREEMENT_FIELDS},
            "per_category": {k: _category_dict(self.by_category[k]) for k in sorted(self.by_category)},
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _category_dict(t: Tally) -> dict[str, Any]:
    figures = {"p": round(t.precision, 3), "r": round(t.recall, 3), "f1": round(t.f1, 3)}
    return figures | {"tp": t.tp, "fp": t.fp, "fn": t.fn}


def score(pairs: Iterable[tuple[GoldArticle, list[Prediction]]]) -> Report:
    """Score each gold article against the claims extracted from it."""
    report = Report()
    for gold, predicted in pairs:
        report.articles += 1
        if gold.kind != "on-topic":
            report.offtopic_claims += len(predicted)
        leftover = _score_quantified(report, gold, [p for p in predicted if p.value is not None])
        _score_unquantified(report, gold, [p for p in predicted if p.value is None], leftover)
        for p in leftover:
            report.quantified.fp += 1
            report.category(p.category).fp += 1
            report.mismatches.append(Mismatch(gold.name, "spurious", p.category, p.value, p.quote))
    return report


def _score_quantified(report: Report, gold: GoldArticle, predicted: list[Prediction]) -> list[Prediction]:
    """Match the quantified gold claims in order, each to the first prediction it accepts; returns the rest."""
    pool = list(predicted)
    for g in (c for c in gold.claims if c.quantified):
        hit = _first_accepted(g, pool)
        if hit is None:
            report.quantified.fn += 1
            report.category(g.category).fn += 1
            report.mismatches.append(Mismatch(gold.name, "missed", g.category, g.value, g.quote))
            continue
        pool.remove(hit)
        report.quantified.tp += 1
        report.category(g.category).tp += 1  # counted under the gold's category, even when an alt one matched
        report.matched += 1
        wrong = [name for name in AGREEMENT_FIELDS if not field_agrees(g, name, hit)]
        report.agreed.update(name for name in AGREEMENT_FIELDS if name not in wrong)
        report.strict_tp += not wrong
        report.disagreements.extend(
            Disagreement(gold.name, g.category, g.value, name, g.fields.get(name), getattr(hit, name)) for name in wrong
        )
    return pool


def _score_unquantified(
    report: Report, gold: GoldArticle, predicted: list[Prediction], leftover: list[Prediction]
) -> None:
    """Match unquantified gold claims on category; one whose `alt` allows a number may take a leftover figure."""
    pool = list(predicted)
    for g in (c for c in gold.claims if not c.quantified):
        hit = next((p for p in pool if p.category in g.categories), None)
        if hit is not None:
            pool.remove(hit)
        elif len(g.values) > 1 and (numeric := _first_accepted(g, leftover)) is not None:
            leftover.remove(numeric)
            hit = numeric
        if hit is None:
            report.unquantified.fn += 1
            report.mismatches.append(Mismatch(gold.name, "missed", g.category, None, g.quote))
        else:
            report.unquantified.tp += 1
    report.unquantified.fp += len(pool)
    report.mismatches.extend(Mismatch(gold.name, "spurious", p.category, None, p.quote) for p in pool)


def _first_accepted(gold: GoldClaim, pool: list[Prediction]) -> Prediction | None:
    return next((p for p in pool if p.category in gold.categories and p.value in gold.values), None)
