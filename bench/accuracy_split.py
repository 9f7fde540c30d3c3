"""Accuracy on the team's corpus with the blind part set aside: the over-fitting meter.

    python bench/accuracy_split.py [CORPUS_ROOT]      (default ../shared/corpus)

The blind part was fixed by id before any extraction rule was tuned (2026-12-04): the dev and dev2 articles whose
numeric id is 1 modulo 4. Their errors are never read; only these figures are. The rest (tune) and the seeds are
what rules were developed against. Each part is scored by `nk-aid eval` (the same figures as the team's
score.py); the gap between tune and blind strict F1 says how much the rules fit the articles they were tuned on.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def is_blind(article_id: str) -> bool:
    return article_id.isdigit() and int(article_id) % 4 == 1


def split(corpus: Path, into: Path) -> dict[str, Path]:
    """Symlink dev + dev2 articles into tune/ and blind/ folders (ids are unique across the two sets)."""
    parts = {"tune": into / "tune", "blind": into / "blind"}
    for folder in parts.values():
        folder.mkdir()
    for name in ("dev", "dev2"):
        for gold in sorted((corpus / name).glob("*.gold.json")):
            article_id = gold.name.removesuffix(".gold.json")
            target = parts["blind" if is_blind(article_id) else "tune"]
            for path in (corpus / name).glob(f"{article_id}.*"):
                (target / path.name).symlink_to(path.resolve())
    return parts


def evaluate(folder: Path) -> dict[str, object]:
    nk_aid = Path(sys.executable).with_name("nk-aid")
    out = subprocess.run([str(nk_aid), "eval", str(folder), "--format", "json"], capture_output=True, text=True,
                         check=True)  # fmt: skip
    result: dict[str, object] = json.loads(out.stdout)
    return result


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    if not (corpus / "dev").is_dir():
        sys.exit(f"no corpus at {corpus}")
    with tempfile.TemporaryDirectory() as tmp:
        parts = split(corpus, Path(tmp))
        rows = {name: evaluate(folder) for name, folder in parts.items()}
        rows["seeds"] = evaluate(corpus / "seeds")
    header = ("part", "articles", "gold", "P", "R", "F1", "source", "strict F1", "null F1")
    print("{:6} {:>8} {:>5} {:>6} {:>6} {:>6} {:>7} {:>9} {:>8}".format(*header))
    for name, r in rows.items():
        agreement = r["agreement"]
        assert isinstance(agreement, dict)
        print(
            f"{name:6} {r['articles']:>8} {r['gold_quantified']:>5} {r['precision']:>6.3f} {r['recall']:>6.3f} "
            f"{r['f1']:>6.3f} {agreement['source'] or 0:>7.3f} {r['strict_f1']:>9.3f} {r['unquantified_f1']:>8.3f}"
        )
    gap = float(rows["tune"]["strict_f1"]) - float(rows["blind"]["strict_f1"])  # type: ignore[arg-type]
    print(f"over-fitting meter: tune strict F1 - blind strict F1 = {gap:+.3f} (target within 0.05)")


if __name__ == "__main__":
    main()
