"""framing.stats: the one statistics module shared by the reports and the workbench."""

from __future__ import annotations

import math

import numpy as np
import pytest

from framing.stats import bootstrap_ci, precision_recall_f1, wilson_interval


def test_bootstrap_ci_matches_a_plain_percentile_bootstrap() -> None:
    x = np.random.default_rng(1).exponential(2.0, 60)
    m, lo, hi = bootstrap_ci(x, n_boot=4000, seed=5)
    rng = np.random.default_rng(99)
    means = x[rng.integers(0, x.size, size=(4000, x.size))].mean(axis=1)
    ref_lo, ref_hi = np.quantile(means, [0.025, 0.975])
    assert m == pytest.approx(x.mean())
    assert lo == pytest.approx(ref_lo, abs=0.12) and hi == pytest.approx(ref_hi, abs=0.12)
    assert bootstrap_ci([3.0, 3.0, 3.0]) == (3.0, 3.0, 3.0)


def test_bootstrap_ci_memory_bounded_batches_give_the_same_interval_shape() -> None:
    big = np.random.default_rng(2).normal(size=50_000)
    m, lo, hi = bootstrap_ci(big, n_boot=200, seed=0)
    assert lo < m < hi and hi - lo < 0.05


def test_wilson_interval_does_not_collapse_at_zero() -> None:
    lo, hi = wilson_interval(0, 39)
    assert lo == 0.0 and hi == pytest.approx(0.0898, abs=1e-3)
    assert wilson_interval(39, 39)[1] == 1.0
    assert all(math.isnan(v) for v in wilson_interval(0, 0))


def test_precision_recall_f1_elementwise() -> None:
    p, r, f = precision_recall_f1(np.array([2.0, 0.0, 0.0]), np.array([2.0, 0.0, 3.0]), np.array([4.0, 0.0, 2.0]))
    assert p[0] == 0.5 and r[0] == 0.5 and f[0] == 0.5
    assert math.isnan(p[1]) and math.isnan(r[1]) and math.isnan(f[1])
    assert p[2] == 0.0 and r[2] == 0.0 and f[2] == 0.0
