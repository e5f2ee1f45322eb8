"""Export: write the sample's documents in every format the library speaks.

``python examples/export.py [FOLDER]`` writes JSON Lines, JSON, JSON-LD, CSV tables and
a Frictionless Data Package into FOLDER (default: a temporary folder), then reads the
JSON Lines back to show the round trip.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import orjson

from policycorpus.corpus import Corpus
from policycorpus.io import dump as dump_json
from policycorpus.io import read_jsonl, to_jsonld, write_datapackage, write_jsonl, write_tables


def main(argv: Sequence[str] | None = None) -> int:
    """Export the sample corpus; print what was written."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0]) if args else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    docs = Corpus.sample().documents

    write_jsonl(docs, out / "sample.jsonl")
    dump_json(docs[0], out / "first.json", indent=True)
    (out / "sample.jsonld").write_bytes(
        orjson.dumps([to_jsonld(d) for d in docs], option=orjson.OPT_INDENT_2)
    )
    write_tables(docs, out / "tables")
    write_datapackage(docs, out / "datapackage")

    back = list(read_jsonl(out / "sample.jsonl"))
    assert back == list(docs), "JSON Lines round trip"
    for path in sorted(out.rglob("*")):
        if path.is_file():
            print(f"{path.relative_to(out)}  ({path.stat().st_size:,} bytes)")
    print(f"round trip: {len(back)} documents read back unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
