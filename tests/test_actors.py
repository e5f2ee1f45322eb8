"""Actor gazetteer and matcher: canonical names, case, spacing, people, abbreviations."""

from __future__ import annotations

import json
import tracemalloc
from array import array
from pathlib import Path
from unittest import mock

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policycorpus as pc
from policycorpus.errors import LoadError
from policycorpus.extract import (
    ActorMention,
    ArticleActors,
    Gazetteer,
    _actor_tokens,
    default_gazetteer,
    find_actors,
)
from policycorpus.extract import _gazetteer_data as data
from policycorpus.extract._actor_tokens import _tokenize
from policycorpus.model import ActorKind, Article


def names(text: str) -> list[str]:
    return [m.name for m in find_actors(text).mentions]


def surfaces(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.name) for m in find_actors(text).mentions]


# -- countries and canonical names -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials from the UK met counterparts.", ["United Kingdom"]),
        ("Britain and Great Britain are one.", ["United Kingdom", "United Kingdom"]),
        ("The U.K. signed.", ["United Kingdom"]),
        ("The U.S. signed, as did the USA.", ["United States", "United States"]),
        ("America agreed with the United States of America.", ["United States"] * 2),
        ("The Republic of Korea and Korea are South Korea.", ["South Korea"] * 3),
        ("the Republic of Moldova joined", ["Moldova"]),
        ("Viet Nam, Vietnam", ["Vietnam", "Vietnam"]),
        ("the Czech Republic and Czechia", ["Czech Republic", "Czech Republic"]),
        ("Turkey and Türkiye", ["Turkey", "Turkey"]),
        ("the Russian Federation and Iran", ["Russia", "Iran"]),
        ("the Netherlands and the Philippines", ["Netherlands", "Philippines"]),
        ("Papua New Guinea and Guinea-Bissau", ["Papua New Guinea", "Guinea-Bissau"]),
        ("The Dominican Republic and Dominica", ["Dominican Republic", "Dominica"]),
        ("the United Arab Emirates (UAE)", ["United Arab Emirates", "United Arab Emirates"]),
    ],
)
def test_country_names_are_canonical(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_every_iso_country_is_present_with_its_code() -> None:
    gaz = default_gazetteer()
    uk = gaz.get("United Kingdom")
    assert uk is not None
    assert (uk.country, uk.kind) == ("GB", ActorKind.GOVERNMENT)
    assert gaz.country_actor("fr") is not None
    for country in pycountry.countries:
        actor = gaz.country_actor(country.alpha_2)
        assert actor is not None, country.alpha_2


def test_case_aware_us_is_not_the_pronoun() -> None:
    assert names("They told us that the US would act.") == ["United States"]
    assert names("Let us go. Us too.") == []


def test_all_capitals_headline_still_matches() -> None:
    assert names("UNITED KINGDOM AND GERMANY AGREE") == ["United Kingdom", "Germany"]


def test_run_together_and_doubled_spaces() -> None:
    text = "members met along withAlbania, Chad,  the Council of Europe and Kenya."
    assert surfaces(text) == [
        ("Albania", "Albania"),
        ("Chad", "Chad"),
        ("Council of Europe", "Council of Europe"),
        ("Kenya", "Kenya"),
    ]


def test_no_match_inside_a_word() -> None:
    assert names("Ukrainian officials and the Omanis") == []
    assert names("TikTok and Tik") == ["TikTok"]


def test_blocked_phrases_hide_the_country_inside() -> None:
    assert names("Latin America and South America, and Mexico.") == ["Mexico"]
    assert names("New Mexico and Mexico") == ["New Mexico", "Mexico"]


def test_first_name_countries_need_no_surname_after() -> None:
    assert names("Jordan Avery spoke about Jordan.") == ["Jordan"]
    assert names("Chad, Niger and Mali signed") == ["Chad", "Niger", "Mali"]


# -- organisations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("the European Union agreed", "European Union", ActorKind.INTERGOVERNMENTAL),
        ("the EU agreed", "European Union", ActorKind.INTERGOVERNMENTAL),
        ("INTERPOL agreed", "Interpol", ActorKind.INTERGOVERNMENTAL),
        ("the ECOWAS Commission agreed", "ECOWAS Commission", ActorKind.INTERGOVERNMENTAL),
        ("the G20 agreed", "G20", ActorKind.INTERGOVERNMENTAL),
        ("Five Eyes partners", "Five Eyes", ActorKind.INTERGOVERNMENTAL),
        ("Stability AI agreed", "Stability AI", ActorKind.COMPANY),
        ("OnlyFans agreed", "OnlyFans", ActorKind.COMPANY),
        ("Common Crawl agreed", "Common Crawl", ActorKind.NGO),
        ("NCMEC reported", "National Center for Missing and Exploited Children", ActorKind.NGO),
        ("the National Crime Agency said", "National Crime Agency", ActorKind.AGENCY),
        ("the eSafety Commissioner said", "eSafety Commissioner", ActorKind.AGENCY),
        (
            "the Global Forum on Cyber Expertise joined",
            "Global Forum on Cyber Expertise",
            ActorKind.NGO,
        ),
        ("X Corp. was fined", "X", ActorKind.COMPANY),
    ],
)
def test_organisations(text: str, name: str, kind: ActorKind) -> None:
    found = find_actors(text).mentions
    assert [(m.name, m.kind) for m in found] == [(name, kind)]


def test_contextual_aliases_need_context() -> None:
    assert names("Plan X was shelved.") == []
    assert names("Meta, X and TikTok signed.") == ["Meta", "X", "TikTok"]
    assert names("X Corp. appealed. Later X said it would comply.") == ["X", "X"]
    assert names("the platform X removed posts") == ["X"]
    assert names("Snap decisions were made.") == []
    assert names("Signed by:\n• Amazon\n• Anthropic\n") == ["Amazon", "Anthropic"]


def test_unknown_organisations_by_their_form() -> None:
    text = (
        "Brightwater Robotics Ltd. and the Harbour Child Safety Trust signed, with the "
        "Northern Centre for Online Protection. Later Brightwater spoke."
    )
    found = find_actors(text).mentions
    assert [(m.name, m.kind, m.via) for m in found] == [
        ("Brightwater Robotics", ActorKind.COMPANY, "pattern"),
        ("Harbour Child Safety Trust", ActorKind.NGO, "pattern"),
        ("Northern Centre for Online Protection", ActorKind.NGO, "pattern"),
    ]


def test_a_list_of_unknown_organisations_is_not_one_name() -> None:
    text = "The Kestrel Foundation and Norland Trust signed, as did Orbis Labs Ltd and Vale Group."
    found = [(m.name, m.kind) for m in find_actors(text).mentions]
    assert found == [
        ("Kestrel Foundation", ActorKind.NGO),
        ("Norland Trust", ActorKind.NGO),
        ("Orbis Labs", ActorKind.COMPANY),
    ]


def test_title_case_headings_are_not_organisations() -> None:
    assert names("Minister Welcomes New Research Centre Funding Plan") == []


def test_subnational_governments() -> None:
    found = find_actors("Scotland, Quebec and California joined.").mentions
    assert [(m.name, m.country) for m in found] == [
        ("Scotland", "GB"),
        ("Quebec", "CA"),
        ("California", "US"),
    ]


# -- demonyms ----------------------------------------------------------------------------


def test_demonym_government_phrases() -> None:
    text = "The German government, and the French, Dutch and Australian governments agreed."
    found = find_actors(text).mentions
    assert [(text[m.start : m.end], m.name, m.via) for m in found] == [
        ("German", "Germany", "demonym"),
        ("French", "France", "demonym"),
        ("Dutch", "Netherlands", "demonym"),
        ("Australian", "Australia", "demonym"),
    ]


def test_demonym_without_government_is_no_actor() -> None:
    assert names("German engineers and French wine") == []
    assert names("the New Zealand Government said") == ["New Zealand"]


# -- abbreviations -----------------------------------------------------------------------


def test_abbreviation_of_known_actor_is_learned() -> None:
    text = "The Internet Watch Foundation (IWF) published data. The IWF said more."
    result = find_actors(text)
    assert result.abbreviations == {"IWF": "Internet Watch Foundation"}
    assert [m.name for m in result.mentions] == ["Internet Watch Foundation"] * 3
    assert [m.via for m in result.mentions][1:] == ["abbreviation", "abbreviation"]


def test_abbreviation_defines_new_organisation() -> None:
    text = "The Child Online Safety Alliance (COSA) was formed. COSA members agreed."
    result = find_actors(text)
    assert [(m.name, m.kind) for m in result.mentions] == [
        ("Child Online Safety Alliance", ActorKind.NGO)
    ] * 3
    assert "Child Online Safety Alliance" in result.actors


def test_abbreviation_without_organisation_word_is_ignored() -> None:
    assert names("the Internet of Things (IoT) grows") == []


def test_abbreviations_are_per_article() -> None:
    find_actors("The Internet Watch Foundation (IWF) spoke.")
    assert names("The IWF spoke.") == []


# -- people ------------------------------------------------------------------------------


def test_title_then_name() -> None:
    text = "Home Secretary Jane Holloway said the plan would work."
    (m,) = find_actors(text).mentions
    assert (text[m.start : m.end], m.kind, m.role, m.via) == (
        "Jane Holloway",
        ActorKind.PERSON,
        "Home Secretary",
        "person",
    )


def test_apposition_and_title_standing_for_the_person() -> None:
    text = (
        "The Home Secretary, Jane Holloway, signed the statement. "
        "Later the Home Secretary said Holloway would return."
    )
    found = find_actors(text).mentions
    assert [(text[m.start : m.end], m.name, m.via) for m in found] == [
        ("Jane Holloway", "Jane Holloway", "person"),
        ("Home Secretary", "Jane Holloway", "title"),
        ("Holloway", "Jane Holloway", "person"),
    ]


def test_name_then_title() -> None:
    text = "Jane Holloway, the Home Secretary, signed."
    result = find_actors(text)
    assert result.people["Jane Holloway"].role == "Home Secretary"


def test_represents_and_country_of_a_person() -> None:
    text = "US Secretary of State Sam Avery met Australia's Foreign Minister Lee Park."
    found = [m for m in find_actors(text).mentions if m.kind is ActorKind.PERSON]
    assert [(m.name, m.role, m.represents, m.country) for m in found] == [
        ("Sam Avery", "Secretary of State", "United States", "US"),
        ("Lee Park", "Foreign Minister", "Australia", "AU"),
    ]


def test_portfolio_titles() -> None:
    for text in (
        "Minister for Industry and Science, Lee Park said so.",
        "Minister for Industry and Science Lee Park said so.",
    ):
        (m,) = find_actors(text).mentions
        assert (m.name, m.role) == ("Lee Park", "Minister for Industry and Science")
    text = "Secretary of State for Science, Innovation and Technology Lee Park said so."
    (m,) = find_actors(text).mentions
    assert (m.name, m.role) == (
        "Lee Park",
        "Secretary of State for Science, Innovation and Technology",
    )
    assert find_actors("Minister for Science, Innovation and Technology said so.").mentions == ()


def test_name_particles_and_post_nominals() -> None:
    text = "President Anna van der Berg spoke. Tom Reed OBE, Chief Executive of the NSPCC, spoke."
    people = find_actors(text).people
    assert set(people) == {"Anna van der Berg", "Tom Reed"}
    assert people["Tom Reed"].represents == "NSPCC"


def test_title_without_known_person_is_not_a_mention() -> None:
    assert names("The Home Secretary said it would help.") == []


# -- the gazetteer as a user object -------------------------------------------------------


def test_user_gazetteer_add_and_copy_are_independent() -> None:
    base = default_gazetteer()
    gaz = base.copy()
    gaz.add("Acme Safety Labs", ActorKind.COMPANY, country="GB", aliases=["Acme"])
    assert names_with(gaz, "Acme and the UK signed") == ["Acme Safety Labs", "United Kingdom"]
    assert "Acme Safety Labs" not in base
    assert len(gaz) == len(base) + 1


def names_with(gaz: Gazetteer, text: str) -> list[str]:
    return [m.name for m in gaz.find(text)]


def test_load_user_actor_file(tmp_path: Path) -> None:
    path = tmp_path / "actors.json"
    path.write_text(
        json.dumps(
            {
                "actors": [
                    {"name": "Northwind Trust", "kind": "ngo", "aliases": ["NWT"]},
                    {"name": "Zed", "kind": "company", "contextual": ["Zed"]},
                ],
                "blocked": ["Northwind Trust Fund"],
                "demonyms": {"Northwindish": "NO"},
            }
        ),
        encoding="utf-8",
    )
    gaz = Gazetteer.load(path)
    assert names_with(gaz, "NWT and the Northwind Trust Fund") == ["Northwind Trust"]
    assert names_with(gaz, "Zed said") == []
    with_base = Gazetteer.load(path, base=default_gazetteer())
    assert names_with(with_base, "Northwindish government and Norway") == ["Norway", "Norway"]


def test_to_data_round_trips_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "all.json"
    path.write_text(json.dumps(default_gazetteer().to_data()), encoding="utf-8")
    loaded = Gazetteer.load(path)
    assert len(loaded) == len(default_gazetteer())
    assert loaded.to_data() == default_gazetteer().to_data()
    text = "Meta, X and the German government met the Republic of Korea. Plan X and New Guinea."
    assert loaded.find(text) == default_gazetteer().find(text)


def test_load_errors_say_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"kind": "ngo"}]', encoding="utf-8")
    with pytest.raises(LoadError, match=r"bad\.json: actors\[0\]"):
        Gazetteer.load(bad)
    with pytest.raises(LoadError, match="cannot read"):
        Gazetteer.load(tmp_path / "missing.json")
    with pytest.raises(ValueError, match="not a valid ActorKind"):
        Gazetteer().add("Thing", "planet")
    with pytest.raises(ValueError, match="alpha-2 code, got 'GBR'"):
        Gazetteer().add("Thing", "other", country="gbr")


def test_article_actors_within() -> None:
    text = "The UK signed. France and Spain signed."
    result = find_actors(Article(text=text))
    assert isinstance(result, ArticleActors)
    assert [m.name for m in result.within(15, len(text))] == ["France", "Spain"]
    assert [m.name for m in result] == ["United Kingdom", "France", "Spain"]
    assert len(result) == 3


# -- properties --------------------------------------------------------------------------

_SAFE_NAMES = sorted(
    a.name
    for a in default_gazetteer()
    if a.name not in data.CONTEXTUAL_ALIASES and a.name not in data.AMBIGUOUS_PERSON_NAMES
)
_FILLER = st.sampled_from(["and", "with", "met", "today", "along", "signed", "the", ",", ";"])


@given(st.lists(st.tuples(st.sampled_from(_SAFE_NAMES), _FILLER), min_size=1, max_size=12))
def test_every_listed_actor_is_found_with_its_span(parts: list[tuple[str, str]]) -> None:
    text = ""
    spans: list[tuple[int, int, str]] = []
    for name, filler in parts:
        text += "the "
        spans.append((len(text), len(text) + len(name), name))
        text += name + " " + filler + " "
    found = find_actors(text).mentions
    assert [(m.start, m.end, m.name) for m in found] == spans


@given(st.text(max_size=300))
def test_never_crashes_and_spans_are_sane(text: str) -> None:
    result = find_actors(text)
    last_end = 0
    for m in result.mentions:
        assert isinstance(m, ActorMention)
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end  # in order, never overlapping
        last_end = m.end


@given(st.lists(st.sampled_from(sorted(data.TITLES)), max_size=5), st.text(max_size=80))
def test_titles_mixed_with_noise_never_crash(titles: list[str], noise: str) -> None:
    text = " ".join(f"{t} Jane Doe, {noise}" for t in titles)
    for m in find_actors(text).mentions:
        assert 0 <= m.start < m.end <= len(text)


def test_lower_case_titles_in_appositions() -> None:
    text = "Ravi Mehta, the NCA's director general, spoke. Its founder, Ann Lee, agreed."
    people = find_actors(text).people
    assert (people["Ravi Mehta"].role, people["Ravi Mehta"].represents) == (
        "director general",
        "National Crime Agency",
    )
    assert people["Ann Lee"].role == "founder"


def test_honorifics_and_surnames_resolve_to_the_person_introduced() -> None:
    text = (
        "Prime Minister Ravi Shah spoke. Mr Shah said more. "
        "Dr Ann Lee, the Health Secretary, agreed. Later the Health Secretary left."
    )
    found = [(text[m.start : m.end], m.name, m.role) for m in find_actors(text).mentions]
    assert found == [
        ("Ravi Shah", "Ravi Shah", "Prime Minister"),
        ("Shah", "Ravi Shah", "Prime Minister"),
        ("Ann Lee", "Ann Lee", "Health Secretary"),
        ("Health Secretary", "Ann Lee", "Health Secretary"),
    ]


def test_a_second_introduction_adds_whom_the_person_represents() -> None:
    text = "President Ana Costa spoke. Later, European Commission President Ana Costa said more."
    person = find_actors(text).people["Ana Costa"]
    assert (person.role, person.represents) == ("President", "European Union")


def test_demonym_before_a_title_says_whom_the_person_represents() -> None:
    text = "French President Marc Dupont met the Canadian Minister for Justice, Ella Ward."
    people = find_actors(text).people
    assert people["Marc Dupont"].represents == "France"
    assert people["Ella Ward"].represents == "Canada"


def test_portfolio_words_between_an_actor_and_a_title() -> None:
    text = "The US Homeland Security Secretary, Ray Ortiz, visited."
    person = find_actors(text).people["Ray Ortiz"]
    assert (person.role, person.represents) == ("Homeland Security Secretary", "United States")


def test_a_name_after_title_ending_in_a_colon_is_no_heading() -> None:
    text = "Home Secretary Jane Holloway said:"
    assert [(m.name, m.via) for m in find_actors(text).mentions] == [("Jane Holloway", "person")]


_FIRST = st.sampled_from(["Ana", "Ravi", "Jane", "Tomas", "Mei", "Kofi", "Lena", "Omar"])
_LAST = st.sampled_from(["Holloway", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Reyes"])
_PLAIN_TITLES = st.sampled_from(
    ["Home Secretary", "Prime Minister", "President", "Commissioner", "Foreign Minister"]
)


@given(_PLAIN_TITLES, _FIRST, _LAST, st.booleans())
def test_title_and_name_give_a_person_with_role(
    title: str, first: str, last: str, comma: bool
) -> None:
    name = f"{first} {last}"
    text = f"The {title}, {name}, agreed." if comma else f"{title} {name} agreed."
    result = find_actors(text)
    assert [(m.name, m.role) for m in result.mentions] == [(name, title)]
    later = find_actors(text + f" Later the {title} spoke, and {last} left.").mentions
    assert [m.name for m in later] == [name, name, name]


_DEMONYM_PAIRS = sorted(
    (d, default_gazetteer().country_actor(c))
    for d, c in data.DEMONYMS.items()
    if default_gazetteer().country_actor(c) is not None and d.isalpha()
)


@given(st.lists(st.sampled_from(_DEMONYM_PAIRS), min_size=1, max_size=5, unique_by=lambda p: p[0]))
def test_demonym_lists_before_governments(pairs: list[tuple[str, object]]) -> None:
    demonyms = [d for d, _ in pairs]
    listed = (
        demonyms[0] if len(demonyms) == 1 else ", ".join(demonyms[:-1]) + " and " + demonyms[-1]
    )
    text = f"The {listed} governments agreed."
    found = find_actors(text).mentions
    assert [m.name for m in found] == [a.name for _, a in pairs]  # type: ignore[attr-defined]
    assert all(m.via == "demonym" for m in found)


@given(
    st.lists(
        st.from_regex(r"[A-Z][a-z]{3,9}( [A-Z][a-z]{3,9}){0,2}", fullmatch=True),
        min_size=1,
        max_size=6,
        unique=True,
    )
)
def test_user_actors_are_found(names_: list[str]) -> None:
    gaz = Gazetteer()
    for name in names_:
        gaz.add(name, ActorKind.OTHER)
    text = " and ".join(f"the {n}" for n in names_) + " signed."
    found = gaz.find(text)
    # a name may contain another (longest match wins), so compare what was matched
    assert all(m.name == text[m.start : m.end] for m in found)
    assert {m.name for m in found} >= {
        n for n in names_ if not any(n in o and n != o for o in names_)
    }


def test_portfolio_then_name_with_particles_and_a_shorter_repeat() -> None:
    text = (
        "Hon Lia van Dijk\n\nThe upgrade was announced by Minister of Internal Affairs "
        "Lia van Dijk. Ms van Dijk said it would help."
    )
    result = find_actors(text)
    assert result.people["Lia van Dijk"].role == "Minister of Internal Affairs"
    assert [m.name for m in result.mentions] == ["Lia van Dijk"] * 3


@given(st.text(max_size=200))
def test_tokens_cover_every_visible_character_in_order(text: str) -> None:
    last = 0
    covered: set[int] = set()
    starts: array[int] = array("q")
    toks = _tokenize(text, starts)
    assert len(starts) == len(toks)
    for block in (1, 5):  # the text is read in blocks cut at a space
        again: array[int] = array("q")
        with mock.patch.object(_actor_tokens, "_BLOCK", block):
            assert (_tokenize(text, again), again) == (toks, starts)
    with _actor_tokens._reading(text) as read:
        assert read == toks
        assert [
            (_actor_tokens._start(read, k), _actor_tokens._end(read, k)) for k in range(len(toks))
        ] == [(s, s + len(t.norm)) for s, t in zip(starts, toks, strict=True)]
    assert not _actor_tokens._OFFSETS  # registered only while read
    for k, tok in enumerate(toks):
        start, end = starts[k], starts[k] + len(tok.norm)
        assert last <= start < end <= len(text)
        assert tok.glued == (start == last and start > 0 and bool(covered))
        covered.update(range(start, end))
        last = end
    assert covered == {i for i, c in enumerate(text) if not c.isspace()}


# -- parties of long declaration lists ------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("the Kingdom of the Netherlands", "Netherlands"),
        ("the Republic of Korea", "South Korea"),
        ("Viet Nam", "Vietnam"),
        ("Lao People's Democratic Republic", "Laos"),
        ("the Russian Federation", "Russia"),
        ("United Republic of Tanzania", "Tanzania"),
        ("Bolivia (Plurinational State of)", "Bolivia"),
        ("Micronesia (Federated States of)", "Federated States of Micronesia"),
        ("Türkiye", "Turkey"),
        ("State of Palestine", "Palestine"),
        ("the Holy See", "Holy See"),
        ("Côte d'Ivoire", "Côte d'Ivoire"),
        ("Republic of Moldova", "Moldova"),
        ("Syrian Arab Republic", "Syria"),
    ],
)
def test_official_country_names_in_a_list_are_canonical(form: str, canonical: str) -> None:
    text = f"The text was endorsed by Peru, {form} and Ghana at the session."
    found = [(m.name, m.kind) for m in find_actors(text).mentions]
    assert found == [
        ("Peru", ActorKind.GOVERNMENT),
        (canonical, ActorKind.GOVERNMENT),
        ("Ghana", ActorKind.GOVERNMENT),
    ]


def test_unknown_names_in_a_company_list_are_companies() -> None:
    text = (
        "Firms joining the code: Roblox, Pellmarsh Safety, Quorvane and Thorn.\n\n"
        "Quorvane later said it would publish a report."
    )
    found = [(text[m.start : m.end], m.name, m.kind) for m in find_actors(text).mentions]
    assert found == [
        ("Roblox", "Roblox", ActorKind.COMPANY),
        ("Pellmarsh Safety", "Pellmarsh Safety", ActorKind.COMPANY),
        ("Quorvane", "Quorvane", ActorKind.COMPANY),
        ("Thorn", "Thorn", ActorKind.NGO),
        ("Quorvane", "Quorvane", ActorKind.COMPANY),
    ]


def test_two_known_companies_make_a_list_of_companies() -> None:
    found = find_actors("Google, Microsoft and Tellwyn Data agreed to the terms.").mentions
    assert [(m.name, m.kind) for m in found][-1] == ("Tellwyn Data", ActorKind.COMPANY)


def test_company_cues_before_a_single_name() -> None:
    assert [
        (m.name, m.kind) for m in find_actors("The start-up Orvellis signed too.").mentions
    ] == [("Orvellis", ActorKind.COMPANY)]
    assert names("Firms such as Varnley joined.") == ["Varnley"]
    # a cue further away, a document or a government list does not make a company
    assert names("The companies welcomed the Declaration.") == []
    assert [m.name for m in find_actors("France, Spain and Norvale agreed.").mentions] == [
        "France",
        "Spain",
    ]


def test_organisations_by_head_word_and_kind() -> None:
    text = (
        "Support came from the Organisation of Eastern Caribbean States, the Fernlea "
        "Children's Trust, Halden Philanthropies and the Open Safety Hub, while Kestrel AI "
        "presented at the Paris AI Action Summit on Frontier AI."
    )
    found = [(m.name, m.kind) for m in find_actors(text).mentions]
    assert found == [
        ("Organisation of Eastern Caribbean States", ActorKind.INTERGOVERNMENTAL),
        ("Fernlea Children's Trust", ActorKind.NGO),
        ("Halden Philanthropies", ActorKind.NGO),
        ("Open Safety Hub", ActorKind.NGO),
        ("Kestrel AI", ActorKind.COMPANY),
    ]


def test_departments_of_a_place_are_government_bodies() -> None:
    text = (
        "Members include the Bermuda Department of Digital Services, the Ministry of "
        "Online Affairs of Taiwan and the Hungarian Ministry of Interior."
    )
    found = [(m.name, m.kind, m.country) for m in find_actors(text).mentions]
    assert found == [
        ("Bermuda Department of Digital Services", ActorKind.GOVERNMENT, "BM"),
        ("Ministry of Online Affairs of Taiwan", ActorKind.GOVERNMENT, "TW"),
        ("Hungarian Ministry of Interior", ActorKind.GOVERNMENT, "HU"),
    ]


def test_elided_surnames() -> None:
    text = "Minister for Justice Aoife O'Rourke signed. Later Ms O'Rourke spoke."
    found = [(m.name, m.role) for m in find_actors(text).mentions]
    assert found == [
        ("Aoife O'Rourke", "Minister for Justice"),
        ("Aoife O'Rourke", "Minister for Justice"),
    ]


_UNKNOWN = st.sampled_from(
    ["Velmora", "Tarrowind Labs", "Quellix", "Brisk Harbour", "Ostrava Beacon", "Nimbrel"]
)


@given(
    st.lists(_UNKNOWN, min_size=1, max_size=5, unique=True), st.sampled_from(["companies", "firms"])
)
def test_every_name_of_a_cued_list_is_a_company(listed: list[str], cue: str) -> None:
    body = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
    text = f"The {cue} {body} signed the code."
    found = find_actors(text).mentions
    assert [(m.name, m.kind) for m in found] == [(n, ActorKind.COMPANY) for n in listed]
    assert all(text[m.start : m.end] == m.name for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Technology companies in Leeds, Bristol and Cardiff welcomed the rules.",
        "Firms from Europe and Asia signed up to the scheme.",
        "Providers of Search Engines and Apps agreed to the terms.",
    ],
)
def test_a_cue_word_separated_from_a_list_makes_no_companies(text: str) -> None:
    assert names(text) == []


def test_a_colon_after_a_cue_opens_a_company_list() -> None:
    text = "The following companies have signed the code: Aldermoor, Brisk Harbour and Meta."
    assert [(m.name, m.kind) for m in find_actors(text).mentions] == [
        ("Aldermoor", ActorKind.COMPANY),
        ("Brisk Harbour", ActorKind.COMPANY),
        ("Meta", ActorKind.COMPANY),
    ]


def test_ministries_named_with_their_state() -> None:
    text = (
        "The Ministry of Foreign Affairs of the Republic of Korea, the Federal Ministry of "
        "the Interior of Austria and the Danish Ministry for the Economy joined."
    )
    found = [(m.name, m.kind, m.country) for m in find_actors(text).mentions]
    assert found == [
        ("Ministry of Foreign Affairs of the Republic of Korea", ActorKind.GOVERNMENT, "KR"),
        ("Federal Ministry of the Interior of Austria", ActorKind.GOVERNMENT, "AT"),
        ("Danish Ministry for the Economy", ActorKind.GOVERNMENT, "DK"),
    ]


def test_a_state_at_the_end_of_a_portfolio_is_whom_the_minister_represents() -> None:
    text = "It was signed by Ms Nadia Okafor, Minister of Digital Affairs of Ghana, in Accra."
    person = find_actors(text).mentions[0]
    assert (person.name, person.role, person.represents) == (
        "Nadia Okafor",
        "Minister of Digital Affairs",
        "Ghana",
    )


def test_camel_case_surnames_are_one_word() -> None:
    text = "Minister for Health Ciara McAllister signed. Ms McAllister said it mattered."
    assert names(text) == ["Ciara McAllister", "Ciara McAllister"]


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("Korea (Democratic People's Republic of)", "North Korea"),
        ("Korea, Republic of", "South Korea"),
        ("Congo (the Democratic Republic of the)", "Democratic Republic of the Congo"),
        ("Taiwan, Province of China", "Taiwan"),
        ("Trinidad & Tobago", "Trinidad and Tobago"),
    ],
)
def test_inverted_and_ampersand_forms_of_tables(form: str, canonical: str) -> None:
    text = f"Adherents: Peru; {form}; Chile."
    assert names(text) == ["Peru", canonical, "Chile"]


def test_regional_bodies_of_several_states_are_intergovernmental() -> None:
    text = (
        "The Indian Ocean Commission and the Caribbean Postal Union agreed, as did the Rowan Union."
    )
    found = [(m.name, m.kind) for m in find_actors(text).mentions]
    assert found == [
        ("Indian Ocean Commission", ActorKind.INTERGOVERNMENTAL),
        ("Caribbean Postal Union", ActorKind.INTERGOVERNMENTAL),
        ("Rowan Union", ActorKind.NGO),
    ]


def test_a_titled_surname_takes_the_authors_full_name() -> None:
    article = Article(
        text="Minister Okoro said the pledge would be kept. Dr Lane agreed.",
        authors=("Chidi Okoro",),
    )
    found = [(m.name, m.role) for m in find_actors(article).mentions]
    assert found == [("Chidi Okoro", "Minister"), ("Lane", "Dr")]


def test_quantifiers_in_a_company_list_are_no_names() -> None:
    assert names("Backers include Google, Microsoft, and Many Others.") == ["Google", "Microsoft"]


_TRICKY = st.sampled_from(
    ["the", "of", "and", ",", ":", "(", ")", "'", "O", "Mc", "Allister", "start-up", "firms",
     "such as", "Ministry", "Department", "Bermuda", "Danish", "Union", "Caribbean", "States",
     "AI", "Labs", "Ltd", "Google", "Meta", "Thorn", "Quorvane", "Trust", "Children", "s",
     "Declaration", "Korea", "Congo", "Republic", "Others", "Minister", "Ms", "Okoro", "\n"]
)  # fmt: skip


@given(st.lists(st.tuples(_TRICKY, st.sampled_from(["", " ", "  "])), max_size=30))
def test_lists_ministries_and_names_never_break_spans(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    article = Article(text=text or "x", authors=("Chidi Okoro",))
    last = 0
    for m in find_actors(article).mentions:
        assert 0 <= m.start < m.end <= len(article.text)
        assert m.start >= last
        assert m.name
        last = m.end


def test_company_suffixes_spelt_over_several_tokens() -> None:
    text = (
        "Signatories: Hugging Face, Inc.; Kestrel Robotics GmbH; Vantor S.A.; Meta. "
        "The Fenwick Co-operative Society was not among them."
    )
    found = [(text[m.start : m.end], m.name, m.kind) for m in find_actors(text).mentions]
    assert found == [
        ("Hugging Face, Inc.", "Hugging Face", ActorKind.COMPANY),  # the legal form is its
        ("Kestrel Robotics GmbH", "Kestrel Robotics", ActorKind.COMPANY),
        ("Vantor S.A.", "Vantor", ActorKind.COMPANY),
        ("Meta", "Meta", ActorKind.COMPANY),
    ]  # "Co-" is no "Co": no company "Fenwick"


# -- longer names, short canonical names, operators, modifiers, comma aliases ------------


def test_a_longer_known_name_is_its_own_actor() -> None:
    text = "Google DeepMind and Google both published safety frameworks."
    assert surfaces(text) == [("Google DeepMind", "Google DeepMind"), ("Google", "Google")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta, Snap Inc. and TikTok joined the scheme.", ("Snap Inc.", "Snap")),
        ("Reddit, Inc. and Bluesky Social PBC agreed.", ("Reddit, Inc.", "Reddit")),
        ("Reddit, Inc. and Bluesky Social PBC agreed.", ("Bluesky Social PBC", "Bluesky")),
    ],
)  # fmt: skip
def test_companies_are_named_by_their_short_name(text: str, expected: tuple[str, str]) -> None:
    assert expected in surfaces(text)


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("Meta, Google and Quorvex Ltd signed the code.", "Quorvex Ltd", "Quorvex"),
        ("Meta, Google and Halvern Labs PBC signed the code.", "Halvern Labs PBC", "Halvern Labs"),
        ("Meta, Google, Kestrova S.A. and Brindle, Inc. signed.", "Kestrova S.A.", "Kestrova"),
    ],
)  # fmt: skip
def test_unknown_companies_drop_the_legal_suffix_but_keep_the_text(
    text: str, surface: str, canonical: str
) -> None:
    assert (surface, canonical) in surfaces(text)


def test_mobile_operators_in_a_list() -> None:
    text = "Operators EE, Three, Virgin Media O2, Vodafone and BT agreed to filter the sites."
    assert names(text) == ["EE", "Three", "Virgin Media O2", "Vodafone", "BT"]
    assert {m.kind for m in find_actors(text).mentions} == {ActorKind.COMPANY}


def test_a_number_word_alias_needs_a_list_or_its_full_name() -> None:
    assert names("Three ministers met the regulator.") == []
    assert names("Three ministers met Three UK on Monday.") == ["Three"]
    assert surfaces("Three ministers met Three UK on Monday.") == [("Three UK", "Three")]


def test_thorn_next_to_another_ngo_is_an_ngo() -> None:
    mentions = find_actors("Thorn and the Internet Watch Foundation will share hashes.").mentions
    assert [(m.name, m.kind) for m in mentions] == [
        ("Thorn", ActorKind.NGO),
        ("Internet Watch Foundation", ActorKind.NGO),
    ]


@pytest.mark.parametrize("modifier", ["Irish-founded", "Dublin-based", "French-owned"])
def test_a_capitalised_modifier_is_no_company(modifier: str) -> None:
    text = f"TikTok, Meta and the {modifier} start-up Vizlo have each signed the code."
    assert names(text) == ["TikTok", "Meta", "Vizlo"]


def test_a_comma_alias_yields_to_a_list_that_goes_on() -> None:
    listed = "Signatories include Japan, Hong Kong, China, Singapore and Korea."
    assert names(listed) == ["Japan", "Hong Kong", "China", "Singapore", "South Korea"]
    alone = "The agreement was also signed by Hong Kong, China."
    assert surfaces(alone) == [("Hong Kong, China", "Hong Kong")]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("French minister Clara Dupont signed the charter.", "Clara Dupont", "France"),
        ("The Home Secretary, Jane Marlow, signed the pact.", "Jane Marlow", "United Kingdom"),
        ("Jane Marlow, the Home Secretary, signed the pact.", "Jane Marlow", "United Kingdom"),
        ("US Secretary of State Tom Avery signed the text.", "Tom Avery", "United States"),
        ("The Australian Minister for Communications, Ruth Hale, said", "Ruth Hale", "Australia"),
        ("German Home Secretary Lena Vogt signed.", "Lena Vogt", "Germany"),
        ("Taoiseach Sean Moran signed the pledge.", "Sean Moran", "Ireland"),
    ],
)  # fmt: skip
def test_a_person_represents_the_country_of_their_title(
    text: str, person: str, country: str
) -> None:
    assert find_actors(text).people[person].represents == country


def test_memory_per_character_stays_small() -> None:
    sentence = (
        "Home Secretary Jane Marlow said the UK, France and Meta Platforms would act, "
        "while the Molly Rose Foundation and Ofcom welcomed 1,200 new reports.\n"
    )
    text = sentence * (200_000 // len(sentence))
    find_actors(text[:1000])
    tracemalloc.start()
    try:
        find_actors(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # a dense run of names: ~64 bytes a character before tokens were slimmed, ~44 after,
    # ~25 with one shared token per distinct word and the offsets in an array
    assert peak / len(text) < 32


def test_known_company_with_generic_head_keeps_its_first_word() -> None:
    text = "The signatories include Sony Group, Rakuten and Acme Holdings. Sony Group will report."
    names = [m.name for m in find_actors(text)]
    assert names[0] == "Sony Group"
    assert "Group" not in names
    assert names.count("Sony Group") == 2
    assert [m.name for m in find_actors("Alibaba Group signed the code.")] == ["Alibaba"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Supporters include ChileUruguayParaguay and Peru.",
            ["Chile", "Uruguay", "Paraguay", "Peru"],
        ),
        ("Members: the United StatesCanada, and Mexico.", ["United States", "Canada", "Mexico"]),
        ("The MetaMask wallet was updated.", []),
        ("TikTok and YouTube signed.", ["TikTok", "YouTube"]),
    ],
)
def test_names_run_together_by_a_scrape_are_split_only_between_known_names(
    text: str, names: list[str]
) -> None:
    article = pc.parse_article("Notes\n\n" + text + "\n", source="glued.txt")
    assert [m.name for m in find_actors(article).mentions] == names


def test_a_country_inside_a_company_name_is_not_the_country() -> None:
    article = pc.parse_article(
        "Code news\n\nSigners include Brightwater Canada Ltd. and Canada's regulator.\n",
        source="company.txt",
    )
    names = [m.name for m in find_actors(article).mentions]
    assert "Brightwater Canada" in names
    assert names.count("Canada") == 1


@given(
    st.lists(
        st.sampled_from(["Kenya", " ", "\n", "São", "iPhone", ",", "-", "_", "\u00a0", "’s", "EU"]),
        max_size=40,
    ).map("".join)
)
def test_tokens_do_not_depend_on_where_the_tokenizer_cuts_its_blocks(text: str) -> None:
    whole = _actor_tokens._tokenize(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_actor_tokens, "_BLOCK", 3)  # cut at the first space after every third character
        assert _actor_tokens._tokenize(text) == whole


def test_people_by_post_nominal_letters_and_lower_case_name_parts() -> None:
    import policycorpus as pc
    from policycorpus.extract._actors import find_actors

    text = (
        "Water pact\n\nOn 15 October Ann Lowry MP, Parliamentary Under Secretary for Water, and "
        "Dr Lam Siu-por, Secretary for Works, signed a memorandum.\n"
    )
    article = pc.parse_article(text, source="p.txt")
    people = [m.name for m in find_actors(article).mentions if m.kind is pc.ActorKind.PERSON]
    assert people == ["Ann Lowry", "Lam Siu-por"]


def test_twitter_and_x_are_named_as_the_page_names_them() -> None:
    assert names("Twitter signed the code in 2018.") == ["Twitter"]
    assert names("In 2024 X Corp. left the code.") == ["X"]


def test_a_place_followed_by_police_is_its_police_force() -> None:
    assert names("Victoria Police and the regulator signed the memorandum.") == ["Victoria Police"]
    assert names("The New Zealand Police Service joined the taskforce.") == [
        "New Zealand Police Service"
    ]
    assert names("Police in Chile signed it.") == ["Chile"]


def test_a_family_name_written_first_is_the_same_person_later() -> None:
    text = (
        "Commerce Secretary Gary Locke met Korea's Minister of Knowledge Economy Lee Youn Ho. "
        "After the meeting, Secretary Locke and Minister Lee signed a memorandum."
    )
    assert [m.name for m in find_actors(text).mentions if m.kind is ActorKind.PERSON] == [
        "Gary Locke",
        "Lee Youn Ho",
        "Gary Locke",
        "Lee Youn Ho",
    ]


def test_a_region_after_a_title_is_a_remit_and_hyphenated_first_names_stay_whole() -> None:
    from policycorpus.extract._actors import find_actors

    found = find_actors("Anne-Marie Lowe, CEO Europe, said the firm had signed.")
    assert list(found.people) == ["Anne-Marie Lowe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head after a known company makes a longer name of its own; a charity's head
        # makes it a charity
        ("BYD Auto signed the pledge.", [("BYD Auto", "company")]),
        ("Bloomberg Philanthropies gave $5m.", [("Bloomberg Philanthropies", "ngo")]),
        # the legal form after a comma belongs to the name
        ("ABB, Inc. signed the pledge.", [("ABB", "company")]),
        # companies beyond the technology sector
        (
            "Unilever and Nestlé signed the plastics pledge.",
            [("Unilever", "company"), ("Nestlé", "company")],
        ),
        # a surname that is also a company's short name needs a list or the full name
        ("Gerald Ford signed the bill.", []),
        ("Ford and Toyota signed the pledge.", [("Ford", "company"), ("Toyota", "company")]),
    ],
)
def test_company_names_beyond_the_gazetteer_entry(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_actors(text)
    got = [(m.name, m.kind.value) for m in found.mentions if m.kind is not ActorKind.PERSON]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Ann Lee, Prime Minister of the United Kingdom, welcomed the visitors.",
            "Ann Lee",
            "United Kingdom",
        ),
        (
            "Her Excellency, the Hon Ann Lee MP, Prime Minister of Australia, spoke.",
            "Ann Lee",
            "Australia",
        ),
        ("Dato' Sri Amir Hassan, Prime Minister of Malaysia, spoke.", "Amir Hassan", "Malaysia"),
    ],
)
def test_an_appositive_office_names_whom_a_person_represents(
    sentence: str, name: str, country: str
) -> None:
    article = Article(text="Update\n\n" + sentence)
    people = [m for m in find_actors(article).mentions if m.kind is ActorKind.PERSON]
    assert [(m.name, m.represents) for m in people] == [(name, country)]
