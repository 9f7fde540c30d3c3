"""How much the engine's accuracy depends on the surface of the text: the tune part of dev + dev2 (see
bench/accuracy_split.py) scored as written and rewritten in ways scraped pages differ, with the meaning kept.

    python bench/accuracy_perturbed.py [CORPUS_ROOT]      (default ../shared/corpus)

Rewrites: every article run into one paragraph; every sentence made a paragraph of its own; thousands grouped by
spaces ('11 000'); curly quotes made straight, and straight ones curly; other words for speech ('said' ->
'stated', 'according to' -> 'citing'), for bodies ('National Intelligence Service' -> 'spy agency') and capitals
for countries ("South Korea's" -> "Seoul's"). A rule that only holds for the text as written shows as a drop here.
The blind part is not used (its figures are bench/accuracy_split.py's alone).
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.accuracy_split import ROOT, evaluate, split


def _one_paragraph(text: str) -> str:
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def _sentence_paragraphs(text: str) -> str:
    return "\n".join(part for line in text.split("\n") for part in re.split(r"(?<=[.!?]) (?=[A-Z“\"])", line))


def _space_thousands(text: str) -> str:
    return re.sub(r"(?<=\d),(?=\d{3}\b)", " ", text)


def _straight_quotes(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")


def _curly_quotes(text: str) -> str:
    text = re.sub(r'"(?=\w)', "“", text).replace('"', "”")
    return re.sub(r"(?<=\w)'(?=\w)", "’", text)


# Other words for the same speech and the same bodies: a rule bound to one wording shows as a drop.
_SPEECH_WORDS = {"said": "stated", "says": "states", "told": "informed", "estimated": "assessed",
                 "according to": "citing"}  # fmt: skip
_BODY_WORDS = {"National Intelligence Service": "spy agency", "Joint Chiefs of Staff": "military",
               "Ministry of National Defense": "defence ministry", "Ministry of Defense": "defence ministry",
               "military intelligence": "defence intelligence"}  # fmt: skip

_COUNTRY_WORDS = {"South Korea's": "Seoul's", "Ukraine's": "Kyiv's", "the United States": "Washington",
                  "U.S.": "US"}  # fmt: skip


def _replace_words(table: dict[str, str]) -> Callable[[str], str]:
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, table)) + r")\b")
    return lambda text: pattern.sub(lambda m: table[m.group()], text)


REWRITES: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "one paragraph per article": _one_paragraph,
    "one paragraph per sentence": _sentence_paragraphs,
    "thousands grouped by spaces": _space_thousands,
    "straight quotes": _straight_quotes,
    "curly quotes": _curly_quotes,
    "other speech verbs": _replace_words(_SPEECH_WORDS),
    "other names of bodies": _replace_words(_BODY_WORDS),
    "capitals for countries": _replace_words(_COUNTRY_WORDS),
}


def rewritten(folder: Path, into: Path, rewrite: Callable[[str], str]) -> Path:
    into.mkdir()
    for path in folder.iterdir():
        if path.name.endswith(".txt"):
            (into / path.name).write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copy(path.resolve(), into / path.name)
    return into


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    if not (corpus / "dev").is_dir():
        sys.exit(f"no corpus at {corpus}")
    print(f"{'tune part rewritten':30} {'F1':>6} {'source':>7} {'strict F1':>9} {'null F1':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        tune = split(corpus, Path(tmp))["tune"]
        for k, (name, rewrite) in enumerate(REWRITES.items()):
            r = evaluate(rewritten(tune, Path(tmp) / f"v{k}", rewrite))
            agreement = r["agreement"]
            assert isinstance(agreement, dict)
            print(f"{name:30} {r['f1']:6.3f} {agreement['source']:7.3f} {r['strict_f1']:9.3f} "
                  f"{r['unquantified_f1']:8.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
