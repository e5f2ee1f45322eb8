"""Hypothesis's entry point for policycorpus (the ``hypothesis`` plugin group).

Hypothesis loads the entry points of its plugin group while ``import hypothesis`` is
still running. If the entry point were :mod:`policycorpus.strategies` itself, a user
whose first line is ``from policycorpus import strategies`` would start that module,
which imports Hypothesis, which would load the half-initialised module again and fail
to find the hook in it. So the entry point is this module, which does not import
Hypothesis: the hook loads :mod:`policycorpus.strategies` only when Hypothesis calls
it, by which time the strategies module either is complete, or is the one being
imported (and registers its strategies itself when its import finishes). Either
import order ends with ``st.from_type(policycorpus.Document)`` working.
"""

from __future__ import annotations

import importlib

__all__ = ["_hypothesis_setup_hook"]


def _hypothesis_setup_hook() -> None:
    """Register policycorpus's strategies with Hypothesis (see the module docstring)."""
    importlib.import_module("policycorpus.strategies")
