"""The lines of a plain-text page, as the plain-text parser reads them.

A :class:`Line` is a span of the raw input without its surrounding blanks, with a
whitespace-folded probe of its first characters for the rules to look at, whether a blank
line comes before it, and the role the parser gives it.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from policycorpus._text import ODD_SPACE, fold

__all__ = ["LONG", "PROBE", "TRIM", "Line", "split_lines"]

BREAK: Final = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")
TRIM: Final = " \n" + ODD_SPACE + "\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad"
"""Characters trimmed off both ends of a line."""
PROBE: Final = 600
"""How many characters of a line its probe holds."""
LONG: Final = 300
"""A line longer than this is a paragraph, never a header line."""


@attrs.define
class Line:
    """One non-blank line of the raw input."""

    start: int
    end: int
    probe: str
    gap_before: bool
    role: str = "body"
    """body | drop | title | heading | candidate."""

    @property
    def long(self) -> bool:
        return self.end - self.start > LONG

    def respan(self, raw: str, start: int, end: int) -> None:
        """Move the line to ``raw[start:end]`` (a cut or a join) and fold its probe anew."""
        self.start, self.end = start, end
        self.probe = fold(raw[start : min(end, start + PROBE)])


def split_lines(raw: str) -> list[Line]:
    """The non-blank lines of ``raw``, each knowing whether a blank line precedes it."""
    lines: list[Line] = []
    pos = 0
    gap = False
    size = len(raw)
    breaks = BREAK.finditer(raw)
    while pos <= size:
        m = next(breaks, None)
        end = m.start() if m is not None else size
        s, e = pos, end
        while s < e and raw[s] in TRIM:
            s += 1
        while e > s and raw[e - 1] in TRIM:
            e -= 1
        if s < e:
            probe = fold(raw[s : min(e, s + PROBE)])
            if probe:
                lines.append(Line(s, e, probe, gap))
                gap = False
            else:
                gap = True
        else:
            gap = True
        if m is None:
            break
        pos = m.end()
    return lines
