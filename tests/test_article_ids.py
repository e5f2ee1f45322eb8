"""Article ids depend on the text and the file name, never on the folder or working directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

import policycorpus as pc
from policycorpus.model import source_name
from policycorpus.pipeline import sample_paths

ARTICLE = """\
Regulators publish a joint plan on safer apps

4 June 2024

Four national regulators agreed on Tuesday to publish shared guidance for app stores.
The plan covers more than 300 services.
"""


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("a.txt", "a.txt"),
        ("in/a.txt", "a.txt"),
        ("/home/someone/in/a.txt", "a.txt"),
        ("./in/../in/a.txt", "a.txt"),
        ("C:\\Users\\someone\\in\\a.txt", "a.txt"),
        ("https://example.org/news/a.txt", "https://example.org/news/a.txt"),
        ("<stdin>", "<stdin>"),
        (None, None),
    ],
)
def test_source_name(source: str | None, name: str | None) -> None:
    assert source_name(source) == name


def test_path_spelling_does_not_change_the_id() -> None:
    ids = {
        pc.parse_article(ARTICLE, source=s).id
        for s in ("a.txt", "in/a.txt", "/srv/data/in/a.txt", "./in/../in/a.txt")
    }
    assert len(ids) == 1
    assert pc.parse_article(ARTICLE, source="b.txt").id not in ids
    assert pc.parse_article(ARTICLE + "More.\n", source="a.txt").id not in ids


def _extract_ids(cwd: Path, *paths: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "policycorpus", "extract", *paths, "-q"],
        capture_output=True,
        check=True,
        cwd=cwd,
        timeout=300,
    )
    return [orjson.loads(line)["article"]["id"] for line in proc.stdout.splitlines()]


def test_one_file_spelt_four_ways_from_two_folders_gets_one_id(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ids = _extract_ids(folder, "a.txt")
    ids += _extract_ids(tmp_path, "in/a.txt", str(folder / "a.txt"), "./in/../in/a.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    ids += _extract_ids(elsewhere, os.path.relpath(folder, elsewhere))
    assert len(ids) == 5
    assert len(set(ids)) == 1


def test_the_sample_ids_do_not_depend_on_where_it_is_installed(tmp_path: Path) -> None:
    original = [r.document.id for r in pc.extract_paths(sample_paths()) if r.document is not None]
    copy = tmp_path / "somewhere" / "else"
    shutil.copytree(Path(sample_paths()[0]).parent, copy)
    moved = [r.document.id for r in pc.extract_paths([copy]) if r.document is not None]
    assert moved == original
    assert len(set(original)) == len(original)
