"""The rating-correlation helpers of ``benchmarks/sentence_ratings.py`` (issue 12 item 5)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from sentence_ratings import babe_ratings, mbic_ratings, partial_spearman, spearman


def test_spearman_is_rank_based() -> None:
    x = np.arange(20.0)
    assert spearman(x, np.exp(x)) == 1.0
    assert spearman(x, -(x ** 3)) == -1.0
    assert np.isnan(spearman(x, np.ones(20)))


def test_partial_spearman_removes_a_shared_driver() -> None:
    rng = np.random.default_rng(0)
    z = rng.normal(size=4000)
    x, y = z + 0.3 * rng.normal(size=4000), z + 0.3 * rng.normal(size=4000)
    assert spearman(x, y) > 0.8
    assert abs(partial_spearman(x, y, z)) < 0.05
    w = rng.normal(size=4000)
    assert partial_spearman(w + z, w + 0.1 * rng.normal(size=4000), z) > 0.5


def test_ratings_readers(tmp_path: Path) -> None:
    (tmp_path / "mbic").mkdir()
    (tmp_path / "mbic" / "raw_labels_MBIC.csv").write_text(
        "text,label_bias,label_opinion\n"
        "A  sentence.,Biased,Expresses writer’s opinion\n"
        "a sentence.,Non-biased,Entirely factual\n"
        "a sentence.,Biased,Somewhat factual but also opinionated\n"
        "Other one.,No agreement,Entirely factual\n", encoding="utf-8")
    r = mbic_ratings(tmp_path)
    assert set(r) == {"a sentence."}
    assert r["a sentence."] == {"bias": 2 / 3, "opinion": 0.5, "n": 3.0}
    (tmp_path / "babe").mkdir()
    (tmp_path / "babe" / "raw_labels_SG2.csv").write_text(
        "text,Label_bias_0-1\nS one.,1\nS one.,0\nS one.,1\nS two.,1\nS two.,\n", encoding="utf-8")
    b = babe_ratings(tmp_path)
    assert b == {"s one.": {"bias": 2 / 3, "n": 3.0}}  # 'S two.' has one usable rating
