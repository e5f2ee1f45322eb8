"""Statistics extraction: hedges, units, rates, borrowing, exclusions and properties."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract._sentences import split_sentences
from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article, Bound, Statistic

THIRD = "33.3333333333"  # a third, to FRACTION_PLACES decimal places
Row = tuple[str, str | None, bool, str | None, str | None]


def stats(text: str, source: str | None = None) -> tuple[Statistic, ...]:
    return extract_statistics(Article(text=text, source=source))


def rows(text: str, source: str | None = None) -> list[Row]:
    """(value, unit, approx, bound, per) of every statistic."""
    return [
        (str(s.value), s.unit, s.approx, s.bound.value if s.bound else None, s.per)
        for s in stats(text, source)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain counts with the head noun as unit
        (
            "Inspectors found 4,512 unsafe websites last spring.",
            [("4512", "websites", False, None, None)],
        ),
        ("The review covered 38 local councils.", [("38", "councils", False, None, None)]),
        (
            "Officers seized 209 phones and 15 laptops.",
            [("209", "phones", False, None, None), ("15", "laptops", False, None, None)],
        ),
        ("The charity trained twelve volunteers.", [("12", "volunteers", False, None, None)]),
        # hedges
        ("Nearly 3,100 calls were logged.", [("3100", "calls", True, None, None)]),
        ("About 40 schools joined.", [("40", "schools", True, None, None)]),
        ("An estimated 9,000 pupils took part.", [("9000", "pupils", True, None, None)]),
        ("Roughly 600 firms replied.", [("600", "firms", True, None, None)]),
        ("At least ten councils objected.", [("10", "councils", False, "min", None)]),
        ("More than 2,000 agencies signed.", [("2000", "agencies", False, "min", None)]),
        ("Over 700 videos were removed.", [("700", "videos", False, "min", None)]),
        ("In excess of 50 apps were banned.", [("50", "apps", False, "min", None)]),
        ("Up to 1,200 children were helped.", [("1200", "children", False, "max", None)]),
        ("Fewer than 30 judges sat.", [("30", "judges", False, "max", None)]),
        ("As many as 80 staff left.", [("80", "staff", False, "max", None)]),
        ("Under 5% of reports were acted on.", [("5", "percent", False, "max", None)]),
        ("200 officers or more will be hired.", [("200", "officers", False, "min", None)]),
        ("Forty agencies or so have joined.", [("40", "agencies", True, None, None)]),
        ("It funds 92 low- and middle-income countries.", [("92", "countries", False, None, None)]),
        ("It reached 20,000 nine-year-old girls.", [("20000", "girls", False, None, None)]),
        # a capitalised number word after a figure is part of a name
        (
            "It joined 11 of the 12 Three Seas states.",
            [("11", "states", False, None, None), ("12", "states", False, None, None)],
        ),
        # rates
        ("Police arrest 800 suspects a month.", [("800", "suspects", False, None, "month")]),
        ("The line takes 90 calls per day.", [("90", "calls", False, None, "day")]),
        ("The fund pays out 40 grants each week.", [("40", "grants", False, None, "week")]),
        ("Inspectors visit 300 sites annually.", [("300", "sites", False, None, "year")]),
        ("Prices rise by an annual figure of 3%.", [("3", "percent", False, None, "year")]),
        # percentages
        ("Some 92% of messages were flagged.", [("92", "percent", True, None, None)]),
        ("Just 12 per cent of parents knew.", [("12", "percent", False, None, None)]),
        ("Support fell by 4 percentage points.", [("4", "percentage point", False, None, None)]),
        ("More than half agreed.", [("50", "percent", False, "min", None)]),
        ("One in five pupils said so.", [("20", "percent", False, None, None)]),
        # money
        ("The ministry gave £5.2m to the scheme.", [("5200000", "GBP", False, None, None)]),
        ("It will spend €1.5 billion.", [("1500000000", "EUR", False, None, None)]),
        ("A budget of 300 million euros was set.", [("300000000", "EUR", False, None, None)]),
        ("The US$40 million grant", [("40000000", "USD", False, None, None)]),
        ("Grants of up to $10bn are planned.", [("10000000000", "USD", False, "max", None)]),
        # measures and targets
        (
            "Keep warming below 1.5°C this century.",
            [("1.5", "degrees Celsius", False, "max", None)],
        ),
        ("They aim for at least 11 terawatts (TW).", [("11", "terawatts", False, "min", None)]),
        # group words
        ("A 95-strong delegation of mayors arrived.", [("95", "mayors", False, None, None)]),
        # a vague magnitude is no cited figure (every annotation convention of the project)
        ("Thousands of parents wrote in.", []),
        # partitives and coordination
        (
            "Analysts graded 5,100 pieces of footage.",
            [("5100", "pieces of footage", False, None, None)],
        ),
        (
            "The pact counts 812 companies and charities.",
            [("812", "companies and charities", False, None, None)],
        ),
    ],
)
def test_constructions(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rules took effect in 2021 and were reviewed on 4 May 2023.",
        "A 45-year-old teacher was charged.",
        "The survey covered pupils aged 11 to 16.",
        "For help, call (555) 201-3344 or 1-800-555-0199.",
        "It was the fourth meeting and the 23rd report.",
        "Delegates met at COP28 and the G7 summit.",
        "Under section 12(3) of the Act, Volume 402 applies.",
        "1. Scope of the code",
        "It is one of the first-ever agreements.",
        "A three-step process and a month-long review were set out.",
        "The session closed at 18:30.",
        "The debate began at 10.15am, and a 16-year-old pupil spoke.",
        "Under Article 5(2), operators of 5G and Web3 services at COP30 must comply.",
        "The P5 and the G20 met; the line is open 24/7 on 0808 800 5000.",
        "It was the second review since Covid-19 and the 14th this decade.",
        "The motion passed 52-48 after a 50-50 tie on the amendment.",
        "A spokesperson, 44, and Tom Reyes, 39, gave evidence.",
    ],
)
def test_exclusions(text: str) -> None:
    assert stats(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its 45 members met.[3] Another vote followed.[4]",
            [("45", "members", False, None, None)],
        ),
        ("Seven out of 10 pupils agreed.", [("70", "percent", False, None, None)]),
        (
            "It was ratified by 31 of the 40 eligible states.",
            [("31", "states", False, None, None), ("40", "states", False, None, None)],
        ),
        ("Staff at 10 Downing Street met 12 mayors.", [("12", "mayors", False, None, None)]),
        ("Phone 0300 123 4567 to reach 5 advisers.", [("5", "advisers", False, None, None)]),
        ("The app has 150m monthly active users.", [("150000000", "users", False, None, "month")]),
        ("The forum drew 2m weekly visitors.", [("2000000", "visitors", False, None, "week")]),
        ("The unit, with a staff of about 40, opened.", [("40", "staff", True, None, None)]),
        ("Fines reach 4% of annual revenue.", [("4", "percent", False, None, None)]),
        ("By June the tally had passed 40.", [("40", None, False, "min", None)]),
        (
            "Last spring, 30 schools joined the scheme. By June the tally had passed 40.",
            [("30", "schools", False, None, None), ("40", "schools", False, "min", None)],
        ),
        (
            "The guide was viewed nearly 80,000 times a week.",
            [("80000", "views", True, None, "week")],
        ),
        ("The board met 14 times.", [("14", "times", False, None, None)]),
        ("The assembly passed 12 bills.", [("12", "bills", False, None, None)]),
        ("Enrolments topped 5,000 last week.", [("5000", "Enrolments", False, "min", None)]),
        (
            "It funds 40 Safer Schools Online (SSO) support hubs.",
            [("40", "hubs", False, None, None)],
        ),
        ("The group hired 12 Youth Panel mentors.", [("12", "mentors", False, None, None)]),
        (
            "Helpline calls that mentioned online grooming rose to 4,200.",
            [("4200", "calls", False, None, None)],
        ),
        (
            "Tips to the U.K. Office for Families & Young Carers rose to 900.",
            [("900", "Tips", False, None, None)],
        ),
        ("Visits to the Centre for Children rose to 800.", [("800", "Visits", False, None, None)]),
        (
            "Staff logged 540 referrals in the first nine months, up from 310 a year before.",
            [
                ("540", "referrals", False, None, None),
                ("310", "referrals", False, None, None),
            ],
        ),
        ("Just under a quarter said they felt safe.", [("25", "percent", False, "max", None)]),
        ("The plan ran for over a quarter century.", []),
        (
            "Ports emit about 30 million tonnes of CO2 a year.",
            [("30000000", "tonnes of CO2", True, None, "year")],
        ),
        (
            "Around half of the 1,000 adults agreed.",
            [("50", "percent", True, None, None), ("1000", "adults", False, None, None)],
        ),
        (
            "There were 7,500 arrests, 1,200 of them of boys aged 16 or 17.",
            [("7500", "arrests", False, None, None), ("1200", "arrests", False, None, None)],
        ),
        ("Of these, 300 were girls.", [("300", None, False, None, None)]),
        ("Some 43 police forces took part.", [("43", "forces", True, None, None)]),
        (
            "Envoys from 27 governments and heads of firms met.",
            [("27", "governments", False, None, None)],
        ),
        ("This week 50 schools closed.", [("50", "schools", False, None, None)]),
        (
            "The line took 9,100 calls, an average of 25 a day.",
            [("9100", "calls", False, None, None), ("25", "calls", False, None, "day")],
        ),
        (
            "Complaints rose by a third to 9,400.",
            [(THIRD, "percent", False, None, None), ("9400", "Complaints", False, None, None)],
        ),
        (
            "The 12 states have a population of about 90 million.",
            [("12", "states", False, None, None), ("90000000", "people", True, None, None)],
        ),
        # the subject of a change verb: its head, not a noun of an attached phrase
        (
            "Phishing emails to school districts in the region climbed from 15 to 48.",
            [("15", "emails", False, None, None), ("48", "emails", False, None, None)],
        ),
        (
            "The audit found that referrals of pupils to social care fell to 2,300.",
            [("2300", "referrals", False, None, None)],
        ),
        # "from X to <hedge> Y NOUN": the start takes the end's noun
        (
            "Grants went from 120 to almost 400 awards.",
            [("120", "awards", False, None, None), ("400", "awards", True, None, None)],
        ),
        # a rate after an "of" phrase
        (
            "The schemes handle around 3 million tonnes of food waste every year.",
            [("3000000", "tonnes of food waste", True, None, "year")],
        ),
        (
            "Moderators removed 800 posts of harmful content a day.",
            [("800", "posts", False, None, "day")],
        ),
        # "and a half", listed counts, vague magnitudes in a coordination
        (
            "Almost three and a half million adults and one and a half per cent of firms.",
            [("3500000", "adults", True, None, None), ("1.5", "percent", False, None, None)],
        ),
        (
            "Regulators closed 2.1 million, 800,000 and 95,000 accounts.",
            [
                ("2100000", "accounts", False, None, None),
                ("800000", "accounts", False, None, None),
                ("95000", "accounts", False, None, None),
            ],
        ),
        (
            "Hundreds of councils and 1,000 schools signed.",
            [("1000", "schools", False, None, None)],
        ),
        # measures glued to the figure
        (
            "Warming reached 1.3C and coastal waters rose 18cm.",
            [
                ("1.3", "degrees Celsius", False, None, None),
                ("18", "cm", False, None, None),
            ],
        ),
        # statistics bulletin wording
        (
            "The rate rose by 2.4 percentage points to 31.5% of pupils.",
            [
                ("2.4", "percentage point", False, None, None),
                ("31.5", "percent", False, None, None),
            ],
        ),
        (
            "Some 1 in 4 carers and one in every 20 nurses reported it every month.",
            [("25", "percent", True, None, None), ("5", "percent", False, None, None)],
        ),
        (
            "Ministers pledged £7.5m, the bloc €3bn and the bank US$40 million.",
            [
                ("7500000", "GBP", False, None, None),
                ("3000000000", "EUR", False, None, None),
                ("40000000", "USD", False, None, None),
            ],
        ),
        # "half a million", a rate after a per-capita denominator
        (
            "Half a million pounds went to 3 charities.",
            [("500000", "GBP", False, None, None), ("3", "charities", False, None, None)],
        ),
        (
            "Places cost about £9,000 per pupil per year.",
            [("9000", "GBP", True, None, "year")],
        ),
        # a rate adjective before a copula: amounts only
        (
            "The agency's annual budget is roughly €80m; the annual review was 60 pages.",
            [("80000000", "EUR", True, None, "year"), ("60", "pages", False, None, None)],
        ),
        # a rate opening the sentence
        (
            "Every week, roughly 650 children contact the service.",
            [("650", "children", True, None, "week")],
        ),
        (
            "Annually, insurers pay out £40m; 15% of claims fail.",
            [("40000000", "GBP", False, None, "year"), ("15", "percent", False, None, None)],
        ),
        # a year as a reference point, even after a hedge
        (
            "Emissions must fall to at least 40% under 2019 levels.",
            [("40", "percent", False, "min", None)],
        ),
    ],
)
def test_more_constructions(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_of_these_borrows_from_the_previous_sentence() -> None:
    text = "The line took 9,000 calls. Of these, 1,200 came from schools."
    assert rows(text) == [
        ("9000", "calls", False, None, None),
        ("1200", "calls", False, None, None),
    ]


def test_borrowed_units() -> None:
    text = (
        "Analysts examined 11,800 images, of which 2,300 were judged criminal. "
        "Of these images, 1,900 were realistic."
    )
    assert rows(text) == [
        ("11800", "images", False, None, None),
        ("2300", "images", False, None, None),
        ("1900", "images", False, None, None),
    ]


def test_number_of_gives_the_unit() -> None:
    text = "The plan raises the number of blocked sites from about 500 to up to 20,000."
    assert rows(text) == [
        ("500", "sites", True, None, None),
        ("20000", "sites", False, "max", None),
    ]


def test_repeated_figure_keeps_its_unit() -> None:
    text = (
        "A 60-strong coalition of cities and regions signed. "
        "Later the 60-strong coalition met again."
    )
    assert [r[1] for r in rows(text)] == ["cities and regions", "cities and regions"]


def test_hedge_covers_coordinated_percentages() -> None:
    text = "Fewer than 6 per cent of teachers and 15 per cent of pupils replied."
    assert rows(text) == [
        ("6", "percent", False, "max", None),
        ("15", "percent", False, "max", None),
    ]


def test_rate_covers_both_ends_of_a_change() -> None:
    text = "It aims to lift output from roughly 3% to an annual figure of 6%."
    assert rows(text) == [
        ("3", "percent", True, None, "year"),
        ("6", "percent", False, None, "year"),
    ]


def test_ranges() -> None:
    assert rows("Between 10 and 20 clinics closed.") == [
        ("10", "clinics", False, "min", None),
        ("20", "clinics", False, "max", None),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Between 30,000 and 45,000 families were waiting for a place.", ["30000", "45000"]),
        ("Take-up stood at 61-64% across the regions.", ["61", "64"]),
        ("Estimates range from £520,000 to £530,000 for the pilot.", ["520000", "530000"]),
        ("Grants ranging from $5m to $7m went to councils.", ["5000000", "7000000"]),
        ("The service answered 120 to 150 calls a day.", ["120", "150"]),
    ],
)
def test_a_stated_range_is_min_and_max_linked(text: str, values: list[str]) -> None:
    found = stats(text)
    assert [str(s.value) for s in found] == values
    assert [s.bound and s.bound.value for s in found] == ["min", "max"]
    assert found[0].range_id is not None
    assert found[0].range_id == found[1].range_id
    assert found[0].range_id.startswith("rng_")


@pytest.mark.parametrize(
    "text",
    [
        "Referrals rose from 39% to 55% over the period.",
        "The fund grew from £2m to £3m after the review.",
        "Schools reported 30 incidents and 45 complaints.",
    ],
)
def test_a_change_or_two_figures_is_not_a_range(text: str) -> None:
    found = stats(text)
    assert len(found) == 2
    assert all(s.range_id is None and s.bound is None for s in found)


def test_two_ranges_get_two_ids() -> None:
    found = stats("Between 10 and 20 clinics and between 30 and 40 hubs opened.")
    ids = [s.range_id for s in found]
    assert ids[0] == ids[1] != ids[2] == ids[3]


@pytest.mark.parametrize(
    ("text", "bound"),
    [("More than 10-20 clinics closed.", "min"), ("Up to 10-20 clinics closed.", "max")],
)
def test_a_hedge_before_a_range_bounds_both_ends(text: str, bound: str) -> None:
    assert [row[3] for row in rows(text)] == [bound, bound]


def test_every_mention_counts() -> None:
    text = "Police made 120 arrests.\nPolice made 120 arrests, officials said."
    assert [s.value for s in stats(text)] == [Decimal(120), Decimal(120)]


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("The regulator issued a $610,500 fine to the platform.", None, "USD"),
        ("Australia's eSafety regulator issued a $610,500 fine.", None, "AUD"),
        ("The regulator issued a $610,500 fine.", "https://www.esafety.gov.au/news", "AUD"),
        ("New Zealand's department spent $2 million.", None, "NZD"),
        ("Canada's minister announced $4 million.", None, "CAD"),
    ],
)
def test_dollar_follows_the_article(text: str, source: str | None, code: str) -> None:
    money = [s for s in stats(text, source) if s.unit and s.unit.isupper()]
    assert [s.unit for s in money] == [code]


def test_determiners_and_common_nouns_are_not_sources() -> None:
    assert [x.attributed_to for x in stats("A survey of 900 parents found 40% agreed.")] == [
        None,
        None,
    ]
    assert stats("Schools reported 30 incidents.")[0].attributed_to is None


def test_attribution() -> None:
    text = "The National Crime Agency (NCA) estimates 92% of referrals could be lost."
    (s,) = stats(text)
    assert s.attributed_to == "National Crime Agency"
    (s,) = stats("According to the Data Office, 4,000 firms filed late.")
    assert s.attributed_to == "Data Office"


def test_subject_and_span() -> None:
    text = "Watchdogs counted 20,254 AI-generated images uploaded to one forum."
    (s,) = stats(text)
    assert s.text == "20,254 AI-generated images"
    assert s.span.slice(text) == s.text
    assert s.subject == "AI-generated images"
    assert s.unit == "images"


def test_explicit_sentences_are_used() -> None:
    text = "Officials found 40 sites. They closed 12."
    spans = split_sentences(text)
    assert rows(text) == [("40", "sites", False, None, None), ("12", None, False, None, None)]
    assert extract_statistics(Article(text=text), spans) == stats(text)


# -- properties ----------------------------------------------------------------------------

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """English words for 1 <= n <= 999 ("a hundred and two" style with "and")."""
    parts: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
    if rest:
        if parts:
            parts.append("and")
        if rest < 10:
            parts.append(_ONES[rest])
        elif rest < 20:
            parts.append(_TEENS[rest - 10])
        else:
            tens, ones = divmod(rest, 10)
            parts.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    return " ".join(parts)


@st.composite
def rendered_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number as digits, with separators, in words or with a scale word."""
    style = draw(st.sampled_from(["digits", "separators", "words", "scale"]))
    if style == "digits":
        n = draw(st.integers(2, 999))
        return str(n), Decimal(n)
    if style == "separators":
        n = draw(st.integers(1_000, 9_999_999))
        return f"{n:,}", Decimal(n)
    if style == "words":
        n = draw(st.integers(2, 999))
        return in_words(n), Decimal(n)
    whole = draw(st.integers(1, 99))
    tenth = draw(st.integers(0, 9))
    scale, mult = draw(st.sampled_from([("million", 10**6), ("billion", 10**9)]))
    shown = f"{whole}.{tenth}" if tenth else str(whole)
    return f"{shown} {scale}", Decimal(shown) * mult


_HEDGES = [
    ("", False, None),
    ("nearly ", True, None),
    ("about ", True, None),
    ("around ", True, None),
    ("almost ", True, None),
    ("roughly ", True, None),
    ("an estimated ", True, None),
    ("at least ", False, Bound.MIN),
    ("more than ", False, Bound.MIN),
    ("over ", False, Bound.MIN),
    ("in excess of ", False, Bound.MIN),
    ("up to ", False, Bound.MAX),
    ("fewer than ", False, Bound.MAX),
    ("less than ", False, Bound.MAX),
    ("as many as ", False, Bound.MAX),
]
_UNITS = ["children", "reports", "images", "offenders", "referrals", "websites", "schools"]
_RATES = [
    ("", None),
    (" a month", "month"),
    (" per year", "year"),
    (" each week", "week"),
    (" annually", "year"),
    (" a day", "day"),
]


@given(
    rendered_numbers(),
    st.sampled_from(_HEDGES),
    st.sampled_from(_UNITS),
    st.sampled_from(_RATES),
    st.sampled_from(["Officials said ", "The report found that ", "In the survey, "]),
)
def test_generated_sentences_round_trip(
    number: tuple[str, Decimal],
    hedge: tuple[str, bool, Bound | None],
    unit: str,
    rate: tuple[str, str | None],
    opening: str,
) -> None:
    shown, value = number
    hedge_text, approx, bound = hedge
    rate_text, per = rate
    phrase = f"{hedge_text}{shown} {unit}{rate_text}"
    text = f"{opening}{phrase} were recorded."
    (s,) = stats(text)
    assert s.value == value
    assert (s.unit, s.approx, s.bound, s.per) == (unit, approx, bound, per)
    assert s.text == phrase
    assert s.span.slice(text) == s.text


@given(rendered_numbers(), st.sampled_from(["%", " per cent", " percent"]))
def test_generated_percentages(number: tuple[str, Decimal], sign: str) -> None:
    shown, value = number
    text = f"The study found {shown}{sign} of teachers agreed."
    (s,) = stats(text)
    assert (s.value, s.unit) == (value, "percent")
    assert s.span.slice(text) == s.text


@given(st.text())
def test_never_crashes_and_spans_slice(text: str) -> None:
    for s in stats(text):
        assert 0 <= s.span.start < s.span.end <= len(text)
        assert s.span.slice(text) == s.text


_SOUP = st.sampled_from(
    [
        "12",
        "1,500",
        "2024",
        "3.5",
        "%",
        "$",
        "£",
        " ",
        ", ",
        ". ",
        "\n",
        "-",
        "to",
        "and",
        "of",
        "the",
        "more than",
        "up to",
        "nearly",
        "a month",
        "per",
        "cent",
        "million",
        "children",
        "reports",
        "aged",
        "between",
        "half",
        "thousands",
        "strong",
        "coalition",
        "Of these",
        "number",
        "from",
        "annual",
        "figure",
        "or more",
        "in",
        "one",
    ]
)


@given(st.lists(_SOUP, max_size=50).map(" ".join))
def test_never_crashes_on_figure_soup(text: str) -> None:
    for s in stats(text):
        assert s.span.slice(text) == s.text


@pytest.mark.parametrize(
    "unit",
    [
        "Officials said more than 1,200 children a month, 45% of them aged 12, in 2023. ",
        "12 were seen, ",  # one long sentence of figures without nouns
    ],
)
def test_linear_time(unit: str) -> None:
    small, big = unit * 200, unit * 2000
    t0 = time.perf_counter()
    n_small = len(stats(small))
    t1 = time.perf_counter()
    n_big = len(stats(big))
    t2 = time.perf_counter()
    assert n_big == 10 * n_small
    assert (t2 - t1) < 30 * max(t1 - t0, 1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "Three Seas Initiative summit opens in Warsaw",
        "Five Country Ministerial Statement on Online Harms",
        "Leaders of the Three Seas Initiative met in Riga.",
    ],
)
def test_a_number_word_opening_a_body_name_is_no_figure(text: str) -> None:
    assert stats(text) == ()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The pledge aims to limit warming to 1.5° this century.", "degrees Celsius"),
        ("Leaders agreed to keep the temperature rise below 1.5° C.", "degrees Celsius"),
        ("The ramp rises at an angle of 12° to the quay.", "degrees"),
    ],
)
def test_a_bare_degree_sign_is_celsius_near_a_temperature_word(text: str, unit: str) -> None:
    assert [s.unit for s in stats(text)] == [unit]


def test_a_singular_degree_celsius_is_celsius() -> None:
    assert [s.unit for s in stats("The plan keeps warming to a 2 degree Celsius rise.")] == [
        "degrees Celsius"
    ]
