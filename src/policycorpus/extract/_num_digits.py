"""Numerals written in digits: digit groups and their separators (thousands commas,
spaces and dots, decimal commas, South Asian grouping)."""

from __future__ import annotations

from decimal import Decimal

import attrs

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_mentions import clean_decimal
from policycorpus.extract._num_tokens import _SPACES, Tokens


@attrs.frozen
class _Numeral:
    value: Decimal
    last: int
    plain: bool
    """No separators, no decimals: the shape of a year or a code."""
    digits: str


def _numeral(tk: Tokens, i: int) -> _Numeral:
    """numeral := DIGITS ( ^"," ^DIGIT{3} )* ( ^"." ^DIGITS )? | DIGIT{1,3} (" " DIGIT{3})+"""
    texts = tk.texts
    n = len(texts)
    whole = texts[i]
    j = i
    plain = True
    if len(whole) <= 2 and _indian_grouping(tk, i):
        while texts[j + 1 : j + 2] == [","] and len(texts[j + 2]) == 2:
            whole += texts[j + 2]
            j += 2
        whole += texts[j + 2]  # the last group of three
        j += 2
        plain = False
    elif len(whole) <= 3:
        while (
            j + 2 < n
            and texts[j + 1] == ","
            and tk.touching(j + 1)
            and tk.touching(j + 2)
            and len(texts[j + 2]) == 3
            and tk.is_digits(j + 2)
        ):
            whole += texts[j + 2]
            j += 2
            plain = False
        if plain:
            while (
                j + 1 < n
                and len(texts[j + 1]) == 3
                and tk.is_digits(j + 1)
                and tk.starts[j + 1] == tk.ends[j] + 1
                and tk.text[tk.ends[j]] in _SPACES
                and not _continues_number(tk, j + 1)
            ):
                whole += texts[j + 1]
                j += 1
                plain = False
    frac = ""
    if plain and _decimal_comma(tk, j):
        # "1,5 million", "12,50 €", "7,5 %": a decimal comma before a scale, a currency
        # written after the figure or a percent sign
        return _Numeral(Decimal(f"{whole}.{texts[j + 2]}"), j + 2, False, whole)
    if plain and len(whole) <= 3 and whole[0] != "0" and _dot_thousands(tk, j):
        while _dot_thousands(tk, j):  # "11.000", "1.234.567": dots as thousands
            whole += texts[j + 2]
            j += 2
        if _decimal_comma(tk, j):  # "1.250,00 €": dots as thousands, a decimal comma
            return _Numeral(Decimal(f"{whole}.{texts[j + 2]}"), j + 2, False, whole)
        return _Numeral(Decimal(whole), j, False, whole)
    if (
        j + 2 < n
        and texts[j + 1] == "."
        and tk.touching(j + 1)
        and tk.touching(j + 2)
        and tk.is_digits(j + 2)
    ):
        frac = texts[j + 2]
        j += 2
        plain = False
    value = Decimal(whole + ("." + frac if frac else ""))
    if (
        not frac
        and j + 1 < n
        and texts[j + 1] in V.VULGAR_FRACTIONS
        and tk.touching(j + 1)
        and not (j + 2 < n and tk.touching(j + 2) and tk.is_digits(j + 2))
    ):
        # "1½ million", "2½%": a whole number and a fraction character
        num, den = V.VULGAR_FRACTIONS[texts[j + 1]].split("/")
        return _Numeral(clean_decimal(value + Decimal(num) / Decimal(den)), j + 1, False, whole)
    return _Numeral(value, j, plain, whole)


def _indian_grouping(tk: Tokens, i: int) -> bool:
    """ "2,50,000", "1,75,00,000": one or two digits, groups of two, a last group of three
    (the South Asian lakh/crore grouping), every separator a touching comma.

    The chain of groups is walked once: every group on it remembers where the chain ends
    and whether that end is a group of three, so "12,34,56,..." costs O(n), not O(n²).
    """
    memo = tk.memo("indian") or tk.remember("indian", tk.filled(-1))
    j = i
    visited = []
    while memo[j] < 0:
        visited.append(j)
        if not (
            j + 2 < len(tk)
            and tk.texts[j + 1] == ","
            and tk.touching(j + 1)
            and tk.touching(j + 2)
            and tk.is_digits(j + 2)
        ):
            memo[j] = 2 * j  # the chain ends here, not on a group of three
            break
        size = len(tk.texts[j + 2])
        if size == 3:
            after = j + 3
            glued = after < len(tk) and tk.touching(after) and tk.texts[after] == ","
            memo[j] = 2 * j + int(not (glued and tk.is_digits(after + 1)))
            break
        if size != 2:
            memo[j] = 2 * j
            break
        j += 2
    for v in visited:
        memo[v] = memo[j]
    end, good = divmod(memo[i], 2)
    return bool(good) and end != i


def _decimal_comma(tk: Tokens, j: int) -> bool:
    """ "," and one or two digits after token ``j``, touching, then a scale word, a
    currency written after the figure ("€", "EUR") or a percent sign: a decimal comma."""
    k = j + 2
    if not (
        k + 1 < len(tk)
        and tk.texts[j + 1] == ","
        and tk.touching(j + 1)
        and tk.touching(k)
        and len(tk.texts[k]) <= 2
        and tk.is_digits(k)
        and tk.same_line(k, k + 1)
    ):
        return False
    after = tk.texts[k + 1]
    if tk.touching(k + 1) and tk.is_word(k + 1) and after not in V.CURRENCY_SUFFIXES:
        return False
    return (
        tk.lower[k + 1] in V.SCALES
        or after in V.CURRENCY_SUFFIXES
        or (after in V.ISO_CODES and not tk.touching(k + 1))
        or after == "%"
    )


def _dot_thousands(tk: Tokens, j: int) -> bool:
    """ "." and exactly three digits after token ``j``, with no scale, percent or unit after."""
    k = j + 2
    if not (
        k < len(tk)
        and tk.texts[j + 1] == "."
        and tk.touching(j + 1)
        and tk.touching(k)
        and len(tk.texts[k]) == 3
        and tk.is_digits(k)
    ):
        return False
    after = tk.low(k + 1)
    if (
        tk.touching(k + 1)
        and after not in {".", ","}
        and tk.texts[k + 1] not in V.CURRENCY_SUFFIXES
    ):
        return False  # "1.200€": thousands before a euro sign written after
    if after == "per" and tk.low(k + 2) != "cent" and tk.texts[j - 1 : j] == ["€"]:
        return True  # "€1.200 per case": a rate of a thousands amount ("1.200 per cent" is not)
    return after not in V.SCALES and after not in {"%", "percent", "per"}


def _continues_number(tk: Tokens, j: int) -> bool:
    """Whether digits follow token ``j`` touching it through "," "." or directly."""
    k = j + 1
    return (
        k + 1 < len(tk)
        and tk.texts[k] in {",", "."}
        and tk.touching(k)
        and tk.touching(k + 1)
        and tk.is_digits(k + 1)
    )
