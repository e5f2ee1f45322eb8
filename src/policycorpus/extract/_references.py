"""References to parties named elsewhere (private; see :mod:`._pledges`).

"the two countries", "the signatories", "they", "it", "we" inside and outside
quotations, "the undersigned": each resolves against what :class:`~._party_memory.PartyMemory`
remembers of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._clauses import Item
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._party_memory import (
    KIND_OF_GROUP,
    KIND_REFERENCE_WINDOW,
    REFERENCE_WINDOW,
    PartyMemory,
)
from policycorpus.extract._pledge_parties import Party
from policycorpus.extract._triggers import Clause, QuoteRegion
from policycorpus.model import ActorKind, Span

_UNDERSIGNED_SUBJECT: Final = re.compile(r"\bthe undersigned\b", re.IGNORECASE)
"""A subject that points to a statement's authors by signature."""
_IT_BACK: Final = 400
"""How far back the party "it" stands for must have been named."""
_MET: Final = re.compile(r"\b(?:met|meets|meeting with|hosted|welcomed|received)\b")
"""A meeting before "they" in one sentence: "they" are those who met."""
_MEETING_REACH: Final = 400
_MEETING_KINDS: Final = frozenset(
    {ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL, ActorKind.PERSON, ActorKind.COMPANY}
)
_OFFICIAL_HEADS: Final = frozenset(n.split()[-1] for n in lexicon()["official_noun"])


class References(PartyMemory):
    """Resolution of words that point to parties named elsewhere."""

    def _reference(self, item: Item, span: Span, n: int) -> list[Party]:
        wanted = KIND_OF_GROUP.get(item.group_kind or "", frozenset())
        head = self.text[item.start : item.end].split()[-1].lower()
        candidates = [self.previous]
        if head in vocab.PARTY_NOUNS:
            listed = self._signed_before(item.start)
            if listed and (item.number is None or item.number == len(listed)):
                # "the founding members have agreed ...": the last signing list, read
                # whole by the list grammar (a clause may have read part of it)
                return [Party(m.name, m.kind, m.country, item.start, item.end) for m in listed]
            candidates.insert(0, self.signing)  # "the signatories": those who signed
        elif item.number is None and n - self.previous_n > KIND_REFERENCE_WINDOW:
            candidates = []  # "the companies" reaches back a few sentences only
        for prev in candidates:
            if prev is None:
                continue
            of_kind = [p for p in prev.parties if p.kind in wanted]
            if (
                0 < len(of_kind) < len(prev.parties)
                and of_kind[0].kind is not ActorKind.OTHER
                and (item.number is None or item.number == len(of_kind))
            ):
                # "the networks signed a charter with the Home Office ... the networks
                # agree": those of the kind the group noun names
                return [p._replace(start=item.start, end=item.end) for p in of_kind]
            if item.number is not None and item.number != len(prev.parties):
                continue
            prev_kinds = {p.kind for p in prev.parties}
            if wanted and prev_kinds == {ActorKind.PERSON}:
                # "A's minister X and B's minister Y signed ... The countries also agreed
                # ...": the countries the officials represent
                reps = {
                    r.name: r
                    for r in (self._known(p.represents) for p in prev.parties if p.represents)
                }
                if len(reps) == len(prev.parties) and all(r.kind in wanted for r in reps.values()):
                    return [r._replace(start=item.start, end=item.end) for r in reps.values()]
            if not wanted or prev_kinds <= wanted:
                return [p._replace(start=item.start, end=item.end) for p in prev.parties]
            known = prev_kinds - {ActorKind.OTHER}
            if known and known <= wanted and len(known) == 1:
                # "A, B and C signed ... the networks agree": the unknown names are of
                # the kind the group noun names
                kind = next(iter(known))
                return [
                    p._replace(
                        start=item.start,
                        end=item.end,
                        kind=kind if p.kind is ActorKind.OTHER else p.kind,
                    )
                    for p in prev.parties
                ]
        if item.number is None:
            # "the countries will commit ...": the coordinated parties last named, near
            run = self._run_before(span.start, n, wanted) if head.endswith("s") else []
            return [Party(m.name, m.kind, m.country, item.start, item.end) for m in run]
        if head in _OFFICIAL_HEADS:
            # "the two leaders": the officials last named, not their countries
            people = self._people_before(item.number, span.start)
            if people:
                return [p._replace(start=item.start, end=item.end) for p in people]
        listed = self._listed_before(item.number, span.start, wanted)
        if not listed:
            listed = self._signed_after(item.number, item.end)
        if listed:
            return [Party(m.name, m.kind, m.country, item.start, item.end) for m in listed]
        seen: dict[str, Party] = {}
        for m in reversed(self.actors.mentions):
            if m.end > span.start:
                continue
            if m.kind is ActorKind.PERSON or (wanted and m.kind not in wanted):
                continue
            if m.name not in seen:
                seen[m.name] = Party(m.name, m.kind, m.country, item.start, item.end)
            if len(seen) == item.number:
                return list(reversed(seen.values()))
        return []

    def _speaker(self, item: Item, quote: QuoteRegion | None) -> list[Party]:
        if quote is not None:
            speaker = quote.speaker
            if speaker is None:
                return []
            party = speaker.represents or self.represents.get(speaker.name)
            if party is None:
                # a speaker in the publisher's parliament ("My Lords, we are committed
                # to ..."): the government answering
                home = self.home
                return [] if home is None else [home._replace(start=item.start, end=item.end)]
            known = self._known(party)
            return [known._replace(start=item.start, end=item.end)]
        if self.narrator:
            return [p._replace(start=item.start, end=item.end) for p in self.narrator]
        lead = self._lead_parties()
        if lead:
            # "Chile and Peru today reaffirmed ... We agreed to ...": a joint release
            # speaks for the parties its opening sentence names together
            return [p._replace(start=item.start, end=item.end) for p in lead]
        orator = self._orator()
        if orator is not None and self.home is None:
            # "Speech by President Ana Ruiz of Chile ...": the speaker's country
            return [orator._replace(start=item.start, end=item.end)]
        if not self.counts:
            # nobody has pledged by name yet: "we" is the publisher, its country's
            # parliament or government ("We are committed to ..." in a written answer),
            # else the one party the text is about ("the Welsh Government commitments we
            # will deliver")
            fallback = self.home or self._owner()
            return [] if fallback is None else [fallback._replace(start=item.start, end=item.end)]
        ranked = self.counts.most_common(2)
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            # several parties named equally often: "we" is them when they are listed as
            # the signers ("Signed: Minister of Water, Chile / Minister of Environment,
            # Peru ... We commit to ..."), not when a sentence tells that they signed
            top = ranked[0][1]
            tied = {name for name, count in self.counts.items() if count == top}
            signing = self.signing
            joint = signing.parties if signing is not None and signing.clause.membership else ()
            if len(joint) > 1 and {p.name for p in joint} == tied:
                return [p._replace(start=item.start, end=item.end) for p in joint]
            return []
        best = self.parties_by_name[ranked[0][0]]
        if best.kind is ActorKind.PERSON:
            return []  # "we" speaks for a party, not for one person
        return [best._replace(start=item.start, end=item.end)]

    def _it(self, item: Item, n: int) -> Party | None:
        """The one party "it" stands for: the previous clause's only party, a government
        or organisation, when it is also the last actor named before "it"."""
        prev = self.previous
        if prev is None or n - self.previous_n > REFERENCE_WINDOW or len(prev.parties) != 1:
            return None
        party = prev.parties[0]
        if party.kind is ActorKind.PERSON:
            return None
        before = self.actors.within(max(0, item.start - _IT_BACK), item.start)
        if not before or before[-1].name != party.name:
            return None
        return party._replace(start=item.start, end=item.end)

    def _undersigned(self, clause: Clause, span: Span, items: Sequence[Item]) -> tuple[Party, ...]:
        """The authors of a statement its subject calls "the undersigned" ("the
        undersigned ministers of the Partnership's members commit"), when the text has
        named them (as its narrators, or in the last signing clause before)."""
        if any(it.kind != "unknown" for it in items):
            return ()  # "We, the undersigned, welcome the developers that have agreed ..."
        if _UNDERSIGNED_SUBJECT.search(self.text, span.start, clause.trigger_start) is None:
            return ()
        authors = self.narrator or (self.signing.parties if self.signing is not None else ())
        return tuple(p._replace(start=span.start, end=span.start) for p in authors)

    def _met_before(self, span: Span, item: Item) -> list[Party]:
        """The parties of a meeting told earlier in the sentence of "they" ("A met B and C
        at The Hague, where they signed ..."): the one who met and those met."""
        before = self.text[span.start : item.start]
        if len(before) > _MEETING_REACH or _MET.search(before) is None:
            return []
        found = [m for m in self.actors.within(span.start, item.start) if m.kind in _MEETING_KINDS]
        if len(found) < 2:
            return []
        return [
            self._party_of(Item("actor", m.start, m.end, self.text[m.start : m.end], m))
            for m in found
        ]
