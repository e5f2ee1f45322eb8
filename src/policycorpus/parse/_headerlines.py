"""Edits to the header lines of a plain-text page before its title is chosen (issue 10).

:mod:`policycorpus.parse._plain` calls these while it reads a page's header:

* cuts: empty table cells after an infobox's heading row ("Clean Rivers Compact | |"), a
  bracketed link after an e-mail alert's headline, a "Contents" link beside a report's
  title;
* joins: a headline the page wrapped over up to four lines (:func:`wrapped_headline`),
  or wrapped onto a line that goes on with its occasion, place and date after a comma;
* dates in header forms the date-line reader does not take: a line of figures ("23 / 06
  / 14") and a "Published:" label glued to other chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from policycorpus.dates import find_dates, parse_date
from policycorpus.model import PartialDate
from policycorpus.parse._debris import is_debris, is_sentence
from policycorpus.parse._lines import TRIM, Line
from policycorpus.parse._metadata import DateLine, date_line

__all__ = [
    "cut_contents_link",
    "cut_empty_cells",
    "cut_link_tail",
    "glued_label_date",
    "headline_block",
    "join_occasion",
    "numeric_stamp",
    "wrapped_headline",
]

_NUMERIC_DATE: Final = re.compile(r"\d[/.]\d{1,2}[/.]\d")
_LIST_MARK: Final = re.compile(r"[•·▪●○◦‣∙■□➢►▶✓✔\-*–—](?=\s)|\d{1,3}[.)]\s")
_LINK_TAIL: Final = re.compile(r"\s\[\s?https?://")
_LINK_AT: Final = 400
_LINK_HEAD_WORDS: Final = 3
_GLUED_LABEL: Final = re.compile(r"(?<=[a-z])(?:Published|Updated|Posted)\s?:")
_READ_TIME: Final = re.compile(r"(?<=\d{4})\d{1,2} min(?:ute)?s? read\Z", re.I)
_EMPTY_CELLS: Final = re.compile(r"(?:\s*\|)+\s*\Z")
_BLOCK_LINES: Final = 4
_BLOCK_WORDS: Final = 40
_BLOCK_LINE_CHARS: Final = 120
_SUBTITLE_WORDS: Final = 8
_FRAGMENT_WORDS: Final = 4
_OPEN_END: Final = re.compile(
    r"(?:^|\s)(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|its|their|our|than|that|"
    r"which|who)\Z"
)
_JOINING: Final = frozenset(("of", "for", "and", "the", "on", "in", "to", "with", "by", "at", "a"))
_SENTENCE_END: Final = (".", "!", "?")


def cut_empty_cells(raw: str, line: Line) -> None:
    """Cut the empty cells off a table's heading row ("Clean Rivers Compact | |")."""
    segment = raw[line.start : line.end]
    m = _EMPTY_CELLS.search(segment)
    if m is None or m.start() == 0 or "|" in segment[: m.start()]:
        return
    line.respan(raw, line.start, line.start + m.start())


def cut_link_tail(raw: str, line: Line) -> None:
    """Cut a bracketed link and what follows it off a headline ("Ministers Agree Water
    Pact [ https://example.org/... ] 02/18/2021 02:13 PM EST": an e-mail alert's item)."""
    m = _LINK_TAIL.search(raw, line.start, min(line.end, line.start + _LINK_AT))
    if m is not None and len(raw[line.start : m.start()].split()) >= _LINK_HEAD_WORDS:
        line.respan(raw, line.start, m.start())


def cut_contents_link(raw: str, line: Line) -> bool:
    """Cut a "Contents" link off the report title it is printed beside ("Annual Review
    2024 Contents"); return whether there was one: that line is the report's title."""
    words = line.probe.split()
    if len(words) < 3 or words[-1] != "Contents" or is_sentence(line.probe):
        return False
    end = raw.rfind("Contents", line.start, line.end)
    while end > line.start and raw[end - 1] in TRIM:
        end -= 1
    line.respan(raw, line.start, end)
    return True


def glued_label_date(probe: str, dayfirst: bool | None) -> DateLine | None:
    """A date line run onto other chrome: "Content From: Agency.govPublished: October 06,
    20103 min read" is "Published: October 06, 2010" (the label glued to the word before
    it, the reading time glued to the year)."""
    m = _GLUED_LABEL.search(probe)
    if m is None:
        return None
    rest = _READ_TIME.sub("", probe[m.start() :])
    found = date_line(rest, dayfirst=dayfirst)
    return found if found is not None and found.label is not None else None


def numeric_stamp(probe: str) -> PartialDate | None:
    """The date in a header line of figures only ("23 / 06 / 14"), if it has a day."""
    compact = probe.replace(" ", "")
    date = parse_date(compact) if _NUMERIC_DATE.search(compact) else None
    return date if date is not None and date.day is not None else None


def join_occasion(raw: str, lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` opens with the rest of the headline on the line above and goes
    on after a comma with the occasion, place and date ("Joint declaration by the
    Northern and Southern" / "Governments on Regional Water, Border Summit," /
    "Riverton, 3 May 2001"); if so the headline above now ends at that comma and line
    ``i`` is dropped. The caller has checked that the start reads as a headline's rest."""
    line = lines[i]
    rest = line.probe.split(", ", 1)[1]
    after = lines[i + 1].probe if i + 1 < len(lines) else ""
    if not find_dates(f"{rest} {after}"[:200]):
        return False
    head = lines[i - 1]
    head.respan(raw, head.start, raw.find(",", line.start, line.end))
    line.role = "drop"
    return True


def headline_block(raw: str, lines: Sequence[Line], i: int) -> int:
    """Join a headline wrapped over the run of lines from ``i`` to the next blank line
    (see :func:`wrapped_headline`) into line ``i``; return how many lines it took (0: no
    such headline)."""
    if i + 1 >= len(lines) or lines[i + 1].gap_before or not (i == 0 or lines[i].gap_before):
        return 0
    end = i
    while end + 1 < len(lines) and not lines[end + 1].gap_before and end - i < _BLOCK_LINES:
        end += 1
    if end + 1 < len(lines) and not lines[end + 1].gap_before:
        return 0  # more than four lines: a paragraph, not a headline
    run = lines[i : end + 1]
    if any(ln.long or _LIST_MARK.match(ln.probe) or is_debris(ln.probe) for ln in run):
        return 0
    taken = wrapped_headline([ln.probe for ln in run])
    if taken:
        lines[i].respan(raw, lines[i].start, lines[end].end)
        for ln in run[1:]:
            ln.role = "drop"
    return taken


def _runs_on(head: str, tail: str) -> bool:
    """Whether ``tail`` continues the heading on ``head`` (a line break inside a title):
    ``head`` ends on a comma or a word no heading ends on, or ``tail`` opens in lower
    case."""
    return head.endswith(",") or _OPEN_END.search(head) is not None or tail[:1].islower()


def _participle(word: str) -> bool:
    """A capitalised participle opening a resolution's title ("Recognizing", "Honoring")."""
    return len(word) > 5 and word[0].isupper() and word[1:].islower() and word.endswith("ing")


def wrapped_headline(lines: Sequence[str]) -> int:
    """How many of ``lines`` (a run of header lines with no blank line between them,
    followed by a blank line) make one headline wrapped over them; 0 when they do not.

    The run holds two to four short lines, at most 40 words, with no sentence ending
    inside. Every break must read as a wrap: the line ends on a comma or on a word that
    cannot end a heading, or the next opens in lower case; or a heading ending with a
    colon stands over a short title-case subtitle that closes the run ("International
    Agreements (Part III):" / "Transparency Measures"). A run that ends with a full stop
    is a headline only in the form of a resolution's title, opening with a participle
    ("Recognizing the ... and reaffirming the" / "... Hemisphere."), where the last break
    may also fall before a fragment of up to four words ("... of the Clean" / "Rivers
    Compact.").
    """
    n = len(lines)
    if not 2 <= n <= _BLOCK_LINES or any(len(line) > _BLOCK_LINE_CHARS for line in lines):
        return 0
    words = " ".join(lines).split()
    if len(words) > _BLOCK_WORDS or not words[0][:1].isupper():
        return 0
    for k in range(n - 1):
        head, tail = lines[k], lines[k + 1]
        if head.endswith((*_SENTENCE_END, ";")):
            return 0
        if head.endswith(":"):
            subtitle = tail.split()
            if k + 2 != n or len(subtitle) > _SUBTITLE_WORDS or tail.endswith(_SENTENCE_END):
                return 0
            if not all(w[0].isupper() or w in _JOINING or w[0].isdigit() for w in subtitle):
                return 0
            continue
        if not _runs_on(head, tail) and not (
            k + 2 == n
            and _participle(words[0])
            and tail.endswith(".")
            and len(tail.split()) <= _FRAGMENT_WORDS
        ):
            return 0  # "Commemorating ... of the Clean" / "Rivers Compact.": a last fragment
    if lines[-1].endswith(_SENTENCE_END) and not _participle(words[0]):
        return 0
    return n
