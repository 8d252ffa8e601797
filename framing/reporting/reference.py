"""Where one article stands among reference news articles: percentiles shipped in
``framing/data/report_reference.tsv`` (built by ``scripts/build_report_reference.py`` from 1,000 AllSides
articles; only numbers, no text). The file names the framing and lexicon versions it was made with, which a
report repeats: numbers from other lexicon versions compare only roughly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Reference", "load_reference"]


@dataclass(frozen=True)
class Reference:
    """Percentiles 0-100 per measure, the number of articles behind them, and what the file says it is."""

    percentiles: dict[str, tuple[float, ...]]
    n: dict[str, int]
    about: str

    def share_below(self, measure: str, value: float) -> float | None:
        """Percent of reference articles with a value below ``value`` (from the 101 percentiles; ``None`` when
        the measure is not in the reference or the value is not a number)."""
        q = self.percentiles.get(measure)
        if q is None or not math.isfinite(value):
            return None
        below = sum(1 for x in q[1:] if x < value)  # p1..p100 strictly below: about that percent of articles
        return float(below)

    def median(self, measure: str) -> float | None:
        q = self.percentiles.get(measure)
        return None if q is None else q[50]


@lru_cache(maxsize=1)
def load_reference() -> Reference | None:
    """The shipped reference, or ``None`` when the file is missing (a trimmed install)."""
    from importlib import resources

    f = resources.files("framing.data").joinpath("report_reference.tsv")
    if not f.is_file():
        return None
    about: list[str] = []
    percentiles: dict[str, tuple[float, ...]] = {}
    n: dict[str, int] = {}
    for line in f.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            about.append(line.lstrip("# ").strip())
            continue
        cells = line.split("\t")
        if not cells or cells[0] in ("measure", ""):
            continue
        percentiles[cells[0]] = tuple(float(x) for x in cells[2:])
        n[cells[0]] = int(cells[1])
    return Reference(percentiles, n, " ".join(about))
