"""The record model: frozen attrs records and enums. No parsing, no I/O, no formats."""

from policycorpus.model._enums import (
    ActorKind,
    Bound,
    ChangeKind,
    DatePrecision,
    DateSource,
    Modality,
    ParagraphKind,
)
from policycorpus.model._records import (
    SCHEMA_VERSION,
    Article,
    Commitment,
    Document,
    OffsetMap,
    Paragraph,
    PartialDate,
    Quote,
    Signatory,
    Span,
    Statistic,
    record_id,
    source_name,
)
from policycorpus.model._rosters import Change, Claim, Member, Roster, RosterEvidence
from policycorpus.model._validators import Constraint, country_codes, schema_of

__all__ = [
    "SCHEMA_VERSION",
    "ActorKind",
    "Article",
    "Bound",
    "Change",
    "ChangeKind",
    "Claim",
    "Commitment",
    "Constraint",
    "DatePrecision",
    "DateSource",
    "Document",
    "Member",
    "Modality",
    "OffsetMap",
    "Paragraph",
    "ParagraphKind",
    "PartialDate",
    "Quote",
    "Roster",
    "RosterEvidence",
    "Signatory",
    "Span",
    "Statistic",
    "country_codes",
    "record_id",
    "schema_of",
    "source_name",
]
