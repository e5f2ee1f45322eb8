"""Numbers in references, codes, contact lines and referring phrases that real pages
carry and that are not figures (issue 10, strict statistics). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article, Bound, Statistic


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


# -- units, rates and bounds read from the rest of the clause -----------------------------


def one(text: str) -> Statistic:
    found = stats(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Pledges aim to hold the world to 1.5 degrees of warming.",
        "Without action, temperatures could rise 3 degrees by the end of the century.",
    ],
)
def test_bare_degrees_of_warming_are_celsius(text: str) -> None:
    assert one(text).unit == "degrees Celsius"


def test_a_listed_figure_takes_the_measure_after_it() -> None:
    found = stats("Projected warming fell to 2.4, 2.6 degrees.")
    assert [(str(s.value), s.unit) for s in found] == [
        ("2.4", "degrees Celsius"),
        ("2.6", "degrees Celsius"),
    ]


def test_degrees_with_no_temperature_word_stay_degrees() -> None:
    assert one("The ferry turned 90 degrees in the gale.").unit == "degrees"


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("About 40,000 tonnes of grain leave the port each year, and prices rose.", "year"),
        ("Some 3 million trips from Wales every month are made by rail.", "month"),
        ("It could save around £3 billion each and every year in the long run.", "year"),
    ],
)
def test_a_rate_closing_the_clause_is_the_figure_rate(text: str, per: str) -> None:
    assert one(text).per == per


@pytest.mark.parametrize(
    "text",
    [
        "The 30 members meet in Oslo, and every year they renew the pact.",
        "Some 400 ferries ran in each year of the plan.",
    ],
)
def test_a_rate_in_another_clause_or_window_is_not_the_figure_rate(text: str) -> None:
    assert stats(text)[0].per is None


def test_for_every_gives_the_base_of_a_ratio() -> None:
    (s,) = stats("By 2020, 91 nurses for every 100 doctors were trained.")
    assert (str(s.value), s.unit, s.per) == ("91", "nurses", "100 doctors")


def test_the_base_of_a_matched_amount_is_not_a_figure() -> None:
    assert [str(s.value) for s in stats("The fund gives £1 for every two pounds raised.")] == ["1"]


def test_a_hedge_before_the_next_figure_is_not_a_trailing_bound() -> None:
    found = stats("The pact has grown to 48 ports and over 200 pledges.")
    assert [(str(s.value), s.bound) for s in found] == [("48", None), ("200", Bound.MIN)]


def test_a_citation_mark_between_figure_and_noun() -> None:
    assert one("The pact now has 88[3] parties.").unit == "parties"


@pytest.mark.parametrize(
    "text",
    [
        "Pupils — 11 to 16 years\n\nThe survey asked them.",
        "The survey (kids 7 to 10 years, teens 14 to 17 years) ran online.",
        "The report covers the 12 months to March 2024.",
        "Six months after its launch, the forum had grown.",
        "It was the largest deal in more than three decades.",
    ],
)
def test_age_bands_reporting_periods_and_framing_times_are_not_figures(text: str) -> None:
    assert values(text) == []


def test_a_past_tense_verb_opening_a_bullet_is_not_a_name() -> None:
    assert one("Highlights:\n  • Handled 240 urgent calls.").unit == "calls"


@given(
    n=st.integers(min_value=2, max_value=99_999),
    period=st.sampled_from(("year", "month", "week", "day")),
    lead=st.sampled_from(("each", "every", "each and every")),
)
def test_any_clause_final_rate(n: int, period: str, lead: str) -> None:
    s = one(f"About {n:,} visitors from abroad visit the islands {lead} {period}.")
    assert (int(s.value), s.per) == (n, period)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Compact\nSignatories 64[3]\nParties 40[3]\nDepositary: Oslo", [
            ("64", "signatories"), ("40", "parties")
        ]),
        ("Ferry League\nMembership: | 17 |\nMembership Year: | 2021 |", [("17", "members")]),
    ],
)  # fmt: skip
def test_infobox_rows_with_a_spaced_label(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(str(s.value), s.unit) for s in stats(text)] == expected


def test_member_before_a_plural_is_part_of_the_noun() -> None:
    assert one("Funds reached all 27 Member States.").unit == "Member States"


@given(
    word=st.sampled_from(("thousands", "millions", "billions", "hundreds", "dozens")),
    noun=st.sampled_from(("people", "pounds", "ferries", "pupils")),
)
def test_a_vague_magnitude_is_not_a_figure(word: str, noun: str) -> None:
    assert values(f"The scheme reached {word} of {noun} last year.") == []


def test_the_age_of_a_number_word_is_an_age() -> None:
    assert values("Checks are offered to all pupils up to the age of seven.") == []


def test_half_after_an_amount_and_and_is_a_share() -> None:
    found = stats("With a budget worth £40 billion and half of its 9 million population in towns.")
    assert [(str(s.value), s.unit) for s in found] == [
        ("40000000000", "GBP"),
        ("50", "percent"),
        ("9000000", "people"),
    ]


def test_two_and_half_is_still_not_a_share() -> None:
    assert values("The build took two and half years.") == ["2"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The vote brought to 41 the total number of ports and harbours.", "ports and harbours"),
        ("It raised to 14 the number of signatories.", "signatories"),
    ],
)
def test_a_fronted_figure_takes_the_number_of_noun_after_it(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_n_of_our_m_nouns_counts_the_nouns() -> None:
    found = stats("The fund helps 6 of our 20 partner ports.")
    assert [(str(s.value), s.unit) for s in found] == [("6", "ports"), ("20", "ports")]


def test_an_infobox_column_gives_its_label_to_the_values_below() -> None:
    text = "Ferry Forum\n\nHeadquarters\n\nOslo\n\nMembers\n\n31 (Full)\n\n9 (Observer)\n\nChair\n"
    assert [(str(s.value), s.unit) for s in stats(text)] == [("31", "members"), ("9", "members")]


def test_a_number_under_a_prose_line_takes_no_label() -> None:
    assert [s.unit for s in stats("The members met in spring and agreed.\n\n12\n")] in ([], [None])


@given(n=st.integers(min_value=1, max_value=9999), blanks=st.integers(min_value=0, max_value=3))
def test_any_infobox_column_value(n: int, blanks: int) -> None:
    gap = "\n" * (blanks + 1)
    found = stats(f"Ferry Forum{gap}Parties{gap}{n}{gap}Depositary")
    assert [(int(s.value), s.unit) for s in found] == [(n, "parties")]


def test_a_figure_borrowing_the_noun_of_a_ratio_keeps_its_base() -> None:
    found = stats("By 2020, 91 nurses for every 100 doctors were trained, compared to 70 in 2010.")
    assert [(str(s.value), s.unit, s.per) for s in found] == [
        ("91", "nurses", "100 doctors"),
        ("70", "nurses", "100 doctors"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 27 Januray 2020 the port joined.",
        "It signed on 3 Feburary 2021.",
        "The code took effect on 12 Agust 2022.",
    ],
)
def test_a_day_before_a_misspelt_month_and_a_year_is_a_date(text: str) -> None:
    assert values(text) == []


def test_a_count_before_a_capitalised_noun_and_a_year_stays() -> None:
    assert values("We met 14 Members 2020 delegates.")[:1] == ["14"]


# -- forms of other conventions: circa, foreign scale words, a year before grouped digits --


@pytest.mark.parametrize(
    "text", ["The board has c. 40 staff.", "Ca. 300 ports signed.", "It has circa 12 ferries."]
)
def test_circa_is_approximate(text: str) -> None:
    assert one(text).approx


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Der Fonds hat €2,5 Mrd. erhalten.", "2500000000", "EUR"),
        ("Es sind 3 Millionen Menschen.", "3000000", "Menschen"),
        ("Environ 1,2 millions d'euros ont été versés.", "1200000", "EUR"),
        ("Er zijn 4,5 miljoen bezoekers.", "4500000", "bezoekers"),
    ],
)
def test_scale_words_of_other_languages(text: str, value: str, unit: str) -> None:
    s = one(text)
    assert (str(s.value), s.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2023 36 000 people applied.", "36000"),
        ("Since 2019 12 500 schools joined.", "12500"),
    ],
)
def test_a_year_then_a_space_grouped_number(text: str, value: str) -> None:
    assert values(text) == [value]


def test_a_toll_free_number_stays_a_phone_number() -> None:
    assert values("For help call 1800 123 456 today.") == []


@given(
    year=st.integers(min_value=1990, max_value=2030),
    n=st.integers(min_value=1000, max_value=9_999_999),
    lead=st.sampled_from(("In", "Since", "By")),
)
def test_any_year_then_grouped_thousands(year: int, n: int, lead: str) -> None:
    grouped = f"{n:,}".replace(",", " ")
    assert values(f"{lead} {year} {grouped} people applied.") == [str(n)]


def test_euro_thousands_with_a_dot_before_per() -> None:
    s = one("Each claim costs €1.200 per case.")
    assert (str(s.value), s.unit) == ("1200", "EUR")
    assert str(one("Rates rose 1.200 per cent.").value) == "1.2"
