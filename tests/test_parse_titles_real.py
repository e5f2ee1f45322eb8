"""Title, date and author rules for the header forms of real scraped pages (issue 10).

Pages written for these tests; their layouts follow government, parliamentary, wiki and
news-aggregator pages.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus import PartialDate
from policycorpus.parse import parse_text
from policycorpus.parse._headerlines import wrapped_headline
from policycorpus.parse._titles import keeps_label, title_speaker

BODY = (
    "The two governments agreed on Monday to share flood warnings between their river "
    "agencies and to publish a joint report every spring.\n"
)
HEADLINE = "Neighbours agree to share flood warnings"


# -- page-kind labels ----------------------------------------------------------------


def test_a_label_in_capitals_on_the_headline_line_stays_in_the_title() -> None:
    page = f"PRESS RELEASE : {HEADLINE} [March 2025]\n\n{BODY}"
    assert parse_text(page).title == f"PRESS RELEASE : {HEADLINE} [March 2025]"


def test_a_label_in_sentence_case_on_the_headline_line_is_cut() -> None:
    assert parse_text(f"Press release: {HEADLINE}\n\n{BODY}").title == HEADLINE


def test_a_label_alone_on_its_own_line_is_never_the_title() -> None:
    page = f"PRESS RELEASE\n\n{HEADLINE}\n\n{BODY}"
    assert parse_text(page).title == HEADLINE


@pytest.mark.parametrize(
    ("label", "kept"),
    [("PRESS RELEASE", True), ("FACT SHEET", True), ("Press release", False), ("News", False)],
)
def test_only_a_label_printed_in_capitals_is_kept(label: str, kept: bool) -> None:
    assert keeps_label(label) is kept


# -- interface lines, notices, captions ----------------------------------------------

CHROME = [
    "Breaking News",
    "View sample alert",
    "Your Thoughts Matter",
    "Other available languages: none",
    "(As Prepared)",
    "printable banner",
]


@pytest.mark.parametrize("chrome", CHROME)
def test_an_interface_line_over_the_headline_is_not_the_title(chrome: str) -> None:
    article = parse_text(f"{chrome}\n\n{HEADLINE}\n\n{BODY}")
    assert article.title == HEADLINE


@pytest.mark.parametrize("chrome", CHROME)
def test_an_interface_line_alone_is_no_title(chrome: str) -> None:
    assert parse_text(f"{chrome}\n\n{BODY}").title is None


@given(st.lists(st.sampled_from(CHROME), min_size=1, max_size=4))
def test_any_run_of_interface_lines_leaves_the_headline(chrome: list[str]) -> None:
    page = "\n\n".join([*chrome, HEADLINE]) + "\n\n" + BODY
    assert parse_text(page).title == HEADLINE


def test_a_notice_about_the_page_is_never_the_title_and_stays_text() -> None:
    notice = "Please note that the figures on this page are revised every quarter"
    article = parse_text(f"{HEADLINE}\n\n{notice}\n\n{BODY}")
    assert article.title == HEADLINE
    assert notice in article.text


def test_a_notice_before_the_headline_does_not_end_the_header() -> None:
    notice = "You are subscribed to updates from the river agency. This list was updated."
    assert parse_text(f"{notice}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


def test_a_map_caption_is_never_the_title() -> None:
    page = (
        "Rivers Compact\n\n"
        "Map showing which states have joined the compact and which have only signed it\n"
        "Signed 3 June 2019\nParties 14\nDepositary The River Commission\n"
        "Rivers Compact at Wikisource\n\n"
        "The Rivers Compact is an agreement between river states on shared flood warnings.\n"
    )
    assert parse_text(page).title == "Rivers Compact"


def test_a_wiki_page_title_in_single_equals_signs_wins_over_a_longer_line() -> None:
    page = (
        "= Flood Warning Summit =\n\n2026 Flood Warning Summit\n"
        "- Date: 3–4 May 2026\n\nThe Flood Warning Summit was held in the spring.\n"
    )
    assert parse_text(page).title == "Flood Warning Summit"


def test_an_infobox_heading_row_gives_the_title_and_its_cells_never_do() -> None:
    page = (
        "River Safety Network | |\nAbbreviation: | RSN |\nMembers: | 14 |\n"
        "Founded: | 2019 |\nThe River Safety Network is a group of 14 states that share "
        "flood warnings and publish a joint report every spring.\n"
    )
    assert parse_text(page).title == "River Safety Network"


# -- headings the page names for itself ------------------------------------------------


def test_a_department_heading_over_a_headline_opening_with_a_currency_sign() -> None:
    page = (
        "River Safety Agency\nPrintable version\n\n"
        "£40 million pledged to protect river towns from floods\n\n" + BODY
    )
    assert parse_text(page).title == "£40 million pledged to protect river towns from floods"


def test_a_department_name_with_no_headline_after_it_is_no_title() -> None:
    page = "Skip to main content\nRiver Safety Agency\n\n" + BODY
    assert parse_text(page).title is None


def test_a_fact_sheet_heading_wins_over_the_longer_deck_under_it() -> None:
    page = (
        "FACT SHEET: Neighbours Deepen Flood Cooperation\n\n"
        "New Forums for Data Sharing Support a Shared Vision of Safer River Towns and "
        "Better Warnings\n\n" + BODY
    )
    assert parse_text(page).title == "FACT SHEET: Neighbours Deepen Flood Cooperation"


def test_a_report_title_beside_its_contents_link_wins_over_a_chapter_heading() -> None:
    page = (
        "Flood warnings: a year of progress Contents\n\n"
        "Chapter 3: What the committee changed since its first review of warnings\n\n"
        "How we chose which rivers to study\n\n"
        "12. Since the committee was set up it has studied the warning systems of "
        "twenty rivers and reported on most of them.\n"
    )
    assert parse_text(page).title == "Flood warnings: a year of progress"


# -- headlines wrapped over lines ------------------------------------------------------


def test_a_resolution_title_wrapped_with_indentation_is_one_title() -> None:
    page = (
        "118th CONGRESS\n  2d Session\nH. RES. 999\n\n"
        "  Recognizing the tenth anniversary of the river compact and reaffirming\n"
        "    the commitment of the member states to shared flood warnings.\n\n"
        "____________________\n\nIN THE HOUSE OF REPRESENTATIVES\n\n"
        "Ms. Doe submitted the following resolution; which was referred to the "
        "Committee on Rivers.\n"
    )
    title = parse_text(page).title
    assert title is not None
    assert " ".join(title.split()) == (
        "Recognizing the tenth anniversary of the river compact and reaffirming the "
        "commitment of the member states to shared flood warnings."
    )


def test_a_heading_and_its_subtitle_after_a_colon_are_one_title() -> None:
    page = (
        "Shared River Agreements (Part II):\nWarning Systems\n\nMarch 4, 2025\n"
        "This note discusses the warning systems that river states share under their "
        "agreements and the reports they publish.\n"
    )
    title = parse_text(page).title
    assert title is not None
    assert " ".join(title.split()) == "Shared River Agreements (Part II): Warning Systems"


def test_a_headline_wrapped_before_its_occasion_ends_at_the_comma() -> None:
    page = (
        "Joint declaration by the Northern and Southern\n"
        "Governments on Regional Water Security, Border Summit,\n"
        "Riverton, 3 May 2001\n"
        "1. A year ago the two governments agreed to share\n"
        "flood warnings between their river agencies.\n"
    )
    article = parse_text(page)
    assert article.title is not None
    assert " ".join(article.title.split()) == (
        "Joint declaration by the Northern and Southern Governments on Regional Water Security"
    )
    assert article.published == PartialDate(2001, 5, 3)


def test_two_separate_header_lines_are_not_joined() -> None:
    page = "River Safety Agency\nPrintable version\n\nRiver towns get new flood alarms\n\n" + BODY
    assert parse_text(page).title == "River towns get new flood alarms"


@pytest.mark.parametrize(
    ("lines", "taken"),
    [
        (["Agreements on Rivers (Part I):", "Warning Systems"], 2),
        (["Recognizing the work of the river agencies and", "their staff."], 2),
        (["Commemorating the signing of the River", "Compact."], 2),
        (["Funding boost for river towns", "Published: 5 March 2025"], 0),
        (["Ministers met on Monday.", "They agreed a pact."], 0),
    ],
)
def test_which_runs_of_lines_read_as_one_wrapped_headline(lines: list[str], taken: int) -> None:
    assert wrapped_headline(lines) == taken


# -- archived pages: menus, trails, links ------------------------------------------------


def test_an_archived_page_menu_and_trail_do_not_hide_the_headline_and_date() -> None:
    items = ["HomeTopics", "press notes", "publications", "info for reporters", "and morevisas"]
    menu = ", ".join([*items, "travel", "business help", "trade", "and morecountry pages"])
    page = (
        "Skip Links\nRiver Agency\nWarning Week | Daily Briefing | What's New\n"
        f"{menu}, offices, and more\n"
        "You are in: Agency > Press Office > Releases > 2007 > January\n"
        "Media Note\nOffice of the Spokesman\nWashington, DC\nJanuary 16, 2007\n\n\n"
        "River States Ministerial Joint Statement on Flood Warnings\n\n" + BODY
    )
    article = parse_text(page)
    assert article.title == "River States Ministerial Joint Statement on Flood Warnings"
    assert article.published == PartialDate(2007, 1, 16)


def test_a_bracketed_link_after_an_alert_headline_is_cut() -> None:
    page = (
        f"{HEADLINE} [ https://example.org/releases/flood-warnings/ ] 02/18/2021 "
        "02:13 PM EST\n\nOffice of the Spokesperson\n\n" + BODY
    )
    assert parse_text(page).title == HEADLINE


def test_a_line_of_figures_in_the_header_dates_the_page_and_is_no_title() -> None:
    page = f"Other available languages: none\n\nRVR 14 / 23.06\n\n23 / 06 / 14\n\n{HEADLINE}\n\n"
    article = parse_text(page + BODY)
    assert article.title == HEADLINE
    assert article.published == PartialDate(2014, 6, 23)


# -- authors and dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        (
            "Statement by National Security Advisor Jane Holloway on the River Pledge",
            "Jane Holloway",
        ),
        ("Remarks by Minister of State Tom Ashdown at the Flood Forum", "Tom Ashdown"),
        ("Media Releases by Dr Ann Fairley MP, Minister for Rivers", "Ann Fairley"),
        ("Joint statement by Prime Minister Jane Holloway and Prime Minister Tom Ashdown", None),
        ("Statement by the President on the River Pledge", None),
    ],
)
def test_the_one_speaker_a_headline_names_is_its_author(title: str, speaker: str | None) -> None:
    assert title_speaker(title) == speaker
    expected = () if speaker is None else (speaker,)
    assert parse_text(f"{title}\n\n{BODY}").authors == expected


def test_an_answered_on_label_over_the_date_dates_a_written_answer() -> None:
    page = (
        "Question for Department for Rivers\n\nUIN HL1234, tabled on 4 November 2024\n\n"
        "To ask the Government what assessment they have made of flood warnings shared "
        "with neighbouring states, and what plans they have to publish the results.\n\n"
        "Answered on\n\n18 November 2024\n\n"
        "The Government shares flood warnings with every neighbouring state.\n"
    )
    assert parse_text(page).published == PartialDate(2024, 11, 18)


def test_a_welsh_release_date_label_dates_the_page() -> None:
    page = (
        "River flows in Wales: 2024\n\n"
        "Yearly river flow figures for Wales, with regional breakdowns and changes over time, "
        "published by the statistics office for every catchment.\n\n"
        "Dyddiad y datganiad:\n2 July 2025\n\n" + BODY
    )
    assert parse_text(page).published == PartialDate(2025, 7, 2)


def test_a_date_naming_an_event_over_the_headline_does_not_date_the_page() -> None:
    page = (
        "March 1, 2001 : River Week\n"
        "Joint Statement on Flood Warnings by the River States\n\n"
        "Office of the Spokesman\nMarch 15, 2001\n\n" + BODY
    )
    assert parse_text(page).published == PartialDate(2001, 3, 15)


def test_a_name_printed_twice_over_its_formal_title_is_the_title() -> None:
    page = (
        "Rivers Compact\n\nLast updated\n\nRivers Compact\n"
        "The Rivers Compact: Principles for Cooperation on Flood Warnings Between River "
        "States\n\nThe Rivers Compact is an agreement between river states.\n"
    )
    assert parse_text(page).title == "Rivers Compact"


def test_a_sitting_of_a_legislature_with_its_date_is_not_the_title() -> None:
    page = (
        "Flood Warnings for River Towns\n\nAssembly Debate, Tuesday - 22 October 2024\n\n"
        "Tuesday, 22 October 2024\n\n"
        "12. Deputy Jane Doe asked the Minister for Rivers the way in which flood warnings "
        "are shared with neighbouring states.\n"
    )
    article = parse_text(page)
    assert article.title == "Flood Warnings for River Towns"
    assert article.published == PartialDate(2024, 10, 22)


def test_a_headline_its_index_entry_repeats_keeps_its_department_prefix() -> None:
    headline = "Department for Rivers – 2024 Press Release on Flood Warnings"
    page = f"Category: Press Releases\n\n  • {headline}\n\n    {headline}\n\n{BODY}"
    assert parse_text(page).title == headline


def test_a_department_prefix_on_a_headline_printed_once_is_cut() -> None:
    page = f"Department for Rivers – River towns get new flood alarms\n\n{BODY}"
    assert parse_text(page).title == "River towns get new flood alarms"


def test_a_published_label_glued_to_chrome_and_a_reading_time_still_dates_the_page() -> None:
    page = f"{HEADLINE}\n\nContent From: rivers.govPublished: October 06, 20103 min read\n\n" + BODY
    assert parse_text(page).published == PartialDate(2010, 10, 6)


def test_a_date_alone_before_the_first_paragraph_dates_the_page() -> None:
    page = (
        f"{HEADLINE}\n\n* The agency must be quoted as the source of these figures\n\n"
        f"* Regional figures are available\n\n20 Sept 2017\n\n{BODY}"
    )
    assert parse_text(page).published == PartialDate(2017, 9, 20)


def test_two_dates_alone_before_the_first_paragraph_are_a_history_not_the_date() -> None:
    page = (
        f"{HEADLINE}\n\n* Regional figures are available\n\nMarch 24, 2021\n\n"
        f"* Reported without amendment\n\nMay 12, 2021\n\n{BODY}"
    )
    assert parse_text(page).published is None


def test_interface_lines_and_encyclopedia_dates() -> None:
    import policycorpus as pc

    text = (
        "Department of Water Logo State Department of Water\n\n"
        "Water use rose by 4% in 2024\n\nWater use rose by 4% in 2024, the department said.\n"
    )
    assert pc.parse_article(text, source="w.txt").title == "Water use rose by 4% in 2024"
    text = (
        "Page tools: Print Print Page RSS Feed RSS Bookmark and Share\n\n"
        "Water use in the region\n\nWater use rose by 4% in 2024, the agency said.\n"
    )
    assert pc.parse_article(text, source="w.txt").title == "Water use in the region"
    # an encyclopedia article's infobox dates are events, not its publication date
    text = (
        "= River Accord =\n\nRiver Accord\n- Date Signed: 23 November 2001\n- Parties: 12\n\n"
        "The River Accord is a treaty on shared rivers signed in 2001 by twelve states.\n"
    )
    article = pc.parse_article(text, source="r.txt")
    assert article.title == "River Accord"
    assert article.published is None
