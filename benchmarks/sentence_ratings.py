"""Does the sentence score track human ratings? Spearman correlation of the sentence model's probability with the
mean of the raters' labels of each sentence, on data sets the model was not trained on (issue 12 item 5).

Ratings (``../shared/data``):

* **MBIC crowd** (``mbic/raw_labels_MBIC.csv``): 9-12 crowd workers per sentence; ``bias`` is the share who
  labelled it "Biased", ``opinion`` the mean of "Entirely factual" = 0, "Somewhat factual but also opinionated"
  = 0.5, "Expresses writer's opinion" = 1.
* **BABE experts** (``babe/raw_labels_SG2.csv``): mostly 5 expert raters per sentence; ``bias`` is the share who
  labelled it biased (sentences with fewer than 3 raters are left out).

Each direction trains the shipped sentence settings (``DEFAULT_SENTENCE_PARAMS``) on one data set and scores the
sentences of the other that it did not train on (``framing.ml.recipe.train_test_indices``; evidence as in
``benchmarks/sentence_transfer.py``, whose ``--cache`` file it shares). Baselines on the same sentences: the number
of words, and the summed weight of the loaded lexicon spans in the writer's own voice (what a reader of the
highlights sees; the feature ``lex_weight_own`` the model reads). ``partial`` is the Spearman correlation with the
sentence's length (log words) partialled out of both ranks: a score that only grows with length gets ~0 there.
95% intervals from 1,000 bootstrap resamples of sentences.

    python benchmarks/sentence_ratings.py [--cache /tmp/st_cache.pkl]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import warnings
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _common import ROOT
from scipy.stats import rankdata
from sentence_transfer import Sets, load_sets

from framing.ml.recipe import DEFAULT_SENTENCE_PARAMS, _key, train_test_indices
from framing.ml.sentence import DENSE_FEATURES, SentenceModel
from framing.stats import bootstrap_indices_ci

_OPINION = {"entirely factual": 0.0, "somewhat factual but also opinionated": 0.5,
            "expresses writer's opinion": 1.0, "expresses writer’s opinion": 1.0}


def mbic_ratings(shared: Path) -> dict[str, dict[str, float]]:
    """Per sentence key: crowd ``bias`` share, mean ``opinion`` and number of raters ``n``."""
    rows: dict[str, list[tuple[float, float | None]]] = defaultdict(list)
    with open(shared / "mbic" / "raw_labels_MBIC.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            label = r["label_bias"].strip().lower()
            if label not in ("biased", "non-biased"):
                continue
            rows[_key(r["text"])].append((float(label == "biased"), _OPINION.get(r["label_opinion"].strip().lower())))
    out = {}
    for k, v in rows.items():
        ops = [o for _, o in v if o is not None]
        out[k] = {"bias": float(np.mean([b for b, _ in v])), "opinion": float(np.mean(ops)) if ops else np.nan,
                  "n": float(len(v))}
    return out


def babe_ratings(shared: Path, min_raters: int = 3) -> dict[str, dict[str, float]]:
    """Per sentence key: expert ``bias`` share and number of raters ``n`` (SG2 raw labels)."""
    rows: dict[str, list[float]] = defaultdict(list)
    with open(shared / "babe" / "raw_labels_SG2.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            v = r["Label_bias_0-1"].strip()
            if v in ("0", "1"):
                rows[_key(r["text"])].append(float(v))
    return {k: {"bias": float(np.mean(v)), "n": float(len(v))} for k, v in rows.items() if len(v) >= min_raters}


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    if len(x) < 3 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return float("nan")
    return float(np.corrcoef(rankdata(x), rankdata(y))[0, 1])


def partial_spearman(x: np.ndarray, y: np.ndarray, z: np.ndarray) -> float:
    """Spearman of ``x`` and ``y`` with ``z`` partialled out (Pearson partial correlation of the ranks)."""
    rx, ry, rz = rankdata(x), rankdata(y), rankdata(z)
    r = np.corrcoef(np.vstack([rx, ry, rz]))
    den = np.sqrt((1 - r[0, 2] ** 2) * (1 - r[1, 2] ** 2))
    return float((r[0, 1] - r[0, 2] * r[1, 2]) / den) if den > 0 else float("nan")


def _fmt(stat: float, ci: tuple[float, float]) -> str:
    return f"{stat:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]"


def rows_for(sets: Sets, train: str, test: str, ratings: dict[str, dict[str, float]], what: str,
             n_boot: int) -> list[str]:
    ea, ya, ka, _ = sets[train]
    eb, _, kb, _ = sets[test]
    tr, te = train_test_indices(ka, kb)
    te = [i for i in te if kb[i] in ratings and not np.isnan(ratings[kb[i]][what])]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = SentenceModel(**DEFAULT_SENTENCE_PARAMS).fit([ea[i] for i in tr], ya[tr])
    p = m.predict_proba([eb[i] for i in te])[:, 1]
    y = np.array([ratings[kb[i]][what] for i in te])
    dense = np.vstack([eb[i].dense for i in te])
    col = {n: j for j, n in enumerate(DENSE_FEATURES)}
    length = dense[:, col["log_words"]]
    weight = dense[:, col["lex_weight_own"]]
    out = []
    for name, s in ((f"model trained on {train}", p), ("loaded span weight", weight), ("number of words", length)):
        rho = spearman(s, y)
        ci = bootstrap_indices_ci(lambda ix, s=s: spearman(s[ix], y[ix]), len(y), n_boot=n_boot)
        par = partial_spearman(s, y, length) if name != "number of words" else float("nan")
        pci = (bootstrap_indices_ci(lambda ix, s=s: partial_spearman(s[ix], y[ix], length[ix]), len(y), n_boot=n_boot)
               if name != "number of words" else (float("nan"), float("nan")))
        out.append(f"| {test} {what} | {len(y)} | {name} | {_fmt(rho, ci)} | "
                   + ("–" if np.isnan(par) else _fmt(par, pci)) + " |")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--model", type=Path, default=ROOT / "framing" / "models" / "default")
    ap.add_argument("--cache", type=Path, default=None, help="the evidence pickle of sentence_transfer.py")
    ap.add_argument("--n-boot", type=int, default=1000)
    args = ap.parse_args(argv)
    sets = load_sets(args.cache, args.shared, args.model)
    mbic, babe = mbic_ratings(args.shared), babe_ratings(args.shared)
    print(f"rated sentences: MBIC {len(mbic)} (crowd, mean {np.mean([v['n'] for v in mbic.values()]):.1f} raters), "
          f"BABE {len(babe)} (experts, mean {np.mean([v['n'] for v in babe.values()]):.1f} raters)")
    print()
    print("| ratings | n | score | Spearman [95%] | partial, length held out [95%] |")
    print("|---|---:|---|---|---|")
    plan = [("BABE", "MBIC", mbic, "bias"), ("WikiNPOV", "MBIC", mbic, "bias"), ("BABE", "MBIC", mbic, "opinion"),
            ("MBIC", "BABE", babe, "bias"), ("WikiNPOV", "BABE", babe, "bias")]
    for train, test, ratings, what in plan:
        for row in rows_for(sets, train, test, ratings, what, args.n_boot):
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
