"""Fit the scare-quote model (``framing/data/scare_model.json``) on the session-18 labels and measure it.

Data (session 18): every scare-quote candidate on AllSides development lines 0-1999 (exactly the phrases the quote
scorer asks :func:`framing.scorers.scare_model.is_scare_quote` about; ``benchmarks/scare_sheet.py``), labelled
blind by one annotator per third of the sheet by ``benchmarks/data/README_scare.md``:
``benchmarks/data/scare_dev18_judged.csv`` with its key ``scare_dev18_key.csv``. ``scare`` is 1, ``quote``,
``name`` and ``term`` are 0, ``?`` is left out. (Until session 17 the model was fitted on 243 candidates of the
older quote gold sets, labelled under changing conventions; those are no longer used.)

Cross-validation is grouped by article blocks: lines ``250 * k`` to ``250 * k + 249`` form group ``k`` (eight
groups), so no article is in a training and a test fold at once. The configuration (feature set, C, whether the
scare-quote position is required) and the threshold are chosen on the training groups only: the threshold is
the lowest at which the training groups' own leave-one-group-out probabilities reach precision >= ``--target``
with at least ``--min-predicted`` predictions. The nested estimate prints each held-out group's precision and
recall and the pooled figures; the shipped model is the configuration the same selection picks on all groups,
fitted on every candidate, with its threshold chosen on its leave-one-group-out probabilities.

Run: ``python benchmarks/train_scare.py [--write] [--target 0.9]``; ``--score-held SHEET KEY`` scores the written
model's decisions against a held-out judged sheet (``scare_held18``) without refitting anything.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scare_sheet import NEWS, candidates, read_key, read_labels

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
SHEET = DATA / "scare_dev18_judged.csv"
KEY = DATA / "scare_dev18_key.csv"
OUT = ROOT / "framing" / "data" / "scare_model.json"
LINES = range(0, 2000)
GROUP_LINES = 250

#: The feature sets compared (chosen among by the inner cross-validation on the training groups only).
FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "position": ("so_called", "position", "after_as", "before_noun", "after_preposition", "hyphenated",
                 "valence_inside"),
    "compact": ("so_called", "position", "after_as", "before_noun", "after_preposition", "after_verb",
                "hyphenated", "valence_inside", "loaded_inside", "adjective_inside", "named_in_sentence",
                "speech_verb_nearby", "capitalised", "stop_inside"),
    "all": (),  # every feature of framing.scorers.scare_model.FEATURES
}
CS = (0.1, 0.3, 1.0, 3.0)
#: Gates compared: the scare-quote position rule of session 13 (the model then only narrows that rule), or none.
#: The gate comes first, so that it wins ties (it is cheaper: most candidates are decided before the tagger runs).
REQUIRES: tuple[tuple[str, ...], ...] = (("position",), ())


def labelled_rows(lines: list[str]) -> tuple[list[dict[str, Any]], Counter[str]]:
    """The candidates of :data:`LINES` with their features and the judged label (1 scare, 0 otherwise)."""
    labels = read_labels(SHEET)
    key = read_key(KEY)
    by_pos = {(r["line"], r["start"]): labels.get(item, "") for item, r in key.items()}
    stats: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    for c in candidates(lines, LINES, set()):
        lab = by_pos.get((c["line"], c["start"]))
        if lab is None:
            stats["new candidate, not on the sheet"] += 1
            continue
        if lab in ("", "?"):
            stats[f"label {lab or 'blank'}"] += 1
            continue
        stats[lab] += 1
        rows.append({"line": c["line"], "start": c["start"], "text": c["text"], "features": c["features"],
                     "label": int(lab == "scare"), "kind": lab, "group": c["line"] // GROUP_LINES})
    stats["sheet items no longer candidates"] = len(by_pos) - sum(
        v for k, v in stats.items() if k != "new candidate, not on the sheet")
    return rows, stats


def _names(key: str) -> tuple[str, ...]:
    from framing.scorers.scare_model import FEATURES

    return FEATURE_SETS[key] or FEATURES


def _xy(rows: list[dict[str, Any]], names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[r["features"][n] for n in names] for r in rows], dtype=float).reshape(len(rows), len(names))
    return x, np.array([r["label"] for r in rows], dtype=int)


def _gate(rows: list[dict[str, Any]], probs: np.ndarray, requires: tuple[str, ...]) -> np.ndarray:
    ok = np.array([all(r["features"][n] == 1 for n in requires) for r in rows], dtype=bool)
    return np.where(ok, probs, 0.0) if len(rows) else probs


def _fit(rows: list[dict[str, Any]], names: tuple[str, ...], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=2000).fit(*_xy(rows, names))


def _predict(model: Any, rows: list[dict[str, Any]], names: tuple[str, ...], requires: tuple[str, ...]) -> np.ndarray:
    if not rows:
        return np.zeros(0)
    return _gate(rows, model.predict_proba(_xy(rows, names)[0])[:, 1], requires)


def _threshold(probs: np.ndarray, y: np.ndarray, target: float, min_pred: int) -> float:
    """The lowest threshold whose predictions reach precision >= target with at least ``min_pred`` predicted
    (highest recall); 1.01 (nothing predicted) when none does."""
    best = 1.01
    for t in sorted(set(probs.tolist()), reverse=True):
        if t <= 0:
            break
        pred = probs >= t
        n = int(pred.sum())
        if n >= min_pred and y[pred].sum() / n >= target:
            best = t
    return best


def _oof(rows: list[dict[str, Any]], names: tuple[str, ...], c: float, requires: tuple[str, ...]) -> np.ndarray:
    out = np.zeros(len(rows))
    for g in sorted({r["group"] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r["group"] == g]
        model = _fit([r for r in rows if r["group"] != g], names, c)
        out[idx] = _predict(model, [rows[i] for i in idx], names, requires)
    return out


Config = tuple[str, float, tuple[str, ...]]


def _configs() -> list[Config]:
    return [(k, c, req) for k, c, req in itertools.product(FEATURE_SETS, CS, REQUIRES)]


def _select(rows: list[dict[str, Any]], target: float, min_pred: int) -> tuple[Config, float]:
    """The configuration whose leave-one-group-out predictions over ``rows`` (each held-out group at the threshold
    chosen on the other groups' own leave-one-group-out probabilities) find the most scare quotes at pooled
    precision >= target (ties: fewer predictions, then the first listed); and that threshold on all ``rows``."""
    best: tuple[tuple[int, int], Config] | None = None
    for cfg in _configs():
        key, c, req = cfg
        names = _names(key)
        tp = n = 0
        for g in sorted({r["group"] for r in rows}):
            train = [r for r in rows if r["group"] != g]
            test = [r for r in rows if r["group"] == g]
            t = _threshold(_oof(train, names, c, req), _xy(train, names)[1], target, min_pred)
            pred = _predict(_fit(train, names, c), test, names, req) >= t
            tp += int(_xy(test, names)[1][pred].sum())
            n += int(pred.sum())
        score = (tp if n and tp / n >= target else -1, -n)
        if best is None or score > best[0]:
            best = (score, cfg)
    assert best is not None
    key, c, req = best[1]
    names = _names(key)
    return best[1], _threshold(_oof(rows, names, c, req), _xy(rows, names)[1], target, min_pred)


def _pr(tp: int, n_pred: int, n_gold: int) -> str:
    p = f"{tp / n_pred:.2f}" if n_pred else "-"
    r = f"{tp / n_gold:.2f}" if n_gold else "-"
    return f"P {p} ({tp}/{n_pred}) R {r} ({tp}/{n_gold})"


def nested(rows: list[dict[str, Any]], target: float, min_pred: int) -> dict[str, int]:
    """Nested leave-one-group-out: configuration and threshold chosen on the other groups only."""
    tot: Counter[str] = Counter()
    for g in sorted({r["group"] for r in rows}):
        train = [r for r in rows if r["group"] != g]
        test = [r for r in rows if r["group"] == g]
        (key, c, req), t = _select(train, target, min_pred)
        names = _names(key)
        p = _predict(_fit(train, names, c), test, names, req)
        pred = p >= t
        y = _xy(test, names)[1]
        counts = {"tp": int(y[pred].sum()), "n": int(pred.sum()), "gold": int(y.sum())}
        tot.update(counts)
        lo = g * GROUP_LINES
        print(f"  held out lines {lo}-{lo + GROUP_LINES - 1} ({key}, C={c:g}, requires {list(req)}, threshold "
              f"{t:.3f}): {_pr(counts['tp'], counts['n'], counts['gold'])}")
        for r, pi, pr in zip(test, p, pred, strict=True):
            if pr and not r["label"]:
                print(f"      FP {pi:.2f} {r['kind']:5s} {r['line']} {r['text']!r}")
    print(f"  pooled: {_pr(tot['tp'], tot['n'], tot['gold'])}")
    return dict(tot)


def score_held(sheet: Path, key_path: Path) -> int:
    """The shipped model's decisions (``framing.scorers.scare_model``) on a held-out judged sheet, from one pass
    over its articles: the scare quotes shown, the model's ranking and the old position rule."""
    labels = read_labels(sheet)
    key = read_key(key_path)
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    found = {(c["line"], c["start"]): c for c in candidates(lines, sorted({r["line"] for r in key.values()}), set())}
    shown = {pos for pos, c in found.items() if c["shown"]}
    tp = fp = fn = 0
    wrong: Counter[str] = Counter()
    for item, lab in labels.items():
        if lab in ("", "?"):
            continue
        r = key[item]
        pred = (r["line"], r["start"]) in shown
        tp += pred and lab == "scare"
        fp += pred and lab != "scare"
        fn += (not pred) and lab == "scare"
        if pred and lab != "scare":
            wrong[lab] += 1
    from framing.stats import wilson_interval

    lo, hi = wilson_interval(tp, tp + fp) if tp + fp else (float("nan"), float("nan"))
    print(f"{sheet.name}: shown {tp + fp}, scare {tp} -> precision "
          f"{tp / (tp + fp) if tp + fp else float('nan'):.2f} [{lo:.2f}, {hi:.2f}]; recall {tp}/{tp + fn} = "
          f"{tp / (tp + fn) if tp + fn else float('nan'):.2f}; wrong ones: {dict(wrong)}")
    # the frozen model's ranking and the old position rule on the same candidates
    from sklearn.metrics import roc_auc_score

    from framing.scorers.scare_model import scare_probability

    feats = {pos: c["features"] for pos, c in found.items()}
    judged = [(feats[(key[i]["line"], key[i]["start"])], int(lab == "scare")) for i, lab in labels.items()
              if lab not in ("", "?") and (key[i]["line"], key[i]["start"]) in feats]
    y = np.array([lab for _, lab in judged])
    p = np.array([scare_probability(f) for f, _ in judged])
    pos = np.array([f["position"] == 1 for f, _ in judged])
    top = np.argsort(-p, kind="stable")[:10]
    print(f"  {len(judged)} candidates found again: model ROC AUC {roc_auc_score(y, p):.3f}; ten highest scored: "
          f"{int(y[top].sum())}/10 scare; the position rule: P {y[pos].mean():.2f} ({int(y[pos].sum())}/"
          f"{int(pos.sum())}) R {y[pos].sum() / max(1, y.sum()):.2f}; scare share {y.mean():.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--target", type=float, default=0.9, help="precision the threshold must reach in CV")
    ap.add_argument("--min-predicted", type=int, default=10, help="fewest predictions a threshold may rest on")
    ap.add_argument("--write", action="store_true", help=f"save the model to {OUT}")
    ap.add_argument("--no-nested", action="store_true", help="skip the nested estimate (fit and print the model)")
    ap.add_argument("--score-held", nargs=2, type=Path, metavar=("SHEET", "KEY"))
    args = ap.parse_args(argv)
    if not NEWS.is_file():
        print(f"AllSides sample not found at {NEWS}", file=sys.stderr)
        return 2
    if args.score_held:
        return score_held(*args.score_held)
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    rows, stats = labelled_rows(lines)
    print(f"candidates labelled {len(rows)} ({sum(r['label'] for r in rows)} scare); " +
          ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    tot = {"tp": 0, "n": 0, "gold": 0}
    if not args.no_nested:
        print(f"nested leave-one-group-out (target precision {args.target}, at least {args.min_predicted} "
              "predicted; configuration and threshold chosen on the other groups only):")
        tot = nested(rows, args.target, args.min_predicted)
    (key, c, req), t = _select(rows, args.target, args.min_predicted)
    names = _names(key)
    oof = _oof(rows, names, c, req)
    y = _xy(rows, names)[1]
    oof_tp, oof_n = int(y[oof >= t].sum()), int((oof >= t).sum())
    final = _fit(rows, names, c)
    print(f"shipped: feature set {key!r}, C={c:g}, requires {list(req)}, threshold {t:.3f} (leave-one-group-out "
          f"at it: {_pr(oof_tp, oof_n, int(y.sum()))})")
    for n, w in sorted(zip(names, final.coef_[0], strict=True), key=lambda nw: -abs(nw[1])):
        print(f"    {n:20s} {w:+.3f}")
    print(f"    {'(intercept)':20s} {final.intercept_[0]:+.3f}")
    if args.write:
        model = {
            "features": list(names),
            "coef": [round(float(w), 6) for w in final.coef_[0]],
            "intercept": round(float(final.intercept_[0]), 6),
            "threshold": round(float(t), 6),
            "requires": list(req),
            "passes": [],
            "info": {
                "trainer": f"sklearn.linear_model.LogisticRegression(C={c:g}, max_iter=2000)",
                "feature_set": key,
                "data": "every scare-quote candidate of AllSides lines 0-1999, labelled blind "
                        "(benchmarks/data/scare_dev18_judged.csv, session 18)",
                "candidates": len(rows),
                "positives": int(y.sum()),
                "threshold_rule": f"lowest threshold with leave-one-group-out precision >= {args.target} "
                                  f"(at least {args.min_predicted} predicted; groups of {GROUP_LINES} lines)",
                "leave_one_group_out_at_threshold": {"tp": oof_tp, "predicted": oof_n},
                "nested_held_out": tot,
            },
        }
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
