"""JSON Lines: round trips, laziness, line numbers in errors, atomic writing."""

from __future__ import annotations

import io
import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policycorpus.strategies as pcst
from policycorpus.errors import LoadError, WriteError
from policycorpus.io import JsonlWriter, dumps, read_jsonl, validate_jsonl, write_jsonl
from policycorpus.model import Document


@given(st.lists(pcst.documents(), max_size=4))
def test_jsonl_round_trip_text_stream(docs: list[Document]) -> None:
    buffer = io.StringIO()
    assert write_jsonl(docs, buffer) == len(docs)
    assert buffer.getvalue().count("\n") == len(docs)
    buffer.seek(0)
    assert list(read_jsonl(buffer)) == docs


def test_jsonl_round_trip_path(tmp_path: Path) -> None:
    docs = pcst.sample_documents(20, seed=1)
    path = tmp_path / "docs.jsonl"
    assert write_jsonl(docs, path) == 20
    assert list(read_jsonl(path)) == docs
    assert list(read_jsonl(str(path))) == docs
    with path.open("rb") as handle:
        assert list(read_jsonl(handle)) == docs
    assert list(validate_jsonl(path)) == []


def test_writer_context_manager(tmp_path: Path) -> None:
    docs = pcst.sample_documents(3, seed=2)
    path = tmp_path / "out.jsonl"
    with JsonlWriter(path) as writer:
        for doc in docs:
            writer.write(doc)
        assert not path.exists()  # appears only when the block ends
    assert writer.count == 3
    assert list(read_jsonl(path)) == docs


def test_read_is_lazy() -> None:
    docs = pcst.sample_documents(3, seed=3)
    consumed: list[int] = []

    def lines() -> Iterator[str]:
        for i, doc in enumerate(docs):
            consumed.append(i)
            yield dumps(doc) + "\n"
        yield "not json\n"

    reader = read_jsonl(lines())  # type: ignore[call-overload]
    assert next(reader) == docs[0]
    assert consumed == [0]


def test_blank_lines_skipped_and_counted(tmp_path: Path) -> None:
    doc = pcst.sample_documents(1, seed=4)[0]
    path = tmp_path / "gaps.jsonl"
    path.write_text(f"\n{dumps(doc)}\n   \n{{broken\n", encoding="utf-8")
    reader = read_jsonl(path)
    assert next(reader) == doc
    with pytest.raises(LoadError) as info:
        next(reader)
    assert str(info.value) == (
        f"{path}, line 4: invalid JSON at column 2: unexpected character, expected a string key"
    )
    assert info.value.line == 4


def test_error_names_file_line_and_field(tmp_path: Path) -> None:
    docs = pcst.sample_documents(3, seed=5)
    lines = [orjson.loads(dumps(d)) for d in docs]
    lines[2]["statistics"][2]["span"]["end"] = "12"
    lines[1]["article"]["authors"] = "Jane"
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"".join(orjson.dumps(x) + b"\n" for x in lines))
    with pytest.raises(LoadError) as info:
        list(read_jsonl(path))
    assert str(info.value) == f"{path}, line 2, article.authors: expected array, got string 'Jane'"
    assert [str(e) for e in validate_jsonl(path)] == [
        f"{path}, line 2, article.authors: expected array, got string 'Jane'",
        f"{path}, line 3, statistics[2].span.end: expected integer, got string '12'",
    ]


def test_validation_error_from_model_becomes_load_error(tmp_path: Path) -> None:
    doc = pcst.sample_documents(1, seed=6)[0]
    data = orjson.loads(dumps(doc))
    data["commitments"][1]["text"] = "Something else entirely."
    path = tmp_path / "one.jsonl"
    path.write_bytes(orjson.dumps(data) + b"\n")
    with pytest.raises(LoadError) as info:
        next(read_jsonl(path))
    assert info.value.line == 1
    assert info.value.path == "commitments[1].text"
    assert info.value.reason.startswith("'Something else entirely.' is not the article text at ")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"missing\.jsonl: cannot read: No such file"):
        next(read_jsonl(tmp_path / "missing.jsonl"))


# -- atomic writing ----------------------------------------------------------------------


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def test_failure_mid_write_keeps_existing_file(tmp_path: Path) -> None:
    docs = pcst.sample_documents(4, seed=7)
    path = tmp_path / "out.jsonl"
    write_jsonl(docs[:1], path)
    before = path.read_bytes()

    def failing() -> Iterator[Document]:
        yield docs[1]
        yield docs[2]
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError, match="extractor crashed"):
        write_jsonl(failing(), path)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_failure_mid_write_leaves_no_new_file(tmp_path: Path) -> None:
    docs = pcst.sample_documents(2, seed=8)
    path = tmp_path / "new.jsonl"

    def failing() -> Iterator[Document]:
        yield docs[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_jsonl(failing(), path)
    assert not path.exists()
    assert _leftovers(tmp_path) == []


def test_os_error_becomes_write_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = pcst.sample_documents(2, seed=9)
    path = tmp_path / "out.jsonl"
    write_jsonl(docs[:1], path)
    before = path.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(WriteError) as info:
        write_jsonl(docs, path)
    assert str(info.value) == f"could not write {path}: [Errno 28] No space left on device"
    assert isinstance(info.value, OSError)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_unwritable_directory_is_write_error(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir.jsonl"
    with pytest.raises(WriteError, match="could not write"):
        write_jsonl([], path)


def test_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    write_jsonl(pcst.sample_documents(1, seed=10), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_reading_holds_one_document_at_a_time(tmp_path: Path) -> None:
    docs = pcst.sample_documents(20, seed=11)
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    write_jsonl(docs * 2, small)
    write_jsonl(docs * 20, large)

    def peak(path: Path) -> int:
        tracemalloc.start()
        try:
            for _ in read_jsonl(path):
                pass
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small_peak, large_peak = peak(small), peak(large)
    assert large_peak < small_peak * 1.5 + 100_000


def test_bom_and_crlf_accepted(tmp_path: Path) -> None:
    docs = pcst.sample_documents(2, seed=12)
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(dumps(d).encode() + b"\r\n" for d in docs))
    assert list(read_jsonl(path)) == docs
