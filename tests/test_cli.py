"""The ``policycorpus`` command through ``main(argv)``: outputs, failures, exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from policycorpus import cli
from policycorpus._version import __version__
from policycorpus.cli import EXIT_ERROR, EXIT_FAILURES, EXIT_OK, EXIT_USAGE, main
from policycorpus.io import read_jsonl
from policycorpus.io.jsonl import encode_line
from policycorpus.model import Document

ARTICLE = """\
Ministers agree joint plan on online safety

12 March 2024

The United Kingdom and France signed a joint statement on Monday pledging to fund
research into tools that detect harmful images online.

Officials said more than 4,000 reports were received last year.
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def lines(out: str) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write(folder, "b.txt", ARTICLE)
    write(folder, "a.txt", ARTICLE.replace("France", "Germany"))
    write(folder, "sub/c.html", f"<html><body><h1>Plan</h1><p>{ARTICLE}</p></body></html>")
    write(folder, "ignored.pdf", b"%PDF-1.4")
    write(folder, ".hidden.txt", "not picked up")
    return folder


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"policycorpus {__version__}"
    assert main(["--help"]) == EXIT_OK
    out = capsys.readouterr().out
    for command in ("extract", "convert", "validate", "schema", "reconcile", "exit codes"):
        assert command in out
    assert main([]) == EXIT_USAGE


def test_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["extract"]) == EXIT_USAGE
    assert "give at least one PATH" in capsys.readouterr().err
    assert main(["extract", "--workers", "0", "x.txt"]) == EXIT_USAGE
    assert main(["extract", "--format", "xml", "x.txt"]) == EXIT_USAGE
    assert main(["extract", "x.txt", "-o", str(tmp_path / "noformat")]) == EXIT_USAGE
    assert "cannot tell the format" in capsys.readouterr().err
    assert main(["extract", "x.txt", "-o", str(tmp_path / "out.csv")]) == EXIT_USAGE
    assert main(["convert", "x.jsonl", str(tmp_path / "out.txt")]) == EXIT_USAGE
    assert main(["schema", "nonsense"]) == EXIT_USAGE
    assert main(["frobnicate"]) == EXIT_USAGE


def test_extract_folder_to_stdout_keeps_source_and_order(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(articles)]) == EXIT_OK
    captured = capsys.readouterr()
    docs = lines(captured.out)
    assert [d["article"]["source"] for d in docs] == [  # type: ignore[index]
        str(articles / "a.txt"),
        str(articles / "b.txt"),
        str(articles / "sub" / "c.html"),
    ]
    assert all(d["schema_version"] == 2 for d in docs)
    assert "3 of 3 article(s) extracted, 0 failed" in captured.err
    assert "\r" not in captured.err  # no progress bar when stderr is not a terminal


def test_bad_files_are_reported_and_do_not_stop_the_run(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = write(tmp_path, "empty.txt", "")
    binary = write(tmp_path, "noise.txt", bytes(range(256)) * 40)
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.jsonl"
    argv = ["extract", str(empty), str(articles / "a.txt"), str(missing), str(binary)]
    code = main([*argv, "-o", str(out)])
    captured = capsys.readouterr()
    assert code == EXIT_FAILURES
    written = [d.article.source for d in read_jsonl(out)]
    assert str(articles / "a.txt") in written
    assert str(missing) not in written
    assert "failed (" in captured.err
    assert f"{missing}: FileNotFoundError" in captured.err
    assert captured.out == ""


def test_json_output_lists_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    out = tmp_path / "out.json"
    assert main(["extract", str(good), str(tmp_path / "nope.txt"), "-o", str(out)]) == 1
    data = orjson.loads(out.read_bytes())
    assert [d["article"]["source"] for d in data["documents"]] == [str(good)]
    assert data["failures"] == [
        {
            "source": str(tmp_path / "nope.txt"),
            "error": "FileNotFoundError",
            "message": "No such file or directory",
        }
    ]
    capsys.readouterr()


def test_empty_folder_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty")]) == EXIT_FAILURES
    assert "no article files found" in capsys.readouterr().err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["extract", "-", "-q"]) == EXIT_OK
    captured = capsys.readouterr()
    (doc,) = lines(captured.out)
    assert doc["article"]["source"] == "<stdin>"  # type: ignore[index]
    assert captured.err == ""


def test_workers_give_the_serial_output(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(6):
        write(articles, f"more/{i:02d}.txt", ARTICLE.replace("4,000", f"{4000 + i:,}"))
    (articles / "more" / "bad.txt").symlink_to(articles / "nowhere")  # unreadable
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    assert main(["extract", str(articles), "-o", str(serial), "-q"]) == EXIT_FAILURES
    code = main(["extract", str(articles), "-o", str(parallel), "-q", "--workers", "2"])
    assert code == EXIT_FAILURES
    assert parallel.read_bytes() == serial.read_bytes()
    assert len(serial.read_bytes().splitlines()) == 9
    capsys.readouterr()


def test_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--sample"]) == EXIT_OK
    docs = lines(capsys.readouterr().out)
    assert len(docs) >= 12
    assert sum(len(d["statistics"]) for d in docs) > 10  # type: ignore[misc,arg-type]


def test_convert_and_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "s.jsonl"
    assert main(["extract", "--sample", "-o", str(src), "-q"]) == EXIT_OK
    as_json = tmp_path / "s.json"
    assert main(["convert", str(src), str(as_json), "-q"]) == EXIT_OK
    back = tmp_path / "back.jsonl"
    assert main(["convert", str(as_json), str(back), "-q"]) == EXIT_OK
    assert back.read_bytes() == src.read_bytes()
    tables, again = tmp_path / "tables", tmp_path / "again.jsonl"
    assert main(["convert", str(src), str(tables), "--to", "csv", "-q"]) == EXIT_OK
    assert main(["convert", str(tables), str(again), "-q"]) == EXIT_OK
    assert again.read_bytes() == src.read_bytes()
    capsys.readouterr()
    assert main(["validate", str(src), str(as_json)]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert main(["convert", str(tmp_path / "absent.jsonl"), str(back)]) == EXIT_ERROR


def test_validate_reports_every_error_with_line_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    good = orjson.dumps({"schema_version": 1, "article": {"text": "Hello."}}).decode()
    broken = orjson.dumps(
        {"schema_version": 1, "article": {"text": "Hello.", "source": 5, "title": 7}}
    ).decode()
    bad.write_text(f"{good}\n{broken}\nnot json\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == EXIT_FAILURES
    out = capsys.readouterr().out.splitlines()
    assert f"{bad}:2: article.source: expected string, got integer 5" in out
    assert any(line.startswith(f"{bad}:2: article.title:") for line in out)
    assert any(line.startswith(f"{bad}:3: ") for line in out)
    assert not any(line.startswith(f"{bad}:1:") for line in out)
    assert main(["validate", str(tmp_path / "none.jsonl")]) == EXIT_ERROR  # nothing readable
    assert main(["validate", str(tmp_path / "none.jsonl"), str(bad)]) == EXIT_FAILURES


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == EXIT_OK
    schema = orjson.loads(capsys.readouterr().out)
    assert "article" in str(schema)
    assert main(["schema", "Statistic"]) == EXIT_OK
    assert "value" in capsys.readouterr().out


def test_reconcile_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", "--sample"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Statistic clusters" in out
    assert "Signatory matrix" in out
    assert main(["reconcile", "--sample", "--json"]) == EXIT_OK
    data = orjson.loads(capsys.readouterr().out)
    assert set(data) == {"clusters", "matrix", "failures"}
    assert all(len(c["mentions"]) > 1 for c in data["clusters"])
    assert main(["reconcile", "/no/such/corpus.jsonl"]) == EXIT_ERROR


def test_python_dash_m(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    proc = subprocess.run(
        [sys.executable, "-m", "policycorpus", "extract", str(good), "-q"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    (doc,) = lines(proc.stdout.decode("utf-8"))
    assert doc["article"]["source"] == str(good)  # type: ignore[index]


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_folder_formats_with_failures(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    out = tmp_path / fmt
    code = main(["extract", str(good), str(tmp_path / "gone.txt"), "-o", str(out), "-f", fmt])
    assert code == EXIT_FAILURES
    assert (out / "failures.csv").read_text(encoding="utf-8").splitlines()[0] == (
        "source,error,message"
    )
    assert any(p.suffix == ".csv" and p.name != "failures.csv" for p in out.iterdir())
    assert main(["extract", str(good), "-f", fmt]) == EXIT_USAGE  # needs -o
    capsys.readouterr()


def test_jsonld_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    out = tmp_path / "out.jsonld"
    assert main(["extract", str(good), "-o", str(out), "-q"]) == EXIT_OK
    (item,) = orjson.loads(out.read_bytes())
    assert "@context" in item or "@graph" in item
    capsys.readouterr()


def test_unserialisable_document_is_a_failure_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = encode_line

    def flaky(doc: Document) -> bytes:
        if "France" in doc.article.text:
            raise TypeError("cannot encode")
        return real(doc)

    monkeypatch.setattr(cli, "encode_line", flaky)
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", ARTICLE.replace("France", "Spain"))
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(a), str(b), "-o", str(out)]) == EXIT_FAILURES
    assert [d.article.source for d in read_jsonl(out)] == [str(b)]
    assert f"{a}: TypeError: cannot serialise: cannot encode" in capsys.readouterr().err


def test_progress_only_on_a_terminal(
    articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["extract", str(articles)]) == EXIT_OK
    err = capsys.readouterr().err
    assert "3/3" in err
    assert "article/s" in err  # the rate, as tqdm shows it
    assert "failed=0" in err
    assert main(["extract", str(articles), "-q"]) == EXIT_OK
    assert capsys.readouterr().err == ""
