"""The blind actor-sentiment and frame sheets (``benchmarks/data/README_sentiment_frames.md``): the sheets are what
the seeded sampler draws, the gold files are complete and consistent, and the scoring helpers count as documented.
No framing scorer is run here."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from framing.policy_frames import FRAMES
from tests.benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
needs_news = pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def sheets() -> ModuleType:
    return load_benchmark("sentiment_frames_sheets")


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    return load_benchmark("sentiment_frames_eval")


@needs_news
def test_sheets_are_the_seeded_draw_and_leave_out_unread_sets(sheets: ModuleType) -> None:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    assert sheets.sample_sentiment(lines) == _read(DATA / "actor_sentiment_sheet.jsonl")
    assert sheets.sample_frames(lines) == _read(DATA / "frames_sheet.jsonl")
    unread = sheets.unread_lines()
    assert len(unread) > 50
    for name in ("actor_sentiment_sheet.jsonl", "frames_sheet.jsonl"):
        rows = _read(DATA / name)
        assert not {r["line"] for r in rows} & unread
        assert all(json.loads(lines[r["line"]])["id"] == r["doc_id"] for r in rows)


@needs_news
def test_training_sheet_is_the_seeded_draw_outside_both_blind_sheets(sheets: ModuleType) -> None:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    taken = frozenset(r["line"] for name in ("actor_sentiment_sheet.jsonl", "frames_sheet.jsonl")
                      for r in _read(DATA / name))
    train = _read(DATA / "actor_sentiment_train_sheet.jsonl")
    assert sheets.sample_sentiment(lines, n_articles=150, seed=4003, exclude=taken, split="train") == train
    assert not {r["line"] for r in train} & (taken | sheets.unread_lines())


@needs_news
@pytest.mark.parametrize("name", ["actor_sentiment_sheet.jsonl", "actor_sentiment_train_sheet.jsonl"])
def test_sentence_offsets_point_into_the_articles(name: str) -> None:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    for r in _read(DATA / name):
        assert json.loads(lines[r["line"]])["text"][r["start"]:r["end"]] == r["sentence"]


@pytest.mark.parametrize(("sheet_name", "gold_name", "n"), [
    ("actor_sentiment_sheet.jsonl", "actor_sentiment_gold_A.jsonl", 200),
    ("actor_sentiment_sheet.jsonl", "actor_sentiment_gold_B.jsonl", 200),
    ("actor_sentiment_train_sheet.jsonl", "actor_sentiment_train_gold.jsonl", 600)])
def test_sentiment_gold_is_complete_and_its_mentions_are_in_their_sentences(ev: ModuleType, sheet_name: str,
                                                                          gold_name: str, n: int) -> None:
    sheet = _read(DATA / sheet_name)
    gold = _read(DATA / gold_name)
    assert [g["sid"] for g in gold] == [r["sid"] for r in sheet] == list(range(n))
    targets = ev.gold_targets(sheet, gold)
    assert len(targets) > 1.2 * n
    by_sid = {r["sid"]: r for r in sheet}
    for t in targets:
        item = by_sid[t["sid"]]
        assert item["sentence"][t["start"] - item["start"]:t["end"] - item["start"]] == t["mention"]
        assert t["stance"] in ev.STANCES
        assert t["type"] in {"person", "organisation", "country", "group"}


def test_gold_target_not_in_its_sentence_is_an_error(ev: ModuleType) -> None:
    sheet = [{"sid": 0, "split": "dev", "line": 1, "start": 10, "end": 30, "sentence": "Obama met Obama today"}]
    t = ev.gold_targets(sheet, [{"sid": 0, "targets": [{"mention": "Obama", "occurrence": 2, "stance": "neu"}]}])
    assert (t[0]["start"], t[0]["end"]) == (20, 25)
    with pytest.raises(ValueError, match="occurrence 3"):
        ev.gold_targets(sheet, [{"sid": 0, "targets": [{"mention": "Obama", "occurrence": 3, "stance": "neu"}]}])


@pytest.mark.parametrize("annotator", ["A", "B"])
def test_frames_gold_is_complete_and_uses_codebook_frames(annotator: str) -> None:
    gold = _read(DATA / f"frames_gold_{annotator}.jsonl")
    assert [g["aid"] for g in gold] == list(range(50))
    for g in gold:
        assert g["primary"] in FRAMES
        assert g["secondary"] is None or (g["secondary"] in FRAMES and g["secondary"] != g["primary"])
        assert isinstance(g["clear"], bool)


def test_stance_thresholds_are_vaders(ev: ModuleType) -> None:
    assert [ev.stance_of(x) for x in (-0.05, -0.049, 0.0, 0.049, 0.05, None)] == ["neg", "neu", "neu", "neu", "pos",
                                                                                  None]


def test_pairs_count_order_within_sentences_and_ties_half(ev: ModuleType) -> None:
    rows = [{"sid": 1, "stance": "neg", "s": -0.5}, {"sid": 1, "stance": "pos", "s": 0.2},  # ordered right
            {"sid": 1, "stance": "neu", "s": 0.2},  # vs neg: right; vs pos: a tie (half)
            {"sid": 2, "stance": "pos", "s": -0.1}, {"sid": 2, "stance": "neg", "s": 0.3},  # wrong
            {"sid": 3, "stance": "neg", "s": None}, {"sid": 3, "stance": "pos", "s": 0.1}]  # uncovered: no pair
    share, n = ev._pairs(rows, "s")
    assert n == 4
    assert share == pytest.approx((1 + 1 + 0.5 + 0) / 4)


def test_agreement_and_consensus_match_targets_by_overlap(ev: ModuleType) -> None:
    a = [{"line": 1, "start": 0, "end": 5, "stance": "neg"}, {"line": 1, "start": 10, "end": 15, "stance": "neu"},
         {"line": 2, "start": 0, "end": 5, "stance": "pos"}]
    b = [{"line": 1, "start": 2, "end": 8, "stance": "neg"}, {"line": 1, "start": 10, "end": 15, "stance": "pos"}]
    out = ev.agreement_sentiment(a, b)[0]
    assert "matched 2 (target F1 0.80)" in out
    assert "stance agreement 1/2" in out
    assert ev.consensus(a, b) == [a[0]]
