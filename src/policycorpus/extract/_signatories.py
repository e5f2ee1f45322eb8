"""Signatories: the parties an article says signed, joined, endorsed, agreed or pledged.

Parties come from the same pledge clauses as commitments (see :mod:`._pledges`),
minus stances ("remains committed to"), obligations ("will be required to") and
"we will" sentences, plus member lists ("The new members are A, B and C", "18 new
members—A, B, ...—"). Launchers of a pledge count; hosts, conveners, recipients of
notices and attendees do not, since no pledge verb has them as subject. One entry per
party (the first mention), under its canonical name. A person signing for a
government or company gets ``role`` and ``represents``, and the party they represent
is a signatory too. Names the gazetteer lacks are kept when they stand in a signing
list (kind from their head word: "Foundation" is an NGO, "Coalition for ..." too; in a
signature block, or after a company, a name with no such word is a company; otherwise
"other"). A party first met as "We" is quoted as the signature block names it.
A public agency (``ActorKind.AGENCY`` in the gazetteer: a regulator, a police or
statistics agency) signs as part of its government, so its signatory kind is
``GOVERNMENT``, following the annotation convention for signatories (government,
intergovernmental, company, ngo, person); its country is kept.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import attrs

from policycorpus.extract._actors import ActorMention, ArticleActors, find_actors
from policycorpus.extract._commitments import acting_for, references
from policycorpus.extract._lists import (
    Effect,
    PartyList,
    find_party_lists,
    narrator_of,
    people_groups,
    signed_lists,
)
from policycorpus.extract._pledges import Party, ResolvedClause, resolve_article
from policycorpus.extract._sentences import split_sentences
from policycorpus.model import ActorKind, Article, Modality, Signatory, Span

__all__ = ["extract_signatories"]

_FUNDING_LEMMAS: Final = frozenset({"announce", "contribute"})
"""Lemmas of money pledges ("announced $5m for", "will contribute £2m"): commitments,
not signings."""
_SIGNING_LEMMAS = frozenset(
    {
        "sign",
        "endorse",
        "launch",
        "join",
        "ratify",
        "renew",
        "conclude",
        "put",
        "support",
        "back",
        "signatory",
        "member",
        "declaration",
    }
)
"""Acts that a person performs for the party they represent (signing, not promising)."""


def extract_signatories(
    article: Article,
    sentences: Sequence[Span] | None = None,
    actors: ArticleActors | None = None,
) -> tuple[Signatory, ...]:
    """The signatories of ``article``, one per party, in order of first mention."""
    found = actors if actors is not None else find_actors(article)
    spans = tuple(sentences) if sentences is not None else split_sentences(article.text)
    lists = find_party_lists(article.text, spans, found)
    resolved = resolve_article(article, spans, found, narrator_of(lists), signed_lists(lists))
    people = people_groups(article.text, spans, found)
    referred = tuple(pl for _, pl, _ in references(article, resolved, lists, people))
    return signatories_from(article, resolved, found, (*lists, *referred))


def signatories_from(
    article: Article,
    resolved: Sequence[ResolvedClause],
    actors: ArticleActors | None = None,
    lists: Sequence[PartyList] = (),
) -> tuple[Signatory, ...]:
    """Build the signatory records from resolved clauses and decided party lists.

    A list decided as signing or committing adds its parties; a list decided as not
    (hosts, conveners, absentees) takes back what a clause read into those very words.
    """
    text = article.text
    out: dict[str, Signatory] = {}
    known = {p.name: p for rc in resolved for p in rc.parties}
    for rc in resolved:
        c = rc.clause
        if c.negated or c.hypothetical or c.stance or c.future:
            continue
        if c.modality is Modality.REQUIRE or c.lemma in _FUNDING_LEMMAS:
            continue  # an obligation, or money promised: no statement was signed
        rule = f"clause-{c.lemma}"
        for m in c.behalf:  # "X signed on behalf of A and B": A and B sign
            _add(out, text, Party(m.name, m.kind, m.country, m.start, m.end), rule)
        for p in (*rc.parties, *rc.coparties):
            if p.kind is ActorKind.PERSON and p.role is None and actors is not None:
                known_person = actors.people.get(p.name)  # "the three leaders": who they are
                if known_person is not None:
                    p = p._replace(
                        role=known_person.role,
                        represents=p.represents or known_person.represents,
                    )
            if not _surname_only_leader(p.name, p.kind, p.role, p.represents):
                _add(out, text, p, rule)
            if p.kind is ActorKind.PERSON and p.represents and actors is not None:
                # "HHS Secretary A": the department's official signs for its country
                p = p._replace(represents=_department_country(actors, p.represents))
            if (
                p.kind is ActorKind.PERSON
                and p.represents
                and p.represents not in out
                and (
                    c.lemma in _SIGNING_LEMMAS
                    or acting_for(p.name, p.kind, p.role, p.represents) != p.name
                )
            ):
                rep = known.get(p.represents)
                kind = rep.kind if rep is not None else _kind_of(actors, p.represents)
                country = rep.country if rep is not None else _country_of(actors, p.represents)
                _add(out, text, Party(p.represents, kind, country, p.start, p.end), rule)
    vetoed = sorted((m.start, m.end) for pl in lists if pl.effect is Effect.NONE for m in pl.items)
    if vetoed:
        starts = [v[0] for v in vetoed]
        for name in [n for n, s in out.items() if _covers(s.span, vetoed, starts)]:
            del out[name]
    for pl in lists:
        if pl.effect in (Effect.SIGN, Effect.COMMIT):
            for m in pl.items:
                if not _surname_only_leader(m.name, m.kind, m.role, m.represents):
                    party = Party(m.name, m.kind, m.country, m.start, m.end)
                    _add(out, text, party, pl.construction)
                lead = acting_for(m.name, m.kind, m.role, m.represents)
                if lead != m.name and lead not in out:
                    # a head of state or government signs for the country they lead
                    kind, country = _kind_of(actors, lead), _country_of(actors, lead)
                    _add(out, text, Party(lead, kind, country, m.start, m.end), pl.construction)
    return tuple(sorted(out.values(), key=lambda s: s.span.start))


def _department_country(actors: ArticleActors, name: str) -> str:
    """The country a department named ``name`` acts for, else ``name`` itself."""
    actor = actors.gazetteer.get(name)
    if actor is None:
        return name
    mention = ActorMention(0, 0, name, actor.kind, actor.country, "gazetteer")
    country = actors.gazetteer.department_of(mention)
    return country.name if country is not None else name


def _surname_only_leader(
    name: str, kind: ActorKind, role: str | None, represents: str | None
) -> bool:
    """A head of state or government known here by surname only ("US President Biden"):
    the country they lead signs; a one-word name is no record of the person."""
    return (
        kind is ActorKind.PERSON
        and " " not in name
        and acting_for(name, kind, role, represents) != name
    )


def _covers(span: Span, vetoed: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``span`` holds a mention a list decided against ("the US" holds "US")."""
    k = bisect.bisect_right(starts, span.end) - 1
    return k >= 0 and span.start <= vetoed[k][0] and vetoed[k][1] <= span.end


_PRONOUNS = frozenset({"we", "our", "us"})
"""Words that stand for a party without naming it (kept only until a name is seen)."""


def _add(out: dict[str, Signatory], text: str, p: Party, rule: str | None) -> None:
    earlier = out.get(p.name)
    if (
        earlier is not None
        and earlier.text.lower() in _PRONOUNS
        and p.end > p.start
        and text[p.start : p.end].lower() not in _PRONOUNS
    ):
        # "We commit ..." before the signature block: the block names the party
        del out[p.name]
        _add(
            out, text, p._replace(kind=earlier.kind if p.kind is ActorKind.OTHER else p.kind), rule
        )
        return
    if earlier is not None:
        if earlier.kind is ActorKind.OTHER and p.kind not in (ActorKind.OTHER, ActorKind.PERSON):
            # a later reference tells the kind ("the networks agree"): first mention kept
            earlier = out[p.name] = attrs.evolve(earlier, kind=p.kind)
        if earlier.country is None and p.country is not None and earlier.kind is p.kind:
            out[p.name] = attrs.evolve(earlier, country=p.country)
        return
    if p.end <= p.start:
        return
    mention = text[p.start : p.end]
    if not mention.strip():
        return
    is_person = p.kind is ActorKind.PERSON
    out[p.name] = Signatory(
        name=p.name,
        kind=ActorKind.GOVERNMENT if p.kind is ActorKind.AGENCY else p.kind,
        text=mention,
        span=Span(p.start, p.end),
        country=p.country,
        role=p.role if is_person else None,
        represents=p.represents if is_person else None,
        rule=rule,
    )


def _lookup(actors: ArticleActors | None, name: str) -> tuple[ActorKind, str | None]:
    """Kind and country of a represented party: from the article, else the gazetteer."""
    if actors is not None and name in actors.actors:
        actor = actors.actors[name]
        return actor.kind, actor.country
    if actors is not None:
        for m in actors.mentions:
            if m.name == name:
                return m.kind, m.country
    if actors is not None:
        for m in actors.gazetteer.find(name):
            if m.name == name:
                return m.kind, m.country
    return ActorKind.OTHER, None


def _kind_of(actors: ArticleActors | None, name: str) -> ActorKind:
    return _lookup(actors, name)[0]


def _country_of(actors: ArticleActors | None, name: str) -> str | None:
    return _lookup(actors, name)[1]
