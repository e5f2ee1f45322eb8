"""Corpus runs on Dask: the same results, in the same order, as a serial run.

One in-process LocalCluster of two workers serves every test (started once per module);
the CLI reaches it through its tcp:// address, as it would reach a remote scheduler.
Skipped when the dask extra is not installed (CI installs it with the dev extra).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db
from distributed import Client, LocalCluster

from policycorpus import cli
from policycorpus.dask import document_bag, extract_results, result_bag
from policycorpus.io.jsonl import encode_line
from policycorpus.pipeline import Result, extract_bytes, extract_paths, sample_paths

ROSTERS = Path(__file__).parent / "rosters"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    )
    with Client(cluster) as c:
        yield c
    cluster.close()


def _address(client: Client) -> str:
    """The scheduler's tcp:// address, as a user would pass it to --dask."""
    return str(client.scheduler_info()["address"])


def _lines(results: Any) -> list[bytes | str]:
    return [encode_line(r.document) if r.document is not None else str(r.failure) for r in results]


def test_results_equal_the_serial_run_in_order(client: Client, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    paths = [*sample_paths(), missing, str(ROSTERS)]
    serial = list(extract_paths(paths))
    on_dask = list(extract_results(paths, client=client))
    assert _lines(on_dask) == _lines(serial)
    assert on_dask[len(sample_paths())].failure is not None


def test_cli_dask_output_is_byte_identical(client: Client, tmp_path: Path) -> None:
    address = _address(client)
    serial, dasked = tmp_path / "serial.jsonl", tmp_path / "dask.jsonl"
    assert cli.main(["extract", "--sample", "-q", "-o", str(serial)]) == cli.EXIT_OK
    argv = ["extract", "--sample", "-q", "-o", str(dasked), "--dask", address]
    assert cli.main(argv) == cli.EXIT_OK
    assert dasked.read_bytes() == serial.read_bytes()


def test_cli_dask_on_the_dev_corpus(client: Client, shared_corpus: Path, tmp_path: Path) -> None:
    dev = str(shared_corpus / "dev" / "raw")
    serial, dasked = tmp_path / "serial.jsonl", tmp_path / "dask.jsonl"
    assert cli.main(["extract", dev, "-q", "-o", str(serial)]) == cli.EXIT_OK
    address = _address(client)
    assert cli.main(["extract", dev, "-q", "-o", str(dasked), "--dask", address]) == cli.EXIT_OK
    assert dasked.read_bytes() == serial.read_bytes()


def test_cli_dask_failures_are_reported_the_same_way(
    client: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    inputs = [str(ROSTERS / "01_launch.txt"), missing]
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", *inputs, "-q", "-o", str(out)]) == cli.EXIT_FAILURES
    serial_err = capsys.readouterr().err
    serial_out = out.read_bytes()
    argv = ["extract", *inputs, "-q", "-o", str(out), "--dask", _address(client)]
    assert cli.main(argv) == cli.EXIT_FAILURES
    assert capsys.readouterr().err == serial_err
    assert "missing.txt" in serial_err
    assert out.read_bytes() == serial_out


@pytest.mark.parametrize("extra", [["--timeout", "5"], ["--workers", "2"]])
def test_cli_dask_rejects_options_it_cannot_honour(
    extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["extract", "--sample", "--dask", "local", *extra]) == cli.EXIT_USAGE
    assert "--dask" in capsys.readouterr().err


def test_document_bag_from_paths(client: Client) -> None:
    bag = document_bag([str(ROSTERS)], partition_size=2)
    assert isinstance(bag, db.Bag)
    docs = bag.compute()
    serial = [r.document for r in extract_paths([str(ROSTERS)])]
    assert docs == serial
    # users chain their own steps
    assert bag.map(lambda d: len(d.signatories)).sum().compute() == 8


def test_document_bag_from_source_bytes_pairs(client: Client) -> None:
    files = sorted(ROSTERS.glob("*.txt"))
    pairs = db.from_sequence([(str(p), p.read_bytes()) for p in files], npartitions=2)
    docs = document_bag(pairs).compute()
    assert [d.article.source for d in docs] == [str(p) for p in files]
    assert docs == [r.document for r in extract_paths([str(p) for p in files])]


def test_result_bag_keeps_failures(client: Client) -> None:
    pairs = db.from_sequence([("empty.txt", b""), ("bad.txt", b"\xff\xfe\x00")], npartitions=1)
    results: list[Result] = result_bag(pairs).compute()
    assert results == [extract_bytes(b"", "empty.txt"), extract_bytes(b"\xff\xfe\x00", "bad.txt")]
