"""The command behaves as its --help and the README say: stdin, exit codes, -o, inputs."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

import policycorpus as pc
from policycorpus import cli
from policycorpus.cli import EXIT_ERROR, EXIT_FAILURES, EXIT_OK, EXIT_USAGE, main
from policycorpus.pipeline import sample_paths

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """\
Regional ministers sign a pact on safer schools online

3 May 2024

The ministers of three regions signed a pact on Friday to fund training for
teachers. More than 2,500 schools will take part, officials said.
"""


@pytest.fixture(scope="module")
def sample_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.jsonl"
    assert main(["extract", "--sample", "-q", "-o", str(path)]) == EXIT_OK
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# -- standard input ---------------------------------------------------------------------------


def test_validate_reads_standard_input(
    sample_jsonl: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, sample_jsonl.read_bytes())
    assert main(["validate", "-"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    _stdin(monkeypatch, sample_jsonl.read_bytes() + b'{"schema_version": 1}\n')
    assert main(["validate", "-"]) == EXIT_FAILURES
    assert capsys.readouterr().out.startswith("<stdin>:16: article: required field missing")


def test_convert_reads_standard_input(
    sample_jsonl: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _stdin(monkeypatch, sample_jsonl.read_bytes())
    out = tmp_path / "copy.jsonl"
    assert main(["convert", "-", str(out), "-q"]) == EXIT_OK
    assert out.read_bytes() == sample_jsonl.read_bytes()
    capsys.readouterr()


# -- exit codes -------------------------------------------------------------------------------


def test_a_sole_missing_input_is_fatal_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "missing.txt"), "-o", str(out)]) == EXIT_ERROR
    assert "missing.txt: no such file or folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    assert main(["reconcile", str(tmp_path / "missing.jsonl")]) == EXIT_ERROR
    assert main(["validate", str(tmp_path / "missing.jsonl")]) == EXIT_ERROR
    assert main(["convert", str(tmp_path / "missing.jsonl"), str(out)]) == EXIT_ERROR
    capsys.readouterr()


def test_a_closed_pipe_is_not_an_error() -> None:
    folder = str(Path(sample_paths()[0]).parent)
    command = [sys.executable, "-m", "policycorpus", "extract", "--sample", folder, folder]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # as `| head -n1` does
        err = proc.stderr.read().decode("utf-8")
        code = proc.wait(timeout=300)
    assert orjson.loads(first)["schema_version"] == pc.SCHEMA_VERSION
    assert code == EXIT_OK
    assert "error" not in err.lower()


def test_help_and_readme_give_the_same_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == EXIT_OK
    help_text = capsys.readouterr().out
    block = help_text[
        help_text.index("exit codes:") : help_text.index("\n\n", help_text.index("exit codes:"))
    ]
    assert "130  interrupted" in block
    assert "closed early" in block
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert block in readme
    for command in ("extract", "convert", "validate"):
        assert main([command, "--help"]) == EXIT_OK
        assert block in capsys.readouterr().out
    assert cli.EXIT_INTERRUPTED == 130


# -- output checked before any work ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("out.jsonl", "jsonl"),
        ("out.json", "json"),
        ("out.jsonld", "jsonld"),
        ("tables", "csv"),
        ("package", "datapackage"),
    ],
)
def test_output_into_a_missing_folder_fails_before_any_work(
    name: str,
    fmt: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    def no_work(*_: object, **__: object) -> object:
        raise AssertionError("extraction started before the output was checked")

    monkeypatch.setattr(cli, "extract_paths", no_work)
    target = tmp_path / "nodir" / name
    assert main(["extract", str(article), "-o", str(target), "-f", fmt]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert f"cannot write {target}: the folder {tmp_path / 'nodir'} does not exist" in err
    assert ".tmp" not in err
    assert not (tmp_path / "nodir").exists()
    sample = tmp_path / "s.jsonl"
    sample.write_text("", encoding="utf-8")
    assert main(["convert", str(sample), str(target), "--to", fmt]) == EXIT_ERROR
    assert f"cannot write {target}" in capsys.readouterr().err


# -- inputs that are not JSON Lines, and tables --------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonld", ".txt"])
def test_a_file_that_is_not_json_lines_is_reported_once(
    suffix: str, sample_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"input{suffix}"
    if suffix == ".jsonld":
        assert main(["convert", str(sample_jsonl), str(path), "-q"]) == EXIT_OK
    else:
        path.write_text(ARTICLE, encoding="utf-8")
    assert main(["validate", str(path)]) == EXIT_FAILURES
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{path}: not a JSON Lines file: line 1 is not JSON ({_reason(out)}); "
        "expected one JSON document per line"
    ]
    assert main(["convert", str(path), str(tmp_path / "x.jsonl")]) == EXIT_FAILURES
    err = capsys.readouterr().err
    assert err.count("not a JSON Lines file") == 1


def _reason(out: list[str]) -> str:
    match = re.search(r"is not JSON \((.*)\); expected", out[0]) if out else None
    return match.group(1) if match else "?"


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_validate_and_convert_read_the_folders_they_write(
    fmt: str, sample_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / fmt
    assert main(["convert", str(sample_jsonl), str(folder), "--to", fmt, "-q"]) == EXIT_OK
    targets = [str(folder)]
    if fmt == "datapackage":
        targets.append(str(folder / "datapackage.json"))
    assert main(["validate", *targets]) == EXIT_OK
    assert capsys.readouterr().out == ""
    back = tmp_path / "back.jsonl"
    assert main(["convert", targets[-1], str(back), "-q"]) == EXIT_OK
    assert back.read_bytes() == sample_jsonl.read_bytes()
    statistics = folder / "statistics.csv"
    statistics.write_text(statistics.read_text(encoding="utf-8").replace(",percent,", ",,", 1))
    lines = statistics.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(lines[1].split(",")[0], "art_0000000000000000", 1)
    statistics.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", str(folder)]) == EXIT_FAILURES
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert "statistics.csv" in out[0]
    assert "not in articles.csv" in out[0]


def test_convert_names_its_own_flag(
    sample_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(sample_jsonl), str(tmp_path / "out.txt")]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "or --to" in err
    assert "--format" not in err


@pytest.mark.parametrize(
    "command", ["extract", "convert", "validate", "schema", "reconcile", "rosters"]
)
def test_readme_synopsis_is_the_usage_help_prints(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one usage line, as in the README
    assert main([command, "--help"]) == EXIT_OK
    usage = capsys.readouterr().out.splitlines()[0].removeprefix("usage: ")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    synopsis = readme[readme.index("## The command") :].split("```text\n", 1)[1].split("```")[0]
    assert usage in synopsis.splitlines()


def test_an_interrupt_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    def interrupted(*_: object, **__: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "extract_paths", interrupted)
    assert main(["extract", str(article), "-o", str(tmp_path / "out.jsonl")]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()
