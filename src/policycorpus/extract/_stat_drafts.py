"""The statistics layer's intermediates (``_Draft``, a statistic being built, and
``_Phrase``, a noun phrase read after a figure) and the word tests its readers share."""

from __future__ import annotations

from typing import Final

import attrs

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._numbers import NumberMention, Tokens

_HYPHENS: Final = frozenset("-‐‑")


_DETERMINERS: Final = frozenset(
    {"the", "these", "those", "this", "that", "its", "their", "all", "total", "our"}
)


_NUMBER_WORDS: Final = frozenset(
    set(V.ONES) | set(V.TEENS) | set(V.TENS) | set(V.SCALES) | {V.HUNDRED, V.DOZEN}
)


@attrs.define
class _Draft:
    """A statistic being assembled (mutable; becomes a :class:`Statistic`)."""

    mention: NumberMention
    tokens: Tokens | None
    """The tokens of the figure's line (``mention.first`` indexes them); ``None`` once
    the line is read, unless the figure may borrow a noun later (:func:`_line_tokens`
    reads the line again then: a page's figures do not keep every line's tokens)."""
    sentence: int
    """Offset where the figure's sentence starts (its identity)."""
    sentence_end: int
    start: int
    end: int
    unit: str | None
    subject: str | None = None
    approx: bool = False
    bound: str | None = None
    per: str | None = None
    attributed_to: str | None = None
    hedged: bool = False
    borrowed: bool = False
    of_unit: str | None = None
    """The head noun of a percentage's "of" phrase ("a quarter of referrals")."""
    range_id: str | None = None
    """Shared by the two ends of a stated range."""
    line: tuple[int, int] = (0, 0)
    """(start, end) of the figure's line, as it was tokenised."""


@attrs.frozen
class _Phrase:
    """A noun phrase: tokens ``first..last``, its unit and its text."""

    first: int
    last: int
    unit: str
    text: str


def _first_token(tk: Tokens, start: int, fallback: int) -> int:
    i = fallback
    while i > 0 and tk.starts[i] > start:
        i -= 1
    return i


def _phrase_text(tk: Tokens, first: int, last: int) -> str:
    return tk.text[tk.starts[first] : tk.ends[last]]


def _content(tk: Tokens, k: int, hi: int) -> bool:
    return (
        0 < k < len(tk)
        and tk.is_word(k)
        and tk.starts[k] < hi
        and tk.lower[k] not in V.NP_STOP_WORDS
        and tk.lower[k] not in _NUMBER_WORDS
        and tk.same_line(k - 1, k)
    )


def _plural(word: str) -> bool:
    if word in V.IRREGULAR_PLURALS:
        return True
    if word.endswith(("'s", "’s")):
        return False  # a possessive: "the world's population"
    return (
        word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in V.S_SINGULARS
    )


def _capital(tk: Tokens, i: int) -> bool:
    return tk.is_word(i) and tk.texts[i][0].isupper()


def _token_at(tk: Tokens, pos: int) -> int:
    lo_i, hi_i = 0, len(tk)
    while lo_i < hi_i:
        mid = (lo_i + hi_i) // 2
        if tk.starts[mid] < pos:
            lo_i = mid + 1
        else:
            hi_i = mid
    return lo_i
