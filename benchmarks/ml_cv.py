#!/usr/bin/env python3
"""Cross-validated accuracy of the ML scorers against the issue's targets (prints a table).

Needs ../shared/data (BABE, PTC). Same protocol as ``framing train --default-from ../shared/data``:
BABE SG2 sentence classification, stratified k-fold; BABE expert biased words, word level, k-fold by sentence;
PTC training split (Loaded_Language + Name_Calling,Labeling), token level, k-fold by article. Fixed seed,
bootstrap 95% CIs. Takes several minutes on one core; ``--only babe`` skips PTC.

    python benchmarks/ml_cv.py [--folds 5] [--seed 0] [--only babe|words|ptc]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--only", choices=["babe", "words", "ptc"], action="append")
    a = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"ml_cv.py: {SHARED} not found; this benchmark needs ../shared/data")
    from framing.ml.evaluate import cross_validate_classifier, cross_validate_tagger
    from framing.ml.train import (
        DEFAULT_CLASSIFIER_PARAMS,
        DEFAULT_TAGGER_PARAMS,
        babe_sentences,
        classifier_params,
        lexicon_spans_for,
        ptc_spans,
        word_spans,
    )

    only = set(a.only or ["babe", "words", "ptc"])
    babe = babe_sentences(SHARED)
    rows = []
    if "babe" in only:
        t = time.perf_counter()
        r = cross_validate_classifier(babe.texts, babe.labels, biased_words=babe.biased_words, folds=a.folds,
                                      seed=a.seed, n_boot=a.n_boot, params=classifier_params(DEFAULT_CLASSIFIER_PARAMS))
        rows.append(("BABE sentences, F1 (biased)", r, "floor 0.75, goal 0.80", time.perf_counter() - t))
    bw = word_spans(babe.texts, babe.biased_words or [])
    if "words" in only or "ptc" in only:
        ptc = ptc_spans(SHARED)
    if "words" in only:
        t = time.perf_counter()
        r = cross_validate_tagger(babe.texts, bw, folds=a.folds, seed=a.seed, n_boot=a.n_boot,
                                  params=DEFAULT_TAGGER_PARAMS, lexicon_spans=lexicon_spans_for(babe.texts)[0],
                                  extra_train=(ptc.texts, ptc.spans))
        rows.append(("BABE biased words, word-level F1", r, "goal 0.50", time.perf_counter() - t))
    if "ptc" in only:
        t = time.perf_counter()
        r = cross_validate_tagger(ptc.texts, ptc.spans, folds=a.folds, seed=a.seed, n_boot=a.n_boot,
                                  params=DEFAULT_TAGGER_PARAMS, lexicon_spans=lexicon_spans_for(ptc.texts)[0],
                                  extra_train=(babe.texts, bw))
        rows.append(("PTC by article, token-level F1", r, "goal 0.45", time.perf_counter() - t))
    print(f"{a.folds}-fold CV, seed {a.seed}, {a.n_boot} bootstrap resamples")
    print(f"{'task':36} {'P':>6} {'R':>6} {'F1':>6}  {'F1 95% CI':17} {'AUC':>6}  target            secs")
    for name, r, target, secs in rows:
        lo, hi = r["f1_ci"]
        auc = f"{r['roc_auc']:.3f}" if "roc_auc" in r else "–"
        print(f"{name:36} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}  [{lo:.3f}, {hi:.3f}]   "
              f"{auc:>6}  {target:17} {secs:5.0f}")


if __name__ == "__main__":
    main()
