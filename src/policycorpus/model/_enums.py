"""Enumerations used by the records. Values are the wire form (lower-case strings)."""

from __future__ import annotations

import enum

__all__ = [
    "ActorKind",
    "Bound",
    "ChangeKind",
    "DatePrecision",
    "DateSource",
    "Modality",
    "ParagraphKind",
]


class DatePrecision(str, enum.Enum):
    """How much of a :class:`~policycorpus.PartialDate` is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Bound(str, enum.Enum):
    """Which side of a figure the true value lies on."""

    MIN = "min"
    """At least the figure: "more than", "over", "at least", "in excess of"."""
    MAX = "max"
    """At most the figure: "up to", "fewer than", "less than", "under"."""


class ActorKind(str, enum.Enum):
    """What kind of party an actor or signatory is."""

    GOVERNMENT = "government"
    COMPANY = "company"
    NGO = "ngo"
    AGENCY = "agency"
    INTERGOVERNMENTAL = "intergovernmental"
    PERSON = "person"
    OTHER = "other"


class Modality(str, enum.Enum):
    """The kind of undertaking a commitment sentence reports."""

    PLEDGE = "pledge"
    COMMIT = "commit"
    VOW = "vow"
    PROMISE = "promise"
    AGREE = "agree"
    SIGN = "sign"
    JOIN = "join"
    REQUIRE = "require"
    """An obligation imposed on the actors (by law, regulation or a court)."""
    OTHER = "other"


class ParagraphKind(str, enum.Enum):
    """The role of a block of article text."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUESTION = "question"
    """A question heading inside an FAQ section."""


class ChangeKind(str, enum.Enum):
    """A change to a statement's roster after its launch."""

    JOIN = "join"
    """Parties signed or joined after the launch ("X joined the pledge on ...")."""
    WITHDRAW = "withdraw"
    """A party withdrew ("X withdrew from", "left the coalition")."""


class DateSource(str, enum.Enum):
    """Where a roster date came from."""

    COMMITMENT = "commitment"
    """The commitment's own resolved date."""
    TEXT = "text"
    """A date expression in the sentence ("on 1 June"), resolved against publication."""
    PUBLISHED = "published"
    """The article's published date (the sentence states none)."""
    UNDATED = "undated"
    """Neither the sentence nor the article gives a date."""
