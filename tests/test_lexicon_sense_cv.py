"""The session-17 per-use disambiguation experiment (benchmarks/lexicon_sense_cv.py): its features on both sides of
each cue, the training-fold-only entry prior and the threshold rule. The experiment did not qualify for shipping,
so nothing here touches the product."""

from __future__ import annotations

import numpy as np
import pytest

from framing.document import Document
from tests.benchmark_scripts import load_benchmark

ls = load_benchmark("lexicon_sense_cv")


def _features(text: str, word: str, category: str = "emotive", in_quote: bool = False) -> dict[str, float]:
    start = text.index(word)
    return ls.hit_features(Document(text), start, start + len(word), category, 0.5, in_quote)


def test_every_feature_is_computed() -> None:
    f = _features("Critics said the plan was reckless and cruel.", "reckless")
    assert set(f) == set(ls.FEATURES)
    assert f["weight"] == 0.5 and f["cat_emotive"] == 1.0


@pytest.mark.parametrize(
    ("text", "word", "feature"),
    [
        ('He said the word "racist" is overused today.', "racist", "meta_before"),
        ('He said the word "racist" is overused today.', "racist", "quote_adjacent"),
        ("She avoided labeling them bigots in the speech.", "bigots", "naming_before"),
        ("It is not going to be a circus, he said.", "circus", "negated"),
        ("The agency denied it was a hoax in a statement.", "hoax", "denial_before"),
        ("The film is called Kingdom of the Unjust by its makers.", "Unjust", "cap_mid"),
        ("The group Deep State Watch sued the agency.", "State", "cap_prev"),
        ("They own a junk bond fund now.", "junk", "next_noun"),
    ],
)
def test_cue_fires(text: str, word: str, feature: str) -> None:
    assert _features(text, word)[feature] == 1.0


@pytest.mark.parametrize(
    ("text", "word", "feature"),
    [
        ("He is a racist who is overused today.", "racist", "meta_before"),
        ("He is a racist who is overused today.", "racist", "quote_adjacent"),
        ("She said they were bigots in the speech.", "bigots", "naming_before"),
        ("It is going to be a circus, he said.", "circus", "negated"),
        ("The agency said it was a hoax in a statement.", "hoax", "denial_before"),
        ("The film is about the unjust laws of the time.", "unjust", "cap_mid"),
        ("The group said the state had sued the agency.", "state", "cap_prev"),
        ("They were junk, all of them.", "junk", "next_noun"),
    ],
)
def test_cue_does_not_fire(text: str, word: str, feature: str) -> None:
    assert _features(text, word)[feature] == 0.0


def test_possessive_is_not_a_quote_mark() -> None:
    assert _features("The regime's army moved in.", "regime")["quote_adjacent"] == 0.0


def test_entry_prior_uses_training_items_only() -> None:
    y = np.array([1, 1, 0, 1])
    terms = ["a", "a", "b", "b"]
    m = y.mean()
    unseen = ls.entry_prior(terms, y, ["c"], alpha=4.0)
    assert unseen[0] == pytest.approx(m)  # an unseen entry gets the training mean
    seen = ls.entry_prior(terms, y, ["a"], alpha=4.0)
    assert seen[0] == pytest.approx((2 + 4 * m) / (2 + 4))
    loo = ls.entry_prior(terms, y, terms, alpha=4.0, loo=True)
    assert loo[0] == pytest.approx((1 + 4 * m) / (1 + 4))  # its own judgment left out


def test_threshold_keeps_loss_within_bound() -> None:
    p = np.array([0.1, 0.2, 0.3, 0.6, 0.7, 0.8, 0.9, 0.95])
    y = np.array([0, 1, 0, 1, 1, 1, 1, 1])
    t = ls.pick_threshold(p, y, max_loss=0.2)  # 6 loaded: at most one may go
    assert ((p < t) & (y == 1)).sum() <= 1
    assert t == pytest.approx(0.6)


def test_wilson() -> None:
    lo, hi = ls.wilson(922, 1007)
    assert lo == pytest.approx(0.897, abs=1e-3) and hi == pytest.approx(0.931, abs=1e-3)
