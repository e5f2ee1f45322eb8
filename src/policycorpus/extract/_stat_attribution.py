"""Attribution: who a statistic is attributed to ("according to ...", "..., said X")."""

from __future__ import annotations

import re
from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._numbers import Tokens
from policycorpus.extract._stat_drafts import _HYPHENS, _capital, _phrase_text, _plural, _token_at
from policycorpus.extract._stat_nouns import _OBJECT_STARTS

_ATTRIBUTION_HINT: Final = re.compile(
    r"\b(?:[Aa]ccording|" + "|".join(sorted(V.ATTRIBUTION_VERBS)) + r")\b"
)


_CAPITAL_JOINERS: Final = frozenset(
    {"of", "for", "and", "on", "the", "&", "de", "van", "von", "da", "del", "der", "le", "la"}
)


def _attribution(tk: Tokens, lo: int, hi: int) -> str | None:
    """attributed := "according to" "the"? NAME | NAME ("(" ABBR ")")? ATTRIBUTION_VERB"""
    if _ATTRIBUTION_HINT.search(tk.text, lo, hi) is None:
        return None
    i = _token_at(tk, lo)
    n = len(tk)
    while i < n and tk.starts[i] < hi:
        w = tk.lower[i]
        if w == "according" and tk.low(i + 1) == "to":
            j = i + 2
            if tk.low(j) == "the":
                j += 1
            name = _capital_run(tk, j, hi)
            if name is not None:
                return _phrase_text(tk, j, name)
        if tk.is_word(i) and tk.texts[i][0].isupper() and (i == 0 or not _capital(tk, i - 1)):
            end = _capital_run(tk, i, hi)
            if end is not None:
                k = end + 1
                if tk.low(k) == "(" and tk.low(k + 2) == ")":
                    k += 3
                if tk.low(k) in V.ATTRIBUTION_VERBS:
                    first = i
                    while first <= end and tk.lower[first] in _OBJECT_STARTS:
                        first += 1  # "The", "A survey": not a name
                    if (
                        first == end
                        and tk.starts[first] == lo
                        and not tk.texts[first].isupper()
                        and _plural(tk.lower[first])
                    ):
                        first = end + 1  # "Councils reported": a common noun
                    if first <= end:
                        return _phrase_text(tk, first, end)
                i = end
        i += 1
    return None


def _capital_run(tk: Tokens, i: int, hi: int) -> int | None:
    """The last token of a run of capitalised words ("National Crime Agency")."""
    if not _capital(tk, i):
        return None
    end = i
    j = i + 1
    while j < len(tk) and tk.starts[j] < hi and tk.same_line(j - 1, j):
        if _capital(tk, j) or (tk.texts[j] in _HYPHENS and tk.touching(j) and _capital(tk, j + 1)):
            end = j
        elif not (tk.lower[j] in _CAPITAL_JOINERS and _capital(tk, j + 1)):
            break
        j += 1
    return end
