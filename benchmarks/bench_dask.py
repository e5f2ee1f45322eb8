"""Benchmark corpus runs: serial vs ``--workers N`` vs ``--dask local``, same output.

Usage::

    python benchmarks/bench_dask.py [--articles 5000] [--workers 2]

Writes ``--articles`` generated articles (the text of
:func:`policycorpus.strategies.sample_documents`: a headline, a date line and about
3 KB of policy-news sentences with figures, pledges and quotations, each article
different) into a temporary folder, then times, each in a fresh process::

    python -m policycorpus extract DIR -o out.jsonl                 # serial
    python -m policycorpus extract DIR -o out.jsonl --workers N     # process pool
    python -m policycorpus extract DIR -o out.jsonl --dask local    # Dask LocalCluster

checks the three outputs are byte-identical, and prints seconds, articles/second,
input MB/s, the speed-ups, the CPU seconds each run used (with its workers) and the
input MB per CPU second (the per-core rate, which holds even when other jobs share
the cores), the output bytes per article, the largest resident set of any process
and the 1-minute load average. The issue's
reference size is 20,000 articles (``--articles 20000``); the default is smaller
because the machine is shared. ``benchmarks/README.md`` records runs and the
capacity note derived from them.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import hypothesis  # noqa: F401 - imported before policycorpus.strategies (its entry point)

from policycorpus.strategies import sample_documents


def make_articles(folder: Path, count: int, *, seed: int = 13) -> int:
    """Write ``count`` generated articles; returns their total size in bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    batch = 500
    for first in range(0, count, batch):
        docs = sample_documents(min(batch, count - first), seed=seed + first)
        for i, doc in enumerate(docs, start=first):
            article = doc.article
            published = article.published.isoformat() if article.published else ""
            text = f"{article.title or 'Untitled'}\n\n{published}\n\n{article.text}\n"
            data = text.encode("utf-8")
            (folder / f"{i:06d}.txt").write_bytes(data)
            total += len(data)
    return total


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and the workers it waited for) of
    ``python -m policycorpus ARGS``."""
    cpu = _cpu()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "policycorpus", *args], check=True)
    elapsed = time.perf_counter() - started
    return elapsed, _cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=2)
    opts = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "articles"
        started = time.perf_counter()
        size = make_articles(folder, opts.articles)
        print(
            f"{opts.articles} articles, {size / 1e6:.1f} MB, generated in "
            f"{time.perf_counter() - started:.1f}s"
        )
        runs = {
            "serial": [],
            f"--workers {opts.workers}": ["--workers", str(opts.workers)],
            "--dask local": ["--dask", "local"],
        }
        results: dict[str, tuple[float, float, bytes]] = {}
        for name, extra in runs.items():
            out = root / f"{name.strip('-').replace(' ', '_')}.jsonl"
            seconds, cpu = run(["extract", str(folder), "-q", "-o", str(out), *extra])
            results[name] = (seconds, cpu, out.read_bytes())
        serial_seconds, _, serial_out = results["serial"]
        serial_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        cores = os.cpu_count() or 1
        print(
            f"{'run':<14} {'seconds':>8} {'articles/s':>11} {'MB/s':>6} {'x serial':>9} "
            f"{'CPU s':>7} {'MB per CPU s':>13}"
        )
        for name, (seconds, cpu, _) in results.items():
            print(
                f"{name:<14} {seconds:8.1f} {opts.articles / seconds:11.0f} "
                f"{size / 1e6 / seconds:6.2f} {serial_seconds / seconds:9.2f} "
                f"{cpu:7.1f} {size / 1e6 / cpu:13.2f}"
            )
        identical = all(out == serial_out for _, _, out in results.values())
        print(f"outputs byte-identical: {'yes' if identical else 'NO'}")
        print(
            f"serial: {size / 1e6 / serial_seconds:.2f} MB/s on one core; "
            f"{len(serial_out) / opts.articles:.0f} output bytes per article "
            f"({len(serial_out) / size:.1f}x the input); largest process RSS "
            f"{serial_rss / 1024:.0f} MiB"
        )
        print(f"cores: {cores}; 1-minute load average: {os.getloadavg()[0]:.1f}")
        if not identical:
            sys.exit(1)


if __name__ == "__main__":
    main()
