"""Ranges and changes: "10-20", "between 10 and 20", "from 39% to 55%", the scale
the two ends share, compound modifiers ("24-hour") and year ranges."""

from __future__ import annotations

import attrs

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_digits import _numeral
from policycorpus.extract._num_mentions import _YEAR_MAX, _YEAR_MIN, _Read, clean_decimal
from policycorpus.extract._num_reading import _read_digits
from policycorpus.extract._num_tokens import _DASHES, _HYPHENS, Tokens
from policycorpus.extract._num_words import _small


def _compound_after(tk: Tokens, last: int) -> str | None:
    """The word of a compound modifier touching the figure ("three-step" -> "step")."""
    k = last + 1
    if (
        k + 1 < len(tk)
        and tk.texts[k] in _HYPHENS
        and tk.touching(k)
        and tk.touching(k + 1)
        and tk.is_word(k + 1)
    ):
        return tk.lower[k + 1]
    return None


def _range_after(tk: Tokens, last: int, first: int) -> tuple[int, bool] | None:
    """A range connector after token ``last``: (index of the high end's first token, between).

    range := figure ("-" | "–" | "to") figure | "between" figure "and" figure
             | RANGE_WORD "from" figure "to" figure
    "to" makes a range only when no "from" opens the low end ("from 700 to 30,000" is a
    change, two plain figures) unless a range word stands before "from" ("ranging from
    £5m to £7m").
    """
    k = last + 1
    if k + 1 >= len(tk) or not tk.same_line(last, k):
        return None
    t = tk.texts[k]
    between = tk.low(first - 1) == "between"
    opener = tk.low(first - 1)
    if (
        (t in _DASHES and t != "—")
        or (
            tk.lower[k] == "to"
            and (opener not in {"from", "between"} or (opener == "from" and _stated(tk, first, k)))
        )
        or (tk.lower[k] == "and" and between)
    ):
        start = k + 1
    else:
        return None
    signed = (
        start + 1 < len(tk)
        and tk.texts[start] in V.MINUS_SIGNS
        and tk.touching(start + 1)
        and not tk.touching(start)
    )
    if signed:
        start += 1  # "-5 to -10%", "between -3 and -1": the sign is the high end's
    if start < len(tk) and tk.texts[start] in V.CURRENCY_SYMBOLS:
        start += 1
    if start < len(tk) and (tk.is_digits(start) or _small(tk, start) is not None):
        if tk.texts[start - 1] in V.CURRENCY_SYMBOLS:
            start -= 1
        if signed and tk.is_digits(start):
            return start, between
        if signed:
            return None
        return start, between
    return None


def _stated(tk: Tokens, first: int, to: int) -> bool:
    """Whether "X to Y" (low end at ``first``, "to" at ``to``) states a range, not a change.

    stated := (RANGE_WORD | RANGE_PREDICATE) "from" X "to" Y     "worth from £5m to £7m"
            | (RANGE_PREDICATE | RANGE_COPULA) X "to" Y          "cost $4 to $6 billion"
            | RANGE_AT_PREDICATE "at" X "to" Y                   "estimated at $4 to $6bn"
            | "from"? X "to" Y ","? RANGE_AFTER                  "... to £7m depending on"
    """
    before = tk.low(first - 1)
    if before == "from":
        cue = tk.low(first - 2)
        if cue in V.RANGE_WORDS or cue in V.RANGE_PREDICATES:
            return True
    elif before == "at":
        if tk.low(first - 2) in V.RANGE_AT_PREDICATES:
            return True
    elif before in V.RANGE_PREDICATES or before in V.RANGE_COPULAS:
        return True
    for x in range(to + 1, min(len(tk), to + 9)):  # bounded: the upper end and a comma
        w = tk.lower[x]
        if w in V.RANGE_AFTER:
            return tk.same_line(to, x)
        if tk.is_word(x) and w not in V.SCALES and w not in V.SCALE_ABBREVIATIONS:
            return False
    return False


def _shared_scale(tk: Tokens, r: _Read) -> _Read:
    """The low end of a change read with the scale of its upper end: "from 40 to 90
    million people" is 40 million, "rose from $4 to $6 billion" $4 billion; not when the
    scaled low end lies beyond ``SCALE_SHARE_RATIO`` of the upper ("from 900 to 1.1
    million" stays 900)."""
    k = r.last + 1
    if r.scaled or tk.low(k) != "to" or not tk.same_line(r.last, k):
        return r
    hi_digit = k + 1
    if hi_digit < len(tk) and tk.texts[hi_digit] in V.CURRENCY_SYMBOLS:
        hi_digit += 1
    if not tk.is_digits(hi_digit):
        return r
    hi = _read_digits(tk, hi_digit)
    if not hi.scaled or hi.kind != r.kind or hi.skip or not r.value:
        return r
    base = _numeral(tk, hi_digit).value
    if not base:
        return r
    value = r.value * (hi.value / base)
    ratio = V.SCALE_SHARE_RATIO
    if not (hi.value / ratio <= value <= hi.value * ratio):
        return r
    return attrs.evolve(r, value=clean_decimal(value), scaled=True)


def _year_range(lo: _Read, hi: _Read) -> bool:
    """ "2021-2023", "2023-24": a span of years, not a range of figures."""
    if not (lo.plain and hi.plain and _YEAR_MIN <= lo.value <= _YEAR_MAX):
        return False
    return _YEAR_MIN <= hi.value <= _YEAR_MAX or hi.value < 100
