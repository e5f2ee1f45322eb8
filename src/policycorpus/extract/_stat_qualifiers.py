"""What qualifies a figure right after it: a hedge ("or more"), a denominator
("per 100,000 people"), an "of" phrase and votes ("in favour")."""

from __future__ import annotations

import re
from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._numbers import Tokens, past_aside
from policycorpus.extract._stat_drafts import _content

_FAVOUR: Final = re.compile(r"\bin\s+fav(?:ou)?r\b", re.IGNORECASE)


def _vote(tk: Tokens, k: int, lo: int, hi: int) -> int | None:
    """The last token of "in favour" or "against" after a bare count in a sentence that
    records a vote ("passed with 122 in favour, 1 against and 1 abstention")."""
    if tk.low(k) == "in" and tk.low(k + 1) in {"favour", "favor"}:
        return k + 1
    if tk.low(k) == "against" and not _content(tk, k + 1, hi) and _FAVOUR.search(tk.text[lo:hi]):
        return k
    return None


def _of_after(tk: Tokens, first: int, k: int) -> int:
    """Where "of" follows a percentage starting at token ``first`` and ending before ``k``:
    right after it, after an aside ("a quarter (26%) of parents"), or after the ")" closing
    the aside that holds it ("(26%) of parents")."""
    if (
        tk.texts[k : k + 1] == [")"]
        and first > 0
        and tk.texts[first - 1] == "("
        and tk.low(k + 1) == "of"
        and tk.same_line(k, k + 1)
    ):
        return k + 1
    if k < len(tk) and tk.same_line(k - 1, k):
        return past_aside(tk, k)
    return len(tk)


def _denominator(tk: Tokens, k: int, hi: int) -> tuple[str, int] | None:
    """ "per" DIGITS-with-separators-or-scale after a count: (denominator text, next token).

    The denominator is a population ("per 100,000 children", "per 1,000 live births",
    "per million people"); it becomes the unit, not a ``per`` period."""
    if tk.low(k) != "per" or k + 1 >= len(tk) or tk.starts[k + 1] >= hi:
        return None
    if not tk.same_line(k, k + 1):
        return None
    x = k + 1
    if tk.low(x) in V.SCALES or tk.low(x) in {"hundred", V.HUNDRED}:
        return tk.lower[x], x + 1  # "per million"
    if not tk.is_digits(x):
        return None
    while (
        x + 2 < len(tk)
        and tk.texts[x + 1] in {",", "."}
        and tk.touching(x + 1)
        and tk.touching(x + 2)
        and tk.is_digits(x + 2)
    ):
        x += 2
    if tk.low(x + 1) in V.SCALES and tk.same_line(x, x + 1):
        x += 1
    return tk.text[tk.starts[k + 1] : tk.ends[x]], x + 1


def _post_hedge(tk: Tokens, k: int, hi: int) -> tuple[int, str] | None:
    """ "or more" / "or fewer" / "or so" after the figure or its noun: (next token, bound),
    the bound "approx" for a figure made approximate."""
    if k + 1 >= len(tk) or tk.ends[k + 1] > hi:
        return None
    pair = f"{tk.lower[k]} {tk.lower[k + 1]}"
    nxt = tk.low(k + 2)
    if tk.is_digits(k + 2) or nxt in V.ONES or nxt in V.TEENS or nxt in V.TENS:
        return None  # "57 countries and over 300 commitments": the hedge is the next figure's
    if pair in V.POST_MIN_HEDGES:
        return k + 2, "min"
    if pair in V.POST_MAX_HEDGES:
        return k + 2, "max"
    if pair in V.POST_APPROX_HEDGES:
        return k + 2, "approx"
    return None
