"""JSON: one :class:`~policycorpus.Document` per string or file.

The JSON form is the data contract of ``DESIGN.md``; the wire decisions are in
:mod:`policycorpus.io._converter`. Encoding and decoding use :mod:`orjson`.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson

from policycorpus.errors import LoadError
from policycorpus.io._atomic import atomic_write
from policycorpus.io._converter import structure_document, unstructure_document
from policycorpus.model import Document

__all__ = ["dump", "dumps", "load", "loads"]


def dumps(doc: Document, *, indent: bool = False) -> str:
    """The JSON text of ``doc`` (compact, or indented by two spaces)."""
    return dumps_bytes(doc, indent=indent).decode("utf-8")


def dumps_bytes(doc: Document, *, indent: bool = False) -> bytes:
    """The UTF-8 JSON of ``doc``, as bytes (no decoding step)."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(unstructure_document(doc), option=option)


def loads(data: str | bytes, *, source: str | None = None) -> Document:
    """The Document in the JSON text ``data``.

    Raises :class:`~policycorpus.LoadError` for malformed JSON (with the line of the
    syntax error) or a document that does not validate (with the field path);
    :class:`~policycorpus.SchemaVersionError` when it was written by a newer version.
    ``source`` names the origin in error messages.
    """
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise LoadError(
            f"invalid JSON at column {exc.colno}: {exc.msg}", source=source, line=exc.lineno
        ) from None
    return structure_document(obj, source=source)


def dump(doc: Document, path: str | os.PathLike[str], *, indent: bool = False) -> None:
    """Write ``doc`` as JSON to ``path`` atomically (see :func:`atomic_write`)."""
    data = dumps_bytes(doc, indent=indent)
    with atomic_write(path, "wb") as handle:
        handle.write(data)
        if indent:
            handle.write(b"\n")


def load(path: str | os.PathLike[str]) -> Document:
    """The Document in the JSON file ``path``; errors name the file."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}", source=source) from exc
    return loads(data, source=source)
