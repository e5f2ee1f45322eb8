"""JSON: one record per string or file (a :class:`~policycorpus.Document` by default).

The JSON form is the data contract of ``DESIGN.md``; the wire decisions are in
:mod:`policycorpus.io._converter`. Encoding and decoding use :mod:`orjson`. Every
record class that stands on its own (``Document``, ``Article``, ``Statistic``,
``Signatory``, ``Commitment``, ``Quote``) goes through :func:`dumps` and back
through ``loads(data, Statistic)``; anything else is a :class:`TypeError`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, overload

import orjson

from policycorpus.errors import LoadError
from policycorpus.io._atomic import atomic_write
from policycorpus.io._converter import (
    R,
    Record,
    encodable_record,
    record_type,
    structure_record,
)
from policycorpus.io._wire import wire_decoder
from policycorpus.model import Document

__all__ = ["dump", "dumps", "load", "loads"]


def dumps(record: Record, *, indent: bool = False) -> str:
    """The JSON text of ``record`` (compact, or indented by two spaces).

    ``record`` is a Document, Article, Statistic, Signatory, Commitment or Quote;
    anything else raises :class:`TypeError`.
    """
    return dumps_bytes(record, indent=indent, caller="to_json()").decode("utf-8")


def dumps_bytes(record: Record, *, indent: bool = False, caller: str = "dumps_bytes()") -> bytes:
    """The UTF-8 JSON of ``record``, as bytes (no decoding step)."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(encodable_record(record, caller=caller), option=option)


@overload
def loads(data: str | bytes, *, source: str | None = None) -> Document: ...
@overload
def loads(data: str | bytes, cls: type[R], *, source: str | None = None) -> R: ...
def loads(data: str | bytes, cls: Any = Document, *, source: str | None = None) -> Any:
    """The record of class ``cls`` (default :class:`~policycorpus.Document`) in ``data``.

    ``loads(text, Statistic)`` reads a Statistic. Raises
    :class:`~policycorpus.LoadError` for malformed JSON (with the line of the syntax
    error) or a record that does not validate (with the field path);
    :class:`~policycorpus.SchemaVersionError` when a Document was written by a newer
    version; :class:`TypeError` when ``cls`` is not a record class. ``source`` names
    the origin in error messages.
    """
    cl = _record_class(cls, "from_json()")
    try:  # the complete form the library writes, checked by msgspec (io/_wire.py)
        return wire_decoder(cl)(data)
    except Exception:  # anything else: the converter decides and explains
        pass
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise LoadError(
            f"invalid JSON at column {exc.colno}: {exc.msg}", source=source, line=exc.lineno
        ) from None
    return structure_record(obj, cl, source=source)


def _record_class(cls: Any, caller: str) -> Any:
    return record_type(cls, caller=caller)


def dump(record: Record, path: str | os.PathLike[str], *, indent: bool = False) -> None:
    """Write ``record`` as JSON to ``path`` atomically (see :func:`atomic_write`)."""
    data = dumps_bytes(record, indent=indent, caller="dump()")
    with atomic_write(path, "wb") as handle:
        handle.write(data)
        if indent:
            handle.write(b"\n")


@overload
def load(path: str | os.PathLike[str]) -> Document: ...
@overload
def load(path: str | os.PathLike[str], cls: type[R]) -> R: ...
def load(path: str | os.PathLike[str], cls: Any = Document) -> Any:
    """The record of class ``cls`` (default Document) in the JSON file ``path``."""
    cl = _record_class(cls, "load()")
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}", source=source) from exc
    return loads(data, cl, source=source)
