"""Party lists: layouts, the constructions that decide them, and what they make."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import policycorpus as pc
from policycorpus.extract import default_gazetteer, find_actors, split_sentences
from policycorpus.extract._lists import (
    CONSTRUCTIONS,
    LAYOUTS,
    Effect,
    Layout,
    PartyList,
    find_party_lists,
)

_FIRMS = ("Kestrel Analytics", "Norland Systems", "Vantor", "Kestrel", "Norland")


def _gazetteer() -> pc.Gazetteer:
    gaz = default_gazetteer().copy()
    for name in _FIRMS:
        gaz.add(name, "company")
    return gaz


_GAZ = _gazetteer()


def _lists(text: str) -> tuple[PartyList, ...]:
    article = pc.parse_article(text, source="lists.txt")
    actors = find_actors(article, _GAZ)
    return find_party_lists(article.text, split_sentences(article.text), actors)


def _examples() -> list[tuple[str, str]]:
    return [(c.name, e) for c in CONSTRUCTIONS for e in c.examples]


def test_every_construction_has_an_example() -> None:
    assert all(c.examples for c in CONSTRUCTIONS)
    assert len({c.name for c in CONSTRUCTIONS}) == len(CONSTRUCTIONS)


@pytest.mark.parametrize(("name", "example"), _examples())
def test_construction_decides_its_examples(name: str, example: str) -> None:
    text = example if "\n" in example else f"Policy update\n\n{example}\n"
    decided = {pl.construction for pl in _lists(text)}
    assert name in decided, f"{example!r} decided by {decided}"


def test_layout_registry_names_each_layout() -> None:
    assert {lay.layout for lay in LAYOUTS} == set(Layout)


def test_block_under_lead_in_keeps_every_kind_including_the_first() -> None:
    text = (
        "Coastal pledge gains support\n\n"
        "The pledge has been endorsed by the following countries:\n\n"
        "- Kenya\n- Ghana\n- Portugal\n"
    )
    doc = pc.extract(pc.parse_article(text, source="block.txt"))
    got = [(s.name, s.kind.value, s.country) for s in doc.signatories]
    assert got == [
        ("Kenya", "government", "KE"),
        ("Ghana", "government", "GH"),
        ("Portugal", "government", "PT"),
    ]


def test_block_names_the_gazetteer_lacks_take_the_block_kind() -> None:
    text = (
        "Firms join online safety code\n\n"
        "Signatories:\n"
        "* Kestrel Analytics\n* Norland Systems\n* Brightwater Media\n"
    )
    doc = pc.extract(pc.parse_article(text, source="code.txt"), gazetteer=_GAZ)
    assert [(s.name, s.kind.value) for s in doc.signatories] == [
        ("Kestrel Analytics", "company"),
        ("Norland Systems", "company"),
        ("Brightwater Media", "company"),
    ]


def test_hosts_and_absentees_are_not_signatories() -> None:
    text = (
        "Ministers back data charter\n\n"
        "At a meeting hosted by Japan and Canada, Chile, Peru and Colombia signed the "
        "charter. Brazil and India did not sign it.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="hosts.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Colombia"]


def test_signing_list_makes_its_sentence_a_commitment() -> None:
    text = (
        "Data charter signed\n\n"
        "The ministry secured commitments from three firms - Kestrel Analytics, Norland "
        "Systems and Vantor - to publish safety reports every year.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="firms.txt"), gazetteer=_GAZ)
    assert [c.actors for c in doc.commitments] == [
        ("Kestrel Analytics", "Norland Systems", "Vantor")
    ]


def test_counted_group_above_a_block_is_its_commitment() -> None:
    text = (
        "Forest pledge grows\n\n"
        "Three new countries announced that they will join the forest pledge.\n\n"
        "The new supporters include:\n\n"
        "  • Kenya\n  • Ghana\n  • Portugal\n"
    )
    doc = pc.extract(pc.parse_article(text, source="forest.txt"))
    assert [c.actors for c in doc.commitments] == [("Kenya", "Ghana", "Portugal")]
    assert doc.commitments[0].text.startswith("Three new countries")


def test_a_headline_naming_a_pledge_invents_no_party() -> None:
    text = "Ocean pledge signed\n\n12 March 2025\n\nThe charter was agreed on Monday.\n"
    doc = pc.extract(pc.parse_article(text, source="ocean.txt"))
    assert doc.signatories == ()
    assert doc.commitments == ()


def test_a_name_modifying_a_group_is_not_listed() -> None:
    pls = _lists(
        "Convention update\n\nMore than 40 countries, including the EU member states, "
        "have endorsed the convention.\n"
    )
    assert all("European Union" not in [m.name for m in pl.items] for pl in pls)


_COUNTRIES = (
    "Kenya",
    "Ghana",
    "Portugal",
    "Chile",
    "Peru",
    "Norway",
    "Japan",
    "Canada",
    "Senegal",
    "Finland",
)


@given(
    names=st.lists(st.sampled_from(_COUNTRIES), min_size=2, max_size=8, unique=True),
    bullet=st.sampled_from(["- ", "* ", "• ", "", "1. "]),
    lead=st.sampled_from(
        [
            "The declaration was signed by the following governments:",
            "Signatories:",
            "The new supporters include:",
            "== Signatories ==",
        ]
    ),
)
def test_any_signing_block_recovers_every_name(names: list[str], bullet: str, lead: str) -> None:
    numbered = bullet == "1. "
    lines = [f"{i + 1}. {n}" if numbered else f"{bullet}{n}" for i, n in enumerate(names)]
    text = "Charter news\n\n" + lead + "\n" + "\n".join(lines) + "\n"
    doc = pc.extract(pc.parse_article(text, source="p.txt"))
    assert [s.name for s in doc.signatories] == names
    for s in doc.signatories:
        assert doc.article.text[s.span.start : s.span.end] == s.text


@given(
    names=st.lists(st.sampled_from(_COUNTRIES), min_size=2, max_size=6, unique=True),
    verb=st.sampled_from(["signed", "have joined", "endorsed", "pledged to back"]),
)
def test_any_inline_signing_list_recovers_every_name(names: list[str], verb: str) -> None:
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    text = f"Charter news\n\n{listed} {verb} the charter on Monday.\n"
    doc = pc.extract(pc.parse_article(text, source="p.txt"))
    assert [s.name for s in doc.signatories] == names
    assert doc.commitments
    assert set(doc.commitments[0].actors) == set(names)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=300))
def test_party_lists_never_crash_and_stay_in_the_text(text: str) -> None:
    article = pc.Article(source="f.txt", text="Title\n\n" + text)
    for pl in find_party_lists(article.text, split_sentences(article.text), find_actors(article)):
        assert pl.items
        assert pl.effect is None or isinstance(pl.effect, Effect)
        for m in pl.items:
            assert 0 <= m.start < m.end <= len(article.text)


def test_every_construction_has_a_cue_screen() -> None:
    assert all(c.cue_words for c in CONSTRUCTIONS)


def test_we_stands_for_the_authors_a_list_names() -> None:
    text = (
        "Joint statement on school connectivity\n\n"
        "We, the Education, Digital and Finance Ministers of Chile, Peru and Colombia, "
        "meet today.\n\n"
        "We commit to connect every rural school to broadband by 2030.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="we.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Colombia"]
    assert [c.actors for c in doc.commitments] == [("Chile", "Peru", "Colombia")]


def test_a_footnote_list_is_governed_by_its_mark() -> None:
    text = (
        "Joint statement on data sharing\n\n"
        "Members of the Open Data Compact[footnote 1] are working together on shared "
        "standards.\n\n"
        "1. Chile, Peru, Colombia, Ecuador\n"
    )
    doc = pc.extract(pc.parse_article(text, source="note.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Colombia", "Ecuador"]


def test_each_country_undertakes_what_the_listed_parties_pledge() -> None:
    text = (
        "Charter news\n\n"
        "Chile, Peru and Colombia signed the charter on Monday. "
        "Each country committed to cut emissions by 2030.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="each.txt"))
    assert [(c.actors, c.text[:12]) for c in doc.commitments] == [
        (("Chile", "Peru", "Colombia"), "Chile, Peru "),
        (("Chile", "Peru", "Colombia"), "Each country"),
    ]


def test_reference_marks_end_a_sentence_for_the_list_grammar() -> None:
    text = (
        "Treaty facts\n\n"
        "Most states are parties to the treaty.[3] Several large producers are not parties "
        "to it.[4] These include Chile and Peru.[5] Other non-signatories include Norway "
        "and Japan.[6]\n"
    )
    doc = pc.extract(pc.parse_article(text, source="refs.txt"))
    assert doc.signatories == ()


def test_an_infobox_label_holds_the_first_item() -> None:
    text = (
        "Open Data Compact\n\n"
        "Founders Chile\n\n Peru\n Colombia\n Ecuador\n\n"
        "The compact was launched in 2019.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="infobox.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Colombia", "Ecuador"]


def test_a_bracketed_list_before_its_verb() -> None:
    text = (
        "Compact launched\n\n"
        "Leaders of four founding governments (Chile, Peru, Colombia and Ecuador) endorsed "
        "the declaration on Monday.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="brackets.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Colombia", "Ecuador"]


def test_records_say_which_construction_made_them() -> None:
    text = (
        "Charter news\n\n"
        "Chile, Peru and Colombia signed the charter on Monday. "
        "Each country committed to cut emissions by 2030. Canada pledged to fund it.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="rules.txt"))
    assert {s.name: s.rule for s in doc.signatories}["Canada"] == "clause-pledge"
    assert [c.rule for c in doc.commitments][1:] == ["each-of-list", "clause-pledge"]
    assert all(c.rule for c in doc.commitments)


def test_a_mixed_list_of_known_and_unknown_names_is_read_whole() -> None:
    text = (
        "Coalition formed\n\n"
        "Founding coalition members are: Google, Brightwater Media, Microsoft, Harbour "
        "Telecom, Nokia and Tidewell Games.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="mixed.txt"))
    assert [s.name for s in doc.signatories] == [
        "Google",
        "Brightwater Media",
        "Microsoft",
        "Harbour Telecom",
        "Nokia",
        "Tidewell Games",
    ]
    assert {s.kind.value for s in doc.signatories} == {"company"}


def test_they_stands_for_the_parties_named_together_before() -> None:
    text = (
        "Ministers meet in Lisbon\n\n"
        "The ministers held talks on the partnership between Portugal and Norway. "
        "They agreed to open a joint ocean research centre in 2027. "
        "The two governments also discussed fisheries.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="they.txt"))
    assert [(c.actors, c.rule) for c in doc.commitments] == [(("Portugal", "Norway"), "they-list")]
    assert [s.name for s in doc.signatories] == ["Portugal", "Norway"]


def test_they_without_parties_named_before_stays_unresolved() -> None:
    text = "Ministers meet\n\nThe talks were long. They agreed to meet again in May.\n"
    doc = pc.extract(pc.parse_article(text, source="they2.txt"))
    assert doc.commitments == ()


def test_a_chain_of_references_keeps_the_pair_however_far_its_list_stands() -> None:
    filler = "They reviewed the harbour projects and the fisheries data in detail. " * 6
    text = (
        "Ministers meet in Lisbon\n\n"
        "The ministers held talks on the partnership between Portugal and Norway. "
        + filler
        + "They agreed to open a joint ocean research centre in 2027. "
        + filler
        + "The Ministers committed to publish a shared fisheries plan. "
        "On research, both countries will fund ten joint fellowships.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="chain.txt"))
    assert [(c.actors, c.rule) for c in doc.commitments] == [
        (("Portugal", "Norway"), "they-list"),
        (("Portugal", "Norway"), "they-list"),
        (("Portugal", "Norway"), "clause-will"),
    ]


def test_a_country_pair_compound_names_the_parties_of_a_joint_statement() -> None:
    text = (
        "Portugal-Norway Joint Statement on Ocean Research\n\n"
        "Prime Minister Ana Ferreira and Prime Minister Lars Dahl met in Oslo today. "
        "They agreed to open a joint ocean research centre in 2027.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="pair.txt"))
    assert [(s.name, s.rule) for s in doc.signatories] == [
        ("Portugal", "list-joint-statement"),
        ("Norway", "list-joint-statement"),
    ]
    assert [(c.actors, c.rule) for c in doc.commitments] == [(("Portugal", "Norway"), "they-list")]


def test_a_compound_that_names_a_summit_signs_nothing() -> None:
    text = "Summit notes\n\nOfficials prepared the next Portugal-Norway Summit in Lisbon.\n"
    doc = pc.extract(pc.parse_article(text, source="summit.txt"))
    assert doc.signatories == ()
    assert doc.commitments == ()


def test_a_name_defined_for_a_list_stands_for_it_later() -> None:
    text = (
        "Ministers' statement\n\n"
        "We, the Transport Ministers of Chile, Peru and Ecuador (the 'Andean Three'), "
        "recognise the value of shared rail data.\n\n"
        "We, the Ministers of the Andean Three, commit to publish timetable data by 2026.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="alias.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Ecuador"]
    assert [(c.actors, c.rule) for c in doc.commitments] == [
        (("Chile", "Peru", "Ecuador"), "alias-of-list")
    ]


def test_the_governments_a_joint_statement_first_names_are_its_authors() -> None:
    text = (
        "Chile-Peru Joint Declaration on Coastal Data\n\n"
        "Chile and Peru share a long coastline and common fisheries. "
        "We commit to publish shared tide data by 2026.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="authors.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru"]
    assert [c.actors for c in doc.commitments] == [("Chile", "Peru")]


def test_a_text_not_headed_as_a_statement_has_no_authors_by_default() -> None:
    text = (
        "Coastal data news\n\n"
        "Chile and Peru share a long coastline and common fisheries. "
        "We commit to publish shared tide data by 2026.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="noauthors.txt"))
    assert doc.signatories == ()


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("The EU at the Aid Forum pledged to boost relief funding.", ("European Union",)),
        ("Canada announced an initial regional pledge of $40 million for 2026.", ("Canada",)),
        (
            "Canada announced last month that it will commit the equivalent of $90 million "
            "a year to the fund.",
            ("Canada",),
        ),
    ],
)
def test_pledges_read_past_venues_modifiers_and_time_words(
    sentence: str, actors: tuple[str, ...]
) -> None:
    doc = pc.extract(pc.parse_article("Aid news\n\n" + sentence + "\n", source="aid.txt"))
    assert [c.actors for c in doc.commitments] == [actors]


def test_will_sentences_listed_under_a_committing_lead_in_are_commitments() -> None:
    text = (
        "Open data plan\n\n"
        "This plan sets out the Welsh Government data commitments we will deliver by 2026.\n\n"
        "Our commitments for 2025 are:\n\n"
        "1. We will publish every school budget as open data.\n"
        "2. We will work with councils to map flood defences.\n\n"
        "We will review the plan in 2027.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="plan.txt"))
    assert [(c.text, c.actors) for c in doc.commitments] == [
        ("We will publish every school budget as open data.", ("Welsh Government",)),
        ("We will work with councils to map flood defences.", ("Welsh Government",)),
    ]


@pytest.mark.parametrize(
    ("sentence", "pledged"),
    [
        ("Canada announced $40 million for new school programmes in the region.", True),
        ("Canada announced a new partnership of up to $90 million over five years.", True),
        ("Canada announced more than $40 million in grant awards to local councils.", False),
        ("Canada announced that the talks had ended, costing $2 million.", False),
    ],
)
def test_an_announced_sum_is_a_pledge_unless_it_was_awarded(sentence: str, pledged: bool) -> None:
    doc = pc.extract(pc.parse_article("Funding news\n\n" + sentence + "\n", source="fund.txt"))
    assert [c.actors for c in doc.commitments] == ([("Canada",)] if pledged else [])


def test_the_leaders_who_met_are_the_parties_of_what_they_concurred() -> None:
    text = (
        "Leaders meet\n\n"
        "Prime Minister Ana Ruiz met President Pedro Lima in Quito. Recognising that the "
        "drought harms trade, the two leaders condemned the delays and concurred that they "
        "would deepen their partnership. They reviewed the harbour projects, heard from "
        "experts, and agreed to meet again in 2027. The leaders agreed that the talks were "
        "useful.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="leaders.txt"))
    assert [(c.actors, c.rule) for c in doc.commitments] == [
        (("Ana Ruiz", "Pedro Lima"), "they-list"),
        (("Ana Ruiz", "Pedro Lima"), "they-list"),
    ]


def test_a_sentence_opening_agent_phrase_names_the_signers() -> None:
    text = (
        "Data pact\n\n"
        "Signed by Chilean Trade Minister Ana Ruiz and Peruvian Trade Minister Pedro Lima, "
        "the pact opens both customs registers.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="agent.txt"))
    assert "Pedro Lima" in [s.name for s in doc.signatories]


def test_a_resolved_refusal_is_an_undertaking_but_a_plain_refusal_is_not() -> None:
    text = (
        "Ministers' statement\n\n"
        "We, the Ministers of Chile and Peru, commit to share flood data. "
        "We will not tolerate delays in the warning system. We will not attend the fair.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="refusal.txt"))
    assert [c.text for c in doc.commitments] == [
        "We, the Ministers of Chile and Peru, commit to share flood data.",
        "We will not tolerate delays in the warning system.",
    ]


def test_a_relative_clause_describing_signatories_is_not_their_commitment() -> None:
    text = (
        "Charter news\n\n"
        "Chile and Peru signed the river charter in May. "
        "The countries which have joined the charter represent most of the basin.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="relative.txt"))
    assert [c.text for c in doc.commitments] == ["Chile and Peru signed the river charter in May."]
    assert [s.name for s in doc.signatories] == ["Chile", "Peru"]


def test_thanks_for_a_partys_commitment_is_not_its_pledge() -> None:
    text = (
        "Press conference\n\n"
        "I want to thank the President for Chile's commitment to working with us on the "
        "river plan. The minister announced Peru's intention to open a consulate.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="thanks.txt"))
    assert doc.commitments == ()


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            "Canada pledged to back the plan. Canada will contribute $20 million to the fund.",
            [("Canada",), ("Canada",)],
        ),
        ("Canada provided $20 million to the flood fund last year.", []),
        (
            "In a joint statement, Chile and Peru said they would share flood data.",
            [("Chile", "Peru")],
        ),
    ],
)
def test_money_to_be_given_and_joint_statements_reported_are_commitments(
    sentence: str, actors: list[tuple[str, ...]]
) -> None:
    doc = pc.extract(pc.parse_article("Aid news\n\n" + sentence + "\n", source="aid2.txt"))
    assert [c.actors for c in doc.commitments] == actors


def test_a_money_announcement_is_a_commitment_but_no_signing() -> None:
    text = "Aid news\n\nCanada announced $20 million for the fund.\n"
    doc = pc.extract(pc.parse_article(text, source="a.txt"))
    assert [c.actors for c in doc.commitments] == [("Canada",)]
    assert doc.signatories == ()


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        ("Chile will host the summit and has pledged $20 million to the fund.", ["Chile"]),
        ("Chile hosted the talks and pledged to fund the plan.", ["Chile"]),
        ("Chile hosted the talks, and Peru pledged to fund it.", ["Peru"]),
    ],
)
def test_the_subject_of_two_coordinated_verbs_pledges_with_the_second(
    sentence: str, signers: list[str]
) -> None:
    doc = pc.extract(pc.parse_article("Summit news\n\n" + sentence + "\n", source="vp.txt"))
    assert [s.name for s in doc.signatories] == signers
    assert [c.actors for c in doc.commitments] == [tuple(signers)]


def test_we_after_a_joint_signing_block_is_all_who_signed() -> None:
    text = (
        "Joint statement on river data\n\n"
        "Signed:\n\n"
        "Minister of Water, Chile\n"
        "Minister of Environment, Peru\n\n"
        "We commit to publish flood data by 2026.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="block.txt"))
    assert [c.actors for c in doc.commitments] == [("Chile", "Peru")]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            "Chile, Peru and Ecuador met in Lima. The three countries reaffirmed the Andes "
            "Quartet's commitment to open river data.",
            ("Chile", "Peru", "Ecuador"),
        ),
        ("The minister reaffirmed the UK's commitment to join the alliance.", ("United Kingdom",)),
    ],
)
def test_who_recommits_to_an_owned_commitment(sentence: str, actors: tuple[str, ...]) -> None:
    doc = pc.extract(pc.parse_article("River news\n\n" + sentence + "\n", source="own.txt"))
    assert [c.actors for c in doc.commitments] == [actors]


def test_two_officials_with_country_titles_both_pledge() -> None:
    text = (
        "Ministers meet\n\n"
        "UK Home Secretary Ana Ruiz and US Homeland Security Secretary Pedro Lima pledged to "
        "share flood data.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="two.txt"))
    assert [c.actors for c in doc.commitments] == [("Ana Ruiz", "Pedro Lima")]


def test_legal_forms_stay_with_their_company_inside_a_list() -> None:
    text = (
        "Code news\n\n"
        "The minister announced that four new firms - Microsoft, Intel Corporation, Nokia "
        "and Adobe Inc. - are signing on to the code. By signing on, these firms are pledging "
        "to publish model cards.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="legal.txt"))
    assert [s.name for s in doc.signatories] == ["Microsoft", "Intel", "Nokia", "Adobe"]
    assert [c.actors for c in doc.commitments][-1] == ("Microsoft", "Intel", "Nokia", "Adobe")


def test_a_lead_in_that_announces_signers_keeps_every_line_under_it() -> None:
    text = (
        "Code news\n\n"
        "The minister announced eight more signers. The new signatories to the Voluntary "
        "Code on Safe Data Tools are:\n\n"
        "Brightwater\n\n"
        "Kestrel Labs\n\n"
        "Microsoft\n\n"
        "Tidewell\n\n"
        "Nokia\n\n"
        "In signing on, these organisations are pledging to publish audits.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="announced.txt"))
    assert [s.name for s in doc.signatories] == [
        "Brightwater",
        "Kestrel Labs",
        "Microsoft",
        "Tidewell",
        "Nokia",
    ]


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        ("That is why Chile has, together with its partners, signed the river treaty.", ["Chile"]),
        (
            "We welcome the addition of Chile and Peru as new members of the alliance.",
            ["Chile", "Peru"],
        ),
    ],
)
def test_asides_after_an_auxiliary_and_new_members_welcomed(
    sentence: str, signers: list[str]
) -> None:
    doc = pc.extract(pc.parse_article("Treaty news\n\n" + sentence + "\n", source="aside.txt"))
    assert [s.name for s in doc.signatories] == signers


def test_unknown_names_listed_with_companies_are_companies() -> None:
    text = "Code news\n\nAltaML, BlueDot, Kestrelia and IBM signed the safety code.\n"
    doc = pc.extract(pc.parse_article(text, source="kinds.txt"))
    assert {s.name: s.kind.value for s in doc.signatories} == {
        "AltaML": "company",
        "BlueDot": "company",
        "Kestrelia": "company",
        "IBM": "company",
    }


def test_envoys_from_named_countries_who_issued_a_statement_signed_it() -> None:
    text = (
        "Statement\n\n"
        "Special envoys and representatives from Chile, Peru and the European Union have "
        "issued a statement on river data.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="envoys.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "European Union"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile is proud to have signed the river charter.",
        "Chile is delighted to have submitted five pledges.",
        "Chile is pleased to announce new commitments to the fund.",
    ],
)
def test_an_emotive_frame_keeps_the_subject(sentence: str) -> None:
    doc = pc.extract(pc.parse_article("Charter news\n\n" + sentence + "\n", source="emo.txt"))
    assert [c.actors for c in doc.commitments] == [("Chile",)]


def test_places_a_statement_page_lists_are_not_its_authors() -> None:
    text = (
        "River Coalition\n\n"
        "The coalition issued a joint statement on river data in 2019. Its conferences have "
        "been held in Chile (2019), Peru (2020) and Ecuador (2021). A resolution on shared "
        "river data was adopted by the UN Human Rights Council in 2020.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="places.txt"))
    assert doc.signatories == ()


def test_a_brand_written_as_its_domain_is_a_list_line() -> None:
    text = (
        "Code news\n\n"
        "New signatories include:\n\n"
        "Brightwater\n\n"
        "kestrel.ai\n\n"
        "Microsoft\n\n"
        "Tidewell Games\n"
    )
    doc = pc.extract(pc.parse_article(text, source="domain.txt"))
    assert [s.name for s in doc.signatories] == [
        "Brightwater",
        "kestrel.ai",
        "Microsoft",
        "Tidewell Games",
    ]


def test_partners_who_share_our_commitment_make_no_pledge() -> None:
    text = (
        "Statement\n\n"
        "Chile is grateful for the support of partners who share our commitment to open "
        "river data.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="share.txt"))
    assert doc.commitments == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # an office before each country: the countries are the parties
            "Joint statement between the Prime Minister of Chile and the President of Peru\n\n"
            "We agreed to share tide data. We stressed the value of a partnership between "
            "Chile and the EU.\n",
            ["Chile", "Peru"],
        ),
        (  # a bracketed list inside an opening phrase keeps its first item
            "Principles launched\n\n"
            "In May 2021 the Four Nations group (Chile, Peru, Kenya, and Japan) launched "
            "the river principles.\n",
            ["Chile", "Peru", "Kenya", "Japan"],
        ),
    ],
)
def test_inline_lists_read_across_offices_and_brackets(text: str, names: list[str]) -> None:
    doc = pc.extract(pc.parse_article(text, source="offices.txt"))
    assert [s.name for s in doc.signatories] == names


@pytest.mark.parametrize(
    ("sentence", "actors", "signatories"),
    [
        (
            "The Minister for Rivers, Coasts and Fisheries, Ana Ruiz, signed the charter "
            "on behalf of Chile.",
            ("Chile",),
            ["Ana Ruiz", "Chile"],
        ),
        (
            "The two ministers, on behalf of Chile and Peru, signed a memorandum on tide data.",
            ("Chile", "Peru"),
            ["Chile", "Peru"],
        ),
    ],
)
def test_whoever_signs_on_behalf_of_parties_commits_them(
    sentence: str, actors: tuple[str, ...], signatories: list[str]
) -> None:
    doc = pc.extract(pc.parse_article("Charter news\n\n" + sentence + "\n", source="b.txt"))
    assert [c.actors for c in doc.commitments] == [actors]
    assert [s.name for s in doc.signatories] == signatories


def test_the_lists_and_the_pledge_reader_share_one_tokenisation_of_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from policycorpus.extract import _tokens

    text = "Norway, Chile and Kenya signed the charter on ocean plastics."
    actors = find_actors(text)
    calls: list[tuple[int, int]] = []
    original = _tokens.tokenize

    def counting(text: str, start: int, end: int, *rest: Any) -> list[_tokens.Tok]:
        calls.append((start, end))
        return original(text, start, end, *rest)

    monkeypatch.setattr(_tokens, "tokenize", counting)
    first = _tokens.shared_tokenize(text, 0, len(text), actors.mentions, actors)
    again = _tokens.shared_tokenize(text, 0, len(text), actors.mentions, actors)
    assert calls == [(0, len(text))]
    assert first == again == original(text, 0, len(text), actors.mentions, actors.gazetteer)
    assert first is not again  # each reader may change its own list
    first.clear()
    assert _tokens.shared_tokenize(text, 0, len(text), actors.mentions, actors) == again


def _parties(sentence: str) -> tuple[list[str], list[tuple[str, ...]]]:
    doc = pc.extract(pc.parse_article("Water charter\n\n" + sentence + "\n", source="w.txt"))
    return [s.name for s in doc.signatories], [c.actors for c in doc.commitments]


@pytest.mark.parametrize(
    "sentence",
    [
        "The grant will fund projects through the Water Partnership launched in Lima.",
        "Funds flow through the River Compact adopted at the 2019 summit.",
        "We would like to thank our sponsors, including the Acme Foundation, Norland "
        "Systems and Kestrel Analytics.",
        "The Global Partnership on Artificial Intelligence officially launched on 5 May.",
        "A code to be endorsed by the G7 leaders this year will guide firms.",
        "The charter, due to be signed by Chile and Peru in May, opens for comment.",
    ],
)
def test_a_body_others_launched_and_event_sponsors_sign_nothing(sentence: str) -> None:
    assert _parties(sentence) == ([], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile was one of the first signatories to the Water Charter.",
        "Chile is proud to have been one of the first signatories to the Water Charter.",
    ],
)
def test_one_of_the_first_signatories_signed(sentence: str) -> None:
    assert _parties(sentence) == (["Chile"], [("Chile",)])


def test_those_who_met_alongside_the_authors_are_not_the_we_of_the_statement() -> None:
    text = (
        "We, the G20 Energy Ministers and officials, along with representatives of the "
        "OECD, met in Rome on 2 June.\n\nWe are committed to cutting methane emissions.\n"
    )
    doc = pc.extract(pc.parse_article("Rome communique\n\n" + text, source="r.txt"))
    assert "OECD" not in [s.name for s in doc.signatories]
    assert all("OECD" not in c.actors for c in doc.commitments)


def test_we_the_officials_of_named_parties_is_those_parties() -> None:
    text = "We, the EU and US Trade Ministers, met in Rome.\n\nWe commit to open data.\n"
    doc = pc.extract(pc.parse_article("Rome statement\n\n" + text, source="r.txt"))
    assert [c.actors for c in doc.commitments] == [("European Union", "United States")]


def test_joining_a_body_named_by_its_acronym_signs() -> None:
    sentence = "Chile, Peru and a few more countries also joined the GPAI in May."
    assert _parties(sentence) == (["Chile", "Peru"], [("Chile", "Peru")])


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            "Today, at the Water Conference (WC) in Chile, the EU renewed its pledges to "
            "protect coastal waters.",
            ("European Union",),
        ),
        ("The minister welcomed Honduras’ commitment to the Water Charter.", ("Honduras",)),
        ("The minister welcomed Honduras' commitment to the Water Charter.", ("Honduras",)),
    ],
)
def test_opening_phrases_and_possessives_name_the_right_party(
    sentence: str, actors: tuple[str, ...]
) -> None:
    assert _parties(sentence)[1] == [actors]


def test_a_joint_statement_heading_mid_page_names_its_authors_who_pledge() -> None:
    text = (
        "Water plans\n\n"
        + "The region faces long droughts, and its ministers have met often. " * 12
        + "\n\nJoint Statement on Setting Up a Water Forum between the Water Ministries of "
        "Chile, Peru, Kenya, and the United States\n\n"
        "Chile, Peru, Kenya, and the United States, collectively holding a third of the "
        "region's reserves, will come together to form a forum on river data.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="forum.txt"))
    names = ["Chile", "Peru", "Kenya", "United States"]
    assert [s.name for s in doc.signatories] == names
    assert [c.actors for c in doc.commitments] == [tuple(names)]


def test_the_commission_is_a_party_of_its_own_and_its_officials_act_for_the_union() -> None:
    assert _parties("The European Commission also endorsed the Water Charter.") == (
        ["European Commission"],
        [("European Commission",)],
    )
    text = (
        "We, the ministers of Chile and Peru, together with the European Commission on "
        "behalf of the European Union, met in Lima.\n\nWe commit to sharing river data.\n"
    )
    doc = pc.extract(pc.parse_article("Lima statement\n\n" + text, source="l.txt"))
    assert [c.actors for c in doc.commitments] == [("Chile", "Peru", "European Union")]
    article = pc.parse_article(
        "Fund news\n\nEuropean Commission President Ana Lopes opened the meeting.\n",
        source="q.txt",
    )
    people = [m for m in find_actors(article).mentions if m.kind is pc.ActorKind.PERSON]
    assert [(m.name, m.represents) for m in people] == [("Ana Lopes", "European Union")]


def test_names_the_gazetteer_lacks_take_the_kind_of_their_head_word() -> None:
    names, _ = _parties(
        "New signatories include Chile, Peru, Andes Motors, the Ministry of Energy of "
        "Xland and Pampa Solar."
    )
    doc = pc.extract(
        pc.parse_article(
            "Water charter\n\nNew signatories include Chile, Peru, Andes Motors, the Ministry "
            "of Energy of Xland and Pampa Solar.\n",
            source="k.txt",
        )
    )
    kinds = {s.name: s.kind for s in doc.signatories}
    assert kinds["Andes Motors"] is pc.ActorKind.COMPANY
    assert kinds["Pampa Solar"] is pc.ActorKind.COMPANY
    assert kinds["Chile"] is pc.ActorKind.GOVERNMENT
    assert "Andes Motors" in names


def test_announcing_a_counted_number_of_commitments_commits() -> None:
    sentence = "Chile announced more than 110 new commitments worth nearly $2 billion."
    assert _parties(sentence) == (["Chile"], [("Chile",)])


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            "Chile has today signed a water agreement with Peru and Kenya.",
            ("Chile", "Peru", "Kenya"),
        ),
        ("Chile has today (Monday 4 May) signed the Water Charter.", ("Chile",)),
        ("Chile signed the charter along with Peru.", ("Chile",)),
    ],
)
def test_who_signs_with_whom(sentence: str, actors: tuple[str, ...]) -> None:
    assert _parties(sentence)[1] == [actors]


def test_the_countries_of_the_officials_who_signed_agree_next() -> None:
    text = (
        "Chilean Water Minister Ana Ruiz and her Peruvian counterpart Luis Soto signed a "
        "memorandum on river data. The two countries also agreed to share flood maps.\n"
    )
    doc = pc.extract(pc.parse_article("River news\n\n" + text, source="c.txt"))
    assert doc.commitments[-1].actors == ("Chile", "Peru")


@pytest.mark.parametrize(
    ("sentence", "signatories", "actors"),
    [
        (
            "The Open Data Partnership (ODP) was launched in May by its four founding "
            "governments, Chile, Peru, Ghana and Fiji.",
            ["Chile", "Peru", "Ghana", "Fiji"],
            [],
        ),
        (
            "With the accession of Chile and Peru, 40 countries have signed the charter.",
            ["Chile", "Peru"],
            [("Chile", "Peru")],
        ),
        ("Formal talks with Chile and Peru have been launched this month.", [], []),
        (
            "As two trading nations, Chile and Singapore have reached a ground-breaking deal.",
            ["Chile", "Singapore"],
            [("Chile", "Singapore")],
        ),
        ("The scheme has reached 100 countries, Chile and Peru among them.", [], []),
        ("It is vital that Chile and Peru sign the charter.", [], []),
        ("It is essential the Parliament and Chile reach an agreement on the law.", [], []),
        (
            "The Biden Administration pledged $4 billion to the Global Fund to Fight AIDS, "
            "Tuberculosis and Malaria.",
            ["United States"],
            [("United States",)],
        ),
    ],
)
def test_passives_accessions_deals_and_conditions(
    sentence: str, signatories: list[str], actors: list[tuple[str, ...]]
) -> None:
    assert _parties(sentence) == (signatories, actors)


def test_our_officials_in_a_joint_declaration_are_its_authors() -> None:
    text = (
        "Chile-Peru Joint Declaration: Review\n\n"
        "We continue to press for a trade deal between Chile and the EU.\n\n"
        "Our ministers signed a river data statement in May.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="d.txt"))
    assert doc.commitments[-1].actors == ("Chile", "Peru")


def test_a_pledge_of_support_to_a_fund_is_not_the_fund_s_pledge() -> None:
    sentence = "Chile announced a pledge of support to the Global Fund."
    assert "Global Fund to Fight AIDS, Tuberculosis and Malaria" not in _parties(sentence)[0]


def test_officials_in_charge_of_a_portfolio_sign_for_their_body() -> None:
    sentence = (
        "The ministers of the Union for the Mediterranean in charge of energy signed on "
        "14 June, a declaration on clean power."
    )
    assert _parties(sentence) == (
        ["Union for the Mediterranean"],
        [("Union for the Mediterranean",)],
    )


def test_a_will_lead_in_over_a_list_of_undertakings_is_a_pledge() -> None:
    text = (
        "Chile and Peru trade talks\n\nChile and Peru will:\n- share data on river basins\n"
        "- meet each year\n\nChile will host the next meeting.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="w.txt"))
    assert [(c.actors, c.text) for c in doc.commitments] == [
        (("Chile", "Peru"), "Chile and Peru will:")
    ]


def test_forum_leaders_agree_for_the_countries_whose_leaders_met() -> None:
    text = (
        "On 13 March, Chilean President Ana Ruiz, Peruvian President Luis Soto and Kenyan "
        "President Amani Odhiambo met for the first Ocean Leaders' Summit.\n\n"
        "Ocean leaders agreed to set up a working group on ports.\n"
    )
    doc = pc.extract(pc.parse_article("Ocean summit\n\n" + text, source="o.txt"))
    assert [c.actors for c in doc.commitments] == [("Chile", "Peru", "Kenya")]
    names = {s.name for s in doc.signatories}
    assert {"Chile", "Peru", "Kenya"} <= names


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("The US Department of Commerce signed the Water Charter.", ("United States",)),
        ("The Home Office pledged to fund the scheme.", ("United Kingdom",)),
        ("Ofcom has agreed to update its codes by May.", ("Ofcom",)),
    ],
)
def test_a_government_department_acts_for_its_country_a_regulator_for_itself(
    sentence: str, actors: tuple[str, ...]
) -> None:
    assert _parties(sentence)[1] == [actors]


def test_those_endorsing_and_a_party_with_its_partners() -> None:
    names, actors = _parties(
        "Today, Chile with 20 partners launched the Water Declaration. Those endorsing the "
        "Declaration include Peru, Kenya and Fiji."
    )
    assert names == ["Chile", "Peru", "Kenya", "Fiji"]
    assert ("Chile",) not in actors  # launching the declaration is issuing it, no pledge


def test_authors_named_in_two_phrases_are_all_the_we() -> None:
    text = (
        "We, the Foreign Ministers of Chile and the Foreign Secretaries of Peru, met in "
        "Lima.\n\nTogether, we remain committed to the full implementation of the agenda.\n"
    )
    doc = pc.extract(pc.parse_article("Lima statement\n\n" + text, source="l.txt"))
    assert doc.commitments[-1].actors == ("Chile", "Peru")


def test_a_signing_as_a_noun_signs_nothing() -> None:
    sentence = "The Water Arrangement signing is happening during the leaders' meeting."
    assert _parties(sentence) == ([], [])


def test_a_portfolio_before_a_title_is_not_a_listed_party() -> None:
    text = (
        "We, the Foreign and Defence Ministers of Chile and the Foreign and Defence "
        "Secretaries of Peru, met in Lima.\n"
    )
    doc = pc.extract(pc.parse_article("Lima statement\n\n" + text, source="l.txt"))
    assert "Foreign" not in {s.name for s in doc.signatories}


@pytest.mark.parametrize(
    ("sentence", "signatories"),
    [
        ("Last year, Chile and Peru launched the Partnership for River Data.", ["Chile", "Peru"]),
        ("The Alliance was launched by Chile and Peru at the summit.", ["Chile", "Peru"]),
        (
            "Chilean minister Ana Ruiz launched the Coalition at a conference.",
            ["Ana Ruiz", "Chile"],
        ),
    ],
)
def test_launching_a_body_founds_it_but_pledges_nothing(
    sentence: str, signatories: list[str]
) -> None:
    assert _parties(sentence) == (signatories, [])


def test_launching_a_pledge_signs_it_without_pledging() -> None:
    # the launcher is a signatory (0004), but launching is issuing the text, which the
    # corpus conventions never count as the launcher's commitment
    assert _parties("Chile launched a global pledge to cut methane.") == (["Chile"], [])


@pytest.mark.parametrize(
    ("sentence", "signatories"),
    [
        (
            "The Ministry of Defence of Chile and the Ministry of Defence of Peru commit to "
            "share maps.",
            ["Chile", "Peru"],
        ),
        ("Former Water Minister Ana Ruiz of Chile signed the letter.", ["Ana Ruiz", "Chile"]),
        (
            "The European Commission, Presidency, the International Energy Agency and Chatham "
            "House also support the statement.",
            ["European Commission", "International Energy Agency", "Chatham House"],
        ),
    ],
)
def test_departments_bare_institutions_and_former_officials(
    sentence: str, signatories: list[str]
) -> None:
    assert _parties(sentence)[0] == signatories


@pytest.mark.parametrize(
    "text",
    [
        "River news\n\nNew Water and River Cooperation Agreement signed, opening a new era.\n",
        "River news\n\nThe charter is further supported by MoUs on data and maps.\n",
        "River news\n\nSigned by:\n\nChile\n\nPeru\n\nKenya\n\nObjectives\n\nThe partners will "
        "work to share river data across borders.\n",
        "River news\n\nReported by the committee\n\nConsidered and agreed to with an amended "
        "preamble\n",
        "River news\n\nMembers of the Partnership on Gender-Based Online Abuse signed the "
        "charter.\n",
    ],
)
def test_instrument_names_headings_and_participles_are_no_party(text: str) -> None:
    doc = pc.extract(pc.parse_article(text, source="h.txt"))
    names = {s.name for s in doc.signatories}
    assert not names & {
        "Water",
        "River Cooperation Agreement",
        "MoUs",
        "Objectives",
        "Considered",
        "Based Online Abuse",
    }


def test_coordinated_verbs_share_a_subject_and_a_fronted_with_signs_too() -> None:
    assert _parties("Chile has negotiated and signed the water charter.") == (
        ["Chile"],
        [("Chile",)],
    )
    text = (
        "Written Statements\n\nWith Peru, we have concluded and signed agreements on river data.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="ws.txt"))
    assert [c.actors for c in doc.commitments] == [("United Kingdom", "Peru")]


def test_a_signing_list_the_clause_reads_only_in_part_names_all_the_actors() -> None:
    sentence = (
        "The code, which builds on the 2016 code, was signed by Google, Meta, Microsoft hosted "
        "consumer services, Snapchat and TikTok."
    )
    names, actors = _parties(sentence)
    assert actors == [tuple(names)]
    assert len(names) == 5


@pytest.mark.parametrize(
    "text",
    [
        "The strength of our ties rests on our shared commitment to democracy.",
        "The United States' strong alliance commitments to Japan are critical.",
        "We, the Foreign Ministers of Chile and Peru, met in Lima. We strongly support the "
        "principles of freedom, rule of law and sovereignty.",
        "The compact was formally endorsed by the United Nations General Assembly in 2018.",
    ],
)
def test_values_ties_and_votes_are_not_pledges(text: str) -> None:
    doc = pc.extract(pc.parse_article("Lima talks\n\n" + text + "\n", source="v.txt"))
    assert doc.commitments == ()
    assert "UN General Assembly" not in {s.name for s in doc.signatories}


def test_a_numbered_block_under_a_signatories_heading_signs() -> None:
    text = (
        "Water code\n\nThe Signatories\n\nThe code has broadened since 2018 and welcomes new "
        "members.\n\nYou can read each subscription document below:\n\n1. Kestrel Analytics\n\n"
        "2. Norland Systems\n\n3. Debunk EU\n\n4. Tidewell Games\n"
    )
    doc = pc.extract(pc.parse_article(text, source="c.txt"))
    assert [s.name for s in doc.signatories] == [
        "Kestrel Analytics",
        "Norland Systems",
        "Debunk EU",
        "Tidewell Games",
    ]


def test_a_numbered_block_under_another_heading_signs_nothing() -> None:
    text = (
        "Water code\n\nFurther reading\n\nYou can read each document below:\n\n"
        "1. Kestrel Analytics\n\n2. Norland Systems\n\n3. Tidewell Games\n"
    )
    doc = pc.extract(pc.parse_article(text, source="c.txt"))
    assert doc.signatories == ()


def test_a_uk_written_question_speaks_for_the_united_kingdom() -> None:
    text = (
        "Fraud charters\n\nTo ask the Secretary of State for the Home Department what steps "
        "he is taking on fraud.\n\nThe Government and the telecommunications industry also "
        "signed a fraud charter in 2021.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="wq.txt"))
    assert [c.actors for c in doc.commitments] == [("United Kingdom",)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Chile will invest $180 million in the Water Fund.", [("Chile",)]),
        ("Chile will be providing an additional $4 million in funding.", [("Chile",)]),
        (
            "“Chile will be providing an additional $4 million,” the minister said.",
            [("Chile",)],
        ),
        ("Chile will host the water summit next year.", []),
    ],
)
def test_money_a_named_government_will_give_is_its_pledge(
    text: str, actors: list[tuple[str, ...]]
) -> None:
    doc = pc.extract(pc.parse_article("Funding\n\n" + text + "\n", source="m.txt"))
    assert [c.actors for c in doc.commitments] == actors
    assert doc.signatories == ()


def test_statement_authors_written_as_a_pair_then_a_list_and_thanked_founders() -> None:
    text = (
        "Joint Statement of the River Partnership\n\nThe text of the following statement was "
        "released by the Governments of Chile and Peru, Kenya, Ghana, and the European Union "
        "after the partners met in Lima.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="r.txt"))
    assert [s.name for s in doc.signatories] == [
        "Chile",
        "Peru",
        "Kenya",
        "Ghana",
        "European Union",
    ]
    names, actors = _parties(
        "Chile has pledged $40 million, and I thank Peru, Kenya and Ghana for joining as "
        "founding supporters."
    )
    assert {"Peru", "Kenya", "Ghana"} <= set(names)
    assert any({"Peru", "Kenya", "Ghana"} <= set(a) for a in actors)


def test_a_news_report_of_welcoming_signs_nothing() -> None:
    assert _parties("Chile, Peru and Kenya welcomed the decision on Monday.") == ([], [])


def test_ministers_who_jointly_declare_are_the_statement_s_authors() -> None:
    text = (
        "The Foreign Ministers of Chile, Peru, Kenya and Ghana and the High Representative of "
        "the European Union strongly condemn the attack on the river station.\n"
    )
    doc = pc.extract(pc.parse_article("Statement\n\n" + text, source="j.txt"))
    assert {"Chile", "Peru", "Kenya", "Ghana"} <= {s.name for s in doc.signatories}


def test_these_included_lists_the_signers_the_sentence_before_counted() -> None:
    def signed(text: str) -> list[str]:
        doc = pc.extract(pc.parse_article("Pact\n\n" + text, source="p.txt"))
        return [s.name for s in doc.signatories]

    assert signed(
        "The pact has been signed by 30 governments and 12 firms. These included the EU "
        "member states, Chile, Peru and Ghana."
    ) == ["Chile", "Peru", "Ghana"]
    # attending is not signing, and a denial before is no signing
    assert signed("Thirty governments attended the summit. They included Chile and Peru.") == []
    assert signed("Many states are not parties to it. These include Chile and Peru.") == []


def test_a_statement_from_the_leaders_of_a_three_way_compound_is_theirs() -> None:
    text = (
        "River pact\n\nStatement from the leaders of the Chile-Peru-Ecuador partnership.\n"
        "The leaders met on 5 April.\nWe are fully committed to sharing river data."
    )
    doc = pc.extract(pc.parse_article(text, source="r.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Ecuador"]
    assert [list(c.actors) for c in doc.commitments] == [["Chile", "Peru", "Ecuador"]]
    # a two-way compound in a news report signs nothing by itself
    doc = pc.extract(pc.parse_article("Summit\n\nThe UK-France summit met in May.", source="s"))
    assert doc.signatories == ()


def test_signed_by_reads_past_a_venue_and_date_but_not_past_a_commitment_noun() -> None:
    # "signed in Lima, May 3, 1990, by ...": the signers follow the place and the date
    far = _lists(
        "Policy update\n\nThe Accord was signed in Lima, May 3, 1990, by the four nations "
        "with the longest coastlines: Chile, Peru, Ecuador and Colombia.\n"
    )
    assert [pl.construction for pl in far] == ["signed-by"]
    # "backed through a Global Commitment by donors including ...": the commitment's
    # makers, not a signed list
    pledged = _lists(
        "Policy update\n\nA package was launched, backed through a Global Commitment by "
        "donor countries including Chile, Peru and Ghana.\n"
    )
    assert [pl.construction for pl in pledged] != ["signed-by"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a signing reported with its parties is their commitment
        (
            "The pact is a treaty signed in Lima, May 3, 1990, by the four river nations: "
            "Chile, Peru, Ecuador and Colombia.",
            [("Chile", "Peru", "Ecuador", "Colombia")],
        ),
        (
            "The accord is a treaty concluded among the members of the River Council - "
            "Chile, Peru and Bolivia - in Quito.",
            [("Chile", "Peru", "Bolivia")],
        ),
        # a body launched by its founders commits no one
        (
            "The alliance was launched in May by its founding governments, Chile, Peru and Ghana.",
            [],
        ),
    ],
)
def test_a_signing_reported_with_its_parties_is_a_commitment(
    text: str, actors: list[tuple[str, ...]]
) -> None:
    doc = pc.extract(pc.parse_article(f"Treaty news\n\n{text}\n", source="t.txt"))
    assert [c.actors for c in doc.commitments] == actors


def test_those_counted_parties_named_in_the_next_sentence_sign_and_commit() -> None:
    text = (
        "Data initiative grows\n\n"
        "The initiative gained members this year, with three countries signing letters of "
        "intent. I want to thank those three countries — Chile, Peru and Ghana — for their "
        "support.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="t.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Ghana"]
    assert [c.actors for c in doc.commitments] == [("Chile", "Peru", "Ghana")]
    assert doc.commitments[0].text.startswith("The initiative gained members")
    # thanked for something else: no signing before, no signatories
    other = text.replace("signing letters of intent", "taking part in the talks")
    assert pc.extract(pc.parse_article(other, source="t.txt")).signatories == ()


def test_a_joint_action_plan_titled_by_a_country_pair_speaks_as_we() -> None:
    text = (
        "Chile-Peru Joint Action Plan on River Data\n\n"
        "The two governments publish this plan today. We will share gauge readings every "
        "day.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="plan.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru"]
    assert [c.actors for c in doc.commitments] == [("Chile", "Peru")]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "On 2 May, Kestrel Analytics became the 13th signatory of the data code.",
            [("Kestrel Analytics",)],
        ),
        ("The last state to ratify it is Chile, in 2020.", [("Chile",)]),
        ("In 2023 Chile was among 32 Pacific countries to endorse the declaration.", [("Chile",)]),
    ],
)
def test_becoming_a_signatory_or_the_last_to_ratify_is_a_commitment(
    text: str, actors: list[tuple[str, ...]]
) -> None:
    doc = pc.extract(pc.parse_article(f"Treaty news\n\n{text}\n", source="t.txt"), gazetteer=_GAZ)
    assert [c.actors for c in doc.commitments] == actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ocean Alliance is currently made up of Chile, Peru and Colombia.",
            ["Chile", "Peru", "Colombia"],
        ),
        ("Those that have ratified are Chile, Peru and Ghana.", ["Chile", "Peru", "Ghana"]),
        # what a thing is made of names no members
        ("The fund is made up of contributions from Chile and Peru.", []),
        ("The dish is made up of rice, Chile peppers and beans.", []),
    ],
)
def test_a_body_made_up_of_its_members_and_those_that_have_ratified(
    text: str, expected: list[str]
) -> None:
    doc = pc.extract(pc.parse_article(f"Members\n\n{text}\n", source="m.txt"))
    assert [s.name for s in doc.signatories] == expected


def test_partners_worked_with_are_not_signatories() -> None:
    text = (
        "Defence statement\n\nChile and Peru signed the charter. We commit to work with "
        "partners, including Ghana, Kenya and Fiji, on river data.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="p.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru"]


@pytest.mark.parametrize("sep", [" ", "\t", " | "])
def test_a_table_of_members_and_the_dates_they_signed(sep: str) -> None:
    text = (
        "Water treaty status\n\n"
        "The treaty has been ratified by the following states.\n\n"
        f"Kenya{sep}12 May 2019{sep}3 March 2020\n"
        f"Portugal{sep}12 May 2019{sep}14 June 2021\n"
        f"Chile{sep}20 June 2019\n"
    )
    article = pc.parse_article(text, source="treaty.txt")
    assert "Portugal" in article.text
    assert article.published is None
    doc = pc.extract(article)
    assert [s.name for s in doc.signatories] == ["Kenya", "Portugal", "Chile"]


def test_bracketed_lists_coordinated_in_one_subject_share_its_decision() -> None:
    text = (
        "Policy update\n\n"
        "Today, members of the river forum (Kenya, Ghana and Portugal) as well as its "
        "associate members (Chile, Peru) issued the following statement:\n"
    )
    doc = pc.extract(pc.parse_article(text, source="forum.txt"))
    assert [s.name for s in doc.signatories] == ["Kenya", "Ghana", "Portugal", "Chile", "Peru"]


def test_a_listed_name_holding_known_names_is_one_longer_name() -> None:
    text = (
        "Policy update\n\n"
        "The founding members of the coalition are: Vantor, Kestrel, Portugal Telecom-Orange, "
        "Harbour Bank of Malta, Norland and Vodafone.\n"
    )
    names = [m.name for pl in _lists(text) if pl.effect is Effect.SIGN for m in pl.items]
    assert "Portugal Telecom-Orange" in names
    assert "Portugal" not in names
    assert "Orange" not in names


def test_a_company_name_may_hold_a_lower_case_connector() -> None:
    text = (
        "Policy update\n\n"
        "The founding members are: Apple, Brightwater in Motion, Harbour Bank of Malta, Sulake "
        "and Vodafone.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="connectors.txt"))
    names = [s.name for s in doc.signatories]
    assert "Brightwater in Motion" in names
    assert "Harbour Bank of Malta" in names
    assert "Motion" not in names


def test_a_company_and_the_country_after_it_name_its_national_arm() -> None:
    text = (
        "Policy update\n\n"
        "Kestrel Analytics, Amazon Australia and eBay Australia are the first businesses "
        "to sign the pledge. Google Canada and BASF Canada Inc. also joined.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="arms.txt"), gazetteer=_GAZ)
    names = {s.name: s.kind.value for s in doc.signatories}
    assert names["Amazon Australia"] == "company"
    assert names["eBay Australia"] == "company"
    assert names["BASF Canada"] == "company"
    assert "Google Canada" in names


def test_a_block_before_a_headed_signing_block_is_its_sibling() -> None:
    text = (
        "River Charter\n\n"
        "Our partners are invited to report on their progress each year.\n\n"
        "  1. Kenya\n  2. Ghana\n  3. Portugal\n  4. *Chile\n\n"
        "Company partners\n\n"
        "  1. Vantor\n  2. Norland Systems\n  3. Harbourline Foods Inc.\n"
    )
    lists = [pl for pl in _lists(text) if pl.effect is Effect.SIGN]
    assert [pl.construction for pl in lists] == ["sibling-block", "heading"]
    assert [m.name for m in lists[0].items] == ["Kenya", "Ghana", "Portugal", "Chile"]
    assert [m.name for m in lists[1].items][-1] == "Harbourline Foods"


def test_businesses_named_after_including_are_companies() -> None:
    text = (
        "Policy update\n\n"
        "The pledge, which includes some of the country's biggest businesses, including "
        "Harbourline Foods, Tallis Freight and Mereway, was launched today.\n"
    )
    article = pc.parse_article(text, source="cue.txt")
    kinds = {m.name: m.kind.value for m in find_actors(article, _GAZ).mentions}
    assert kinds == {
        "Harbourline Foods": "company",
        "Tallis Freight": "company",
        "Mereway": "company",
    }


def test_offices_each_named_with_their_country_commit_for_the_countries() -> None:
    text = (
        "River data: joint statement of intent\n\n"
        "The Department for Rivers, Innovation and Water, Chile; the Ministry of Water and "
        "Flood Defence, Peru; and the National Water Administration, Ghana therefore commit "
        "to sharing flood data by 2026.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="office.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Ghana"]
    assert [set(c.actors) for c in doc.commitments] == [{"Chile", "Peru", "Ghana"}]


def test_a_passive_after_a_relative_clause_is_not_its_subject_signing() -> None:
    names, _ = _parties(
        "The Harbour Initiative, which was shaped by earlier river talks, was launched in "
        "2015 by Chile and Peru."
    )
    assert names == ["Chile", "Peru"]


def test_a_counted_members_heading_over_a_block_signs() -> None:
    text = (
        "River Coalition\n\n"
        "The coalition was launched in 2016. With 4 member states it works with civil "
        "society groups.\n\n"
        "4 member states\n\n  • Kenya\n  • Ghana\n  • Portugal\n  • Chile\n"
    )
    lists = [pl for pl in _lists(text) if pl.layout is Layout.BLOCK]
    assert [(pl.construction, pl.effect) for pl in lists] == [("section-heading", Effect.SIGN)]


def test_a_hyphenated_descriptor_inside_a_signing_list_keeps_it_whole() -> None:
    names, _ = _parties(
        "The code was signed by Dailymotion, Microsoft-hosted consumer services, Snapchat, "
        "TikTok and YouTube."
    )
    assert names == ["Dailymotion", "Microsoft", "Snapchat", "TikTok", "YouTube"]


def test_people_joining_a_speaker_sign_nothing() -> None:
    names, actors = _parties(
        "The minister spoke in Geneva. He was joined by Ana Ruiz (Gavi CEO), Sir Ian Lee "
        "(WHO Vaccine Envoy) and Carlos Vega (DFID Chief Economist)."
    )
    assert (names, actors) == ([], [])


def test_names_in_brackets_detail_a_listed_name_and_the_list_goes_on() -> None:
    text = (
        "Forum\n\nMembers include Microsoft, Meta Platforms (Facebook, Instagram and "
        "WhatsApp), YouTube, Google/Adobe and Amazon.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="m.txt"))
    assert [s.name for s in doc.signatories] == [
        "Microsoft",
        "Meta",
        "YouTube",
        "Google",
        "Adobe",
        "Amazon",
    ]


def test_member_rows_dated_in_may_stay_in_the_block() -> None:
    text = (
        "River data\n\nOther countries have since joined the charter:\n"
        "- Chile in June 2017;\n- Peru in May 2018;\n- Fiji on May 2019;\n- Ghana in July 2019\n"
    )
    doc = pc.extract(pc.parse_article(text, source="m.txt"))
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Fiji", "Ghana"]
