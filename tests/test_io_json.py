"""JSON: round trips, the wire form, strict loading and errors with field paths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policycorpus.strategies as pcst
from policycorpus.errors import LoadError, SchemaVersionError, ValidationError
from policycorpus.io import _converter as converter_module
from policycorpus.io import (
    document_errors,
    dump,
    dumps,
    from_json,
    load,
    loads,
    make_converter,
    register_migration,
    to_json,
)
from policycorpus.io._fast import passthrough_fields
from policycorpus.model import (
    SCHEMA_VERSION,
    ActorKind,
    Article,
    Bound,
    Commitment,
    Document,
    Modality,
    OffsetMap,
    Paragraph,
    ParagraphKind,
    PartialDate,
    Quote,
    Signatory,
    Span,
    Statistic,
)

TEXT = (
    "Ministers pledge new funding\n\n"
    "The UK and France pledged on Monday to fund 1,200 new places. "
    "“We will act quickly,” said Amelia Hart."
)


def make_doc() -> Document:
    article = Article(
        TEXT,
        title="Ministers pledge new funding",
        published=PartialDate(2023, 10),
        authors=("Jane Whitfield",),
        publisher="Policy Wire",
        source="https://news.example.org/1",
        language="en",
        paragraphs=(
            Paragraph(Span(0, 28), ParagraphKind.HEADING),
            Paragraph(Span(30, len(TEXT))),
        ),
        retrieved=dt.date(2025, 1, 2),
        offsets=OffsetMap(((0, 0), (30, 34))),
    )
    start = TEXT.index("1,200")
    sentence = TEXT.index("The UK")
    end = TEXT.index("places.") + len("places.")
    quote = TEXT.index("We will")
    return Document(
        article,
        statistics=(
            Statistic(
                Decimal("1200"),
                "1,200 new places",
                Span(start, start + 16),
                unit="places",
                bound=Bound.MIN,
            ),
        ),
        signatories=(
            Signatory(
                "United Kingdom",
                ActorKind.GOVERNMENT,
                "UK",
                Span(sentence + 4, sentence + 6),
                country="GB",
            ),
        ),
        commitments=(
            Commitment(
                ("United Kingdom", "France"),
                "fund 1,200 new places",
                Modality.PLEDGE,
                TEXT[sentence:end],
                Span(sentence, end),
                date=PartialDate(2023, 10, 30),
                date_rule="weekday-before-anchor",
            ),
        ),
        quotes=(Quote("We will act quickly", Span(quote, quote + 19), speaker="Amelia Hart"),),
    )


def wire() -> dict[str, Any]:
    return orjson.loads(dumps(make_doc()))  # type: ignore[no-any-return]


def test_wire_form_is_the_data_contract() -> None:
    data = wire()
    assert data["schema_version"] == SCHEMA_VERSION
    article = data["article"]
    assert article["published"] == "2023-10"
    assert article["retrieved"] == "2025-01-02"
    assert article["authors"] == ["Jane Whitfield"]
    assert article["offsets"] == [[0, 0], [30, 34]]
    heading = {"span": {"start": 0, "end": 28}, "kind": "heading", "section": None}
    assert article["paragraphs"][0] == heading
    statistic = data["statistics"][0]
    assert statistic["value"] == "1200"
    assert statistic["bound"] == "min"
    assert statistic["span"] == {"start": TEXT.index("1,200"), "end": TEXT.index("1,200") + 16}
    assert data["signatories"][0]["kind"] == "government"
    assert data["commitments"][0]["modality"] == "pledge"
    assert data["commitments"][0]["date"] == "2023-10-30"
    assert data["commitments"][0]["actors"] == ["United Kingdom", "France"]
    assert data["quotes"][0]["speaker"] == "Amelia Hart"
    assert set(data) == {
        "schema_version",
        "article",
        "statistics",
        "signatories",
        "commitments",
        "quotes",
    }


def test_round_trip_by_hand() -> None:
    doc = make_doc()
    assert loads(dumps(doc)) == doc
    assert from_json(to_json(doc, indent=True)) == doc
    assert loads(dumps(doc).encode()) == doc


def test_decimal_kept_exactly() -> None:
    for text in ("1.20", "1E+6", "-0.5", "0.000001", "123456789012345678901234567890.5"):
        data = wire()
        data["statistics"][0]["value"] = text
        doc = loads(orjson.dumps(data))
        assert str(doc.statistics[0].value) == text
        assert orjson.loads(dumps(doc))["statistics"][0]["value"] == text


@pytest.mark.parametrize(
    ("number", "expected"), [(12, Decimal(12)), (12.5, Decimal("12.5")), (0.1, Decimal("0.1"))]
)
def test_decimal_accepts_json_numbers(number: float, expected: Decimal) -> None:
    data = wire()
    data["statistics"][0]["value"] = number
    assert loads(orjson.dumps(data)).statistics[0].value == expected


@given(pcst.documents())
def test_json_round_trip(doc: Document) -> None:
    assert loads(dumps(doc)) == doc


@given(st.from_type(Document))
def test_converter_round_trip_from_type(doc: Document) -> None:
    converter = make_converter()
    assert converter.structure(converter.unstructure(doc), Document) == doc


def test_dump_and_load_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    dump(make_doc(), path, indent=True)
    assert load(path) == make_doc()
    assert path.read_text(encoding="utf-8").endswith("}\n")


# -- strict loading: exact messages ------------------------------------------------------

Mutate = Callable[[dict[str, Any]], object]


def _set(path: str, value: object) -> Mutate:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return mutate


def _del(path: str) -> Mutate:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return mutate


STRICT_CASES = [
    (_set("statistics.0.approx", "no"), "statistics[0].approx: expected boolean, got string 'no'"),
    (_set("statistics.0.approx", 1), "statistics[0].approx: expected boolean, got integer 1"),
    (
        _set("statistics.0.span.end", 12.5),
        "statistics[0].span.end: expected integer, got number 12.5",
    ),
    (
        _set("statistics.0.span.start", True),
        "statistics[0].span.start: expected integer, got boolean True",
    ),
    (_set("statistics.0.unit", 5), "statistics[0].unit: expected string, got integer 5"),
    (_set("article.authors", "Jane"), "article.authors: expected array, got string 'Jane'"),
    (_set("article.authors", ["Jane", 7]), "article.authors[1]: expected string, got integer 7"),
    (
        _set("statistics.0.value", True),
        "statistics[0].value: expected a decimal number (string or number), got boolean True",
    ),
    (
        _set("statistics.0.value", "1_200"),
        "statistics[0].value: expected a decimal number as a string, got '1_200'",
    ),
    (
        _set("statistics.0.value", "NaN"),
        "statistics[0].value: expected a decimal number as a string, got 'NaN'",
    ),
    (
        _set("statistics.0.bound", "minimum"),
        "statistics[0].bound: expected one of 'min', 'max', got 'minimum'",
    ),
    (
        _set("signatories.0.kind", 3),
        "signatories[0].kind: expected string, one of 'government', 'company', 'ngo', "
        "'agency', 'intergovernmental', 'person', 'other', got integer 3",
    ),
    (
        _set("article.published", "2023-02-30"),
        "article.published: day is out of range for month",
    ),
    (
        _set("article.published", "30 Oct 2023"),
        "article.published: expected YYYY, YYYY-MM or YYYY-MM-DD, got '30 Oct 2023'",
    ),
    (
        _set("article.published", 2023),
        "article.published: expected string (YYYY, YYYY-MM or YYYY-MM-DD), got integer 2023",
    ),
    (
        _set("article.retrieved", "2025-01"),
        "article.retrieved: expected a date as YYYY-MM-DD, got '2025-01'",
    ),
    (
        _set("article.offsets", [[0, 0], [0, 5]]),
        "article.offsets[1]: anchors must increase",
    ),
    (
        _set("article.offsets", {"anchors": []}),
        "article.offsets: expected array of [text offset, raw offset] pairs, "
        "got object {'anchors': []}",
    ),
    (_set("article.publised", "2023"), "article.publised: unknown field"),
    (_set("statistics.0.colour", "red"), "statistics[0].colour: unknown field"),
    (_del("signatories.0.name"), "signatories[0].name: required field missing"),
    (_set("statistics", {}), "statistics: expected array, got object {}"),
    (
        _set("signatories.0.country", "gb"),
        "signatories[0].country: expected an ISO 3166-1 alpha-2 code such as 'GB', got 'gb'",
    ),
    (_set("quotes.0.speaker", " "), "quotes[0].speaker: must not be empty"),
    (
        _set("statistics.0.span.end", 2),
        f"statistics[0].span.end: must not be before start ({TEXT.index('1,200')}), got 2",
    ),
    (
        _set("statistics.0.text", "1,201 new places"),
        f"statistics[0].text: '1,201 new places' is not the article text at "
        f"{TEXT.index('1,200')}:{TEXT.index('1,200') + 16} ('1,200 new places')",
    ),
    (
        _set("quotes.0.span.end", 9999),
        f"quotes[0].span: ends at 9999, past the end of the article text ({len(TEXT)})",
    ),
    (_del("schema_version"), "schema_version: required field missing"),
    (_set("schema_version", "1"), "schema_version: expected integer, got string '1'"),
    (_set("schema_version", True), "schema_version: expected integer, got boolean True"),
]


@pytest.mark.parametrize(("mutate", "message"), STRICT_CASES)
def test_strict_loading_rejects_with_exact_message(mutate: Mutate, message: str) -> None:
    data = wire()
    mutate(data)
    with pytest.raises(LoadError) as info:
        loads(orjson.dumps(data), source="doc.json")
    assert str(info.value) == f"doc.json, {message}"
    assert info.value.source == "doc.json"
    assert info.value.path == message.split(":")[0]


def test_malformed_json_names_line() -> None:
    with pytest.raises(LoadError) as info:
        loads('{\n  "schema_version": 1,\n  oops\n}', source="bad.json")
    assert str(info.value) == (
        "bad.json, line 3: invalid JSON at column 3: unexpected character, expected a string key"
    )
    assert info.value.line == 3


def test_top_level_must_be_an_object() -> None:
    with pytest.raises(LoadError, match=r"^expected object, got array \[1, 2\]$"):
        loads("[1, 2]")


def test_load_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    with pytest.raises(LoadError, match="cannot read: No such file or directory"):
        load(path)


def test_document_errors_lists_every_problem() -> None:
    data = wire()
    data["statistics"][0]["approx"] = "no"
    data["article"]["authors"] = "Jane"
    data["quotes"][0]["speaker"] = 3
    messages = sorted(str(e) for e in document_errors(data, source="f", line=4))
    assert messages == [
        "f, line 4, article.authors: expected array, got string 'Jane'",
        "f, line 4, quotes[0].speaker: expected string, got integer 3",
        "f, line 4, statistics[0].approx: expected boolean, got string 'no'",
    ]
    assert document_errors(wire()) == []


# -- schema versions ---------------------------------------------------------------------


def test_newer_schema_version_is_a_clear_error() -> None:
    data = wire()
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(SchemaVersionError) as info:
        loads(orjson.dumps(data), source="new.json")
    assert str(info.value) == (
        f"new.json, schema_version: written with schema version {SCHEMA_VERSION + 1}, "
        f"newer than this policycorpus reads ({SCHEMA_VERSION}); upgrade policycorpus"
    )


def test_older_schema_version_goes_through_migrations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(converter_module, "_MIGRATIONS", {1: converter_module._MIGRATIONS[1]})
    data = wire()
    data["schema_version"] = 0
    data["article"]["headline"] = data["article"].pop("title")
    with pytest.raises(LoadError, match="no migration from schema version 0 to 1"):
        loads(orjson.dumps(data))

    @register_migration(0)
    def rename_headline(old: dict[str, Any]) -> dict[str, Any]:
        article = dict(old["article"])
        article["title"] = article.pop("headline")
        return {**old, "article": article}

    assert loads(orjson.dumps(data)) == make_doc()
    assert data["schema_version"] == 0  # the caller's data is not modified


def test_lenient_converter_ignores_unknown_keys() -> None:
    data = wire()
    data["article"]["extra"] = 1
    lenient = make_converter(forbid_extra_keys=False)
    assert lenient.structure(data, Document) == make_doc()


@st.composite
def json_values(draw: st.DrawFn) -> object:
    text = st.text(st.characters(exclude_categories=["Cs"]))  # orjson refuses lone surrogates
    leaves = (
        st.none()
        | st.booleans()
        | st.integers(-(2**63), 2**63 - 1)
        | st.floats(allow_nan=False, allow_infinity=False)
        | text
    )
    return draw(
        st.recursive(
            leaves,
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
            max_leaves=10,
        )
    )


def _leaf_paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaf_paths(v, (*prefix, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaf_paths(v, (*prefix, i))] or [prefix]
    return [prefix]


@given(st.data(), json_values())
def test_any_corruption_loads_or_raises_load_error(data: st.DataObject, value: object) -> None:
    """Replacing any field of a valid document never crashes: a Document or LoadError."""
    wire_form = wire()
    path = data.draw(st.sampled_from(_leaf_paths(wire_form)))
    target: Any = wire_form
    for part in path[:-1]:
        target = target[part]
    if path:
        target[path[-1]] = value
    errors = document_errors(wire_form)
    if errors:
        with pytest.raises(LoadError) as info:
            loads(orjson.dumps(wire_form))
        assert str(info.value) == str(errors[0])
        assert info.value.path is not None or not path
    else:
        assert isinstance(loads(orjson.dumps(wire_form)), Document)


@given(json_values())
def test_arbitrary_json_never_crashes(value: object) -> None:
    with pytest.raises(LoadError):
        loads(orjson.dumps(value))


@pytest.mark.parametrize(
    "record",
    [
        make_doc().article,
        make_doc().article.paragraphs[0],
        *make_doc().statistics,
        *make_doc().signatories,
        *make_doc().commitments,
        make_doc().quotes[0],
        Span(1, 2),
    ],
    ids=lambda r: type(r).__name__,
)
def test_fast_path_trusts_only_strict_validators(record: Any) -> None:
    """Fields the fast path passes through unconverted must reject any other JSON type."""
    for name in passthrough_fields(type(record)):
        current = getattr(record, name)
        wrongs: tuple[object, ...] = (12.5, [], {}, "x", 7, True)
        for wrong in wrongs:
            if type(wrong) is type(current) or (current is None and isinstance(wrong, str)):
                continue
            with pytest.raises(ValidationError):
                attrs.evolve(record, **{name: wrong})


@given(pcst.documents())
def test_fast_and_detailed_converters_agree(doc: Document) -> None:
    data = orjson.loads(dumps(doc))
    fast = make_converter().structure(data, Document)
    detailed = make_converter(detailed_validation=True).structure(data, Document)
    assert fast == detailed == doc


def test_missing_optional_fields_take_defaults() -> None:
    """Hand-written JSON may leave out optional fields (the detailed path handles it)."""
    data = wire()
    for key in ("publisher", "language", "paragraphs", "retrieved", "offsets", "id"):
        del data["article"][key]
    del data["statistics"][0]["approx"]
    del data["quotes"]
    doc = loads(orjson.dumps(data))
    expected = make_doc()
    assert (
        doc.article.id
        == attrs.evolve(
            expected.article,
            publisher=None,
            language=None,
            paragraphs=(),
            retrieved=None,
            offsets=None,
        ).id
    )
    assert doc.statistics == expected.statistics
    assert doc.quotes == ()


def test_python_made_values_are_accepted() -> None:
    """Tuples for arrays and enum members for values (data built in Python, not JSON)."""
    converter = make_converter()
    data = converter.unstructure(make_doc())
    data["article"]["authors"] = tuple(data["article"]["authors"])
    data["signatories"][0]["kind"] = ActorKind.GOVERNMENT
    assert converter.structure(data, Document) == make_doc()


def _v1(text: str, stats: list[tuple[str, int, int, str | None]]) -> dict[str, Any]:
    """A schema-version-1 Document dict: statistics as (value, start, end, unit)."""
    return {
        "schema_version": 1,
        "article": {"text": text},
        "statistics": [
            {
                "value": value,
                "text": text[start:end],
                "span": {"start": start, "end": end},
                "unit": unit,
                "bound": None,
            }
            for value, start, end, unit in stats
        ],
    }


def test_version_1_ranges_are_linked_and_bounded_on_loading() -> None:
    text = "Between 40 and 60 schools and 10-20% of staff took part."
    doc = loads(
        orjson.dumps(
            _v1(
                text,
                [
                    ("40", 8, 10, "schools"),
                    ("60", 15, 25, "schools"),
                    ("10", 30, 32, "percent"),
                    ("20", 33, 36, "percent"),
                ],
            )
        )
    )
    assert doc.schema_version == SCHEMA_VERSION
    bounds = [s.bound.value if s.bound else None for s in doc.statistics]
    assert bounds == ["min", "max", "min", "max"]
    ids = [s.range_id for s in doc.statistics]
    assert ids[0] == ids[1] != ids[2] == ids[3]
    assert ids[0] is not None


@pytest.mark.parametrize(
    ("text", "stats"),
    [
        (
            "Use rose from 39% to 55% last year.",
            [("39", 14, 17, "percent"), ("55", 21, 24, "percent")],
        ),
        (
            "It funded 40 schools and 60 clinics.",
            [("40", 10, 20, "schools"), ("60", 25, 35, "clinics")],
        ),
        ("Bids fell 60-40 in the vote.", [("60", 10, 12, None), ("40", 13, 15, None)]),
    ],
)
def test_version_1_figures_that_are_not_ranges_stay_unlinked(
    text: str, stats: list[tuple[str, int, int, str | None]]
) -> None:
    doc = loads(orjson.dumps(_v1(text, stats)))
    assert [(s.bound, s.range_id) for s in doc.statistics] == [(None, None), (None, None)]
