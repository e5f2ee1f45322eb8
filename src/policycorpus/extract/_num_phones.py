"""Numbers that are phone numbers: grouped digit runs, area codes, vanity numbers."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_lookarounds import (
    _digit_run_end,
    _not_three_to_run_end,
    _short_groups_to_run_end,
)
from policycorpus.extract._num_mentions import _YEAR_MAX
from policycorpus.extract._num_tokens import _DASHES, Tokens


def _phone(tk: Tokens, i: int) -> int | None:
    """phone := "("DIGIT{3}")" DIGITS "-" DIGITS | DIGITS ("-" (DIGITS | CAPS)){2,}
    | DIGIT{3}-DIGIT{4} | DIGITS "-" "0"DIGITS (a reference code "26-071")
    | "+"DIGITS ... | after a phone cue ("Phone:", "TTY:", "toll-free at").

    Returns the last token of the number, or None.
    """
    texts = tk.texts
    n = len(texts)
    j = i
    groups = 1
    while (
        j + 2 < n
        and texts[j + 1] in _DASHES | {"."}
        and (tk.is_digits(j + 2) or (texts[j + 1] != "." and _vanity(texts[j + 2])))
    ):
        if not (tk.touching(j + 1) and tk.touching(j + 2)):
            break
        j += 2
        groups += 1
    if groups == 2 and tk.is_digits(j) and len(texts[j]) >= 2 and texts[j][0] == "0":
        return j  # a reference code "26-071": no range or count ends in a leading zero
    paren = (
        i >= 1
        and texts[i - 1] == "("
        and len(texts[i]) == 3
        and tk.low(i + 1) == ")"
        and tk.is_digits(i + 2)
    )
    if paren:
        j = i + 2
        while j + 2 < n and texts[j + 1] in _DASHES and tk.touching(j + 1) and tk.is_digits(j + 2):
            j += 2
        return j
    if groups >= 3:
        return j
    if groups == 2 and len(texts[i]) == 3 and len(texts[i + 2]) == 4:
        return j
    if i >= 1 and texts[i - 1] == "+" and tk.touching(i):
        return _digit_run_end(tk, i)
    run = _digit_run_end(tk, i)
    if (
        run - i >= 2
        and _short_groups_to_run_end(tk)[i] >= run
        and _not_three_to_run_end(tk)[i + 1]
        and not _year_then_grouped(tk, i, run)
    ):
        return run  # "13 24 57": three bare groups apart, not thousands "1 000 000"
    phone_shaped = len(texts[i]) >= 4 or (i + 1 < n and tk.is_digits(i + 1))
    for k in range(max(0, i - 7), i if phone_shaped else 0):
        if tk.lower[k] in V.PHONE_CUES and tk.same_line(k, i):
            if any(tk.lower[x] in {"or", "and", "with"} for x in range(k + 1, i)):
                continue
            if tk.lower[i - 1] in {":", "at", "on", "to", "tel"} or k == i - 1:
                return _digit_run_end(tk, i)
    return None


_YEAR_LEADS: Final = frozenset({"in", "since", "by", "from", "during", "until", "of", "for"})


def _year_then_grouped(tk: Tokens, i: int, run: int) -> bool:
    """ "In 2023 36 000 people applied": a year after a preposition, then a number in
    space-grouped thousands; not a phone number ("1800 123 456" has no such lead)."""
    t = tk.texts[i]
    return (
        len(t) == 4
        and V.PHONE_YEAR_MIN <= int(t) <= _YEAR_MAX
        and (tk.low(i - 1) in _YEAR_LEADS or (i > 0 and tk.texts[i - 1] in V.MONTHS))
        and 1 <= len(tk.texts[i + 1]) <= 3
        and all(tk.is_digits(x) and len(tk.texts[x]) == 3 for x in range(i + 2, run + 1))
    )


def _vanity(word: str) -> bool:
    """A letter group of a vanity phone number ("1-833-CYBER-88"): two or more capitals."""
    return len(word) >= 2 and word.isalpha() and word.isupper()
