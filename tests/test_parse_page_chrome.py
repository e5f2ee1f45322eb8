"""Government page chrome, written answers and dates in other languages (issue 10).

Pages written for these tests; their layouts follow government and parliamentary sites.
"""

from __future__ import annotations

from policycorpus import PartialDate
from policycorpus.parse import parse_text

GOVUK_HISTORY = """Policy paper

Joint plan on safer online services for children

Updated 4 March 2022

This was published under the 2019 to 2022 Example Conservative government

The two governments set out a shared plan to reduce online harm to children, with new
duties for platforms and regular reports to both parliaments.

The plan will be reviewed every year by officials from both sides.
"""


def test_govuk_history_banner_is_never_the_title() -> None:
    article = parse_text(GOVUK_HISTORY)
    assert article.title == "Joint plan on safer online services for children"
    assert article.published == PartialDate(2022, 3, 4)
    assert "This was published under" not in article.text


GOVUK_GUIDANCE = """Guidance

Children's Safety Code: explainer

Published 8 May 2024

What the Children's Safety Code covers

The code is a new set of duties that applies to services children use. It asks
services to assess the risks their design creates and to act on them.
"""


def test_document_type_line_marks_the_title() -> None:
    article = parse_text(GOVUK_GUIDANCE)
    assert article.title == "Children's Safety Code: explainer"
    assert article.published == PartialDate(2024, 5, 8)


GOVUK_SPEECH = """Speech

Minister's speech on safer schools online

The Minister spoke at a conference of head teachers and charities.

This was published under the 2022 to 2024 Example government
The Rt Hon Jane Example MP

Thank you all for coming today and for the work you do for children every day.

Schools have told us what they need, and this plan is our answer to them.
"""


def test_speech_speaker_under_the_history_banner_is_the_author() -> None:
    article = parse_text(GOVUK_SPEECH)
    assert article.title == "Minister's speech on safer schools online"
    assert article.authors == ("Jane Example",)


WRITTEN_ANSWER = """Online Safety: Children

(asked on 6th March 2024) - View Source

Question to the Department for Education:

To ask the Secretary of State for Education, what steps her Department is taking to
support schools in teaching pupils about online safety.


Answered by
Sam Example Portrait
Sam Example
This question was answered on 14th March 2024

The Department funds training for teachers and publishes guidance that schools use
when they plan lessons on staying safe online.
"""


def test_written_answer_author_is_the_answering_member() -> None:
    article = parse_text(WRITTEN_ANSWER)
    assert article.authors == ("Sam Example",)
    assert article.published == PartialDate(2024, 3, 14)


WELSH_ANSWER = """Schools: Online Safety

Department for Education written question – answered am ar 12 Mawrth 2024.

Photo of Lord Asker of Northtown Lord Asker of Northtown Conservative

To ask His Majesty's Government what support they give schools to teach online safety.

Photo of Lord Answerer of Southtown Lord Answerer of Southtown Minister of State

The Government funds teacher training and keeps its guidance for schools under review.
"""


def test_portrait_page_answering_member_and_welsh_date() -> None:
    article = parse_text(WELSH_ANSWER)
    assert article.authors == ("Lord Answerer of Southtown",)
    assert article.published == PartialDate(2024, 3, 12)


EU_CHROME = """Skip to main content
Migration and Home Affairs
Pressemitteilung3 Juni 2023Generaldirektion Migration und Inneres

Commission proposes new steps to protect children online

The Commission proposed new rules today that ask online services to assess risks to
children and to report what they find to a new EU centre.
"""


def test_interface_strings_around_a_german_date_are_chrome() -> None:
    article = parse_text(EU_CHROME)
    assert article.title == "Commission proposes new steps to protect children online"
    assert article.published == PartialDate(2023, 6, 3)


MENU = """News

Home | TV | Today | Video | Questions Of the Day | Search

Remarks to the Online Safety Dialogue

It has been a year since we first met to agree on the principles of this work.
"""


def test_a_menu_between_bars_is_chrome() -> None:
    assert parse_text(MENU).title == "Remarks to the Online Safety Dialogue"


def test_an_encyclopedia_title_that_reads_like_a_name_is_still_the_title() -> None:
    text = (
        "= Harbour Call =\n\n"
        "The Harbour Call is a voluntary pledge by governments and companies to remove "
        "harmful content aimed at children from their services.\n"
    )
    assert parse_text(text).title == "Harbour Call"


def test_two_long_title_case_lines_the_first_is_the_headline() -> None:
    text = (
        "Councils Report More Than 40,000 Referrals About Online Safety in Schools Across "
        "the Region This Year\n"
        "Department's New Campaign to Give Parents, Teachers, Carers and Young People the "
        "Tools to Stay Safe Online Together\n"
        "Today the department launched a national campaign that brings together schools, "
        "charities and technology companies to help families stay safe online.\n"
    )
    assert parse_text(text).title == (
        "Councils Report More Than 40,000 Referrals About Online Safety in Schools Across "
        "the Region This Year"
    )
