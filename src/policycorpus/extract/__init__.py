"""Extractors: from an :class:`~policycorpus.Article` to records.

:func:`extract` runs every registered extractor over one article, with the sentences
split once and the actors matched once; :func:`register_extractor` adds or replaces
one. The record families also have their own functions (:func:`extract_statistics`,
:func:`extract_commitments`, :func:`extract_signatories`, :func:`extract_quotes`), and
actor matching is public (:class:`Gazetteer`, :func:`find_actors`) so users can bring
their own actor lists.
"""

from __future__ import annotations

from policycorpus.extract._actors import (
    Actor,
    ActorMention,
    ArticleActors,
    Gazetteer,
    Person,
    default_gazetteer,
    find_actors,
)
from policycorpus.extract._commitments import extract_commitments
from policycorpus.extract._quotes import extract_quotes
from policycorpus.extract._registry import (
    ExtractionContext,
    Extractor,
    Record,
    extract,
    register_extractor,
    registered_extractors,
    unregister_extractor,
)
from policycorpus.extract._sentences import split_sentences
from policycorpus.extract._signatories import extract_signatories
from policycorpus.extract._statistics import extract_statistics

__all__ = [
    "Actor",
    "ActorMention",
    "ArticleActors",
    "ExtractionContext",
    "Extractor",
    "Gazetteer",
    "Person",
    "Record",
    "default_gazetteer",
    "extract",
    "extract_commitments",
    "extract_quotes",
    "extract_signatories",
    "extract_statistics",
    "find_actors",
    "register_extractor",
    "registered_extractors",
    "split_sentences",
    "unregister_extractor",
]
