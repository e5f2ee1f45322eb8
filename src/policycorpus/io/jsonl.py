"""JSON Lines: one record per line (a :class:`~policycorpus.Document` by default), streamed.

Any record class that stands on its own can be written (``write_jsonl`` of Statistics
writes one Statistic per line) and read back with ``read_jsonl(path, Statistic)``.

:func:`read_jsonl` is lazy: it holds one line at a time, so memory stays flat however
long the file. Blank lines are skipped. Writing to a path is atomic: a failure part-way
leaves the previous file (if any) untouched and no partial file behind. Lines are
UTF-8 JSON; a leading byte-order mark and CRLF line ends are accepted.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TextIO, overload

import orjson

from policycorpus.errors import LoadError, WriteError
from policycorpus.io._atomic import atomic_write
from policycorpus.io._converter import (
    R,
    Record,
    encodable_record,
    record_errors,
    record_type,
    structure_record,
)
from policycorpus.io._wire import wire_decoder
from policycorpus.model import Document

__all__ = ["JsonlWriter", "read_jsonl", "validate_jsonl", "write_jsonl"]

StrPath = str | os.PathLike[str]


def encode_line(record: Record, *, caller: str = "encode_line()") -> bytes:
    """One JSON Lines line (with its newline) for ``record`` (a TypeError for a non-record)."""
    return orjson.dumps(encodable_record(record, caller=caller), option=orjson.OPT_APPEND_NEWLINE)


class JsonlWriter:
    """Write records (Documents, or any record class) one at a time; atomic to a path.

    ::

        with JsonlWriter("out.jsonl") as writer:
            for doc in docs:
                writer.write(doc)

    For a path, the file appears (or replaces the old one) only when the block ends
    without an exception. For an open text file, lines are written to it directly
    and it is not closed. :attr:`count` is the number of records written. A value
    that is not a record raises :class:`TypeError` (and, for a path, leaves no file).
    """

    def __init__(self, dest: StrPath | TextIO) -> None:
        self._dest = dest
        self._manager: Any = None
        self._handle: IO[bytes] | None = None
        self._text: TextIO | None = None
        self.count = 0
        """How many records have been written."""

    def __enter__(self) -> JsonlWriter:
        if isinstance(self._dest, str | os.PathLike):
            self._manager = atomic_write(self._dest, "wb")
            self._handle = self._manager.__enter__()
        else:
            self._text = self._dest
        return self

    def write(self, record: Record) -> None:
        """Append one record as a line."""
        line = encode_line(record, caller="write_jsonl()")
        try:
            if self._handle is not None:
                self._handle.write(line)
            elif self._text is not None:
                self._text.write(line.decode("utf-8"))
            else:
                raise RuntimeError("JsonlWriter.write() outside its with block")
        except OSError as exc:
            if isinstance(exc, WriteError):
                raise
            raise WriteError(f"could not write {self._name()}: {exc}") from exc
        self.count += 1

    def _name(self) -> str:
        if isinstance(self._dest, str | os.PathLike):
            return str(self._dest)
        return str(getattr(self._dest, "name", "<stream>"))

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        manager, self._manager, self._handle = self._manager, None, None
        self._text = None
        if manager is not None:
            manager.__exit__(exc_type, exc, tb)


def write_jsonl(records: Iterable[Record], dest: StrPath | TextIO) -> int:
    """Write ``records`` to ``dest`` (a path, atomically, or an open text file), one per line.

    ``records`` are Documents or any other record (Article, Statistic, Signatory,
    Commitment, Quote); read them back with ``read_jsonl(dest, Statistic)``. Returns how
    many were written. ``records`` is consumed lazily, so a generator of any length
    streams through in constant memory. A value that is not a record raises
    :class:`TypeError`, and a path is then left as it was.
    """
    with JsonlWriter(dest) as writer:
        for record in records:
            writer.write(record)
    return writer.count


def _lines(src: StrPath | IO[str] | IO[bytes]) -> Iterator[tuple[str | None, int, Any]]:
    if isinstance(src, str | os.PathLike):
        path = str(src)
        try:
            handle = Path(src).open("rb")  # noqa: SIM115 - closed by the with below
        except OSError as exc:
            raise LoadError(f"cannot read: {exc.strerror or exc}", source=path) from exc
        with handle:
            for number, line in enumerate(handle, 1):
                if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]  # a byte-order mark some Windows tools add
                yield path, number, line
    else:
        name = getattr(src, "name", None)
        source = name if isinstance(name, str) else None
        for number, text in enumerate(src, 1):
            yield source, number, text


def not_json_lines(line: int, reason: str) -> str:
    """The message for input whose first non-blank line is not JSON."""
    return (
        f"not a JSON Lines file: line {line} is not JSON ({reason}); expected one JSON "
        "document per line"
    )


def _parse_error(exc: orjson.JSONDecodeError, source: str | None, number: int) -> LoadError:
    return LoadError(f"invalid JSON at column {exc.colno}: {exc.msg}", source=source, line=number)


def _parse(line: str | bytes, source: str | None, number: int) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise _parse_error(exc, source, number) from None


@overload
def read_jsonl(src: StrPath | IO[str] | IO[bytes]) -> Iterator[Document]: ...
@overload
def read_jsonl(src: StrPath | IO[str] | IO[bytes], cls: type[R]) -> Iterator[R]: ...
def read_jsonl(src: StrPath | IO[str] | IO[bytes], cls: Any = Document) -> Iterator[Any]:
    """Yield the records of class ``cls`` (default Document) in a JSON Lines file, lazily.

    ``src`` is a path or an open file. Raises :class:`~policycorpus.LoadError` naming
    the file, the 1-based line and the field path at the first line that is not valid
    JSON or not a valid ``cls``; :class:`TypeError` at once when ``cls`` is not a
    record class. Blank lines are skipped.
    """
    cl = record_type(cls, caller="read_jsonl()")
    return _read(src, cl)


def _read(src: StrPath | IO[str] | IO[bytes], cl: Any) -> Iterator[Any]:
    fast = wire_decoder(cl)
    for source, number, line in _lines(src):
        try:  # the complete form the library writes, checked by msgspec (io/_wire.py)
            record = fast(line)
        except Exception:  # anything else: the converter decides and explains
            if not line.strip():
                continue
            record = structure_record(_parse(line, source, number), cl, source=source, line=number)
        yield record


def validate_jsonl(
    src: StrPath | IO[str] | IO[bytes], cls: type[Record] = Document
) -> Iterator[LoadError]:
    """Yield every error in a JSON Lines file of ``cls`` records (all lines, all fields).

    Lazy; nothing is yielded for a valid file. Each error names the file, line and
    field path. A file whose first non-blank line is not JSON (an article, a JSON-LD
    or indented JSON file) is not JSON Lines: that is one error, not one per line.
    """
    record_type(cls, caller="validate_jsonl()")
    seen_json = False
    for source, number, line in _lines(src):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            if not seen_json:  # not JSON Lines at all: say so once, not once per line
                yield LoadError(not_json_lines(number, exc.msg), source=source)
                return
            yield _parse_error(exc, source, number)
            continue
        seen_json = True
        yield from record_errors(obj, cls, source=source, line=number)
