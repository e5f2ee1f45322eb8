"""Corpus runs on Dask: a bag of Documents, and extraction on a distributed cluster.

Needs the ``dask`` extra (``pip install 'policycorpus[dask]'``: ``dask[bag]`` and
``distributed``); the core install does not. Two entry points:

:func:`document_bag` returns a :class:`dask.bag.Bag` of
:class:`~policycorpus.Document` records from paths (files and folders, expanded as
:func:`policycorpus.pipeline.extract_paths` does) or from a bag of ``(source, bytes)``
pairs you built yourself, so you can chain your own Dask steps::

    import dask.bag as db
    from policycorpus.dask import document_bag

    docs = document_bag(["articles/"])
    per_kind = docs.map(lambda d: len(d.signatories)).sum().compute()

    pairs = db.read_text("s3://bucket/*.txt", include_path=True)...  # or any (source, bytes) bag
    docs = document_bag(pairs)

:func:`extract_results` runs the same work on a cluster and yields one
:class:`~policycorpus.pipeline.Result` per article **in input order**, failures
included, exactly as the serial :func:`~policycorpus.pipeline.extract_paths` does;
``policycorpus extract --dask local|tcp://HOST:PORT`` is built on it and writes output
byte for byte identical to a serial run.

Workers read the paths themselves, so on a remote cluster the paths must name files
the workers can see (a shared file system); otherwise pass a bag of ``(source,
bytes)`` pairs. ``-`` (standard input) is read here and shipped as bytes. The
per-article ``timeout`` of the serial and process-pool runs relies on Unix signals in
a main thread, which Dask's worker threads do not have, so it is not offered here.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

try:
    import dask.bag as db
    from distributed import Client, LocalCluster
except ModuleNotFoundError as exc:  # pragma: no cover - exercised without the extra
    raise ModuleNotFoundError(
        "policycorpus.dask needs Dask: pip install 'policycorpus[dask]'", name=exc.name
    ) from exc

from policycorpus._inputs import (
    STDIN,
    STDIN_SOURCE,
    Result,
    WorkerCrashed,
    document_from_bytes,
    failure,
    iter_article_paths,
    process_path,
)
from policycorpus.model import Document

__all__ = ["LOCAL", "connect", "document_bag", "extract_results", "result_bag"]

LOCAL: Final = "local"
"""The address that means: start a local cluster sized to this machine."""

MAX_PARTITION: Final = 64
"""Most articles in one Dask task: enough to amortise the scheduler's per-task cost."""

_Item = str | tuple[str, bytes]


def _one(item: _Item) -> Result:
    """Read (for a path), parse and extract one article; never raises."""
    if isinstance(item, tuple):
        source, data = item
        return document_from_bytes(data, source)
    return process_path(item)


def _items(paths: Iterable[str | os.PathLike[str]]) -> list[_Item]:
    items: list[_Item] = []
    for path in iter_article_paths(paths):
        if path == STDIN:
            items.append((STDIN_SOURCE, sys.stdin.buffer.read()))
        else:
            items.append(path)
    return items


def _partition_size(count: int, workers: int) -> int:
    """Four tasks per worker at least (for balance), at most :data:`MAX_PARTITION` each."""
    return max(1, min(MAX_PARTITION, math.ceil(count / max(1, workers * 4))))


def result_bag(
    source: Iterable[str | os.PathLike[str]] | db.Bag, *, partition_size: int | None = None
) -> db.Bag:
    """A bag of :class:`~policycorpus.pipeline.Result` (a Document or a failure each).

    ``source`` is paths (files, folders, ``-``) or a bag of ``(source, bytes)`` pairs.
    The bag keeps the input order.
    """
    if isinstance(source, db.Bag):
        return source.map(_pair_result)
    items = _items(source)
    size = partition_size or _partition_size(len(items), os.cpu_count() or 1)
    return db.from_sequence(items, partition_size=size).map(_one)


def _pair_result(pair: tuple[str, bytes]) -> Result:
    source, data = pair
    return document_from_bytes(data, source)


def _document(result: Result) -> Document:
    assert result.document is not None
    return result.document


def document_bag(
    source: Iterable[str | os.PathLike[str]] | db.Bag, *, partition_size: int | None = None
) -> db.Bag:
    """A bag of :class:`~policycorpus.Document` from paths or ``(source, bytes)`` pairs.

    Inputs that fail to read, parse or extract are left out; use :func:`result_bag`
    to see them.
    """
    bag = result_bag(source, partition_size=partition_size)
    return bag.filter(_has_document).map(_document)


def _has_document(result: Result) -> bool:
    return result.document is not None


@contextlib.contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the cluster at ``address``: ``"local"`` or ``"tcp://HOST:PORT"``.

    ``"local"`` starts a cluster of one single-threaded worker process per CPU core
    (extraction is pure Python, so processes, not threads, give the parallelism) and
    stops it on exit; any other address connects to a running scheduler.
    """
    if address == LOCAL:
        cluster = LocalCluster(
            n_workers=os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    with Client(address) as client:
        yield client


def _worker_count(client: Client) -> int:
    threads: dict[str, int] = client.nthreads()
    return max(1, sum(threads.values()))


def extract_results(
    paths: Sequence[str | os.PathLike[str]],
    *,
    address: str | None = None,
    client: Client | None = None,
) -> Iterator[Result]:
    """One Result per article under ``paths``, in input order, computed on a cluster.

    Give a ``client`` you already have, or an ``address`` (``"local"`` or
    ``"tcp://HOST:PORT"``) to connect to for this run. Partitions are submitted at
    once and yielded in order as they finish, so the output starts before the run
    ends and equals the serial :func:`~policycorpus.pipeline.extract_paths` output.
    """
    if client is None:
        if address is None:
            raise ValueError("give a client or an address ('local' or 'tcp://HOST:PORT')")
        with connect(address) as own:
            yield from extract_results(paths, client=own)
        return
    items = _items(paths)
    if not items:
        return
    size = _partition_size(len(items), _worker_count(client))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    futures: list[Any] = client.map(_chunk, chunks, pure=False)
    try:
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                part: list[Result] = future.result()
            except Exception:  # a worker died on this chunk (KilledWorker): one by one
                part = [_alone(client, item) for item in chunk]
            yield from part
    finally:
        client.cancel(futures)


def _chunk(items: list[_Item]) -> list[Result]:
    return [_one(item) for item in items]


def _alone(client: Client, item: _Item) -> Result:
    """One article in a task of its own; a worker crash on it becomes its failure."""
    try:
        result: Result = client.submit(_one, item, pure=False).result()
    except Exception as exc:
        source = item[0] if isinstance(item, tuple) else item
        return failure(source, WorkerCrashed(f"the Dask worker failed on this article: {exc}"))
    return result
