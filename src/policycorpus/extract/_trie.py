"""The token trie the gazetteer and the titles are matched with.

Every phrase is tokenised as the text is (:mod:`._actor_tokens`) and stored under its
case-folded tokens. At each token the trie is walked as far as the text allows and the
longest phrase whose case fits wins, so the cost per token is bounded by the longest
phrase, not by how many there are. Case-aware: a text token fits a phrase token when it
is equal, or the all-capitals form of it (headlines), or a capitalised lower-case
connector ("Of"). Spacing must agree: glued phrase tokens ("U.S.") need glued text
tokens; spaced ones accept any run of whitespace with at most one line break.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from policycorpus.extract._actor_tokens import (
    _end,
    _end_ok,
    _is_cap_word,
    _seam_at,
    _start,
    _tokenize,
    _Toks,
)


def _case_ok(text_tok: str, alias_tok: str) -> bool:
    if text_tok == alias_tok:
        return True
    if len(alias_tok) > 1 and text_tok == alias_tok.upper():
        return True
    return alias_tok.islower() and text_tok == alias_tok[:1].upper() + alias_tok[1:]


def _gap_ok(text: str, toks: _Toks, k: int, glued: bool) -> bool:
    """Whether ``toks[k]`` follows ``toks[k - 1]`` as an alias's words follow each other."""
    if glued:
        return toks[k].glued
    return not toks[k].glued and text.count("\n", _end(toks, k - 1), _start(toks, k)) <= 1


class _Entry(NamedTuple):
    norms: tuple[str, ...]
    glued: tuple[bool, ...]
    target: int
    """Index of the value in the owner's table, or -1 for a blocked phrase."""
    alias: str


class _Trie:
    """Token trie: ``add`` a phrase with a target, ``longest`` match at a token.

    Stored flat, as ``(node, token key) -> node`` edges and ``node -> entries``, all
    ints, strings and tuples of them: the garbage collector stops tracking such
    containers, so a gazetteer of 100,000 actors does not slow every collection down.
    """

    def __init__(self) -> None:
        self.edges: dict[tuple[int, str], int] = {}
        self.firsts: set[str] = set()
        """The keys of the root's edges: the tokens a phrase may begin with."""
        self.finals: dict[int, tuple[_Entry, ...]] = {}
        self.nodes = 1  # node 0 is the root
        self.depth = 0

    def starts(self, key: str) -> bool:
        """Whether some phrase begins with the token ``key``."""
        return (0, key) in self.edges

    def add(self, phrase: str, target: int) -> bool:
        toks = _tokenize(phrase)
        if not toks:
            return False
        node = 0
        self.firsts.add(toks[0].key)
        for tok in toks:
            nxt = self.edges.get((node, tok.key))
            if nxt is None:
                nxt = self.nodes
                self.nodes += 1
                self.edges[(node, tok.key)] = nxt
            node = nxt
        entry = _Entry(
            tuple(t.norm for t in toks),
            tuple(t.glued for t in toks),
            target,
            phrase,
        )
        entries = self.finals.get(node, ())
        if entry not in entries:
            self.finals[node] = (*entries, entry)
        self.depth = max(self.depth, len(toks))
        return True

    def entries(self) -> Iterator[_Entry]:
        """Every entry, in no particular order."""
        for entries in self.finals.values():
            yield from entries

    def longest(self, text: str, toks: _Toks, i: int) -> tuple[int, _Entry] | None:
        """The longest entry matching ``toks[i:j]``, as ``(j, entry)``."""
        edges = self.edges
        finals = self.finals
        node = edges.get((0, toks[i].key))
        j = i
        best: tuple[int, _Entry] | None = None
        n = len(toks)
        while node is not None:
            j += 1
            for entry in finals.get(node, ()):
                if (
                    _fits(text, toks, i, entry)
                    and (
                        _end_ok(toks, j)
                        # "ItalyJapan": another name begins at the seam
                        or (_seam_at(toks, j) and (0, toks[j].key) in edges)
                    )
                    and not self._list_swallowed(text, toks, i, j, entry)
                ):
                    best = (j, entry)
                    break
            if j >= n:
                break
            node = edges.get((node, toks[j].key))
        return best

    def _list_swallowed(self, text: str, toks: _Toks, i: int, j: int, entry: _Entry) -> bool:
        """Whether a comma alias ("Hong Kong, China") is two items of a list.

        An alias "A, B" whose tail B is itself a name is read as one name only when
        no list continues after it: "Japan, Hong Kong, China, Singapore" lists China.
        """
        if "," not in entry.norms:
            return False
        c = i + entry.norms.index(",") + 1
        if c >= j:
            return False
        tail = self.longest(text, toks, c) if (0, toks[c].key) in self.edges else None
        if tail is None or tail[0] != j:
            return False
        return _list_continues(toks, j)


def _list_continues(toks: _Toks, j: int) -> bool:
    """Whether a separator and another capitalised name follow ``toks[j]``."""
    n = len(toks)
    k = j
    while k < n and k - j < 2 and toks[k].key in (",", "and", "or", "&", ";"):
        k += 1
    if k == j:
        return False
    if k < n and toks[k].key == "the":
        k += 1
    return k < n and _is_cap_word(toks[k])


def _fits(text: str, toks: _Toks, i: int, entry: _Entry) -> bool:
    for k, alias_norm in enumerate(entry.norms):
        tok = toks[i + k]
        if not _case_ok(tok.norm, alias_norm):
            return False
        if k and not _gap_ok(text, toks, i + k, entry.glued[k]):
            return False
    return True
