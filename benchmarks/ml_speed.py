#!/usr/bin/env python3
"""Scoring speed of the ML scorer on one core (prints a table; not a timed test).

Articles: ``../shared/data/allsides-news-sample/news.jsonl`` lines ``--first``..``--last`` (default 0-999, the
development split; never 2000-2999), else the bundled sample. Each document first goes through the lexicon
scorer (untimed: its tokens, sentences and lexicon spans are shared by every scorer), then the ``ml`` scorer is
timed alone (CPU time of the process) over ``--repeat`` passes after one untimed pass that fills the token cache.
Prints ms per article and per 1,000 words (best and median pass; on a shared machine compare runs made close
together, or count instructions under valgrind), and the tagger's part.

    python benchmarks/ml_speed.py [--model DIR] [--first 0] [--last 999] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def articles(first: int, last: int) -> list[str]:
    path = SHARED / "allsides-news-sample" / "news.jsonl"
    if not path.is_file():
        from framing.io import read_sample

        return [rec.text for rec in read_sample()]
    if last >= 2000 and first <= 2999:
        raise SystemExit("lines 2000-2999 are held out for blind judging; pick another range")
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if first <= i <= last:
                out.append(json.loads(line)["text"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model folder (default: the shipped model)")
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--last", type=int, default=999)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    from framing.document import Document
    from framing.lexicon import builtin_lexicons
    from framing.matcher import Matcher
    from framing.ml.crf import CRFTagger
    from framing.ml.persist import default_model, load_model
    from framing.ml.scorer import MLScorer
    from framing.scorers.base import ResultBuilder
    from framing.scorers.lexicon import LexiconScorer

    model = load_model(a.model) if a.model else default_model()
    lexicons = builtin_lexicons()
    lex = LexiconScorer(Matcher(lexicons))
    texts = articles(a.first, a.last)
    docs, builders = [], []
    for t in texts:
        d = Document(t)
        r = ResultBuilder(d)
        lex.score(d, r)
        _ = d.sentences, d.tokens, d.quotes
        docs.append(d)
        builders.append(r)
    words = sum(d.n_words for d in docs)
    scorer = MLScorer(model, lexicons=lexicons)

    def best(fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        # CPU time of this process (a loaded machine inflates wall time; one core either way): best and median
        fn()  # warm: the per-word caches
        times = []
        for _ in range(a.repeat):
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        return min(times), statistics.median(times)

    def full() -> None:
        for d, r in zip(docs, builders, strict=True):
            rb = ResultBuilder(d)
            rb.lexicon_spans = r.lexicon_spans
            rb.scores = dict(r.scores)
            scorer.score(d, rb)

    rows = [("ml scorer (tagger + sentence model + top terms)", best(full))]
    tagger = model.tagger
    if isinstance(tagger, CRFTagger):
        rows.append(("  tagger marginals", best(lambda: [tagger.token_proba(d, r.lexicon_spans)
                                                          for d, r in zip(docs, builders, strict=True)])))
    print(f"model {model.name}; {len(docs)} articles, {words:,} words ({words / len(docs):,.0f} per article); "
          "one core (OMP/BLAS threads = 1)")
    for name, (t, med) in rows:
        print(f"{name:50} {1000 * t / len(docs):8.2f} ms/article {1e6 * t / words:8.2f} ms/1,000 words "
              f"(median pass {1000 * med / len(docs):.2f} ms/article)")


if __name__ == "__main__":
    main()
