"""Numbers that belong to dates: a day next to a month name (also misspelt, foreign or
in a list of days)."""

from __future__ import annotations

from typing import Final

from policycorpus.dates import FOREIGN_MONTHS
from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_tokens import Tokens


def _month_near(tk: Tokens, i: int, last: int) -> bool:
    """A month name just before token ``i`` or just after token ``last``: a date."""
    k = i - 1
    if k >= 0 and tk.texts[k] == "." and tk.touching(k):
        k -= 1
    if k >= 0 and tk.texts[k] in V.MONTHS and tk.same_line(k, i):
        return True
    if _month_at(tk, last + 1, last):
        return True
    # a day in a list of days: "2 and 3 December", "1, 8 and 15 May", "4-5 June"
    if not _day_shaped(tk, i, last):
        return False
    j = last + 1
    for _ in range(V.DAY_LIST_MAX):
        if tk.low(j) not in V.DAY_LIST_JOINERS or not _day_shaped(tk, j + 1, j + 1):
            break
        j += 2
        if tk.low(j) in V.ORDINAL_SUFFIXES and tk.touching(j):
            j += 1
        if _month_at(tk, j, j - 1):
            return True
    # "December 2 and 3": the month opens the list
    j = i - 1
    for _ in range(V.DAY_LIST_MAX):
        if tk.low(j) not in V.DAY_LIST_JOINERS or not _day_shaped(tk, j - 1, j - 1):
            break
        j -= 2
        if j >= 0 and tk.texts[j] in V.MONTHS and tk.same_line(j, i):
            return True
    return False


def _month_at(tk: Tokens, j: int, last: int) -> bool:
    """A month name at token ``j`` (after an ordinal suffix and "of")."""
    if tk.low(j) in V.ORDINAL_SUFFIXES and tk.touching(j):
        j += 1
    if tk.low(j) == "of":
        j += 1
    if j < len(tk) and tk.texts[j] in V.MONTHS and tk.same_line(last, j):
        return True
    if (
        _day_shaped(tk, last, last)
        and tk.is_word(j)
        and tk.texts[j][0].isupper()
        and _misspelt_month(tk.lower[j])
        and tk.is_digits(j + 1)
        and len(tk.texts[j + 1]) == 4
        and tk.same_line(last, j + 1)
    ):
        return True  # a typing slip before a year: "27 Januray 2020"
    # a month of another language before a year: "21 Rhagfyr 2023", "11 Mai 2022"; or
    # closing its phrase in page chrome ("Veröffentlicht am 11 Mai", "11 Mai | Presse")
    if tk.low(j) not in FOREIGN_MONTHS or not tk.same_line(last, j):
        return False
    if tk.is_digits(j + 1) and len(tk.texts[j + 1]) == 4 and tk.same_line(last, j + 1):
        return True
    nxt = j + 1
    return (
        _day_shaped(tk, last, last)
        and tk.texts[j][0].isupper()
        and (
            nxt >= len(tk)
            or not tk.same_line(j, nxt)
            or not (tk.is_word(nxt) and tk.texts[nxt][0].islower())
        )
    )


_MISSPELT_MONTH_MIN: Final = 5


_MONTH_NAMES: Final = tuple(
    m.lower() for m in V.MONTHS if len(m) >= _MISSPELT_MONTH_MIN and not m.endswith(".")
)


def _misspelt_month(word: str) -> bool:
    """Whether ``word`` is a full English month name with one letter wrong, missing,
    added or two letters swapped ("Januray", "Feburary", "Agust")."""
    if len(word) < _MISSPELT_MONTH_MIN:
        return False
    return any(_one_slip(word, month) for month in _MONTH_NAMES)


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one substitution, insertion, deletion or
    swap of two neighbouring letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [x for x in range(len(a)) if a[x] != b[x]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    x = 0
    while x < len(short) and short[x] == long_[x]:
        x += 1
    return short[x:] == long_[x + 1 :]


def _day_shaped(tk: Tokens, i: int, last: int) -> bool:
    """A one- or two-digit number from 1 to 31 alone at tokens ``i..last``."""
    return i == last and tk.is_digits(i) and len(tk.texts[i]) <= 2 and 1 <= int(tk.texts[i]) <= 31
