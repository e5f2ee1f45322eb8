"""Unknown companies that a list or a cue word names.

``LIST := ITEM (SEP ITEM)*`` of known mentions and unknown capitalised names is a
company list after a company cue ("companies", "firms such as", "the start-up", "The
following companies have signed: ...") or with two known companies and no government;
its unknown names become companies everywhere in the article (see
:func:`_company_lists` and :func:`_listed_again`). A capitalised word glued to a
hyphenated lower-case word ("the Irish-founded start-up", "a Dublin-based firm") is a
modifier, not a name. A one-word company read by form that is a known company's name
without its generic last word ("Stability") is that company (:func:`_short_company`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from policycorpus.extract import _gazetteer_data as data
from policycorpus.extract._actor_records import Actor, ActorMention
from policycorpus.extract._actor_tokens import (
    _KEY,
    _end,
    _is_cap_word,
    _start,
    _start_ok,
    _text_of,
    _Toks,
)
from policycorpus.extract._gazetteer import Gazetteer, _Hit
from policycorpus.extract._organisations import _suffix_at
from policycorpus.model import ActorKind

_LIST_SEPARATORS: Final = frozenset({",", "and", "&", ";"})
_MAX_UNKNOWN_WORDS: Final = 4
_NAME_CONNECTORS: Final = frozenset({"of", "in", "de", "du", "des", "&"})
"""Lower-case words that join the capitalised words of one company name."""
_CUE_WINDOW: Final = 10
"""How many tokens before a list a company cue word may stand ("companies have signed: ...")."""


def _unknown_name_end(toks: _Toks, i: int, taken: bytearray) -> int:
    """End of an unknown capitalised name at ``toks[i]`` ("Veridex Safety"), or ``i``."""
    n = len(toks)
    if not _is_cap_word(toks[i]) or toks[i].norm in data.ORGANISATION_STOP_WORDS:
        return i
    if _suffix_at(toks, i) > 0:
        return i  # the "Inc." of "Amazon.com, Inc."
    j = i
    words = 0
    while j < n and not taken[j] and (j == i or not toks[j].brk):
        t = toks[j]
        if (
            j > i
            and t.norm in _NAME_CONNECTORS
            and j + 1 < n
            and not taken[j + 1]
            and not toks[j + 1].brk
            and _is_cap_word(toks[j + 1])
        ):
            j += 1  # "Research in Motion", "Bank of Valletta": a connector inside the name
            continue
        if not _is_cap_word(t) and not (j > i and t.word and t.glued and toks[j - 1].word):
            break
        if t.norm in data.DOCUMENT_WORDS:
            return i  # "the Declaration", "this Accord": a text, not a party
        if not t.glued or j == i:
            words += 1
            if words > _MAX_UNKNOWN_WORDS:
                return i
        j += 1
    if _modifier_follows(toks, j):
        return i  # "the Irish-founded start-up", "a London-based firm": a modifier
    return j


def _modifier_follows(toks: _Toks, j: int) -> bool:
    """Whether a hyphen and a lower-case word are glued at ``toks[j]`` ("-founded")."""
    return (
        j + 1 < len(toks)
        and toks[j].glued
        and toks[j].norm in ("-", "\u2010", "\u2011")
        and toks[j + 1].glued
        and toks[j + 1].word
        and toks[j + 1].norm[:1].islower()
    )


def _company_cue(text: str, toks: _Toks, i: int, window: int = _CUE_WINDOW) -> bool:
    """Whether a company cue word stands shortly before ``toks[i]`` in the same line."""
    k = i
    while k > 0 and i - k < window and not toks[k].brk and toks[k - 1].norm not in ".!?":
        k -= 1
        if toks[k].key in data.COMPANY_CUE_WORDS:
            return True
        if toks[k].key in ("start", "up") and toks[k].word:
            span = text[_start(toks, k) : _end(toks, min(k + 3, i) - 1)].casefold()
            if "start-up" in span.replace("\u2011", "-").replace("\u2010", "-"):
                return True
    return False


def _cue_just_before(toks: _Toks, i: int) -> bool:
    """Whether a company cue ends just before ``toks[i]`` ("the firm X", "firms such as X")."""
    k = i - 1
    if k >= 1 and toks[k].key == "as" and toks[k - 1].key == "such":
        k -= 2
    elif k >= 0 and toks[k].key in ("including", "like", "include", "includes"):
        k -= 1
        if k >= 0 and toks[k].key in ("which", "that"):
            k -= 1  # "the companies, which include X"
    if k >= 1 and toks[k].norm == "," and toks[k - 1].key in data.COMPANY_CUE_WORDS:
        k -= 1
    if k < 0 or toks[k + 1].brk:
        return False
    if toks[k].key in data.COMPANY_CUE_WORDS:
        return True
    # "start-up" is three tokens
    return (
        k >= 2
        and toks[k].key in ("up", "ups")
        and toks[k - 1].norm == "-"
        and toks[k - 2].key == "start"
    )


_COMPANY_CUE_KEYS: Final = data.COMPANY_CUE_WORDS | {"start"}
"""The words a company cue needs (a cue word, or the "start" of "start-up")."""


def _company_lists(
    text: str, toks: _Toks, found: Sequence[_Hit], caps: Sequence[int]
) -> tuple[list[_Hit], list[_Hit]]:
    """Unknown names that a list or a cue word makes companies.

    ``LIST := ITEM (SEP ITEM)*`` where ITEM is a known mention or an unknown
    capitalised name of one to four words, with an optional "the". A list is a
    company list when a company cue word ("companies", "firms", "the start-up")
    stands just before it ("firms such as", "companies including") or before a colon
    that opens it ("The following companies have signed: ..."), or when two of its
    known items are companies; no known item may be a government. Its unknown
    names become companies, and its contextual aliases ("Thorn") count. Returns
    ``(new company hits, kept contextual hits)``; each token is visited a bounded
    number of times.
    """
    if sum(
        1 for h in found if h.actor.kind is ActorKind.COMPANY and not h.contextual
    ) < 2 and _COMPANY_CUE_KEYS.isdisjoint(map(_KEY, toks)):
        return [], []  # no list can be cued or hold two known companies
    starts: dict[int, _Hit] = {}
    for h in found:
        if h.i not in starts or h.j > starts[h.i].j:
            starts[h.i] = h
    n = len(toks)
    cover = bytearray(n + 1)
    for h in starts.values():
        cover[h.i : h.j] = b"\x01" * (h.j - h.i)
    new: list[_Hit] = []
    kept: list[_Hit] = []
    # where a list may begin: a known mention or a capitalised word outside one
    candidates = sorted(
        {
            *starts,
            *(k for k in caps if not cover[k]),
        }
    )
    i = 0
    for c in candidates:
        if c < i:
            continue
        i = c
        items: list[tuple[int, int, _Hit | None]] = []
        k = i
        first = i
        while k < n:
            s = k
            if toks[k].key == "the" and k + 1 < n and not toks[k + 1].brk:
                s = k + 1
            known = starts.get(s)
            if known is not None:
                e = known.j
            elif cover[s]:
                break
            else:
                e = _unknown_name_end(toks, s, cover)
            if e <= s:
                break
            if not items:
                first = k
            items.append((s, e, known))
            k = e
            seps = 0
            while k < n and toks[k].key in _LIST_SEPARATORS and seps < 2 and not toks[k].brk:
                k += 1
                seps += 1
            if seps == 0 or (k < n and toks[k].brk):
                break
        i = max(k, i + 1)
        if not items:
            continue
        unknown = [(s, e) for s, e, h in items if h is None]
        ctx = [h for _, _, h in items if h is not None and h.contextual]
        if not unknown and not ctx:
            continue
        kinds = [h.actor.kind for _, _, h in items if h is not None and not h.contextual]
        if any(kd in (ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL) for kd in kinds):
            continue
        companies = sum(1 for kd in kinds if kd is ActorKind.COMPANY)
        cued = _cue_just_before(toks, first) or (
            first > 0 and toks[first - 1].norm == ":" and _company_cue(text, toks, first - 1)
        )
        if not (cued or (companies >= 2 and len(items) > 1)):
            continue
        for s, e in unknown:
            actor = Actor(_text_of(text, toks, s, e), ActorKind.COMPANY, None, ())
            new.append(_Hit(s, e, actor, "pattern", False))
        kept.extend(ctx)
    return new, kept


def _listed_again(toks: _Toks, listed: Sequence[_Hit], found: Sequence[_Hit]) -> list[_Hit]:
    """Later (and earlier) mentions of names a list made companies ("Lumenhash also ...")."""
    if not listed:
        return []
    names: dict[str, list[tuple[tuple[str, ...], Actor]]] = {}
    for h in listed:
        norms = tuple(t.norm for t in toks[h.i : h.j])
        names.setdefault(norms[0], []).append((norms, h.actor))
    busy = bytearray(len(toks) + 1)
    for h in (*found, *listed):
        busy[h.i : h.j] = b"\x01" * (h.j - h.i)
    out: list[_Hit] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        cands = names.get(tok.norm) if tok.word and not busy[i] else None
        if not cands or not _start_ok(toks, i):
            continue
        for norms, actor in cands:
            j = i + len(norms)
            if (
                j <= n
                and tuple(t.norm for t in toks[i:j]) == norms
                and not any(busy[i:j])
                and (j == n or not _is_cap_word(toks[j]) or toks[j].brk)
            ):
                out.append(_Hit(i, j, actor, "pattern", False))
                busy[i:j] = b"\x01" * (j - i)
                break
    return out


_SHORTENED: Final = ("AI", "Labs", "Technologies", "Group", "Systems", "Inc.")
"""Generic last words a company's short name drops ("Stability" for Stability AI)."""


def _short_company(m: ActorMention, gaz: Gazetteer) -> ActorMention:
    """A one-word company name read by form that is a known company's name without its
    generic last word ("Stability", "Inflection") is that company."""
    if m.via != "pattern" or m.kind is not ActorKind.COMPANY or " " in m.name:
        return m
    for suffix in _SHORTENED:
        actor = gaz.get(f"{m.name} {suffix}")
        if actor is not None and actor.kind is ActorKind.COMPANY:
            return attrs.evolve(m, name=actor.name, country=actor.country)
    return m
