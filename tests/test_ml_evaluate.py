"""Evaluation metrics, bootstrap CIs and the cross-validation helpers."""

from __future__ import annotations

import numpy as np
import pytest

from framing.ml.evaluate import (
    bootstrap_ci,
    classification_metrics,
    cross_validate_classifier,
    cross_validate_tagger,
    format_metrics,
    span_metrics,
    span_token_counts,
)
from tests.ml_data import tiny_sentences, tiny_span_docs


def test_classification_metrics_known_values() -> None:
    y = [1, 1, 1, 0, 0, 0, 1, 0]
    p = [0.9, 0.8, 0.3, 0.6, 0.1, 0.2, 0.7, 0.4]
    m = classification_metrics(y, p, n_boot=200)
    assert m["precision"] == pytest.approx(3 / 4)
    assert m["recall"] == pytest.approx(3 / 4)
    assert m["f1"] == pytest.approx(0.75)
    assert m["roc_auc"] == pytest.approx(14 / 16)
    for k in ("precision", "recall", "f1", "roc_auc"):
        lo, hi = m[f"{k}_ci"]
        assert 0 <= lo <= m[k] <= hi <= 1
    assert "95% CI" in format_metrics("t", m)


def test_bootstrap_ci_is_seeded_and_narrows() -> None:
    x = np.random.default_rng(0).normal(size=400)
    a = bootstrap_ci(lambda ix: float(x[ix].mean()), len(x), n_boot=300, seed=1)
    b = bootstrap_ci(lambda ix: float(x[ix].mean()), len(x), n_boot=300, seed=1)
    assert a == b and a[0] < x.mean() < a[1]
    small = bootstrap_ci(lambda ix: float(x[:40][ix].mean()), 40, n_boot=300, seed=1)
    assert (small[1] - small[0]) > (a[1] - a[0])


def test_span_token_counts_follow_span_f1_rule() -> None:
    text = "The far-right mob attacked."
    # tokens: The far right mob attacked ; gold covers far-right, pred covers right mob
    tp, fp, fn = span_token_counts(text, [(4, 13)], [(8, 17)])
    assert (tp, fp, fn) == (1, 1, 1)
    m = span_metrics([(tp, fp, fn), (2, 0, 0)], n_boot=100)
    assert m["precision"] == pytest.approx(3 / 4) and m["tp"] == 3


def test_cross_validation_is_reproducible() -> None:
    texts, labels, words = tiny_sentences()
    params = {"lexicon_features": False, "min_df": 1}
    a = cross_validate_classifier(texts, labels, biased_words=words, folds=3, seed=0, n_boot=50, params=params)
    b = cross_validate_classifier(texts, labels, biased_words=words, folds=3, seed=0, n_boot=50, params=params)
    assert a == b and a["f1"] > 0.8 and len(a["fold_f1"]) == 3
    docs, spans = tiny_span_docs()
    t = cross_validate_tagger(docs, spans, folds=3, seed=0, n_boot=50, params={"n_features": 2**12})
    assert t["f1"] > 0.5 and t["n_documents"] == len(docs)
