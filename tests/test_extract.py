"""extract(): the registry, shared context, routing of records, user gazetteers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import policycorpus as pc
from policycorpus.extract import (
    ExtractionContext,
    Record,
    _registry,
    default_gazetteer,
    extract,
    register_extractor,
    registered_extractors,
    unregister_extractor,
)
from policycorpus.model import ActorKind, Article, Document, Signatory, Span

TEXT = (
    "Leaders pledge joint action on online safety\n"
    "The UK and France signed a statement on Monday. "
    '"We will act together," said Home Secretary Jane Holloway.'
)


@pytest.fixture
def clean_registry() -> Iterator[None]:
    saved = dict(_registry._REGISTRY)
    yield
    _registry._REGISTRY.clear()
    _registry._REGISTRY.update(saved)


def test_extract_builds_a_document_with_quotes() -> None:
    doc = extract(Article(text=TEXT))
    assert isinstance(doc, Document)
    assert [(q.text, q.speaker) for q in doc.quotes] == [("We will act together", "Jane Holloway")]


def test_builtin_extractors_are_registered() -> None:
    names = set(registered_extractors())
    assert {"statistics", "signatories", "commitments", "quotes"} <= names


def test_registry_snapshot_is_read_only() -> None:
    snapshot = registered_extractors()
    with pytest.raises(TypeError):
        snapshot["x"] = snapshot["quotes"]  # type: ignore[index]


def _countries(article: Article, context: ExtractionContext) -> Iterable[Record]:
    for m in context.actors.mentions:
        if m.kind is ActorKind.GOVERNMENT:
            yield Signatory(
                name=m.name,
                kind=m.kind,
                text=article.text[m.start : m.end],
                span=Span(m.start, m.end),
                country=m.country,
            )


def test_user_extractor_is_added_and_routed(clean_registry: None) -> None:
    unregister_extractor("signatories")
    register_extractor("countries", _countries)
    doc = extract(Article(text=TEXT))
    assert [s.name for s in doc.signatories] == ["United Kingdom", "France"]
    unregister_extractor("countries")
    assert extract(Article(text=TEXT)).signatories == ()


def test_registering_a_name_again_replaces_it(clean_registry: None) -> None:
    register_extractor("quotes", lambda article, context: ())
    assert extract(Article(text=TEXT)).quotes == ()


def test_pledge_clauses_are_resolved_once_for_both_extractors() -> None:
    seen: list[object] = []

    def spy(article: Article, context: ExtractionContext) -> Iterable[Record]:
        seen.append(context.cache.get("pledges"))
        return ()

    extractors = dict(registered_extractors())
    extractors["spy"] = spy
    doc = extract(Article(text=TEXT), extractors=extractors)
    assert seen[0] is not None  # computed by signatories/commitments before the spy ran
    assert {s.name for s in doc.signatories} >= {"United Kingdom", "France"}


def test_context_is_computed_once_and_shared() -> None:
    seen: list[ExtractionContext] = []

    def spy(article: Article, context: ExtractionContext) -> Iterable[Record]:
        seen.append(context)
        return ()

    extract(Article(text=TEXT), extractors={"a": spy, "b": spy})
    assert len(seen) == 2
    assert seen[0] is seen[1]
    assert seen[0].sentences[0].slice(TEXT) == "Leaders pledge joint action on online safety"


def test_user_gazetteer_is_used() -> None:
    gaz = default_gazetteer().copy()
    gaz.add("Holloway Review", ActorKind.OTHER)
    seen: list[str] = []

    def spy(article: Article, context: ExtractionContext) -> Iterable[Record]:
        seen.extend(m.name for m in context.actors.mentions)
        return ()

    extract(Article(text="The Holloway Review reported."), extractors={"s": spy}, gazetteer=gaz)
    assert seen == ["Holloway Review"]


def test_bad_records_and_bad_registrations_are_refused(clean_registry: None) -> None:
    with pytest.raises(TypeError, match="yielded a str"):
        extract(Article(text=TEXT), extractors={"bad": lambda a, c: ["oops"]})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="not callable"):
        register_extractor("bad", 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="needs a name"):
        register_extractor("", _countries)


@given(st.text(max_size=400))
def test_extract_never_crashes_on_arbitrary_text(text: str) -> None:
    doc = extract(Article(text=text))  # every registered extractor
    assert doc.article.text == text


_POLICY_WORDS = st.sampled_from(
    ["The", "UK", "and", "France", "pledged", "signed", "to", "fund", "1,200", "new", "posts",
     "said", "Home Secretary", "Jane Holloway", '"', "“", "”", ",", ".", ":", "\n", "(IWF)",
     "Internet Watch Foundation", "German", "governments", "will", "not", "if", "they",
     "Meta", "X", "Acme Labs Ltd", "Trust", "more than", "40%", "on Monday", "2024"]
)  # fmt: skip


@given(st.lists(_POLICY_WORDS, max_size=80))
def test_extract_never_crashes_on_policy_like_text(words: list[str]) -> None:
    text = " ".join(words)
    doc = extract(Article(text=text))
    records: list[Record] = [*doc.statistics, *doc.signatories, *doc.commitments, *doc.quotes]
    for record in records:
        assert record.text == text[record.span.start : record.span.end]


def test_extract_uses_only_the_gazetteer_it_is_given() -> None:
    """A gazetteer of two companies: no country comes from the default gazetteer,
    neither from the text nor from the publishing site ("gov.ie")."""
    gaz = pc.Gazetteer()
    gaz.add("Kestrel Analytics", "company")
    gaz.add("Norland Systems", "company")
    text = (
        "Firms sign online safety pledge\n\n"
        "Kestrel Analytics and Norland Systems signed the pledge on Monday, and Ireland "
        "and France said they would review it. The Government remains committed to the plan.\n"
    )
    article = pc.parse_article(text, source="https://www.gov.ie/en/press-release/pledge.html")
    doc = pc.extract(article, gazetteer=gaz)
    names = {s.name for s in doc.signatories}
    assert names == {"Kestrel Analytics", "Norland Systems"}
    assert all("Ireland" not in c.actors for c in doc.commitments)
    assert doc.commitments[0].actors == ("Kestrel Analytics", "Norland Systems")
    # the default gazetteer does know them, so the same call without it finds Ireland
    default = pc.extract(article)
    assert any("Ireland" in c.actors for c in default.commitments)
