"""The sentence splitter: abbreviations, initials, decimals, closers, line breaks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract import split_sentences
from policycorpus.extract._sentences import _FOLDS_APART, WordScreen


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


# -- the word screen: the cheap test before a per-sentence pass ----------------------------

_SCREENED = ("pledge", "will", "communiqué", "sign")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers will meet.", True),
        ("They PLEDGED nothing; no Pledge.", True),
        ("The final Communiqué was read.", True),
        ("They pledged support and signed it.", False),
        ("A willing partner; a signal.", False),
        ("", False),
    ],
)
def test_word_screen_finds_whole_words_in_any_case(text: str, expected: bool) -> None:
    assert WordScreen(_SCREENED).holds(text) is expected


def test_word_screen_reads_a_word_cut_at_the_start_as_the_pattern_does() -> None:
    screen = WordScreen(_SCREENED)
    text = "unsign here"
    assert screen.holds(text, 2) is (screen.pattern.search(text, 2) is not None) is False
    assert screen.holds("to sign", 3) is True


def test_word_screen_refuses_words_with_spaces() -> None:
    with pytest.raises(ValueError, match="word characters"):
        WordScreen(["sign up"])


_PIECES = st.sampled_from(
    [*"pledgwisncomuqé ,.'-_1\n", "İ", "ı", "ſ", "K", "É", "WILL", "Sign", "pledge"]
)


@given(st.lists(_PIECES, max_size=30).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_word_screen_answers_as_its_pattern(text: str, start: int, length: int) -> None:
    screen = WordScreen(_SCREENED)
    start = min(start, len(text))
    end = min(len(text), start + length)
    expected = screen.pattern.search(text, start, end) is not None
    assert screen.holds(text, start, end) is expected


def test_word_screen_folds_case_as_the_re_module_does() -> None:
    # every letter whose case-insensitive match in ``re`` is not ``str.lower`` equality
    # is one the screen leaves to the pattern
    letters = {*"".join(_SCREENED)}
    rx = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    by_re = set(rx.findall(every))
    by_lower = {c for c in every if len(c.lower()) == 1 and c.lower() in letters}
    assert by_re ^ by_lower <= _FOLDS_APART
