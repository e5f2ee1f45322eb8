"""Frictionless Data Package: frictionless validates it; broken data is caught."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import attrs
import frictionless
import orjson

import policycorpus.strategies as pcst
from policycorpus.io import read_tables, write_datapackage


def _errors(path: Path) -> list[str]:
    report = frictionless.validate(str(path / "datapackage.json"))
    return [] if report.valid else [str(e) for e in report.flatten(["type", "note"])]


def test_frictionless_validates_package(tmp_path: Path) -> None:
    docs = pcst.sample_documents(8, seed=1)
    stat = attrs.evolve(docs[0].statistics[0], value=Decimal("1.2E+6"))
    docs[0] = attrs.evolve(docs[0], statistics=(stat, *docs[0].statistics[1:]))
    assert write_datapackage(docs, tmp_path) == 8
    assert _errors(tmp_path) == []
    assert read_tables(tmp_path) == docs
    descriptor = orjson.loads((tmp_path / "datapackage.json").read_bytes())
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == {
        "articles",
        "paragraphs",
        "statistics",
        "signatories",
        "commitments",
        "quotes",
    }
    assert resources["statistics"]["schema"]["foreignKeys"] == [
        {"fields": "document_id", "reference": {"resource": "articles", "fields": "document_id"}}
    ]
    types = {f["name"]: f["type"] for f in resources["statistics"]["schema"]["fields"]}
    assert types["approx"] == "boolean"
    assert types["start"] == "integer"
    assert types["value"] == "number"


def _rewrite(path: Path, row: int, column: str, value: str) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rows[row][rows[0].index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def test_frictionless_catches_broken_foreign_key_and_enum(tmp_path: Path) -> None:
    write_datapackage(pcst.sample_documents(2, seed=2), tmp_path)
    _rewrite(tmp_path / "signatories.csv", 1, "document_id", "art_nowhere")
    _rewrite(tmp_path / "commitments.csv", 1, "modality", "hope")
    errors = " ".join(_errors(tmp_path))
    assert "foreign-key" in errors
    assert "constraint-error" in errors
