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


def test_bootstrap_indices_ci_is_a_plain_index_bootstrap_that_skips_undefined_resamples() -> None:
    from framing.stats import bootstrap_indices_ci

    x = np.random.default_rng(2).normal(0, 1, 60)
    rng = np.random.default_rng(4)
    plain = [float(x[rng.integers(0, 60, 60)].mean()) for _ in range(500)]
    lo, hi = bootstrap_indices_ci(lambda ix: float(x[ix].mean()), 60, n_boot=500, seed=4)
    a = (1 - 0.95) / 2  # the former ml.evaluate.bootstrap_ci's quantile, to the last bit
    assert (lo, hi) == (float(np.quantile(plain, a)), float(np.quantile(plain, 1 - a)))
    # NaN statistics (say, AUC of a one-class resample) are left out; all NaN gives NaN bounds
    lo2, hi2 = bootstrap_indices_ci(lambda ix: float(x[ix].mean()) if ix[0] % 2 else float("nan"), 60,
                                    n_boot=500, seed=4)
    assert lo2 < hi2 and not math.isnan(lo2)
    assert all(math.isnan(v) for v in bootstrap_indices_ci(lambda ix: float("nan"), 60, n_boot=50))


def test_bootstrap_weights_resample_sums_like_indices() -> None:
    from framing.stats import bootstrap_weights

    w = bootstrap_weights(25, n_boot=40, seed=1)
    assert w.shape == (40, 25) and np.all(w.sum(axis=1) == 25) and np.all(w >= 0)
    rng = np.random.default_rng(1)
    mat = np.arange(50.0).reshape(25, 2)
    assert np.allclose(w @ mat, [mat[rng.integers(0, 25, 25)].sum(axis=0) for _ in range(40)])
    assert np.array_equal(w, bootstrap_weights(25, n_boot=40, seed=1))


def test_percentile_interval_ignores_nan_per_column_and_f1_from() -> None:
    from framing.stats import f1_from, percentile_interval

    s = np.array([[1.0, np.nan], [2.0, np.nan], [3.0, np.nan]])
    lo, hi = percentile_interval(s, 0.5)
    assert lo[0] == 1.5 and hi[0] == 2.5 and math.isnan(lo[1]) and math.isnan(hi[1])
    assert float(f1_from(0.5, 1.0)) == 2 / 3 and float(f1_from(0.0, 0.0)) == 0.0
    assert math.isnan(float(f1_from(np.nan, 1.0)))


def test_bootstrap_sums_equal_the_weight_matrix_product_in_bounded_chunks():
    from framing.stats import bootstrap_sums, bootstrap_weights

    m = np.random.default_rng(1).integers(0, 9, (37, 3)).astype(float)
    expected = bootstrap_weights(37, n_boot=50, seed=3) @ m
    for max_cells in (37, 37 * 7, 10**9):  # one resample per chunk, seven, all at once: the same draws
        assert np.array_equal(bootstrap_sums(m, n_boot=50, seed=3, max_cells=max_cells), expected)
    assert bootstrap_sums(np.zeros((0, 2)), n_boot=4).shape == (4, 2)
