"""Markdown input is parsed as Markdown, with the offset map intact (issue 10)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policycorpus import ParagraphKind, PartialDate
from policycorpus.parse import parse_article, parse_text

FRONT = """---
title: "Councils agree a shared code for school apps"
date: 2024-03-05
authors: [Sam Example, Alex Sample]
---

Councils in three regions **agreed** a shared code for the apps their schools use,
with [a review](https://example.org/review) every year.

- publish a list of approved apps;
- check each app's *privacy* settings before use.
"""


def test_front_matter_gives_the_metadata_and_stays_out_of_the_text() -> None:
    article = parse_article(FRONT, source="code.md")
    assert article.title == "Councils agree a shared code for school apps"
    assert article.published == PartialDate(2024, 3, 5)
    assert article.authors == ("Sam Example", "Alex Sample")
    assert "---" not in article.text
    assert "title:" not in article.text


def test_markup_is_out_of_the_text() -> None:
    article = parse_article(FRONT, source="code.md")
    for mark in ("**", "*", "](", "https://", "- publish"):
        assert mark not in article.text
    assert "agreed a shared code" in article.text
    assert "with a review every year" in article.text


HEADING = """# Ministers agree new steps on online safety for pupils

*12 June 2024*

By Jo Example

Ministers from four nations agreed new steps to keep pupils safe online, the
department said on Wednesday.

## What happens next

Each nation will publish a plan within a year.
"""


def test_title_date_and_byline_under_the_first_heading() -> None:
    article = parse_text(HEADING)  # clearly Markdown, whatever the source
    assert article.title == "Ministers agree new steps on online safety for pupils"
    assert article.published == PartialDate(2024, 6, 12)
    assert article.authors == ("Jo Example",)
    assert "#" not in article.text
    assert "*" not in article.text
    headings = [
        article.text[p.span.start : p.span.end]
        for p in article.paragraphs
        if p.kind is ParagraphKind.HEADING
    ]
    assert "What happens next" in headings


def test_every_character_maps_back_to_the_raw_markdown() -> None:
    article = parse_article(FRONT, source="code.md")
    assert article.offsets is not None
    for word in ("agreed", "review", "privacy", "publish a list of approved apps"):
        start = article.text.index(word)
        assert (
            "".join(FRONT[article.offsets.to_raw(i)] for i in range(start, start + len(word)))
            == word
        )


def test_plain_text_with_a_hash_is_not_markdown() -> None:
    text = "#1 priority for schools\n\nThe council said safety was its first priority.\n"
    article = parse_text(text)
    assert "priority" in article.text


_WORDS = st.lists(
    st.sampled_from(["schools", "councils", "pupils", "apps", "reviews", "parents"]),
    min_size=1,
    max_size=3,
).map(" ".join)


@given(st.lists(_WORDS, min_size=1, max_size=5), st.sampled_from(["**", "*", "`", "_"]))
def test_every_word_maps_back_to_its_source(words: list[str], mark: str) -> None:
    body = "\n\n".join(f"Item {mark}{w}{mark} agreed." for w in words)
    raw = f"# Heading for the test page\n\n{body}\n"
    article = parse_article(raw, source="t.md")
    assert article.offsets is not None
    for w in words:
        start = article.text.find(w)
        assert start >= 0
        mapped = "".join(raw[article.offsets.to_raw(i)] for i in range(start, start + len(w)))
        assert mapped == w


TOML_FRONT = """+++
title = "Harbour towns share one flood warning service"
date = 2024-11-02T07:45:00Z
authors = ["Robin Example", "Kit Sample"]
+++

Four harbour towns will share one flood warning service from next winter.
"""


def test_toml_front_matter_gives_the_metadata_and_stays_out_of_the_text() -> None:
    article = parse_article(TOML_FRONT, source="floods.md")
    assert article.title == "Harbour towns share one flood warning service"
    assert article.published == PartialDate(2024, 11, 2)
    assert article.authors == ("Robin Example", "Kit Sample")
    assert "+++" not in article.text
    assert "title =" not in article.text
    assert article.offsets is not None
    start = article.text.index("harbour towns will")
    mapped = "".join(TOML_FRONT[article.offsets.to_raw(i)] for i in range(start, start + 13))
    assert mapped == "harbour towns"


SETEXT_NO_SUFFIX = """Harbour wall repairs begin
==========================

*Published 4 November 2024 by Robin Example*

Repairs to the **harbour wall** will take [eight months](https://example.org/plan),
the council said.
"""


def test_clearly_markdown_text_without_a_markdown_source_name() -> None:
    article = parse_article(SETEXT_NO_SUFFIX, source="harbour.txt")
    assert article.title == "Harbour wall repairs begin"
    assert article.published == PartialDate(2024, 11, 4)
    assert article.authors == ("Robin Example",)
    assert "**" not in article.text
    assert "](" not in article.text
    assert "===" not in article.text


LINES_IN_ONE_PARAGRAPH = """Harbour wall repairs begin
Published 4 November 2024

Repairs to the **harbour wall** will take [eight months](https://example.org/plan),
the council said after a survey
of the stones.

## Background

* The wall protects 300 homes.
"""


def test_a_date_line_under_the_headline_in_one_markdown_paragraph() -> None:
    article = parse_article(LINES_IN_ONE_PARAGRAPH, source="harbour.txt")
    assert article.title == "Harbour wall repairs begin"
    assert article.published == PartialDate(2024, 11, 4)
    assert "the council said after a survey of the stones." in article.text
    assert "##" not in article.text


def test_plain_text_with_bullets_is_not_markdown() -> None:
    raw = "Harbour wall repairs begin\n\n- The wall protects 300 homes.\n- Work starts in May.\n"
    article = parse_article(raw, source="harbour.txt")
    assert article.title == "Harbour wall repairs begin"


def test_markdown_sniffing_is_linear_on_a_line_of_brackets() -> None:
    # every "[" opens a candidate link; none may rescan the line (was quadratic: 2 s)
    from policycorpus.parse._markdown import looks_like_markdown

    assert not looks_like_markdown("[" * 20_000)
    assert not looks_like_markdown("# Title\n" + "[" * 20_000)
