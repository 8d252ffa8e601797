"""Checks shared by the blind actors/labels gold sets (``benchmarks/data/actors_blindN_*``; README_devices.md).

Each ``test_actors_blindN_gold.py`` names its files and pool and calls these. Files only: no framing code is run on
the blind lines; offsets are checked against the AllSides texts when ``../shared`` is present.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
TYPES = {"person", "organisation", "group", "place", "country"}
KINDS = {"title", "descriptive", "ideological"}


def read_raw(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _eval_actors() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_actors_gold_checks", ROOT / "benchmarks" / "eval_actors.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_pool_order(raw: dict[str, Any], gold: list[dict[str, Any]], pool: list[int], *,
                     not_reached: bool = True) -> None:
    """The annotated lines are the first fifteen usable lines of the pool, in pool order (``not_reached``: the raw
    file also lists the rest of the pool as not reached)."""
    lines = [d["line"] for d in raw["docs"]]
    skipped = [s["line"] for s in raw["skipped"]]
    assert len(lines) == 15
    taken = sorted(lines + skipped, key=pool.index)
    assert taken == pool[: len(taken)]  # pool order, nothing passed over silently
    assert lines == [x for x in pool if x in lines]
    assert [g["line"] for g in gold] == lines
    if not_reached:
        assert raw["not_reached"] == [x for x in pool if x not in lines and x not in skipped]


def check_well_formed(gold: list[dict[str, Any]]) -> None:
    """Unique canonical names, known types and label kinds, mentions and ``ignore`` spans that never overlap."""
    for doc in gold:
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


def check_offsets(gold: list[dict[str, Any]]) -> None:
    """Every mention, label and ``ignore`` offset against the article text (needs ``NEWS``)."""
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    for doc in gold:
        rec = json.loads(lines[doc["line"]])
        text = rec["text"]
        assert rec["id"] == doc["id"]
        for a in doc["actors"]:
            assert sorted({text[s:e] for s, e in a["mentions"]}) == a["surface"], (doc["line"], a["canonical"])
        for lab in doc["labels"]:
            assert text[lab["start"]:lab["end"]] == lab["text"], (doc["line"], lab)
        for s, e in doc["ignore"]:
            assert text[s:e].strip() == text[s:e] and e > s


def check_resolved(raw: dict[str, Any], gold: list[dict[str, Any]]) -> None:
    """The gold file is exactly ``eval_actors.resolve`` of the raw annotation (needs ``NEWS``)."""
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    assert _eval_actors().resolve(raw, lines) == gold
