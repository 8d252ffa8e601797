#!/usr/bin/env python3
"""Blind labelling sheets of scare-quote candidates on AllSides news, and their scores (issue 15, issue 12).

A *candidate* is exactly a phrase the quote scorer asks :func:`framing.scorers.scare_model.is_scare_quote` about:
a short quoted phrase that nothing attributes and that is not a name or cited term, has no speaker in its clause
and is not a cited clause (``quotes._find``). The sheet shows each candidate in its context with the phrase
marked ``[[...]]`` and nothing of the system's features or probability; the key holds where it is.

``--sample --lines A-B``
    Every candidate on AllSides lines ``A``-``B`` (0-based, ``B`` excluded), minus ``--exclude-lines``, in an order
    shuffled with ``--seed``; writes ``PREFIX_sheet.csv`` (item, context_before, context, label, note) and
    ``PREFIX_key.csv`` (item, line, doc_id, start, end, text) into ``--out``.
``--score SHEET KEY``
    Label counts of a judged sheet and the scare share with its Wilson interval (``?`` and blanks left out; the
    shipped decision against a judged sheet: ``benchmarks/train_scare.py --score-held SHEET KEY``).
``--agreement SHEET_A SHEET_B``
    Raw agreement and Cohen's kappa of two judged copies (scare vs not scare, and over all labels).

Labels (see ``benchmarks/data/README_scare.md``): ``scare`` (the writer keeps the words at a distance: irony,
doubt, a label or coinage the writer does not adopt), ``quote`` (someone's words reported: a speaker named or
clearly meant nearby), ``name`` (a title, name of a policy, bill, event, product, show, slogan or nickname),
``term`` (a word cited as a word, a technical or legal term, a translation, a definition), ``?`` (cannot tell).
Nothing here ships with framing.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
SHEET_FIELDS = ("item", "context_before", "context", "label", "note")
KEY_FIELDS = ("item", "line", "doc_id", "start", "end", "text")
LABELS = ("scare", "quote", "name", "term", "?")
BEFORE_CHARS = 450
AFTER_CHARS = 250


def _lines_arg(s: str) -> range:
    a, _, b = s.partition("-")
    return range(int(a), int(b))


def candidates(lines: list[str], line_numbers: Iterable[int], skip: set[int]) -> list[dict[str, Any]]:
    """Every scare-quote candidate on the given lines, in text order, with the scare model's features and the
    shipped decision (``shown``: listed among the analysis' scare quotes)."""
    import framing.scorers.quotes as quotes_mod
    from framing import Analyzer
    from framing.scorers.scare_model import scare_features

    seen: list[tuple[int, int, dict[str, float], bool]] = []
    original = quotes_mod.is_scare_quote

    def record(doc: Any, qs: int, qe: int, inner: str, **kw: Any) -> bool:
        shown = original(doc, qs, qe, inner, **kw)
        seen.append((qs, qe, scare_features(doc, qs, qe, inner, **kw), shown))
        return shown

    quotes_mod.is_scare_quote = record  # type: ignore[assignment]
    try:
        analyzer = Analyzer(scorers=["lexicon", "devices"])
        out: list[dict[str, Any]] = []
        for ln in line_numbers:
            if ln in skip:
                continue
            obj = json.loads(lines[ln])
            seen.clear()
            analyzer.analyze(obj["text"])
            for qs, qe, feats, shown in seen:
                out.append({"line": ln, "doc_id": obj.get("id", ""), "start": qs, "end": qe,
                            "text": obj["text"][qs:qe], "features": feats, "shown": shown, "_doc": obj["text"]})
        return out
    finally:
        quotes_mod.is_scare_quote = original  # type: ignore[assignment]


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before the candidate's paragraph (up to :data:`BEFORE_CHARS`) and its paragraph window with the
    phrase marked ``[[...]]``; line breaks shown as `` ¶ ``."""
    lo = max(0, start - BEFORE_CHARS)
    hi = min(len(text), end + AFTER_CHARS)
    while lo > 0 and not text[lo - 1].isspace():
        lo += 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    para = text.rfind("\n", lo, start)
    before = text[lo : para + 1] if para >= 0 else ""
    body_lo = para + 1 if para >= 0 else lo
    body = text[body_lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]

    def flat(s: str) -> str:
        return " ¶ ".join(p.strip() for p in s.split("\n") if p.strip())

    return flat(before), ("… " if body_lo > 0 and para < 0 else "") + flat(body) + (" …" if hi < len(text) else "")


def sample(args: argparse.Namespace) -> int:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    skip: set[int] = set()
    for path in args.exclude_lines or ():
        skip |= {int(t) for t in Path(path).read_text(encoding="utf-8").split() if t.strip().isdigit()}
    rows = candidates(lines, _lines_arg(args.lines), skip)
    random.Random(args.seed).shuffle(rows)
    args.out.mkdir(parents=True, exist_ok=True)
    sheet = args.out / f"{args.prefix}_sheet.csv"
    key = args.out / f"{args.prefix}_key.csv"
    for path in (sheet, key):
        if path.exists() and not args.force:
            print(f"{path} exists: not overwritten (--force to replace it)", file=sys.stderr)
            return 2
    with open(sheet, "w", newline="", encoding="utf-8") as fs, open(key, "w", newline="", encoding="utf-8") as fk:
        ws = csv.DictWriter(fs, SHEET_FIELDS)
        wk = csv.DictWriter(fk, KEY_FIELDS)
        ws.writeheader()
        wk.writeheader()
        for i, r in enumerate(rows, 1):
            before, ctx = _context(r["_doc"], r["start"], r["end"])
            ws.writerow({"item": i, "context_before": before, "context": ctx, "label": "", "note": ""})
            wk.writerow({"item": i, **{k: r[k] for k in KEY_FIELDS if k != "item"}})
    print(f"{len(rows)} candidates on lines {args.lines} ({len(skip)} lines excluded): {sheet}, {key}")
    return 0


def read_labels(sheet: Path) -> dict[int, str]:
    """Item -> label of a judged sheet (lower case, stripped; anything outside :data:`LABELS` raises)."""
    out: dict[int, str] = {}
    with open(sheet, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lab = (row.get("label") or "").strip().lower()
            if lab and lab not in LABELS:
                raise SystemExit(f"{sheet}: item {row['item']}: label {lab!r} is none of {LABELS}")
            out[int(row["item"])] = lab
    return out


def read_key(key: Path) -> dict[int, dict[str, Any]]:
    with open(key, newline="", encoding="utf-8") as f:
        return {int(r["item"]): {**r, "line": int(r["line"]), "start": int(r["start"]), "end": int(r["end"])}
                for r in csv.DictReader(f)}


def score(args: argparse.Namespace) -> int:
    sheet, key_path = args.score
    labels = read_labels(sheet)
    read_key(key_path)  # (checks that the key reads)
    counts = Counter(labels.values())
    n = sum(v for k, v in counts.items() if k in LABELS and k != "?")
    print(f"{sheet.name}: {len(labels)} items; " + ", ".join(f"{k} {counts.get(k, 0)}" for k in LABELS)
          + f", blank {counts.get('', 0)}")
    k = counts.get("scare", 0)
    from framing.stats import wilson_interval

    lo, hi = wilson_interval(k, n)
    print(f"  scare share of judged candidates {k}/{n} = {k / n if n else float('nan'):.2f} [{lo:.2f}, {hi:.2f}]")
    return 0


def agreement(args: argparse.Namespace) -> int:
    a, b = (read_labels(p) for p in args.agreement)
    items = sorted(i for i in a if a[i] not in ("", "?") and b.get(i, "") not in ("", "?"))

    def kappa(f: Any) -> tuple[float, float]:
        xs = [f(a[i]) for i in items]
        ys = [f(b[i]) for i in items]
        po = sum(x == y for x, y in zip(xs, ys, strict=True)) / len(items)
        cx, cy = Counter(xs), Counter(ys)
        pe = sum(cx[c] * cy[c] for c in set(cx) | set(cy)) / len(items) ** 2
        return po, (po - pe) / (1 - pe) if pe < 1 else float("nan")

    po, k = kappa(lambda s: s == "scare")
    po_all, k_all = kappa(lambda s: s)
    print(f"{len(items)} items judged by both: scare vs not: agreement {po:.3f}, kappa {k:.3f}; "
          f"all labels: agreement {po_all:.3f}, kappa {k_all:.3f}")
    both = sum(a[i] == "scare" and b[i] == "scare" for i in items)
    print(f"  scare: A {sum(a[i] == 'scare' for i in items)}, B {sum(b[i] == 'scare' for i in items)}, both {both}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", action="store_true")
    ap.add_argument("--lines", default="0-2000")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "data")
    ap.add_argument("--prefix", default="scare_sheet")
    ap.add_argument("--exclude-lines", action="append", type=Path)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--score", nargs=2, type=Path, metavar=("SHEET", "KEY"))
    ap.add_argument("--agreement", nargs=2, type=Path, metavar=("SHEET_A", "SHEET_B"))
    args = ap.parse_args(argv)
    if not NEWS.is_file():
        print(f"AllSides sample not found at {NEWS}", file=sys.stderr)
        return 2
    if args.score:
        return score(args)
    if args.agreement:
        return agreement(args)
    return sample(args)


if __name__ == "__main__":
    raise SystemExit(main())
