"""Statistics extraction (work in progress: the full grammar lands in later commits)."""

from __future__ import annotations

from policycorpus.model import Article, Span, Statistic

__all__ = ["extract_statistics"]


def extract_statistics(
    article: Article, sentences: tuple[Span, ...] | None = None
) -> tuple[Statistic, ...]:
    """The figures cited in ``article``, in text order (stub: returns nothing yet)."""
    del article, sentences
    return ()
