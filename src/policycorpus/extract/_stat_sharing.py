"""What the statistics of one sentence share: range ends, list members, appositions,
denominators, hedges and rates carried over a coordination, coreferent subjects, and
the dollar of the article's country."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._stat_drafts import _Draft
from policycorpus.model import Article, record_id

_MEMBER_UNITS: Final = frozenset(V.MEMBER_COMPOUNDS.values())


_GROUP_HEADS: Final = _MEMBER_UNITS | {"signatories", "partners", "participants", "endorsers"}


def _share_ranges(drafts: list[_Draft]) -> None:
    """The ends of a range share unit, subject and rate ("10-20 children"), and a link.

    The lower end is bounded "min" and the upper end "max" (each record alone then says
    something true: "10-20%" says at least 10 and at most 20); a hedge before the range
    applies to both ends instead ("up to 10-20": both "max"). Both ends get the same
    ``range_id``.
    """
    for a, b in itertools.pairwise(drafts):
        if (
            a.mention.range_end == "low"
            and b.mention.range_end == "high"
            and b.mention.first - a.mention.last <= 3
        ):
            if a.mention.kind == "count" and a.unit is None:
                a.unit, a.subject = b.unit, b.subject
            a.per = a.per or b.per
            b.per = b.per or a.per
            if a.hedged and not b.hedged:
                b.approx = b.approx or a.approx
                b.bound = b.bound or a.bound
            # "-5 to -10%" runs downwards: its first end is the upper one
            rising = a.mention.value <= b.mention.value
            a.bound = a.bound or ("min" if rising else "max")
            b.bound = b.bound or ("max" if rising else "min")
            a.range_id = b.range_id = record_id("rng", a.start, b.end)


def _share_lists(text: str, drafts: list[_Draft]) -> None:
    """ "1.2 million, 900,000 and 650,000 accounts": listed counts share the last one's
    noun, or its measure ("to 2.1, 2.8 degrees") (read right to left, so the whole list
    takes it)."""
    for idx in range(len(drafts) - 2, -1, -1):
        a, b = drafts[idx], drafts[idx + 1]
        if (
            a.mention.kind == "count"
            and b.mention.kind in {"count", "measure"}
            and not a.unit
            and b.unit
            and a.sentence == b.sentence
            and a.mention.bound is None
            and text[a.end : b.start].strip().lower() in V.LIST_GAPS
        ):
            a.unit, a.subject, a.borrowed = b.unit, b.subject, True


_APPOSITION_OPEN: Final = frozenset({",", "(", "—", "–", "-", ", or", "or"})


_APPOSITION_CLOSE: Final = frozenset({",", ")", "—", "–", ".", ";", ""})


def _apposed(text: str, drafts: list[_Draft]) -> None:
    """ "a quarter of referrals, some 2,100, came from schools": a count set off right after
    a share counts what the share is of."""
    for a, b in itertools.pairwise(drafts):
        if (
            a.sentence == b.sentence
            and a.mention.kind == "percent"
            and a.of_unit
            and b.mention.kind == "count"
            and not b.unit
            and text[a.end : b.start].strip().lower() in _APPOSITION_OPEN
            and text[b.end : b.end + 2].strip()[:1] in _APPOSITION_CLOSE
        ):
            b.unit, b.subject = a.of_unit, a.subject


def _share_denominators(drafts: list[_Draft]) -> None:
    """ "45.2 per 100,000 children, up from 38 per 100,000": a bare denominator takes the
    population named with the same denominator earlier in the sentence."""
    for a, b in itertools.pairwise(drafts):
        if (
            a.sentence == b.sentence
            and b.unit
            and a.unit
            and b.unit.startswith("per ")
            and a.unit.startswith(b.unit + " ")
        ):
            b.unit, b.subject = a.unit, a.subject


def _words_of(text: str | None) -> set[str]:
    return {w.lower() for w in (text or "").replace("-", " ").split() if len(w) > 2}


def _corefer(drafts: list[_Draft]) -> None:
    """A figure repeated in the article takes the unit of its first mention."""
    first_seen: dict[Decimal, _Draft] = {}
    for d in drafts:
        m = d.mention
        if m.kind != "count":
            continue
        earlier = first_seen.get(m.value)
        if earlier is not None and earlier.unit:
            same_phrase = bool(_words_of(d.subject) & _words_of(earlier.subject))
            # "8 founding governments ... the eight founding members": a group named
            # by its own member noun keeps it
            own_head = any(w in _GROUP_HEADS for w in (d.unit or "").lower().split()[-1:])
            if (
                not d.unit
                or m.collective
                or (same_phrase and d.unit != earlier.unit and not own_head)
            ):
                d.unit = earlier.unit
                d.subject = d.subject or earlier.subject
        if m.collective and not d.unit and d.subject:
            d.unit = d.subject.split()[-1]
        if d.unit and m.value not in first_seen:
            first_seen[m.value] = d


def _carry_hedges(text: str, drafts: list[_Draft]) -> None:
    """A hedge distributes over a coordination of figures: "less than 4 per cent of A and
    12 per cent of B", "up to £18 million or 10% of turnover", "about 40 or 50 sites".

    Percentages and money carry over "and"/"or"; counts only over "or" ("more than 300
    schools and 40 colleges" leaves the colleges exact)."""
    amounts = {"percent", "money"}
    for a, b in itertools.pairwise(drafts):
        gap = text[a.end : b.start].strip().lower()
        if (
            a.sentence == b.sentence
            and a.hedged
            and not b.hedged
            and a.mention.bound is None
            and (
                (a.mention.kind in amounts and b.mention.kind in amounts and gap in {"and", "or"})
                or (a.mention.kind == b.mention.kind and gap == "or")
                # "at least $1.5 billion (£1.1 billion)": a conversion keeps the hedge
                or (a.mention.kind == b.mention.kind == "money" and gap == "(")
            )
        ):
            b.approx, b.bound = a.approx, a.bound
            b.hedged = True


def _carry_rates(text: str, drafts: list[_Draft]) -> None:
    """ "from roughly 2% to an annual figure of 4%": both ends share the rate; in "from 5
    to 10 per cent" the bare start takes the end's unit."""
    for a, b in itertools.pairwise(drafts):
        if a.sentence != b.sentence:
            continue
        gap = text[a.end : b.start].strip().lower()
        if not gap.startswith("to") or len(gap) > 40:
            continue
        if not text[max(0, a.start - 5) : a.start].strip().lower().endswith("from"):
            continue
        hedge = gap[2:].strip()
        to_only = gap == "to" or (
            gap.startswith("to ")
            and (hedge in V.APPROX_HEDGES or hedge in V.MIN_HEDGES or hedge in V.MAX_HEDGES)
        )
        if a.mention.kind == "count" and (a.unit is None or a.borrowed) and to_only and b.unit:
            a.unit, a.subject = b.unit, b.subject
        if a.mention.kind == b.mention.kind:
            if b.per and not a.per:
                a.per = b.per
            elif a.per and not b.per:
                b.per = a.per


def _dollar_code(article: Article, drafts: list[_Draft]) -> str:
    """The dollar a bare "$" means in this article: the source domain's; else the one
    non-US dollar the article writes out ("NZ$12.5 million ... a further $3m"), unless
    the mentions of ``DOLLAR_CONTEXT`` favour the US dollar; else the code those mentions
    favour over USD; else USD."""
    source = (article.source or "").lower()
    if "://" in source or source.startswith("www."):
        host = source.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
        for suffix, code in V.DOLLAR_DOMAINS.items():
            if host.endswith(suffix) or f"{suffix}." in host:
                return code
    text = article.text
    counts = {code: sum(text.count(cue) for cue in cues) for code, cues in V.DOLLAR_CONTEXT.items()}
    written = {d.unit for d in drafts if d.unit in V.DOLLAR_CODES and d.unit != "USD"}
    if len(written) == 1:
        code = written.pop()
        if counts[code] >= counts["USD"]:
            return code
    best = max(counts, key=lambda code: counts[code])
    if best != "USD" and counts[best] > counts["USD"]:
        return best
    return "USD"
