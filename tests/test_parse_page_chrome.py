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


# -- headers of unseen real layouts (issue 10, second pass) ------------------------------

WIKI_MIRROR = """Skip to content

Northern Lights Compact

From Wikipedia, the free encyclopedia
Northern Lights Compact signing ceremony photo

SignedNovember 4, 2019
Parties12
The Northern Lights Compact is an agreement between coastal states on shared rescue
services for children at sea, first agreed in the autumn of 2019 by twelve governments.

History

The compact grew out of a regional meeting on maritime safety.
"""


def test_wiki_mirror_title_is_the_name_over_its_tagline() -> None:
    article = parse_text(WIKI_MIRROR)
    assert article.title == "Northern Lights Compact"


def test_wiki_infobox_dates_do_not_date_the_page() -> None:
    article = parse_text(WIKI_MIRROR)
    assert article.published is None
    assert "Parties12" in article.text  # the infobox's figures stay in the text


INSTITUTION_TYPE = """Left navigation

Regional Commission - Press release

Partners agree a shared code on apps for young users

Capital City, 3 March 2021 - Eleven companies agreed today to a shared code on apps for
young users, the commission announced in a statement issued in the capital.
"""


def test_publisher_and_document_type_line_is_chrome() -> None:
    article = parse_text(INSTITUTION_TYPE)
    assert article.title == "Partners agree a shared code on apps for young users"


MEDIA_NOTE = """MEDIA NOTE

OFFICE OF THE SPOKESPERSON

MARCH 14, 2023

The ministers of four countries met today and agreed a joint plan on online safety
for children, with a first progress report due before the end of the year.
"""


def test_typed_page_has_no_office_name_title() -> None:
    article = parse_text(MEDIA_NOTE)
    assert article.title is None
    assert article.published == PartialDate(2023, 3, 14)


ABBREVIATED_DEPARTMENT = """Ministers welcome a decision on online safety codes

Dept of Communications, Transport and the Arts

The government welcomes the regulator's decision on the online safety codes, which
set out steps that services must take to protect children from harmful content.
"""


def test_abbreviated_department_line_is_not_the_title() -> None:
    article = parse_text(ABBREVIATED_DEPARTMENT)
    assert article.title == "Ministers welcome a decision on online safety codes"


BLOG_HISTORY = """Skip to main content

This blog post was published under the 2015-2020 Example Administration

Ministry joins a global pledge on packaging

Posted by: , Posted on: - Categories: Weekly stories

Ministry and partners join a global pledge on packaging

The ministry has joined a global pledge to cut packaging waste, alongside dozens of
companies and several other governments that signed the pledge this week.
"""


def test_blog_history_banner_and_meta_line() -> None:
    article = parse_text(BLOG_HISTORY)
    assert article.title == "Ministry joins a global pledge on packaging"
    assert "published under" not in article.text


MOTION = """Skip to main content

Protection of children in conflict zones

EDM (Early Day Motion) 2041: tabled on 07 April 2022

That this House calls on the Government to support the protection of children in
conflict zones and to report to the House on its progress each year.
"""


def test_motion_reference_line_dates_the_page() -> None:
    article = parse_text(MOTION)
    assert article.title == "Protection of children in conflict zones"
    assert article.published == PartialDate(2022, 4, 7)


DEBATE_TITLE = """PARLIAMENTARY DEBATE
Online Safety Duties for Schools - 5 May 2023 (Commons/Westminster Hall)

Debate Detail

The Minister said the duties would be reviewed after a year, and that schools would be
consulted before any change to the guidance was made.
"""


def test_debate_title_drops_its_sitting_date_and_house() -> None:
    article = parse_text(DEBATE_TITLE)
    assert article.title == "Online Safety Duties for Schools"
    assert article.published == PartialDate(2023, 5, 5)


SPEECH_BYLINE = """Working with partners to keep children safe online: statement at the forum

Statement by the Home Secretary, Jane Example, at the International Forum on Online Safety

Thank you, chair. Children deserve to be as safe online as they are offline, and we are
determined to work with every partner here to make that happen.
"""


def test_speech_line_names_the_author_and_is_not_the_title() -> None:
    article = parse_text(SPEECH_BYLINE)
    assert article.title == (
        "Working with partners to keep children safe online: statement at the forum"
    )
    assert article.authors == ("Jane Example",)


PHOTO_CAPTION = """Minister Jane Example speaking at the launch event in the city hall
Ministers launch a new plan on safer apps

The plan sets out how app stores and developers will check the age of users and report
their progress to the regulator every six months.
"""


def test_photo_caption_is_not_the_title() -> None:
    article = parse_text(PHOTO_CAPTION)
    assert article.title == "Ministers launch a new plan on safer apps"


LATE_PUBLISHED = """Guidance

Joint statement on safer messaging services

A joint statement asks messaging services to keep children safe while protecting users.

Details

The statement has been signed by the governments of several countries.

• the first country
• the second country

Published 2 June 2021
"""


def test_published_line_after_the_body_dates_the_page() -> None:
    article = parse_text(LATE_PUBLISHED)
    assert article.published == PartialDate(2021, 6, 2)


REPUBLISHED = """ date 2023-06-12 MEDIA NOTE

June 9, 2023

The leaders of five governments met today and agreed a joint statement on safer online
services for children, to be reviewed at their next meeting.
"""


def test_page_date_a_few_days_before_a_republisher_prefix_wins() -> None:
    article = parse_text(REPUBLISHED)
    assert article.published == PartialDate(2023, 6, 9)


def test_alliance_name_is_not_a_person() -> None:
    article = parse_text(
        "Clean Harbours Alliance\n\nThe Clean Harbours Alliance is a group of 40 ports and "
        "cities that agreed to cut harbour pollution by half before the end of the decade.\n"
    )
    assert article.title == "Clean Harbours Alliance"


def test_event_days_in_an_infobox_list_do_not_date_the_page() -> None:
    article = parse_text(
        "= Harbour Safety Forum 2022 =\n\n- Country: Norway\n- Date: 3–4 May 2022\n"
        "- Venue: City Hall\n\nThe Harbour Safety Forum 2022 was a meeting of port "
        "authorities on the safety of children travelling by sea.\n"
    )
    assert article.published is None


SITE_NAME_OVER_HEADLINE = """Regional Union Outreach Service

Harbour conference agrees a joint approach to child safety at sea and 3.2 billion euros in \
pledges for next year

The conference, which brought together representatives of more than 40 countries, agreed
pledges for the coming year and a review at its next meeting.
"""


def test_a_long_headline_without_a_full_stop_beats_a_site_name() -> None:
    article = parse_text(SITE_NAME_OVER_HEADLINE)
    assert article.title is not None
    assert article.title.startswith("Harbour conference agrees")


SECTION_STAMP = """Joint declaration on safer schools

Education 2022-11-08, 4:05pm

Ministers from nine countries agreed a joint declaration on safer schools on Tuesday, with
a first report due within a year.
"""


def test_a_section_tag_and_time_stamp_date_the_page() -> None:
    article = parse_text(SECTION_STAMP)
    assert article.published == PartialDate(2022, 11, 8)
    assert "4:05pm" not in article.text


INFOBOX_AFTER_LEAD = """Wikipedia

Harbour Compact

The Harbour Compact is an agreement between coastal states on rescue services at sea.

Harbour Compact
Drafted18 September 2001
Signed3 December 2001
Signatories57
"""


def test_infobox_dates_after_the_lead_do_not_date_the_page() -> None:
    assert parse_text(INFOBOX_AFTER_LEAD).published is None


GALLERY = """Companies sign a declaration on greener networks

Twelve chief executives signed a declaration on greener networks at the digital assembly
on Tuesday, committing their companies to report on energy use every year.

The following chief executives signed the declaration:

Picture of Jane Example, CEO Northwind

Jane Example, CEO

Northwind

Picture of Omar Sample, CEO Harbourline

Omar Sample, CEO

Harbourline
"""


def test_the_last_name_of_a_gallery_is_not_the_author() -> None:
    assert parse_text(GALLERY).authors == ()


def test_a_single_sign_off_is_still_the_author() -> None:
    text = (
        "Ministers agree a plan\n\nMinisters agreed a plan on safer apps on Tuesday, with a "
        "first report due within a year and a review after three years.\n\n"
        "Jane Example, Editor\n"
    )
    assert parse_text(text).authors == ("Jane Example",)


def test_spaced_infobox_rows_after_a_run_together_row_are_chrome() -> None:
    text = (
        "Harbour Partnership\nAbbreviationHP\nFounder Norway\nHeadquartersOslo\n\n"
        "The Harbour Partnership is a group of ports that work together on the safety of "
        "children travelling by sea, founded by Norway and Iceland.\n"
    )
    article = parse_text(text)
    assert article.title == "Harbour Partnership"
    assert "Founder Norway" not in article.text
    assert "founded by Norway" in article.text


US_GOV_BANNER = """An official website of the United States government

Official websites use .gov

A .gov website belongs to an official government organization in the United States.

Secure .gov websites use HTTPS

A lock ( ) or https:// means you've safely connected to the .gov website.

Content in this archive site is NOT UPDATED, and links may not function.

Partners Agree a Joint Plan on Safer Apps for Children

June 3, 2021

The two agencies signed a shared plan on child safety in apps, with a first review due
within the year.
"""


def test_us_government_banner_is_chrome_never_the_title() -> None:
    article = parse_text(US_GOV_BANNER)
    assert article.title == "Partners Agree a Joint Plan on Safer Apps for Children"
    assert article.published == PartialDate(2021, 6, 3)
    assert ".gov" not in article.text


EDITOR_NOTE = """Ministers' Meeting on Child Online Safety

June 2, 2023

[Unofficial translation]

On June 2, the two ministers met in Tokyo and agreed to share their findings on safer
apps for children by the end of the year.
"""


def test_a_bracketed_editor_note_is_never_the_title() -> None:
    article = parse_text(EDITOR_NOTE)
    assert article.title == "Ministers' Meeting on Child Online Safety"
    assert "[Unofficial translation]" not in article.text


FILE_LINK = """Skip to main content

Safer Apps Programme Fact Sheet

Download the Safer Apps Programme Fact Sheet - PDF

Safer Apps Programme

The Safer Apps Programme is a joint effort of two agencies to help parents choose apps
that are suitable for their children, with guidance published every spring.
"""


def test_a_download_link_is_chrome_and_a_heading_repeating_the_title_no_author() -> None:
    article = parse_text(FILE_LINK)
    assert article.title == "Safer Apps Programme Fact Sheet"
    assert article.authors == ()
    assert "Download the" not in article.text


def test_a_subject_heading_over_the_headline_is_no_author() -> None:
    page = (
        "Climate Change\n\nNational Water Use Data\n\n"
        "The agency publishes a yearly report on water use by sector, covering every state "
        "and the main industries, with tables for each year since 2000.\n"
    )
    article = parse_text(page)
    assert article.title == "National Water Use Data"
    assert article.authors == ()


def test_a_plural_section_name_before_the_headline_is_cut() -> None:
    page = (
        "Press Releases: Joint Statement on Safer Apps for Children\n\n"
        "Media Note\n\nOffice of the Spokesperson\n\nMarch 3, 2022\n\n"
        "The ministers of six countries agreed today to share guidance on safer apps for "
        "children and to meet again before the end of the year.\n"
    )
    assert parse_text(page).title == "Joint Statement on Safer Apps for Children"


def test_a_singular_document_type_before_the_headline_stays() -> None:
    page = (
        "Fact Sheet: Safer Apps Programme\n\nMarch 3, 2022\n\n"
        "The programme helps parents choose apps that suit their children, with guidance "
        "published by two agencies every spring.\n"
    )
    assert parse_text(page).title == "Fact Sheet: Safer Apps Programme"


def test_an_office_holders_masthead_is_not_the_title() -> None:
    page = (
        "Prime Minister of Ruritania\n\n"
        "Press conference - Capital City\n\n"
        "PRIME MINISTER: Good afternoon. Today we signed a new agreement on online safety for "
        "children with our neighbours, and we will report on it next year.\n"
    )
    assert parse_text(page).title == "Press conference - Capital City"


def test_a_bulleted_label_block_under_the_headline_dates_the_page() -> None:
    page = (
        "Skip to main content\n\n"
        "Agency invites app makers to sign the child safety code\n\n"
        "  • POLICY AND LAW\n"
        "  • Publication 9 March 2024\n\n"
        "The agency invites app makers to sign the code on child safety, which sets out "
        "checks before release and a yearly report.\n"
    )
    article = parse_text(page)
    assert article.title == "Agency invites app makers to sign the child safety code"
    assert article.published == PartialDate(2024, 3, 9)
    assert "POLICY AND LAW" not in article.text


def test_a_bulleted_list_of_points_is_no_label_block() -> None:
    page = (
        "Ministers agree a plan on safer apps\n\n"
        "  • The plan starts on 9 March 2024 and runs for a year.\n"
        "  • Both ministries will report on it to their parliaments.\n\n"
        "The ministers met in the capital and agreed the plan.\n"
    )
    article = parse_text(page)
    assert article.published is None
    assert "The plan starts" in article.text


GLUED_FIRST = """Pressemitteilung3 Juni 2023Generaldirektion Verkehr
Kommission schlägt neue Regeln für sichere Radwege vor
Die Kommission hat heute neue Regeln für sichere Radwege in allen Mitgliedstaaten vorgeschlagen.
"""


def test_interface_strings_on_the_first_line_name_no_author() -> None:
    article = parse_text(GLUED_FIRST)
    assert article.title == "Kommission schlägt neue Regeln für sichere Radwege vor"
    assert article.published == PartialDate(2023, 6, 3)
    assert article.authors == ()


CAPTIONED = """bicycle, street, city
Cyclists ride through the old town. Photo by Sam Lens on Pixabay

Council Secures Pledges From Six Bus Operators to Cut Fares

The council said on Tuesday that six operators had agreed to cut fares for pupils from
September, with a review of the scheme after one year.
"""


def test_a_captioned_photo_over_the_headline_is_not_the_title() -> None:
    article = parse_text(CAPTIONED)
    assert article.title == "Council Secures Pledges From Six Bus Operators to Cut Fares"
    assert "bicycle, street" not in article.text
    assert "Pixabay" not in article.text
    assert article.offsets is not None
    assert all(
        CAPTIONED[article.offsets.to_raw(i)] == ch
        for i, ch in enumerate(article.text)
        if not ch.isspace()
    )


def test_a_captioned_photo_with_no_headline_under_it_stays_text() -> None:
    article = parse_text(
        "Volunteers plant 300 trees. Photo by Sam Lens on Pixabay\n"
        "The council said on Tuesday that the volunteers had planted 300 trees in the park.\n"
    )
    assert article.title is None
    assert "Volunteers plant 300 trees." in article.text


UPDATED_FIRST = """Library opening hours extended
Last updated 3 June 2024 — see all updates
Published 1 June 2024
The council will keep 14 libraries open until 8pm on weekdays.
"""


def test_a_last_updated_line_with_its_link_is_chrome() -> None:
    article = parse_text(UPDATED_FIRST)
    assert article.title == "Library opening hours extended"
    assert article.published == PartialDate(2024, 6, 1)
    assert "see all updates" not in article.text


BEAT_BYLINE = """Councils agree to share gritting lorries
Robin Example, Transport correspondent
Tue 5 Mar 2024 10.30 GMT
Six councils have agreed to share their gritting lorries next winter.
"""


def test_a_name_and_beat_role_under_the_headline_is_the_byline() -> None:
    article = parse_text(BEAT_BYLINE)
    assert article.title == "Councils agree to share gritting lorries"
    assert article.authors == ("Robin Example",)
    assert article.published == PartialDate(2024, 3, 5)


UNANSWERED = """Ferry Services: Islands
Question for Department for Transport
UIN 40111, tabled on 3 April 2024
Asked by Robin Example
(North Isles)
To ask the Secretary of State for Transport, how many ferry crossings were cancelled in 2023.
Awaiting Answer
"""


def test_an_unanswered_question_is_by_its_asking_member_on_the_day_it_was_tabled() -> None:
    article = parse_text(UNANSWERED)
    assert article.title == "Ferry Services: Islands"
    assert article.authors == ("Robin Example",)
    assert article.published == PartialDate(2024, 4, 3)


SECTION_OVER_QUESTION = """Written questions, answers and statements
Ferry Services: Islands
Asked by Lord Example of Hilltown
Asked on: 3 April 2024
To ask His Majesty's Government how many ferry crossings were cancelled in 2023.
Answered on: 17 April 2024
Answered by: Baroness Sample of Dale
The department does not hold this information centrally.
"""


def test_an_answered_question_under_its_section_name() -> None:
    article = parse_text(SECTION_OVER_QUESTION)
    assert article.title == "Ferry Services: Islands"
    assert article.authors == ("Baroness Sample of Dale",)
    assert article.published == PartialDate(2024, 4, 17)


def test_a_sitting_line_dates_a_debate_page() -> None:
    page = (
        "Rivers Compact - Statement\n\n"
        "– in the House of Lords at 4:10 pm on 3 March 2021.\n\n"
        "My Lords, I will now repeat a Statement on the river compact made in another place.\n"
    )
    assert parse_text(page, source="a.txt").published == PartialDate(2021, 3, 3)


def test_a_bracketed_note_is_never_the_title_and_a_statement_has_its_minister() -> None:
    page = (
        "Rivers Compact\n\n(Limited Text - Ministerial Extracts only)\n\n"
        "Monday 3rd March 2021\n\nWritten Statements\n"
        "Ann Lowe Portrait The Minister for Water (Ann Lowe)\n\n"
        "The Government will sign the Rivers Compact at the summit in May.\n"
    )
    article = parse_text(page, source="a.txt")
    assert article.title == "Rivers Compact"
    assert article.authors == ("Ann Lowe",)


def test_an_infobox_printed_as_a_list_keeps_its_figures_without_its_logo_row() -> None:
    rows = [
        "Conventional Long Name: River Trade Pact (RTP)",
        "Linking Name: the River Trade Pact",
        "Symbol Type: Logo",
        "Org Type: Trade agreement",
        "Admin Center: Lima",
        "Established Date1: 3 May 2001",
        "Area Km2: 120,500",
        "Population Estimate: 4.2 million",
        "Gdp Nominal: $85.1 billion",
    ]
    page = (
        "= River Trade Pact =\n\nInfobox\n"
        + "".join(f"- {row}\n" for row in rows)
        + "\nThe River Trade Pact is a trade agreement between four river states.\n"
    )
    text = parse_text(page, source="a.txt").text
    assert "Area Km2: 120,500" in text
    assert "Symbol Type: Logo" not in text
    # a short contact block with a debris row is still dropped whole
    contact = (
        "Water Compact\n\n• Contact: press office\n• (202) 555-0100\n\nThe compact was signed.\n"
    )
    assert "555-0100" not in parse_text(contact, source="b.txt").text
