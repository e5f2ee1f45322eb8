"""Sentence splitting, done once per article and shared by every extractor.

Grammar (informal)::

    text      := block ("\\n" block)*           a line break ends a sentence, unless
                                              running text is hard-wrapped (see _wraps)
    block     := sentence (SPACE+ sentence)*
    sentence  := ... END CLOSER*                END is ".", "!" or "?"
    CLOSER    := one of  " ” ’ ' ) ]

A full stop does not end a sentence when the word before it is a known abbreviation
("Mr", "Dr", "U.S", "No", "e.g"), a single capital letter or dotted capitals (initials:
"J. Smith", "J.K. Rowling"), or when the next
non-space character is a lower-case letter, a digit or a comma (decimals, "a.m. on").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from policycorpus.model import Span

__all__ = ["cut_at_citations", "split_sentences"]

_ABBREVIATIONS: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "inc",
        "ltd",
        "co",
        "corp",
        "gov",
        "govt",
        "rep",
        "sen",
        "hon",
        "rt",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
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
        "approx",
        "dept",
        "est",
        "fig",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "art",
        "para",
        "ch",
        "vol",
        "pp",
        "op",
    }
)
_ENDS: Final = frozenset(".!?")
_CLOSERS: Final = frozenset("\"”’')]")


def _word_before(text: str, end: int, floor: int) -> str:
    i = end
    while i > floor and not text[i - 1].isspace() and text[i - 1] not in "(\"“‘'":
        i -= 1
    return text[i:end]


def _is_boundary(text: str, dot: int, after: int, floor: int) -> bool:
    """Whether the END at ``dot`` (closers running to ``after``) ends a sentence."""
    n = len(text)
    j = after
    while j < n and text[j] in " \t":
        j += 1
    if j == after and j < n:  # no space after: "U.S.", "3.5", "example.com"
        return False
    if j >= n or text[j] == "\n":
        return True
    nxt = text[j]
    if nxt.islower() or nxt in ",;:":
        return False
    if text[dot] != ".":
        return True
    word = _word_before(text, dot, floor).rstrip(".")
    if not word:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. Smith"
    parts = word.split(".")
    if len(parts) > 1 and all(len(p) == 1 and p.isalpha() and p.isupper() for p in parts):
        return False  # dotted initials: "J.K. Rowling"
    return word.lower() not in _ABBREVIATIONS


def split_sentences(text: str) -> tuple[Span, ...]:
    """Spans of the sentences in ``text``, stripped of surrounding whitespace, in order.

    Linear in the length of the text.
    """
    spans: list[Span] = []
    n = len(text)
    line_start = 0
    start = 0
    while line_start <= n:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = n
        i = line_start
        while i < line_end:
            if text[i] in _ENDS:
                k = i + 1
                while k < line_end and (text[k] in _CLOSERS or text[k] in _ENDS):
                    k += 1
                if _is_boundary(text, i, k, line_start):
                    _add(spans, text, start, k)
                    start = k
                i = k
            else:
                i += 1
        if not _wraps(text, start, line_start, line_end):
            _add(spans, text, start, line_end)
            start = line_end + 1
        line_start = line_end + 1
    return tuple(spans)


_WRAP_MIN: Final = 12
"""Shortest line that may be hard-wrapped text rather than a heading or list item."""
_WRAP_OPENERS: Final = frozenset("£$€(")


def _wraps(text: str, start: int, line_start: int, line_end: int) -> bool:
    """Whether a hard line break in running text goes on with the same sentence:
    the line is long, ends on a word or comma, and the next line starts in lower case,
    with a digit or a currency sign ("will commit up to\n£300 million")."""
    if line_end >= len(text) or line_end - line_start < _WRAP_MIN:
        return False
    k = line_end
    while k > start and text[k - 1] in " \t":
        k -= 1
    if k <= start or not (text[k - 1].isalnum() or text[k - 1] == ","):
        return False
    j = line_end + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text) or text[j] == "\n":
        return False
    return text[j].islower() or text[j].isdigit() or text[j] in _WRAP_OPENERS


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


_CITED_END: Final = re.compile(
    r"[.!?][\"\u201d\u2019')]?(?:\[[0-9a-z]{1,4}\])+[ \t]+(?=[A-Z\"\u201c])"
)
"""A sentence end followed by reference marks and the next sentence ("users.[2] Denmark")."""


def cut_at_citations(text: str, spans: Sequence[Span]) -> tuple[Span, ...]:
    """``spans`` with each one cut after reference marks that end a sentence inside it."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        if "[" in text[span.start : span.end]:
            for m in _CITED_END.finditer(text, span.start, span.end):
                cut = m.end()
                while cut > start and text[cut - 1] in " \t":
                    cut -= 1
                out.append(Span(start, cut))
                start = m.end()
        out.append(Span(start, span.end))
    return tuple(out)
