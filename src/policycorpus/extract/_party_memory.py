"""What pledge resolution remembers of an article (private; see :mod:`._pledges`).

:class:`PartyMemory` holds the state one article's resolution builds up as it reads
in text order: the previous pledge and the last signing clause, the parties each list
decided as signing, the runs of coordinated names, the publisher's country and the
voice "we" speaks in. Its methods look back (or a short way ahead) through that state;
each computes what it needs once per article, so resolution stays linear.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Final

import pycountry

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention, ArticleActors
from policycorpus.extract._clauses import Item
from policycorpus.extract._gazetteer_data import DEMONYMS
from policycorpus.extract._list_view import ActedList
from policycorpus.extract._pledge_parties import Party, ResolvedClause
from policycorpus.extract._pledge_text import OWNER_KINDS, mention_runs
from policycorpus.extract._triggers import QuoteRegion
from policycorpus.model import ActorKind

KIND_OF_GROUP: Final = {
    "government": frozenset({ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL}),
    "company": frozenset({ActorKind.COMPANY}),
    "agency": frozenset({ActorKind.AGENCY}),
    "ngo": frozenset({ActorKind.NGO}),
}
_SIGNING_LEMMAS: Final = frozenset(
    {"sign", "join", "member", "signatory", "declaration", "endorse", "ratify", "launch"}
)
KIND_REFERENCE_WINDOW: Final = 6
"""How many sentences back "the companies" may reach for the previous pledge."""
REFERENCE_WINDOW: Final = 3
"""How many sentences back "they" may reach for the previous pledge."""
_RUNS_BACK: Final = 20
"""How many earlier lists "the four members" may look through for one of four."""
_LOCATIVE: Final = re.compile(
    r"\b(?:in|at|across|throughout|within|inside|into|near)[ \t]+(?:the[ \t]+)?$"
)
"""A preposition of place just before a list of names ("operations in A and B")."""
_AHEAD_LISTS: Final = 3
_AHEAD_REACH: Final = 600
"""How many signing lists, and how many characters ahead, a counted group may name."""
_SPEECH_HEAD: Final = re.compile(
    r"(?:(?:Opening|Closing|Keynote|Prepared|Video)\s)?(?:Speech|Remarks|Address|Statement|"
    r"Intervention)\s(?:[^\n]{0,40}?\s)?by\s",
    re.IGNORECASE,
)
"""A speech's headline ("Speech by President X at ...", "Remarks by the Prime Minister")."""
_OWN_STATEMENT: Final = re.compile(r"['’]?s? (?:national )?statement\b", re.IGNORECASE)
"""A headline naming a party's own statement ("...: UK statement", "Canada's national
statement"): the party speaks as "we"."""
_LEAD_VERB: Final = re.compile(
    r"(?:,[^,.]{0,80},)?\s+(?:(?:today|yesterday|also|jointly|together|have|has|had|are)\s+){0,2}"
    r"(?:met|meet|reaffirmed|reaffirm|agreed|agree|held|hold|issued|issue|discussed|"
    r"discuss|committed|commit)\b"
)
"""The verb of an opening naming parties together ("A and B today reaffirmed"): a
meeting's or a joint statement's, not a report's ("A and B signed the charter" is news
about them; "our" there is not theirs)."""
_LEAD_RUNS: Final = 3
"""How many of the opening's runs of names may be the joint subject."""
_PEOPLE_BACK: Final = 1500
_PEOPLE_SCAN: Final = 40
"""How far back, in characters and in mentions, "the two leaders" looks for people."""
_FIRST_PERSON: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")


class PartyMemory:
    """The parties an article has named so far, and where."""

    def __init__(self, text: str, actors: ArticleActors, quotes: Sequence[QuoteRegion]) -> None:
        self.text = text
        self.actors = actors
        self.quotes = quotes
        self.previous: ResolvedClause | None = None
        self.previous_n = -10
        self.home: Party | None = None
        """The publishing country: "the Government" in its parliament's texts."""
        self.narrator: tuple[Party, ...] = ()
        """Whom "we" stands for outside quotations, when the text says so."""
        self.undersigned = False
        self.signing: ResolvedClause | None = None
        self.signing_n = -10
        """The last clause of signing or joining: "the signatories", "the members"."""
        self.signed: Sequence[ActedList] = ()
        self.last_signing: list[int] = []
        """For each list of ``signed``, the index of the last one decided as signing."""
        self.signed_ends: list[int] = []
        self._runs: list[list[ActorMention]] | None = None
        self._department: tuple[Party | None] | None = None
        self._owner_found: tuple[Party | None] | None = None
        self._orator_found: tuple[Party | None] | None = None
        self._lead: tuple[Party, ...] | None = None
        self.lead_end = 0
        """Where the text's opening (its first sentences) ends."""
        self.sentence_starts: list[int] = []
        """Where each sentence starts (to count sentences between offsets)."""
        self._run_ends: list[int] = []
        self.counts: Counter[str] = Counter()
        self.parties_by_name: dict[str, Party] = {}
        self.represents: dict[str, str] = {}
        for m in actors.mentions:
            if m.represents:
                self.represents.setdefault(m.name, m.represents)
        for name, person in actors.people.items():
            if person.represents:
                self.represents.setdefault(name, person.represents)

    def set_signed(self, signed: Sequence[ActedList]) -> None:
        """The lists decided as signing or committing, in text order, indexed once."""
        self.signed = signed
        self.signed_ends = [acted.end for acted in signed]
        last = -1
        for k, acted in enumerate(signed):
            last = k if acted.signing else last
            self.last_signing.append(last)

    def remember(self, rc: ResolvedClause, n: int) -> None:
        if rc.clause.stance or rc.clause.future:
            return
        self.previous = rc
        self.previous_n = n
        if rc.clause.lemma in _SIGNING_LEMMAS and len(rc.parties) > 1:
            self.signing = rc
            self.signing_n = n
        for p in rc.parties:
            self.counts[p.name] += 1
            self.parties_by_name.setdefault(p.name, p)

    def _known(self, name: str) -> Party:
        actor = self.actors.actors.get(name)
        if actor is not None:
            return Party(actor.name, actor.kind, actor.country, 0, 0)
        for m in self.actors.mentions:
            if m.name == name:
                return Party(m.name, m.kind, m.country, 0, 0)
        known = self.actors.gazetteer.get(name)  # named only by a demonym ("Chilean")
        if known is not None:
            return Party(known.name, known.kind, known.country, 0, 0)
        return Party(name, ActorKind.OTHER, None, 0, 0)

    def department(self) -> Party | None:
        """Whom "the Department" stands for: the publishing country's government, else
        that of the one country whose agencies the article names; None otherwise."""
        if self.home is not None:
            return self.home
        if self._department is None:
            countries = {
                m.country
                for m in self.actors.mentions
                if m.kind is ActorKind.AGENCY and m.country is not None
            }
            party: Party | None = None
            if len(countries) == 1:
                code = next(iter(countries))
                country = pycountry.countries.get(alpha_2=code)
                name = getattr(country, "name", None) if country is not None else None
                for m in self.actors.gazetteer.find(name or ""):
                    if m.kind is ActorKind.GOVERNMENT and m.country == code:
                        party = Party(m.name, m.kind, m.country, 0, 0)
                        break
            self._department = (party,)
        return self._department[0]

    def _party_of(self, item: Item) -> Party:
        m = item.mention
        assert m is not None
        role = m.role or item.role
        represents = m.represents or self.represents.get(m.name) or item.represents
        if represents is None and m.kind is ActorKind.PERSON and item.role:
            represents = self._demonym_country(item.role)  # "her Peruvian counterpart X"
        if represents is not None:
            represents = vocab.REPRESENTS.get(represents, represents)
        country = self.actors.gazetteer.department_of(m)  # "USAID will invest ..."
        if country is not None:
            return Party(country.name, country.kind, country.country, item.start, item.end)
        if m.kind is not ActorKind.PERSON:
            represents = None
        return Party(m.name, m.kind, m.country, item.start, item.end, role, represents)

    def _demonym_country(self, role: str) -> str | None:
        """The country a demonym in a role names ("his Saudi counterpart"), if one does."""
        for word in role.split():
            code = DEMONYMS.get(word)
            if code is not None:
                actor = self.actors.gazetteer.country_actor(code)
                return actor.name if actor is not None else None
        return None

    def _mention_runs(self) -> tuple[list[list[ActorMention]], list[int]]:
        """The article's coordinated runs of mentions and where each ends, made once."""
        if self._runs is None:
            self._runs = mention_runs(self.text, self.actors.mentions)
            self._run_ends = [run[-1].end for run in self._runs]
        return self._runs, self._run_ends

    def _run_before(self, before: int, n: int, wanted: frozenset[ActorKind]) -> list[ActorMention]:
        """The last list of two or more actors of the ``wanted`` kinds named at most
        :data:`KIND_REFERENCE_WINDOW` sentences before sentence ``n``, which starts at
        ``before`` ("The governments of A and B ... the countries")."""
        if not wanted:
            return []
        for run in self._runs_back(before):
            if n - (bisect.bisect_right(self.sentence_starts, run[-1].end) - 1) > (
                KIND_REFERENCE_WINDOW
            ):
                break
            if len(run) >= 2 and all(m.kind in wanted for m in run):
                return run
        return []

    def _runs_back(self, before: int) -> Iterator[list[ActorMention]]:
        """The lists of actors named before offset ``before``, nearest first, each name
        once; not a list that says where ("operations in A and B"), which names places,
        not parties a later "the two countries" could stand for."""
        runs, ends = self._mention_runs()
        last = bisect.bisect_left(ends, before)
        for run in reversed(runs[max(0, last - _RUNS_BACK) : last]):
            if _LOCATIVE.search(self.text, max(0, run[0].start - 16), run[0].start):
                continue
            yield list({m.name: m for m in run}.values())

    def _people_before(self, number: int, before: int) -> list[Party]:
        """The last ``number`` people named before ``before`` (within a few paragraphs)."""
        seen: dict[str, Party] = {}
        window = self.actors.within(max(0, before - _PEOPLE_BACK), before)
        for m in reversed(window[-_PEOPLE_SCAN:]):
            if before - m.end > _PEOPLE_BACK:
                break
            if m.kind is ActorKind.PERSON and m.name not in seen:
                rep = m.represents or self.represents.get(m.name)
                seen[m.name] = Party(m.name, m.kind, m.country, m.start, m.end, m.role, rep)
                if len(seen) == number:
                    return list(reversed(seen.values()))
        return []

    def _listed_before(
        self, number: int, before: int, wanted: frozenset[ActorKind]
    ) -> list[ActorMention]:
        """The last list of exactly ``number`` actors named before offset ``before``
        ("A, B, the C and D launched ... The four members ...")."""
        for run in self._runs_back(before):
            if len(run) != number:
                continue
            if any(m.kind is ActorKind.PERSON or (wanted and m.kind not in wanted) for m in run):
                continue
            return run
        return []

    def _signed_after(self, number: int, at: int) -> Sequence[ActorMention]:
        """The parties of the first signing list of exactly ``number`` parties that
        starts soon after ``at`` ("eight more organizations have signed ... New
        signatories include: A, B, ..."): a count names its list ahead."""
        k = bisect.bisect_right(self.signed_ends, at)
        for _, items, _ in self.signed[k : k + _AHEAD_LISTS]:
            if items[0].start - at > _AHEAD_REACH:
                break
            if len(items) == number:
                return items
        return ()

    def _signed_before(self, at: int) -> Sequence[ActorMention]:
        """The parties of the last signing list that ends before ``at``, when no clause
        of signing stands between it and ``at``."""
        k = bisect.bisect_right(self.signed_ends, at) - 1
        if k >= 0:
            k = self.last_signing[k]  # a list decided as committing only is not "theirs"
        if k < 0:
            return ()
        end, items, _ = self.signed[k]
        if self.signing is not None and self.signing.sentence.start > end:
            return ()
        return items

    def _lead_parties(self) -> tuple[Party, ...]:
        """The governments the text's opening names together as the subject of its
        first sentence ("Chile and Peru today reaffirmed ...", "President A of Chile
        and President B of Peru met ..."), computed once; empty when none."""
        if self._lead is None:
            lead: tuple[Party, ...] = ()
            runs, _ = self._mention_runs()
            for run in runs[:_LEAD_RUNS]:
                if run[0].start >= self.lead_end:
                    break
                parties = self._run_parties(run)
                if (
                    len(parties) >= 2
                    and all(p.kind in OWNER_KINDS for p in parties)
                    and _LEAD_VERB.match(self.text, run[-1].end) is not None
                ):
                    # the first run the opening names as the subject of a joint act (not
                    # "India-UK" in a headline before "India and the UK are committed")
                    lead = tuple(parties)
                    break
            self._lead = lead
        return self._lead

    def _run_parties(self, run: list[ActorMention]) -> list[Party]:
        """The parties of a run of names: people stand for whom they represent."""
        names: dict[str, None] = {}
        for m in run:
            name = self.represents.get(m.name, m.name) if m.kind is ActorKind.PERSON else m.name
            country = self.actors.gazetteer.department_of(m)
            names.setdefault(country.name if country is not None else name, None)
        return [self._known(name) for name in names]

    def _orator(self) -> Party | None:
        """The party of the person a speech's headline names ("Speech by President Ana
        Ruiz of Chile at ...", "Remarks by the Prime Minister of Peru"), computed once;
        None when the headline is no speech's or names no party for its speaker."""
        if self._orator_found is None:
            party: Party | None = None
            line_end = self.text.find("\n")
            head = self.text[: line_end if line_end >= 0 else min(len(self.text), 300)]
            for m in self.actors.within(0, len(head)):
                if m.kind in OWNER_KINDS and _OWN_STATEMENT.match(head, m.end):
                    party = self._known(m.name)  # "... Pledging Conference: UK statement"
                    break
            if party is None and _SPEECH_HEAD.match(head) is not None:
                for m in self.actors.within(0, len(head)):
                    if m.kind is ActorKind.PERSON:
                        rep = m.represents or self.represents.get(m.name)
                        if rep is not None:
                            party = self._known(vocab.REPRESENTS.get(rep, rep))
                        break
                    if m.kind in OWNER_KINDS and head[: m.start].rstrip().endswith(" of"):
                        party = self._known(m.name)  # "Remarks by the Prime Minister of Peru"
                        break
            self._orator_found = (party,)
        return self._orator_found[0]

    def _owner(self) -> Party | None:
        """The government named most often in the text, at least twice and more often
        than any other, computed once (a government page speaks as "we")."""
        if self._owner_found is None:
            first_we = _FIRST_PERSON.search(self.text)
            if first_we is not None:
                # "the Welsh Government commitments we will deliver": the government named
                # where the text first speaks as "we", when it names one only
                at = first_we.start()
                lo = max(self.text.rfind(".", 0, at), self.text.rfind("\n", 0, at)) + 1
                named = {m.name for m in self.actors.within(lo, at) if m.kind in OWNER_KINDS}
                if len(named) == 1:
                    self._owner_found = (self._known(named.pop()),)
                    return self._owner_found[0]
            seen: Counter[str] = Counter(
                m.name for m in self.actors.mentions if m.kind in OWNER_KINDS
            )
            ranked = seen.most_common(2)
            owner: Party | None = None
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
                owner = self._known(ranked[0][0])
            self._owner_found = (owner,)
        return self._owner_found[0]
