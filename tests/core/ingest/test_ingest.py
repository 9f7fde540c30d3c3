"""Reading articles: formats, sidecars, page noise, and bad input refused with one clear line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from core.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    MalformedInputError,
    UnsupportedInputError,
)
from core.ingest import iter_input_paths, read_articles
from core.ingest.clean import clean_text
from core.ingest.language import looks_english

BODY = "North Korea has sent about 3,000 more troops to Russia, South Korea's military said on Thursday."
MAX = 5_000_000


def test_text_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text("Headline here\n" + BODY, encoding="utf-8")
    (tmp_path / "a1.json").write_text(
        json.dumps({"url": "https://example.org/a1", "title": "T", "published": "2025-03-27"})
    )
    (article,) = read_articles(tmp_path / "a1.txt", MAX)
    assert (article.id, article.url, article.title, article.published) == (
        "a1",
        "https://example.org/a1",
        "T",
        date(2025, 3, 27),
    )
    assert article.language == "en" and BODY in article.text


def test_walk_skips_sidecars_and_gold(tmp_path: Path) -> None:
    for name in ("a.txt", "a.json", "a.gold.json", "b.html", "c.json", "notes.csv"):
        (tmp_path / name).write_text("{}" if name.endswith(".json") else "x")
    assert [p.name for p in iter_input_paths([tmp_path])] == ["a.txt", "b.html", "c.json"]


def test_json_record_and_array(tmp_path: Path) -> None:
    record = {"title": "T", "url": "https://example.org/x", "published": "2025-02-11T09:00:00Z", "text": BODY}
    (tmp_path / "one.json").write_text(json.dumps(record))
    (tmp_path / "many.json").write_text(json.dumps([record, {**record, "id": "second"}]))
    (tmp_path / "lines.jsonl").write_text(json.dumps(record) + "\n" + json.dumps(record) + "\n")
    (one,) = read_articles(tmp_path / "one.json", MAX)
    assert one.published == date(2025, 2, 11) and one.url == "https://example.org/x"
    assert [a.id for a in read_articles(tmp_path / "many.json", MAX)] == ["many", "second"]
    assert len(read_articles(tmp_path / "lines.jsonl", MAX)) == 2


def test_html_main_text_only(tmp_path: Path) -> None:
    page = f"""<!doctype html><html><head><title>Seoul: troops</title><script>var ads = "10,000 clicks";</script></head>
    <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>North Korea sends more troops</h1><p>{BODY}</p>
    <p>The assessment was presented to lawmakers in Seoul, who were told the deployment continues.</p></article>
    <aside><h3>Read also</h3><ul><li>Earthquake of magnitude 6.1 kills 12</li></ul></aside>
    <footer>Copyright 2025</footer></body></html>"""
    (tmp_path / "p.html").write_text(page)
    (article,) = read_articles(tmp_path / "p.html", MAX)
    assert BODY in article.text
    assert "ads" not in article.text and "Earthquake" not in article.text and "Home" not in article.text


@pytest.mark.parametrize(
    ("noise", "kept"),
    [
        ("- Advertisement -", False),
        ("60.1 F", False),
        ("Tuesday, February 11, 2025", False),
        ("By Jane Doe, Seoul bureau", False),
        ("BY KIM TONG-HYUNG and JANE DOE, The Associated Press", False),
        ("By Mi-rae Kang (Seoul)", False),
        # a sentence opening with 'By' is no byline, however short
        ("By Seoul's estimate, North Korea has sent 11,000 troops to Russia.", True),
        ("By December, the North had sent 3,000 more troops.", True),
        ("By Ukraine's Count, North Korea Lost 4,000 Troops in Kursk", True),
        ("Photo : YONHAP News", False),
        ("Source: Getty Images", False),
        # a news item that names who it reports keeps the line: attribution reads it
        ("Source: Kyrylo Budanov, head of Ukraine's military intelligence, speaking on national television", True),
        ("Kim Jong Un visits a factory in 2024. (Photo/AFP via Getty Images)", False),
        ("Read also: Seoul says 3,000 more North Korean troops have arrived", False),
        # other teaser prefixes, with the arrows and squares pages put before them
        ("Read next: Kyiv says it captured two more North Korean soldiers", False),
        (">> READ MORE: North Korea's 5 MILLION shells for Russia", False),
        ("More on this story: Russia pays North Korea in oil", False),
        ("■ Related article: North Korea sends 200 guns to Russia", False),
        ("Updated: 12:30 p.m. EDT, Nov 20, 2024", False),
        ("20.11.2024 14:05 UTC", False),
        # Almost a dateline: once backtracked exponentially (seconds per line), found by the property tests.
        ("2024-12-16 2024-12-16 2024-12-16 2024-12-16 North Korea", True),
        (
            "By sending 11,000 troops, North Korea became Russia's most important partner in the war against Ukraine.",
            True,
        ),
    ],
)
def test_noise_lines(noise: str, kept: bool) -> None:
    assert (noise in clean_text(f"Headline\n{noise}\n{BODY}")) is kept


def test_background_bullets_that_are_sentences_are_kept_under_a_teaser_heading() -> None:
    background = "- On March 3, Seoul said that North Korea had sent about 3,000 more soldiers to Russia this year."
    teaser = "- Seoul says more North Korean troops arrive in Russia"
    cleaned = clean_text(f"Headline\n{BODY}\nPrevious developments:\n{background}\n{teaser}")
    assert background in cleaned


@pytest.mark.parametrize("verb", ["said", "stated", "told reporters", "confirmed", "claimed"])
def test_a_wire_credit_after_reported_speech_is_dropped_and_the_paragraph_kept(verb: str) -> None:
    line = f"A White House spokesman {verb} Russia sent 120,000 barrels of oil to North Korea in June. (Yonhap)"
    cleaned = clean_text(f"Headline\n{line}\n{BODY}")
    assert "sent 120,000 barrels of oil to North Korea in June." in cleaned
    assert "(Yonhap)" not in cleaned


def test_a_page_run_into_one_line_keeps_its_prose_before_the_copyright_notice() -> None:
    # a page whose text came out as one line, the outlet's copyright notice at its end (a real page had it so)
    line = (
        "News A Siberian region plans to hire 2,000 North Korean workers for building projects. A regional "
        "official told a press conference that the region lacks several thousand builders and will bring in "
        "workers from the DPRK soon. © Example Media Group. All rights reserved. |"
    )
    cleaned = clean_text(f"About the Author\nJane Doe is a correspondent.\n{line}")
    assert "plans to hire 2,000 North Korean workers" in cleaned
    assert "©" not in cleaned and "All rights reserved" not in cleaned
    # a short copyright line is still furniture
    assert "©" not in clean_text(f"{BODY}\n© 2024 Example Media. All rights reserved.")


def test_teaser_block_is_dropped_until_prose_resumes() -> None:
    text = f"{BODY}\nMost Read\nQuake kills 12\nNorth Korea Sent Thousands Of Workers To Russia\n" + "Prose. " * 40
    cleaned = clean_text(text)
    assert "Quake" not in cleaned and "Workers" not in cleaned and "Prose." in cleaned


@pytest.mark.parametrize(
    "heading", ["You might also like", "You may be interested in", "In other news", "Further reading", "More news"]
)
def test_more_headings_start_a_teaser_block(heading: str) -> None:
    teasers = "- Why North Korea sent 12,000 troops to Russia\n- The hermit kingdom and its 100 missiles"
    text = f"{BODY}\n{heading}\n{teasers}"
    cleaned = clean_text(text)
    assert "12,000" not in cleaned and "100 missiles" not in cleaned


@pytest.mark.parametrize("heading", ["More from U.S. News", "More from Dr. Victor Cha on North Korea"])
def test_a_more_from_heading_with_full_stops_inside_still_heads_teasers(heading: str) -> None:
    cleaned = clean_text(f"{BODY}\n{heading}\nRussia fires 100 North Korean missiles at Kyiv")
    assert "Russia fires" not in cleaned


def test_a_live_blog_entry_opening_more_from_is_no_teaser_heading() -> None:
    entry = "More from Seoul. The spy agency said North Korea has sent 3,000 more troops."
    cleaned = clean_text(f"{BODY}\n{entry}\nMore from Reuters\nQuake kills 12")
    assert entry in cleaned and "Quake" not in cleaned


def test_a_short_paragraph_of_sentences_after_a_teaser_block_is_the_article_again() -> None:
    """A teaser block ends at prose, and a short cut-off paragraph of two sentences is prose; a numbered list of
    headlines ('1. ... 2. ...') is not."""
    paragraph = 'He added that Pyongyang had sent "about 2,000" fresh troops to Kursk. Officials in the West say'
    numbered = "1. BTS star enlists 2. N. Korea fires 5 missiles off east coast"
    cleaned = clean_text(f"{BODY}\nRecommended\nRussia's war economy strains\n{numbered}\n{paragraph}")
    assert paragraph in cleaned
    assert "Russia's war economy" not in cleaned and "BTS" not in cleaned


def test_an_abbreviation_in_a_teaser_headline_is_no_full_stop() -> None:
    teaser = "Sen. Graham warns Russia over North Korean troops"
    assert teaser not in clean_text(f"{BODY}\nMost Read\n{teaser}\n" + "Prose. " * 40)


def test_a_photo_source_credit_is_a_caption() -> None:
    caption = "North Korean troops march in Kursk. Illustrative photo. (Source: NK News)"
    assert caption not in clean_text(f"Headline\n{caption}\n{BODY}")


def test_keywords_and_hashtags_are_furniture() -> None:
    cleaned = clean_text(f"{BODY}\nKeywords\n#N. Korea #missile launch\n#Russia")
    assert cleaned == clean_text(BODY)


def test_language_detection() -> None:
    assert looks_english(BODY + " " + BODY)
    assert not looks_english(
        "Severní Korea poslala do Ruska tisíce vojáků, uvedla ve středu jihokorejská rozvědka podle agentur."
    )
    assert not looks_english("북한이 러시아에 병력을 추가로 파병했다고 국가정보원이 밝혔다 " * 3)
    # a short English line dense with names is still English
    assert looks_english(
        "Colonel Jaan Tamm, deputy head of Estonia's Military Intelligence Centre, says North Korea sent Russia 180 "
        "missiles."
    )
    assert not looks_english(
        "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes weitere Soldaten nach Russland geschickt."
    )


# --- bad input: each is one clear line naming the file ---------------------------------------------------


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "error", "message"),
    [
        ("empty.txt", b"", EmptyInputError, "empty: no text"),
        ("blank.txt", b"  \n\t\n", EmptyInputError, "empty: no text"),
        (
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
            BinaryInputError,
            "binary data, not text",
        ),
        ("broken.json", b'{"text": "abc", ', MalformedInputError, "invalid JSON at line 1"),
        (
            "record.json",
            b'{"title": "no text field"}',
            UnsupportedInputError,
            "JSON article records need a string 'text' field",
        ),
        ("data.csv", b"a,b\n1,2\n", UnsupportedInputError, "unsupported file type '.csv'"),
        (
            "scripts.html",
            b"<html><body>" + b"<script>var x = 1;</script>" * 500 + b"</body></html>",
            MalformedInputError,
            "HTML holds no readable article text",
        ),
        (
            "nested.html",
            b"<html><body>" + b"<div>" * 5000 + b"text" + b"</div>" * 5000 + b"</body></html>",
            MalformedInputError,
            "HTML nested 256 or more levels deep (the parser drops what lies deeper)",
        ),
    ],
)
def test_bad_input_is_refused_with_a_clear_reason(
    tmp_path: Path, name: str, data: bytes, error: type, message: str
) -> None:
    path = _write(tmp_path / name, data)
    with pytest.raises(error) as info:
        read_articles(path, MAX)
    assert str(info.value).startswith(f"{path}: {message}")
    assert "\n" not in str(info.value)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: 50 MB without writing them
    with pytest.raises(InputTooLargeError) as info:
        read_articles(path, MAX)
    assert str(info.value) == f"{path}: 50.0 MB is over the 5.0 MB limit"


def test_other_encodings_are_decoded(tmp_path: Path) -> None:
    text = "Séoul: North Korea sent about 3,000 more troops to Russia, officials said — “an estimate”."
    latin = _write(tmp_path / "latin.txt", "Séoul: North Korea sent about 3,000 troops to Russia.".encode("cp1252"))
    utf16 = _write(tmp_path / "utf16.txt", text.encode("utf-16"))
    assert "Séoul" in read_articles(latin, MAX)[0].text
    assert "“an estimate”" in read_articles(utf16, MAX)[0].text
