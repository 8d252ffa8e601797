#!/usr/bin/env python3
"""Per-entry precision review of the mild lexicon entries on AllSides DEVELOPMENT articles (lines 0-999 only).

``sample`` runs the lexicon scorer over ``news.jsonl`` lines 0-999 (never the held-out 2000-2999), counts how
often each loaded entry with weight in (0, ``--max-weight``) fires (own voice and quotes), keeps the ``--top``
most frequent entries and draws up to ``--per-entry`` of their spans with a fixed seed into
``benchmarks/data/lexicon_entry_review_dev.tsv`` (empty ``judgment`` column) and prints a KWIC listing for the
judge. The sheet stores offsets, span text and entry, not the article text. ``score`` prints precision per
entry and overall; ``recheck`` re-runs the current lexicons on the judged spans (which judged spans are still
loaded), so before/after on the judged lines can be read.

Usage::

    python benchmarks/lexicon_entry_review.py sample [--top 130] [--per-entry 4] [--seed 41]
    python benchmarks/lexicon_entry_review.py show
    python benchmarks/lexicon_entry_review.py score
    python benchmarks/lexicon_entry_review.py recheck
    python benchmarks/lexicon_entry_review.py sample --round 2 --only mock,slash --per-entry 6 --seed 42
    python benchmarks/lexicon_entry_review.py sample --round 3 --new-entries --top 150 --per-entry 2 --seed 43
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexicon_precision_sheet import kwic, wilson

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
SHEET = ROOT / "benchmarks" / "data" / "lexicon_entry_review_dev.tsv"
DEV_LINES = range(0, 1000)
FIELDS = ["entry_rank", "entry_count", "lexicon", "term", "category", "weight", "line", "start", "end", "text",
          "in_quote", "judgment"]


def dev_texts() -> dict[int, str]:
    out = {}
    with NEWS.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i not in DEV_LINES:
                break
            out[i] = json.loads(line)["text"]
    return out


def spans_by_line(texts: dict[int, str]) -> dict[int, list]:
    from framing import Analyzer

    analyzer = Analyzer(scorers=["lexicon"])
    return {i: [s for s in analyzer.analyze(t).spans if s.weight > 0 and not s.negated] for i, t in texts.items()}


def cmd_sample(args: argparse.Namespace) -> None:
    texts = dev_texts()
    found = spans_by_line(texts)
    pool: dict[tuple[str, str], list] = defaultdict(list)
    for line, spans in found.items():
        for s in spans:
            if s.weight < args.max_weight:
                pool[(s.lexicon, s.term)].append((line, s))
    ranked = sorted(pool, key=lambda k: (-len(pool[k]), k))
    if args.new_entries:  # only entries that no earlier sheet reviewed
        old = {(r["lexicon"], r["term"]) for k in range(1, args.round) if sheet_path(k).exists()
               for r in read_sheet(sheet_path(k))}
        ranked = [k for k in ranked if k not in old]
    ranked = ranked[args.from_rank - 1: args.top]
    if args.only:  # a second round: more spans of the named entries, none already on the first sheet
        only = set(args.only.split(","))
        ranked = [k for k in ranked if k[1] in only]
        seen = {(int(r["line"]), int(r["start"])) for k in range(1, args.round) if sheet_path(k).exists()
                for r in read_sheet(sheet_path(k))}
        pool = {k: [x for x in pool[k] if (x[0], x[1].start) not in seen] for k in ranked}
    rng = random.Random(args.seed)
    rows = []
    for rank, key in enumerate(ranked, args.from_rank):
        items = pool[key]
        if not items:
            continue
        for line, s in sorted(rng.sample(items, min(args.per_entry, len(items))), key=lambda x: (x[0], x[1].start)):
            rows.append({"entry_rank": rank, "entry_count": len(items), "lexicon": s.lexicon, "term": s.term,
                         "category": s.category, "weight": s.weight, "line": line, "start": s.start, "end": s.end,
                         "text": s.text, "in_quote": int(s.in_quote), "judgment": ""})
    with sheet_path(args.round).open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS, delimiter="\t")
        w.writeheader()
        w.writerows(rows)
    total = sum(len(v) for v in pool.values())
    print(f"{len(pool)} entries with weight < {args.max_weight} fire {total} times; top {len(ranked)} cover "
          f"{sum(len(pool[k]) for k in ranked)}; {len(rows)} spans written to {sheet_path(args.round)}",
          file=sys.stderr)
    show(rows, texts)


def sheet_path(round_: int) -> Path:
    return SHEET if round_ == 1 else SHEET.with_name(f"{SHEET.stem}_round{round_}.tsv")


def read_sheet(path: Path = SHEET) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def show(rows: list[dict], texts: dict[int, str]) -> None:
    for i, r in enumerate(rows):
        print(f"{i}\t#{r['entry_rank']} {r['term']} ({r['entry_count']})\tq={r['in_quote']}\t"
              f"{kwic(texts[int(r['line'])], int(r['start']), int(r['end']), 90)}")


def cmd_show(args: argparse.Namespace) -> None:
    show(read_sheet(sheet_path(args.round)), dev_texts())


def _prec(rows: list[dict[str, str]]) -> str:
    j = [r["judgment"] for r in rows if r["judgment"] in ("0", "1")]
    k, n = j.count("1"), len(j)
    lo, hi = wilson(k, n)
    return f"{k}/{n} = {k / n:.2f} [{lo:.2f}, {hi:.2f}]" if n else "-"


def all_rows(args: argparse.Namespace) -> list[dict[str, str]]:
    rounds = list(range(1, 10)) if args.round == 0 else [args.round]
    return [r for k in rounds if sheet_path(k).exists() for r in read_sheet(sheet_path(k))]


def cmd_score(args: argparse.Namespace) -> None:
    rows = all_rows(args)
    print("all judged:", _prec(rows))
    for voice in ("0", "1"):
        print(("own voice" if voice == "0" else "quoted"), _prec([r for r in rows if r["in_quote"] == voice]))
    by = defaultdict(list)
    for r in rows:
        by[r["category"]].append(r)
    for c, rs in sorted(by.items()):
        print(f"  {c}: {_prec(rs)}")
    if args.entries:
        ent: dict[tuple[str, str], list] = defaultdict(list)
        for r in rows:
            ent[(r["lexicon"], r["term"])].append(r)
        print("entries (lexicon, term, dev count, judged precision), lowest first:")
        for (lex, term), rs in sorted(ent.items(), key=lambda kv: _share(kv[1])):
            print(f"  {lex}\t{term}\t{rs[0]['entry_count']}\t{_prec(rs)}")


def _share(rows: list[dict[str, str]]) -> float:
    j = [r["judgment"] for r in rows if r["judgment"] in ("0", "1")]
    return j.count("1") / len(j) if j else 1.0


def cmd_recheck(args: argparse.Namespace) -> None:
    rows = all_rows(args)
    texts = dev_texts()
    lines = sorted({int(r["line"]) for r in rows})
    found = spans_by_line({i: texts[i] for i in lines})
    kept = []
    for r in rows:
        a, b = int(r["start"]), int(r["end"])
        if any(s.start < b and a < s.end for s in found[int(r["line"])]):
            kept.append(r)
    c = Counter((r["judgment"], r in kept) for r in rows)
    print(f"before (sheet as drawn): {_prec(rows)}")
    print(f"after (spans still loaded with the current lexicons): {_prec(kept)}")
    print(f"loaded kept {c[('1', True)]}/{c[('1', True)] + c[('1', False)]}; "
          f"not loaded kept {c[('0', True)]}/{c[('0', True)] + c[('0', False)]}")
    # frequency-weighted estimate over the reviewed entries: each entry's judged precision x its dev count
    ent: dict[str, list] = defaultdict(list)
    for r in rows:
        ent[r["lexicon"] + ":" + r["term"]].append(r)
    for tag in ("before", "after"):
        num = den = 0.0
        for es in ent.values():
            j = [r for r in es if r["judgment"] in ("0", "1") and (tag == "before" or r in kept)]
            if not j:
                continue
            w = int(es[0]["entry_count"]) * len(j) / max(1, len([r for r in es if r["judgment"] in ("0", "1")]))
            num += w * sum(r["judgment"] == "1" for r in j) / len(j)
            den += w
        print(f"frequency-weighted precision of the reviewed entries, {tag}: {num / den:.2f}" if den else tag)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--top", type=int, default=130)
    s.add_argument("--from-rank", type=int, default=1, help="skip the entries ranked before this")
    s.add_argument("--new-entries", action="store_true", help="skip entries reviewed on an earlier sheet")
    s.add_argument("--per-entry", type=int, default=4)
    s.add_argument("--max-weight", type=float, default=0.75)
    s.add_argument("--seed", type=int, default=41)
    s.add_argument("--only", default="", help="comma-separated terms: a second round for these entries")
    s.add_argument("--round", type=int, default=1, help="1: the first sheet; N: ..._roundN.tsv")
    for name in ("show", "score", "recheck"):
        sp = sub.add_parser(name)
        sp.add_argument("--round", type=int, default=0 if name != "show" else 1,
                        help="which sheet (0: both rounds pooled)")
        sp.add_argument("--entries", action="store_true", help="score: precision per entry")
    args = ap.parse_args()
    {"sample": cmd_sample, "show": cmd_show, "score": cmd_score, "recheck": cmd_recheck}[args.cmd](args)


if __name__ == "__main__":
    main()
