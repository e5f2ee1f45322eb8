"""The sentence splitter: abbreviations, initials, decimals, closers, line breaks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract import split_sentences


def split(text: str) -> list[str]:
    return [s.slice(text) for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One pledge. Two pledges.", ["One pledge.", "Two pledges."]),
        ("Mr Smith met Dr. Jones. They agreed.", ["Mr Smith met Dr. Jones.", "They agreed."]),
        (
            "The U.S. and the U.K. signed. Then more.",
            ["The U.S. and the U.K. signed.", "Then more."],
        ),
        ("It rose 3.5 per cent. It fell.", ["It rose 3.5 per cent.", "It fell."]),
        ("J. Smith spoke. She left.", ["J. Smith spoke.", "She left."]),
        (
            "A. B. Jones and J.K. Rowling spoke. Done.",
            ["A. B. Jones and J.K. Rowling spoke.", "Done."],
        ),
        ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
        ("Why? Because. Yes!", ["Why?", "Because.", "Yes!"]),
        (
            "Heading without stop\nBody text here. More.",
            ["Heading without stop", "Body text here.", "More."],
        ),
        ("at 9 a.m. on Monday.", ["at 9 a.m. on Monday."]),
        ("  \n \n", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"')A1,")), max_size=200))
def test_spans_are_ordered_stripped_and_cover_every_visible_character(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    covered: set[int] = set()
    for span in spans:
        assert last <= span.start < span.end <= len(text)
        piece = span.slice(text)
        assert piece == piece.strip()
        for k, ch in enumerate(piece):
            if ch == "\n":  # only a hard wrap: the next line goes on in lower case or a digit
                nxt = piece[k + 1 :].lstrip(" \t")[:1]
                assert nxt.islower() or nxt.isdigit() or nxt in "£$€("
        covered.update(range(span.start, span.end))
        last = span.end
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    for span in split_sentences(text):
        assert 0 <= span.start <= span.end <= len(text)


def test_hard_wrapped_running_text_is_one_sentence() -> None:
    text = "The ministry will commit up to\n£30 million to the fund over the next\nfour years."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [text]


def test_a_heading_line_is_not_wrapped_into_the_next() -> None:
    text = "Funding for schools\nThe ministry will commit up to £30 million."
    assert len(split_sentences(text)) == 2
