#!/usr/bin/env python3
"""Editor-judged precision of the lexicon's loaded spans on AllSides development articles (lines 0-1999 only).

``sample`` runs the lexicon scorer over AllSides ``news.jsonl`` lines 0-1999 (never the held-out lines
2000-2999), pools every span that counts as loaded (weight > 0, not negated), draws ``--n`` of them with a fixed
seed and writes a sheet ``benchmarks/data/lexicon_precision_{tag}.tsv`` with an empty ``judgment`` column, plus a
key-word-in-context listing on stdout for the judge. The sheet stores line, offsets, span text, category and the
judgment, not the article text (the AllSides texts must not be committed); ``show`` prints the contexts again
from the data. ``score`` reads a judged sheet (judgment ``1`` = loaded in context as an editor would accept,
``0`` = not loaded) and prints precision with a Wilson 95% interval overall, per category and per voice.
``recheck`` re-runs the current lexicons on a judged sheet's spans: how many judged-wrong spans are gone and
how many judged-right ones are lost.

Usage::

    python benchmarks/lexicon_precision_sheet.py sample --tag before [--n 100] [--seed 12]
    python benchmarks/lexicon_precision_sheet.py show --tag before
    python benchmarks/lexicon_precision_sheet.py score --tag before
    python benchmarks/lexicon_precision_sheet.py recheck --tag before
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

from framing.stats import wilson_interval as wilson

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
DATA = ROOT / "benchmarks" / "data"
DEV_LINES = range(0, 2000)  # 2000-2999 are held out for blind judging: never read here
FIELDS = ["line", "start", "end", "text", "term", "category", "weight", "in_quote", "judgment", "reason"]


def dev_articles() -> list[tuple[int, str]]:
    out = []
    with NEWS.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i not in DEV_LINES:
                break
            out.append((i, json.loads(line)["text"]))
    return out


def loaded_spans(texts: list[tuple[int, str]]) -> list[dict[str, object]]:
    from framing import Analyzer

    analyzer = Analyzer(scorers=["lexicon"])
    rows = []
    for line, text in texts:
        for s in analyzer.analyze(text).spans:
            if s.weight > 0 and not s.negated:
                rows.append({"line": line, "start": s.start, "end": s.end, "text": s.text, "term": s.term,
                             "category": s.category, "weight": s.weight, "in_quote": int(s.in_quote),
                             "judgment": "", "reason": ""})
    return rows


def kwic(text: str, start: int, end: int, width: int = 110) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left} [[{text[start:end]}]] {right}"


def sheet_path(tag: str) -> Path:
    return DATA / f"lexicon_precision_{tag}.tsv"


def read_sheet(tag: str) -> list[dict[str, str]]:
    with sheet_path(tag).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def cmd_sample(args: argparse.Namespace) -> int:
    texts = dev_articles()
    pool = loaded_spans(texts)
    rng = random.Random(args.seed)
    picked = sorted(rng.sample(pool, min(args.n, len(pool))), key=lambda r: (r["line"], r["start"]))
    path = sheet_path(args.tag)
    if path.exists() and not args.force:
        print(f"{path} exists (use --force to overwrite a judged sheet)", file=sys.stderr)
        return 1
    DATA.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(picked)
    n_own = sum(1 for r in pool if not r["in_quote"])
    print(f"# {len(pool)} loaded spans in lines 0-{len(texts) - 1} ({n_own} own voice); sampled {len(picked)} "
          f"with seed {args.seed} -> {path}")
    by_line = dict(texts)
    for i, r in enumerate(picked):
        print(f"{i}\t{r['category']}\t{kwic(by_line[int(r['line'])], int(r['start']), int(r['end']))}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    by_line = dict(dev_articles())
    for i, r in enumerate(read_sheet(args.tag)):
        print(f"{i}\t{r['judgment']}\t{r['category']}\t{kwic(by_line[int(r['line'])], int(r['start']), int(r['end']))}"
              f"\t{r['reason']}")
    return 0


def _report(rows: list[dict[str, str]], key: str) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        groups[r[key]].append(int(r["judgment"]))
    for g, js in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lo, hi = wilson(sum(js), len(js))
        print(f"  {g:24} {sum(js):>3}/{len(js):<3} {sum(js) / len(js):.2f} [{lo:.2f}, {hi:.2f}]")


def cmd_score(args: argparse.Namespace) -> int:
    rows = [r for r in read_sheet(args.tag) if r["judgment"].strip() in ("0", "1")]
    k = sum(int(r["judgment"]) for r in rows)
    lo, hi = wilson(k, len(rows))
    print(f"{args.tag}: precision {k}/{len(rows)} = {k / len(rows):.3f}, Wilson 95% [{lo:.3f}, {hi:.3f}]")
    for r in rows:
        r["voice"] = "quoted" if r["in_quote"] == "1" else "own voice"
    print("per voice:")
    _report(rows, "voice")
    print("per category:")
    _report(rows, "category")
    return 0


def cmd_recheck(args: argparse.Namespace) -> int:
    rows = [r for r in read_sheet(args.tag) if r["judgment"].strip() in ("0", "1")]
    lines = {int(r["line"]) for r in rows}
    now = {(int(r["line"]), int(r["start"]), int(r["end"]))
           for r in loaded_spans([(i, t) for i, t in dev_articles() if i in lines])}
    kept = [r for r in rows if (int(r["line"]), int(r["start"]), int(r["end"])) in now]
    right = sum(int(r["judgment"]) for r in rows)
    wrong = len(rows) - right
    kept_right = sum(int(r["judgment"]) for r in kept)
    kept_wrong = len(kept) - kept_right
    print(f"{args.tag} sheet under the current lexicons: {len(kept)}/{len(rows)} spans still loaded; "
          f"judged-right kept {kept_right}/{right}, judged-wrong kept {kept_wrong}/{wrong}; precision of the kept "
          f"spans {kept_right / len(kept) if kept else math.nan:.3f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["sample", "show", "score", "recheck"])
    ap.add_argument("--tag", required=True)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    return {"sample": cmd_sample, "show": cmd_show, "score": cmd_score, "recheck": cmd_recheck}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
