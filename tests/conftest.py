"""Shared test configuration: Hypothesis profiles.

``ci`` (chosen when the CI environment variable is set) runs more examples with no
deadline, since CI machines are noisy; ``dev`` is the quick local default. Pick one
explicitly with ``--hypothesis-profile=NAME``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=40, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""The shared development corpus next to the checkout, when present."""


@pytest.fixture
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present")
    return corpus
