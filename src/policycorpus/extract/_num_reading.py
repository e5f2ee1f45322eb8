"""Reading one numeral in digits with its currency, sign, scale and unit into a
``_Read``."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_affixes import (
    _accounting_brackets,
    _currency_before,
    _pence_after,
    _scale_after,
    _scaled_low_end,
    _sign_before,
    _suffix,
    _temperature_near,
)
from policycorpus.extract._num_digits import _numeral
from policycorpus.extract._num_lookarounds import _is_acronym
from policycorpus.extract._num_mentions import _Read, clean_decimal
from policycorpus.extract._num_tables import _infobox_column, _infobox_label, _infobox_row
from policycorpus.extract._num_tokens import _HYPHENS, Tokens

_MAX_DIGITS: Final = 30
"""A run of digits longer than this (whole or decimal part) makes an identifier, never a
figure (the largest counts in the news, in a currency's smallest unit, have 15-16
digits)."""


_MAX_NUMERAL_TOKENS: Final = 2 * _MAX_DIGITS
"""Tokens of one numeral past which it is a code: a decimal part as long as a page."""


_NAME_JOINS: Final = _HYPHENS | {"."}
_DASHES: Final = frozenset({"–", "—"})
_CLOCK_MARKS: Final = frozenset({":", "/"})


def _glued_mark(tk: Tokens, i: int, marks: frozenset[str]) -> bool:
    """Whether one of ``marks`` stands between token ``i`` and a token before it, glued
    to both ("COVID-19", "06:11")."""
    return i >= 2 and tk.texts[i - 1] in marks and tk.touching(i) and tk.touching(i - 1)


def _read_digits(tk: Tokens, i: int) -> _Read:
    """scaled numeral with currency, percent or unit; ``skip`` when it is not a figure."""
    num = _numeral(tk, i)
    texts = tk.texts
    last = num.last
    skip = False
    # digits touching letters before: "COP26", "article10"; or a hyphen name "COVID-19"
    cur = _currency_before(tk, i)
    if tk.touching(i) and tk.is_word(i - 1) and cur is None:
        if num.plain and _infobox_label(tk, i, num.last):
            # "Parties38", "Signatories133": an infobox row, its label run into the count
            return _Read(i, num.last, num.value, "count", tk.lower[i - 1], True, False, False)
        skip = True
    if _glued_mark(tk, i, _NAME_JOINS) and tk.is_word(i - 2) and not _scaled_low_end(tk, i - 2):
        skip = True  # "COVID-19", or a footnote glued to a full stop: "the debate.12"
    if _glued_mark(tk, i, _DASHES) and tk.is_word(i - 2) and _is_acronym(texts[i - 2]):
        skip = True  # "COVID–19" set with an en dash: still a name
    if num.plain and len(num.digits) > 1 and num.digits[0] == "0":
        skip = True
    if _glued_mark(tk, i, _CLOCK_MARKS) and tk.is_digits(i - 2):
        skip = True  # the end of "06:11" or "10/07/2025"
    if num.last - i > _MAX_NUMERAL_TOKENS or any(
        len(texts[k]) > _MAX_DIGITS for k in range(i, num.last + 1)
    ):
        # longer than any count: an identifier or a code (and scaling it would overflow
        # Decimal's exponent range on a megabyte of digits)
        return _Read(i, num.last, num.value, "count", None, num.plain, False, True)
    first = cur[1] if cur else i
    mult, last = _scale_after(tk, last, cur is not None)
    kind, unit = "count", None
    if cur:
        kind, unit = "money", cur[0]
    suffix = _suffix(tk, last)
    if suffix is not None and (cur is None or suffix[0] not in {"money", "percent"}):
        kind, unit, last = suffix
    elif (
        suffix is None
        and cur is None
        and tk.texts[last + 1 : last + 2] == ["C"]
        and tk.touching(last + 1)
        and not (tk.touching(last + 2) and tk.is_word(last + 2))
        and (not num.plain or _temperature_near(tk, i))
    ):
        kind, unit, last = "measure", V.DEGREE_UNITS["c"], last + 1  # "1.5C", "hit 30C"
    elif (
        suffix is None
        and cur is None
        and mult == 1
        and num.value < V.PENCE_MAX
        and _pence_after(tk, last)
    ):
        code, minor = V.PENCE_SUFFIXES[tk.texts[last + 1]]
        value = clean_decimal(num.value / minor)
        return _Read(first, last + 1, value, "money", code, False, True, skip)
    if kind == "count" and unit is None and mult == 1 and num.plain and not skip:
        # "Signatories: 12", "Parties(13)", "| 94[1] |"; a label on the line above
        unit = _infobox_row(tk, i, last) or _infobox_column(tk, i, last)
    value = clean_decimal(num.value * mult)
    if not skip and (sign := _sign_before(tk, first)) is not None:
        return _Read(sign, last, -value, kind, unit, False, mult != 1, skip)
    if not skip and kind == "money" and _accounting_brackets(tk, first, last):
        return _Read(first - 1, last + 1, -value, kind, unit, False, mult != 1, skip)
    return _Read(first, last, value, kind, unit, num.plain, mult != 1, skip)
