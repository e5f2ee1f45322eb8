"""Signatories: parties that signed, joined, endorsed, agreed or pledged (own sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract import (
    default_gazetteer,
    extract_commitments,
    extract_signatories,
    find_actors,
    split_sentences,
)
from policycorpus.model import ActorKind, Article, Document, Signatory


def signatories(text: str) -> tuple[Signatory, ...]:
    article = Article(text=text)
    found = extract_signatories(article)
    Document(article=article, signatories=found)  # spans slice to the texts
    return found


def names(text: str) -> list[str]:
    return [s.name for s in signatories(text)]


def test_canonical_names_kinds_and_countries() -> None:
    found = signatories("Britain's partners Canada and the EU signed the charter.")
    by_name = {s.name: s for s in found}
    assert set(by_name) == {"Canada", "European Union"}  # "Britain" only modifies "partners"
    assert by_name["Canada"].kind is ActorKind.GOVERNMENT
    assert by_name["Canada"].country == "CA"
    assert by_name["European Union"].kind is ActorKind.INTERGOVERNMENTAL
    found = signatories("The US and the UK have committed to sharing hash lists.")
    assert [(s.name, s.text) for s in found] == [
        ("United States", "The US"),
        ("United Kingdom", "the UK"),
    ]


def test_one_entry_per_party() -> None:
    text = (
        "France pledged to fund helplines. France and Spain later signed the accord. "
        "Spain also endorsed the code."
    )
    assert names(text) == ["France", "Spain"]


def test_member_list_in_a_sentence() -> None:
    text = (
        "This year the initiative welcomed five new members—Chad, Latvia, the Council of "
        "Europe, Brightwater Labs and the Kestrel Foundation—who took part in the meeting "
        "along with Peru and Chile."
    )
    found = signatories(text)
    assert [s.name for s in found] == [
        "Chad",
        "Latvia",
        "Council of Europe",
        "Brightwater Labs",
        "Kestrel Foundation",
    ]
    kinds = {s.name: s.kind for s in found}
    assert kinds["Kestrel Foundation"] is ActorKind.NGO
    assert kinds["Brightwater Labs"] is ActorKind.COMPANY


@pytest.mark.parametrize(
    "text",
    [
        "The new members are Ghana, Norway, Tonga and Acme Robotics.",
        "Signatories: Ghana, Norway, Tonga and Acme Robotics.",
        "The declaration was signed by Ghana, Norway, Tonga and Acme Robotics.",
        "The code has been endorsed by the following parties: Ghana, Norway, Tonga and Acme "
        "Robotics.",
        "Ghana, Norway, Tonga and Acme Robotics are among the parties that signed the code.",
    ],
)
def test_signing_lists(text: str) -> None:
    assert names(text) == ["Ghana", "Norway", "Tonga", "Acme Robotics"]


def test_list_one_name_per_line() -> None:
    text = (
        "The statement has been endorsed by the following States:\n"
        "Albania\n"
        "Costa Rica\n"
        "  • Republic of Korea\n"
        "Freedonia\n"
        "The statement remains open for endorsement by other States."
    )
    found = signatories(text)
    assert [s.name for s in found] == ["Albania", "Costa Rica", "South Korea", "Freedonia"]
    assert found[-1].kind is ActorKind.GOVERNMENT  # the list is of States


def test_list_of_signatories_on_bullet_lines() -> None:
    text = (
        "The full list of signatories is:\n"
        "  • Microsoft\n"
        "  • Veradyne\n"
        "  • Google/Google DeepMind\n"
        "Many of the signatories already publish safety reports."
    )
    found = signatories(text)
    assert [(s.name, s.kind) for s in found] == [
        ("Microsoft", ActorKind.COMPANY),
        ("Veradyne", ActorKind.COMPANY),  # a list of companies: kind from its known members
        ("Google", ActorKind.COMPANY),
    ]


def test_supporters_of_a_document_after_a_colon() -> None:
    text = (
        "In all, 70 countries and four organisations have supported this document: the "
        "Council of Europe, the European Parliament and Norway."
    )
    assert names(text) == ["Council of Europe", "European Parliament", "Norway"]


def test_table_of_signatories() -> None:
    text = "Signatory countries:\n| Albania | Andorra | Nepal |\n| Belgium | Fiji |"
    assert names(text) == ["Albania", "Andorra", "Nepal", "Belgium", "Fiji"]


def test_joint_declaration_by() -> None:
    text = "A joint declaration by Chile, Peru and Uruguay was published on Friday."
    assert names(text) == ["Chile", "Peru", "Uruguay"]
    assert names("A statement by the Home Office said the review would end soon.") == []


def test_on_behalf_of() -> None:
    text = "Science Minister Ana Ruiz signed the accord on behalf of Spain."
    found = {s.name: s for s in signatories(text)}
    assert found["Ana Ruiz"].represents == "Spain"
    assert found["Spain"].kind is ActorKind.GOVERNMENT


def test_signatory_to_ratified_backed() -> None:
    assert names("Ecuador is a signatory to the convention.") == ["Ecuador"]
    assert names("Both Canada and Mexico are signatories of the accord.") == ["Canada", "Mexico"]
    assert names("Norway ratified the treaty in 2021.") == ["Norway"]
    assert names("Germany backed the declaration, while Italy backed the proposal.") == ["Germany"]


def test_reported_pronoun_subject() -> None:
    assert names("Japan said it has signed the declaration.") == ["Japan"]
    assert names("Japan said it would sign the declaration.") == []


def test_besides_and_colon_list() -> None:
    text = "Besides Nepal, the following countries endorsed the declaration: Fiji, Peru and Chad."
    assert names(text) == ["Fiji", "Peru", "Chad"]


def test_endorsed_by_a_described_group() -> None:
    text = (
        "The principles have been endorsed by 12 of the world's biggest tech companies "
        "including Microsoft, TikTok and Snapchat."
    )
    assert names(text) == ["Microsoft", "TikTok", "Snapchat"]


def test_heading_over_a_list_of_names() -> None:
    text = "== Signatories ==\nAlbania\nAndorra\nArmenia\n== Background ==\nDrafting took years."
    assert names(text) == ["Albania", "Andorra", "Armenia"]
    assert names("Members\nThe committee has twelve members.\nAustria") == []


def test_a_promising_host_does_not_sign_for_their_country() -> None:
    text = (
        "British Home Secretary Jane Holloway spoke on Monday. "
        "The Home Secretary and the Internet Watch Foundation hosted the event, promising to "
        "publish a plan."
    )
    assert "United Kingdom" not in names(text)


def test_names_over_line_breaks_and_inverted_names() -> None:
    text = (
        "Signatories:\nAruba\nVenezuela, Bolivarian Republic of\nTrinidad and Tobago\n"
        "Korea, Republic of\nThe list is updated monthly."
    )
    assert names(text) == ["Aruba", "Venezuela", "Trinidad and Tobago", "South Korea"]


def test_signatories_to_an_instrument_include() -> None:
    text = "Signatories to the convention include Canada, Japan and the United States."
    assert names(text) == ["Canada", "Japan", "United States"]
    text = "The original signatories of the pact were Chile, Peru and Colombia."
    assert names(text) == ["Chile", "Peru", "Colombia"]


def test_launched_by_a_person_for_a_country() -> None:
    text = "The Lisbon Call for Safer Schools was launched by French President Anne Girard."
    found = {s.name: s for s in signatories(text)}
    assert found["France"].kind is ActorKind.GOVERNMENT
    assert found["France"].country == "FR"


def test_first_to_sign() -> None:
    assert names("Canada and Ghana were the first to sign the charter.") == ["Canada", "Ghana"]


def test_person_signing_for_a_party() -> None:
    text = (
        "Commission President Maria Lopez of the European Commission launched the Global "
        "Pledge on Safe Schools with 40 countries."
    )
    found = {s.name: s for s in signatories(text)}
    person = found["Maria Lopez"]
    assert person.kind is ActorKind.PERSON
    assert person.role
    assert person.represents == "European Union"
    assert found["European Union"].kind is ActorKind.INTERGOVERNMENTAL


def test_person_with_title_in_apposition() -> None:
    text = "The Foreign Secretary, Tom Ashdown, signed the treaty for the UK."
    person, country = signatories(text)
    assert (person.name, person.kind, person.role, person.represents) == (
        "Tom Ashdown",
        ActorKind.PERSON,
        "Foreign Secretary",
        "United Kingdom",
    )
    # the party a person signs for has signed too
    assert (country.name, country.kind, country.country) == (
        "United Kingdom",
        ActorKind.GOVERNMENT,
        "GB",
    )


@pytest.mark.parametrize(
    "text",
    [
        # hosts, conveners, notice recipients, attendees
        "The summit was hosted by the UK Government and attended by Japan and Kenya.",
        "The White House convened the initiative for its fourth meeting.",
        "The regulator issued legal notices to Apple, Google and Meta.",
        "Delegates from Peru and Chile participated in the gathering.",
        # negated, hypothetical, urged
        "Japan refused to sign the declaration.",
        "Brazil could sign the pact next year.",
        "Officials urged TikTok to sign the code.",
        # stances and obligations are commitments but not signatures
        "The United States remains committed to the goals of the declaration.",
        "Under the new law, Meta will be required to verify the ages of its users.",
        # group phrases name nobody
        "Fifty countries have endorsed the convention.",
        "All EU member states have signed the treaty.",
    ],
)
def test_not_signatories(text: str) -> None:
    assert signatories(text) == ()


def test_launchers_of_a_pledge_count() -> None:
    text = (
        "After 90 countries signed up to the Global Pledge on Safe Schools, an initiative "
        "launched jointly by the EU and Canada and presented by the President, work began."
    )
    assert names(text) == ["European Union", "Canada"]


def test_actors_added_through_the_gazetteer() -> None:
    gaz = default_gazetteer().copy()
    gaz.add("Quillon Systems", ActorKind.COMPANY, country="SE", aliases=["Quillon"])
    text = "Quillon and Microsoft signed the code of practice."
    article = Article(text=text)
    actors = find_actors(article, gaz)
    found = extract_signatories(article, split_sentences(text), actors)
    assert [(s.name, s.kind, s.country) for s in found] == [
        ("Quillon Systems", ActorKind.COMPANY, "SE"),
        ("Microsoft", ActorKind.COMPANY, "US"),
    ]


def test_references_resolve_to_earlier_parties() -> None:
    text = (
        "Ministers from Iceland and Estonia met in Reykjavik. "
        "The two countries signed a memorandum on online safety."
    )
    assert names(text) == ["Iceland", "Estonia"]


COUNTRIES = (
    "France",
    "Germany",
    "Japan",
    "Canada",
    "Brazil",
    "Kenya",
    "Norway",
    "Chile",
    "India",
    "Spain",
    "Ghana",
    "Mexico",
    "Austria",
    "Peru",
    "Nepal",
    "Fiji",
)


@given(
    st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=12, unique=True),
    st.sampled_from(
        (
            "The new members are {}.",
            "The declaration was signed by {}.",
            "{} have signed the declaration.",
            "{} have endorsed the code.",
            "{} have all pledged to act.",
            "Signatories include {}.",
        )
    ),
)
def test_every_member_of_a_list_is_a_signatory(countries: list[str], template: str) -> None:
    listed = ", ".join(countries[:-1]) + " and " + countries[-1]
    assert names(template.format(listed)) == countries


@given(st.text(max_size=300))
def test_never_crashes_and_spans_hold(text: str) -> None:
    found = signatories(text)
    assert len({s.name for s in found}) == len(found)


def _known_country_names() -> list[str]:
    """ISO short names the gazetteer resolves on their own (as a declaration would print)."""
    import pycountry

    out = []
    for country in pycountry.countries:
        name = country.name
        found = signatories(f"{name} signed the declaration.")
        if len(found) == 1 and found[0].text.endswith(name.split(",")[0]):
            out.append(name)
    return out


KNOWN_COUNTRIES = _known_country_names()


@given(
    st.lists(st.sampled_from(KNOWN_COUNTRIES), min_size=10, max_size=60, unique=True),
    st.sampled_from(
        (
            "The declaration was endorsed by the following States: {}.",
            "The new members are {}.",
            "{} have signed the declaration.",
        )
    ),
)
def test_long_lists_of_real_country_names(countries: list[str], template: str) -> None:
    listed = ", ".join(countries[:-1]) + " and " + countries[-1]
    found = signatories(template.format(listed))
    assert len(found) == len(countries)
    assert all(s.kind is ActorKind.GOVERNMENT for s in found)


@given(st.lists(st.sampled_from(KNOWN_COUNTRIES), min_size=3, max_size=40, unique=True))
def test_one_name_per_line_lists(countries: list[str]) -> None:
    text = "Signatories:\n" + "\n".join(countries) + "\nThe list is updated monthly."
    assert len(signatories(text)) == len(countries)


@pytest.mark.parametrize("mark", ["", "[4]", "[12][a]"])
@pytest.mark.parametrize("bullet", ["* ", "• ", "- "])
def test_bullets_under_a_lead_in_with_a_citation_mark(mark: str, bullet: str) -> None:
    text = (
        "== Signatories ==\n"
        f"At the launch, the following governments and organisations signed the charter:{mark}\n"
        f"{bullet}Peru\n{bullet}Norway\n{bullet}the Clean Water Alliance\n\n"
        "Chile attended as an observer."
    )
    found = signatories(text)
    assert [(s.name, s.kind) for s in found] == [
        ("Peru", ActorKind.GOVERNMENT),
        ("Norway", ActorKind.GOVERNMENT),
        ("Clean Water Alliance", ActorKind.NGO),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestrel, Inc. and Brightwave Social PBC have agreed to add age checks.",
            [("Kestrel", ActorKind.COMPANY), ("Brightwave Social", ActorKind.COMPANY)],
        ),
        (
            "Acme Ltd, Orbital, Inc. and Meta have signed the code.",
            [
                ("Acme", ActorKind.COMPANY),
                ("Orbital", ActorKind.COMPANY),
                ("Meta", ActorKind.COMPANY),
            ],
        ),
    ],
)
def test_legal_forms_stay_with_their_company(
    text: str, expected: list[tuple[str, ActorKind]]
) -> None:
    assert [(s.name, s.kind) for s in signatories(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Estonia's delegation, led by a deputy minister, also pledged to host the meeting.",
        "Estonia's government has pledged to host the meeting.",
        "Estonia's ministers pledged to host the meeting.",
    ],
)
def test_a_possessed_delegation_acts_for_its_country(text: str) -> None:
    assert [s.name for s in signatories(text)] == ["Estonia"]


def test_a_title_case_headline_does_not_make_a_name() -> None:
    assert signatories("Nine AI Firms Sign Voluntary Pledge on Labelling") == ()


PARLIAMENT = """\
House of Commons
Culture Committee

12. The Government has committed to publish a strategy on online safety.

13. In its reply, the Government pledged to report to Parliament every year.
"""


def test_the_government_in_a_parliament_text_is_its_country() -> None:
    found = extract_commitments(Article(text=PARLIAMENT))
    assert [c.actors for c in found] == [("United Kingdom",), ("United Kingdom",)]
    assert commitments_without_home() == ()


def commitments_without_home() -> tuple[object, ...]:
    text = "The Government has committed to publish a strategy on online safety."
    return extract_commitments(Article(text=text))


def test_labelled_lists_after_a_joining_list_are_members_too() -> None:
    text = (
        "Twelve new members joined the Safe Apps Coalition on Monday.\n"
        "The following governments joined the coalition: Peru, Chile and Norway.\n"
        "Regional bodies: the Andean Community.\n"
        "Companies and charities: Kestrelnet, Brightwave and Thorn.\n"
        "Opening hours: Monday to Friday."
    )
    assert [s.name for s in signatories(text)] == [
        "Peru",
        "Chile",
        "Norway",
        "Andean Community",
        "Kestrelnet",
        "Brightwave",
        "Thorn",
    ]


def test_a_label_without_a_list_before_it_is_not_a_signing() -> None:
    assert signatories("Companies and charities: Kestrelnet, Brightwave and Thorn.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Japan remains committed to the principles agreed with Korea and India in 2021.",
        "Japan stands by the charter signed with Korea and India in 2021.",
    ],
)
def test_an_instrument_agreed_with_others_names_them_all(text: str) -> None:
    assert {s.name for s in signatories(text)} >= {"Korea", "India"} or {
        s.name for s in signatories(text)
    } >= {"South Korea", "India"}


def test_a_comma_name_inside_a_list_is_two_items() -> None:
    listed = signatories("Chile, Hong Kong, China and Peru have signed the declaration.")
    assert [s.name for s in listed] == ["Chile", "Hong Kong", "China", "Peru"]
    alone = signatories("Hong Kong, China signed the charter.")
    assert [s.name for s in alone] == ["Hong Kong"]


def test_a_one_word_number_name_in_a_list_is_kept() -> None:
    found = signatories("EE, Vodafone and Three have signed the anti-fraud charter.")
    assert [s.name for s in found] == ["EE", "Vodafone", "Three"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain, Italy and Portugal are among the signatories of the charter.",
            ["Spain", "Italy", "Portugal"],
        ),
        ("The charter was signed by 40 firms, among them Meta and Roblox.", ["Meta", "Roblox"]),
        ("Ireland becomes the 23rd state to sign the protocol.", ["Ireland"]),
        ("Kenya and Ghana signed a memorandum of understanding on data.", ["Kenya", "Ghana"]),
        ("Peru signed an MoU on data sharing.", ["Peru"]),
    ],
)
def test_more_ways_to_report_a_signing(text: str, expected: list[str]) -> None:
    assert [s.name for s in signatories(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghana is not among the signatories of the charter.",
        "Ofcom urged the firms to sign the code.",
        "Chile would be the 23rd state to sign the protocol if parliament agrees.",
    ],
)
def test_no_signing_in_these(text: str) -> None:
    assert signatories(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Oslo Call is a pledge launched in March 2021 by Norway and Kenya.",
            ["Norway", "Kenya"],
        ),
        ("Canva, Adobe and Meta were the founding company supporters.", ["Canva", "Adobe", "Meta"]),
        ("Chile and Peru became supporters of the Call in 2022.", ["Chile", "Peru"]),
        ("Japan and Korea are founding members of the coalition.", ["Japan", "South Korea"]),
    ],
)
def test_predicates_naming_supporters(text: str, expected: list[str]) -> None:
    assert [s.name for s in signatories(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "France and the UK are members of the Security Council.",
        "The report was launched in London by the charity's director.",
    ],
)
def test_plain_membership_and_launches_of_reports_are_not_signings(text: str) -> None:
    assert [s.name for s in signatories(text)] == []


@pytest.mark.parametrize(
    "table",
    [
        "State\n\nSignature\n\nRatification\n\nAustria\n\nBelgium\n\nChile\n",
        "| State | Signature | Ratification |\n| Austria | 12/10/2024 | |\n"
        "| Belgium | 12 October 2024 | 1 Feb 2025 |\n| Chile | 15/11/2024 | |\n",
    ],
)
def test_a_table_of_signatures_under_a_lead_in(table: str) -> None:
    text = f"The following States have signed the Convention:\n{table}It enters into force soon."
    assert [s.name for s in signatories(text)] == ["Austria", "Belgium", "Chile"]


@pytest.mark.parametrize(
    "block",
    [
        "the Kingdom of Sweden; the Republic of Chile; Japan; Canada; the European Union;"
        " Harbourlight Conservancy; the Pacific Islands Forum Secretariat.",
        "the Kingdom of Sweden\nthe Republic of Chile\nJapan\nCanada\nthe European Union\n"
        "Harbourlight Conservancy\nthe Pacific Islands Forum Secretariat",
        # a signature block whose lines a page ran together
        "the Kingdom of Sweden the Republic of Chile Japan Canada the European Union\n\n"
        "Harbourlight Conservancy the Pacific Islands Forum Secretariat",
    ],
)
def test_a_signature_block_separated_by_semicolons_or_lines(block: str) -> None:
    text = "Ministers met to discuss port emissions.\n\nSignatories:\n" + block
    found = {s.name: s.kind for s in signatories(text)}
    assert found == {
        "Sweden": ActorKind.GOVERNMENT,
        "Chile": ActorKind.GOVERNMENT,
        "Japan": ActorKind.GOVERNMENT,
        "Canada": ActorKind.GOVERNMENT,
        "European Union": ActorKind.INTERGOVERNMENTAL,
        "Harbourlight Conservancy": ActorKind.NGO,
        "Pacific Islands Forum Secretariat": ActorKind.INTERGOVERNMENTAL,
    }


def test_we_the_signatories_are_the_names_under_the_signature_block() -> None:
    text = (
        "1. We, the signatories of this Statement, note that reports keep rising.\n"
        "2. We commit to publishing yearly figures on removals.\n\n"
        "Signatories:\nthe Kingdom of Sweden; the Republic of Chile; Brightwater Coalition"
        " for Safer Streets."
    )
    article = Article(text=text)
    found = {s.name: s.kind for s in extract_signatories(article)}
    assert found == {
        "Sweden": ActorKind.GOVERNMENT,
        "Chile": ActorKind.GOVERNMENT,
        "Brightwater Coalition for Safer Streets": ActorKind.NGO,
    }
    (commitment,) = extract_commitments(article)
    assert commitment.actors == ("Sweden", "Chile", "Brightwater Coalition for Safer Streets")
    # each signatory is quoted as the block names it, not as "We"
    assert [s.text for s in extract_signatories(article)][:2] == [
        "the Kingdom of Sweden",
        "the Republic of Chile",
    ]


def test_two_ministers_each_named_after_a_title_sign_together() -> None:
    text = (
        "On Monday, the Minister of Digital Affairs, Alicia Brennan, and Japan's Minister"
        " for Trade, Kenji Morimoto, signed a memorandum on online safety."
    )
    article = Article(text=text)
    (commitment,) = extract_commitments(article)
    assert commitment.actors == ("Alicia Brennan", "Kenji Morimoto")
    by_name = {s.name: s for s in extract_signatories(article)}
    assert by_name["Kenji Morimoto"].represents == "Japan"
    assert by_name["Alicia Brennan"].role == "Minister of Digital Affairs"


def test_a_listed_name_with_initials_and_a_dash_is_kept_whole() -> None:
    text = "Ministers met in Lisbon.\n\nSignatories:\nJapan; J.K. Hallström - Varda; Canada."
    assert names(text) == ["Japan", "J.K. Hallström - Varda", "Canada"]


def test_a_signature_block_name_without_a_kind_word_is_a_company() -> None:
    text = "Ministers met in Lisbon.\n\nSignatories:\nJapan; Norvik Lines; Harbourlight Trust."
    found = {s.name: s.kind for s in signatories(text)}
    assert found["Norvik Lines"] is ActorKind.COMPANY
    assert found["Harbourlight Trust"] is ActorKind.NGO


def test_reduced_passive_with_date_before_by() -> None:
    text = (
        "The Harbour Pact is a voluntary agreement on school safety, "
        "signed in June 2024 by Norway, Sweden, Denmark and Iceland."
    )
    assert names(text) == ["Norway", "Sweden", "Denmark", "Iceland"]


def test_dateline_is_not_a_signatory() -> None:
    text = "Headline\n\nOSLO — Norway, Sweden and Denmark vowed on Monday to cut waiting times."
    assert names(text) == ["Norway", "Sweden", "Denmark"]


def test_dash_aside_list_joins_a_hyphenated_alliance() -> None:
    text = (
        "Headline\n\nDenmark's three biggest banks — Abank, Bbank and Cbank — have joined "
        "a regional threat-sharing alliance."
    )
    found = signatories(text)
    assert [s.name for s in found] == ["Abank", "Bbank", "Cbank"]
    assert {s.kind for s in found} == {ActorKind.COMPANY}


def test_a_public_agency_signs_as_its_government() -> None:
    text = (
        "The National Crime Agency and the Internet Watch Foundation signed the new "
        "data-sharing pledge on Monday."
    )
    found = {s.name: s for s in signatories(text)}
    assert found["National Crime Agency"].kind is ActorKind.GOVERNMENT
    assert found["National Crime Agency"].country == "GB"
    assert found["Internet Watch Foundation"].kind is ActorKind.NGO


def test_officials_signing_with_long_portfolios_initials_and_post_nominals() -> None:
    # a portfolio with a comma in it, a second official after "and", an initial opening
    # a name
    found = signatories(
        "Minister for Energy, Mines and Resources Paul Hart and Norway's Minister for "
        "Fisheries and Oceans K. Berg signed the accord in Oslo."
    )
    people = [s.name for s in found if s.kind is ActorKind.PERSON]
    assert people == ["Paul Hart", "K. Berg"]
    assert {s.name for s in found} <= {"Paul Hart", "K. Berg", "Norway"}  # K. Berg's country
    # a hyphenated title: "Minister-in-charge of", "President-elect"
    assert names("Norway's Minister-in-charge of Trade Relations K. Berg signed the accord.") in (
        ["K. Berg"],
        ["K. Berg", "Norway"],
    )
    # two titles joined by "and": the first portfolio ends before the second title
    assert names(
        "Deputy Secretary of Transport Ruth Vance and Deputy Secretary of Labor Omar "
        "Reyes signed the memorandum."
    ) == ["Ruth Vance", "Omar Reyes"]
    # letters after a name, and a title in apposition without "the"
    assert names(
        "Ann Lowry MP, Parliamentary Under Secretary of State for Water, and Dr Lam "
        "Siu-por, Secretary for Works, signed a memorandum on water supply."
    ) == ["Ann Lowry", "Lam Siu-por"]
    assert names("Ann Lowry MP and Dr Lam Siu-por signed a memorandum.") == [
        "Ann Lowry",
        "Lam Siu-por",
    ]
    # "Name, the Portfolio Minister," is a person
    found = signatories("Tom Price, the Water Minister, signed the compact on Monday.")
    assert [(s.name, s.kind) for s in found] == [("Tom Price", ActorKind.PERSON)]


def test_a_title_at_the_end_of_a_wrapped_line_introduces_the_name_below() -> None:
    import policycorpus as pc

    text = (
        "Water accord\n\nFederal Minister for Water, Dr\nJoan Pike, today signed a water "
        "accord with Fiji.\nAt the ceremony, Dr Pike\nand the Hon Ana Tui signed the agreement."
    )
    doc = pc.extract(pc.parse_article(text, source="w.txt"))
    assert {s.name for s in doc.signatories} >= {"Joan Pike", "Ana Tui"}
    assert "Pike" not in {s.name for s in doc.signatories}  # the surname is the same person
    assert doc.commitments[0].text.startswith("Federal Minister for Water, Dr Joan Pike")


def test_lists_real_member_pages_write() -> None:
    # coordinated participles before the agent, and a list after a colon
    assert names(
        "The compact has been ratified or acceded to by 3 countries: Fiji, Samoa and Tonga."
    ) == ["Fiji", "Samoa", "Tonga"]
    # a plural coordinated with a group noun; names the gazetteer lacks, a possessive and
    # a place inside a name
    found = names(
        "In all, 4 providers and payers have joined the pledge: Alder Health, Birch "
        "Children's Hospital, Medical University of North Dakota Health and Wren Care."
    )
    assert found == [
        "Alder Health",
        "Birch Children's Hospital",
        "Medical University of North Dakota Health",
        "Wren Care",
    ]
    # "including:" with a legal form's full stop inside the list; a programme joined
    assert names(
        "Today 3 new partners have joined the Challenge, including: Arcon, Inc., "
        "Bellweather and Doral Energy."
    ) == ["Arcon", "Bellweather", "Doral Energy"]
    # the partners of a launch named in brackets after their number
    assert names(
        "France launched the initiative in 2019 together with 3 partners (Chile, Ghana, Norway)."
    ) == ["France", "Chile", "Ghana", "Norway"]


def test_a_multi_column_table_of_members_flattened_to_lines() -> None:
    text = (
        "The following 6 countries are members of the Fisheries Compact:\n\n"
        "Fiji Samoa Tonga\nPalau Nauru New Zealand\n\nCriteria for membership:\n"
    )
    assert names(text) == ["Fiji", "Samoa", "Tonga", "Palau", "Nauru", "New Zealand"]
    # the same rows with words between the names are prose, not a table
    assert names("Fiji and Samoa met.\nPalau hosted Nauru.\n") == []


def test_a_lead_in_that_denies_membership_signs_nothing() -> None:
    block = "\n- Andorra\n- Angola\n- Brazil\n"
    assert names("The following states are not yet members of the treaty:" + block) == []
    assert names("The following states have never signed the treaty:" + block) == []
    assert names("The following states are members of the treaty:" + block) == [
        "Andorra",
        "Angola",
        "Brazil",
    ]


def test_a_brand_in_camel_case_is_a_name_in_a_list() -> None:
    assert names("Four retailers, Zalando, Amazon, eBay and Otto have signed the pledge.") == [
        "Zalando",
        "Amazon",
        "eBay",
        "Otto",
    ]


def test_a_statement_released_by_several_officials_is_theirs() -> None:
    found = signatories(
        "The following statement was released by Chilean Foreign Minister Ana Ruiz, "
        "Peruvian Foreign Minister Luis Soto and UK Foreign Secretary Tom Reed after the talks:"
    )
    people = [s.name for s in found if s.kind is ActorKind.PERSON]
    assert people == ["Ana Ruiz", "Luis Soto", "Tom Reed"]
    # one voice is a statement, not a joint one
    assert names("A statement issued by the Chilean Foreign Minister Ana Ruiz welcomed it.") == []


def test_a_portfolio_closed_by_a_comma_ends_in_the_name() -> None:
    assert names(
        "The memorandum, signed by Deputy Secretary of Energy Ann Poe and Deputy Secretary "
        "of Defense Walter Lund, sets out joint projects."
    ) == ["Ann Poe", "Walter Lund"]


def test_a_leader_known_by_surname_only_signs_as_the_country() -> None:
    import policycorpus as pc

    text = (
        "Summit\n\nOn 3 May Chilean President Rojas, Peruvian President Castro and "
        "Bolivian President Arce met in Lima. The three leaders agreed to set up a river "
        "commission."
    )
    doc = pc.extract(pc.parse_article(text, source="s.txt"))
    assert [(s.name, s.kind) for s in doc.signatories] == [
        ("Chile", ActorKind.GOVERNMENT),
        ("Peru", ActorKind.GOVERNMENT),
        ("Bolivia", ActorKind.GOVERNMENT),
    ]


def test_an_ampersand_joins_an_unknown_name_and_a_portfolio_is_no_name() -> None:
    assert names("Acme, Brill & Crane and Dorn Media signed the Code of Practice.") == [
        "Acme",
        "Brill & Crane",
        "Dorn Media",
    ]
    assert names("The UK & France signed the accord.") == ["United Kingdom", "France"]
    # the last words of a portfolio are no person ("... Health and Family Services")
    found = signatories(
        "Federal Minister for Water and Family Services, Dr Joan Pike, signed the accord."
    )
    assert [s.name for s in found] == ["Joan Pike"]


def test_joining_lists_and_coordinated_demonyms_of_officials() -> None:
    # "joined:" with the names after a colon, separated by semicolons
    assert names("In May 3 new countries joined: the UK; Chile; and Peru.") == [
        "United Kingdom",
        "Chile",
        "Peru",
    ]
    # "X joined A, B and C to launch ...": all of them launch
    assert names(
        "Chile joined Peru, Ghana and the World Health Organization to launch the plan."
    ) == [
        "Chile",
        "Peru",
        "Ghana",
        "World Health Organization",
    ]
    # coordinated demonyms before plural officials with their portfolios
    assert names(
        "The UK and Polish Foreign and Defence secretaries signed the 2030 Strategic Partnership."
    ) == ["United Kingdom", "Poland"]
    assert names("British and Polish defence ministers signed the partnership.") == [
        "United Kingdom",
        "Poland",
    ]
    # a description of a group is no pledge of the name before it
    assert names("The Online Coalition is a group of governments committed to openness.") == []


def test_a_plural_instrument_noun_names_no_party() -> None:
    assert names("Declarations, pledges and statements joined by Chile at the summit") == ["Chile"]


def test_joined_officials_to_reaffirm_and_a_long_we_the_apposition() -> None:
    assert names(
        "Ministers from Chile, the Republic of Peru and Jamaica joined senior officials to "
        "reaffirm their commitments to the declaration."
    ) == ["Chile", "Peru", "Jamaica"]
    assert names(
        "We, the Ministers of Foreign Relations and Ministers responsible for Trade, and the "
        "senior representatives of the governments of Chile, Peru and Colombia;\n\n"
        "Declare our commitment to open trade."
    ) == ["Chile", "Peru", "Colombia"]
    # joining someone for a meal commits nobody
    assert names("Chile and Peru joined the officials for dinner.") == []


def test_joining_a_board_or_staff_is_a_post_not_membership() -> None:
    assert names("In 2017 Tom Gray joined the Partnership on AI's board.") == []
    assert names("Ana Ruiz joined the coalition as its founding executive director.") == []
    assert names("In 2018 Chile and Peru joined the coalition.") == ["Chile", "Peru"]


def test_unicode_hyphens_honorifics_and_hyphenated_portfolios() -> None:
    # a non-breaking hyphen (U+2011) inside a long-form name keeps the list whole
    assert names(
        "Envoys of the Republic of Chile, the Co\u2011operative Republic of Guyana and the "
        "Kingdom of Spain signed the charter."
    ) == ["Chile", "Guyana", "Spain"]
    # "Dame" between a title and a name is not part of the name; a hyphenated word
    # ("Non-proliferation") stays inside the portfolio before the name
    found = signatories(
        "UK Envoy Dame Ruth Hale and US Under Secretary for Arms Control and "
        "Non-proliferation, Paul Ames, signed the safeguards agreement."
    )
    assert [s.name for s in found if s.kind is ActorKind.PERSON] == ["Ruth Hale", "Paul Ames"]


def test_titles_with_a_country_an_honorific_or_a_comma_before_the_name() -> None:
    # a title ending in the official's country, then "Dr." and the name: the title
    # describes the person, and an honorific is never a party of its own
    found = signatories(
        "Transport Secretary Lena Hart and the Minister of Health of the Republic of Peru, "
        "Dr. Ana Ruiz, signed a memorandum on rail safety."
    )
    assert [s.name for s in found if s.kind is ActorKind.PERSON] == ["Lena Hart", "Ana Ruiz"]
    assert "Dr" not in {s.name for s in found}
    # a comma closes the portfolio before a name with a middle initial
    assert names("The Secretary of Energy, Kevin K. Lane, signed the compact.") in (
        ["Kevin Lane"],
        ["Kevin Lane", "United States"],
    )
    # a hyphenated surname at the end of a portfolio is one name
    assert "Anna Stark-Wolff" in names(
        "Federal Minister of Education and Research Anna Stark-Wolff signed the declaration."
    )


def test_member_sections_with_modified_headings_glosses_and_observers() -> None:
    # "Industry Participants" heads a list of signing members; "Observers" does not
    text = (
        "The Clean Rivers Principles\n\n"
        "The principles guide how members report on water use.\n\n"
        "Industry Participants\nKestrel Water Group\nNorland Mining\nAcme Robotics\n\n"
        "Government Participants\nCanada\nNorway\n\n"
        "Observers\nRed Cross Society\nChile\n"
    )
    found = names(text)
    assert found[:3] == ["Kestrel Water Group", "Norland Mining", "Acme Robotics"]
    assert {"Canada", "Norway"} <= set(found)
    assert "Chile" not in found
    assert "Red Cross Society" not in found
    # bullets that give each body's name in two languages: the English name after the
    # dash; a ministry's portfolio with commas and a bracketed abbreviation stay whole
    text = (
        "The current signatories to the data charter are:\n\n"
        "  • Te Tari Wai — Department of Water\n"
        "  • Tari Mahi — Ministry of Work, Skills, and Training\n"
        "  • Institute of Coastal Research (ICR)\n"
        "  • Te Kaitiaki — Office for Rivers\n"
    )
    assert names(text) == [
        "Department of Water",
        "Ministry of Work, Skills, and Training",
        "Institute of Coastal Research",
        "Office for Rivers",
    ]


def test_footnote_calls_dated_rows_and_month_names() -> None:
    # an encyclopedia's footnote calls glued to the names do not break the list
    assert names(
        "Other signatories of the compact include: Ann Lowe,[12]Ravi Menon,[13] and Tom Reyes.[14]"
    ) == ["Ann Lowe", "Ravi Menon", "Tom Reyes"]
    # a date at the end of a member's row is when it joined, not part of its name
    assert names(
        "The charter was later signed by:\n\n- Chile in June 2017;\n- Peru (2018)\n"
        "- Norway in September 2018\n"
    ) == ["Chile", "Peru", "Norway"]
    # a month before a comma is a date, never a party
    assert names("On 8 February, Chile and Peru signed the charter.") == ["Chile", "Peru"]


def test_joining_a_body_by_its_initials_and_a_participial_opening() -> None:
    assert names("Peru joined the WRDC on 1 June 2016.") == ["Peru"]
    # a person joins a body as staff, and "the BBC Trust" is no body's initials
    assert names("Jane Doe joined the BBC in 2010.") == []
    # a place in an opening participial phrase is not listed with the signers
    assert names("Attending the summit in Egypt, Chile and Peru signed a water charter.") == [
        "Chile",
        "Peru",
    ]
    # ... but a list that runs on past the opening's first comma is still a list
    assert names(
        "Following initial support by Chile, Peru and Norway at the forum, 12 new "
        "countries announced that they will join the charter."
    ) == ["Chile", "Peru", "Norway"]


def test_an_official_beside_delegates_and_a_name_between_commas() -> None:
    assert names("Commissioner Ann Lowe and ministers from 12 countries signed the charter.") == [
        "Ann Lowe"
    ]
    # the name between two commas after a portfolio, then more signers
    assert names(
        "Commissioner for Water, Ann Lowe, Ministers from 12 countries and several river "
        "authorities signed the charter."
    ) == ["Ann Lowe"]


def test_a_portfolio_that_names_a_countrys_department() -> None:
    found = signatories(
        "The Acting Secretary of the U.S. Department of Homeland Security, Kevin K. Lane, "
        "signed the pact."
    )
    people = [s for s in found if s.kind is ActorKind.PERSON]
    assert [p.name for p in people] == ["Kevin Lane"]
    assert "United States" in {s.name for s in found}  # the department's country


def test_an_honorific_after_a_portfolio_opens_the_name() -> None:
    text = (
        "The Secretary met Korea's Minister of Ocean Affairs Mr. Park Min Jun today. "
        "Later Secretary Lowe and Minister Park signed a memorandum."
    )
    people = [s.name for s in signatories(text) if s.kind is ActorKind.PERSON]
    assert "Park Min Jun" in people
    assert "Park" not in people


def test_joining_forces_with_a_list_set_off_by_dashes() -> None:
    found = names(
        "The government has joined forces with leading platforms – Amazon, eBay, Etsy Ltd, "
        "TikTok, X (Twitter) and YouTube – to develop and commit to the Online Scams Charter."
    )
    assert {"Amazon", "eBay", "TikTok", "X", "YouTube"} <= set(found)
    # a brand opened by one lower-case letter is one word, never "Bay"
    assert "Bay" not in found


def test_the_following_countries_joining_a_named_party_are_listed_after_the_colon() -> None:
    found = names(
        "The minister announced that the following countries are joining Norway in the "
        "River Data Initiative by committing to publish gauge readings by 2030: Chile, "
        "Peru, and Fiji."
    )
    assert {"Chile", "Peru", "Fiji"} <= set(found)
    # unknown words after the colon beside a named party are topics, not members
    assert names(
        "Participants and Norway committed to form three working groups: Data Sharing; "
        "Early Warning; Outreach."
    ) == ["Norway"]


def test_partners_after_with_the_kind_of_a_named_group_and_vocatives() -> None:
    assert names("Norway with Fiji, Chile and Peru have launched a river data initiative.") == [
        "Norway",
        "Fiji",
        "Chile",
        "Peru",
    ]
    # unknown names listed after "car makers including" are companies
    found = signatories(
        "The governments of 12 countries and a group of car makers including Kestrel, "
        "Norland Motors and Vantor committed to selling only zero-emission vans by 2035."
    )
    assert {s.name: s.kind for s in found}["Kestrel"] is ActorKind.COMPANY
    # the House addressed is never a party
    assert names("My Lords, the UK has signed the compact.") == ["United Kingdom"]


def test_officials_among_the_first_to_sign() -> None:
    assert names(
        "Water Secretary Ann Lowe and Minister Ravi Menon were among the first to sign up "
        "to the river pledge."
    ) == ["Ann Lowe", "Ravi Menon"]


def test_renewing_or_concluding_an_agreement_signs_it_and_two_secretaries() -> None:
    assert names("Chile and Peru renewed their river data agreement on Monday.") == [
        "Chile",
        "Peru",
    ]
    assert names("Norway and 40 partners concluded an accord on ocean data in 2015.") == ["Norway"]
    # renewed calls and concluded talks sign nothing
    assert names("Chile renewed calls for calm. Peru concluded talks with Bolivia.") == []
    # "the two secretaries" are the officials last named
    found = signatories(
        "Water Secretary Ann Lowe and Peru's Water Secretary Luis Soto met in Lima. "
        "The two secretaries signed the renewed memorandum."
    )
    assert {"Ann Lowe", "Luis Soto"} <= {s.name for s in found}


def test_a_name_set_off_by_commas_after_its_description() -> None:
    assert names("The Chilean water engineer, Rosa Pardo, joined the River Pledge in 2019.") == [
        "Rosa Pardo"
    ]
    # a capitalised phrase after a lower-case noun, with no commas, is still no subject
    assert names("companies at the forefront of developing Artificial Intelligence pledged.") == []


def test_historic_names_table_headers_and_inverted_state_forms() -> None:
    assert names(
        "The convention was signed by four states: Belorussia, the USSR, the Libyan Arab "
        "Jamahiriya and the EEC."
    ) == ["Belarus", "Soviet Union", "Libya", "European Economic Community"]
    text = (
        "The following states have ratified the protocol:\n\n"
        "Country Abbreviation\nChile (R)\nGermany, Federal Republic (Ac)\nPeru (R)\n"
    )
    assert names(text) == ["Chile", "Germany", "Peru"]


@pytest.mark.parametrize(
    "text",
    [
        # a country or demonym before a second title ends the first official's portfolio
        "Chilean Minister of Energy Ana Ruiz and Peru Minister of Mines Luis Soto signed a "
        "memorandum on lithium.",
        "Chilean Minister of Energy Ana Ruiz and Peruvian Minister of Mines Luis Soto signed "
        "a memorandum on lithium.",
    ],
)
def test_two_officials_each_with_a_country_and_portfolio(text: str) -> None:
    assert names(text) == ["Ana Ruiz", "Chile", "Luis Soto", "Peru"]


def test_a_serial_comma_stays_inside_a_portfolio() -> None:
    text = (
        "Danish Minister of Climate, Energy, and Utilities Dan Jensen signed the memorandum "
        "on heat pumps."
    )
    assert names(text) == ["Dan Jensen", "Denmark"]


def test_a_surname_written_before_the_full_name_is_the_same_person() -> None:
    text = (
        "Secretary Ruiz and Minister Soto signed a memorandum on lithium.\n\nToday, "
        "Secretary of Energy Ana Ruiz and Peruvian Minister of Mines Luis Soto signed it."
    )
    people = [s.name for s in signatories(text) if s.kind is ActorKind.PERSON]
    assert people == ["Ana Ruiz", "Luis Soto"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru established a Memorandum of Understanding on lithium.", True),
        ("Chile and Peru entered into an agreement on river data.", True),
        ("Chile and Peru held a virtual signing ceremony for a Memorandum on lithium.", True),
        ("Chile and Peru held talks on the agreement.", False),
        ("The agreement established a fund for Chile and Peru.", False),
    ],
)
def test_establishing_entering_or_holding_the_signing_of_a_deal_signs(
    text: str, expected: bool
) -> None:
    assert (names(text) == ["Chile", "Peru"]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported "will": the decision was announced
        ("On 19 June, Kestrel Analytics announced that it would join the boycott.", True),
        ("Chile confirmed it would join the coalition.", True),
        # a condition keeps "would" hypothetical; so does "would" with no report of a
        # decision ("said it would" is an intention)
        ("Chile announced it would join the coalition if Peru did.", False),
        ("Chile said it would join the coalition.", False),
        ("Chile would join the coalition.", False),
    ],
)
def test_a_reported_would_is_a_decision_unless_conditional(text: str, expected: bool) -> None:

    gaz = default_gazetteer().copy()
    gaz.add("Kestrel Analytics", "company")
    article = Article(text=text)
    found = extract_signatories(article, actors=find_actors(article, gaz))
    assert bool(found) is expected


def test_a_legal_form_after_a_comma_is_no_list_item() -> None:
    text = (
        "Five partners have joined the Challenge, including: ABB, Inc., Brightwater, "
        "Kestrel Solar Test Laboratory, Inc., Cisco Systems and MetLife."
    )
    assert "Inc." not in names(text)
    assert "Kestrel Solar Test Laboratory" in names(text)


def test_an_official_posted_to_a_country_represents_their_own() -> None:
    found = signatories("Chile's Ambassador to Japan, Ana Ruiz, signed the memorandum.")
    ruiz = next(s for s in found if s.name == "Ana Ruiz")
    assert ruiz.kind is ActorKind.PERSON
    assert "Chile" in names("Chile's Ambassador to Japan, Ana Ruiz, signed the memorandum.")


def test_a_pronoun_contraction_is_never_a_party() -> None:
    assert "I’m" not in names("On behalf of Chile, I’m delighted to join forces with Peru.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile joined the River Data Facility as a full member in 2020.", ["Chile"]),
        ("Chile will join the River Data Facility as an active member.", ["Chile"]),
        ("Chile joined the River Data Facility as its newest partner.", ["Chile"]),
        ("Chile joined the River Data Facility as the tenth member in 2019.", ["Chile"]),
        # staff and observers join nothing as parties
        ("Ann Lee joined the River Data Facility as an adviser.", []),
        ("Chile joined the River Data Facility as an observer.", []),
    ],
)
def test_joining_a_body_as_a_member_signs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_title_of_a_country_before_a_name_keeps_the_official_before_it() -> None:
    text = (
        "On 8 May, President Ana Ruiz and President of Namibia Tom Shilongo signed a "
        "memorandum on hydrogen."
    )
    assert names(text) == ["Ana Ruiz", "Tom Shilongo", "Namibia"]


def test_a_titled_name_followed_by_of_country_represents_that_country() -> None:
    text = "President Ana Ruiz of Chile signed the charter."
    assert find_actors(text).people["Ana Ruiz"].represents == "Chile"
    found = signatories(text)
    assert [(s.name, s.kind) for s in found] == [
        ("Ana Ruiz", ActorKind.PERSON),
        ("Chile", ActorKind.GOVERNMENT),
    ]


def test_an_agency_administrator_is_a_person_of_the_agency() -> None:
    import policycorpus as pc

    text = (
        "Update\n\n"
        "U.S. Agency for International Development Administrator Ana Ruiz and Environment "
        "Minister Carlos Vega of Peru signed a memorandum on river data.\n"
    )
    article = pc.parse_article(text, source="a.txt")
    people = [m for m in pc.extract(article).signatories if m.kind.value == "person"]
    assert [p.name for p in people] == ["Ana Ruiz", "Carlos Vega"]


@pytest.mark.parametrize(
    "text",
    [
        "The Memorandum of Understanding signed on 8 September sets out three projects.",
        "Specific pledges can be adapted to suit each organisation.",
        "Case study: Historical signing at the harbour office",
    ],
)
def test_instruments_and_adjectives_are_no_parties(text: str) -> None:
    import policycorpus as pc

    doc = pc.extract(pc.parse_article("Update\n\n" + text + "\n", source="n.txt"))
    assert doc.signatories == ()


def test_an_industry_head_lengthens_a_known_company_name() -> None:
    import policycorpus as pc

    text = "Update\n\nThis year both BT and Tata Steel have signed up to the river charter.\n"
    doc = pc.extract(pc.parse_article(text, source="t.txt"))
    assert [(s.name, s.kind.value) for s in doc.signatories] == [
        ("BT", "company"),
        ("Tata Steel", "company"),
    ]


def test_a_security_council_endorsing_a_text_votes_on_it() -> None:
    import policycorpus as pc

    text = "Update\n\nThe river accord was unanimously endorsed by the UN Security Council.\n"
    doc = pc.extract(pc.parse_article(text, source="v.txt"))
    assert (doc.signatories, doc.commitments) == ((), ())


def test_signed_by_the_then_prime_minister_in_the_name_of_a_government() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nThe river declaration was signed by the then Prime Minister Ana Ruiz in "
        "the name of the Chilean Government.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="t.txt"))
    assert "Chile" in [s.name for s in doc.signatories]
    assert [list(c.actors) for c in doc.commitments] == [["Chile"]]


def test_generic_acronyms_are_no_parties() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nLeading ICT and media firms, NGOs and UNICEF launched the River Alliance "
        "on Monday.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="g.txt"))
    assert [s.name for s in doc.signatories if s.name in ("ICT", "NGOs")] == []


@pytest.mark.parametrize(
    "subject",
    [
        "The four firms involved in the pilot have",
        "The four firms involved have",
        "The four firms taking part have",
        "The four firms that took part have",
        "The four firms in the scheme have",
    ],
)
def test_a_counted_group_with_a_postmodifier_names_its_list(subject: str) -> None:
    import policycorpus as pc

    text = (
        "Update\n\nOfficials met managers from Adobe, Google, Microsoft and OpenAI in May. "
        f"{subject} now endorsed the river data code.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="p.txt"))
    assert sorted(s.name for s in doc.signatories) == ["Adobe", "Google", "Microsoft", "OpenAI"]


def test_a_finite_verb_after_a_group_is_not_its_postmodifier() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nDelegates from 40 countries attended the meeting launching the river "
        "charter, along with the Chilean Minister Ana Ruiz.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="p.txt"))
    assert [s.name for s in doc.signatories] == []


def test_member_tables_name_countries_in_older_official_styles() -> None:
    import policycorpus as pc

    text = (
        "Members\n\nThe following 6 countries are members of the River Arrangement:\n\n"
        "Argentina Greece Portugal\nAustralia Republic of Hungary Romania\n"
    )
    doc = pc.extract(pc.parse_article(text, source="m.txt"))
    assert [s.name for s in doc.signatories] == [
        "Argentina",
        "Greece",
        "Portugal",
        "Australia",
        "Hungary",
        "Romania",
    ]


def test_republic_of_never_takes_another_countrys_name() -> None:
    from policycorpus.extract._gazetteer_default import default_gazetteer

    g = default_gazetteer()
    assert [a.name for a in g.find("Republic of China")] == ["Taiwan"]
    assert [a.name for a in g.find("Republic of Hungary")] == ["Hungary"]


@pytest.mark.parametrize(
    "text",
    [
        "The Delta Forum was founded by Kenya, Ghana and Peru in 2019.",
        "Kenya and its partners -- Ghana and Peru -- announced formation of the Delta Regime.",
        "Kenya, Ghana and Peru announced the creation of the Delta Forum.",
    ],
)
def test_founders_of_a_body_sign_it(text: str) -> None:
    import policycorpus as pc

    doc = pc.extract(pc.parse_article("Update\n\n" + text + "\n", source="f.txt"))
    assert sorted(s.name for s in doc.signatories) == ["Ghana", "Kenya", "Peru"]


def test_a_counted_group_names_a_committing_list_ahead() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nThree data firms today signed the river pledge.\n\nAdobe, Cohere and "
        "Runway committed to publish audits.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="c.txt"))
    first = doc.commitments[0]
    assert first.text.startswith("Three data firms")
    assert sorted(first.actors) == ["Adobe", "Cohere", "Runway"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister signed the RDC on behalf of Chile in May.", ["Chile"]),
        ("Chile and Peru ratified the RDC in 2019.", ["Chile", "Peru"]),
        ("Chile and Peru sign AI safety arrangement", []),
    ],
)
def test_a_text_known_by_its_initials_is_signed(text: str, expected: list[str]) -> None:
    import policycorpus as pc

    body = "The River Data Charter (RDC) opened for signature in 2018. " + text
    doc = pc.extract(pc.parse_article("Update\n\n" + body + "\n", source="i.txt"))
    assert [list(c.actors) for c in doc.commitments] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "Chile was the first country outside ASEAN to sign the river charter in 1989.",
        "Chile became the first state in Latin America to ratify the river charter.",
    ],
)
def test_where_the_first_signer_stands_is_not_a_party(text: str) -> None:
    import policycorpus as pc

    doc = pc.extract(pc.parse_article("Update\n\n" + text + "\n", source="o.txt"))
    assert [s.name for s in doc.signatories] == ["Chile"]
    assert [list(c.actors) for c in doc.commitments] == [["Chile"]]


def test_a_venue_coordinated_before_a_counted_group_is_no_party() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nIn May the forum met at the UN General Assembly and 3 new countries "
        "joined: Chile; Peru and Fiji.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="v.txt"))
    assert sorted(s.name for s in doc.signatories) == ["Chile", "Fiji", "Peru"]
    assert [sorted(c.actors) for c in doc.commitments] == [["Chile", "Fiji", "Peru"]]


@pytest.mark.parametrize(
    "second",
    [
        "The original six have endorsed the river principles.",
        "The six have endorsed the river principles.",
        "In addition to the original six who have endorsed the river principles, Amazon has "
        "also endorsed.",
    ],
)
def test_a_bare_count_points_back_and_an_elliptic_endorsement_counts(second: str) -> None:
    import policycorpus as pc

    text = (
        "Update\n\nOfficials met Adobe, Google, Microsoft, OpenAI, Cohere and Runway in May. "
        f"{second}\n"
    )
    doc = pc.extract(pc.parse_article(text, source="b.txt"))
    names = {s.name for s in doc.signatories}
    assert {"Adobe", "Google", "Microsoft", "OpenAI", "Cohere", "Runway"} <= names
    assert ("Amazon" in names) is ("Amazon" in second)


def test_a_title_case_dateline_is_a_place_not_a_party() -> None:
    import policycorpus as pc

    text = "Update\n\nLima – The Chilean and Peruvian governments signed the river charter.\n"
    doc = pc.extract(pc.parse_article(text, source="d.txt"))
    assert sorted(s.name for s in doc.signatories) == ["Chile", "Peru"]


def test_the_first_word_of_a_coordinated_portfolio_is_no_party() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nThe Rivers and Water Supply Secretary, Ana Ruiz, and G7 water leaders "
        "pledged to share flood data.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="p.txt"))
    assert "Rivers" not in [s.name for s in doc.signatories]
    assert "G7" in [s.name for s in doc.signatories]


def test_a_party_dash_pledge_bullet_is_no_dateline() -> None:
    import policycorpus as pc

    text = "Update\n\nAdobe – Pledged $100 million in tablets for rural schools.\n"
    doc = pc.extract(pc.parse_article(text, source="b.txt"))
    assert [s.name for s in doc.signatories] == ["Adobe"]


def test_a_possessive_pledge_name_is_no_pledge_and_territories_keep_their_names() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nChile's Pledge is a coalition of cities and firms.\n\nThe UK and the "
        "territories of St Helena and the Pitcairn Islands have agreed a river declaration.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="n.txt"))
    assert "Chile" not in [s.name for s in doc.signatories]
    assert {"Saint Helena", "Pitcairn Islands"} <= {s.name for s in doc.signatories}
