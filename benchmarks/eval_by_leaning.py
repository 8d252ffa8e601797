#!/usr/bin/env python3
"""Does framing find loaded language equally well in left- and right-leaning outlets? (issue 12, session 24)

A tool that compares outlets must not see one side's loaded words better than the other's: if the lexicons know
"regime", "mob" and "thugs" but not "billionaire-backed", "crackdown" or "slashed", a corpus report ranks the
right-leaning outlets as more loaded whatever they write. This script measures that asymmetry on expert labels
that mark biased words in sentences from outlets of both leanings:

- **BABE SG2** (``final_labels_SG2.csv``, 3,674 sentences; the ``type`` column gives the outlet's leaning:
  left 989, right 993, center 692, blank 1,000) and **MBIC** (``final_labels_MBIC.csv``, 1,700; nearly all also in
  BABE, labelled by a crowd): token level as ``eval_lexicon.py`` counts (a ``\\w+`` token is gold-positive when its
  lower-cased form is one of the sentence's biased words, predicted-positive when it overlaps a span of weight > 0),
  per leaning, with a bootstrap 95% interval over sentences (1,000 resamples, seed 0) and the gap left − right.
- The same for the Bing Liu opinion lexicon (positive + negative words) as a yardstick: a gap both tools share
  comes from the sentences (how loaded words are spread), a gap only framing has comes from its lexicons.
- Sentence level: the share of biased sentences with at least one loaded span (recall) and of non-biased
  sentences with one (false alarms), per leaning.

The lexicon rows are partly in-sample: entries were checked against BABE (``eval_lexicon.py``). Run::

    python benchmarks/eval_by_leaning.py [--shared ../shared/data] [--sources lexicon|default]

``--sources default`` runs the full default analysis (lexicons + the tagger's loaded spans); ``lexicon`` (the
default) the lexicon scorer alone, which makes nearly all loaded spans.
"""

from __future__ import annotations

import argparse
import ast
import csv
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_lexicon import liu_spans, liu_words, prf, token_counts  # noqa: E402

from framing import Analyzer  # noqa: E402

WORD = re.compile(r"\w+")
LEANINGS = ("left", "center", "right")


def read_rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def biased_words(row: dict[str, str]) -> set[str]:
    try:
        return {str(w).lower() for w in ast.literal_eval(row.get("biased_words") or "[]")}
    except (ValueError, SyntaxError):
        return set()


def per_sentence(analyzer: Analyzer, rows: Sequence[dict[str, str]], liu: set[str]) -> list[dict[str, object]]:
    """Token counts (tp, fp, fn) of framing and of the Liu lexicon for each sentence, with its leaning and label."""
    out = []
    for row in rows:
        text = row["text"]
        words = biased_words(row)
        gold = [m.span() for m in WORD.finditer(text) if m.group().lower() in words]
        pred = [(s.start, s.end) for s in analyzer.analyze(text).spans if s.weight > 0]
        out.append({"type": row.get("type", ""), "biased": row.get("label_bias") == "Biased",
                    "ours": token_counts(text, gold, pred), "liu": token_counts(text, gold, liu_spans(text, liu)),
                    "flagged": bool(pred)})
    return out


def _sums(items: Sequence[dict[str, object]], key: str) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for it in items:
        a, b, c = it[key]  # type: ignore[misc]
        tp, fp, fn = tp + a, fp + b, fn + c
    return tp, fp, fn


def bootstrap(groups: dict[str, list[dict[str, object]]], key: str, n: int = 1000, seed: int = 0
              ) -> dict[str, tuple[float, float, float, float]]:
    """For each leaning and for the gap left − right: 2.5% and 97.5% quantiles of precision and of recall."""
    rng = random.Random(seed)
    samples: dict[str, list[tuple[float, float]]] = {k: [] for k in [*groups, "gap"]}
    for _ in range(n):
        res = {}
        for name, items in groups.items():
            draw = [items[rng.randrange(len(items))] for _ in items]
            p, r, _f = prf(*_sums(draw, key))
            res[name] = (p, r)
            samples[name].append((p, r))
        if "left" in res and "right" in res:
            samples["gap"].append((res["left"][0] - res["right"][0], res["left"][1] - res["right"][1]))

    def q(vals: list[float]) -> tuple[float, float]:
        vals = sorted(vals)
        return vals[int(0.025 * len(vals))], vals[min(len(vals) - 1, int(0.975 * len(vals)))]

    out = {}
    for name, pairs in samples.items():
        if pairs:
            (plo, phi), (rlo, rhi) = q([p for p, _ in pairs]), q([r for _, r in pairs])
            out[name] = (plo, phi, rlo, rhi)
    return out


def report(title: str, items: list[dict[str, object]]) -> None:
    groups = {k: [it for it in items if it["type"] == k] for k in LEANINGS}
    groups = {k: v for k, v in groups.items() if v}
    print(f"\n## {title}\n")
    print("| tool | leaning | sentences | biased | gold tokens | P [95%] | R [95%] | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for key, tool in (("ours", "framing"), ("liu", "Bing Liu")):
        ci = bootstrap(groups, key)
        for name, g in groups.items():
            tp, fp, fn = _sums(g, key)
            p, r, f = prf(tp, fp, fn)
            lo = ci[name]
            nb = sum(1 for it in g if it["biased"])
            print(f"| {tool} | {name} | {len(g)} | {nb} | {tp + fn} | {p:.3f} [{lo[0]:.3f}, {lo[1]:.3f}] | "
                  f"{r:.3f} [{lo[2]:.3f}, {lo[3]:.3f}] | {f:.3f} |")
        if "gap" in ci:
            pl, pr_, _ = prf(*_sums(groups["left"], key))
            rl_p, rr, _ = prf(*_sums(groups["right"], key))
            g = ci["gap"]
            print(f"| {tool} | left − right | | | | {pl - rl_p:+.3f} [{g[0]:+.3f}, {g[1]:+.3f}] | "
                  f"{pr_ - rr:+.3f} [{g[2]:+.3f}, {g[3]:+.3f}] | |")
    print("\n| leaning | biased sentences with a loaded span | non-biased sentences with one |")
    print("|---|---|---|")
    for name, g in groups.items():
        b = [it for it in g if it["biased"]]
        nb = [it for it in g if not it["biased"]]
        fb = sum(1 for it in b if it["flagged"])
        fn_ = sum(1 for it in nb if it["flagged"])
        print(f"| {name} | {fb}/{len(b)} = {fb / max(1, len(b)):.3f} | {fn_}/{len(nb)} = {fn_ / max(1, len(nb)):.3f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--sources", choices=["lexicon", "default"], default="lexicon")
    args = ap.parse_args(argv)
    if not (args.shared / "babe").is_dir():
        print(f"eval_by_leaning.py: {args.shared / 'babe'} not found; this benchmark needs ../shared/data")
        return 1
    analyzer = Analyzer(scorers=["lexicon"]) if args.sources == "lexicon" else Analyzer()
    liu = liu_words(args.shared)
    babe = read_rows(args.shared / "babe" / "final_labels_SG2.csv", ";")
    report(f"BABE SG2 expert biased words, by outlet leaning ({args.sources})", per_sentence(analyzer, babe, liu))
    mbic = read_rows(args.shared / "mbic" / "final_labels_MBIC.csv", ",")
    report(f"MBIC crowd biased words, by outlet leaning ({args.sources})", per_sentence(analyzer, mbic, liu))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
