"""Benchmark the command line over many articles, and JSON Lines streaming memory.

Usage::

    python benchmarks/bench_cli.py [--articles 10000] [--workers 2] [--stream 10000 100000]

1. **CLI throughput.** Writes ``--articles`` article files by repeating the built-in
   sample (each copy under its own name), then times ``python -m policycorpus extract
   DIR -o out.jsonl`` serially and with ``--workers N`` in fresh processes, checks the
   two outputs are byte-identical, and prints articles/second and the speed-up.
2. **Streaming memory.** For each size in ``--stream``, a child process writes that
   many documents to JSON Lines from a generator, reads them back lazily, and converts
   the file with ``policycorpus convert`` (JSONL to JSONL). It reports the peak
   traced Python allocation (tracemalloc) and the peak resident set size; both should
   stay flat as the size grows tenfold.

Numbers depend on the machine and on what else runs on it (the 1-minute load average
at the end of the CLI runs is reported); ``benchmarks/README.md`` records a run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from pathlib import Path

from policycorpus.cli import main as cli_main
from policycorpus.corpus import Corpus
from policycorpus.io import read_jsonl, write_jsonl
from policycorpus.model import Document
from policycorpus.pipeline import sample_paths


def make_articles(folder: Path, count: int) -> list[Path]:
    """``count`` article files: the sample, repeated under new names."""
    sample = [Path(p) for p in sample_paths()]
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(count):
        src = sample[i % len(sample)]
        dest = folder / f"{i:06d}_{src.name}"
        shutil.copyfile(src, dest)
        made.append(dest)
    return made


def run_cli(args: Sequence[str]) -> float:
    """Seconds to run ``python -m policycorpus ARGS`` in a fresh process."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "policycorpus", *args], check=False)
    return time.perf_counter() - started


def bench_throughput(count: int, workers: int) -> dict[str, float]:
    """Serial and parallel extraction of ``count`` articles; checks identical output."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        make_articles(folder, count)
        serial_out, parallel_out = Path(tmp) / "serial.jsonl", Path(tmp) / "parallel.jsonl"
        serial = run_cli(["extract", str(folder), "-o", str(serial_out), "-q"])
        parallel = run_cli(
            ["extract", str(folder), "-o", str(parallel_out), "-q", "--workers", str(workers)]
        )
        identical = serial_out.read_bytes() == parallel_out.read_bytes()
        lines = sum(1 for _ in serial_out.open("rb"))
    return {
        "articles": count,
        "documents_written": lines,
        "serial_s": round(serial, 2),
        "parallel_s": round(parallel, 2),
        "workers": workers,
        "serial_articles_per_s": round(count / serial, 1),
        "parallel_articles_per_s": round(count / parallel, 1),
        "speedup": round(serial / parallel, 2),
        "identical_output": identical,
        "cpus": os.cpu_count() or 0,
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def _documents(count: int) -> Iterator[Document]:
    base = Corpus.sample().documents
    for i in range(count):
        yield base[i % len(base)]


def stream_child(count: int) -> dict[str, float]:
    """(In a child process) stream ``count`` documents through JSON Lines; measure peaks."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        converted = Path(tmp) / "converted.jsonl"
        list(_documents(1))  # load and extract the sample before measuring
        tracemalloc.start()
        started = time.perf_counter()
        written = write_jsonl(_documents(count), path)
        read = sum(1 for _ in read_jsonl(path))
        code = cli_main(["convert", str(path), str(converted), "-q"])
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = path.stat().st_size
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "documents": count,
        "written": written,
        "read_back": read,
        "convert_exit": code,
        "file_mib": round(size / 2**20, 1),
        "seconds": round(elapsed, 2),
        "peak_traced_mib": round(peak / 2**20, 2),
        "peak_rss_mib": round(rss_kib / 1024, 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and print one JSON object per measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stream", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--skip-cli", action="store_true", help="only the streaming part")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(stream_child(args.child)))
        return 0
    if not args.skip_cli:
        print(json.dumps({"cli": bench_throughput(args.articles, args.workers)}), flush=True)
    for count in args.stream:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", str(count)],
            capture_output=True,
            text=True,
            check=True,
        )
        print(json.dumps({"stream": json.loads(proc.stdout)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
