"""Does token-level, in-context part of speech help the CRF tagger? PTC token F1 and BABE words F1 with POS tags of
the shipped tagger (``framing.pos``) as context attributes.

Protocol (copied from ``benchmarks/tagger_features.py``, with the BABE half and the paired bootstrap of
``benchmarks/tagger_domain.py`` / ``tagger_wnc.py``): ``DEFAULT_CRF_PARAMS``, the shipped word table, 5 folds by
document with seed 0 (``recipe.cv_crf``'s ``KFold`` splits); PTC train (Loaded_Language + Name_Calling,Labeling) with
BABE expert words (and their lexicon spans) added to every training fold, and BABE expert words (5 folds by
sentence) with PTC added to every training fold; one threshold, F1-best on the PTC out-of-fold tokens, applied to
both; token P/R/F1 by the ``span_f1.py`` rule with bootstrap 95% CIs over documents, and a paired bootstrap (same
resampled documents) of each condition's F1 minus base's, at the condition's threshold and at base's.

POS tags: every sentence of every document (``Document.sentences``) is tagged with ``framing.pos.tag_spans`` (its
punctuation as context), and each word token gets the tag of the tagged token that starts where it starts.

Conditions (``--conditions``):

* ``base``: as shipped (``recipe.cv_crf``, cached inference);
* ``pos``: + the token's own tag, ``pos=NOUN`` (the ``pos=`` hook of ``crf_features.context_attributes``, which the
  shipped inference ``CRFTagger.token_proba(..., pos=)`` already reads);
* ``posctx``: ``pos`` + the tags of the neighbours inside the sequence, ``p-2=``, ``p-1=``, ``p+1=``, ``p+2=``
  (``<s>``/``</s>`` past an edge), and the bigram with the previous token, ``pb=DET|ADJ``;
* ``posconj``: ``posctx`` + POS-conditioned word attributes: ``s3|p=ous|ADJ`` (3-letter suffix and tag),
  ``lx|p=CAT|TAG`` (each lexicon category covering the token, with its tag), ``t|p=LIST|TAG`` (each word-list tag of
  the word table, not the Zipf buckets, with its tag), ``v|p=vn|TAG`` / ``v|p=vp|TAG`` (VADER valence sign with its
  tag).

The POS conditions use a ``CRFTagger`` subclass (``training_sequences`` overridden); their out-of-fold marginals are
a plain per-sequence sum of attribute weights (``--check`` compares it with ``CRFTagger.token_proba`` on a small fit,
without POS and with ``pos=`` through the shipped hook).

``--cost``: what POS costs at inference, on AllSides lines 0-99: tagging every sentence of an article, the CRF's
``token_proba`` and a full default analysis per article, and how many tags a full default analysis computes
already (the matcher's sense windows, ``Document.tag_windows``).

    python benchmarks/tagger_tokenpos.py [--conditions base,pos,posctx,posconj] [--cache DIR] [--check] [--cost]
    # CV (PTC folds + BABE folds): base ~4.5 min, pos ~4.5, posctx ~6, posconj ~7; --cost ~15 s

Results (2026-12-07, worktree at 959806b with only this script added; ``results/tagger_tokenpos.txt``; 1000
resamples; the shipped model's word table, since wordfreq is not installed in the venv: the same 39,823 entries).
``base`` reproduces the current baseline (session 30, ``tagger_domain.py``: threshold 0.156, PTC 0.330, BABE words
0.405; the card's 0.331 / 0.402 predate the tokenizer changes, see ``tagger_domain.py``). ``--check``: plain sums vs
``token_proba`` differ by 1.1e-16 without POS and 2.2e-16 with ``pos=`` through the shipped hook. 0 of 466,045 PTC
and BABE tokens lack a tag.

| condition | data | threshold | precision | recall | F1 |
|---|---|---|---|---|---|
| base | PTC | 0.156 (PTC) | 0.326 [0.299, 0.350] | 0.335 [0.312, 0.357] | 0.330 [0.312, 0.348] |
| base | BABE words | 0.156 (PTC) | 0.328 [0.315, 0.343] | 0.529 [0.508, 0.552] | 0.405 [0.392, 0.419] |
| pos | PTC | 0.145 (PTC) | 0.317 [0.291, 0.342] | 0.348 [0.325, 0.370] | 0.332 [0.314, 0.350] |
| pos | BABE words | 0.145 (PTC) | 0.319 [0.306, 0.333] | 0.545 [0.525, 0.567] | 0.403 [0.389, 0.417] |
| posctx | PTC | 0.133 (PTC) | 0.307 [0.282, 0.332] | 0.366 [0.343, 0.389] | 0.334 [0.315, 0.352] |
| posctx | BABE words | 0.133 (PTC) | 0.310 [0.297, 0.325] | 0.561 [0.540, 0.584] | 0.400 [0.387, 0.413] |
| posconj | PTC | 0.132 (PTC) | 0.307 [0.281, 0.332] | 0.367 [0.344, 0.389] | 0.334 [0.315, 0.353] |
| posconj | BABE words | 0.132 (PTC) | 0.307 [0.295, 0.319] | 0.564 [0.543, 0.586] | 0.397 [0.385, 0.411] |

Paired bootstrap of F1 - base F1 (same resampled documents):

| condition | data | own threshold [95% CI] | at base's threshold 0.156 [95% CI] |
|---|---|---|---|
| pos | PTC | +0.0014 [-0.0019, +0.0049] | +0.0001 [-0.0031, +0.0032] |
| pos | BABE words | -0.0024 [-0.0068, +0.0017] | +0.0018 [-0.0023, +0.0057] |
| posctx | PTC | +0.0037 [-0.0012, +0.0092] | +0.0003 [-0.0045, +0.0053] |
| posctx | BABE words | -0.0054 [-0.0112, -0.0004] | +0.0049 [-0.0005, +0.0105] |
| posconj | PTC | +0.0037 [-0.0024, +0.0109] | +0.0012 [-0.0039, +0.0068] |
| posconj | BABE words | -0.0076 [-0.0143, -0.0014] | +0.0054 [-0.0011, +0.0115] |

CV times (PTC + BABE folds): base 123 + 134 s, pos 130 + 138 s, posctx 163 + 191 s, posconj 202 + 203 s.

Cost (``--cost``, AllSides lines 0-99, mean 968 words): tagging every sentence 7.7 ms per article (8.1 us per
token); the CRF's ``token_proba`` 0.7 ms; ``token_proba`` with ``pos=`` 9.5 ms (tagging + ~1 ms for the hook's
per-token loop); a full default analysis 24.6 ms. The default analysis does not have the tags: it computes 37.3 tags
per article (3.4% of its tag tokens; the matcher's lazy 60-character sense windows, memoised per process on the
chunk text, not on the Document), and ``Document.tag_windows`` covers 0.8% of word tokens. POS for the CRF would add
~35% to a default analysis.

Reading: nothing moves outside noise, far from the targets (PTC 0.40 needs +0.07, BABE words 0.50 needs +0.10). The
own tag does nothing; context tags and conjunctions lower the PTC-best threshold (0.156 -> 0.133), trading precision
for recall: PTC +0.004 (CI covers 0), BABE words -0.005 / -0.008 at that threshold (CI just below 0) and +0.005 at
base's (CI covers 0). One fold split, one seed. Not shipped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from tagger_wnc import SHARED, load_oof, print_paired_table, save_oof

from framing.document import Document
from framing.ml.crf import CRFTagger
from framing.ml.crf_features import doc_sequences, lexicon_tags, sequence_attributes

NEWS = SHARED / "allsides-news-sample" / "news.jsonl"
CONDITIONS = ("base", "pos", "posctx", "posconj")
#: text -> POS tag of each of its Document tokens (filled by :func:`doc_pos`)
_POS: dict[str, list[str]] = {}
_MISSING = [0, 0]  # tokens with no tag, tokens seen


def doc_pos(doc: Document) -> list[str]:
    """The POS tag of every word token of ``doc``, each sentence tagged in one piece (``framing.pos.tag_spans``);
    ``NA`` for a token no tagged token starts at (none in PTC or BABE, see the run log)."""
    got = _POS.get(doc.text)
    if got is not None:
        return got
    from framing.pos import tag_spans

    at: dict[int, str] = {}
    for s, e in doc.sentences:
        for a, _b, t in tag_spans(doc.text, s, e):
            at[a] = t
    tags = [at.get(s, "NA") for s, _ in doc.token_spans]
    _MISSING[0] += tags.count("NA")
    _MISSING[1] += len(tags)
    _POS[doc.text] = tags
    return tags


class PosCRF(CRFTagger):  # type: ignore[misc]
    """``CRFTagger`` with token-level POS attributes (``mode_``: ``pos``, ``posctx`` or ``posconj``; ``none``:
    the shipped attributes, for ``--check``)."""

    mode_: str = "pos"

    def attrs(self, doc: Document, seq: Sequence[int], lex: Mapping[int, list[str]]) -> list[dict[str, float]]:
        seq = list(seq)
        if self.mode_ == "none":
            return sequence_attributes(doc, seq, lex, window=self.window, table=self._table())
        pos = doc_pos(doc)
        xs = sequence_attributes(doc, seq, lex, window=self.window, table=self._table(), pos=pos)
        if self.mode_ == "pos":
            return xs
        tags = [pos[i] for i in seq]
        n = len(seq)
        for j, x in enumerate(xs):
            for k in (1, 2):
                x[f"p-{k}=" + (tags[j - k] if j - k >= 0 else "<s>")] = 1.0
                x[f"p+{k}=" + (tags[j + k] if j + k < n else "</s>")] = 1.0
            x["pb=" + (tags[j - 1] if j else "<s>") + "|" + tags[j]] = 1.0
            if self.mode_ == "posconj":
                tg = tags[j]
                w = doc.tokens[seq[j]].lower().replace("’", "'")
                x[f"s3|p={w[-3:]}|{tg}"] = 1.0
                for c in lex.get(seq[j], ()):
                    x[f"lx|p={c}|{tg}"] = 1.0
                extra = {}
                for a in x:
                    if a.startswith("t=") and not a.startswith(("t=z", "t=rare")):
                        extra[f"t|p={a[2:]}|{tg}"] = 1.0
                    elif a in ("vn", "vp"):
                        extra[f"v|p={a}|{tg}"] = 1.0
                x.update(extra)
        return xs

    def training_sequences(self, docs: Sequence[Document], gold: Sequence[Sequence[tuple[int, int]]],
                           lexicon_spans: Sequence[Sequence[Any]] | None) -> list[tuple[list[dict[str, float]],
                                                                                       list[str]]]:
        from framing.ml.features import token_labels

        out = []
        for k, d in enumerate(docs):
            labels = token_labels(d, gold[k])
            lex = lexicon_tags(d, lexicon_spans[k]) if lexicon_spans is not None else {}
            for seq in doc_sequences(d):
                out.append((self.attrs(d, seq, lex), ["L" if labels[i] else "O" for i in seq]))
        return out

    def proba(self, doc: Document, lexicon_spans: Sequence[Any]) -> np.ndarray:
        """``P(loaded)`` of each token (plain sum of the weights of its attributes, then the shipped marginals)."""
        n = len(doc.token_spans)
        if not n:
            return np.zeros(0)
        lex = lexicon_tags(doc, lexicon_spans)
        idx, W = self._index, self.state_weights_
        at: list[int] = []
        rows: list[int] = []
        vals: list[float] = []
        start = np.zeros(n, dtype=bool)
        for seq in doc_sequences(doc):
            start[seq[0]] = True
            for j, x in enumerate(self.attrs(doc, seq, lex)):
                t = seq[j]
                for a, v in x.items():
                    i = idx.get(a)
                    if i is not None:
                        at.append(t)
                        rows.append(i)
                        vals.append(v)
        S = np.zeros((n, 2))
        if rows:
            np.add.at(S, np.asarray(at), np.asarray(vals)[:, None] * W[np.asarray(rows)])
        return self.marginals(S, start)


def cv_pos(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], lex: Sequence[Sequence[Any]], mode: str,
           *, extra: tuple[Sequence[str], Sequence[Sequence[tuple[int, int]]], Sequence[Sequence[Any]]],
           table: Mapping[str, str], folds: int = 5, seed: int = 0) -> list[np.ndarray]:
    """``recipe.cv_crf`` with a ``PosCRF``: out-of-fold marginals of each text."""
    from sklearn.model_selection import KFold

    from framing.ml.recipe import DEFAULT_CRF_PARAMS

    ex_t, ex_s, ex_l = extra
    docs = [Document(t) for t in texts]
    oof: list[np.ndarray] = [np.zeros(0)] * len(texts)
    for tr, te in KFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(texts))):
        m = PosCRF(**DEFAULT_CRF_PARAMS)
        m.mode_ = mode
        m.fit([texts[i] for i in tr] + list(ex_t), [spans[i] for i in tr] + list(ex_s),
              lexicon_spans=[lex[i] for i in tr] + list(ex_l), word_table=table)
        for i in te:
            oof[i] = m.proba(docs[i], lex[i])
        npos = sum(1 for a in m.attributes_ if a.startswith(("pos=", "p-", "p+", "pb=", "s3|p", "lx|p", "t|p", "v|p")))
        print(f"    fold done: {len(m.attributes_)} attributes with a weight ({npos} POS)", flush=True)
    return oof


def check_inference(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], lex: Sequence[Sequence[Any]],
                    table: Mapping[str, str]) -> tuple[float, float]:
    """Largest |plain sum - CRFTagger.token_proba| on held-out texts of a small fit: without POS, and with the
    token's own tag through the shipped ``pos=`` hook of ``token_proba``."""
    from framing.ml.recipe import DEFAULT_CRF_PARAMS

    out = []
    for mode in ("none", "pos"):
        m = PosCRF(**{**DEFAULT_CRF_PARAMS, "max_iterations": 30})
        m.mode_ = mode
        m.fit(list(texts[:40]), list(spans[:40]), lexicon_spans=list(lex[:40]), word_table=table)
        diff = 0.0
        for i, t in enumerate(texts[40:80], start=40):
            d = Document(t)
            ref = m.token_proba(d, lex[i], pos=doc_pos(d) if mode == "pos" else None)
            diff = max(diff, float(np.abs(m.proba(d, lex[i]) - ref).max()))
        out.append(diff)
    return out[0], out[1]


def cost(n_articles: int = 100, repeat: int = 3) -> None:
    """Inference cost of POS on AllSides lines 0..n-1, one core."""
    import framing.pos as pos_mod
    from framing.ml.crf import token_view
    from framing.pipeline import Analyzer
    from framing.pos import tag_spans

    texts = []
    with open(NEWS, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n_articles:
                break
            texts.append(json.loads(line)["text"])
    words = [Document(t).n_words for t in texts]
    ntok = [len(Document(t).token_spans) for t in texts]
    print(f"AllSides lines 0-{n_articles - 1}: mean {np.mean(words):.0f} words, median {np.median(words):.0f}, "
          f"mean {np.mean(ntok):.0f} word tokens per article")
    tag_spans("warm up the tagger .")
    best = []
    for _ in range(repeat):
        docs = [Document(t) for t in texts]
        for d in docs:
            _ = d.sentences
        t0 = time.perf_counter()
        for d in docs:
            for s, e in d.sentences:
                tag_spans(d.text, s, e)
        best.append(time.perf_counter() - t0)
    el = min(best)
    print(f"POS-tagging every sentence: {el / len(texts) * 1000:.1f} ms per article, "
          f"{el / sum(words) * 1e6:.1f} ms per 1,000 words ({el / sum(ntok) * 1e6:.1f} µs per word token), "
          f"best of {repeat}")

    az = Analyzer()
    print(f"default analyzer scorers: {az.scorer_names}")
    from framing.ml.persist import default_model

    tagger = (az.model if az.model is not None else default_model()).tagger  # what the ml family runs
    az.analyze(texts[0])  # warm up (model load, lexicons)
    # how many tags does the default analysis compute? count every tag the perceptron yields
    real = pos_mod._iter_tags
    n_tags = [0]

    def counting(tokens: Sequence[str]):  # type: ignore[no-untyped-def]
        for t in real(tokens):
            n_tags[0] += 1
            yield t

    from framing import matcher as matcher_mod

    matcher_mod._tag_chunk.cache_clear()
    pos_mod._iter_tags = counting  # type: ignore[assignment]
    covered = all_tok = 0
    win_sent = n_sent = 0
    try:
        t0 = time.perf_counter()
        for t in texts:
            d = Document(t)
            az.analyze_document(d)
            starts = set()
            for w in d.tag_windows.values():
                starts.update(w)
            covered += sum(1 for s, _ in d.token_spans if s in starts)
            all_tok += len(d.token_spans)
            n_sent += len(d.sentences)
            win_sent += len(d.tag_windows)
        el_full = time.perf_counter() - t0
    finally:
        pos_mod._iter_tags = real
    print(f"full default analysis: {el_full / len(texts) * 1000:.1f} ms per article (one pass, cold tag caches)")
    n_tt = sum(len(pos_mod.tag_token_spans(t)) for t in texts)
    print(f"  tags computed by the perceptron during it: {n_tags[0] / len(texts):.1f} per article, against "
          f"{n_tt / len(texts):.0f} tag tokens (words + punctuation) per article: {n_tags[0] / n_tt:.1%}")
    print(f"  Document.tag_windows after the analysis: {win_sent / len(texts):.1f} windows per article "
          f"({n_sent / len(texts):.1f} sentences); word tokens with a cached tag: {covered / all_tok:.1%}")
    if isinstance(tagger, CRFTagger):
        docs = [Document(t) for t in texts]
        for d in docs:
            _ = d.sentences, d.token_spans
        best = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            for d in docs:
                tagger.token_proba(d, (), view=token_view(d))
            best.append(time.perf_counter() - t0)
        print(f"CRF token_proba alone (no lexicon spans): {min(best) / len(texts) * 1000:.1f} ms per article")
        best = []
        for _ in range(repeat):
            _POS.clear()  # tag again each repeat (doc_pos memoises by text)
            t0 = time.perf_counter()
            for d in docs:
                tagger.token_proba(d, (), pos=doc_pos(Document(d.text)), view=token_view(d))
            best.append(time.perf_counter() - t0)
        print(f"CRF token_proba with pos= (tagging every sentence included): {min(best) / len(texts) * 1000:.1f} ms "
              "per article (the shipped model has no pos= weights: this is the tagging plus the hook's loop)")
        _POS.clear()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conditions", default=",".join(CONDITIONS))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--cache", type=Path, default=None, help="folder for out-of-fold marginals (reused if there)")
    ap.add_argument("--check", action="store_true", help="plain sums vs CRFTagger.token_proba on a small fit")
    ap.add_argument("--cost", action="store_true", help="inference cost of POS tagging, then exit")
    args = ap.parse_args(argv)
    if args.cost:
        cost()
        return 0
    from framing.ml.recipe import _token_gold, cv_crf, token_metrics
    from framing.ml.tagger import best_f1_threshold
    from framing.ml.train import babe_sentences, lexicon_spans_for, ptc_spans, word_spans
    from framing.ml.wordtable import build_word_table

    conditions = [c.strip() for c in args.conditions.split(",") if c.strip()]
    try:
        table = dict(build_word_table(SHARED))
    except ImportError:  # wordfreq is a training extra: the table the shipped model was trained with is the same
        from framing.ml.persist import default_model

        table = dict(default_model().tagger.word_table_)
        print(f"wordfreq not installed: the shipped model's word table ({len(table)} entries)", flush=True)
    ptc, babe = ptc_spans(SHARED), babe_sentences(SHARED)
    bw = word_spans(babe.texts, babe.biased_words or [])
    lex_ptc, lex_babe = lexicon_spans_for(ptc.texts)[0], lexicon_spans_for(babe.texts)[0]
    assert lex_ptc is not None and lex_babe is not None
    y_ptc = np.concatenate([np.asarray(_token_gold(t, g)) for t, g in zip(ptc.texts, ptc.spans, strict=True)])
    y_babe = np.concatenate([np.asarray(_token_gold(t, g)) for t, g in zip(babe.texts, bw, strict=True)])
    print(f"PTC {len(ptc.texts)} articles ({len(y_ptc)} tokens, {int(y_ptc.sum())} loaded), BABE {len(babe.texts)} "
          f"sentences ({len(y_babe)} tokens, {int(y_babe.sum())} biased)", flush=True)
    if any(c != "base" for c in conditions) or args.check:
        t0 = time.perf_counter()
        for t in [*ptc.texts, *babe.texts]:
            doc_pos(Document(t))
        print(f"POS tags for all texts: {time.perf_counter() - t0:.0f} s; {_MISSING[0]} of {_MISSING[1]} tokens "
              "without a tag", flush=True)
    if args.check:
        d0, d1 = check_inference(ptc.texts, ptc.spans, lex_ptc, table)
        print(f"check: plain vs token_proba, no POS {d0:.2e}; pos= hook {d1:.2e}", flush=True)

    rows = []
    oofs: dict[str, tuple[list[np.ndarray], list[np.ndarray], float]] = {}
    for cond in conditions:
        cache = args.cache / f"{cond}_f{args.folds}_s{args.seed}.npz" if args.cache else None
        secs = (0.0, 0.0)
        if cache is not None and cache.is_file():
            oof_ptc, oof_babe = load_oof(cache)
            tpath = cache.with_suffix(".json")
            if tpath.is_file():
                secs = tuple(json.loads(tpath.read_text(encoding="utf-8")))
            print(f"{cond}: out-of-fold marginals read from {cache}", flush=True)
        else:
            t0 = time.perf_counter()
            if cond == "base":
                oof_ptc = cv_crf(ptc.texts, ptc.spans, lex_ptc, extra=(babe.texts, bw, lex_babe), table=table,
                                 folds=args.folds, seed=args.seed)
                t1 = time.perf_counter()
                oof_babe = cv_crf(babe.texts, bw, lex_babe, extra=(ptc.texts, ptc.spans, lex_ptc), table=table,
                                  folds=args.folds, seed=args.seed)
            else:
                oof_ptc = cv_pos(ptc.texts, ptc.spans, lex_ptc, cond, extra=(babe.texts, bw, lex_babe), table=table,
                                 folds=args.folds, seed=args.seed)
                t1 = time.perf_counter()
                oof_babe = cv_pos(babe.texts, bw, lex_babe, cond, extra=(ptc.texts, ptc.spans, lex_ptc),
                                  table=table, folds=args.folds, seed=args.seed)
            t2 = time.perf_counter()
            secs = (t1 - t0, t2 - t1)
            if cache is not None:
                save_oof(cache, oof_ptc, oof_babe)
                cache.with_suffix(".json").write_text(json.dumps(secs), encoding="utf-8")
        thr = best_f1_threshold(y_ptc, np.concatenate(oof_ptc))
        mp = token_metrics(ptc.texts, ptc.spans, oof_ptc, thr, n_boot=args.n_boot, seed=args.seed)
        mb = token_metrics(babe.texts, bw, oof_babe, thr, n_boot=args.n_boot, seed=args.seed)
        rows.append((cond, thr, mp, mb, secs))
        oofs[cond] = (oof_ptc, oof_babe, thr)
        print(f"{cond}: threshold {thr:.3f}; PTC F1 {mp['f1']:.4f}, BABE words F1 {mb['f1']:.4f}; "
              f"CV {secs[0]:.0f} s + {secs[1]:.0f} s", flush=True)

    def ci(m: dict, k: str) -> str:
        lo, hi = m[f"{k}_ci"]
        return f"{m[k]:.3f} [{lo:.3f}, {hi:.3f}]"

    print()
    print("| condition | data | threshold | precision | recall | F1 | CV time |")
    print("|---|---|---|---|---|---|---|")
    for cond, thr, mp, mb, secs in rows:
        print(f"| {cond} | PTC | {thr:.3f} (PTC) | {ci(mp, 'precision')} | {ci(mp, 'recall')} | {ci(mp, 'f1')} | "
              f"{secs[0]:.0f} s |")
        print(f"| {cond} | BABE words | {thr:.3f} (PTC) | {ci(mb, 'precision')} | {ci(mb, 'recall')} | "
              f"{ci(mb, 'f1')} | {secs[1]:.0f} s |")
    if "base" in oofs and len(oofs) > 1:
        print_paired_table(oofs, (ptc.texts, ptc.spans), (babe.texts, bw), n_boot=args.n_boot, seed=args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
