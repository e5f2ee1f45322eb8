"""The public Hypothesis strategies produce only valid, realistic, consistent records."""

from __future__ import annotations

import re
import subprocess
import sys

import attrs
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


def test_the_strategies_module_imports_first_in_a_fresh_interpreter() -> None:
    # Hypothesis loads its entry points on import, and ours names this very module
    done = subprocess.run(
        [sys.executable, "-c", "import policycorpus.strategies"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
