"""Where ``--workers 2`` spends its time: serial vs pooled extraction, in one process.

Usage::

    python benchmarks/bench_workers.py [--articles 900] [--workers 2] [--repeat 3]

Writes ``--articles`` article files (the built-in sample repeated), imports the
library once, then alternates serial and pooled runs of :func:`run_paths` (the
command's engine) ``--repeat`` times, consuming every result as the command does
(encoding each document to a JSON Lines line). For each run it records the wall time,
the CPU time of this process and the CPU time of the worker processes (reaped
children), and prints medians:

* **speed-up**: serial wall time / pooled wall time (needs idle cores to mean much:
  the load average is printed);
* **CPU overhead**: (parent + workers CPU) / serial CPU -- what the pool costs beyond
  the extraction itself (pickling, process start-up, copy-on-write faults, queues);
* **projected speed-up on idle cores**: serial CPU / (pooled CPU / workers), the
  speed-up the pool would reach if its processes got a core each, with the library
  import (paid once, before any worker starts) added to both sides as the command pays it;
* a breakdown of the per-article costs measured alone: extraction, pickling a
  :class:`~policycorpus.pipeline.Result` (worker) and unpickling it (parent), and
  encoding the line.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from policycorpus._inputs import process_path, run_paths
from policycorpus.io.jsonl import encode_line

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cli import make_articles


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one_run(folder: Path, workers: int) -> tuple[float, float, float]:
    """(wall s, parent CPU s, worker CPU s) for one run over ``folder``."""
    gc.collect()
    children, parent = _children_cpu(), _self_cpu()
    start = time.perf_counter()
    lines = 0
    for result in run_paths([str(folder)], workers=workers):
        if result.document is not None:
            encode_line(result.document)
            lines += 1
    for child in multiprocessing.active_children():  # reap the pool's processes
        child.join()
    wall = time.perf_counter() - start
    return wall, _self_cpu() - parent, _children_cpu() - children


def import_cpu() -> float:
    """CPU seconds a fresh interpreter spends importing the command."""
    code = "import time; import policycorpus.cli; print(time.process_time())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def per_article(paths: list[Path]) -> dict[str, float]:
    """Microseconds per article for each cost, measured alone in this process."""
    results = [process_path(str(p)) for p in paths]
    t0 = time.process_time()
    results = [process_path(str(p)) for p in paths]
    extract = time.process_time() - t0
    t0 = time.process_time()
    pickled = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in results]
    dump = time.process_time() - t0
    t0 = time.process_time()
    for data in pickled:
        pickle.loads(data)
    load = time.process_time() - t0
    for r in results[:3]:  # warm the encoder
        assert r.document is not None
        encode_line(r.document)
    t0 = time.process_time()
    for r in results:
        assert r.document is not None
        encode_line(r.document)
    encode = time.process_time() - t0
    n = len(paths)
    return {
        "extract": 1e6 * extract / n,
        "pickle Result (worker)": 1e6 * dump / n,
        "unpickle Result (parent)": 1e6 * load / n,
        "encode line (parent)": 1e6 * encode / n,
        "pickled bytes": sum(map(len, pickled)) / n,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=900)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        paths = make_articles(folder, args.articles)
        costs = per_article(paths[:60])
        runs: dict[int, list[tuple[float, float, float]]] = {1: [], args.workers: []}
        loads = []
        for _ in range(args.repeat):
            for workers in runs:
                runs[workers].append(one_run(folder, workers))
                loads.append(os.getloadavg()[0])
    startup = import_cpu()
    serial = [w for w, _, _ in runs[1]]
    pooled = [w for w, _, _ in runs[args.workers]]
    serial_cpu = statistics.median(p + c for _, p, c in runs[1])
    pooled_cpu = statistics.median(p + c for _, p, c in runs[args.workers])
    parent_cpu = statistics.median(p for _, p, _ in runs[args.workers])
    print(f"{args.articles} articles, {os.cpu_count()} CPUs, {args.repeat} runs each, alternating")
    print(f"load average during the runs: {min(loads):.1f}-{max(loads):.1f}")
    print(f"serial wall   median {statistics.median(serial):.2f} s  ({serial})")
    print(f"pooled wall   median {statistics.median(pooled):.2f} s  ({pooled})")
    print(f"speed-up (wall, medians): {statistics.median(serial) / statistics.median(pooled):.2f}")
    print(f"serial CPU {serial_cpu:.2f} s; pooled CPU {pooled_cpu:.2f} s (parent {parent_cpu:.2f})")
    print(f"CPU overhead of the pool: {pooled_cpu / serial_cpu:.3f}x")
    projected = (startup + serial_cpu) / (startup + pooled_cpu / args.workers)
    print(f"import CPU (once per command): {startup:.2f} s")
    print(f"projected speed-up on {args.workers} idle cores, import included: {projected:.2f}")
    print("per article, measured alone (us):")
    for name, value in costs.items():
        print(f"  {name:34} {value:10.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
