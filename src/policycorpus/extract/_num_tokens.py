"""The figure tokenizer: :class:`Tokens` (one line or page split once into digit runs,
letter runs and single characters, with offsets and look-around memos), :func:`tokenize`,
and :func:`candidate_lines`, the screen for lines that may hold a figure."""

from __future__ import annotations

import re
from itertools import accumulate, chain
from typing import Final

import attrs

from policycorpus.extract import _vocab_numbers as V

_TOKEN: Final = re.compile(r"[0-9]+|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")


_HYPHENS: Final = frozenset("-‐‑")


_DASHES: Final = frozenset("-‐‑–—")


_BULLETS: Final = frozenset("•*-–—·▪◦‣●")


_SPACES: Final = frozenset(" \u00a0\u2009\u202f")


@attrs.frozen
class Tokens:
    """The text split once into tokens, with parallel lists of offsets."""

    text: str
    starts: list[int]
    ends: list[int]
    texts: list[str]
    lower: list[str]
    size: int = attrs.field(init=False)
    """The number of tokens."""
    one_line: bool = attrs.field(init=False)
    """Whether no line break lies between the first and the last token."""
    _memo: dict[str, list[int]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    """Look-arounds computed once per token list (line numbers, digit runs...), so each
    recogniser reads them in O(1) instead of rescanning the line for every figure."""

    @size.default
    def _size(self) -> int:
        return len(self.starts)

    @one_line.default
    def _one_line(self) -> bool:
        return not self.starts or "\n" not in self.text[self.starts[0] : self.ends[-1]]

    def __len__(self) -> int:
        return self.size

    def touching(self, i: int) -> bool:
        """Whether token ``i`` starts where token ``i - 1`` ends."""
        return 0 < i < self.size and self.starts[i] == self.ends[i - 1]

    def same_line(self, i: int, j: int) -> bool:
        """Whether no line break lies between tokens ``i`` and ``j`` (``i < j``)."""
        if self.one_line:
            return True
        if j == i + 1:
            return "\n" not in self.text[self.ends[i] : self.starts[j]]
        lines = self.line_numbers()
        return lines[i] == lines[j]

    def line_numbers(self) -> list[int]:
        """Per token, the number of line breaks before it (computed once, O(n))."""
        found = self._memo.get("lines")
        if found is None:
            found = [0] * self.size
            line = 0
            text, starts, ends = self.text, self.starts, self.ends
            for k in range(1, self.size):
                if "\n" in text[ends[k - 1] : starts[k]]:
                    line += 1
                found[k] = line
            self._memo["lines"] = found
        return found

    def line_bounds(self, i: int) -> tuple[int, int]:
        """(start, end) offsets of the line holding token ``i`` (found once per line)."""
        starts = self._memo.get("line_start")
        if starts is None:
            starts = self.remember("line_start", [-1] * self.size)
            self.remember("line_end", [-1] * self.size)
        ends = self._memo["line_end"]
        if starts[i] < 0:
            lines = self.line_numbers() if not self.one_line else [0] * self.size
            first = last = i
            while first > 0 and lines[first - 1] == lines[i]:
                first -= 1
            while last + 1 < self.size and lines[last + 1] == lines[i]:
                last += 1
            start = self.text.rfind("\n", 0, self.starts[first]) + 1
            end = self.text.find("\n", self.ends[last])
            end = len(self.text) if end < 0 else end
            for x in range(first, last + 1):
                starts[x], ends[x] = start, end
        return starts[i], ends[i]

    def memo(self, name: str) -> list[int] | None:
        """A look-around array stored under ``name``, or None before it is computed."""
        return self._memo.get(name)

    def remember(self, name: str, values: list[int]) -> list[int]:
        """Store the look-around array ``values`` under ``name``; return it."""
        self._memo[name] = values
        return values

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` exists and is a run of letters."""
        return 0 <= i < self.size and self.texts[i][0].isalpha()

    def is_digits(self, i: int) -> bool:
        """Whether token ``i`` exists and is a run of ASCII digits."""
        return 0 <= i < self.size and "0" <= self.texts[i][0] <= "9"

    def low(self, i: int) -> str:
        """Token ``i`` lower-cased, or "" past either end."""
        return self.lower[i] if 0 <= i < self.size else ""


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Split ``text[start:end]`` into tokens in one linear pass (offsets into ``text``).

    Memory (a line can be a whole page): equal tokens share one string object, a token
    already in lower case is its own lower-cased form, and the match objects are freed
    before the lower-cased list is built: 36 -> 19 bytes per character kept, 60 -> 40 at
    the peak (benchmarks/bench_memory.py), for ~9% more tokenizing time.
    """
    # Every character that is not white space belongs to a token (the last alternative is
    # any other character), so the gaps are runs of white space: one findall reads each
    # gap and token, and the offsets are the running sum of their lengths (no match object
    # per token).
    pieces = _GAP_TOKEN.findall(text, start, len(text) if end is None else end)
    bounds = list(accumulate(map(len, chain.from_iterable(pieces)), initial=start))
    shared: dict[str, str] = {}
    found = [tok for _gap, tok in pieces]
    del pieces
    texts = list(map(shared.setdefault, found, found))
    del found
    starts = bounds[1::2]
    ends = bounds[2::2]
    del bounds
    return Tokens(text, starts, ends, texts, [low if (low := t.lower()) != t else t for t in texts])


_GAP_TOKEN: Final = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
"""The white space before a token of :data:`_TOKEN`, and the token."""


_CANDIDATE_WORDS: Final = frozenset(
    set(V.ONES)
    | set(V.TEENS)
    | set(V.TENS)
    | set(V.SCALES)
    | set(V.VAGUE_MAGNITUDES)
    | set(V.FRACTION_WORDS)
    | set(V.VULGAR_FRACTIONS)
    | V.FRACTION_PLURALS
    | {"tens", V.HUNDRED, V.DOZEN}
)


_CANDIDATE: Final = re.compile(
    r"[0-9]|\b(?=["
    + "".join(sorted({w[0] for w in _CANDIDATE_WORDS}))
    + "])(?:"
    + "|".join(sorted(_CANDIDATE_WORDS, key=lambda w: (-len(w), w)))
    + r")\b"
)
"""A digit or a number word, searched in the lower-cased text."""


def candidate_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` holding a digit or a number word.

    Lines without one cannot hold a figure, so the tokenizer never sees them.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    lowered = text.lower()
    if len(lowered) != n:  # a few characters change length when lower-cased
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    while pos < n:
        m = _CANDIDATE.search(lowered, pos)
        if m is None:
            break
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end == -1:
            end = n
        out.append((start, end))
        pos = end + 1
    return out
