"""Resolved pledge clauses: named parties with the words that name them (private)."""

from __future__ import annotations

from typing import NamedTuple

from policycorpus.extract._triggers import (
    Clause,
)
from policycorpus.model import ActorKind, Span


class Party(NamedTuple):
    """A named party of a pledge, with the words of the article that name it."""

    name: str
    kind: ActorKind
    country: str | None
    start: int
    end: int
    role: str | None = None
    represents: str | None = None


class ResolvedClause(NamedTuple):
    """A clause with its subject resolved to parties, in one sentence of the article."""

    sentence: Span
    clause: Clause
    parties: tuple[Party, ...]
    groups: tuple[str, ...]
    coparties: tuple[Party, ...] = ()
    """Parties named after the verb as acting alongside the subject (signatories only)."""
    quoted: bool = False
    """Whether a quotation overlaps the sentence (its "we" is the speaker's)."""
