"""Fractions: "half", "two-thirds", "one in five", "a third of the budget", and a
fraction of a scale or a percentage."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_digits import _continues_number, _numeral
from policycorpus.extract._num_lookarounds import hedge_before, past_aside
from policycorpus.extract._num_mentions import (
    _YEAR_MAX,
    _YEAR_MIN,
    clean_decimal,
    fraction_percent,
    percent_of,
)
from policycorpus.extract._num_tokens import _HYPHENS, Tokens
from policycorpus.extract._num_words import _small, _words


def _fraction_of(tk: Tokens, last: int) -> int | None:
    """The first token of the denominator after "in" / "out of" / "in every", if any."""
    k = last + 1
    hyphened = (
        tk.low(k) in _HYPHENS
        and tk.low(k + 1) == "in"
        and tk.low(k + 2) in _HYPHENS
        and all(tk.touching(x) for x in (k, k + 1, k + 2, k + 3))
    )
    if hyphened:
        k += 3  # "nine-in-ten"
    elif tk.low(k) == "in":
        k += 1
    elif tk.low(k) == "out" and tk.low(k + 1) == "of":
        k += 2
    else:
        return None
    if tk.low(k) == "every":
        k += 1
    if tk.is_digits(k) or _small(tk, k) is not None:
        return k
    return None


def _one_in(tk: Tokens, numerator: Decimal, k: int) -> tuple[Decimal, int] | None:
    """fraction := (ONE | DIGITS) ("in" | "out of") "every"? (small | DIGITS)  -> percent"""
    if tk.low(k) == "every":
        k += 1
    if tk.is_digits(k):
        den_num = _numeral(tk, k)
        den, last = den_num.value, den_num.last
        if den_num.plain and _YEAR_MIN <= den <= _YEAR_MAX:
            return None
    else:
        small = _words(tk, k)
        if small is None:
            return None
        den, last = Decimal(small[0]), small[1]
    if den <= numerator or numerator <= 0 or numerator > 10:
        return None
    return percent_of(numerator, den), last


_ONE_OPENERS: Final = frozenset({"a", "an", "one"})


def _past_hyphen(tk: Tokens, k: int) -> int:
    """``k``, or the token after a hyphen glued on both sides at ``k`` ("three-quarters")."""
    if tk.texts[k : k + 1] in (["-"], ["‐"]) and tk.touching(k) and tk.touching(k + 1):
        return k + 1
    return k


def _fraction_before_of(tk: Tokens, i: int, openers: frozenset[str]) -> tuple[str, int] | None:
    """ONE FRACTION ("a quarter", with an opener of ``openers``) or ONES FRACTIONS
    ("three-quarters") at ``i``, followed by "of" ("a" | "an" | "one"): (the fraction
    "n/d", the index of its fraction word)."""
    low = tk.lower[i]
    k = _past_hyphen(tk, i + 1)
    word = tk.low(k)
    if low in openers and word in V.FRACTION_WORDS:
        fraction = V.FRACTION_WORDS[word]
    elif f"{low} {word}" in V.FRACTION_MULTIPLES:
        fraction = V.FRACTION_MULTIPLES[f"{low} {word}"]
    else:
        return None
    if tk.low(k + 1) != "of" or tk.low(k + 2) not in _ONE_OPENERS:
        return None
    return fraction, k


def _fraction_of_scale(tk: Tokens, i: int) -> tuple[Decimal, int] | None:
    """of_scale := ("a" | "an" | "one") FRACTION | ONES ^"-"?^ FRACTIONS) "of" ("a" | "an")
    SCALE: "a quarter of a million" is 250,000 (a count, not 25 percent and a million),
    "three-quarters of a billion" 750,000,000.  -> (value, last token)"""
    found = _fraction_before_of(tk, i, _ONE_OPENERS)
    if found is None:
        return None
    fraction, k = found
    scale = V.SCALES.get(tk.low(k + 3))
    if scale is None or not tk.same_line(i, k + 3):
        return None
    num, den = fraction.split("/")
    # a share of the scale, at the precision of a percentage ("a third of a million")
    return clean_decimal(percent_of(Decimal(num), Decimal(den)) * scale / 100), k + 3


def _fraction_of_percent(tk: Tokens, i: int) -> tuple[Decimal, str, int] | None:
    """ "a tenth of a per cent", "half a percentage point", "a quarter of one percent":
    a share of one percent (or point), not a share of the whole. -> (value, unit, last)"""
    low = tk.lower[i]
    if low == "half" and tk.low(i + 1) in {"a", "an", "one"}:
        fraction, k = "1/2", i + 1
    else:
        found = _fraction_before_of(tk, i, _ONE_OPENERS | {"half"})
        if found is None:
            return None
        fraction, k = found
        k += 2
    unit_at = k + 1
    if tk.low(unit_at) in V.PERCENT_WORDS:
        unit, last = V.PERCENT_UNIT, unit_at
    elif tk.low(unit_at) == "per" and tk.low(unit_at + 1) == "cent":
        unit, last = V.PERCENT_UNIT, unit_at + 1
    elif tk.low(unit_at) == "percentage" and tk.low(unit_at + 1) in {"point", "points"}:
        unit, last = V.PERCENTAGE_POINT_UNIT, unit_at + 1
    else:
        return None
    if not tk.same_line(i, last):
        return None
    num, den = fraction.split("/")
    return clean_decimal(percent_of(Decimal(num), Decimal(den)) / 100), unit, last


def _fraction(tk: Tokens, i: int) -> tuple[Decimal, int] | None:
    """fraction := "half" | ("a" | "one") ("quarter" | "third") | "two-thirds" | ...

    A fraction counts when it is a quantity: before "of" (not "half of 2023" or a
    "first half"), or after a hedge ("more than half", "just over a quarter" unless a
    period follows: "over a quarter century"), or as a subject before a verb.
    """
    low = tk.lower[i]
    last = i
    if low in V.ONES:
        k = _past_hyphen(tk, i + 1)
        key = f"{low} {tk.low(k)}"
        if key in V.FRACTION_MULTIPLES:
            fraction = V.FRACTION_MULTIPLES[key]
            last = k
        elif (
            low == "one"
            and tk.low(k) in V.FRACTION_WORDS
            and (tk.low(k + 1) == "of" or tk.low(i - 1) == "by")
        ):
            fraction = V.FRACTION_WORDS[tk.lower[k]]
            last = k
        else:
            return None
    elif (
        low in {"a", "an"}
        and tk.low(i + 1) in V.FRACTION_WORDS
        and (
            tk.low(past_aside(tk, i + 2)) in {"of", "by"}
            or tk.low(i - 1) == "by"
            or (
                hedge_before(tk, i) is not None
                and tk.low(i + 2) not in V.PERIODS
                and tk.low(i + 2) not in {"century", "centuries", "mile", "hour"}
            )
        )
    ):
        fraction = V.FRACTION_WORDS[tk.lower[i + 1]]
        last = i + 1
    elif low == "half":
        fraction = V.FRACTION_WORDS["half"]
    elif low in V.VULGAR_FRACTIONS:
        fraction = V.VULGAR_FRACTIONS[low]
    else:
        return None
    pct = fraction_percent(fraction)
    prev = tk.low(i - 1)
    if prev in {"first", "second", "last", "latter", "other", "a", "one", "behalf"}:
        return None
    if (
        prev == "and"
        and fraction == "1/2"
        and (tk.is_digits(i - 2) or _small(tk, i - 2) is not None)
    ):
        return None  # "two and half", "2 and half" (not "worth £5 billion and half of its")
    nxt_at = past_aside(tk, last + 1)
    nxt = tk.low(nxt_at)
    if nxt in {"a", "an", "-", "‐", "time", "way", "hour", "day", "year", "term"}:
        return None
    hedged = hedge_before(tk, i) is not None
    if nxt in {"of", "the"}:
        after = nxt_at + 1 if nxt == "of" else nxt_at
        if tk.low(after) in {"the", "this", "that", "these", "those", "its", "their", "all"}:
            after += 1
        year = (
            tk.is_digits(after) and len(tk.texts[after]) == 4 and not _continues_number(tk, after)
        )
        if (
            year
            or tk.low(after) in V.PERIODS
            or (tk.texts[after : after + 1] and (tk.texts[after] in V.MONTHS))
        ):
            return None
        return pct, last
    if hedged or prev == "by":
        return pct, last  # "more than half", "fell by a third"
    return None
