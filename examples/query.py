"""Query: filter a corpus, then read its signatory matrix and timeline.

``python examples/query.py`` works on the built-in sample (``Corpus.sample()``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from policycorpus.corpus import Corpus


def main(argv: Sequence[str] | None = None) -> int:
    """Print a few queries over the sample corpus."""
    corpus = Corpus.sample()
    print(f"{len(corpus)} documents, {len(corpus.actors())} actors")

    autumn = corpus.filter(since="2023-10-01", until="2023-11-30")
    print(f"published October-November 2023: {len(autumn)}")
    uk = corpus.filter(actor="United Kingdom")
    print(f"naming the United Kingdom as a party: {[d.article.title for d in uk]}")
    companies = corpus.filter(kind="company")
    print(f"with a company among the signatories: {len(companies)}")

    print("\nSignatory matrix (articles per cell):")
    print(corpus.signatory_matrix().render())

    print("\nTimeline:")
    for entry in corpus.timeline():
        who = ", ".join(entry.actors) or "(no named actor)"
        when = str(entry.date) if entry.date is not None else "undated"
        print(f"  {when:<10} {entry.modality.value:<8} {who}: {entry.action[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
