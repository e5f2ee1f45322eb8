"""Properties of parsing that hold for any input."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from policycorpus import Article, ParagraphKind
from policycorpus._text import ODD_SPACE
from policycorpus.errors import ParseError
from policycorpus.parse import parse_article, parse_html, parse_text

_WORDS = st.sampled_from(
    [
        "The",
        "ministry",
        "pledged",
        "£5m",
        "to",
        "protect",
        "children",
        "online.",
        "By",
        "Jane",
        "Doe",
        "30 Oct 2023",
        "Published",
        "Leave a Reply",
        "Read more",
        "•",
        "-",
        "=",
        "FAQ",
        "What?",
        "“quoted”",
        "café",
        "cafe\u0301",
        "\u00a0",
        "\u200b",
        "12/15/2025",
        "|",
        "Editor",
        "Photo credit:",
        "<p>",
        "</p>",
        "&amp;",
    ]
)
_LINE = st.lists(_WORDS, min_size=0, max_size=12).map(" ".join)
_ARTICLE_LIKE = st.lists(_LINE, min_size=1, max_size=14).map("\n".join)
_ANY_TEXT = st.one_of(_ARTICLE_LIKE, st.text(max_size=300))


def _check_article(article: Article) -> None:
    text = article.text
    last_end = 0
    for para in article.paragraphs:
        assert last_end <= para.span.start <= para.span.end <= len(text)
        last_end = para.span.end
    if article.title is not None:
        assert article.title.strip()
        assert article.paragraphs[0].kind is ParagraphKind.HEADING
        assert text.startswith(article.paragraphs[0].span.slice(text))
    assert unicodedata.is_normalized("NFC", text)
    assert not any(c in text for c in ODD_SPACE)


@given(_ANY_TEXT)
def test_any_text_gives_an_article_or_parse_error(raw: str) -> None:
    try:
        article = parse_article(raw)
    except ParseError:
        return
    _check_article(article)


@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_parse_error(raw: bytes) -> None:
    try:
        article = parse_article(raw)
    except ParseError:
        return
    _check_article(article)
    assert article.encoding in ("utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-32")


@given(_ANY_TEXT)
def test_html_parser_never_crashes(raw: str) -> None:
    try:
        article = parse_html(f"<html><body><article>{raw}</article></body></html>")
    except ParseError:
        return
    _check_article(article)


@given(_ARTICLE_LIKE)
def test_plain_offsets_map_back_to_the_raw_text(raw: str) -> None:
    try:
        article = parse_text(raw)
    except ParseError:
        return
    assert article.offsets is not None
    last = 0
    for i, ch in enumerate(article.text):
        r = article.offsets.to_raw(i)
        assert last <= r <= len(raw)
        last = r
        if ch.isspace():
            continue
        # same character, modulo NFC composition of a combining sequence
        assert raw[r] == ch or unicodedata.normalize("NFC", raw[r : r + 2])[:1] == ch


@given(_ANY_TEXT)
def test_parsing_is_deterministic(raw: str) -> None:
    try:
        first = parse_article(raw, source="x.txt")
    except ParseError:
        return
    assert parse_article(raw, source="x.txt") == first


@given(_ANY_TEXT)
def test_html_offsets_stay_inside_the_source_and_increase(raw: str) -> None:
    page = (
        "<html><body><article><h1>A headline here</h1>"
        f"{raw}<p>End &amp; more.</p></article></body></html>"
    )
    try:
        article = parse_html(page)
    except ParseError:
        return
    assert article.offsets is not None
    last = 0
    for i in range(len(article.text)):
        r = article.offsets.to_raw(i)
        assert last <= r <= len(page)
        last = r
