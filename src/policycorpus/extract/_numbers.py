"""The number grammar: figures in running text, and the numbers that are not figures.

A tokenizer splits the text once into digit runs, letter runs (with inner apostrophes)
and single other characters, remembering whether each token touches the one before it.
Private recognisers then read :class:`NumberMention` records (a plain intermediate)
left to right; :mod:`policycorpus.extract._statistics` turns them into records.

Grammar (informal; words are matched case-insensitively, ``^`` means "touching")::

    figure    := money | percent | measure | count | vague | fraction
    numeral   := DIGITS ( ^"," ^DIGIT{3} )* ( ^"." ^DIGITS )?
               | DIGIT{1,3} ( " " DIGIT{3} )+             thin-space thousands "36 000"
               | DIGIT{1,2} ( ^"," ^DIGIT{2} )+ ^"," ^DIGIT{3}   South Asian "2,50,000"
    words     := "a"? small ( "hundred" ( "and"? small )? )? ( SCALE ( "and"? words )? )?
                 ( "and a half" )?                      "two and a half million"
               | "half a" SCALE                         "half a million" = 500 000
    small     := ONE | TEEN | TEN ( ^"-"^ ONE | " " ONE )?  | "dozen"
    scaled    := numeral ( ^SCALE_ABBR | SCALE | "m" | "bn" )?     "1.2 million", "£5.2m"
    SCALE     := "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore" ...
                 ( "lakh" | "thousand" ) "crore"          stacked: "1.5 lakh crore"
    money     := CURRENCY_SYMBOL ^scaled | ISO scaled | scaled ( ISO | CURRENCY_WORD )
               | LETTER_PREFIX "."? ^? scaled             "Sh2.4 billion", "Rs. 500 crore"
               | ("R" | "N") ^scaled-with-a-scale         "R5bn", "N5 billion"
               | DIGITS ^"p"                              pence: "75p" = GBP 0.75
    percent   := scaled ( "%" | "percent" | "per cent" | "percentage point"s? )
    measure   := scaled ( ^"°" ^("C"|"F") | "degrees" ("Celsius"|"C")? | UNIT_ABBR )
    range     := figure ( "-" | "–" | "to" ) figure   |   "between" figure "and" figure
    vague     := ( "tens" | "hundreds" ) "of" MAGNITUDE | MAGNITUDE      "thousands of"
    fraction  := "half" | "a quarter" | "two-thirds" ... | ONE_OR_DIGIT "in" small
                 (percentages: "a third" = 33.3333333333, to FRACTION_PLACES)
    strong    := numeral ^"-"^ "strong"                                  "190-strong"

Not figures (read and dropped): years (a bare 1000-2100 without a hedge, percent,
scale or currency; nor before "levels"/"baseline" even after a hedge: "below 2020
levels"), dates (a number next to a month name or in a list of days before one, "2 and
3 December", ``10/07/2025``,
``2024-06-18``, year ranges ``2021-2023``), times (``06:11``, ``3pm``), ages ("aged 10
to 15", "aged eight to 12", "33-year-old", "a diplomat, 52,"), scores and splits
("voted 52-48", "a 50-50 split", "passed 312 to 101"), phone numbers (``(202) 307-1241``,
``1-800-736-5300``, after "Phone:"), file sizes ("PDF, 1.2MB"), ordinals ("23rd"),
numbers inside names ("COP26",
"COP 26", "G20", "COVID-19", "Web 2.0"), references ("section 56(2)", "Volume 816", "Directive
3000.09"), list numbering ("1.", "2.a.i.", "(3)"), compound modifiers ("three-step",
"24-hour"), denominators ("per 100,000"), reading-time chrome ("1 min read") and
relative times ("6 months, 1 week ago"), ages as a complement of "age" ("the average
age ... is 13"), emergency numbers naming a service before a service noun ("a 999
outage", "the 911 call"; "999 calls" still counts), identifiers after a label and colon
("Release ID: 2108847"), heading numbers before a capitalised determiner at a line start
("3 The voluntary commitments"), and capitalised number words in mid-sentence before a
list joiner, which are names ("EE, Vodafone, Three and O2"). "one" and "zero" alone are
not figures ("one of the", "no one"): they count with a percent, scale or currency, or
inside a longer number.
A range gives two figures, one for each end, marked ``range_end`` "low" and "high"
(the statistics layer bounds them "min" and "max" and links them). "from X to Y" is a
range only after a range word ("ranging from", "varies from", "estimated at from"),
otherwise a change. The two ends share unit and rate and sit side by side in the output.

The grammar is split by concern into private modules beside this one: the tokenizer
(``_num_tokens``), intermediates (``_num_mentions``), digits and separators
(``_num_digits``), number words (``_num_words``), shared look-arounds
(``_num_lookarounds``), currencies, scales and units (``_num_affixes``), reading a
numeral (``_num_reading``), the exclusions (``_num_exclusions`` over ``_num_dates``,
``_num_phones``, ``_num_references``, ``_num_ages``, ``_num_tables``), ranges and
changes (``_num_ranges``) and fractions (``_num_fractions``); this module reads the
figures left to right.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_affixes import _scale_after, _suffix
from policycorpus.extract._num_digits import _numeral
from policycorpus.extract._num_exclusions import _excluded, _word_excluded
from policycorpus.extract._num_fractions import (
    _fraction,
    _fraction_of,
    _fraction_of_percent,
    _fraction_of_scale,
    _one_in,
)
from policycorpus.extract._num_lookarounds import (
    _hedged_before,
    _hedged_one,
    hedge_before,
    past_aside,
)
from policycorpus.extract._num_mentions import NumberMention, _Read, clean_decimal
from policycorpus.extract._num_ranges import (
    _compound_after,
    _range_after,
    _shared_scale,
    _stated,
    _year_range,
)
from policycorpus.extract._num_reading import _read_digits
from policycorpus.extract._num_references import _for_every
from policycorpus.extract._num_tokens import _DASHES, Tokens, candidate_lines, tokenize
from policycorpus.extract._num_words import _and_a_half, _connected_end, _small, _words

__all__ = [
    "NumberMention",
    "Tokens",
    "candidate_lines",
    "find_numbers",
    "hedge_before",
    "past_aside",
    "tokenize",
]


def find_numbers(text: str, tokens: Tokens | None = None) -> list[NumberMention]:
    """Every figure in ``text`` in order, with the non-figures (years, dates...) dropped."""
    tk = tokens if tokens is not None else tokenize(text)
    out: list[NumberMention] = []
    lower = tk.lower
    n = len(lower)
    starts = [
        i
        for i, w in enumerate(lower)
        if w[0] in _DIGITS
        or (w in _WORD_STARTS and (w not in _ARTICLES or (i + 1 < n and lower[i + 1] in _A_NEXT)))
    ]
    resume = 0
    for i in starts:
        if i < resume:
            continue
        if "0" <= lower[i][0] <= "9":
            resume = _digit_figure(tk, i, out)
        else:
            resume = _word_figure(tk, i, out)
    return out


_DIGITS: Final = frozenset("0123456789")


_ARTICLES: Final = frozenset({"a", "an"})


_A_NEXT: Final = frozenset(set(V.FRACTION_WORDS) | set(V.SCALES) | {V.HUNDRED, V.DOZEN})
"""What "a"/"an" must precede to open a figure ("a hundred", "a third", "a dozen")."""


_WORD_STARTS: Final = frozenset(
    set(V.ONES)
    | set(V.TEENS)
    | set(V.TENS)
    | set(V.VAGUE_MAGNITUDES)
    | set(V.FRACTION_WORDS)
    | set(V.VULGAR_FRACTIONS)
    | {"a", "an", "tens", "two-thirds", "three-quarters", V.HUNDRED}
)


def _emit(
    tk: Tokens,
    out: list[NumberMention],
    r: _Read,
    *,
    bound: str | None = None,
    approx: bool = False,
    collective: bool = False,
    vague: bool = False,
    value: Decimal | None = None,
    kind: str | None = None,
    unit: str | None = None,
    range_end: str | None = None,
) -> None:
    out.append(
        NumberMention(
            start=tk.starts[r.first],
            end=tk.ends[r.last],
            first=r.first,
            last=r.last,
            value=r.value if value is None else value,
            kind=kind or r.kind,
            unit=unit if unit is not None else r.unit,
            approx=approx,
            bound=bound,
            collective=collective,
            vague=vague,
            range_end=range_end,
        )
    )


def _digit_figure(tk: Tokens, i: int, out: list[NumberMention]) -> int:
    """Read the figure (or non-figure) starting at digit token ``i``; return the next index."""
    r = _read_digits(tk, i)
    hedged = _hedged_before(tk, r.first)
    # "1 in 5": a fraction of a group, as a percentage
    den_at = _fraction_of(tk, r.last)
    if r.kind == "count" and not r.skip and den_at is not None:
        frac = _one_in(tk, r.value, den_at)
        if frac is not None:
            value, last = frac
            _emit(
                tk,
                out,
                attrs.evolve(r, last=last),
                value=value,
                kind="percent",
                unit=V.PERCENT_UNIT,
            )
            return last + 1
    reason, skip_to = _excluded(tk, r, i, hedged)
    if reason in {"age", "date"}:
        return _connected_end(tk, skip_to) + 1
    if (
        reason == "year"
        and tk.low(skip_to + 1) in _DASHES
        and tk.is_digits(skip_to + 2)
        and (
            len(tk.texts[skip_to + 2]) == 4
            or (tk.touching(skip_to + 1) and tk.touching(skip_to + 2))
        )
    ):
        # "2024-25", "2024 – 2025"; not "1 May 2011 – 28 companies", a dateline's dash
        return _numeral(tk, skip_to + 2).last + 1
    if reason is not None:
        return skip_to + 1
    rng = _range_after(tk, r.last, r.first)
    if rng is not None:
        hi_first, _between = rng
        hi_digit = hi_first if tk.is_digits(hi_first) else hi_first + 1
        if tk.is_digits(hi_digit):
            hi = _read_digits(tk, hi_digit)
            hi_reason, hi_skip = _excluded(tk, hi, hi_digit, True)
            if hi_reason in {"date", "age"} or _year_range(r, hi):
                return max(hi_skip, hi.last) + 1
            if hi_reason is not None:
                _emit(tk, out, r)
                return r.last + 1
            bare = r.kind == "count" and not r.scaled
            if (
                bare
                and hi.kind == "count"
                and not hi.scaled
                and hi.value <= r.value
                and tk.texts[r.last + 1] in _DASHES
                and tk.touching(r.last + 1)
                and tk.touching(hi_digit)
            ):
                return hi.last + 1  # a score or split: "a 50-50 split", "voted 14-2"
            if (
                bare
                and hi.kind == "count"
                and not hi.scaled
                and hi.value <= r.value
                and tk.lower[r.last + 1] == "to"
                and tk.low(r.first - 1) in V.VOTE_VERBS
                and (not tk.is_word(hi.last + 1) or tk.lower[hi.last + 1] in V.NP_STOP_WORDS)
            ):
                return hi.last + 1  # a tally: "the bill passed 312 to 101"
            to = tk.lower[r.last + 1] == "to"
            stated = to and _stated(tk, r.first, r.last + 1)
            falling = hi.value <= r.value and not (hi.value < r.value < 0)  # "-5 to -10%"
            if (falling and r.kind == hi.kind) or (to and not bare and not stated):
                _emit(tk, out, _shared_scale(tk, r))
                return r.last + 1
            lo = r
            if hi.scaled and not lo.scaled and hi.value:
                mult = hi.value / _numeral(tk, hi_digit).value
                lo = attrs.evolve(lo, value=clean_decimal(lo.value * mult), scaled=True)
            if lo.kind == "count" and hi.kind != "count":
                lo = attrs.evolve(lo, kind=hi.kind, unit=hi.unit)
            elif hi.kind == "count" and lo.kind != "count":
                hi = attrs.evolve(hi, kind=lo.kind, unit=lo.unit)
            # a range's ends are plain figures: nothing says "at least" or "at most"
            _emit(tk, out, lo, range_end="low")
            _emit(tk, out, hi, range_end="high")
            return hi.last + 1
    word = _compound_after(tk, r.last)
    if r.kind == "count" and word is not None:
        if word == "strong":
            _emit(tk, out, attrs.evolve(r, last=r.last + 2), collective=True)
            return r.last + 3
        if word in {"plus"}:
            _emit(tk, out, attrs.evolve(r, last=r.last + 2), bound="min")
            return r.last + 3
        if word in V.MEMBER_COMPOUNDS and r.plain:
            # "a 77-country alliance": the group's size, counted in its members
            unit = V.MEMBER_COMPOUNDS[word]
            _emit(tk, out, attrs.evolve(r, last=r.last + 2, unit=unit))
            return r.last + 3
        if _small(tk, r.last + 2) is None:
            return r.last + 3  # "24-hour", "10-year": a compound modifier
    if tk.low(r.last + 1) == "+" and tk.touching(r.last + 1):
        _emit(tk, out, attrs.evolve(r, last=r.last + 1), bound="min")
        return r.last + 2
    _emit(tk, out, _shared_scale(tk, r) if tk.low(r.first - 1) == "from" else r)
    return r.last + 1


def _word_figure(tk: Tokens, i: int, out: list[NumberMention]) -> int:
    """Read a figure in words at token ``i`` (number words, vague magnitudes, fractions)."""
    low = tk.lower[i]
    # vague magnitudes: "thousands of", "tens of thousands", "hundreds of millions"
    if low in V.VAGUE_MAGNITUDES or low == "tens":
        return _vague(tk, i, out)
    of_percent = _fraction_of_percent(tk, i)
    if of_percent is not None:
        pct_value, pct_unit, last = of_percent
        _emit(tk, out, _Read(i, last, pct_value, "percent", pct_unit, False, False, False))
        return last + 1
    of_scale = _fraction_of_scale(tk, i)
    if of_scale is not None:
        value_of, last = of_scale
        kind_of: str = "count"
        unit_of: str | None = None
        suffix_of = _suffix(tk, last)
        if suffix_of is not None:
            kind_of, unit_of, last = suffix_of
        _emit(tk, out, _Read(i, last, value_of, kind_of, unit_of, False, True, False))
        return last + 1
    frac = _fraction(tk, i)
    if frac is not None:
        pct, last = frac
        r = _Read(i, last, pct, "percent", V.PERCENT_UNIT, False, False, False)
        _emit(tk, out, r)
        return last + 1
    if _for_every(tk, i):
        return i + 1  # "one dollar for every two dollars": the base of a ratio
    words = _words(tk, i)
    if low == "half" and tk.low(i + 1) in _ARTICLES and tk.low(i + 2) in V.SCALES:
        words = (1, i + 1)  # "half a million": a half times the scale
    if words is None:
        return i + 1
    value, last = words
    half = _and_a_half(tk, last)  # "two and a half million"
    # "a million and a half": the half is of the scale word the number ends on
    half_of = Decimal(V.SCALES.get(tk.lower[last], 1)) / 2 if half else Decimal("0.5")
    if half:
        last += 3
    # a figure in words touching letters ("someone") is impossible: tokens are whole words
    mult, last = _scale_after(tk, last, False)
    if low == "half" and last == i + 2:
        mult = mult // 2
    half_scale = not half and mult != 1 and _and_a_half(tk, last)  # "two million and a half"
    if half_scale:
        last += 3
    kind, unit = "count", None
    suffix = _suffix(tk, last)
    if suffix is not None:
        kind, unit, last = suffix
    amount = Decimal(value) + (half_of if half else Decimal("0.5") if half_scale else 0)
    r = _Read(i, last, clean_decimal(amount * mult), kind, unit, False, mult != 1, False)
    # "one in five"
    den_at = _fraction_of(tk, last)
    if kind == "count" and den_at is not None and mult == 1:
        one_in = _one_in(tk, Decimal(value), den_at)
        if one_in is not None:
            _emit(
                tk,
                out,
                attrs.evolve(r, last=one_in[1]),
                value=one_in[0],
                kind="percent",
                unit=V.PERCENT_UNIT,
            )
            return one_in[1] + 1
    single = last == i and low in V.SOLO_WORDS_NEEDING_SUPPORT
    word = _compound_after(tk, last)
    if word is not None and kind == "count":
        if word == "strong":
            _emit(tk, out, attrs.evolve(r, last=last + 2), collective=True)
            return last + 3
        if word in V.MEMBER_COMPOUNDS:  # "a three-nation group"
            _emit(tk, out, attrs.evolve(r, last=last + 2, unit=V.MEMBER_COMPOUNDS[word]))
            return last + 3
        return last + 3  # "three-step", "two-day", "year-old"
    if single and kind == "count" and not _hedged_one(tk, i, last):
        return last + 1
    if kind == "count" and _word_excluded(tk, i, last):
        return _connected_end(tk, last) + 1  # "aged eight to 12": both ends
    rng = _range_after(tk, last, i)
    if rng is not None and tk.is_word(rng[0]):
        hi_words = _words(tk, rng[0])
        if hi_words is not None and hi_words[0] > value:
            hi_last = hi_words[1]
            hi_mult, hi_last = _scale_after(tk, hi_last, False)
            hi_kind, hi_unit = kind, unit
            hi_suffix = _suffix(tk, hi_last)
            if hi_suffix is not None:
                hi_kind, hi_unit, hi_last = hi_suffix
            if _word_excluded(tk, rng[0], hi_last):
                return hi_last + 1
            hi = _Read(
                rng[0],
                hi_last,
                clean_decimal(Decimal(hi_words[0]) * hi_mult),
                hi_kind,
                hi_unit,
                False,
                hi_mult != 1,
                False,
            )
            lo = r
            hi_scale = hi_mult if hi_mult != 1 else V.SCALES.get(tk.lower[hi_words[1]], 1)
            if hi_scale != 1 and mult == 1:  # "between two and three million": 2 million
                lo = attrs.evolve(lo, value=clean_decimal(lo.value * hi_scale), scaled=True)
            if lo.kind == "count" and hi_kind != "count":
                lo = attrs.evolve(lo, kind=hi_kind, unit=hi_unit)
            _emit(tk, out, lo, range_end="low")
            _emit(tk, out, hi, range_end="high")
            return hi_last + 1
    _emit(tk, out, r)
    return last + 1


def _vague(tk: Tokens, i: int, out: list[NumberMention]) -> int:
    """vague := ("tens" | "hundreds") "of" MAGNITUDE | MAGNITUDE ("of" | "more" | VERB)"""
    low = tk.lower[i]
    last = i
    if low in {"tens", "hundreds"} and tk.low(i + 1) == "of":
        mag = tk.low(i + 2)
        if mag in {"thousands", "millions", "billions"}:
            base = 10 if low == "tens" else 100
            value = base * V.VAGUE_MAGNITUDES[mag]
            last = i + 2
        elif low == "tens":
            return i + 1
        else:
            value = V.VAGUE_MAGNITUDES[low]
    elif low == "tens":
        return i + 1
    else:
        value = V.VAGUE_MAGNITUDES[low]
        if low == "scores" and tk.low(i + 1) != "of":
            return i + 1
    prev = tk.low(i - 1)
    if prev in {"the", "by", "in"} and tk.low(last + 1) != "of":
        return last + 1  # "by the thousands", "in the millions"
    if tk.is_digits(i - 1) or _small(tk, i - 1) is not None:
        return last + 1
    r = _Read(i, last, Decimal(value), "count", None, False, True, False)
    _emit(tk, out, r, approx=True, bound="min", vague=True)
    return last + 1
