"""Load: parse one scraped article into an Article and look at what was found.

Run from the repository: ``python examples/load.py [FILE]`` (default: a sample article).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from policycorpus.parse import parse_article

SAMPLE = Path(__file__).resolve().parent / "sample"


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the article named in ``argv`` (or the first sample) and print its metadata."""
    args = list(sys.argv[1:] if argv is None else argv)
    path = Path(args[0]) if args else SAMPLE / "02_watchdog_report_date_byline.txt"
    article = parse_article(path.read_bytes(), source=str(path))
    print(f"source:    {article.source}")
    print(f"title:     {article.title}")
    print(f"published: {article.published}")
    print(f"authors:   {', '.join(article.authors) or '-'}")
    print(f"paragraphs: {len(article.paragraphs)}, characters: {len(article.text)}")
    first = article.text.split("\n", 1)[0]
    print(f"first line of text: {first[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
