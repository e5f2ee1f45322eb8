"""Rates: the period a figure is counted over, after it ("a month", "per year",
"annually"), before it ("monthly users"), in its subject or at the sentence's opening."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._numbers import Tokens, hedge_before
from policycorpus.extract._stat_drafts import _DETERMINERS, _HYPHENS, _content, _Phrase, _token_at
from policycorpus.extract._stat_nouns import _formula


def _rate_modifier(tk: Tokens, phrase: _Phrase | None) -> str | None:
    """A rate adjective before a count's head ("weekly users", "monthly active users");
    a share "of annual turnover" is no rate."""
    if phrase is None:
        return None
    for x in range(phrase.first, phrase.last):
        if tk.lower[x] in V.RATE_ADJECTIVES:
            return V.RATE_ADJECTIVES[tk.lower[x]]
    return None


def _rate_after(tk: Tokens, k: int, hi: int) -> tuple[str, int] | None:
    """rate := ("a" | "per" | "each" | "every") PERIOD | RATE_ADVERB
             | ^"/"^ PERIOD                              "$15.40/hour", "£40m/year"
             | "year" ("on" | ^"-"^ "on" ^"-"^) "year"     "550 per cent year on year"
    -> (period, next)"""
    if k >= len(tk) or tk.starts[k] >= hi or not tk.same_line(k - 1, k):
        return None
    w = tk.lower[k]
    if (
        w == "/"
        and tk.touching(k)
        and tk.touching(k + 1)
        and tk.low(k + 1) in V.PERIODS
        and not (tk.touching(k + 2) and tk.is_word(k + 2))
    ):
        return V.PERIODS[tk.lower[k + 1]], k + 2
    abbreviation = _rate_abbreviation(tk, k)
    if abbreviation is not None:
        return abbreviation
    if (
        w in _HYPHENS
        and tk.low(k + 1) in {"a", "per"}
        and tk.low(k + 2) in _HYPHENS
        and tk.low(k + 3) in V.PERIODS
        and all(tk.touching(x) for x in range(k, k + 4))
    ):
        return V.PERIODS[tk.lower[k + 3]], k + 4  # "£1.2m-a-year"
    if w == "year":
        words = [tk.low(x) for x in range(k + 1, k + 5)]
        if words[:2] == ["on", "year"]:
            return "year", k + 3
        if words == ["-", "on", "-", "year"] and all(tk.touching(x) for x in range(k + 1, k + 5)):
            return "year", k + 5
    if w == "each" and tk.low(k + 1) == "and" and tk.low(k + 2) == "every":
        k += 2  # "each and every year"
        w = "every"
    if w in V.RATE_LEADS and tk.low(k + 1) in V.PERIODS and tk.starts[k + 1] < hi:
        after = tk.low(k + 2)
        if after in {V.AGO, "earlier", "later", "before", "after"} or (after == "on" and w == "a"):
            return None  # "30 a year ago", "a year earlier", "a year on"
        return V.PERIODS[tk.lower[k + 1]], k + 2
    if w in V.RATE_ADVERBS and not _content(tk, k + 1, hi):
        return V.RATE_ADVERBS[w], k + 1
    if w == "per" and _content(tk, k + 1, hi) and tk.low(k + 2) in V.RATE_LEADS:
        # "€1,200 per child per year": the rate after a per-capita denominator
        rate = _rate_after(tk, k + 2, hi)
        if rate is not None:
            return rate
    if w == "per":
        return _denominator(tk, k + 1, hi)
    return None


def _denominator(tk: Tokens, k: int, hi: int) -> tuple[str, int] | None:
    """denominator := [CAPITALISED] PEOPLE-NOUN after "per": "per capita" (person), "per
    EU citizen" (citizen), "per pupil"; not "per cent", "per unit" or a number."""
    if not tk.is_word(k) or tk.starts[k] >= hi or not tk.same_line(k - 1, k):
        return None
    if tk.texts[k][0].isupper() and tk.is_word(k + 1) and tk.same_line(k, k + 1):
        k += 1  # "per EU citizen": a modifier before the noun
    noun = tk.lower[k]
    if tk.starts[k] >= hi:
        return None
    if noun in V.PER_PERSON:
        return ("capita" if noun == "capita" else "person"), k + 1  # "per capita" as written
    if noun in V.PER_PEOPLE:
        return noun, k + 1
    return None


_LATE_RATE_REACH: Final = 5
"""How many words a clause-final "each/every PERIOD" may stand after a figure's phrase."""


_LATE_RATE_LEADS: Final = frozenset({"each", "every"})


_CLAUSE_BREAKS: Final = frozenset(
    {",", ";", ":", "(", ")", "—", "–", "and", "but", "or", "while", "which", "that", "who",
     "whereas", "since", "than", "in", "within", "over", "for", "during", "after", "before"}
)  # fmt: skip


def _clause_final_rate(tk: Tokens, k: int, hi: int) -> str | None:
    """late_rate := WORD{0,5} ("each" | "every") PERIOD, with no number, clause break or
    framing preposition between: "8 million tons enter the ocean each year", "2.5
    million visits from Ireland every year". A window ("in each year", "over every
    month") or another clause frames something else."""
    for x in range(k, min(tk.size, k + _LATE_RATE_REACH + 1)):
        if tk.starts[x] >= hi or not tk.same_line(k - 1, x):
            return None
        w = tk.lower[x]
        if w in _LATE_RATE_LEADS:
            rate = _rate_after(tk, x, hi)
            return rate[0] if rate is not None else None
        if tk.is_digits(x) or w in _CLAUSE_BREAKS or not (tk.is_word(x) or w in _HYPHENS):
            return None
    return None


def _rate_abbreviation(tk: Tokens, k: int) -> tuple[str, int] | None:
    """A ``RATE_ABBREVIATIONS`` entry spelled by the touching tokens from ``k`` ("y/y",
    "p.a."), not run on into a word: (period, next)."""
    if tk.touching(k) and tk.is_word(k - 1):
        return None
    spelled = ""
    found = None
    for x in range(k, min(len(tk), k + 5)):
        if x > k and not tk.touching(x):
            break
        spelled += tk.texts[x]
        if spelled in V.RATE_ABBREVIATIONS and not (
            tk.touching(x + 1) and (tk.is_word(x + 1) or tk.is_digits(x + 1))
        ):
            found = V.RATE_ABBREVIATIONS[spelled], x + 1
    return found


def _rate_after_of(tk: Tokens, k: int, hi: int) -> tuple[str, int] | None:
    """ "1.1 billion tonnes of municipal waste a year": a rate after an "of" phrase of up
    to ``RATE_OF_MAX_WORDS`` lower-case content words or formulas ("tonnes of CO2 a
    year")."""
    if tk.low(k) != "of" or not tk.same_line(k - 1, k):
        return None
    x = k + 1
    while tk.low(x) in _DETERMINERS:
        x += 1
    for _ in range(V.RATE_OF_MAX_WORDS):
        if not (
            x < len(tk)
            and tk.starts[x] < hi
            and tk.same_line(x - 1, x)
            and (
                (tk.is_word(x) and tk.texts[x][0].islower())
                or (tk.texts[x] in _HYPHENS and tk.touching(x))
                or _formula(tk, x)
            )
        ):
            return None
        if x > k + 1 and not tk.touching(x):
            rate = _rate_after(tk, x, hi)
            if rate is not None:
                return rate
        if tk.lower[x] in V.NP_STOP_WORDS:
            return None
        x += 1
    return None


def _participle(tk: Tokens, k: int, hi: int) -> bool:
    """A past participle after a figure ("needed", "spent", "lost", "removed")."""
    if k >= len(tk) or tk.starts[k] >= hi or not tk.is_word(k) or not tk.same_line(k - 1, k):
        return False
    w = tk.lower[k]
    return w in V.IRREGULAR_PARTICIPLES or (w.endswith("ed") and len(w) > 4)


def _rate_in_subject(tk: Tokens, first: int, lo: int) -> str | None:
    """ "addresses blocked daily reached 4.7 million": a rate ending the subject right
    before a copula or change verb that the figure follows."""
    k = first - 1
    while k >= 0 and tk.starts[k] >= lo and tk.lower[k] in {"at", "to", "of"}:
        k -= 1
    if k < 1 or tk.starts[k] < lo or tk.lower[k] not in V.SUBJECT_RATE_VERBS:
        return None
    prev = tk.lower[k - 1]
    if prev in V.RATE_ADVERBS and tk.starts[k - 1] >= lo:
        return V.RATE_ADVERBS[prev]
    if (
        k >= 2
        and tk.starts[k - 2] >= lo
        and tk.lower[k - 2] in {"per", "each", "every"}
        and prev in V.PERIODS
    ):
        return V.PERIODS[prev]
    return None


def _rate_opening(tk: Tokens, lo: int, first: int) -> str | None:
    """ "Each year, an estimated 300 million children ...": a sentence opening with
    ("each" | "every") PERIOD "," or RATE_ADVERB "," (or "each"/"every" PERIOD right before
    a hedged or bare figure: "Each year more than 600 ...") gives the figures it governs that
    rate: those before any word of ``OPENING_RATE_BREAKS``, a year or a month name."""
    i = _token_at(tk, lo)
    w = tk.low(i)
    if w in {"each", "every"} and tk.low(i + 1) in V.PERIODS and tk.low(i + 2) == ",":
        end, per = i + 2, V.PERIODS[tk.lower[i + 1]]
    elif w in {"each", "every"} and tk.low(i + 1) in V.PERIODS and i + 2 < first:
        hedge = hedge_before(tk, first, lo)
        if (hedge[0] if hedge else first) != i + 2:
            return None
        return V.PERIODS[tk.lower[i + 1]]  # "Each year more than 600 children ..."
    elif w in {"each", "every"} and tk.low(i + 1) in V.PERIODS and i + 2 == first:
        return V.PERIODS[tk.lower[i + 1]]  # "Every week 40 sites ..."
    elif w in V.RATE_ADVERBS and tk.low(i + 1) == ",":
        end, per = i + 1, V.RATE_ADVERBS[w]
    else:
        return None
    if end >= first or first - end > V.OPENING_RATE_REACH:
        return None
    for x in range(end + 1, first):
        low = tk.lower[x]
        if low in V.OPENING_RATE_BREAKS or tk.texts[x] in V.MONTHS:
            return None  # "Each year, ... since 2015, 40,000": a total, not a flow
        if tk.is_digits(x) and len(tk.texts[x]) == 4 and 1000 <= int(tk.texts[x]) <= 2100:
            return None  # a year anchors the later figures to itself
    return per


def _rate_before(tk: Tokens, first: int, lo: int, kind: str) -> str | None:
    """ "an annual figure of 4%", "its annual budget is $2bn": RATE_ADJECTIVE WORD{0,2}
    RATE_COPULA right before the figure (a copula other than "of" only before money or a
    measure)."""
    if first < 1 or tk.lower[first - 1] not in V.RATE_COPULAS:
        return None
    if tk.lower[first - 1] != "of" and kind not in {"money", "measure"}:
        return None  # "the annual report was 40 pages": only amounts are rates
    for x in range(max(0, first - 4), first - 1):
        if tk.starts[x] >= lo and tk.lower[x] in V.RATE_ADJECTIVES:
            return V.RATE_ADJECTIVES[tk.lower[x]]
    return None
