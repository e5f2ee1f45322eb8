"""CSV tidy tables: lossless round trip, pandas loads them as they are, clear errors."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import attrs
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policycorpus.strategies as pcst
from policycorpus.errors import LoadError
from policycorpus.io import read_tables, write_tables
from policycorpus.io.csv import TABLES
from policycorpus.model import Article, Document, OffsetMap

NAMES = ("articles", "paragraphs", "statistics", "signatories", "commitments", "quotes")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(pcst.documents(), max_size=3, unique_by=lambda d: d.id))
def test_round_trip(tmp_path: Path, docs: list[Document]) -> None:
    out = tmp_path / "tables"
    assert write_tables(docs, out) == len(docs)
    assert read_tables(out) == docs


def test_round_trip_keeps_awkward_values(tmp_path: Path) -> None:
    doc = pcst.sample_documents(1, seed=1)[0]
    text = doc.article.text
    article = attrs.evolve(
        doc.article,
        authors=('Anne "Nan" O\'Neil', "Li, Wei"),
        encoding="cp1252",
        offsets=OffsetMap(((0, 3), (10, 20))),
        publisher=None,
    )
    stat = attrs.evolve(doc.statistics[0], value=Decimal("1.20E+6"))
    doc = attrs.evolve(doc, article=article, statistics=(stat, *doc.statistics[1:]))
    assert doc.article.text == text
    empty = Document(Article("", source="empty.txt"))
    write_tables([doc, empty], tmp_path)
    back = read_tables(tmp_path)
    assert back == [doc, empty]
    assert str(back[0].statistics[0].value) == "1.20E+6"


def test_pandas_loads_tables_as_they_are(tmp_path: Path) -> None:
    docs = pcst.sample_documents(5, seed=2)
    write_tables(docs, tmp_path)
    frames = {name: pd.read_csv(tmp_path / f"{name}.csv") for name in NAMES}
    assert list(frames["articles"]["document_id"]) == [d.id for d in docs]
    assert frames["articles"]["text"][0] == docs[0].article.text  # line breaks kept
    assert len(frames["statistics"]) == sum(len(d.statistics) for d in docs)
    assert frames["statistics"]["approx"].dtype == bool
    assert frames["statistics"]["start"].dtype == "int64"
    assert set(frames["signatories"]["document_id"]) <= set(frames["articles"]["document_id"])
    joined = frames["statistics"].merge(frames["articles"], on="document_id")
    assert len(joined) == len(frames["statistics"])
    first = docs[0].statistics[0]
    row = frames["statistics"].iloc[0]
    assert (row["id"], row["text"], row["start"], row["end"]) == (
        first.id,
        first.text,
        first.span.start,
        first.span.end,
    )
    assert list(frames["commitments"].columns) == [c.name for c in TABLES["commitments"]]


def _rewrite(path: Path, row: int, column: str, value: str) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rows[row][rows[0].index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def test_bad_cell_names_file_line_and_column(tmp_path: Path) -> None:
    write_tables(pcst.sample_documents(2, seed=3), tmp_path)
    path = tmp_path / "statistics.csv"
    _rewrite(path, 3, "approx", "yes")
    with pytest.raises(LoadError) as info:
        read_tables(tmp_path)
    assert str(info.value) == f"{path}, line 4, approx: expected boolean, got 'yes'"


def test_invalid_record_names_field_path(tmp_path: Path) -> None:
    docs = pcst.sample_documents(2, seed=4)
    write_tables(docs, tmp_path)
    _rewrite(tmp_path / "quotes.csv", 2, "end", "99999")
    with pytest.raises(LoadError) as info:
        read_tables(tmp_path)
    assert info.value.path == "quotes[1].span"
    assert info.value.source == str(tmp_path / "articles.csv")
    assert info.value.line == 2


def test_unknown_document_and_bad_header(tmp_path: Path) -> None:
    write_tables(pcst.sample_documents(1, seed=5), tmp_path)
    _rewrite(tmp_path / "quotes.csv", 1, "document_id", "art_missing")
    with pytest.raises(LoadError, match=r"document 'art_missing' is not in articles\.csv"):
        read_tables(tmp_path)
    (tmp_path / "quotes.csv").write_text("document_id,oops\n", encoding="utf-8")
    with pytest.raises(LoadError, match="line 1: expected the columns document_id, id, speaker"):
        read_tables(tmp_path)


def test_version_1_tables_without_range_id_still_load(tmp_path: Path) -> None:
    text = "Between 40 and 60 schools took part."
    doc = Document(Article(text=text))
    write_tables([doc], tmp_path)
    articles = (tmp_path / "articles.csv").read_text(encoding="utf-8")
    header, row = articles.split("\n", 1)
    (tmp_path / "articles.csv").write_text(
        header + "\n" + row.replace(f"{doc.id},2,", f"{doc.id},1,", 1), encoding="utf-8"
    )
    columns = [c.name for c in TABLES["statistics"] if c.name != "range_id"]
    with (tmp_path / "statistics.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(columns)
        for value, start, end in (("40", 8, 10), ("60", 15, 25)):
            cells = {
                "document_id": doc.id,
                "id": f"stat_{value}",
                "value": value,
                "unit": "schools",
                "approx": "false",
                "text": text[start:end],
                "start": str(start),
                "end": str(end),
            }
            out.writerow([cells.get(name, "") for name in columns])
    (loaded,) = read_tables(tmp_path)
    assert [s.bound.value if s.bound else None for s in loaded.statistics] == ["min", "max"]
    assert loaded.statistics[0].range_id == loaded.statistics[1].range_id is not None
