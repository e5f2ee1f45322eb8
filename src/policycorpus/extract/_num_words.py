"""Numbers written in words ("twenty-three", "two hundred and five", "a dozen",
"and a half") and how a number joins the number before it."""

from __future__ import annotations

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_digits import _numeral
from policycorpus.extract._num_tokens import Tokens


def _small(tk: Tokens, i: int) -> tuple[int, int] | None:
    """small := ONE | TEEN | TEN ( ^"-"^ ONE | " " ONE )?   -> (value, last token)"""
    w = tk.low(i)
    if w in V.ONES:
        return V.ONES[w], i
    if w in V.TEENS:
        return V.TEENS[w], i
    if w in V.TENS:
        value = V.TENS[w]
        if (
            tk.texts[i + 1 : i + 2] in (["-"], ["‐"])
            and tk.touching(i + 1)
            and tk.touching(i + 2)
            and tk.low(i + 2) in V.ONES
        ):
            return value + V.ONES[tk.low(i + 2)], i + 2
        if tk.low(i + 1) in V.ONES and tk.low(i + 1) != "zero" and tk.same_line(i, i + 1):
            return value + V.ONES[tk.low(i + 1)], i + 1
        return value, i
    return None


def _words(tk: Tokens, i: int) -> tuple[int, int] | None:
    """words := "a"? small ("hundred" ("and"? small)?)? (SCALE ("and"? words)?)?
             | "hundred" "and" small

    Returns (value, last token). "a" only opens "a hundred", "a thousand", "a dozen".
    """
    total = 0
    current = 0
    last = -1
    j = i
    can_small = True
    if tk.low(i) in {"a", "an"}:
        nxt = tk.low(i + 1)
        if nxt != V.HUNDRED and nxt not in V.SCALES and nxt != V.DOZEN:
            return None
        current = 1
        last = i
        j = i + 1
        can_small = False
    elif tk.low(i) == V.HUNDRED:
        # "hundred and twelve" without "a": 112 (the "and" and a small number must follow)
        if tk.low(i + 1) != "and" or _small(tk, i + 2) is None:
            return None
        current = 1
        last = i - 1
        can_small = False
    while j < len(tk):
        w = tk.low(j)
        if can_small:
            small = _small(tk, j)
            if small is not None:
                current += small[0]
                last = small[1]
                j = last + 1
                can_small = False
                continue
        if w == V.HUNDRED and 0 < current < 100:
            current *= 100
        elif w in V.SCALES and 0 < current < 1000:
            total += current * V.SCALES[w]
            current = 0
        elif w == V.DOZEN and 0 < current < 100:
            current *= 12
        elif (
            w == "and"
            and last >= 0
            and tk.low(last) in ({V.HUNDRED} | set(V.SCALES))
            and _small(tk, j + 1) is not None
        ):
            j += 1
            can_small = True
            continue
        else:
            break
        last = j
        j += 1
        can_small = w != V.DOZEN
    if last < 0 or (total + current == 0 and tk.low(i) != "zero"):
        return None
    return total + current, last


def _connected_end(tk: Tokens, last: int) -> int:
    """After an age or a date, the far end of "10 to 15", "16 or 17", "19-20"."""
    k = last + 1
    if tk.low(k) in {"to", "or", "and", "-", "–", "‐"} and tk.same_line(last, k):
        if tk.is_digits(k + 1):
            far = _numeral(tk, k + 1).last
            if (
                tk.is_digits(last)
                and len(tk.texts[last]) == 4
                and len(tk.texts[k + 1]) != 4
                and tk.texts[far + 1 : far + 2] != []
                and tk.texts[far + 1] not in V.MONTHS
                and not tk.touching(k + 1)
            ):
                return last  # "1 May 2011 – 28 companies": a dateline's dash, then a figure
            return far
        small = _small(tk, k + 1)
        if small is not None:
            return small[1]
    return last


def _and_a_half(tk: Tokens, last: int) -> bool:
    """ "and a half" after a number in words ("two and a half million", "one and a
    half per cent")."""
    return (
        tk.low(last + 1) == "and"
        and tk.low(last + 2) in {"a", "one"}
        and tk.low(last + 3) == "half"
        and tk.same_line(last, last + 3)
    )
