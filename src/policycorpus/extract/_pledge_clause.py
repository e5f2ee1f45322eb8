"""The pledge clause: the plain intermediate that the trigger grammar hands to the
resolver (private).

:class:`Clause` is a pledge verb (or noun, or member list) with the parties read for it
in one sentence; :class:`QuoteRegion` a quotation and its speaker.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from policycorpus.extract._actors import ActorMention
from policycorpus.extract._clauses import (
    Item,
)
from policycorpus.model import Modality

REACH: Final = 40
"""How many tokens after a verb its "on behalf of", "alongside" or "including" may stand."""


class Clause(NamedTuple):
    """A pledge verb with its subject, as found in one sentence."""

    modality: Modality
    lemma: str
    trigger_start: int
    trigger_end: int
    items: tuple[Item, ...]
    negated: bool
    hypothetical: bool
    stance: bool
    """"is committed to": a standing commitment, not an act of committing."""
    members: tuple[Item, ...] = ()
    """Members named after the verb for a group subject ("..., including A and B")."""
    cosubjects: tuple[Item, ...] = ()
    """Parties joined after the verb ("..., alongside A and B"): they sign too, but the
    sentence reports the subject's act."""
    future: bool = False
    """A "X will ..." sentence: a commitment only where X pledged elsewhere in the article."""
    quoted_we: bool = False
    """A "we will" sentence inside a quotation."""
    membership: bool = False
    """A member list ("The new members are A, B and C"): joined, not pledged."""
    behalf: tuple[ActorMention, ...] = ()
    """The parties named in "on behalf of A and B" beside the verb: whom its subject acts
    for, and so the actors of what it signs or pledges."""


class QuoteRegion(NamedTuple):
    """A quotation in the article text and who is said to speak it."""

    start: int
    end: int
    speaker: ActorMention | None
