"""Evaluate the framing-device scorers against hand annotations, and time them.

1. Attribution verbs and hedges: precision/recall on 70 sentences of the AllSides news sample annotated by hand
   (``benchmarks/data/devices_gold_allsides.jsonl``, see ``benchmarks/data/README_devices.md``);
   each article is analysed
   whole; the spans inside the annotated sentence are compared with the gold spans (a predicted span counts
   when it overlaps a gold span of the same kind).
2. People in BABE sentences: precision/recall of the person actors on 60 (development) + 30 (held-out) + 60
   (blind) BABE sentences whose person names we labelled by hand (``benchmarks/data/babe_persons_gold*.jsonl``);
   a summary table gives one row per set. A gold person is found
   when a person actor
   shares its surname (accent- and case-insensitive); a person actor that matches no gold person is a false
   positive.
3. Speed: milliseconds per document of each device scorer on the first 200 AllSides articles (CPU time, best of
   three), and documents per second of the device family alone.

Data are read from ``../shared/data`` (not shipped). Run: ``python benchmarks/eval_devices.py``;
``--sample-blind`` prints the row numbers of the blind BABE sample (reproducible, no analysis run).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
import unicodedata
from pathlib import Path

from framing import Analyzer
from framing.document import Document
from framing.exceptions import LexiconError
from framing.lexicon import Lexicon, builtin_lexicons, load_lexicon
from framing.scorers.base import ResultBuilder

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GOLD_ALLSIDES = ROOT / "benchmarks" / "data" / "devices_gold_allsides.jsonl"
GOLD_BABE = ROOT / "benchmarks" / "data" / "babe_persons_gold.jsonl"
#: labelled after the actor rules were frozen: the unbiased figure
GOLD_BABE_HELDOUT = ROOT / "benchmarks" / "data" / "babe_persons_gold_heldout.jsonl"
#: sampled with seed 2028 from the rows in neither set above and labelled before the extractor was run on them
GOLD_BABE_BLIND = ROOT / "benchmarks" / "data" / "babe_persons_gold_blind.jsonl"
BABE_CSV = SHARED / "babe" / "final_labels_SG2.csv"


def babe_rows() -> list[dict[str, str]]:
    """The BABE sentences; ``row`` in the gold files is the 0-based index into this list."""
    with open(BABE_CSV, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def blind_sample(n: int = 60, seed: int = 2028) -> list[int]:
    """Row numbers of the blind set: ``n`` rows drawn with ``random.Random(seed)`` from all rows not in the
    development or held-out file (candidates in ascending order), returned sorted."""
    used = {json.loads(line)["row"] for p in (GOLD_BABE, GOLD_BABE_HELDOUT) for line in p.open(encoding="utf-8")}
    candidates = [i for i in range(len(babe_rows())) if i not in used]
    return sorted(random.Random(seed).sample(candidates, n))


def lexicons() -> tuple[list[Lexicon], str]:
    """The shipped lexicons; while some are still missing, every shipped file that loads (and say which)."""
    try:
        return list(builtin_lexicons()), "all shipped lexicons"
    except LexiconError as exc:
        import tomllib

        manifest = tomllib.loads((ROOT / "lexicons" / "manifest.toml").read_text())
        out, skipped = [], []
        for item in manifest["lexicon"]:
            try:
                out.append(load_lexicon(ROOT / "lexicons" / item["file"]))
            except LexiconError:
                skipped.append(item["file"])
        return out, f"shipped lexicons that load (skipped: {', '.join(skipped) or '-'}; {exc})"


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> str:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.2f} ({tp_pred}/{n_pred})  R={r:.2f} ({tp_gold}/{n_gold})  F1={f:.2f}"


def eval_allsides(analyzer: Analyzer, verbose: bool) -> None:
    texts = {}
    with open(SHARED / "allsides-news-sample" / "news.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            texts[rec["id"]] = rec["text"]
    gold = [json.loads(line) for line in GOLD_ALLSIDES.open(encoding="utf-8")]
    kinds = {"attribution": lambda c: c.startswith("attribution"), "hedge": lambda c: c == "hedge"}
    counts = {k: [0, 0, 0, 0] for k in kinds}  # tp_pred, n_pred, tp_gold, n_gold
    cache: dict[str, object] = {}
    for rec in gold:
        a = cache.get(rec["doc_id"]) or analyzer.analyze(texts[rec["doc_id"]])
        cache[rec["doc_id"]] = a
        lo, hi = rec["sent_start"], rec["sent_end"]
        for kind, test in kinds.items():
            pred = [(s.start, s.end, s.text) for s in a.spans  # type: ignore[attr-defined]
                    if test(s.category) and lo <= s.start and s.end <= hi]
            gspans = [tuple(g) for g in rec[kind]]
            c = counts[kind]
            c[1] += len(pred)
            c[3] += len(gspans)
            c[0] += sum(1 for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gspans))
            c[2] += sum(1 for g in gspans if any(p[0] < g[1] and g[0] < p[1] for p in pred))
            if verbose:
                fp = [p[2] for p in pred if not any(p[0] < g[1] and g[0] < p[1] for g in gspans)]
                fn = [g[2] for g in gspans if not any(p[0] < g[1] and g[0] < p[1] for p in pred)]
                if fp or fn:
                    print(f"  #{rec['n']} {kind}: false pos {fp} false neg {fn}")
    print(f"AllSides sample, {len(gold)} hand-annotated sentences from {len(cache)} articles:")
    for kind, c in counts.items():
        print(f"  {kind:12s} {prf(*c)}")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def eval_babe(analyzer: Analyzer, verbose: bool, path: Path, title: str) -> tuple[int, int, int, int, int]:
    """Print the figures for one gold file; return (sentences, tp_pred, n_pred, tp_gold, n_gold)."""
    rows = babe_rows()
    gold = [json.loads(line) for line in path.open(encoding="utf-8")]
    tp_pred = n_pred = tp_gold = n_gold = 0
    for rec in gold:
        text = rows[rec["row"]]["text"]
        a = analyzer.analyze(text)
        people = [x for x in a.actors if x.type == "person"]
        surnames = [{_fold(text[s:e]).split()[-1] for s, e in x.mentions} | {_fold(x.name).split()[-1]}
                    for x in people]
        gsur = [_fold(g).split()[-1] for g in rec["persons"]]
        n_pred += len(people)
        n_gold += len(gsur)
        tp_pred += sum(1 for s in surnames if s & set(gsur))
        tp_gold += sum(1 for g in gsur if any(g in s for s in surnames))
        if verbose:
            fp = [x.name for x, s in zip(people, surnames, strict=True) if not s & set(gsur)]
            fn = [g for g, k in zip(rec["persons"], gsur, strict=True) if not any(k in s for s in surnames)]
            if fp or fn:
                print(f"  row {rec['row']}: false pos {fp} false neg {fn}")
    print(f"BABE {title}, {len(gold)} hand-labelled sentences, {n_gold} people named:")
    print(f"  persons      {prf(tp_pred, n_pred, tp_gold, n_gold)}")
    return len(gold), tp_pred, n_pred, tp_gold, n_gold


def babe_table(results: list[tuple[str, tuple[int, int, int, int, int]]]) -> None:
    """One row per BABE person set. tp = matched predictions (precision numerator), fn = gold people not found."""
    print("BABE persons by set:")
    print(f"  {'set':9s} {'sents':>5s} {'gold':>4s} {'pred':>4s} {'tp':>3s} {'fp':>3s} {'fn':>3s}    P     R    F1")
    for name, (n, tp_pred, n_pred, tp_gold, n_gold) in results:
        p = tp_pred / n_pred if n_pred else 0.0
        r = tp_gold / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {name:9s} {n:5d} {n_gold:4d} {n_pred:4d} {tp_pred:3d} {n_pred - tp_pred:3d} {n_gold - tp_gold:3d}"
              f"  {p:.2f}  {r:.2f}  {f:.2f}")


def speed(lexs: list[Lexicon], n_docs: int) -> None:
    with open(SHARED / "allsides-news-sample" / "news.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line)["text"] for _, line in zip(range(n_docs), f, strict=False)]
    an = Analyzer(scorers=["lexicon", "devices"], lexicons=lexs, builtin_lexicons=False)
    best: dict[str, float] = {}
    for _ in range(3):
        took: dict[str, float] = {}
        for text in docs:
            doc = Document(text)
            r = ResultBuilder(doc)
            t = time.process_time()
            _ = (doc.token_spans, doc.token_starts, doc.tokens, doc.norm_tokens, doc.sentences, doc.quotes)
            took["document caches"] = took.get("document caches", 0.0) + time.process_time() - t
            for sc in an.scorers:
                t = time.process_time()
                sc.score(doc, r)
                took[sc.name] = took.get(sc.name, 0.0) + time.process_time() - t
        for k, v in took.items():
            best[k] = min(best.get(k, float("inf")), v)
    print(f"Speed on {len(docs)} AllSides articles (CPU ms per document, best of 3):")
    for k, v in best.items():
        print(f"  {k:16s} {1000 * v / len(docs):6.2f}")
    dev = sum(v for k, v in best.items() if k in ("actors", "quotes", "hedges", "frames"))
    print(f"  device scorers alone: {len(docs) / dev:.0f} docs/s (document caches and lexicon scan excluded)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list false positives and negatives")
    ap.add_argument("--docs", type=int, default=200, help="articles for the speed run (default 200)")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed run")
    ap.add_argument("--sample-blind", action="store_true",
                    help="print the row numbers of the blind BABE sample (seed 2028) and exit")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"../shared/data not found at {SHARED}", file=sys.stderr)
        return 2
    if args.sample_blind:
        print(" ".join(map(str, blind_sample())))
        return 0
    lexs, note = lexicons()
    print(f"Lexicons: {note}")
    analyzer = Analyzer(scorers=["lexicon", "devices"], lexicons=lexs, builtin_lexicons=False)
    eval_allsides(analyzer, args.verbose)
    babe_table([
        ("dev", eval_babe(analyzer, args.verbose, GOLD_BABE,
                          "development sample (rules fixed after a first run on it)")),
        ("held-out", eval_babe(analyzer, args.verbose, GOLD_BABE_HELDOUT,
                               "held-out sample (labelled after the rules were frozen; looked at since)")),
        ("blind", eval_babe(analyzer, args.verbose, GOLD_BABE_BLIND,
                            "blind sample (seed 2028, labelled before the extractor was run on it)")),
    ])
    if not args.no_speed:
        speed(lexs, args.docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
