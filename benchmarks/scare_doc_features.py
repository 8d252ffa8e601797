#!/usr/bin/env python3
"""Do features of the whole article make scare quotes separable? (issue 15, session 37; nothing ships)

The scare-quote model (``framing/scorers/scare_model.py``) sees the phrase and its sentence; session 18 found that
no model on those 24 features reaches precision 0.85 (grouped-CV ROC AUC about 0.67). Opinion writing uses scare
quotes more than reporting does, so this script adds features of the article around the candidate and measures
again, on the same session-18 labels (``benchmarks/data/scare_dev18_*``, lines 0-1999) and protocol (logistic
regression, eight groups of 250 lines, out-of-group probabilities):

* ``fp_own``: first-person pronouns (I, we, my, our, me, us, ...) per 100 words outside double-quoted regions,
  capped at 3 (an opinion piece's own voice);
* ``you``: "you" per 100 words outside quotations, capped at 2;
* ``n_quotes``, ``quote_share``: double-quoted regions in the article (log), and per 100 words;
* ``n_cands``: scare-quote candidates in the same article (log);
* ``said_before``: a verb of saying or "according to" in the 250 characters before the phrase.

It then lists the conjunctions of one to four binary conditions (these, the position rule, one word, valence,
no speech verb, ...) with the highest precision among those holding at least 15 candidates. Run:
``python benchmarks/scare_doc_features.py`` (~40 s; ``--held`` also prints the held-out sheet's figures).

Session 37 (``benchmarks/results/scare_doc_features_s37.txt``; 908 labelled candidates, 234 scare): grouped-CV
ROC AUC 0.666 (the 24 features, C = 1) → 0.683 with ``fp_own`` → 0.696 with all six; the ten highest-scored
candidates are scare quotes 5-9 times, the forty highest 21-24 times (0.53-0.60). The best conjunction found by
the search (first person >= 1.5 per 100 words, one word, a valenced word, not quoted elsewhere) holds 12 scare
quotes of 15 (0.80), optimistic because chosen among 793 conjunctions on the same labels. On the held-out sheet
(annotator A; it was read during this experiment, so it is no longer an untouched test of these features) the AUC
moves 0.658 → 0.709. Still no threshold reaches precision 0.85, so no scare quote is shown: the article's register
helps a little; whose words a phrase is remains a question of meaning.
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scare_sheet import NEWS, candidates, read_key, read_labels

DATA = Path(__file__).resolve().parent / "data"
GROUP_LINES = 250
_QUOTED_RE = re.compile(r"[“\"][^”\"\n]{0,600}[”\"]")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|my|our|me|us|I'm|we're|I’m|we’re|ourselves|myself)\b")
_YOU_RE = re.compile(r"\byou\b", re.IGNORECASE)
_SAID_RE = re.compile(r"\b(?:said|says|told|wrote|according to|argued|stated)\b")
_WORD_RE = re.compile(r"\w+")
DOC_FEATURES = ("fp_own", "n_quotes", "n_cands", "you", "said_before", "quote_share")


def _labelled(sheet: Path, key_path: Path, lines: list[str], line_numbers: list[int]) -> list[dict[str, Any]]:
    labels = read_labels(sheet)
    by_pos = {(r["line"], r["start"]): labels.get(item, "") for item, r in read_key(key_path).items()}
    rows = []
    for c in candidates(lines, line_numbers, set()):
        lab = by_pos.get((c["line"], c["start"]))
        if lab not in (None, "", "?"):
            c["label"] = int(lab == "scare")
            rows.append(c)
    return rows


def add_doc_features(rows: list[dict[str, Any]]) -> None:
    """Set ``row["doc"]``: the :data:`DOC_FEATURES` of each candidate (rows carry their article in ``_doc``)."""
    per_line: dict[int, int] = {}
    for r in rows:
        per_line[r["line"]] = per_line.get(r["line"], 0) + 1
    for r in rows:
        text = r["_doc"]
        own = _QUOTED_RE.sub(" ", text)
        n_own = max(1, len(_WORD_RE.findall(own)))
        n_quotes = len(_QUOTED_RE.findall(text))
        r["doc"] = {
            "fp_own": min(len(_FIRST_PERSON_RE.findall(own)) / n_own * 100, 3) / 3,
            "n_quotes": math.log1p(n_quotes) / 4,
            "n_cands": math.log1p(per_line[r["line"]]) / 3,
            "you": min(len(_YOU_RE.findall(own)) / n_own * 100, 2) / 2,
            "said_before": float(bool(_SAID_RE.search(text[max(0, r["start"] - 250) : r["start"]]))),
            "quote_share": min(1.0, n_quotes / (n_own / 100)),
        }


def _x(rows: list[dict[str, Any]], doc: tuple[str, ...]) -> np.ndarray:
    from framing.scorers.scare_model import FEATURES

    return np.array([[r["features"][n] for n in FEATURES] + [r["doc"][n] for n in doc] for r in rows])


def _ranking(y: np.ndarray, p: np.ndarray) -> str:
    from sklearn.metrics import roc_auc_score

    top = np.argsort(-p, kind="stable")
    return (f"ROC AUC {roc_auc_score(y, p):.3f}; scare among the 10 / 20 / 40 highest: {int(y[top[:10]].sum())} / "
            f"{int(y[top[:20]].sum())} / {int(y[top[:40]].sum())}")


def grouped_cv(rows: list[dict[str, Any]], doc: tuple[str, ...], c: float) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    y = np.array([r["label"] for r in rows])
    groups = np.array([r["line"] // GROUP_LINES for r in rows])
    out = np.zeros(len(rows))
    x = _x(rows, doc)
    for g in sorted(set(groups.tolist())):
        model = LogisticRegression(C=c, max_iter=3000).fit(x[groups != g], y[groups != g])
        out[groups == g] = model.predict_proba(x[groups == g])[:, 1]
    return out


CONDITIONS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "first person >= 1.5": lambda r: r["doc"]["fp_own"] >= 0.5,
    "first person >= 2.4": lambda r: r["doc"]["fp_own"] >= 0.8,
    "one word": lambda r: r["features"]["one_word"] == 1,
    "no speech verb": lambda r: r["features"]["speech_verb_nearby"] == 0,
    "nobody named": lambda r: r["features"]["named_in_sentence"] == 0,
    "position rule": lambda r: r["features"]["position"] == 1,
    "after determiner": lambda r: r["features"]["after_determiner"] == 1,
    "valence": lambda r: r["features"]["valence_inside"] == 1,
    "lower case": lambda r: r["features"]["capitalised"] == 0,
    "no long quotation in paragraph": lambda r: r["features"]["quotes_in_paragraph"] == 0,
    "not quoted elsewhere": lambda r: r["features"]["repeated"] == 0,
    "no stop inside": lambda r: r["features"]["stop_inside"] == 0,
}


def best_conjunctions(rows: list[dict[str, Any]], min_rows: int = 15, top: int = 10) -> list[str]:
    found = []
    tried = 0
    for k in range(1, 5):
        for combo in itertools.combinations(CONDITIONS, k):
            tried += 1
            sel = [r["label"] for r in rows if all(CONDITIONS[c](r) for c in combo)]
            if len(sel) >= min_rows:
                found.append((sum(sel) / len(sel), sum(sel), len(sel), combo))
    found.sort(key=lambda t: (-t[0], -t[2]))
    return [f"{tried} conjunctions tried (at least {min_rows} candidates each)"] + [
        f"  {p:.2f} ({k}/{n}) {' & '.join(c)}" for p, k, n, c in found[:top]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held", action="store_true", help="also fit on lines 0-1999 and rank the held-out sheet (A)")
    args = ap.parse_args(argv)
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    dev = _labelled(DATA / "scare_dev18_judged.csv", DATA / "scare_dev18_key.csv", lines, list(range(2000)))
    add_doc_features(dev)
    y = np.array([r["label"] for r in dev])
    print(f"dev sheet (lines 0-1999): {len(dev)} labelled candidates, {int(y.sum())} scare")
    held: list[dict[str, Any]] = []
    if args.held:
        key = read_key(DATA / "scare_held18_key.csv")
        held = _labelled(DATA / "scare_held18_judged_A.csv", DATA / "scare_held18_key.csv", lines,
                         sorted({r["line"] for r in key.values()}))
        add_doc_features(held)
    for doc in ((), ("fp_own",), ("fp_own", "n_cands"), DOC_FEATURES):
        for c in (0.3, 1.0):
            name = "+".join(doc) or "the 24 phrase features"
            line = f"{name} (C={c:g}): grouped CV {_ranking(y, grouped_cv(dev, doc, c))}"
            if held:
                from sklearn.linear_model import LogisticRegression

                model = LogisticRegression(C=c, max_iter=3000).fit(_x(dev, doc), y)
                yh = np.array([r["label"] for r in held])
                line += f" | held-out A: {_ranking(yh, model.predict_proba(_x(held, doc))[:, 1])}"
            print(line)
    print("\n".join(best_conjunctions(dev)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
