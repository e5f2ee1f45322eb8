"""JSON Schema 2020-12: every JSON document the library writes validates against it."""

from __future__ import annotations

from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import given

import policycorpus.strategies as pcst
from policycorpus.io import dumps, json_schema
from policycorpus.model import Article, Commitment, Document, Quote, Signatory, Span, Statistic

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def test_schema_is_valid_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    for record in (Article, Statistic, Signatory, Commitment, Quote, Span):
        schema = json_schema(record)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["title"] == record.__name__


@given(pcst.documents())
def test_written_documents_validate(doc: Document) -> None:
    VALIDATOR.validate(orjson.loads(dumps(doc)))


def test_descriptions_come_from_field_docstrings() -> None:
    statistic = SCHEMA["$defs"]["Statistic"]
    assert statistic["properties"]["per"]["description"].startswith("The rate period")
    assert statistic["required"] == ["value", "text", "span"]
    assert SCHEMA["properties"]["schema_version"]["const"] == 2


def _wire() -> dict[str, Any]:
    return orjson.loads(dumps(pcst.sample_documents(1, seed=1)[0]))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("statistics", 0, "approx"), "no"),
        (("statistics", 0, "value"), True),
        (("statistics", 0, "span", "end"), -1),
        (("article", "authors"), "Jane"),
        (("article", "published"), "30 Oct 2023"),
        (("signatories", 0, "kind"), "govt"),
        (("signatories", 0, "name"), " "),
        (("article", "offsets"), [[0, 1, 2]]),
        (("article", "publised"), "2023"),
        (("schema_version",), 3),
    ],
)
def test_schema_rejects_what_the_loader_rejects(path: tuple[Any, ...], value: object) -> None:
    data = _wire()
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    assert not VALIDATOR.is_valid(data)


def test_unknown_record_type() -> None:
    with pytest.raises(TypeError, match="not a policycorpus record"):
        json_schema(dict)
