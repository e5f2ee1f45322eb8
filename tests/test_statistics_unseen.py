"""Figures in the layouts of real pages the library had not seen (issue 10, second pass):
coordinated units, footnote marks, names and references that are not figures, bounds
stated with a negation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article, Statistic


def stats(text: str) -> tuple[Statistic, ...]:
    return extract_statistics(Article(text=text))


def rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(str(s.value), s.unit, None if s.bound is None else s.bound.value) for s in stats(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "The network now has 140 cities, regions and companies as members.",
            "cities, regions and companies",
        ),
        (
            "It grew to 35 schools, colleges, and nurseries by May.",
            "schools, colleges, and nurseries",
        ),
        ("The pact counts 60 states and charities.", "states and charities"),
    ],
)
def test_a_list_of_plural_heads_is_the_unit(text: str, unit: str) -> None:
    assert [s.unit for s in stats(text)] == [unit]


def test_a_comma_after_the_head_before_a_clause_ends_the_unit() -> None:
    assert rows("The 40 councils, which signed first, met again.") == [("40", "councils", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Most pupils use two apps,4 while nearly all use video.5,6 Both rose.",
        'The minister said "we will act".7 Then the review began.',
    ],
)
def test_footnote_marks_run_into_the_text_are_not_figures(text: str) -> None:
    assert all(s.value != 4 and s.value not in (5, 6, 7) for s in stats(text))


def test_decimals_and_thousands_are_not_footnote_marks() -> None:
    values = [str(s.value) for s in stats("The rate was 0.5 and 3,500 people replied.")]
    assert values == ["0.5", "3500"]
