"""Actors: per-article actor resolution, composed from the actor modules.

:func:`find_actors` tokenises the article once (:mod:`._actor_tokens`) and reads, in
order:

- known actors with the gazetteer (:mod:`._gazetteer`, over the token trie of
  :mod:`._trie`; the package's own in :mod:`._gazetteer_default`): aliases, demonym
  government phrases, contextual aliases kept where the article makes them clear;
- abbreviations the article defines, organisations by their form and government
  bodies (:mod:`._organisations`);
- unknown companies named in a company list or after a company cue
  (:mod:`._companies`);
- people introduced with a title (:mod:`._people`, their names read by
  :mod:`._names`), and later titles, names or surnames that stand for them.

Lines written in Title Case are headings: no organisation by form begins there, and a
name read after a title there must end the line or stand before punctuation. Mentions
come in text order and never overlap; where two readings cover the same tokens, the
first taken wins, in this order: people introduced by name, defined abbreviations,
gazetteer names, people standing for their title, later mentions of people,
organisations by form, and abbreviations used. The records (:mod:`._actor_records`),
:class:`Gazetteer` and :func:`default_gazetteer` are re-exported here for the other
extractors.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import Any, Final, TypeVar

import attrs

from policycorpus.extract._actor_records import Actor, ActorMention, Person
from policycorpus.extract._actor_tokens import _cap_words, _end_ok, _reading, _start_ok, _Toks
from policycorpus.extract._companies import _company_lists, _listed_again, _short_company
from policycorpus.extract._gazetteer import Gazetteer, _Hit, _mention, _resolve_contextual
from policycorpus.extract._gazetteer_default import default_gazetteer
from policycorpus.extract._names import _repeats
from policycorpus.extract._organisations import (
    _government_bodies,
    _learn_abbreviations,
    _pattern_organisations,
    police_forces,
)
from policycorpus.extract._people import _find_people, _person_mention
from policycorpus.model import Article

__all__ = [
    "Actor",
    "ActorMention",
    "ArticleActors",
    "Gazetteer",
    "Person",
    "default_gazetteer",
    "find_actors",
]


def _default() -> Gazetteer:
    return default_gazetteer()


_T = TypeVar("_T")
_MISSING: Final = object()
_SHARED_KEYS: Final = 64
"""How many results :meth:`ArticleActors._share` keeps per article."""


@attrs.frozen
class ArticleActors:
    """Every actor mention of one article, with what was learned from the article."""

    mentions: tuple[ActorMention, ...]
    """Mentions in text order; they never overlap."""
    abbreviations: Mapping[str, str] = attrs.field(factory=dict, eq=False)
    """Abbreviations the article defined, mapped to canonical names ("IWF" -> ...)."""
    people: Mapping[str, Person] = attrs.field(factory=dict, eq=False)
    """People introduced with a title, by name."""
    actors: Mapping[str, Actor] = attrs.field(factory=dict, eq=False)
    """Every actor mentioned, by canonical name (including ones learned here)."""
    gazetteer: Gazetteer = attrs.field(
        factory=lambda: _default(), eq=False, repr=False, kw_only=True
    )
    """The gazetteer the mentions were matched with; the extractors look names up in it
    and in no other."""

    _starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)
    _shared: dict[Hashable, Any] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(m.start for m in self.mentions))

    def _share(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, run once per ``key`` for this article and handed to every
        extractor that asks for the same ``key`` (the party lists and the pledge reader
        tokenise the same sentences). The last :data:`_SHARED_KEYS` keys are kept, so
        memory stays flat on long texts."""
        found = self._shared.get(key, _MISSING)
        if found is _MISSING:
            found = compute()
            if len(self._shared) >= _SHARED_KEYS:
                del self._shared[next(iter(self._shared))]
            self._shared[key] = found
        return found  # type: ignore[no-any-return]

    def within(self, start: int, end: int) -> tuple[ActorMention, ...]:
        """The mentions lying wholly inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self._starts, start)
        out: list[ActorMention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return tuple(out)

    def __iter__(self) -> Iterator[ActorMention]:
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)


def _title_case_lines(text: str, toks: _Toks) -> set[int]:
    """Token indices of lines written in Title Case (headings, not prose).

    A heading line has 4 to 20 words, at least 70% of them capitalised, and does not
    end with a full stop, colon, semicolon or comma.
    """
    out: set[int] = set()
    n = len(toks)
    starts = [0, *(k for k, t in enumerate(toks) if k and t.brk), n]
    for i, j in itertools.pairwise(starts):
        if j - i < 4 or toks[j - 1].norm in (".", ":", ";", ","):
            continue  # too short, or ends like prose: no need to count its words
        words = [t for t in toks[i:j] if t.word and t.norm[:1].isalpha()]
        caps = sum(1 for t in words if t.norm[:1].isupper())
        if 4 <= len(words) <= 20 and caps * 10 >= len(words) * 7:
            out.update(range(i, j))
    return out


def find_actors(article: Article | str, gazetteer: Gazetteer | None = None) -> ArticleActors:
    """All actor mentions in ``article.text`` (or a plain string), resolved for the article.

    Gazetteer mentions, demonym government phrases, abbreviations the article
    defines, people introduced with a title, and later titles, names or surnames that
    stand for them. A person introduced by title and surname alone ("Minister Wells")
    takes the full name of an article author with that surname ("Anika Wells").
    Mentions come in text order and never overlap.
    """
    text = article if isinstance(article, str) else article.text
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    with _reading(text) as toks:
        return _actors_of(article, text, toks, gaz)


def _actors_of(article: Article | str, text: str, toks: _Toks, gaz: Gazetteer) -> ArticleActors:
    """:func:`find_actors` over the tokens of ``text``."""
    raw = gaz._hits(text, toks, resolve=False)
    hits = _resolve_contextual(text, toks, raw)
    learned, defined = _learn_abbreviations(text, toks, hits, gaz)
    heading = _title_case_lines(text, toks)
    # what is known before people are looked for: gazetteer names, abbreviations and
    # organisations recognised by form (a person's title may name whom they represent)
    known = bytearray(len(toks) + 1)
    for h in (*hits, *defined):
        known[h.i : h.j] = b"\x01" * (h.j - h.i)
    abbreviated: list[_Hit] = []
    if learned:
        for i in [k for k, t in enumerate(toks) if t.word and t.norm in learned]:
            if not known[i] and _start_ok(toks, i) and _end_ok(toks, i + 1):
                abbreviated.append(_Hit(i, i + 1, learned[toks[i].norm], "abbreviation", False))
                known[i] = 1
    caps = _cap_words(toks)
    patterned = _pattern_organisations(text, toks, known, heading, caps)
    hits, patterned = _government_bodies(text, toks, hits, patterned, gaz)
    hits = police_forces(text, toks, hits)
    found = sorted((*raw, *defined, *abbreviated, *patterned), key=lambda h: h.i)
    listed, kept = _company_lists(text, toks, found, caps)
    if kept:
        hits = sorted((*hits, *kept), key=lambda h: h.i)
    patterned = sorted(
        (*patterned, *listed, *_listed_again(toks, listed, found)), key=lambda h: h.i
    )
    organisations = sorted((*hits, *defined, *abbreviated, *patterned), key=lambda h: h.i)
    taken = bytearray(len(toks) + 1)
    chosen: list[tuple[int, ActorMention]] = []

    def take(i: int, j: int, mention: ActorMention) -> bool:
        if any(taken[i:j]):
            return False
        taken[i:j] = b"\x01" * (j - i)
        chosen.append((i, mention))
        return True

    authors = () if isinstance(article, str) else article.authors
    person_hits, people = _find_people(text, toks, organisations, heading, gaz, authors)
    for ph in person_hits:
        if ph.via == "person":
            take(ph.i, ph.j, _person_mention(text, toks, ph, gaz, people))
    for h in defined:
        take(h.i, h.j, _mention(text, toks, h))
    for h in hits:
        take(h.i, h.j, _mention(text, toks, h))
    for ph in person_hits:
        if ph.via == "title":
            take(ph.i, ph.j, _person_mention(text, toks, ph, gaz, people))
    for ph in _repeats(toks, people, taken):
        take(ph.i, ph.j, _person_mention(text, toks, ph, gaz, people))
    for h in (*patterned, *abbreviated):
        take(h.i, h.j, _mention(text, toks, h))
    chosen.sort(key=lambda pair: pair[0])
    mentions = tuple(_short_company(m, gaz) for _, m in chosen)
    actors: dict[str, Actor] = {}
    for m in mentions:
        if m.name not in actors:
            actors[m.name] = gaz.get(m.name) or Actor(m.name, m.kind, m.country, ())
    return ArticleActors(
        mentions=mentions,
        abbreviations={k: v.name for k, v in learned.items()},
        people=people,
        actors=actors,
        gazetteer=gaz,
    )
