"""Extract: run the pipeline over a folder and write JSON Lines, failures as data.

``python examples/extract.py [OUT.jsonl]`` extracts the sample folder next to this
script; the same job on the command line is ``policycorpus extract examples/sample -o OUT``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from policycorpus.io import JsonlWriter
from policycorpus.pipeline import extract_paths

SAMPLE = Path(__file__).resolve().parent / "sample"


def main(argv: Sequence[str] | None = None) -> int:
    """Extract the sample into ``argv[0]`` (default: a temporary file); print a summary."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0]) if args else Path(tempfile.mkdtemp()) / "sample.jsonl"
    failed = []
    with JsonlWriter(out) as writer:
        for result in extract_paths([SAMPLE], workers=1):
            if result.document is None:
                failed.append(result.failure)
                continue
            doc = result.document
            writer.write(doc)
            print(
                f"{Path(result.source).name:<42} {len(doc.statistics):>2} statistics "
                f"{len(doc.signatories):>2} signatories {len(doc.commitments):>2} commitments"
            )
    print(f"wrote {writer.count} documents to {out}; {len(failed)} failed")
    for failure in failed:
        print(f"  {failure}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
