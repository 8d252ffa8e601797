#!/usr/bin/env python3
"""Validate the shipped lexicons against hand-coded data in ../shared/data and write per-entry figures.

- PTC training articles, token level, gold = Loaded_Language + Name_Calling,Labeling spans (the metric of
  ../shared/tools/span_f1.py);
- BABE (final_labels_SG2.csv), token level, gold = the experts' biased_words; and sentence level, gold =
  label_bias (Biased / Non-biased; "No agreement" left out);
- Krippendorff's alpha of the BABE annotators (raw_labels_SG2.csv, one column per annotator).

Writes benchmarks/results/validate_lexicons{TAG}_{ptc,babe}_entries.csv (per entry: hits, tp, fp, precision with
95% bootstrap interval, recall share), validate_lexicons{TAG}_entries.csv (both pooled) and
validate_lexicons{TAG}_summary.json; prints the overall figures, the worst entries on PTC+BABE pooled and the
most frequent missed words. Corpus text is never written (the PTC has no licence to redistribute).

Usage: python benchmarks/validate_lexicons.py [--tag _before] [--bootstrap 1000] [--lexicon PATH ...]
       [--lexicons-dir DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "benchmarks" / "results"


def _alpha_babe(path: Path) -> tuple[float, int, int]:
    from framing.workbench.validate import krippendorff_alpha

    by_text: dict[str, dict[str, str]] = defaultdict(dict)
    annotators: set[str] = set()
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            lab = (row.get("label_bias") or "").strip().lower()
            if lab in ("biased", "non-biased"):
                by_text[row["text"]][row["annotator_id"]] = lab
                annotators.add(row["annotator_id"])
    coders = sorted(annotators)
    units = list(by_text.values())
    data = [[u.get(c) for u in units] for c in coders]
    return krippendorff_alpha(data), len(units), len(coders)


def _fmt(v: float) -> str:
    return "-" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tag", default="", help="suffix of the output files (e.g. _before)")
    ap.add_argument("--bootstrap", type=int, default=1000)
    ap.add_argument("--min-hits", type=int, default=10, help="hits (PTC+BABE) an entry needs to be listed as worst")
    ap.add_argument("--lexicon", action="append", default=[], help="extra lexicon (the shipped ones always load)")
    ap.add_argument("--lexicons-dir", help="use this lexicon folder (with manifest.toml) instead of the shipped one "
                    "(to measure edits before making them)")
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found", file=sys.stderr)
        return 0

    from framing.pipeline import Analyzer
    from framing.workbench.validate import load_gold, validate

    if args.lexicons_dir:
        analyzer = Analyzer(scorers=["lexicon"], lexicons=[args.lexicons_dir, *args.lexicon], builtin_lexicons=False)
    else:
        analyzer = Analyzer(scorers=["lexicon"], lexicons=args.lexicon)
    n_entries = sum(len(lx) for lx in analyzer.lexicons)
    ptc = SHARED / "ptc-semeval2020-task11"
    babe = SHARED / "babe" / "final_labels_SG2.csv"
    runs = {}
    t0 = time.perf_counter()
    runs["ptc"] = validate(load_gold(ptc / "train-articles", ptc_labels=ptc / "train-task2-TC.labels",
                                     labels=["Loaded_Language", "Name_Calling,Labeling"]),
                           analyzer=analyzer, n_boot=args.bootstrap, top=40, min_hits=5)
    runs["babe"] = validate(load_gold(babe, words_column="biased_words"), analyzer=analyzer,
                            n_boot=args.bootstrap, top=40, min_hits=5)
    runs["babe_sentence"] = validate(load_gold(babe, label_columns=["label_bias"]), analyzer=analyzer,
                                     n_boot=args.bootstrap, top=40, min_hits=5)
    elapsed = time.perf_counter() - t0
    alpha = _alpha_babe(SHARED / "babe" / "raw_labels_SG2.csv")

    print(f"lexicons: {len(analyzer.lexicons)} ({n_entries} entries); {args.bootstrap} bootstrap resamples; "
          f"{elapsed:.1f} s")
    for name, r in runs.items():
        o = r.overall
        print(f"{name:14} {r.level:8} docs {r.n_documents:5}  P {_fmt(o['precision'])} [{_fmt(o['precision_lo'])}, "
              f"{_fmt(o['precision_hi'])}]  R {_fmt(o['recall'])} [{_fmt(o['recall_lo'])}, {_fmt(o['recall_hi'])}]  "
              f"F1 {_fmt(o['f1'])} [{_fmt(o['f1_lo'])}, {_fmt(o['f1_hi'])}]  "
              f"(tp {o['tp']}, fp {o['fp']}, fn {o['fn']})")
    print(f"BABE annotators: Krippendorff's alpha (nominal, biased/non-biased) = {alpha[0]:.3f} "
          f"over {alpha[1]} sentences, {alpha[2]} annotators")

    cols = ["lexicon", "category", "term", "weight"]
    p = runs["ptc"].entries[[*cols, "hits", "tp", "fp", "precision", "precision_lo", "precision_hi", "recall"]]
    b = runs["babe"].entries[[*cols, "hits", "tp", "fp", "precision", "precision_lo", "precision_hi", "recall"]]
    both = p.merge(b, on=cols, how="outer", suffixes=("_ptc", "_babe"))
    for c in ("hits", "tp", "fp"):
        both[f"{c}_ptc"] = both[f"{c}_ptc"].fillna(0).astype(int)
        both[f"{c}_babe"] = both[f"{c}_babe"].fillna(0).astype(int)
        both[c] = both[f"{c}_ptc"] + both[f"{c}_babe"]
    both["precision"] = both["tp"] / both["hits"].where(both["hits"] > 0)
    both = both.sort_values(["hits", "term"], ascending=[False, True], ignore_index=True)
    worst = both[both["hits"] >= args.min_hits].sort_values(["precision", "hits"], ascending=[True, False])
    print(f"\nworst entries on PTC+BABE pooled (>= {args.min_hits} hits): term, category, hits, precision "
          "(PTC P, BABE P)")
    for r in worst.head(40).to_dict(orient="records"):
        print(f"  {r['term']:26} {r['category']:20} {r['hits']:>5}  {_fmt(r['precision'])}   "
              f"(PTC {r['hits_ptc']:>4} {_fmt(r['precision_ptc'])}; "
              f"BABE {r['hits_babe']:>4} {_fmt(r['precision_babe'])})")
    for name in ("ptc", "babe"):
        print(f"\nmost frequent missed words, {name}: " + ", ".join(
            f"{w} ({c})" for w, c in zip(runs[name].missed["word"], runs[name].missed["count"], strict=True)))
    cats = runs["ptc"].categories[["category", "hits", "precision", "recall"]].merge(
        runs["babe"].categories[["category", "hits", "precision", "recall"]], on="category", suffixes=("_ptc", "_babe"))
    print("\nper category (PTC | BABE words):")
    print(cats.to_string(index=False, float_format=lambda x: f"{x:.3f}"))

    if not args.no_write:
        OUT.mkdir(parents=True, exist_ok=True)
        stem = f"validate_lexicons{args.tag}"
        for name in ("ptc", "babe", "babe_sentence"):
            runs[name].entries.to_csv(OUT / f"{stem}_{name}_entries.csv", index=False, float_format="%.4f")
        both.to_csv(OUT / f"{stem}_entries.csv", index=False, float_format="%.4f")
        summary = {
            "command": f"python benchmarks/validate_lexicons.py{' --tag ' + args.tag if args.tag else ''}",
            "lexicons": {lx.name: {"version": lx.version, "entries": len(lx), "sha256": lx.sha256[:16]}
                         for lx in analyzer.lexicons},
            "n_boot": args.bootstrap,
            "babe_annotator_alpha": {"alpha": alpha[0], "sentences": alpha[1], "annotators": alpha[2]},
            "runs": {name: {"level": r.level, "n_documents": r.n_documents, "overall": r.overall,
                            "categories": r.categories.to_dict(orient="records"),
                            "missed": r.missed.to_dict(orient="records")} for name, r in runs.items()},
        }
        text = json.dumps(summary, indent=1, default=lambda v: None)
        text = text.replace("NaN", "null")
        (OUT / f"{stem}_summary.json").write_text(text + "\n", encoding="utf-8")
        print(f"\nwrote {OUT}/{stem}_*.csv and {stem}_summary.json")
    return 0


if __name__ == "__main__":
    pd.set_option("display.width", 200)
    sys.exit(main())
