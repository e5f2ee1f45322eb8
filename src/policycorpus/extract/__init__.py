"""Extractors: from an :class:`~policycorpus.Article` to records."""

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
from policycorpus.extract._sentences import split_sentences

__all__ = [
    "Actor",
    "ActorMention",
    "ArticleActors",
    "Gazetteer",
    "Person",
    "default_gazetteer",
    "find_actors",
    "split_sentences",
]
