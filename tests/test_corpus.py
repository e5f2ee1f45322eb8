"""The Corpus API over constructed documents: filters, matrix, timeline, loading."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import orjson
import pytest

from policycorpus.corpus import UNSPECIFIED_STATEMENT, Corpus, MentionLabel
from policycorpus.io import to_json, unstructure_document, write_jsonl
from policycorpus.model import (
    ActorKind,
    Article,
    Commitment,
    Document,
    Modality,
    PartialDate,
    Signatory,
    Span,
    Statistic,
)
from policycorpus.pipeline import sample_paths


def make_doc(
    source: str,
    published: PartialDate | None,
    pledges: list[tuple[tuple[str, ...], str | None, PartialDate | None]] = (),  # type: ignore[assignment]
    signers: list[tuple[str, ActorKind]] = (),  # type: ignore[assignment]
    figures: list[tuple[str, str, bool]] = (),  # type: ignore[assignment]
) -> Document:
    """One sentence per pledge, signatory and figure; spans computed exactly."""
    text = ""
    commitments = []
    for actors, instrument, date in pledges:
        sentence = f"{' and '.join(actors)} pledged to act under the {instrument or 'plan'}."
        span = Span(len(text), len(text) + len(sentence))
        commitments.append(
            Commitment(
                actors=actors,
                action="to act",
                modality=Modality.PLEDGE,
                text=sentence,
                span=span,
                date=date,
                instrument=instrument,
            )
        )
        text += sentence + " "
    signatories = []
    for name, kind in signers:
        sentence = f"{name} signed it."
        signatories.append(
            Signatory(name=name, kind=kind, text=name, span=Span(len(text), len(text) + len(name)))
        )
        text += sentence + " "
    statistics = []
    for shown, value, approx in figures:
        sentence = f"Analysts found {shown} images."
        start = len(text) + len("Analysts found ")
        statistics.append(
            Statistic(
                value=Decimal(value),
                text=shown,
                span=Span(start, start + len(shown)),
                unit="images",
                approx=approx,
                subject="images on a forum",
            )
        )
        text += sentence + " "
    article = Article(text=text, source=source, published=published)
    return Document(
        article,
        statistics=tuple(statistics),
        signatories=tuple(signatories),
        commitments=tuple(commitments),
    )


UK, US, DE = "United Kingdom", "United States", "Germany"
TIKTOK = "TikTok"


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(
        [
            make_doc(
                "a.txt",
                PartialDate(2023, 10, 31),
                pledges=[((UK, US), "joint statement", None)],
                signers=[(UK, ActorKind.GOVERNMENT), (TIKTOK, ActorKind.COMPANY)],
                figures=[("2,978", "2978", False)],
            ),
            make_doc(
                "b.txt",
                PartialDate(2023, 11),
                pledges=[((UK,), "Bletchley Declaration", PartialDate(2023, 11, 1))],
                figures=[("nearly 3,000", "3000", True)],
            ),
            make_doc(
                "c.txt",
                PartialDate(2023, 9, 27),
                pledges=[((US, DE), "Joint Statement", None), ((DE,), None, None)],
            ),
            make_doc("d.txt", None, signers=[(TIKTOK, ActorKind.COMPANY)]),
        ]
    )


def sources(c: Corpus) -> list[str | None]:
    return [d.article.source for d in c]


def test_collection_protocol(corpus: Corpus) -> None:
    assert len(corpus) == 4
    assert corpus[0].article.source == "a.txt"
    assert sources(corpus) == ["a.txt", "b.txt", "c.txt", "d.txt"]
    with pytest.raises(TypeError, match=r"documents\[0\]"):
        Corpus(["not a document"])  # type: ignore[list-item]


def test_date_filters_respect_precision(corpus: Corpus) -> None:
    assert sources(corpus.filter(since="2023-10-01")) == ["a.txt", "b.txt"]
    assert sources(corpus.filter(until="2023-10")) == ["a.txt", "c.txt"]
    assert sources(corpus.filter(since="2023-11-15", until="2023-11-20")) == ["b.txt"]
    assert sources(corpus.filter(since=dt.date(2023, 9, 28), until=PartialDate(2023, 10))) == [
        "a.txt"
    ]
    assert sources(corpus.filter(since="2025")) == []


def test_actor_kind_and_statement_filters(corpus: Corpus) -> None:
    assert sources(corpus.filter(actor="united kingdom")) == ["a.txt", "b.txt"]
    assert sources(corpus.filter(actor="TikTok")) == ["a.txt", "d.txt"]
    assert sources(corpus.filter(kind=ActorKind.COMPANY)) == ["a.txt", "d.txt"]
    assert sources(corpus.filter(kind="government")) == ["a.txt"]
    assert sources(corpus.filter(statement="JOINT statement")) == ["a.txt", "c.txt"]
    assert sources(corpus.filter(statement="declaration", actor=DE)) == []


def test_actors_and_statements(corpus: Corpus) -> None:
    assert corpus.actors() == (DE, TIKTOK, UK, US)
    assert corpus.statements() == ("Bletchley Declaration", "Joint Statement")  # tie: smallest


def test_signatory_matrix_cells_carry_their_articles(corpus: Corpus) -> None:
    matrix = corpus.signatory_matrix()
    assert matrix.actors == (DE, TIKTOK, UK, US)
    assert matrix.statements == ("Bletchley Declaration", "Joint Statement", UNSPECIFIED_STATEMENT)
    us = matrix.cell(US, "Joint statement")
    assert us is not None
    assert us.sources == ("a.txt", "c.txt")
    assert {e.via for e in us.evidence} == {"commitment"}
    # a signatory outside every commitment goes to the article's only statement
    tiktok = matrix.cell(TIKTOK, "joint statement")
    assert tiktok is not None
    assert tiktok.sources == ("a.txt",)
    assert tiktok.evidence[0].via == "signatory"
    # ... or to the unnamed statement when the article names none
    unnamed = matrix.cell(TIKTOK, UNSPECIFIED_STATEMENT)
    assert unnamed is not None
    assert unnamed.sources == ("d.txt",)
    de = matrix.cell(DE, UNSPECIFIED_STATEMENT)
    assert de is not None
    assert de.sources == ("c.txt",)
    assert matrix.cell(DE, "Bletchley Declaration") is None
    rows = matrix.rows()
    assert {"actor": UK, "statement": "Joint Statement", "documents": 1, "sources": ["a.txt"]} in (
        rows
    )
    rendered = matrix.render().splitlines()
    assert rendered[0].split() == [
        "actor",
        "Bletchley",
        "Declaration",
        "Joint",
        "Statement",
        *UNSPECIFIED_STATEMENT.split(),
    ]
    assert rendered[3].split()[:3] == ["United", "Kingdom", "1"]


def test_timeline_orders_commitments(corpus: Corpus) -> None:
    timeline = corpus.timeline()
    assert [(str(e.date), e.dated_by, e.source) for e in timeline] == [
        ("2023-09-27", "published", "c.txt"),
        ("2023-09-27", "published", "c.txt"),
        ("2023-10-31", "published", "a.txt"),
        ("2023-11-01", "commitment", "b.txt"),
    ]
    assert timeline[0].actors == (US, DE)
    assert timeline[3].instrument == "Bletchley Declaration"
    undated = Corpus([make_doc("x.txt", None, pledges=[((UK,), None, None)])]).timeline()
    assert undated[0].dated_by == "undated"
    assert undated[0].date is None


def test_reconcile_across_documents(corpus: Corpus) -> None:
    (cluster,) = corpus.reconcile()
    assert cluster.value == Decimal(2978)
    assert {m.label for m in cluster.members} == {MentionLabel.EXACT, MentionLabel.HEDGED}
    assert len(corpus.mentions()) == 2


def test_filter_keeps_failures(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema_version": 1}\nnot json\n', encoding="utf-8")
    loaded = Corpus.from_jsonl(bad)
    assert len(loaded) == 0
    assert [f.source for f in loaded.failures] == [f"{bad}:1", f"{bad}:2"]
    assert loaded.filter(actor=UK).failures == loaded.failures


def test_from_paths_reads_jsonl_json_and_articles(corpus: Corpus, tmp_path: Path) -> None:
    jsonl = tmp_path / "docs.jsonl"
    write_jsonl(corpus.documents[:2], jsonl)
    single = tmp_path / "one.json"
    single.write_text(to_json(corpus.documents[2]), encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.txt").write_text(
        "Ministers pledge new funds\n\nThe United Kingdom pledged £5m on Monday.\n",
        encoding="utf-8",
    )
    loaded = Corpus.from_paths(jsonl, single, folder, tmp_path / "missing.txt")
    assert [d.id for d in loaded][:3] == [d.id for d in corpus.documents[:3]]
    assert loaded[3].article.source == str(folder / "x.txt")
    assert [f.source for f in loaded.failures] == [str(tmp_path / "missing.txt")]
    assert loaded.failures[0].error == "FileNotFoundError"


def test_json_collection_round_trip(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "all.json"
    path.write_bytes(
        orjson.dumps(
            {
                "documents": [unstructure_document(d) for d in corpus] + [{"article": 5}],
                "failures": [{"source": "z.txt", "error": "ParseError", "message": "empty"}],
            }
        )
    )
    loaded = Corpus.from_paths(path)
    assert loaded.documents == corpus.documents
    assert [(f.source, f.error) for f in loaded.failures] == [
        ("z.txt", "ParseError"),
        (f"{path}[4]", "LoadError"),
    ]


def test_sample_corpus_loads() -> None:
    sample = Corpus.sample()
    assert len(sample) >= 12
    assert not sample.failures
    assert all(d.article.source for d in sample)


def test_workers_load_the_same_corpus() -> None:
    serial = Corpus.sample()
    assert Corpus.from_paths(*sample_paths(), workers=2) == serial
