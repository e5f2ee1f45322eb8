"""The items of one pledge clause resolved to parties (private; see :mod:`._pledges`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._clauses import Item
from policycorpus.extract._list_view import head_kind
from policycorpus.extract._party_memory import KIND_OF_GROUP, REFERENCE_WINDOW
from policycorpus.extract._pledge_parties import Party
from policycorpus.extract._pledge_text import (
    UNNAMED_DEPARTMENT,
    is_the_department,
    is_the_government,
    kind_of_company,
    unique_parties,
)
from policycorpus.extract._references import References
from policycorpus.extract._triggers import Clause, QuoteRegion
from policycorpus.model import ActorKind, Span

_HOME_OFFICE: Final = re.compile(
    r"(?:[Tt]he )?(?:Prime Minister|Premier|Taoiseach|First Minister|"
    r"Minister (?:for|of) [A-Z][\w ,&'-]{1,60}|Secretary of State for [A-Z][\w ,&'-]{1,60})"
)
"""A head of government or minister named by office alone: on a government's own page,
the government."""
_INSTRUMENT_AFTER: Final = re.compile(
    r"[ \t]+and[ \t]+(?:[A-Z][\w-]*[ \t]+){0,4}(?:Agreement|Declaration|Pledge|Charter|"
    r"Memorandum|Accord|Arrangement|Statement|Treaty|Convention|Compact|Partnership)\b"
)
"""The rest of a coordinated instrument name after an unknown word ("Defence and
Security Cooperation Agreement")."""
_AUTHOR_HEADS: Final = frozenset({"ministers", "participants", "signatories"})
"""Plural heads by which a joint statement names its own authors ("Ministers agreed")."""
_PORTFOLIO_AFTER: Final = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w-]*[ \t]+){1,4}(?:Secretary|Minister|Commissioner)\b"
)
"""The rest of a portfolio after an unknown word ("the Health and Social Care
Secretary"): a title, not a party."""
_NEXT_WORD: Final = re.compile(r"[ \t]+([A-Za-z]+)")


class Resolver(References):
    """Parties and groups of each clause, in text order."""

    def resolve(
        self,
        clause: Clause,
        span: Span,
        n: int,
        quote: QuoteRegion | None,
        *,
        block: bool = False,
    ) -> tuple[tuple[Party, ...], tuple[str, ...]]:
        """Parties and groups of ``clause``. In a signature ``block`` a name the gazetteer
        lacks and whose head word names no kind of body is a company: governments and
        international bodies are known by name, and charities by their head words."""
        items = list(clause.items)
        undersigned = self._undersigned(clause, span, items)
        if undersigned:
            # "the undersigned foreign ministers of ... commit": the statement's authors
            return undersigned, ()
        parties: list[Party] = []
        groups: list[str] = []
        default = _default_kind(clause, items)
        known = sum(1 for it in items if it.kind == "actor")
        unknown = sum(1 for it in items if it.kind == "unknown")
        group_before: str | None = None  # the kind of the group named last so far
        for idx, item in enumerate(items):
            if item.kind == "group":
                kind = item.group_kind
                group_before = kind if kind in KIND_OF_GROUP else None
            named = self._named(items, idx)
            if named is not None:
                parties.extend(named)
            elif item.kind == "unknown":
                if known or unknown >= 2 or clause.membership or (len(items) == 1):
                    # "car makers including A, B and C": the group's kind
                    near = default or group_before
                    if near is None and (
                        block or (parties and parties[-1].kind is ActorKind.COMPANY)
                    ):
                        near = "company"  # "... A Shipping; CMA Lines; ...": among companies
                    party = self._unknown(item, near)
                    if party is not None:
                        parties.append(party)
            elif item.kind == "group":
                parties.extend(self._group(item, clause, span, n, quote))
                groups.append(self.text[item.start : item.end])
            else:
                parties.extend(self._pointing(item, span, n, quote))
        # titles standing for a person named beside them: "US ... Secretary, Alejandro Mayorkas"
        parties = self._on_behalf(clause, kind_of_company(self._attach_roles(items, parties)))
        if not items and not parties:
            parties.extend(self._unnamed_department(clause, span))
        if clause.members and (
            not parties
            or (
                any(it.kind == "group" for it in clause.items)
                and all(m.kind == "actor" for m in clause.members)
            )
        ):
            # "the following countries are joining X in ...: A, B and C": the group's
            # members are named after the colon (known names only, beside a named party)
            for m in clause.members:
                party = self._party_of(m) if m.kind == "actor" else self._unknown(m, default)
                if party is not None:
                    parties.append(party)
        return unique_parties(parties), tuple(dict.fromkeys(groups))

    def _named(self, items: Sequence[Item], idx: int) -> list[Party] | None:
        """The party an item names outright (an actor, a title, "the Government", "the
        Department"); None when the item is of another sort."""
        item = items[idx]
        if item.kind == "actor" and item.mention is not None:
            return [self._party_of(item)]
        if item.kind == "title":
            return self._titled(items, idx)
        if self.home is not None and is_the_government(self.text, item):
            return [self.home._replace(start=item.start, end=item.end)]
        if is_the_department(self.text, item):
            dept = self.department()
            return [] if dept is None else [dept._replace(start=item.start, end=item.end)]
        return None

    def _titled(self, items: Sequence[Item], idx: int) -> list[Party]:
        """The person a title stands for, or the home government for an office alone."""
        item = items[idx]
        if idx + 1 < len(items) and self._person_apposed(item, items[idx + 1]):
            return []  # apposition: the person follows
        if idx > 0 and self._person_apposed(items[idx - 1], item):
            return []  # "Suella Braverman, the Home Secretary"
        person = self._person_for_title(item.text)
        if person is not None:
            return [person._replace(start=item.start, end=item.end)]
        if (
            self.home is not None
            and _HOME_OFFICE.fullmatch(item.text) is not None
            and not self.actors.within(item.start, item.end)  # "... of Chile"
        ):
            # "the Prime Minister committed ...", "The Minister for Europe pledged
            # ..." on a government's own page: the government acts
            return [self.home._replace(start=item.start, end=item.end)]
        return []

    def _group(
        self, item: Item, clause: Clause, span: Span, n: int, quote: QuoteRegion | None
    ) -> list[Party]:
        """The parties a group phrase stands for ("the four countries", "our ministers",
        "eight more organizations"), when the text names them."""
        text = self.text[item.start : item.end]
        if text[:4].lower() == "our " and self.narrator and quote is None:
            # "Our ministers signed ...": the statement's authors
            return [p._replace(start=item.start, end=item.end) for p in self.narrator]
        if item.reference:
            return self._reference(item, span, n)
        if (
            item.number is None
            and quote is None
            and len(self.narrator) > 1
            and text.lower() in _AUTHOR_HEADS  # bare: "the leaders" are the people who met
        ):
            # "Ministers further committed to:" in the communiqué of "We, the Interior
            # Ministers of A, B and C": the statement's authors
            return [p._replace(start=item.start, end=item.end) for p in self.narrator]
        if item.number is not None and not clause.membership and "-" not in text:
            # "eight more organizations have undertaken ... New signatories
            # include: A, B, ...": the list of that many named just after
            return [
                Party(m.name, m.kind, m.country, item.start, item.end)
                for m in self._signed_after(item.number, item.end)
            ]
        return []

    def _pointing(self, item: Item, span: Span, n: int, quote: QuoteRegion | None) -> list[Party]:
        """The parties a pronoun, "we" or "it" stands for."""
        if item.kind == "pronoun":
            met = self._met_before(span, item)
            if met:
                # "A met ministers from B and C in Lima, where they signed ...": those
                # who met
                return met
            if self.previous is not None and n - self.previous_n <= REFERENCE_WINDOW:
                return [p._replace(start=item.start, end=item.end) for p in self.previous.parties]
            return []
        if item.kind == "speaker":
            return self._speaker(item, quote)
        if item.kind != "it":
            return []
        if item.text.lower() in ("he", "she"):
            if self.previous is None or n - self.previous_n > REFERENCE_WINDOW:
                return []
            people = [p for p in self.previous.parties if p.kind is ActorKind.PERSON]
            if len(people) == 1:  # "He also committed to ...": the person who pledged
                return [people[0]._replace(start=item.start, end=item.end)]
            return []
        if item.text.lower() == "it":
            party = self._it(item, n)
            if party is not None:  # "Congratulations to Ukraine! ... it became ..."
                return [party]
        return []

    def _on_behalf(self, clause: Clause, parties: list[Party]) -> list[Party]:
        """People signing "on behalf of" the one party a clause names represent it."""
        if len(clause.behalf) != 1:
            return parties
        parties = [
            p._replace(represents=p.represents or clause.behalf[0].name)
            if p.kind is ActorKind.PERSON
            else p
            for p in parties
        ]
        for p in parties:
            if p.kind is ActorKind.PERSON and p.represents:
                self.represents.setdefault(p.name, p.represents)
        return parties

    def _unnamed_department(self, clause: Clause, span: Span) -> list[Party]:
        """ "my Department has committed ...": an unnamed department before the verb."""
        before = self.text[max(span.start, clause.trigger_start - 60) : clause.trigger_start]
        found = UNNAMED_DEPARTMENT.search(before)
        dept = self.department() if found is not None else None
        if found is None or dept is None:
            return []
        at = before.rfind(found.group(1)) + clause.trigger_start - len(before)
        return [dept._replace(start=at, end=at + len(found.group(1)))]

    def _person_apposed(self, left: Item, right: Item) -> bool:
        """Whether a title and a named person stand side by side (either way round)."""
        person = right if left.kind == "title" else left
        return (
            person.kind == "actor"
            and person.mention is not None
            and person.mention.kind is ActorKind.PERSON
            and self._adjacent(left, right)
        )

    def _adjacent(self, left: Item, right: Item) -> bool:
        gap = self.text[left.end : right.start]
        return gap.strip() in ("", ",")

    def _attach_roles(self, items: Sequence[Item], parties: list[Party]) -> list[Party]:
        out = list(parties)
        for idx, item in enumerate(items):
            if item.kind != "title" or idx + 1 >= len(items):
                continue
            nxt = items[idx + 1]
            if nxt.mention is None or nxt.mention.kind is not ActorKind.PERSON:
                continue
            for k, p in enumerate(out):
                if p.name == nxt.mention.name:
                    out[k] = p._replace(
                        role=p.role or item.text,
                        represents=p.represents or item.represents,
                    )
        return out

    def _person_for_title(self, title: str) -> Party | None:
        words = [w for w in title.split() if w not in ("The", "the")]
        if not words:
            return None
        tail = " ".join(words[-2:])
        matches = [p for p in self.actors.people.values() if p.role and p.role.endswith(tail)]
        if len(matches) != 1:
            return None
        p = matches[0]
        return Party(p.name, ActorKind.PERSON, None, 0, 0, p.role, p.represents)

    def _unknown(self, item: Item, default: str | None = None) -> Party | None:
        name = item.text
        for article_word in ("The ", "the "):
            if name.startswith(article_word):
                name = name[len(article_word) :]
        if not name or name.lower() in vocab.SENTENCE_ADVERBS or name in vocab.BARE_INSTITUTIONS:
            return None
        follower = _NEXT_WORD.match(self.text, item.end)
        if follower is not None and follower.group(1).lower() in vocab.INSTRUMENT_NOUNS:
            return None  # "Ocean pledge signed": the name of a pledge, not a party
        if (
            not vocab.names_a_party(name)
            or _INSTRUMENT_AFTER.match(self.text, item.end)
            or _PORTFOLIO_AFTER.match(self.text, item.end)
        ):
            # "New Defence and Security Cooperation Agreement signed": an instrument
            return None
        words = name.split()
        while len(words) > 1 and words[-1].lower() in vocab.LEGAL_SUFFIXES:
            words = words[:-1]  # "Bluesky Social PBC": the company, not its legal form
            name = " ".join(words).rstrip(",")
            default = "company"
        if (len(words) > 1 and words[0].lower() in vocab.NUMBER_WORDS) or any(
            w.lower() in vocab.GROUP_NOUNS and w.lower().endswith("s") for w in words[:-1]
        ):
            return None  # "Nine AI Firms Sign NTIA": a headline clause, not a name
        if words[-1].lower() in vocab.GROUP_NOUNS and (
            len(words) == 1 or words[-1].lower().endswith("s")
        ):
            return None  # "Tech Giants", "Member States": a group in capitals
        kind = ActorKind(
            vocab.KIND_FIRSTS.get(words[0].lower()) or head_kind(words) or default or "other"
        )
        start = self.text.find(name, item.start, item.end)
        start = item.start if start < 0 else start
        if item.role is not None:
            # "her Peruvian counterpart Luis Soto": the demonym of the role names the country
            before = " ".join(self.text[max(0, item.start - 60) : start].split()[-3:])
            rep = self._demonym_country(before)
            actor = self.actors.gazetteer.get(rep) if rep is not None else None
            country = actor.country if actor is not None else None
            return Party(name, ActorKind.PERSON, country, start, start + len(name), None, rep)
        if words[0].rstrip(".") in vocab.HONORIFICS and len(words) > 1:
            # "Mr Sunak": a person the gazetteer does not know
            return Party(" ".join(words[1:]), ActorKind.PERSON, None, start, start + len(name))
        return Party(name, kind, None, start, start + len(name))

    def party_or_unknown(self, item: Item) -> Party | None:
        """The party a listed name stands for (a name the gazetteer lacks included)."""
        if item.kind == "actor" and item.mention is not None:
            return self._party_of(item)
        return self._unknown(item) if item.kind == "unknown" else None


def _default_kind(clause: Clause, items: Sequence[Item]) -> str | None:
    """The kind names the gazetteer lacks take in a clause: that of its one group
    ("the following companies"), else that of its known members when all share one."""
    group_kinds = {it.group_kind for it in items if it.kind == "group"}
    default: str | None = group_kinds.pop() if len(group_kinds) == 1 else None
    if default in KIND_OF_GROUP:
        return default
    # a list of known companies makes its unknown names companies too
    listed = [it.mention.kind for it in (*items, *clause.members) if it.mention]
    kinds = {k for k in listed if k is not ActorKind.PERSON}
    if len(kinds) == 1 and len(listed) >= 2:
        return str(kinds.pop().value)
    return None
