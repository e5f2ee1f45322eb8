"""What stands around a numeral: currencies before it (symbols, ISO codes, letter
prefixes), scales and units after it, signs, accounting brackets and pence."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_digits import _numeral
from policycorpus.extract._num_lookarounds import _line_start_before
from policycorpus.extract._num_tokens import Tokens


def _currency_before(tk: Tokens, i: int) -> tuple[str, int] | None:
    """CURRENCY_SYMBOL ^ numeral ("$", "US$", "A$", "€", "£") or ISO numeral ("EUR 5m")."""
    k = i - 1
    if k < 0:
        return None
    sym = tk.texts[k]
    if sym in V.CURRENCY_SYMBOLS and (tk.touching(i) or tk.starts[i] == tk.ends[k] + 1):
        code = V.CURRENCY_SYMBOLS[sym]
        if sym in {"$", "¥"} and k >= 1 and tk.touching(k) and tk.is_word(k - 1):
            prefix = tk.lower[k - 1] + sym  # "US$", "A$", "CN¥", "JP¥"
            if prefix in V.CURRENCY_SYMBOLS:
                return V.CURRENCY_SYMBOLS[prefix], k - 1
            return None
        return code, k
    if tk.is_word(k) and sym in V.ISO_CODES and tk.same_line(k, i):
        return sym, k
    return _letter_currency_before(tk, i)


def _letter_currency_before(tk: Tokens, i: int) -> tuple[str, int] | None:
    """LETTER_PREFIX ^? "."? numeral ("Sh2.4 billion", "Rs. 500", "KSh 300m"); "R" ^ scaled."""
    k = i - 1
    if tk.texts[k] == "." and tk.touching(k) and k >= 1:
        k -= 1  # "Rs. 500", "Rs.500"
    sym = tk.texts[k]
    if not tk.is_word(k) or (k >= 1 and tk.touching(k) and tk.is_word(k - 1)):
        return None
    gap = tk.starts[i] - tk.ends[i - 1]
    if sym in V.LETTER_CURRENCY_PREFIXES and gap <= 1 and tk.same_line(k, i):
        if k >= 1 and tk.touching(k) and tk.texts[k - 1] not in {"(", "[", "“", '"'}:
            return None  # glued to a word or a symbol before: not a prefix
        return V.LETTER_CURRENCY_PREFIXES[sym], k
    if sym in V.SCALED_LETTER_PREFIXES and k == i - 1 and tk.touching(i):
        num = _numeral(tk, i)
        if _scale_after(tk, num.last, True)[0] != 1:
            return V.SCALED_LETTER_PREFIXES[sym], k
    return None


def _scale_after(tk: Tokens, j: int, money: bool) -> tuple[int, int]:
    """SCALE after a numeral ending at token ``j``: (multiplier, last token)."""
    k = j + 1
    if k < len(tk) and tk.is_word(k) and tk.same_line(j, k):
        w = tk.lower[k]
        if tk.touching(k) and w in V.SCALE_ABBREVIATIONS:
            return V.SCALE_ABBREVIATIONS[w], k
        if money and tk.touching(k) and tk.texts[k] in V.MONEY_ONLY_SCALES:
            return V.MONEY_ONLY_SCALES[tk.texts[k]], k
        if money and tk.touching(k) and w in V.SCALES:
            return V.SCALES[w], k  # "£3billion": a scale word run into the amount
        if not tk.touching(k):
            if w in V.SCALES:
                stack = V.STACKED_SCALES.get(w.rstrip("s"), frozenset())
                if tk.low(k + 1) in stack and tk.same_line(k, k + 1):
                    return V.SCALES[w] * V.SCALES[tk.lower[k + 1]], k + 1
                return V.SCALES[w], k
            if money and w in V.SPACED_MONEY_SCALES:
                return V.SCALE_ABBREVIATIONS[w], k
    return 1, j


_NAMED_FIRST: Final = frozenset(name.split(" ")[0] for name in V.NAMED_CURRENCIES)
"""The first words of the currencies named in words ("swiss" of "swiss francs")."""


def _suffix(tk: Tokens, j: int) -> tuple[str, str | None, int] | None:
    """percent, measure or currency after the scaled numeral ending at token ``j``.

    Returns (kind, unit, last token) or None.
    """
    n = len(tk)
    k = j + 1
    if k >= n or not tk.same_line(j, k):
        return None
    t = tk.texts[k]
    w = tk.lower[k]
    if t == "%":
        return "percent", V.PERCENT_UNIT, k
    if w in {"percentage", "pct", "percent"} and tk.low(k + 1) in {"point", "points"}:
        return "percent", V.PERCENTAGE_POINT_UNIT, k + 1  # "2 percentage points", "25 pct points"
    if w in V.POINT_ABBREVIATIONS and (
        tk.touching(k) or not tk.is_word(k + 1) or tk.lower[k + 1] in V.NP_STOP_WORDS
    ):
        return "percent", V.POINT_ABBREVIATIONS[w], k  # "25bps", "3 ppts"
    if w == "basis" and tk.low(k + 1) in {"point", "points"}:
        return "percent", V.BASIS_POINT_UNIT, k + 1  # "25 basis points"
    if w in V.PERCENT_WORDS or (
        t in V.PERCENT_ATTACHED
        and (
            tk.touching(k)
            or not tk.is_word(k + 1)
            or not tk.same_line(k, k + 1)
            or tk.lower[k + 1] in V.NP_STOP_WORDS
        )
    ):
        return "percent", V.PERCENT_UNIT, k  # "5 percent", "0.5pc", "0.2 pc in June"
    if w == "per" and tk.low(k + 1) == "cent":
        return "percent", V.PERCENT_UNIT, k + 1
    if t == "°":
        if tk.low(k + 1) in V.DEGREE_UNITS and (
            tk.touching(k + 1) or (tk.same_line(k, k + 1) and tk.texts[k + 1].isupper())
        ):
            return "measure", V.DEGREE_UNITS[tk.low(k + 1)], k + 1  # "2°C", "1.5° C"
        if _temperature_near(tk, j, V.DEGREES_CUE_REACH):
            return "measure", "degrees Celsius", k  # "limit warming to 1.5°"
        return "measure", "degrees", k
    if w in ("degrees", "degree"):  # "a 2 degree Celsius rise"
        nxt = tk.low(k + 1)
        if nxt in {"celsius", "c"}:
            return "measure", "degrees Celsius", k + 1
        if nxt in {"fahrenheit", "f"}:
            return "measure", "degrees Fahrenheit", k + 1
        if (nxt == "of" and tk.low(k + 2) in V.TEMPERATURE_CUES) or _temperature_near(
            tk, j, V.DEGREES_CUE_REACH
        ):
            return "measure", "degrees Celsius", k  # "1.5 degrees of warming"
        return None
    if w in {"sq", "square"} and tk.low(k + 1) in V.SQUARE_UNITS and tk.same_line(k, k + 1):
        return "measure", V.SQUARE_UNITS[tk.lower[k + 1]], k + 1  # "5,000 sq km"
    if w in V.ATTACHED_UNITS and (tk.touching(k) or t != w or len(w) > 2):
        return "measure", V.ATTACHED_UNITS[w], k
    if t in V.ISO_CODES and not tk.touching(k):
        return "money", t, k
    if t in V.CURRENCY_SUFFIXES and (tk.touching(k) or tk.starts[k] == tk.ends[j] + 1):
        after = k + 1
        if not (after < n and tk.touching(after) and (tk.is_word(after) or tk.is_digits(after))):
            return "money", V.CURRENCY_SUFFIXES[t], k  # "250 €", "1.200€", "100 zł"
    for width in (3, 2) if w in _NAMED_FIRST else ():  # "12 million Swiss francs"
        named = " ".join(tk.low(x) for x in range(k, k + width))
        if named in V.NAMED_CURRENCIES and tk.same_line(k, k + width - 1):
            return "money", V.NAMED_CURRENCIES[named], k + width - 1
    if w in V.DOLLAR_ADJECTIVES and tk.low(k + 1) in {"dollar", "dollars"}:
        return "money", V.DOLLAR_ADJECTIVES[w], k + 1
    if w == "new" and tk.low(k + 1) == "zealand" and tk.low(k + 2) in {"dollar", "dollars"}:
        return "money", "NZD", k + 2
    if w in V.CURRENCY_WORDS:
        if w.startswith("pound") and tk.low(k + 1) == "of":
            return None
        if w.startswith("pound") and _weight_before(tk, j):
            return "measure", "pounds", k  # "weighs 20 pounds": a weight, not sterling
        return "money", V.CURRENCY_WORDS[w], k
    return None


def _weight_before(tk: Tokens, j: int) -> bool:
    """A weighing verb among the few words before the numeral ending at token ``j``."""
    k = j
    while k > 0 and (tk.is_digits(k) or tk.texts[k] in {",", "."}):
        k -= 1
    return any(tk.lower[x] in V.WEIGHT_VERBS for x in range(k, max(-1, k - 4), -1))


def _sign_before(tk: Tokens, first: int) -> int | None:
    """SIGN before the figure whose first token is ``first``: the sign's token, or None.

    SIGN := ^MINUS ^figure (a minus sign touching the figure, not glued to a word or
            number before it: not "COVID-19", "10-20"; not a bullet at a line start)
          | ("minus" | "negative") figure
    """
    k = first - 1
    if k < 0 or not tk.same_line(k, first):
        return None
    t = tk.texts[k]
    if t in V.MINUS_SIGNS and tk.touching(first):
        if t != "\u2212" and _line_start_before(tk, k):
            return None  # "-0.3% growth" at a line start may be a bullet
        if k >= 1 and tk.touching(k) and tk.texts[k - 1] not in {"(", "[", "“", '"', "‘", ":"}:
            return None  # "COVID-19", "10-20", "2024–25"
        return k
    if tk.lower[k] in V.SIGN_WORDS and not tk.touching(first):
        if k >= 1 and tk.low(k - 1) in {"or", "plus"}:
            return None  # "plus or minus 3"
        return k
    return None


def _accounting_brackets(tk: Tokens, first: int, last: int) -> bool:
    """ "Net result: ($4.5 million)": an amount in brackets alone in a table cell or after a
    label's colon is negative (accounting style); an aside after another amount
    ("$12 billion (£8.75 billion)") is not."""
    if first < 1 or tk.texts[first - 1] != "(" or not tk.touching(first):
        return False
    close = last + 1
    if close >= len(tk) or tk.texts[close] != ")" or not tk.touching(close):
        return False
    k = first - 2
    opens = k < 0 or not tk.same_line(k, first - 1) or tk.texts[k] in {":", "|"}
    if not opens:
        gap = tk.text[tk.ends[k] : tk.starts[first - 1]]
        opens = "\t" in gap or len(gap) >= 2
    nxt = close + 1
    closes = nxt >= len(tk) or not tk.same_line(close, nxt) or tk.texts[nxt] == "|"
    if not closes:
        gap = tk.text[tk.ends[close] : tk.starts[nxt]]
        closes = "\t" in gap or len(gap) >= 2
    return opens and closes


def _temperature_near(tk: Tokens, i: int, reach: int = 6) -> bool:
    """A word of temperature among the few tokens before token ``i`` ("temperatures of
    30C", "warming of 1.5-2C"): an integer with a "C" run onto it is then degrees, and
    bare "degrees" are Celsius ("from 4 degrees of warming to 2.1, 2.8 degrees")."""
    return any(tk.low(x) in V.TEMPERATURE_CUES for x in range(max(0, i - reach), i))


def _scaled_low_end(tk: Tokens, k: int) -> bool:
    """Whether the word at ``k`` is a scale run onto digits, closing a range's low end
    before a hyphen ("41m-66m", "2 million-3 million"): the digits after are its high
    end, not a name's number ("COVID-19")."""
    w = tk.lower[k]
    if tk.touching(k) and tk.is_digits(k - 1) and w in V.SCALE_ABBREVIATIONS:
        return True
    return w in V.SCALES and k >= 1 and tk.is_digits(k - 1)


def _pence_after(tk: Tokens, last: int) -> bool:
    """A minor-unit letter touching the digits and ending the word: "75p", not "5pm"/"5p.m."."""
    k = last + 1
    if k >= len(tk) or tk.texts[k] not in V.PENCE_SUFFIXES or not tk.touching(k):
        return False
    nxt = k + 1
    if nxt < len(tk) and tk.touching(nxt):
        return tk.texts[nxt] in {",", ";", ")", "!", "?"} or (
            tk.texts[nxt] == "." and not (tk.touching(nxt + 1) and tk.is_word(nxt + 1))
        )
    return True
