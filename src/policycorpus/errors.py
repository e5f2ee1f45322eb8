"""The exceptions policycorpus raises.

Every error derives from :class:`PolicyCorpusError`, so ``except PolicyCorpusError``
catches anything the library raises on purpose. The leaves also subclass the builtin
that callers would expect (:class:`ValueError` for bad values and bad input,
:class:`OSError` for failed writes), so code written against the builtins keeps working.

Each error says *where*: the source (a file name or URL), the line (JSON Lines, text),
the field path inside a record (``statistics[2].span.end``) and, for text, the span,
rendered as a caret line under the offending part.
"""

from __future__ import annotations

__all__ = [
    "LoadError",
    "ParseError",
    "PolicyCorpusError",
    "SchemaVersionError",
    "ValidationError",
    "WriteError",
]


class PolicyCorpusError(Exception):
    """Root of every error policycorpus raises on purpose."""


def _where(source: str | None, line: int | None, path: str | None) -> str:
    parts: list[str] = []
    if source is not None:
        parts.append(source)
    if line is not None:
        parts.append(f"line {line}")
    if path:
        parts.append(path)
    return ", ".join(parts)


class ValidationError(PolicyCorpusError, ValueError):
    """A record would hold an invalid value.

    ``path`` names the field (``"Statistic.span"``, ``"statistics[2].text"``) and
    ``reason`` says what is wrong with it.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ParseError(PolicyCorpusError, ValueError):
    """Input text, bytes or HTML could not be turned into a record.

    When the offending part is known, ``start``/``end`` are offsets into ``text`` and
    the message shows the line with a caret under that part.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        text: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        self.reason = reason
        self.source = source
        self.text = text
        self.start = start
        self.end = end
        self.line: int | None = None
        self.column: int | None = None
        message = reason
        if text is not None and start is not None:
            start = max(0, min(start, len(text)))
            stop = start if end is None else max(start, min(end, len(text)))
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            if line_end == -1:
                line_end = len(text)
            self.line = text.count("\n", 0, start) + 1
            self.column = start - line_start + 1
            shown = text[line_start:line_end]
            offset = start - line_start
            width = max(1, min(stop, line_end) - start)
            if len(shown) > 120:  # keep a long line readable around the caret
                cut = max(0, offset - 40)
                shown = shown[cut : cut + 120]
                offset -= cut
            message = f"{reason}\n    {shown}\n    {' ' * offset}{'^' * width}"
        where = _where(source, self.line, None)
        if self.column is not None:
            where += f", column {self.column}"
        super().__init__(f"{where}: {message}" if where else message)


class LoadError(PolicyCorpusError, ValueError):
    """Serialised data (JSON, JSON Lines, CSV) could not be loaded.

    ``source`` is the file (or ``None`` for a string), ``line`` the 1-based line for
    line-oriented formats, ``path`` the field path inside the record
    (``"article.published"``), ``reason`` what was wrong.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        line: int | None = None,
        path: str | None = None,
    ) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        self.path = path
        where = _where(source, line, path)
        super().__init__(f"{where}: {reason}" if where else reason)


class SchemaVersionError(LoadError):
    """The data was written by a newer policycorpus than this one."""


class WriteError(PolicyCorpusError, OSError):
    """Writing a file failed; the previous file, if any, was left untouched."""
