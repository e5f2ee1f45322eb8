"""Growth of parse + extract time on adversarial input: 4x the input must cost <= 5x the time.

Run::

    .venv/bin/python benchmarks/bench_adversarial.py [--max-kb 1024] [--budget 60] [--only NAME]

Every token class the grammar reads (digits, separators, decimals, hedge words, capitalised
names, actor lists, quotes, brackets, bullets, pledge verbs, HTML tags and nesting, dates,
tables...) gets one generated input, repeated to sizes 16 KB, 64 KB, 256 KB and 1 MB (each
4x the last). For each size the script times :func:`policycorpus.parse_article` and then
every stage of :func:`policycorpus.extract` (sentences, actors, pledge clauses, statistics,
signatories, commitments, quotes) and prints the growth ratio ``time(4x) / time(1x)`` of
the whole and of the stage that grew most. Linear code gives about 4, quadratic about 16.

A pattern whose next run, projected at 5x the last, exceeds ``--budget`` seconds stops and is marked
``stopped``: its last ratio is what the table reports.

The generators (:data:`PATTERNS`) are shared with ``tests/test_adversarial.py``, which runs
the same patterns at small sizes in CI with a loose bound.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from typing import Final

from policycorpus import parse_article
from policycorpus.extract import default_gazetteer, find_actors, split_sentences
from policycorpus.extract._commitments import commitments_from
from policycorpus.extract._pledges import resolve_article
from policycorpus.extract._quotes import extract_quotes
from policycorpus.extract._signatories import signatories_from
from policycorpus.extract._statistics import extract_statistics
from policycorpus.model import Article

_LEAD: Final = "Ministers publish figures\n\n"


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        body = unit * (size // len(unit) + 1)
        return _LEAD + body[:size]

    return make


def _numbered(template: str) -> Callable[[int], str]:
    """Repeat ``template`` formatted with a running number (so items differ)."""

    def make(size: int) -> str:
        parts = [_LEAD]
        total = len(_LEAD)
        i = 0
        while total < size:
            piece = template.format(i=i, j=i % 97 + 1, k=i % 28 + 1, y=1990 + i % 30)
            parts.append(piece)
            total += len(piece)
            i += 1
        return "".join(parts)

    return make


def _html_nested(size: int) -> str:
    depth = size // 11
    return "<html><body>" + "<div><span>" * (depth // 2) + "x" + "</span></div>" * (depth // 2)


PATTERNS: Final[dict[str, Callable[[int], str]]] = {
    # digits and separators
    "digit run '1111'": _repeat("1"),
    "comma list '12, '": _repeat("12, "),
    "glued list '1,'": _repeat("1,"),
    "spaced digits '1 2 3'": _repeat("1 "),
    "spaced thousands '100 000'": _repeat("100 "),
    "digit pairs '12,34,'": _repeat("12,"),
    "long spaced groups '12345 '": _repeat("12345 "),
    "dashes '1-2-3'": _repeat("1-"),
    "dots '1.2.3'": _repeat("1."),
    "colons/slashes '1:2/3'": _repeat("1:2/"),
    "decimals '3.14 '": _repeat("3.14 "),
    "money '£5m, '": _repeat("£5m, "),
    "percent ranges '4-5%, '": _repeat("4-5%, "),
    "file sizes '3 MB '": _repeat("3 MB "),
    "bracketed numbers '(4.1, '": lambda size: "(" + _repeat("4.1, ")(size),
    "number words 'twenty one '": _repeat("twenty one hundred and "),
    # words
    "hedge words": _repeat("about nearly around at least more than up to almost 5 "),
    "capitalised names": _numbered("Alpha Beta{i} Gamma Delta "),
    "actor list ', and'": _repeat("the United Kingdom, France, Germany and Japan, "),
    "unknown names with footnotes": lambda size: (
        "Signatories include: " + _repeat("Ann Lowe,[12]Ravi Menon, ")(size)
    ),
    "infobox rows": _numbered("- Area Km{k}: 1{j:03d},428\n"),
    "pledge verbs": _repeat("pledged committed vowed agreed signed promised joined "),
    "pledge sentences": _numbered("France and Germany pledged to fund {j} new officers by {y}. "),
    "reported decisions, no stop": _repeat(
        "Chile announced that it would join the coalition and Peru confirmed that it will "
    ),
    "money subjects, no stop": _repeat("Chile's new package of $5 million will go towards "),
    # punctuation and layout
    "quotes '\"a\" '": _repeat('"a" said '),
    "unbalanced quotes": _repeat('"“ said '),
    "open brackets '(('": _repeat("( "),
    "bullets": _numbered("• item {j} of the plan\n"),
    "one long line": _numbered("The agency reported {j} cases in {y} and 2.{j}% more. "),
    "sentence with no stop": _numbered("officials reviewed {j} reports and "),
    "dates list": _numbered("{k} January {y}, "),
    "table of numbers": _numbered("{j} | {k} | 1,{j:03d} | {y}\n"),
    # HTML
    "html paragraphs": lambda size: "<html><body>" + _repeat("<p>Fund 12 units.</p>")(size),
    "html nesting": _html_nested,
}
"""Each pattern: a function from a size in characters to a text of about that size."""


STAGES: Final = (
    "parse",
    "sentences",
    "actors",
    "pledges",
    "statistics",
    "signatories",
    "commitments",
    "quotes",
)


def run_stages(text: str) -> dict[str, float]:
    """Seconds per stage of parse + extract over ``text``."""
    gaz = default_gazetteer()
    out: dict[str, float] = {}
    t = time.process_time()

    def lap(name: str) -> None:
        nonlocal t
        now = time.process_time()
        out[name] = now - t
        t = now

    article: Article = parse_article(text)
    lap("parse")
    sentences = tuple(split_sentences(article.text))
    lap("sentences")
    actors = find_actors(article, gaz)
    lap("actors")
    clauses = resolve_article(article, sentences, actors)
    lap("pledges")
    list(extract_statistics(article, sentences))
    lap("statistics")
    list(signatories_from(article, clauses, actors))
    lap("signatories")
    list(commitments_from(article, clauses))
    lap("commitments")
    list(extract_quotes(article, sentences, actors))
    lap("quotes")
    return out


def best_stages(text: str, repeat: int) -> dict[str, float]:
    """Per stage, the fastest of ``repeat`` runs."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        gc.collect()
        for k, v in run_stages(text).items():
            best[k] = min(v, best.get(k, v))
    return best


def growth(
    make: Callable[[int], str], sizes: list[int], repeat: int, budget: float
) -> tuple[list[dict[str, float]], bool]:
    """Stage times at each size; stops (True) when the next run would exceed ``budget``."""
    results: list[dict[str, float]] = []
    for size in sizes:
        if results:
            last = sum(results[-1].values())
            if last * 5 * repeat > budget:
                return results, True
        results.append(best_stages(make(size), repeat))
    return results, False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-kb", type=int, default=16)
    ap.add_argument("--max-kb", type=int, default=1024)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--budget", type=float, default=60.0, help="seconds per run, at most")
    ap.add_argument("--only", default=None, help="run the patterns whose name holds this")
    args = ap.parse_args()
    sizes = []
    kb = args.min_kb
    while kb <= args.max_kb:
        sizes.append(kb * 1024)
        kb *= 4
    header = " | ".join(f"{s // 1024} KB" for s in sizes)
    print(f"| pattern | {header} | growth for 4x (whole) | stage that grew most |")
    print("|---" * (len(sizes) + 3) + "|")
    worst = 0.0
    for name, make in PATTERNS.items():
        if args.only and args.only not in name:
            continue
        results, stopped = growth(make, sizes, args.repeat, args.budget)
        totals = [sum(r.values()) for r in results]
        cells = [f"{t:.3f} s" for t in totals] + [""] * (len(sizes) - len(totals))
        if len(results) >= 2:
            a, b = results[-2], results[-1]
            ratio = totals[-1] / totals[-2]
            stage = max(STAGES, key=lambda s: b[s] - 4 * a[s])
            srat = b[stage] / a[stage] if a[stage] > 0 else float("inf")
            note = f"{stage} {srat:.1f}x ({b[stage]:.2f} s)"
        else:
            ratio, note = float("nan"), ""
        worst = max(worst, ratio)
        flag = " stopped" if stopped else ""
        print(f"| {name} | {' | '.join(cells)} | **{ratio:.2f}**{flag} | {note} |", flush=True)
    print(f"\nworst growth for 4x input: {worst:.2f}")


if __name__ == "__main__":
    main()
