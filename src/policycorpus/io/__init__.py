"""Serialisers: JSON, JSON Lines, CSV tables, Data Package, JSON Schema and JSON-LD.

Every format goes through the one cattrs converter (:func:`make_converter`), whose
docstring states the wire decisions. Files are written atomically.
"""

from __future__ import annotations

from policycorpus.io._atomic import atomic_write
from policycorpus.io._converter import (
    RECORD_TYPES,
    Record,
    document_errors,
    make_converter,
    record_errors,
    register_migration,
    structure_document,
    structure_record,
    unstructure_document,
    unstructure_record,
)
from policycorpus.io.csv import read_tables, write_tables
from policycorpus.io.datapackage import datapackage_descriptor, write_datapackage
from policycorpus.io.json import dump, dumps, load, loads
from policycorpus.io.jsonl import JsonlWriter, read_jsonl, validate_jsonl, write_jsonl
from policycorpus.io.jsonld import to_jsonld, write_jsonld
from policycorpus.io.jsonschema import json_schema
from policycorpus.io.rosters import (
    dumps_rosters,
    loads_rosters,
    roster_datapackage_descriptor,
    unstructure_roster,
    write_roster_datapackage,
    write_roster_tables,
)

to_json = dumps
"""The JSON text of any record (alias of :func:`policycorpus.io.json.dumps`)."""
from_json = loads
"""``from_json(data, cls=Document)``: the record in a JSON text (alias of
:func:`policycorpus.io.json.loads`)."""

__all__ = [
    "RECORD_TYPES",
    "JsonlWriter",
    "Record",
    "atomic_write",
    "datapackage_descriptor",
    "document_errors",
    "dump",
    "dumps",
    "dumps_rosters",
    "from_json",
    "json_schema",
    "load",
    "loads",
    "loads_rosters",
    "make_converter",
    "read_jsonl",
    "read_tables",
    "record_errors",
    "register_migration",
    "roster_datapackage_descriptor",
    "structure_document",
    "structure_record",
    "to_json",
    "to_jsonld",
    "unstructure_document",
    "unstructure_record",
    "unstructure_roster",
    "validate_jsonl",
    "write_datapackage",
    "write_jsonl",
    "write_jsonld",
    "write_roster_datapackage",
    "write_roster_tables",
    "write_tables",
]
