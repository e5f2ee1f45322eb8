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
from collections.abc import Sequence
from typing import Final

from policycorpus.extract import _vocab_commitments as vocab
from policycorpus.extract._actors import ActorMention, ArticleActors, find_actors
from policycorpus.extract._clauses import Tok, parse_subject_forward, token_index
from policycorpus.extract._list_view import ActedList
from policycorpus.extract._party_memory import REFERENCE_WINDOW
from policycorpus.extract._pledge_parties import Party, ResolvedClause
from policycorpus.extract._pledge_text import (
    SentenceTokens,
    home_country,
    listed_below,
    signing_line,
    windows,
)
from policycorpus.extract._resolver import Resolver
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


def resolve_article(
    article: Article,
    sentences: Sequence[Span] | None = None,
    actors: ArticleActors | None = None,
    narrator: Sequence[ActorMention] = (),
    signed: Sequence[ActedList] = (),
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
    resolver = Resolver(text, found, quotes)
    resolver.home = home_country(article, found.gazetteer)
    resolver.set_signed(signed)
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
            rc = _resolve_clause(text, clause, span, n, quote, tokens, resolver)
            out.append(rc)
            if rc.parties and not rc.clause.negated and not rc.clause.hypothetical:
                resolver.remember(rc, n)
    return out


def _resolve_clause(
    text: str,
    clause: Clause,
    span: Span,
    n: int,
    quote: QuoteRegion | None,
    tokens: SentenceTokens,
    resolver: Resolver,
) -> ResolvedClause:
    """One clause of sentence ``n`` with its parties, the names listed below a lead-in
    ("... signed by the following States:") and its co-subjects resolved."""
    parties, groups = resolver.resolve(clause, span, n, quote)
    if clause.lemma in _VOTING_LEMMAS and _AGENT_AFTER.match(text, clause.trigger_end):
        # "endorsed by the UN General Assembly": a vote, not a signature
        parties = tuple(p for p in parties if not vocab.is_legislature(p.name))
    signing = signing_line(text, span, tokens[n])
    if not parties and (
        _CITATIONS.sub("", text[span.start : span.end]).rstrip().endswith(":")
        or (clause.membership and not clause.items)
        or signing
    ):
        # "... signed by the following States:" and one name per line below
        listed = listed_below(tokens, n + 1)
        if listed:
            clause = clause._replace(items=(*clause.items, *listed), members=())
            parties, groups = resolver.resolve(clause, span, n, quote, block=signing)
    coparties: tuple[Party, ...] = ()
    if clause.cosubjects:
        coparties, _ = resolver.resolve(
            clause._replace(items=clause.cosubjects, members=()), span, n, quote
        )
    if signing and parties:
        clause = clause._replace(membership=True)
        if resolver.undersigned:
            resolver.narrator = parties
    return ResolvedClause(span, clause, parties, groups, coparties, quote is not None)


_VOTING_LEMMAS: Final = frozenset({"endorse", "support", "back", "adopt", "approve"})
_AGENT_AFTER: Final = re.compile(r"\s+(?:\S+\s+){0,3}?by\b")


_CITATIONS: Final = re.compile(r"(?:\[[0-9a-z]{1,4}\])+\s*$")
"""Reference marks ending an encyclopedia line ("signed the pledge:[4]")."""
_LEAD_SENTENCES: Final = 3
"""Sentences (the title among them) that make a text's opening."""
_WE_APPOSITION: Final = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]*)?We, the ")


_UNDERSIGNED: Final = frozenset({"undersigned", "signatories"})
"""Words of "We, the undersigned ..." / "We, the signatories of this Declaration": "we"
is the list under the signature block."""


_MAX_LABEL: Final = 8


def _labelled_list(
    text: str, span: Span, tokens: SentenceTokens, n: int, resolver: Resolver
) -> Clause | None:
    """ "Companies and non-profit organisations: A, B and C." just after a joining or
    signing list: more members of it, under a label naming their kind."""
    signing = resolver.signing
    if signing is None or n - resolver.signing_n > REFERENCE_WINDOW:
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
    text: str, spans: Sequence[Span], tokens: SentenceTokens, resolver: Resolver
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

    # -- helpers -----------------------------------------------------------------------
