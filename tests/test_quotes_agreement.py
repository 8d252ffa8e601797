"""The second annotation of the blind7 and blind8 quotation sets (``benchmarks/data/quotes_second_*.jsonl``) and
the agreement script that reads it (``benchmarks/quotes_agreement.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


@pytest.mark.parametrize("name", ["blind7", "blind8"])
def test_the_second_annotation_covers_the_gold_regions_with_valid_fields(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / f"quotes_second_{name}.jsonl").read_text("utf-8").splitlines()]
    gold = [json.loads(line) for line in (DATA / f"quotes_gold_{name}.jsonl").read_text("utf-8").splitlines()]
    assert {(r["line"], r["start"], r["end"]) for r in rows} == {(g["line"], g["start"], g["end"]) for g in gold}
    for r in rows:
        assert r["kind"] in ("quote", "scare", "name", "term")
        if r["kind"] != "quote":
            assert r["speaker"] == r["canonical"] == ""
        elif r["speaker"]:
            assert r["canonical"]


def test_compare_counts_same_other_missing_and_extra_speakers() -> None:
    mod = load_benchmark("quotes_agreement")
    gold = {
        (1, 0): {"kind": "quote", "attributed": True, "canonical": "Dana Lee", "aliases": ["Lee"], "speaker": "she",
                 "head": "a"},
        (1, 9): {"kind": "quote", "attributed": True, "canonical": "Ann Ray", "aliases": [], "speaker": "Ray",
                 "head": "b"},
        (1, 20): {"kind": "quote", "attributed": True, "canonical": "Bo Kim", "aliases": [], "speaker": "Kim",
                  "head": "c"},
        (1, 30): {"kind": "term", "head": "d"},
    }
    second = {
        (1, 0): {"kind": "quote", "speaker": "she", "canonical": "Ms. Lee", "note": ""},
        (1, 9): {"kind": "quote", "speaker": "he", "canonical": "Bo Kim", "note": ""},
        (1, 20): {"kind": "scare", "speaker": "", "canonical": "", "note": ""},
        (1, 30): {"kind": "quote", "speaker": "the law", "canonical": "the law", "note": ""},
    }
    counts, notes = mod.compare(gold, second)
    assert (counts["same"], counts["other"], counts["none"], counts["extra"]) == (1, 1, 1, 1)
    assert counts["attributed"] == 3 and counts["kind_same"] == 2 and len(notes) == 3
    with pytest.raises(SystemExit):
        mod.compare(gold, {k: v for k, v in second.items() if k != (1, 30)})
