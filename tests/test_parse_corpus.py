"""Metadata on the shared development corpus (skipped when ../shared is absent).

Compares as ../shared/eval/score.py does: title case- and whitespace-folded, published
as YYYY-MM-DD, authors as a set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policycorpus.parse import parse_article


def _fold(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _pairs(corpus: Path) -> list[tuple[Path, Path]]:
    seeds = [
        (p, corpus / "gold" / f"{p.stem}.json") for p in sorted((corpus / "seeds").glob("*.txt"))
    ]
    dev = [
        (p, corpus / "dev" / "gold" / f"{p.stem}.json")
        for p in sorted((corpus / "dev" / "raw").glob("*.txt"))
    ]
    return seeds + dev


def test_corpus_metadata_matches_gold(shared_corpus: Path) -> None:
    wrong: list[str] = []
    pairs = _pairs(shared_corpus)
    assert pairs
    for raw_path, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = parse_article(raw_path.read_bytes(), source=raw_path.name)
        published = article.published.isoformat() if article.published else None
        got = (_fold(article.title), published, {_fold(a) for a in article.authors})
        want = (
            _fold(gold.get("title")),
            gold.get("published"),
            {_fold(a) for a in gold["authors"]},
        )
        if got != want:
            wrong.append(f"{raw_path.name}: got {got}, want {want}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("index", range(3))
def test_corpus_parsing_is_stable(shared_corpus: Path, index: int) -> None:
    path = sorted((shared_corpus / "seeds").glob("*.txt"))[index]
    data = path.read_bytes()
    assert parse_article(data, source=path.name) == parse_article(data, source=path.name)
