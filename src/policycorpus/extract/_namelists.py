"""Names-only lines: a line or bullet that holds nothing but party names (private).

Cut at semicolons and where a new name starts without a separator ("the Republic of
A the Kingdom of B", "Japan Canada"); a run of initials, capitals and dashes is one
name, and a known name followed by capitals only is a body of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from policycorpus.dates import MONTHS
from policycorpus.extract._clauses import parse_subject_forward
from policycorpus.extract._tokens import NAME_PARTICLES, Item, Tok, first_word


def name_list(toks: Sequence[Tok]) -> tuple[Item, ...] | None:
    """The names of a line that holds nothing but names ("Albania", "- Chile, Peru").

    ``None`` when the line holds anything else (a verb, a lower-case word).
    """
    if any(t.low == "|" for t in toks):
        # a table row: dates and numbers in the other cells ("| Chile | 12 May 2024 |")
        toks = [
            t
            for t in toks
            if t.mention is not None
            or not (t.low.isdigit() or t.low in MONTHS or t.low in ("/", ".", "-"))
        ]
    toks = [t._replace(low=",") if t.low == "|" else t for t in toks]  # table cells
    n = first_word(toks)
    while n < len(toks) and (
        (toks[n].low.isdigit() and toks[n].mention is None) or toks[n].low in (".", ")", ",")
    ):
        n += 1  # list numbering "1." "2)", a table's first bar
    allowed = {"the", "and", ",", ";", ".", "(", ")", "&", "-", "/", "|", "'s"} | NAME_PARTICLES
    rest = toks[n:]
    if not rest:
        return None
    for t in rest:
        if t.mention is None and not t.is_cap and t.low not in allowed:
            return None
    named: list[Item] = []
    for lo, hi in _list_segments(toks, n):
        body = _body_of_named(toks, lo, hi)
        if body is not None:
            named.append(body)
            continue
        items, _ = parse_subject_forward(toks, lo, hi)
        got = [it for it in items if it.kind in ("actor", "unknown")]
        whole = _initials_name(toks, lo, hi) if len(got) <= 1 else []
        if whole and (not got or (got[0].kind == "unknown" and got[0].end < whole[0].end)):
            got = whole
        named.extend(got)
    return tuple(named) or None


def _initials_name(toks: Sequence[Tok], lo: int, hi: int) -> list[Item]:
    """ "A.P. Moller - Maersk": a name of capitals, initials and dashes that the subject
    reader cuts at its full stops, kept whole as one name the gazetteer lacks."""
    while hi > lo and toks[hi - 1].low in (".", ",", ";"):
        hi -= 1
    if lo < hi and toks[lo].low == "the":
        lo += 1
    if hi - lo < 2:
        return []
    parts: list[str] = []
    for j in range(lo, hi):
        t = toks[j]
        if t.mention is not None or not (t.is_cap or t.low in (".", "-", "&")):
            return []
        if j > lo and t.start > toks[j - 1].end:
            parts.append(" ")
        parts.append(t.text)
    if not toks[lo].is_cap or not toks[hi - 1].is_cap:
        return []
    return [Item("unknown", toks[lo].start, toks[hi - 1].end, "".join(parts))]


def _body_of_named(toks: Sequence[Tok], lo: int, hi: int) -> Item | None:
    """ "the Pacific Islands Forum Secretariat": a known name followed by capitalised
    words only is a body of its own, named by all of them (kind from its head word)."""
    if lo < hi and toks[lo].low == "the":
        lo += 1
    while hi > lo and toks[hi - 1].low in (".", ",", ";"):
        hi -= 1
    if hi - lo < 2 or toks[lo].mention is None:
        return None
    for j in range(lo + 1, hi):
        t = toks[j]
        if t.mention is not None or not t.is_cap or t.start != toks[j - 1].end + 1:
            return None
    return Item("unknown", toks[lo].start, toks[hi - 1].end, " ".join(t.text for t in toks[lo:hi]))


_SEGMENT_GLUE: Final = frozenset({",", ";", "and", "&", "(", "-", "/", "'s", "the"})


def _list_segments(toks: Sequence[Tok], lo: int) -> list[tuple[int, int]]:
    """Token ranges of the names of a names-only line.

    A semicolon ends a name ("A; the B; C"), and so does a new name starting right
    after one without a separator, as when the lines of a signature block are run
    together: "the Republic of A the Kingdom of B" ("the" after a name, not after a
    particle) and two known names side by side ("Japan Canada").
    """
    out: list[tuple[int, int]] = []
    start = lo
    for j in range(lo + 1, len(toks)):
        tok, prev = toks[j], toks[j - 1]
        cut = tok.low == ";"
        if not cut and j > start and prev.low not in _SEGMENT_GLUE:
            prev_name = prev.mention is not None or (prev.is_cap and prev.low not in NAME_PARTICLES)
            new_name = tok.text == "the" if tok.mention is None else prev.mention is not None
            cut = prev_name and new_name
        if cut:
            if j > start:
                out.append((start, j))
            start = j + 1 if tok.low == ";" else j
    if start < len(toks):
        out.append((start, len(toks)))
    return out
