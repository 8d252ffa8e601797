#!/usr/bin/env python3
"""Stage C of the session-23 recall round (issue 12): a third blind sample for the entries judged loaded EVERY time.

``recall_round.py score`` shipped nothing: the 52 entries kept on sheet A (>= 0.8 loaded) were loaded only 0.76 of
the time on sheet B (frequency-weighted 0.69), and the stricter 34 (5/5 or 4/4) 0.77 (0.78). Entries judged loaded
on every judged hit of BOTH sheets (at least 3 on each) may still be precise, but A and B together selected them, so
their A and B figures are biased upwards. Stage C estimates their precision on hits of lines 0-1999 that were on
neither sheet, judged blind by a fifth annotator.

Decision rule (PRE-REGISTERED: fixed here and in ``benchmarks/data/README_judge.md`` before sheet C was drawn):

1. The C set: candidates with >= 3 judged hits on sheet A and on sheet B, every judged hit loaded on both.
2. Sheet C (``recall_round_s23_C_sheet.csv``, key ``..._C_key.csv``): for each entry of the C set, up to 5 of its
   weight>0, non-negated hits on AllSides lines 0-1999 that were not an item of sheet A or B (at most 2 per
   article, seed 2303), plus 15% controls (hits of shipped weight>0 entries), shuffled, in the A/B sheet format.
3. The C set ships if its sheet-C pooled precision is >= 0.85 AND its frequency-weighted sheet-C precision (each
   entry's sheet-C precision weighted by its weight>0 hits on lines 0-1999) is >= 0.85; otherwise nothing ships.
   Entries with no hit left for sheet C are not shipped (no independent estimate). No per-entry choice is made on C.

    python benchmarks/recall_round_c.py sample
    python benchmarks/recall_round_c.py score
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import recall_round as rr
from blind_entry_vetting import _fmt

SEED = 2303
LINES = range(0, 2000)
DECISIONS_C = rr.DATA / f"{rr.PREFIX}_C_decisions.tsv"


def c_set(a: rr.Score, b: rr.Score) -> set[str]:
    """Rule 1: >= 3 judged hits on each of sheets A and B, all loaded."""
    return {t for t, js in a.terms.items()
            if len(js) >= 3 and all(js) and len(b.terms.get(t, [])) >= 3 and all(b.terms[t])}


def scored_ab() -> tuple[rr.Score, rr.Score]:
    a = rr.tally(rr.sheet_paths("A")["key"], rr.read_judgments(rr.sheet_files("A", None)))
    b = rr.tally(rr.sheet_paths("B")["key"], rr.read_judgments(rr.sheet_files("B", None)))
    return a, b


def _used() -> set[tuple[int, int, int]]:
    """(line, start, end) of every item of sheets A and B."""
    out = set()
    for sheet in "AB":
        with rr.sheet_paths(sheet)["key"].open(encoding="utf-8", newline="") as f:
            out |= {(int(r["line"]), int(r["start"]), int(r["end"])) for r in csv.DictReader(f)}
    return out


def cmd_sample(_args: argparse.Namespace) -> None:
    from framing import Analyzer

    a, b = scored_ab()
    chosen = sorted(c_set(a, b))
    used = _used()
    analyzer = Analyzer(scorers=["lexicon"], lexicons=[rr.SCRATCH])
    ts = rr.texts(LINES)
    cand: dict[str, list] = defaultdict(list)
    total: dict[str, int] = defaultdict(int)
    ctrl: list = []
    for line, (_doc, text) in ts.items():
        c, k = rr._hits(analyzer, rr.SCRATCH.stem, text)
        for s in c:
            total[s.term] += 1
            if (line, s.start, s.end) not in used:
                cand[s.term].append((line, s))
        ctrl.extend((line, s) for s in k if (line, s.start, s.end) not in used)
    rng = random.Random(SEED)
    items = []
    for term in chosen:
        items.extend((term, 0, line, s) for line, s in rr.draw(sorted(cand.get(term, []), key=rr._order), rng))
    n_ctrl = round(len(items) * rr.CONTROL_SHARE / (1 - rr.CONTROL_SHARE))
    items.extend((f"{Path(s.lexicon).stem}:{s.term}", 1, line, s)
                 for line, s in rng.sample(sorted(ctrl, key=rr._order), n_ctrl))
    rng.shuffle(items)
    rr.write_sheet("C", items, ts)
    with (rr.DATA / f"{rr.PREFIX}_C_frequencies.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["term", "hits_0_1999", "hits_left_for_c"])
        for term in chosen:
            w.writerow([term, total.get(term, 0), len(cand.get(term, []))])
    print(f"C set {len(chosen)} entries: {chosen}; sheet C {len(items)} items ({n_ctrl} controls)", file=sys.stderr)


def decide_c(c: rr.Score, chosen: set[str], freq: dict[str, int]) -> tuple[bool, list[str]]:
    """Rule 3: pooled and frequency-weighted sheet-C precision both >= 0.85."""
    k, n = rr.pooled(c, chosen)
    w = rr.weighted(c, chosen, freq)
    ok = bool(n) and k / n >= rr.SHIP_PRECISION and w >= rr.SHIP_PRECISION
    return ok, [f"C set {len(chosen)} entries, {sum(1 for t in chosen if c.terms.get(t))} with sheet-C items",
                f"sheet C pooled {_fmt(k, n)}, frequency-weighted {w:.3f}"]


def cmd_score(args: argparse.Namespace) -> None:
    a, b = scored_ab()
    chosen = c_set(a, b)
    c = rr.tally(rr.sheet_paths("C")["key"], rr.read_judgments(rr.sheet_files("C", args.c)))
    freq = {r["term"]: int(r["hits_0_1999"]) for r in rr._read_tsv(rr.DATA / f"{rr.PREFIX}_C_frequencies.tsv")}
    ok, lines = decide_c(c, chosen, freq)
    for ln in lines:
        print(ln)
    for t in sorted(chosen):
        js = c.terms.get(t, [])
        print(f"  {t}: A {sum(a.terms[t])}/{len(a.terms[t])}, B {sum(b.terms[t])}/{len(b.terms[t])}, "
              f"C {sum(js)}/{len(js)}")
    print(f"controls (shipped entries), sheet C: {_fmt(sum(c.controls), len(c.controls))}")
    print("RULE: the C set ships" if ok else "RULE: nothing ships")
    with DECISIONS_C.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["term", "category", "c_judged", "c_loaded", "decision"])
        for t in sorted(chosen):
            js = c.terms.get(t, [])
            dec = "ship" if ok and js else ("no sheet-C item: not shipped" if not js else "not shipped (C set fails)")
            w.writerow([t, a.category.get(t, ""), len(js), sum(js), dec])


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("sample").set_defaults(func=cmd_sample)
    p = sub.add_parser("score")
    p.add_argument("--c", nargs="+", help="sheet C file(s) (default: those present)")
    p.set_defaults(func=cmd_score)
    args = ap.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
