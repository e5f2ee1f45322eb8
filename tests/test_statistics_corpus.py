"""Statistics against the shared development corpus (skipped when it is absent).

The texts are read from ../shared/corpus, never copied into the project; the scoring is
../shared/eval/score.py's own (value match, then unit, approx, bound and per).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article


def _scorer(corpus: Path) -> ModuleType:
    path = corpus.parent / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval/score.py is not present")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(path: Path) -> list[dict[str, Any]]:
    article = Article(text=path.read_text(encoding="utf-8"), source=path.name)
    return [
        {
            "value": str(s.value),
            "unit": s.unit,
            "approx": s.approx,
            "bound": s.bound.value if s.bound else None,
            "per": s.per,
            "text": s.text,
        }
        for s in extract_statistics(article)
    ]


def _strict_f1(corpus: Path, raw: Path, gold: Path) -> float:
    scorer = _scorer(corpus)
    tally = scorer.Tally()
    for gold_path in sorted(gold.glob("*.json")):
        expected = json.loads(gold_path.read_text(encoding="utf-8"))
        predicted = _predict(raw / expected["file"])
        scorer.score_list(
            tally,
            expected["statistics"],
            predicted,
            scorer.stat_same,
            scorer.stat_check,
            scorer.stat_close,
        )
    return float(tally.prf(strict=True)[2])


def test_seeds_strict(shared_corpus: Path) -> None:
    assert _strict_f1(shared_corpus, shared_corpus / "seeds", shared_corpus / "gold") == 1.0


def test_dev_strict(shared_corpus: Path) -> None:
    dev = shared_corpus / "dev"
    if not dev.is_dir():
        pytest.skip("no development passages")
    assert _strict_f1(shared_corpus, dev / "raw", dev / "gold") >= 0.9


def test_spans_slice_on_the_corpus(shared_corpus: Path) -> None:
    paths = sorted(shared_corpus.glob("seeds/*.txt")) + sorted(shared_corpus.glob("dev/raw/*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for s in extract_statistics(Article(text=text, source=path.name)):
            assert s.span.slice(text) == s.text
