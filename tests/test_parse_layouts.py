# ruff: noqa: E501
"""Plain-text layouts: one page per layout, each written for these tests.

Each page checks the title, the published date and the authors, that the first body
sentence survives and that the page's chrome does not.
"""

from __future__ import annotations

import pytest

from policycorpus.parse import parse_text

LAYOUTS: list[tuple[str, str, str | None, str | None, list[str]]] = [
    (
        "us_release",
        (
            "Skip to main content\n"
            "An official website of the United States government\n"
            "Home > News > Press Releases\n"
            "FOR IMMEDIATE RELEASE\n"
            "March 5, 2025\n"
            "Department Announces Grants to Expand School Online Safety Programs\n"
            "WASHINGTON — The Department of Education today announced $12 million in grants to help 40 school districts teach pupils about online safety.\n"
            "\n"
            "The grants will fund training for 2,500 teachers over two years, the department said.\n"
            "\n"
            '"Every child deserves to learn in a safe digital environment," the Secretary said.\n'
            "\n"
            "###\n"
            "\n"
            "Contact: Press Office, (202) 555-0147\n"
        ),
        "Department Announces Grants to Expand School Online Safety Programs",
        "2025-03-05",
        [],
    ),
    (
        "us_dateline_inline",
        (
            "Home | Newsroom | Press Releases\n"
            "Attorney General Joins 30 States in Pledge on Child Data Privacy\n"
            "WASHINGTON, Mar. 5, 2025 — The Attorney General today joined 30 states in a pledge to enforce child data privacy laws against app developers.\n"
            "\n"
            "The coalition said it would share investigative resources and publish a joint report within 12 months.\n"
            "\n"
            "Share this page\n"
            "Facebook\n"
            "Twitter\n"
            "LinkedIn\n"
        ),
        "Attorney General Joins 30 States in Pledge on Child Data Privacy",
        "2025-03-05",
        [],
    ),
    (
        "canada_modified",
        (
            "Government of Canada\n"
            "Canada.ca > Public Safety Canada > News\n"
            "Minister announces funding to combat online child exploitation\n"
            "From: Public Safety Canada\n"
            "News release\n"
            "March 4, 2025 — Ottawa, Ontario\n"
            "The Minister of Public Safety today announced $15 million over five years to strengthen the National Child Exploitation Crime Centre.\n"
            "\n"
            "The funding will support 20 new investigators and a public awareness campaign.\n"
            "\n"
            "Share this page\n"
            "Date modified:\n"
            "2025-03-05\n"
        ),
        "Minister announces funding to combat online child exploitation",
        "2025-03-04",
        [],
    ),
    (
        "canada_modified_only",
        (
            "Canada.ca\n"
            "Report on youth online safety released\n"
            "The report found that 41% of young people had received an unwanted message from a stranger online in the past year.\n"
            "\n"
            "The department will consult provinces on next steps this spring.\n"
            "\n"
            "Date modified: 2025-03-05\n"
        ),
        "Report on youth online safety released",
        "2025-03-05",
        [],
    ),
    (
        "published_ordinal",
        (
            "Safeguarding Network\n"
            "Charities welcome new national reporting standard\n"
            "Published on 3rd of May 2025\n"
            "Written by Amara Lewis\n"
            "A coalition of 14 children's charities has welcomed a national standard for reporting online harms.\n"
            "\n"
            "The standard requires platforms to acknowledge reports within 24 hours.\n"
            "\n"
            "Amara Lewis is a policy writer covering child protection and digital regulation.\n"
        ),
        "Charities welcome new national reporting standard",
        "2025-05-03",
        ["Amara Lewis"],
    ),
    (
        "dotted_date",
        (
            "Pressemitteilung\n"
            "Federal Ministry signs child safety declaration\n"
            "05.03.2025\n"
            "The Federal Ministry for Family Affairs signed a declaration with six online platforms on Wednesday.\n"
            "\n"
            "The platforms committed to age checks for new accounts by the end of 2026.\n"
        ),
        "Federal Ministry signs child safety declaration",
        "2025-03-05",
        [],
    ),
    (
        "posted_by",
        (
            "Home > Blog > Policy\n"
            "Why the new age assurance code matters\n"
            "Posted by Daniel Osei on Mar. 5, 2025\n"
            "The regulator's new code sets out how services should check the age of their users.\n"
            "\n"
            "It applies to services with more than 700,000 monthly users in the country.\n"
            "\n"
            "Related articles\n"
            "What the online safety law means for parents\n"
            "Five things to know about age checks\n"
        ),
        "Why the new age assurance code matters",
        "2025-03-05",
        ["Daniel Osei"],
    ),
    (
        "bio_footer",
        (
            "Education ministers pledge to update curriculum on online risks\n"
            "By Jane Roe\n"
            "12 June 2025\n"
            "Education ministers from 9 countries pledged on Thursday to update school curricula on online risks by 2027.\n"
            "\n"
            "The ministers said they would share teaching materials through a common portal.\n"
            "\n"
            "Jane Roe is a reporter covering education and technology policy. She previously worked in Brussels.\n"
        ),
        "Education ministers pledge to update curriculum on online risks",
        "2025-06-12",
        ["Jane Roe"],
    ),
    (
        "wiki_sections",
        (
            "Child Online Protection Accord\n"
            "From Wikipedia, the free encyclopedia\n"
            "The Child Online Protection Accord is an international agreement signed in 2024 by 22 states.\n"
            "\n"
            "== Background ==\n"
            "Negotiations began in 2022 after a report by an expert group.\n"
            "\n"
            "== Signatories ==\n"
            "The accord was signed by 22 states, including Chile, Ghana and Norway.\n"
            "\n"
            "== See also ==\n"
            "Convention on the Rights of the Child\n"
        ),
        "Child Online Protection Accord",
        None,
        [],
    ),
    (
        "qa_transcript",
        (
            "Transcript: Press conference on the youth safety plan\n"
            "Q: Minister, when will the plan take effect?\n"
            "A: The plan takes effect on 1 July, and the first review will follow after 12 months.\n"
            "Q: How much funding is attached?\n"
            "A: There is £20 million over three years for local services.\n"
        ),
        "Transcript: Press conference on the youth safety plan",
        None,
        [],
    ),
    (
        "written_by_date_sep",
        (
            "News | Policy\n"
            "Regulator fines platform over age checks\n"
            "Written by Lena Fischer · 5 March 2025 · 4 min read\n"
            "The regulator fined a video platform £2 million on Tuesday for failing to check users' ages.\n"
            "\n"
            "The platform said it would appeal the decision.\n"
        ),
        "Regulator fines platform over age checks",
        "2025-03-05",
        ["Lena Fischer"],
    ),
    (
        "site_suffix",
        (
            "Ministers agree joint approach to online grooming | Ministry of Justice\n"
            "Ministers from five countries agreed on Monday to coordinate their laws on online grooming.\n"
            "\n"
            "The agreement covers information sharing between police forces.\n"
            "Published: 14/02/2025\n"
        ),
        "Ministers agree joint approach to online grooming",
        "2025-02-14",
        [],
    ),
    (
        "social_share",
        (
            "Share on Facebook\n"
            "Share on X\n"
            "Share via email\n"
            "Copy link\n"
            "New helpline for young people launches nationwide\n"
            "Updated: 7 Apr 2025, 09:15\n"
            "A national helpline for young people affected by online abuse launched on Monday, with 60 trained advisers.\n"
            "\n"
            "The helpline will be open 24 hours a day.\n"
            "Follow us on Instagram\n"
        ),
        "New helpline for young people launches nationwide",
        "2025-04-07",
        [],
    ),
    (
        "done_at_trailer",
        (
            "Joint Declaration on Child Safety by Design\n"
            "The signatories commit to building safety features into services used by children.\n"
            "\n"
            "They will publish annual transparency reports, the first by June 2026.\n"
            "\n"
            "Done at Geneva, 12 November 2025\n"
        ),
        "Joint Declaration on Child Safety by Design",
        "2025-11-12",
        [],
    ),
    (
        "posted_sep_date",
        (
            "Posted on 2025-03-05 by Sam Patel\n"
            "Council adopts child safeguarding plan\n"
            "The city council adopted a five-year child safeguarding plan on Tuesday evening.\n"
            "\n"
            "The plan includes funding for 12 new social workers.\n"
        ),
        "Council adopts child safeguarding plan",
        "2025-03-05",
        ["Sam Patel"],
    ),
    (
        "govuk_chrome",
        (
            "Skip to main content\n"
            "Cookies on this service\n"
            "We use some essential cookies to make this service work.\n"
            "Accept additional cookies   Reject additional cookies   View cookies\n"
            "GOV.UK\n"
            "Home  >  Education  >  Safeguarding\n"
            "Press release\n"
            "Schools to get new guidance on reporting online harms\n"
            "Every school will receive updated guidance on how pupils can report harmful content, the department said today.\n"
            "From: Department for Education\n"
            "Published 2 June 2025\n"
            "\n"
            "The guidance will be sent to 24,000 schools before the autumn term.\n"
            "\n"
            "The department will review its effect after one year.\n"
        ),
        "Schools to get new guidance on reporting online harms",
        "2025-06-02",
        [],
    ),
    (
        "hansard_speaker",
        (
            "Child Safety Online Bill\n"
            "Volume 790: debated on Wednesday 4 June 2025\n"
            "Printable version | Share\n"
            "Commons Chamber\n"
            "The Parliamentary Under-Secretary of State for Education (Sam Okoro)\n"
            "With permission, I will update the House on the child safety online programme.\n"
            "\n"
            "Funding for the programme has risen to £30 million this year.\n"
        ),
        "Child Safety Online Bill",
        "2025-06-04",
        [],
    ),
    (
        "cookie_repeated_headline",
        (
            "Your privacy choices\n"
            "We and our 120 partners store cookies on your device to measure audiences. Accept all   Reject all   Manage preferences\n"
            "\n"
            "Home  News  Politics  World\n"
            "\n"
            "Regulator orders platforms to publish child safety audits\n"
            "\n"
            "Regulator orders platforms to publish child safety audits\n"
            "\n"
            "By Ravi Menon, Political correspondent\n"
            "Published 9 September 2025, 08:15 BST\n"
            "\n"
            "The regulator has ordered the 12 largest platforms to publish independent child safety audits every year.\n"
            "\n"
            "Platforms that miss the first deadline face fines of up to 6% of global turnover.\n"
            "\n"
            "More on this story\n"
            "Regulator orders platforms to publish child safety audits\n"
        ),
        "Regulator orders platforms to publish child safety audits",
        "2025-09-09",
        ["Ravi Menon"],
    ),
    (
        "govie_prefix",
        (
            "gov.ie - Minister launches national plan on child online safety\n"
            "\n"
            "From Department of Children, Equality and Youth\n"
            "Published on 11 February 2026\n"
            "Last updated on 13 February 2026\n"
            "\n"
            "The Minister has launched a national plan to improve child online safety, with funding of €8 million.\n"
            "\n"
            "The plan will be reviewed after two years.\n"
        ),
        "Minister launches national plan on child online safety",
        "2026-02-11",
        [],
    ),
    (
        "govuk_prefix",
        (
            "GOV.UK - Ministers publish response to consultation on age checks\n"
            "The government has published its response to the consultation on age checks, which received 3,400 submissions.\n"
            "\n"
            "Most respondents supported stronger checks for social media services.\n"
        ),
        "Ministers publish response to consultation on age checks",
        None,
        [],
    ),
    (
        "written_answer",
        (
            "Written Question\n"
            "Schools: Internet Safety\n"
            "Tabled by Lord Example\n"
            "Asked 2 May 2025\n"
            "Question to the Department for Education:\n"
            "To ask the Government how many schools have adopted the online safety curriculum.\n"
            "Answered by a Minister of State\n"
            "This question was answered on 9 May 2025\n"
            "Some 18,000 schools have adopted the curriculum so far, and the department expects all schools to do so by 2026.\n"
        ),
        "Schools: Internet Safety",
        "2025-05-09",
        [],
    ),
    (
        "signed_in_dateline",
        (
            "Charter on Safe Messaging for Young People\n"
            "Signed in Lisbon, 14 April 2026\n"
            "\n"
            "The signatories commit to default privacy settings for users under 16.\n"
            "\n"
            "The charter will be reviewed every two years.\n"
        ),
        "Charter on Safe Messaging for Young People",
        "2026-04-14",
        [],
    ),
    (
        "city_dateline",
        (
            "Ministerial Statement on Child Protection in Humanitarian Settings\n"
            "\n"
            "Nairobi, 8 July 2026\n"
            "\n"
            "1. We, the ministers of 12 countries, met to agree shared standards for child protection in emergencies.\n"
            "\n"
            "2. We commit to training 5,000 field staff by 2028.\n"
        ),
        "Ministerial Statement on Child Protection in Humanitarian Settings",
        "2026-07-08",
        [],
    ),
    (
        "pipe_byline",
        (
            "Europe | Technology\n"
            "\n"
            "Talks on child safety code resume in Brussels\n"
            "\n"
            "By Joanna Kowalczyk | 2 May 2026 | 5 min read\n"
            "\n"
            "BRUSSELS — Negotiators resumed talks on a voluntary child safety code on Friday, with 9 companies taking part.\n"
            "\n"
            "A final text is expected before the summer.\n"
        ),
        "Talks on child safety code resume in Brussels",
        "2026-05-02",
        ["Joanna Kowalczyk"],
    ),
    (
        "caps_title",
        (
            "FOR IMMEDIATE RELEASE\n"
            "Tuesday 5th March 2025\n"
            "GOVERNOR SIGNS LAW REQUIRING AGE CHECKS ON APP STORES\n"
            "The Governor signed a law on Tuesday requiring app stores to verify the age of users under 16.\n"
            "\n"
            "The law takes effect in January 2026.\n"
        ),
        "GOVERNOR SIGNS LAW REQUIRING AGE CHECKS ON APP STORES",
        "2025-03-05",
        [],
    ),
    (
        "iso_timestamp",
        (
            "Published: 2025-03-05T10:00:00Z\n"
            "Updated: 2025-03-06T08:30:00Z\n"
            "Ofcom sets out next steps on children's codes\n"
            "The regulator said it would consult on additional measures for children's safety later this year.\n"
            "\n"
            "Around 1,000 services will be affected.\n"
        ),
        "Ofcom sets out next steps on children's codes",
        "2025-03-05",
        [],
    ),
    (
        "ap_dateline",
        (
            "Senators unveil bipartisan bill on child online privacy\n"
            "By JANE DOE, Associated Press\n"
            "Updated 3:12 PM EST, March 5, 2025\n"
            "WASHINGTON (AP) — A bipartisan group of senators unveiled a bill on Wednesday that would bar targeted advertising to children.\n"
            "\n"
            "The bill has 14 co-sponsors.\n"
        ),
        "Senators unveil bipartisan bill on child online privacy",
        "2025-03-05",
        ["JANE DOE"],
    ),
    (
        "author_label",
        (
            "Menu\n"
            "Search\n"
            "English | Français\n"
            "Explainer: What the new online safety code means for parents\n"
            "Author: Priya Shah\n"
            "Date: 12 March 2025\n"
            "The new code, which came into force this week, requires services to assess risks to children.\n"
            "\n"
            "Parents will be able to report concerns through a single portal.\n"
        ),
        "Explainer: What the new online safety code means for parents",
        "2025-03-12",
        ["Priya Shah"],
    ),
    (
        "reuters_footer",
        (
            "Britain and France agree to share data on online child abuse\n"
            "March 5, 2025 10:42 AM GMT\n"
            "LONDON, March 5 (Reuters) - Britain and France agreed on Wednesday to share intelligence on online child abuse networks, the two governments said.\n"
            "\n"
            "The agreement covers 2 specialist police units.\n"
            "\n"
            "Reporting by Kate Holton; Editing by Mark Potter\n"
        ),
        "Britain and France agree to share data on online child abuse",
        "2025-03-05",
        ["Kate Holton"],
    ),
    (
        "wiki_title_suffix",
        (
            "Online Safety Act 2023 - Wikipedia\n"
            "Jump to navigation Jump to search\n"
            "From Wikipedia, the free encyclopedia\n"
            "The Online Safety Act 2023 is an act of the Parliament of the United Kingdom that regulates online content.\n"
            "\n"
            "The act received royal assent on 26 October 2023.\n"
        ),
        "Online Safety Act 2023",
        None,
        [],
    ),
    (
        "question_answer",
        (
            "Questions and answers: the child safety fund\n"
            "Question: Who can apply to the fund?\n"
            "Answer: Any registered charity working with children can apply, with grants of up to £50,000.\n"
            "Question: When does the fund close?\n"
            "Answer: Applications close on 30 June 2025.\n"
        ),
        "Questions and answers: the child safety fund",
        None,
        [],
    ),
    (
        "staff_writer",
        (
            "Council approves school phone ban\n"
            "Maria Lopez, Staff Writer\n"
            "March 5, 2025\n"
            "The city council voted 7-2 on Tuesday to approve a ban on phones in primary schools.\n"
            "\n"
            "The ban starts next term.\n"
        ),
        "Council approves school phone ban",
        "2025-03-05",
        ["Maria Lopez"],
    ),
    (
        "two_authors",
        (
            "New report maps gaps in child protection funding\n"
            "By Ahmed Khan and Sophie Martin\n"
            "5 Mar 2025\n"
            "A new report found that 23 local authorities cut child protection budgets last year.\n"
            "\n"
            "The report's authors called for a national funding formula.\n"
        ),
        "New report maps gaps in child protection funding",
        "2025-03-05",
        ["Ahmed Khan", "Sophie Martin"],
    ),
    (
        "posted_by_admin",
        (
            "Posted by admin on March 5, 2025\n"
            "Youth council calls for safer social media\n"
            "The youth council published a letter on Tuesday calling for safer default settings for teenagers.\n"
            "\n"
            "The letter was signed by 300 young people.\n"
        ),
        "Youth council calls for safer social media",
        "2025-03-05",
        [],
    ),
    (
        "month_comma_year",
        (
            "Statement on the protection of children online\n"
            "5 March, 2025\n"
            "The ministers agreed to coordinate enforcement against platforms that fail to protect children.\n"
            "\n"
            "They will meet again in 2026.\n"
        ),
        "Statement on the protection of children online",
        "2025-03-05",
        [],
    ),
    (
        "standfirst_sentence_case",
        (
            "News\n"
            "Ministers pledge £40m for child online safety research\n"
            "The money will fund 12 university projects over four years, with the first results expected in 2027\n"
            "5 March 2025\n"
            "The Department for Science announced the funding on Wednesday at a conference in Manchester.\n"
            "\n"
            "Universities can bid from April.\n"
        ),
        "Ministers pledge £40m for child online safety research",
        "2025-03-05",
        [],
    ),
    (
        "date_then_title_canada",
        (
            "News release\n"
            "Government of Canada invests in programs to protect children online\n"
            "March 4, 2025 | Ottawa, Ontario | Public Safety Canada\n"
            "Today, the Minister announced an investment of $5 million in programs to protect children online.\n"
            "\n"
            "The programs will run in 10 provinces.\n"
        ),
        "Government of Canada invests in programs to protect children online",
        "2025-03-04",
        [],
    ),
    (
        "last_updated_us",
        (
            "Last Updated: March 5, 2025 at 3:12 p.m. ET\n"
            "State attorneys general sue app maker over child data\n"
            "A coalition of 20 state attorneys general sued an app maker on Wednesday over the collection of children's data.\n"
            "\n"
            "The suit seeks civil penalties.\n"
        ),
        "State attorneys general sue app maker over child data",
        "2025-03-05",
        [],
    ),
    (
        "body_dateline_eu",
        (
            "Commission welcomes agreement on child sexual abuse regulation\n"
            "Brussels, 5 March 2025 – The Commission welcomed the political agreement reached today on rules to prevent and combat child sexual abuse online.\n"
            "\n"
            "The rules will apply 24 months after entry into force.\n"
        ),
        "Commission welcomes agreement on child sexual abuse regulation",
        "2025-03-05",
        [],
    ),
    (
        "published_updated_one_line",
        (
            "Funding boost for youth helplines\n"
            "Published: 5 March 2025 | Last updated: 6 March 2025\n"
            "Youth helplines will receive an extra £3 million this year, the department said.\n"
            "\n"
            "The money will pay for 80 more counsellors.\n"
        ),
        "Funding boost for youth helplines",
        "2025-03-05",
        [],
    ),
    (
        "category_date_line",
        (
            "News | 5 March 2025\n"
            "Regulator opens consultation on age assurance\n"
            "The regulator opened a 10-week consultation on Wednesday on how services should check users' ages.\n"
            "\n"
            "Responses close in May.\n"
        ),
        "Regulator opens consultation on age assurance",
        "2025-03-05",
        [],
    ),
    (
        "speech_delivered",
        (
            "Speech\n"
            "Minister's speech at the child safety summit\n"
            "Delivered on: 5 March 2025 (Original script, may differ from delivered version)\n"
            "Thank you for inviting me to speak at this summit on the safety of children online.\n"
            "\n"
            "We have committed £10 million to new research this year.\n"
        ),
        "Minister's speech at the child safety summit",
        "2025-03-05",
        [],
    ),
    (
        "numeric_us",
        (
            "Press Release\n"
            "03/05/2025\n"
            "Senator introduces bill on school cyber safety\n"
            "The bill would provide $50 million in grants for school cyber safety programs over five years.\n"
            "\n"
            "It has been referred to the education committee.\n"
        ),
        "Senator introduces bill on school cyber safety",
        "2025-03-05",
        [],
    ),
    (
        "relative_stamp",
        (
            "Regulator fines app for weak age checks\n"
            "2 hours ago\n"
            "The regulator fined a messaging app £1.5 million on Friday for weak age checks.\n"
            "\n"
            "The app has 28 days to appeal.\n"
        ),
        "Regulator fines app for weak age checks",
        None,
        [],
    ),
    (
        "author_at_end_dash",
        (
            "Why children's data needs stronger protection\n"
            "Parents increasingly worry about how apps collect data on their children, a survey of 2,000 adults found.\n"
            "\n"
            "Regulators in 14 countries have opened investigations since 2023.\n"
            "\n"
            "— Hannah Brooks, Senior Policy Analyst\n"
        ),
        "Why children's data needs stronger protection",
        None,
        ["Hannah Brooks"],
    ),
    (
        "un_doc_code",
        (
            "Meetings Coverage and Press Releases\n"
            "SG/SM/22511\n"
            "5 March 2025\n"
            "Secretary-General welcomes adoption of guidelines on children in digital environments\n"
            "The following statement was issued today by the Spokesperson for the Secretary-General.\n"
            "\n"
            "The Secretary-General welcomes the adoption of the guidelines, which 38 Member States helped draft.\n"
        ),
        "Secretary-General welcomes adoption of guidelines on children in digital environments",
        "2025-03-05",
        [],
    ),
    (
        "whitehouse",
        (
            "Briefing Room\n"
            "Statements and Releases\n"
            "March 5, 2025\n"
            "Statement from the Press Secretary on Protecting Children Online\n"
            "The Administration today announced new steps to protect children online, including $25 million for research.\n"
            "\n"
            "The steps build on commitments made by 15 companies last year.\n"
        ),
        "Statement from the Press Secretary on Protecting Children Online",
        "2025-03-05",
        [],
    ),
    (
        "eu_council_time",
        (
            "Council of the EU\n"
            "Press release\n"
            "5 March 2025\n"
            "10:30\n"
            "Child sexual abuse: Council agrees position on prevention rules\n"
            "The Council today agreed its position on rules to prevent child sexual abuse online.\n"
            "\n"
            "Negotiations with the Parliament will start in April.\n"
        ),
        "Child sexual abuse: Council agrees position on prevention rules",
        "2025-03-05",
        [],
    ),
    (
        "beehive",
        (
            "Hon Erica Stanford\n"
            "Minister of Education\n"
            "5 March 2025\n"
            "Schools to get new online safety lessons\n"
            "All schools will teach online safety lessons from next year, backed by $4 million in funding.\n"
            "\n"
            "The lessons were developed with 30 teachers.\n"
        ),
        "Schools to get new online safety lessons",
        "2025-03-05",
        ["Erica Stanford"],
    ),
    (
        "lords",
        (
            "Online Safety: Children\n"
            "Volume 845: debated on Wednesday 5 March 2025\n"
            "Question\n"
            "Baroness Kidron (CB)\n"
            "To ask His Majesty's Government what steps they are taking to protect children from harmful content.\n"
            "\n"
            "Lord Vallance of Balham (Lab)\n"
            "My Lords, Ofcom's children's codes come into force this summer.\n"
        ),
        "Online Safety: Children",
        "2025-03-05",
        [],
    ),
    (
        "wiki_redirect",
        (
            "Lanzarote Convention\n"
            "From Wikipedia, the free encyclopedia\n"
            "(Redirected from Lanzarote convention)\n"
            "The Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse is a multilateral treaty signed in 2007.\n"
            "\n"
            "It has been ratified by 48 states.\n"
        ),
        "Lanzarote Convention",
        None,
        [],
    ),
    (
        "bbc_suffix",
        (
            "Child safety code comes into force - BBC News\n"
            "Child safety code comes into force\n"
            "5 March 2025\n"
            "Share\n"
            "Save\n"
            "Zoe Kleinman\n"
            "Technology editor\n"
            "A new code requiring online services to protect children has come into force.\n"
            "\n"
            "Services that fail to comply face fines of up to £18m.\n"
        ),
        "Child safety code comes into force",
        "2025-03-05",
        ["Zoe Kleinman"],
    ),
    (
        "image_caption",
        (
            "Ministers sign child protection compact\n"
            "Image: Ministers at the signing ceremony in Oslo (Photo: Jane Roe)\n"
            "Ministers from 8 countries signed a child protection compact in Oslo on Wednesday, 5 March 2025.\n"
            "\n"
            "The compact includes a shared reporting system.\n"
        ),
        "Ministers sign child protection compact",
        None,
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "raw", "title", "published", "authors"), LAYOUTS, ids=[x[0] for x in LAYOUTS]
)
def test_layout_metadata(
    name: str, raw: str, title: str | None, published: str | None, authors: list[str]
) -> None:
    article = parse_text(raw)
    assert article.title == title
    assert (article.published.isoformat() if article.published else None) == published
    assert list(article.authors) == authors


@pytest.mark.parametrize(("name", "raw"), [x[:2] for x in LAYOUTS], ids=[x[0] for x in LAYOUTS])
def test_layout_text_keeps_body_and_drops_chrome(name: str, raw: str) -> None:
    article = parse_text(raw)
    paragraphs = [p.span.slice(article.text) for p in article.paragraphs]
    body = [
        line
        for line in raw.splitlines()
        if len(line) > 60 and line.endswith(".") and "cookie" not in line.lower()
    ]
    assert body
    assert body[0] in article.text  # the first body sentence is article text
    for chrome in CHROME:
        assert all(chrome != p.strip() for p in paragraphs), chrome
    for p in paragraphs:
        lowered = p.lower()
        assert "cookies" not in lowered
        assert " > " not in p
        assert "min read" not in lowered
        assert not lowered.startswith(("share ", "published", "posted", "by ", "date modified"))


CHROME = (
    "Skip to main content",
    "Facebook",
    "Twitter",
    "LinkedIn",
    "###",
    "Press release",
    "FOR IMMEDIATE RELEASE",
    "News release",
    "Related articles",
    "More on this story",
    "Follow us on Instagram",
    "4.12 pm",
    "From Wikipedia, the free encyclopedia",
    "Printable version | Share",
    "Tabled by Lord Example",
    "Menu",
    "Search",
    "English | Français",
    "Jump to navigation Jump to search",
    "Reporting by Kate Holton; Editing by Mark Potter",
    "By JANE DOE, Associated Press",
    "2 hours ago",
    "Hannah Brooks, Senior Policy Analyst",
    "— Hannah Brooks, Senior Policy Analyst",
    "Speech",
    "(Redirected from Lanzarote convention)",
    "Save",
    "Share",
    "SG/SM/22511",
    "10:30",
)


def test_page_without_headline_has_no_title() -> None:
    raw = (
        "The ministry said on Tuesday that 40 new safeguarding officers would be hired "
        "by the end of the year.\n\nThe officers will work with schools in 12 regions.\n"
    )
    article = parse_text(raw)
    assert article.title is None
    assert article.published is None
    assert article.text.startswith("The ministry said on Tuesday")
