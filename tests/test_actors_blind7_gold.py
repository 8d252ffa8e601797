"""Consistency of the blind7 actors/labels gold (benchmarks/data/actors_blind7_*; see README_devices.md).

Checks the files only (no framing code is run on the blind lines): structure always, offsets against the AllSides
texts when ``../shared`` is present.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
RAW = DATA / "actors_blind7_raw.json"
GOLD = DATA / "actors_blind7_gold.jsonl"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
# the blind7 pool (drawn by the coordinator, seed 70, from lines 1875-1999 not used by any earlier gold file), in pool
# order; the first 15 usable lines are annotated, the rest are recorded as not reached
POOL = [1925, 1884, 1883, 1970, 1937, 1980, 1923, 1911, 1929, 1920, 1968, 1900, 1886, 1928, 1877, 1888, 1998, 1996,
        1953, 1939, 1982, 1971, 1881, 1876, 1875, 1908, 1907, 1882, 1905, 1912]
TYPES = {"person", "organisation", "group", "place", "country"}
KINDS = {"title", "descriptive", "ideological"}


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RAW.read_text(encoding="utf-8"))
    return data


def _gold() -> list[dict[str, Any]]:
    return [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]


def _eval_actors() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_actors_blind7", ROOT / "benchmarks" / "eval_actors.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_lines_are_the_first_fifteen_usable_pool_lines() -> None:
    raw = _raw()
    lines = [d["line"] for d in raw["docs"]]
    skipped = [s["line"] for s in raw["skipped"]]
    assert len(lines) == 15
    taken = sorted(lines + skipped, key=POOL.index)
    assert taken == POOL[: len(taken)]  # pool order, nothing passed over silently
    assert lines == [x for x in POOL if x in lines]
    assert [g["line"] for g in _gold()] == lines
    assert raw["not_reached"] == [x for x in POOL if x not in lines and x not in skipped]


def test_actors_and_labels_are_well_formed() -> None:
    for doc in _gold():
        names = [a["canonical"] for a in doc["actors"]]
        assert len(names) == len(set(names)), doc["line"]
        for a in doc["actors"]:
            assert set(a["type"].split("|")) <= TYPES, (doc["line"], a)
            assert a["mentions"], (doc["line"], a["canonical"])
            assert all(s < e for s, e in a["mentions"])
        for lab in doc["labels"]:
            assert lab["actor"] in names, (doc["line"], lab)
            assert lab["kind"] in KINDS, (doc["line"], lab)
        spans = sorted([tuple(m) for a in doc["actors"] for m in a["mentions"]] + [tuple(x) for x in doc["ignore"]])
        # mentions and ignore spans never overlap (resolve takes forms longest first)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), doc["line"]


@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")
def test_offsets_match_the_article_texts() -> None:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    for doc in _gold():
        rec = json.loads(lines[doc["line"]])
        text = rec["text"]
        assert rec["id"] == doc["id"]
        for a in doc["actors"]:
            assert sorted({text[s:e] for s, e in a["mentions"]}) == a["surface"], (doc["line"], a["canonical"])
        for lab in doc["labels"]:
            assert text[lab["start"]:lab["end"]] == lab["text"], (doc["line"], lab)
        for s, e in doc["ignore"]:
            assert text[s:e].strip() == text[s:e] and e > s


@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")
def test_gold_is_the_resolved_raw_annotation() -> None:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    assert _eval_actors().resolve(_raw(), lines) == _gold()
