"""People's names by their form: where a name begins and ends in the tokens.

``NAME`` is one to five capitalised words, with particles ("von der"), initials
("S. Rajan", "Alejandro N. Mayorkas"), elided prefixes ("O'Callaghan") and hyphenated
parts ("Inman-Grant", "Ko Wing-man"). The titled-people rules (:mod:`._people`) read
names with :func:`_name_at` and :func:`_name_before`; here too are people named with
post-nominal letters and no title ("Jane Ellison MP"), later mentions of a person by
full name or surname, and the surnames of an article's authors.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final, NamedTuple

from policycorpus.extract import _gazetteer_data as data
from policycorpus.extract._actor_records import Person
from policycorpus.extract._actor_tokens import (
    _end_ok,
    _is_cap_word,
    _start,
    _text_of,
    _Tok,
    _tokenize,
    _Toks,
    _word_count,
)


def _name_word(tok: _Tok) -> bool:
    return (
        _is_cap_word(tok)
        and len(tok.norm) > 1
        and not tok.norm.isupper()
        and tok.norm not in data.NON_NAME_WORDS
    )


def _elided_prefix(toks: _Toks, i: int) -> bool:
    """Whether ``toks[i]`` is the "O" of "O'Callaghan" (or "D'", "L'", "M'")."""
    return (
        i + 2 < len(toks)
        and toks[i].norm in ("O", "D", "L", "M")
        and toks[i + 1].norm == "'"
        and toks[i + 1].glued
        and toks[i + 2].glued
        and _name_word(toks[i + 2])
    )


_MIDDLE_INITIAL: Final = re.compile(r" [A-Z]\. (?=[A-Z])")
"""A middle initial, left out of the canonical name ("Alejandro N. Mayorkas")."""


def _name_at(toks: _Toks, i: int, *, max_words: int = 5) -> int:
    """End of a person's name starting at ``toks[i]`` (``i`` when there is none)."""
    n = len(toks)
    j = i
    words = 0
    while j < n and words < max_words:
        tok = toks[j]
        if j > i and tok.brk:
            break
        if j > i and not tok.glued and toks[j - 1].norm in ("'", "-"):
            break
        if _elided_prefix(toks, j) and not (j > i and tok.glued):
            words += 1
            j += 3
            continue
        if (
            j == i
            and j + 2 < n
            and len(tok.norm) == 1
            and tok.norm.isupper()
            and toks[j + 1].norm == "."
            and toks[j + 1].glued
            and not toks[j + 2].brk
            and _name_word(toks[j + 2])
        ):
            j += 2  # an initial opens the name: "S. Rajan"
            continue
        if (
            words
            and j + 2 < n
            and len(tok.norm) == 1
            and tok.norm.isupper()
            and toks[j + 1].norm == "."
            and _name_word(toks[j + 2])
        ):
            j += 2  # a middle initial: "Alejandro N. Mayorkas"
            continue
        if _name_word(tok):
            if j > i and tok.glued and toks[j - 1].word:
                if toks[j - 1].norm not in data.CAMEL_NAME_PREFIXES:
                    break
                j += 1  # "McEntee": one word
                continue
            words += 1
            j += 1
            # O'Brien, Inman-Grant, Ko Wing-man
            if (
                j + 1 < n
                and toks[j].norm in ("'", "-")
                and toks[j].glued
                and toks[j + 1].glued
                and (
                    _is_cap_word(toks[j + 1])
                    or (
                        toks[j].norm == "-"
                        and toks[j + 1].norm.isalpha()
                        and toks[j + 1].norm.islower()
                        and len(toks[j + 1].norm) <= 4
                    )
                )
            ):
                j += 2
            continue
        if j > i and tok.word and tok.norm in data.NAME_PARTICLES:
            k = j
            while k < n and k - j < 3 and toks[k].word and toks[k].norm in data.NAME_PARTICLES:
                k += 1
            if k < n and _is_cap_word(toks[k]) and toks[k].norm not in data.NON_NAME_WORDS:
                j = k
                continue
        break
    if j > i and not toks[j - 1].word:
        j -= 1
    return j


def _name_before(toks: _Toks, j: int) -> int:
    """Start of a two-to-four-word name ending just before ``toks[j]`` (``j`` if none)."""
    orig = j
    i = j
    while i > 0 and j - i < 2 and toks[i - 1].word and toks[i - 1].norm.isupper():
        i -= 1  # post-nominals: "OBE", "KC"
    words = 0
    while i > 0 and words < 4:
        tok = toks[i - 1]
        if i < orig and toks[i].brk:
            break
        if _name_word(tok):
            words += 1
            i -= 1
        elif (
            tok.norm in ("-", "'")
            and tok.glued
            and toks[i].glued
            and i >= 2
            and _name_word(toks[i - 2])
        ):
            i -= 1  # "Jean-Marc", "O'Neill": the part before the hyphen is read next
        elif tok.word and tok.norm in data.NAME_PARTICLES and words:
            i -= 1
        else:
            break
    while i < orig and (not _is_cap_word(toks[i]) or toks[i].norm in data.HONORIFICS):
        if toks[i].norm in data.HONORIFICS:
            words -= 1  # "the Hon Julia Gillard MP, Prime Minister of Australia"
        i += 1
    return i if words >= 2 else orig


class _PersonHit(NamedTuple):
    i: int
    j: int
    person: Person
    via: str


def _post_nominal_people(
    text: str,
    toks: _Toks,
    out: list[_PersonHit],
    people: dict[str, Person],
    ends_inside: set[int],
) -> None:
    """People named with no title but with post-nominal letters ("Jane Ellison MP")."""
    taken = {k for h in out for k in range(h.i, h.j)}
    found = False
    for k, tok in enumerate(toks):
        if tok.norm not in data.POST_NOMINALS or k < 2 or tok.brk or k - 1 in taken:
            continue
        s = _name_before(toks, k)
        if s >= k or s in ends_inside or k - 1 in ends_inside or _word_count(toks, s, k) < 2:
            continue
        name = _text_of(text, toks, s, k)
        person = people.setdefault(name, Person(name, None, None, _start(toks, s)))
        out.append(_PersonHit(s, k, person, "person"))
        taken.update(range(s, k))
        found = True
    if found:
        out.sort(key=lambda h: h.i)


def _author_surnames(authors: Sequence[str]) -> dict[tuple[str, ...], str]:
    """Trailing words of the article's authors who look like people -> the full name."""
    out: dict[tuple[str, ...], str] = {}
    for author in authors:
        toks = _tokenize(author)
        words = tuple(t.norm for t in toks if t.word)
        if not 2 <= len(words) <= 4 or not all(_name_word(t) for t in toks if t.word):
            continue
        if any(w in data.ORGANISATION_HEADS or w in data.COMPANY_SUFFIXES for w in words):
            continue
        for k in range(1, len(words)):
            out.setdefault(words[k:], author)
    return out


def _repeats(toks: _Toks, people: Mapping[str, Person], taken: bytearray) -> list[_PersonHit]:
    """Later mentions of introduced people by full name or surname."""
    if not people:
        return []
    names: dict[str, list[tuple[tuple[str, ...], Person]]] = {}
    for person in people.values():
        parts = tuple(t.norm for t in _tokenize(person.name) if t.word)
        if not parts:
            continue
        names.setdefault(parts[0], []).append((parts, person))
        if len(parts) >= 2:
            names.setdefault(parts[-1], []).append(((parts[-1],), person))
    out: list[_PersonHit] = []
    i = 0
    n = len(toks)
    while i < n:
        if taken[i] or not toks[i].word or toks[i].norm not in names:
            i += 1
            continue
        best: tuple[int, Person] | None = None
        for parts, person in names[toks[i].norm]:
            if _start(toks, i) <= person.start:
                continue
            j, k = i, 0
            while k < len(parts) and j < n and not taken[j]:
                if not toks[j].word:
                    j += 1
                    continue
                if toks[j].norm != parts[k]:
                    break
                j += 1
                k += 1
            if k == len(parts) and _end_ok(toks, j) and (best is None or j > best[0]):
                best = (j, person)
        if best is None:
            i += 1
            continue
        out.append(_PersonHit(i, best[0], best[1], "person"))
        i = best[0]
    return out


NAME_HONORIFICS: Final = frozenset(h.rstrip(".") for h in data.HONORIFICS) - {
    "Lord",
    "Baroness",
    "Rt Hon",
}
"""Honorifics between a title and a name that are not part of the name ("Ambassador
Dame Ann Lowe"): the gazetteer's honorifics but peerages ("Lord", "Baroness"), which
stay in the name."""


def past_honorific(toks: _Toks, k: int) -> int:
    """The start of the name at ``toks[k]``, past an honorific written before it."""
    if toks[k].norm in NAME_HONORIFICS and k + 1 < len(toks) and not toks[k + 1].brk:
        k += 1
        if toks[k].norm == "." and toks[k].glued and k + 1 < len(toks):
            k += 1
    return k


def enclosed_name(toks: _Toks, commas: list[int], title_end: int) -> tuple[int, int] | None:
    """A name between two commas inside what was read as a portfolio ("for Energy, Kadri
    Simson, Ministers ..."): two or more name words, none a portfolio word."""
    for c in commas[:-1]:
        e = _name_at(toks, c + 1)
        if (
            e < title_end
            and toks[e].norm == ","
            and _word_count(toks, c + 1, e) >= 2
            and not any(t.norm in data.PORTFOLIO_WORDS for t in toks[c + 1 : e])
        ):
            return c + 1, e
    return None
