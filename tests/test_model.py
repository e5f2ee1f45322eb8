"""The record model: every validator's rejection, pinned with its exact message."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from policycorpus.errors import PolicyCorpusError, ValidationError
from policycorpus.model import (
    ActorKind,
    Article,
    Bound,
    Commitment,
    DatePrecision,
    Document,
    Modality,
    OffsetMap,
    Paragraph,
    ParagraphKind,
    PartialDate,
    Quote,
    Signatory,
    Span,
    Statistic,
    record_id,
)

TEXT = "The UK pledged 1,200 places. “It matters,” said Amelia Hart."


def stat(**changes: Any) -> Statistic:
    fields: dict[str, Any] = {"value": Decimal(1200), "text": "1,200", "span": Span(15, 20)}
    fields.update(changes)
    return Statistic(**fields)


def sig(**changes: Any) -> Signatory:
    fields: dict[str, Any] = {
        "name": "United Kingdom",
        "kind": ActorKind.GOVERNMENT,
        "text": "UK",
        "span": Span(4, 6),
        "country": "GB",
    }
    fields.update(changes)
    return Signatory(**fields)


def com(**changes: Any) -> Commitment:
    fields: dict[str, Any] = {
        "actors": ("United Kingdom",),
        "action": "provide 1,200 places",
        "modality": Modality.PLEDGE,
        "text": "The UK pledged 1,200 places.",
        "span": Span(0, 28),
    }
    fields.update(changes)
    return Commitment(**fields)


def quote(**changes: Any) -> Quote:
    fields: dict[str, Any] = {"text": "It matters", "span": Span(30, 40), "speaker": "Amelia Hart"}
    fields.update(changes)
    return Quote(**fields)


def article(**changes: Any) -> Article:
    fields: dict[str, Any] = {"text": TEXT}
    fields.update(changes)
    return Article(**fields)


def test_valid_document_builds() -> None:
    doc = Document(
        article(),
        statistics=(stat(),),
        signatories=(sig(),),
        commitments=(com(),),
        quotes=(quote(),),
    )
    assert doc.id == doc.article.id
    assert doc.quotes[0].span.slice(TEXT) == "It matters"


CASES: list[Any] = [
    # PartialDate
    (lambda: PartialDate("2023"), "PartialDate.year: expected int, got str '2023'"),  # type: ignore[arg-type]
    (lambda: PartialDate(True), "PartialDate.year: expected int, got bool True"),
    (lambda: PartialDate(0), "PartialDate.year: must be 1-9999, got 0"),
    (lambda: PartialDate(2023, 13), "PartialDate.month: must be 1-12, got 13"),
    (lambda: PartialDate(2023, 1.0), "PartialDate.month: expected int or None, got float 1.0"),  # type: ignore[arg-type]
    (lambda: PartialDate(2023, None, 5), "PartialDate.day: a day needs a month"),
    (lambda: PartialDate(2023, 2, 30), "PartialDate.day: day is out of range for month"),
    (
        lambda: PartialDate.fromisoformat("2023/10"),
        "PartialDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got '2023/10'",
    ),
    (
        lambda: PartialDate.fromisoformat("２０２３"),
        "PartialDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got '２０２３'",
    ),
    # Span
    (lambda: Span(-1, 3), "Span.start: must not be negative, got -1"),
    (lambda: Span(1.0, 3), "Span.start: expected int, got float 1.0"),  # type: ignore[arg-type]
    (lambda: Span(0, False), "Span.end: expected int, got bool False"),
    (lambda: Span(5, 3), "Span.end: must not be before start (5), got 3"),
    # OffsetMap
    (
        lambda: OffsetMap([(0, 0)]),  # type: ignore[arg-type]
        "OffsetMap.anchors: expected a tuple of (text offset, raw offset) pairs",
    ),
    (
        lambda: OffsetMap(((0, 0), (1, -1))),
        "OffsetMap.anchors[1]: expected two non-negative ints, got (1, -1)",
    ),
    (lambda: OffsetMap(((3, 0), (3, 5))), "OffsetMap.anchors[1]: anchors must increase"),
    # Paragraph
    (
        lambda: Paragraph((0, 3)),  # type: ignore[arg-type]
        "Paragraph.span: expected Span, got tuple (0, 3)",
    ),
    (
        lambda: Paragraph(Span(0, 3), "heading"),  # type: ignore[arg-type]
        "Paragraph.kind: expected ParagraphKind ('paragraph', 'heading', 'list_item', "
        "'question'), got 'heading'",
    ),
    (lambda: Paragraph(Span(0, 3), section=""), "Paragraph.section: must not be empty"),
    # Article
    (lambda: article(text=None), "Article.text: expected str, got NoneType None"),
    (lambda: article(title="  "), "Article.title: must not be empty"),
    (lambda: article(authors=["Jane"]), "Article.authors: expected a tuple of str, got list"),
    (lambda: article(authors=("Jane", "")), "Article.authors[1]: expected a non-empty str, got ''"),
    (
        lambda: article(published="2023"),
        "Article.published: expected PartialDate or None, got str '2023'",
    ),
    (
        lambda: article(retrieved="2025-01-01"),
        "Article.retrieved: expected date or None, got str '2025-01-01'",
    ),
    (
        lambda: article(paragraphs=[Paragraph(Span(0, 3))]),
        "Article.paragraphs: expected a tuple of Paragraph, got list",
    ),
    (
        lambda: article(paragraphs=(Span(0, 3),)),
        "Article.paragraphs[0]: expected Paragraph, got Span",
    ),
    (
        lambda: article(paragraphs=(Paragraph(Span(0, 999)),)),
        f"Article.paragraphs[0].span: ends at 999, past the end of the text ({len(TEXT)})",
    ),
    (lambda: article(id=""), "Article.id: must not be empty"),
    (lambda: article(source=5), "Article.source: expected str or None, got int 5"),
    # Statistic
    (lambda: stat(value=1200), "Statistic.value: expected Decimal, got int 1200"),
    (lambda: stat(value=12.5), "Statistic.value: expected Decimal, got float 12.5"),
    (lambda: stat(value=Decimal("NaN")), "Statistic.value: must be a finite number, got NaN"),
    (
        lambda: stat(value=Decimal("Infinity")),
        "Statistic.value: must be a finite number, got Infinity",
    ),
    (lambda: stat(text=""), "Statistic.text: must not be empty"),
    (lambda: stat(span=None), "Statistic.span: expected Span, got NoneType None"),
    (lambda: stat(unit=" "), "Statistic.unit: must not be empty"),
    (lambda: stat(approx="no"), "Statistic.approx: expected bool, got str 'no'"),
    (lambda: stat(approx=0), "Statistic.approx: expected bool, got int 0"),
    (lambda: stat(bound="min"), "Statistic.bound: expected Bound ('min', 'max'), got 'min'"),
    (lambda: stat(per=""), "Statistic.per: must not be empty"),
    # Signatory
    (lambda: sig(name=""), "Signatory.name: must not be empty"),
    (
        lambda: sig(kind="government"),
        "Signatory.kind: expected ActorKind ('government', 'company', 'ngo', 'agency', "
        "'intergovernmental', 'person', 'other'), got 'government'",
    ),
    (
        lambda: sig(country="GBR"),
        "Signatory.country: expected an ISO 3166-1 alpha-2 code such as 'GB', got 'GBR'",
    ),
    (
        lambda: sig(country="gb"),
        "Signatory.country: expected an ISO 3166-1 alpha-2 code such as 'GB', got 'gb'",
    ),
    (lambda: sig(role=""), "Signatory.role: must not be empty"),
    # Commitment
    (lambda: com(actors="United Kingdom"), "Commitment.actors: expected a tuple of str, got str"),
    (lambda: com(actors=("UK", " ")), "Commitment.actors[1]: expected a non-empty str, got ' '"),
    (lambda: com(action=""), "Commitment.action: must not be empty"),
    (
        lambda: com(modality="pledge"),
        "Commitment.modality: expected Modality ('pledge', 'commit', 'vow', 'promise', "
        "'agree', 'sign', 'join', 'require', 'other'), got 'pledge'",
    ),
    (
        lambda: com(date=dt.date(2023, 1, 1)),
        "Commitment.date: expected PartialDate or None, got date datetime.date(2023, 1, 1)",
    ),
    (lambda: com(groups=("",)), "Commitment.groups[0]: expected a non-empty str, got ''"),
    # Quote
    (lambda: quote(text=""), "Quote.text: must not be empty"),
    (lambda: quote(speaker=""), "Quote.speaker: must not be empty"),
    # Document
    (
        lambda: Document("text"),  # type: ignore[arg-type]
        "Document.article: expected Article, got str 'text'",
    ),
    (
        lambda: Document(article(), statistics=[stat()]),  # type: ignore[arg-type]
        "Document.statistics: expected a tuple of Statistic, got list",
    ),
    (
        lambda: Document(article(), quotes=(stat(),)),  # type: ignore[arg-type]
        "Document.quotes[0]: expected Quote, got Statistic",
    ),
    (
        lambda: Document(article(), statistics=(stat(span=Span(15, 21)),)),
        "Document.statistics[0].text: '1,200' is not the article text at 15:21 ('1,200 ')",
    ),
    (
        lambda: Document(article(), signatories=(sig(span=Span(60, 62)),)),
        f"Document.signatories[0].span: ends at 62, past the end of the article text ({len(TEXT)})",
    ),
    (
        lambda: Document(article(), schema_version=1),
        "Document.schema_version: must be 2, got 1",
    ),
]


@pytest.mark.parametrize(("build", "message"), CASES)
def test_rejection_message(build: Callable[[], object], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        build()
    assert str(info.value) == message
    assert info.value.path == message.split(": ")[0]
    assert isinstance(info.value, PolicyCorpusError)
    assert isinstance(info.value, ValueError)


def test_partial_date_precision_and_iso() -> None:
    assert PartialDate(2023).precision is DatePrecision.YEAR
    assert PartialDate(2023, 10).precision is DatePrecision.MONTH
    assert PartialDate(2023, 10, 3).precision is DatePrecision.DAY
    assert [str(PartialDate.fromisoformat(s)) for s in ("2023", "2023-10", "2023-10-03")] == [
        "2023",
        "2023-10",
        "2023-10-03",
    ]
    assert PartialDate(2023, 10).to_date() is None
    assert PartialDate(2023, 10, 3).to_date() == dt.date(2023, 10, 3)
    assert PartialDate.from_date(dt.date(2024, 2, 29)) == PartialDate(2024, 2, 29)


def test_ids_are_content_derived_and_stable() -> None:
    assert record_id("art", "a", None, 3) == record_id("art", "a", "", "3")
    # pinned: the same on every machine and Python version
    assert record_id("art", "source", "text") == "art_149b5a4d287d2f47"
    assert len(record_id("x")) == len("x_") + 16
    assert article().id == Article(TEXT).id
    assert article(source="a").id != article(source="b").id
    assert stat().id == stat().id
    assert stat().id.startswith("stat_")
    assert sig().id.startswith("sig_")
    assert com().id.startswith("com_")
    assert quote().id.startswith("quo_")
    assert stat(bound=Bound.MIN).id != stat().id


def test_offset_map_to_raw() -> None:
    offsets = OffsetMap(((0, 10), (5, 20)))
    assert offsets.to_raw(2) == 12
    assert offsets.to_raw(7) == 22
    assert offsets.span_to_raw(Span(1, 6)) == (11, 21)
    assert OffsetMap(()).to_raw(4) == 4


def test_paragraph_kinds_and_defaults() -> None:
    assert Paragraph(Span(0, 1)).kind is ParagraphKind.PARAGRAPH
    assert Document(article()).schema_version == 2


@pytest.mark.parametrize("size", [0, 5, (1 << 14) - 3, 1 << 14, (1 << 14) + 1, 3 * (1 << 14) + 7])
def test_long_id_parts_are_hashed_in_blocks_to_the_same_id(size: int) -> None:
    """An article's id hashes its whole text a block at a time: the digest of the parts
    joined by the unit separator, as for short parts."""
    text = ("Ministers agreed a £5m fund for São Tomé 🌍 " * (size // 40 + 1))[:size]
    joined = "\x1f".join(["page.txt", text, "", "7"])
    digest = hashlib.blake2b(joined.encode("utf-8"), digest_size=8).hexdigest()
    assert record_id("art", "page.txt", text, None, 7) == f"art_{digest}"
