"""The actor matcher's tokens: one pass over the text, shared by every actor rule.

The text is cut into word tokens (runs of letters and digits, split again where a
lower-case letter meets an upper-case one: "withAlbania" is "with" + "Albania") and
single punctuation tokens. Two tokens are *glued* when nothing separates them. Beside
the tokenizer live the small token predicates the gazetteer, the people and the
organisation rules share (a capitalised word, where a match may begin or end, the text
of a token run).

Memory
    Tokens are the bulk of the working memory: one shared :class:`_Tok` per distinct
    word, spacing and line break, in a plain list, with the start offsets in an array
    beside it, registered while the text is read (:func:`_reading`, :func:`_start`,
    :func:`_end`): about 12 bytes a token.
"""

from __future__ import annotations

import contextlib
import operator
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterator, Sequence
from struct import pack
from typing import Final, NamedTuple, TypeAlias

_TOKEN_RE: Final = re.compile(r"[^\W_]+|\S")
"""A token: a run of letters and digits, or one other character but a space."""
_SPACE_RE: Final = re.compile(r"\s")
_BLOCK: Final = 1 << 14
"""Characters of text whose tokens :func:`_tokenize` reads with one ``findall`` (the
token strings of a block live until the block is read: memory stays flat)."""
_CAMEL_RE: Final = re.compile(r"[a-z][A-Z]")
_BRAND_PREFIX: Final = re.compile(r"[a-z][A-Z][a-z]+$")
"""A brand opened by one lower-case letter ("eBay", "iPad"): one word, not two."""
_KEY: Final = operator.attrgetter("key")
_PUNCT_NORM: Final = {"’": "'", "‘": "'", "‛": "'", "`": "'", "–": "-", "‐": "-", "‑": "-"}


class _Tok(NamedTuple):
    """One token, without its offset (kept in :attr:`_Toks.starts`): equal tokens are
    one shared object, so a long text costs a pointer and an offset per word."""

    norm: str
    """The token with curly apostrophes and dashes made plain (as long as the text)."""
    key: str
    """``norm`` case-folded: the trie key."""
    glued: bool
    """No space between this token and the previous one."""
    word: bool
    brk: bool = False
    """A line break lies between this token and the previous one."""


_Toks: TypeAlias = list[_Tok]
"""The tokens of a text, in order: a plain list (the matcher indexes it at every step)
of shared tokens; their start offsets are an array beside it (:func:`_reading`)."""


_OFFSETS: dict[int, array[int]] = {}
"""The start offsets of each token list being read, by the list's ``id`` (registered
by :func:`_reading` for as long as the list is read)."""


@contextlib.contextmanager
def _reading(text: str) -> Iterator[_Toks]:
    """The tokens of ``text``, with their offsets registered while the block runs.

    Memory: about 12 bytes per token (a pointer to a shared :class:`_Tok` and a 32-bit
    offset) instead of a tuple and an int object per token (~130 bytes)."""
    starts: array[int] = array("i" if len(text) < 1 << 31 else "q")
    toks = _tokenize(text, starts)
    key = id(toks)
    _OFFSETS[key] = starts
    try:
        yield toks
    finally:
        del _OFFSETS[key]


def _start(toks: _Toks, i: int) -> int:
    """Offset of ``toks[i]`` in the text (``toks`` from :func:`_reading`)."""
    return _OFFSETS[id(toks)][i]


def _end(toks: _Toks, i: int) -> int:
    """Offset just after ``toks[i]`` (``norm`` keeps the text's length)."""
    return _OFFSETS[id(toks)][i] + len(toks[i].norm)


def _tokenize(text: str, starts: array[int] | None = None) -> _Toks:
    """The tokens of ``text``.

    Memory: one shared :class:`_Tok` per distinct word, spacing and line break, and
    the start offsets in an array (see :class:`_Toks`). Speed: the words are read
    with ``findall`` (no match object per token) a block of :data:`_BLOCK` characters
    at a time (cut at a space, which no token crosses), each found again with
    ``str.find`` from the previous one's end; a word seen before is one dictionary
    look-up and one list index.
    """
    n = len(text)
    toks: _Toks = []
    append = toks.append
    offsets: list[int] = []  # of the block, put into ``starts`` in bulk
    add_start = offsets.append
    new = tuple.__new__
    # per distinct piece: the token for each (glued, line break) pair, built when met
    shared: dict[str, list[_Tok | None]] = {}
    known_piece = shared.get
    find = text.find
    prev_end = -1
    pos = 0
    next_nl = find("\n")
    if next_nl == -1:
        next_nl = n + 1
    block_start = 0
    while block_start < n:
        cut = _SPACE_RE.search(text, block_start + _BLOCK) if block_start + _BLOCK < n else None
        block_end = cut.start() if cut is not None else n
        for piece in _TOKEN_RE.findall(text, block_start, block_end):
            s = find(piece, pos)
            pos = e = s + len(piece)
            if s > next_nl:
                brk = prev_end >= 0
                next_nl = find("\n", s)
                if next_nl == -1:
                    next_nl = n + 1
            else:
                brk = False
            glued = s == prev_end
            prev_end = e
            variants = known_piece(piece)
            if variants is not None:
                slot = 2 + glued if brk else glued  # most tokens: no arithmetic
                tok = variants[slot]
                if tok is None:
                    base = variants[4]
                    assert base is not None
                    tok = new(_Tok, (base.norm, base.key, glued, base.word, brk))
                    variants[slot] = tok
                append(tok)
                add_start(s)
                continue
            if e - s == 1 and not piece.isalnum():
                norm = _PUNCT_NORM.get(piece, piece)
                tok = _Tok(norm, norm, glued, False, brk)
            else:
                norm = piece if piece.isascii() else _fold_accents(piece)
                if norm.isascii() and norm.islower():
                    key = norm  # most words
                elif (
                    norm.istitle()
                    or norm.isupper()
                    or _CAMEL_RE.search(norm) is None
                    or _BRAND_PREFIX.match(norm) is not None
                ):
                    key = norm.casefold()  # "eBay", "iPhone": one word
                else:
                    _camel_parts(toks, add_start, norm, s, glued, brk)  # cut every time
                    continue
                tok = _Tok(norm, key, glued, True, brk)
            variants = [None, None, None, None, tok]
            variants[2 + glued if brk else glued] = tok
            shared[piece] = variants
            append(tok)
            add_start(s)
        if starts is not None:
            starts.frombytes(pack(f"{len(offsets)}{starts.typecode}", *offsets))
        offsets.clear()
        block_start = block_end
    return toks


def _camel_parts(
    toks: _Toks, add_start: Callable[[int], None], piece: str, s: int, glued: bool, brk: bool
) -> None:
    """Append the parts of a camel-case word ("OpenAI": "Open", "AI") at offset ``s``."""
    a = 0
    for c in [*(m.start() + 1 for m in _CAMEL_RE.finditer(piece)), len(piece)]:
        part = piece[a:c]
        toks.append(_Tok(part, part.casefold(), glued, True, brk))
        add_start(s + a)
        glued = True
        brk = False
        a = c


def _fold_accents(word: str) -> str:
    """ "São" -> "Sao", keeping the length when every letter folds to one letter."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare if len(bare) == len(word) else word


def _is_cap_word(tok: _Tok) -> bool:
    return tok.word and tok.norm[:1].isupper()


def _cap_words(toks: _Toks) -> list[int]:
    """Indices of the capitalised words (:func:`_is_cap_word`), in order."""
    return [k for k, t in enumerate(toks) if t.word and t.norm[:1].isupper()]


class _Candidates:
    """The token indices where a match may begin, ascending, walked forward once: a scan
    jumps from candidate to candidate and skips the tokens that cannot start what it
    looks for (linear over the whole walk)."""

    __slots__ = ("_c", "_cands")

    def __init__(self, cands: Sequence[int]) -> None:
        self._cands = cands
        self._c = 0

    def at_or_after(self, i: int) -> int | None:
        """The first candidate at index ``i`` or later, or ``None`` when none is left."""
        cands, c, n = self._cands, self._c, len(self._cands)
        while c < n and cands[c] < i:
            c += 1
        self._c = c
        return cands[c] if c < n else None


def _start_ok(toks: _Toks, i: int) -> bool:
    """A match may not begin inside a word, except after a glued lower-case word."""
    tok = toks[i]
    if not (tok.word and tok.glued and i > 0 and toks[i - 1].word):
        return True
    prev = toks[i - 1].norm
    return len(prev) >= 2 and prev.islower()


def _end_ok(toks: _Toks, j: int) -> bool:
    """A match may not end inside a word ("Tik" of "TikTok")."""
    if j >= len(toks):
        return True
    nxt = toks[j]
    return not (nxt.word and nxt.glued and toks[j - 1].word)


def _seam_at(toks: _Toks, j: int) -> bool:
    """Whether ``toks[j]`` is glued to the word before it at a camel seam."""
    return (
        0 < j < len(toks)
        and toks[j].glued
        and toks[j].word
        and toks[j - 1].word
        and _camel_seam(toks[j - 1].norm, toks[j].norm)
    )


def _camel_seam(left: str, right: str) -> bool:
    """Whether two glued words are two names run together by a scrape that lost the
    separator ("United StatesBulgaria", "ItalyJapan"): long words, lower case meeting a
    capital. Short halves ("TikTok", "OpenAI") stay one word."""
    return (
        len(left) >= 4
        and len(right) >= 4
        and left[-1].islower()
        and right[0].isupper()
        and right[1:2].islower()
    )


def _text_of(text: str, toks: _Toks, i: int, j: int) -> str:
    return " ".join(text[_start(toks, i) : _end(toks, j - 1)].split())


def _word_count(toks: _Toks, i: int, j: int) -> int:
    return sum(1 for t in toks[i:j] if t.word and t.norm[:1].isupper())


def _trim_connectors(toks: _Toks, i: int, j: int) -> int:
    while j > i + 1 and not _is_cap_word(toks[j - 1]):
        j -= 1
    return j
