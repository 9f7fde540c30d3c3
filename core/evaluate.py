"""Score extracted claims against gold annotations (the schema of the team's annotated corpus)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.models import Category, Claim

AGREEMENT_FIELDS = ("qualifier", "status", "incremental")


@dataclass(frozen=True)
class GoldArticle:
    id: str
    path: Path
    kind: str
    claims: list[dict[str, Any]]


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


@dataclass
class Mismatch:
    article: str
    kind: str  # "missed" or "spurious"
    category: str
    value: int | None
    quote: str


@dataclass
class Report:
    numeric: dict[str, Tally] = field(default_factory=lambda: {c.value: Tally() for c in Category})
    unquantified: Tally = field(default_factory=Tally)
    agreement: dict[str, list[bool]] = field(default_factory=lambda: {f: [] for f in AGREEMENT_FIELDS})
    off_topic_with_claims: list[str] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    articles: int = 0

    @property
    def numeric_total(self) -> Tally:
        total = Tally()
        for tally in self.numeric.values():
            total.tp, total.fp, total.fn = total.tp + tally.tp, total.fp + tally.fp, total.fn + tally.fn
        return total

    def agreement_rate(self, name: str) -> float:
        votes = self.agreement[name]
        return sum(votes) / len(votes) if votes else 1.0

    def as_dict(self) -> dict[str, Any]:
        total = self.numeric_total
        return {
            "articles": self.articles,
            "quantified": _tally_dict(total),
            "by_category": {k: _tally_dict(v) for k, v in self.numeric.items() if v.tp + v.fp + v.fn},
            "unquantified": _tally_dict(self.unquantified),
            "agreement": {name: round(self.agreement_rate(name), 3) for name in AGREEMENT_FIELDS},
            "off_topic_with_claims": self.off_topic_with_claims,
        }


def _tally_dict(t: Tally) -> dict[str, Any]:
    return {
        "tp": t.tp,
        "fp": t.fp,
        "fn": t.fn,
        "precision": round(t.precision, 3),
        "recall": round(t.recall, 3),
        "f1": round(t.f1, 3),
    }


def find_gold_articles(gold_dir: Path) -> list[GoldArticle]:
    """Articles in a directory that have a NAME.gold.json beside them."""
    found = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        article_path = next(
            (
                gold_dir / f"{stem}{ext}"
                for ext in (".txt", ".html", ".htm", ".json")
                if (gold_dir / f"{stem}{ext}").is_file()
            ),
            None,
        )
        if article_path is None:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        kind = "on-topic"
        sidecar = gold_dir / f"{stem}.json"
        if sidecar.is_file() and article_path != sidecar:
            kind = json.loads(sidecar.read_text(encoding="utf-8")).get("kind", kind)
        found.append(GoldArticle(stem, article_path, kind, gold.get("claims", [])))
    return found


def score(pairs: Iterable[tuple[GoldArticle, list[Claim]]]) -> Report:
    """Quantified claims match per article on (category, value); unquantified ones on category."""
    report = Report()
    for gold, predicted in pairs:
        report.articles += 1
        if gold.kind != "on-topic" and predicted:
            report.off_topic_with_claims.append(gold.id)
        _score_numeric(report, gold, [c for c in predicted if c.value is not None])
        _score_unquantified(report, gold, [c for c in predicted if c.value is None])
    return report


def _score_numeric(report: Report, gold: GoldArticle, predicted: list[Claim]) -> None:
    remaining = list(predicted)
    for g in (c for c in gold.claims if c.get("value") is not None):
        tally = report.numeric[g["category"]]
        match = next((p for p in remaining if p.category.value == g["category"] and p.value == g["value"]), None)
        if match is None:
            tally.fn += 1
            report.mismatches.append(Mismatch(gold.id, "missed", g["category"], g["value"], g.get("quote", "")))
            continue
        remaining.remove(match)
        tally.tp += 1
        for name in AGREEMENT_FIELDS:
            agrees = _agrees(g, name, getattr(match, name))
            report.agreement[name].append(agrees)
            if not agrees:
                report.disagreements.append(
                    f"{gold.id} {g['category']} {g['value']}: {name} "
                    f"gold={g.get(name)} got={_plain(getattr(match, name))}"
                )
    for p in remaining:
        report.numeric[p.category.value].fp += 1
        report.mismatches.append(Mismatch(gold.id, "spurious", p.category.value, p.value, p.quote))


def _score_unquantified(report: Report, gold: GoldArticle, predicted: list[Claim]) -> None:
    wanted = Counter(c["category"] for c in gold.claims if c.get("value") is None)
    got = Counter(c.category.value for c in predicted)
    for category in wanted | got:
        hit = min(wanted[category], got[category])
        report.unquantified.tp += hit
        report.unquantified.fn += wanted[category] - hit
        report.unquantified.fp += got[category] - hit


def _plain(value: object) -> object:
    return getattr(value, "value", value)


def _agrees(gold: dict[str, Any], name: str, got: object) -> bool:
    got = _plain(got)
    accepted = [gold.get(name), *gold.get("alt", {}).get(name, [])]
    return got in accepted
