"""Article-level resolution of pledge clauses (private; shared by commitments and signatories).

Each sentence's :class:`~._triggers.Clause` items are resolved to named parties:

- an actor mention gives its canonical name (a person keeps role and represents);
- a title ("the Home Secretary") next to a person's name is that person (apposition);
  elsewhere it stands for the person the article introduced with that title;
- a name the gazetteer lacks is kept when it stands in a list with other names, or
  alone as the subject of a pledge verb (kind guessed from its head word);
- "the two countries", "both nations" stand for the parties of the previous pledge
  when they are that many, else for the last list of exactly N actors named before
  the sentence ("A, B, the C and D launched ... The four members signed");
  "the same set of countries" and "they" for the parties of the previous pledge;
- "the signatories", "each signatory", "the members", bare "Members" stand for the
  parties of the last signing or joining list; "the networks", "the companies" (a
  bare "the" and a kind noun) for the previous pledge's parties within six sentences
  when those are of that kind, and lend that kind to names the gazetteer lacks;
  "Britain's four big networks" (a possessor and a count) points back like "the four";
- "we"/"our" inside a quotation is the party the speaker represents (a person who
  signed "on behalf of X" represents X); outside quotations, the list a statement
  gives for it ("We, the ministers of A, B and C", or the names under "Signed," for
  "We, the undersigned organisations"), else the one party that made most of the
  article's earlier pledges (none when two parties tie);
- "the Government" (capital G) is the publishing country's government when the text's
  institutions name one country only ("House of Commons", "gov.ie"; see
  ``HOME_MARKERS``); so is an unnamed "the Department" / "my Department", else the
  government of the one country whose agencies the article names (never an actor
  called "Department");
- "We, the undersigned ..." and "We, the signatories of this Declaration" are the
  names of the signature block below, read as the block is read;
- a group phrase ("28 countries") is kept as a group, never as an actor; names the
  gazetteer lacks in a list take the kind of the group ("the following companies:") or
  of the list's known members;
- a list announced by a sentence ending in a colon (citation marks "[4]" after it
  allowed), by a heading ("Signatories"), or by a signing line ("Signed,", "Endorsed
  by:") continues on the following lines while each holds only names (names split at
  semicolons, or where a new one starts without a separator, as in run-together
  lines); in such a signature block a name the gazetteer lacks and whose head word
  names no kind of body is a company, and next to a company so is any such name;
- a labelled line ("Companies and charities: A, B and C") within three sentences of
  a joining or signing list adds members to it.

A sentence end followed by reference marks ("users.[2] Denmark pledged") ends the
sentence there; an all-caps dateline opening a paragraph ("OSLO — ") is a place, not
a party, and is left out of the words parsed (the sentence text keeps it).

Sentences longer than ``MAX_WINDOW`` characters are read in windows cut at clause
boundaries, so the work is linear in the text even when it has no sentence ends.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Final

import pycountry

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import (
    ActorMention,
    ArticleActors,
    find_actors,
)
from policycorpus.extract._clauses import (
    Item,
    Tok,
    parse_subject_forward,
    token_index,
)
from policycorpus.extract._gazetteer_data import DEMONYMS
from policycorpus.extract._layouts import head_kind
from policycorpus.extract._lexicon import lexicon
from policycorpus.extract._pledge_parties import Party, ResolvedClause
from policycorpus.extract._pledge_text import (
    OWNER_KINDS,
    UNNAMED_DEPARTMENT,
    SentenceTokens,
    home_country,
    is_the_department,
    is_the_government,
    kind_of_company,
    listed_below,
    mention_runs,
    signing_line,
    unique_parties,
    windows,
)
from policycorpus.extract._sentences import cut_at_citations, split_sentences
from policycorpus.extract._triggers import (
    Clause,
    QuoteRegion,
    analyse_sentence,
    find_quote_regions,
    may_pledge,
)
from policycorpus.model import ActorKind, Article, Modality, Span

__all__ = ["Party", "ResolvedClause", "resolve_article"]

_KIND_OF_GROUP: Final = {
    "government": frozenset({ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL}),
    "company": frozenset({ActorKind.COMPANY}),
    "agency": frozenset({ActorKind.AGENCY}),
    "ngo": frozenset({ActorKind.NGO}),
}
_SIGNING_LEMMAS: Final = frozenset(
    {"sign", "join", "member", "signatory", "declaration", "endorse", "ratify", "launch"}
)
_KIND_REFERENCE_WINDOW: Final = 6
"""How many sentences back "the companies" may reach for the previous pledge."""
_REFERENCE_WINDOW: Final = 3
"""How many sentences back "they" may reach for the previous pledge."""
_RUNS_BACK: Final = 20
_LOCATIVE: Final = re.compile(
    r"\b(?:in|at|across|throughout|within|inside|into|near)[ \t]+(?:the[ \t]+)?$"
)
"""A preposition of place just before a list of names ("operations in A and B")."""
"""How many earlier lists "the four members" may look through for one of four."""


def resolve_article(
    article: Article,
    sentences: Sequence[Span] | None = None,
    actors: ArticleActors | None = None,
    narrator: Sequence[ActorMention] = (),
    signed: Sequence[tuple[int, Sequence[ActorMention]]] = (),
) -> list[ResolvedClause]:
    """Every pledge clause of ``article`` with its parties resolved, in text order.

    ``narrator`` names whom "we" stands for when the text's own wording does not (the
    parties of a list that presents the statement's authors, see :mod:`._lists`);
    ``signed`` holds the parties of each list decided as signing or committing, with
    where it ends, in text order: "the signatories" after it stand for them.
    Linear in the article: only sentences holding a pledge word are parsed, and
    mentions are handed to sentences in one sweep.
    """
    text = article.text
    spans = windows(
        text, cut_at_citations(text, sentences if sentences is not None else split_sentences(text))
    )
    found = actors if actors is not None else find_actors(article)
    mentions = found.mentions
    quotes = find_quote_regions(text, mentions)
    resolver = _Resolver(text, found, quotes)
    resolver.home = home_country(article, found.gazetteer)
    resolver.signed = signed
    resolver.signed_ends = [end for end, _ in signed]
    tokens = SentenceTokens(text, spans, found)
    resolver.lead_end = spans[min(len(spans), _LEAD_SENTENCES) - 1].end if spans else 0
    resolver.sentence_starts = [sp.start for sp in spans]
    _find_narrator(text, spans, tokens, resolver)
    if not resolver.undersigned and narrator:
        # the list grammar's reading of the authors wins: it knows who acts on whose
        # behalf ("together with the European Commission on behalf of the EU")
        resolver.narrator = tuple(
            Party(m.name, m.kind, m.country, m.start, m.end) for m in narrator
        )
    out: list[ResolvedClause] = []
    q = 0
    for n, span in enumerate(spans):
        while q < len(quotes) and quotes[q].end <= span.start:
            q += 1
        quote = quotes[q] if q < len(quotes) and quotes[q].start < span.end else None
        labelled = _labelled_list(text, span, tokens, n, resolver)
        if labelled is not None:
            parties, groups = resolver.resolve(labelled, span, n, quote)
            if parties:
                rc = ResolvedClause(span, labelled, parties, groups)
                out.append(rc)
                resolver.remember(rc, n)
            continue
        if not may_pledge(text, span.start, span.end):
            continue
        for clause in analyse_sentence(tokens[n], in_quote=quote is not None):
            parties, groups = resolver.resolve(clause, span, n, quote)
            if clause.lemma in _VOTING_LEMMAS and _AGENT_AFTER.match(text, clause.trigger_end):
                # "endorsed by the UN General Assembly": a vote, not a signature
                parties = tuple(p for p in parties if not vocab.is_legislature(p.name))
            if not parties and (
                _CITATIONS.sub("", text[span.start : span.end]).rstrip().endswith(":")
                or (clause.membership and not clause.items)
                or signing_line(text, span, tokens[n])
            ):
                # "... signed by the following States:" and one name per line below
                listed = listed_below(tokens, n + 1)
                if listed:
                    clause = clause._replace(items=(*clause.items, *listed), members=())
                    block = signing_line(text, span, tokens[n])
                    parties, groups = resolver.resolve(clause, span, n, quote, block=block)
            coparties: tuple[Party, ...] = ()
            if clause.cosubjects:
                coparties, _ = resolver.resolve(
                    clause._replace(items=clause.cosubjects, members=()), span, n, quote
                )
            if signing_line(text, span, tokens[n]) and parties:
                clause = clause._replace(membership=True)
                if resolver.undersigned:
                    resolver.narrator = parties
            rc = ResolvedClause(span, clause, parties, groups, coparties, quote is not None)
            out.append(rc)
            if parties and not clause.negated and not clause.hypothetical:
                resolver.remember(rc, n)
    return out


_HOME_OFFICE: Final = re.compile(
    r"(?:[Tt]he )?(?:Prime Minister|Premier|Taoiseach|First Minister|"
    r"Minister (?:for|of) [A-Z][\w ,&'-]{1,60}|Secretary of State for [A-Z][\w ,&'-]{1,60})"
)
"""A head of government or minister named by office alone: on a government's own page,
the government."""
_UNDERSIGNED_SUBJECT: Final = re.compile(r"\bthe undersigned\b", re.IGNORECASE)
"""A subject that points to a statement's authors by signature."""
_IT_BACK: Final = 400
"""How far back the party "it" stands for must have been named."""
_AHEAD_LISTS: Final = 3
_AHEAD_REACH: Final = 600
"""How many signing lists, and how many characters ahead, a counted group may name."""
_VOTING_LEMMAS: Final = frozenset({"endorse", "support", "back", "adopt", "approve"})
_AGENT_AFTER: Final = re.compile(r"\s+(?:\S+\s+){0,3}?by\b")


_CITATIONS: Final = re.compile(r"(?:\[[0-9a-z]{1,4}\])+\s*$")
"""Reference marks ending an encyclopedia line ("signed the pledge:[4]")."""
_LEAD_SENTENCES: Final = 3
"""Sentences (the title among them) that make a text's opening."""
_MET: Final = re.compile(r"\b(?:met|meets|meeting with|hosted|welcomed|received)\b")
"""A meeting before "they" in one sentence: "they" are those who met."""
_MEETING_REACH: Final = 400
_MEETING_KINDS: Final = frozenset(
    {ActorKind.GOVERNMENT, ActorKind.INTERGOVERNMENTAL, ActorKind.PERSON, ActorKind.COMPANY}
)
_SPEECH_HEAD: Final = re.compile(
    r"(?:(?:Opening|Closing|Keynote|Prepared|Video)\s)?(?:Speech|Remarks|Address|Statement|"
    r"Intervention)\s(?:[^\n]{0,40}?\s)?by\s",
    re.IGNORECASE,
)
"""A speech's headline ("Speech by President X at ...", "Remarks by the Prime Minister")."""
_LEAD_VERB: Final = re.compile(
    r"(?:,[^,.]{0,80},)?\s+(?:(?:today|yesterday|also|jointly|together|have|has|had)\s+){0,2}"
    r"(?:met|meet|reaffirmed|reaffirm|agreed|agree|held|hold|issued|issue|discussed|"
    r"discuss|committed|commit)\b"
)
"""The verb of an opening naming parties together ("A and B today reaffirmed"): a
meeting's or a joint statement's, not a report's ("A and B signed the charter" is news
about them; "our" there is not theirs)."""
_WE_APPOSITION: Final = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]*)?We, the ")


_UNDERSIGNED: Final = frozenset({"undersigned", "signatories"})
"""Words of "We, the undersigned ..." / "We, the signatories of this Declaration": "we"
is the list under the signature block."""


_OFFICIAL_HEADS: Final = frozenset(n.split()[-1] for n in lexicon()["official_noun"])
_PEOPLE_BACK: Final = 1500
_PEOPLE_SCAN: Final = 40
"""How far back, in characters and in mentions, "the two leaders" looks for people."""
_FIRST_PERSON: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")

_MAX_LABEL: Final = 8


def _labelled_list(
    text: str, span: Span, tokens: SentenceTokens, n: int, resolver: _Resolver
) -> Clause | None:
    """ "Companies and non-profit organisations: A, B and C." just after a joining or
    signing list: more members of it, under a label naming their kind."""
    signing = resolver.signing
    if signing is None or n - resolver.signing_n > _REFERENCE_WINDOW:
        return None
    colon = text.find(":", span.start, min(span.end, span.start + 120))
    if colon < 0:
        return None
    toks = tokens[n]
    k = token_index(toks, colon)
    if k == 0 or k > _MAX_LABEL or k + 1 >= len(toks):
        return None
    label = toks[:k]
    head = label[-1].low
    if not (head.endswith("s") and (head in vocab.GROUP_NOUNS or head in vocab.MEMBER_NOUNS)):
        return None
    if any(
        t.mention is not None or not (t.text[:1].isalpha() or t.low in (",", "-")) for t in label
    ):
        return None
    items, _ = parse_subject_forward(toks, k + 1, len(toks))
    named = tuple(it for it in items if it.kind in ("actor", "unknown"))
    if not named:
        return None
    tok = toks[k - 1]
    return Clause(
        Modality.JOIN, "member", tok.start, tok.end, named, False, False, False, membership=True
    )


def _find_narrator(
    text: str, spans: Sequence[Span], tokens: SentenceTokens, resolver: _Resolver
) -> None:
    """Who "we" is in a statement: "We, the ministers of A, B and C, ..." names them;
    "We, the undersigned ..." points to the names under "Signed," (found later)."""
    found = _WE_APPOSITION.search(text)
    if found is None:
        return
    at = found.end()
    n = bisect.bisect_right([s.start for s in spans], at) - 1
    if n < 0 or at >= spans[n].end:
        return
    toks = tokens[n]
    k = token_index(toks, at)
    forum = _forum_officials(toks, k)
    if forum:
        # "We, the G7 Interior Ministers, ...", "We, the EU and US Trade Ministers"
        resolver.narrator = forum
        return
    for j in range(k, min(len(toks), k + 8)):
        low = toks[j].low
        if low in _UNDERSIGNED:
            resolver.undersigned = True
            for m, line in enumerate(spans):
                if line.end - line.start <= 40 and signing_line(text, line, tokens[m]):
                    listed = listed_below(tokens, m + 1)
                    if listed:
                        # read as the block itself is read, so that kinds agree
                        block = Clause(
                            Modality.JOIN,
                            "member",
                            line.start,
                            line.start,
                            tuple(listed),
                            False,
                            False,
                            False,
                            membership=True,
                        )
                        resolver.narrator = resolver.resolve(block, line, m, None, block=True)[0]
                    break
            return
        if low in ("of", "from", "representing"):
            items, _ = parse_subject_forward(toks, j + 1, len(toks))
            named = [it for it in items if it.kind == "actor" and it.mention is not None]
            if named:
                resolver.narrator = tuple(
                    Party(it.mention.name, it.mention.kind, it.mention.country, it.start, it.end)
                    for it in named
                    if it.mention is not None and it.mention.kind is not ActorKind.PERSON
                )
            return
        if low in (",", ".", ";") or low in vocab.TRIGGERS:
            return


def _forum_officials(toks: Sequence[Tok], k: int) -> tuple[Party, ...]:
    """The parties named first in "We, the G7 Interior Ministers" (coordinated names
    used as modifiers of the officials' title), or none."""
    named: list[Party] = []
    j = k
    while j < len(toks):
        m = toks[j].mention
        if m is None or m.kind is ActorKind.PERSON:
            break
        named.append(Party(m.name, m.kind, m.country, toks[j].start, toks[j].end))
        j += 1
        if j + 1 < len(toks) and toks[j].low in (",", "and") and toks[j + 1].mention is not None:
            j += 1
    if not named or j >= len(toks) or not toks[j].text[:1].isupper():
        return ()  # "We, the EU, ..." is read as a list by the caller
    return tuple(named)


_INSTRUMENT_AFTER: Final = re.compile(
    r"[ \t]+and[ \t]+(?:[A-Z][\w-]*[ \t]+){0,4}(?:Agreement|Declaration|Pledge|Charter|"
    r"Memorandum|Accord|Arrangement|Statement|Treaty|Convention|Compact|Partnership)\b"
)
"""The rest of a coordinated instrument name after an unknown word ("Defence and
Security Cooperation Agreement")."""


_NEXT_WORD: Final = re.compile(r"[ \t]+([A-Za-z]+)")


class _Resolver:
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
        self.signed: Sequence[tuple[int, Sequence[ActorMention]]] = ()
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
        group_kinds = {it.group_kind for it in items if it.kind == "group"}
        default = group_kinds.pop() if len(group_kinds) == 1 else None
        if default not in _KIND_OF_GROUP:
            default = None
        if default is None:
            # a list of known companies makes its unknown names companies too
            listed = [it.mention.kind for it in (*items, *clause.members) if it.mention]
            kinds = {k for k in listed if k is not ActorKind.PERSON}
            if len(kinds) == 1 and len(listed) >= 2:
                default = kinds.pop().value

        known = sum(1 for it in items if it.kind == "actor")
        unknown = sum(1 for it in items if it.kind == "unknown")
        group_before: str | None = None  # the kind of the group named last so far
        for idx, item in enumerate(items):
            if item.kind == "group":
                kind = item.group_kind
                group_before = kind if kind in _KIND_OF_GROUP else None
            if item.kind == "actor" and item.mention is not None:
                parties.append(self._party_of(item))
            elif item.kind == "title":
                nxt = items[idx + 1] if idx + 1 < len(items) else None
                if (
                    nxt is not None
                    and nxt.kind == "actor"
                    and nxt.mention is not None
                    and nxt.mention.kind is ActorKind.PERSON
                    and self._adjacent(item, nxt)
                ):
                    continue  # apposition: the person follows
                prev = items[idx - 1] if idx > 0 else None
                if (
                    prev is not None
                    and prev.kind == "actor"
                    and prev.mention is not None
                    and prev.mention.kind is ActorKind.PERSON
                    and self._adjacent(prev, item)
                ):
                    continue  # "Suella Braverman, the Home Secretary"
                person = self._person_for_title(item.text)
                if person is not None:
                    parties.append(person._replace(start=item.start, end=item.end))
                elif (
                    self.home is not None
                    and _HOME_OFFICE.fullmatch(item.text) is not None
                    and not self.actors.within(item.start, item.end)  # "... of Chile"
                ):
                    # "the Prime Minister committed ...", "The Minister for Europe pledged
                    # ..." on a government's own page: the government acts
                    parties.append(self.home._replace(start=item.start, end=item.end))
            elif self.home is not None and is_the_government(self.text, item):
                parties.append(self.home._replace(start=item.start, end=item.end))
            elif is_the_department(self.text, item):
                dept = self.department()
                if dept is not None:
                    parties.append(dept._replace(start=item.start, end=item.end))
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
                text = self.text[item.start : item.end]
                if text[:4].lower() == "our " and self.narrator and quote is None:
                    # "Our ministers signed ...": the statement's authors
                    parties.extend(
                        p._replace(start=item.start, end=item.end) for p in self.narrator
                    )
                elif item.reference:
                    parties.extend(self._reference(item, span, n))
                elif item.number is not None and not clause.membership and "-" not in text:
                    # "eight more organizations have undertaken ... New signatories
                    # include: A, B, ...": the list of that many named just after
                    parties.extend(
                        Party(m.name, m.kind, m.country, item.start, item.end)
                        for m in self._signed_after(item.number, item.end)
                    )
                groups.append(text)
            elif item.kind == "pronoun":
                met = self._met_before(span, item)
                if met:
                    # "A met ministers from B and C in Lima, where they signed ...": those
                    # who met
                    parties.extend(met)
                elif self.previous is not None and n - self.previous_n <= _REFERENCE_WINDOW:
                    parties.extend(
                        p._replace(start=item.start, end=item.end) for p in self.previous.parties
                    )
            elif item.kind == "speaker":
                parties.extend(self._speaker(item, quote))
            elif (
                item.kind == "it"
                and item.text.lower() in ("he", "she")
                and self.previous is not None
                and n - self.previous_n <= _REFERENCE_WINDOW
            ):
                people = [p for p in self.previous.parties if p.kind is ActorKind.PERSON]
                if len(people) == 1:  # "He also committed to ...": the person who pledged
                    parties.append(people[0]._replace(start=item.start, end=item.end))
            elif item.kind == "it" and item.text.lower() == "it":
                party = self._it(item, n)
                if party is not None:  # "Congratulations to Ukraine! ... it became ..."
                    parties.append(party)
        # titles standing for a person named beside them: "US ... Secretary, Alejandro Mayorkas"
        parties = self._attach_roles(items, parties)
        parties = kind_of_company(parties)
        if len(clause.behalf) == 1:
            parties = [
                p._replace(represents=p.represents or clause.behalf[0].name)
                if p.kind is ActorKind.PERSON
                else p
                for p in parties
            ]
            for p in parties:
                if p.kind is ActorKind.PERSON and p.represents:
                    self.represents.setdefault(p.name, p.represents)
        if not items and not parties:
            # "my Department has committed ...": an unnamed department before the verb
            before = self.text[max(span.start, clause.trigger_start - 60) : clause.trigger_start]
            found = UNNAMED_DEPARTMENT.search(before)
            dept = self.department() if found is not None else None
            if found is not None and dept is not None:
                at = before.rfind(found.group(1)) + clause.trigger_start - len(before)
                parties.append(dept._replace(start=at, end=at + len(found.group(1))))
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

    # -- helpers -----------------------------------------------------------------------

    def _adjacent(self, left: Item, right: Item) -> bool:
        gap = self.text[left.end : right.start]
        return gap.strip() in ("", ",")

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
        if not vocab.names_a_party(name) or _INSTRUMENT_AFTER.match(self.text, item.end):
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

    def _reference(self, item: Item, span: Span, n: int) -> list[Party]:
        wanted = _KIND_OF_GROUP.get(item.group_kind or "", frozenset())
        head = self.text[item.start : item.end].split()[-1].lower()
        candidates = [self.previous]
        if head in vocab.PARTY_NOUNS:
            listed = self._signed_before(item.start)
            if listed and (item.number is None or item.number == len(listed)):
                # "the founding members have agreed ...": the last signing list, read
                # whole by the list grammar (a clause may have read part of it)
                return [Party(m.name, m.kind, m.country, item.start, item.end) for m in listed]
            candidates.insert(0, self.signing)  # "the signatories": those who signed
        elif item.number is None and n - self.previous_n > _KIND_REFERENCE_WINDOW:
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

    def _mention_runs(self) -> tuple[list[list[ActorMention]], list[int]]:
        """The article's coordinated runs of mentions and where each ends, made once."""
        if self._runs is None:
            self._runs = mention_runs(self.text, self.actors.mentions)
            self._run_ends = [run[-1].end for run in self._runs]
        return self._runs, self._run_ends

    def _run_before(self, before: int, n: int, wanted: frozenset[ActorKind]) -> list[ActorMention]:
        """The last list of two or more actors of the ``wanted`` kinds named at most
        :data:`_KIND_REFERENCE_WINDOW` sentences before sentence ``n``, which starts at
        ``before`` ("The governments of A and B ... the countries")."""
        if not wanted:
            return []
        for run in self._runs_back(before):
            if n - (bisect.bisect_right(self.sentence_starts, run[-1].end) - 1) > (
                _KIND_REFERENCE_WINDOW
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

    def party_or_unknown(self, item: Item) -> Party | None:
        """The party a listed name stands for (a name the gazetteer lacks included)."""
        if item.kind == "actor" and item.mention is not None:
            return self._party_of(item)
        return self._unknown(item) if item.kind == "unknown" else None

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

    def _it(self, item: Item, n: int) -> Party | None:
        """The one party "it" stands for: the previous clause's only party, a government
        or organisation, when it is also the last actor named before "it"."""
        prev = self.previous
        if prev is None or n - self.previous_n > _REFERENCE_WINDOW or len(prev.parties) != 1:
            return None
        party = prev.parties[0]
        if party.kind is ActorKind.PERSON:
            return None
        before = self.actors.within(max(0, item.start - _IT_BACK), item.start)
        if not before or before[-1].name != party.name:
            return None
        return party._replace(start=item.start, end=item.end)

    def _signed_after(self, number: int, at: int) -> Sequence[ActorMention]:
        """The parties of the first signing list of exactly ``number`` parties that
        starts soon after ``at`` ("eight more organizations have signed ... New
        signatories include: A, B, ..."): a count names its list ahead."""
        k = bisect.bisect_right(self.signed_ends, at)
        for _, items in self.signed[k : k + _AHEAD_LISTS]:
            if items[0].start - at > _AHEAD_REACH:
                break
            if len(items) == number:
                return items
        return ()

    def _signed_before(self, at: int) -> Sequence[ActorMention]:
        """The parties of the last signing list that ends before ``at``, when no clause
        of signing stands between it and ``at``."""
        k = bisect.bisect_right(self.signed_ends, at) - 1
        if k < 0:
            return ()
        end, items = self.signed[k]
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
            first = runs[0] if runs else []
            names: dict[str, None] = {}
            for m in first:
                name = self.represents.get(m.name, m.name) if m.kind is ActorKind.PERSON else m.name
                country = self.actors.gazetteer.department_of(m)
                names.setdefault(country.name if country is not None else name, None)
            parties = [self._known(name) for name in names]
            if (
                first
                and first[0].start < self.lead_end
                and len(parties) >= 2
                and all(p.kind in OWNER_KINDS for p in parties)
                and _LEAD_VERB.match(self.text, first[-1].end) is not None
            ):
                lead = tuple(parties)
            self._lead = lead
        return self._lead

    def _orator(self) -> Party | None:
        """The party of the person a speech's headline names ("Speech by President Ana
        Ruiz of Chile at ...", "Remarks by the Prime Minister of Peru"), computed once;
        None when the headline is no speech's or names no party for its speaker."""
        if self._orator_found is None:
            party: Party | None = None
            line_end = self.text.find("\n")
            head = self.text[: line_end if line_end >= 0 else min(len(self.text), 300)]
            if _SPEECH_HEAD.match(head) is not None:
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
