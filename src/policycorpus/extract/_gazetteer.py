"""The gazetteer: known actors and their aliases, matched in one pass over a text.

Matching (:meth:`Gazetteer.find`)
    Every alias is tokenised the same way and stored in a token trie (:mod:`._trie`)
    keyed on the case-folded tokens. At each token the trie is walked as far as the text
    allows and the longest alias whose case fits wins, so the cost per token is bounded
    by the longest alias, not by the size of the gazetteer. Case-aware: a text token
    fits an alias token when it is equal, or the all-capitals form of it (headlines), or
    a capitalised lower-case connector ("Of"). So "US" never matches "us". Spacing must
    agree: glued alias tokens ("U.S.") need glued text tokens; spaced ones accept any
    run of whitespace with at most one line break ("Chad,  the Council").

    ``mention := demonym-list GOVERNMENT-NOUN | alias``
    ``demonym-list := DEMONYM ((","|"and"|"or"|"&")+ DEMONYM)*``
    A demonym list only counts before "government(s)", "administration" or
    "authorities": "the German and French governments" gives Germany and France; or
    before plural officials, after at most a few portfolio words ("Polish ministers",
    "the UK and Polish Foreign and Defence secretaries").

    Blocked phrases ("New Mexico", "Latin America") match like aliases and yield
    nothing. Contextual aliases ("X", "Snap") are kept only when the article also names
    the actor in full, when a cue word precedes them ("the platform X"), or when they
    stand in a list next to another company. Aliases that are also number words
    ("Three") need the cue or the list: "Three UK" elsewhere does not make "Three
    ministers" a company. Aliases that are also first names ("Chad",
    "Jordan") are dropped when a capitalised word follows ("Jordan Smith"). A comma
    alias whose tail is itself a name ("Hong Kong, China") is one name only when no
    list goes on after it ("Japan, Hong Kong, China, Singapore" lists China). A longer
    known name is its own actor ("Google DeepMind" is not "Google"); companies are
    named by their short name ("Snap", alias "Snap Inc.").

The matcher has no names in it: the package's own actors are data
(:mod:`._gazetteer_data`), loaded by :func:`default_gazetteer` (:mod:`._gazetteer_default`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, NamedTuple

from policycorpus.errors import LoadError
from policycorpus.extract import _gazetteer_data as data
from policycorpus.extract._actor_records import Actor, ActorMention
from policycorpus.extract._actor_tokens import (
    _Candidates,
    _end,
    _end_ok,
    _is_cap_word,
    _reading,
    _seam_at,
    _start,
    _start_ok,
    _text_of,
    _Toks,
)
from policycorpus.extract._trie import _Trie
from policycorpus.model import ActorKind


def _inside_company(toks: _Toks, i: int, j: int) -> bool:
    """Whether ``toks[i:j]`` stands inside a company's name: a capitalised word before it
    and a legal form after it ("Dayforce Canada Ltd.", "Acme UK Limited")."""
    if not (i > 0 and j < len(toks)):
        return False
    before, after = toks[i - 1], toks[j]
    return (
        _is_cap_word(before)
        and not toks[i].brk
        and after.word
        and not after.brk
        and after.norm.rstrip(".") in data.COMPANY_SUFFIXES
    )


def _legal_form_after(toks: _Toks, j: int) -> int:
    """The end of a company's name at ``toks[j]`` past ", Inc." or ", Ltd." after it."""
    if (
        j + 1 < len(toks)
        and toks[j].norm == ","
        and not toks[j + 1].brk
        and toks[j + 1].word
        and toks[j + 1].norm.rstrip(".") in data.COMPANY_SUFFIXES
    ):
        j += 2
        if j < len(toks) and toks[j].norm == "." and toks[j].glued:
            j += 1
    return j


_LENGTHENING_HEADS: Final = (
    data.COMPANY_GROUP_HEADS | data.COMPANY_INDUSTRY_HEADS | data.COMPANY_CHARITY_HEADS
)
"""Heads after a known company's name that make a longer name of its own."""


class _Hit(NamedTuple):
    i: int
    j: int
    actor: Actor
    via: str
    contextual: bool


_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}")
_LIST_GAPS: Final = frozenset(
    {
        ",",
        "and",
        ", and",
        "&",
        "/",
        "or",
        ", or",
        ";",
        "",
        "•",
        "-",
        "*",
        "·",
        "–",
        "—",
        "and the",
        ", and the",
        ", the",
        "or the",
    }
)
"""What may stand between two names of a list (spaces and line breaks collapsed)."""
_GOV_MODIFIERS: Final = frozenset({"federal", "national", "central", "respective", "state"})
_OFFICIAL_PLURALS: Final = frozenset(
    {"ministers", "secretaries", "leaders", "delegations", "negotiators"}
)
"""Plural officials whom coordinated demonyms name by country ("Polish ministers")."""
_PORTFOLIO_REACH: Final = 4


class Gazetteer:
    """Known actors and their aliases, matched in one pass over a text.

    Add actors with :meth:`add`, load a JSON file with :meth:`load`, or start from
    :func:`default_gazetteer` (call :meth:`copy` on it before adding, since it is shared).
    Matching cost per character does not depend on how many actors there are.
    """

    def __init__(self) -> None:
        self._actors: list[Actor] = []
        self._index: dict[str, int] = {}
        self._trie = _Trie()
        self._demonyms = _Trie()
        self._demonym_codes: list[str] = []
        self._contextual: set[tuple[int, str]] = set()
        self._blocked: list[str] = []
        self._by_country: dict[str, int] = {}

    # building

    def add(
        self,
        name: str,
        kind: ActorKind | str,
        *,
        country: str | None = None,
        aliases: Iterable[str] = (),
        contextual: Iterable[str] = (),
    ) -> None:
        """Add an actor (or more aliases to a known one) under its canonical ``name``.

        ``contextual`` aliases match only where the context makes them clear (see the
        module docstring); the canonical name and ``aliases`` always match.
        """
        kind = ActorKind(kind)
        if not name.strip():
            raise ValueError("an actor needs a non-empty name")
        if country is not None:
            country = country.upper()
            if not _COUNTRY_RE.fullmatch(country):
                raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, got {country!r}")
        aliases = tuple(aliases)
        contextual = tuple(contextual)
        idx = self._index.get(name)
        if idx is None:
            idx = len(self._actors)
            self._index[name] = idx
            self._actors.append(Actor(name, kind, country, ()))
        old = self._actors[idx]
        merged = tuple(a for a in dict.fromkeys([*old.aliases, *aliases, *contextual]) if a != name)
        self._actors[idx] = Actor(name, kind, country or old.country, merged)
        if kind is ActorKind.GOVERNMENT and country and country not in self._by_country:
            self._by_country[country] = idx
        for phrase in (name, *aliases, *contextual):
            self._trie.add(phrase, idx)
        for phrase in contextual:
            self._contextual.add((idx, phrase))
        for phrase in aliases:
            self._contextual.discard((idx, phrase))

    def add_demonym(self, demonym: str, country: str) -> None:
        """Teach a demonym ("German") for government phrases of ``country`` (alpha-2)."""
        self._demonyms.add(demonym, len(self._demonym_codes))
        self._demonym_codes.append(country)

    def block(self, phrase: str) -> None:
        """Make ``phrase`` match nothing, so no shorter alias matches inside it."""
        self._trie.add(phrase, -1)
        self._blocked.append(phrase)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, base: Gazetteer | None = None) -> Gazetteer:
        """A gazetteer from a JSON file, added on top of a copy of ``base`` if given.

        The file holds a list of actors, or an object ``{"actors": [...], "blocked":
        [...], "demonyms": {"German": "DE"}}``; each actor is an object with ``name``,
        ``kind`` and optional ``country``, ``aliases`` and ``contextual``.
        """
        source = os.fspath(path)
        try:
            with open(source, encoding="utf-8") as fh:
                raw = json.load(fh)
        except (OSError, ValueError) as exc:
            raise LoadError(f"cannot read actor file: {exc}", source=source) from exc
        gaz = base.copy() if base is not None else cls()
        gaz.update(raw, source=source)
        return gaz

    def update(self, raw: Any, *, source: str | None = None) -> None:
        """Add actors from decoded JSON data (the shape :meth:`load` reads)."""
        items = raw.get("actors", []) if isinstance(raw, dict) else raw
        if not isinstance(items, list):
            raise LoadError("expected a list of actors", source=source)
        for n, item in enumerate(items):
            try:
                self.add(
                    str(item["name"]),
                    ActorKind(item.get("kind", "other")),
                    country=item.get("country"),
                    aliases=[str(a) for a in item.get("aliases", ())],
                    contextual=[str(a) for a in item.get("contextual", ())],
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise LoadError(f"actors[{n}]: {exc}", source=source) from exc
        if isinstance(raw, dict):
            for phrase in raw.get("blocked", ()):
                self.block(str(phrase))
            for demonym, code in dict(raw.get("demonyms", {})).items():
                self.add_demonym(str(demonym), str(code))

    def to_data(self) -> dict[str, Any]:
        """The gazetteer as JSON-ready data, in the shape :meth:`load` reads back."""
        actors: list[dict[str, Any]] = []
        for idx, actor in enumerate(self._actors):
            ctx = [a for a in (actor.name, *actor.aliases) if (idx, a) in self._contextual]
            item: dict[str, Any] = {"name": actor.name, "kind": actor.kind.value}
            if actor.country is not None:
                item["country"] = actor.country
            plain = [a for a in actor.aliases if a not in ctx]
            if plain:
                item["aliases"] = plain
            if ctx:
                item["contextual"] = ctx
            actors.append(item)
        demonyms = {e.alias: self._demonym_codes[e.target] for e in self._demonyms.entries()}
        return {"actors": actors, "blocked": list(self._blocked), "demonyms": demonyms}

    def copy(self) -> Gazetteer:
        """An independent gazetteer with the same content."""
        new = Gazetteer()
        for actor in self._actors:
            idx = self._index[actor.name]
            ctx = [a for a in (actor.name, *actor.aliases) if (idx, a) in self._contextual]
            plain = [a for a in actor.aliases if a not in ctx]
            new.add(actor.name, actor.kind, country=actor.country, aliases=plain, contextual=ctx)
        for phrase in self._blocked:
            new.block(phrase)
        for entry in self._demonyms.entries():
            new.add_demonym(entry.alias, self._demonym_codes[entry.target])
        return new

    # looking up

    def get(self, name: str) -> Actor | None:
        """The actor with canonical ``name``, if known."""
        idx = self._index.get(name)
        return None if idx is None else self._actors[idx]

    def country_actor(self, code: str) -> Actor | None:
        """The government actor of ISO alpha-2 ``code``, if known."""
        idx = self._by_country.get(code.upper())
        return None if idx is None else self._actors[idx]

    def department_of(self, mention: ActorMention) -> Actor | None:
        """The country a government department acts for ("the Department of Commerce",
        "the Ministry of Defence of Germany"), or ``None`` for any other mention
        (regulators and police act for themselves)."""
        if not mention.country or not (
            mention.kind is ActorKind.AGENCY
            or (mention.kind is ActorKind.GOVERNMENT and mention.via == "pattern")
        ):
            return None
        low = mention.name.lower()
        if data.DEPARTMENT_WORDS.isdisjoint(low.split()) and "international development" not in low:
            return None
        return self.country_actor(mention.country)

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def __iter__(self) -> Iterator[Actor]:
        return iter(list(self._actors))

    def find(self, text: str) -> list[ActorMention]:
        """Every actor mention in ``text``: one pass, longest match, case-aware."""
        with _reading(text) as toks:
            return [_mention(text, toks, h) for h in self._hits(text, toks)]

    def _hits(self, text: str, toks: _Toks, *, resolve: bool = True) -> list[_Hit]:
        hits: list[_Hit] = []
        n = len(toks)
        edges = self._trie.edges
        demonym_edges = self._demonyms.edges
        no_demonyms_before = 0
        # only a token some name or demonym begins with can start a hit
        firsts, demonym_firsts = self._trie.firsts, self._demonyms.firsts
        cands = [k for k, t in enumerate(toks) if t.key in firsts or t.key in demonym_firsts]
        walk = _Candidates(cands)
        i = 0
        while (found := walk.at_or_after(i)) is not None:
            i = found
            key = (0, toks[i].key)
            if not (_start_ok(toks, i) or (_seam_at(toks, i) and bool(hits) and hits[-1].j == i)):
                i += 1
                continue
            if i >= no_demonyms_before and key in demonym_edges:
                got, resume = self._demonym_run(text, toks, i)
                if got:
                    hits.extend(got)
                    i = resume
                    continue
                no_demonyms_before = resume
            m = self._trie.longest(text, toks, i) if (0, toks[i].key) in edges else None
            if m is None:
                i += 1
                continue
            j, entry = m
            if entry.target < 0:
                i = j
                continue
            if (
                entry.alias in data.AMBIGUOUS_PERSON_NAMES
                and j < n
                and _is_cap_word(toks[j])
                and not toks[j].glued
                and not toks[j].brk  # a name on the next line is the next list item
                and toks[j].norm not in data.NON_NAME_WORDS
            ):
                i += 1
                continue
            actor = self._actors[entry.target]
            if actor.kind is ActorKind.GOVERNMENT and _inside_company(toks, i, j):
                i = j  # "Dayforce Canada Ltd.": a company's name, not the country
                continue
            contextual = (entry.target, entry.alias) in self._contextual
            if (
                actor.kind is ActorKind.COMPANY
                and j < n
                and (head := toks[j].norm) in _LENGTHENING_HEADS
                and (not contextual or head in data.COMPANY_INDUSTRY_HEADS)
                and not toks[j].glued
                and not toks[j].brk
            ):
                # "Sony Group", "Bloomberg Philanthropies", "Tata Steel": a longer name of
                # its own (which also settles a contextual alias)
                j += 1
                kind = ActorKind.NGO if head in data.COMPANY_CHARITY_HEADS else ActorKind.COMPANY
                actor = Actor(_text_of(text, toks, i, j), kind, actor.country, ())
                contextual = False
            if actor.kind is ActorKind.COMPANY:
                country = self._country_after(text, toks, j)
                if country is not None:
                    # "Amazon Australia", "BASF Canada Inc.": the company's national arm
                    named, j, code = country
                    actor = Actor(_text_of(text, toks, i, named), ActorKind.COMPANY, code, ())
                    contextual = False
            if actor.kind is ActorKind.COMPANY:
                j = _legal_form_after(toks, j)  # "ABB, Inc.": the company's legal form
            hits.append(_Hit(i, j, actor, "gazetteer", contextual))
            i = j
        return _resolve_contextual(text, toks, hits) if resolve else hits

    def _country_after(self, text: str, toks: _Toks, j: int) -> tuple[int, int, str | None] | None:
        """Where a country named right after a company's name at ``toks[j]`` on the
        same line ends ("Amazon Australia"), where the name with its legal form ends
        ("BASF Canada Inc."), and the country's code; None unless nothing but a space
        parts them and no possessive or other name goes on after it."""
        n = len(toks)
        if j >= n or toks[j].glued or toks[j].brk or not toks[j].word:
            return None
        m = self._trie.longest(text, toks, j)
        if m is None or m[1].target < 0:
            return None
        k, entry = m
        country = self._actors[entry.target]
        if country.kind is not ActorKind.GOVERNMENT or not _end_ok(toks, k):
            return None
        end = k
        if k < n and not toks[k].brk and toks[k].norm.rstrip(".") in data.COMPANY_SUFFIXES:
            end = k + 1  # "BASF Canada Inc."
            if end < n and toks[end].norm == "." and toks[end].glued:
                end += 1
        elif k < n and not toks[k].brk and (toks[k].norm in ("'s", "’s") or _is_cap_word(toks[k])):
            return None  # "Google Australia's", "Apple Canada Trust": not the arm's name
        return k, end, country.country

    def _demonym_before(self, text: str, toks: _Toks, i: int) -> _Hit | None:
        """The country of a demonym ending just before ``toks[i]``, if any."""
        for s in range(max(0, i - 3), i):
            m = self._demonyms.longest(text, toks, s)
            if m is not None and m[0] == i:
                actor = self.country_actor(self._demonym_codes[m[1].target])
                if actor is not None:
                    return _Hit(s, i, actor, "demonym", False)
        return None

    def _demonym_run(self, text: str, toks: _Toks, i: int) -> tuple[list[_Hit], int]:
        """Demonyms listed before a government noun, and where to look next.

        Without a government noun the result is ``([], end of the run)``: every
        demonym inside the run ends at the same place, so none needs trying again.
        """
        found: list[tuple[int, int, str]] = []
        k = i
        n = len(toks)
        while k < n:
            m = self._demonyms.longest(text, toks, k)
            if m is None:
                break
            j, entry = m
            found.append((k, j, self._demonym_codes[entry.target]))
            k = j
            skipped = 0
            while k < n and toks[k].key in (",", "and", "or", "&") and skipped < 2:
                k += 1
                skipped += 1
            if skipped == 0:
                break
        if not found:
            return [], i
        k = found[-1][1]
        while k < n and toks[k].key in _GOV_MODIFIERS:
            k += 1
        if k < n and toks[k].key not in data.GOVERNMENT_NOUNS:
            # "Polish ministers", "the UK and Polish Foreign and Defence secretaries"
            p = k
            while (
                p < n
                and p - k < _PORTFOLIO_REACH
                and (
                    _is_cap_word(toks[p])
                    or toks[p].norm.capitalize() in data.PORTFOLIO_WORDS  # "defence ministers"
                    or (p > k and toks[p].key == "and")
                )
            ):
                p += 1
            if p < n and toks[p].key in _OFFICIAL_PLURALS and toks[p - 1].key != "and":
                k = p
        if k >= n or (
            toks[k].key not in data.GOVERNMENT_NOUNS and toks[k].key not in _OFFICIAL_PLURALS
        ):
            return [], found[-1][1]  # no later demonym of this run can do better
        hits: list[_Hit] = []
        for s, e, code in found:
            actor = self.country_actor(code)
            if actor is not None:
                hits.append(_Hit(s, e, actor, "demonym", False))
        return hits, k + 1


def _resolve_contextual(text: str, toks: _Toks, hits: list[_Hit]) -> list[_Hit]:
    if not any(h.contextual for h in hits):
        return hits
    named = {h.actor.name for h in hits if not h.contextual}
    keep: list[_Hit] = []
    for n, h in enumerate(hits):
        if not h.contextual or (
            h.actor.name in named and toks[h.i].norm not in data.NUMBER_WORD_ALIASES
        ):
            keep.append(h)
            continue
        if h.i > 0 and toks[h.i - 1].key in data.CONTEXT_CUE_WORDS:
            keep.append(h)
            continue
        neighbours = []
        if n > 0:
            neighbours.append((hits[n - 1], h))
        if n + 1 < len(hits):
            neighbours.append((h, hits[n + 1]))
        for a, b in neighbours:
            other = b if a is h else a
            if other.actor.kind not in (ActorKind.COMPANY, ActorKind.NGO):
                continue
            gap = " ".join(text[_end(toks, a.j - 1) : _start(toks, b.i)].split())
            if gap in _LIST_GAPS:
                keep.append(h)
                break
    return keep


def _mention(text: str, toks: _Toks, h: _Hit, **extra: Any) -> ActorMention:
    return ActorMention(
        start=_start(toks, h.i),
        end=_end(toks, h.j - 1),
        name=h.actor.name,
        kind=h.actor.kind,
        country=h.actor.country,
        via=h.via,
        **extra,
    )


def _place_at(toks: _Toks, k: int, by_start: Mapping[int, _Hit]) -> _Hit | None:
    """The place named at ``toks[k]``, after an optional "the"."""
    if k < len(toks) and toks[k].key == "the":
        k += 1
    return by_start.get(k)
