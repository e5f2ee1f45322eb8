"""policycorpus.dates: explicit dates with precision, relative dates against an anchor."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.dates import DateResolution, find_dates, parse_date, resolve_date
from policycorpus.model import DatePrecision, PartialDate

ANCHOR = PartialDate(2023, 10, 30)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30 Oct 2023", PartialDate(2023, 10, 30)),
        ("October 30th, 2023", PartialDate(2023, 10, 30)),
        ("2023-10-30", PartialDate(2023, 10, 30)),
        ("Thursday 23rd May 2024", PartialDate(2024, 5, 23)),
        ("Wednesday, June 22, 2005", PartialDate(2005, 6, 22)),
        ("Sept. 5, 2021", PartialDate(2021, 9, 5)),
        ("4-5 December 2023", PartialDate(2023, 12, 4)),
        ("March 19-20, 2024", PartialDate(2024, 3, 19)),
        ("October 2023", PartialDate(2023, 10)),
        ("2023", PartialDate(2023)),
        ("12/15/2025", PartialDate(2025, 12, 15)),
        ("  • April 13, 2024 ", PartialDate(2024, 4, 13)),
    ],
)
def test_parse_date_explicit(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


def test_parse_date_keeps_precision() -> None:
    month = parse_date("October 2023")
    assert month is not None
    assert month.precision is DatePrecision.MONTH
    assert month.day is None
    year = parse_date("2031")
    assert year is not None
    assert year.precision is DatePrecision.YEAR


def test_parse_date_dayfirst() -> None:
    assert parse_date("10/07/2025", dayfirst=True) == PartialDate(2025, 7, 10)
    assert parse_date("10/07/2025", dayfirst=False) == PartialDate(2025, 10, 7)
    # an impossible reading is never taken, whatever the preference
    assert parse_date("12/15/2025", dayfirst=True) == PartialDate(2025, 12, 15)
    assert parse_date("25/12/2025", dayfirst=False) == PartialDate(2025, 12, 25)


@pytest.mark.parametrize(
    "text",
    ["", "on Monday", "next week", "hello world", "31 February 2023", "30 October", "13/13/2020"],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("expression", "date", "rule"),
    [
        ("on Monday", PartialDate(2023, 10, 30), "weekday-on-or-before-anchor"),
        ("last Monday", PartialDate(2023, 10, 23), "weekday-before-anchor"),
        ("this Wednesday", PartialDate(2023, 11, 1), "weekday-in-anchor-week"),
        ("next Friday", PartialDate(2023, 11, 3), "weekday-after-anchor"),
        ("last week", PartialDate(2023, 10), "last-week-of-anchor"),
        ("earlier this year", PartialDate(2023), "this-year-of-anchor"),
        ("last year", PartialDate(2022), "last-year-of-anchor"),
        ("last month", PartialDate(2023, 9), "last-month-of-anchor"),
        ("in October", PartialDate(2023, 10), "month-of-anchor-year"),
        ("October 30th", PartialDate(2023, 10, 30), "day-month-of-anchor-year"),
        ("yesterday", PartialDate(2023, 10, 29), "day-before-anchor"),
        ("today", PartialDate(2023, 10, 30), "anchor-day"),
        ("30 Oct 2023", PartialDate(2023, 10, 30), "explicit"),
    ],
)
def test_resolve_date(expression: str, date: PartialDate, rule: str) -> None:
    assert resolve_date(expression, ANCHOR) == DateResolution(date, rule, expression)


@pytest.mark.parametrize("expression", ["on Monday", "last week", "in October", "October 30th"])
def test_relative_without_anchor_is_unresolved(expression: str) -> None:
    assert resolve_date(expression, None) is None


def test_weekday_needs_day_precision_anchor() -> None:
    assert resolve_date("on Monday", PartialDate(2023, 10)) is None
    assert resolve_date("in March", PartialDate(2023)) == DateResolution(
        PartialDate(2023, 3), "month-of-anchor-year", "in March"
    )


def test_find_dates_spans_and_resolutions() -> None:
    text = (
        "Ministers met on Monday, 30 October 2023, and agreed a plan for 2025. "
        "The fund may grow; talks resume in November."
    )
    mentions = find_dates(text, ANCHOR)
    found = {text[m.start : m.end]: m.resolution for m in mentions}
    assert "Monday, 30 October 2023" in found
    assert found["Monday, 30 October 2023"] == DateResolution(
        PartialDate(2023, 10, 30), "explicit", "Monday, 30 October 2023"
    )
    assert found["2025"] is not None
    assert found["2025"].date == PartialDate(2025)
    assert found["in November"] is not None
    assert found["in November"].date == PartialDate(2023, 11)
    assert not any("may" in k for k in found)  # the verb "may" is not a month


def test_find_dates_skips_numbers_that_are_not_years() -> None:
    text = "It cost $2025 and 2,024 people and 2023% growth and 12.2023 units."
    assert [text[m.start : m.end] for m in find_dates(text)] == []


def test_find_dates_relative_unresolved_without_anchor() -> None:
    mentions = find_dates("The pledge was signed last week.")
    assert len(mentions) == 1
    assert mentions[0].resolution is None


def test_never_fills_from_today() -> None:
    today = dt.date.today()
    assert parse_date("30 October") is None
    assert all(m.resolution is None for m in find_dates("It happened on 30 October."))
    resolved = resolve_date("October 30th", PartialDate(1999, 1, 1))
    assert resolved is not None
    assert resolved.date.year == 1999 != today.year


@given(st.text(max_size=200))
def test_find_dates_never_crashes_and_spans_are_inside(text: str) -> None:
    last = 0
    for m in find_dates(text, ANCHOR):
        assert last <= m.start < m.end <= len(text)
        last = m.end
        if m.resolution is not None:
            assert m.resolution.text == text[m.start : m.end]


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_parse_date_round_trips_written_forms(day: dt.date) -> None:
    expected = PartialDate.from_date(day)
    assert parse_date(day.isoformat()) == expected
    assert parse_date(day.strftime("%d %B %Y")) == expected
    assert parse_date(day.strftime("%B %d, %Y")) == expected
    assert parse_date(day.strftime("%A %d %b %Y")) == expected
    assert parse_date(day.strftime("%B %Y")) == PartialDate(day.year, day.month)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the audit published in January 2025 found", PartialDate(2025, 1)),
        ("a review due in March, 2026 will", PartialDate(2026, 3)),
    ],
)
def test_in_month_with_year_is_explicit(text: str, expected: PartialDate) -> None:
    mentions = find_dates(text, ANCHOR)
    assert len(mentions) == 1
    assert mentions[0].resolution is not None
    assert mentions[0].resolution.rule == "explicit"
    assert mentions[0].resolution.date == expected


def test_in_month_without_year_is_anchored() -> None:
    mentions = find_dates("the plan starts in March for schools", PartialDate(2024, 11, 3))
    assert len(mentions) == 1
    assert mentions[0].resolution is not None
    assert mentions[0].resolution.rule == "month-of-anchor-year"


# -- forms real pages use (issue 10) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17-06-2014", PartialDate(2014, 6, 17)),
        ("25-Sep-2023", PartialDate(2023, 9, 25)),
        ("13NOV2017", PartialDate(2017, 11, 13)),
        ("2004 10 Apr", PartialDate(2004, 4, 10)),
        ("25th march 2015", PartialDate(2015, 3, 25)),
        ("Wed Aug 05 12:00:00 2015", PartialDate(2015, 8, 5)),
    ],
)
def test_more_explicit_forms(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 Mai 2022", PartialDate(2022, 5, 11)),
        ("21 Rhagfyr 2023", PartialDate(2023, 12, 21)),
        ("11 de mayo de 2022", PartialDate(2022, 5, 11)),
        ("3 juillet 2021", PartialDate(2021, 7, 3)),
        ("11. toukokuuta 2022", PartialDate(2022, 5, 11)),
        ("5 maja 2020", PartialDate(2020, 5, 5)),
        ("2022. május 11.", PartialDate(2022, 5, 11)),
        ("9 Deireadh Fómhair 2019", PartialDate(2019, 10, 9)),
    ],
)
def test_month_names_of_eu_languages_and_welsh(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


def test_foreign_month_in_page_chrome_is_found() -> None:
    text = "Presseartikel11 Mai 2022Generaldirektion Migration"
    assert [m.resolution.date for m in find_dates(text) if m.resolution] == [
        PartialDate(2022, 5, 11)
    ]


def test_foreign_month_alone_is_not_a_date() -> None:
    assert find_dates("Mai and Medi met the team.") == ()


DATELINE = PartialDate(2024, 5, 17)


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("3 days ago", PartialDate(2024, 5, 14), "days-before-anchor"),
        ("two weeks ago", PartialDate(2024, 5, 3), "weeks-before-anchor"),
        ("a fortnight ago", PartialDate(2024, 5, 3), "weeks-before-anchor"),
        ("in 3 weeks", PartialDate(2024, 6, 7), "weeks-after-anchor"),
        ("six months ago", PartialDate(2023, 11), "months-before-anchor"),
        ("five years ago", PartialDate(2019), "years-before-anchor"),
        ("last decade", PartialDate(2014), "last-decade-of-anchor"),
        ("the day before yesterday", PartialDate(2024, 5, 15), "two-days-before-anchor"),
        ("yesterday", PartialDate(2024, 5, 16), "day-before-anchor"),
    ],
)
def test_relative_counts(text: str, expected: PartialDate, rule: str) -> None:
    found = resolve_date(text, DATELINE)
    assert found is not None
    assert (found.date, found.rule) == (expected, rule)


def test_bare_weekday_in_wire_style() -> None:
    text = "The minister said Thursday that the code would be signed."
    (mention,) = find_dates(text, DATELINE)
    assert text[mention.start : mention.end] == "Thursday"
    assert mention.resolution is not None
    assert mention.resolution.date == PartialDate(2024, 5, 16)


def test_bare_weekday_without_a_reporting_verb_is_not_a_date() -> None:
    assert find_dates("Good Friday talks resumed.", DATELINE) == ()


def test_year_carried_from_an_earlier_date() -> None:
    text = "The report came out on 3 March 2023. On 14 March the group met."
    dates = [m.resolution.date for m in find_dates(text) if m.resolution]
    assert dates == [PartialDate(2023, 3, 3), PartialDate(2023, 3, 14)]


def test_a_time_is_never_a_day() -> None:
    assert find_dates("Updated Sep 10:36") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-02-29T08:15:00Z", PartialDate(2024, 2, 29)),
        ("2024-02-29T08:15:00+01:00", PartialDate(2024, 2, 29)),
        ("2024-02-29 08:15", PartialDate(2024, 2, 29)),
        ("Thu, 29 Feb 2024 08:15:00 GMT", PartialDate(2024, 2, 29)),
        ("Thu, 29 Feb 2024 08:15:00 +0000", PartialDate(2024, 2, 29)),
        ("29 February 2024, 8:15 am", PartialDate(2024, 2, 29)),
        ("the 29th of February, 2024", PartialDate(2024, 2, 29)),
        ("08:15, 29 February 2024", PartialDate(2024, 2, 29)),
        ("08:15 GMT 29 February 2024", PartialDate(2024, 2, 29)),
        ("8.15am - 29 February 2024", PartialDate(2024, 2, 29)),
    ],
)
def test_time_stamps_give_their_date(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1er avril 2022", PartialDate(2022, 4, 1)),
        ("1af Ebrill 2022", PartialDate(2022, 4, 1)),
        ("2il Mehefin 2021", PartialDate(2021, 6, 2)),
        ("3ydd Tachwedd 2020", PartialDate(2020, 11, 3)),
        ("1º de abril de 2022", PartialDate(2022, 4, 1)),
    ],
)
def test_foreign_ordinal_days(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)),
    st.times(),
    st.sampled_from(["T{t}Z", "T{t}+02:00", " {t}", " {t} GMT"]),
)
def test_a_time_after_an_iso_date_keeps_the_date(day: dt.date, time: dt.time, form: str) -> None:
    stamp = day.isoformat() + form.format(t=time.strftime("%H:%M:%S"))
    assert parse_date(stamp) == PartialDate(day.year, day.month, day.day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 and 6 March 2024", PartialDate(2024, 3, 5)),
        ("1 to 3 July 2024", PartialDate(2024, 7, 1)),
        ("June 12 & 13, 2024", PartialDate(2024, 6, 12)),
    ],
)
def test_a_span_of_days_is_dated_by_its_first_day(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


def test_a_span_of_days_inside_a_sentence() -> None:
    text = "Talks were held between 3 and 5 June 2024 in the capital."
    (mention,) = find_dates(text)
    assert text[mention.start : mention.end] == "3 and 5 June 2024"
    assert mention.resolution is not None
    assert mention.resolution.date == PartialDate(2024, 6, 3)


def test_a_wire_weekday_is_dated_against_the_dateline() -> None:
    text = "LISBON, June 7, 2024 - The minister said Friday that the ferry link would reopen."
    weekday = find_dates(text)[-1]
    assert text[weekday.start : weekday.end] == "Friday"
    assert weekday.resolution is not None
    assert weekday.resolution.date == PartialDate(2024, 6, 7)  # a Friday: that day
    assert weekday.resolution.rule == "weekday-on-or-before-earlier-date"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders met on Dec 30, 2023. On 4 January they signed.", PartialDate(2024, 1, 4)),
        ("The pact was signed on 5 January 2024; on 20 December they had agreed it.",
         PartialDate(2023, 12, 20)),
        ("The plan was agreed on 3 March 2023 and reviewed on 10 December.",
         PartialDate(2023, 12, 10)),
    ],
)  # fmt: skip
def test_a_carried_year_crosses_the_new_year_only_nearby(text: str, expected: PartialDate) -> None:
    carried = find_dates(text)[-1]
    assert carried.resolution is not None
    assert carried.resolution.date == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2190, 12, 31)), st.integers(1, 40))
def test_a_carried_date_is_near_its_earlier_date(day: dt.date, gap: int) -> None:
    later = day + dt.timedelta(days=gap)
    text = f"Talks opened on {day:%d %B %Y}. They closed on {later.day} {later:%B}."
    carried = find_dates(text)[-1]
    assert carried.resolution is not None
    assert carried.resolution.date == PartialDate(later.year, later.month, later.day)


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("in a fortnight", PartialDate(2023, 11, 13), "weeks-after-anchor"),
        ("eighteen months ago", PartialDate(2022, 4), "months-before-anchor"),
        ("two decades ago", PartialDate(2003), "decades-before-anchor"),
        ("in a decade", PartialDate(2033), "decades-after-anchor"),
        ("this morning", PartialDate(2023, 10, 30), "anchor-day"),
        ("tonight", PartialDate(2023, 10, 30), "anchor-day"),
    ],
)
def test_more_relative_expressions(text: str, expected: PartialDate, rule: str) -> None:
    (mention,) = find_dates(text, ANCHOR)
    assert mention.resolution is not None
    assert (mention.resolution.date, mention.resolution.rule) == (expected, rule)


# -- the screen: text with no digit and no date word holds no date -------------------------

_DATEISH = st.sampled_from(
    [
        *"aeiou ,.-/\n",
        "on ", "this ", "last ", "next ", "in ", "a ", "an ", "ago", "the ", "by ", "from ",
        "said ", "met ", "signed ", "before ", "after ", "yester", "to", "mor", "row",
        "Mon", "mon", "Tue", "tues", "Wed", "wednes", "Thu", "thur", "thurs", "fri", "sat",
        "sun", "jan", "feb", "Mar", "march", "apr", "May", "may", "jun", "june", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "fort", "night", "week", "mon", "th",
        "year", "decade", "day", "days", "three ", "twelve ", "Earlier ", "later ", "ſ",
        "İ", "K", "1", "12", "2024", "３",
    ]
)  # fmt: skip


@given(st.lists(_DATEISH, max_size=25).map("".join))
def test_text_the_date_screen_passes_over_holds_no_date(text: str) -> None:
    from policycorpus.dates import _DATE_CUE, _EXPLICIT

    if _DATE_CUE.search(text) is None:
        assert _EXPLICIT.search(text) is None
        assert find_dates(text) == ()


@pytest.mark.parametrize(
    "text",
    ["next Thurs", "He said Thursday", "two weeks ago", "in March", "a fortnight ago", "today"],
)
def test_dates_without_digits_pass_the_screen(text: str) -> None:
    assert find_dates(text)


_PIECES = (
    "The ministers announced wednesday ",
    "Wednes., Sept. 5 ",
    "Mon, 5 Jan 2020 ",
    "earlier this year ",
    "in seventeen days ",
    "the day before yesterday ",
    "in March ",
    "2023-09-25 ",
    "4/5/23 ",
    "12 Mai 2022 ",
    "salmon, 5 Jan 2020 ",
    "the fund of 2,400 ",
    "officials met ",
    "a report on policy ",
    "x" * 40,
    "\n",
    ", ",
)


@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(0, 3))
def test_find_dates_reads_what_a_scan_of_every_position_reads(pieces: list[str], cut: int) -> None:
    """Starting near the date cues (digits, date words) finds every date a scan from each
    position finds, at the same offsets."""
    from policycorpus import dates

    text = "".join(pieces)[cut:]
    every = [(m.span(), m.lastgroup) for m in dates._EXPLICIT.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in dates._date_matches(text)] == every
    assert [(d.start, d.end) for d in find_dates(text)] == [
        (m.start("wire_d") if m.lastgroup == "wire" else m.start(), m.end())
        for m in dates._EXPLICIT.finditer(text)
        if not dates._lower_case_month(m)
    ]
