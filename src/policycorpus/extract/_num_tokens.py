"""The figure tokenizer: :class:`Tokens` (one line or page split once into digit runs,
letter runs and single characters, with offsets and look-around memos), :func:`tokenize`,
and :func:`candidate_lines`, the screen for lines that may hold a figure."""

from __future__ import annotations

import re
from array import array
from itertools import accumulate, chain
from struct import pack
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
    starts: array[int]
    ends: array[int]
    texts: list[str]
    lower: list[str]
    size: int = attrs.field(init=False)
    """The number of tokens."""
    one_line: bool = attrs.field(init=False)
    """Whether no line break lies between the first and the last token."""
    _memo: dict[str, memoryview] = attrs.field(init=False, factory=dict, eq=False, repr=False)
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

    def line_numbers(self) -> memoryview:
        """Per token, the number of line breaks before it (computed once, O(n))."""
        found = self._memo.get("lines")
        if found is None:
            found = self.filled(0)
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
            starts = self.remember("line_start", self.filled(-1))
            self.remember("line_end", self.filled(-1))
        ends = self._memo["line_end"]
        if starts[i] < 0:
            lines = self.line_numbers() if not self.one_line else self.filled(0)
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

    def memo(self, name: str) -> memoryview | None:
        """A look-around array stored under ``name``, or None before it is computed."""
        return self._memo.get(name)

    def remember(self, name: str, values: memoryview) -> memoryview:
        """Store the look-around array ``values`` under ``name``; return it."""
        self._memo[name] = values
        return values

    def filled(self, value: int, extra: int = 0) -> memoryview:
        """A look-around array: ``size + extra`` integers, all ``value``, as a view of an
        integer array (4 or 8 bytes per token, not a pointer and an int object; items
        read and written through a memoryview cost about what a list's do)."""
        return memoryview(array(self.starts.typecode, (value,)) * (self.size + extra))

    def indices(self) -> memoryview:
        """A look-around array holding ``0, 1, ..., size - 1`` (see :meth:`filled`)."""
        code = self.starts.typecode
        out = array(code)
        for a in range(0, self.size, _BLOCK):  # a block of ints at a time
            b = min(a + _BLOCK, self.size)
            out.frombytes(pack(f"{b - a}{code}", *range(a, b)))
        return memoryview(out)

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

    Memory (a line can be a whole page): the offsets are two integer arrays, equal
    tokens share one string object, a token already in lower case is its own
    lower-cased form, and the text is read :data:`_BLOCK` characters at a time (cut at a
    space, which no token holds), so what one ``findall`` returns stays small: ~24
    bytes per token kept and 38 -> ~8 bytes per character at the peak of one long line
    (benchmarks/bench_memory.py).
    """
    # Every character that is not white space belongs to a token (the last alternative is
    # any other character), so the gaps are runs of white space: one findall reads each
    # gap and token, and the offsets are the running sum of their lengths (no match object
    # per token).
    stop = len(text) if end is None else end
    code = "i" if stop < 1 << 31 else "q"
    starts: array[int] = array(code)
    ends: array[int] = array(code)
    texts: list[str] = []
    lower: list[str] = []
    shared: dict[str, str] = {}
    low_shared: dict[str, str] = {}
    block_start = start
    while block_start < stop:
        cut = (
            _SPACE.search(text, block_start + _BLOCK, stop) if block_start + _BLOCK < stop else None
        )
        block_end = cut.start() if cut is not None else stop
        pieces = _GAP_TOKEN.findall(text, block_start, block_end)
        bounds = list(accumulate(map(len, chain.from_iterable(pieces)), initial=block_start))
        starts.frombytes(pack(f"{len(pieces)}{code}", *bounds[1::2]))  # in bulk: no
        ends.frombytes(pack(f"{len(pieces)}{code}", *bounds[2::2]))  # per-item conversion
        del bounds
        found = [tok for _gap, tok in pieces]
        del pieces
        first = len(texts)
        texts.extend(map(shared.setdefault, found, found))
        del found
        lower.extend(
            [
                t if (low := t.lower()) == t else low_shared.setdefault(low, low)
                for t in texts[first:]
            ]
        )
        block_start = block_end
    return Tokens(text, starts, ends, texts, lower)


_BLOCK: Final = 1 << 14
"""Characters :func:`tokenize` reads with one ``findall``."""


_SPACE: Final = re.compile(r"\s")


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


def _lower(text: str) -> str:
    """``text.lower()``, a :data:`_BLOCK` of characters at a time (cut before a white
    space character, which ends the context a final sigma is read in: the same
    result). ``str.lower`` of a text that is not ASCII works in a buffer of 12 bytes
    per character: of one block, not of the whole page."""
    n = len(text)
    if n <= _LOWER_BLOCK or text.isascii():
        return text.lower()
    parts: list[str] = []
    pos = 0
    while pos < n:
        cut = _SPACE.search(text, pos + _LOWER_BLOCK) if pos + _LOWER_BLOCK < n else None
        end = cut.start() if cut is not None else n
        parts.append(text[pos:end].lower())
        pos = end
    return "".join(parts)


_LOWER_BLOCK: Final = 1 << 14


def candidate_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` holding a digit or a number word.

    Lines without one cannot hold a figure, so the tokenizer never sees them.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    lowered = _lower(text)
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
