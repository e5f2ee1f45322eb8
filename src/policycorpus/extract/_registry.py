"""The extractor registry and :func:`extract`, which runs every extractor once.

An extractor is any callable ``(article, context) -> iterable of records``; the
:class:`ExtractionContext` carries what is computed once per article and shared: the
sentence spans and the actor mentions. Records are routed to the :class:`Document`
field of their type (a :class:`Statistic` to ``statistics``, and so on), so a user's
extractor may add records to any field, and registering a name again replaces the
built-in extractor of that name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final, Protocol, TypeAlias

import attrs

from policycorpus.extract._actors import ArticleActors, Gazetteer, default_gazetteer, find_actors
from policycorpus.extract._commitments import Reference, commitments_from, references
from policycorpus.extract._lists import (
    PartyList,
    find_party_lists,
    narrator_of,
    people_groups,
    signed_lists,
)
from policycorpus.extract._pledges import ResolvedClause, resolve_article
from policycorpus.extract._quotes import extract_quotes
from policycorpus.extract._sentences import split_sentences
from policycorpus.extract._signatories import signatories_from
from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article, Commitment, Document, Quote, Signatory, Span, Statistic

__all__ = [
    "ExtractionContext",
    "Extractor",
    "Record",
    "extract",
    "register_extractor",
    "registered_extractors",
    "unregister_extractor",
]

Record: TypeAlias = Statistic | Signatory | Commitment | Quote
"""Any record an extractor may yield."""


@attrs.frozen
class ExtractionContext:
    """What :func:`extract` computes once per article and hands to every extractor."""

    sentences: tuple[Span, ...]
    """Sentence spans of ``article.text``, from :func:`split_sentences`."""
    actors: ArticleActors
    """Actor mentions of ``article.text``, from :func:`find_actors`."""
    gazetteer: Gazetteer
    """The gazetteer the actors were matched with."""
    cache: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)
    """Intermediate results extractors share (the resolved pledge clauses, under
    ``"pledges"``), computed by the first extractor that needs them."""

    def pledges(self, article: Article) -> list[ResolvedClause]:
        """The article's pledge clauses with their parties, resolved once per article."""
        found = self.cache.get("pledges")
        if found is None:
            found = resolve_article(
                article,
                self.sentences,
                self.actors,
                narrator_of(self.party_lists(article)),
                signed_lists(self.party_lists(article)),
            )
            self.cache["pledges"] = found
        return list(found)

    def references(self, article: Article) -> tuple[Reference, ...]:
        """Pledges whose subject ("they", "each country") stands for a list, resolved once."""
        found = self.cache.get("references")
        if found is None:
            people = people_groups(article.text, self.sentences, self.actors)
            found = tuple(
                references(article, self.pledges(article), self.party_lists(article), people)
            )
            self.cache["references"] = found
        return tuple(found)

    def party_lists(self, article: Article) -> tuple[PartyList, ...]:
        """The article's party lists, each decided once (see :mod:`._lists`)."""
        found = self.cache.get("lists")
        if found is None:
            found = find_party_lists(article.text, self.sentences, self.actors)
            self.cache["lists"] = found
        return tuple(found)


class Extractor(Protocol):
    """A function from an article and its shared context to records."""

    def __call__(self, article: Article, context: ExtractionContext, /) -> Iterable[Record]: ...


def _statistics(article: Article, context: ExtractionContext) -> Iterable[Record]:
    return extract_statistics(article, context.sentences)


def _signatories(article: Article, context: ExtractionContext) -> Iterable[Record]:
    referred = tuple(pl for _, pl, _ in context.references(article))
    lists = (*context.party_lists(article), *referred)
    return signatories_from(article, context.pledges(article), context.actors, lists)


def _commitments(article: Article, context: ExtractionContext) -> Iterable[Record]:
    return commitments_from(
        article, context.pledges(article), context.party_lists(article), context.references(article)
    )


def _quotes(article: Article, context: ExtractionContext) -> Iterable[Record]:
    return extract_quotes(article, context.sentences, context.actors)


_BUILTIN: Final[dict[str, Extractor]] = {
    "statistics": _statistics,
    "signatories": _signatories,
    "commitments": _commitments,
    "quotes": _quotes,
}
_REGISTRY: dict[str, Extractor] = dict(_BUILTIN)


def register_extractor(name: str, func: Extractor) -> None:
    """Register ``func`` under ``name``, replacing any extractor of that name."""
    if not name:
        raise ValueError("an extractor needs a name")
    if not callable(func):
        raise TypeError(f"extractor {name!r} is not callable: {func!r}")
    _REGISTRY[name] = func


def unregister_extractor(name: str) -> None:
    """Remove the extractor registered under ``name``; a no-op when there is none."""
    _REGISTRY.pop(name, None)


def registered_extractors() -> Mapping[str, Extractor]:
    """A read-only snapshot of the registered extractors, in the order they run."""
    return MappingProxyType(dict(_REGISTRY))


def _key(record: Record) -> tuple[int, int]:
    return (record.span.start, record.span.end)


def extract(
    article: Article,
    *,
    extractors: Mapping[str, Extractor] | None = None,
    gazetteer: Gazetteer | None = None,
) -> Document:
    """Run the extractors over ``article`` and gather their records in a :class:`Document`.

    Sentences are split once and actors matched once (with ``gazetteer``, or the
    default one); both are shared through the :class:`ExtractionContext`. Pass
    ``extractors`` to run those instead of the registered ones. Each record family
    comes out in text order.
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    context = ExtractionContext(
        sentences=split_sentences(article.text),
        actors=find_actors(article, gaz),
        gazetteer=gaz,
    )
    chosen = registered_extractors() if extractors is None else extractors
    statistics: list[Statistic] = []
    signatories: list[Signatory] = []
    commitments: list[Commitment] = []
    quotes: list[Quote] = []
    for name, func in chosen.items():
        for record in func(article, context):
            if isinstance(record, Statistic):
                statistics.append(record)
            elif isinstance(record, Signatory):
                signatories.append(record)
            elif isinstance(record, Commitment):
                commitments.append(record)
            elif isinstance(record, Quote):
                quotes.append(record)
            else:
                raise TypeError(f"extractor {name!r} yielded a {type(record).__name__}")
    return Document(
        article=article,
        statistics=tuple(sorted(statistics, key=_key)),
        signatories=tuple(sorted(signatories, key=_key)),
        commitments=tuple(sorted(commitments, key=_key)),
        quotes=tuple(sorted(quotes, key=_key)),
    )
