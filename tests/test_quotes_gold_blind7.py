"""Integrity of the blind7 quotation gold (``benchmarks/data/quotes_gold_blind7.jsonl``).

The gold stores offsets and the first 30 characters of each region, not the texts; the offsets are checked against
``../shared/data/allsides-news-sample/news.jsonl`` when it is present (skipped otherwise). No framing code is run on
the articles: this only reads the gold and the raw text.

"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "quotes_gold_blind7.jsonl"
README = ROOT / "benchmarks" / "data" / "quotes_README.md"
HEADER = "## `quotes_gold_blind7.jsonl`"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"

#: the main articles (every region annotated), in the order of the blind7 quotes pool (seed 70, lines 1250-1499)
MAIN_LINES = [1493, 1384, 1355, 1289, 1450, 1383, 1252, 1456, 1356, 1317, 1299, 1348, 1466, 1461, 1276]
KINDS = {"quote", "scare", "name", "term"}
OPENING = '"“‘'
CLOSING = '"”’'


def _rows() -> list[dict[str, Any]]:
    with open(GOLD, encoding="utf-8") as f:
        return [json.loads(raw) for raw in f if raw.strip()]


def _section() -> str:
    readme = README.read_text(encoding="utf-8")
    assert HEADER in readme
    return readme.split(HEADER, 1)[1].split("\n## ", 1)[0]


def test_fields_and_labels() -> None:
    rows = _rows()
    assert rows
    for r in rows:
        assert r["kind"] in KINDS, r
        assert r["scope"] == "all", r  # main scope only: no scare-quote supplement in blind7
        assert 1250 <= r["line"] <= 1499, r
        assert 0 <= r["start"] < r["end"], r
        assert len(r["head"]) <= 30, r
        if r["kind"] == "quote":
            assert isinstance(r["attributed"], bool), r
            if r["attributed"]:
                assert r["speaker"] and r["canonical"], r
                assert isinstance(r["aliases"], list), r
            else:
                assert r["speaker"] is None and r["canonical"] is None and r["aliases"] == [], r
        else:
            assert "attributed" not in r and "speaker" not in r, r
    assert sorted({r["line"] for r in rows}) == sorted(MAIN_LINES)
    # every kept article has at least 3 direct quotations (the sampling rule)
    quotes = Counter(r["line"] for r in rows if r["kind"] == "quote")
    assert all(quotes[ln] >= 3 for ln in MAIN_LINES), quotes
    # regions of a line do not overlap and are sorted
    by_line: dict[int, list[tuple[int, int]]] = {}
    for r in rows:
        by_line.setdefault(r["line"], []).append((r["start"], r["end"]))
    for spans in by_line.values():
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_counts_match_readme() -> None:
    rows = _rows()
    c = Counter((r["kind"], r.get("attributed")) for r in rows)
    section = _section()
    attributed = c["quote", True]
    assert f"**{len(rows)} regions, {attributed} attributed quotations**" in section
    assert f"**{c['scare', None]} scare quotes" in section
    assert (
        f"{c['quote', False]} unattributed, {c['scare', None]} scare, {c['name', None]} names, "
        f"{c['term', None]} terms" in section
    )


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared/data/allsides-news-sample/news.jsonl")
def test_offsets_against_news() -> None:
    with open(NEWS, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for r in _rows():
        d = json.loads(lines[r["line"]])
        assert d["id"] == r["doc_id"], r
        text = d["text"]
        span = text[r["start"] : r["end"]]
        # head: the 30 characters from the start, as in the earlier sets (eval_quotes.py checks it)
        assert text[r["start"] : r["start"] + 30] == r["head"], r
        assert span[0] in OPENING, r
        # a region ends with a closing mark, or runs to the end of its paragraph (quotation left open)
        assert span[-1] in CLOSING or r["end"] == len(text) or text[r["end"]] == "\n", r
        assert "\n" not in span, r
        assert len(re.findall(r"[\w'’-]+", span)) >= 1, r
