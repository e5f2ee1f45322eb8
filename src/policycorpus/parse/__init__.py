"""Turn scraped plain text or HTML, as str or bytes, into :class:`~policycorpus.Article`.

:func:`parse_article` detects the format; :func:`parse_text` and :func:`parse_html`
choose it. Unusable input (empty, binary junk) raises
:class:`~policycorpus.errors.ParseError`; nothing else escapes.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal

from policycorpus._text import decode, is_binary
from policycorpus.errors import ParseError
from policycorpus.model import Article, PartialDate
from policycorpus.parse._html import parse_html_text
from policycorpus.parse._plain import parse_plain

__all__ = ["parse_article", "parse_html", "parse_text"]

_HTML_SNIFF: Final = re.compile(
    r"\s*(?:<!--.*?-->\s*)?(?:<\?xml[^>]{0,200}>\s*)?"
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|meta|title|section)[\s>/]",
    re.I | re.S,
)

ReferenceDate = dt.date | PartialDate | None


def _decoded(data: str | bytes, source: str | None) -> tuple[str, str | None]:
    if isinstance(data, bytes | bytearray | memoryview):
        raw, encoding = decode(bytes(data))
    elif isinstance(data, str):
        raw, encoding = data, None
    else:
        raise ParseError(f"expected str or bytes, got {type(data).__name__}", source=source)
    if not raw.strip():
        raise ParseError("empty input: nothing but whitespace", source=source)
    if is_binary(raw):
        raise ParseError("binary input: control characters or NUL bytes, not text", source=source)
    return raw, encoding


def _looks_like_html(raw: str) -> bool:
    return _HTML_SNIFF.match(raw[:4096]) is not None


def parse_text(
    data: str | bytes,
    *,
    source: str | None = None,
    reference_date: dt.date | PartialDate | None = None,
) -> Article:
    """Parse plain text (str, or bytes decoded BOM / UTF-8 / cp1252) into an Article.

    The headline becomes the first paragraph (a HEADING) and :attr:`Article.title`;
    date lines, bylines, sign-offs and page debris leave the text and become metadata or
    are dropped. ``reference_date`` (when the text was retrieved) is recorded as
    :attr:`Article.retrieved`; it is never used as the published date.
    """
    raw, encoding = _decoded(data, source)
    try:
        return parse_plain(raw, source=source, reference_date=reference_date, encoding=encoding)
    except (RecursionError, MemoryError) as exc:
        raise ParseError(f"input too large or deep to parse: {exc}", source=source) from None


def parse_html(
    data: str | bytes,
    *,
    source: str | None = None,
    reference_date: dt.date | PartialDate | None = None,
) -> Article:
    """Parse an HTML page: title, date, authors and publisher from meta tags and JSON-LD.

    The main text comes from ``<article>``/``<main>`` (else ``<body>``) without
    navigation, scripts, styles, forms and footers, and then goes through the same
    rules as plain text. Nothing the page refers to is fetched and no entity is expanded.
    """
    raw, encoding = _decoded(data, source)
    try:
        return parse_html_text(raw, source=source, reference_date=reference_date, encoding=encoding)
    except (RecursionError, MemoryError) as exc:
        raise ParseError(f"input too large or deep to parse: {exc}", source=source) from None


def parse_article(
    data: str | bytes,
    *,
    source: str | None = None,
    reference_date: dt.date | PartialDate | None = None,
    format: Literal["auto", "text", "html"] = "auto",
) -> Article:
    """Parse an article given as str or bytes, plain text or HTML.

    ``format="auto"`` treats input that opens with an HTML tag (``<!doctype html>``,
    ``<html>``, ``<body>``, ``<article>``, ``<p>``...) as HTML and anything else as plain
    text. Raises :class:`~policycorpus.errors.ParseError` for unusable input.
    """
    if format not in ("auto", "text", "html"):
        raise ParseError(f"unknown format {format!r}: expected 'auto', 'text' or 'html'")
    if format == "text":
        return parse_text(data, source=source, reference_date=reference_date)
    if format == "html":
        return parse_html(data, source=source, reference_date=reference_date)
    raw, _ = _decoded(data, source)
    if _looks_like_html(raw):
        return parse_html(data, source=source, reference_date=reference_date)
    return parse_text(data, source=source, reference_date=reference_date)
