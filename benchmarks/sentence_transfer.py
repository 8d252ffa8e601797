"""Does the sentence score transfer? Train on one data set, test on another (BABE, MBIC, WikiNPOV), with each test
set split in two halves by a hash of the sentence: half A for choosing the model's settings, half B kept for the
figures.

Evidence as ``framing train`` builds it: BABE with out-of-fold tagger marginals (5-fold, the recipe's
``cv_crf``), MBIC and WikiNPOV with the shipped tagger; sentences found in both sets of a direction are removed
from the larger one (``framing.ml.recipe.cross_dataset_auc``). Building the evidence takes ~3 minutes (five
CRF fits); ``--cache FILE`` keeps it between runs (a local pickle of numbers and words: never commit it).

    python benchmarks/sentence_transfer.py                       # shipped settings vs no exclusions
    python benchmarks/sentence_transfer.py --exclude none        # one setting only
    python benchmarks/sentence_transfer.py --select              # backward elimination of dense features on half A

``--select`` starts from no exclusions and, while it raises the worst direction's half-A AUC by more than 0.002,
leaves out the dense feature whose removal helps most; it prints every step with both halves. The session-19
choice (``DEFAULT_SENTENCE_PARAMS["exclude"]``) is its first four steps: the fifth and sixth (the tagger's
highest marginal, report verbs) raised WikiNPOV further but cost 0.03-0.04 on BABE <-> MBIC, the news directions.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import pickle
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _common import ROOT

from framing.ml.evaluate import _auc
from framing.ml.recipe import DEFAULT_SENTENCE_PARAMS, _key, train_test_indices
from framing.ml.sentence import DENSE_FEATURES, SentenceEvidence, SentenceModel

Sets = dict[str, tuple[list[SentenceEvidence], np.ndarray, list[str], np.ndarray]]


def build_sets(shared: Path, model_dir: Path) -> Sets:
    """Evidence, labels, keys and half (0 = A, 1 = B) of every sentence of BABE, MBIC and WikiNPOV."""
    from framing.document import Document
    from framing.ml.persist import load_model
    from framing.ml.recipe import (
        babe_sentences,
        cv_crf,
        evidence_for,
        lexicon_spans_for,
        mbic_sentences,
        ptc_spans,
        wiki_sentences,
        word_spans,
    )
    from framing.ml.wordtable import build_word_table

    tagger = load_model(model_dir).tagger
    lthr = float(tagger.loaded_threshold_)
    table = build_word_table(shared)
    ptc, babe = ptc_spans(shared), babe_sentences(shared)
    bw = word_spans(babe.texts, babe.biased_words or [])
    lex_ptc, lex_babe = lexicon_spans_for(ptc.texts)[0], lexicon_spans_for(babe.texts)[0]
    assert lex_ptc is not None and lex_babe is not None
    oof = cv_crf(babe.texts, bw, lex_babe, extra=(ptc.texts, ptc.spans, lex_ptc), table=table, folds=5, seed=0)
    out: Sets = {}
    texts = {"BABE": babe.texts}
    evidence = {"BABE": evidence_for(babe.texts, lex_babe, oof, lthr, table)}
    labels = {"BABE": np.asarray(babe.labels)}
    for name, data in (("MBIC", mbic_sentences(shared)), ("WikiNPOV", wiki_sentences(shared))):
        lex = lexicon_spans_for(data.texts)[0]
        assert lex is not None
        marg = [tagger.token_proba(Document(t), sp) for t, sp in zip(data.texts, lex, strict=True)]
        texts[name], labels[name] = data.texts, np.asarray(data.labels)
        evidence[name] = evidence_for(data.texts, lex, marg, lthr, table)
    for name, ts in texts.items():
        keys = [_key(t) for t in ts]
        half = np.array([int(hashlib.md5(k.encode("utf-8")).hexdigest(), 16) % 2 for k in keys])
        out[name] = (evidence[name], labels[name], keys, half)
    return out


def load_sets(cache: Path | None, shared: Path, model_dir: Path) -> Sets:
    if cache is not None and cache.is_file():
        with open(cache, "rb") as f:
            raw = pickle.load(f)  # our own local cache file, written below
        return {k: ([SentenceEvidence(list(w), np.asarray(d)) for w, d in ev], y, keys, half)
                for k, (ev, y, keys, half) in raw.items()}
    sets = build_sets(shared, model_dir)
    if cache is not None:
        with open(cache, "wb") as f:
            pickle.dump({k: ([(e.words, e.dense) for e in ev], y, keys, half)
                         for k, (ev, y, keys, half) in sets.items()}, f)
    return sets


def directions(sets: Sets, exclude: Sequence[str], base: dict[str, Any]) -> dict[str, tuple[float, float, float, int]]:
    """AUC on half A, half B and the whole test set (and its size) for every train -> test direction."""
    out = {}
    params = {**base, "exclude": tuple(exclude)}
    for a, (ea, ya, ka, _) in sets.items():
        for b, (eb, yb, kb, hb) in sets.items():
            if a == b:
                continue
            tr, te = train_test_indices(ka, kb)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                m = SentenceModel(**params).fit([ea[i] for i in tr], ya[tr])
            p = m.predict_proba([eb[i] for i in te])[:, 1]
            y, h = yb[te], hb[te]
            out[f"{a} -> {b}"] = (_auc(y[h == 0], p[h == 0]), _auc(y[h == 1], p[h == 1]), _auc(y, p), len(te))
    return out


def table(title: str, res: dict[str, tuple[float, float, float, int]]) -> str:
    rows = [f"### {title}", "", "| train -> test | n test | AUC half A (selection) | AUC half B (held) | AUC all |",
            "|---|---:|---:|---:|---:|"]
    rows += [f"| {k} | {n} | {a:.3f} | {b:.3f} | {c:.3f} |" for k, (a, b, c, n) in res.items()]
    worst = min(v[1] for v in res.values())
    rows += ["", f"worst direction, half B: {worst:.3f}", ""]
    return "\n".join(rows)


def select(sets: Sets, base: dict[str, Any], min_gain: float = 0.002) -> list[str]:
    dropped: list[str] = []
    best = min(v[0] for v in directions(sets, dropped, base).values())
    print(f"start: worst half-A AUC {best:.3f}", flush=True)
    while True:
        tries = []
        for name in DENSE_FEATURES:
            if name in dropped or name in ("log_words", "question"):
                continue
            res = directions(sets, [*dropped, name], base)
            tries.append((min(v[0] for v in res.values()), name, res))
        w, name, res = max(tries, key=lambda t: t[0])
        print(f"leave out {name}: worst half A {w:.3f}; " + "; ".join(
            f"{k} {a:.3f}/{b:.3f}" for k, (a, b, _, _) in res.items()), flush=True)
        if w <= best + min_gain:
            return dropped
        best = w
        dropped.append(name)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--model", type=Path, default=ROOT / "framing" / "models" / "default")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the evidence, reused when present")
    ap.add_argument("--exclude", default=None,
                    help="comma list of dense features to leave out, or 'none' (default: the shipped setting, "
                         "compared with none)")
    ap.add_argument("--select", action="store_true", help="backward elimination on half A")
    args = ap.parse_args(argv)
    base = {k: v for k, v in DEFAULT_SENTENCE_PARAMS.items() if k != "exclude"}
    sets = load_sets(args.cache, args.shared, args.model)
    print("sentences: " + ", ".join(f"{k} {len(v[1])} (half A {int((v[3] == 0).sum())})" for k, v in sets.items()))
    if args.select:
        with contextlib.redirect_stderr(io.StringIO()):
            print("left out:", ", ".join(select(sets, base)) or "nothing")
        return 0
    if args.exclude is None:
        settings = [("no exclusions", []), ("shipped: exclude " + ", ".join(DEFAULT_SENTENCE_PARAMS["exclude"]),
                                            list(DEFAULT_SENTENCE_PARAMS["exclude"]))]
    else:
        names = [] if args.exclude == "none" else [x.strip() for x in args.exclude.split(",") if x.strip()]
        unknown = [n for n in names if n not in DENSE_FEATURES]
        if unknown:
            ap.error(f"unknown dense features {unknown}; expected names from {', '.join(DENSE_FEATURES)}")
        settings = [("exclude " + (", ".join(names) or "nothing"), names)]
    for title, names in settings:
        print(table(title, directions(sets, names, base)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
