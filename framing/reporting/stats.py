"""Statistics for reports: percentile-bootstrap confidence intervals and the Monroe et al. (2008) log-odds ratio.

Both are small, pure functions over plain numbers so that they can be tested on their own.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from framing.exceptions import ReportError

__all__ = ["bootstrap_ci", "log_odds_dirichlet"]


def bootstrap_ci(
    values: Sequence[float] | np.ndarray,
    *,
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float, float]:
    """The mean of ``values`` with a percentile-bootstrap confidence interval: ``(mean, low, high)``.

    Resamples are drawn in chunks, so memory stays bounded for large groups. With fewer than two values the
    interval collapses onto the mean (``nan`` for no values): there is nothing to resample.
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
    rng = np.random.default_rng(seed)
    means = np.empty(n_boot)
    chunk = max(1, min(n_boot, 2_000_000 // n))
    for i in range(0, n_boot, chunk):
        k = min(chunk, n_boot - i)
        idx = rng.integers(0, n, size=(k, n))
        means[i : i + k] = x[idx].mean(axis=1)
    alpha = (1 - level) / 2
    lo, hi = np.quantile(means, [alpha, 1 - alpha])
    return (mean, float(lo), float(hi))


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
