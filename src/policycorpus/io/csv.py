"""CSV tidy tables: one file per record kind, one row per record, keyed by document id.

``write_tables(docs, directory)`` writes

==================  =====================================================================
``articles.csv``    one row per Document: ``document_id`` (the article id, primary key),
                    ``schema_version``, the article metadata, ``text`` last
``paragraphs.csv``  ``document_id``, ``index`` (0-based position), ``start``, ``end``,
                    ``kind``, ``section``
``statistics.csv``  ``document_id``, ``id``, the statistic's fields, ``text``, ``start``,
``signatories.csv`` ``end`` (the span, flattened) -- likewise for each record kind
``commitments.csv``
``quotes.csv``
==================  =====================================================================

Every table but ``articles.csv`` has a ``document_id`` column referring to
``articles.document_id``; rows appear in the Documents' order, records in their
tuple order (the reader keeps file order). Cells hold the JSON wire values of
:func:`~policycorpus.io.make_converter`: dates ISO 8601 with their precision,
enums by value, decimals as written (``"1.2E+6"``), booleans ``true``/``false``, an
empty cell for ``None``, and lists (``authors``, ``actors``, ``groups``, ``offsets``)
as JSON arrays (``["United Kingdom", "France"]``). The files are UTF-8, comma
separated, with a header row and RFC 4180 quoting (article text keeps its line
breaks inside quotes), so pandas (``pd.read_csv``), DuckDB (``read_csv``) and
spreadsheets load them as they are.

Tables written under schema version 1 (no ``range_id`` column in ``statistics.csv``)
still load: the Documents go through the converter's version-1 migration.

The tables are **lossless**: :func:`read_tables` rebuilds the same Documents (validated
through the converter, with errors naming the file, line and column). An empty
optional string is impossible in the model (the validators reject it), so an empty
cell means ``None`` without ambiguity; ``Article.text`` is the one string that may be
empty, and an empty cell there is the empty text. Each file is written atomically;
the set of files is not replaced as one unit.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, Final

import orjson

from policycorpus.errors import LoadError
from policycorpus.io._atomic import atomic_write
from policycorpus.io._converter import structure_document, unstructure_document
from policycorpus.model import Document

__all__ = ["TABLES", "read_tables", "write_tables"]

StrPath = str | os.PathLike[str]


class _Column:
    """How one CSV column is read from and written to the JSON wire form."""

    def __init__(self, name: str, kind: str = "string", *, field: str | None = None) -> None:
        self.name = name
        self.kind = kind  # string | text | integer | boolean | number | array
        self.field = field or name


def _columns(spec: str) -> tuple[_Column, ...]:
    """``"name:kind name ..."`` -> columns (kind defaults to string)."""
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        out.append(_Column(name, kind or "string"))
    return tuple(out)


TABLES: Final[dict[str, tuple[_Column, ...]]] = {
    "articles": _columns(
        "document_id schema_version:integer source title published authors:array publisher "
        "language retrieved encoding offsets:array text:text"
    ),
    "paragraphs": _columns("document_id index:integer start:integer end:integer kind section"),
    "statistics": _columns(
        "document_id id value:number unit subject approx:boolean bound per attributed_to "
        "range_id text start:integer end:integer"
    ),
    "signatories": _columns(
        "document_id id name kind country role represents rule text start:integer end:integer"
    ),
    "commitments": _columns(
        "document_id id actors:array action modality date date_rule instrument groups:array "
        "rule text start:integer end:integer"
    ),
    "quotes": _columns("document_id id speaker text start:integer end:integer"),
}
"""Table name -> its columns, in file order."""

_RECORD_TABLES: Final = ("statistics", "signatories", "commitments", "quotes")
_ADDED_COLUMNS: Final = frozenset({"range_id", "rule"})
"""Columns added after schema version 1: a version-1 table without them still loads
(the converter's migration fills them in)."""


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "array":
        return orjson.dumps(value).decode("utf-8")
    return str(value)


def _rows(doc: Document) -> Iterator[tuple[str, list[str]]]:
    data = unstructure_document(doc)
    article = dict(data["article"])
    doc_id = article["id"]
    article["document_id"] = doc_id
    article["schema_version"] = data["schema_version"]
    yield "articles", [_cell(article[c.field], c.kind) for c in TABLES["articles"]]
    for index, paragraph in enumerate(article["paragraphs"]):
        row = {"document_id": doc_id, "index": index, **paragraph, **paragraph["span"]}
        yield "paragraphs", [_cell(row[c.field], c.kind) for c in TABLES["paragraphs"]]
    for table in _RECORD_TABLES:
        for record in data[table]:
            row = {"document_id": doc_id, **record, **record["span"]}
            yield table, [_cell(row[c.field], c.kind) for c in TABLES[table]]


def write_tables(docs: Iterable[Document], directory: StrPath) -> int:
    """Write the tidy tables for ``docs`` into ``directory`` (created if needed).

    Streams: one Document at a time. Returns the number of Documents written.
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    count = 0
    with ExitStack() as stack:
        writers: dict[str, Any] = {}
        for table, columns in TABLES.items():
            handle = stack.enter_context(atomic_write(root / f"{table}.csv", "w"))
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow([c.name for c in columns])
            writers[table] = writer
        for doc in docs:
            for table, row in _rows(doc):
                writers[table].writerow(row)
            count += 1
    return count


# -- reading -----------------------------------------------------------------------------


def _parse_cell(value: str, column: _Column, where: Callable[[], tuple[str, int]]) -> Any:
    if column.kind == "text":
        return value
    if value == "":
        return None
    kind = column.kind
    if kind == "string" or kind == "number":
        return value  # decimals stay strings: the converter reads them exactly
    if kind == "integer":
        if value.isascii() and (value.isdigit() or (value[:1] == "-" and value[1:].isdigit())):
            return int(value)
    elif kind == "boolean":
        if value in ("true", "false"):
            return value == "true"
    elif kind == "array":
        try:
            parsed = orjson.loads(value)
        except orjson.JSONDecodeError:
            parsed = None
        if isinstance(parsed, list):
            return parsed
    source, line = where()
    raise LoadError(
        f"expected {'a JSON array' if kind == 'array' else kind}, got {value!r}",
        source=source,
        line=line,
        path=column.name,
    )


def _read(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, row)`` for each data row of one table, cells parsed."""
    table = path.stem
    columns = TABLES[table]
    try:
        handle: IO[str] = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}", source=str(path)) from exc
    with handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        expected = [c.name for c in columns]
        older = [c for c in columns if c.name not in _ADDED_COLUMNS]
        if header is not None and header != expected and header == [c.name for c in older]:
            columns, expected = tuple(older), header  # a schema-version-1 table
        if header != expected:
            raise LoadError(
                f"expected the columns {', '.join(expected)}; got {header}",
                source=str(path),
                line=1,
            )
        end = reader.line_num
        for row in reader:
            # the physical line the row starts on (article text spans several lines)
            line, end = end + 1, reader.line_num
            if len(row) != len(columns):
                raise LoadError(
                    f"expected {len(columns)} cells, got {len(row)}", source=str(path), line=line
                )
            where = lambda line=line: (str(path), line)  # noqa: E731 - lazy error location
            yield (
                line,
                {c.name: _parse_cell(v, c, where) for c, v in zip(columns, row, strict=True)},
            )


def read_tables(directory: StrPath) -> list[Document]:
    """Rebuild the Documents written by :func:`write_tables` (validated).

    Raises :class:`~policycorpus.LoadError` naming the file, line and column of a bad
    cell, a row whose ``document_id`` is not in ``articles.csv``, or a Document that
    does not validate (with its field path, and the articles.csv line).
    """
    root = Path(directory)
    articles: dict[str, dict[str, Any]] = {}
    lines: dict[str, int] = {}
    for line, row in _read(root / "articles.csv"):
        doc_id = row.pop("document_id")
        version = row.pop("schema_version")
        row["id"] = doc_id
        articles[doc_id] = {
            "schema_version": version,
            "article": {**row, "paragraphs": []},
            **{table: [] for table in _RECORD_TABLES},
        }
        lines[doc_id] = line
    for table in ("paragraphs", *_RECORD_TABLES):
        path = root / f"{table}.csv"
        for line, row in _read(path):
            doc_id = row.pop("document_id")
            doc = articles.get(doc_id)
            if doc is None:
                raise LoadError(
                    f"document {doc_id!r} is not in articles.csv",
                    source=str(path),
                    line=line,
                    path="document_id",
                )
            row["span"] = {"start": row.pop("start"), "end": row.pop("end")}
            if table == "paragraphs":
                row.pop("index")
                doc["article"]["paragraphs"].append(row)
            else:
                doc[table].append(row)
    source = str(root / "articles.csv")
    return [
        structure_document(data, source=source, line=lines[doc_id])
        for doc_id, data in articles.items()
    ]
