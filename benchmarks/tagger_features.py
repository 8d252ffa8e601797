"""Do word classes help the CRF tagger? PTC token F1 (5-fold by article, BABE words added to every training fold,
threshold F1-best on the out-of-fold tokens: the model card's protocol) with extra word-table tags (issue 12 item 4).

Conditions (``--mode``, each adds tags to the tagger's word table, so every word gets them as type attributes at no
cost at inference):

* ``base``: the shipped word table (Zipf bucket, word lists);
* ``clusters``: distributional classes of the 12,161 words seen at least 8 times in AllSides lines 0-1999
  (1.85 M tokens): positive PMI over +-2 word windows against the 6,000 most frequent words, 100-dimensional SVD,
  k-means with 64, 256 and 1,024 classes (a tag per level);
* ``pos``: the word's part-of-speech classes, read off the shipped tagger (``framing.pos``) over the same lines:
  every tag given to at least 20% of its (>= 3) occurrences, one tag each;
* ``posclass``: the same as one tag for the whole ambiguity class (``NOUN_VERB``).

Session-20 result (``results/tagger_features_s20.txt``): none moves the F1 outside noise, so nothing ships.

    python benchmarks/tagger_features.py --mode base|clusters|pos|posclass    # ~4 min each on one core
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _common import ROOT

import framing.ml.crf_features as crf_features

SHARED = ROOT.parent / "shared" / "data"
NEWS = SHARED / "allsides-news-sample" / "news.jsonl"
#: extra tags start with this letter, so that ``word_tags`` reads them as word classes, not word lists
EXTRA = "k"
_WORD_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def _dev_texts(n: int = 2000) -> list[str]:
    out = []
    with open(NEWS, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            out.append(json.loads(line)["text"])
    return out


def ppmi_svd(m: Any, dims: int, *, seed: int = 0) -> tuple[np.ndarray, int]:
    """Rows of the positive PMI of the co-occurrence counts ``m`` (a sparse matrix; context counts smoothed to the
    power 0.75), reduced to ``dims`` dimensions by truncated SVD; and the number of positive-PMI pairs kept."""
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD

    m.sum_duplicates()
    total = m.sum()
    r = np.asarray(m.sum(1)).ravel()
    c = np.asarray(m.sum(0)).ravel() ** 0.75
    c = c / c.sum() * total
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (r[coo.row] * c[coo.col]))
    keep = pmi > 0
    p = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    return TruncatedSVD(dims, random_state=seed).fit_transform(p), int(keep.sum())


def cluster_tags(texts: Sequence[str], *, min_count: int = 8, n_context: int = 6000, dims: int = 100,
                 levels: Sequence[int] = (64, 256, 1024)) -> dict[str, list[str]]:
    """Word -> one distributional class per level (PPMI over +-2 windows, SVD, k-means)."""
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans

    docs = [_WORD_RE.findall(t.lower().replace("’", "'")) for t in texts]
    cnt = Counter(w for d in docs for w in d)
    vocab = sorted(w for w, c in cnt.items() if c >= min_count)
    vi = {w: i for i, w in enumerate(vocab)}
    ci = {w: i for i, (w, _) in enumerate(cnt.most_common(n_context))}
    rows: list[int] = []
    cols: list[int] = []
    for d in docs:
        ids = [vi.get(w, -1) for w in d]
        cids = [ci.get(w, -1) for w in d]
        for k in (1, 2):
            for a in range(len(d) - k):
                if ids[a] >= 0 and cids[a + k] >= 0:
                    rows.append(ids[a])
                    cols.append(cids[a + k])
                if ids[a + k] >= 0 and cids[a] >= 0:
                    rows.append(ids[a + k])
                    cols.append(cids[a])
    m = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), len(ci)))
    x, _ = ppmi_svd(m, dims, seed=0)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    labels = [MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit_predict(x) for k in levels]
    return {w: [f"{EXTRA}{'abcdefgh'[j]}{int(lab[i])}" for j, lab in enumerate(labels)] for i, w in enumerate(vocab)}


def pos_class_tags(texts: Sequence[str], *, joined: bool, min_count: int = 3, share: float = 0.2
                   ) -> dict[str, list[str]]:
    """Word -> its part-of-speech classes from the shipped tagger (tags of at least ``share`` of its uses)."""
    from framing.pos import tag_spans

    cnt: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for a, b, t in tag_spans(text):
            cnt[text[a:b].lower().replace("’", "'")][t] += 1
    out = {}
    for w, c in cnt.items():
        n = sum(c.values())
        if n < min_count:
            continue
        tags = [t for t, k in c.most_common(2) if k / n >= share]
        out[w] = [EXTRA + "_".join(tags)] if joined else [EXTRA + t for t in tags]
    return out


def word_tags_with_classes(word: str, table: Mapping[str, str]) -> list[str]:
    """``crf_features.word_tags`` with the extra class tags read like the Zipf bucket (they do not stop the stem
    look-up of the word lists)."""
    own = table.get(word, "")
    tags = own.split() if own else []
    if not any(t.startswith("z") for t in tags):
        tags.append("rare")
    if not any(not t.startswith(("z", EXTRA)) for t in tags):
        tags.extend(table.get("~" + crf_features.simple_stem(word), "").split())
    return tags


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=["base", "clusters", "pos", "posclass"], default="base")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--n-boot", type=int, default=200)
    args = ap.parse_args(argv)
    from framing.ml.recipe import _token_gold, cv_crf, token_metrics
    from framing.ml.tagger import best_f1_threshold
    from framing.ml.train import babe_sentences, lexicon_spans_for, ptc_spans, word_spans
    from framing.ml.wordtable import build_word_table

    t0 = time.perf_counter()
    table = dict(build_word_table(SHARED))
    if args.mode != "base":
        texts = _dev_texts()
        extra = (cluster_tags(texts) if args.mode == "clusters"
                 else pos_class_tags(texts, joined=args.mode == "posclass"))
        for w, tags in extra.items():
            table[w] = " ".join([*table.get(w, "").split(), *tags])
        crf_features.word_tags = word_tags_with_classes  # type: ignore[assignment]
        print(f"{args.mode}: class tags for {len(extra)} words", flush=True)
    ptc, babe = ptc_spans(SHARED), babe_sentences(SHARED)
    bw = word_spans(babe.texts, babe.biased_words or [])
    lex_ptc, lex_babe = lexicon_spans_for(ptc.texts)[0], lexicon_spans_for(babe.texts)[0]
    assert lex_ptc is not None and lex_babe is not None
    oof = cv_crf(ptc.texts, ptc.spans, lex_ptc, extra=(babe.texts, bw, lex_babe), table=table, folds=args.folds,
                 seed=0)
    y = np.concatenate([np.asarray(_token_gold(t, g)) for t, g in zip(ptc.texts, ptc.spans, strict=True)])
    thr = best_f1_threshold(y, np.concatenate(oof))
    m = token_metrics(ptc.texts, ptc.spans, oof, thr, n_boot=args.n_boot)
    lo, hi = m["f1_ci"]
    print(f"| {args.mode} | {m['precision']:.4f} | {m['recall']:.4f} | {m['f1']:.4f} [{lo:.3f}, {hi:.3f}] | "
          f"{thr:.3f} | {time.perf_counter() - t0:.0f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
