"""Bulk extraction: many files in, one :class:`Result` per article out, in input order.

::

    from policycorpus.pipeline import extract_paths

    for result in extract_paths(["articles/"], workers=4):
        if result.document is not None:
            ...                      # a Document
        else:
            print(result.failure)    # what failed and why; the run goes on

Folders are searched recursively for ``.txt``, ``.text``, ``.html``, ``.htm``,
``.xhtml`` and ``.md`` files (sorted); files are taken as given whatever their
suffix; ``-`` reads standard input. ``Article.source`` is the path exactly as given
(or as found under the folder given), which is what downstream tools match on.

Nothing a file contains can stop a run: unreadable, undecodable or unparsable input
becomes a :class:`Failure`; an extractor that raises is retried alone, and the
document keeps what the other extractors found (with a warning). With ``workers``
above 1 the articles are processed in that many processes and the results come back
in input order, identical to a serial run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from policycorpus._inputs import (
    ARTICLE_SUFFIXES,
    DEFAULT_CHUNKSIZE,
    STDIN,
    STDIN_SOURCE,
    ArticleTimeout,
    Failure,
    Result,
    document_from_bytes,
    iter_article_paths,
    iter_documents,
    iter_stream_documents,
    load_documents,
    process_path,
    run_paths,
    sample_paths,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "STDIN",
    "STDIN_SOURCE",
    "ArticleTimeout",
    "Failure",
    "Result",
    "expand_paths",
    "extract_bytes",
    "extract_file",
    "extract_paths",
    "iter_documents",
    "iter_stream_documents",
    "load_documents",
    "sample_paths",
]


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The article paths ``paths`` stand for: folders expanded (sorted), files kept."""
    return list(iter_article_paths(paths))


def extract_file(path: str | os.PathLike[str], *, timeout: float | None = None) -> Result:
    """Parse and extract one file; never raises (a failure is returned as data)."""
    return process_path(os.fspath(path), timeout)


def extract_bytes(
    data: bytes, source: str = STDIN_SOURCE, *, timeout: float | None = None
) -> Result:
    """Parse and extract one article given as bytes; never raises."""
    return document_from_bytes(data, source, timeout)


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    timeout: float | None = None,
) -> Iterator[Result]:
    """One :class:`Result` per article under ``paths``, in input order.

    ``workers`` > 1 runs the articles in that many processes; the results are the
    same, in the same order, as with ``workers=1``. ``-`` reads standard input
    once, in this process. The iterator is lazy for ``workers=1``. ``timeout``
    (seconds, Unix only) turns an article that takes longer into a failure.
    """
    return run_paths(paths, workers=workers, chunksize=chunksize, timeout=timeout)
