"""Evaluate quotations, their speakers and scare quotes against hand annotations of AllSides articles.

Gold files (``benchmarks/data/quotes_gold_*.jsonl``, guideline and sampling in ``benchmarks/data/quotes_README.md``)
list every double-quoted region of the annotated articles with its kind (``quote``, ``scare``, ``name``, ``term``)
and, for quotations, the speaker. Each article is analysed whole with the lexicon and device scorers (shipped
lexicons); predicted regions are matched to gold regions by their opening quote mark (or, failing that, by
overlap). Printed:

- **speaker accuracy**: correct speakers / gold attributed quotations (a quotation the system misses or calls a
  scare quote counts as wrong); the same split into wrong and missing speakers, and the accuracy among the
  quotations that got a speaker; and how many found quotations whose gold region names no speaker (an
  unattributed quotation, a cited term, a name, a scare quote) got one anyway (a false attribution);
- **quote detection** precision/recall (articles with ``scope: all`` only): a system quotation is right when the
  gold region is a quotation;
- **scare quotes** precision/recall, strict (a scare quote on a ``term`` or ``name`` region is wrong) and lenient
  (``term`` regions not counted);
- **scare-quote evidence**: the loaded ``scare_quote`` spans (weight > 0) against the gold scare quotes.

Run: ``python benchmarks/eval_quotes.py [--set dev|blind|both] [-v]``; ``--sample-blind`` prints the sampled
lines of the blind set (no analysis is run). ``-v`` lists the errors (with ``--gold`` too): never on a set still blind.
``--gold PATH`` scores another gold file instead (e.g. the second blind set,
``benchmarks/data/quotes_gold_blind2.jsonl``, AllSides lines 1500-1624; ``--sample-blind2`` prints its lines;
the third, ``quotes_gold_blind3.jsonl``, AllSides lines 1750-1874, ``--sample-blind3``; the fourth,
``quotes_gold_blind4.jsonl``, AllSides lines 2900-2999, ``--sample-blind4``). ``--ranker`` lets the learned speaker
ranker (``framing.scorers.speaker_ranker``, off by default) name speakers where the rules found none or only the
clause subject, for a comparison with the rules alone.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
GOLD = {
    "dev": ROOT / "benchmarks" / "data" / "quotes_gold_dev.jsonl",
    "blind": ROOT / "benchmarks" / "data" / "quotes_gold_blind.jsonl",
}
_SHORT_RE = re.compile(r'(?:[a-z]|so-called) [“"][^“”"\n,.!?]{1,40}[”"]')
_DROP = frozenset(
    """the a an mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. president senator sir one""".split()
)
_PRONOUNS = frozenset("he she they it his her their its him them".split())


def _news_texts(lo: int, hi: int) -> dict[int, str]:
    with open(NEWS, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return {i: json.loads(lines[i])["text"] for i in range(lo, hi)}


def _draw(lo: int, hi: int, main_seed: int, n_main: int, extra_seed: int, n_extra: int, *,
          main_lengths: bool = False, extra_in_draw_order: bool = True) -> tuple[list[int], list[int]]:
    """Main lines: the first ``n_main`` of lines ``lo``-``hi`` in the draw order of ``main_seed`` (only those of
    800-3,000 characters with ``main_lengths``); supplement: ``n_extra`` of the other lines with at least two short
    quoted phrases, drawn with ``extra_seed`` (the first ``n_extra`` of the whole draw order, or
    ``sample(candidates, n_extra)`` as the first two sets were drawn)."""
    texts = _news_texts(lo, hi)
    pool = [i for i in range(lo, hi) if not main_lengths or 800 <= len(texts[i]) <= 3000]
    main = random.Random(main_seed).sample(pool, len(pool))[:n_main]
    cands = [i for i in range(lo, hi) if i not in main and len(_SHORT_RE.findall(texts[i])) >= 2]
    if extra_in_draw_order:
        return main, random.Random(extra_seed).sample(cands, len(cands))[:n_extra]
    return main, random.Random(extra_seed).sample(cands, n_extra)


def blind_sample() -> tuple[list[int], list[int]]:
    """The main lines (seed 15, the first 17 draws) and the scare-quote supplement (seed 1515) of the blind set."""
    return _draw(1000, 1250, 15, 17, 1515, 8, extra_in_draw_order=False)


def blind2_sample() -> tuple[list[int], list[int]]:
    """The second blind set (lines 1500-1624): the first 10 draws of seed 1500 (every region annotated) and the
    first 24 draws of seed 1516 among the other lines with at least two short quoted phrases (short regions)."""
    return _draw(1500, 1625, 1500, 10, 1516, 24, extra_in_draw_order=False)


def blind3_sample(n_main: int = 10, n_extra: int = 24) -> tuple[list[int], list[int]]:
    """The third blind set (lines 1750-1874): the first ``n_main`` draws of seed 1750 (every region annotated) and
    the first ``n_extra`` draws of seed 1766 among the other lines with at least two short quoted phrases."""
    return _draw(1750, 1875, 1750, n_main, 1766, n_extra)


def blind4_sample(n_main: int = 12, n_extra: int = 36) -> tuple[list[int], list[int]]:
    """The fourth blind set (lines 2900-2999): the lines with 800-3,000 characters in the draw order of seed 2900
    (the first ``n_main``, every region annotated; there are 12) and the first ``n_extra`` draws of seed 2901
    among the other lines with at least two short quoted phrases (short regions only)."""
    return _draw(2900, 3000, 2900, n_main, 2901, n_extra, main_lengths=True)


def _norm(name: str) -> list[str]:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"['’]s\b", "", s)
    words = re.findall(r"[a-z0-9]+(?:[-.][a-z0-9]+)*", s)
    return [w for w in words if w not in _DROP]


def speaker_ok(pred: str | None, gold: dict[str, Any]) -> bool:
    """Whether a predicted speaker names the gold speaker (see the module docstring)."""
    if not pred:
        return False
    p = _norm(pred)
    if not p or " ".join(p) in _PRONOUNS:
        return False
    forms = [gold["canonical"], *gold.get("aliases", [])]
    if gold.get("speaker") and gold["speaker"].lower() not in _PRONOUNS:
        forms.append(gold["speaker"])
    for f in forms:
        g = _norm(f)
        if not g:
            continue
        if p == g or p[-1].rstrip("s") == g[-1].rstrip("s"):
            return True
    return False


@dataclass
class Counts:
    attributed: int = 0
    correct: int = 0
    wrong: int = 0
    missing: int = 0
    q_pred: int = 0
    q_tp: int = 0
    q_gold: int = 0
    q_found: int = 0
    s_pred: int = 0
    s_tp: int = 0
    s_term: int = 0
    s_gold: int = 0
    s_found: int = 0
    e_pred: int = 0
    e_tp: int = 0
    unattributed: int = 0  # found quotations whose gold region has no speaker (unattributed, a term, a scare quote)
    spurious: int = 0  # ... of them given a speaker anyway
    errors: list[str] = field(default_factory=list)


def _match(gold_by_start: dict[int, dict[str, Any]], golds: list[dict[str, Any]], s: int,
           e: int) -> dict[str, Any] | None:
    g = gold_by_start.get(s)
    if g is not None:
        return g
    for g in golds:
        if g["start"] < e and s < g["end"]:
            return g
    return None


def evaluate(gold_path: Path, analyzer: Any) -> Counts:
    with open(NEWS, encoding="utf-8") as f:
        lines = f.read().splitlines()
    by_line: dict[int, list[dict[str, Any]]] = defaultdict(list)
    with open(gold_path, encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                r = json.loads(raw)
                by_line[r["line"]].append(r)
    c = Counts()
    for ln, golds in sorted(by_line.items()):
        d = json.loads(lines[ln])
        text = d["text"]
        assert d["id"] == golds[0]["doc_id"], f"line {ln}: doc id changed"
        for g in golds:
            assert text[g["start"] : g["start"] + 30] == g["head"], f"line {ln}: offsets moved at {g['start']}"
        scope_all = golds[0]["scope"] == "all"
        a = analyzer.analyze(text)
        gold_by_start = {g["start"]: g for g in golds}
        pred_quote: dict[int, Any] = {}
        pred_scare: set[int] = set()
        for q in a.quotes:
            g = _match(gold_by_start, golds, q.start, q.end)
            if g is not None:
                pred_quote[g["start"]] = q
            if g is not None and not (g["kind"] == "quote" and g.get("attributed")):
                c.unattributed += 1
                if q.speaker:
                    c.spurious += 1
                    c.errors.append(f"{ln} speaker given to an unattributed {g['kind']} {q.speaker!r}: {g['head']!r}")
            if scope_all or g is not None:
                c.q_pred += scope_all
                ok = g is not None and g["kind"] == "quote"
                c.q_tp += ok and scope_all
                if not ok and scope_all:
                    kind = g["kind"] if g else "no gold region"
                    c.errors.append(f"{ln} quote FP ({kind}): {text[q.start:q.start + 60]!r} speaker={q.speaker!r}")
        for sq in a.scare_quotes:
            g = _match(gold_by_start, golds, sq.start, sq.end)
            if g is None and not scope_all:
                continue  # a region the supplement did not annotate
            c.s_pred += 1
            if g is not None:
                pred_scare.add(g["start"])
            if g is not None and g["kind"] == "scare":
                c.s_tp += 1
            elif g is not None and g["kind"] == "term":
                c.s_term += 1
                c.errors.append(f"{ln} scare FP (term): {sq.text!r}")
            else:
                c.errors.append(f"{ln} scare FP ({g['kind'] if g else 'no gold region'}): {sq.text!r}")
        ev = [s for s in a.spans if s.category == "scare_quote" and s.weight > 0]
        for s in ev:
            assert text[s.start : s.end] == s.text
            g = _match(gold_by_start, golds, s.start, s.end)
            if g is None and not scope_all:
                continue
            c.e_pred += 1
            c.e_tp += g is not None and g["kind"] == "scare"
        for g in golds:
            if g["kind"] == "scare":
                c.s_gold += 1
                if g["start"] in pred_scare:
                    c.s_found += 1
                else:
                    c.errors.append(f"{ln} scare FN: {g['head']!r}")
            if g["kind"] != "quote":
                continue
            q = pred_quote.get(g["start"])
            if scope_all:
                c.q_gold += 1
                c.q_found += q is not None
                if q is None:
                    c.errors.append(f"{ln} quote FN ({'scare' if g['start'] in pred_scare else 'missed'}): "
                                    f"{g['head']!r}")
            if not g.get("attributed"):
                continue
            c.attributed += 1
            if q is not None and speaker_ok(q.speaker, g):
                c.correct += 1
            elif q is None or not q.speaker:
                c.missing += 1
                c.errors.append(f"{ln} speaker missing (gold {g['canonical']!r}): {g['head']!r}")
            else:
                c.wrong += 1
                c.errors.append(f"{ln} speaker wrong {q.speaker!r} (gold {g['canonical']!r}): {g['head']!r}")
    return c


def _pr(tp: int, n_pred: int, tp_gold: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.2f} ({tp}/{n_pred})  R {r:.2f} ({tp_gold}/{n_gold})  F1 {f1:.2f}"


def report(name: str, c: Counts, verbose: bool) -> None:
    print(f"== {name}")
    acc = c.correct / c.attributed if c.attributed else 0.0
    given = c.correct + c.wrong
    print(f"  speaker accuracy      {acc:.2f} ({c.correct}/{c.attributed} attributed gold quotations)")
    print(f"    wrong {c.wrong}, missing {c.missing}; accuracy where a speaker was given "
          f"{c.correct / given if given else 0.0:.2f} ({c.correct}/{given})")
    print(f"    speakers given to gold regions without one (unattributed quotations, terms, scare quotes): "
          f"{c.spurious}/{c.unattributed}")
    print(f"  quote detection       {_pr(c.q_tp, c.q_pred, c.q_found, c.q_gold)}")
    print(f"  scare quotes (strict) {_pr(c.s_tp, c.s_pred, c.s_found, c.s_gold)}")
    print(f"  scare quotes (lenient, terms not counted) "
          f"{_pr(c.s_tp, c.s_pred - c.s_term, c.s_found, c.s_gold)}")
    print(f"  scare-quote evidence  {_pr(c.e_tp, c.e_pred, c.e_tp, c.s_gold)}")
    if verbose:
        for e in c.errors:
            print("   ", e)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=["dev", "blind", "both"], default="both")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the errors (never on a set that is still blind)")
    ap.add_argument("--sample-blind", action="store_true", help="print the blind sample's lines and exit")
    ap.add_argument("--sample-blind2", action="store_true", help="print the second blind sample's lines and exit")
    ap.add_argument("--sample-blind3", action="store_true", help="print the third blind sample's lines and exit")
    ap.add_argument("--sample-blind4", action="store_true", help="print the fourth blind sample's lines and exit")
    ap.add_argument("--ranker", action="store_true",
                    help="let the learned speaker ranker (off by default) name speakers, to compare it with the rules")
    ap.add_argument("--gold", type=Path, action="append", metavar="PATH",
                    help="score this gold file (repeatable) instead of --set")
    args = ap.parse_args(argv)
    if not NEWS.is_file():
        print(f"AllSides sample not found at {NEWS}", file=sys.stderr)
        return 2
    for wanted, sample in ((args.sample_blind, blind_sample), (args.sample_blind2, blind2_sample),
                           (args.sample_blind3, blind3_sample), (args.sample_blind4, blind4_sample)):
        if wanted:
            main_lines, extra = sample()
            print("main:", " ".join(map(str, main_lines)))
            print("scare-quote supplement:", " ".join(map(str, extra)))
            return 0
    from framing import Analyzer

    if args.ranker:
        import framing.scorers.quotes as quotes_mod

        rank = quotes_mod._rank_speakers
        quotes_mod._rank_speakers = (  # type: ignore[assignment]
            lambda doc, quotes, rules, actors, enabled=False: rank(doc, quotes, rules, actors, enabled=True))
    analyzer = Analyzer(scorers=["lexicon", "devices"])
    if args.gold:
        for path in args.gold:
            if not path.is_file():
                print(f"gold file not found: {path}", file=sys.stderr)
                return 2
            report(str(path.name), evaluate(path, analyzer), args.verbose)
        return 0
    for name in (["dev", "blind"] if args.set == "both" else [args.set]):
        if GOLD[name].is_file():
            report(f"{name} ({GOLD[name].name})", evaluate(GOLD[name], analyzer), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
