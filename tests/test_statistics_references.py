"""Numbers in references, codes, contact lines and referring phrases that real pages
carry and that are not figures (issue 10, strict statistics). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article, Statistic


def stats(text: str) -> tuple[Statistic, ...]:
    return extract_statistics(Article(text=text))


def values(text: str) -> list[str]:
    return [str(s.value) for s in stats(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a section sign owns the number; its letter is not a scale ("b" is not billion)
        "The duty sits in the code (12 U.S.C. § 404b) and is old.",
        "Reporting moved to § 230c last spring.",
        # a code title before a dotted abbreviation of capitals
        "Rules at 40 C.F.R. part 98 apply to the plant.",
        # a lettered class or category is a name, not 1 billion
        "Providers of class 2B content must comply.",
        # a resolution or a petition number
        "S. RES. 88\nSupporting the harbour week.",
        "The House considered e-petition 700123 on ferries.",
        # a spaced slash date and a reference number before one
        "REF 12 / 04.07\n\n04 / 07 / 21\n\nThe ferry plan.",
        # a guest count in a meeting's name
        "Ministers of the Nordic Council + 2 met in Oslo.",
        # a street address with an abbreviated street word
        "Talks will be held at 42 Harbour Rd, Wellington.",
        # paragraph numbers set with a colon at line starts
        "Ferries\n\n1: The service was cut.\n\n2: Fares rose again.",
        # ages without a hyphen
        "Jabs for five year olds rose.",
        # names: a group of so many, a partnership "Plus-Two"
        "The Group of Seven met in May.",
        "The Harbour-Plus-Two meeting ended.",
        # the pair named before, a subset or a rank
        "The two ministers met, and the two sides agreed.",
        "The fund backs the first two projects and the latter two.",
        "The top five ports are all in the south.",
    ],
)
def test_references_and_referring_numbers_are_not_figures(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 5 U.S. ports reopened.", ["5"]),
        ("The class gained 30 pupils.", ["30"]),
        ("The site at 42 Harbour Rd has 12 berths.", ["12"]),
    ],
)
def test_counts_next_to_the_same_signs_stay(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@given(
    cc=st.integers(min_value=1, max_value=99),
    groups=st.lists(st.integers(min_value=10, max_value=99999), min_size=2, max_size=3),
)
def test_any_international_phone_number_is_not_a_figure(cc: int, groups: list[int]) -> None:
    number = " ".join(str(g) for g in groups)
    assert values(f"For questions: Tel.: +{cc} {number}; the desk is open.") == []


@given(
    section=st.integers(min_value=1, max_value=9999),
    letter=st.sampled_from("abkmBKMT"),
)
def test_a_lettered_section_never_reads_as_a_scaled_figure(section: int, letter: str) -> None:
    assert values(f"The rule (§ {section}{letter}) was amended.") == []


@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=0, max_value=99),
)
def test_a_date_with_spaced_slashes_is_not_a_figure(day: int, month: int, year: int) -> None:
    assert values(f"Notice\n\n{day:02d} / {month:02d} / {year:02d}\n\nThe ferry runs.") == []
