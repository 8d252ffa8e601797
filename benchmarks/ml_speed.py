#!/usr/bin/env python3
"""Scoring speed of the ML scorers on one core (prints a table; not a timed test).

Sentences: BABE's sentences when ../shared/data is present, else the bundled sample's sentences, repeated to
--n. Measures (1) the sentence classifier's probabilities alone, (2) probabilities plus top terms, (3) the
tagger per token, (4) the whole ``ml`` scorer per document (after the lexicon scorer).

    python benchmarks/ml_speed.py [--model DIR] [--n 5000]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def sentences(n: int) -> list[str]:
    from framing.document import Document

    babe = SHARED / "babe" / "final_labels_SG2.csv"
    if babe.is_file():
        from framing.ml.train import babe_sentences

        base = babe_sentences(SHARED).texts
    else:
        from framing.io import read_sample

        base = []
        for rec in read_sample():
            d = Document(rec.text)
            base += [rec.text[a:b] for a, b in d.sentences]
    return (base * (n // len(base) + 1))[:n]


def best_of(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model folder (default: the shipped model)")
    ap.add_argument("--n", type=int, default=5000, help="number of sentences")
    a = ap.parse_args()
    from framing.document import Document
    from framing.ml.persist import default_model, load_model
    from framing.ml.scorer import MLScorer
    from framing.scorers.base import ResultBuilder

    model = load_model(a.model) if a.model else default_model()
    clf, tagger = model.classifier, model.tagger
    sents = sentences(a.n)
    rows = []
    t = best_of(lambda: clf.predict_proba(sents))
    rows.append(("classifier: probabilities", len(sents) / t, "sentences/s"))
    sub = sents[: max(1, len(sents) // 5)]

    def with_terms() -> None:
        A = clf.transform(sub)
        for i, s in enumerate(sub):
            clf.explain_row(s, A[i])

    t = best_of(with_terms)
    rows.append(("classifier: probabilities + top terms", len(sub) / t, "sentences/s"))
    docs = [Document(" ".join(sents[i : i + 25])) for i in range(0, len(sub), 25)]
    n_tok = sum(len(d.tokens) for d in docs)
    t = best_of(lambda: [tagger.token_proba(d) for d in docs])
    rows.append(("tagger: token probabilities", n_tok / t, "tokens/s"))
    scorer = MLScorer(model)

    def full() -> None:
        for d in docs:
            scorer.score(d, ResultBuilder(d))

    t = best_of(full)
    rows.append(("ml scorer, 25-sentence documents", len(docs) / t, "documents/s"))
    rows.append(("  = sentences per second", len(docs) * 25 / t, "sentences/s"))
    print(f"model {model.name}; {len(sents)} sentences; one core (OMP/BLAS threads = 1)")
    for name, v, unit in rows:
        print(f"{name:42} {v:>10,.0f} {unit}")


if __name__ == "__main__":
    main()
