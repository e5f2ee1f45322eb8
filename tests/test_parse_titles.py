"""Titles on government and news pages whose header carries chrome (issue 10).

Pages written for these tests; their layouts follow government and news sites.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus import PartialDate
from policycorpus.parse import parse_html, parse_text

BODY = (
    "The two governments agreed on Monday to share flood warnings between their river "
    "agencies and to publish a joint report every spring.\n"
)


@pytest.mark.parametrize(
    "label",
    ["Press release", "News story", "Policy paper", "Speech", "Headline", "Press Releases"],
)
def test_a_page_kind_label_before_the_headline_is_not_the_title(label: str) -> None:
    page = f"{label}: Neighbours agree to share flood warnings\n\n{BODY}"
    assert parse_text(page).title == "Neighbours agree to share flood warnings"


def test_a_fact_sheet_label_still_belongs_to_the_title() -> None:
    page = f"Fact Sheet: Shared Flood Warnings\n\n{BODY}"
    assert parse_text(page).title == "Fact Sheet: Shared Flood Warnings"


@pytest.mark.parametrize(
    "banner",
    [
        "Find out about the new rules for e-scooters on public roads. Learn more",
        "Need help paying your heating bills this winter? Find out more",
        "Applications for the spring grants round are now open. Read more →",
    ],
)
def test_a_banner_closing_on_a_call_to_action_is_never_the_title(banner: str) -> None:
    page = f"{banner}\n\nRivers pact signed by neighbours\n\n{BODY}"
    article = parse_text(page)
    assert article.title == "Rivers pact signed by neighbours"
    assert banner.split(".")[0] not in article.text


def test_a_sentence_asking_readers_to_learn_more_stays_text() -> None:
    page = f"Rivers pact signed by neighbours\n\n{BODY}\nSee the agency's website to learn more.\n"
    assert "to learn more." in parse_text(page).text


@pytest.mark.parametrize("separator", [";", " |"])
def test_a_date_after_a_semicolon_or_bar_dates_the_page_and_leaves_the_title(
    separator: str,
) -> None:
    page = f"Statement on shared flood warnings{separator} November 15, 2001\n\n{BODY}"
    article = parse_text(page)
    assert article.title == "Statement on shared flood warnings"
    assert article.published == PartialDate(2001, 11, 15)
    assert article.text.startswith("Statement on shared flood warnings\n\n")


def test_a_date_after_a_dash_stays_in_the_heading() -> None:
    page = f"Daily Press Briefing – November 15, 2001\n\n{BODY}"
    article = parse_text(page)
    assert article.title == "Daily Press Briefing – November 15, 2001"
    assert article.published == PartialDate(2001, 11, 15)


def test_infobox_rows_copied_with_bars_are_never_the_title() -> None:
    page = (
        "Founding Location: | Geneva, Switzerland |\n"
        "| Headquarters | Bern |\n"
        "Clean Rivers Compact\n\n"
        "The Clean Rivers Compact is an agreement between eight countries to halve pollution "
        "in the rivers they share before 2035.\n"
    )
    article = parse_text(page)
    assert article.title == "Clean Rivers Compact"
    assert "Founding Location" not in article.text


def test_an_encyclopedia_passage_is_titled_by_the_name_its_first_sentence_defines() -> None:
    page = (
        "Clean Harbours Compact\n\n"
        "The Clean Harbours Compact is a treaty between coastal states on the inspection of "
        "ships that carry fuel into their ports.\n"
    )
    assert parse_text(page).title == "Clean Harbours Compact"


def test_a_persons_name_over_a_paragraph_about_something_else_is_not_the_title() -> None:
    page = (
        "Maria Lindqvist\n\n"
        "Ministers met in the port city on Friday to discuss the inspection of ships that "
        "carry fuel into their ports.\n"
    )
    assert parse_text(page).title is None


HEAT_BODY = (
    "Ministers from twelve countries agreed on Monday to set up a fund that helps cities "
    "adapt to extreme heat.\n"
)


@pytest.mark.parametrize(
    "headline",
    ["Cities agree fund for heat", "Ministers agree a fund to help cities adapt to extreme heat"],
)
def test_a_sections_list_of_policy_areas_is_not_the_title(headline: str) -> None:
    page = f"Environment, Oceans, Fisheries and Climate Action\n\n{headline}\n\n{HEAT_BODY}"
    assert parse_text(page).title == headline


def test_a_list_of_policy_areas_alone_is_still_the_title() -> None:
    assert parse_text(f"Jobs, Growth and Fairness\n\n{HEAT_BODY}").title == (
        "Jobs, Growth and Fairness"
    )


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Home Topics Politics Climate Finance Ministers agree a fund for hot cities",
            "Ministers agree a fund for hot cities",
        ),
        (
            "Home News Climate finance deal agreed by ministers",
            "Climate finance deal agreed by ministers",
        ),
        (
            "Home Office sets out new rules on heat at work",
            "Home Office sets out new rules on heat at work",
        ),
    ],
)
def test_a_breadcrumb_trail_run_into_the_headline_is_cut(line: str, title: str) -> None:
    article = parse_text(f"{line}\n\n{HEAT_BODY}")
    assert article.title == title
    assert article.text.startswith(title)


WATER_BODY = (
    "The two governments declare their shared aim of securing clean water for every "
    "household in the region by the end of the decade.\n"
)


def test_a_headline_wrapped_over_two_lines_is_joined() -> None:
    page = (
        "Joint declaration by the Northern and Southern\n"
        f"Governments on Regional Water Security\n\n{WATER_BODY}"
    )
    article = parse_text(page)
    title = "Joint declaration by the Northern and Southern Governments on Regional Water Security"
    assert article.title == title
    assert article.text.startswith(title + "\n\n")
    assert article.offsets is not None
    assert article.offsets.to_raw(len(title)) == page.index("\n\n")


@pytest.mark.parametrize(
    "header",
    [
        # a blank line between: two headings, not one wrapped headline
        "Joint declaration by the Northern and Southern\n\nGovernments on Water Security",
        # the first line ends a sentence
        "Northern and Southern governments sign water pact.\nRegional Water Security",
        # the second line opens a new phrase with an article
        "Northern and Southern governments sign water pact\nThe Text of the Declaration",
        # a ministry's name over its headline
        "Ministry of Foreign Affairs of the Northern Republic\nWater Pact Signed",
    ],
)
def test_lines_that_are_not_one_wrapped_headline_stay_apart(header: str) -> None:
    first, second = [part for part in header.split("\n") if part]
    article = parse_text(f"{header}\n\n{WATER_BODY}")
    assert article.title != f"{first} {second}"
    assert f"{first} {second}" not in article.text


GRANT_BODY = (
    "Businesses can now apply for funding to develop new ways of recycling car batteries, "
    "the agency said on Tuesday.\n"
)


@pytest.mark.parametrize(
    "byline",
    ["By Innovate UK", "By the Clean Growth Programme", "By Research Councils Programme"],
)
def test_an_organisation_in_the_byline_is_neither_author_nor_title(byline: str) -> None:
    article = parse_text(f"Grants open for battery recycling\n\n{byline}\n\n{GRANT_BODY}")
    assert article.title == "Grants open for battery recycling"
    assert article.authors == ()


def test_a_person_in_the_byline_is_still_the_author() -> None:
    article = parse_text(f"Grants open for battery recycling\n\nBy Jane Doe\n\n{GRANT_BODY}")
    assert article.authors == ("Jane Doe",)


def test_the_person_under_a_closing_quotation_is_quoted_not_the_author() -> None:
    page = (
        f"Pledge on battery recycling\n\n{GRANT_BODY}\n"
        "“We will not rest until every battery is recycled.”\n\nPresident Jane Doe\n"
    )
    article = parse_text(page)
    assert article.authors == ()
    assert article.text.endswith("President Jane Doe")


def test_a_name_and_role_closing_the_page_still_signs_it() -> None:
    page = (
        f"Pledge on battery recycling\n\n{GRANT_BODY}\nThe fund opens next month.\n\n"
        "Jane Doe, Minister for Industry\n"
    )
    assert parse_text(page).authors == ("Jane Doe",)


def test_a_banner_whose_call_to_action_has_a_line_of_its_own_is_chrome() -> None:
    page = (
        "Find out about the new age limits for social media accounts.\nLearn more\n\n"
        f"Cities agree heat fund\n\n{HEAT_BODY}"
    )
    article = parse_text(page)
    assert article.title == "Cities agree heat fund"
    assert "age limits" not in article.text


@pytest.mark.parametrize(
    "widget",
    [
        "Sign up for email alerts",
        "Open image in gallery",
        "Enlarge this image",
        "Translate this page",
        "Estimated reading time 4 minutes",
    ],
)
def test_a_site_or_photo_widget_over_the_headline_is_never_the_title(widget: str) -> None:
    article = parse_text(f"{widget}\n\nHeat\n\n{HEAT_BODY}")
    assert article.title is None
    assert widget not in article.text


@pytest.mark.parametrize(
    "heading",
    [
        "News story: Neighbours agree to share flood warnings",
        "Neighbours agree to share flood warnings; November 15, 2001",
    ],
)
def test_an_html_pages_heading_loses_its_label_and_date_too(heading: str) -> None:
    page = (
        "<html><head><title>Flood warnings</title></head><body>"
        f"<h1>{heading}</h1><p>{BODY}</p></body></html>"
    )
    article = parse_html(page)
    assert article.title == "Neighbours agree to share flood warnings"
    assert article.text.startswith("Neighbours agree to share flood warnings\n\n")


_WORDS = st.sampled_from(
    ["rivers", "councils", "funding", "warnings", "coastal", "schools", "energy", "grants"]
)
_HEADLINES = st.builds(
    lambda first, rest: " ".join([first.capitalize(), *rest]),
    _WORDS,
    st.lists(_WORDS, min_size=3, max_size=8),
)
_LABELS = st.sampled_from(["Press release", "News story", "Speech", "Policy paper", "Headline"])
_DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@given(_LABELS, _HEADLINES, st.sampled_from([";", " |"]), _DATES)
def test_label_and_date_around_any_headline_are_cut(
    label: str, headline: str, separator: str, day: dt.date
) -> None:
    stamp = f"{day.day} {day:%B} {day.year}"
    article = parse_text(f"{label}: {headline}{separator} {stamp}\n\n{BODY}")
    assert article.title == headline
    assert article.published == PartialDate(day.year, day.month, day.day)


def test_an_infobox_row_with_a_figure_stays_in_the_text() -> None:
    page = (
        "Seat: | Geneva, Switzerland |\n"
        "| Members | 14 |\n"
        "Clean Rivers Compact\n\n"
        "The Clean Rivers Compact is an agreement between eight countries to halve pollution "
        "in the rivers they share before 2035.\n"
    )
    article = parse_text(page)
    assert "| Members | 14 |" in article.text
    assert "Seat:" not in article.text


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Harbour Compact", "Norway is committed to the Harbour Compact on port safety."),
        ("River Covenant", "The river covenant is a priority for the region's councils."),
    ],
)
def test_a_two_word_name_of_a_thing_is_the_title(head: str, body: str) -> None:
    text = f"{head}\n\n{body}\n\nThe councils met in May to review the figures.\n"
    assert parse_text(text, source="a.txt").title == head


def test_a_persons_name_alone_over_the_text_is_still_not_the_title() -> None:
    text = "Jane Holt\n\nNorway is committed to the compact on port safety.\n"
    assert parse_text(text, source="a.txt").title is None


def test_a_headline_naming_a_declaration_and_a_council_is_no_masthead() -> None:
    from policycorpus import parse_text

    text = (
        "River Declaration and Joint Ministerial Council\n\nThursday 14th December 2023\n\n"
        "Written Statements\n\nThe ministers agreed a joint declaration on shared rivers.\n"
    )
    assert parse_text(text, source="t.txt").title == (
        "River Declaration and Joint Ministerial Council"
    )
