"""Benchmark: statistics extraction throughput and strict F1, against quantulum3.

Runs :func:`policycorpus.extract._statistics.extract_statistics` and quantulum3's
``parser.parse`` over the same texts (the seed articles, and the development passages
when present) in one process, and prints for each: median throughput in MB/s of article
text over ``--repeats`` timed passes, and precision, recall, F1 and strict F1 against the
gold files with ``../shared/eval/score.py``'s matching rules.

quantulum3 is a benchmark-only dependency (``pip install quantulum3``); without it only
policycorpus is measured. quantulum3 reports no hedges or rates, so its ``approx``,
``bound`` and ``per`` are always empty; its unit is the ISO code for money, "percent"
for percentages, the unit name otherwise (``None`` for dimensionless counts).

Usage::

    python benchmarks/bench_statistics.py [--repeats 5] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article

Predict = Callable[[str, str], list[dict[str, Any]]]
ROOT = Path(__file__).resolve().parents[1]


def ours(text: str, source: str) -> list[dict[str, Any]]:
    """policycorpus statistics as score.py dictionaries."""
    return [
        {
            "value": str(s.value),
            "unit": s.unit,
            "approx": s.approx,
            "bound": s.bound.value if s.bound else None,
            "per": s.per,
            "text": s.text,
        }
        for s in extract_statistics(Article(text=text, source=source))
    ]


def quantulum(parser: ModuleType) -> Predict:
    """quantulum3 quantities as score.py dictionaries."""

    def predict(text: str, source: str) -> list[dict[str, Any]]:
        del source
        out = []
        for q in parser.parse(text):
            unit = q.unit
            if unit.entity.name == "currency":
                name = getattr(unit, "currency_code", None) or unit.name
            elif unit.name == "percentage":
                name = "percent"
            elif unit.name == "dimensionless":
                name = None
            else:
                name = unit.name
            out.append(
                {
                    "value": q.value,
                    "unit": name,
                    "approx": False,
                    "bound": None,
                    "per": None,
                    "text": q.surface,
                }
            )
        return out

    return predict


def load_scorer(corpus: Path) -> ModuleType | None:
    path = corpus.parent / "eval" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("policycorpus_bench_score", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(
    scorer: ModuleType, gold_dir: Path, preds: dict[str, list[dict[str, Any]]]
) -> dict[str, float]:
    tally = scorer.Tally()
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        scorer.score_list(
            tally,
            gold["statistics"],
            preds.get(gold["file"], []),
            scorer.stat_same,
            scorer.stat_check,
            scorer.stat_close,
        )
    p, r, f = tally.prf()
    _, _, sf = tally.prf(strict=True)
    return {"precision": p, "recall": r, "f1": f, "strict_f1": sf}


def throughputs(
    systems: Sequence[tuple[str, Predict]], texts: Sequence[tuple[str, str]], repeats: int
) -> dict[str, float]:
    """Median MB/s (UTF-8 bytes of text) of each system over ``repeats`` rounds.

    The systems take turns within each round, so a busy machine slows them alike.
    """
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    times: dict[str, list[float]] = {name: [] for name, _ in systems}
    for _ in range(repeats):
        for name, predict in systems:
            t0 = time.perf_counter()
            for source, text in texts:
                predict(text, source)
            times[name].append(time.perf_counter() - t0)
    return {name: size / statistics.median(ts) / 1e6 for name, ts in times.items()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args(argv)
    sets = [("seeds", args.corpus / "seeds", args.corpus / "gold")]
    if (args.corpus / "dev" / "raw").is_dir():
        sets.append(("dev", args.corpus / "dev" / "raw", args.corpus / "dev" / "gold"))
    systems: list[tuple[str, Predict]] = [("policycorpus", ours)]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3_parser  # benchmark-only dependency
        systems.append(("quantulum3", quantulum(q3_parser)))
    except ImportError:
        print("quantulum3 not installed: measuring policycorpus only", file=sys.stderr)
    scorer = load_scorer(args.corpus)
    print(f"{'set':<6} {'system':<13} {'MB/s':>9} {'P':>6} {'R':>6} {'F1':>6} {'strict':>7}")
    for set_name, raw_dir, gold_dir in sets:
        texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(raw_dir.glob("*.txt"))]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for _, predict in systems:
                predict(texts[0][1], texts[0][0])  # warm-up: loads models and tables
            speeds = throughputs(systems, texts, args.repeats)
            predictions = {name: {n: predict(t, n) for n, t in texts} for name, predict in systems}
        for name, _ in systems:
            q = score(scorer, gold_dir, predictions[name]) if scorer else {}
            cells = " ".join(
                f"{q[k]:>6.2f}" if k in q else f"{'-':>6}" for k in ("precision", "recall", "f1")
            )
            strict = f"{q['strict_f1']:>7.2f}" if q else f"{'-':>7}"
            print(f"{set_name:<6} {name:<13} {speeds[name]:>9.3f} {cells} {strict}")
        if "quantulum3" in speeds:
            ratio = speeds["policycorpus"] / speeds["quantulum3"]
            print(f"{set_name:<6} speed-up over quantulum3: {ratio:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
