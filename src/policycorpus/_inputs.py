"""Inputs shared by :mod:`policycorpus.pipeline` and :mod:`policycorpus.corpus`.

Finding article files, turning one of them into a :class:`~policycorpus.Document`
without ever raising (a failure is data), loading serialised documents line by line,
and locating the built-in sample. Private: the public names are re-exported by
:mod:`policycorpus.pipeline`.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal

import attrs
import orjson

from policycorpus.errors import PolicyCorpusError
from policycorpus.extract import default_gazetteer, extract, registered_extractors
from policycorpus.io import structure_document
from policycorpus.io._wire import wire_decoder
from policycorpus.io.jsonl import not_json_lines
from policycorpus.model import Article, Document
from policycorpus.parse import parse_article

__all__ = [
    "ARTICLE_SUFFIXES",
    "STDIN",
    "ArticleTimeout",
    "Failure",
    "Result",
    "WorkerCrashed",
    "document_from_bytes",
    "failure",
    "iter_article_paths",
    "iter_documents",
    "iter_stream_documents",
    "load_documents",
    "process_path",
    "run_paths",
    "run_pooled",
    "sample_paths",
]

ARTICLE_SUFFIXES: Final = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")
"""Files picked up when a folder is given (case-insensitive)."""

HTML_SUFFIXES: Final = (".html", ".htm", ".xhtml")
"""Files parsed as HTML; other article files are sniffed by the parser."""

STDIN: Final = "-"
"""The path that means standard input."""

STDIN_SOURCE: Final = "<stdin>"
"""``Article.source`` for an article read from standard input."""


@attrs.frozen
class Failure:
    """An input that could not be turned into a document, and why."""

    source: str
    """The path as given (``"<stdin>"``, or ``"file.jsonl:12"`` for a line)."""
    error: str
    """The exception's class name ("ParseError", "FileNotFoundError")."""
    message: str
    """What went wrong, in one line."""

    def __str__(self) -> str:
        return f"{self.source}: {self.error}: {self.message}"


@attrs.frozen
class Result:
    """The outcome for one input: a document, a failure, or a document with warnings."""

    source: str
    """The path as given."""
    document: Document | None = None
    """The document, unless the input failed."""
    failure: Failure | None = None
    """Why the input failed, if it did."""
    warnings: tuple[str, ...] = ()
    """Problems that did not stop the document (an extractor that failed)."""

    @property
    def ok(self) -> bool:
        """Whether a document was produced."""
        return self.document is not None


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return first or type(exc).__name__


def failure(source: str, exc: BaseException) -> Result:
    """A failed :class:`Result` for ``source`` from the exception that stopped it."""
    message = _one_line(exc)
    for sep in (": ", ", "):  # the error may name the source itself; say it once
        if message.startswith(source + sep):
            message = message[len(source) + len(sep) :]
            break
    return Result(source, failure=Failure(source, type(exc).__name__, message))


# -- discovery ----------------------------------------------------------------------------


def iter_article_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Expand folders (recursively, sorted, article suffixes only); keep files as given.

    A path that does not exist is yielded unchanged so that it is reported as a
    failure rather than dropped. ``-`` (standard input) is yielded as is.
    """
    for path in paths:
        text = os.fspath(path)
        if text != STDIN and os.path.isdir(text):
            found: list[str] = []
            for root, dirs, files in os.walk(text):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    os.path.join(root, f)
                    for f in files
                    if f.lower().endswith(ARTICLE_SUFFIXES) and not f.startswith(".")
                )
            yield from sorted(found)
        else:
            yield text


# -- one input -> one document ---------------------------------------------------------------


def _format_for(source: str) -> Literal["auto", "html"]:
    return "html" if source.lower().endswith(HTML_SUFFIXES) else "auto"


class ArticleTimeout(TimeoutError):
    """An article took longer than the time limit it was given."""


@contextlib.contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in this block after ``seconds`` (Unix main thread).

    Elsewhere (Windows, other threads) the block simply runs without a limit.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout(f"gave up after {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def document_from_bytes(data: bytes, source: str, timeout: float | None = None) -> Result:
    """Parse and extract one article; never raises (the failure is returned).

    ``timeout`` (seconds) bounds the work on Unix when called from the main thread;
    an article that runs over becomes a failure (``ArticleTimeout``).
    """
    try:
        with _deadline(timeout):
            try:
                article = parse_article(data, source=source, format=_format_for(source))
            except ArticleTimeout:
                raise
            except Exception as exc:  # a messy file must never stop the run
                return failure(source, exc)
            try:
                return Result(source, document=extract(article))
            except ArticleTimeout:
                raise
            except Exception as exc:
                return _extract_piecewise(article, source, exc)
    except ArticleTimeout as exc:
        return failure(source, exc)


def _extract_piecewise(article: Article, source: str, first: BaseException) -> Result:
    """Run each extractor alone after the combined run failed; keep what works."""
    warnings = [f"extraction failed ({type(first).__name__}: {_one_line(first)}); retried"]
    fields: dict[str, list[Any]] = {
        "statistics": [],
        "signatories": [],
        "commitments": [],
        "quotes": [],
    }
    try:
        extractors = dict(registered_extractors())
    except Exception as exc:
        extractors = {}
        warnings.append(f"extractor registry: {type(exc).__name__}: {_one_line(exc)}")
    for name in sorted(extractors):
        try:
            part = extract(article, extractors={name: extractors[name]})
        except Exception as exc:
            warnings.append(f"extractor {name!r} skipped: {type(exc).__name__}: {_one_line(exc)}")
            continue
        for field, records in fields.items():
            records.extend(getattr(part, field))
    try:
        document = Document(
            article,
            statistics=tuple(_unique(fields["statistics"])),
            signatories=tuple(_unique(fields["signatories"])),
            commitments=tuple(_unique(fields["commitments"])),
            quotes=tuple(_unique(fields["quotes"])),
        )
    except Exception as exc:
        warnings.append(f"records dropped: {type(exc).__name__}: {_one_line(exc)}")
        document = Document(article)
    return Result(source, document=document, warnings=tuple(warnings))


def _unique(records: list[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for r in sorted(records, key=lambda r: (r.span.start, r.span.end, r.id)):
        if r.id not in seen:
            seen.add(r.id)
            out.append(r)
    return out


def process_path(source: str, timeout: float | None = None) -> Result:
    """Read, parse and extract the file at ``source``; never raises."""
    try:
        data = Path(source).read_bytes()
    except Exception as exc:
        return failure(source, exc)
    return document_from_bytes(data, source, timeout)


DEFAULT_CHUNKSIZE: Final = 4
"""Articles handed to a worker at a time: small enough to balance, large enough to amortise."""

_Item = str | tuple[bytes, str] | Result


def _task(item: _Item, timeout: float | None = None) -> Result:
    if isinstance(item, Result):
        return item
    if isinstance(item, tuple):
        return document_from_bytes(*item, timeout)
    return process_path(item, timeout)


def _context() -> multiprocessing.context.BaseContext:
    """The cheapest start method that is safe here.

    On Linux, when the calling process runs a single thread, workers are forked: they
    start at once with the library imported and the default gazetteer built (here,
    once, before the fork). A forkserver re-imports the library in a fresh interpreter
    first (~0.6 s of CPU before the first article: a seventh of a 3,000-article run on
    2 cores, see benchmarks/README.md). With other threads running, a fork could copy
    a lock another thread holds, so then: forkserver, else spawn.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        default_gazetteer()
        return multiprocessing.get_context("fork")
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["policycorpus._inputs"])
        return ctx
    return multiprocessing.get_context("spawn")


def run_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    timeout: float | None = None,
) -> Iterator[Result]:
    """One :class:`Result` per article under ``paths``, in input order (see
    :func:`policycorpus.pipeline.extract_paths`)."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if workers == 1:
        for path in iter_article_paths(paths):
            if path == STDIN:
                try:
                    data = sys.stdin.buffer.read()
                except Exception as exc:
                    yield failure(STDIN_SOURCE, exc)
                    continue
                yield document_from_bytes(data, STDIN_SOURCE, timeout)
            else:
                yield process_path(path, timeout)
        return
    items: list[_Item] = []
    for path in iter_article_paths(paths):
        if path == STDIN:
            try:
                items.append((sys.stdin.buffer.read(), STDIN_SOURCE))
            except Exception as exc:
                items.append(failure(STDIN_SOURCE, exc))
        else:
            items.append(path)
    task = functools.partial(_task, timeout=timeout)
    yield from run_pooled(items, task, workers=workers, chunksize=chunksize)


class WorkerCrashed(RuntimeError):
    """The process extracting an article died (a crash in native code, or killed)."""


def _item_source(item: _Item) -> str:
    if isinstance(item, Result):
        return item.source
    if isinstance(item, tuple):
        return item[1]
    return item


def run_pooled(
    items: Sequence[_Item],
    task: Callable[[_Item], Result],
    *,
    workers: int,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[Result]:
    """``task`` over ``items`` in ``workers`` processes, results in order.

    A worker that dies does not hang or end the run: the article being processed
    when the pool broke is retried alone in a fresh process; if that dies too it
    becomes a :class:`WorkerCrashed` failure, and the rest continue in a new pool.
    When worker processes cannot run at all (a ``__main__`` they cannot re-import,
    as with ``python - < script``), the rest is processed here, serially: same
    results, same order.
    """
    context = _context()
    start = 0
    while start < len(items):
        done = start
        pool = ProcessPoolExecutor(max_workers=min(workers, len(items) - start), mp_context=context)
        try:
            for result in pool.map(task, items[start:], chunksize=max(1, chunksize)):
                yield result
                done += 1
            return
        except BrokenProcessPool:
            pass
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        if not _workers_usable(context):
            for item in items[done:]:
                yield task(item)
            return
        yield _isolated(items[done], task, context)
        start = done + 1


def _ping() -> str:
    return "pong"


def _workers_usable(context: multiprocessing.context.BaseContext) -> bool:
    """Whether a worker process can start and run a trivial task."""
    pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
    try:
        return pool.submit(_ping).result() == "pong"
    except Exception:
        return False
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(
    item: _Item, task: Callable[[_Item], Result], context: multiprocessing.context.BaseContext
) -> Result:
    """Run one item in a process of its own; a crash becomes a failure."""
    pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
    try:
        return pool.submit(task, item).result()
    except BrokenProcessPool:
        source = _item_source(item)
        return failure(source, WorkerCrashed("the worker process died on this article"))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# -- serialised documents -----------------------------------------------------------------


def load_documents(
    path: str, *, recorded: list[Failure] | None = None
) -> tuple[list[Document], list[Failure]]:
    """Documents from a ``.jsonl`` file (one per line) or a ``.json`` file.

    A ``.json`` file may hold one document, an array of documents, or the
    ``{"documents": [...], "failures": [...]}`` collection ``policycorpus extract
    --format json`` writes (its failures are loaded too). Bad lines and items become
    failures, located as ``path:line`` or ``path[index]``; nothing is raised. The
    failures a collection records go to ``recorded`` when given, else with the others.
    """
    docs: list[Document] = []
    failures: list[Failure] = []
    for item in iter_documents(path, recorded=failures if recorded is None else recorded):
        if isinstance(item, Document):
            docs.append(item)
        else:
            failures.append(item)
    return docs, failures


def iter_documents(
    path: str, *, recorded: list[Failure] | None = None
) -> Iterator[Document | Failure]:
    """Lazily, the documents (and failures) of a file, as :func:`load_documents` reads it.

    JSON Lines stream one line at a time, in constant memory; a ``.json`` file is read
    whole. Failures a collection records are appended to ``recorded`` (dropped if None).
    """
    try:
        if path.lower().endswith(".json"):
            docs: list[Document] = []
            failures: list[Failure] = []
            value = orjson.loads(Path(path).read_bytes())
            _load_json_collection(value, path, docs, failures, [] if recorded is None else recorded)
            yield from docs
            yield from failures
            return
        with open(path, "rb") as handle:
            yield from iter_stream_documents(handle, path)
    except (OSError, orjson.JSONDecodeError, PolicyCorpusError) as exc:
        yield Failure(path, type(exc).__name__, _one_line(exc))


def iter_stream_documents(lines: Iterable[bytes], source: str) -> Iterator[Document | Failure]:
    """The documents (and failures) of JSON Lines read from ``lines``, lazily.

    A bad line is a failure located as ``source:line``. When the first non-blank line
    is not JSON at all, the input is not JSON Lines (an article, a JSON-LD or indented
    JSON file): that is one failure for the whole input, not one per line.
    """
    seen_json = False
    fast = wire_decoder(Document)
    for lineno, line in enumerate(lines, start=1):
        try:  # the complete form the library writes, checked by msgspec (io/_wire.py)
            document = fast(line)
        except Exception:  # anything else: the converter decides and explains
            pass
        else:
            seen_json = True
            yield document
            continue
        if not line.strip():
            continue
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            if not seen_json:
                yield Failure(source, "LoadError", not_json_lines(lineno, exc.msg))
                return
            yield Failure(f"{source}:{lineno}", type(exc).__name__, _one_line(exc))
            continue
        seen_json = True
        try:
            yield structure_document(value, source=source, line=lineno)
        except Exception as exc:
            yield Failure(f"{source}:{lineno}", type(exc).__name__, _one_line(exc))


def _load_json_collection(
    value: Any, path: str, docs: list[Document], failures: list[Failure], recorded: list[Failure]
) -> None:
    items: Sequence[Any]
    if isinstance(value, dict) and "documents" in value and "article" not in value:
        items = value.get("documents") or []
        for f in value.get("failures") or []:
            if isinstance(f, dict):
                recorded.append(
                    Failure(
                        str(f.get("source", path)),
                        str(f.get("error", "Error")),
                        str(f.get("message", "")),
                    )
                )
    elif isinstance(value, list):
        items = value
    else:
        try:
            docs.append(structure_document(value, source=path))
        except Exception as exc:
            failures.append(Failure(path, type(exc).__name__, _one_line(exc)))
        return
    for i, item in enumerate(items):
        where = f"{path}[{i}]"
        try:
            docs.append(structure_document(item, source=where))
        except Exception as exc:
            failures.append(Failure(where, type(exc).__name__, _one_line(exc)))


# -- the built-in sample -----------------------------------------------------------------------


def sample_paths() -> list[str]:
    """Paths of the built-in sample articles (package data), sorted."""
    root = resources.files("policycorpus") / "data" / "sample"
    directory = Path(str(root))
    return sorted(str(p) for p in directory.iterdir() if p.name.lower().endswith(ARTICLE_SUFFIXES))
