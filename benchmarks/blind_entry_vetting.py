#!/usr/bin/env python3
"""Blind per-entry vetting of lexicon entries on AllSides DEVELOPMENT lines 0-1999 (issue 12, session 15).

The entries vetted: every entry added in lexicons 1.3.3 (``lexicon_new_entries_dev_1.3.3.tsv``, decision
``added``), every entry added in 1.3.4 (``lexicon_new_entries_dev_1.3.4.tsv``, decision ``added``) and every
entry of ``lexicons/delegitimisers.tsv``. ``sample`` runs the shipped lexicon scorer
(``Analyzer(scorers=["lexicon"])``) on ``news.jsonl`` lines 0-1999 only (never the held-out 2000-2999), keeps
spans with weight > 0 that are not negated, draws up to 4 hits per entry (seed 41) and writes a SHUFFLED sheet
(item, the sentence with the hit marked ``[[...]]``, the sentence before, empty ``judgment``) that names no entry,
category, lexicon or weight, and a separate key. The judge fills ``judgment`` (1 loaded, 0 not) before opening
the key. ``score`` joins sheet and key and prints precision per entry and per group with Wilson intervals, and
writes the per-entry decisions by the rule fixed before judging: an entry is removed when fewer than 3 of its
judged hits (of up to 4) are loaded, or 0 of 1-2 (so 1/1, 2/2, 1/2, 3/3, 3/4, 4/4 are kept; 2/3, 2/4 removed).
Removal (lexicons 1.3.5): a 1.3.3/1.3.4 addition is deleted; an older curated delegitimiser goes to weight 0.

``--round s16`` (session 16) vets the FREQUENT older entries instead: every entry that the session-15 round did not
vet and that has at least 10 weight>0, non-negated hits on lines 0-1999 with the shipped lexicons (1.3.5; 177
entries, about two thirds of the lexicon scorer's loaded spans on those lines), with seed 43 and the same sheet
format and decision rule (files ``entry_vetting_s16_*``). Removal (lexicons 1.3.6): the entry goes to weight 0
(kept as a weight-0 candidate, the practice for demoted curated entries). Because removals add no span, the
paired re-score of an earlier blind held-out sheet (``judge_precision.py --survivors``) is an unbiased estimate of
the new precision on that sheet's population.

Usage::

    python benchmarks/blind_entry_vetting.py sample
    python benchmarks/blind_entry_vetting.py score
    python benchmarks/blind_entry_vetting.py --round s16 sample
    python benchmarks/blind_entry_vetting.py --round s16 score
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexicon_precision_sheet import wilson

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
DEV_LINES = range(0, 2000)
PER_ENTRY = 4
SEEDS = {"s15": 41, "s16": 43}
MIN_HITS_S16 = 10


def paths(rnd: str) -> tuple[Path, Path, Path]:
    """Sheet, key and decisions of a vetting round."""
    return (DATA / f"entry_vetting_{rnd}_sheet.csv", DATA / f"entry_vetting_{rnd}_key.csv",
            DATA / f"entry_vetting_{rnd}_decisions.tsv")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n+")


def entries() -> dict[tuple[str, str], set[str]]:
    """(lexicon, term) -> the groups it belongs to."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, dec_col, group in (("lexicon_new_entries_dev_1.3.3.tsv", "decision", "added_1.3.3"),
                                 ("lexicon_new_entries_dev_1.3.4.tsv", "decision", "added_1.3.4")):
        with (DATA / name).open(encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                if r[dec_col] == "added":
                    out[(r["lexicon"], r["entry"])].add(group)
    with (ROOT / "lexicons" / "delegitimisers.tsv").open(encoding="utf-8") as f:
        rows = [ln for ln in f if not ln.startswith("#")]
    for r in csv.DictReader(rows, delimiter="\t"):
        out[("delegitimisers", r["term"])].add("delegitimisers")
    return dict(out)


def dev_texts() -> dict[int, str]:
    out = {}
    with NEWS.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i not in DEV_LINES:
                break
            out[i] = json.loads(line)["text"]
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Half-open (start, end) character offsets of rough sentences."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def context(text: str, start: int, end: int) -> tuple[str, str]:
    sents = sentences(text)
    for k, (a, b) in enumerate(sents):
        if a <= start < b or (k == len(sents) - 1):
            b = max(b, end)
            marked = text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]
            prev = text[sents[k - 1][0]:sents[k - 1][1]] if k else ""
            return " ".join(marked.split()), " ".join(prev.split())
    return text[start:end], ""


def vetted_s15() -> set[tuple[str, str]]:
    """The entries the session-15 round judged or listed."""
    with paths("s15")[2].open(encoding="utf-8") as f:
        return {(r["lexicon"], r["term"]) for r in csv.DictReader(f, delimiter="\t")}


def cmd_sample(args: argparse.Namespace) -> None:
    from framing import Analyzer

    sheet, key_path, _ = paths(args.round)
    analyzer = Analyzer(scorers=["lexicon"])
    texts = dev_texts()
    pool: dict[tuple[str, str], list] = defaultdict(list)
    lexicon_names: set[str] = set()
    for line, text in texts.items():
        for s in analyzer.analyze(text).spans:
            lexicon_names.add(s.lexicon)
            key = (Path(s.lexicon).stem, s.term)
            if s.weight > 0 and not s.negated:
                pool[key].append((line, s))
    if args.round == "s15":
        wanted = entries()
    else:
        old = vetted_s15()
        wanted = {k: {"frequent_s16"} for k, v in pool.items() if k not in old and len(v) >= MIN_HITS_S16}
    rng = random.Random(SEEDS[args.round])
    items = []
    for key in sorted(wanted):
        hits = pool.get(key, [])
        for line, s in sorted(rng.sample(hits, min(PER_ENTRY, len(hits))), key=lambda x: (x[0], x[1].start)):
            items.append((key, len(hits), line, s))
    rng.shuffle(items)
    with sheet.open("w", encoding="utf-8", newline="") as fs, key_path.open("w", encoding="utf-8", newline="") as fk:
        ws, wk = csv.writer(fs), csv.writer(fk)
        ws.writerow(["item", "sentence", "previous_sentence", "judgment"])
        wk.writerow(["item", "lexicon", "term", "groups", "dev_hits", "category", "weight", "line", "start", "end",
                     "text", "in_quote"])
        for n, (key, count, line, s) in enumerate(items, 1):
            sent, prev = context(texts[line], s.start, s.end)
            ws.writerow([n, sent, prev, ""])
            wk.writerow([n, key[0], key[1], ";".join(sorted(wanted[key])), count, s.category, s.weight, line,
                         s.start, s.end, s.text, int(s.in_quote)])
    fired = sum(1 for k in wanted if pool.get(k))
    print(f"{len(wanted)} entries; {fired} with weight>0 hits on lines 0-1999; {len(items)} items -> {sheet.name}, "
          f"key -> {key_path.name} (lexicon names seen: {len(lexicon_names)})", file=sys.stderr)


def _fmt(k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"{k}/{n} = {k / n:.2f} [{lo:.2f}, {hi:.2f}]" if n else "0/0"


def removed(k: int, n: int) -> bool:
    """The rule fixed before judging: fewer than 3 of up to 4 loaded, or 0 of 1-2."""
    return k == 0 if n <= 2 else k < 3


def cmd_score(args: argparse.Namespace) -> None:
    sheet, key_path, decisions = paths(args.round)
    with sheet.open(encoding="utf-8") as f:
        judged = {r["item"]: r["judgment"].strip() for r in csv.DictReader(f)}
    with key_path.open(encoding="utf-8") as f:
        key = list(csv.DictReader(f))
    # the key's groups are those at sampling time (s15: lexicons 1.3.4); entries deleted since then stay counted
    wanted = entries() if args.round == "s15" else {}
    for r in key:
        wanted[(r["lexicon"], r["term"])] = set(r["groups"].split(";"))
    per: dict[tuple[str, str], list[int]] = defaultdict(list)
    counts: dict[tuple[str, str], str] = {}
    for r in key:
        j = judged.get(r["item"], "")
        k = (r["lexicon"], r["term"])
        counts[k] = r["dev_hits"]
        if j in ("0", "1"):
            per[k].append(int(j))
    groups: dict[str, list[int]] = defaultdict(list)
    for k, js in per.items():
        for g in wanted[k]:
            groups[g].extend(js)
    allj = [j for js in per.values() for j in js]
    print("all items:", _fmt(sum(allj), len(allj)))
    for g, js in sorted(groups.items()):
        print(f"{g}: {_fmt(sum(js), len(js))}")
    kept = {k: js for k, js in per.items() if not removed(sum(js), len(js))}
    for g in sorted(groups):
        js = [j for k, v in kept.items() if g in wanted[k] for j in v]
        print(f"{g}, entries kept by the rule (selected on these same items, so optimistic): {_fmt(sum(js), len(js))}")
    with decisions.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["lexicon", "term", "groups", "dev_hits_weight_gt0_0_1999", "judged", "loaded", "decision"])
        for k in sorted(wanted):
            js = per.get(k, [])
            if not js:
                dec = "kept (no weight>0 hit on dev lines 0-1999: nothing to judge)"
            elif removed(sum(js), len(js)):
                # lexicons 1.3.5: a 1.3.3/1.3.4 addition is deleted; an older curated delegitimiser is kept as a
                # candidate at weight 0 (the project's practice for demoted curated entries, e.g. so-called)
                if args.round == "s15":
                    dec = ("REMOVE: deleted in 1.3.5" if any(g.startswith("added_") for g in wanted[k])
                           else "REMOVE: weight 0 in 1.3.5")
                else:
                    dec = "REMOVE: weight 0 in 1.3.6"
            else:
                dec = "kept"
            w.writerow([k[0], k[1], ";".join(sorted(wanted[k])), counts.get(k, "0"), len(js), sum(js), dec])
            if dec.startswith("REMOVE"):
                print(f"  REMOVE {k[0]}:{k[1]} {sum(js)}/{len(js)} (dev hits {counts[k]})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--round", choices=sorted(SEEDS), default="s15",
                    help="s15: 1.3.3/1.3.4 additions and delegitimisers; s16: frequent older entries")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("sample").set_defaults(func=cmd_sample)
    sub.add_parser("score").set_defaults(func=cmd_score)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
