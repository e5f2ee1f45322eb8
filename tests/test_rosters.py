"""Rosters: one reconciled list of parties per statement (Corpus.rosters, CLI, formats).

tests/rosters/ holds four short articles written for the project about one invented
declaration: a launch with a count, a partial list, a later join and a withdrawal (with
an unrelated joint statement in the last one).
"""

from __future__ import annotations

import io as stdio
import json
import os
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policycorpus.strategies as pcst
from policycorpus import cli
from policycorpus import io as pio
from policycorpus.corpus import Corpus, render_roster
from policycorpus.errors import ValidationError
from policycorpus.model import ActorKind, ChangeKind, PartialDate, Roster

HERE = Path(__file__).parent / "rosters"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_paths(HERE)


def _name(source: str | None) -> str:
    assert source is not None
    return os.path.basename(source)


def test_invented_declaration_roster_is_pinned(corpus: Corpus) -> None:
    lakeside, joint = corpus.rosters()
    assert lakeside.statement == "Lakeside Declaration"
    assert lakeside.key == "lakeside declaration"
    assert lakeside.document is None
    assert lakeside.launched == PartialDate(2026, 3, 10)
    members = {
        m.name: (
            m.kind,
            m.country,
            str(m.since),
            m.left and str(m.left),
            {_name(e.source) for e in m.sources},
        )
        for m in lakeside.members
    }
    listed = {"02_list.txt"}
    gov = ActorKind.GOVERNMENT
    assert members == {
        "Chile": (gov, "CL", "2026-03-10", None, listed),
        "Ireland": (gov, "IE", "2026-06-01", None, {"03_join.txt"}),
        "Japan": (gov, "JP", "2026-03-10", "2026-09-14", listed),
        "Kenya": (gov, "KE", "2026-03-10", None, listed),
        "Norway": (gov, "NO", "2026-03-10", None, listed),
        "Portugal": (gov, "PT", "2026-03-10", None, listed),
    }
    # counts that change over time form a timeline, oldest first (headline and body both count)
    assert [(c.count, c.unit, str(c.date), _name(c.source)) for c in lakeside.claims] == [
        (20, "countries", "2026-03-10", "01_launch.txt"),
        (20, "countries", "2026-03-10", "01_launch.txt"),
        (21, "countries", "2026-06-01", "03_join.txt"),
        (20, "countries", "2026-09-15", "04_withdrawal.txt"),
    ]
    assert lakeside.claimed == 20  # the latest count
    assert lakeside.named == 5  # Japan withdrew
    assert lakeside.unnamed == 15
    changes = [(c.kind, c.parties, c.count, str(c.date)) for c in lakeside.changes]
    assert changes == [
        (ChangeKind.JOIN, ("Ireland",), None, "2026-06-01"),
        (ChangeKind.WITHDRAW, ("Japan",), None, "2026-09-14"),
    ]
    withdrawal = lakeside.changes[1]
    assert {e.text for e in withdrawal.sources} == {
        "Japan leaves the Lakeside Declaration",
        "Japan withdrew from the Lakeside Declaration on 14 September, officials confirmed.",
    }
    # the unnamed joint statement stays with its own article
    assert joint.statement == "joint statement"
    assert joint.document is not None
    assert joint.key == f"{joint.document}:joint statement"
    assert [m.name for m in joint.members] == ["Canada", "Mexico"]
    assert joint.claimed is None
    assert joint.unnamed is None


def test_back_reference_joins_the_named_statement(corpus: Corpus) -> None:
    lakeside = corpus.rosters()[0]
    # "The declaration now has 20 signatory countries." refers back to the Lakeside Declaration
    assert any(c.text == "20 signatory countries" for c in lakeside.claims)


@settings(max_examples=15)
@given(st.randoms(use_true_random=False))
def test_rosters_do_not_depend_on_document_order(rng: Any) -> None:
    docs = list(_ORDER_CORPUS.documents)
    rng.shuffle(docs)
    assert Corpus(docs).rosters() == _ORDER_ROSTERS


_ORDER_CORPUS = Corpus.from_paths(
    HERE, *sorted(Path(pio.__file__).parents[1].glob("data/sample/*"))
)
_ORDER_ROSTERS = _ORDER_CORPUS.rosters()


def test_the_same_name_in_two_articles_is_one_statement() -> None:
    lakeside = [r for r in _ORDER_ROSTERS if r.key == "lakeside declaration"]
    assert len(lakeside) == 1
    unnamed = [r for r in _ORDER_ROSTERS if r.document is not None]
    assert len({r.key for r in unnamed}) == len(unnamed)


def test_roster_totals_are_validated() -> None:
    roster = Corpus.from_paths(HERE).rosters()[0]
    fields = {a.name: getattr(roster, a.name) for a in Roster.__attrs_attrs__ if a.name != "id"}
    with pytest.raises(ValidationError, match=r"Roster\.named"):
        Roster(**{**fields, "named": 6})
    with pytest.raises(ValidationError, match=r"Roster\.unnamed"):
        Roster(**{**fields, "unnamed": 14})


@settings(max_examples=40)
@given(pcst.rosters())
def test_roster_json_round_trip(roster: Roster) -> None:
    assert pio.loads_rosters(pio.dumps_rosters([roster])) == (roster,)


def test_roster_json_names_the_contract_fields(corpus: Corpus) -> None:
    data = json.loads(pio.dumps_rosters(corpus.rosters()))
    first = data[0]
    assert first["statement"] == "Lakeside Declaration"
    assert {"name", "kind", "sources"} <= first["members"][0].keys()
    assert {"count", "unit", "source", "text"} <= first["claims"][0].keys()
    assert first["unnamed"] == 15
    assert data[1]["unnamed"] is None


def test_roster_tables_and_datapackage_validate(corpus: Corpus, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    pio.write_roster_datapackage(corpus.rosters(), tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["type", "message"])
    members = (tmp_path / "roster_members.csv").read_text(encoding="utf-8").splitlines()
    assert members[0] == "roster_id,name,kind,country,since,left,documents,records"
    assert len(members) == 1 + 6 + 2


def _run(argv: list[str]) -> tuple[int, str]:
    out = stdio.StringIO()
    with redirect_stdout(out):
        code = cli.main(argv)
    return code, out.getvalue()


def test_cli_rosters_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["rosters", str(HERE)])
    assert code == cli.EXIT_OK
    assert out.startswith("Lakeside Declaration (launched 2026-03-10)\n")
    assert "  claimed 20, named 5, unnamed 15\n" in out
    assert "2026-09-14  withdraw  Japan" in out
    assert render_roster(Corpus.from_paths(HERE).rosters()[0]) in out


def test_cli_rosters_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["rosters", str(HERE), "--json"])
    assert code == cli.EXIT_OK
    data = json.loads(out)
    assert [r["statement"] for r in data] == ["Lakeside Declaration", "joint statement"]
    assert data[0]["claimed"] == 20


def test_cli_rosters_needs_a_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rosters"]) == cli.EXIT_USAGE


@pytest.mark.parametrize("name", ["seeds", "dev/raw", "dev2/raw"])
def test_rosters_of_the_shared_corpora(shared_corpus: Path, name: str) -> None:
    corpus = Corpus.from_paths(shared_corpus / name)
    rosters = corpus.rosters()
    assert rosters
    assert pio.loads_rosters(pio.dumps_rosters(rosters)) == rosters
    check: Callable[[Roster], bool] = lambda r: r.named == sum(m.left is None for m in r.members)  # noqa: E731
    assert all(check(r) for r in rosters)
