"""The party list intermediate and the view layouts read (private; see :mod:`._layouts`).

A :class:`PartyList` holds the listed parties, the layout they were written in and the
span of the clause, lead-in line or heading that governs them; a :class:`ListView` is
the article as every layout reads it (text, sentences, lines, actor mentions), and a
:class:`ListLayout` finds lists in it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Final, NamedTuple, Protocol

import attrs

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention, ArticleActors
from policycorpus.extract._clauses import Tok
from policycorpus.extract._constructions import Effect, Layout
from policycorpus.extract._tokens import shared_tokenize
from policycorpus.model import ActorKind, Modality, Span


@attrs.frozen(kw_only=True)
class PartyList:
    """Parties named together, the layout, and the context that governs them."""

    items: tuple[ActorMention, ...]
    """The listed parties in text order (a name the gazetteer lacks has ``via`` "list")."""
    layout: Layout
    governor: Span
    """The sentence (inline), or lead-in line or heading (block, table), that governs it."""
    anchor: Span | None = None
    """For a footnote list: the mark ("[footnote 1]") in its governing sentence."""
    construction: str | None = None
    """The name of the construction that decided it; None when none matched."""
    narrates: bool = False
    """Whether its parties are the authors of the text (see :attr:`Construction.narrates`)."""
    effect: Effect | None = None
    modality: Modality | None = None

    @property
    def span(self) -> Span:
        """From the first item to the last."""
        return Span(self.items[0].start, self.items[-1].end)


class ActedList(NamedTuple):
    """The parties of a list decided as signing or committing, and where it ends."""

    end: int
    items: tuple[ActorMention, ...]
    signing: bool
    """Decided as signing: "the signatories", "the members" after it stand for it."""


REACH: Final = 32
"""Tokens of context an inline list sees on each side, inside its sentence."""


@attrs.frozen
class ListView:
    """What the layouts read: the text, its sentences and lines, and the actor mentions."""

    text: str
    sentences: tuple[Span, ...]
    actors: ArticleActors
    lines: tuple[Span, ...] = attrs.field(init=False)
    line_starts: tuple[int, ...] = attrs.field(init=False)
    """Where each line starts (for finding a line by offset in log time)."""
    sentence_starts: tuple[int, ...] = attrs.field(init=False)
    """Where each sentence starts (for finding the sentence before one in log time)."""

    def __attrs_post_init__(self) -> None:
        lines: list[Span] = []
        pos = 0
        for line in self.text.split("\n"):
            lines.append(Span(pos, pos + len(line)))
            pos += len(line) + 1
        object.__setattr__(self, "lines", tuple(lines))
        object.__setattr__(self, "line_starts", tuple(ln.start for ln in lines))
        object.__setattr__(self, "sentence_starts", tuple(sp.start for sp in self.sentences))

    def tokens(self, start: int, end: int) -> list[Tok]:
        """The shared sentence tokens of ``text[start:end]`` (mentions as one token)."""
        return shared_tokenize(self.text, start, end, self.actors.within(start, end), self.actors)


class ListLayout(Protocol):
    """A way of writing a list of parties."""

    layout: Layout

    def find(self, view: ListView) -> Iterator[PartyList]:
        """Every list of this layout in the article, undecided (no construction yet)."""
        ...


def head_kind(words: Sequence[str]) -> str | None:
    """The kind a name's head word gives: the word before its complement ("Coalition for
    Safer Streets", "Ministry of Energy"), else its last word ("Vikram Solar")."""
    for w, nxt in pairwise(words):
        if nxt in ("for", "of", "on", "against"):
            kind = vocab.KIND_HEADS.get(w.lower().strip(".,"))
            if kind is not None:
                return kind
            break
    return vocab.KIND_HEADS.get(words[-1].lower().strip(".,")) if words else None


def kind_of(name: str, default: ActorKind) -> ActorKind:
    """The kind a name's head word gives ("Clean Water Alliance" is an NGO), else the
    kind of the list it stands in."""
    kind = head_kind(name.split())
    return ActorKind(kind) if kind else default
