"""Plain-text parsing: titles, dates, bylines and debris in the layouts scrapers produce.

Every article here is written for these tests.
"""

from __future__ import annotations

import pytest

from policycorpus import Article, ParagraphKind, PartialDate
from policycorpus.errors import ParseError
from policycorpus.parse import parse_article, parse_text

BODY = (
    "The education ministry has pledged to fund 40 new online safety officers in schools, "
    "officials said on Tuesday.\n\n"
    "The plan, backed by a coalition of regional councils, follows a review that found "
    "reports of online grooming had risen by 12% over two years.\n\n"
    "Councils will publish their first progress reports next spring, according to the "
    "ministry."
)


def _texts(article: Article, kind: ParagraphKind | None = None) -> list[str]:
    return [
        p.span.slice(article.text) for p in article.paragraphs if kind is None or p.kind is kind
    ]


def test_bullet_date_repeated_headline_and_signoff() -> None:
    raw = (
        "• March 4, 2024\n"
        " Ministry pledges online safety officers for every school district\n\n"
        "Ministry pledges online safety officers for every school district\n\n"
        f"{BODY}\n\n"
        "Priya Natarajan, Editor\n\n"
        "Leave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *"
    )
    article = parse_text(raw)
    assert article.title == "Ministry pledges online safety officers for every school district"
    assert article.published == PartialDate(2024, 3, 4)
    assert article.authors == ("Priya Natarajan",)
    assert article.text.count("Ministry pledges online safety officers") == 1
    assert article.paragraphs[0].kind is ParagraphKind.HEADING
    assert article.text.startswith(article.title)
    assert "Leave a Reply" not in article.text
    assert "Priya" not in article.text
    assert "email address" not in article.text


def test_date_plus_byline_line_and_form_debris() -> None:
    raw = (
        "Regulators agree shared rules for reporting harmful images\n\n"
        "12 Feb 2024 Tomasz Kowalczyk-Berg\n\n"
        "Regulators from six countries agreed on Monday to share reporting rules.\n\n"
        "Their statement found that:\n\n"
        "  • Of 5,000 reports reviewed, 1,250 concerned repeat offenders.\n"
        "  • Some 300 were referred to police.\n\n"
        "Read the full statement here.\n\n"
        "Share your feedback:\n\n"
        "This field is for validation purposes and should be left unchanged."
    )
    article = parse_text(raw)
    assert article.title == "Regulators agree shared rules for reporting harmful images"
    assert article.published == PartialDate(2024, 2, 12)
    assert article.authors == ("Tomasz Kowalczyk-Berg",)
    items = _texts(article, ParagraphKind.LIST_ITEM)
    assert items == [
        "Of 5,000 reports reviewed, 1,250 concerned repeat offenders.",
        "Some 300 were referred to police.",
    ]
    for junk in ("feedback", "validation", "full statement"):
        assert junk not in article.text


def test_date_prefix_glued_to_first_paragraph_and_faq() -> None:
    raw = (
        " date 2024-02-01 Several platforms signed a voluntary code on Thursday to label "
        "synthetic images of children and remove them within a day.\n\n"
        "The code was drafted with child protection groups.\n\n"
        "FAQ\n\n"
        "What does the code require?\n\n"
        "Signatories must label synthetic images and report removal times every quarter.\n\n"
        "Is the code binding?\n\n"
        "No. It is voluntary, although regulators may cite it."
    )
    article = parse_text(raw)
    assert article.title is None  # the first sentence is never promoted
    assert article.published == PartialDate(2024, 2, 1)
    assert article.text.startswith("Several platforms signed")
    questions = _texts(article, ParagraphKind.QUESTION)
    assert questions == ["What does the code require?", "Is the code binding?"]
    faq = [p for p in article.paragraphs if p.section == "FAQ"]
    assert len(faq) == 4


def test_headline_with_nbsp_spacer_and_law_firm_footer() -> None:
    raw = (
        "Deepfake Abuse Cases Test Old Laws\n\n\u00a0\n\n"
        "Courts are struggling to apply older statutes to synthetic imagery, "
        "according to a new review.\u00a0 Judges have asked for clearer guidance.\n\n"
        "If you or a loved one has been affected, call the Example Legal Group toll-free "
        "at 1-800-555-0199. Our attorneys offer a free consultation."
    )
    article = parse_text(raw)
    assert article.title == "Deepfake Abuse Cases Test Old Laws"
    assert article.published is None
    assert "toll-free" not in article.text
    assert "review. Judges" in article.text  # no-break space folded, doubled space collapsed


def test_no_headline_means_no_title() -> None:
    article = parse_text(BODY)
    assert article.title is None
    assert article.paragraphs[0].kind is ParagraphKind.PARAGRAPH


def test_read_also_and_inline_chrome_dropped_subheadings_kept() -> None:
    raw = (
        "A charity warned on Wednesday that reports of sextortion had doubled.\n"
        "Read Also : Another unrelated story about smartphones\n"
        "What the figures show\n"
        "The charity counted 2,400 reports in the last quarter.\n"
        "Subscribe to our newsletter for weekly updates\n"
        "We use cookies to improve your experience.\n"
        "EN\n"
        "Photo: Getty Images\n"
    )
    article = parse_text(raw)
    assert article.title is None
    assert "Read Also" not in article.text
    assert "newsletter" not in article.text
    assert "cookies" not in article.text
    assert "Getty" not in article.text
    assert "\n\nEN" not in article.text
    assert _texts(article, ParagraphKind.HEADING) == ["What the figures show"]


def test_site_chrome_then_news_date_then_title() -> None:
    raw = (
        "Skip to main content\n"
        "Home Affairs\n"
        "News article12 March 2024\n\n"
        "Commission proposes new rules to detect abuse material\n\n"
        "The Commission today proposed rules obliging providers to assess risks.\n\n"
        "More information\n\n"
        "Publication date\n"
        "12 March 2024"
    )
    article = parse_text(raw)
    assert article.title == "Commission proposes new rules to detect abuse material"
    assert article.published == PartialDate(2024, 3, 12)
    assert "Skip" not in article.text
    assert "Home Affairs" not in article.text
    assert "Publication date" not in article.text


def test_wikipedia_headings() -> None:
    raw = (
        "= Online Safety Pledge =\n\n"
        "The Online Safety Pledge is a voluntary agreement signed in 2022.\n\n"
        "== Background ==\n"
        "It followed a consultation with parents and teachers."
    )
    article = parse_text(raw)
    assert article.title == "Online Safety Pledge"
    headings = _texts(article, ParagraphKind.HEADING)
    assert headings == ["Online Safety Pledge", "Background"]
    assert "=" not in article.text
    assert article.published is None  # a year in the body is not a publication date


@pytest.mark.parametrize(
    ("line", "body", "expected"),
    [
        # British spelling: numeric dates read day first
        ("Last updated: 03/04/2025", "The organisation recognised the programme.", (2025, 4, 3)),
        # American spelling: month first
        ("Last updated: 03/04/2025", "The organization recognized the program.", (2025, 3, 4)),
        # unambiguous either way
        ("04/15/2025 | News release | Distributed by Wire on 04/15/2025 09:30", "", (2025, 4, 15)),
    ],
)
def test_numeric_date_lines(line: str, body: str, expected: tuple[int, int, int]) -> None:
    sentence = "Officials described the findings at length in a briefing to reporters."
    raw = f"{line}\n{sentence} {body}" if line[0] == "0" else f"{sentence} {body}\n{line}"
    article = parse_text(raw)
    assert article.published == PartialDate(*expected)
    assert "updated" not in article.text.lower()


def test_numeric_date_day_first_from_source_domain() -> None:
    raw = "Officials described the findings to reporters today.\nLast updated: 03/04/2025"
    article = parse_text(raw, source="https://www.example.gov.au/news/item")
    assert article.published == PartialDate(2025, 4, 3)


def test_honorific_byline_with_role_line() -> None:
    raw = (
        "Filter upgrade to block thousands more sites\n\n"
        "Hon Maria de la Cruz\n\n"
        "Minister for Digital Affairs\n\n"
        "The department will extend its web filter, the minister said today."
    )
    article = parse_text(raw)
    assert article.title == "Filter upgrade to block thousands more sites"
    assert article.authors == ("Maria de la Cruz",)
    assert "Minister for Digital" not in article.text


def test_by_line_with_two_authors() -> None:
    raw = (
        "Schools adopt new reporting tool\n"
        "By Aisha Bello and Mark O'Neill\n"
        "Published 27 September 2023\n"
        "Schools in three regions have adopted a reporting tool for pupils."
    )
    article = parse_text(raw)
    assert article.authors == ("Aisha Bello", "Mark O'Neill")
    assert article.published == PartialDate(2023, 9, 27)


def test_two_officials_under_the_title_region() -> None:
    raw = (
        "This is historical material and the website is no longer updated.\n\n"
        "Laura Chen, Director of the Policy Council\n"
        "Omar Haddad, Senior Adviser on Technology\n\n"
        "The administration is calling on companies to curb abusive imagery."
    )
    article = parse_text(raw)
    assert article.title is None
    assert article.authors == ("Laura Chen", "Omar Haddad")
    assert "historical material" not in article.text


def test_press_contacts_and_event_dates_are_not_metadata() -> None:
    raw = (
        "Agency awards grants to regional task forces\n\n"
        "  • Contact: Sam Lee\n"
        "  • (555) 301-2299\n\n"
        "On 3 May 2022, the agency awarded $2 million to twelve task forces.\n\n"
        "The task forces train local officers."
    )
    article = parse_text(raw)
    assert article.authors == ()
    assert article.published is None
    assert "Sam Lee" not in article.text


def test_letter_signature_is_an_author() -> None:
    raw = (
        "To our partners,\n\n"
        "Thank you for endorsing the declaration on safer technology for children.\n\n"
        "We look forward to working with you in the coming years.\n\n"
        "Helena Marsh\n\n"
        "Office of International Affairs\n\n"
        "Another Story: A Look Back at 1995"
    )
    article = parse_text(raw)
    assert article.authors == ("Helena Marsh",)
    assert "Another Story" not in article.text


def test_title_ending_with_abbreviation_and_camel_case_brand() -> None:
    raw = (
        "eSafety fines Example Corp.\n\n"
        "The regulator issued an infringement notice for $610,500 in September."
    )
    assert parse_text(raw).title == "eSafety fines Example Corp."


def test_caption_credit_cut_and_alt_text_dropped() -> None:
    raw = (
        "Photo of delegates at the summit venue\n\n"
        "Delegates from 30 countries signed the statement. Photo credit: A. Person / Agency\n\n"
        "The statement commits signatories to share research."
    )
    article = parse_text(raw)
    assert article.title is None
    assert "Photo" not in article.text
    assert "Delegates from 30 countries signed the statement." in article.text


def test_hard_wrapped_lines_are_joined() -> None:
    raw = (
        "The committee said the new duties would apply to large platforms and to\n"
        "smaller services that host user content, with fines of up to 10% of turnover.\n"
        "A second paragraph starts here."
    )
    article = parse_text(raw)
    assert _texts(article)[0].endswith("up to 10% of turnover.")
    assert "platforms and to smaller services" in article.text


def test_hansard_style_header() -> None:
    raw = (
        "Skip to main content\n\n"
        "Online Safety\n\n"
        "Volume 790: debated on Tuesday 5 March 2024\n\n"
        "The following Statement was made in the House of Commons on Monday 4 March.\n\n"
        "My Lords, with permission I shall repeat the Statement."
    )
    article = parse_text(raw)
    assert article.title == "Online Safety"
    assert article.published == PartialDate(2024, 3, 5)


def test_bytes_are_decoded_and_recorded() -> None:
    raw = "Caf\u00e9 owners \u201cpledge\u201d support for the campaign today.".encode("cp1252")
    article = parse_article(raw)
    assert article.encoding == "cp1252"
    assert "\u201cpledge\u201d" in article.text  # curly quotes kept


def test_reference_date_is_not_the_published_date() -> None:
    import datetime as dt

    article = parse_text(BODY, reference_date=dt.date(2024, 1, 2))
    assert article.published is None
    assert article.retrieved == dt.date(2024, 1, 2)


@pytest.mark.parametrize("data", ["", "   \n\t ", b"", b"\x00\x01\x02binary\x00" * 20])
def test_unusable_input_raises_parse_error(data: str | bytes) -> None:
    with pytest.raises(ParseError):
        parse_article(data)


def test_parse_error_names_source() -> None:
    with pytest.raises(ParseError, match=r"empty\.txt"):
        parse_article("", source="empty.txt")


def test_parliament_page_chrome() -> None:
    raw = (
        "Online Harms: Children Debate\n\n"
        "Full Debate: Read Full Debate\n\n"
        "Online Harms: Children\n\n"
        "Lord Example Excerpts\n"
        "Tuesday 14th October 2025\n\n"
        "(3 days, 2 hours ago)\n\n"
        "Lords Chamber\n"
        "Read Full debate Read Hansard Text\n"
        "Lord Example Portrait Lord Example (Con)\n"
        "- Hansard - -\n\n"
        "My Lords, I thank the noble Baroness for securing this debate on a pressing subject.\n"
    )
    article = parse_text(raw)
    assert article.title == "Online Harms: Children"
    assert article.published == PartialDate(2025, 10, 14)
    assert article.authors == ()
    assert article.text == "Online Harms: Children\n\nMy Lords, I thank the noble Baroness for " + (
        "securing this debate on a pressing subject."
    )


def test_related_block_and_its_dates_are_cut() -> None:
    raw = (
        "Blog\n\n"
        "Charity welcomes new school guidance\n\n"
        "4 April 2022\n\n"
        "The charity said the guidance would help teachers respond to online harms.\n\n"
        "It will publish resources for parents later this year.\n\n"
        "Latest articles\n\n"
        "A parent's guide to gaming chat\n\n"
        "9 May 2025\n"
    )
    article = parse_text(raw)
    assert article.title == "Charity welcomes new school guidance"
    assert article.published == PartialDate(2022, 4, 4)
    assert "gaming" not in article.text


def test_speaker_name_over_role_and_short_year_date() -> None:
    raw = (
        "Other available languages: none\n\n"
        "Ana Sofia Pereira\n\n"
        "Commissioner for Digital Affairs\n\n"
        "Statement on the agreement to protect children from online abuse\n\n"
        "3/9/21\n\n"
        "Today I welcome the agreement reached by the member states on new safeguards.\n"
    )
    article = parse_text(raw)
    assert article.authors == ("Ana Sofia Pereira",)
    assert article.title == "Statement on the agreement to protect children from online abuse"
    assert article.published == PartialDate(2021, 9, 3)


def test_gov_style_from_and_published_block_after_standfirst() -> None:
    raw = (
        "Press release\n\n"
        "New fund for specialist online safety officers\n\n"
        "The minister has announced a fund for police to tackle online abuse of children.\n\n"
        "From:\n"
        "Department for Examples and The Rt Hon Alex Minister MP\n"
        "Published\n"
        "27 September 2023\n\n"
        "The fund will support 200 specialist officers across the country.\n"
    )
    article = parse_text(raw)
    assert article.title == "New fund for specialist online safety officers"
    assert article.published == PartialDate(2023, 9, 27)
    assert "From:" not in article.text
    assert "Department for Examples" not in article.text


def test_release_sentence_dates_itself_but_event_sentences_do_not() -> None:
    archive = (
        "Tag: Education\n\n"
        "  • PRESS RELEASE : Schools to filter harmful content [May 2024]\n\n"
        "    PRESS RELEASE : Schools to filter harmful content [May 2024]\n\n"
        "    The press release issued by the department on 2 May 2024.\n\n"
        "    Schools will be required to filter harmful content, officials said.\n"
    )
    article = parse_text(archive)
    # a label in capitals on the headline's own line is part of the printed headline
    assert article.title == "PRESS RELEASE : Schools to filter harmful content [May 2024]"
    assert article.published == PartialDate(2024, 5, 2)
    event = "Review published\n\nThe panel issued its report on 3 May 2024 after a long review.\n"
    assert parse_text(event).published is None


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Posted on March 3, 2024 by Jane Holloway", ("Jane Holloway",), (2024, 3, 3)),
        ("Jane Holloway | March 3, 2024", ("Jane Holloway",), (2024, 3, 3)),
        ("Published: 12:30 BST, 3 March 2024 | Updated: 14:10 BST, 5 March 2024", (), (2024, 3, 3)),
        ("Updated 5 March 2024", (), (2024, 3, 5)),
        ("By JANE HOLLOWAY", ("JANE HOLLOWAY",), None),
    ],
)
def test_byline_and_date_line_forms(
    line: str, authors: tuple[str, ...], published: tuple[int, int, int] | None
) -> None:
    raw = (
        "Regulator opens consultation on age checks\n\n"
        f"{line}\n\n"
        "The regulator opened a consultation on age checks for adult sites on Monday.\n"
    )
    article = parse_text(raw)
    assert article.title == "Regulator opens consultation on age checks"
    assert article.authors == authors
    assert article.published == (PartialDate(*published) if published else None)
    assert line not in article.text


def test_bullet_less_list_and_site_suffix_title() -> None:
    raw = (
        "Pledge signatories | Example Policy Wire\n\n"
        "Pledge signatories\n\n"
        "The following countries signed the pledge on Tuesday:\n"
        "Austria\n"
        "Chile\n"
        "Ghana\n"
        "Japan\n"
    )
    article = parse_text(raw)
    assert article.title == "Pledge signatories"
    assert _texts(article, ParagraphKind.LIST_ITEM) == ["Austria", "Chile", "Ghana", "Japan"]


def test_joint_ministerial_release_header() -> None:
    raw = (
        "The Hon Priya Sharma MP\n"
        "Minister for Communications\n"
        "Senator the Hon Tom Brennan\n"
        "Minister for Education\n\n"
        "Joint media release\n\n"
        "Date: 3 May 2024\n\n"
        "New classroom resources on online safety\n\n"
        "Schools will receive new resources to teach pupils about online safety.\n"
    )
    article = parse_text(raw)
    assert article.authors == ("Priya Sharma", "Tom Brennan")
    assert article.published == PartialDate(2024, 5, 3)
    assert article.title == "New classroom resources on online safety"
    assert "Minister for" not in article.text


def test_run_together_site_name_and_date_label() -> None:
    raw = (
        "Reports of synthetic abuse imagery rise sharply, says charity\n"
        "example.comPublished: 4/22/2025\n"
        "Summary\n"
        "A charity reported a sharp rise in synthetic abuse imagery over the past year.\n"
        "Source: Example News\n"
    )
    article = parse_text(raw)
    assert article.published == PartialDate(2025, 4, 22)
    assert article.title == "Reports of synthetic abuse imagery rise sharply, says charity"
    assert "Source:" not in article.text


def test_hard_wrapped_lines_that_cannot_end_a_sentence_run_on() -> None:
    raw = (
        "Agency raises education funding\n"
        "The agency will commit up to\n"
        "£40 million to the fund over the next four years, a minister has\n"
        "announced. The money will be released at the summit in\n"
        "Geneva.\n"
    )
    article = parse_text(raw)
    assert [article.text[p.span.start : p.span.end] for p in article.paragraphs][1:] == [
        "The agency will commit up to £40 million to the fund over the next four years, a "
        "minister has announced. The money will be released at the summit in Geneva."
    ]


def test_a_heading_that_ends_a_period_does_not_date_the_page() -> None:
    text = (
        "Ministerial releases\n\n"
        "Term of office: 14/05/2019 - 02/11/2022\n\n"
        "Ports pact agreed\n\n"
        "The two governments agreed to share port emissions data, the minister said.\n"
    )
    assert parse_text(text, source="release.txt").published is None


def test_a_long_heading_ending_with_its_date_is_the_title() -> None:
    heading = (
        "Joint statement at the Interactive Dialogue on River Safety delivered by Chile on "
        "behalf of Peru, Ghana, Kenya, Portugal, Norway, Iceland and Chile, 2 November 2022"
    )
    text = (
        "Skip to main content\n\nUnited Nations\n\n"
        f"{heading}\n\n"
        "Thank you Chair. I deliver this statement on behalf of seven countries.\n"
    )
    article = parse_text(text, source="statement.txt")
    assert article.title == heading
    assert article.published == PartialDate(2022, 11, 2)


def test_the_delegate_who_delivered_a_statement_is_its_author() -> None:
    text = (
        "Joint statement of the Friends of the River\n\n"
        "As delivered by Ambassador Ana Ruiz, Permanent Representative of Chile to the "
        "River Forum\n\n"
        "Thank you, Chair. I deliver this statement on behalf of six countries.\n"
    )
    assert parse_text(text, source="delivered.txt").authors == ("Ana Ruiz",)


@pytest.mark.parametrize(
    "line",
    [
        "On 22 July 2009, Chile signed the river charter.",
        "On 22 July 2009, Chile signed the river charter. Peru followed in May.",
        "22 July 2009: the ministers signed the river charter.",
    ],
)
def test_a_last_line_opening_with_a_date_is_body_not_a_date_line(line: str) -> None:
    from policycorpus import parse_text

    article = parse_text(f"River charter\n\n{line}", source="d.txt")
    assert article.text.endswith(line)
