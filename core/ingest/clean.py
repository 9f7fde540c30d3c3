"""Strip page noise (banners, bylines, captions, ads, teaser blocks) from article text, line by line."""

from __future__ import annotations

import re
import unicodedata

from core.dates import MONTH, WEEKDAY
from core.extract.sentences import ABBREVIATIONS

# A line that starts a block of teasers: everything after it is other stories until prose resumes.
_TEASER_HEADINGS = re.compile(
    r"^\s*(?:[>»■▶►]+\s*)?\[?(?:read (?:also|more|next)|also read|most (?:read|popular|viewed)"
    r"|related(?: (?:articles?|news|stories|posts))?|more on this(?: story| topic)?|don'?t miss"
    r"|tags?|topics|keywords|editor'?s picks?|more from\b.{0,80}?(?<![.!?])|see also|recommended(?: for you)?"
    r"|trending(?: now)?|similar (?:threads|posts|articles|stories)"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|(?:more )?in (?:other|related) news|what to read next"
    r"|further reading|more (?:news|coverage|articles)(?: on \w+(?: \w+)?)?"
    r"|latest(?: news)?|popular(?: now)?|top stories|more stories|previous developments?"
    r"|real time analytics|share this(?: article)?|comments?)\]?\s*:?\s*$",
    re.IGNORECASE,
)
# Headings that may head a plain post's own paragraphs ('Latest' above a blog's updates): what stands under them
# is the article when nothing else is; under 'Most read' or 'Related' it is other stories, always.
_WEAK_TEASER_HEADING = re.compile(
    r"^\s*(?:latest(?: news)?|popular(?: now)?|top stories|trending(?: now)?)\s*:?\s*$", re.I
)
# A bullet that is a sentence of its own ('- On January 23, Budanov said that ...'), not another story's headline:
# background the article gives under 'Previous developments:'.
_BULLET_SENTENCE = re.compile(r"^[-•*]\s+(?:\S+\s+){7,}\S*[.!]['\"”’]?$")
_TEASER_PREFIX = re.compile(
    r"^\s*(?:[>»■▶►]+\s*)?(?:read (?:also|more|next)|also read|most (?:read|popular|viewed)"
    r"|related(?: articles?| stories)?|see also|more"
    r"(?: on this(?: story| topic)?)?|watch|listen|recommended(?: for you)?|trending|latest|don'?t miss|must read"
    # ('You might also like » ...', 'Tags: 12,000 troops, KN-23', a forum's 'Similar threads: ...')
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|tags?|keywords|similar (?:threads|posts|articles|"
    r"stories)|more (?:news|stories)|editor'?s picks?)\s*[:|»>-]"
    # ... or a label in brackets: KBS's '[Most Viewed] ...', '[Related articles] ...'
    r"|^\s*\[(?:most (?:viewed|read|popular)|related(?: (?:articles?|news|stories))?|popular|trending|recommended)\]",
    re.IGNORECASE,
)
_NOISE_LINE = re.compile(
    r"""^\s*(?:
        [-–—•*]*\s*advertisement\s*[-–—•*]*            # - Advertisement -
      | sponsored(?:\s+content)?
      | skip\s+to\s+(?:main\s+)?content
      | subscribe\b.*
      | -?\d{1,3}(?:\.\d)?\s*°?\s*[FC]                  # weather banner: 60.1 F
      | (?:photo|image|images\s+source|credit|caption|file\s+photo)\s*:.*
      | sources?\s*:\s*(?:\S+\s+){0,3}\S*                # 'Source: Getty Images'; not 'Source: Vadym ..., deputy head
                                                          # of ...', a news item naming who it reports
        (?<!intelligence)(?<!intelligence\s\(\w\w\w\))   # nor a chart's or fact box's footer naming the service
        (?<!ministry)(?<!staff)(?<!command)                   # its figures come from ('Source: Ukrainian military
                                                          # intelligence (HUR)', "Source: Japan's defence ministry")
      | news\s+feed\b.*
      | \#\S.*                                           # hashtags: '#N. Korea #missile launch'
      | \d+\s+min(?:ute)?s?\s+read
      | (?:anchor|report)\s*:\s*$
      | (?:AFP|AP|Reuters|Yonhap|KCNA|EPA|TASS)
      | .*©.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Each token is atomic and a digit run cannot be split, so a line that is almost a dateline
# ('2024-12-16 2024-12-16 North Korea') fails in linear time instead of backtracking exponentially.
_DATE_LINE = re.compile(
    rf"^[\s|,:\-–]*+(?:(?>{WEEKDAY}|{MONTH}|\d{{1,4}}(?:[-/.]\d{{1,4}}){{0,2}}(?!\d)|\d{{1,2}}:\d{{2}}(?!\d)"
    rf"|[ap]\.?m\.?|updated|published|edt|est|utc|gmt|kst|at|[|,:\-–])\s*+)++$",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s+")
# A line that reports speech is a paragraph, whatever credit ends it; a photo caption reports none.
_REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|stated|states|according\s+to|citing|reported|reports|estimated|estimates|assessed|"
    r"noted|notes|added|adds|claimed|claims|confirmed|announced|warned|wrote|informed|revealed|disclosed|believes)\b"
)
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:[^()]*/)?[^()]*(?:getty images|afp|reuters|ap photo|epa|yonhap|sputnik|pool|kcna)[^()]*\)"
    r"|\[(?:kcna|yonhap|afp|reuters|ap)\]|\((?:photo\s+)?source:\s*[^()]{2,40}\))\s*$",
    re.IGNORECASE,
)
_PROSE_MIN_CHARS = 200
# a copyright notice ending a line: '© Korea Risk Group. All rights reserved. |', '© 2025 Example Media'
_NOTICE = re.compile(r"©\s*(?:\d{4}[\s,]*)?[^.|©]{0,60}[.|]?\s*(?:all\s+rights\s+reserved\.?)?[\s|]*", re.IGNORECASE)
# A full stop inside a line and a capital after it: two sentences, the article again after a teaser block (a
# headline has no full stop inside it, and a numbered list's '1. ' is no full stop).
_SENTENCES = re.compile(r"(?P<word>[A-Za-z]*[a-z]{2})[\"”’)]?\.\s+[\"“]?[A-Z]")


def clean_text(raw: str) -> str:
    """Return the article's readable text with page furniture removed; line breaks separate paragraphs."""
    return clean_page(raw)[0]


def clean_page(raw: str) -> tuple[str, str]:
    """The article's readable text (as clean_text) and the lines dropped from it as not the page's own word (a claim
    a fact check rates false): those still tell what the page is about, never what it asserts."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    kept: list[str] = []
    spare: list[str] = []  # prose-like lines dropped as furniture: the article when nothing else is left
    in_teasers = weak_heading = False
    for line in text.split("\n"):
        line = _DATE_PREFIX.sub("", line).strip()
        if not line:
            continue
        if _TEASER_HEADINGS.match(line):
            in_teasers, weak_heading = True, _WEAK_TEASER_HEADING.match(line) is not None
            continue
        if _TEASER_PREFIX.match(line):
            continue  # 'Read also: Seoul says 3,000 more troops ...' is another story's headline
        if in_teasers:
            if (
                (len(line) < _PROSE_MIN_CHARS or line.startswith(("-", "•", "*")))
                and not _BULLET_SENTENCE.match(line)
                and not _two_sentences(line)
                and not _reported_sentence(line)
            ):
                if weak_heading and not _is_furniture(line):
                    spare.append(line)
                continue
            in_teasers = False
        if (
            (notice := line.find("©")) >= _PROSE_MIN_CHARS
            and _NOTICE.fullmatch(line, notice)  # (a notice ends the line; not a photo credit inside it)
            and _two_sentences(line[:notice])
        ):
            line = line[:notice].rstrip()  # a page run together into one line, its copyright notice last
        if (credit := _CAPTION_CREDIT.search(line)) and _REPORTED_SPEECH.search(line, 0, credit.start()):
            line = line[: credit.start()].rstrip()  # '... Kirby said in May that ... (Yonhap)': a wire credit
        elif _is_furniture(line):
            if len(line) >= _PROSE_MIN_CHARS:
                spare.append(line)
            continue
        kept.append(line)
    # Nothing kept means the rules misread a plain post: a 'Latest' heading above short paragraphs is no
    # teaser block, and a one-paragraph post that ends '© 2024 Jane Doe' is no copyright line.
    kept, debunked = _without_debunked_claims(kept)
    return "\n".join(kept or spare), "\n".join(debunked)


# A fact-check page's verdict on the claim it checks ('Verdict: False', 'Our rating: Misleading', 'Rating: True'),
# and the line stating that claim ('Claim: A video says North Korea has sent 100,000 soldiers ...'): the page asserts
# none of a claim rated wrong (a claim rated true is left, as the page's own word)
_VERDICT = re.compile(
    r"^(?:.{0,30}[|:]\s*)?(?:our\s+|the\s+)?(?:verdict|rating|ruling|conclusion)\s*[:|-]\s*(?P<rating>.*)",
    re.IGNORECASE,
)
_AGAINST = re.compile(
    r"(?:(?:mostly|largely|partly|half)\s+)?"
    r"(?:false|fake|misleading|unproven|unsupported|unsubstantiated|incorrect|inaccurate|wrong|fabricated|"
    r"no\s+evidence|missing\s+context|out\s+of\s+context|not\s+true)\b",
    re.IGNORECASE,
)
_CHECKED_CLAIM = re.compile(r"^(?:the\s+)?claims?\s*:", re.IGNORECASE)


def _without_debunked_claims(lines: list[str]) -> tuple[list[str], list[str]]:
    """The page's lines without the claims a fact check rates wrong, and those claims. Each verdict rates the nearest
    claim line not yet rated before it, else after it ('Verdict: Partly false' above its 'Claim:'); a claim line left
    unrated is dropped where every verdict on the page is against."""
    verdicts = {
        i: _AGAINST.match(m["rating"]) is not None for i, line in enumerate(lines) if (m := _VERDICT.match(line))
    }
    if not any(verdicts.values()):
        return lines, []
    claims = [i for i, line in enumerate(lines) if _CHECKED_CLAIM.match(line)]
    rated: dict[int, bool] = {}
    for verdict, against in verdicts.items():
        before = [i for i in claims if i < verdict and i not in rated]
        after = [i for i in claims if i > verdict and i not in rated]
        if before or after:
            rated[before[-1] if before else after[0]] = against
    dropped = {i for i in claims if rated.get(i, all(verdicts.values()))}
    return [line for i, line in enumerate(lines) if i not in dropped], [lines[i] for i in sorted(dropped)]


# A wire dateline opening a paragraph: 'SEOUL --', 'KYIV, Feb 27 (Reuters) -'
_DATELINE_OPENING = re.compile(r"^[A-Z][A-Z .'-]{2,30}(?:,\s*[\w .]{2,20})?\s*(?:\([\w .-]{1,20}\)\s*)?(?:—|–|--|-)\s")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def _reported_sentence(line: str) -> bool:
    """A paragraph of one sentence that reports speech or opens with a dateline: the article again after a teaser
    block ('SEOUL -- North Korea has sent ..., the NIS said.'), not another story's headline, which has no full
    stop."""
    if _DATELINE_OPENING.match(line) and _SENTENCE_END.search(line):
        return True  # (a teaser headline may open with a dateline too, but ends with no full stop)
    return (
        _SENTENCE_END.search(line) is not None and len(line.split()) >= 12 and _REPORTED_SPEECH.search(line) is not None
    )


def _two_sentences(line: str) -> bool:
    """A full stop inside the line after a word that is no abbreviation ('Sen. Graham warns' is one headline)."""
    return any(stop["word"].lower() not in ABBREVIATIONS for stop in _SENTENCES.finditer(line))


# A byline: 'By Jane Doe', 'BY KIM TONG-HYUNG and JANE DOE, The Associated Press', 'Author: Jane Doe | Seoul' (the
# name's words capitalised, case-sensitively); not a sentence opening with 'By' ("By Seoul's estimate, North Korea
# has sent ...", 'By December, the North had ...'), which has a verb.
_BYLINE = re.compile(
    r"^\s*(?:by|author:?)\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?:\s*(?:,|\||/|—|–|-|\band\b|&|\()\s*[^.!?]{0,90})?\s*$",
    re.IGNORECASE,
)
_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|may|sent|deployed|killed|shipped)\b", re.I)


_POSSESSIVE_AFTER_BY = re.compile(r"^\s*by\s+\S+['’]s\b", re.IGNORECASE)  # "By Ukraine's Count, ...": no name


def _is_byline(line: str) -> bool:
    return (
        _BYLINE.match(line) is not None
        and _VERB.search(line) is None
        and not _REPORTED_SPEECH.search(line)
        and not _POSSESSIVE_AFTER_BY.match(line)
    )


def _is_furniture(line: str) -> bool:
    return bool(_NOISE_LINE.match(line) or _is_byline(line) or _DATE_LINE.match(line) or _CAPTION_CREDIT.search(line))
