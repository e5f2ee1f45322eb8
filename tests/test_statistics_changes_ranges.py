"""Figures in more forms real pages use (issue 10): a change's scale word covering both
ends, stated ranges after predicates of a state, fractions of a scale, more fraction
denominators, rate abbreviations, named currencies, measures with a dimension. Sentences
written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article, Bound, Statistic


def stats(text: str) -> tuple[Statistic, ...]:
    return extract_statistics(Article(text=text))


def one(text: str) -> Statistic:
    found = stats(text)
    assert len(found) == 1, found
    return found[0]


# -- a change's scale word covers its start -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Grants to libraries rose from $4 to $6 billion.", ["4000000000", "6000000000"]),
        ("Patient visits increased from 40 to 90 million a year.", ["40000000", "90000000"]),
        ("The rural population fell from 6 to 4 million.", ["6000000", "4000000"]),
        # the scaled start would be far beyond the end: the start is a plain number
        ("Daily riders grew from 900 to 1.1 million.", ["900", "1100000"]),
        ("Members went from 500 to 1.2 million in a decade.", ["500", "1200000"]),
    ],
)
def test_a_change_shares_its_scale_word(text: str, values: list[str]) -> None:
    found = stats(text)
    assert [s.value for s in found] == [Decimal(v) for v in values]
    assert all(s.range_id is None and s.bound is None for s in found)


@given(st.integers(1, 99), st.integers(1, 99), st.sampled_from(["million", "billion", "bn"]))
def test_scale_sharing_property(a: int, b: int, scale: str) -> None:
    factor = {"million": 10**6, "billion": 10**9, "bn": 10**9}[scale]
    sep = "" if scale == "bn" else " "
    found = stats(f"Annual spending on parks went from £{a} to £{b}{sep}{scale}.")
    assert [s.value for s in found] == [a * factor, b * factor]
    assert [s.unit for s in found] == ["GBP", "GBP"]


# -- stated ranges ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The depot lease is worth from £520,000 to £530,000 a year.",
        "The new bridge will cost £5m to £7m.",
        "Repairs are estimated at $4 to $6 billion.",
        "Nurses' salaries are £30,000 to £35,000 a year.",
        "The tender came in from £2m to £3m, depending on the design.",
    ],
)
def test_a_state_before_amounts_states_a_range(text: str) -> None:
    lo, hi = stats(text)
    assert lo.range_id is not None
    assert lo.range_id == hi.range_id
    assert (lo.bound, hi.bound) == (Bound.MIN, Bound.MAX)
    assert lo.value < hi.value
    assert lo.unit == hi.unit


@pytest.mark.parametrize(
    "text",
    [
        "Library budgets increased £5m to £7m this year.",
        "The rise in fees was from 5% to 7%.",
        "The bank cut rates by 0.25% to 4.5%.",
        "Funding for buses was cut from £40m to £30m.",
    ],
)
def test_a_change_stays_two_plain_figures(text: str) -> None:
    found = stats(text)
    assert len(found) == 2
    assert all(s.range_id is None and s.bound is None for s in found)


@given(
    st.integers(1, 5_000),
    st.integers(1, 5_000),
    st.sampled_from(["worth", "cost", "valued at", "estimated at"]),
    st.sampled_from(["£", "$", "€"]),
)
def test_stated_range_property(a: int, gap: int, cue: str, symbol: str) -> None:
    lo, hi = stats(f"The contract is {cue} {symbol}{a:,} to {symbol}{a + gap:,}.")
    assert (lo.value, hi.value) == (Decimal(a), Decimal(a + gap))
    assert (lo.bound, hi.bound) == (Bound.MIN, Bound.MAX)
    assert lo.range_id == hi.range_id is not None


# -- fractions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A quarter of a million households applied.", "250000", "households"),
        ("About three-quarters of a billion people lack clean fuel.", "750000000", "people"),
        ("One tenth of a million pounds went to the parish.", "100000", "GBP"),
        ("Five sixteenths of the moor is protected.", "31.25", "percent"),
        ("A twentieth of the budget funds libraries.", "5", "percent"),
        ("Seven twelfths of the councils replied.", "58.3333333333", "percent"),
    ],
)
def test_fractions_of_a_scale_and_more_denominators(text: str, value: str, unit: str) -> None:
    s = one(text)
    assert (s.value, s.unit) == (Decimal(value), unit)


# -- rates, currencies, measures ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "per", "shown"),
    [
        ("Consumer prices fell 0.4% y/y in April.", "year", "0.4% y/y"),
        ("Exports rose 2% yoy in the quarter.", "year", "2% yoy"),
        ("Tuition is £9,250 p.a. for most courses.", "year", "£9,250 p.a."),
        ("Rooms cost £800 pcm in the city.", "month", "£800 pcm"),
        ("The allowance is £250 pw for carers.", "week", "£250 pw"),
        ("The levy is capped at £1.2m-a-year per firm.", "year", "£1.2m-a-year"),
    ],
)
def test_rate_abbreviations(text: str, per: str, shown: str) -> None:
    s = one(text)
    assert (s.per, s.text) == (per, shown)


@given(
    st.integers(1, 999),
    st.sampled_from(["y/y", "yoy", "YoY", "p.a.", "pcm", "-a-year", "/year"]),
)
def test_rate_abbreviation_property(n: int, rate: str) -> None:
    per = "month" if rate == "pcm" else "year"
    sep = "" if rate[0] in "-/" else " "
    s = one(f"The grant is £{n}{sep}{rate} for each school.")
    assert (s.value, s.unit, s.per) == (Decimal(n), "GBP", per)


def test_percent_written_onto_the_figure() -> None:
    found = stats("Unemployment rose 0.5pc to 4.2pc.")
    assert [(s.value, s.unit) for s in found] == [
        (Decimal("0.5"), "percent"),
        (Decimal("4.2"), "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Rents rose by 0.2 pc in June.", "percent"),
        ("Growth was 3 pc, the survey shows.", "percent"),
        ("The college bought 5 pc units.", "units"),
    ],
)
def test_spaced_pc_is_percent_unless_a_noun_follows(text: str, unit: str) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The firm paid 12 million Swiss francs in fines.", "CHF"),
        ("Each farm received 5,000 South African rand.", "ZAR"),
        ("The loan was 300 million Norwegian kroner.", "NOK"),
        ("The charity raised 2 million Japanese yen.", "JPY"),
        ("The fund holds CN¥3bn in bonds.", "CNY"),
        ("The fund holds RMB 300 million in bonds.", "CNY"),
        ("The fund holds JP¥3bn in bonds.", "JPY"),
    ],
)
def test_named_currencies(text: str, unit: str) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The new sea wall is 3.5 km long.", "km"),
        ("The mast is 100 m tall.", "m"),
        ("The nearest clinic is 40 miles away.", "miles"),
    ],
)
def test_a_dimension_is_not_the_unit(text: str, unit: str) -> None:
    assert one(text).unit == unit


# -- signed ranges ------------------------------------------------------------------------


def test_a_range_of_two_falls_runs_downwards() -> None:
    upper, lower = stats("Output may shrink -5 to -10% next year.")
    assert (upper.value, lower.value) == (Decimal(-5), Decimal(-10))
    assert (upper.unit, lower.unit) == ("percent", "percent")
    assert (upper.bound, lower.bound) == (Bound.MAX, Bound.MIN)
    assert upper.range_id == lower.range_id is not None


@given(st.integers(1, 99), st.integers(1, 99), st.booleans(), st.booleans())
def test_signed_range_property(a: int, b: int, neg_a: bool, neg_b: bool) -> None:
    x, y = (-a if neg_a else a), (-b if neg_b else b)
    found = stats(f"Growth is forecast at between {x} and {y} per cent.")
    if x >= y:
        return  # not a range written low to high
    lo, hi = found
    assert (lo.value, hi.value) == (Decimal(x), Decimal(y))
    assert (lo.bound, hi.bound) == (Bound.MIN, Bound.MAX)
    assert lo.range_id == hi.range_id is not None


# -- names, models and ages ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The iPhone 15 sold well in the first week.",
        "The iPad 10 was launched on Tuesday.",
        "The treasurer, who is 52, opened the new hall.",
        "Her daughter, now 14, joined the youth council.",
        "The driver, 38, was unhurt.",
    ],
)
def test_product_names_and_ages_are_not_figures(text: str) -> None:
    assert stats(text) == ()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A fleet of 20 Airbus A320 aircraft was ordered.", "aircraft"),
        ("The airline bought 12 Boeing 747 jets.", "jets"),
        ("The school received 300 Windows 11 laptops.", "laptops"),
    ],
)
def test_a_model_number_is_inside_the_counted_phrase(text: str, unit: str) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The agency awarded 5,000 Erasmus+ grants.", "grants"),
        ("About 40 NHS trusts took part.", "trusts"),
        ("The 30 G20 members met in the spring.", "members"),
        ("The fund pays for 15 COVID-19 vaccine trials.", "trials"),
    ],
)
def test_a_programme_or_acronym_before_the_head_is_no_unit(text: str, unit: str) -> None:
    assert one(text).unit == unit


# -- decimal commas -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A ticket costs 12,50 € on the day.", "12.5", "EUR"),
        ("The monthly rent is 1.250,00 € for a flat.", "1250", "EUR"),
        ("The admin fee is 7,5 EUR per form.", "7.5", "EUR"),
        ("Inflation was 2,5 % in May.", "2.5", "percent"),
        ("A grant of 1,234 € goes to each club.", "1234", "EUR"),
    ],
)
def test_a_decimal_comma_before_a_currency_or_percent(text: str, value: str, unit: str) -> None:
    s = one(text)
    assert (s.value, s.unit) == (Decimal(value), unit)


def test_a_comma_between_small_numbers_is_a_list() -> None:
    assert [s.value for s in stats("The scores were 3,4 and 5.")] == [3, 4, 5]


@given(
    st.integers(1, 999),
    st.integers(0, 99),
    st.sampled_from(["€", " €", " EUR", "%", " %"]),
)
def test_decimal_comma_property(whole: int, cents: int, after: str) -> None:
    s = one(f"The levy was {whole},{cents:02d}{after} in the pilot.")
    assert s.value == Decimal(f"{whole}.{cents:02d}")
    assert s.unit == ("percent" if "%" in after else "EUR")


# -- time windows -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It has been three weeks since the councils signed the charter.",
        "In only six short months the partners have opened two clinics.",
        "In just two years the scheme has changed how towns recycle.",
    ],
)
def test_elapsed_time_and_opening_windows_are_not_figures(text: str) -> None:
    assert all(s.unit not in {"weeks", "months", "years"} for s in stats(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Waiting times fell to six months since the reform.", "6"),
        ("The depot will be rebuilt in 18 months.", "18"),
    ],
)
def test_a_measured_duration_stays_a_figure(text: str, value: str) -> None:
    assert one(text).value == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "Both ministries signed the plan, and the two will report jointly.",
        "The three agreed to meet again in spring.",
    ],
)
def test_the_two_referring_back_is_not_a_figure(text: str) -> None:
    assert stats(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The two countries agreed to meet.",
        "Talks between our two nations resumed.",
        "The plan lets these two agencies share data.",
    ],
)
def test_the_two_with_a_noun_is_the_pair_named_before(text: str) -> None:
    # every real set annotates "the two leaders" / "our two countries" as no figure (or
    # optional): the pair was named before, nothing is counted
    assert stats(text) == ()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Two countries agreed to meet.", "countries"),
        ("For our three partners the deal matters.", "partners"),
        ("It was founded by its eight founding governments.", "governments"),
    ],
)
def test_a_count_after_a_determiner_other_than_the_pair_is_a_figure(text: str, unit: str) -> None:
    assert one(text).unit == unit


# -- ranges written every way -------------------------------------------------------------

_RANGE_FORMS = (
    "between {c}{a}{s} and {c}{b}{s}{ac}",
    "{c}{a}{s}-{c}{b}{s}{ac}",
    "{c}{a}-{b}{s}{ac}",
    "{c}{a}{s} to {c}{b}{s}{ac}",
    "{c}{a}–{c}{b}{s}{ac}",
)
_SCALES = {"": 1, "m": 10**6, "bn": 10**9, " million": 10**6}


@given(
    st.sampled_from(_RANGE_FORMS),
    st.integers(1, 90),
    st.integers(1, 50),
    st.sampled_from(sorted(_SCALES)),
    st.sampled_from([("£", "", "GBP"), ("€", "", "EUR"), ("", " EUR", "EUR"), ("", " €", "EUR")]),
)
def test_range_property(
    form: str, a: int, gap: int, scale: str, currency: tuple[str, str, str]
) -> None:
    before, after, code = currency
    figure = form.format(a=a, b=a + gap, s=scale, c=before, ac=after)
    lo, hi = stats(f"The repair is estimated at {figure} this year.")
    assert (lo.value, hi.value) == (
        Decimal(a * _SCALES[scale]),
        Decimal((a + gap) * _SCALES[scale]),
    )
    assert (lo.unit, hi.unit) == (code, code)
    assert (lo.bound, hi.bound) == (Bound.MIN, Bound.MAX)
    assert lo.range_id == hi.range_id is not None


def test_a_scaled_low_end_before_a_hyphen_is_no_name() -> None:
    lo, hi = stats("Repairs will cost 41m-66m EUR over the decade.")
    assert (lo.value, hi.value) == (Decimal(41_000_000), Decimal(66_000_000))
    assert lo.range_id == hi.range_id is not None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A million and a half visitors came to the coast.", "1500000", "visitors"),
        ("Two million and a half people voted early.", "2500000", "people"),
        ("A tenth of a per cent of claims were late.", "0.1", "percent"),
        ("Rates rose by half a percentage point.", "0.5", "percentage point"),
        ("Growth of a quarter of one percent was recorded.", "0.25", "percent"),
        ("Three quarters of a percentage point was added.", "0.75", "percentage point"),
    ],
)
def test_halves_of_scales_and_shares_of_a_percent(text: str, value: str, unit: str) -> None:
    s = one(text)
    assert (s.value, s.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("About 1½ million people moved.", "1500000", "people"),
        ("Rents rose 2½% in May.", "2.5", "percent"),
        ("The bank cut rates by 25 basis points.", "25", "basis points"),
        ("The bank cut rates by 25bps on Thursday.", "25", "basis points"),
        ("Turnout rose 3 pct points.", "3", "percentage point"),
        ("Support fell 4 ppts in a month.", "4", "percentage point"),
    ],
)
def test_fraction_characters_and_point_units(text: str, value: str, unit: str) -> None:
    s = one(text)
    assert (s.value, s.unit) == (Decimal(value), unit)


@given(st.integers(1, 999), st.sampled_from(sorted({"½": "0.5", "¼": "0.25", "¾": "0.75"})))
def test_a_fraction_character_after_digits_adds_to_them(n: int, char: str) -> None:
    extra = {"½": "0.5", "¼": "0.25", "¾": "0.75"}[char]
    assert one(f"Fares rose {n}{char}% last year.").value == n + Decimal(extra)


@pytest.mark.parametrize(
    "text",
    [
        "Of the tenants polled, 15 say they will move.",
        "About 40 expect rents to rise.",
        "Some 12 agree with the plan.",
    ],
)
def test_a_present_tense_verb_is_never_the_unit(text: str) -> None:
    assert one(text).unit is None


@pytest.mark.parametrize(
    "text",
    [
        "Veröffentlicht am 14 Juni",
        "Cyhoeddwyd 3 Mehefin",
        "14 Juni | Pressemitteilung",
    ],
)
def test_a_day_before_a_foreign_month_in_chrome_is_no_count(text: str) -> None:
    assert stats(text) == ()


def test_a_foreign_month_name_before_a_noun_is_not_a_date() -> None:
    assert one("The agency flew 12 Mars missions.").value == 12


# -- currencies before and after, signed and scaled ---------------------------------------

_WRITTEN = {
    "before": "{sign}€{n}{scale}",
    "code before": "{sign}EUR {n}{scale}",
    "after": "{sign}{n}{scale} €",
    "glued after": "{sign}{n}{scale}€",
    "code after": "{sign}{n}{scale} EUR",
    "name after": "{sign}{n}{scale} euros",
}


@given(
    st.sampled_from(sorted(_WRITTEN)),
    st.integers(1, 999),
    st.sampled_from(["", "m", "bn"]),
    st.sampled_from(["", "-", "\u2212", "minus "]),
)
def test_a_currency_before_or_after_gives_one_amount(
    place: str, n: int, scale: str, sign: str
) -> None:
    text = _WRITTEN[place].format(sign=sign, n=n, scale=scale)
    s = one(f"The reserve stood at {text} in March.")
    factor = {"": 1, "m": 10**6, "bn": 10**9}[scale]
    assert s.value == Decimal(n * factor * (-1 if sign else 1))
    assert s.unit == "EUR"


@pytest.mark.parametrize(
    ("text", "bound", "approx"),
    [
        ("Pass rates were >90% in the pilot.", Bound.MIN, False),
        ("Only <5% of claims failed.", Bound.MAX, False),
        ("Rates of ≥30% were seen.", Bound.MIN, False),
        ("Losses were ≈40 tonnes.", None, True),
    ],
)
def test_a_comparison_sign_on_a_figure_is_its_bound(
    text: str, bound: Bound | None, approx: bool
) -> None:
    s = one(text)
    assert (s.bound, s.approx) == (bound, approx)


@pytest.mark.parametrize("text", ["The <b>40 staff</b> left.", "A ratio of 2<3 holds."])
def test_a_sign_glued_to_markup_or_a_number_is_no_bound(text: str) -> None:
    assert all(s.bound is None for s in stats(text))


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("Between two and three million homes lack broadband.", ["2000000", "3000000"], "homes"),
        ("Some two to three thousand posts will go.", ["2000", "3000"], "posts"),
        ("Temperatures of 30-35C are forecast.", ["30", "35"], "degrees Celsius"),
        ("Warming of 1.5-2C is likely by 2100.", ["1.5", "2"], "degrees Celsius"),
    ],
)
def test_word_ranges_share_the_scale_and_degrees_after_integers(
    text: str, values: list[str], unit: str
) -> None:
    lo, hi = stats(text)
    assert [lo.value, hi.value] == [Decimal(v) for v in values]
    assert (lo.unit, hi.unit) == (unit, unit)
    assert lo.range_id == hi.range_id is not None


def test_an_integer_with_c_is_degrees_only_near_a_temperature_word() -> None:
    assert one("The heat hit 40C in July.").unit == "degrees Celsius"
    assert stats("Room 30C is closed on Fridays.") == ()
