"""The msgspec fast path (io/_wire.py) accepts exactly what the converter accepts.

Loading tries msgspec first and falls back to the converter on anything it refuses,
so the fast path must never accept input the converter rejects, and must build equal
records when both accept. These tests mutate valid records one value, key or item at a
time and compare the two paths.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policycorpus as pc
import policycorpus.strategies as pcst
from policycorpus.errors import LoadError
from policycorpus.io import structure_record, unstructure_record
from policycorpus.io._wire import WireError, wire_decoder
from policycorpus.io.json import dumps_bytes

RECORDS: tuple[type[Any], ...] = (
    pc.Document,
    pc.Article,
    pc.Statistic,
    pc.Signatory,
    pc.Commitment,
    pc.Quote,
)

TRICKY: tuple[Any, ...] = (
    None,
    "",
    " ",
    "\u00a0\t",
    "x",
    "GB",
    "ZZ",
    "gb",
    "NaN",
    "Infinity",
    "1_000",
    " 5",
    "5 ",
    "1e5",
    "-0.5",
    "2023",
    "2023-13",
    "2024-02-30",
    "2024-02-29",
    "2024-2-9",
    "2024-01-05\n",
    "min",
    "MIN",
    "government",
    0,
    -1,
    1,
    2,
    1.0,
    12.5,
    2**70,
    -(2**70),
    True,
    False,
    [],
    [1, 2],
    [[0, 0]],
    [[0, -1]],
    [[1, 0], [0, 1]],
    ["x"],
    [" "],
    {},
    {"start": 0, "end": 0},
    {"start": 3, "end": 1},
    {"start": -1, "end": 2},
)


def _slow(data: bytes, cl: type[Any]) -> Any:
    """The converter alone (the reference path)."""
    return structure_record(orjson.loads(data), cl)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.extend(_paths(item, (*prefix, i)))
    return out


def _mutate(data: Any, path: tuple[Any, ...], how: str, new: Any) -> Any:
    data = copy.deepcopy(data)
    if not path:
        return new if how == "replace" else data
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace":
        parent[last] = new
    elif how == "delete":
        del parent[last]
    elif how == "extra" and isinstance(parent, dict):
        parent["extra_key"] = new
    elif how == "extra" and isinstance(parent, list):
        parent.append(new)
    return data


@pytest.fixture(scope="module")
def sample() -> list[pc.Document]:
    return pcst.sample_documents(12, seed=11)


def test_fast_path_builds_the_same_records(sample: list[pc.Document]) -> None:
    for doc in sample:
        pairs: tuple[tuple[type[Any], Any], ...] = (
            (pc.Document, doc),
            (pc.Article, doc.article),
            *((pc.Statistic, s) for s in doc.statistics),
            *((pc.Signatory, s) for s in doc.signatories),
            *((pc.Commitment, c) for c in doc.commitments),
            *((pc.Quote, q) for q in doc.quotes),
        )
        for cl, record in pairs:
            data = orjson.dumps(unstructure_record(record))
            built = wire_decoder(cl)(data)
            assert built == record
            assert type(built) is cl
            assert wire_decoder(cl)(data.decode("utf-8")) == record


@given(st.data())
def test_every_generated_record_takes_the_fast_path(data: st.DataObject) -> None:
    cl = data.draw(st.sampled_from(RECORDS))
    record = data.draw(st.from_type(cl))
    assert wire_decoder(cl)(pc.to_json(record)) == record
    # the writers leave enums and tuples to orjson: the same bytes as the plain dicts
    assert dumps_bytes(record) == orjson.dumps(unstructure_record(record))


@settings(max_examples=400)
@given(st.data())
def test_fast_path_never_accepts_what_the_converter_rejects(
    sample: list[pc.Document], data: st.DataObject
) -> None:
    doc = sample[data.draw(st.integers(0, len(sample) - 1))]
    cl = RECORDS[data.draw(st.integers(0, len(RECORDS) - 1))]
    record: Any = {
        pc.Document: doc,
        pc.Article: doc.article,
        pc.Statistic: doc.statistics[0] if doc.statistics else doc,
        pc.Signatory: doc.signatories[0] if doc.signatories else doc,
        pc.Commitment: doc.commitments[0] if doc.commitments else doc,
        pc.Quote: doc.quotes[0] if doc.quotes else doc,
    }[cl]
    cl = type(record)
    wire = unstructure_record(record)
    paths = _paths(wire)
    path = paths[data.draw(st.integers(0, len(paths) - 1))]
    how = ("replace", "replace", "delete", "extra")[data.draw(st.integers(0, 3))]
    new = TRICKY[data.draw(st.integers(0, len(TRICKY) - 1))]
    mutated = json.dumps(_mutate(wire, path, how, new)).encode("utf-8")
    try:
        expected = _slow(mutated, cl)
    except LoadError:
        with pytest.raises(Exception):  # noqa: B017, PT011 - any refusal sends it to the converter
            wire_decoder(cl)(mutated)
        return
    try:
        fast = wire_decoder(cl)(mutated)
    except Exception:  # refusing valid input is allowed: the converter loads it
        return
    assert fast == expected


def test_loading_falls_back_with_the_same_errors(sample: list[pc.Document]) -> None:
    wire = unstructure_record(sample[0])
    wire["statistics"][0]["span"]["end"] = -3
    with pytest.raises(LoadError) as raised:
        pc.from_json(orjson.dumps(wire))
    assert raised.value.path == "statistics[0].span.end"
    # an older schema version is not the fast path's; the converter migrates it
    assert pc.from_json(pc.to_json(sample[1])) == sample[1]


def test_an_unknown_validator_stops_the_wire_form() -> None:
    @attrs.frozen
    class Odd:
        name: str = attrs.field(validator=lambda *_: None)

    with pytest.raises(TypeError, match="no wire form"):
        wire_decoder(Odd)


def test_whitespace_text_is_refused_by_the_fast_path(sample: list[pc.Document]) -> None:
    wire = unstructure_record(sample[0].article)
    wire["id"] = " \u2003 "
    with pytest.raises(WireError):
        wire_decoder(pc.Article)(orjson.dumps(wire))
