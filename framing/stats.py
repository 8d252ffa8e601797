"""The statistics of reports and of the workbench, in one place: small pure functions over plain numbers.

- :func:`bootstrap_ci`: the mean with a percentile-bootstrap interval (``scipy.stats.bootstrap``);
- :func:`bootstrap_indices_ci`: a percentile-bootstrap interval of any statistic of resampled unit indices
  (P/R/F1 or ROC AUC over items or documents);
- :func:`bootstrap_weights`: how often each unit occurs in each resample, so that resampled sums of many
  count columns are one matrix product (the workbench's per-entry P/R/F1);
- :func:`bootstrap_sums`: the same resampled column sums with memory bounded for many units (report
  findings: spans and words per document);
- :func:`percentile_interval`: NaN-ignoring percentile bounds of resampled statistics;
- :func:`wilson_interval`: the Wilson score interval of a proportion;
- :func:`precision_recall_f1`: precision, recall and F1 from counts, element-wise; :func:`f1_from` the F1 of
  a precision and a recall (say, of interval bounds);
- :func:`log_odds_dirichlet`: the Monroe et al. (2008) log-odds ratio with an informative Dirichlet prior.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence

import numpy as np

from framing.exceptions import ReportError

__all__ = [
    "bootstrap_ci",
    "bootstrap_indices_ci",
    "bootstrap_sums",
    "bootstrap_weights",
    "f1_from",
    "log_odds_dirichlet",
    "percentile_interval",
    "precision_recall_f1",
    "wilson_interval",
]


def bootstrap_ci(
    values: Sequence[float] | np.ndarray,
    *,
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float, float]:
    """The mean of ``values`` with a percentile-bootstrap confidence interval: ``(mean, low, high)``.

    ``scipy.stats.bootstrap`` with the percentile method, seeded; resamples are drawn in batches, so memory
    stays bounded for large groups. With fewer than two values (or all equal) the interval collapses onto the
    mean (``nan`` for no values): there is nothing to resample.
    """
    if not 0 < level < 1:
        raise ReportError(f"The 'level' parameter of bootstrap_ci must be between 0 and 1; got {level!r} instead.")
    if n_boot < 1:
        raise ReportError(f"The 'n_boot' parameter of bootstrap_ci must be at least 1; got {n_boot!r} instead.")
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    n = x.size
    if n == 0:
        return (math.nan, math.nan, math.nan)
    mean = float(x.mean())
    if n < 2:
        return (mean, mean, mean)
    if np.all(x == x[0]):
        return (mean, mean, mean)  # every resample has the same mean
    from scipy.stats import bootstrap

    # resamples in batches, so memory stays bounded for large groups
    res = bootstrap((x,), np.mean, n_resamples=n_boot, confidence_level=level, method="percentile",
                    random_state=np.random.default_rng(seed), vectorized=True,
                    batch=max(1, min(n_boot, 2_000_000 // n)))
    lo, hi = res.confidence_interval
    return (mean, float(lo), float(hi))


def _resamples(n: int, n_boot: int, seed: int) -> Iterator[np.ndarray]:
    """``n_boot`` arrays of ``n`` unit indices drawn with replacement, seeded: the one resampling of the
    index bootstraps below."""
    rng = np.random.default_rng(seed)
    for _ in range(n_boot):
        yield rng.integers(0, n, n)


def percentile_interval(samples: Sequence[float] | np.ndarray, level: float = 0.95
                        ) -> tuple[np.ndarray, np.ndarray]:
    """The ``level`` percentile interval of bootstrap ``samples`` along the first axis, ignoring NaN
    (resamples where the statistic is undefined); NaN bounds where every resample is NaN."""
    a = (1 - level) / 2
    x = np.asarray(samples, dtype=float)
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns
        lo = np.nanquantile(x, a, axis=0) if x.shape[0] else np.full(x.shape[1:], np.nan)
        hi = np.nanquantile(x, 1 - a, axis=0) if x.shape[0] else np.full(x.shape[1:], np.nan)
    return np.asarray(lo), np.asarray(hi)


def bootstrap_indices_ci(stat: Callable[[np.ndarray], float], n: int, *, n_boot: int = 1000, seed: int = 0,
                         level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap CI of ``stat(indices)`` over ``n`` units resampled with replacement.

    Resamples where ``stat`` is NaN (say, AUC with one class) are left out; ``(nan, nan)`` if all are.
    """
    vals = [stat(ix) for ix in _resamples(n, n_boot, seed)]
    lo, hi = percentile_interval(vals, level)
    return float(lo), float(hi)


def bootstrap_weights(n: int, *, n_boot: int = 1000, seed: int = 0) -> np.ndarray:
    """``(n_boot, n)`` counts of each of ``n`` units in each resample (rows sum to ``n``): ``weights @ mat``
    gives the resampled column sums of a per-unit count matrix ``mat`` in one product."""
    w = np.zeros((n_boot, n))
    for i, ix in enumerate(_resamples(n, n_boot, seed)):
        w[i] = np.bincount(ix, minlength=n)
    return w


def bootstrap_sums(matrix: Sequence[Sequence[float]] | np.ndarray, *, n_boot: int = 1000, seed: int = 0,
                   max_cells: int = 4_000_000) -> np.ndarray:
    """``(n_boot, k)`` column sums of an ``(n, k)`` per-unit matrix over ``n_boot`` resamples of its ``n`` rows
    (drawn with replacement, seeded). Equal to ``bootstrap_weights(n) @ matrix`` in distribution, but the
    weights are built ``max_cells // n`` resamples at a time, so memory stays bounded for 100,000 documents."""
    m = np.asarray(matrix, dtype=float)
    if m.ndim != 2:
        raise ReportError(f"bootstrap_sums expects a 2-D matrix (units x columns); got {m.ndim} dimension(s).")
    n = m.shape[0]
    out = np.zeros((n_boot, m.shape[1]))
    if n == 0:
        return out
    rng = np.random.default_rng(seed)
    chunk = max(1, min(n_boot, max_cells // n))
    for start in range(0, n_boot, chunk):
        k = min(chunk, n_boot - start)
        flat = (rng.integers(0, n, (k, n)) + (np.arange(k) * n)[:, None]).ravel()
        weights = np.bincount(flat, minlength=k * n).reshape(k, n)
        out[start:start + k] = weights @ m
    return out


def log_odds_dirichlet(
    counts: Mapping[str, Mapping[str, int]],
    *,
    prior_strength: float = 1000.0,
    min_count: int = 1,
) -> dict[str, dict[str, tuple[float, float, int]]]:
    """Per group, each term's log-odds ratio against all other groups with an informative Dirichlet prior.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16-22: the prior is the pooled term distribution
    scaled to ``prior_strength`` pseudo-counts (``alpha_w = prior_strength * y_w / n``), the estimate is

        delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))

    with ``j`` = all other groups, and its z-score is ``delta_w / sqrt(1/(y_iw + a_w) + 1/(y_jw + a_w))``.

    Returns ``{group: {term: (z, delta, count_in_group)}}`` for terms seen at least ``min_count`` times in
    the group.
    """
    if prior_strength <= 0:
        raise ReportError(f"The 'prior_strength' parameter must be above 0; got {prior_strength!r} instead.")
    pooled: dict[str, int] = {}
    for c in counts.values():
        for term, k in c.items():
            pooled[term] = pooled.get(term, 0) + int(k)
    total = sum(pooled.values())
    out: dict[str, dict[str, tuple[float, float, int]]] = {}
    if total == 0:
        return {g: {} for g in counts}
    a0 = float(prior_strength)
    sizes = {g: sum(int(k) for k in c.values()) for g, c in counts.items()}
    for g, c in counts.items():
        n_i = sizes[g]
        n_j = total - n_i
        res: dict[str, tuple[float, float, int]] = {}
        for term, y_i in c.items():
            y_i = int(y_i)
            if y_i < min_count:
                continue
            a_w = a0 * pooled[term] / total
            y_j = pooled[term] - y_i
            num_i = y_i + a_w
            num_j = y_j + a_w
            den_i = n_i + a0 - num_i
            den_j = n_j + a0 - num_j
            if den_i <= 0 or den_j <= 0:
                continue
            delta = math.log(num_i / den_i) - math.log(num_j / den_j)
            var = 1.0 / num_i + 1.0 / num_j
            res[term] = (delta / math.sqrt(var), delta, y_i)
        out[g] = res
    return out


def wilson_interval(k: float, n: float, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval of the proportion ``k / n`` (NaN bounds when ``n`` is 0).

    Unlike a bootstrap or the normal approximation it does not collapse to a point at 0 or 1: 0 of 39 gives
    [0, 0.090] at 95%.
    """
    if n <= 0:
        return float("nan"), float("nan")
    from statistics import NormalDist

    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z / denom * math.sqrt(max(p * (1 - p) / n + z * z / (4 * n * n), 0.0))
    lo, hi = max(0.0, centre - half), min(1.0, centre + half)
    if k <= 0:
        lo = 0.0
    if k >= n:
        hi = 1.0
    return lo, hi


def precision_recall_f1(tp: np.ndarray, fp: np.ndarray, gold: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Element-wise precision ``tp / (tp + fp)``, recall ``tp / gold`` and their F1; NaN where a denominator
    is 0 (F1 is 0 when both are 0, NaN when either is undefined)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(tp + fp > 0, tp / np.maximum(tp + fp, 1e-300), np.nan)
        r = np.where(gold > 0, tp / np.maximum(gold, 1e-300), np.nan)
    return p, r, f1_from(p, r)


def f1_from(p: np.ndarray | float, r: np.ndarray | float) -> np.ndarray:
    """Element-wise F1, the harmonic mean of precision ``p`` and recall ``r``: 0 when both are 0, NaN when
    either is NaN."""
    p, r = np.asarray(p, dtype=float), np.asarray(r, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        f = np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-300), 0.0)
        return np.where(np.isnan(p) | np.isnan(r), np.nan, f)
