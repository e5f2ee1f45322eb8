"""A counted figure with no noun of its own borrows one from its sentence: the subject
of a change verb ("reports rose by 40 per cent to 29.3 million"), "the number of X", a
counted figure before it, "of the" ("9 of the top 20 emitters")."""

from __future__ import annotations

import re
from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._numbers import Tokens, tokenize
from policycorpus.extract._stat_drafts import (
    _DETERMINERS,
    _HYPHENS,
    _Draft,
    _first_token,
    _Phrase,
    _plural,
    _token_at,
)
from policycorpus.extract._stat_nouns import _noun_phrase
from policycorpus.extract._stat_windows import _duration

_AUXILIARIES: Final = frozenset({"has", "had", "have", "been", "was", "is", "then"})


_RANKING_WORDS: Final = frozenset(
    {"top", "largest", "biggest", "leading", "major", "main", "first", "last", "richest"}
)


_OF_THE: Final = frozenset(
    {"of", "of the", "out of", "out of the", "of their", "of its", "of our", "out of our",
     "of these", "of those"}
)  # fmt: skip


_FIELD: Final = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?P<label>[A-Z][\w ]{1,40}?):[ \t]*\Z")
"""The label of a "Label: value" row ("- Area Km2: 252,428"), up to the figure."""


def _field_unit(text: str, d: _Draft) -> bool:
    """A figure that is the whole value of an infobox row takes its unit from the label
    ("Area Km2: 252,428" is km2, "Population Estimate: 18.9 million" people)."""
    start, end = d.line
    label = _FIELD.match(text[start : d.start])
    if label is None or text[d.end : end].strip():
        return False
    words = label.group("label").lower().split()
    if len(words) > 1 and words[-2] == "per" and words[-1] in V.PER_PERSON:
        d.per = d.per or ("capita" if words[-1] == "capita" else "person")  # "Gdp Per Capita"
        return d.unit is not None
    for size in range(min(3, len(words)), 0, -1):
        field = V.FIELD_UNITS.get(" ".join(words[-size:]))
        if field is not None and d.unit is None:
            d.unit, per = field
            d.per = d.per or per
            return True
    return False


def _borrow_units(text: str, drafts: list[_Draft]) -> None:
    """A counted figure without a noun borrows one from its sentence, or from the label
    of the infobox row it is the value of."""
    last_counted: _Draft | None = None  # the latest counted figure with a unit
    for idx, d in enumerate(drafts):
        if ((d.mention.kind == "count" and not d.unit) or d.per is None) and _field_unit(text, d):
            continue
        if d.mention.kind == "count" and not d.unit:
            _borrow_unit(text, drafts, idx, last_counted)
        if d.mention.kind == "count" and d.unit and not _duration(d.unit):
            last_counted = d  # "in the first six months" lends no noun to "up from 199"


def _of_the(gap: str) -> bool:
    """ "of the", "out of", and with a ranking word: "9 of the top 20 emitters"."""
    words = gap.strip().lower().split()
    if words and words[-1] in _RANKING_WORDS:
        words.pop()
    return " ".join(words) in _OF_THE


def _line_tokens(text: str, drafts: list[_Draft], idx: int) -> Tokens:
    """The tokens of ``drafts[idx]``'s line: kept, or read again (the same tokens:
    tokenising is a function of the text and the line, and what :class:`Tokens`
    memoises is too). A line read again is shared with its later figures, so each line
    is read again at most once (linear on one long line)."""
    d = drafts[idx]
    if d.tokens is None:
        tk = tokenize(text, *d.line)
        k = idx
        while k < len(drafts) and drafts[k].line == d.line:
            if drafts[k].tokens is None:
                drafts[k].tokens = tk
            k += 1
    assert d.tokens is not None
    return d.tokens


def _borrow_unit(text: str, drafts: list[_Draft], idx: int, last: _Draft | None) -> None:
    d = drafts[idx]
    tk, lo = _line_tokens(text, drafts, idx), d.sentence
    phrase = (
        _number_of(tk, d.mention.first, lo)
        or _of_opening(tk, lo, d.start)
        or _number_of_after(tk, d.mention.last + 1, d.sentence_end)
    )
    if phrase is not None:
        d.unit, d.subject, d.borrowed = phrase.unit, phrase.text, True
        return
    nxt = drafts[idx + 1] if idx + 1 < len(drafts) else None
    if (
        nxt is not None
        and nxt.sentence == d.sentence
        and nxt.mention.kind == "count"
        and nxt.unit
        and _of_the(text[d.end : nxt.start])
    ):
        d.unit, d.subject, d.borrowed = nxt.unit, nxt.subject, True  # "38 of the 46 states"
        return
    before = _first_token(tk, d.start, d.mention.first) - 1
    if (
        tk.low(before) == "of"
        and tk.starts[before] >= lo
        and tk.low(before - 1) not in V.AVERAGE_NOUNS
    ):
        # "a population of 700 million": the figure measures the noun before "of";
        # "an average of 26 a day" still counts what the sentence counts
        if tk.low(before - 1) in V.PEOPLE_GROUPS:
            d.unit, d.borrowed = "people", True
        elif tk.low(before - 1) in V.SELF_COUNTED_GROUPS:
            d.unit, d.borrowed = tk.low(before - 1), True  # "a staff of around 125"
        elif tk.low(before - 1) in V.COLLECTIVE_NOUNS and not _duration(d.mention.unit or ""):
            d.unit, d.borrowed = "members", True  # "the original group of four"
        return
    subject = _changed_subject(tk, d.mention.first, lo)
    if subject is not None:
        d.unit, d.subject, d.borrowed = subject, subject, True
        return
    if last is None:
        return
    if last.sentence == d.sentence or (
        (_of_these(tk, lo, d.start) or _total_subject(tk, lo, d.mention.first))
        and last.sentence_end <= d.sentence
        and not text[last.sentence_end : d.sentence].strip()
    ):
        d.unit, d.subject, d.borrowed = last.unit, last.subject, True
        if d.per is None and last.per is not None and any(c.isdigit() for c in last.per):
            d.per = last.per  # "88 girls for every 100 boys ..., compared to 74": a ratio too


def _changed_subject(tk: Tokens, first: int, lo: int) -> str | None:
    """ "reports rose by 40 per cent to 29.3 million": the plural before a change verb."""
    for x in range(first - 1, max(-1, first - 16), -1):
        if tk.starts[x] < lo or tk.texts[x] in {";", ":"}:
            return None
        if tk.lower[x] in V.CHANGE_VERBS:
            pp_head = _head_before_pp(tk, x, lo)
            if pp_head is not None:
                return pp_head
            head = tk.low(x - 1)
            while head in _AUXILIARIES and x - 1 > 0 and tk.starts[x - 1] > lo:
                x -= 1  # "membership had grown to over 50"
                head = tk.low(x - 1)
            if head in V.MEMBERSHIP_NOUNS and tk.is_word(x - 1):
                return V.MEMBERSHIP_NOUNS[head]  # "membership grew to 50" counts members
            if head in {"numbers", "figures", "levels", "totals", "counts"}:
                x -= 1  # "staff numbers fell to 300": the staff are counted
                head = tk.low(x - 1)
            if (
                x > 0
                and tk.is_word(x - 1)
                and head not in V.NP_STOP_WORDS
                and (_plural(head) or head in {"staff", "police", "personnel"})
                and (tk.texts[x - 1][0].islower() or tk.starts[x - 1] == lo)
            ):
                return tk.texts[x - 1]  # not the end of a name ("... for Children rose")
            return None
    return None


def _head_before_pp(tk: Tokens, verb: int, lo: int, depth: int = 0) -> str | None:
    """ "attacks on government agencies rose": the subject's head is its first plural
    noun followed by a preposition, not the last noun of the attached phrase.

    The subject is read back from the verb to a clause boundary (punctuation, a digit,
    a conjunction such as "that"), at most ``SUBJECT_MAX_TOKENS`` tokens.
    """
    x = verb - 1
    floor = max(0, verb - V.SUBJECT_MAX_TOKENS)
    while (
        x >= floor
        and tk.starts[x] >= lo
        and tk.same_line(x, verb)
        and (
            tk.is_word(x)
            or (tk.texts[x] in _HYPHENS and tk.touching(x))
            or tk.texts[x] == "&"
            or (tk.texts[x] == "." and tk.touching(x) and _abbreviation_dot(tk, x))
        )
        and tk.lower[x] not in V.CLAUSE_BOUNDARIES
    ):
        x -= 1
    for k in range(x + 1, verb - 2):
        w = tk.lower[k]
        if (
            tk.lower[k + 1] in V.PP_PREPOSITIONS
            and not (k > 0 and tk.texts[k - 1] in _HYPHENS and tk.touching(k))
            and w not in V.NP_STOP_WORDS
            and w not in V.MEASURE_NOUNS
            and _plural(w)
        ):
            return tk.texts[k]
    if (
        x >= floor
        and x > 0
        and tk.starts[x] >= lo
        and tk.lower[x] in V.RELATIVE_PRONOUNS
        and tk.is_word(x - 1)
        and tk.lower[x - 1] not in V.REPORTING_VERBS
        and depth < V.RELATIVE_DEPTH
    ):
        # "reports to the hotline that involved AI rose": the relative clause modifies
        # the subject; its head is read before the pronoun
        head = _head_before_pp(tk, x, lo, depth + 1)
        if head is not None:
            return head
        plural = _plural(tk.lower[x - 1]) and tk.lower[x - 1] not in V.NP_STOP_WORDS
        y = x - 2  # "Helpline reports that ...": a proper name may modify the head
        while y >= 0 and tk.starts[y] >= lo and tk.is_word(y) and tk.texts[y][0].isupper():
            y -= 1
        if plural and (y < 0 or tk.starts[y + 1] == lo or tk.lower[y] in _DETERMINERS):
            return tk.texts[x - 1]  # "claims that were lodged online rose"
    return None


def _abbreviation_dot(tk: Tokens, x: int) -> bool:
    """The dot of "U.S." or "U.K.": between single capitals."""
    prev = tk.texts[x - 1] if x > 0 else ""
    return len(prev) == 1 and prev.isupper()


def _number_of(tk: Tokens, first: int, lo: int) -> _Phrase | None:
    """ "the number of blocked URLs from 700 to 30,000": the noun after "number of"."""
    floor = max(0, first - 30)
    for x in range(first - 2, floor - 1, -1):
        if tk.starts[x] < lo:
            break
        if tk.lower[x] in V.ANAPHORA_NOUNS and tk.low(x + 1) == "of":
            start = x + 2
            while tk.low(start) in _DETERMINERS:
                start += 1
            phrase = _noun_phrase(tk, start, tk.starts[first])
            if phrase is not None:
                return phrase
    return None


def _number_of_after(tk: Tokens, k: int, hi: int) -> _Phrase | None:
    """ "brought to 62 the total number of members": a fronted figure whose "the
    (total) number of <noun>" follows it."""
    if tk.low(k) != "the" or not tk.same_line(k - 1, k):
        return None
    x = k + 1
    if tk.low(x) == "total" and tk.low(x + 1) == "number":
        x += 1
    if tk.low(x) not in V.ANAPHORA_NOUNS or tk.low(x + 1) != "of":
        return None
    start = x + 2
    while tk.low(start) in _DETERMINERS:
        start += 1
    return _noun_phrase(tk, start, hi)


def _of_opening(tk: Tokens, lo: int, before: int) -> _Phrase | None:
    """ "Of these images, 2,562 were ...": the noun of an opening "Of" phrase."""
    i = _token_at(tk, lo)
    while i < len(tk) and tk.texts[i] in "•*-–—·" and tk.starts[i] < before:
        i += 1
    if tk.low(i) != "of":
        return None
    j = i + 1
    while tk.low(j) in _DETERMINERS:
        j += 1
    phrase = _noun_phrase(tk, j, before)
    if phrase is None or tk.low(phrase.last + 1) != ",":
        return None
    return phrase


def _of_these(tk: Tokens, lo: int, before: int) -> bool:
    """The sentence opens "Of these," / "Of them," / "Of those,": it counts the last one."""
    i = _token_at(tk, lo)
    return (
        tk.low(i) == "of"
        and tk.low(i + 1) in {"these", "those", "them", "which"}
        and tk.low(i + 2) == ","
        and tk.starts[i + 2] < before
    )


def _total_subject(tk: Tokens, lo: int, first: int) -> bool:
    """ "... the total had passed 70": "the total/tally" and at most two lower-case verbs
    before the figure; it totals what the sentence before counted."""
    x = first - 1
    verbs = 0
    while x > 0 and tk.starts[x] >= lo and tk.is_word(x) and tk.texts[x][0].islower():
        if tk.lower[x] in V.TOTAL_NOUNS:
            return verbs >= 1 and tk.low(x - 1) == "the"
        verbs += 1
        if verbs > 2:
            return False
        x -= 1
    return False
