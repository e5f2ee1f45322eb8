"""Statistics in prose from many countries, and the refinements of the second held-out round.

Every sentence here is written for the test; none is copied from a corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article

Row = tuple[str, str | None, bool, str | None, str | None]


def rows(text: str) -> list[Row]:
    """(value, unit, approx, bound, per) of every statistic."""
    return [
        (str(s.value), s.unit, s.approx, s.bound.value if s.bound else None, s.per)
        for s in extract_statistics(Article(text=text))
    ]


def spans(text: str) -> list[str]:
    """The surface text of every statistic."""
    return [text[s.span.start : s.span.end] for s in extract_statistics(Article(text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # South Asian scales
        (
            "The helpline answered 3.6 lakh calls in the year.",
            [("360000", "calls", False, None, None)],
        ),
        (
            "The state set aside ₹2,400 crore for shelters.",
            [("24000000000", "INR", False, None, None)],
        ),
        (
            "Schools received about ₹85 crore every year.",
            [("850000000", "INR", True, None, "year")],
        ),
        (
            "The scheme reached more than 1.2 crore families.",
            [("12000000", "families", False, "min", None)],
        ),
        ("The budget is ₹1.5 lakh crore.", [("1500000000000", "INR", False, None, None)]),
        ("The fund holds Rs. 640 crore.", [("6400000000", "INR", False, None, None)]),
        ("The fund holds Rs 12 lakh.", [("1200000", "INR", False, None, None)]),
        # letter prefixes and other symbols
        ("The county will commit Sh1.8 billion.", [("1800000000", "KES", False, None, None)]),
        ("Donors gave KSh 40 million.", [("40000000", "KES", False, None, None)]),
        ("The rollout costs R3bn.", [("3000000000", "ZAR", False, None, None)]),
        ("The grant was RM12 million.", [("12000000", "MYR", False, None, None)]),
        ("Fines reach ₱5 million.", [("5000000", "PHP", False, None, None)]),
        ("The ministry spent 4 billion shillings.", [("4000000000", "KES", False, None, None)]),
        ("The agency spent PKR 900 million.", [("900000000", "PKR", False, None, None)]),
        # pence
        ("A text message costs 12p.", [("0.12", "GBP", False, None, None)]),
        ("The levy is 75p a day.", [("0.75", "GBP", False, None, "day")]),
    ],
)
def test_world_money_and_scales(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The A1 road and the R2 route were closed.",
        "The meeting starts at 5p.m. on Friday.",
        "Lane B12 is shut.",
        "Clips were shared in 1080p.",
        "The amendment passed 298 to 240.",
        "Clinics serve children in remote districts under 5.",
        "Senators voted 61 to 38 in favour.",
    ],
)
def test_letter_prefixes_need_their_shape(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge distributes over a coordination of amounts
        (
            "The regulator can fine up to €5 million or 4% of global turnover.",
            [("5000000", "EUR", False, "max", None), ("4", "percent", False, "max", None)],
        ),
        (
            "About 40 or 50 sites were inspected.",
            [("40", "sites", True, None, None), ("50", "sites", True, None, None)],
        ),
        (
            "More than 300 schools and 40 colleges signed up.",
            [("300", "schools", False, "min", None), ("40", "colleges", False, None, None)],
        ),
        # comparatives as hedges
        ("Damages can be as high as $2m.", [("2000000", "USD", False, "max", None)]),
        ("The bill could exceed £3bn.", [("3000000000", "GBP", False, "min", None)]),
        ("Prices fell to as low as 40 cents.", [("40", "cents", False, "min", None)]),
        ("Perhaps one in four apps checks ages.", [("25", "percent", True, None, None)]),
    ],
)
def test_hedges_and_coordination(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an age given through "age ... is"
        "The typical age at which pupils get a phone is 11.",
        "The age of consent remains sixteen.",
        # a capitalised number word naming a company in a list
        "Sky, Three and BT met the minister.",
        # emergency numbers naming a service
        "The regulator examined a 999 outage at one network.",
        "Each 911 call is logged.",
        "Callers faced a 112 service failure.",
        # identifiers after a label
        "Release ID: 4471023",
        "Reference: 88213",
        # a heading number
        "Introduction\n4 The new duties\nOfficials explained the duties.",
    ],
)
def test_not_statistics(text: str) -> None:
    assert rows(text) == []


def test_age_needs_to_be_the_head() -> None:
    assert rows("The age profile of 2,400 pupils shifted.") == [
        ("2400", "pupils", False, None, None)
    ]
    assert rows("The average age of offenders was 31.") == []


def test_service_numbers_still_count_plural_nouns() -> None:
    assert rows("Operators answered 999 calls and 112 people were helped.") == [
        ("999", "calls", False, None, None),
        ("112", "people", False, None, None),
    ]
    assert [r[1] for r in rows("Delegates of 112 member states voted.")] == ["states"]


def test_rate_per_population_is_a_unit() -> None:
    # the denominator is a population, not a time period: it goes in the unit
    assert rows("Referrals reached 61.3 per 10,000 children last year.") == [
        ("61.3", "per 10,000 children", False, None, None)
    ]
    assert rows("The rate was 8.5 per 100,000 pupils in 2023, down from 9 per 100,000.") == [
        ("8.5", "per 100,000 pupils", False, None, None),
        ("9", "per 100,000 pupils", False, None, None),
    ]
    assert rows("The rate stood at 4 per million people.") == [
        ("4", "per million people", False, None, None)
    ]
    # a counted noun before "per" keeps its own unit
    assert rows("Courts heard 4 cases per million people.") == [("4", "cases", False, None, None)]


def test_opening_rate_governs_only_its_clause() -> None:
    text = (
        "Each year, councils handle 52,000 referrals, while the unit, founded with 35 staff,"
        " runs on £2m."
    )
    assert [r[4] for r in rows(text)] == ["year", None, None]
    text = "Each year, 8,000 pupils enrol, up from 6,500 in 2018, and since 2010 some 70,000 have."
    assert [r[4] for r in rows(text)] == ["year", "year", None]
    assert [r[4] for r in rows("Every month, 300 calls and 40 emails arrive.")] == [
        "month",
        "month",
    ]


def test_apposed_figures() -> None:
    # a count set off after a share counts what the share is of
    assert rows("A fifth of complaints, some 3,400, concerned delays.") == [
        ("20", "percent", False, None, None),
        ("3400", "complaints", True, None, None),
    ]
    assert rows("Nearly 30% of trusts (about 60) missed the target.") == [
        ("30", "percent", True, None, None),
        ("60", "trusts", True, None, None),
    ]
    # a share and its exact percentage in brackets: both figures, one subject
    text = "A third (35%) of families said they waited."
    found = extract_statistics(Article(text=text))
    assert [(str(s.value)[:5], s.unit) for s in found] == [("33.33", "percent"), ("35", "percent")]
    assert [s.subject for s in found] == ["families", "families"]
    assert spans(text) == ["A third", "35%"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the subject's head before a relative clause ending at a change verb
        ("Calls to the helpline that concerned scams rose to 9,800 last year.", "Calls"),
        ("Claims that were filed online rose to 300.", "Claims"),
        # a complementiser "that" after a reporting verb is no relative clause
        ("The charity found that referrals of young people rose to 4,100.", "referrals"),
        # comparatives and partitives between a count and its noun
        ("Four more councils joined the scheme.", "councils"),
        ("Two of the signatories withdrew.", "signatories"),
    ],
)
def test_units_from_context(text: str, unit: str) -> None:
    assert [r[1] for r in rows(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "per"),
    [
        # a rate after a participle following the figure
        ("Donors fall short of the £4bn needed annually.", "year"),
        ("Moderators saw 900 posts removed every day.", "day"),
        ("The £2m spent each year on outreach was cut.", "year"),
        # a rate ending the subject before the verb the figure follows
        ("The number of sites checked daily reached 12,000.", "day"),
        ("The sum paid per month was £4,500.", "month"),
        # none
        ("Officers recruited 40 staff last year.", None),
    ],
)
def test_rates_around_verbs(text: str, per: str | None) -> None:
    assert [r[4] for r in rows(text)] == [per]


def test_rate_after_a_range_reaches_both_ends() -> None:
    assert rows("Experts put the gap at an estimated $6–7 billion needed annually.") == [
        ("6000000000", "USD", True, "min", "year"),
        ("7000000000", "USD", True, "max", "year"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each district got Rs 3,40,000.", [("340000", "INR", False, None, None)]),
        ("The portal has 2,15,00,000 users.", [("21500000", "users", False, None, None)]),
        ("Grants of ₹750 cr were cleared.", [("7500000000", "INR", False, None, None)]),
        ("Shelters got 8 lac.", [("800000", None, False, None, None)]),
        ("Lagos set aside N7 billion.", [("7000000000", "NGN", False, None, None)]),
        # a sentence split inside "Rs." does not cut the figure off from its rate
        (
            "The scheme costs Rs. 2.5 lakh per child per year.",
            [("250000", "INR", False, None, "year")],
        ),
        # western grouping is unchanged
        ("The fund holds $1,234,567.", [("1234567", "USD", False, None, None)]),
    ],
)
def test_south_asian_grouping_and_prefixes(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_masks_are_not_naira() -> None:
    assert rows("Staff wore N95 masks.") == []


_PREFIXES = {"₹": "INR", "Rs ": "INR", "Rs. ": "INR", "Sh": "KES", "KSh ": "KES", "₦": "NGN"}
_SCALES = {"": 1, " lakh": 10**5, " crore": 10**7, " million": 10**6, "bn": 10**9}
_RATES = {"": None, " a month": "month", " every year": "year", " per day": "day"}


@given(
    prefix=st.sampled_from(sorted(_PREFIXES)),
    whole=st.integers(min_value=2, max_value=999),
    tenths=st.integers(min_value=0, max_value=9),
    scale=st.sampled_from(sorted(_SCALES)),
    rate=st.sampled_from(sorted(_RATES)),
)
def test_generated_world_money(prefix: str, whole: int, tenths: int, scale: str, rate: str) -> None:
    figure = f"{prefix}{whole}.{tenths}{scale}{rate}"
    text = f"The board approved {figure} for shelters."
    found = extract_statistics(Article(text=text))
    assert len(found) == 1
    s = found[0]
    assert s.value == Decimal(f"{whole}.{tenths}") * _SCALES[scale]
    assert s.unit == _PREFIXES[prefix]
    assert s.per == _RATES[rate]
    assert text[s.span.start : s.span.end].startswith(prefix.strip())


@given(st.text(alphabet="0123456789,.₹RsShN lakhcrore()%\n-", max_size=60))
def test_never_crashes_on_world_soup(text: str) -> None:
    for s in extract_statistics(Article(text=text)):
        assert 0 <= s.span.start < s.span.end <= len(text)


def test_bare_dollar_follows_the_written_dollar() -> None:
    text = "Ministers will spend NZ$8 million, then a further $2m a year."
    assert [r[1] for r in rows(text)] == ["NZD", "NZD"]
    # unless the article's own mentions favour the US dollar
    text = "Congress and the White House backed a C$4m plan in Washington; the FBI adds $1m."
    assert [r[1] for r in rows(text)] == ["CAD", "USD"]


def test_areas() -> None:
    assert rows("Rangers now patrol more than 2,300 sq km of reserve and 15 square miles.") == [
        ("2300", "square kilometres", False, "min", None),
        ("15", "square miles", False, None, None),
    ]


def test_hyphenated_one_in() -> None:
    assert rows("Eight-in-ten carers and 1-in-4 pupils said so.") == [
        ("80", "percent", False, None, None),
        ("25", "percent", False, None, None),
    ]
    assert rows("They sell a 2-in-1 charger.") == []


def test_small_number_after_under_with_a_noun_still_counts() -> None:
    assert rows("Referrals of children fell to under 40 cases a week.") == [
        ("40", "cases", False, "max", "week")
    ]


def test_opening_rate_without_a_comma() -> None:
    assert rows("Each year more than 700 pupils are referred.") == [
        ("700", "pupils", False, "min", "year")
    ]
    assert rows("Every week 30 sites go offline.") == [("30", "sites", False, None, "week")]
    # a subject between the opening and the figure: no rate is assumed
    assert [r[4] for r in rows("Each year the board issues 2 reports.")] == [None]
