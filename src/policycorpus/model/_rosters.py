"""Roster records: who signed each statement, across a corpus, against the counts claimed.

Built by :meth:`policycorpus.Corpus.rosters` from the Documents' own records; the
model only states the shape and checks that a roster's totals agree with its members
and claims (``named`` is the number of members still in, ``unnamed`` is ``claimed``
minus ``named``, never below zero, or ``None`` when no count is claimed).
"""

from __future__ import annotations

from typing import Any

import attrs

from policycorpus.errors import ValidationError
from policycorpus.model import _validators as v
from policycorpus.model._enums import ActorKind, Bound, ChangeKind, DateSource
from policycorpus.model._records import PartialDate, Span, record_id

__all__ = ["Change", "Claim", "Member", "Roster", "RosterEvidence"]


def _via(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in ("signatory", "commitment", "statistic", "sentence"):
        raise v.fail(
            inst,
            attribute,
            f"expected 'signatory', 'commitment', 'statistic' or 'sentence', got {value!r}",
        )


def _positive(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    v.non_negative(inst, attribute, value)


@attrs.frozen
class RosterEvidence:
    """One place in one article that supports a roster entry."""

    document: str = attrs.field(validator=v.text())
    """Id of the document."""
    source: str | None = attrs.field(validator=v.text(optional=True))
    """The article's source (path or URL)."""
    via: str = attrs.field(validator=_via)
    """What the evidence is: a ``signatory``, ``commitment`` or ``statistic`` record of the
    document, or a ``sentence`` the roster read itself (a withdrawal)."""
    record: str | None = attrs.field(validator=v.text(optional=True))
    """Id of the record (``None`` for a ``sentence``)."""
    text: str = attrs.field(validator=v.text())
    """The record's text (the mention, the sentence or the figure)."""
    span: Span = attrs.field(validator=v.instance_of(Span))
    """Where :attr:`text` lies in the article's text."""
    date: PartialDate | None = attrs.field(validator=v.instance_of(PartialDate, optional=True))
    """When the article says it happened: the sentence's date, else the publication date."""
    dated_by: DateSource = attrs.field(validator=v.enum_member(DateSource))
    """Where :attr:`date` came from."""


@attrs.frozen
class Member:
    """A party reported as signing or joining the statement."""

    name: str = attrs.field(validator=v.text())
    """Canonical name."""
    kind: ActorKind | None = attrs.field(validator=v.enum_member(ActorKind, optional=True))
    """What kind of party it is (``None`` when no article's signatory record says)."""
    country: str | None = attrs.field(validator=v.country_code)
    """ISO 3166-1 alpha-2 code, when known."""
    since: PartialDate | None = attrs.field(validator=v.instance_of(PartialDate, optional=True))
    """The earliest date it is reported as a member (``None`` if no evidence is dated)."""
    left: PartialDate | None = attrs.field(validator=v.instance_of(PartialDate, optional=True))
    """When it withdrew, if a withdrawal is reported after every report of membership."""
    sources: tuple[RosterEvidence, ...] = attrs.field(validator=v.tuple_of(RosterEvidence))
    """The records that support membership, ordered by source and position."""

    @property
    def documents(self) -> tuple[str, ...]:
        """Ids of the supporting documents, sorted, once each."""
        return tuple(sorted({e.document for e in self.sources}))


@attrs.frozen
class Claim:
    """A figure counting the statement's parties: "28 countries", "the 31 new supporters"."""

    count: int = attrs.field(validator=v.non_negative)
    """The number of parties stated."""
    unit: str = attrs.field(validator=v.text())
    """What is counted ("countries", "companies", "signatories")."""
    bound: Bound | None = attrs.field(validator=v.enum_member(Bound, optional=True))
    """``MIN`` for "more than 150", ``MAX`` for "up to"."""
    approx: bool = attrs.field(validator=v.instance_of(bool))
    """Hedged ("about", "nearly")."""
    increment: bool = attrs.field(validator=v.instance_of(bool))
    """The figure counts newcomers ("another 31", "18 new members"), not the whole roster."""
    text: str = attrs.field(validator=v.text())
    """The figure as written."""
    sentence: str = attrs.field(validator=v.text())
    """The sentence it stands in."""
    document: str = attrs.field(validator=v.text())
    """Id of the document."""
    source: str | None = attrs.field(validator=v.text(optional=True))
    """The article's source."""
    statistic: str = attrs.field(validator=v.text())
    """Id of the statistic record."""
    span: Span = attrs.field(validator=v.instance_of(Span))
    """Where :attr:`text` lies in the article's text."""
    date: PartialDate | None = attrs.field(validator=v.instance_of(PartialDate, optional=True))
    """The sentence's date, else the article's published date."""
    dated_by: DateSource = attrs.field(validator=v.enum_member(DateSource))
    """Where :attr:`date` came from."""


@attrs.frozen
class Change:
    """A join after the launch or a withdrawal, with its date and evidence."""

    kind: ChangeKind = attrs.field(validator=v.enum_member(ChangeKind))
    """Join or withdrawal."""
    parties: tuple[str, ...] = attrs.field(validator=v.names)
    """The named parties (empty when only a count is given: "another 31 countries")."""
    count: int | None = attrs.field(validator=_positive)
    """How many joined when the text gives a number instead of names."""
    date: PartialDate | None = attrs.field(validator=v.instance_of(PartialDate, optional=True))
    """The earliest date the change is reported for."""
    sources: tuple[RosterEvidence, ...] = attrs.field(validator=v.tuple_of(RosterEvidence))
    """The records or sentences reporting it."""


def _roster_id(self: Roster) -> str:
    return record_id("ros", self.key)


@attrs.frozen
class Roster:
    """One statement's reconciled roster: members, claimed counts and changes."""

    statement: str = attrs.field(validator=v.text())
    """The statement's name in its most common spelling ("Bletchley Declaration"), or the
    generic phrase ("joint statement") of an unnamed one."""
    key: str = attrs.field(validator=v.text())
    """The normalised name (case-folded, without "the"); for an unnamed statement, the
    document id, ``:`` and the phrase, since unnamed statements are never merged across
    articles."""
    document: str | None = attrs.field(validator=v.text(optional=True))
    """For an unnamed statement, the one document it belongs to; ``None`` for a named one."""
    aliases: tuple[str, ...] = attrs.field(validator=v.names)
    """Every spelling seen, sorted."""
    launched: PartialDate | None = attrs.field(validator=v.instance_of(PartialDate, optional=True))
    """The earliest date any member or total count is reported."""
    members: tuple[Member, ...] = attrs.field(validator=v.tuple_of(Member))
    """Every party found signing or joining, sorted by name."""
    claims: tuple[Claim, ...] = attrs.field(validator=v.tuple_of(Claim))
    """Counts of the parties, oldest first: the count's timeline."""
    changes: tuple[Change, ...] = attrs.field(validator=v.tuple_of(Change))
    """Joins after the launch and withdrawals, oldest first."""
    claimed: int | None = attrs.field(validator=_positive)
    """The latest total count claimed (the largest of those on that date); ``None`` if none."""
    named: int = attrs.field(validator=v.non_negative)
    """How many members are named and have not withdrawn."""
    unnamed: int | None = attrs.field(validator=_positive)
    """``claimed - named`` (never below zero), or ``None`` when no count is claimed."""
    id: str = attrs.field(
        default=attrs.Factory(_roster_id, takes_self=True), validator=v.text(), kw_only=True
    )
    """Content-derived id: ``ros_`` and a digest of :attr:`key`."""

    def __attrs_post_init__(self) -> None:
        active = sum(1 for m in self.members if m.left is None)
        if self.named != active:
            raise ValidationError(
                "Roster.named", f"must equal the members still in ({active}), got {self.named}"
            )
        expected = None if self.claimed is None else max(self.claimed - self.named, 0)
        if self.unnamed != expected:
            raise ValidationError(
                "Roster.unnamed", f"must be {expected} (claimed - named), got {self.unnamed}"
            )

    @property
    def timeline(self) -> tuple[Claim, ...]:
        """The total counts (increments left out), oldest first."""
        return tuple(c for c in self.claims if not c.increment)
