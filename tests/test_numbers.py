"""The number grammar: figures it reads, and the numbers it drops as not figures."""

from __future__ import annotations

from decimal import Decimal
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract import _num_tokens
from policycorpus.extract._num_mentions import clean_decimal
from policycorpus.extract._numbers import find_numbers, tokenize


def figures(text: str) -> list[tuple[str, str, str | None]]:
    """(value, kind, unit) of every figure found."""
    return [(str(m.value), m.kind, m.unit) for m in find_numbers(text)]


def surfaces(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency logged 4,512 cases.", [("4512", "count", None)]),
        ("It holds 2,966,101 files.", [("2966101", "count", None)]),
        ("A rate of 12.75 was set.", [("12.75", "count", None)]),
        (
            "The hub has 41 000 members and 2 150 staff.",
            [("41000", "count", None), ("2150", "count", None)],
        ),
        ("Some 1.2 million users signed.", [("1200000", "count", None)]),
        ("Funding of 3m users", [("3000000", "count", None)]),
        ("They paid £5.2m in fines.", [("5200000", "money", "GBP")]),
        ("A pot of $10bn was set aside.", [("10000000000", "money", "$")]),
        ("Grants of €300,000 were made.", [("300000", "money", "EUR")]),
        ("The US$15 million fund", [("15000000", "money", "USD")]),
        ("An A$45.6 million programme", [("45600000", "money", "AUD")]),
        ("A budget of 2.5 billion euros", [("2500000000", "money", "EUR")]),
        ("It cost EUR 40 million.", [("40000000", "money", "EUR")]),
        ("Some 92% agreed.", [("92", "percent", "percent")]),
        ("About 85 per cent agreed.", [("85", "percent", "percent")]),
        ("Support rose 85 percent.", [("85", "percent", "percent")]),
        ("It fell 3 percentage points.", [("3", "percent", "percentage point")]),
        ("The goal is 1.5°C of warming.", [("1.5", "measure", "degrees Celsius")]),
        ("A target of 40 GW by then", [("40", "measure", "GW")]),
        ("It rose to 11.000 in one year.", [("11000", "count", None)]),
        ("A pot of €3,5 million", [("3500000", "money", "EUR")]),
    ],
)
def test_numerals(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ten officers", "10"),
        ("twenty-one schools", "21"),
        ("twenty one schools", "21"),
        ("a hundred and two schools", "102"),
        ("One hundred and ninety-four states", "194"),
        ("a dozen charities", "12"),
        ("two dozen charities", "24"),
        ("three thousand pupils", "3000"),
        ("two million pupils", "2000000"),
        ("one million pupils", "1000000"),
    ],
)
def test_number_words(text: str, value: str) -> None:
    assert [v for v, _, _ in figures(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value", "bound", "approx"),
    [
        ("thousands of reports", "1000", "min", True),
        ("hundreds of schools", "100", "min", True),
        ("millions of users", "1000000", "min", True),
        ("tens of thousands of users", "10000", "min", True),
        ("hundreds of thousands of users", "100000", "min", True),
        ("dozens of groups", "12", "min", True),
    ],
)
def test_vague_magnitudes(text: str, value: str, bound: str, approx: bool) -> None:
    (m,) = find_numbers(text)
    assert (str(m.value), m.bound, m.approx, m.vague) == (value, bound, approx, True)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("between 10 and 20 clinics", [("10", None), ("20", None)]),
        ("10-20 clinics", [("10", None), ("20", None)]),
        ("10 to 20 clinics", [("10", None), ("20", None)]),
        ("39-44% of users", [("39", None), ("44", None)]),
        ("£10-20 million", [("10000000", None), ("20000000", None)]),
        ("between five and ten clinics", [("5", None), ("10", None)]),
    ],
)
def test_range_mentions_carry_no_bound(text: str, values: list[tuple[str, None]]) -> None:
    assert [(str(m.value), m.bound) for m in find_numbers(text)] == values


def test_numbers_listed_with_commas_are_figures() -> None:
    text = "Councils reported 12, 19 and 25 cases."
    assert [str(m.value) for m in find_numbers(text)] == ["12", "19", "25"]


def test_numbers_in_brackets_are_references() -> None:
    assert find_numbers("See paragraphs (4, 5, 7) and (2.1, 2.3).") == []


def test_range_ends_share_kind() -> None:
    assert [m.kind for m in find_numbers("39-44% of users")] == ["percent", "percent"]


def test_range_ends_are_marked() -> None:
    assert [m.range_end for m in find_numbers("between 10 and 20 clinics")] == ["low", "high"]
    assert [m.range_end for m in find_numbers("10 and 20 clinics")] == [None, None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("more than half of staff", "50"),
        ("half of all councils", "50"),
        ("a quarter of schools", "25"),
        ("two-thirds of parents", "66.6666666667"),
        ("three quarters of parents", "75"),
        ("A third of councils", "33.3333333333"),
        ("one third of applicants", "33.3333333333"),
        ("a fifth of schools", "20"),
        ("four-fifths of pupils", "80"),
        ("one in three carers", "33.3333333333"),
        ("staff and a tenth of volunteers", "10"),
        ("one in five pupils", "20"),
        ("1 in 4 adults", "25"),
        ("one in every eight adults", "12.5"),
    ],
)
def test_fractions_are_percentages(text: str, value: str) -> None:
    assert figures(text) == [(value, "percent", "percent")]


@pytest.mark.parametrize(
    "text",
    [
        # years, dates and times
        "The law passed in 2019.",
        "The 2022 survey was run again.",
        "It was signed on 5 September 2024.",
        "It was signed on September 5, 2024.",
        "The meeting ran on 19-20 March.",
        "It opens on March 19-20, 2024.",
        "Updated 10/07/2025 at 06:11.",
        "Issued 2024-06-18.",
        "The 2019-2024 Parliament sat.",
        "The plan for 2024-25 was set.",
        "Back in 2022/3 it began.",
        "It starts at 3pm and ends at 9.30am.",
        "It starts at 3 p.m. sharp.",
        "during the 1990s",
        "The panel sat on 4 and 5 November.",
        "Hearings ran on 1, 8 and 15 July.",
        "Sessions were held on June 9 and 10.",
        "The talks ran 6-7 October.",
        # ages
        "children aged nine to 14 took part",
        "pupils aged six or 7 answered",
        "a nurse, 38, told the inquiry",
        "said Maria Lopez, 47, a campaigner",
        "a 33-year-old man",
        "pupils aged 10 to 15",
        "pupils aged 16 or 17",
        "children under 13 cannot sign up",
        "people aged between 18 and 24",
        "she was 40 years old",
        "13- to 17-year-olds",
        # phone numbers and codes
        "Call (202) 307-1241 today.",
        "Call 1-800-736-5300 now.",
        "Phone: 0800 1111",
        "Tel: +44 20 7946 0000",
        "Dial 1-877-SAFE-KID for advice.",
        "Grant solicitation 31-052 closes soon.",
        "Parents can reach the family support line on 13 24 57.",
        "Members backed early day motion 377 on the issue.",
        # ordinals and names
        "the 23rd meeting",
        "at COP26 and COP 26",
        "the G20 summit",
        "COVID-19 rules",
        "under Web 2.0 rules",
        "Windows 11 was used",
        "Windows 11 devices",
        "ISO 27001 certification",
        # references and list numbering
        "under section 56(2) of the Act",
        "Volume 816: debated",
        "Directive 3000.09 applies",
        "See page 14 and Article 8.",
        "1. We as States agree",
        "2.a.i. For the purposes",
        "3.1 The survey",
        "(3) the provider must act",
        "risks to security (4.1, 4.2) and trust (2.2)",
        "Summary\n2\nAgenda",
        "the grant for year 1 of the programme",
        "It met at 10 Downing Street.",
        "Photo 1 of 5",
        "Wikipedia says so.[12]",
        "as the report noted.12 Later on",
        # compound modifiers and chrome
        "a three-step process",
        "a 24-hour deadline",
        "a month-long inquiry",
        "1 min read",
        "(6 months, 1 week ago)",
        "a rate per 100,000 people",
        # "one" and "zero" alone
        "one of the first countries",
        "no one was hurt",
        "It was the first-ever summit.",
    ],
)
def test_not_figures(text: str) -> None:
    assert surfaces(text) == []


def test_hedged_year_shaped_count_is_a_figure() -> None:
    assert figures("more than 2000 people") == [("2000", "count", None)]


def test_one_counts_with_support() -> None:
    assert figures("one per cent of staff") == [("1", "percent", "percent")]
    assert figures("one million people") == [("1000000", "count", None)]


def test_strong_is_collective() -> None:
    (m,) = find_numbers("a 190-strong coalition")
    assert (str(m.value), m.collective) == ("190", True)


def test_clean_decimal() -> None:
    assert str(clean_decimal(Decimal("1.2E+6"))) == "1200000"
    assert str(clean_decimal(Decimal("90.40"))) == "90.4"


def test_tokens_touching() -> None:
    tk = tokenize("US$5 and 3 m")
    assert tk.texts[:3] == ["US", "$", "5"]
    assert tk.touching(1)
    assert tk.touching(2)
    assert not tk.touching(3)


@given(st.text())
def test_never_crashes_and_spans_inside(text: str) -> None:
    for m in find_numbers(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.value.is_finite()


_PIECES = st.sampled_from(
    [
        "0",
        "1",
        "12",
        "2023",
        "1,200",
        "3.5",
        "36 000",
        "-",
        "–",
        "/",
        ":",
        ".",
        ",",
        "%",
        "$",
        "£",
        "€",
        "(",
        ")",
        " ",
        "\n",
        "one",
        "two",
        "hundred",
        "and",
        "million",
        "m",
        "bn",
        "per",
        "cent",
        "aged",
        "to",
        "between",
        "half",
        "of",
        "thousands",
        "tens",
        "strong",
        "year",
        "old",
        "a",
        "in",
        "five",
        "May",
        "COP",
        "Section",
        "st",
        "°",
        "C",
    ]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_never_crashes_on_number_soup(text: str) -> None:
    for m in find_numbers(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.value.is_finite()


_FRACTIONS = {
    "a half": (1, 2),
    "a third": (1, 3),
    "one third": (1, 3),
    "a quarter": (1, 4),
    "a fifth": (1, 5),
    "a tenth": (1, 10),
    "two-thirds": (2, 3),
    "two thirds": (2, 3),
    "three-quarters": (3, 4),
    "four-fifths": (4, 5),
    "a sixth": (1, 6),
    "one seventh": (1, 7),
    "an eighth": (1, 8),
    "three eighths": (3, 8),
    "five ninths": (5, 9),
    "two sevenths": (2, 7),
}


@given(
    st.sampled_from(sorted(_FRACTIONS)),
    st.sampled_from(["", "nearly ", "more than ", "up to "]),
    st.sampled_from(["pupils", "councils", "the reports", "those asked"]),
)
def test_fractions_are_exact_percentages(fraction: str, hedge: str, noun: str) -> None:
    num, den = _FRACTIONS[fraction]
    text = f"Officials said {hedge}{fraction} of {noun} agreed."
    found = find_numbers(text)
    assert [m.unit for m in found] == ["percent"]
    assert abs(found[0].value - Decimal(100) * num / den) < Decimal("1e-10")
    assert abs(float(found[0].value) - 100 * num / den) < 1e-9


@given(
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["and", "or", "-", ","]),
    st.sampled_from(["January", "May", "September", "December"]),
)
def test_days_listed_before_a_month_are_dates(day: int, joiner: str, month: str) -> None:
    sep = joiner if joiner == "-" else f" {joiner} " if joiner != "," else ", "
    text = f"The forum met on {day}{sep}{day + 1} {month} with 40 delegates."
    assert [str(m.value) for m in find_numbers(text)] == ["40"]


@pytest.mark.parametrize(
    "text",
    [
        "Read the full guidance (PDF, 2.7MB)",
        "Download the annual review (486 KB)",
        "The consultation pack is 5.1 MB in size.",
        "Summary of responses\n1.9 MB\n",
        "Attachment: 640 kB",
    ],
)
def test_file_sizes_are_not_figures(text: str) -> None:
    assert surfaces(text) == []


def test_data_volumes_in_sentences_stay_figures() -> None:
    found = surfaces("Investigators recovered 65 GB of files from 14 laptops.")
    assert found == ["65 GB", "14"]


# -- long inputs: look-arounds computed once, no overflow (issue 11) ------------------------


def test_a_run_of_more_than_thirty_digits_is_an_identifier() -> None:
    assert find_numbers("Reference " + "7" * 31 + " was filed.") == []
    assert [m.value for m in find_numbers("The fund holds " + "9" * 15 + " units.")] == [
        Decimal("9" * 15)
    ]


def test_a_megabyte_of_digits_is_not_a_figure_and_does_not_overflow() -> None:
    # Decimal's exponent limit is 999,999: scaling such a number used to raise Overflow
    assert find_numbers("1" * 1_100_000) == []
    assert find_numbers("A rate of 1." + "0" * 1_100_000 + "1 percent.") == []


@given(st.integers(min_value=-(10**40), max_value=10**40), st.integers(-5, 5))
def test_clean_decimal_keeps_the_value_and_drops_the_exponent(digits: int, exp: int) -> None:
    value = Decimal(digits).scaleb(exp)
    cleaned = clean_decimal(value)
    assert cleaned == value or len(str(digits).lstrip("-")) > 28  # normalize rounds to 28
    if cleaned == cleaned.to_integral_value():
        assert cleaned.as_tuple().exponent == 0


def test_numbers_in_a_long_list_are_list_items_only_inside_brackets() -> None:
    listed = "(" + ", ".join(f"{i}.5" for i in range(1, 400)) + ")"
    assert find_numbers(listed) == []
    bare = "Cases rose to " + ", ".join(f"{i}.5" for i in range(1, 400)) + " this year."
    assert len(find_numbers(bare)) == 399


def test_a_file_size_alone_on_its_line_among_many_lines() -> None:
    text = "Annual report\n(PDF)\n3.4 MB\nThe agency reviewed 40 GB of material.\n" * 50
    values = [m.value for m in find_numbers(text)]
    assert values == [Decimal(40)] * 50


@pytest.mark.parametrize(
    "text",
    [
        "The ministers of the Five Countries met in Ottawa.",
        "The Five Country Ministerial met in London.",
    ],
)
def test_a_capitalised_number_word_inside_a_name_is_not_a_figure(text: str) -> None:
    assert [m.value for m in find_numbers(text)] == []


def test_a_lower_case_count_before_a_noun_is_still_a_figure() -> None:
    assert [m.value for m in find_numbers("The five countries met in Ottawa.")] == [5]


@given(
    st.text(alphabet=" \t\n\u00a0\u3000a1’'-.,%$É\u0301٣_", max_size=60),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_tokens_are_the_token_pattern_matches_of_the_span(text: str, cut: int, trim: int) -> None:
    """Each token is one match of the token pattern over ``text[start:end]``, with offsets
    into ``text``, however the white space between tokens is written."""
    from policycorpus.extract._num_tokens import _TOKEN

    start, end = min(cut, len(text)), max(0, len(text) - trim)
    matches = list(_TOKEN.finditer(text, start, end))
    for block in (1 << 14, 1, 3):  # the text is read in blocks cut at a space
        with mock.patch.object(_num_tokens, "_BLOCK", block):
            tk = tokenize(text, start, end)
        assert tk.texts == [m.group() for m in matches]
        assert list(tk.starts) == [m.start() for m in matches]
        assert list(tk.ends) == [m.end() for m in matches]
        assert tk.lower == [t.lower() for t in tk.texts]


@given(st.text(alphabet="aΣσςΑ .'’\u0301\nİẞß x\tΣ€", max_size=80), st.integers(1, 12))
def test_lower_case_read_in_blocks_is_the_whole_lower_case(text: str, block: int) -> None:
    """The candidate-line screen lower-cases a long text a block at a time (cut before
    white space): the same string as ``str.lower`` of the whole, final sigma included."""
    with mock.patch.object(_num_tokens, "_LOWER_BLOCK", block):
        assert _num_tokens._lower(text) == text.lower()
