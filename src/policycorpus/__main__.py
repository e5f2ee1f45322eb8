"""``python -m policycorpus``: the same command as ``policycorpus``."""

from __future__ import annotations

import sys

from policycorpus.cli import main

if __name__ == "__main__":
    sys.exit(main())
