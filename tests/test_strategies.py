"""The public Hypothesis strategies produce only valid, realistic, consistent records."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policycorpus.strategies as pcst
from policycorpus.model import (
    Article,
    Commitment,
    Document,
    ParagraphKind,
    PartialDate,
    Quote,
    Signatory,
    Span,
    Statistic,
)

_DIGITS = re.compile(r"[0-9][0-9,]*")


def _revalidate(record: object) -> None:
    """Rebuilding through the validators must succeed (attrs.evolve runs them)."""
    assert attrs.evolve(record) == record  # type: ignore[misc]


@given(pcst.documents())
def test_documents_are_consistent(doc: Document) -> None:
    text = doc.article.text
    _revalidate(doc)
    first = doc.article.paragraphs[0]
    assert first.kind is ParagraphKind.HEADING
    assert first.span.slice(text) == doc.article.title
    assert text == text.strip()
    for records in (doc.statistics, doc.signatories, doc.commitments, doc.quotes):
        starts = [r.span.start for r in records]
        assert starts == sorted(starts)  # text order
        for record in records:
            assert record.span.slice(text) == record.text
    for commitment in doc.commitments:
        inside = [s for s in doc.signatories if commitment.span.contains(s.span)]
        assert tuple(s.name for s in inside) == commitment.actors
        assert commitment.action in commitment.text
    for quote in doc.quotes:
        before, after = text[quote.span.start - 1], text[quote.span.end : quote.span.end + 2]
        assert before in '"“'
        assert after[-1] in '"”'


@given(pcst.statistics())
def test_statistics_values_match_their_text(stat: Statistic) -> None:
    _revalidate(stat)
    assert stat.value > 0
    digits = _DIGITS.search(stat.text)
    words = stat.text.lower()
    money_or_scaled = any(w in words for w in ("million", "£", "$", "€"))
    if digits and not money_or_scaled:
        assert stat.value == int(digits.group().replace(",", ""))
    if stat.bound is not None:
        assert not stat.approx


@given(pcst.documents())
def test_ranges_are_linked_min_max_pairs(doc: Document) -> None:
    by_range: dict[str, list[Statistic]] = {}
    for stat in doc.statistics:
        if stat.range_id is not None:
            by_range.setdefault(stat.range_id, []).append(stat)
    for ends in by_range.values():
        assert [e.bound.value if e.bound else None for e in ends] == ["min", "max"]
        assert ends[0].value < ends[1].value
        assert ends[0].unit == ends[1].unit


@given(pcst.signatories())
def test_signatories(sig: Signatory) -> None:
    _revalidate(sig)
    assert sig.text.strip() == sig.text
    if sig.country is not None:
        assert re.fullmatch("[A-Z]{2}", sig.country)


@given(pcst.commitments())
def test_commitments(com: Commitment) -> None:
    _revalidate(com)
    assert com.actors
    assert com.text.endswith(".")
    if com.date is not None:
        assert com.date_rule == "explicit"


@given(pcst.quotes())
def test_quotes(quote: Quote) -> None:
    _revalidate(quote)
    assert quote.speaker is not None


@given(pcst.articles(), pcst.partial_dates(), pcst.spans(100))
def test_small_strategies(article: Article, date: PartialDate, span: Span) -> None:
    _revalidate(article)
    assert PartialDate.fromisoformat(date.isoformat()) == date
    assert 0 <= span.start <= span.end <= 100


@given(st.data())
def test_registered_for_from_type(data: st.DataObject) -> None:
    for tp in (Document, Article, Statistic, Signatory, Commitment, Quote, Span, PartialDate):
        assert isinstance(data.draw(st.from_type(tp)), tp)


def test_sample_documents_shape_and_determinism() -> None:
    docs = pcst.sample_documents(5, seed=3)
    for doc in docs:
        assert len(doc.statistics) == 8
        assert len(doc.commitments) == 3
        assert len(doc.signatories) == 6
        assert len(doc.quotes) == 2
        assert len(doc.article.text) >= 3000
    assert pcst.sample_documents(5, seed=3) == docs
    assert pcst.sample_documents(5, seed=4) != docs
    assert len({d.id for d in docs}) == 5


def test_hypothesis_is_only_imported_by_strategies() -> None:
    code = (
        "import sys, policycorpus, policycorpus.io, policycorpus.model; "
        "assert 'hypothesis' not in sys.modules, 'hypothesis imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    "first",
    [
        "from policycorpus import strategies",
        "import policycorpus.strategies",
        "import hypothesis",
        "from hypothesis import strategies as st",
        "import policycorpus",
    ],
)
def test_any_import_order_registers_the_strategies(first: str) -> None:
    """A user's test file may start with any of these; Hypothesis's entry point copes."""
    code = (
        f"{first}\n"
        "from hypothesis import given, settings, strategies as st\n"
        "import policycorpus as pc\n"
        "@settings(max_examples=2, database=None)\n"
        "@given(st.from_type(pc.Document), st.from_type(pc.Statistic))\n"
        "def check(doc, stat):\n"
        "    assert isinstance(doc, pc.Document) and isinstance(stat, pc.Statistic)\n"
        "check()\n"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True, timeout=120)


def _readme_block(after: str) -> str:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("```python\n", readme.index(after)) + len("```python\n")
    return readme[start : readme.index("```", start)]


def test_readme_hypothesis_snippet_runs_verbatim(tmp_path: Path) -> None:
    """The snippet in README.md, pasted into a fresh test file, passes under pytest."""
    snippet = _readme_block("In your own property-based tests")
    test_file = tmp_path / "test_user.py"
    test_file.write_text(snippet, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_hypothesis_extra_is_installable_as_the_readme_says() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert 'pip install ".[hypothesis]"' in readme
    assert "hypothesis" in (metadata.metadata("policycorpus").get_all("Provides-Extra") or [])
    plugins = metadata.entry_points(group="hypothesis")
    (plugin,) = [p for p in plugins if p.name == "policycorpus"]
    assert plugin.value == "policycorpus._hypothesis_plugin:_hypothesis_setup_hook"
