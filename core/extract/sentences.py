"""Split cleaned article text into sentences with their character spans and paragraph numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.phrases import normalise

ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "rep",
        "sen",
        "gov",
        "adm",
        # (ranks that open a name: 'Brig. Gen. Oleksandr Tarnavskyi told the BBC')
        "brig",
        "cmdr",
        "lieut",
        "cpl",
        "pvt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "prof",
        "dept",
        "approx",
        "thous",  # ('12 thous. North Korean military': translated copy's 'thousand')
        "ths",
        "est",
        "fig",
        "p.m",
        "a.m",
    ]
)
# A sentence ends at . ! ? (and any closing quote) before whitespace and a capital, digit or opening quote;
# newspapers' copy-paste also glues sentences together: 'in the battles.Kim Bum-soo has more.', 'sent by
# Pyongyang.A defense ministry official said'
# and transcripts glue a bracketed cue to it: 'on Wednesday.[Sound bite]'; a footnote marker stays with its
# sentence: 'went missing.[3] ISW previously assessed'.
# The match opens with the stop itself (so that `re` skips to stops in C); the sentence ends after it.
_BOUNDARY = re.compile(
    r"""[.!?]["”’')\]]*(?:\[\d{1,3}\])*(?:\s+(?=["“‘'(\[]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=\[?(?:[A-Z][a-z]|[AI]\s))"""
    r"""|(?<=[a-z]{2}[.!?]\[\d\])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?]\[\d\d\])(?=[A-Z][a-z]))"""
)


# words that open a sentence and go on no name: after a lone capital and a stop, the sentence ended there
_OPENING_WORD = re.compile(
    r"(?:He|She|It|They|We|I|You|The|This|That|These|Those|There|His|Her|Its|Their|Our|But|And|However|Meanwhile|"
    r"In|On|At|As|If|When|While|After|Before|Since|According)\b"
)
# ('No. Eleven', 'No. IV' are numbers)
_NUMBER_WORD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[IVXL]+)\b")
_LAST_WORD = re.compile(r"([\w.]+)[.!?][\"”’')\]]*$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    index: int
    low: str  # `text` lower-cased, same length: patterns match this, output quotes `text`


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of every line (a line is a paragraph), in order."""
    sentences: list[Sentence] = []
    offset = 0
    low = normalise(text)
    for paragraph, line in enumerate(text.split("\n")):
        begin = 0
        for match in _BOUNDARY.finditer(line):
            cut = match.start() + 1
            head = line[begin:cut]
            # The last word cannot hold a space: searching from the last one is the same search, minus the rest.
            last_word = _LAST_WORD.search(head, head.rfind(" ") + 1)
            if (
                last_word
                and last_word.group(1).lower().rstrip(".") in ABBREVIATIONS
                # ('No. 1' is an abbreviation; an answer's 'No. The Journal reported ...' ends a sentence)
                and not (
                    last_word.group(1) == "No"
                    and line[match.end() : match.end() + 1].isalpha()
                    and _NUMBER_WORD.match(line, match.end()) is None
                )
            ):
                continue
            if (
                last_word
                and len(last_word.group(1)) == 1
                and last_word.group(1).isupper()
                and _OPENING_WORD.match(line, match.end()) is None
            ):
                continue  # initials: 'Kim J. Un' (not 'he wrote on X. He said': no name goes on with 'He')
            _add(sentences, line, begin, match.end(), offset, paragraph, low)
            begin = match.end()
        _add(sentences, line, begin, len(line), offset, paragraph, low)
        offset += len(line) + 1
    return sentences


def _add(out: list[Sentence], line: str, begin: int, end: int, offset: int, paragraph: int, low: str) -> None:
    piece = line[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    start = offset + begin + lead
    stop = start + len(stripped)
    out.append(Sentence(stripped, start, stop, paragraph, len(out), low[start:stop]))
