"""Variants of the actor-sentiment window and of the dominant-frame rule, scored on the development halves of the
blind sheets (``README_sentiment_frames.md``; session 40: none is better beyond noise, none ships).

* windows of 2-12 words on both sides and asymmetric ones (words before / after the mention), each with neutral
  bands of ±0.05 to ±0.6 (accuracy / macro-F1 on the targets both annotators marked alike);
* how often a loaded span (weight above 0) lies in a target's window or sentence, per gold stance;
* the dominant frame as the largest share divided by the frame's mean share over 500 other AllSides articles
  raised to a power (0 = the shipped rule), and with other weights for the headline's and the lead's cues.

    python benchmarks/sentiment_frames_variants.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sentiment_frames_eval as ev
from _common import NEWS

BANDS = (0.05, 0.2, 0.3, 0.4, 0.5, 0.6)
WINDOWS = ((2, 2), (3, 3), (4, 4), (6, 6), (8, 8), (12, 12), (0, 8), (2, 8), (3, 8), (5, 8), (0, 5), (2, 5), (3, 5),
           (1, 6), (8, 3))


def main() -> int:
    from framing import Analyzer, Document
    from framing.policy_frames import FRAMES
    from framing.scorers.sentiment import _scores, actor_windows, vader_lexicon

    lines = NEWS.read_text(encoding="utf-8").splitlines()
    analyzer = Analyzer()
    sheet = ev._read_jsonl(ev.DATA / "actor_sentiment_sheet.jsonl")
    both = ev.consensus(ev.gold_targets(sheet, ev._read_jsonl(ev.DATA / "actor_sentiment_gold_A.jsonl")),
                        ev.gold_targets(sheet, ev._read_jsonl(ev.DATA / "actor_sentiment_gold_B.jsonl")))
    targets = [t for t in both if t["split"] == "dev"]
    docs: dict[int, tuple[str, Any, Any, list[Any]]] = {}
    for t in targets:
        if t["line"] not in docs:
            text = json.loads(lines[t["line"]])["text"]
            res = analyzer.analyze(text)
            docs[t["line"]] = (text, res, Document(text), list(res.actors))
    print("## Actor sentiment: window and neutral band (development targets both annotators marked alike)\n")
    print("| words before / after | n | " + " | ".join(f"±{b} acc / macro-F1" for b in BANDS) + " |")
    print("|---|---:|" + "---|" * len(BANDS))
    for before, after in WINDOWS:
        pairs = []
        for t in targets:
            text, _, doc, actors = docs[t["line"]]
            hit = ev.best_overlap(actors, t["start"], t["end"])
            if hit is None:
                continue
            k = actors.index(hit[0])
            win = actor_windows(doc, actors, before=before, after=after)[k][sorted(hit[0].mentions).index(hit[1])]
            pairs.append((t["stance"], _scores(text, [win], vader_lexicon(), doc)[0][0]))
        gold = [g for g, _ in pairs]
        cells = []
        for band in BANDS:
            pred = [ev.stance_of(v, band) or "neu" for _, v in pairs]
            acc = float(np.mean([g == p for g, p in zip(gold, pred, strict=True)]))
            macro = f1_score(gold, pred, labels=list(ev.STANCES), average="macro", zero_division=0)
            cells.append(f"{acc:.2f} / {macro:.2f}")
        print(f"| {before} / {after} | {len(pairs)} | " + " | ".join(cells) + " |")
    near: Counter[tuple[str, bool, bool]] = Counter()
    for t in targets:
        text, res, doc, actors = docs[t["line"]]
        hit = ev.best_overlap(actors, t["start"], t["end"])
        if hit is None:
            continue
        win = actor_windows(doc, actors)[actors.index(hit[0])][sorted(hit[0].mentions).index(hit[1])]
        sent = next(x for x in res.sentiment["sentences"] if x["start"] <= t["start"] < x["end"])
        loaded = [s for s in res.spans if s.weight > 0]
        near[(t["stance"], any(s.start < win[1] and win[0] < s.end for s in loaded),
              any(sent["start"] <= s.start < sent["end"] for s in loaded))] += 1
    print("\n## A loaded span in the window / in the sentence, per gold stance\n")
    for stance in ev.STANCES:
        in_win = sum(v for (g, w, _), v in near.items() if g == stance and w)
        in_sent = sum(v for (g, _, s), v in near.items() if g == stance and s)
        n = sum(v for (g, _, _), v in near.items() if g == stance)
        print(f"- {stance}: {n} targets, a loaded span in the window {in_win}, in the sentence {in_sent}")
    print("\n## Dominant frame: largest share / (mean share over 500 other articles) ** power, development half\n")
    fsheet = ev._read_jsonl(ev.DATA / "frames_sheet.jsonl")
    taken = {r["line"] for r in fsheet}
    ref = [i for i in range(0, 3000, 5) if i not in taken][:500]
    lexdev = Analyzer(scorers=["lexicon", "devices"])
    prior = np.zeros(len(FRAMES))
    for i in ref:
        r = lexdev.analyze(json.loads(lines[i])["text"])
        prior += np.array([r.frames.get(f, 0.0) for f in FRAMES])
    prior /= len(ref)
    golds = {name: {r["aid"]: r["primary"] for r in ev._read_jsonl(ev.DATA / f"frames_gold_{name}.jsonl")}
             for name in ("A", "B")}
    dev = [(r["aid"], lexdev.analyze(json.loads(lines[r["line"]])["text"])) for r in fsheet if r["split"] == "dev"]
    print("| power | right (A) | right (B) | of |\n|---:|---:|---:|---:|")
    for power in (0.0, 0.25, 0.5, 0.75, 1.0):
        right = dict.fromkeys(golds, 0)
        for aid, res in dev:
            v = np.array([res.frames.get(f, 0.0) for f in FRAMES])
            v[FRAMES.index("other")] = 0.0
            top = FRAMES[int((v / np.maximum(prior, 1e-3) ** power).argmax())] if v.sum() > 0 else None
            for name, g in golds.items():
                right[name] += top == g[aid]
        print(f"| {power} | {right['A']} | {right['B']} | {len(dev)} |")
    print("\n## Dominant frame: weights of headline and lead cues (shipped 3 and 2), development half\n")
    print("| headline | lead | given | right (A) | right (B) |\n|---:|---:|---:|---:|---:|")
    import framing.scorers.frames as frames_module

    shipped = (frames_module.HEADLINE_WEIGHT, frames_module.LEAD_WEIGHT)
    try:
        for head, lead in ((1.0, 1.0), (2.0, 1.5), (3.0, 2.0), (5.0, 3.0), (8.0, 4.0), (3.0, 1.0), (10.0, 1.0)):
            frames_module.HEADLINE_WEIGHT, frames_module.LEAD_WEIGHT = head, lead
            given = [(r["aid"], lexdev.analyze(json.loads(lines[r["line"]])["text"]).dominant_frame)
                     for r in fsheet if r["split"] == "dev"]
            given = [(aid, top) for aid, top in given if top]
            print(f"| {head:g} | {lead:g} | {len(given)} | " + " | ".join(
                str(sum(top == golds[name][aid] for aid, top in given)) for name in ("A", "B")) + " |")
    finally:
        frames_module.HEADLINE_WEIGHT, frames_module.LEAD_WEIGHT = shipped
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
