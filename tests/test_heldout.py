"""Extraction quality on the project's own held-out sets, as a regression floor.

tests/heldout*/ hold synthetic passages written for the project by evaluators who did
not read the library, with gold annotations that follow the shared development
corpus's conventions. The whole pipeline (parse, extract, JSON Lines) runs over each
set and ../shared/eval/score.py scores it; a change that drops a score below the floor
recorded here fails. Floors sit a little under the scores measured when they were set,
so they catch regressions, not noise.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from policycorpus.io import write_jsonl
from policycorpus.pipeline import extract_paths

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"

# (set, record kind, measure) -> floor
FLOORS: dict[str, dict[str, dict[str, float]]] = {
    "heldout": {
        "statistics": {"f1": 0.95, "strict_f1": 0.93},
        "signatories": {"f1": 0.93},
        "commitments": {"f1": 0.93, "strict_f1": 0.88},
    },
    "heldout2": {
        "statistics": {"f1": 0.95, "strict_f1": 0.93},
        "signatories": {"f1": 0.93},
        "commitments": {"f1": 0.93, "strict_f1": 0.90},
    },
    "heldout3": {
        "statistics": {"f1": 0.95, "strict_f1": 0.93},
        "signatories": {"f1": 0.93},
        "commitments": {"f1": 0.93, "strict_f1": 0.85},
    },
}
META_FLOORS: dict[str, float] = {"heldout": 0.95, "heldout2": 0.95, "heldout3": 0.95}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_their_floors(name: str, tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not present")
    root = HERE / name
    raw = sorted((root / "raw").glob("*.txt"))
    assert raw, f"no passages in {root / 'raw'}"
    results = list(extract_paths(raw))
    failures = [r.failure for r in results if r.document is None]
    assert not failures
    out = tmp_path / "out.jsonl"
    write_jsonl((r.document for r in results if r.document is not None), out)
    run = subprocess.run(
        [sys.executable, str(SCORER), str(root / "gold"), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(run.stdout)
    assert scores["documents_missing"] == []
    low = {
        f"{kind}.{measure}": (scores[kind][measure], floor)
        for kind, measures in FLOORS[name].items()
        for measure, floor in measures.items()
        if scores[kind][measure] < floor
    }
    low.update(
        {
            f"metadata.{field}": (value, META_FLOORS[name])
            for field, value in scores["metadata"].items()
            if value < META_FLOORS[name]
        }
    )
    assert not low, f"{name}: scores below their floors (score, floor): {low}"
