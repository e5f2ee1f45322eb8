"""The parser's line rules one by one: banners, breadcrumbs, datelines, bylines, labels.

Every line here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus import PartialDate
from policycorpus.dates import parse_date
from policycorpus.parse import parse_article, parse_text
from policycorpus.parse._debris import is_debris
from policycorpus.parse._metadata import byline_names, date_line, dateline_date
from policycorpus.parse._plain import cut_site_name, site_name_cut

BODY = (
    "The ministry said 30 regional teams would review reports of online harm to children.\n\n"
    "A first progress report is due within 12 months, officials said."
)


@pytest.mark.parametrize(
    "line",
    [
        "We and our 310 partners use cookies to improve your experience. Accept all Reject all",
        "We use necessary cookies to make our site work.",
        "Accept optional cookies Reject optional cookies",
        "Home > Policy > Child protection",
        "Home › News",
        "Start » Ministry » Press releases » 2025",
        "Home News Politics Business Sport",
        "Facebook Twitter LinkedIn",
        "Share Print",
        "Share Email Was this page helpful?",
        "Get the best stories from our reporters in your inbox every Friday.",
        "10.45 am",
        "Ends.",
        "For media enquiries contact the press office on 0100 000 0000.",
        "Printable version",
    ],
)
def test_chrome_lines_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "The regulator said some websites place cookies without asking parents.",
        "Home Office announces new funding for child protection teams",
        "International Security",
        "Share of pupils reporting online bullying fell to 18%.",
        "Save the Children welcomed the pledge on Monday.",
        "Follow-up visits will take place in 40 schools.",
        "The vote passed by 310 > 200, the clerk said.",
    ],
)
def test_article_lines_are_not_debris(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    ("line", "expected", "label"),
    [
        ("Geneva, 3 June 2026", PartialDate(2026, 6, 3), "dateline"),
        ("Signed in Lisbon, 14 April 2026", PartialDate(2026, 4, 14), "dateline"),
        ("Done at Strasbourg, 2 October 2025", PartialDate(2025, 10, 2), "dateline"),
        ("Port Moresby, Papua New Guinea, 9 May 2026", PartialDate(2026, 5, 9), "dateline"),
        ("This question was answered on 9 May 2025", PartialDate(2025, 5, 9), "published"),
        ("Asked 2 May 2025", PartialDate(2025, 5, 2), "updated"),
        ("Last updated on 13 February 2026", PartialDate(2026, 2, 13), "updated"),
        ("Date modified: 2025-03-05", PartialDate(2025, 3, 5), "updated"),
        ("Published on 3rd of May 2025", PartialDate(2025, 5, 3), "published"),
    ],
)
def test_date_lines(line: str, expected: PartialDate, label: str) -> None:
    found = date_line(line, dayfirst=None)
    assert found is not None
    assert found.date == expected
    assert found.label == label


@pytest.mark.parametrize(
    "line",
    [
        "The talks in Geneva, 3 June 2026, ended without agreement.",
        "Ministers met in Geneva on 3 June 2026 to agree the plan",
    ],
)
def test_sentences_with_dates_are_not_date_lines(line: str) -> None:
    assert date_line(line, dayfirst=None) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Joanna Kowalczyk | 2 May 2026 | 5 min read", ("Joanna Kowalczyk",)),
        ("Written by Lena Fischer · 5 March 2025 · 4 min read", ("Lena Fischer",)),
        ("Posted on 2025-03-05 by Sam Patel", ("Sam Patel",)),
    ],
)
def test_bylines_with_separators(line: str, names: tuple[str, ...]) -> None:
    found = date_line(line, dayfirst=None)
    assert found is not None
    assert found.authors == names


def test_speaker_line_is_not_a_byline() -> None:
    assert byline_names("The Minister for Schools (Sam Okoro)") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05.03.2025", PartialDate(2025, 3, 5)),
        ("12.11.2025", PartialDate(2025, 11, 12)),
        ("2025/03/05", PartialDate(2025, 3, 5)),
        ("Mar. 5, 2025", PartialDate(2025, 3, 5)),
        ("3rd of May 2025", PartialDate(2025, 5, 3)),
    ],
)
def test_more_explicit_date_forms(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("GOV.UK - Regional teams to review online harm reports", None),
        ("gov.ie - Regional teams to review online harm reports", None),
        ("Regional teams to review online harm reports | Ministry of Health", None),
        ("Regional teams to review online harm reports - Department of Health", None),
        ("Regional teams to review online harm reports - and critics respond", "same"),
        ("Welfare - Regional teams to review online harm reports", "same"),
    ],
)
def test_site_names_are_cut_from_titles(first_line: str, title: str | None) -> None:
    article = parse_text(f"{first_line}\n\n{BODY}")
    expected = first_line if title == "same" else "Regional teams to review online harm reports"
    assert article.title == expected
    assert article.text.startswith(expected)


def test_reference_date_never_becomes_published_or_an_anchor() -> None:
    raw = "Regional teams to review online harm reports\n\nThe plan was agreed last week.\n"
    article = parse_text(raw, reference_date=dt.date(2026, 1, 10))
    assert article.published is None
    assert article.retrieved == dt.date(2026, 1, 10)


def test_hansard_speaker_line_stays_in_text_and_is_not_the_title() -> None:
    raw = (
        "School Safety Standards\n"
        "Volume 801: debated on Monday 2 March 2026\n"
        "The Minister for Schools (Sam Okoro)\n"
        "I beg to move that the House approves the school safety standards.\n"
    )
    article = parse_text(raw)
    assert article.title == "School Safety Standards"
    assert article.published == PartialDate(2026, 3, 2)
    assert "The Minister for Schools (Sam Okoro)" in article.text
    assert article.authors == ()


def test_author_bio_is_dropped_only_at_the_end() -> None:
    raw = (
        "Regional teams to review online harm reports\n"
        "By Nia Roberts\n\n"
        "Nia Roberts is a reporter who has followed the plan since 2024, the editor said.\n\n"
        f"{BODY}\n\n"
        "Nia Roberts is a senior reporter covering child protection policy.\n"
    )
    article = parse_text(raw)
    assert article.authors == ("Nia Roberts",)
    assert "followed the plan" in article.text
    assert "covering child protection" not in article.text


def test_share_buttons_dropped_but_listed_companies_kept() -> None:
    raw = (
        "Platforms sign reporting pledge\n\n"
        f"{BODY}\n\n"
        "The signatories are:\n"
        "• Snap\n"
        "• WhatsApp\n"
        "• TikTok\n\n"
        "Share this page\n"
        "Facebook\n"
        "WhatsApp\n"
    )
    article = parse_text(raw)
    assert article.text.count("WhatsApp") == 1
    assert "Facebook" not in article.text


@given(st.text(max_size=300))
def test_line_rules_never_crash(line: str) -> None:
    is_debris(line)
    found = date_line(line, dayfirst=None)
    assert found is None or found.label in (None, "published", "updated", "dateline")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By TOM EKWUEME, Associated Press", ("TOM EKWUEME",)),
        ("By Rosa Lind, The Evening Herald", ("Rosa Lind",)),
        ("Reporting by Kate Holm; Editing by Mark Pye", ("Kate Holm",)),
        ("By Rosa Lind, Chief Reporter", ("Rosa Lind",)),
    ],
)
def test_bylines_with_outlets_and_credits(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line", ["By the end of the year, Schools Network", "Reporting by the regional team; Editing"]
)
def test_not_bylines(line: str) -> None:
    assert byline_names(line) is None


def test_user_handle_after_posted_by_is_not_an_author() -> None:
    found = date_line("Posted by webteam on 4 March 2025", dayfirst=None)
    assert found is not None
    assert found.date == PartialDate(2025, 3, 4)
    assert found.authors == ()


def test_meta_title_loses_its_site_suffix_in_html() -> None:
    page = (
        "<!doctype html><html><head>"
        "<title>Councils adopt shared safeguarding checklist | Department of Education</title>"
        '<meta property="og:title" '
        'content="Councils adopt shared safeguarding checklist | Department of Education">'
        "</head><body><main><p>Forty councils adopted a shared safeguarding checklist on "
        "Monday, the department said.</p></main></body></html>"
    )
    article = parse_article(page)
    assert article.title == "Councils adopt shared safeguarding checklist"


@given(st.text(max_size=200))
def test_site_name_cut_is_a_range_of_the_text(text: str) -> None:
    start, end = site_name_cut(text)
    assert 0 <= start <= end <= len(text)
    assert cut_site_name(text) == text[start:end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brussels, 5 March 2025", PartialDate(2025, 3, 5)),
        ("WASHINGTON, Mar. 5, 2025 (AP)", PartialDate(2025, 3, 5)),
        ("Signed in Geneva, 3 May 2026", PartialDate(2026, 5, 3)),
        ("The ministers met on 5 March 2025", None),
        ("LONDON, March 5 (Reuters)", None),
        ("Geneva, 3 May 2026, after long talks", None),
    ],
)
def test_dateline_dates(text: str, expected: PartialDate | None) -> None:
    assert dateline_date(text, dayfirst=None) == expected


def test_first_date_keeps_its_own_label() -> None:
    found = date_line("Published: 5 March 2025 | Last updated: 6 March 2025", dayfirst=None)
    assert found is not None
    assert found.date == PartialDate(2025, 3, 5)
    assert found.label == "published"


def test_date_line_with_a_note() -> None:
    found = date_line("Delivered on: 5 March 2025 (Original script, may change)", dayfirst=None)
    assert found is not None
    assert found.date == PartialDate(2025, 3, 5)


@pytest.mark.parametrize(
    "banner",
    [
        "Government of Ruritania / Gouvernement de Ruritanie",
        "Department of Digital Safety, Media and Families",
        "Ministry of Family Affairs",
    ],
)
def test_organisation_banner_is_not_the_title(banner: str) -> None:
    raw = (
        f"{banner}\n\nMedia release\n\n"
        "Two ministers agree a plan on online child safety reporting\n\n" + BODY
    )
    article = parse_text(raw)
    assert article.title == "Two ministers agree a plan on online child safety reporting"
    assert banner not in article.text


@pytest.mark.parametrize(
    "reference",
    [
        "UIN 51234, tabled on 9 January 2026",
        "Question number 8812",
        "Tabled on 12 March 2025",
        "Asked on 4 June 2025",
    ],
)
def test_written_question_reference_is_chrome_not_title(reference: str) -> None:
    raw = f"Online Safety: Primary Schools\n\n{reference}\n\n" + BODY
    article = parse_text(raw)
    assert article.title == "Online Safety: Primary Schools"
    assert is_debris(reference)


def test_sentence_opening_like_a_question_reference_is_text() -> None:
    assert not is_debris("Asked on Monday, the minister declined to give a date.")
    assert not is_debris("Uintah County officials joined the review")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Press release | 21-05-2025", PartialDate(2025, 5, 21)),
        ("News | 02-06-2025", PartialDate(2025, 6, 2)),
        ("09-11-2024", PartialDate(2024, 11, 9)),
    ],
)
def test_dashed_day_first_date_after_a_label(line: str, expected: PartialDate) -> None:
    found = date_line(line, dayfirst=None)
    assert found is not None
    assert found.date == expected
    article = parse_text(f"{line}\n\nRegional hotline gets new funding\n\n" + BODY)
    assert article.published == expected


def test_dashed_number_run_is_no_date() -> None:
    assert date_line("Ref 2024-03-2026", dayfirst=None) is None


@pytest.mark.parametrize(
    ("reference", "asker", "answerer", "date", "author"),
    [
        (
            "HC Deb 14 March 2001 vol 364 cc612-3W",
            "Mr. Brandt",
            "Ms. Okafor",
            "2001-03-14",
            "Okafor",
        ),
        (
            "HL Deb 2 May 1995 vol 563 c41W",
            "Dr. Kerr",
            "Mr. Vale-Hughes",
            "1995-05-02",
            "Vale-Hughes",
        ),
    ],
)
def test_hansard_written_answer_reference_and_members(
    reference: str, asker: str, answerer: str, date: str, author: str
) -> None:
    raw = (
        f"{reference}\n{asker}\n\nTo ask the Secretary of State for Health which countries have"
        f" signed the framework convention. [40312]\n\n{answerer}\n\nForty states have signed"
        " the convention, and twelve of them have ratified it."
    )
    article = parse_text(raw)
    assert article.title is None  # the reference and the asker's label head no story
    assert str(article.published) == date
    assert article.authors == (author,)  # the member who answered


def test_member_label_over_a_body_line_is_no_asker() -> None:
    raw = "Mr. Brandt\n\nThe committee met on 3 May 2001 and agreed its report on trade."
    assert parse_text(raw).authors == ()


def test_the_us_government_site_banner_is_chrome() -> None:
    raw = (
        "Sorry, you need to enable JavaScript to visit this website.\n\n"
        "The .gov means it’s official.\n\n"
        "Federal government websites often end in .gov or .mil. Before sharing sensitive "
        "information, make sure you’re on a federal government site.\n\n"
        "The site is secure.\n\n"
        "The https:// ensures that you are connecting to the official website and that any "
        "information you provide is encrypted and transmitted securely.\n\n"
        "Agency Joins River Data Principles\n\n" + BODY
    )
    article = parse_text(raw)
    assert article.title == "Agency Joins River Data Principles"
    assert article.text.startswith("Agency Joins River Data Principles")


def test_question_time_labels_name_the_answering_minister_not_the_title() -> None:
    raw = (
        "Question Time Response – River data for farmers\n\n"
        "Question – Federal Member for Eastfield, Ann Lee\n\n"
        "My question is to the Minister for Water. How is the Government working with "
        "farmers and councils to make daily river data available to every catchment?\n\n"
        "Answer – Minister for Water, Tom Reyes:\n\n"
        "Thank you, Speaker. The Government will publish river data every day.\n"
    )
    article = parse_text(raw)
    assert article.title == "Question Time Response – River data for farmers"
    assert article.authors == ("Tom Reyes",)


def test_a_chart_image_caption_is_no_title() -> None:
    raw = "A data chart image of rainfall by month\n\nRiver levels rose\n\n" + BODY
    assert parse_text(raw).title == "River levels rose"


def test_a_lords_written_answer_names_its_answering_peer() -> None:
    raw = (
        "HL Deb 4 June 1998 vol 590 cc52-4WA\nLord Brandt\n\n"
        "asked Her Majesty's Government:\n\n"
        "Which states have ratified the river convention, and when the United Kingdom will "
        "ratify it. [HL1200]\n\n"
        "The Parliamentary Under-Secretary of State, Foreign Office (Baroness Okafor of "
        "Leith)\n\nTwelve states have ratified the convention, and we intend to follow.\n"
    )
    article = parse_text(raw)
    assert article.title is None
    assert str(article.published) == "1998-06-04"
    assert article.authors == ("Baroness Okafor of Leith",)


def test_the_us_military_site_banner_is_chrome() -> None:
    raw = "Official websites use .mil\nSecure .mil websites use HTTPS\n" + BODY
    article = parse_text(raw)
    assert article.title is None or ".mil" not in article.title
    assert ".mil" not in article.text
