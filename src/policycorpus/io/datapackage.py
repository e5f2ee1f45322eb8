"""Frictionless Data Package: ``datapackage.json`` describing the CSV tidy tables.

``write_datapackage(docs, directory)`` writes the tables of
:mod:`policycorpus.io.csv` and a Data Package descriptor (Frictionless v1 /
Table Schema) with, for every column, its type (``string``, ``integer``,
``boolean``, ``number``, ``date``, ``array``), constraints (required, minimum,
enums for the kinds, patterns for partial dates and country codes), the primary key
of each table and foreign keys from every table's ``document_id`` to
``articles.document_id``. ``frictionless validate datapackage.json`` passes on it.

It is as lossless as the CSV tables: :func:`policycorpus.io.csv.read_tables` reads the
directory back. Partial dates (``2023``, ``2023-10``) are typed ``string`` with a
pattern, since Table Schema has no type for a date of varying precision.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

import orjson

from policycorpus.io._atomic import atomic_write
from policycorpus.io.csv import TABLES, write_tables
from policycorpus.model import (
    SCHEMA_VERSION,
    ActorKind,
    Bound,
    Document,
    Modality,
    ParagraphKind,
    country_codes,
)

__all__ = ["datapackage_descriptor", "write_datapackage"]

StrPath = str | os.PathLike[str]

_PARTIAL_DATE: Final = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
_TYPES: Final = {
    "string": "string",
    "text": "string",
    "integer": "integer",
    "boolean": "boolean",
    "number": "number",
    "array": "array",
}
_DESCRIPTIONS: Final = {
    "articles": "One row per Document: the article's metadata and normalised text.",
    "paragraphs": "The blocks of each article's text, in order.",
    "statistics": "Figures the articles cite, with their spans in the article text.",
    "signatories": "Parties that signed, joined or pledged, under canonical names.",
    "commitments": "Sentences in which named actors pledge, commit, agree or sign.",
    "quotes": "Direct quotations and their speakers.",
}
_CONSTRAINTS: Final[dict[str, dict[str, Any]]] = {
    "document_id": {"required": True},
    "id": {"required": True, "unique": False},
    "schema_version": {"required": True, "minimum": 1, "maximum": SCHEMA_VERSION},
    "index": {"required": True, "minimum": 0},
    "start": {"required": True, "minimum": 0},
    "end": {"required": True, "minimum": 0},
    "published": {"pattern": _PARTIAL_DATE},
    "date": {"pattern": _PARTIAL_DATE},
    "bound": {"enum": [m.value for m in Bound]},
    "modality": {"required": True, "enum": [m.value for m in Modality]},
    "value": {"required": True},
    "name": {"required": True},
    "action": {"required": True},
    "actors": {"required": True},
    "approx": {"required": True},
}
_KIND_ENUMS: Final = {
    "signatories": [m.value for m in ActorKind],
    "paragraphs": [m.value for m in ParagraphKind],
}
_PRIMARY_KEYS: Final = {
    "articles": ["document_id"],
    "paragraphs": ["document_id", "index"],
    "statistics": ["document_id", "id"],
    "signatories": ["document_id", "id"],
    "commitments": ["document_id", "id"],
    "quotes": ["document_id", "id"],
}


def _field(table: str, name: str, kind: str) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": _TYPES[kind]}
    if name == "retrieved":
        field["type"] = "date"
    if kind == "boolean":
        field["trueValues"] = ["true"]
        field["falseValues"] = ["false"]
    if kind == "number":
        field["description"] = "Exact decimal, as written (for example 1200, 0.5, 1.2E+6)."
    constraints = dict(_CONSTRAINTS.get(name, {}))
    constraints.pop("unique", None)
    if name == "country":
        constraints["enum"] = sorted(country_codes())
    if name == "kind":
        constraints = {"required": table == "signatories", "enum": _KIND_ENUMS[table]}
    if name == "text" and table != "articles":
        constraints["required"] = True
    if constraints:
        field["constraints"] = constraints
    return field


def datapackage_descriptor(name: str = "policycorpus") -> dict[str, Any]:
    """The ``datapackage.json`` descriptor for the CSV tables (no data)."""
    resources = []
    for table, columns in TABLES.items():
        schema: dict[str, Any] = {
            "fields": [_field(table, c.name, c.kind) for c in columns],
            "primaryKey": _PRIMARY_KEYS[table],
            "missingValues": [""],
        }
        if table != "articles":
            schema["foreignKeys"] = [
                {
                    "fields": "document_id",
                    "reference": {"resource": "articles", "fields": "document_id"},
                }
            ]
        resources.append(
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "description": _DESCRIPTIONS[table],
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "doubleQuote": True, "header": True},
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": name,
        "title": "policycorpus extraction",
        "description": (
            "Statistics, signatories, commitments and quotes extracted from news and "
            f"official texts by policycorpus (schema version {SCHEMA_VERSION})."
        ),
        "resources": resources,
    }


def write_datapackage(
    docs: Iterable[Document], directory: StrPath, *, name: str = "policycorpus"
) -> int:
    """Write the CSV tables and ``datapackage.json`` into ``directory``.

    Returns the number of Documents written. ``name`` is the package name
    (lower-case letters, digits, ``-``, ``_``, ``.``).
    """
    root = Path(directory)
    count = write_tables(docs, root)
    with atomic_write(root / "datapackage.json", "wb") as handle:
        handle.write(orjson.dumps(datapackage_descriptor(name), option=orjson.OPT_INDENT_2))
        handle.write(b"\n")
    return count
