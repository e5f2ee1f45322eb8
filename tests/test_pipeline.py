"""Bulk extraction: discovery, order, failures as data, workers, the extractor fallback."""

from __future__ import annotations

import os
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policycorpus import _inputs
from policycorpus._inputs import run_pooled
from policycorpus.model import Article, Document, Span, Statistic
from policycorpus.pipeline import (
    Failure,
    Result,
    expand_paths,
    extract_bytes,
    extract_file,
    extract_paths,
    sample_paths,
)

TEXT = (
    "Leaders sign climate pledge\n\nThe United States pledged on Tuesday to cut methane by 30%.\n"
)


def test_expand_paths_sorts_folders_and_keeps_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.HTML", "c.md", "skip.pdf", ".dot.txt", "deep/z.htm", ".git/x.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = expand_paths([tmp_path, "given.pdf", "-"])
    assert found == [
        str(tmp_path / "a.HTML"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "c.md"),
        str(tmp_path / "deep" / "z.htm"),
        "given.pdf",
        "-",
    ]


def test_results_in_order_with_failures_as_data(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    results = list(extract_paths([good, tmp_path / "missing.txt", good]))
    assert [r.source for r in results] == [str(good), str(tmp_path / "missing.txt"), str(good)]
    assert [r.ok for r in results] == [True, False, True]
    failure = results[1].failure
    assert failure is not None
    assert failure == Failure(str(tmp_path / "missing.txt"), "FileNotFoundError", failure.message)
    assert str(failure).startswith(f"{tmp_path / 'missing.txt'}: FileNotFoundError: ")
    doc = results[0].document
    assert doc is not None
    assert doc.article.source == str(good)


def test_extract_file_and_bytes_agree(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(TEXT, encoding="utf-8")
    from_file = extract_file(path)
    from_bytes = extract_bytes(TEXT.encode("utf-8"), str(path))
    assert from_file == from_bytes
    assert extract_bytes(b"x", "<stdin>").source == "<stdin>"


def test_workers_match_serial() -> None:
    paths = sample_paths()
    serial = list(extract_paths(paths))
    parallel = list(extract_paths(paths, workers=2, chunksize=1))
    assert parallel == serial
    assert all(r.ok for r in serial)
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_paths(paths, workers=0))
    assert list(extract_paths([], workers=2)) == []


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    result = extract_bytes(data, "fuzz.txt")
    assert isinstance(result, Result)
    assert (result.document is None) != (result.failure is None)


def test_a_failing_extractor_is_retried_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def good(article: Article) -> Document:
        stat = Statistic(value=Decimal(30), text="30%", span=Span(0, 3))
        return Document(article, statistics=(stat,))

    def broken(article: Article) -> Document:
        raise RuntimeError("boom")

    registry: dict[str, Any] = {"good": good, "broken": broken}

    def fake_extract(article: Article, *, extractors: Any = None, **_: Any) -> Document:
        chosen = registry if extractors is None else extractors
        docs: list[Document] = [f(article) for f in chosen.values()]
        return docs[0]

    monkeypatch.setattr(_inputs, "extract", fake_extract)
    monkeypatch.setattr(_inputs, "registered_extractors", lambda: registry)
    result = extract_bytes(b"30% of the pledges were met.", "x.txt")
    assert result.document is not None
    assert [s.text for s in result.document.statistics] == ["30%"]
    assert result.warnings[0].startswith("extraction failed (RuntimeError: boom)")
    assert "extractor 'broken' skipped: RuntimeError: boom" in result.warnings


def test_timeout_turns_a_slow_article_into_a_failure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def slow(article: Article, **_: Any) -> Document:
        time.sleep(5)
        return Document(article)

    monkeypatch.setattr(_inputs, "extract", slow)
    path = tmp_path / "slow.txt"
    path.write_text(TEXT, encoding="utf-8")
    started = time.perf_counter()
    (result,) = extract_paths([path], timeout=0.2)
    assert time.perf_counter() - started < 3
    assert result.failure is not None
    assert result.failure.error == "ArticleTimeout"
    assert result.failure.message == "gave up after 0.2s"


def crash_on_bad(item: object) -> Result:
    """A task for :func:`run_pooled` whose worker dies on ``crash.txt``."""
    if item == "crash.txt":
        os._exit(3)
    return Result(str(item))


def test_a_dying_worker_becomes_a_failure_and_the_run_goes_on() -> None:
    items = ["a.txt", "crash.txt", "b.txt", "c.txt", "d.txt"]
    results = list(run_pooled(items, crash_on_bad, workers=2, chunksize=1))
    assert [r.source for r in results] == items
    crashed = results[1].failure
    assert crashed is not None
    assert crashed.error == "WorkerCrashed"
    assert all(r.failure is None for i, r in enumerate(results) if i != 1)
