"""People an article introduces with a title, and whom they act for.

``PERSON := TITLE [","] NAME | NAME "," ["the"] TITLE`` where NAME is read by
:mod:`._names`; the person's role is the title, and an actor named just before the
title ("US Secretary of State ...") or a demonym ("French minister ...") is whom they
represent; a title that only one country gives ("Home Secretary", "Taoiseach") names
the country by itself. A minister's portfolio ("Minister for Industry and Science")
is part of the title, and may end in the name when no comma follows ("Minister for
Science and Technology Ann Lee said"). Later, the same title ("the Home Secretary"),
the full name or the surname alone stand for that person; a titled surname that
matches an article author ("Minister Wells", byline "Anika Wells") is that author.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from policycorpus.extract import _gazetteer_data as data
from policycorpus.extract._actor_records import ActorMention, Person
from policycorpus.extract._actor_tokens import (
    _Candidates,
    _end,
    _is_cap_word,
    _start,
    _text_of,
    _tokenize,
    _Toks,
    _trim_connectors,
    _word_count,
)
from policycorpus.extract._gazetteer import Gazetteer, _Hit, _place_at
from policycorpus.extract._names import (
    _MIDDLE_INITIAL,
    NAME_HONORIFICS,
    _author_surnames,
    _elided_prefix,
    _name_at,
    _name_before,
    _name_word,
    _PersonHit,
    _post_nominal_people,
    enclosed_name,
    past_honorific,
)
from policycorpus.extract._trie import _Trie
from policycorpus.model import ActorKind

_ACCREDITED: Final = frozenset({"Ambassador", "Envoy", "Commissioner", "Representative"})
"""Titles of officials posted to a country ("Ambassador to France")."""


@functools.lru_cache(maxsize=1)
def _titles() -> _Trie:
    """The titles that introduce people, as they are and (mostly) in lower case."""
    trie = _Trie()
    for n, title in enumerate(data.TITLES):
        trie.add(title, n)
        if (title not in data.HONORIFICS and " " in title) or title in data.LOWER_CASE_TITLES:
            trie.add(title.lower(), n)  # "its chief executive, Dan Hughes"
    return trie


_INITIAL_OPENS_NAME: Final = frozenset({"and", "&", "for", "of"})
"""Words after which a capitalised word is the portfolio's last, so an initial after it
opens the name."""


def _second_title(
    text: str,
    toks: _Toks,
    k: int,
    trie: _Trie,
    known: Mapping[int, _Hit] | None = None,
    gaz: Gazetteer | None = None,
) -> bool:
    """Whether a second official begins at ``toks[k]``, just after "and" or a comma in
    a portfolio: a title ("... and Deputy Secretary of Defense"), a party's possessive
    ("... and Singapore's Minister") or a country before a title ("... and Peru
    Minister of Mines")."""
    if trie.longest(text, toks, k) is not None:
        return True
    if known is not None and k in known and trie.longest(text, toks, known[k].j) is not None:
        return True
    if gaz is not None:
        demonym = gaz._demonyms.longest(text, toks, k)  # "... and Peruvian Minister of Mines"
        if demonym is not None and trie.longest(text, toks, demonym[0]) is not None:
            return True
    m = k + 1
    while m < len(toks) and m - k < 4 and _is_cap_word(toks[m]) and not toks[m].brk:
        m += 1
    return m + 1 < len(toks) and toks[m].norm == "'" and toks[m + 1].key == "s"


def _portfolio_end(
    text: str,
    toks: _Toks,
    j: int,
    trie: _Trie,
    known: Mapping[int, _Hit] | None = None,
    gaz: Gazetteer | None = None,
) -> int:
    """End of a minister's portfolio ("Industry and Science") starting at ``toks[j]``;
    it ends before "and" or a comma that introduces a second official. A country's name
    that opens it (``known``, by first token) is read whole ("U.S. Department of ...")."""
    n = len(toks)
    if known is not None and j in known and known[j].actor.kind is ActorKind.GOVERNMENT:
        j = known[j].j
    while j < n and not toks[j].brk:
        tok = toks[j]
        nxt = toks[j + 1] if j + 1 < n and not toks[j + 1].brk else None
        if tok.norm in NAME_HONORIFICS and nxt is not None:
            break  # "... Knowledge Economy Mr. Lee Youn Ho": the name follows
        if _elided_prefix(toks, j):
            j += 3  # "O'Callaghan"
            continue
        if (
            len(tok.norm) == 1
            and tok.norm.isupper()
            and nxt is not None
            and nxt.norm == "."
            and _name_word(toks[j - 1])
        ):
            if toks[j - 1].norm in data.PORTFOLIO_WORDS or (
                j >= 2 and toks[j - 2].key in _INITIAL_OPENS_NAME
            ):
                return j  # "Communications and Information S. Rajan": an initial opens it
            if j >= 2 and toks[j - 2].norm == ",":
                return j - 2  # "Homeland Security, Kevin K. Lane": the comma ends it
            return j - 1  # "Homeland Security Alejandro N. Mayorkas": the name began
        if (
            tok.key in ("and", ",")
            and nxt is not None
            and _is_cap_word(nxt)
            and _second_title(text, toks, j + 1, trie, known, gaz)
        ):
            break
        if (
            tok.norm == ","
            and nxt is not None
            and nxt.key in ("and", "&")
            and j + 2 < n
            and not toks[j + 2].brk
            and _is_cap_word(toks[j + 2])
            and not _second_title(text, toks, j + 2, trie, known, gaz)
        ):
            j += 2  # "Climate, Energy, and Utilities": a serial comma inside the portfolio
            continue
        if (
            tok.norm == "-"
            and tok.glued
            and nxt is not None
            and nxt.glued
            and nxt.word
            and _is_cap_word(toks[j - 1])
        ):
            j += 2  # "Non-proliferation": a hyphenated word of the portfolio
            continue
        if _is_cap_word(tok) or (
            nxt is not None
            and _is_cap_word(nxt)
            and (
                tok.key in data.PORTFOLIO_CONNECTORS
                or tok.key in data.NAME_PARTICLES
                or tok.norm == ","
            )
        ):
            j += 1
            continue
        break
    return j


def _represented(
    text: str,
    toks: _Toks,
    where: tuple[int, int, int],
    portfolio: bool,
    role: str,
    hits: tuple[dict[int, _Hit], set[int], dict[int, _Hit]],
    gaz: Gazetteer,
) -> tuple[_Hit | None, str, int]:
    """Whom the title at ``toks[i:title_end]`` serves (the actor hit), the role as written,
    and where the person's name may begin. ``where`` is (title start, end of the title's
    head words, end of the title); ``hits`` are the actor hits by end, the tokens inside
    a hit, and the hits by start."""
    i, _, title_end = where
    ends, ends_inside, starts = hits
    n = len(toks)
    # represents: an actor just before the title, or the title itself is an actor,
    # or "... of the IWF" after it
    rep: _Hit | None = ends.get(i)
    if rep is None and portfolio:
        # "Minister of Digital Economy of Senegal": the place ends the portfolio
        k = title_end - 2
        while k > i and toks[k].key != "of":
            k -= 1
        # "Prime Minister of the United Kingdom": the "of" may stand before the head's end
        place = _place_at(toks, k + 1, starts) if k > i else None
        if place is not None and place.j == title_end and place.actor.kind is ActorKind.GOVERNMENT:
            rep = place
            role = _text_of(text, toks, i, k)
    if rep is None and i >= 2 and toks[i - 1].key == "s" and toks[i - 2].norm == "'":
        rep = ends.get(i - 2)
    if rep is None:
        same = ends.get(title_end)
        if same is not None and same.i <= i:
            rep = same
    if rep is None:
        rep = gaz._demonym_before(text, toks, i)  # "French President Emmanuel Macron"
    if rep is None:
        # "US Homeland Security Secretary": a portfolio before the title, an actor before it
        k = i
        while (
            k > 0
            and i - k < 3
            and not toks[k].brk
            and _is_cap_word(toks[k - 1])
            and toks[k - 1].norm not in data.ORGANISATION_STOP_WORDS
            and k - 1 not in ends_inside
        ):
            k -= 1
        if k < i and k in ends:
            rep = ends[k]
            role = _text_of(text, toks, k, title_end)
        elif k < i and k >= 2 and toks[k - 1].key == "s" and toks[k - 2].norm == "'":
            rep = ends.get(k - 2)  # "Peru's Water Minister Luis Soto"
        elif k + 1 < i:
            rep = gaz._demonym_before(text, toks, k + 1)  # "Chilean Water Minister Ana Ruiz"
            if rep is not None:
                role = _text_of(text, toks, k + 1, title_end)
    after = title_end
    if rep is None and after < n and toks[after].key in ("of", "at"):
        k = after + 1 + (after + 1 < n and toks[after + 1].key == "the")
        if k in starts:
            rep = starts[k]
            after = rep.j
    return rep, role, after


def _named_after(
    text: str,
    toks: _Toks,
    where: tuple[int, int, int, int],
    portfolio: bool,
    role: str,
    heading: set[int],
) -> tuple[int, int, str]:
    """Where the name of the person a title introduces lies (start == end when none), and
    the role as written: after the title, in brackets or after a comma, or as the last
    words of a portfolio ("Minister for Science and Technology Ann Lee said").
    ``where`` is (title start, end of the title's head words, end of the title, where
    the name may begin)."""
    i, j, title_end, after = where
    n = len(toks)
    name_start, name_end = after, after
    commas = [k for k in range(j, title_end) if toks[k].norm == ","] if portfolio else []
    split = _name_at(toks, commas[-1] + 1) if commas else -1
    enclosed = enclosed_name(toks, commas, title_end)
    if enclosed is not None:
        # "Commissioner for Energy, Kadri Simson, Ministers from ...": the portfolio ran
        # on past the name between the commas
        name_start, name_end = enclosed
        role = _text_of(text, toks, i, name_start - 1)
    elif commas and split == title_end and _word_count(toks, commas[-1] + 1, split) >= 2:
        # "Minister for Industry and Science, Ed Husic said"
        name_start, name_end = commas[-1] + 1, split
        role = _text_of(text, toks, i, commas[-1])
    elif after < n and toks[after].brk:
        if i > 0 and not toks[i].brk:
            # a wrapped line: "... Health, Dr\nPeter Walsh, today signed"
            e = _name_at(toks, after)
            if (
                _word_count(toks, after, e) >= 2
                and e < n
                and not toks[e].brk
                and (toks[e].norm in (",", ")") or toks[e].norm.islower())
            ):
                name_end = e
    elif after < n and toks[after].norm == "(":
        name_start = after + 1
        name_end = _name_at(toks, name_start) if name_start < n else name_start
        if name_end >= n or toks[name_end].norm != ")":
            name_end = name_start
    elif after < n and toks[after].norm == ",":
        name_start = past_honorific(toks, after + 1) if after + 1 < n else after + 1
        name_end = _name_at(toks, name_start) if name_start < n else name_start
        if _word_count(toks, name_start, name_end) < 2:
            name_end = name_start
    elif after < n:
        name_start = past_honorific(toks, after)
        name_end = _name_at(toks, name_start)
        if name_end == name_start:
            name_start = name_end = after
    if (
        name_end == name_start
        and portfolio
        and (
            after >= n
            or toks[after].norm != ","
            or after + 1 >= n
            or not _name_word(toks[after + 1])  # "..., sets out": no name after the comma
        )
    ):
        # no comma after the name: it is the last two capitalised words of the portfolio
        # ("Minister for Science, Innovation and Technology Ann Lee said")
        caps = [
            k
            for k in range(j, title_end)
            if _is_cap_word(toks[k])
            and not (k >= 2 and _elided_prefix(toks, k - 2))
            and not (toks[k].glued and toks[k - 1].norm in data.CAMEL_NAME_PREFIXES)
            and not (toks[k].glued and toks[k - 1].norm == "-" and toks[k - 1].glued)
        ]  # "O'Callaghan", "McAllister" and "Stark-Watzinger" are one word each
        if (
            len(caps) >= 3
            and all(_name_word(toks[k]) or _elided_prefix(toks, k) for k in caps[-2:])
            and toks[caps[-1]].norm not in data.PORTFOLIO_WORDS  # "... and Family Services"
            and all(
                toks[k].norm in data.NAME_PARTICLES
                for k in range(caps[-2] + 1, caps[-1])
                if toks[k].norm != "'"
            )
            and toks[caps[-2] - 1].norm not in (",", "(")
        ):
            first = caps[-2]
            if (
                len(caps) >= 4
                and caps[-3] == first - 1
                and caps[-4] == first - 2
                and toks[caps[-3]].norm not in data.PORTFOLIO_WORDS
                and _name_word(toks[caps[-3]])
                and toks[caps[-4]].norm in data.PORTFOLIO_WORDS
            ):
                first = caps[-3]  # "... Knowledge Economy Lee Youn Ho": a three-word name
            name_start, name_end = first, title_end
            role = _text_of(text, toks, i, _trim_connectors(toks, i, first))
    if (
        name_end > name_start
        and name_start in heading
        and name_end < n
        and not toks[name_end].brk
        and toks[name_end].norm not in (",", ":", ";", "(", ")")
    ):
        name_end = name_start  # "Minister Welcomes New Research Centre Funding Plan"
    return name_start, name_end, role


def _find_people(
    text: str,
    toks: _Toks,
    hits: Sequence[_Hit],
    heading: set[int],
    gaz: Gazetteer,
    authors: Sequence[str] = (),
) -> tuple[list[_PersonHit], dict[str, Person]]:
    trie = _titles()
    by_author_surname = _author_surnames(authors)
    ends = {h.j: h for h in hits}
    ends_inside = {k for h in hits for k in range(h.i, h.j)}
    starts = {h.i: h for h in hits}
    people: dict[str, Person] = {}
    by_role: dict[str, Person] = {}
    surnames: dict[tuple[str, ...], Person] = {}
    """Trailing words of introduced names ("Grant", "Inman Grant") -> the person."""
    family_first: dict[tuple[str, ...], Person] = {}
    """First words of introduced names, tried when no trailing words match."""
    out: list[_PersonHit] = []
    n = len(toks)
    firsts = trie.firsts
    cands = [k for k, t in enumerate(toks) if t.key in firsts]  # where a title may begin
    walk = _Candidates(cands)
    i = 0
    while (found := walk.at_or_after(i)) is not None:
        i = found
        m = trie.longest(text, toks, i)
        if m is None:
            i += 1
            continue
        j, entry = m
        while (
            j + 1 < n
            and toks[j].norm == "-"
            and toks[j].glued
            and toks[j + 1].glued
            and toks[j + 1].norm.isalpha()
            and toks[j + 1].norm.islower()
        ):
            j += 2  # "Minister-in-charge of", "President-elect"
        title_end = j
        portfolio = entry.norms[-1] in ("for", "of")
        if (
            not portfolio
            and j + 1 < n
            and toks[j].key in ("for", "of")
            and _is_cap_word(toks[j + 1])
            and j + 1 not in starts
        ):
            portfolio, j = True, j + 1  # "Secretary of Homeland Security Jane Doe"
        elif (
            not portfolio
            and j + 2 < n
            and toks[j].key == "of"
            and toks[j + 1].key == "the"
            and j + 2 in starts
            and starts[j + 2].actor.kind is ActorKind.GOVERNMENT
        ):
            # "the Secretary of the U.S. Department of Energy, Ann Lee": the country's
            # department is the portfolio
            portfolio, j = True, j + 2
        if (
            not portfolio
            and j + 1 < n
            and toks[j].key == "to"
            and j + 1 in starts
            and starts[j + 1].actor.kind is ActorKind.GOVERNMENT
            and entry.norms[-1] in _ACCREDITED
        ):
            title_end = starts[j + 1].j  # "Ambassador to France, Jane Coombes": the posting
        if portfolio:
            title_end = _portfolio_end(text, toks, j, trie, starts, gaz)
            if title_end == j:
                i = j
                continue
        role = _text_of(text, toks, i, title_end)
        rep, role, after = _represented(
            text, toks, (i, j, title_end), portfolio, role, (ends, ends_inside, starts), gaz
        )
        rep_name = rep.actor.name if rep is not None else _title_country(gaz, entry.alias)
        rep_name = data.OFFICIALS_ACT_FOR.get(rep_name, rep_name) if rep_name else rep_name
        name_start, name_end, role = _named_after(
            text, toks, (i, j, title_end, after), portfolio, role, heading
        )
        person: Person | None = None
        said = tuple(t.norm for t in toks[name_start:name_end] if t.word)
        if said and all(w in data.REGION_WORDS for w in said):
            name_end = name_start  # "CEO Europe", "Head of Asia Pacific": the remit
        known_by_surname = (
            surnames.get(said) or family_first.get(said) if name_end > name_start else None
        )
        if known_by_surname is not None:
            # "Mr Sunak" after "Prime Minister Rishi Sunak": the same person
            out.append(_PersonHit(name_start, name_end, known_by_surname, "person"))
            i = name_end
            continue
        if name_end > name_start:
            name = _MIDDLE_INITIAL.sub(" ", _text_of(text, toks, name_start, name_end))
            if by_author_surname:
                # "Minister Wells" in a release whose byline is "Anika Wells"
                words = tuple(t.norm for t in toks[name_start:name_end] if t.word)
                name = by_author_surname.get(words, name)
            if rep_name is None:
                rep_name = _country_after(toks, name_end, starts)
            person = Person(name, role, rep_name, _start(toks, name_start))
            out.append(_PersonHit(name_start, name_end, person, "person"))
            i = name_end
        else:
            # "Suella Braverman, the Home Secretary", "Jane Doe, the Transport Minister"
            k = i
            while k > 0 and i - k < 3 and not toks[k].brk and _name_word(toks[k - 1]):
                k -= 1
            k = k - 1 if k > 0 and toks[k - 1].key == "the" else k
            if rep is not None and rep.i < i:
                k = rep.i - 1 if rep.i > 0 and toks[rep.i - 1].key == "the" else rep.i
            if k > 0 and toks[k - 1].norm == ",":
                s = _name_before(toks, k - 1)
                if s < k - 1 and s not in ends_inside:  # not "Inter-American Development Bank"
                    e = _name_at(toks, s)
                    name = _text_of(text, toks, s, e)
                    person = Person(name, role, rep_name, _start(toks, s))
                    out.append(_PersonHit(s, e, person, "person"))
            if person is None:
                known = by_role.get(role.casefold())
                if known is not None and not (rep is not None and rep.j == title_end):
                    out.append(_PersonHit(i, title_end, known, "title"))
            i = title_end
        if person is not None:
            known_person = people.get(person.name)
            if known_person is None:
                people[person.name] = person
            else:
                # a second introduction fills in what the first left out
                if known_person.role in data.HONORIFICS and role not in data.HONORIFICS:
                    known_person = attrs.evolve(known_person, role=role)
                if known_person.represents is None and person.represents is not None:
                    known_person = attrs.evolve(known_person, represents=person.represents)
                people[person.name] = known_person
            if role not in data.HONORIFICS:
                by_role[role.casefold()] = people[person.name]
            words = tuple(t.norm for t in _tokenize(person.name) if t.word)
            for k in range(1, len(words)):
                surnames.setdefault(words[k:], people[person.name])
            if len(words) > 1:
                # "Minister Lee" after "Minister Lee Youn Ho": a family name written first
                family_first.setdefault(words[:1], people[person.name])
    _surname_first(out, people)
    _post_nominal_people(text, toks, out, people, ends_inside)
    return out, people


def _surname_first(out: list[_PersonHit], people: dict[str, Person]) -> None:
    """ "Secretary Granholm" in a caption over "Secretary of Energy Jennifer Granholm":
    a surname introduced before the full name is that person, when one full name ends
    with it."""
    full: dict[str, list[Person]] = {}
    for person in people.values():
        words = person.name.split()
        if len(words) > 1:
            full.setdefault(words[-1], []).append(person)
    merged: dict[str, Person] = {}
    for name, person in people.items():
        if " " not in name and len(full.get(name, ())) == 1:
            target = full[name][0]
            if person.represents is None or person.represents == target.represents:
                merged[name] = target
    if not merged:
        return
    for k, hit in enumerate(out):
        into = merged.get(hit.person.name)
        if into is not None:
            out[k] = hit._replace(person=into)
    for name in merged:
        del people[name]


def _country_after(toks: _Toks, k: int, starts: Mapping[int, _Hit]) -> str | None:
    """The country named by "of" right after a titled name ("President Ana Ruiz of
    Chile"), if any."""
    if k + 1 < len(toks) and toks[k].key == "of" and not toks[k + 1].brk:
        hit = starts.get(k + 1)
        if hit is not None and hit.actor.kind is ActorKind.GOVERNMENT:
            return hit.actor.name
    return None


def _title_country(gaz: Gazetteer, title: str) -> str | None:
    """The country a title alone names ("Home Secretary": United Kingdom), if any."""
    code = data.TITLE_COUNTRIES.get(title)
    actor = gaz.country_actor(code) if code else None
    return actor.name if actor is not None else None


def _person_mention(
    text: str,
    toks: _Toks,
    ph: _PersonHit,
    gaz: Gazetteer,
    people: Mapping[str, Person],
) -> ActorMention:
    person = people.get(ph.person.name, ph.person)  # the fullest introduction
    rep = gaz.get(person.represents) if person.represents else None
    return ActorMention(
        start=_start(toks, ph.i),
        end=_end(toks, ph.j - 1),
        name=person.name,
        kind=ActorKind.PERSON,
        country=rep.country if rep else None,
        via=ph.via,
        role=person.role,
        represents=person.represents,
    )
