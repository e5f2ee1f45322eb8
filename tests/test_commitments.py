"""Commitments: pledge sentences with their actors resolved (own synthetic sentences)."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policycorpus.extract import (
    extract_commitments,
    extract_signatories,
    find_actors,
    split_sentences,
)
from policycorpus.extract._pledge_text import MAX_WINDOW as _MAX_WINDOW
from policycorpus.extract._pledge_text import windows as _windows
from policycorpus.model import (
    ActorKind,
    Article,
    Commitment,
    Document,
    Modality,
    PartialDate,
    Span,
)


def commitments(text: str, published: PartialDate | None = None) -> tuple[Commitment, ...]:
    article = Article(text=text, published=published)
    found = extract_commitments(article)
    Document(article=article, commitments=found)  # spans slice to the texts
    return found


def actor_sets(text: str) -> list[set[str]]:
    return [set(c.actors) for c in commitments(text)]


# -- coordination and subjects ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France, Germany and Italy pledged to fund new school safety officers.",
            {"France", "Germany", "Italy"},
        ),
        (
            "Canada, Kenya, and Norway have committed to publishing annual figures.",
            {"Canada", "Kenya", "Norway"},
        ),
        (
            "Microsoft, along with Google, has vowed to label synthetic images.",
            {"Microsoft", "Google"},
        ),
        (
            "Japan and Chile, as well as technology firms such as TikTok and Snapchat, have "
            "joined forces to tackle online grooming.",
            {"Japan", "Chile", "TikTok", "Snapchat"},
        ),
        (
            "Spain, alongside the EU and 12 countries, including Brazil and India, signed the "
            "charter on child online safety.",
            {"Spain", "European Union", "Brazil", "India"},
        ),
        (
            "In a joint statement, the United States and Japan pledged to share research.",
            {"United States", "Japan"},
        ),
        (
            "The German and French governments agreed to a common reporting standard.",
            {"Germany", "France"},
        ),
        ("Kenya has today put its name to the declaration on safer platforms.", {"Kenya"}),
        ("The Netherlands became the latest country to sign the convention.", {"Netherlands"}),
        (
            "Amazon, Meta and TikTok are among the companies that signed the accord.",
            {"Amazon", "Meta", "TikTok"},
        ),
        ("Ireland was one of 40 countries endorsing the statement.", {"Ireland"}),
        (
            "The code was endorsed by Ghana, Peru and the African Union.",
            {"Ghana", "Peru", "African Union"},
        ),
    ],
)
def test_subject_lists(text: str, expected: set[str]) -> None:
    assert actor_sets(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UK And US Pledge To Fund Child Helplines", {"United Kingdom", "United States"}),
        ("Meta, Google Join Global Pledge On Child Safety", {"Meta", "Google"}),
        ("Norway Signs The Oslo Declaration", {"Norway"}),
    ],
)
def test_title_case_headlines(text: str, expected: set[str]) -> None:
    (c,) = commitments(text)
    assert set(c.actors) == expected
    assert c.instrument is None  # every word is capitalised: no name is read


def test_delegates_stand_for_their_party() -> None:
    assert actor_sets("Ministers from the G7 agreed on Thursday to act.") == [{"G7"}]
    assert actor_sets("Officials of Kenya and Ghana signed the accord.") == [{"Kenya", "Ghana"}]


def test_bullet_and_headline() -> None:
    text = (
        "Norway and Iceland pledge to fund child helplines\n\n"
        "Several announcements were made at the forum.\n"
        "  • OpenAI and Anthropic commit to testing image models before release.\n"
    )
    assert actor_sets(text) == [{"Norway", "Iceland"}, {"OpenAI", "Anthropic"}]


def test_apposition_and_along_with() -> None:
    text = (
        "The Home Secretary, Jane Holloway, along with the US Homeland Security Secretary, "
        "Mark Ortiz, have committed to a joint review of reporting rules."
    )
    (c,) = commitments(text)
    assert set(c.actors) == {"Jane Holloway", "Mark Ortiz"}
    assert c.modality is Modality.COMMIT


def test_title_stands_for_person_named_earlier() -> None:
    text = (
        "Home Secretary Jane Holloway met platform executives on Tuesday. "
        "The Home Secretary and the Internet Watch Foundation hosted the meeting, promising "
        "to publish a plan within weeks."
    )
    (c,) = commitments(text)
    assert set(c.actors) == {"Jane Holloway", "Internet Watch Foundation"}


def test_the_two_countries_and_they() -> None:
    text = (
        "Officials from the UK and Australia met in Canberra. "
        "The two countries issued a joint statement pledging to share hash lists. "
        "They also agreed to meet again next year."
    )
    found = commitments(text)
    assert [set(c.actors) for c in found] == [{"United Kingdom", "Australia"}] * 2
    assert found[0].groups == ("The two countries",)
    assert found[0].instrument == "joint statement"


def test_group_only_subject_is_not_a_commitment() -> None:
    assert actor_sets("Leading AI developers have pledged to label synthetic images.") == []
    assert actor_sets("More than 50 countries have endorsed the convention.") == []


def test_group_with_named_members() -> None:
    (c,) = commitments(
        "This includes 12 countries committing to end the practice, including Chile and Peru."
    )
    assert set(c.actors) == {"Chile", "Peru"}
    assert c.groups == ("12 countries",)


def test_group_modifier_is_not_an_actor() -> None:
    assert actor_sets("All EU member states have signed the agreement.") == []


def test_introductory_phrase_is_not_a_subject() -> None:
    text = "At Geneva, 20 countries and the European Union signed the declaration."
    assert actor_sets(text) == [{"European Union"}]
    text = "Thanks to support from the UK, a coalition of 30 states agreed to act."
    assert actor_sets(text) == []


def test_speaker_we_inside_a_quotation() -> None:
    text = (
        "President Maria Lopez of the European Commission launched the Global Pledge on Safe "
        "Schools with 40 countries. European Commission President Maria Lopez said: "
        "“In the next three years, we will invest 2 billion euros in the plan.”"
    )
    found = commitments(text)
    assert [set(c.actors) for c in found][-1] == {"European Union"}


def test_narrator_our_needs_one_clear_party() -> None:
    text = "Chile has signed the charter. This shows our commitment to children's safety."
    assert actor_sets(text) == [{"Chile"}, {"Chile"}]
    text = "Chile and Peru signed the charter. This shows our commitment to the goals."
    assert actor_sets(text) == [{"Chile", "Peru"}]


def test_will_sentences_in_a_pledge_report() -> None:
    text = (
        "Kenya and Ghana pledged to fund child helplines. "
        "Kenya will provide £10 million over three years. "
        "Ghana will lead the working group. "
        "Japan will host the next summit."
    )
    assert actor_sets(text) == [{"Kenya", "Ghana"}, {"Kenya"}]
    # money a named party will give is its pledge even where it pledged nothing else
    assert actor_sets("Kenya will provide £10 million over three years.") == [{"Kenya"}]
    assert commitments("Kenya will lead the working group.") == ()


def test_narrator_our_is_the_main_party() -> None:
    text = (
        "Australia signs the declaration on child safety\n\n"
        "Australia has today signed the declaration. "
        "The declaration signals our commitment to work with partners."
    )
    assert actor_sets(text)[-1] == {"Australia"}


# -- modality ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Canada pledged to act.", Modality.PLEDGE),
        ("Canada vowed to act.", Modality.VOW),
        ("Canada promised to act.", Modality.PROMISE),
        ("Canada agreed to act.", Modality.AGREE),
        ("Canada signed up to the code.", Modality.SIGN),
        ("Canada and Chile joined forces to act.", Modality.JOIN),
        ("Canada resolved to act.", Modality.COMMIT),
        ("Canada undertook to act.", Modality.COMMIT),
        ("Canada endorsed the declaration.", Modality.SIGN),
    ],
)
def test_modality(text: str, modality: Modality) -> None:
    (c,) = commitments(text)
    assert c.modality is modality


def test_an_obligation_laid_on_a_party_is_not_its_commitment() -> None:
    assert (
        commitments("Under the new law, Meta will be required to verify the ages of users.") == ()
    )


def test_pledge_and_promise_nouns() -> None:
    found = commitments(
        "Kenya's pledge to double funding was welcomed. Peru made a promise to act."
    )
    assert [(c.actors, c.modality) for c in found] == [
        (("Kenya",), Modality.PLEDGE),
        (("Peru",), Modality.PROMISE),
    ]
    assert commitments("The pledge was praised by campaigners.") == ()


def test_stance_is_a_commitment() -> None:
    (c,) = commitments("The United States is committed to doing its part.")
    assert c.actors == ("United States",)


# -- negation and hypotheticals ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan refused to sign the declaration.",
        "Apple did not commit to the plan.",
        "Brazil has not signed the pact.",
        "If Canada pledges support, others will follow.",
        "Brazil could sign the pact next year.",
        "Australia is expected to sign the declaration.",
        "The regulator urged Meta to sign the code.",
        "Officials called on France to join the coalition.",
        "Will China sign the agreement?",
        "The declaration was signed at the summit.",
        "Microsoft declined to endorse the statement.",
        "Google plans to sign the code next month.",
        "Canada agreed that the rules were working.",
        "Canada agreed with Mexico on the figures.",
        "The Governor of Texas signed the bill into law.",
        "Canada endorsed the candidate for the post.",
        "Neither China nor Russia signed the declaration.",
        "Google signed a lease for new offices in Dublin.",
        "Meta has signed up more than 100 advertisers to its tools.",
    ],
)
def test_not_commitments(text: str) -> None:
    assert commitments(text) == ()


def test_noun_uses_are_not_verbs() -> None:
    assert commitments("The pledge was welcomed by campaigners.") == ()
    assert commitments("France praised the Nordic pledge on data sharing.") == ()


# -- dates and fields -------------------------------------------------------------------


def test_date_resolved_against_publication() -> None:
    text = "Canada and Chile signed the charter on Monday."
    (c,) = commitments(text, published=PartialDate(2024, 3, 14))
    assert c.date == PartialDate(2024, 3, 11)
    assert c.date_rule


def test_explicit_date_and_deadline() -> None:
    (c,) = commitments("On 5 June 2023, Kenya pledged to halve the backlog by 2030.")
    assert c.date == PartialDate(2023, 6, 5)
    (c,) = commitments("Kenya pledged to halve the backlog by 2030.")
    assert c.date is None


def test_fields() -> None:
    text = "Norway and Chile signed the Oslo Declaration on Child Safety."
    (c,) = commitments(text)
    assert c.text == text
    assert c.action == "the Oslo Declaration on Child Safety"
    assert c.instrument == "Oslo Declaration on Child Safety"
    assert c.actors == ("Norway", "Chile")


def test_sentences_and_actors_can_be_given() -> None:
    text = "Peru pledged to act. Chile agreed to help."
    article = Article(text=text)
    found = extract_commitments(article, split_sentences(text), find_actors(article))
    assert [c.actors for c in found] == [("Peru",), ("Chile",)]


def test_unknown_company_in_a_list() -> None:
    (c,) = commitments("Microsoft, Veradyne and Quillon commit to publishing reports.")
    assert c.actors == ("Microsoft", "Veradyne", "Quillon")


def test_unknown_single_name_after_a_lower_case_word_is_not_a_subject() -> None:
    assert commitments("Firms at the forefront of Generative Media pledged to act.") == ()


def test_dash_aside_and_possessive_in_a_list() -> None:
    text = (
        "Six developers — including OpenAI, Microsoft and Canada's Cohere — have agreed to "
        "publish safety frameworks."
    )
    (c,) = commitments(text)
    assert c.actors == ("OpenAI", "Microsoft", "Cohere")


# -- properties -------------------------------------------------------------------------

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
)
COMPANIES = ("Microsoft", "Google", "OpenAI", "Anthropic", "TikTok", "Snapchat", "Adobe")
VERBS = (
    "pledged to",
    "have committed to",
    "vowed to",
    "promised to",
    "agreed to",
    "have all pledged to",
    "have jointly committed to",
    "today pledged to",
    "have joined forces to",
    "pledge to",
    "commit to",
)
JOINS = ("list", "oxford", "along", "aswell")


def _join(names: list[str], style: str) -> str:
    if len(names) == 1:
        return names[0]
    if style == "oxford" and len(names) > 2:
        return ", ".join(names[:-1]) + ", and " + names[-1]
    if style == "along":
        return ", ".join(names[:-1]) + ", along with " + names[-1] + ","
    if style == "aswell":
        return ", ".join(names[:-1]) + ", as well as " + names[-1] + ","
    return ", ".join(names[:-1]) + " and " + names[-1]


actor_lists = st.lists(st.sampled_from(COUNTRIES + COMPANIES), min_size=1, max_size=6, unique=True)


@given(actor_lists, st.sampled_from(VERBS), st.sampled_from(JOINS), st.booleans())
def test_every_listed_actor_is_recovered(
    names: list[str], verb: str, style: str, lead: bool
) -> None:
    subject = _join(names, style)
    if lead:
        subject = "The " + subject if names[0] in ("United States",) else subject
    text = f"{subject} {verb} fund child safety research."
    (c,) = commitments(text)
    assert set(c.actors) == set(names)
    assert c.text == text


@given(
    actor_lists,
    st.sampled_from(
        (
            "refused to sign",
            "did not commit to",
            "declined to join",
            "could sign",
            "would not endorse",
        )
    ),
)
def test_negated_and_hypothetical_lists_give_nothing(names: list[str], verb: str) -> None:
    text = f"{_join(names, 'list')} {verb} the declaration."
    assert commitments(text) == ()


@given(st.text(max_size=300))
def test_never_crashes_and_spans_hold(text: str) -> None:
    article = Article(text=text)
    found = extract_commitments(article)
    doc = Document(article=article, commitments=found)
    for c in doc.commitments:
        assert 0 <= c.span.start <= c.span.end <= len(text)
        assert c.actors


@given(
    st.lists(
        st.sampled_from(
            COUNTRIES
            + COMPANIES
            + (
                "pledged",
                "to",
                "and",
                ",",
                "the",
                "signed",
                "if",
                "not",
                "two",
                "countries",
                "they",
                "we",
                "will",
                "be",
                "required",
                ".",
                "\n",
                "•",
                "(",
                ")",
                ":",
                "among",
                "one",
                "of",
                "Home",
                "Secretary",
                "said",
                "“",
                "”",
                "by",
                "commitment",
                "our",
            )
        ),
        max_size=40,
    )
)
def test_never_crashes_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    article = Article(text=text)
    Document(article=article, commitments=extract_commitments(article))


# -- whole documents: press release, parliamentary statement, declaration, news --------

PRESS_RELEASE = """\
Press release

Norway and Iceland sign Nordic charter on child online safety

Norway and Iceland have today signed a charter committing both governments to faster \
removal of abuse material, alongside Finland.

The charter was drafted with the help of the Nordic Safety Forum, which hosted the \
meeting in Reykjavik.

The Minister for Digital Affairs, Ingrid Dahl, signed the charter on behalf of Norway. \
Officials said Denmark could sign the charter next year.

Norway will provide NOK 40 million for a joint hash-sharing service.
"""

PARLIAMENTARY = """\
Online Safety: International Co-operation
Volume 812: debated on Tuesday 14 May 2024

The Parliamentary Under-Secretary of State (Alex Morgan): With permission, I shall make \
a statement on the Reykjavik meeting. At that meeting, 14 countries and the European \
Union signed a declaration agreeing to share detection tools. The same set of countries \
agreed to meet again in 2025. The Government remain committed to this work.
"""

DECLARATION = """\
Declaration on Safer Platforms for Children

We, the undersigned, commit to the principles below.

The declaration is endorsed by the following States and organisations:
Austria
Chile
Republic of Korea
the Council of Europe
Veradyne Foundation

The declaration remains open for endorsement.
"""

NEWS = """\
Tech firms pledge to label AI images

Several technology companies, including Microsoft, Adobe and TikTok, have pledged to \
label AI-generated images by the end of the year. Snapchat refused to sign the pledge, \
and Apple said it was still studying the text.

The companies also agreed to publish reports every six months. Regulators in Australia \
had urged the industry to act.
"""


def run_layout(text: str, published: PartialDate | None = None) -> Document:
    article = Article(text=text, published=published)
    return Document(
        article=article,
        commitments=extract_commitments(article),
        signatories=extract_signatories(article),
    )


def test_press_release() -> None:
    doc = run_layout(PRESS_RELEASE, PartialDate(2024, 6, 3))
    assert [s.name for s in doc.signatories] == [
        "Norway",
        "Iceland",
        "Finland",
        "Ingrid Dahl",
    ]
    person = doc.signatories[-1]
    assert (person.kind, person.role, person.represents) == (
        ActorKind.PERSON,
        "Minister for Digital Affairs",
        "Norway",
    )
    assert [set(c.actors) for c in doc.commitments] == [
        {"Norway", "Iceland"},
        {"Norway", "Iceland"},  # Finland, "alongside" after the verb, signs but is no subject
        {"Norway"},  # signed "on behalf of Norway": the country commits
        {"Norway"},
    ]
    assert doc.commitments[1].date == PartialDate(2024, 6, 3)  # "today"


def test_parliamentary_statement() -> None:
    doc = run_layout(PARLIAMENTARY)
    assert [s.name for s in doc.signatories] == ["European Union"]
    assert [c.actors for c in doc.commitments] == [("European Union",), ("European Union",)]
    assert doc.commitments[0].groups == ("14 countries",)


def test_declaration_with_member_list() -> None:
    doc = run_layout(DECLARATION)
    found = [(s.name, s.kind) for s in doc.signatories]
    assert found == [
        ("Austria", ActorKind.GOVERNMENT),
        ("Chile", ActorKind.GOVERNMENT),
        ("South Korea", ActorKind.GOVERNMENT),
        ("Council of Europe", ActorKind.INTERGOVERNMENTAL),
        ("Veradyne Foundation", ActorKind.NGO),
    ]


def test_news_story() -> None:
    doc = run_layout(NEWS)
    assert [s.name for s in doc.signatories] == ["Microsoft", "Adobe", "TikTok"]
    # "The companies also agreed" points back to the companies that pledged
    assert [set(c.actors) for c in doc.commitments] == [{"Microsoft", "Adobe", "TikTok"}] * 2


# -- long texts ---------------------------------------------------------------------------


def test_a_long_line_without_sentence_ends_is_read_in_windows() -> None:
    clause = "Chile and Norway pledged to fund school safety officers, and Kenya agreed to report, "
    text = clause * 2500  # about 215,000 characters and no full stop
    began = time.perf_counter()
    found = commitments(text)
    elapsed = time.perf_counter() - began
    assert len(found) > 10
    assert {"Chile", "Norway"} <= set(found[0].actors)
    assert elapsed < 20


def test_windows_cut_long_spans_at_clause_boundaries() -> None:
    text = "Peru signed the charter, " * 1000
    windows = _windows(text, (Span(0, len(text)),))
    assert windows[0].start == 0
    assert windows[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(windows))
    assert all(len(w) <= _MAX_WINDOW for w in windows)
    assert all(text[w.start : w.end].endswith(", ") for w in windows[:-1])


# -- group phrases pointing back to the last signing list -------------------------------


@pytest.mark.parametrize(
    "follow_up",
    [
        "The signatories pledge to publish yearly audits.",
        "Each signatory commits to publishing yearly audits.",
        "The members have agreed to publish yearly audits.",
        "Members have also committed $2 million to yearly audits.",
        "The companies agree to publish yearly audits.",
        "Both firms promised to publish yearly audits.",
    ],
)
def test_group_phrases_point_back_to_the_last_list(follow_up: str) -> None:
    text = f"Adobe and Canva have signed the charter on safer design. {follow_up}"
    assert actor_sets(text) == [{"Adobe", "Canva"}, {"Adobe", "Canva"}]


@pytest.mark.parametrize(
    "listing",
    [
        "Canada, Peru, Chile and the island nation Fiji have each signed the accord.",
        "Canada, Peru, Chile and Fiji each signed the accord.",
        "Canada, Peru, Chile and Fiji have all signed the accord.",
    ],
)
def test_floating_quantifiers_and_described_names_keep_the_list(listing: str) -> None:
    text = f"{listing}\nThe signatories will each pledge to report progress."
    assert set(commitments(text)[0].actors) == {"Canada", "Peru", "Chile", "Fiji"}


def test_a_kind_noun_points_back_only_to_parties_of_its_kind() -> None:
    text = "Vodafone and Orange signed the anti-fraud charter. The countries agreed to act."
    assert actor_sets(text) == [{"Vodafone", "Orange"}]


def test_a_counted_group_finds_the_list_it_counts() -> None:
    text = (
        "At a summit in Lima, Peru, Chile, Canada and the European Union launched a new "
        "research network. The four members signed a founding charter."
    )
    assert actor_sets(text) == [{"Peru", "Chile", "Canada", "European Union"}]


def test_a_possessive_counted_group_points_back() -> None:
    text = (
        "Orange, Vodafone and Telefonica signed the fraud charter. "
        "Europe's three big carriers have also signed a data-sharing code."
    )
    assert actor_sets(text)[1] == {"Orange", "Vodafone", "Telefónica"}


def test_unknown_names_take_the_kind_of_a_group_pointing_back() -> None:
    text = "Kestrelnet, Vodafone and Brightwave signed the charter. The networks agree to act."
    found = {s.name: s.kind for s in extract_signatories(Article(text=text))}
    assert found == dict.fromkeys(("Kestrelnet", "Vodafone", "Brightwave"), ActorKind.COMPANY)


@pytest.mark.parametrize(
    "follow_up",
    [
        "The operators – Kestrelnet, Vodafone and Brightwave – will put £5m into a hub.",
        "The three companies will also fund a helpline.",
        "Vodafone and Brightwave will jointly fund a helpline.",
    ],
)
def test_will_sentences_of_parties_that_signed(follow_up: str) -> None:
    text = f"Kestrelnet, Vodafone and Brightwave signed the charter on scam calls. {follow_up}"
    assert len(commitments(text)) == 2


def test_committing_them_is_the_object_not_a_pledge_of_the_host() -> None:
    text = "Four banks signed a charter with the Treasury committing them to refund victims."
    assert all("Treasury" not in c.actors for c in commitments(text))


def test_committing_money_is_a_commitment() -> None:
    text = "Japan and Canada have committed more than $40 million to the new fund."
    assert actor_sets(text) == [{"Japan", "Canada"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile has joined Peru, Mexico and Colombia in a regional pledge to share data.",
            {"Chile", "Peru", "Mexico", "Colombia"},
        ),
        (
            "Last week Kenya joined Ghana and Nigeria as signatories of the accord.",
            {"Kenya", "Ghana", "Nigeria"},
        ),
        (
            "Today Orbitly joined more than 50 companies that have signed the safety pledge.",
            {"Orbitly"},
        ),
        (
            "Canva joined dozens of firms who had already endorsed the charter.",
            {"Canva"},
        ),
    ],
)
def test_joining_parties_that_signed(text: str, expected: set[str]) -> None:
    assert actor_sets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["Peru joined the talks in Lima.", "Chile joined Peru for dinner after the summit."],
)
def test_joining_without_a_pledge_is_not_a_commitment(text: str) -> None:
    assert commitments(text) == ()


# -- who "we" is ------------------------------------------------------------------------

COMMUNIQUE = """\
Joint statement of the Lima digital ministers

1. We, the ministers of Peru, Chile, Canada and Japan, met in Lima to review progress.

2. We commit to publishing shared figures on online safety every year.

3. Peru and Chile agreed to host a workshop.

4. We resolve to meet again in 2027.
"""

NGO_STATEMENT = """\
Open letter

We, the undersigned organisations, welcome the new rules. Today we pledge to track \
whether platforms keep their promises.

Signed,
Kestrel Trust
Brightpath Foundation
Internet Watch Foundation
"""


def test_we_in_a_communique_is_the_ministers_countries() -> None:
    found = commitments(COMMUNIQUE)
    assert [set(c.actors) for c in found] == [
        {"Peru", "Chile", "Canada", "Japan"},
        {"Peru", "Chile"},
        {"Peru", "Chile", "Canada", "Japan"},
    ]


def test_we_the_undersigned_is_the_signing_block() -> None:
    found = commitments(NGO_STATEMENT)
    assert [set(c.actors) for c in found] == [
        {"Kestrel Trust", "Brightpath Foundation", "Internet Watch Foundation"}
    ]
    names = [s.name for s in extract_signatories(Article(text=NGO_STATEMENT))]
    assert names == ["Kestrel Trust", "Brightpath Foundation", "Internet Watch Foundation"]


@pytest.mark.parametrize("head", ["Signed,", "Signatories:", "Endorsed by:"])
def test_a_signing_block_names_signatories(head: str) -> None:
    text = f"The charter was published on Monday.\n\n{head}\nNorway\nGhana\n5Rights Foundation\n"
    assert [s.name for s in extract_signatories(Article(text=text))] == [
        "Norway",
        "Ghana",
        "5Rights Foundation",
    ]


def test_a_keyword_line_is_not_a_pledge() -> None:
    assert commitments("Tags: security, Ofcom, pledge") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed on Tuesday by countries including Peru, Chile and Ghana.",
        "The accord was signed in Accra by Peru, Chile and Ghana.",
        "The accord, opened last year, was signed at the summit by Peru, Chile and Ghana.",
    ],
)
def test_a_passive_agent_after_a_short_adverbial(text: str) -> None:
    assert actor_sets(text) == [{"Peru", "Chile", "Ghana"}]


def test_a_minister_signing_on_behalf_of_a_country() -> None:
    text = (
        "Minister for Digital Affairs Anna Berg has today signed, on behalf of Sweden, the "
        "protocol on online safety.\n\n"
        'Speaking afterwards, Minister Berg said: "We will ratify the protocol next year."'
    )
    found = commitments(text)
    # the minister acts for the country: the country commits, the minister signs
    assert [set(c.actors) for c in found] == [{"Sweden"}, {"Sweden"}]
    sigs = {s.name: s for s in extract_signatories(Article(text=text))}
    assert sigs["Anna Berg"].represents == "Sweden"
    assert sigs["Sweden"].kind is ActorKind.GOVERNMENT


def test_a_kind_noun_does_not_reach_far_back() -> None:
    filler = " ".join(f"Officials met on day {n} to review the figures." for n in range(8))
    text = f"Adobe and Canva signed the charter. {filler} The companies agreed to pay fines."
    assert actor_sets(text) == [{"Adobe", "Canva"}]


@pytest.mark.parametrize(
    "follow_up",
    [
        "The accord commits its signatories to publish annual figures.",
        "The charter commits the countries to publish annual figures.",
        "The text commits all parties to publishing annual figures.",
    ],
)
def test_an_instrument_binding_its_signatories(follow_up: str) -> None:
    text = f"Peru, Chile and Ghana signed the Lima Accord on Tuesday. {follow_up}"
    assert actor_sets(text) == [{"Peru", "Chile", "Ghana"}] * 2


def test_he_after_a_person_pledged_is_that_person() -> None:
    text = (
        "The Education Minister, Ana Ruiz, pledged to hire new counsellors. "
        "She also committed to review the guidance within a year."
    )
    assert actor_sets(text) == [{"Ana Ruiz"}, {"Ana Ruiz"}]


@pytest.mark.parametrize(
    "follow_up",
    [
        "The companies have not agreed to a deadline.",
        "Members could agree to a levy next year.",
        "If the signatories agree to the plan, fines will follow.",
        "Unless the companies agree to act, the regulator will step in.",
        "Critics asked whether the members will sign a second code.",
    ],
)
def test_group_references_keep_negation_and_hypotheses(follow_up: str) -> None:
    text = f"Adobe, Canva and Meta signed the charter in May. {follow_up}"
    assert actor_sets(text) == [{"Adobe", "Canva", "Meta"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday in Lisbon Portugal and Chile signed the charter.", {"Portugal", "Chile"}),
        ("In London Google and Meta signed the code.", {"Google", "Meta"}),
        ("In Paris France signed the code.", {"France"}),
        ("At Bletchley, 28 countries and Japan signed the declaration.", {"Japan"}),
    ],
)
def test_a_place_glued_to_the_first_name(text: str, expected: set[str]) -> None:
    assert actor_sets(text) == [expected]


def test_we_will_right_after_the_opening_quote_mark() -> None:
    text = (
        "Chile and Peru signed the accord on Monday.\n"
        'Chilean Foreign Minister Ana Soto said: "We will fund ten new hubs."'
    )
    found = commitments(text)
    assert len(found) == 2
    assert found[1].text.endswith('"We will fund ten new hubs."')


def test_a_commitment_refused_at_the_despatch_box_is_negated() -> None:
    text = (
        "A member asked for a new helpline fund. I cannot make that commitment from the"
        " Despatch Box today, but we will look at the evidence."
    )
    assert commitments(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Questions were answered in the House of Commons. The regulator Ofcom has agreed"
            " to review its codes, and my Department has committed £2 million to training.",
            [("Ofcom", "United Kingdom")],
        ),
        (
            "The Justice Department announced new grants. The Department has pledged to"
            " publish a progress report within a year.",
            [("United States",)],
        ),
        ("The Department has pledged to publish a progress report within a year.", []),
    ],
)
def test_an_unnamed_department_is_its_government(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    found = commitments(text)
    assert [c.actors for c in found] == expected
    assert all("Department" not in a for c in found for a in c.actors)


def test_the_chair_of_the_meeting_that_agreed_a_pledge_is_not_its_agent() -> None:
    text = (
        "Google and Microsoft are among the signatories of the new Image Safety Pledge,"
        " which was agreed at a summit in Leeds chaired by Home Secretary Ruth Calder."
        " The companies commit to testing new models before release."
    )
    found = commitments(text)
    assert [c.actors for c in found] == [("Google", "Microsoft"), ("Google", "Microsoft")]
    # a bare member list commits nobody
    assert commitments("The new members are Chile and Peru.") == ()


def test_a_group_described_by_an_of_phrase_with_members_named_after_the_object() -> None:
    text = (
        "Fourteen developers of image generation tools have signed the voluntary Code of"
        " Conduct, including OpenAI and Google. By signing, they agree to label synthetic"
        " images."
    )
    found = commitments(text)
    assert [c.actors for c in found] == [("OpenAI", "Google"), ("OpenAI", "Google")]


def test_reference_mark_ends_a_sentence() -> None:
    text = (
        "The pact has 9 articles.[2] Denmark pledged to fund a youth helpline, "
        "which took about 4,000 calls in its first year.[3]"
    )
    (c,) = commitments(text)
    assert c.actors == ("Denmark",)
    assert c.text.startswith("Denmark pledged")
    assert c.text.endswith("[3]")


def test_dateline_is_not_an_actor() -> None:
    text = "Headline\n\nOSLO — Norway, Sweden and Denmark vowed on Monday to cut waiting times."
    (c,) = commitments(text)
    assert c.actors == ("Norway", "Sweden", "Denmark")
    assert c.text.startswith("OSLO")


def test_reduced_passive_signing_with_date() -> None:
    text = (
        "The Harbour Pact is a voluntary agreement on school safety, "
        "signed in June 2024 by Norway, Sweden, Denmark and Iceland."
    )
    (c,) = commitments(text)
    assert set(c.actors) == {"Norway", "Sweden", "Denmark", "Iceland"}


def test_dash_aside_list_and_kind_reference() -> None:
    text = (
        "Headline\n\nNorway's three largest lenders — Kbank, Norbank and Fjordbank — have "
        "joined a regional fraud-sharing alliance, the regulator said on Monday. "
        "The lenders agreed to report fraud cases within 48 hours."
    )
    found = commitments(text)
    assert [c.actors for c in found] == [("Kbank", "Norbank", "Fjordbank")] * 2


def test_a_quotation_attributed_on_the_line_below_has_that_speaker() -> None:
    from policycorpus import parse_article
    from policycorpus.extract._actors import find_actors
    from policycorpus.extract._triggers import find_quote_regions

    text = (
        "Water fact sheet\n\n“We pledge to publish every river gauge reading.”\n\n"
        "— Prime Minister Jacinda Ardern, 20 September 2011\n"
    )
    article = parse_article(text, source="f.txt")
    found = find_actors(article)
    regions = find_quote_regions(article.text, found.mentions)
    assert [r.speaker.name if r.speaker else None for r in regions] == ["Jacinda Ardern"]


def test_money_commitments_written_as_nouns() -> None:
    import policycorpus as pc

    def commits(sentence: str) -> tuple[list[list[str]], list[str]]:
        doc = pc.extract(pc.parse_article("Funding\n\n" + sentence, source="f.txt"))
        return [list(c.actors) for c in doc.commitments], [s.name for s in doc.signatories]

    # an owner's pledge with its amount between: a commitment, no signature
    assert commits("Chile's new £1.25 billion pledge to the Water Fund extends its support.") == (
        [["Chile"]],
        [],
    )
    # "made a £100 million commitment to"
    found, signed = commits("Last year Chile made a £100 million commitment to flood defences.")
    assert found == [["Chile"]]
    assert signed == []
    # raising one's commitment is a new one
    assert commits("Chile is increasing its climate finance commitment to $2 billion.")[0] == [
        ["Chile"]
    ]
    # a pledge described, not made by the owner: "thanked ... for"
    assert commits("Peru thanked the donors for Chile's pledge to the fund.")[0] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile's new package of up to $40 million will go towards the Water Fund.", [["Chile"]]),
        ("The Chilean Government investment will include up to $2 billion for ports.", [["Chile"]]),
        ("Peru's contribution of €15 million will support flood defences.", [["Peru"]]),
        # no amount, an amount that shrinks, or a noun phrase of its own: no pledge
        ("Chile's funding will double over the decade.", []),
        ("Chile's aid will fall to $3 billion next year.", []),
        ("Chile's new package of measures will tighten the rules.", []),
    ],
)
def test_money_an_owner_gives_heading_a_will_sentence(
    sentence: str, expected: list[list[str]]
) -> None:
    import policycorpus as pc

    doc = pc.extract(pc.parse_article("Funding\n\n" + sentence, source="f.txt"))
    assert [list(c.actors) for c in doc.commitments] == expected
    assert [s.name for s in doc.signatories] == []  # money given signs nothing


def test_money_a_government_will_give_after_a_fronted_time_phrase() -> None:
    import policycorpus as pc

    def actors(text: str) -> list[list[str]]:
        doc = pc.extract(pc.parse_article("Funding\n\n" + text, source="f.txt"))
        return [list(c.actors) for c in doc.commitments]

    assert actors("Over the next five years Chile will invest $180 million in the Fund.") == [
        ["Chile"]
    ]
    assert actors(
        "To meet the need, over the next five years the Chilean Government will invest "
        "$180 million in the Fund."
    ) == [["Chile"]]
    # a time phrase is not an apposition: "the next five years" does not describe Chile
    assert actors("In 2025 Chile will provide £3 million to the Fund.") == [["Chile"]]
    # once Chile has pledged money, what else it "will" do for the same cause counts
    assert actors(
        "Over the next five years Chile will invest $180 million in the Fund. "
        "Chile will also increase funding to the Fund's work on schools."
    ) == [["Chile"], ["Chile"]]
    # a reported clause is not the sentence's own pledge
    assert actors("Officials said that in May Chile will invest $5 million.") == []


def test_we_in_a_joint_release_is_the_pair_its_opening_names() -> None:
    import policycorpus as pc

    text = (
        "Talks\n\nChile and Peru today reaffirmed their close partnership at the annual "
        "ministerial talks in Lima.\n\nThe agenda covered trade and water.\n\nWe agreed to "
        "continue our close cooperation on river management."
    )
    doc = pc.extract(pc.parse_article(text, source="t.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["Chile", "Peru"]]
    # government departments named together speak for their countries
    text = (
        "Declaration\n\nThe Ministry of Defence of Chile and the Ministry of Defence of Peru "
        "today agreed to deepen their cooperation.\n\nWe commit to hold joint exercises."
    )
    doc = pc.extract(pc.parse_article(text, source="d.txt"))
    assert ["Chile", "Peru"] in [list(c.actors) for c in doc.commitments]


def test_the_countries_stand_for_the_pair_last_named() -> None:
    import policycorpus as pc

    def actors(text: str) -> list[list[str]]:
        doc = pc.extract(pc.parse_article("Partnership\n\n" + text, source="p.txt"))
        return [list(c.actors) for c in doc.commitments]

    assert actors(
        "The governments of Chile and Peru today announced their intent to work together on "
        "rivers.\n\nUnder the agreement, the countries will commit to sharing flood data."
    ) == [["Chile", "Peru"]]
    # too far back, or no pair named: nobody
    assert actors("Under the agreement, the countries will commit to sharing flood data.") == []


def test_the_two_countries_are_not_the_places_named_last() -> None:
    text = (
        "Headline\n\nChile and Peru reaffirmed their river partnership, built on years of "
        "joint surveys in Bolivia and Ecuador. The two countries reiterated their "
        "commitment to share gauge data every month."
    )
    assert actor_sets(text)[-1] == {"Chile", "Peru"}


@pytest.mark.parametrize(
    ("sentence", "expected", "signed"),
    [
        # a decision reported by an announcing verb is a pledge of its own (no signing)
        ("The minister announced that Chile will double its river fund by 2030.", [["Chile"]], []),
        ("The minister announced that Chile would double its river fund by 2030.", [["Chile"]], []),
        (
            "She confirmed that Chile and Peru will sign the charter.",
            [["Chile", "Peru"]],
            ["Chile", "Peru"],
        ),
        # an opinion or a condition is no decision
        ("The minister said that Chile would double its river fund.", [], []),
        ("He announced that Chile would double its fund if Peru did.", [], []),
        ("Chile would double its river fund.", [], []),
    ],
)
def test_a_decision_reported_by_an_announcing_verb(
    sentence: str, expected: list[list[str]], signed: list[str]
) -> None:
    import policycorpus as pc

    doc = pc.extract(pc.parse_article("Funding\n\n" + sentence, source="f.txt"))
    assert [list(c.actors) for c in doc.commitments] == expected
    assert [s.name for s in doc.signatories] == signed


def test_a_body_that_launches_in_a_headline_signs_nothing() -> None:
    import policycorpus as pc

    text = (
        "Global Partnership on Artificial Intelligence launches\n\n"
        "Chile has joined the Global Partnership on Artificial Intelligence.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="f.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["Chile"]]
    assert [s.name for s in doc.signatories] == ["Chile"]


def test_a_department_line_in_the_header_names_whom_we_speaks_for() -> None:
    import policycorpus as pc

    text = (
        "Fact sheet: river data\n\nU.S. Department of State\n\n"
        "“We pledge to publish every river gauge reading within a day.”\n\n"
        "—President Ana Ruiz, 3 May 2012\n\n"
        "The partnership was launched in 2011 and now has 70 members.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="f.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["United States"]]
    # the same department named in the body is no publisher
    body = text.replace("U.S. Department of State\n\n", "") + (
        "\nThe U.S. Department of State hosted the meeting.\n"
    )
    doc = pc.extract(pc.parse_article(body, source="f.txt"))
    assert [list(c.actors) for c in doc.commitments] == []


def test_they_after_a_meeting_in_the_same_sentence_are_those_who_met() -> None:
    import policycorpus as pc

    text = (
        "River data\n\nChile met Peru and Bolivia in Lima, where they signed a joint declaration.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="f.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["Chile", "Peru", "Bolivia"]]
    assert [s.name for s in doc.signatories] == ["Chile", "Peru", "Bolivia"]


def test_we_in_a_speech_is_the_country_of_the_speaker_its_headline_names() -> None:
    import policycorpus as pc

    text = (
        "Speech by President Ana Ruiz of Chile at the Ocean Conference\n\n"
        "Thank you all for coming.\n\n"
        "I gladly announce that we are pledging $1 billion to protect the oceans.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="s.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["Chile"]]
    # no speech headline: no one to speak for, a pledge with no actor
    plain = text.replace("Speech by President Ana Ruiz of Chile at", "Notes from")
    found = pc.extract(pc.parse_article(plain, source="s.txt")).commitments
    assert [list(c.actors) for c in found] == [[]]


def test_a_quotation_introduced_with_a_colon_is_its_introducers() -> None:
    import policycorpus as pc

    text = (
        "Forest pledge\n\n"
        "Chilean President Ana Ruiz announced $1 billion in Lima for the forest fund: "
        "“Forests matter. We are pledging $1 billion to protect them.”\n"
    )
    doc = pc.extract(pc.parse_article(text, source="s.txt"))
    quoted = [list(c.actors) for c in doc.commitments if c.text.startswith("We are pledging")]
    assert quoted == [["Chile"]]


def test_we_never_named_still_pledge_with_no_actor() -> None:
    text = (
        "Harbour Declaration\n\n"
        "Shipping emits a growing share of the region's carbon. Meeting our commitment to "
        "cleaner ports will take time.\n\n"
        "We commit to halve port emissions by 2035 and to support port workers.\n"
    )
    found = commitments(text)
    assert [(c.text, c.actors) for c in found] == [
        ("We commit to halve port emissions by 2035 and to support port workers.", ())
    ]


def test_the_members_named_with_their_membership_stand_for_the_whole_list() -> None:
    import policycorpus as pc

    text = (
        "Coalition formed\n\n"
        "Founding coalition members are: Apple, Vodafone, Portugal Telecom-Orange, Nokia "
        "and Telenor.\n\n"
        "The founding coalition members have committed to act in five areas.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="c.txt"))
    assert [list(c.actors) for c in doc.commitments] == [
        ["Apple", "Vodafone", "Portugal Telecom-Orange", "Nokia", "Telenor"]
    ]
    other = text.replace("The founding coalition members", "The other members")
    assert pc.extract(pc.parse_article(other, source="c.txt")).commitments == ()


def test_a_bare_membership_phrase_stands_for_the_listed_members() -> None:
    text = (
        "Forum statement\n\n"
        "The members of the forum are Kenya, Ghana and Portugal.\n\n"
        "Forum members are committed to sharing river data by 2026.\n"
    )
    assert actor_sets(text) == [{"Kenya", "Ghana", "Portugal"}]


@pytest.mark.parametrize("deadline", ["by 2026", "by March", "by the end of the year"])
def test_a_deadline_after_by_is_no_passive_agent(deadline: str) -> None:
    text = (
        "River forum\n\n"
        "Kenya, Ghana and Portugal signed the river charter on Monday.\n\n"
        f"The signatories are committed to sharing flood data {deadline}.\n"
    )
    found = [set(c.actors) for c in commitments(text) if "flood data" in c.text]
    assert found == [{"Kenya", "Ghana", "Portugal"}]


def test_launching_a_code_alone_is_no_commitment_of_its_issuer() -> None:
    text = (
        "Safer apps\n\n"
        "The Department of Commerce launched the Safer Apps Code on Monday.\n\n"
        "The code was launched by Chile and Peru and was signed on the first day by Ghana "
        "and Kenya.\n"
    )
    assert actor_sets(text) == [{"Chile", "Peru", "Ghana", "Kenya"}]


def test_the_two_prime_ministers_commit_for_their_countries() -> None:
    text = (
        "Joint statement\n\n"
        "Ann Lee, Prime Minister of the United Kingdom, welcomed Omar Said, Prime Minister "
        "of Malaysia, to London.\n\n"
        "The 2 Prime Ministers agreed to develop five shared priorities for cooperation.\n"
    )
    assert actor_sets(text)[-1] == {"United Kingdom", "Malaysia"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ana Ruiz has today announced Chile will provide $10 million to the fund.",
        "Secretary Ana Ruiz signed an agreement for Chile to join the River Forum.",
    ],
)
def test_an_official_speaking_for_the_one_government_beside_them(sentence: str) -> None:
    assert actor_sets("Update\n\n" + sentence + "\n") == [{"Chile"}]


def test_the_body_joined_is_no_party_of_the_joining() -> None:
    text = (
        "Update\n\nChile is pleased to join the River Data Alliance in partnership with Peru "
        "and Ghana.\n"
    )
    assert actor_sets(text) == [{"Chile"}]


def test_a_second_verb_shares_the_subject_after_an_opening_phrase() -> None:
    text = (
        "Update\n\nNext year, Chile hopes to match this year's budget and will pledge up to "
        "$8 million to the river fund.\n"
    )
    assert actor_sets(text) == [{"Chile"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile stands committed to the river charter.",
        "Chile and Peru expressed their determination to share river data.",
    ],
)
def test_standing_and_expressed_resolve_are_commitments(sentence: str) -> None:
    assert len(commitments("Update\n\n" + sentence + "\n")) == 1


def test_a_determination_that_is_no_resolve_commits_nobody() -> None:
    assert commitments("Update\n\nThe ministers noted the determination of the court.\n") == ()


def test_a_counted_group_names_the_list_of_that_many_just_after() -> None:
    text = (
        "Update\n\n"
        "Today, Minister Ana Ruiz announced that three more organizations have undertaken "
        "this commitment. New signatories include:\n\n- Kestrel Analytics\n- Vodafone\n"
        "- Nokia\n"
    )
    found = [set(c.actors) for c in commitments(text) if "undertaken" in c.text]
    assert found == [{"Kestrel Analytics", "Vodafone", "Nokia"}]
    # a count that does not match the list names nobody
    other = text.replace("three more", "four more")
    assert [set(c.actors) for c in commitments(other) if "undertaken" in c.text] == []


def test_it_stands_for_the_one_party_just_named() -> None:
    text = (
        "Chile signs the river accords\n\n"
        "Congratulations to Chile! On 12 May, it became the ninth country to sign the river "
        "accords.\n"
    )
    found = [set(c.actors) for c in commitments(text) if "ninth" in c.text]
    assert found == [{"Chile"}]
    # "it" after a text names no party
    other = "Update\n\nThe charter was agreed in May. On 12 May, it became law.\n"
    assert commitments(other) == ()


def test_the_undersigned_are_the_authors_named_before() -> None:
    text = (
        "Statement\n\n"
        "The following statement was released by the Governments of Chile, Peru and Ghana.\n\n"
        "Today the undersigned ministers of the members of the Partnership for Safe Rivers "
        "and Clean Harbours commit to sharing flood data.\n"
    )
    (found,) = [set(c.actors) for c in commitments(text) if "undersigned" in c.text]
    assert {"Chile", "Peru", "Ghana"} <= found


def test_a_head_of_government_named_by_office_on_its_own_page_is_the_government() -> None:
    text = (
        "Nature pledge\n\n"
        "To ask the Secretary of State for Environment, Food and Rural Affairs, what steps "
        "the Government is taking to meet the nature pledge.\n\n"
        "The UK Government is committed to working with partners on nature. "
        "To show our dedication to the pledge, in January 2021, the Prime Minister "
        "committed to spending at least £3 billion on nature.\n"
    )
    found = [set(c.actors) for c in commitments(text) if "£3 billion" in c.text]
    assert found == [{"United Kingdom"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "The River Framework is part of Chile's commitment to cleaner rivers.",
        "These announcements progress Chile's commitment to ending river pollution.",
        "Peru is reviewing its support in line with Chile's commitment to end river pollution.",
        "Upholding Chile's commitment to clean rivers is a measure of success.",
        "It is important that we demonstrate our commitment to shared river rules.",
    ],
)
def test_a_commitment_described_is_not_made(sentence: str) -> None:
    assert commitments("Update\n\n" + sentence + "\n") == ()


def test_an_owned_commitment_reaffirmed_is_still_made() -> None:
    assert actor_sets("Update\n\nChile reaffirmed its commitment to the charter.\n") == [{"Chile"}]


def test_a_foreign_minister_by_office_is_not_the_publishing_government() -> None:
    text = (
        "Nature pledge\n\n"
        "To ask the Secretary of State for Environment, what steps the Government is taking "
        "on the pledge.\n\n"
        "The UK Government is committed to nature. In May, the Minister of Foreign Affairs "
        "of Chile committed to spending $3 million on rivers.\n"
    )
    found = [set(c.actors) for c in commitments(text) if "$3 million" in c.text]
    assert found == [{"Chile"}]


def test_they_with_no_list_near_is_the_joint_statements_authors() -> None:
    import policycorpus as pc

    filler = "The talks covered river levels, flood warnings and shared data. " * 12
    text = (
        "Joint statement\n\nThe Governments of Chile and Peru released the following "
        f"statement after their river talks.\n\n{filler}\n\nThey committed to publish joint "
        "flow data by 2027.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="j.txt"))
    assert [(list(c.actors), c.rule) for c in doc.commitments] == [(["Chile", "Peru"], "they-list")]


def test_they_inside_a_sentence_keeps_its_own_antecedent() -> None:
    import policycorpus as pc

    text = (
        "Joint statement\n\nThe Governments of Chile and Peru released the following "
        "statement.\n\nFollowing talks, 3 new countries announced that they will join the "
        "river pledge: Ghana, Fiji and Kenya.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="j.txt"))
    joined = [sorted(c.actors) for c in doc.commitments if "join" in c.text]
    assert joined
    assert all("Chile" not in actors for actors in joined)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("The minister said Chile will fund ten river stations.", True),
        ("In Lima today, Minister Ana Ruiz said Chile will fund ten river stations.", True),
        ("He said that Chile will fund ten river stations.", True),
        ("He said Chile would fund ten river stations.", False),
    ],
)
def test_a_will_reported_by_a_speaker_is_an_undertaking(said: str, expected: bool) -> None:
    import policycorpus as pc

    text = f"Update\n\nChile signed the river charter on Monday. {said}\n"
    doc = pc.extract(pc.parse_article(text, source="s.txt"))
    assert any(c.text == said for c in doc.commitments) is expected


@pytest.mark.parametrize(
    "will",
    [
        "The Government of Chile will fund ten river stations.",
        "The Government of Chile, as announced by Minister Ana Ruiz in May, will fund ten "
        "river stations.",
        "Chile, as agreed in May, will fund ten river stations.",
    ],
)
def test_a_will_after_a_head_of_or_an_as_aside_is_the_partys(will: str) -> None:
    import policycorpus as pc

    text = f"Update\n\nChile signed the river charter on Monday. {will}\n"
    doc = pc.extract(pc.parse_article(text, source="w.txt"))
    assert [list(c.actors) for c in doc.commitments if c.text == will] == [["Chile"]]


def test_as_well_as_is_no_aside() -> None:
    import policycorpus as pc

    text = "Update\n\nChile, as well as Peru, signed the river charter on Monday.\n"
    doc = pc.extract(pc.parse_article(text, source="w.txt"))
    assert sorted(s.name for s in doc.signatories) == ["Chile", "Peru"]


def test_the_joint_subject_of_an_opening_speaks_as_we_after_a_headline_pair() -> None:
    import policycorpus as pc

    text = (
        "Chile-Peru roadmap for river cooperation\n\n2030 vision\n\nChile and Peru are "
        "committed to a partnership on shared rivers. Through this roadmap, we will publish "
        "joint flow data every year.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="r.txt"))
    we = [list(c.actors) for c in doc.commitments if "we will" in c.text]
    assert we == [["Chile", "Peru"]]


def test_the_leaders_are_the_office_holders_not_their_spouses() -> None:
    import policycorpus as pc

    text = (
        "Leaders' statement\n\nPrime Minister Ana Ruiz and Mr Tomas Vega welcomed Prime "
        "Minister Luis Soto and Mrs Eva Soto to Lima for the annual river talks.\n\n"
        "The Leaders committed to publish joint flow data by 2027.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="l.txt"))
    assert [sorted(c.actors) for c in doc.commitments] == [["Ana Ruiz", "Luis Soto"]]


def test_the_government_of_a_page_that_names_only_its_own_government() -> None:
    import policycorpus as pc

    text = (
        "Chile joins river pledge\n\nThe Chilean Government is joining 40 countries in the "
        "river pledge.\n\nUnder the water plan, the Government has also committed $8 million "
        "for flood stations.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="g.txt"))
    assert [list(c.actors) for c in doc.commitments if "$8 million" in c.text] == [["Chile"]]


def test_a_page_naming_two_governments_has_no_own_government() -> None:
    import policycorpus as pc

    text = (
        "River talks\n\nThe Chilean Government and the Peruvian Government met in Lima.\n\n"
        "The Government has also committed $8 million for flood stations.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="g.txt"))
    assert [c for c in doc.commitments if "$8 million" in c.text and c.actors] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile has confirmed in July 2018 its commitment to join the river forum.",
        "Chile reaffirmed today its commitment to clean rivers.",
    ],
)
def test_a_time_phrase_between_a_renewing_verb_and_the_commitment(sentence: str) -> None:
    import policycorpus as pc

    doc = pc.extract(pc.parse_article("Update\n\n" + sentence + "\n", source="t.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["Chile"]]


def test_bare_ministers_in_a_communique_are_its_authors() -> None:
    import policycorpus as pc

    text = (
        "River communiqué\n\nWe, the Water Ministers of Chile, Peru and Ecuador, met in Lima "
        f"on 2 May.\n\n{'Floods and droughts affect our rivers more every year. ' * 14}\n\n"
        "Ministers further committed to:\n- publish flow data;\n- share flood warnings.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="c.txt"))
    found = [list(c.actors) for c in doc.commitments if c.text.startswith("Ministers")]
    assert found == [["Chile", "Peru", "Ecuador"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Our annual contribution to the fund will increase to £75 million per year.", True),
        ("Our investment will help the fund to save eight million lives.", False),
    ],
)
def test_money_the_speaker_owns_will_rise_but_not_what_it_achieves(
    sentence: str, expected: bool
) -> None:
    import policycorpus as pc

    text = (
        "Written answer\n\nAsked in the House of Commons.\n\nThe UK pledged £225 million to "
        f"the river fund. {sentence}\n"
    )
    doc = pc.extract(pc.parse_article(text, source="o.txt"))
    assert any(c.text == sentence for c in doc.commitments) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The accession of Chile is testament to the charter's open nature.",
        "The minister called upon all platforms operating in Chile to join and commit to the code.",
    ],
)
def test_an_accession_noun_or_a_call_to_commit_makes_no_commitment(sentence: str) -> None:
    import policycorpus as pc

    doc = pc.extract(pc.parse_article("Update\n\n" + sentence + "\n", source="a.txt"))
    assert doc.commitments == ()


def test_being_resolved_to_act_is_a_commitment_like_being_committed() -> None:
    import policycorpus as pc

    text = (
        "Joint statement\n\nThe following is a joint statement on behalf of Chile, Peru and "
        "Fiji.\n\nWe are resolved to bridge the river data gap.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="r.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["Chile", "Peru", "Fiji"]]


def test_we_in_a_speech_headlined_as_a_national_statement_is_that_country() -> None:
    import policycorpus as pc

    text = (
        "River Pledging Conference: Chile statement\n\nFriends and colleagues,\n\nWe all "
        "share a duty to help the people of Peru and of Bolivia, and Peru needs help now.\n\n"
        "This year we will provide at least 8 million dollars for river stations.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="s.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["Chile"]]


def test_joining_others_in_endorsing_is_the_joiners_endorsement() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nToday in Lima, Peru, Chile joined more than 50 other States in endorsing "
        "the river data declaration.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="j.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["Chile"]]
    assert [s.name for s in doc.signatories] == ["Chile"]


def test_a_date_aside_between_an_endorsement_and_its_text() -> None:
    import policycorpus as pc

    text = (
        "Update\n\nOn behalf of the EU, the Commission officially endorsed on Sunday, 3 "
        "December, an international declaration on river data.\n"
    )
    doc = pc.extract(pc.parse_article(text, source="d.txt"))
    assert [list(c.actors) for c in doc.commitments] == [["European Union"]]
