"""The actor matcher's tokens: one pass over the text, shared by every actor rule.

The text is cut into word tokens (runs of letters and digits, split again where a
lower-case letter meets an upper-case one: "withAlbania" is "with" + "Albania") and
single punctuation tokens. Two tokens are *glued* when nothing separates them. Beside
the tokenizer live the small token predicates the gazetteer, the people and the
organisation rules share (a capitalised word, where a match may begin or end, the text
of a token run).

Memory
    Tokens are the bulk of the working memory: each is a small tuple whose end offset
    is computed and whose strings are shared between equal words (about 28 bytes a
    character of prose at the peak, measured with tracemalloc on 2 MB).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final, NamedTuple

_TOKEN_RE: Final = re.compile(r"[^\W_]+|\S")
"""A token: a run of letters and digits, or one other character but a space."""
_SPACE_RE: Final = re.compile(r"\s")
_BLOCK: Final = 1 << 16
"""Characters of text whose tokens :func:`_tokenize` reads with one ``findall`` (the
token strings of a block live until the block is read: memory stays flat)."""
_CAMEL_RE: Final = re.compile(r"[a-z][A-Z]")
_PUNCT_NORM: Final = {"’": "'", "‘": "'", "‛": "'", "`": "'", "–": "-", "‐": "-", "‑": "-"}


class _Tok(NamedTuple):
    """One token. Kept small: a long text has one per word (see :func:`_tokenize`)."""

    start: int
    norm: str
    """The token with curly apostrophes and dashes made plain (as long as the text)."""
    key: str
    """``norm`` case-folded: the trie key."""
    glued: bool
    """No space between this token and the previous one."""
    word: bool
    brk: bool = False
    """A line break lies between this token and the previous one."""

    @property
    def end(self) -> int:
        """Offset just after the token (``norm`` keeps the text's length)."""
        return self.start + len(self.norm)


def _tokenize(text: str) -> list[_Tok]:
    """The tokens of ``text``.

    Memory: the end offset is computed, not stored, and equal words share one string
    object (and one case-folded key), so a long text costs little more than its
    token tuples. Speed: the words are read with ``findall`` (no match object per
    token) a block of :data:`_BLOCK` characters at a time (cut at a space, which no
    token crosses), each found again with ``str.find`` from the previous one's end; a
    word seen before is one dictionary look-up.
    """
    toks: list[_Tok] = []
    append = toks.append
    new = tuple.__new__
    shared: dict[str, tuple[str, str, bool]] = {}
    known_piece = shared.get
    find = text.find
    n = len(text)
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
            known = known_piece(piece)
            if known is not None:
                append(new(_Tok, (s, known[0], known[1], s == prev_end, known[2], brk)))
                prev_end = e
                continue
            if e - s == 1 and not piece.isalnum():
                norm = _PUNCT_NORM.get(piece, piece)
                shared[piece] = (norm, norm, False)
                append(_Tok(s, norm, norm, s == prev_end, False, brk))
                prev_end = e
                continue
            norm = piece if piece.isascii() else _fold_accents(piece)
            if norm.isascii() and norm.islower():
                key = norm  # most words
            elif norm.istitle() or norm.isupper() or _CAMEL_RE.search(norm) is None:
                key = norm.casefold()
            else:
                key = ""  # camel case: cut below, every time
            if key:
                shared[piece] = (norm, key, True)
                append(_Tok(s, norm, key, s == prev_end, True, brk))
                prev_end = e
                continue
            piece = norm
            a = 0
            for c in [*(m.start() + 1 for m in _CAMEL_RE.finditer(piece)), len(piece)]:
                part = piece[a:c]
                append(_Tok(s + a, part, part.casefold(), s + a == prev_end, True, brk))
                brk = False
                prev_end = s + c
                a = c
        block_start = block_end
    return toks


def _fold_accents(word: str) -> str:
    """ "São" -> "Sao", keeping the length when every letter folds to one letter."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare if len(bare) == len(word) else word


def _is_cap_word(tok: _Tok) -> bool:
    return tok.word and tok.norm[:1].isupper()


def _cap_words(toks: Sequence[_Tok]) -> list[int]:
    """Indices of the capitalised words (:func:`_is_cap_word`), in order."""
    return [k for k, t in enumerate(toks) if t.word and t.norm[:1].isupper()]


def _next_candidate(cands: Sequence[int], c: int, i: int) -> int:
    """The first index from ``c`` on of an ascending ``cands`` whose value is at least
    ``i`` (``len(cands)`` when none is): a scan may jump from candidate to candidate
    and skip the tokens that cannot start what it looks for."""
    n = len(cands)
    while c < n and cands[c] < i:
        c += 1
    return c


def _start_ok(toks: Sequence[_Tok], i: int) -> bool:
    """A match may not begin inside a word, except after a glued lower-case word."""
    tok = toks[i]
    if not (tok.word and tok.glued and i > 0 and toks[i - 1].word):
        return True
    prev = toks[i - 1].norm
    return len(prev) >= 2 and prev.islower()


def _end_ok(toks: Sequence[_Tok], j: int) -> bool:
    """A match may not end inside a word ("Tik" of "TikTok")."""
    if j >= len(toks):
        return True
    nxt = toks[j]
    return not (nxt.word and nxt.glued and toks[j - 1].word)


def _seam_at(toks: Sequence[_Tok], j: int) -> bool:
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


def _text_of(text: str, toks: Sequence[_Tok], i: int, j: int) -> str:
    return " ".join(text[toks[i].start : toks[j - 1].end].split())


def _word_count(toks: Sequence[_Tok], i: int, j: int) -> int:
    return sum(1 for t in toks[i:j] if t.word and t.norm[:1].isupper())


def _trim_connectors(toks: Sequence[_Tok], i: int, j: int) -> int:
    while j > i + 1 and not _is_cap_word(toks[j - 1]):
        j -= 1
    return j
