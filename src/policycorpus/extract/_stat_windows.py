"""Time windows that frame a sentence ("over the next five years", "Over two days,"),
which are durations, not figures."""

from __future__ import annotations

from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._numbers import NumberMention, Tokens
from policycorpus.extract._stat_drafts import _Draft, _token_at

_WINDOW_OPENERS: Final = frozenset(
    {"next", "past", "last", "coming", "previous", "following", "first", "preceding"}
)


_WINDOW_CLOSERS: Final = frozenset({"on", "later", "earlier"})


def _time_window(tk: Tokens, m: NumberMention, d: _Draft) -> bool:
    """A span of time that frames the sentence rather than being what it measures.

    window := ("over" | "the" WINDOW_OPENER) N PERIOD      "over the next five years",
                                                          "$180 million over five years",
                                                          "Over two days, ministers ..."
            | N PERIOD ("on" | "later" | "earlier") ","?    "10 years on from the fire"
            | (^ | "been" | "is" | "was") N PERIOD "since"   "It has been four months since"
            | ^"In" ("only" | "just")? N PERIOD            "In only four short months we"

    A measured duration ("fell from 19 days to 6 days", "87.5 hours") has neither.
    """
    if m.kind != "count" or not d.unit or d.per is not None or not _duration(d.unit):
        return False
    if tk.low(m.first - 1) in _WINDOW_OPENERS and tk.same_line(m.first - 1, m.first):
        return True
    first = _token_at(tk, d.start)
    if d.hedged and first < m.first and tk.low(first) == "over":
        return True
    if d.hedged and first < m.first and tk.low(first - 1) in {"in", "within"}:
        return True  # "the first such deal in more than two decades"
    after_end = _token_at(tk, d.end)
    if (
        tk.low(after_end) in {"after", "before"}
        and tk.same_line(after_end - 1, after_end)
        and _sentence_start(tk, first)
    ):
        return True  # a framing time: "Six months after its start, the group had grown"
    if (
        tk.low(after_end) in {"to", "ending", "until"}
        and tk.texts[after_end + 1 : after_end + 2]
        and tk.texts[after_end + 1] in V.MONTHS
    ):
        return True  # a reporting period: "in the 12 months to June 2017"
    before = m.first - 1
    while tk.low(before) in {"only", "just"}:
        before -= 1
    if before >= 0 and tk.texts[before] == "In" and _sentence_start(tk, before):
        return True
    after = _token_at(tk, d.end)
    if (
        tk.low(after) == "since"
        and tk.same_line(after - 1, after)
        and (
            tk.low(before) in {"been", "is", "was", "it's", "it’s"}
            or _sentence_start(tk, before + 1)
        )
    ):
        return True  # elapsed time: "it has been four months since we met"
    if tk.low(after) in _WINDOW_CLOSERS and tk.same_line(after - 1, after):
        nxt = tk.low(after + 1)
        return after + 1 >= len(tk) or not tk.is_word(after + 1) or nxt in {"from", "since"}
    return False


def _sentence_start(tk: Tokens, k: int) -> bool:
    """Whether token ``k`` opens a sentence or a line."""
    return k == 0 or not tk.same_line(k - 1, k) or tk.texts[k - 1] in {".", "!", "?", ":", ";"}


def _duration(unit: str) -> bool:
    """A unit that is a span of time ("months", "year"), never what a sentence counts."""
    word = unit.lower()
    return word in V.PERIODS or (word.endswith("s") and word[:-1] in V.PERIODS)
