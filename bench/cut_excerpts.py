"""Excerpts cut mid-sentence: no cut point may fail an article's extraction.

    python bench/cut_excerpts.py [CORPUS_ROOT]      (default ../shared/corpus, optional)

Scraped excerpts stop anywhere ('... at least one Pantsir system and'). Every text of the bundled sample, of the
development sets in bench/written_reviews/ (not the blind ones) and, when it is there, of the tune part of the team's
corpus (dev + dev2, ids not 1 modulo 4) is cut after function words at up to 25 points spread over it, and each cut is
run through the engine; the script prints how many cuts raised, by place, with the end of one text that did.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.extract import extract_claims  # noqa: E402
from core.extract.claims import default_lexicon  # noqa: E402
from core.models import Article  # noqa: E402

_CUT_AFTER = re.compile(r"\b(?:and|or|of|the|to|at|by|with|from|as|than|more|about|some)\b")
_CUTS_PER_TEXT = 25


def texts(corpus: Path) -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "sample").glob("*.txt"))]
    for path in sorted((ROOT / "bench" / "written_reviews").glob("*.corpus.json")):
        if not path.name.startswith("blind_"):
            found += [a["text"] for a in json.loads(path.read_text(encoding="utf-8"))]
    for name in ("dev", "dev2"):
        found += [
            p.read_text(encoding="utf-8")
            for p in sorted((corpus / name).glob("*.txt"))
            if p.stem.isdigit() and int(p.stem) % 4 != 1
        ]
    return found


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    lexicon = default_lexicon()
    failures: Counter[str] = Counter()
    example: dict[str, str] = {}
    cuts = 0
    for text in texts(corpus):
        ends = sorted({m.end() for m in _CUT_AFTER.finditer(text)})
        for end in ends[:: max(1, len(ends) // _CUTS_PER_TEXT)]:
            cuts += 1
            try:
                extract_claims(Article(id="cut", text=text[:end]), lexicon)
            except Exception as error:  # (what this script counts)
                frame = traceback.extract_tb(error.__traceback__)[-1]
                place = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
                failures[place] += 1
                example.setdefault(place, text[max(0, end - 80) : end])
    print(f"{cuts:,} cut points, {sum(failures.values())} failed")
    for place, count in failures.most_common():
        print(f"  {count} {place}: ...{example[place]!r}")


if __name__ == "__main__":
    main()
