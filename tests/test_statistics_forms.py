"""Figures in the forms real pages use: signs, scale letters, slash rates, currencies
written after the number, pounds of weight (issue 10). Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article, Statistic


def stats(text: str) -> tuple[Statistic, ...]:
    return extract_statistics(Article(text=text))


def one(text: str) -> Statistic:
    found = stats(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "shown"),
    [
        ("School attendance moved -0.3% over the term.", "-0.3", "percent", "-0.3%"),
        (
            "Referrals changed by \u22120.5 per cent in March.",
            "-0.5",
            "percent",
            "\u22120.5 per cent",
        ),
        ("The council reported minus £2m in its reserve.", "-2000000", "GBP", "minus £2m"),
        ("Net migration of staff was negative 4 per cent.", "-4", "percent", "negative 4 per cent"),
        ("Operating result: ($4.5 million)", "-4500000", "USD", "($4.5 million)"),
        ("Change in posts: -12 posts", "-12", "posts", "-12 posts"),
    ],
)
def test_a_sign_makes_the_figure_negative(text: str, value: str, unit: str, shown: str) -> None:
    s = one(text)
    assert (s.value, s.unit, s.text) == (Decimal(value), unit, shown)


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 closures affected 30 schools.",
        "Between 10-20 clinics reopened.",
        "The 2024-25 budget funds 30 schools.",
        "The error is plus or minus 3 points.",
    ],
)
def test_hyphens_that_are_not_signs(text: str) -> None:
    assert all(s.value > 0 for s in stats(text))


def test_a_bracketed_conversion_is_not_negative() -> None:
    found = stats("The plan costs $12 billion (£8.75 billion) over ten years.")
    assert [str(s.value) for s in found[:2]] == ["12000000000", "8750000000"]


def test_t_after_money_is_trillions() -> None:
    assert one("The sector is valued at $1.7T globally.").value == Decimal("1700000000000")


@pytest.mark.parametrize(
    ("text", "per", "shown"),
    [
        ("Carers are paid $15.40/hour under the deal.", "hour", "$15.40/hour"),
        ("The helpline costs £40m/year to run.", "year", "£40m/year"),
        ("Reports grew 12 per cent a year.", "year", "12 per cent a year"),
        ("Calls rose 250 per cent year on year.", "year", "250 per cent year on year"),
        ("Calls rose 20% year-on-year.", "year", "20% year-on-year"),
    ],
)
def test_rates(text: str, per: str, shown: str) -> None:
    s = one(text)
    assert (s.per, s.text) == (per, shown)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The fee is 250 € per family.", "250", "EUR"),
        ("The grant was 1.200€ per school.", "1200", "EUR"),
        ("Fines of 100 zł were issued.", "100", "PLN"),
        ("Fines of 500 CHF were issued.", "500", "CHF"),
    ],
)
def test_currencies_after_the_number(text: str, value: str, unit: str) -> None:
    s = one(text)
    assert (s.value, s.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    "text",
    ["Officers seized 4,000 pounds of cannabis.", "The crate weighs 20 pounds when full."],
)
def test_pounds_of_weight_are_not_sterling(text: str) -> None:
    s = one(text)
    assert s.unit == "pounds"


_SYMBOLS = {"£": "GBP", "€": "EUR"}


@given(
    st.integers(1, 999_999),
    st.sampled_from(["-", "\u2212", "minus ", "negative "]),
    st.sampled_from(["", "£", "€"]),
)
def test_signed_figures_keep_their_magnitude(n: int, sign: str, symbol: str) -> None:
    s = one(f"The balance reached {sign}{symbol}{n:,} by March.")
    assert s.value == -n
    assert s.unit == _SYMBOLS.get(symbol, s.unit)


@given(st.integers(1, 9_999), st.sampled_from(["m", "bn", "T"]), st.sampled_from(["$", "£", "€"]))
def test_scale_letters_after_money(n: int, letter: str, symbol: str) -> None:
    factor = {"m": 10**6, "bn": 10**9, "T": 10**12}[letter]
    assert one(f"Funding of {symbol}{n}{letter} was agreed.").value == n * factor


@given(st.integers(1, 999), st.sampled_from(sorted({"€": "EUR", "zł": "PLN", "CHF": "CHF"})))
def test_currency_after_the_number_property(n: int, symbol: str) -> None:
    s = one(f"Each school received {n} {symbol} in the pilot.")
    assert s.value == n
    assert s.unit == {"€": "EUR", "zł": "PLN", "CHF": "CHF"}[symbol]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fund supports hundred and twelve schools.", "112"),
        ("A hundred and five clinics opened.", "105"),
    ],
)
def test_hundred_and_a_number(text: str, value: str) -> None:
    assert one(text).value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About one sixth of pupils took part.", "16.6666666667"),
        ("A seventh of referrals were closed.", "14.2857142857"),
        ("Three eighths of staff agreed.", "37.5"),
        ("One in seven children were affected.", "14.2857142857"),
        ("One in eight families applied.", "12.5"),
    ],
)
def test_fractions_beyond_tenths_at_a_stated_precision(text: str, value: str) -> None:
    s = one(text)
    assert (s.value, s.unit) == (Decimal(value), "percent")


def test_an_ordinal_is_not_a_fraction() -> None:
    assert stats("The sixth meeting of the group was held in the capital.") == ()


def test_the_head_noun_is_the_unit_past_a_trade_mark() -> None:
    s = one("Analysts logged more than 36 million HelpLine® reports last year.")
    assert s.unit == "reports"


@pytest.mark.parametrize(
    "text",
    [
        "Only 30 remain open after the review.",
        "About 30 remained in care at the end of the year.",
    ],
)
def test_a_verb_is_never_the_unit(text: str) -> None:
    assert one(text).unit is None


@pytest.mark.parametrize(
    "text",
    [
        "She turns 40 next year.",
        "He will be 30 in May.",
        "Alpha 32 Ltd signed the code.",
        "Voyager 2 launched in 1977.",
        "Answered on 21 Rhagfyr 2023 by the minister.",
        "Pressemitteilung 11 Mai 2022 der Kommission.",
    ],
)
def test_not_figures(text: str) -> None:
    assert stats(text) == ()


@pytest.mark.parametrize(
    "text",
    ["The panel turned 40 applications down.", "The total will be 30 by May."],
)
def test_counts_after_turn_and_be_without_a_person(text: str) -> None:
    assert len(stats(text)) == 1


@pytest.mark.parametrize(
    ("sentence", "per"),
    [
        ("Emissions fell to 4 tonnes per capita by 2030.", "capita"),
        ("The grant is £40 per person in the region.", "person"),
        ("Each region spends about €6 per EU citizen on flood defence.", "citizen"),
        ("Schools receive £300 per pupil for the programme.", "pupil"),
        ("The levy is 12 pence per unit sold.", None),
        ("Turnout rose by 5 per cent in the region.", None),
    ],
)
def test_a_rate_per_person_names_its_denominator(sentence: str, per: str | None) -> None:
    (figure,) = [s for s in stats(sentence) if s.value != 2030]
    assert figure.per == per


def test_an_infobox_row_gives_its_value_a_unit() -> None:
    found = {
        s.text: (s.unit, s.per)
        for s in stats(
            "Infobox\n- Area Km2: 120,500\n- Population Estimate: 4.2 million\n"
            "- Population Density Km2: 35\n- Gdp Per Capita: $20,250\n- Founded: 2001\n"
        )
    }
    assert found["120,500"] == ("km2", None)
    assert found["4.2 million"] == ("people", None)
    assert found["35"] == ("people", "km2")
    assert found["$20,250"] == ("USD", "capita")
