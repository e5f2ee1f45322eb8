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
from collections.abc import Iterable, Sequence
from typing import Final

from policycorpus.model import Span

__all__ = ["WordScreen", "cut_at_citations", "split_sentences"]

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
_END: Final = re.compile(r"[.!?]")


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
    find_end = _END.search
    line_start = 0
    start = 0
    while line_start <= n:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = n
        i = line_start
        while (end_mark := find_end(text, i, line_end)) is not None:
            i = end_mark.start()
            k = i + 1
            while k < line_end and (text[k] in _CLOSERS or text[k] in _ENDS):
                k += 1
            if _is_boundary(text, i, k, line_start):
                _add(spans, text, start, k)
                start = k
            i = k
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
    if "[" not in text:
        return tuple(spans)
    out: list[Span] = []
    for span in spans:
        start = span.start
        if text.find("[", span.start, span.end) >= 0:
            for m in _CITED_END.finditer(text, span.start, span.end):
                cut = m.end()
                while cut > start and text[cut - 1] in " \t":
                    cut -= 1
                out.append(Span(start, cut))
                start = m.end()
        out.append(span if start == span.start else Span(start, span.end))
    return tuple(out)


_FOLDS_APART: Final = frozenset("µİıſͅΐΰβεθικμπρςσφϐϑϕϖϰϱϵвдостъѣᲀᲁᲂᲃᲄᲅᲆᲇᲈṡẛιΐΰꙋﬅﬆ")
"""Letters whose case-insensitive match in :mod:`re` is not ``str.lower`` equality (the
extra cases of ``re._casefix`` and the one letter, "İ", that lowers to two)."""
_WORD_RUN: Final = re.compile(r"\w+")
_TWO_WORD_CHARS: Final = re.compile(r"\w\w")


class WordScreen:
    """Whether a stretch of text holds one of a set of whole words, in any case.

    The same answer as searching ``\\b(?:word|...)\\b`` with ``re.IGNORECASE``, at the
    cost of one ``str.lower`` and one scan for words, instead of trying every word at
    every position: the cheap test that lets a per-sentence pass skip sentences that
    hold none of its cue words. Words are made of word characters only.
    """

    __slots__ = ("pattern", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words: frozenset[str] = frozenset(w.lower() for w in words)
        if not all(_WORD_RUN.fullmatch(w) for w in self.words):
            raise ValueError("a screened word is made of word characters only")
        self.pattern: re.Pattern[str] = re.compile(
            r"\b(?:" + "|".join(sorted(self.words, key=len, reverse=True)) + r")\b",
            re.IGNORECASE,
        )
        """The equivalent regular expression (read when the text has letters whose case
        folds apart from ``str.lower``)."""

    def holds(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` holds one of the words as a whole word (a word
        running on from before ``start`` is not whole, as for ``pattern.search``)."""
        if end is None:
            end = len(text)
        chunk = text[start:end]
        if not chunk.isascii() and not _FOLDS_APART.isdisjoint(chunk):
            return self.pattern.search(text, start, end) is not None
        runs = _WORD_RUN.findall(chunk.lower())
        if runs and start > 0 and _TWO_WORD_CHARS.match(text, start - 1):
            del runs[0]
        return not self.words.isdisjoint(runs)
