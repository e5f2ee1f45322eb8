"""The records: frozen, slotted attrs classes, validated on construction.

The model knows no format and does no parsing. Every extracted record carries the
exact text it was found in and a :class:`Span` into :attr:`Article.text`; a
:class:`Document` checks, when it is built, that each span lies inside the article's
text and slices to the record's ``text``.

Ids are deterministic and content-derived (see :func:`record_id`): the same article
and the same extraction give the same ids on every run and machine.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

import attrs

from policycorpus.errors import ValidationError
from policycorpus.model import _validators as v
from policycorpus.model._enums import ActorKind, Bound, DatePrecision, Modality, ParagraphKind

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Commitment",
    "Document",
    "OffsetMap",
    "Paragraph",
    "PartialDate",
    "Quote",
    "Signatory",
    "Span",
    "Statistic",
    "record_id",
    "source_name",
]

SCHEMA_VERSION: Final = 2
"""Version of the serialised form of :class:`Document`; bumped on any rename or new field.

2: :attr:`Statistic.range_id` links the two ends of a stated range, and a range's lower
end has ``bound`` ``MIN``, its upper end ``MAX`` (version 1 wrote both without a bound
and without a link; loading version 1 data links such pairs, see
:mod:`policycorpus.io`); :attr:`Signatory.rule` and :attr:`Commitment.rule` say which
construction made each record (null in version 1 data)."""


def record_id(prefix: str, *parts: object) -> str:
    """A deterministic id: ``prefix`` + ``_`` + 16 hex digits of BLAKE2b.

    The digest covers the parts' ``str()`` forms joined by the unit separator
    (U+001F), ``None`` written as the empty string. Only content goes in, never
    time, randomness or memory addresses, so ids are stable across runs,
    machines and Python versions.
    """
    texts = ["" if p is None else str(p) for p in parts]
    if sum(map(len, texts)) <= _HASH_BLOCK:
        joined = "\x1f".join(texts)
        digest = hashlib.blake2b(joined.encode("utf-8"), digest_size=8).hexdigest()
        return f"{prefix}_{digest}"
    # a long text (an article's): the same digest, fed a block at a time, so neither
    # the joined copy nor its UTF-8 bytes are held at once
    h = hashlib.blake2b(digest_size=8)
    for n, part in enumerate(texts):
        if n:
            h.update(b"\x1f")
        for i in range(0, len(part), _HASH_BLOCK):
            h.update(part[i : i + _HASH_BLOCK].encode("utf-8"))
    return f"{prefix}_{h.hexdigest()}"


_HASH_BLOCK: Final = 1 << 14
"""Characters of a long id part encoded and hashed at a time."""


def _defensive(factory: Callable[[Any], str]) -> Callable[[Any], str]:
    """Wrap an id factory so a malformed field leaves the id empty instead of raising.

    attrs computes defaults before it runs validators; with this wrapper the field's
    own validator reports the bad value (naming the field) rather than the id factory
    failing with an AttributeError.
    """

    def build(self: Any) -> str:
        try:
            return factory(self)
        except (AttributeError, TypeError):
            return ""

    return build


# -- dates -------------------------------------------------------------------------------


@attrs.frozen(order=True)
class PartialDate:
    """A calendar date known to a day, a month or only a year.

    A date printed as "October 2023" is ``PartialDate(2023, 10)``: no day is invented.
    ``str()`` and :meth:`isoformat` give ISO 8601 with reduced precision
    (``"2023"``, ``"2023-10"``, ``"2023-10-30"``).
    """

    year: int = attrs.field(validator=v.instance_of(int))
    """Year, 1 to 9999."""
    month: int | None = attrs.field(default=None, validator=v.instance_of(int, optional=True))
    """Month 1-12, or ``None`` when only the year is known."""
    day: int | None = attrs.field(default=None, validator=v.instance_of(int, optional=True))
    """Day of the month, or ``None`` when not known; needs ``month``."""

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValidationError("PartialDate.year", f"must be 1-9999, got {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError("PartialDate.month", f"must be 1-12, got {self.month}")
        if self.day is not None:
            if self.month is None:
                raise ValidationError("PartialDate.day", "a day needs a month")
            try:
                dt.date(self.year, self.month, self.day)
            except ValueError as exc:
                raise ValidationError("PartialDate.day", str(exc)) from None

    @property
    def precision(self) -> DatePrecision:
        """How much of the date is known."""
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """A day-precision date from a :class:`datetime.date`."""
        return cls(value.year, value.month, value.day)

    @classmethod
    def fromisoformat(cls, value: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        parts = value.split("-")
        widths = (4, 2, 2)
        if not 1 <= len(parts) <= 3 or any(
            len(p) != w or not p.isascii() or not p.isdigit()
            for p, w in zip(parts, widths[: len(parts)], strict=True)
        ):
            raise ValidationError(
                "PartialDate", f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}"
            )
        numbers = [int(p) for p in parts]
        return cls(*numbers)

    def isoformat(self) -> str:
        """ISO 8601 with the date's precision: ``2023``, ``2023-10`` or ``2023-10-30``."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    def to_date(self) -> dt.date | None:
        """The :class:`datetime.date`, or ``None`` unless the day is known."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def __str__(self) -> str:
        return self.isoformat()


# -- spans and text --------------------------------------------------------------------


@attrs.frozen(order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into :attr:`Article.text`."""

    start: int = attrs.field(validator=v.non_negative)
    """Offset of the first character."""
    end: int = attrs.field(validator=v.non_negative)
    """Offset one past the last character; never before ``start``."""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "Span.end", f"must not be before start ({self.start}), got {self.end}"
            )

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The characters of ``text`` the span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


def _anchors(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        raise v.fail(inst, attribute, "expected a tuple of (text offset, raw offset) pairs")
    last = (-1, -1)
    for i, pair in enumerate(value):
        if (
            not isinstance(pair, tuple)
            or len(pair) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in pair)
        ):
            raise ValidationError(
                f"OffsetMap.anchors[{i}]", f"expected two non-negative ints, got {pair!r}"
            )
        if pair[0] <= last[0] or pair[1] < last[1]:
            raise ValidationError(f"OffsetMap.anchors[{i}]", "anchors must increase")
        last = pair


@attrs.frozen
class OffsetMap:
    """Maps offsets in :attr:`Article.text` back to offsets in the raw input.

    A piecewise-linear map: each anchor ``(t, r)`` says text offset ``t`` came from
    raw offset ``r``; offsets between anchors advance together. Raw offsets count
    characters of the decoded input (for bytes, after decoding).
    """

    anchors: tuple[tuple[int, int], ...] = attrs.field(validator=_anchors)
    """Increasing ``(text offset, raw offset)`` pairs, the first normally ``(0, r)``."""

    def to_raw(self, offset: int) -> int:
        """The raw-input offset that ``offset`` in the text came from."""
        if not self.anchors:
            return offset
        i = bisect.bisect_right(self.anchors, (offset, float("inf"))) - 1
        if i < 0:
            return self.anchors[0][1]
        t, r = self.anchors[i]
        if i + 1 < len(self.anchors):
            # never step past the next anchor's raw offset
            return min(r + (offset - t), self.anchors[i + 1][1])
        return r + (offset - t)

    def span_to_raw(self, span: Span) -> tuple[int, int]:
        """``(start, end)`` of ``span`` in the raw input."""
        start = self.to_raw(span.start)
        return start, max(start, self.to_raw(span.end))


@attrs.frozen
class Paragraph:
    """A block of the article text: a paragraph, a heading or a list item."""

    span: Span = attrs.field(validator=v.instance_of(Span))
    """Where the block lies in :attr:`Article.text`."""
    kind: ParagraphKind = attrs.field(
        default=ParagraphKind.PARAGRAPH, validator=v.enum_member(ParagraphKind)
    )
    """What the block is."""
    section: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """The heading of the section the block sits in ("FAQ"), if any."""


def source_name(source: str | None) -> str | None:
    """The part of :attr:`Article.source` that goes into the article's id.

    A URL (``scheme://...``) is taken whole; a file path is reduced to its file name
    (the last component, ``/`` or ``\\`` separated), so the id does not depend on the
    working directory, the folder the file sits in, or how the path was spelt
    (``a.txt``, ``in/a.txt``, ``/home/me/in/a.txt`` and ``./in/../in/a.txt`` all give
    ``a.txt``).
    """
    if source is None or "://" in source:
        return source
    trimmed = source.rstrip("/\\")
    return _PATH_SEPARATORS.split(trimmed)[-1] or source


_PATH_SEPARATORS: Final = re.compile(r"[/\\]")


def _article_id(self: Article) -> str:
    return record_id("art", source_name(self.source), self.text)


@attrs.frozen
class Article:
    """An article's metadata and normalised text, which every span indexes."""

    text: str = attrs.field(validator=v.text(empty=True))
    """The normalised text every span indexes: the headline once, then the body (debris removed)."""
    title: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """The headline, or ``None`` when the text has none (never its first sentence)."""
    published: PartialDate | None = attrs.field(
        default=None, validator=v.instance_of(PartialDate, optional=True)
    )
    """The publication date the article states, at the precision it states it."""
    authors: tuple[str, ...] = attrs.field(default=(), validator=v.names)
    """Bylined authors, as printed."""
    publisher: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """The publishing organisation, when the input names it."""
    source: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """Where the article came from: a path or URL."""
    language: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """BCP 47 language tag, when known ("en", "en-GB")."""
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), validator=v.tuple_of(Paragraph))
    """The blocks of :attr:`text`, in order."""
    retrieved: dt.date | None = attrs.field(
        default=None, validator=v.instance_of(dt.date, optional=True)
    )
    """When the article was fetched or scraped, if the caller says."""
    encoding: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """How bytes input was decoded ("utf-8", "utf-8-sig", "cp1252"); ``None`` for str input."""
    offsets: OffsetMap | None = attrs.field(
        default=None, validator=v.instance_of(OffsetMap, optional=True)
    )
    """Map from :attr:`text` offsets back to the raw input, when parsed from it."""
    id: str = attrs.field(
        default=attrs.Factory(_defensive(_article_id), takes_self=True),
        validator=v.text(),
        kw_only=True,
    )
    """Content-derived id: ``art_`` and a digest of :attr:`text` and the file name of
    :attr:`source` (a URL whole), so never of the folder or working directory
    (:func:`source_name`, docs/decisions/0002)."""

    def __attrs_post_init__(self) -> None:
        size = len(self.text)
        for i, para in enumerate(self.paragraphs):
            if para.span.end > size:
                raise ValidationError(
                    f"Article.paragraphs[{i}].span",
                    f"ends at {para.span.end}, past the end of the text ({size})",
                )


# -- extracted records -------------------------------------------------------------------


def _statistic_id(self: Statistic) -> str:
    bound = None if self.bound is None else self.bound.value
    return record_id("stat", self.span.start, self.span.end, self.text, self.value, bound)


@attrs.frozen
class Statistic:
    """A figure the article cites: "up to 1,200 children", "92% of referrals"."""

    value: Decimal = attrs.field(validator=v.finite_decimal)
    """The figure, exactly as stated (92 for "92%", 1200000 for "1.2 million")."""
    text: str = attrs.field(validator=v.text())
    """The words of the article the figure was read from."""
    span: Span = attrs.field(validator=v.instance_of(Span))
    """Where :attr:`text` lies in :attr:`Article.text`."""
    unit: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """What is counted: a head noun ("images"), an ISO 4217 code ("GBP") or "percent"."""
    subject: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """The noun phrase counted ("AI-generated images uploaded on a dark web forum")."""
    approx: bool = attrs.field(default=False, validator=v.instance_of(bool))
    """Hedged: "nearly", "about", "around", "some", "an estimated"."""
    bound: Bound | None = attrs.field(default=None, validator=v.enum_member(Bound, optional=True))
    """``MIN`` for "at least"/"more than" and a range's lower end, ``MAX`` for "up
    to"/"fewer than" and a range's upper end."""
    per: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """The rate period: "month" for "800 a month"; ``None`` for a plain count."""
    attributed_to: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """Who the sentence says the figure comes from ("National Crime Agency")."""
    range_id: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """The same id on both ends of a stated range ("between 30,000 and 45,000",
    "61-64%"), ``None`` for a figure on its own. The lower end has ``bound`` ``MIN`` and
    the upper end ``MAX``, so each record alone says something true; a change ("from 39%
    to 55%") is two figures without a ``range_id``. The extractor writes ``rng_`` and a
    digest of the range's span (:func:`record_id`)."""
    id: str = attrs.field(
        default=attrs.Factory(_defensive(_statistic_id), takes_self=True),
        validator=v.text(),
        kw_only=True,
    )
    """Content-derived id: ``stat_`` and a digest of span, text, value and bound."""


def _signatory_id(self: Signatory) -> str:
    return record_id("sig", self.span.start, self.span.end, self.name, self.kind.value)


@attrs.frozen
class Signatory:
    """A party the article says signed, joined, endorsed or pledged."""

    name: str = attrs.field(validator=v.text())
    """Canonical name ("United Kingdom" for "UK" and "Britain")."""
    kind: ActorKind = attrs.field(validator=v.enum_member(ActorKind))
    """What kind of party it is."""
    text: str = attrs.field(validator=v.text())
    """The mention in the article ("the UK")."""
    span: Span = attrs.field(validator=v.instance_of(Span))
    """Where :attr:`text` lies in :attr:`Article.text`."""
    country: str | None = attrs.field(default=None, validator=v.country_code)
    """ISO 3166-1 alpha-2 code of the party's country, when it has one."""
    role: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """For a person: the title they sign under ("Home Secretary")."""
    represents: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """For a person: the canonical name of the party they sign for."""
    rule: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """Why the record exists: the construction of the list grammar that decided it
    ("signed-by", "signatories-are"), or ``clause-`` and the pledge word of the clause
    that named the party ("clause-sign"). Not part of the id."""
    id: str = attrs.field(
        default=attrs.Factory(_defensive(_signatory_id), takes_self=True),
        validator=v.text(),
        kw_only=True,
    )
    """Content-derived id: ``sig_`` and a digest of span, name and kind."""


def _commitment_id(self: Commitment) -> str:
    return record_id("com", self.span.start, self.span.end, self.text, "|".join(self.actors))


@attrs.frozen
class Commitment:
    """A sentence in which named actors pledge, commit, agree or sign to act."""

    actors: tuple[str, ...] = attrs.field(validator=v.names)
    """Canonical names of the parties undertaking the action (may be empty)."""
    action: str = attrs.field(validator=v.text())
    """What they undertake ("to combat AI-generated images of child abuse")."""
    modality: Modality = attrs.field(validator=v.enum_member(Modality))
    """The kind of undertaking: pledge, commit, sign, require..."""
    text: str = attrs.field(validator=v.text())
    """The whole sentence."""
    span: Span = attrs.field(validator=v.instance_of(Span))
    """Where :attr:`text` lies in :attr:`Article.text`."""
    date: PartialDate | None = attrs.field(
        default=None, validator=v.instance_of(PartialDate, optional=True)
    )
    """When it was made, when the sentence says ("on Monday" resolved against publication)."""
    date_rule: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """How :attr:`date` was resolved ("explicit", "weekday before anchor", ...)."""
    instrument: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """The statement or declaration named ("joint statement", "Bletchley Declaration")."""
    groups: tuple[str, ...] = attrs.field(default=(), validator=v.names)
    """Group phrases among the subjects that are not named actors ("28 countries")."""
    rule: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """Why the record exists: the construction that made it ("subject-commits",
    "commitments-from", "each-of-list") or ``clause-`` and its pledge word
    ("clause-pledge"). Not part of the id."""
    id: str = attrs.field(
        default=attrs.Factory(_defensive(_commitment_id), takes_self=True),
        validator=v.text(),
        kw_only=True,
    )
    """Content-derived id: ``com_`` and a digest of span, text and actors."""


def _quote_id(self: Quote) -> str:
    return record_id("quo", self.span.start, self.span.end, self.speaker)


@attrs.frozen
class Quote:
    """A direct quotation and who said it."""

    text: str = attrs.field(validator=v.text())
    """The quoted words, without the quotation marks."""
    span: Span = attrs.field(validator=v.instance_of(Span))
    """Where :attr:`text` lies in :attr:`Article.text`."""
    speaker: str | None = attrs.field(default=None, validator=v.text(optional=True))
    """Who said it, resolved to a full name where the article gives one."""
    id: str = attrs.field(
        default=attrs.Factory(_defensive(_quote_id), takes_self=True),
        validator=v.text(),
        kw_only=True,
    )
    """Content-derived id: ``quo_`` and a digest of span and speaker."""


_RECORD_FIELDS: Final = ("statistics", "signatories", "commitments", "quotes")


@attrs.frozen
class Document:
    """An article with everything extracted from it.

    Building one checks every record's span against :attr:`Article.text`: the span
    must lie inside the text and slice to the record's ``text``.
    """

    article: Article = attrs.field(validator=v.instance_of(Article))
    """The article the records were extracted from."""
    statistics: tuple[Statistic, ...] = attrs.field(default=(), validator=v.tuple_of(Statistic))
    """Figures cited, in text order."""
    signatories: tuple[Signatory, ...] = attrs.field(default=(), validator=v.tuple_of(Signatory))
    """Parties that signed, joined or pledged."""
    commitments: tuple[Commitment, ...] = attrs.field(default=(), validator=v.tuple_of(Commitment))
    """Sentences reporting pledges and commitments."""
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=v.tuple_of(Quote))
    """Direct quotations."""
    schema_version: int = attrs.field(default=SCHEMA_VERSION, kw_only=True)
    """Version of the serialised form; always the current one in memory."""

    def __attrs_post_init__(self) -> None:
        if self.schema_version != SCHEMA_VERSION:
            raise ValidationError(
                "Document.schema_version", f"must be {SCHEMA_VERSION}, got {self.schema_version!r}"
            )
        text = self.article.text
        size = len(text)
        for name in _RECORD_FIELDS:
            records: tuple[Statistic | Signatory | Commitment | Quote, ...] = getattr(self, name)
            for i, record in enumerate(records):
                span = record.span
                if span.end > size:
                    raise ValidationError(
                        f"Document.{name}[{i}].span",
                        f"ends at {span.end}, past the end of the article text ({size})",
                    )
                if text[span.start : span.end] != record.text:
                    raise ValidationError(
                        f"Document.{name}[{i}].text",
                        f"{record.text!r} is not the article text at "
                        f"{span.start}:{span.end} ({text[span.start : span.end]!r})",
                    )

    @property
    def id(self) -> str:
        """The article's id."""
        return self.article.id
