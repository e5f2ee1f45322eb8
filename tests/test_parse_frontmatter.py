# ruff: noqa: E501
"""Front matter of reports and committee papers, transcripts and short datelines.

Every page here is written for these tests: a committee report's title page, a
briefing transcript, a newsroom item dated "City DD.MM.YYYY" and agency datelines
without a year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from policycorpus.model import PartialDate
from policycorpus.parse import parse_text
from policycorpus.parse._debris import is_debris
from policycorpus.parse._metadata import date_line, dateline_date, place_line

COMMONS_REPORT = (
    "House of Commons\n"
    "Education Committee\n"
    "\n"
    "Safeguarding pupils online: next steps\n"
    "\n"
    "Third Report of Session 2024–25\n"
    "Report, together with formal minutes relating to the report\n"
    "Ordered by the House of Commons to be printed 2 April 2025\n"
    "HC 418\n"
    "Published on 9 April 2025 by authority of the House of Commons\n"
    "\n"
    "2 Training for school staff\n"
    "\n"
    "7. The Department told us that 3,200 designated safeguarding leads had completed the new online safety course by March, against a target of 5,000.\n"
    "\n"
    "8. We recommend that the Department publish a plan, within three months, for reaching every school by the end of 2026.\n"
)

LORDS_REPORT = (
    "HOUSE OF LORDS\n"
    "Select Committee on Communications and Digital\n"
    "2nd Report of Session 2024–25\n"
    "Age checks for social media platforms\n"
    "Ordered to be printed 3 June 2025 and published 10 June 2025\n"
    "Published by the Authority of the House of Lords\n"
    "HL Paper 77\n"
    "\n"
    "1. Over five months we heard from 21 witnesses about the age checks platforms use for younger users.\n"
    "\n"
    "2. The regulator said it expects the largest services to report on their checks twice a year.\n"
)

BRIEFING = (
    "Ministry Press Briefing – March 12, 2025\n"
    "Tom Avery, Chief Spokesperson\n"
    "Ottawa, Ontario\n"
    "10:05 a.m. EDT\n"
    "\n"
    "MR AVERY: Good morning, everyone. Today the ministry is publishing its annual figures on reports of online harm to children, which rose by 12 per cent last year.\n"
    "\n"
    "QUESTION: Is the funding for the new helpline confirmed?\n"
    "\n"
    "MR AVERY: It is. The budget sets aside $4 million for the helpline over two years.\n"
    "\n"
    "QUESTION: Thank you.\n"
)

NEWSROOM = (
    "Newsroom\n"
    "\n"
    "Vienna 14.10.2025\n"
    "\n"
    "Four more countries join regional online child safety network\n"
    "\n"
    "Four countries today joined the regional network for online child safety, bringing its membership to 19 states.\n"
)


def _iso(article_date: PartialDate | None) -> str | None:
    return article_date.isoformat() if article_date else None


def test_commons_report_front_page() -> None:
    article = parse_text(COMMONS_REPORT)
    assert article.title == "Safeguarding pupils online: next steps"
    assert _iso(article.published) == "2025-04-09"  # the "Published on" line, not the print order
    assert article.authors == ()
    paragraphs = [p.span.slice(article.text) for p in article.paragraphs]
    for chrome in ("HC 418", "House of Commons", "Education Committee"):
        assert chrome not in paragraphs
    assert not any("Report of Session" in p or "formal minutes" in p for p in paragraphs)
    assert "3,200 designated safeguarding leads" in article.text


def test_lords_report_front_page() -> None:
    article = parse_text(LORDS_REPORT)
    assert article.title == "Age checks for social media platforms"
    assert _iso(article.published) == "2025-06-10"  # "... and published 10 June 2025"
    assert "HL Paper 77" not in article.text
    assert "Authority of the House" not in article.text


def test_briefing_transcript_title_and_speaker() -> None:
    article = parse_text(BRIEFING)
    assert article.title == "Ministry Press Briefing – March 12, 2025"
    assert _iso(article.published) == "2025-03-12"
    assert article.authors == ()  # the spokesperson speaks; he did not write a byline
    assert "Ottawa, Ontario" not in article.text
    assert "10:05 a.m. EDT" not in article.text
    assert "MR AVERY: Good morning" in article.text


def test_explicit_byline_on_a_transcript_is_kept() -> None:
    raw = BRIEFING.replace("Tom Avery, Chief Spokesperson\n", "By Lena Ortiz\n")
    assert parse_text(raw).authors == ("Lena Ortiz",)


def test_role_byline_without_transcript_is_an_author() -> None:
    raw = (
        "Council Sets Out New Online Safety Plan for Schools\n"
        "Tom Avery, Chief Spokesperson\n"
        "\n"
        "The council today set out a plan to train 600 teachers in online safety over the next year.\n"
    )
    assert parse_text(raw).authors == ("Tom Avery",)


def test_city_and_dotted_date_without_comma() -> None:
    article = parse_text(NEWSROOM)
    assert article.title == "Four more countries join regional online child safety network"
    assert _iso(article.published) == "2025-10-14"
    assert "Vienna 14.10.2025" not in article.text


AGENCY = (
    "Ministers back school online safety officers\n"
    "\n"
    "LONDON, March 5 (Reuters) - Ministers agreed on Wednesday to fund 40 online safety officers for schools, the education department said.\n"
    "\n"
    "The plan follows a review published in {month} that found gaps in staff training.\n"
)


def test_agency_dateline_takes_the_year_stated_on_the_page() -> None:
    article = parse_text(AGENCY.format(month="January 2025"))
    assert _iso(article.published) == "2025-03-05"


def test_agency_dateline_without_any_year_gives_no_date() -> None:
    assert parse_text(AGENCY.format(month="January")).published is None


@pytest.mark.parametrize(
    ("reference", "expected"),
    [(dt.date(2026, 4, 10), "2026-03-05"), (dt.date(2026, 1, 10), "2025-03-05")],
)
def test_agency_dateline_year_from_reference_date(reference: dt.date, expected: str) -> None:
    article = parse_text(AGENCY.format(month="January"), reference_date=reference)
    assert _iso(article.published) == expected


def test_agency_dateline_with_two_years_on_the_page_gives_no_date() -> None:
    raw = AGENCY.format(month="January 2025, a year after the 1 June 2024 audit,")
    assert parse_text(raw).published is None


def test_title_case_headline_naming_a_body_is_still_the_title() -> None:
    raw = (
        "Justice Committee\n"
        "Commission Publishes New Guidance on Child Safety Online\n"
        "\n"
        "The commission today published guidance for 3,000 youth organisations on keeping children safe online.\n"
    )
    article = parse_text(raw)
    assert article.title == "Commission Publishes New Guidance on Child Safety Online"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Washington, D.C.", True),
        ("Wellington, New Zealand", True),
        ("Science, Innovation and Technology Committee", False),
        ("Press Briefing, Room 12", False),
        ("Nairobi", False),  # no comma: could be anything
    ],
)
def test_place_line(line: str, expected: bool) -> None:
    assert place_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HC 612", True),
        ("HL Paper 45", True),
        ("CP 1031-II", True),
        ("1:12 p.m. EST", True),
        ("Second Special Report of Session 2023–24", True),
        ("Chapter 12", False),
        ("COP 29", False),
        ("Ordered by the House of Commons to be printed 3 May 2025", True),
    ],
)
def test_front_matter_is_debris(line: str, expected: bool) -> None:
    assert is_debris(line) is expected


@pytest.mark.parametrize(
    ("line", "iso", "label"),
    [
        ("Strasbourg 05.03.2025", "2025-03-05", "dateline"),
        ("Lisbon 12 May 2025", "2025-05-12", "dateline"),
        ("Published 12 May 2025", "2025-05-12", "published"),
    ],
)
def test_single_word_place_before_date(line: str, iso: str, label: str) -> None:
    found = date_line(line, dayfirst=True)
    assert found is not None
    assert found.date.isoformat() == iso
    assert found.label == label


def test_two_word_lead_without_comma_is_a_byline_not_a_place() -> None:
    found = date_line("Jane Doe 30 Oct 2023", dayfirst=True)
    assert found is not None
    assert found.authors == ("Jane Doe",)


def test_heading_words_are_not_a_dateline_place() -> None:
    assert date_line("Weekly Press Briefing – May 5, 2025", dayfirst=False) is None


def test_yearless_dateline_needs_a_year() -> None:
    assert dateline_date("LONDON, March 5 (Reuters)", dayfirst=False) is None
    found = dateline_date("LONDON, March 5 (Reuters)", dayfirst=False, year=2024)
    assert found == PartialDate(2024, 3, 5)


def test_agency_dateline_on_its_own_line_is_dropped_and_dates_the_page() -> None:
    raw = (
        "Schools to get online safety officers\n"
        "PARIS, June 2 (AFP) -\n"
        "The education ministry said it would fund 40 online safety officers for schools, in a statement dated 2 June 2025.\n"
    )
    article = parse_text(raw)
    assert _iso(article.published) == "2025-06-02"
    assert "AFP" not in article.text


def test_question_and_answer_transcript_with_titled_speaker() -> None:
    raw = (
        "Press conference on the school online safety strategy\n"
        "Minister Jane Doe, Minister for Digital Affairs\n"
        "\n"
        "MINISTER DOE: Thank you for coming. The strategy commits 40 million euros to programmes in schools.\n"
        "\n"
        "Q: When do the first programmes start?\n"
        "\n"
        "MINISTER DOE: In September, in 200 schools.\n"
    )
    article = parse_text(raw)
    assert article.title == "Press conference on the school online safety strategy"
    assert article.authors == ()


def test_check_against_delivery_is_chrome() -> None:
    raw = (
        "Remarks at the launch of the school online safety fund\n"
        "Check against delivery\n"
        "\n"
        "Thank you for being here. The fund will support 300 schools over the next two years.\n"
    )
    assert "Check against delivery" not in parse_text(raw).text


@pytest.mark.parametrize(
    ("line", "expected"),
    [("10:05 a.m. EDT", True), ("9.30am (BST)", True), ("16:00", True), ("12.50 euro", False)],
)
def test_time_stamps_with_zones_are_debris(line: str, expected: bool) -> None:
    assert is_debris(line) is expected
