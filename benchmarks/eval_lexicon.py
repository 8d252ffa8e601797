#!/usr/bin/env python3
"""Precision / recall / F1 of the lexicon scorer against hand-coded loaded language.

1. PTC (SemEval-2020 task 11) training articles: token-level, Loaded_Language + Name_Calling,Labeling spans,
   exactly as ``../shared/tools/span_f1.py`` counts (every ``\\w+`` token is gold-positive when it overlaps a
   gold span, predicted-positive when it overlaps a span with weight > 0). The predictions are written as
   ``framing analyze`` JSONL and scored by that tool itself.
2. BABE expert biased words (``final_labels_SG2.csv``): the same token metric over sentences; a token is
   gold-positive when its lower-cased form is one of the sentence's ``biased_words``.
3. SemEval-2021 task 6 meme texts (train + dev + test, 951 texts): Loaded Language + Name calling/Labeling
   spans, the same token metric. Held out: the lexicon edits of ``validate_lexicons.py`` were justified on PTC
   and BABE (so 1. and 2. are in-sample), never on these texts.

Baselines in the same run: the Bing Liu opinion lexicon (positive + negative words) and, for reference,
our lexicons restricted to categories. Own-voice recall (PTC and BABE): the recall over the gold tokens that lie
outside direct quotations (``Document.in_quote``), i.e. loaded language in the outlet's own voice. Usage::

    python benchmarks/eval_lexicon.py [--shared ../shared/data] [--per-category] [--lexicons-dir DIR]

``--lexicons-dir`` replaces the shipped lexicons by a folder with a ``manifest.toml`` (e.g. an older release
exported with ``git archive``) to measure before/after with the same script.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from framing import Analysis, Analyzer
from framing.document import Document

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+")
KEEP = ("Loaded_Language", "Name_Calling,Labeling")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def token_counts(text: str, gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for m in WORD.finditer(text):
        g = any(s < m.end() and m.start() < e for s, e in gold)
        p = any(s < m.end() and m.start() < e for s, e in pred)
        tp += g and p
        fp += p and not g
        fn += g and not p
    return tp, fp, fn


def own_voice_counts(text: str, gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> tuple[int, int]:
    """(tp, fn) over the gold tokens outside direct quotations."""
    doc = Document(text)
    tp = fn = 0
    for m in WORD.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in gold) or doc.in_quote(m.start(), m.end()):
            continue
        if any(s < m.end() and m.start() < e for s, e in pred):
            tp += 1
        else:
            fn += 1
    return tp, fn


def _own_line(c: list[int]) -> str:
    return f"own-voice recall (gold tokens outside quotations): {c[0] / max(1, c[0] + c[1]):.3f} (tp {c[0]}, fn {c[1]})"


def liu_words(shared: Path) -> set[str]:
    words: set[str] = set()
    for name in ("positive_liu2005.txt", "negative_liu2005.txt"):
        for line in open(shared / "recasens2013-lexicons" / name, encoding="latin-1"):
            w = line.strip()
            if w and not w.startswith(";"):
                words.add(w.lower())
    return words


def liu_spans(text: str, words: set[str]) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[\w'-]+", text) if m.group().lower() in words]


def eval_ptc(analyzer: Analyzer, shared: Path, liu: set[str], per_category: bool) -> None:
    ptc = shared / "ptc-semeval2020-task11"
    arts = sorted((ptc / "train-articles").glob("*.txt"))
    gold: dict[str, list[tuple[int, int]]] = {}
    for line in open(ptc / "train-task2-TC.labels", encoding="utf-8"):
        art, tech, s, e = line.rstrip("\n").split("\t")
        if tech in KEEP:
            gold.setdefault(art, []).append((int(s), int(e)))
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        cat_counts: dict[str, list[int]] = {}
        liu_c = [0, 0, 0]
        own = [0, 0]
        with open(pred_path, "w", encoding="utf-8") as out:
            for path in arts:
                art = re.search(r"(\d+)", path.name).group(1)  # type: ignore[union-attr]
                text = path.read_text(encoding="utf-8")
                a = analyzer.analyze(text, id=art)
                out.write(json.dumps(a.to_dict()) + "\n")
                g = gold.get(art, [])
                pred = [(s.start, s.end) for s in a.spans if s.weight > 0]
                for i, v in enumerate(own_voice_counts(text, g, pred)):
                    own[i] += v
                for i, v in enumerate(token_counts(text, g, liu_spans(text, liu))):
                    liu_c[i] += v
                if per_category:
                    for cat in {s.category for s in a.spans if s.weight > 0}:
                        pred = [(s.start, s.end) for s in a.spans if s.category == cat and s.weight > 0]
                        c = cat_counts.setdefault(cat, [0, 0, 0])
                        tp, fp, _ = token_counts(text, g, pred)
                        c[0] += tp
                        c[1] += fp
        elapsed = time.perf_counter() - t0
        tool = ROOT.parent / "shared" / "tools" / "span_f1.py"
        res = subprocess.run([sys.executable, str(tool), "--pred", str(pred_path), "--articles",
                              str(ptc / "train-articles"), "--labels", str(ptc / "train-task2-TC.labels")],
                             capture_output=True, text=True, check=True)
    print(f"## PTC train ({len(arts)} articles, {' + '.join(KEEP)}), {elapsed:.1f} s")
    print(f"framing lexicons (span_f1.py): {res.stdout.strip()}")
    print(f"framing lexicons {_own_line(own)}")
    p, r, f = prf(*liu_c)
    print(f"Bing Liu baseline:             token-level  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if per_category:
        print("\n| category | tp | fp | precision |\n|---|---|---|---|")
        for cat, (tp, fp, _) in sorted(cat_counts.items(), key=lambda kv: -kv[1][0]):
            print(f"| {cat} | {tp} | {fp} | {tp / (tp + fp) if tp + fp else 0:.3f} |")


def _count_both(analyzer: Analyzer, text: str, gold: list[tuple[int, int]], liu: set[str], ours: list[int],
                base: list[int]) -> Analysis:
    """Add the token counts of framing's loaded spans to ``ours`` and of the Liu lexicon to ``base``."""
    a = analyzer.analyze(text)
    pred = [(s.start, s.end) for s in a.spans if s.weight > 0]
    for i, v in enumerate(token_counts(text, gold, pred)):
        ours[i] += v
    for i, v in enumerate(token_counts(text, gold, liu_spans(text, liu))):
        base[i] += v
    return a


def _print_both(ours: list[int], base: list[int]) -> None:
    for name, c in (("framing lexicons: ", ours), ("Bing Liu baseline:", base)):
        p, r, f = prf(*c)
        print(f"{name} P {p:.3f}  R {r:.3f}  F1 {f:.3f} (tp {c[0]}, fp {c[1]}, fn {c[2]})")


def eval_babe(analyzer: Analyzer, shared: Path, liu: set[str]) -> None:
    rows = list(csv.DictReader(open(shared / "babe" / "final_labels_SG2.csv", encoding="utf-8-sig"), delimiter=";"))
    ours = [0, 0, 0]
    base = [0, 0, 0]
    own = [0, 0]
    fp_terms: Counter[str] = Counter()
    for row in rows:
        text = row["text"]
        try:
            words = {w.lower() for w in ast.literal_eval(row["biased_words"] or "[]")}
        except (ValueError, SyntaxError):
            words = set()
        gold = [m.span() for m in WORD.finditer(text) if m.group().lower() in words]
        a = _count_both(analyzer, text, gold, liu, ours, base)
        for i, v in enumerate(own_voice_counts(text, gold, [(s.start, s.end) for s in a.spans if s.weight > 0])):
            own[i] += v
        for s in a.spans:
            if s.weight > 0 and not any(m.group().lower() in words for m in WORD.finditer(s.text)):
                fp_terms[s.term] += 1
    print(f"\n## BABE SG2 expert biased words ({len(rows)} sentences, token level)")
    _print_both(ours, base)
    print(f"framing lexicons {_own_line(own)}")
    print("most frequent terms not marked biased by BABE's experts:",
          ", ".join(f"{t} ({n})" for t, n in fp_terms.most_common(15)))


def eval_semeval2021(analyzer: Analyzer, shared: Path, liu: set[str]) -> None:
    """Held out: nothing in the lexicons was tuned on these meme texts (out of domain: short, informal)."""
    keep = {"Loaded Language", "Name calling/Labeling"}
    items: list[dict] = []
    for name in ("training_set_task2.txt", "dev_set_task2.txt", "test_set_task2.txt"):
        items += json.load(open(shared / "semeval2021-task6-text" / name, encoding="utf-8"))
    ours = [0, 0, 0]
    base = [0, 0, 0]
    for item in items:
        text = item["text"]
        gold = [(lab["start"], lab["end"]) for lab in item["labels"] if lab["technique"] in keep]
        _count_both(analyzer, text, gold, liu, ours, base)
    print(f"\n## SemEval-2021 task 6 meme texts, held out ({len(items)} texts, Loaded Language + Name calling/"
          "Labeling, token level)")
    _print_both(ours, base)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--per-category", action="store_true")
    ap.add_argument("--lexicons-dir", help="use this lexicon folder (with manifest.toml) instead of the shipped one")
    args = ap.parse_args()
    if args.lexicons_dir:
        analyzer = Analyzer(scorers=["lexicon"], lexicons=[args.lexicons_dir], builtin_lexicons=False)
    else:
        analyzer = Analyzer(scorers=["lexicon"])
    liu = liu_words(args.shared)
    eval_ptc(analyzer, args.shared, liu, args.per_category)
    eval_babe(analyzer, args.shared, liu)
    eval_semeval2021(analyzer, args.shared, liu)


if __name__ == "__main__":
    main()
