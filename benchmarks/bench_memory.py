"""Peak memory of extraction per input character (tracemalloc), whole and by stage.

Usage::

    python benchmarks/bench_memory.py [--articles 25 100 400] [--line-kb 40 160]

Inputs, built from generated articles (:func:`policycorpus.strategies.sample_documents`:
headline, figures, pledges, quotations; the texts survive parsing whole):

* ``articles xN``: N article texts as the paragraphs of one page (75 KB per 25);
* ``one line``: the same prose with every line break removed (no line to split on:
  the grammar's per-line token lists then cover the whole input).

For each input: the tracemalloc peak of ``parse_article`` + ``extract`` divided by the
number of input characters, then the peak of each stage alone (parsing, sentence
splitting, actor matching, and each extractor over the shared context), so the stage
that holds the memory is named. Bytes per character does not depend on the machine's
load, only on the Python version.
"""

from __future__ import annotations

import argparse
import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

from policycorpus import extract, parse_article
from policycorpus.extract import default_gazetteer
from policycorpus.extract._actors import find_actors
from policycorpus.extract._registry import _BUILTIN, ExtractionContext
from policycorpus.extract._sentences import split_sentences
from policycorpus.strategies import sample_documents


def _peak(func: Callable[[], Any]) -> tuple[Any, int]:
    gc.collect()
    tracemalloc.start()
    try:
        result = func()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def measure(text: str) -> dict[str, float]:
    """Peak bytes per input character: whole, then per stage."""
    n = len(text)
    _, whole = _peak(lambda: extract(parse_article(text, source="page.txt")))
    article, parse = _peak(lambda: parse_article(text, source="page.txt"))
    sentences, split = _peak(lambda: split_sentences(article.text))
    gaz = default_gazetteer()
    actors, matching = _peak(lambda: find_actors(article, gaz))
    context = ExtractionContext(sentences=sentences, actors=actors, gazetteer=gaz)
    out = {
        "whole": whole / n,
        "parse": parse / n,
        "sentences": split / n,
        "actors": matching / n,
    }
    for name, func in _BUILTIN.items():
        _, peak = _peak(lambda func=func: list(func(article, context)))  # type: ignore[misc]
        out[name] = peak / n
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[25, 100, 400])
    parser.add_argument("--line-kb", type=int, nargs="+", default=[40, 160])
    args = parser.parse_args(argv)
    docs = sample_documents(max(args.articles), seed=5)
    body = "\n\n".join(d.article.text for d in docs)
    extract(parse_article(body[:3000], source="warm.txt"))  # lazy tables, gazetteer
    inputs: list[tuple[str, str]] = []
    for count in args.articles:
        inputs.append((f"articles x{count}", "\n\n".join(d.article.text for d in docs[:count])))
    flat = " ".join(body.split())
    for kb in args.line_kb:
        inputs.append((f"one line {kb} KB", flat[: kb * 1000]))
    header = None
    for name, text in inputs:
        row = measure(text)
        if header is None:
            header = list(row)
            print(f"{'input':20} {'chars':>9} " + " ".join(f"{h:>11}" for h in header))
        print(f"{name:20} {len(text):9d} " + " ".join(f"{row[h]:11.1f}" for h in header))
    print("(bytes of peak traced memory per input character)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
