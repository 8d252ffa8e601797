#!/usr/bin/env python3
"""Train the shipped part-of-speech tagger: NLTK's averaged perceptron on UD English EWT (UPOS tags).

The training sentences are re-tokenized the way ``framing.tokenize.TOKEN_RE`` cuts text, so that the tagger
sees at run time the tokens it was trained on: multiword tokens ("don't", "I'm") become one token with the tag of
their first part; hyphenated compounds split by EWT ("far - right") are joined ("far-right") and take the tag of
their last part; the possessive "'s" stays a token of its own. Weights are averaged by NLTK, then pruned
(|w| < --prune dropped) and rounded to 3 decimals, and written as gzipped JSON (no pickle) to
``framing/data/pos_perceptron_ewt.json.gz``. Accuracy on EWT dev and test (same re-tokenization), before and
after pruning, is printed and written into the model card by hand.

Usage: python scripts/train_pos.py [--ewt ../shared/data/ud-english-ewt] [--iter 5] [--prune 0.05]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "framing" / "data" / "pos_perceptron_ewt.json.gz"


def read_conllu(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (token, UPOS) lists, re-tokenized like framing's TOKEN_RE (see module docstring)."""
    sents: list[list[tuple[str, str]]] = []
    rows: list[tuple[str, str, str, bool]] = []  # id, form, upos, space_after
    mwt: dict[int, tuple[int, str, bool]] = {}
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line:
            if rows:
                sents.append(_retokenize(rows, mwt))
            rows, mwt = [], {}
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        space = "SpaceAfter=No" not in cols[9]
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            mwt[int(a)] = (int(b), cols[1], space)
            continue
        if "." in cols[0]:  # empty nodes
            continue
        rows.append((cols[0], cols[1], cols[3], space))
    return sents


def _retokenize(rows: list[tuple[str, str, str, bool]], mwt: dict[int, tuple[int, str, bool]]) -> list[tuple[str, str]]:
    toks: list[tuple[str, str, bool]] = []
    i = 0
    while i < len(rows):
        tid = int(rows[i][0])
        if tid in mwt:
            end, form, space = mwt[tid]
            n = end - tid + 1
            parts = rows[i:i + n]
            if parts[-1][1].lower() in ("'s", "’s") and n == 2:
                toks.append((parts[0][1], parts[0][2], False))
                toks.append((parts[1][1], parts[1][2], space))
            else:
                toks.append((form, parts[0][2], space))
            i += n
            continue
        _, form, upos, space = rows[i]
        toks.append((form, upos, space))
        i += 1
    # join word - word written without spaces ("far-right")
    out: list[tuple[str, str, bool]] = []
    for form, upos, space in toks:
        if (len(out) >= 2 and out[-1][0] in ("-", "‐", "‑") and not out[-1][2] and not out[-2][2]
                and out[-2][0][-1:].isalnum() and form[:1].isalnum()):
            hyph = out.pop()
            prev = out.pop()
            out.append((prev[0] + hyph[0] + form, upos, space))
        else:
            out.append((form, upos, space))
    return [(f, t) for f, t, _ in out]


def accuracy(tag_fn, sents: list[list[tuple[str, str]]]) -> float:  # type: ignore[no-untyped-def]
    ok = n = 0
    for s in sents:
        words = [w for w, _ in s]
        for (_, gold), pred in zip(s, tag_fn(words), strict=True):
            ok += gold == pred
            n += 1
    return ok / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ewt", type=Path, default=ROOT.parent / "shared" / "data" / "ud-english-ewt")
    ap.add_argument("--iter", type=int, default=5)
    ap.add_argument("--prune", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()

    from nltk.tag.perceptron import PerceptronTagger

    train = read_conllu(args.ewt / "en_ewt-ud-train.conllu")
    dev = read_conllu(args.ewt / "en_ewt-ud-dev.conllu")
    test = read_conllu(args.ewt / "en_ewt-ud-test.conllu")
    print(f"sentences train {len(train)} dev {len(dev)} test {len(test)}; "
          f"tokens train {sum(map(len, train))}")
    random.seed(args.seed)
    t0 = time.perf_counter()
    tagger = PerceptronTagger(load=False)
    tagger.train(train, nr_iter=args.iter)
    print(f"trained in {time.perf_counter() - t0:.0f} s")

    def nltk_tags(words: list[str]) -> list[str]:
        return [t for _, t in tagger.tag(words)]

    print(f"NLTK, unpruned: dev {accuracy(nltk_tags, dev):.4f} test {accuracy(nltk_tags, test):.4f}")
    weights = {}
    n_all = 0
    for feat, ws in tagger.model.weights.items():
        n_all += len(ws)
        kept = {t: round(w, 3) for t, w in ws.items() if abs(w) >= args.prune}
        if kept:
            weights[feat] = kept
    n_kept = sum(len(w) for w in weights.values())
    model = {
        "format": "framing-pos-perceptron/1",
        "tagset": "UPOS",
        "classes": sorted(tagger.classes),
        "tagdict": dict(sorted(tagger.tagdict.items())),
        "weights": weights,
        "training": {"data": "UD English EWT train (CC BY-SA 4.0)", "iterations": args.iter, "seed": args.seed,
                     "prune_below": args.prune, "features": len(weights), "weights": n_kept,
                     "weights_before_pruning": n_all},
    }
    raw = json.dumps(model, separators=(",", ":"), sort_keys=True).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB; {len(weights)} features, {n_kept}/{n_all} weights)")

    from framing.pos import _load_model, pos_tags

    _load_model.cache_clear()
    print(f"framing.pos (pruned): dev {accuracy(pos_tags, dev):.4f} test {accuracy(pos_tags, test):.4f}")


if __name__ == "__main__":
    main()
