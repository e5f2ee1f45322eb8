"""The example scripts run (they are documentation, so they must keep working)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def load_main(name: str) -> Callable[[Sequence[str] | None], int]:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return cast(Callable[[Sequence[str] | None], int], module.main)


def test_sample_link_points_at_the_package_data() -> None:
    link = EXAMPLES / "sample"
    assert link.is_symlink()
    assert link.resolve() == (EXAMPLES.parent / "src" / "policycorpus" / "data" / "sample")
    assert len(list(link.iterdir())) >= 12


def test_load(capsys: pytest.CaptureFixture[str]) -> None:
    assert load_main("load")([]) == 0
    out = capsys.readouterr().out
    assert "title:" in out
    assert "2023-10-30" in out


def test_extract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.jsonl"
    assert load_main("extract")([str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) >= 12
    assert "0 failed" in capsys.readouterr().out


def test_query(capsys: pytest.CaptureFixture[str]) -> None:
    assert load_main("query")([]) == 0
    out = capsys.readouterr().out
    assert "Signatory matrix" in out
    assert "Timeline:" in out


def test_reconcile(capsys: pytest.CaptureFixture[str]) -> None:
    assert load_main("reconcile")([]) == 0
    out = capsys.readouterr().out
    assert "clusters" in out


def test_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert load_main("export")([str(tmp_path)]) == 0
    assert (tmp_path / "sample.jsonl").is_file()
    assert (tmp_path / "datapackage" / "datapackage.json").is_file()
    assert "round trip" in capsys.readouterr().out
