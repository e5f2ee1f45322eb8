"""policycorpus: typed records of who pledged what, when, and which figures were cited.

Parse scraped articles (:func:`parse_article`), extract statistics, signatories,
commitments and quotes (:func:`extract`), and serialise the resulting
:class:`Document` records (:func:`to_json`, :func:`write_jsonl`, ...).
"""

from __future__ import annotations

from typing import Any

from policycorpus.corpus import Corpus
from policycorpus.errors import (
    LoadError,
    ParseError,
    PolicyCorpusError,
    SchemaVersionError,
    ValidationError,
    WriteError,
)
from policycorpus.extract import (
    Gazetteer,
    default_gazetteer,
    extract,
    extract_commitments,
    extract_quotes,
    extract_signatories,
    extract_statistics,
    register_extractor,
    registered_extractors,
    unregister_extractor,
)
from policycorpus.io import from_json, read_jsonl, to_json, write_jsonl
from policycorpus.model import (
    SCHEMA_VERSION,
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
)
from policycorpus.parse import parse_article, parse_html, parse_text
from policycorpus.pipeline import extract_paths

__all__ = [
    "SCHEMA_VERSION",
    "ActorKind",
    "Article",
    "Bound",
    "Commitment",
    "Corpus",
    "DatePrecision",
    "Document",
    "Gazetteer",
    "LoadError",
    "Modality",
    "OffsetMap",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "PartialDate",
    "PolicyCorpusError",
    "Quote",
    "SchemaVersionError",
    "Signatory",
    "Span",
    "Statistic",
    "ValidationError",
    "WriteError",
    "default_gazetteer",
    "extract",
    "extract_commitments",
    "extract_paths",
    "extract_quotes",
    "extract_signatories",
    "extract_statistics",
    "from_json",
    "parse_article",
    "parse_html",
    "parse_text",
    "read_jsonl",
    "register_extractor",
    "registered_extractors",
    "to_json",
    "unregister_extractor",
    "write_jsonl",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # lazy, as attrs does

        return version("policycorpus")
    raise AttributeError(f"module 'policycorpus' has no attribute {name!r}")
