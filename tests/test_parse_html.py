"""HTML parsing: metadata from meta tags and JSON-LD, main text without page chrome.

Every page here is written for these tests.
"""

from __future__ import annotations

import html
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus import ParagraphKind, PartialDate
from policycorpus.parse import parse_article, parse_html

JSON_LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebPage", "name": "Newsroom"},
        {
            "@type": "NewsArticle",
            "headline": "Nine platforms join code on synthetic abuse imagery",
            "datePublished": "2024-05-21T09:30:00+01:00",
            "author": [
                {"@type": "Person", "name": "Rosa Delgado"},
                {"@type": "Person", "name": "Kwame Mensah"},
            ],
            "publisher": {"@type": "Organization", "name": "Example Policy Wire"},
        },
    ],
}

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>Nine platforms join code | Example Policy Wire</title>
  <meta property="og:title" content="Nine platforms join code on synthetic abuse imagery">
  <meta property="og:site_name" content="Example Policy Wire">
  <script type="application/ld+json">{json.dumps(JSON_LD)}</script>
  <style>p {{ color: red; }}</style>
</head>
<body>
  <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <div class="cookie-banner">We use cookies. <button>Accept</button></div>
  <article>
    <h1>Nine platforms join code on synthetic abuse imagery</h1>
    <p class="byline">By Rosa Delgado and Kwame Mensah</p>
    <p>Nine platforms signed a code of practice on Tuesday, committing to label
       synthetic images of children &amp; remove them within 24 hours.</p>
    <h2>What the code requires</h2>
    <ul><li>Quarterly reports on removals.</li><li>An audit by 2026.</li></ul>
    <figure><img src="x.jpg" alt="Delegates"><figcaption>Photo: Agency</figcaption></figure>
    <div class="share-buttons">Share on social media</div>
    <p>The regulator said about 1,500 reports were received last year.</p>
    <script>var tracking = "do not include";</script>
  </article>
  <aside>Related stories</aside>
  <footer>Copyright Example Policy Wire</footer>
</body>
</html>"""


def test_metadata_from_json_ld() -> None:
    article = parse_html(PAGE, source="https://example.org/news/code")
    assert article.title == "Nine platforms join code on synthetic abuse imagery"
    assert article.published == PartialDate(2024, 5, 21)
    assert article.authors == ("Rosa Delgado", "Kwame Mensah")
    assert article.publisher == "Example Policy Wire"
    assert article.language == "en-GB"


def test_main_text_without_chrome() -> None:
    article = parse_html(PAGE)
    text = article.text
    assert text.startswith("Nine platforms join code on synthetic abuse imagery\n\n")
    assert text.count("Nine platforms join code") == 1
    assert "children & remove them within 24 hours." in text  # entity decoded, lines folded
    for junk in (
        "cookies",
        "Home",
        "Share on",
        "Related",
        "Copyright",
        "tracking",
        "color",
        "Photo",
    ):
        assert junk not in text
    kinds = [(p.kind, p.span.slice(text)) for p in article.paragraphs]
    assert (ParagraphKind.HEADING, "What the code requires") in kinds
    assert (ParagraphKind.LIST_ITEM, "Quarterly reports on removals.") in kinds
    assert "By Rosa" not in text


def test_auto_detects_html_and_bytes() -> None:
    article = parse_article(PAGE.encode("utf-8"))
    assert article.title == "Nine platforms join code on synthetic abuse imagery"
    assert article.encoding == "utf-8"


def test_meta_tags_without_json_ld() -> None:
    page = """<html><head>
      <meta property="og:title" content="Council backs helpline funding">
      <meta property="article:published_time" content="2023-11-02">
      <meta name="author" content="Imogen Price">
      <title>Council backs helpline funding - City News</title>
    </head><body><main>
      <p>The council agreed on Thursday to fund a helpline for young people.</p>
    </main></body></html>"""
    article = parse_html(page)
    assert article.title == "Council backs helpline funding"
    assert article.published == PartialDate(2023, 11, 2)
    assert article.authors == ("Imogen Price",)
    assert article.text.startswith("Council backs helpline funding\n\n")


def test_title_element_suffix_cut_and_time_element() -> None:
    page = """<html><head><title>Safer schools plan | Ministry of Education</title></head>
    <body><p><time datetime="2022-06-30">30 June 2022</time></p>
    <p>The ministry published a plan for safer schools today.</p></body></html>"""
    article = parse_html(page)
    assert article.title == "Safer schools plan"
    assert article.published == PartialDate(2022, 6, 30)


def test_month_precision_meta_date() -> None:
    page = """<html><head><meta name="dc.date" content="2021-09"></head>
    <body><p>A short notice about a consultation that opened this month.</p></body></html>"""
    assert parse_html(page).published == PartialDate(2021, 9)


def test_offsets_point_into_the_html_source() -> None:
    article = parse_html(PAGE)
    text = article.text
    assert article.offsets is not None
    i = text.index("The regulator said")
    r = article.offsets.to_raw(i)
    assert PAGE[r : r + len("The regulator said")] == "The regulator said"


def test_no_network_no_entity_expansion() -> None:
    page = (
        '<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'
        "<html><body><p>Value: &secret; end of the short paragraph.</p>"
        '<img src="http://invalid.example/x.png"></body></html>'
    )
    article = parse_html(page)
    assert "Value:" in article.text
    assert "/etc" not in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body>" + "<div>" * 5000 + "deep text here." + "</div>" * 5000 + "</body></html>",
        "<html><body>" + "<p><span><b>" * 3000 + "unclosed text",
        "<html><body><p>broken <b>nesting</p></b><li>stray item</body>",
        "<html></html>",
        "<p>",
    ],
)
def test_deep_or_broken_html_does_not_crash(page: str) -> None:
    article = parse_article(page)
    assert isinstance(article.text, str)


_META_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30)


@given(_META_TEXT, _META_TEXT, _META_TEXT, _META_TEXT)
def test_any_metadata_values_give_a_valid_article(
    title: str, author: str, site: str, date: str
) -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": title,
        "author": {"name": author},
        "datePublished": date,
    }
    page = (
        f'<html lang="{html.escape(site)}"><head>'
        f'<meta property="og:site_name" content="{html.escape(site)}">'
        f'<meta name="author" content="{html.escape(author)}">'
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        "</head><body><p>A short paragraph about the pledge.</p></body></html>"
    )
    article = parse_html(page)
    assert article.text


_NUMERIC_META = """<html><head><meta name="dc.date" content="{meta}"><title>Pool reopens</title>
</head><body><h1>Pool reopens</h1><p>{line}</p>
<p>The town pool reopened after eleven months of repairs paid for by the council.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("meta", "line", "expected"),
    [
        # the page writes the date out: that reading of the numeric metadata wins
        ("06/03/2024", "Posted on 6th March 2024", PartialDate(2024, 3, 6)),
        ("03/06/2024", "Posted on March 6, 2024", PartialDate(2024, 3, 6)),
        ("06/03/2024", "Posted on 3 June 2024", PartialDate(2024, 6, 3)),
        # an impossible reading is ruled out
        ("13/03/2024", "Posted on Tuesday", PartialDate(2024, 3, 13)),
    ],
)
def test_an_ambiguous_numeric_meta_date_follows_the_page(
    meta: str, line: str, expected: PartialDate
) -> None:
    article = parse_html(_NUMERIC_META.format(meta=meta, line=line))
    assert article.published == expected


def test_a_section_name_as_h1_over_the_story_heading_is_not_the_title() -> None:
    article = parse_html(
        "<html><body><h1>Latest news</h1><h2>Library hours extended in six towns</h2>"
        "<p>Published: 4 June 2024</p>"
        "<p>Libraries in six towns will stay open until 8pm from July, the council said.</p>"
        "</body></html>"
    )
    assert article.title == "Library hours extended in six towns"
    assert article.published == PartialDate(2024, 6, 4)
