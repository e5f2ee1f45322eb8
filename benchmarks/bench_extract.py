"""Throughput of :func:`policycorpus.extract` and how actor matching scales with gazetteer size.

Run::

    .venv/bin/python benchmarks/bench_extract.py [--repeat 5] [--copies 3] [--before ../other/src]

Texts: the official passages next to the checkout (``../shared/corpus``: the seeds and
the dev and dev2 raw passages, read at run time, never copied), each parsed with
:func:`~policycorpus.parse.parse_article` as users run it, or, when the corpus is
absent, synthetic policy sentences built here. The set is repeated ``--copies`` times
so each timing covers a few hundred kilobytes; each article is extracted on its own.

Reported (CPU time of this process, median of ``--repeat`` runs, best in brackets, since
the machine may be shared):

* ``extract`` throughput in MB/s (UTF-8 bytes of article text per CPU second, per
  core) with the registered extractors and the default gazetteer, and its ratio to
  quantulum3's ``parser.parse`` on the same texts in the same run (when quantulum3 is
  installed); with ``--before SRC`` (the ``src`` folder of another checkout, e.g. a
  ``git worktree`` of the landed commit) the same measurement of that code, run
  alternately with this one in subprocesses, so "before" and "after" share the
  machine's state, each with its ratio to quantulum3;
* ``find_actors`` throughput with gazetteers of 1,000, 10,000 and 100,000 actors
  (the default one padded with generated multi-word names and aliases that share
  first words with real ones, the hard case for a trie), with the time to build each.
  Matching walks a token trie once per token, so throughput should stay near flat.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from policycorpus.extract import Gazetteer, default_gazetteer, extract, find_actors
from policycorpus.model import ActorKind, Article
from policycorpus.parse import parse_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

_SYNTHETIC = (
    "The United Kingdom and the United States pledged on Monday to work together. "
    'Home Secretary Jane Holloway said: "We will fund 1,200 new investigators." '
    "The Internet Watch Foundation (IWF) reported 3,400 cases; the IWF said referrals "
    "rose by 12% in a year. Meta, TikTok and Snapchat signed the statement, along with "
    "France, Germany and the Republic of Korea. The German and Australian governments "
    "agreed to share data with Europol and the National Crime Agency.\n\n"
)


def load_texts() -> list[str]:
    """The article texts, as :func:`parse_article` gives them."""
    paths = [
        *sorted(SHARED.glob("seeds/*.txt")),
        *sorted(SHARED.glob("dev/raw/*.txt")),
        *sorted(SHARED.glob("dev2/raw/*.txt")),
    ]
    if paths:
        return [parse_article(p.read_text(encoding="utf-8")).text for p in paths]
    return [_SYNTHETIC * 4 for _ in range(30)]


def cpu_times(func: Callable[[], object], repeat: int) -> list[float]:
    """CPU seconds of each of ``repeat`` runs (a busy neighbour does not inflate them)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        func()
        times.append(time.process_time() - t0)
    return times


def best_time(func: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs (as timeit advises: slower runs measure noise)."""
    return min(cpu_times(func, repeat))


_SYLLABLES = ("ka", "lo", "ven", "tri", "mar", "zo", "qui", "dex", "nor", "sal", "ber", "ul")
_HEADS = ("United", "National", "Global", "International", "Meta", "South", "New", "Council")
_TAILS = ("Foundation", "Holdings", "Agency", "Labs", "Trust", "Institute", "Group", "Network")


def padded_gazetteer(size: int, rng: random.Random) -> Gazetteer:
    gaz = default_gazetteer().copy()
    while len(gaz) < size:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        name = f"{rng.choice(_HEADS)} {word} {rng.choice(_TAILS)}"
        abbr = "".join(w[0] for w in name.split()) + str(rng.randint(0, 999))
        gaz.add(name, ActorKind.OTHER, aliases=[abbr, f"{word} {rng.choice(_TAILS)}"])
    return gaz


def _rates(texts: list[str], times: list[float]) -> tuple[float, float]:
    """(median, best) MB/s of runs over ``texts`` that took ``times``."""
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return size_mb / statistics.median(times), size_mb / min(times)


def extract_rate(texts: list[str], repeat: int) -> tuple[float, float]:
    """(median, best) MB/s of :func:`extract` over ``texts``, each article on its own."""
    articles = [Article(text=t) for t in texts]
    default_gazetteer()  # build once outside the timings
    for a in articles[: len(articles) // 4 or 1]:
        extract(a)  # warm up
    return _rates(texts, cpu_times(lambda: [extract(a) for a in articles], repeat))


def quantulum_rate(texts: list[str], repeat: int) -> tuple[float, float] | None:
    """(median, best) MB/s of quantulum3's ``parser.parse`` over ``texts``, or None."""
    try:
        from quantulum3 import parser as qparser
    except ImportError:
        return None
    qparser.parse(texts[0][:200])
    return _rates(texts, cpu_times(lambda: [qparser.parse(t) for t in texts], repeat))


def _rate_of(src: str, copies: int, repeat: int) -> tuple[float, float]:
    """The (median, best) ``extract`` rate of the code under ``src``, in a subprocess."""
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, __file__, "--rate-only", f"--copies={copies}", f"--repeat={repeat}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    median, best = out.stdout.strip().splitlines()[-1].split()
    return float(median), float(best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--before", help="src folder of another checkout to compare with")
    parser.add_argument(
        "--no-scaling", action="store_true", help="skip find_actors and gazetteer sizes"
    )
    parser.add_argument("--rate-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    texts = load_texts() * args.copies
    if args.rate_only:
        print(*extract_rate(texts, args.repeat))
        return
    articles = [Article(text=t) for t in texts]
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(articles)} articles, {size_mb:.2f} MB of text")

    rate, best = extract_rate(texts, args.repeat)
    print(f"extract (all registered extractors): {rate:7.3f} MB/s ({best:.3f})")
    q = quantulum_rate(texts, args.repeat)
    if q is not None:
        print(
            f"quantulum3 parser.parse:             {q[0]:7.3f} MB/s ({q[1]:.3f})"
            f"  (extract is {rate / q[0]:.1f}x)"
        )
    if args.before:
        here = str(Path(__file__).resolve().parents[1] / "src")
        befores, afters = [], []
        for _ in range(3):  # alternate, so both see the same load
            befores.append(_rate_of(args.before, args.copies, args.repeat)[0])
            afters.append(_rate_of(here, args.copies, args.repeat)[0])
        b, a = statistics.median(befores), statistics.median(afters)
        vs_q = f" (x quantulum3: {b / q[0]:.1f} -> {a / q[0]:.1f})" if q is not None else ""
        print(f"before ({args.before}): {b:.3f} MB/s; after: {a:.3f} MB/s; ratio {a / b:.2f}{vs_q}")
    if args.no_scaling:
        return
    t = best_time(lambda: [find_actors(a) for a in articles], args.repeat)
    print(
        f"find_actors, default gazetteer ({len(default_gazetteer())} actors): "
        f"{size_mb / t:7.2f} MB/s"
    )

    long_text = "\n\n".join(texts)[:2_000_000]
    find_actors(long_text[:1000])
    tracemalloc.start()
    find_actors(long_text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"find_actors peak memory on one {len(long_text) / 1e6:.1f} MB text: "
        f"{peak / 1e6:.1f} MB ({peak / len(long_text):.1f} bytes a character)"
    )

    rng = random.Random(20231030)
    base: float | None = None
    print(f"{'actors':>8} {'build s':>8} {'MB/s':>8} {'vs 1,000':>9}")
    for size in (1_000, 10_000, 100_000):
        t0 = time.perf_counter()
        gaz = padded_gazetteer(size, rng)
        build = time.perf_counter() - t0
        t = best_time(lambda g=gaz: [find_actors(a, g) for a in articles], args.repeat)  # type: ignore[misc]
        rate = size_mb / t
        base = base or rate
        print(f"{size:>8,} {build:>8.2f} {rate:>8.2f} {rate / base:>9.2f}")


if __name__ == "__main__":
    main()
