"""Article pages and feeds written for these tests (our own wording, not copied from any outlet)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

# An article that raises the sample corpus's headline artillery figure (more than 200 pieces, February 2025).
NEW_GUNS = (
    "North Korea has sent Russia more than 300 long-range guns, Seoul says\n"
    "North Korea has now given Russia more than 300 long-range guns, South Korea's defence ministry said on Monday.\n"
)

TROOPS = """Seoul's spy agency said on Tuesday that North Korea has now deployed roughly 11,000 soldiers to Russia,
most of them to the Kursk border region, where they train with Russian units before being sent to the front.

Lawmakers briefed behind closed doors were told that the troops arrived in several waves since October and that
Pyongyang is rotating some of them home, according to South Korea's National Intelligence Service.

The agency gave no figure for losses. Moscow has not commented on the deployment."""

ARTILLERY_V1 = """North Korea has shipped more than 160 pieces of long-range artillery to Russia, South Korea's
Ministry of National Defense said on Monday, adding that the guns are of the self-propelled Koksan type.

Officials in Seoul said the transfers were watched closely and that more deliveries by rail were expected before
winter. Russia's defence ministry declined to comment on the report."""

ARTILLERY_V2 = """North Korea has shipped about 200 pieces of long-range artillery to Russia, South Korea's
Ministry of National Defense said on Monday, revising an earlier count upward.

Officials in Seoul said the transfers were watched closely and that more deliveries by rail were expected before
winter. Russia's defence ministry declined to comment on the report."""

SHELLS = """Pyongyang has sent Russia several million artillery shells over the past year, and South Korea's military
estimates that North Korea shipped around 13,000 containers of munitions to Russia since August of last year.

The Joint Chiefs of Staff said the containers were moved by sea and by rail through the border crossing at Tumangang.
Analysts said the flow of shells had slowed in recent weeks."""

OFF_TOPIC = """Heavy snow closed several mountain roads in Gangwon province on Thursday, and the weather agency warned
drivers to expect icy conditions through the weekend.

Ski resorts said the early snowfall would let them open a week ahead of schedule. Farmers said the cold snap
came too early for the cabbage harvest."""

NAV_ONLY = """A trade fair in Busan drew more than 300 exhibitors this week, organisers said, with shipbuilders and
battery makers taking the largest stands.

Visitors from 40 countries attended, and the city said it hopes to host the fair again next year."""


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    summary: str = ""
    date: str = "Tue, 03 Nov 2026 08:00:00 GMT"


def page(title: str, text: str, *, date: str = "2026-11-03", author: str = "Kim Min-ji", nav: bool = True) -> str:
    """An article page with the furniture real sites have around the story (a menu naming Russia and North Korea
    unless `nav` is False)."""
    menu = '<a href="/russia">Russia</a> | <a href="/nk">North Korea</a> | ' if nav else ""
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="author" content="{escape(author)}">
<meta property="article:published_time" content="{date}T08:00:00+09:00">
</head><body>
<nav><a href="/world">World</a> | {menu}<a href="/sports">Sports</a></nav>
<article><h1>{escape(title)}</h1><p class="byline">By {escape(author)}</p>
{paragraphs}
</article>
<aside><h3>Most read</h3><ul><li>Markets rally as exports rise</li><li>New subway line opens</li></ul></aside>
<footer>Copyright 2026 Example Daily. All rights reserved.</footer>
</body></html>"""


def rss(title: str, items: list[Item], *, encoding: str = "utf-8") -> str:
    entries = "\n".join(
        f"<item><title>{escape(i.title)}</title><link>{escape(i.link)}</link>"
        f"<description>{escape(i.summary)}</description><pubDate>{i.date}</pubDate><guid>{escape(i.link)}</guid></item>"
        for i in items
    )
    return f"""<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>http://127.0.0.1/</link>
<description>test feed</description>
{entries}
</channel></rss>"""


def atom(title: str, items: list[Item]) -> str:
    entries = "\n".join(
        f'<entry><title>{escape(i.title)}</title><link href="{escape(i.link)}"/><id>{escape(i.link)}</id>'
        f"<updated>2026-11-03T08:00:00Z</updated><summary>{escape(i.summary)}</summary></entry>"
        for i in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title><id>urn:test</id>
<updated>2026-11-03T08:00:00Z</updated>
{entries}
</feed>"""


LAUNCHERS = """Ukraine’s military intelligence said on Wednesday that North Korea has handed Russia at least 120
multiple rocket launchers of the 240mm calibre since the summer, along with crews to train Russian gunners.

The agency’s deputy head said the launchers had been moved to positions near the front, and that Kyiv’s forces had
already destroyed a number of them. Pyongyang and Moscow deny any arms transfers."""

MISSILES = """North Korea has supplied Russia with about 100 KN-23 ballistic missiles, Ukraine's Defence
Intelligence said in a statement on Friday, adding that Russian forces had fired most of them at Ukrainian cities.

Investigators who examined debris said the missiles had become more accurate over the year. The Kremlin did not
respond to a request for comment."""
