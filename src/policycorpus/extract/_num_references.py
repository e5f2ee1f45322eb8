"""Numbers that name or point rather than count: names ("COP26", "G20"), references
and codes ("section 56(2)", "Directive 3000.09"), footnote marks, file sizes, list
numbering, numbers in markup, denominators ("for every 100")."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_digits import _numeral
from policycorpus.extract._num_lookarounds import (
    _HEDGE_WORDS,
    _after_numeral,
    _is_acronym,
    _line_start_before,
    _title_case_line,
)
from policycorpus.extract._num_mentions import _Read
from policycorpus.extract._num_tokens import Tokens


def _name_before(tk: Tokens, i: int) -> bool:
    """A reference or name owns the number at token ``i``.

    ref := DOC_WORD "."? NUMBER              "section 56", "No. 5", "Volume 816"
    acr := ACRONYM NUMBER                    "COP 26" (not in an all-caps headline)
    cap := Capitalised NUMBER (not sentence-initial, no noun after)   "Web 2.0"
         | camelCase NUMBER                                            "iPhone 15"
    """
    k = i - 1
    if k >= 0 and tk.texts[k] in {".", ":"} and tk.touching(k):
        k -= 1
    if k < 0 or not tk.is_word(k) or not tk.same_line(k, i):
        return False
    word = tk.texts[k]
    low = tk.lower[k]
    if k == i - 1 and _capitalised_hedge_name(tk, i):
        return True
    if tk.texts[k + 1] == ":" and k + 1 < i and low not in V.DOCUMENT_WORDS:
        return False  # "Ref: 123" as a label; any other word before a colon is prose
    if low in V.DOCUMENT_WORDS and (
        low not in V.DOCUMENT_WORDS_CAPITALISED_ONLY
        or word[0].isupper()
        or (k > 0 and tk.texts[k - 1] == "[")  # a wiki's "[note 1]"
    ):
        return True
    if low in V.SEQUENCE_WORDS and k == i - 1:
        end = _after_numeral(tk, i)
        return not (tk.is_word(end) and tk.lower[end] not in V.NP_STOP_WORDS)
    if k != i - 1:
        return False
    if _is_acronym(word) and word not in V.ISO_CODES:
        before = k - 1
        return not (before >= 0 and tk.is_word(before) and tk.texts[before].isupper())
    camel = word[0].islower() and any(c.isupper() for c in word[1:])  # "iPhone 15"
    if (
        (word[0].isupper() or camel)
        and not word.isupper()
        and low not in V.NP_STOP_WORDS
        and low not in V.WEEKDAYS
        and low not in _HEDGE_WORDS
        and word not in V.MONTHS
        and low not in V.NAME_RULE_EXCEPTIONS
        and "'" not in word
        and "’" not in word
        and not _opening_verb(tk, k)
    ):
        # "Web 2.0", "Windows 10 devices": a name unless a capitalised word follows, as in
        # a title-case headline ("Pledges 500 New Officers")
        end = _after_numeral(tk, i)
        if tk.texts[end : end + 1] and tk.texts[end] in V.COMPANY_SUFFIXES:
            return True  # "Alpha 32 Ltd": a company's name
        return not (tk.is_word(end) and tk.texts[end][0].isupper())
    return False


_COORDINATORS: Final = frozenset({"and", "or", ",", "to", "&"})


def _opening_verb(tk: Tokens, k: int) -> bool:
    """A past-tense verb opening a line or sentence ("• Received 186 complaints",
    "Removed 40 posts."): capitalised by position, not a name."""
    low = tk.lower[k]
    if not (low.endswith("ed") and len(low) > 4):
        return False
    return _line_start_before(tk, k) or tk.texts[k - 1] in {".", "!", "?", ":", ";"}


def _coordinated_refs(tk: Tokens, i: int, last: int) -> int:
    """The last number of a coordination of references whose plural word owns them all
    ("Articles 53 and 55", "Amendments 12, 14 and 15"); ``last`` when there is none."""
    k = i - 1
    while k >= 0 and tk.texts[k] in {".", ":"}:
        k -= 1
    if k < 0 or not tk.is_word(k):
        return last
    if tk.texts[last + 1 : last + 2] in (["–"], ["-"]) and tk.is_digits(last + 2):
        return _numeral(tk, last + 2).last  # a range of references: "p. 33–42"
    if not tk.lower[k].endswith("s"):
        return last
    while tk.low(last + 1) in _COORDINATORS and tk.is_digits(last + 2):
        nxt = _numeral(tk, last + 2).last
        if tk.is_word(nxt + 1) and tk.same_line(nxt, nxt + 1) and _plural_word(tk.lower[nxt + 1]):
            break  # "Articles 5 and 12 countries": a count follows
        last = nxt
    return last


def _plural_word(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _capitalised_hedge_name(tk: Tokens, i: int) -> bool:
    """A hedge word capitalised inside a sentence names what follows ("joined the
    Under 2 Coalition")."""
    k = i - 1
    return (
        k >= 1
        and tk.is_word(k)
        and tk.texts[k][0].isupper()
        and tk.lower[k] in _HEDGE_WORDS
        and tk.is_word(k - 1)
        and tk.texts[k - 1].islower()
        and tk.same_line(k - 1, i)
        and not _title_case_line(tk, i)
    )


_REFERENCE_SIGNS: Final = frozenset({"§", "§§", "¶"})


_LIST_NUMBER_MAX: Final = 50


def _for_every(tk: Tokens, i: int) -> bool:
    """ "for every" before token ``i``: the number is the base of a ratio ("88 girls for
    every 100 boys"), the ``per`` of the figure before it, not a figure of its own."""
    return tk.low(i - 1) == "every" and tk.low(i - 2) == "for"


def _plus_name(tk: Tokens, i: int) -> bool:
    """ "Council + 3", "G7 + 2": a number after a spaced plus that follows a name names
    the group's guests, it counts nothing."""
    return (
        i >= 2
        and tk.texts[i - 1] == "+"
        and not tk.touching(i)
        and not tk.touching(i - 1)
        and (tk.is_word(i - 2) or tk.is_digits(i - 2))
        and (tk.texts[i - 2][0].isupper() or tk.is_digits(i - 2))
        and tk.same_line(i - 2, i)
        and not tk.is_digits(i + 1)
    )


def _dotted_code_after(tk: Tokens, k: int) -> int | None:
    """A dotted abbreviation of three or more single capitals after a number ("1 U.S.C.
    112a", "40 C.F.R."): the number is a title of a code. Returns its last token."""
    letters = 0
    x = k
    while (
        x + 1 < tk.size
        and len(tk.texts[x]) == 1
        and tk.texts[x].isupper()
        and tk.texts[x + 1] == "."
        and tk.touching(x + 1)
        and (letters == 0 or tk.touching(x))
    ):
        letters += 1
        x += 2
    if letters < 3 and not (
        letters == 2 and len(tk.texts[x : x + 1]) == 1 and tk.texts[x].isupper() and tk.touching(x)
    ):
        return None  # "5 U.S. firms" counts firms
    if letters == 0 or not tk.same_line(k - 1, k):
        return None
    return x if letters == 2 else x - 1


def _spaced_slashes(tk: Tokens, i: int, last: int) -> int | None:
    """Numbers joined by spaced slashes ("23 / 06 / 14", "EXME 14 / 23.06"): a date or a
    reference, not figures. Returns the last token of the chain."""
    if i >= 2 and tk.texts[i - 1] == "/" and tk.is_digits(i - 2) and tk.same_line(i - 2, i):
        return last
    x = last
    while (
        tk.texts[x + 1 : x + 2] == ["/"]
        and not tk.touching(x + 1)
        and tk.is_digits(x + 2)
        and tk.same_line(x, x + 2)
    ):
        x = _numeral(tk, x + 2).last
    return x if x != last else None


def _lettered_reference(tk: Tokens, i: int, last: int) -> bool:
    """A reference word owns a number whose letter reads like a scale ("class 1B")."""
    return (
        last == i + 1
        and tk.touching(last)
        and len(tk.texts[last]) == 1
        and tk.low(i - 1) in V.DOCUMENT_WORDS
        and tk.same_line(i - 1, i)
    )


_MARKUP_REACH: Final = 400
"""How far around a number a tag or style block is looked for (bounded, so a page on one
long line stays linear)."""


def _in_markup(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits in markup copied with the page: inside a tag
    ('<?xml version="1.0"?>', '<page n="12"/>'), as a lone element value
    ("<bookNumber>2</bookNumber>"), or in a style sheet's declaration block
    ("{min-width:1.25em;margin:1px 0}")."""
    lo = max(0, start - _MARKUP_REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, end + _MARKUP_REACH)
    if line_end == -1:
        line_end = min(len(text), end + _MARKUP_REACH)
    if text.find("<", line_start, line_end) == -1 and text.find("{", line_start, start) == -1:
        return False  # every case below needs a "<" around the figure or a "{" before it
    before = text[line_start:start]
    after = text[end:line_end]
    opened = before.rfind("<")
    if opened > before.rfind(">") and opened + 1 < len(before):
        head = before[opened + 1]
        closes = after.find(">")
        if (head.isalpha() or head in "?/!") and closes != -1 and "<" not in after[:closes]:
            return True
    if before.endswith(">") and after.lstrip(".)").startswith("</"):
        return True  # "<b>2</b>", "<strong>1.</strong>"
    brace = before.rfind("{")
    return brace > before.rfind("}") and ":" in before[brace:] and ";" in before[brace:] + after


_NOTE_AFTER: Final = frozenset({".", ",", ";", ":", ")", "”", '"', "’"})


def _footnote_mark(tk: Tokens, i: int, last: int, r: _Read) -> int | None:
    """The last token of a footnote mark run into the text: a small plain number right
    after a word's closing punctuation with no space ("apps,4 while", "online.5,6 In"),
    with the marks that follow it (",6"); None when the numeral is not one."""
    if not (
        r.plain
        and r.value < 1000
        and i >= 2
        and tk.touching(i)
        and tk.texts[i - 1] in _NOTE_AFTER
        and tk.touching(i - 1)
        and (tk.is_word(i - 2) or tk.texts[i - 2] in _NOTE_AFTER)
    ):
        return None
    nxt = last + 1
    if nxt < len(tk) and tk.touching(nxt) and tk.texts[nxt] not in {",", "."}:
        return None  # "word.5%": not a mark
    k = last
    while (
        k + 2 < len(tk)
        and tk.texts[k + 1] == ","
        and tk.touching(k + 1)
        and tk.touching(k + 2)
        and tk.is_digits(k + 2)
    ):
        k += 2
    return k


def _file_size(tk: Tokens, i: int, nxt: int) -> bool:
    """Whether the numeral at ``i`` with its unit at ``nxt`` is a download's file size.

    "KB" always is; "MB"/"GB" are when bracketed, after a file word ("PDF, 1.2MB",
    "Download 3 MB"), before "in size" or alone on a line; "40 GB of images" stays a
    figure.
    """
    unit = tk.low(nxt)
    if unit not in V.FILE_SIZE_UNITS or not tk.same_line(i, nxt):
        return False
    if unit in V.FILE_SIZE_ALWAYS:
        return True
    k = i - 1
    while k >= 0 and i - k <= 4 and tk.same_line(k, i):
        if tk.texts[k] == "(" or tk.low(k) in V.FILE_WORDS:
            return True
        k -= 1
    if tk.low(nxt + 1) == "size" or tk.low(nxt + 2) == "size":
        return True  # "3.4 MB in size"
    line_start, line_end = tk.line_bounds(i)
    text = tk.text
    # "3.4 MB" alone on its line: only strippable characters around it (checked without
    # slicing the line, which would cost the line's length for every figure on it)
    return _only(text, line_start, tk.starts[i], _LINE_STRIP) and _only(
        text, tk.ends[nxt], line_end, _LINE_STRIP
    )


_LINE_STRIP: Final = frozenset(" .,;:()[]|")


def _only(text: str, start: int, end: int, chars: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` holds only ``chars``, stopping at the first other one."""
    return all(text[x] in chars for x in range(start, end))


def _bare_in_list(tk: Tokens, i: int, last: int) -> bool:
    """A bare number in a bracketed list of numbers, or alone on its line."""
    prev = tk.texts[i - 1] if i > 0 and tk.same_line(i - 1, i) else "\n"
    nxt = tk.texts[last + 1] if last + 1 < len(tk) and tk.same_line(last, last + 1) else "\n"
    if prev == "\n" and (nxt == "\n" or (nxt in {".", ")"} and tk.low(last + 2) in {""})):
        return True
    if nxt not in {",", ")"}:
        return False
    # inside brackets holding only numbers: "(4.1, 4.2)", "(3, 5)"
    k = _number_run_before(tk)[i]
    return k >= 0 and tk.texts[k] == "(" and tk.same_line(k, k + 1)


def _number_run_before(tk: Tokens) -> memoryview:
    """Per token ``i``: the token before the run of digits, "," and "." that ends at
    ``i - 1`` on ``i``'s line (``i - 1`` when there is no such run; -1 at the start).

    One pass for the whole token list: a list of numbers reads it once per figure.
    """
    found = tk.memo("number_run_before")
    if found is not None:
        return found
    texts = tk.texts
    out = tk.filled(-1)
    for i in range(1, tk.size):
        k = i - 1
        if (tk.is_digits(k) or texts[k] in {",", "."}) and tk.same_line(k, i):
            out[i] = out[k]
        else:
            out[i] = k
    return tk.remember("number_run_before", out)
