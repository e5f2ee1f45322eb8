"""English number words, in one place for the date grammar and the figure grammar.

``policycorpus.dates`` reads the small counts ("two weeks ago"), the statistics
grammar reads every table, and the pledge grammar reads the small counts that refer
back to earlier actors ("the two countries").
"""

from __future__ import annotations

from typing import Final

__all__ = ["ONES", "TEENS", "TENS", "small_counts"]

ONES: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS: Final[dict[str, int]] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def small_counts(low: int, high: int) -> dict[str, int]:
    """The number words from ``low`` to ``high`` (at most nineteen), with their values."""
    return {w: v for w, v in (ONES | TEENS).items() if low <= v <= high}
