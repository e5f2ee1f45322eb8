"""Text normalisation primitives that keep track of where every character came from.

* :func:`decode` turns bytes into text: a byte-order mark first, then strict UTF-8, then
  cp1252 (Windows Latin-1, what most mis-declared "latin-1" pages really are), and says
  which one it used.
* :class:`TextBuilder` assembles normalised text from ranges of a raw string: Unicode
  NFC, no-break and other odd spaces folded to a plain space, runs of spaces collapsed,
  zero-width characters and soft hyphens dropped, curly quotes kept. It records
  ``(text offset, raw offset)`` anchors wherever the two stop advancing together, so
  every offset in the result maps back to the raw input.

Only linear-time operations are used: regular expressions here match single characters
or runs of one character class, so nothing can backtrack.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Final

__all__ = ["ODD_SPACE", "TextBuilder", "decode", "fold", "is_binary"]

ODD_SPACE: Final = (
    "\t\x0b\x0c\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u202f\u205f\u3000"
)
"""Characters folded to a plain space (the line feed is handled by the callers)."""

DROPPED: Final = "\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad"
"""Characters removed outright: zero-width spaces and marks, word joiner, BOM, soft hyphen."""

# irregular spots: any run of whitespace or dropped characters other than one plain space
_IRREGULAR: Final = re.compile(
    "[ \n" + ODD_SPACE + DROPPED + "]{2,}|[\n" + ODD_SPACE + DROPPED + "]"
)
_SPACE_RUN: Final = re.compile("[ \n" + ODD_SPACE + "]+")
_DROP_RUN: Final = re.compile("[" + DROPPED + "]+")
_WORD: Final = re.compile("[^ \n" + ODD_SPACE + DROPPED + "]+")
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return the text and the codec used.

    A byte-order mark wins (``utf-8-sig``, ``utf-16``, ``utf-32``); otherwise strict
    UTF-8; otherwise ``cp1252``, with its five undefined bytes decoded as the C1 controls
    Latin-1 gives them, so decoding never fails.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in cp1252
        return "".join(
            data[i : i + 1].decode("cp1252", errors="ignore") or chr(data[i])
            for i in range(len(data))
        ), "cp1252"


_CONTROL: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def is_binary(text: str, *, sample: int = 65536) -> bool:
    """Whether ``text`` looks like binary junk: NUL bytes or many control characters."""
    head = text[:sample]
    if not head:
        return False
    if "\x00" in head:
        return True
    controls = sum(1 for _ in _CONTROL.finditer(head))
    return controls > max(8, len(head) // 20)


def fold(text: str) -> str:
    """A comparison form: NFC, odd spaces folded, dropped characters removed, single-spaced."""
    if not text.isascii():
        text = _DROP_RUN.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return _SPACE_RUN.sub(" ", text).strip(" ")


class TextBuilder:
    """Builds normalised text from ranges of ``raw`` and the offset anchors back to it."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._parts: list[str] = []
        self._size = 0
        self._anchors: list[tuple[int, int]] = []
        self._raw_pos = 0
        """The raw offset the end of the text built so far corresponds to."""

    def __len__(self) -> int:
        return self._size

    def _anchor(self, raw_offset: int) -> None:
        """Make the current text end map to ``raw_offset`` (never moving backwards)."""
        t = self._size
        if self._anchors:
            lt, lr = self._anchors[-1]
            raw_offset = max(raw_offset, lr)
            if lt == t:
                floor = self._anchors[-2][1] if len(self._anchors) > 1 else 0
                self._anchors[-1] = (t, max(raw_offset, floor))
                return
            if lr + (t - lt) == raw_offset:
                return  # still advancing together: no anchor needed
        self._anchors.append((t, raw_offset))

    def _emit(self, piece: str, raw_start: int, raw_end: int) -> None:
        if not piece:
            return
        self._anchor(raw_start)
        self._parts.append(piece)
        self._size += len(piece)
        self._raw_pos = raw_end

    def literal(self, piece: str, raw_offset: int | None = None) -> None:
        """Append ``piece`` as is (a separator), anchored at ``raw_offset`` if given."""
        if not piece:
            return
        at = self._raw_pos if raw_offset is None else max(raw_offset, 0)
        self._anchor(at)
        self._parts.append(piece)
        self._size += len(piece)
        self._raw_pos = at

    def add(self, start: int, end: int) -> None:
        """Append ``raw[start:end]`` normalised (whitespace folded, NFC, zero-widths dropped).

        Line feeds inside the range become spaces; callers trim the range first.
        """
        raw = self.raw
        pos = start
        for m in _IRREGULAR.finditer(raw, start, end):
            self._add_regular(pos, m.start())
            run = m.group(0)
            if any(c == " " or c == "\n" or c in ODD_SPACE for c in run):
                self._emit(" ", m.start(), m.end())
            pos = m.end()
        self._add_regular(pos, end)

    def _add_regular(self, start: int, end: int) -> None:
        if start >= end:
            return
        chunk = self.raw[start:end]
        if chunk.isascii() or unicodedata.is_normalized("NFC", chunk):
            self._emit(chunk, start, end)
            return
        pos = start
        for m in _WORD.finditer(self.raw, start, end):
            if m.start() > pos:
                self._emit(self.raw[pos : m.start()], pos, m.start())
            self._add_word(m.start(), m.end())
            pos = m.end()
        if pos < end:
            self._emit(self.raw[pos:end], pos, end)

    def _add_word(self, start: int, end: int) -> None:
        """One word, NFC-normalised per base character and its combining marks."""
        word = self.raw[start:end]
        whole = unicodedata.normalize("NFC", word)
        groups: list[tuple[int, int]] = []
        for i, ch in enumerate(word):
            if groups and unicodedata.combining(ch):
                groups[-1] = (groups[-1][0], i + 1)
            else:
                groups.append((i, i + 1))
        pieces = [unicodedata.normalize("NFC", word[a:b]) for a, b in groups]
        if "".join(pieces) != whole:  # composition across groups (Hangul jamo...)
            self._emit(whole, start, end)
            return
        for (a, b), piece in zip(groups, pieces, strict=True):
            self._emit(piece, start + a, start + b)

    def text(self) -> str:
        """The text built so far."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def offsets(self) -> tuple[tuple[int, int], ...]:
        """Anchors for :class:`~policycorpus.OffsetMap`, trailing dangling anchors removed."""
        anchors = [a for a in self._anchors if a[0] < self._size or a[0] == 0]
        if anchors and anchors[0][0] != 0:
            anchors.insert(0, (0, anchors[0][1]))
        if not anchors:
            anchors = [(0, 0)]
        return tuple(anchors)
