"""The JSON Schema and the loader accept exactly the same values, field by field.

Both take their constraints from one place (each field's validator states its JSON
Schema keywords, policycorpus.model.Constraint), so a value the loader refuses is one
the schema refuses, and the other way round. Checks that relate two fields (a span's
end and start, a span slicing to its text) are beyond JSON Schema and not tested here.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policycorpus.strategies as pcst
from policycorpus.errors import LoadError
from policycorpus.io import from_json, json_schema, to_json
from policycorpus.model import Document, PartialDate, country_codes

VALIDATOR = jsonschema.Draft202012Validator(json_schema())
BASE: dict[str, Any] = orjson.loads(to_json(pcst.sample_documents(1, seed=7)[0]))

Path = tuple[str | int, ...]

_near_text = st.text(alphabet=" \t\nab", max_size=3)
_junk = st.one_of(st.none(), st.booleans(), st.integers(-2, 2), st.floats(-2, 2), _near_text)
_date_like = st.one_of(
    st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z"),
    st.dates().map(lambda d: d.isoformat()),
    st.from_regex(r"\A[0-9]{1,5}(-[0-9]{1,3}){0,3}\Z"),
    _junk,
)
_country = st.one_of(
    st.sampled_from(sorted(country_codes())),
    st.from_regex(r"\A[A-Za-z]{2,3}\Z"),
    _junk,
)
_decimal = st.one_of(
    st.from_regex(r"\A-?[0-9_ .eE+]{1,6}\Z"),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    _junk,
)
_names = st.one_of(st.lists(_near_text | st.integers(0, 3), max_size=3), _junk)
_offset = st.one_of(st.integers(-3, 3), _junk)

FIELDS: list[tuple[Path, st.SearchStrategy[Any]]] = [
    (("article", "title"), _near_text | _junk),
    (("article", "publisher"), _near_text | _junk),
    (("article", "language"), _near_text | _junk),
    (("article", "id"), _near_text | _junk),
    (("article", "published"), _date_like),
    (("article", "retrieved"), _date_like),
    (("article", "authors"), _names),
    # one pair: that anchors increase relates two items, beyond JSON Schema
    (("article", "offsets"), st.lists(st.lists(_offset, max_size=3), max_size=1) | _junk),
    (("statistics", 0, "value"), _decimal),
    (("statistics", 0, "unit"), _near_text | _junk),
    (("statistics", 0, "approx"), _junk),
    (("statistics", 0, "bound"), st.sampled_from(["min", "max", "MIN", "above"]) | _junk),
    (("statistics", 0, "span", "start"), _offset),
    (("signatories", 0, "name"), _near_text | _junk),
    (("signatories", 0, "kind"), st.sampled_from(["government", "company", "Company"]) | _junk),
    (("signatories", 0, "country"), _country),
    (("commitments", 0, "actors"), _names),
    (("commitments", 0, "date"), _date_like),
    (("commitments", 0, "modality"), st.sampled_from(["pledge", "commit", "vow!"]) | _junk),
    (("quotes", 0, "speaker"), _near_text | _junk),
    (("schema_version",), _junk),
]


def _with(path: Path, value: object) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


def _loads(data: dict[str, Any]) -> bool:
    try:
        from_json(orjson.dumps(data))
    except LoadError:
        return False
    return True


def test_the_base_document_is_valid_for_both() -> None:
    assert _loads(BASE)
    assert VALIDATOR.is_valid(BASE)


@given(st.data())
def test_schema_and_loader_accept_the_same_values(data: st.DataObject) -> None:
    path, values = data.draw(st.sampled_from(FIELDS), label="field")
    value = data.draw(values, label="value")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if path[-1] == "start" and number and float(value).is_integer():
        value = -1 - abs(value)  # a valid offset would break the span's text (cross-field)
    document = _with(path, value)
    assert _loads(document) == VALIDATOR.is_valid(document), (path, value)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("signatories", 0, "country"), "gb"),
        (("signatories", 0, "country"), "XX"),
        (("signatories", 0, "country"), "UK"),
        (("article", "published"), "2023-02-30"),
        (("article", "published"), "2023-04-31"),
        (("article", "published"), "1900-02-29"),
        (("article", "published"), "0000"),
        (("article", "retrieved"), "2023-13-01"),
    ],
)
def test_both_reject(path: Path, value: str) -> None:
    document = _with(path, value)
    assert not _loads(document)
    assert not VALIDATOR.is_valid(document)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("signatories", 0, "country"), "GB"),
        (("signatories", 0, "country"), "XK"),
        (("article", "published"), "2024-02-29"),
        (("article", "published"), "2000-02-29"),
        (("article", "published"), "0001-01"),
    ],
)
def test_both_accept(path: Path, value: str) -> None:
    document = _with(path, value)
    assert _loads(document)
    assert VALIDATOR.is_valid(document)


@given(st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z"))
def test_the_date_pattern_is_the_parser(text: str) -> None:
    try:
        PartialDate.fromisoformat(text)
    except ValueError:
        parsed = False
    else:
        parsed = True
    assert parsed == VALIDATOR.is_valid(_with(("article", "published"), text))


def test_document_is_the_default_record() -> None:
    assert isinstance(from_json(orjson.dumps(BASE)), Document)
