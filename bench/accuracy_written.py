"""Accuracy on articles the team wrote to break the engine: three review sets in bench/written_reviews/.

    python bench/accuracy_written.py

- attribution_short.json: 148 short articles, the source of each figure (an adversarial review of who said it);
- attribution_long.json: 40 long articles in the styles of wires, papers, Ukrainian and Russian outlets,
  think tanks and explainers, the source of each figure;
- fields.json: 170 articles with every claim an annotator records (hedge, status, addition, direction) and the
  items asserted without a figure.
- *.corpus.json: sets in the shared corpus's own layout and gold schema (article, its metadata, its gold), scored by
  `nk-aid eval` as the shared corpus is: scraped_asia (45 pages of Korean and Japanese outlets and wires),
  scraped_west (45 pages of Ukrainian, Russian, European and US outlets, live blogs and think tanks), null_claims (40
  articles about items asserted without a figure), all written with page noise (crumbs, captions, 'Read also' lines,
  cut-off excerpts); attribution_pages (45 pages where who said it is the hard part); wording (45 articles of the
  wording journalists vary: present-tense verbs, 'military' as a plural noun, first person in and out of quotations,
  vague sources, relays) and multi_voice (45 articles where several voices give competing figures: long wires, live
  blogs, interviews, transcripts, think-tank reports, translated copy); newsroom (45 pages in the shapes copy takes:
  aggregator rewrites, Q&A explainers, fact checks, newsletters, government releases, UN meeting write-ups, sanctions
  reports, podcast summaries, live blogs, timelines); search_mix (50 pages in the mix a web search on this beat
  returns, written from brief_search_mix.md: aggregator rewrites, Korean radio and TV items, Ukrainian outlets'
  'Details/Source/Quote' layout, TASS, syndicated wires, satellite-imagery notes, with the source names the real gold
  uses); returns_voices (45 pages, twelfth round: what Russia gives back, items without a figure, Japanese copy, joint
  statements, relays; its writer's source names for unnamed officials, departments and governments were put in the
  real gold's form before use); search_pages (45 full-length pages, twelfth round, as a web search on the beat returns
  them: wires, Korean, Ukrainian and Russian outlets, US and UK papers, think tanks with footnote markers,
  aggregators, competing and updated estimates); timelines (45 pages, thirteenth round: estimates revised over time,
  rotations and reinforcements, casualty tallies that disagree, joint statements, an outlet's own count),
  translated_copy (45 pages, thirteenth round: the English of Ukrainian, Russian, Korean and other outlets writing in
  a second language or translating), fresh_mix (45 pages, thirteenth round, as a web search returns them), recaps (45
  pages, fourteenth round, whose news is something else and whose figures are background), figure_wording (45 pages,
  fourteenth round, on the ways a figure is written) and article_review_a to _d (16 pages each, fifteenth round: a
  reviewer's own annotated pages, written to find the engine's error classes; the second with the styles where
  attribution is hardest, the third on casualty tallies, revised estimates, additions and what Russia gives back, the
  fourth in Korean and Ukrainian outlets' English and the aggregators that rewrite them) and article_review_e to _i
  (16 pages each, sixteenth round, the same way: who said it in long multi-voice copy; figures, hedges, status and
  additions; items without a figure; Korean, Japanese and wire copy with relays; live blogs, transcripts, newsletters
  and fact boxes) and article_review_k to _o (16 pages each, seventeenth round, the same way: who said it in long
  multi-voice copy; items without a figure and what Russia gives back; aggregator rewrites and transcripts;
  casualties, prisoners and revised estimates; Japanese, Korean, UN and official copy) and article_review_p to _r (16
  pages each, eighteenth round, the same way: who said it in pages as a search returns them; figures and their fields;
  items without a figure) and article_review_s to _w (16 pages each, nineteenth round, the same way: who said it in
  long multi-voice pages; figures and their fields; items without a figure; short search excerpts and aggregator
  rewrites; official and state voices, UN meetings and briefings) and article_review_x to _ad (16 pages each,
  twentieth round, the same way: who said it where the attribution stands far from the figure; items without a figure;
  figures and their fields in wires and aggregator rewrites; Ukrainian and Russian copy in English; who said it in
  pages as a search returns them; items without a figure in full-length pages; figures, status and additions) and
  article_review_ae to _al (16 pages each, twenty-first round, the same way: who said it in wire copy with several
  agencies and relays; who said it when the source is no agency; items without a figure in full-length pages; figures
  and their fields in search excerpts; Korean, Japanese and Ukrainian copy in English; who said it in long multi-voice
  pages; Russian-side copy; casualties and prisoners) and article_review_am to _at (16 pages each, twenty-second
  round, the same way: who said it in excerpts and rewrites; who said it when the voice is a person; monitors, reports
  and relays; figures and their fields in rewrites and translated copy; items without a figure; Korean press voices;
  Ukrainian outlets' voices; wires and Western papers) and article_review_au to _az and _ba to _bg (16 pages each,
  twenty-third round, the same way: Korean outlets' voices; Western papers' unnamed officials; Ukrainian and Russian
  copy; figures and their fields; items without a figure; reports and monitors; wire copy; translated copy; tolls and
  revised estimates; what Russia gives back; carried voices and live blogs; think-tank pages; aggregator rewrites)
  and retold_a to _h and _k to _t (twenty-fourth round: the tune part of dev + dev2 retold by other outlets in the
  reviewers' own sentences, the same figures, hedges, statuses and sources, attached in other ways and often relayed;
  retold_a to _e twice per article, 20 pages each, the rest once, 10 pages each, with the attribution placed farther
  from the figure; gold carried over from the real gold, `(via Outlet)` added where a page relays) and roundup_a to _d
  (twenty-fifth round, 8 pages each: roundups that merge two or three of the tune part's articles into one page of
  a newsletter, explainer, live blog, wire round-up, think-tank note, Q&A or timeline, their voices interleaved and
  attached in the writers' own words; the merged articles' gold carried over claim by claim) and roundup_f to _i and
  _k to _p (the same, a second pass asked for constructions the first did not use: figures in headlines or fact boxes
  whose source the body names, sources in captions, footnotes, embedded posts, corrections, questions answered) and
  roundup_q to _t and _v to _x (twenty-sixth round, 8 pages each, a third pass: captions and credit lines naming the
  body beside its figure, fact boxes and text tables with sources in brackets or a column, one figure from two bodies,
  'N of each', interview transcripts, pronoun chains, quotations handed to their speaker later, dated updates and
  editor's notes, denials, hoped-for figures) and retold_u and _v (10 pages each, the tune part retold as search
  excerpts of at most 2,000 characters, the attribution placed farther from the figure) and chain_a, _b, _c and _e
  (twenty-seventh round, 8 pages each: one event of the tune part retold by eight outlets, each relaying it through
  its own chain: wire, regional paper, Korean, Ukrainian, tabloid, Russian state, think-tank and live-blog pages) and
  chain_f and _g (the same, written midway: list and table layouts and relays of relays; second-language copy and
  pages updated during the day) and chain_i, _j and _k (the same in short pages of 150-500 words, written late).
  Kept blind (their figures are reported, their errors never read): blind_c (50 articles of every style, written after
  the rules of its round), blind_d (50 more, written the same way at the end of the round), blind_e (50 more, written
  at the start of the seventh round, with off-topic and non-English pages among them), blind_f (40 more, written at
  its end), blind_g (45 more, written at the start of the eighth round), blind_h (45 more, written in the eighth round
  from brief_search_mix.md, as search_mix was), blind_i (45 more, written at the start of the ninth round, with
  off-topic and non-English pages among them), blind_j (45 more, written early in the tenth round, the same way),
  blind_k (45 more, written at the start of the eleventh round, the same way), blind_l (45 more, written at the start
  of the twelfth round, the same way), blind_m (40 more, written in the twelfth round, as a web search returns pages,
  before the round's last rules), blind_n (45 more, written at the start of the thirteenth round), blind_o (40 more,
  written midway through it, as a web search returns pages), blind_p and blind_q (45 each, written at the start of the
  fourteenth round; blind_p's writer first had half a brief), blind_r (40 more, written midway through it, as a web
  search returns pages), blind_s (45 more, written at the start of the fifteenth round, as a web search returns
  pages), blind_t (40 more, written midway through it, the same way), blind_u (45 more, written at the start of the
  sixteenth round, the same way), blind_v (40 more, written midway through it, the same way), blind_w (40 more,
  written at the start of the seventeenth round, the same way), blind_x (40 more, written midway through it, the same
  way), blind_y (40 more, written early in the eighteenth round, the same way), blind_z (40 more, written midway
  through it, the same way), blind_aa (40 more, written at the start of the nineteenth round, the same way), blind_ab
  (40 more, written midway through it, the same way; its five hosts under names that are not reserved were put under
  example.com before its first score), blind_ac and blind_ad (40 each, written at the start of the twentieth round,
  the same way: blind_ac leaning to pages as a search returns them, blind_ad to full-length stories with items without
  a figure), blind_ae and blind_af (40 each, written at the start of the twenty-first round, the same way and with the
  same leanings), blind_ag and blind_ah (40 each, written at the start of the twenty-second round, the same way and
  with the same leanings), blind_ai and blind_aj (40 each, written at the start of the twenty-third round, the same
  way and with the same leanings), blind_ak (40 more, written midway through it, the same way), blind_retold_i and
  blind_retold_j (10 each, twenty-fourth round: the tune part retold as retold_f to _h were, kept blind to measure how
  the round's rules carry to wording they were not made from), blind_roundup_e (8 pages, twenty-fifth round, written
  with roundup_a to _d from the tune part's other ten articles) and blind_roundup_j (8 pages, written with roundup_f
  to _i from the same ten articles, in the second pass's constructions), blind_roundup_u and blind_roundup_y (8
  pages each, twenty-sixth round, the third pass's constructions, written at its start and midway) and blind_retold_w
  (10 pages, twenty-sixth round, the tune part retold as search excerpts, written late in the round) and
  blind_chain_d (8 pages, twenty-seventh round, written with chain_a to _e from ten other tune articles) and
  blind_chain_h (8 pages, written midway through it, with chain_f and _g) and blind_chain_l (8 short pages, written
  late, with chain_i to _k).
- adversarial.json: 146 short attacks on the sixth round's rules, each with the claims expected (category, value,
  status, source and, where it matters, subtype); an attack is handled when the claims made are exactly those.

Written by the team's reviewers from the claim schema alone (never from the shared corpus), so they measure the
rules on wording nobody tuned for when they were written; the engine was then improved on them, which makes them
a development set now, kept to stop regressions. Sources agree as `nk-aid eval` has them ('(via Outlet)' dropped,
'Org (Person)' agreeing with 'Org' or 'Person'); an expectation starting 're:' is a pattern a source must match.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.evaluate import same_source  # noqa: E402

HERE = Path(__file__).resolve().parent / "written_reviews"
FIELDS = ("qualifier", "status", "incremental", "direction", "value_max")


def extract(articles: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The engine's claims per article id, from one `nk-aid extract` over the articles written to a folder."""
    with tempfile.TemporaryDirectory() as folder:
        for article in articles:
            (Path(folder) / f"{article['id']}.txt").write_text(str(article["text"]), encoding="utf-8")
        nk_aid = Path(sys.executable).with_name("nk-aid")
        out = subprocess.run([str(nk_aid), "extract", folder, "--format", "json"], capture_output=True, text=True,
                             check=True)  # fmt: skip
    claims: dict[str, list[dict[str, Any]]] = {}
    for claim in json.loads(out.stdout):
        claims.setdefault(str(claim["article"]), []).append(claim)
    return claims


def source_agrees(expected: str | None, got: object) -> bool:
    """As `nk-aid eval` has sources agree; an expectation 're:...' is a pattern the source must match."""
    if expected is not None and expected.startswith("re:"):
        return isinstance(got, str) and re.fullmatch(expected[3:], got) is not None
    return same_source(None if expected == "null" else expected, got)


def score_sources(name: str) -> str:
    articles = json.loads((HERE / f"{name}.json").read_text())
    claims = extract(articles)
    figures = extracted = right = 0
    for article in articles:
        for figure in article["figures"]:
            found = [c for c in claims.get(article["id"], []) if c["value"] == figure["value"]]
            same_category = [c for c in found if c["category"] == figure.get("category")]
            if figure.get("optional") and not found:
                continue
            figures += 1
            if not found:
                continue
            extracted += 1
            got = (same_category or found)[0]["source"]
            right += any(source_agrees(s, got) for s in [figure["source"], *figure["alt"]])
    return f"{name}: {len(articles)} articles, {figures} figures, {extracted} extracted, source right {right} "\
           f"({right / max(extracted, 1):.3f} of those extracted)"  # fmt: skip


def field_agrees(expected: dict[str, Any], name: str, got: dict[str, Any]) -> bool:
    """The engine's field is the expected one or a reading the expectation lists in `alt`."""
    accepted = [expected.get(name), *expected.get("alt", {}).get(name, [])]
    return got.get(name) in accepted


def score_fields() -> str:
    articles = json.loads((HERE / "fields.json").read_text())
    claims = extract(articles)
    gold_n = predicted = matched = all_right = 0
    null_gold = null_predicted = null_matched = 0
    for article in articles:
        got = claims.get(article["id"], [])
        pool = [c for c in got if c["value"] is not None]
        before = matched
        for expected in sorted(
            (c for c in article["claims"] if c["value"] is not None), key=lambda c: bool(c.get("opt"))
        ):
            hit = next((c for c in pool if c["category"] == expected["category"] and c["value"] == expected["value"]),
                       None)  # fmt: skip
            if hit is not None:
                pool.remove(hit)
            if expected.get("opt"):
                continue  # defensible, not required: neither a miss nor, when made, a false claim
            gold_n += 1
            if hit is not None:
                matched += 1
                all_right += all(field_agrees(expected, name, hit) for name in FIELDS)
        predicted += matched - before + len(pool)
        wanted = Counter(c["category"] for c in article["claims"] if c["value"] is None and not c.get("opt"))
        made = Counter(c["category"] for c in got if c["value"] is None)
        null_gold += sum(wanted.values())
        null_predicted += sum(made.values())
        null_matched += sum((wanted & made).values())
    precision, recall = matched / max(predicted, 1), matched / max(gold_n, 1)
    null_p, null_r = null_matched / max(null_predicted, 1), null_matched / max(null_gold, 1)
    null_f1 = 2 * null_p * null_r / max(null_p + null_r, 1e-9)
    return (
        f"fields: {len(articles)} articles, quantified P {precision:.3f} R {recall:.3f} ({matched} of {gold_n}), "
        f"every field right {all_right} of {matched}; null-valued F1 {null_f1:.3f} "
        f"({null_matched} of {null_gold}, {null_predicted} made)"
    )


def score_corpus(name: str) -> str:
    """A set in the shared corpus layout, written out and scored by `nk-aid eval` (score.py's figures)."""
    articles = json.loads((HERE / f"{name}.corpus.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        for article in articles:
            base = Path(folder) / article["id"]
            base.with_suffix(".txt").write_text(article["text"], encoding="utf-8")
            base.with_suffix(".json").write_text(json.dumps(article["meta"]), encoding="utf-8")
            Path(f"{base}.gold.json").write_text(json.dumps(article["gold"]), encoding="utf-8")
        nk_aid = Path(sys.executable).with_name("nk-aid")
        out = subprocess.run([str(nk_aid), "eval", folder, "--format", "json"], capture_output=True, text=True,
                             check=True)  # fmt: skip
    got = json.loads(out.stdout)
    return (
        f"{name}: {len(articles)} articles, P {got['precision']:.3f} R {got['recall']:.3f} F1 {got['f1']:.3f}, "
        f"source {got['agreement']['source']:.3f}, strict F1 {got['strict_f1']:.3f}, "
        f"unquantified F1 {got['unquantified_f1']:.3f}, claims on off-topic articles {got['offtopic_claims']}"
    )


def score_attacks() -> str:
    """The adversarial attacks: handled when every expected claim is made and no other (null-valued claims are
    compared only for attacks that say so)."""
    attacks = json.loads((HERE / "adversarial.json").read_text(encoding="utf-8"))
    claims = extract([{"id": a["id"], "text": a["text"]} for a in attacks])

    def agrees(expected: list[Any], got: dict[str, Any]) -> bool:
        category, value, status, source = expected[:4]
        sources = source if isinstance(source, list) else [source]
        subtype_ok = len(expected) < 5 or got["subtype"] == expected[4]
        return (
            subtype_ok
            and (got["category"], got["value"], got["status"]) == (category, value, status)
            and (got["source"] in sources)
        )

    handled = 0
    for attack in attacks:
        got = [c for c in claims.get(attack["id"], []) if attack["nulls"] or c["value"] is not None]
        unmatched = list(got)
        missed = False
        for expected in attack["expect"]:
            hit = next((c for c in unmatched if agrees(expected, c)), None)
            if hit is None:
                missed = True
            else:
                unmatched.remove(hit)
        spurious = [c for c in unmatched if not any(agrees(e, c) for e in attack["extra_ok"])]
        handled += not missed and not spurious
    return f"adversarial: {len(attacks)} attacks, {handled} handled"


def main() -> None:
    print(score_sources("attribution_short"))
    print(score_sources("attribution_long"))
    print(score_fields())
    # the development sets first, then the blind ones (their figures only), each in name order
    sets = sorted(path.name.removesuffix(".corpus.json") for path in HERE.glob("*.corpus.json"))
    for name in [s for s in sets if not s.startswith("blind_")] + [s for s in sets if s.startswith("blind_")]:
        print(score_corpus(name))
    print(score_attacks())


if __name__ == "__main__":
    main()
