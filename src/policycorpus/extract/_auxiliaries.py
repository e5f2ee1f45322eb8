"""What stands between a subject and its pledge verb (private).

The auxiliary window before a verb ("will", "has now", "could"), the flags it sets
(negated, hypothetical, stance), emotive frames ("is proud to sign"), asides after an
auxiliary, and the opening adverbs a sentence may start with.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from policycorpus.dates import MONTHS, WEEKDAYS
from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._clauses import (
    Tok,
)


def aux_window(toks: Sequence[Tok], i: int, lo: int) -> int:
    """First token of the auxiliaries and adverbs standing before token ``i``."""
    j = i
    while j - 1 >= lo:
        t = toks[j - 1]
        if t.mention is not None:
            break
        if (
            t.low in vocab.AUXILIARIES
            or t.low in vocab.NEGATIONS
            or (t.low.endswith("ly") and t.text.islower() and len(t.low) > 3)
        ):
            j -= 1
        elif (
            t.low == "and"
            and j == i
            and j - 2 >= lo
            and toks[j - 2].low.endswith("ed")
            and toks[j - 2].text.islower()
            and toks[j - 2].mention is None
        ):
            j -= 2  # "we have concluded and signed agreements": one subject for both
        elif t.low == ")" and j < i + 1:
            k = j - 2
            while k >= lo and j - k <= 12 and toks[k].low not in ("(", ")", ".", ";"):
                k -= 1
            if k < lo or toks[k].low != "(":
                break
            j = k  # "has today (Wednesday 20 September) signed"
        elif t.low == "," and j < i + 1:
            aside = _aside_after_aux(toks, j - 1, lo)
            if aside < 0:
                break
            j = aside  # "the UK has, together with its partners, signed"
        else:
            break
    return j


_EMOTIVE: Final = frozenset(
    {"pleased", "delighted", "proud", "happy", "glad", "honoured", "honored", "thrilled"}
)


def emotive_frame(toks: Sequence[Tok], a: int, i: int, first: int) -> tuple[int, int] | None:
    """For "X is pleased to announce", "X is proud to have signed": where the auxiliaries
    before the adjective start, and where the verb's own window starts (after "to");
    ``None`` when the verb at ``i`` stands in no such frame."""
    j = a
    if j - 1 >= first and toks[j - 1].low == "to":
        j -= 1
    if j - 2 < first or toks[j].low != "to" or toks[j - 1].low not in _EMOTIVE:
        return None
    return aux_window(toks, j - 1, first), j + 1


_ASIDE_REACH: Final = 12


def _aside_after_aux(toks: Sequence[Tok], comma: int, lo: int) -> int:
    """For a comma just before the verb: where the auxiliary before a comma-delimited
    aside stands ("has, together with international partners, signed" -> "has"), or
    -1 when the aside does not follow an auxiliary."""
    k = comma - 1
    while k >= lo and comma - k <= _ASIDE_REACH and toks[k].low not in (",", ".", ";", ":"):
        k -= 1
    if k - 1 >= lo and toks[k].low == "," and toks[k - 1].low in vocab.AUXILIARIES:
        return k - 1
    return -1


def aux_flags(toks: Sequence[Tok], a: int, i: int) -> tuple[bool, bool, bool, bool]:
    """(negated, hypothetical, passive-be, infinitive) for the window ``toks[a:i]``."""
    window = [t.low for t in toks[a:i]]
    negated = any(w in vocab.NEGATIONS for w in window)
    modals = [w for w in window if w in vocab.HYPOTHETICAL_AUX]
    hypothetical = (
        bool(modals) and not (modals == ["would"] and _reported_future(toks, a, i))
    ) or window[-2:] == ["to", "be"]  # "a code to be endorsed by the leaders": not yet
    be = any(w in vocab.BE_FORMS for w in window)
    infinitive = bool(window) and window[-1] == "to"
    return negated, hypothetical, be, infinitive


_REPORT_REACH: Final = 8


def _reported_future(toks: Sequence[Tok], a: int, i: int) -> bool:
    """Whether "would" in ``toks[a:i]`` is a reported "will": "X announced (that) it
    would join ..." (the announcing verb at most a short subject before it, and no
    condition after: "announced it would join if others did" stays hypothetical)."""
    if conditional_after(toks, i):
        return False
    for k in range(a - 1, max(-1, a - 1 - _REPORT_REACH), -1):
        low = toks[k].low
        if low in ANNOUNCING and toks[k].mention is None:
            return True
        if low in (".", ";", ":", "?") or low in _CONDITIONS:
            return False
    return False


def conditional_after(toks: Sequence[Tok], i: int) -> bool:
    """Whether a condition follows the verb at ``i`` ("would join if others did"), in a
    bounded window so that a long sentence of many reported decisions stays linear."""
    return any(t.low in _CONDITIONS for t in toks[i + 1 : i + 1 + _CONDITION_REACH])


_CONDITIONS: Final = frozenset({"if", "unless", "whether", "provided", "once"})
_CONDITION_REACH: Final = 40

ANNOUNCING: Final = frozenset({"announced", "announces", "confirmed", "confirms", "declared"})
"""Verbs that report a decision ("announced that it would join", "confirmed that Chile
will"); "said it would sign" stays an intention."""


def subject_window(
    toks: Sequence[Tok], i: int, first: int
) -> tuple[int, bool, bool, bool, bool, bool]:
    """Where the subject of the verb at ``i`` ends, and the flags of the words between:
    (end, negated, hypothetical, passive-be, infinitive, emotive). In an emotive frame
    ("Chile is proud to have signed") the flags are those after "to" and the subject
    stands before "is proud"."""
    a = aux_window(toks, i, first)
    emotive = emotive_frame(toks, a, i, first)
    if emotive is not None:
        return (emotive[0], *aux_flags(toks, emotive[1], i), True)
    return (a, *aux_flags(toks, a, i), False)


def is_stance(toks: Sequence[Tok], a: int, i: int) -> bool:
    return any(t.low in vocab.STANCE_BE for t in toks[a:i])


def hypothetical_opening(toks: Sequence[Tok], subject_start: int) -> bool:
    j = subject_start - 1
    while j >= 0 and toks[j].low in (",", "the", "that"):
        j -= 1
    return j >= 0 and toks[j].low in vocab.HYPOTHETICAL_MARKERS


def intro_length(toks: Sequence[Tok], first: int, i: int) -> int:
    """Length of an introductory phrase ending in a comma just before ``i``, or of a
    sentence adverb without one ("Together the EU and the US will ...")."""
    if i > first and toks[i - 1].low == ",":
        return i - first
    if i == first + 1 and toks[first].low in _OPENING_ADVERBS:
        return 1
    for s in range(max(first, i - _MAX_FRONTED), i):
        if toks[s].low in _FRONTED_TIME and all(_time_word(t) for t in toks[s + 1 : i]):
            # "Over the next five years Chile will ...", "In 2024 the UK will", "To meet
            # it, over five years Chile will ...": a time phrase, after a comma or not
            if s == first or toks[s - 1].low == ",":
                return i - first
            break
    return 0


_OPENING_ADVERBS: Final = frozenset({"together", "jointly", "also", "further", "additionally"})
_FRONTED_TIME: Final = frozenset(
    {"over", "in", "during", "from", "by", "within", "throughout", "this", "next", "last"}
    | {"today", "earlier", "later", "on", "until", "since"}
)
"""Words that open a fronted time phrase written without a comma."""
_MAX_FRONTED: Final = 8


def _time_word(tok: Tok) -> bool:
    """A word of a time phrase: lower case, a number, a month or a weekday."""
    return (
        tok.mention is None
        and (
            tok.text.islower() or tok.text[:1].isdigit() or tok.low in MONTHS or tok.low in WEEKDAYS
        )
        and tok.low not in vocab.TRIGGERS
        and tok.low not in ("will", "would", "has", "have", "had", "is", "are", "was", "were")
    )
