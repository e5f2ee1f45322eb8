"""The number grammar's intermediates (:class:`NumberMention`, the figure it reads, and
``_Read``, a numeral with its affixes) and exact decimal arithmetic on them (cleaning,
percentages of fractions)."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs

_YEAR_MIN: Final = 1000


_YEAR_MAX: Final = 2100


@attrs.frozen
class NumberMention:
    """A figure found by the grammar, before hedges, units and rates are read."""

    start: int
    """Offset of the first character (a currency symbol, or the number)."""
    end: int
    """Offset one past the last character (scale, percent sign, currency word)."""
    first: int
    """Index of the first token."""
    last: int
    """Index of the last token."""
    value: Decimal
    kind: str
    """ "count", "percent", "money" or "measure"."""
    unit: str | None = None
    """ "percent", an ISO 4217 code (or "$" for a dollar to resolve), a measure name."""
    approx: bool = False
    bound: str | None = None
    """ "min" or "max" when the expression itself says so (vague magnitudes, "50+")."""
    collective: bool = False
    """ "190-strong": the unit is the group's members, read after the noun."""
    vague: bool = False
    """ "thousands of": the unit is read after "of"."""
    range_end: str | None = None
    """ "low" or "high" for the ends of a range ("10-20"); ``None`` otherwise."""


def clean_decimal(value: Decimal) -> Decimal:
    """``value`` without exponent or trailing zeros: 1.2E+6 -> 1200000, 90.40 -> 90.4."""
    sign, digits, exp = value.as_tuple()
    if not isinstance(exp, int):
        return value  # NaN or infinity: nothing to clean
    if exp >= 0:  # digit tuples, not int(value): int() of a long digit run is quadratic
        return Decimal((sign, digits + (0,) * exp, 0)) if any(digits) else Decimal(0)
    whole = len(digits) + exp
    if value == value.to_integral_value():
        return Decimal((sign, digits[:whole], 0)) if whole > 0 and any(digits) else Decimal(0)
    return value.normalize()


FRACTION_PLACES: Final = 10
"""Decimal places of a percentage whose decimal does not end ("a third" = 33.3333333333,
"one in seven" = 14.2857142857); one that ends is exact ("three eighths" = 37.5)."""


def percent_of(numerator: Decimal, denominator: Decimal) -> Decimal:
    """``numerator / denominator`` as a percentage: exact when its decimal ends, else
    rounded half-even to ``FRACTION_PLACES`` places."""
    value = Decimal(100) * numerator / denominator
    den = int(denominator)
    if den == denominator and den > 0:
        for prime in (2, 5):
            while den % prime == 0:
                den //= prime
        if (numerator * 100) % den == 0 or den == 1:
            return clean_decimal(value)
    return clean_decimal(value.quantize(Decimal(1).scaleb(-FRACTION_PLACES)))


def fraction_percent(fraction: str) -> Decimal:
    """ "1/3" as a percentage (see :func:`percent_of`): 33.3333333333; "3/8": 37.5."""
    num, den = fraction.split("/")
    return percent_of(Decimal(num), Decimal(den))


@attrs.frozen
class _Read:
    """One numeral read with its scale and suffix, before range handling."""

    first: int
    last: int
    value: Decimal
    kind: str
    unit: str | None
    plain: bool
    scaled: bool
    skip: bool
