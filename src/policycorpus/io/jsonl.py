"""JSON Lines: one :class:`~policycorpus.Document` per line, streamed.

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
from typing import IO, Any, TextIO

import orjson

from policycorpus.errors import LoadError, WriteError
from policycorpus.io._atomic import atomic_write
from policycorpus.io._converter import document_errors, structure_document, unstructure_document
from policycorpus.model import Document

__all__ = ["JsonlWriter", "read_jsonl", "validate_jsonl", "write_jsonl"]

StrPath = str | os.PathLike[str]


def encode_line(doc: Document) -> bytes:
    """One JSON Lines line (with its newline) for ``doc``."""
    return orjson.dumps(unstructure_document(doc), option=orjson.OPT_APPEND_NEWLINE)


class JsonlWriter:
    """Write Documents one at a time; atomic when writing to a path.

    ::

        with JsonlWriter("out.jsonl") as writer:
            for doc in docs:
                writer.write(doc)

    For a path, the file appears (or replaces the old one) only when the block ends
    without an exception. For an open text file, lines are written to it directly
    and it is not closed. :attr:`count` is the number of Documents written.
    """

    def __init__(self, dest: StrPath | TextIO) -> None:
        self._dest = dest
        self._manager: Any = None
        self._handle: IO[bytes] | None = None
        self._text: TextIO | None = None
        self.count = 0
        """How many Documents have been written."""

    def __enter__(self) -> JsonlWriter:
        if isinstance(self._dest, str | os.PathLike):
            self._manager = atomic_write(self._dest, "wb")
            self._handle = self._manager.__enter__()
        else:
            self._text = self._dest
        return self

    def write(self, doc: Document) -> None:
        """Append one Document as a line."""
        line = encode_line(doc)
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


def write_jsonl(docs: Iterable[Document], dest: StrPath | TextIO) -> int:
    """Write ``docs`` to ``dest`` (a path, atomically, or an open text file), one per line.

    Returns how many were written. ``docs`` is consumed lazily, so a generator of any
    length streams through in constant memory.
    """
    with JsonlWriter(dest) as writer:
        for doc in docs:
            writer.write(doc)
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


def _parse(line: str | bytes, source: str | None, number: int) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise LoadError(
            f"invalid JSON at column {exc.colno}: {exc.msg}", source=source, line=number
        ) from None


def read_jsonl(src: StrPath | IO[str] | IO[bytes]) -> Iterator[Document]:
    """Yield the Documents of a JSON Lines file (a path or an open file), lazily.

    Raises :class:`~policycorpus.LoadError` naming the file, the 1-based line and the
    field path at the first line that is not valid JSON or not a valid Document.
    Blank lines are skipped.
    """
    for source, number, line in _lines(src):
        if not line.strip():
            continue
        yield structure_document(_parse(line, source, number), source=source, line=number)


def validate_jsonl(src: StrPath | IO[str] | IO[bytes]) -> Iterator[LoadError]:
    """Yield every error in a JSON Lines file (all lines, all fields), lazily.

    Nothing is yielded for a valid file. Each error names the file, line and field path.
    """
    for source, number, line in _lines(src):
        if not line.strip():
            continue
        try:
            obj = _parse(line, source, number)
        except LoadError as exc:
            yield exc
            continue
        yield from document_errors(obj, source=source, line=number)
