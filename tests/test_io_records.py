"""Every record class serialises on its own: JSON, JSON Lines, errors with field paths."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policycorpus as pc
import policycorpus.strategies as pcst
from policycorpus.io import dump, load, validate_jsonl

RECORDS: tuple[type[Any], ...] = (
    pc.Document,
    pc.Article,
    pc.Statistic,
    pc.Signatory,
    pc.Commitment,
    pc.Quote,
)


@given(st.data())
def test_every_record_round_trips_through_json(data: st.DataObject) -> None:
    cl = data.draw(st.sampled_from(RECORDS))
    record = data.draw(st.from_type(cl))
    text = pc.to_json(record)
    assert pc.from_json(text, cl) == record
    assert pc.from_json(text.encode("utf-8"), cl) == record


@given(pcst.documents())
def test_every_record_round_trips_through_json_lines(doc: pc.Document) -> None:
    buffer = io.StringIO()
    groups: list[tuple[type[Any], tuple[Any, ...]]] = [
        (pc.Statistic, doc.statistics),
        (pc.Signatory, doc.signatories),
        (pc.Commitment, doc.commitments),
        (pc.Quote, doc.quotes),
        (pc.Article, (doc.article,)),
    ]
    for cl, records in groups:
        buffer.seek(0)
        buffer.truncate()
        assert pc.write_jsonl(records, buffer) == len(records)
        buffer.seek(0)
        assert tuple(pc.read_jsonl(buffer, cl)) == records


def test_statistics_to_a_file_and_back(tmp_path: Path) -> None:
    doc = pcst.sample_documents(1, seed=2)[0]
    path = tmp_path / "figures.jsonl"
    pc.write_jsonl(doc.statistics, path)
    assert tuple(pc.read_jsonl(path, pc.Statistic)) == doc.statistics
    assert list(validate_jsonl(path, pc.Statistic)) == []
    one = tmp_path / "one.json"
    dump(doc.quotes[0], one, indent=True)
    assert load(one, pc.Quote) == doc.quotes[0]


def test_document_stays_the_default() -> None:
    doc = pcst.sample_documents(1, seed=5)[0]
    assert pc.from_json(pc.to_json(doc)) == doc


@pytest.mark.parametrize("value", [{"value": "3"}, 3, "text", None, [1, 2]])
def test_a_non_record_is_a_type_error_naming_what_is_accepted(value: object) -> None:
    with pytest.raises(TypeError, match=r"accepts a policycorpus record \(Document, Article, "):
        pc.to_json(value)  # type: ignore[arg-type]


def test_write_jsonl_of_a_non_record_leaves_no_file(tmp_path: Path) -> None:
    doc = pcst.sample_documents(1, seed=5)[0]
    path = tmp_path / "out.jsonl"
    with pytest.raises(TypeError, match=r"write_jsonl\(\) accepts a policycorpus record"):
        pc.write_jsonl([doc, {"not": "a record"}], path)  # type: ignore[list-item]
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("cls", [dict, str, pc.Span, "Statistic"])
def test_loading_as_a_non_record_class_is_a_type_error(cls: Any) -> None:
    with pytest.raises(TypeError, match=r"from_json\(\) accepts a record class \(Document, "):
        pc.from_json("{}", cls)
    with pytest.raises(TypeError, match=r"read_jsonl\(\) accepts a record class"):
        pc.read_jsonl(io.StringIO(""), cls)


def _statistic_dict() -> dict[str, Any]:
    doc = pcst.sample_documents(1, seed=1)[0]
    data: dict[str, Any] = orjson.loads(pc.to_json(doc.statistics[0]))
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"span": {"start": 5, "end": 2}}, "span.end: must not be before start (5), got 2"),
        ({"value": "1_000"}, "value: expected a decimal number as a string, got '1_000'"),
        ({"bound": "above"}, "bound: expected one of 'min', 'max', got 'above'"),
        ({"approx": "no"}, "approx: expected boolean, got string 'no'"),
        ({"colour": "red"}, "colour: unknown field"),
    ],
)
def test_a_bad_record_is_a_load_error_with_the_field_path(
    change: dict[str, Any], message: str
) -> None:
    data = _statistic_dict() | change
    with pytest.raises(pc.LoadError) as info:
        pc.from_json(orjson.dumps(data), pc.Statistic, source="figures.json")
    assert str(info.value) == f"figures.json, {message}"


def test_a_bad_line_names_file_line_and_field(tmp_path: Path) -> None:
    good = _statistic_dict()
    bad = good | {"span": {"start": 0, "end": "4"}}
    path = tmp_path / "figures.jsonl"
    path.write_bytes(orjson.dumps(good) + b"\n" + orjson.dumps(bad) + b"\n")
    with pytest.raises(pc.LoadError) as info:
        list(pc.read_jsonl(path, pc.Statistic))
    assert str(info.value) == f"{path}, line 2, span.end: expected integer, got string '4'"


def test_a_record_of_another_kind_is_a_load_error() -> None:
    doc = pcst.sample_documents(1, seed=1)[0]
    with pytest.raises(pc.LoadError, match=r"^value: required field missing$"):
        pc.from_json(pc.to_json(doc), pc.Statistic)
    with pytest.raises(pc.LoadError, match=r"^expected object, got array \[\]$"):
        pc.from_json("[]", pc.Quote)
