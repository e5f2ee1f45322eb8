"""The fuzzing campaign's checks, in CI: no input makes the pipeline fail other than by
a PolicyCorpusError, and every Document round-trips through JSON.

``fuzz/campaign.py`` runs the same generator for a million inputs; here a few thousand
(seed articles cut short so the run stays quick), plus Hypothesis text and bytes, plus
every failing input a campaign has saved under ``fuzz/failures`` (regression cases).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

_ROOT = Path(__file__).resolve().parents[1]


def _load_campaign() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_campaign", _ROOT / "fuzz" / "campaign.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_campaign", module)
    spec.loader.exec_module(module)
    return module


campaign = _load_campaign()
_REGRESSIONS = sorted((_ROOT / "tests" / "fuzz_regressions").glob("*.bin"))


def _accepted(outcome: str, why: str | None) -> None:
    assert outcome in {"ok", "rejected"}, why


def test_a_few_thousand_generated_inputs_parse_extract_and_round_trip() -> None:
    lines: list[str] = []
    counts, failed = campaign.run(2000, seed=7, failures=None, out=lines.append, seed_chars=1500)
    assert not failed, [why for _, why in failed[:3]]
    assert counts["ok"] > 1000  # most inputs make Documents, so the round trip is exercised
    assert {"text", "bytes", "mutation", "html"} <= set(counts)


@given(st.text())
def test_any_text_is_a_document_or_a_parse_error(text: str) -> None:
    _accepted(*campaign.check(text))


@given(st.binary())
def test_any_bytes_are_a_document_or_a_parse_error(data: bytes) -> None:
    _accepted(*campaign.check(data))


@given(st.text(alphabet="0123456789,.-–/:% £$€“”\"'()•\n\u202e\ufeff\x00abcAB"))
def test_text_of_the_grammar_s_own_symbols_is_a_document_or_a_parse_error(text: str) -> None:
    _accepted(*campaign.check("Title\n\n" + text))


@pytest.mark.parametrize("path", _REGRESSIONS, ids=[p.stem for p in _REGRESSIONS])
def test_saved_failing_inputs_now_pass(path: Path) -> None:
    raw = path.read_bytes()
    data: str | bytes = raw if "-bytes-" in path.name else raw.decode("utf-8", "surrogatepass")
    _accepted(*campaign.check(data))
