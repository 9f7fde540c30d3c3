"""Generated inputs for the speed benchmark: article files varied from the bundled sample, and web pages.

Nothing here copies a real page or the team's shared corpus: the article texts are data/sample's own
paraphrases with their figures, places and paragraph order varied, and the pages are built from templates of
common site shapes (news site with navigation, scripts and teasers; blog; old table layout; forum thread;
hand-written HTML that leaves <p>, <li> and <td> open) around those texts or around unrelated filler prose.
"""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

from core.settings import SAMPLE_CORPUS_DIR

_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,6}\b")
_PLACES = [("Seoul", "South Korea's capital"), ("Kyiv", "the Ukrainian capital"), ("Moscow", "the Russian capital")]
FILLER = [
    "The council approved the new budget for the harbour after a long debate about the cost of dredging.",
    "Rain is expected over the weekend, with temperatures a few degrees below the seasonal average.",
    "The museum's winter exhibition brings together prints and drawings from three private collections.",
    "Local schools will close early on Friday so that teachers can attend a regional training day.",
    "The football club confirmed that its captain will miss the next match with a knee injury.",
    "A new cycle path along the river is due to open in the spring, linking the two halves of the town.",
    "The library extended its opening hours after a survey of readers asked for evenings and Sundays.",
    "Farmers said the late frost had damaged the apple blossom in the higher orchards of the valley.",
]


def sample_texts() -> list[str]:
    """The raw text of each bundled sample article (.txt files; the HTML one is used by the page builder)."""
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_CORPUS_DIR.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    """The same article with its figures scaled, a capital named differently and later paragraphs reordered."""
    factor = rng.choice([0.5, 0.8, 1.2, 1.5, 2, 3])

    def scaled(match: re.Match[str]) -> str:
        digits = match[0].replace(",", "")
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return match[0]  # a year stays a year
        value = max(1, round(int(digits) * factor))
        return f"{value:,}" if "," in match[0] else str(value)

    text = _NUMBER.sub(scaled, text)
    place, other = rng.choice(_PLACES)
    text = text.replace(place, other) if rng.random() < 0.3 else text
    head, *rest = text.split("\n")
    rng.shuffle(rest)
    return "\n".join([head, *rest])


def write_articles(target: Path, count: int, seed: int = 16) -> list[Path]:
    """`count` article files (.txt) in `target`, each a varied copy of a sample article."""
    rng = random.Random(seed)
    texts = sample_texts()
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = target / f"{i:06d}.txt"
        path.write_text(vary(texts[i % len(texts)], rng), encoding="utf-8")
        paths.append(path)
    return paths


def write_pages(target: Path, count: int, seed: int = 9) -> list[Path]:
    """`count` web pages of varied shapes and sizes (about 5-150 KB), a third about the sample's subject.
    Shapes are weighted towards today's sites: 4 news pages, 2 blogs and 2 forum threads in 10, and one each
    of the old table layout and unclosed hand-written HTML."""
    rng = random.Random(seed)
    texts = sample_texts()
    target.mkdir(parents=True, exist_ok=True)
    shapes = [_news_page, _blog_page, _forum_page, _news_page, _table_page]
    shapes += [_news_page, _blog_page, _forum_page, _news_page, _unclosed_page]
    paths = []
    for i in range(count):
        if i % 3 == 0:
            paragraphs = [p for p in vary(texts[i % len(texts)], rng).split("\n") if p.strip()]
        else:
            paragraphs = [" ".join(rng.sample(FILLER, 3)) for _ in range(rng.randint(4, 14))]
        page = shapes[i % len(shapes)](paragraphs, rng)
        path = target / f"{i:05d}.html"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    return paths


def _title(paragraphs: list[str]) -> str:
    return html.escape(paragraphs[0][:90])


def _nav(rng: random.Random, items: int) -> str:
    """A menu as sites build them: nested lists of links in wrappers (most of a page's elements)."""
    links = "".join(
        f'<li class="menu-item"><div class="wrap"><a href="/section/{i}"><span>Section {i}</span></a></div>'
        f'<ul class="sub">{"".join(f"<li><a href=/s/{i}/{j}>Topic {j}</a></li>" for j in range(rng.randint(0, 8)))}'
        "</ul></li>"
        for i in range(items)
    )
    return f'<nav class="menu"><div class="container"><ul>{links}</ul></div></nav>'


def _scripts(rng: random.Random) -> str:
    """Inline scripts and styles, as analytics and themes put on real pages (most of a page's bytes)."""
    blocks = []
    for i in range(rng.randint(2, 12)):
        body = ";".join(f"window.cfg{i}_{j}={{id:{j},slot:'ad-{j}',lazy:true}}" for j in range(rng.randint(20, 200)))
        blocks.append(f"<script>{body}</script>")
    css = "".join(f".c{j}{{margin:{j % 7}px;color:#{j % 999:03d}}}" for j in range(rng.randint(50, 600)))
    return f"<style>{css}</style>" + "".join(blocks)


def _teasers(rng: random.Random) -> str:
    items = "".join(f'<li><a href="/story/{rng.randint(1, 99999)}">{html.escape(f)}</a></li>' for f in FILLER)
    return f'<aside class="related"><h3>Most read</h3><ul>{items}</ul></aside>'


def _news_page(paragraphs: list[str], rng: random.Random) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_title(paragraphs)} | Daily Wire</title>'
        f'<meta property="og:title" content="{_title(paragraphs)}">'
        f'<meta property="article:published_time" content="2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:00:00Z">'
        f"{_scripts(rng)}</head><body><header>{_nav(rng, rng.randint(30, 120))}</header>"
        f'<div class="cookie">We use cookies. <button>Accept</button></div><main><article>'
        f'<h1>{_title(paragraphs)}</h1><div class="byline">By Staff Reporter</div>{body}</article>'
        f"{_teasers(rng)}</main><footer>{_nav(rng, rng.randint(20, 60))}"
        "<p>Daily Wire, all rights reserved.</p></footer></body></html>"
    )


def _blog_page(paragraphs: list[str], rng: random.Random) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    comments = "".join(
        f'<div class="comment"><b>reader{i}</b><p>{html.escape(rng.choice(FILLER))}</p></div>'
        for i in range(rng.randint(0, 30))
    )
    return (
        f"<!DOCTYPE html><html><head><title>{_title(paragraphs)}</title>{_scripts(rng)}</head><body>"
        f'<div id="wrap"><div class="sidebar">{_nav(rng, rng.randint(15, 60))}</div><div class="entry-content">'
        f'<h2>{_title(paragraphs)}</h2>{body}</div><div id="comments">{comments}</div></div></body></html>'
    )


def _table_page(paragraphs: list[str], rng: random.Random) -> str:
    body = "<br><br>".join(html.escape(p) for p in paragraphs[1:])
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
        f"<title>{_title(paragraphs)}</title></head><body><table width=760>"
        f"<tr><td colspan=2><font size=5>{_title(paragraphs)}</font><tr><td valign=top>{_nav(rng, 12)}"
        f"<td valign=top>{body}<tr><td colspan=2><font size=1>Last updated 2025</font></table></body></html>"
    )


def _forum_page(paragraphs: list[str], rng: random.Random) -> str:
    posts = "".join(
        f'<div class="post"><div class="author">member{i}</div><div class="post-body">{html.escape(p)}</div></div>'
        for i, p in enumerate(paragraphs)
    )
    return (
        f"<html><head><title>{_title(paragraphs)} - Forum</title>{_scripts(rng)}</head><body>"
        f'{_nav(rng, 25)}<div class="thread"><h1>{_title(paragraphs)}</h1>{posts}</div></body></html>'
    )


def _unclosed_page(paragraphs: list[str], rng: random.Random) -> str:
    items = "".join(f"<li>{html.escape(rng.choice(FILLER))}" for _ in range(rng.randint(50, 400)))
    body = "".join(f"<p>{html.escape(p)}" for p in paragraphs)
    return (
        f"<html><head><title>{_title(paragraphs)}</title></head><body><h1>{_title(paragraphs)}</h1>"
        f"{body}<h2>Archive</h2><ul>{items}</ul></body></html>"
    )
