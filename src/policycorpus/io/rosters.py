"""Rosters on the wire: JSON, CSV tidy tables and a Data Package.

JSON follows the converter's wire decisions (:func:`~policycorpus.io.make_converter`):
a roster is an object with every field, dates ISO 8601 with their precision, enums by
value. :func:`dumps_rosters` writes a JSON array, :func:`loads_rosters` reads it back
(validated; the same records).

``write_roster_tables(rosters, directory)`` writes four tables, keyed by
``roster_id`` (the roster's ``id``):

========================  ==============================================================
``rosters.csv``           one row per statement: ``roster_id``, ``statement``, ``key``,
                          ``document``, ``aliases``, ``launched``, ``claimed``, ``named``,
                          ``unnamed``
``roster_members.csv``    one row per member: name, kind, country, since, left, and the
                          supporting ``documents`` and ``records`` (JSON arrays)
``roster_claims.csv``     one row per claimed count, with its date, document and figure
``roster_changes.csv``    one row per join or withdrawal, with its parties or count and
                          the supporting ``documents``
========================  ==============================================================

Cells use the CSV conventions of :mod:`policycorpus.io.csv` (empty for ``None``, JSON
arrays for lists, ``true``/``false``). :func:`write_roster_datapackage` adds a
``datapackage.json`` (Table Schema types, enums, primary and foreign keys) that
``frictionless validate`` accepts. The tables are for analysis; the JSON is the
lossless form.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import orjson

from policycorpus.errors import LoadError
from policycorpus.io._atomic import atomic_write
from policycorpus.io._converter import make_converter
from policycorpus.model import ActorKind, Bound, ChangeKind, DateSource, Roster

__all__ = [
    "ROSTER_TABLES",
    "dumps_rosters",
    "loads_rosters",
    "roster_datapackage_descriptor",
    "unstructure_roster",
    "write_roster_datapackage",
    "write_roster_tables",
]

StrPath = str | os.PathLike[str]

ROSTER_TABLES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "rosters": (
        ("roster_id", "string"),
        ("statement", "string"),
        ("key", "string"),
        ("document", "string"),
        ("aliases", "array"),
        ("launched", "string"),
        ("claimed", "integer"),
        ("named", "integer"),
        ("unnamed", "integer"),
    ),
    "roster_members": (
        ("roster_id", "string"),
        ("name", "string"),
        ("kind", "string"),
        ("country", "string"),
        ("since", "string"),
        ("left", "string"),
        ("documents", "array"),
        ("records", "array"),
    ),
    "roster_claims": (
        ("roster_id", "string"),
        ("statistic", "string"),
        ("count", "integer"),
        ("unit", "string"),
        ("bound", "string"),
        ("approx", "boolean"),
        ("increment", "boolean"),
        ("date", "string"),
        ("dated_by", "string"),
        ("document", "string"),
        ("source", "string"),
        ("text", "string"),
        ("sentence", "string"),
    ),
    "roster_changes": (
        ("roster_id", "string"),
        ("index", "integer"),
        ("kind", "string"),
        ("parties", "array"),
        ("count", "integer"),
        ("date", "string"),
        ("documents", "array"),
        ("texts", "array"),
    ),
}
"""Table name -> ``(column, Table Schema type)`` pairs, in file order."""

_PRIMARY_KEYS: Final = {
    "rosters": ["roster_id"],
    "roster_members": ["roster_id", "name"],
    "roster_claims": ["roster_id", "statistic"],
    "roster_changes": ["roster_id", "index"],
}
_DESCRIPTIONS: Final = {
    "rosters": "One row per statement: its name, launch date and claimed vs named counts.",
    "roster_members": "Parties reported as signing or joining each statement.",
    "roster_claims": "Figures counting each statement's parties, oldest first.",
    "roster_changes": "Joins after the launch and withdrawals, with their dates.",
}
_PARTIAL_DATE: Final = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
_ENUMS: Final[dict[tuple[str, str], list[str]]] = {
    ("roster_members", "kind"): [m.value for m in ActorKind],
    ("roster_claims", "bound"): [m.value for m in Bound],
    ("roster_claims", "dated_by"): [m.value for m in DateSource],
    ("roster_changes", "kind"): [m.value for m in ChangeKind],
}
_REQUIRED: Final = frozenset(
    ("roster_id", "statement", "key", "named", "name", "statistic", "count", "unit", "index")
)


def unstructure_roster(roster: Roster) -> dict[str, Any]:
    """The JSON-ready dict of a roster."""
    result: dict[str, Any] = make_converter().unstructure(roster, Roster)
    return result


def dumps_rosters(rosters: Iterable[Roster], *, indent: bool = True) -> str:
    """A JSON array of rosters."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps([unstructure_roster(r) for r in rosters], option=option).decode("utf-8")


def loads_rosters(data: str | bytes, *, source: str | None = None) -> tuple[Roster, ...]:
    """The rosters in a JSON array written by :func:`dumps_rosters` (validated)."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise LoadError(f"invalid JSON: {exc.msg}", source=source, line=exc.lineno) from None
    if not isinstance(value, list):
        raise LoadError("expected a JSON array of rosters", source=source)
    converter = make_converter()
    out = []
    for i, item in enumerate(value):
        try:
            out.append(converter.structure(item, Roster))
        except Exception as exc:
            raise LoadError(f"not a roster: {exc}", source=source, path=f"[{i}]") from None
    return tuple(out)


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "array":
        return orjson.dumps(value).decode("utf-8")
    return str(value)


def _rows(roster: Roster) -> Iterator[tuple[str, dict[str, Any]]]:
    data = unstructure_roster(roster)
    rid = roster.id
    yield "rosters", {**data, "roster_id": rid}
    for m in data["members"]:
        yield (
            "roster_members",
            {
                **m,
                "roster_id": rid,
                "documents": sorted({e["document"] for e in m["sources"]}),
                "records": [e["record"] for e in m["sources"] if e["record"] is not None],
            },
        )
    for c in data["claims"]:
        yield "roster_claims", {**c, "roster_id": rid}
    for i, ch in enumerate(data["changes"]):
        yield (
            "roster_changes",
            {
                **ch,
                "roster_id": rid,
                "index": i,
                "documents": sorted({e["document"] for e in ch["sources"]}),
                "texts": [e["text"] for e in ch["sources"]],
            },
        )


def write_roster_tables(rosters: Sequence[Roster], directory: StrPath) -> int:
    """Write the four roster tables into ``directory`` (created); returns the roster count."""
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[list[str]]] = {t: [] for t in ROSTER_TABLES}
    seen: dict[str, set[tuple[str, ...]]] = {t: set() for t in ROSTER_TABLES}
    for roster in rosters:
        for table, row in _rows(roster):
            key = tuple(str(row[k]) for k in _PRIMARY_KEYS[table])
            if key in seen[table]:
                continue  # a statistic counted twice for one roster is one row
            seen[table].add(key)
            rows[table].append([_cell(row[c], kind) for c, kind in ROSTER_TABLES[table]])
    for table, columns in ROSTER_TABLES.items():
        with atomic_write(root / f"{table}.csv", "w") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow([c for c, _ in columns])
            writer.writerows(rows[table])
    return len(rosters)


def _field(table: str, name: str, kind: str) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": kind}
    constraints: dict[str, Any] = {}
    if kind == "boolean":
        field["trueValues"] = ["true"]
        field["falseValues"] = ["false"]
    if name in _REQUIRED and not (table == "roster_changes" and name == "count"):
        constraints["required"] = True
    if name in ("launched", "since", "left", "date"):
        constraints["pattern"] = _PARTIAL_DATE
    if name == "country":
        constraints["pattern"] = "[A-Z]{2}"
    if kind == "integer" and name != "roster_id":
        constraints["minimum"] = 0
    if (table, name) in _ENUMS:
        constraints["enum"] = _ENUMS[(table, name)]
    if constraints:
        field["constraints"] = constraints
    return field


def roster_datapackage_descriptor(name: str = "policycorpus-rosters") -> dict[str, Any]:
    """The ``datapackage.json`` descriptor for the roster tables (no data)."""
    resources = []
    for table, columns in ROSTER_TABLES.items():
        schema: dict[str, Any] = {
            "fields": [_field(table, c, kind) for c, kind in columns],
            "primaryKey": _PRIMARY_KEYS[table],
            "missingValues": [""],
        }
        if table != "rosters":
            schema["foreignKeys"] = [
                {"fields": "roster_id", "reference": {"resource": "rosters", "fields": "roster_id"}}
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
        "title": "policycorpus rosters",
        "description": "Who signed each statement, the counts claimed, joins and withdrawals.",
        "resources": resources,
    }


def write_roster_datapackage(
    rosters: Sequence[Roster], directory: StrPath, *, name: str = "policycorpus-rosters"
) -> int:
    """Write the roster tables and their ``datapackage.json``; returns the roster count."""
    root = Path(directory)
    count = write_roster_tables(rosters, root)
    with atomic_write(root / "datapackage.json", "wb") as handle:
        handle.write(orjson.dumps(roster_datapackage_descriptor(name), option=orjson.OPT_INDENT_2))
        handle.write(b"\n")
    return count
