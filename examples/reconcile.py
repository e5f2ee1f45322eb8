"""Reconcile: the same figure reported across articles, grouped and explained.

``python examples/reconcile.py`` reconciles the statistics of the built-in sample:
"nearly 3,000 images" and "2,978 images" end up in one cluster, each mention labelled
(exact, rounded, hedged, conflicting) with the reason it joined.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from policycorpus.corpus import Corpus


def main(argv: Sequence[str] | None = None) -> int:
    """Print every statistic cluster mentioned in more than one place."""
    corpus = Corpus.sample()
    clusters = corpus.reconcile()
    shared = [c for c in clusters if len(c.documents) > 1]
    mentions = len(corpus.mentions())
    print(f"{mentions} mentions in {len(clusters)} clusters; {len(shared)} span articles")
    for cluster in shared:
        print()
        print(cluster.explain())
    conflicts = [c for c in clusters if c.conflict]
    print(f"\n{len(conflicts)} cluster(s) with conflicting reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
