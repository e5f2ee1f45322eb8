"""Look-arounds the number grammar shares: line starts, acronyms, title-case lines, hedge
words before a figure, asides, and digit runs (computed once per token list and memoised,
so each recogniser reads them in O(1))."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_digits import _numeral
from policycorpus.extract._num_tokens import _BULLETS, _DASHES, Tokens


def _line_start_before(tk: Tokens, i: int) -> bool:
    """Whether only bullets and spaces stand between the line start and token ``i``."""
    k = i - 1
    while k >= 0 and tk.same_line(k, k + 1) and tk.texts[k] in _BULLETS:
        k -= 1
    return k < 0 or not tk.same_line(k, k + 1)


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


_HEDGE_WORDS: Final = frozenset(
    w for h in V.APPROX_HEDGES | V.MIN_HEDGES | V.MAX_HEDGES for w in h.split()
)


def _after_numeral(tk: Tokens, i: int) -> int:
    return _numeral(tk, i).last + 1


def _digit_run_end(tk: Tokens, i: int) -> int:
    """The last token of digits joined by spaces, dashes, dots or brackets on one line."""
    return _digit_run_ends(tk)[i]


_RUN_JOINERS: Final = _DASHES | {".", "(", ")"}


def _digit_run_ends(tk: Tokens) -> memoryview:
    """:func:`_digit_run_end` for every token, in one backward pass (a run ends where the
    run of the token after it ends)."""
    found = tk.memo("digit_run_end")
    if found is not None:
        return found
    texts = tk.texts
    n = tk.size
    out = tk.indices()
    digit = [("0" <= t[0] <= "9") for t in texts]
    digit.append(False)  # past the end (tk.is_digits)
    joins = [
        j for j in range(n - 1) if digit[j + 1] or (texts[j + 1] in _RUN_JOINERS and digit[j + 2])
    ]
    for j in reversed(joins):  # backward: out[j + 1] is final when out[j] reads it
        if tk.same_line(j, j + 1):
            out[j] = out[j + 1]
    return tk.remember("digit_run_end", out)


def _short_groups_to_run_end(tk: Tokens) -> memoryview:
    """Per token: the last token up to which every token from it on is one to four
    digits (a run of such groups), within its digit run; one backward pass."""
    found = tk.memo("short_groups")
    if found is not None:
        return found
    ends = _digit_run_ends(tk)
    texts = tk.texts
    out = tk.filled(-1)
    for k in range(tk.size - 1, -1, -1):
        g = texts[k]
        if g.isdigit() and len(g) <= 4:
            out[k] = out[k + 1] if k < ends[k] and out[k + 1] >= 0 else k
    return tk.remember("short_groups", out)


def _not_three_to_run_end(tk: Tokens) -> memoryview:
    """Per token (1 or 0): whether some token from it to the end of its digit run is not
    three characters long; one backward pass."""
    found = tk.memo("not_three")
    if found is not None:
        return found
    ends = _digit_run_ends(tk)
    out = tk.filled(0, 1)
    for k in range(tk.size - 1, -1, -1):
        out[k] = int(len(tk.texts[k]) != 3 or (k < ends[k] and out[k + 1] == 1))
    return tk.remember("not_three", out)


def hedge_before(tk: Tokens, first: int, floor: int = 0) -> tuple[int, bool, str | None] | None:
    """HEDGE immediately before token ``first``: (hedge's first token, approx, bound).

    HEDGE := APPROX_HEDGES | MIN_HEDGES | MAX_HEDGES, longest match, on one line.
    """
    if first < 1:
        return None
    symbol = V.SYMBOL_HEDGES.get(tk.texts[first - 1])
    if (
        symbol is not None
        and tk.touching(first)
        and tk.same_line(first - 1, first)
        and not tk.touching(first - 1)  # not "<p>40" (a tag), not "2<3"
    ):
        return first - 1, symbol == "approx", None if symbol == "approx" else symbol  # ">90%"
    if tk.lower[first - 1] not in _HEDGE_LAST_WORDS:
        return None
    for size in range(V.HEDGE_MAX_WORDS, 0, -1):
        start = first - size
        if start < 0 or not tk.same_line(start, first):
            continue
        if tk.starts[start] < floor and tk.texts[first - 1] != ".":
            continue  # an abbreviated hedge ("c. 40") may sit past a split at its dot
        phrase = ""
        for x in range(start, first):
            if x > start and not tk.touching(x):
                phrase += " "
            phrase += tk.lower[x]
        if phrase in V.APPROX_HEDGES:
            return start, True, None
        if phrase in V.MIN_HEDGES:
            return start, False, "min"
        if phrase in V.MAX_HEDGES:
            return start, False, "max"
    return None


_HEDGE_LAST_WORDS: Final = frozenset(
    h.split()[-1].split(".")[0] if not h.endswith(".") else "."
    for h in V.APPROX_HEDGES | V.MIN_HEDGES | V.MAX_HEDGES
)


def _hedged_one(tk: Tokens, i: int, last: int) -> bool:
    """ "at least one joint exercise": a bound makes a lone "one" a count of the noun
    after it (not "at least one of the ...", a pronoun)."""
    if tk.lower[i] != "one" or not tk.is_word(last + 1) or not tk.same_line(last, last + 1):
        return False
    if tk.low(i - 1) == "least" and tk.low(i - 2) == "at":
        return False  # "had at least one negative experience": a threshold, not a count
    hedge = hedge_before(tk, i)
    return (
        hedge is not None
        and hedge[2] is not None
        and tk.lower[last + 1] not in V.NP_STOP_WORDS
        and tk.lower[last + 1] != "of"
    )


def _hedged_before(tk: Tokens, i: int) -> bool:
    return hedge_before(tk, i) is not None


def _title_case_line(tk: Tokens, i: int) -> bool:
    """Whether the line holding token ``i`` is a headline set in title case: at least
    four in five words of four or more letters capitalised, and no full stop in it."""
    lo, hi = tk.line_bounds(i)
    long_words = 0
    capitalised = 0
    for x in range(len(tk)):
        if tk.starts[x] < lo or tk.starts[x] >= hi:
            continue
        if tk.texts[x] in {".", "!", "?"} and not tk.touching(x + 1):
            return False
        if tk.is_word(x) and len(tk.texts[x]) >= 4:
            long_words += 1
            capitalised += tk.texts[x][0].isupper()
    return long_words >= 5 and capitalised >= 0.8 * long_words


_ASIDE_MAX: Final = 6


def past_aside(tk: Tokens, k: int) -> int:
    """The token after a short bracketed aside starting at ``k`` when "of" follows it
    ("a quarter (26%) of parents"), else ``k``."""
    if tk.texts[k : k + 1] != ["("]:
        return k
    for x in range(k + 1, min(k + 1 + _ASIDE_MAX, len(tk))):
        if tk.texts[x] == ")":
            return x + 1 if tk.low(x + 1) == "of" and tk.same_line(k, x + 1) else k
    return k
