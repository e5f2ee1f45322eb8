"""Organisations the gazetteer does not know, recognised by their form.

``ABBREVIATION := KNOWN-ACTOR "(" ABBR ")"`` teaches ABBR for the article, and
``CAPITALISED-NAME-WITH-ORGANISATION-WORD "(" ABBR ")"`` whose initials spell ABBR adds
a new actor ("Counter Abuse Foundation (CAF)"). Unknown organisations are recognised by
their form (see :func:`_pattern_organisations`): a head word gives the kind ("Trust"
ngo, "Labs" company, "Department" agency), a union or commission of a region or of
"... States" is intergovernmental, and a department joined to a place ("the Bermuda
Department of ICT Policy", "the Ministry of X of Taiwan", "the Danish Ministry of Y")
is a government body (:func:`_government_bodies`). Unknown companies found by a legal
suffix drop it from the name but keep it in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from policycorpus.extract import _gazetteer_data as data
from policycorpus.extract._actor_records import Actor
from policycorpus.extract._actor_tokens import (
    _Candidates,
    _is_cap_word,
    _text_of,
    _Toks,
    _trim_connectors,
)
from policycorpus.extract._gazetteer import Gazetteer, _Hit, _place_at
from policycorpus.model import ActorKind


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() or w[:1].isdigit())


_MAX_NAME_TOKENS: Final = 12
"""The longest name "(ABBR)" may define, in tokens."""


def _learn_abbreviations(
    text: str, toks: _Toks, hits: list[_Hit], gaz: Gazetteer
) -> tuple[dict[str, Actor], list[_Hit]]:
    """Abbreviations defined as "Full Name (ABBR)", and new actors defined that way."""
    learned: dict[str, Actor] = {}
    new_hits: list[_Hit] = []
    ends = {h.j: h for h in hits}
    n = len(toks)
    covered = bytearray(n + 1)
    for h in hits:
        covered[h.i : h.j] = b"\x01" * (h.j - h.i)
    for k in range(1, n - 2):
        if toks[k].norm != "(" or toks[k + 2].norm != ")":
            continue
        abbr_tok = toks[k + 1]
        abbr = abbr_tok.norm
        if not abbr_tok.word or len(abbr) < 2 or not any(c.isupper() for c in abbr):
            continue
        if sum(c.isupper() for c in abbr) < 2:
            continue  # "(Congo)", "(eSafety)": a name, not an abbreviation
        known = ends.get(k)
        if known is not None:
            if abbr not in known.actor.aliases and abbr != known.actor.name:
                learned.setdefault(abbr, known.actor)
            continue
        # a capitalised phrase whose initials spell the abbreviation
        s = k
        while s > max(0, k - _MAX_NAME_TOKENS) and (
            _is_cap_word(toks[s - 1])
            or (
                toks[s - 1].key in data.PORTFOLIO_CONNECTORS and s > 1 and _is_cap_word(toks[s - 2])
            )
        ):
            s -= 1
        while s < k and not _is_cap_word(toks[s]):
            s += 1
        words = [t.norm for t in toks[s:k] if t.word]
        caps = [w for w in words if w[:1].isupper()]
        letters = "".join(c for c in abbr if c.isupper() or c.isdigit())
        # the phrase may carry words in front of the name: trim from the left
        while len(caps) > len(letters) and words:
            first = words.pop(0)
            if first[:1].isupper():
                caps.pop(0)
            s += 1
            while s < k and not _is_cap_word(toks[s]):
                s += 1
        if not caps or s >= k or _initials(caps).upper() != letters.upper():
            continue
        kind = None
        for w in words:
            if w in data.ORGANISATION_WORDS:
                kind = data.ORGANISATION_WORDS[w]
        if kind is None or any(covered[s:k]):
            continue
        name = _text_of(text, toks, s, k)
        actor = gaz.get(name) or Actor(name, ActorKind(kind), None, (abbr,))
        learned.setdefault(abbr, actor)
        new_hits.append(_Hit(s, k, actor, "abbreviation", False))
    return learned, new_hits


def _pattern_organisations(
    text: str, toks: _Toks, taken: bytearray, heading: set[int], caps: Sequence[int]
) -> list[_Hit]:
    """Unknown organisations named by their form: "Acme Robotics Inc.", "Molly Trust".

    ``ORG := CAP+ (CONNECTOR CAP+)*`` with a company suffix as its last word, or an
    organisation head word ("Foundation", "Agency") followed only by connector
    phrases ("Centre for Child Protection"); at least two capitalised words; never on
    a Title Case line, never over a known mention.
    """
    out: list[_Hit] = []
    n = len(toks)
    cands = caps  # a name by form starts with a capitalised word
    walk = _Candidates(cands)
    i = 0
    while (found := walk.at_or_after(i)) is not None:
        i = found
        tok = toks[i]
        if (
            taken[i]
            or i in heading
            or tok.norm in data.ORGANISATION_STOP_WORDS
            or (tok.glued and i > 0 and toks[i - 1].word)
        ):
            i += 1
            continue
        j = i
        suffix_end = -1
        while j < n and not taken[j] and (j == i or not toks[j].brk):
            t = toks[j]
            if j > i and not t.glued and t.word:
                suffix_end = _suffix_at(toks, j)
                if suffix_end > 0:
                    break  # "Kestrel Robotics GmbH", "Vantor S.A."
            if (
                j > i
                and t.norm == "'"
                and t.glued
                and j + 1 < n
                and toks[j + 1].key == "s"
                and toks[j + 1].glued
                and not taken[j + 1]
                and j + 2 < n
                and _is_cap_word(toks[j + 2])
            ):
                j += 2  # "Brightpath Children's Trust"
                continue
            if (
                j > i
                and t.key in data.ORGANISATION_CONNECTORS
                and t.key not in ("and", "&", "the")
                and j + 2 < n
                and toks[j + 1].key == "the"
                and not taken[j + 2]
                and _is_cap_word(toks[j + 2])
                and toks[j + 2].norm not in data.ORGANISATION_STOP_WORDS
                and not toks[j + 2].brk
            ):
                j += 2  # "Ministry of the Interior"
                continue
            if (_is_cap_word(t) and not (j > i and t.glued and toks[j - 1].word)) or (
                j > i
                and t.key in data.ORGANISATION_CONNECTORS
                and not _ends_a_name(toks, j)
                and j + 1 < n
                and not taken[j + 1]
                and _is_cap_word(toks[j + 1])
                and toks[j + 1].norm not in data.ORGANISATION_STOP_WORDS
            ):
                j += 1
            else:
                break
        if suffix_end > 0 and not any(taken[j:suffix_end]):
            name = _text_of(text, toks, i, _trim_connectors(toks, i, j))
            out.append(
                _Hit(i, suffix_end, Actor(name, ActorKind.COMPANY, None, ()), "pattern", False)
            )
            i = suffix_end
            continue
        hit = _organisation_in(text, toks, i, j)
        split = _company_split(toks, hit) if hit is not None else -1
        if split >= 0:
            i = split + 1  # "Quellix and Tarrowind Labs": two names, the first one bare
        elif hit is not None:
            out.append(hit)
            i = hit.j
        else:
            i = max(j, i + 1)
    return out


def _suffix_at(toks: _Toks, p: int) -> int:
    """End of a company suffix spelt by the glued tokens at ``toks[p]`` ("GmbH", "S.A."), or -1.

    A full stop glued after the suffix belongs to it.
    """
    n = len(toks)
    spelt = toks[p].norm
    end = p + 1 if spelt in data.COMPANY_SUFFIXES else -1
    q = p + 1
    while q < n and q - p < 5 and toks[q].glued:
        spelt += toks[q].norm
        q += 1
        if spelt in data.COMPANY_SUFFIXES:
            end = q
    if 0 < end < n and toks[end].glued and toks[end].norm not in ".,;:)":
        return -1  # "Co-operative" is no "Co"
    if 0 < end < n and toks[end].norm == "." and toks[end].glued:
        end += 1
    return end


def _company_split(toks: _Toks, hit: _Hit) -> int:
    """Where a company's name found by form joins two names with "and", or -1.

    Company names rarely hold "and" outside a complement ("Centre for Science and
    Technology" keeps it; "Quellix and Tarrowind Labs" is two companies).
    """
    if hit.actor.kind is not ActorKind.COMPANY:
        return -1
    for k in range(hit.i + 1, hit.j):
        key = toks[k].key
        if key in ("and", "&"):
            return k
        if key in data.ORGANISATION_CONNECTORS:
            return -1
    return -1


def _ends_a_name(toks: _Toks, j: int) -> bool:
    """Whether "and" at ``toks[j]`` follows a complete name ("Kestrel Foundation and ...")."""
    prev = toks[j - 1].norm
    return toks[j].key in ("and", "&") and (
        prev in data.ORGANISATION_HEADS
        or prev in data.COMPANY_SUFFIXES
        or prev in data.INTERGOVERNMENTAL_TAILS
    )


def _organisation_in(text: str, toks: _Toks, i: int, j: int) -> _Hit | None:
    caps = [k for k in range(i, j) if _is_cap_word(toks[k])]
    if len(caps) < 2:
        return None
    last = caps[-1]
    if toks[last].norm in data.COMPANY_SUFFIXES and _suffix_at(toks, last) > 0:
        end = last + 1
        if end < len(toks) and toks[end].norm == "." and toks[end].glued:
            end += 1
        name = _text_of(text, toks, i, _trim_connectors(toks, i, caps[-2] + 1))
        return _Hit(i, end, Actor(name, ActorKind.COMPANY, None, ()), "pattern", False)
    heads = [k for k in caps if toks[k].norm in data.ORGANISATION_HEADS and _head_ok(toks, i, k)]
    if not heads:
        return None
    h = heads[-1]
    end = h + 1
    if end < j and toks[end].key in data.ORGANISATION_CONNECTORS:
        end = j  # "Centre for Child Protection"
    if sum(1 for k in caps if k < end) < 2:
        return None
    kind = ActorKind(data.ORGANISATION_HEADS[toks[h].norm])
    if end > h + 1 and toks[end - 1].norm in data.INTERGOVERNMENTAL_TAILS:
        kind = ActorKind.INTERGOVERNMENTAL  # "Organisation of Eastern Caribbean States"
    elif toks[h].norm in data.INTERGOVERNMENTAL_HEADS and any(
        toks[k].norm in data.REGIONAL_WORDS for k in range(i, h)
    ):
        kind = ActorKind.INTERGOVERNMENTAL  # "the Indian Ocean Commission"
    name = _text_of(text, toks, i, end)
    return _Hit(i, end, Actor(name, kind, None, ()), "pattern", False)


def _head_ok(toks: _Toks, i: int, k: int) -> bool:
    """Whether ``toks[k]`` heads the name begun at ``toks[i]``.

    "AI" ends a company's name only after one or two plain capitalised words
    ("Kestrel AI"), never after a kind of AI ("Frontier AI") or a connector, nor
    inside a longer title ("the Paris AI Action Summit").
    """
    if toks[k].norm != "AI":
        return True
    n = len(toks)
    nxt = k + 1
    if nxt < n and not toks[nxt].brk and toks[nxt].key in ("and", "&"):
        nxt += 1  # "the Global AI and Security Summit"
    if nxt < n and not toks[nxt].brk and _is_cap_word(toks[nxt]):
        return False  # "the Paris AI Action Summit"
    return 1 <= k - i <= 2 and all(
        _is_cap_word(t) and t.norm not in data.AI_QUALIFIERS for t in toks[i:k]
    )


def _government_bodies(
    text: str, toks: _Toks, hits: list[_Hit], patterned: list[_Hit], gaz: Gazetteer
) -> tuple[list[_Hit], list[_Hit]]:
    """A place's name with an unknown department is one government body.

    ``PLACE DEPARTMENT | DEPARTMENT "of" PLACE | DEMONYM DEPARTMENT``: "the Bermuda
    Department of ICT Policy", "the Ministry of Digital Affairs of Taiwan" and "the
    Hungarian Ministry of Interior" are government bodies of the place's country,
    not a place and an agency.
    """
    places = [h for h in hits if h.actor.kind is ActorKind.GOVERNMENT and h.via == "gazetteer"]
    by_end = {h.j: h for h in places}
    by_start = {h.i: h for h in places}
    merged: list[_Hit] = []
    dropped: set[int] = set()
    n = len(toks)
    for p in patterned:
        tok = toks[p.i]
        place = by_end.get(p.i)
        if place is not None and tok.norm in data.GOVERNMENT_HEADS and not tok.brk:
            # "the Bermuda Department of ICT Policy"
            start, end, country = place.i, p.j, place.actor.country
            dropped.add(place.i)
        elif (
            (tok.norm in data.GOVERNMENT_HEADS or toks[p.i + 1].norm in data.GOVERNMENT_HEADS)
            and p.j + 1 < n
            and toks[p.j].key == "of"
            and _place_at(toks, p.j + 1, by_start) is not None
        ):
            # "the Ministry of Digital Affairs of Taiwan", "... of the Republic of Korea"
            place = _place_at(toks, p.j + 1, by_start)
            assert place is not None
            start, end, country = p.i, place.j, place.actor.country
            dropped.add(place.i)
        else:
            demonym = gaz._demonym_before(text, toks, p.i + 1) if p.j > p.i + 1 else None
            head = toks[p.i + 1] if p.i + 1 < n else tok
            if demonym is None or demonym.i != p.i or head.norm not in data.GOVERNMENT_HEADS:
                merged.append(p)
                continue
            # "the Hungarian Ministry of Interior"
            start, end, country = p.i, p.j, demonym.actor.country
        name = _text_of(text, toks, start, end)
        actor = Actor(name, ActorKind.GOVERNMENT, country, ())
        merged.append(_Hit(start, end, actor, "pattern", False))
    if not dropped:
        return hits, merged
    return [h for h in hits if h.i not in dropped], merged


_FORCE_WORDS: Final = frozenset({"Force", "Service"})


def police_forces(text: str, toks: _Toks, hits: list[_Hit]) -> list[_Hit]:
    """A place's name followed by "Police" ("South Australia Police", "Victoria Police
    Force") is the place's police force, an agency acting for itself, not the place."""
    out: list[_Hit] = []
    n = len(toks)
    for h in hits:
        j = h.j
        if (
            h.actor.kind is ActorKind.GOVERNMENT
            and j < n
            and toks[j].norm == "Police"
            and not toks[j].brk
            and not toks[j].glued
        ):
            end = j + 2 if j + 1 < n and toks[j + 1].norm in _FORCE_WORDS else j + 1
            name = _text_of(text, toks, h.i, end)
            out.append(
                _Hit(h.i, end, Actor(name, ActorKind.AGENCY, h.actor.country, ()), "pattern", False)
            )
        else:
            out.append(h)
    return out
