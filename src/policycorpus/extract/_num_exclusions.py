"""The table of numbers that are not figures: one test for a numeral in digits and one
for a number word, each calling the recognisers of dates, phones, references, ages and
table rows."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_ages import _OLD, _age_before, _age_subject, _apposition_age
from policycorpus.extract._num_dates import _month_near
from policycorpus.extract._num_digits import _numeral
from policycorpus.extract._num_lookarounds import (
    _digit_run_end,
    _line_start_before,
    _title_case_line,
)
from policycorpus.extract._num_mentions import _YEAR_MAX, _YEAR_MIN, _Read
from policycorpus.extract._num_phones import _phone
from policycorpus.extract._num_references import (
    _LIST_NUMBER_MAX,
    _REFERENCE_SIGNS,
    _bare_in_list,
    _coordinated_refs,
    _dotted_code_after,
    _file_size,
    _footnote_mark,
    _for_every,
    _in_markup,
    _lettered_reference,
    _name_before,
    _plus_name,
    _spaced_slashes,
)
from policycorpus.extract._num_tables import _infobox_column, _infobox_label, _infobox_row
from policycorpus.extract._num_tokens import _HYPHENS, Tokens


def _ago_follows(tk: Tokens, j: int) -> bool:
    """ "6 months, 1 week ago": only durations and commas before "ago"."""
    for k in range(j, min(len(tk), j + 7)):
        w = tk.low(k)
        if w == V.AGO:
            return True
        if not (w in {",", "and"} or tk.is_digits(k) or w.rstrip("s") in V.PERIODS):
            return False
    return False


def _excluded(tk: Tokens, r: _Read, i: int, hedged: bool) -> tuple[str | None, int]:
    """Why the numeral at token ``i`` (read as ``r``) is not a figure, if it is not.

    Returns (reason or None, last token to skip to). Reasons: "time", "name", "suffix",
    "phone", "date", "year", "age", "per", "list", "compound", "chrome".
    """
    texts = tk.texts
    n = len(texts)
    last = r.last
    if _in_markup(tk.text, tk.starts[i], tk.ends[last]):
        return "chrome", last  # '<?xml version="1.0"?>', "min-width:1.25em", ">2</"
    if (
        r.kind == "count"
        and r.unit is not None
        and (
            (i > 0 and (_infobox_label(tk, i, last) or _infobox_row(tk, i, last) is not None))
            or _infobox_column(tk, i, last) is not None
        )
    ):
        return None, last  # "Parties38": the row's label is its noun, not a name
    nxt = last + 1
    touching_next = nxt < n and tk.touching(nxt)
    # time "06:11", slashed dates "10/07/2025", "24/7", "2022/3", section "3.1.2"
    if (
        r.kind == "count"
        and not r.scaled
        and touching_next
        and texts[nxt] in {":", "/", "."}
        and tk.touching(nxt + 1)
        and tk.is_digits(nxt + 1)
    ):
        k = nxt
        while k + 1 < n and texts[k] in {":", "/", "."} and tk.is_digits(k + 1):
            k += 2
        return "time", k - 1
    unit_at = last if r.kind == "measure" else nxt
    if r.kind in {"count", "measure"} and not r.scaled and _file_size(tk, i, unit_at):
        return "chrome", unit_at  # "Download PDF (212 KB)", "PDF, 1.2MB": a file's size
    if r.kind == "count" and i > 0 and texts[i - 1] in _REFERENCE_SIGNS:
        return "name", last  # "§ 112b", "¶ 4": a section, and "b" is its letter, not billion
    if r.kind == "count" and r.scaled and _lettered_reference(tk, i, last):
        return "name", last  # "class 1B material", "Category 2A": not 1 billion
    footnote = _footnote_mark(tk, i, last, r) if r.kind == "count" and not r.scaled else None
    if footnote is not None:
        return "list", footnote  # "apps,4 while", "online.5,6 In": footnote marks
    if r.skip:
        if r.plain and len(texts[i]) > 1 and texts[i][0] == "0":
            return "phone", _digit_run_end(tk, i)  # "0300 123 4567", "0800 1111"
        return "name", last
    if r.kind == "count" and not r.scaled:
        if touching_next and tk.is_word(nxt):
            # "23rd", "3pm", "1990s", "2023Directorate", "10x"
            return "suffix", nxt
        if (
            i >= 2
            and texts[i - 1] == "/"
            and tk.touching(i)
            and tk.touching(i - 1)
            and tk.is_word(i - 2)
        ):
            return "chrome", last  # a web address's path: ".../licence/version/3"
        if (
            i >= 2
            and len(texts[i - 1]) == 1
            and texts[i - 1].isupper()
            and texts[i - 1] not in {"A", "I"}
            and tk.is_word(i - 2)
            and tk.same_line(i - 2, i)
            and not tk.touching(i)
        ):
            return "name", last  # a series letter: "OJ C 419", "Annex B 12"
        if tk.low(nxt) in V.TIME_SUFFIXES and tk.same_line(last, nxt):
            return "time", nxt
        if tk.low(nxt) in _ANNIVERSARY_UNITS and tk.low(nxt + 1) in _ANNIVERSARIES:
            return "chrome", nxt + 1  # "the 1 year anniversary": an occasion, not a count
        if tk.low(nxt) in {"by", "x"} and tk.texts[nxt + 1 : nxt + 2] == [texts[i]] and r.plain:
            return "name", nxt + 1  # "the 30 by 30 initiative", "30x30": a campaign's name
        if tk.text[tk.ends[last] : tk.ends[last] + 5].lower().lstrip().startswith(("a.m", "p.m")):
            return "time", nxt
        plus = i >= 1 and texts[i - 1] == "+" and tk.touching(i)
        phone = _phone(tk, i) if r.plain or plus else None
        if phone is not None:
            return "phone", phone  # also "Tel.: +32 229 56153", read first as "32 229"
        if _plus_name(tk, i):
            return "name", last  # "Gulf Cooperation Council + 3", "G7 + 2"
        code = _dotted_code_after(tk, nxt)
        if code is not None:
            return "name", code  # a code title: "1 U.S.C. 112", "40 C.F.R."
        spaced = _spaced_slashes(tk, i, last)
        if spaced is not None:
            return "date", spaced  # "23 / 06 / 14", "EXME 14 / 23.06"
        if _month_near(tk, i, last):
            return "date", last
        year = r.plain and _YEAR_MIN <= r.value <= _YEAR_MAX and len(texts[i]) == 4
        if year and (
            not hedged
            or not tk.is_word(nxt)
            or texts[nxt] in V.MONTHS
            or tk.lower[nxt] in V.YEAR_NOUNS
        ):
            return "year", last
        if _name_before(tk, i):
            if tk.low(nxt) == "of" and tk.is_digits(nxt + 1):
                return "name", _numeral(tk, nxt + 1).last  # "Image 1 of 5", "Page 2 of 9"
            return "name", _coordinated_refs(tk, i, last)
        if tk.is_word(nxt) and texts[nxt][0].isupper() and tk.low(nxt + 1) in V.STREET_WORDS:
            return "name", nxt + 1  # an address: "10 Downing Street"
        if _age_before(tk, i) or _apposition_age(tk, i, last, r) or _age_subject(tk, i):
            return "age", last
        if (
            r.plain
            and texts[i] in V.EMERGENCY_NUMBERS
            and tk.low(nxt) in V.SERVICE_NOUNS
            and tk.same_line(last, nxt)
        ):
            return "name", last  # "a 999 outage", "the 911 call"
        if (
            _line_start_before(tk, i)
            and nxt < n
            and tk.same_line(last, nxt)
            and texts[nxt] in V.HEADING_STARTS
        ):
            return "list", last  # a heading number: "3 The voluntary commitments"
        if i > 0 and (tk.lower[i - 1] == "per" or _for_every(tk, i)):
            return "per", last  # "per 100,000", "88 girls for every 100 boys"
        # list numbering: "1." or "2.a.i." or "3)" at a line start; "(2)" in a reference
        if touching_next and texts[nxt] in {".", ")"} and _line_start_before(tk, i):
            return "list", nxt
        if (
            touching_next
            and texts[nxt] == ":"
            and r.plain
            and r.value <= _LIST_NUMBER_MAX
            and _line_start_before(tk, i)
            and tk.is_word(nxt + 1)
            and texts[nxt + 1][0].isupper()
            and tk.same_line(nxt, nxt + 1)
        ):
            return "list", nxt  # a paragraph number "2: Nowhere is ..." at a line start
        if (
            not r.plain
            and "." in tk.text[tk.starts[i] : tk.ends[last]]
            and _line_start_before(tk, i)
            and tk.is_word(nxt)
            and texts[nxt][0].isupper()
        ):
            return "list", last  # "3.1 The survey"
        if i > 0 and texts[i - 1] == "(" and touching_next and texts[nxt] == ")" and r.value < 100:
            return "list", nxt
        if _bare_in_list(tk, i, last):
            return "list", last  # "(4.1, 4.2)", a number alone on its line
        if i > 0 and touching_next and (texts[i - 1], texts[nxt]) in {("[", "]"), ("<", ">")}:
            return "list", nxt  # a citation marker "[3]", "<1>"
        if (
            touching_next
            and texts[nxt] == "."
            and tk.is_word(nxt + 1)
            and texts[nxt + 1][0].isupper()
            and i > 0
            and texts[i - 1] in {".", ":", ";", "!", "?", '"', "“", "(", "‘"}
            and r.value <= 20
        ):
            return "list", nxt  # "... cooperate. 15. Each party"
    if r.kind == "count" and touching_next and texts[nxt] in _HYPHENS:
        if not tk.touching(nxt + 1):
            return "compound", nxt  # "13- to 17-year-olds"
        word = tk.low(nxt + 1)
        if word in V.AGE_AFTER or (word == "year" and tk.low(nxt + 3) in {"old", "olds"}):
            return "age", nxt + 1
    if r.kind in {"count", "measure"} and not r.scaled:
        after = tk.low(nxt) + " " + tk.low(nxt + 1)
        if after in V.CHROME_AFTER:
            return "chrome", nxt + 1
        if tk.low(nxt) in {"years", "year"} and tk.low(nxt + 1) in _OLD:
            return "age", nxt + 1
        if _ago_follows(tk, nxt):
            return "chrome", last
    return None, last


_ANNIVERSARY_UNITS: Final = frozenset({"year", "years", "month", "week", "day"})


_ANNIVERSARIES: Final = frozenset({"anniversary", "anniversaries", "birthday", "jubilee"})


_BODY_REACH: Final = 3


def _names_a_body(tk: Tokens, k: int) -> bool:
    """Whether capitalised words from ``k`` on the same line end in a body's or text's
    head ("Seas Initiative", "Country Ministerial"), so that the number word before them
    begins a name even in a headline set in title case."""
    for j in range(k, min(len(tk), k + _BODY_REACH)):
        if not (tk.is_word(j) and tk.texts[j][0].isupper() and tk.same_line(k, j)):
            return False
        if tk.low(j) in V.NAME_BODY_HEADS:
            return True
    return False


def _name_word(tk: Tokens, i: int, last: int) -> bool:
    """A capitalised number word in mid-sentence before a list joiner is a name
    ("EE, Vodafone, Three and O2"), not a count."""
    if not tk.texts[i][0].isupper():
        return False
    if last + 1 < len(tk) and tk.same_line(last, last + 1) and _names_a_body(tk, last + 1):
        return True  # "Three Seas Initiative", "Five Country Ministerial Statement"
    if i == 0 or not tk.same_line(i - 1, i):
        return False
    prev = tk.texts[i - 1]
    if (
        i >= 2
        and tk.is_word(i - 2)
        and tk.texts[i - 2][0].isupper()
        and (prev == "of" or (prev in _HYPHENS and tk.touching(i) and tk.touching(i - 1)))
    ):
        return True  # "the Group of Seven", "the GCC-Plus-Two meeting"
    if not (tk.is_word(i - 1) or tk.is_digits(i - 1) or prev in {",", "&"} or prev in _OPEN_QUOTES):
        return False
    nxt = last + 1
    if nxt >= len(tk) or not tk.same_line(last, nxt) or tk.low(nxt) in V.NAME_FOLLOWERS:
        return True
    # "the Five Countries", "a Five Country statement": capitalised after a lower-case
    # word and before a capitalised word, in running text, the number is part of a name
    # (in a headline set in title case every word is capitalised: "... from Eight New
    # Companies" counts)
    quoted = prev in _OPEN_QUOTES
    if quoted and i > 1:
        prev = tk.texts[i - 2]  # "(the ‘Five Countries’)"
    lead = prev.islower() or prev in {"The", "A", "An"} or prev.isdigit()  # "12 Three Seas"
    return (
        lead
        and tk.is_word(nxt)
        and tk.texts[nxt][0].isupper()
        and (quoted or not _title_case_line(tk, i))
    )


_OPEN_QUOTES: Final = frozenset({"‘", "“", '"', "'"})


_PAIR_DETERMINERS: Final = V.POSSESSIVES | {"the", "these", "those"}
"""Before "two", a pair that the text has named ("the two leaders", "our two countries"):
a reference back, not a figure; larger numbers after them still count ("our three
partners", "its eight founding governments")."""


_SUBSET_WORDS: Final = frozenset({"first", "latter", "former", "top"})
"""Between a determiner and a number, a subset or rank ("the first two groups", "the top
five countries"), not a count."""


def _word_excluded(tk: Tokens, i: int, last: int) -> bool:
    """Ages, names and chrome for figures in words ("aged ten", "two years old", "1 min read",
    "Vodafone, Three and O2")."""
    if (i > 0 and tk.lower[i - 1] in V.AGE_BEFORE) or _for_every(tk, i):
        return True
    if _age_subject(tk, i) or _name_word(tk, i, last):
        return True
    if i == last and tk.lower[i] == "two" and tk.low(i - 1) in _PAIR_DETERMINERS:
        return True  # "the two countries", "our two nations": the pair named before
    if i > 0 and tk.lower[i - 1] in _SUBSET_WORDS and tk.low(i - 2) in _PAIR_DETERMINERS:
        return True  # "the first two groups", "the latter two", "the top five countries"
    nxt = last + 1
    if (
        i == last
        and tk.low(i - 1) == "the"
        and tk.lower[i] in V.ONES
        and tk.low(nxt) in V.REFERRING_VERBS
    ):
        return True  # "the two can work together": the parties named before, no figure
    if tk.low(nxt) in _ANNIVERSARY_UNITS and tk.low(nxt + 1) in _ANNIVERSARIES:
        return True  # "the one year anniversary"
    if tk.low(nxt) in {"years", "year"} and tk.low(nxt + 1) in _OLD:
        return True
    if _month_near(tk, i, last):
        return True
    return _ago_follows(tk, nxt)
