"""Do distant labels from the Wiki Neutrality Corpus sample help the CRF loaded-language tagger? (issue 12 item 4)

Data: ``../shared/data/wnc-sample-neutralizing-bias`` (Pryzant et al. 2020, MIT repo; 1,100 line-aligned
pre/post pairs, train + test used together). Distant labels: the tokens of the biased ``pre`` sentence that
``difflib.SequenceMatcher`` over the space-split tokens finds deleted or replaced in the neutralised ``post``,
alphabetic tokens only. Pairs are dropped when identical, when the diff has no delete/replace (insert only), when
any delete/replace touches more than ``--max-edit`` (3) pre tokens (long rewrites: their unlabelled tokens would
be false negatives), or when no alphabetic token is left to label. The text is the ``pre`` sentence detokenised
(punctuation, ``'s``, quotes, brackets and word-internal hyphens re-attached, first letter upper-cased: the tagger
uses word shape); ``--form raw`` keeps the lower-cased, space-tokenised line as is.

Protocol (the shipped model's, ``framing.ml.recipe.train_default_v2``): ``cv_crf`` with ``DEFAULT_CRF_PARAMS``,
the word table, seed 0, 5 folds by document; PTC train (Loaded_Language + Name_Calling,Labeling) with BABE expert
words (and their lexicon spans) added to every training fold, and BABE expert words with PTC added to every training
fold; one decision threshold, F1-best on the PTC out-of-fold tokens, applied to both; token P/R/F1 by the
``span_f1.py`` rule with bootstrap 95% CIs over documents (``--n-boot``, 200 by default; the card uses 1,000).
The WNC sentences are only ever added to the training folds (with their lexicon spans), never evaluated.

Conditions (``--conditions``):

* ``base``: as shipped (PTC + BABE words);
* ``wnc``: + every kept WNC pair (edits of 1-3 tokens);
* ``wnc1``: + only the pairs whose diff is one deleted/replaced token (WNC's one-word-edit definition).

    python benchmarks/tagger_wnc.py [--conditions base,wnc,wnc1] [--form detok|raw] [--n-boot 200] [--cache DIR]
    # ~9-10 min per condition on a free core, ~17 min on a busy one (two CVs of 5 CRF fits each); with base among
    # the conditions it also prints a paired bootstrap of each condition's F1 difference against base

The brief named ``framing.ml.train.train_default`` / ``cross_validate_tagger`` (the v1 logistic-regression tagger,
PTC 0.272); the shipped figures (PTC 0.331, BABE words 0.402) come from the v2 CRF recipe, which this script runs:
its ``base`` row reproduces them exactly.

Session-24 result (worktree s24-wnc at 56025e2, lexicons 1.3.7; one core of a shared 2-core machine):

wnc keeps 651 of 1,100 pairs (5 identical, 444 dropped: 365 with an edit over 3 tokens, 64 insert-only, the rest
with no alphabetic token edited) with 1,063 loaded tokens; wnc1 keeps 326 pairs, 326 tokens. The labels are noisy:
function words are often edited (``the`` 24, ``a`` 20, ``and`` 16, ``his`` 14 of the edited tokens).

| condition | data | threshold | precision | recall | F1 |
|---|---|---|---|---|---|
| base | PTC | 0.146 | 0.317 [0.291, 0.340] | 0.345 [0.323, 0.365] | 0.331 [0.312, 0.348] |
| base | BABE words | 0.146 | 0.317 [0.305, 0.333] | 0.547 [0.527, 0.570] | 0.402 [0.390, 0.416] |
| wnc | PTC | 0.156 | 0.327 [0.300, 0.351] | 0.333 [0.312, 0.354] | 0.330 [0.310, 0.349] |
| wnc | BABE words | 0.156 | 0.336 [0.324, 0.353] | 0.535 [0.512, 0.558] | 0.413 [0.400, 0.429] |
| wnc1 | PTC | 0.147 | 0.320 [0.294, 0.345] | 0.342 [0.320, 0.362] | 0.331 [0.311, 0.350] |
| wnc1 | BABE words | 0.147 | 0.324 [0.312, 0.342] | 0.543 [0.522, 0.567] | 0.406 [0.394, 0.421] |

Paired bootstrap, wnc - base F1 (same resampled documents): PTC -0.0004 [-0.0061, +0.0044] (at base's threshold
0.146: -0.0013 [-0.0063, +0.0028]); BABE words +0.0112 [+0.0061, +0.0166] (at 0.146: +0.0083 [+0.0036, +0.0130]).

Reading: the WNC distant labels do nothing for PTC (news propaganda, the target that matters most: 0.330 vs
0.331). They raise BABE expert-word F1 by about 0.01 (precision 0.317 -> 0.336, recall 0.547 -> 0.535), a small
gain whose paired CI excludes 0 but which is one seed and one fold split, and which covers only sentence-level
Wikipedia/BABE-like data; about a quarter of it is the higher PTC threshold (0.156), which BABE's
recall-heavy operating point likes. One-word edits only (wnc1) are within noise on both. The shipped model is
unchanged: the gain is far from the 0.50 target, and adding WNC would add CC BY-SA Wikipedia text to the training
data. The full WNC (53,803 one-word edits) is not available here and might tell a different story.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _common import ROOT

SHARED = ROOT.parent / "shared" / "data"
WNC = SHARED / "wnc-sample-neutralizing-bias"

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}
_CLITICS = {"s", "t", "re", "ve", "ll", "d", "m"}


def wnc_pairs(root: Path = WNC) -> list[tuple[str, str]]:
    """All (pre, post) pairs of the sample, train then test."""
    out: list[tuple[str, str]] = []
    for split in ("train", "test"):
        pre = (root / f"pre.{split}").read_text(encoding="utf-8").splitlines()
        post = (root / f"post.{split}").read_text(encoding="utf-8").splitlines()
        if len(pre) != len(post):
            sys.exit(f"tagger_wnc.py: {root}: pre.{split} and post.{split} differ in length")
        out += list(zip(pre, post, strict=True))
    return out


def edited_tokens(pre: Sequence[str], post: Sequence[str], *, max_edit: int = 3,
                  one_token: bool = False) -> list[int] | None:
    """Indices of the ``pre`` tokens deleted/replaced in ``post`` (alphabetic only), or None to drop the pair."""
    ops = [o for o in difflib.SequenceMatcher(None, list(pre), list(post), autojunk=False).get_opcodes()
           if o[0] != "equal"]
    edits = [o for o in ops if o[0] in ("delete", "replace")]
    if not edits or any(i2 - i1 > max_edit for _, i1, i2, _, _ in edits):
        return None
    if one_token and (len(ops) != 1 or edits[0][2] - edits[0][1] != 1):
        return None
    idx = [i for _, i1, i2, _, _ in edits for i in range(i1, i2) if pre[i].isalpha()]
    return idx or None


def detokenise(tokens: Sequence[str], *, raw: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """A text from WNC's space-separated tokens and each token's character offsets in it."""
    if raw:
        offs, pos = [], 0
        for t in tokens:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        return " ".join(tokens), offs
    parts: list[str] = []
    offs = []
    pos = 0
    attach_next = True  # no space before the first token
    in_quote = False
    for k, t in enumerate(tokens):
        prev = tokens[k - 1] if k else ""
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        glue = attach_next
        attach_next = False
        if t in _NO_SPACE_BEFORE or (t[0] in ",.;:!?)]}" and not t[0].isalnum()):
            glue = True
        elif t == "'" and nxt in _CLITICS and prev.isalnum():
            glue, attach_next = True, True
        elif t == "-" and prev.isalnum() and nxt[:1].isalnum():
            glue, attach_next = True, True
        elif t == "/" and prev.isalnum() and nxt[:1].isalnum():
            glue, attach_next = True, True
        elif t == '"':
            if in_quote:
                glue = True
            else:
                attach_next = True
            in_quote = not in_quote
        if t in _NO_SPACE_AFTER:
            attach_next = True
        if parts and not glue:
            parts.append(" ")
            pos += 1
        offs.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t)
    text = "".join(parts)
    for i, ch in enumerate(text):  # upper-case the first letter (same length: offsets stay valid)
        if ch.isalpha():
            text = text[:i] + ch.upper() + text[i + 1:]
            break
    return text, offs


def wnc_spans(pairs: Sequence[tuple[str, str]], *, max_edit: int = 3, one_token: bool = False,
              raw: bool = False) -> tuple[list[str], list[list[tuple[int, int]]], dict[str, int]]:
    """Texts and distant loaded spans of the kept pairs, and counts of what was kept and dropped."""
    texts, spans = [], []
    stats = {"pairs": len(pairs), "identical": 0, "dropped": 0, "kept": 0, "tokens": 0}
    for pre, post in pairs:
        a, b = pre.split(), post.split()
        if a == b:
            stats["identical"] += 1
            continue
        idx = edited_tokens(a, b, max_edit=max_edit, one_token=one_token)
        if idx is None:
            stats["dropped"] += 1
            continue
        text, offs = detokenise(a, raw=raw)
        texts.append(text)
        spans.append([offs[i] for i in idx])
        stats["kept"] += 1
        stats["tokens"] += len(idx)
    return texts, spans, stats


def _f1(c: np.ndarray) -> float:
    tp, fp, fn = c
    return float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0


def paired_f1_diff(a: np.ndarray, b: np.ndarray, *, n_boot: int = 200, seed: int = 0) -> tuple[float, float, float]:
    """F1(a) - F1(b) from per-document (tp, fp, fn) rows of the same documents, with a percentile bootstrap CI."""
    rng = np.random.default_rng(seed)
    n = len(a)
    diffs = []
    for _ in range(n_boot):
        ix = rng.integers(0, n, n)
        diffs.append(_f1(a[ix].sum(axis=0)) - _f1(b[ix].sum(axis=0)))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return _f1(a.sum(axis=0)) - _f1(b.sum(axis=0)), float(lo), float(hi)


def doc_counts(texts: Sequence[str], gold: Sequence[Sequence[tuple[int, int]]], oof: Sequence[np.ndarray],
               thr: float) -> np.ndarray:
    """Per-document token (tp, fp, fn) of the spans at threshold ``thr`` against the gold spans."""
    from framing.document import Document
    from framing.ml.crf import CRFTagger
    from framing.ml.evaluate import span_token_counts
    from framing.ml.recipe import _spans_at

    probe = CRFTagger()
    out = []
    for t, g, p in zip(texts, gold, oof, strict=True):
        sp = _spans_at(probe, Document(t), p, thr)
        out.append(span_token_counts(t, g, [(x.start, x.end) for x in sp]))
    return np.asarray(out, dtype=np.float64)


def print_paired_table(oofs: dict[str, tuple[list[np.ndarray], list[np.ndarray], float]],
                       ptc: tuple[Sequence[str], Sequence[Sequence[tuple[int, int]]]],
                       babe: tuple[Sequence[str], Sequence[Sequence[tuple[int, int]]]],
                       *, n_boot: int, seed: int) -> None:
    """The markdown table of each condition's F1 minus base's (paired bootstrap over the same documents), at the
    condition's own threshold and at base's; ``oofs``: condition -> (PTC marginals, BABE marginals, threshold)."""
    print()
    print(f"Paired bootstrap of the F1 difference against base ({n_boot} resamples of the same documents); "
          "at each condition's own threshold, and at base's threshold:")
    print("| condition | data | F1 - base F1, own threshold [95% CI] | at base threshold [95% CI] |")
    print("|---|---|---|---|")
    bp, bb, bthr = oofs["base"]
    base_c = (doc_counts(*ptc, bp, bthr), doc_counts(*babe, bb, bthr))
    for cond, (op, ob, thr) in oofs.items():
        if cond == "base":
            continue
        for k, (name, (texts, gold), oof) in enumerate((("PTC", ptc, op), ("BABE words", babe, ob))):
            cells = []
            for t in (thr, bthr):
                d, lo, hi = paired_f1_diff(doc_counts(texts, gold, oof, t), base_c[k], n_boot=n_boot, seed=seed)
                cells.append(f"{d:+.4f} [{lo:+.4f}, {hi:+.4f}]")
            print(f"| {cond} | {name} | {cells[0]} | {cells[1]} |")


def save_oof(path: Path, ptc: Sequence[np.ndarray], babe: Sequence[np.ndarray]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, ptc=np.concatenate(ptc), ptc_len=[len(x) for x in ptc], babe=np.concatenate(babe),
                        babe_len=[len(x) for x in babe])


def load_oof(path: Path) -> tuple[list[np.ndarray], list[np.ndarray]]:
    with np.load(path, allow_pickle=False) as z:
        return tuple(list(np.split(z[k], np.cumsum(z[k + "_len"])[:-1])) for k in ("ptc", "babe"))  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conditions", default="base,wnc,wnc1")
    ap.add_argument("--form", choices=["detok", "raw"], default="detok")
    ap.add_argument("--max-edit", type=int, default=3)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n-boot", type=int, default=200)
    ap.add_argument("--show", type=int, default=0, help="print this many WNC training texts with their labels")
    ap.add_argument("--cache", type=Path, help="a folder for the out-of-fold marginals (reused when present)")
    args = ap.parse_args(argv)
    conditions = [c.strip() for c in args.conditions.split(",") if c.strip()]
    if not set(conditions) <= {"base", "wnc", "wnc1"}:
        ap.error("--conditions: base, wnc, wnc1")
    for p in (SHARED, WNC):
        if not p.is_dir():
            sys.exit(f"tagger_wnc.py: {p} not found (the shared data folder must sit next to the repository)")
    from framing.ml.recipe import _token_gold, cv_crf, token_metrics
    from framing.ml.tagger import best_f1_threshold
    from framing.ml.train import babe_sentences, lexicon_spans_for, ptc_spans, word_spans
    from framing.ml.wordtable import build_word_table

    table = build_word_table(SHARED)
    ptc, babe = ptc_spans(SHARED), babe_sentences(SHARED)
    bw = word_spans(babe.texts, babe.biased_words or [])
    lex_ptc, lex_babe = lexicon_spans_for(ptc.texts)[0], lexicon_spans_for(babe.texts)[0]
    assert lex_ptc is not None and lex_babe is not None
    y_ptc = np.concatenate([np.asarray(_token_gold(t, g)) for t, g in zip(ptc.texts, ptc.spans, strict=True)])
    pairs = wnc_pairs()
    print(f"{args.folds}-fold CV by document, seed {args.seed}, {args.n_boot} bootstrap resamples; WNC form "
          f"{args.form}, edits of at most {args.max_edit} tokens", flush=True)
    rows = []
    oofs: dict[str, tuple[list[np.ndarray], list[np.ndarray], float]] = {}
    for cond in conditions:
        wt: list[str] = []
        ws: list[list[tuple[int, int]]] = []
        wl: list = []
        if cond != "base":
            wt, ws, st = wnc_spans(pairs, max_edit=args.max_edit, one_token=cond == "wnc1", raw=args.form == "raw")
            wl = lexicon_spans_for(wt)[0] or [[] for _ in wt]
            print(f"{cond}: {st['kept']} of {st['pairs']} pairs kept ({st['identical']} identical, {st['dropped']} "
                  f"dropped), {st['tokens']} loaded tokens", flush=True)
            for t, s in list(zip(wt, ws, strict=True))[:args.show]:
                print("   ", t, "|", [t[a:b] for a, b in s])
        name = f"{cond}_{args.form}_e{args.max_edit}_f{args.folds}_s{args.seed}.npz"
        cache = args.cache / name if args.cache else None
        t0 = t1 = t2 = time.perf_counter()
        if cache is not None and cache.is_file():
            oof_ptc, oof_babe = load_oof(cache)
            print(f"{cond}: out-of-fold marginals read from {cache}", flush=True)
        else:
            oof_ptc = cv_crf(ptc.texts, ptc.spans, lex_ptc, extra=(babe.texts + wt, bw + ws, lex_babe + wl),
                             table=table, folds=args.folds, seed=args.seed)
            t1 = time.perf_counter()
            oof_babe = cv_crf(babe.texts, bw, lex_babe, extra=(ptc.texts + wt, ptc.spans + ws, lex_ptc + wl),
                              table=table, folds=args.folds, seed=args.seed)
            t2 = time.perf_counter()
            if cache is not None:
                save_oof(cache, oof_ptc, oof_babe)
        thr = best_f1_threshold(y_ptc, np.concatenate(oof_ptc))
        mp = token_metrics(ptc.texts, ptc.spans, oof_ptc, thr, n_boot=args.n_boot, seed=args.seed)
        mb = token_metrics(babe.texts, bw, oof_babe, thr, n_boot=args.n_boot, seed=args.seed)
        rows.append((cond, thr, mp, mb, t1 - t0, t2 - t1))
        oofs[cond] = (oof_ptc, oof_babe, thr)
        print(f"{cond}: threshold {thr:.3f}; PTC F1 {mp['f1']:.4f} ({t1 - t0:.0f} s), BABE words F1 "
              f"{mb['f1']:.4f} ({t2 - t1:.0f} s)", flush=True)

    def ci(m: dict, k: str) -> str:
        lo, hi = m[f"{k}_ci"]
        return f"{m[k]:.3f} [{lo:.3f}, {hi:.3f}]"

    print()
    print("| condition | data | threshold | precision | recall | F1 | CV time |")
    print("|---|---|---|---|---|---|---|")
    for cond, thr, mp, mb, tp, tb in rows:
        for name, m, secs in (("PTC", mp, tp), ("BABE words", mb, tb)):
            print(f"| {cond} | {name} | {thr:.3f} | {ci(m, 'precision')} | {ci(m, 'recall')} | {ci(m, 'f1')} | "
                  f"{secs:.0f} s |")
    if "base" in oofs and len(oofs) > 1:
        print_paired_table(oofs, (ptc.texts, ptc.spans), (babe.texts, bw), n_boot=args.n_boot, seed=args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
