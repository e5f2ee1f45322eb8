"""Turn scraped plain text or HTML, as str or bytes, into :class:`~policycorpus.Article`.

:func:`parse_article` detects the format; :func:`parse_text` and :func:`parse_html`
choose it. Unusable input (empty, binary junk) raises
:class:`~policycorpus.errors.ParseError`; nothing else escapes.

Reference dates (decision): ``reference_date`` says when the page was retrieved. It is
recorded as :attr:`Article.retrieved` and used for nothing else: it never becomes
:attr:`Article.published`, and it is not an anchor for relative expressions. "Last week"
in a page that states no date of its own stays unresolved, because a page may be
retrieved months or years after it was written, and a wrong day presented as resolved is
worse than an honest gap. Callers of :func:`policycorpus.dates.resolve_date` and
:func:`policycorpus.dates.find_dates` anchor on ``article.published`` only.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal

import lxml.etree

from policycorpus._text import decode, is_binary
from policycorpus.errors import ParseError
from policycorpus.model import Article, PartialDate
from policycorpus.parse._html import parse_html_text
from policycorpus.parse._markdown import looks_like_markdown, parse_markdown
from policycorpus.parse._plain import parse_plain

__all__ = ["parse_article", "parse_html", "parse_text"]

_HTML_SNIFF: Final = re.compile(
    r"\s*(?:<!--.*?-->\s*)?(?:<\?xml[^>]{0,200}>\s*)?"
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|meta|title|section)[\s>/]",
    re.I | re.S,
)

_UNEXPECTED: Final = (
    RecursionError,
    MemoryError,
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    UnicodeError,
    lxml.etree.LxmlError,
)


def _internal(exc: BaseException, source: str | None) -> ParseError:
    """The documented error for input the parser could not handle (cause chained)."""
    if isinstance(exc, ParseError):
        return exc
    if isinstance(exc, RecursionError | MemoryError):
        return ParseError(f"input too large or too deeply nested to parse: {exc}", source=source)
    return ParseError(f"could not parse the input: {type(exc).__name__}: {exc}", source=source)


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


def _parse(
    raw: str,
    encoding: str | None,
    html: bool,
    source: str | None,
    reference_date: dt.date | PartialDate | None,
) -> Article:
    parser = parse_html_text if html else parse_plain
    if not html and looks_like_markdown(raw, source):
        parser = parse_markdown
    try:
        return parser(raw, source=source, reference_date=reference_date, encoding=encoding)
    except _UNEXPECTED as exc:
        raise _internal(exc, source) from exc


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
    return _parse(raw, encoding, False, source, reference_date)


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
    return _parse(raw, encoding, True, source, reference_date)


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
    text. ``reference_date`` is recorded as :attr:`Article.retrieved` and never becomes
    the published date. Raises :class:`~policycorpus.errors.ParseError` for unusable
    input (empty, binary, or anything the parser cannot handle), never another error.
    """
    if format not in ("auto", "text", "html"):
        raise ParseError(
            f"unknown format {format!r}: expected 'auto', 'text' or 'html'", source=source
        )
    raw, encoding = _decoded(data, source)
    html = format == "html" or (format == "auto" and _looks_like_html(raw))
    return _parse(raw, encoding, html, source, reference_date)
