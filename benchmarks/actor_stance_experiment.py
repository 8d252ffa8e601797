"""Can a classifier trained on marked actor stances beat the VADER window? (session 40; not shipped: it did not)

Training data: ``benchmarks/data/actor_sentiment_train_gold.jsonl``, 600 sentences of 150 AllSides articles
(``actor_sentiment_train_sheet.jsonl``, seed 4003, outside both blind sheets and the unread device sets), each third
marked by one more annotator with the guideline of ``README_sentiment_frames.md``: 887 targets. Features of a
target mention: the lower-cased words up to 8 tokens before and after it (with the side, and with the side and a
distance bucket), VADER's positive and negative valence on each side (weighted by 1/sqrt(distance)), the shipped
window compound and the whole sentence's compound, negation words on each side, the covering actor's type and
label kinds, inside a quotation, a loaded span in the sentence or near the mention. A logistic regression
(``C`` and class weights from a small grid) is scored by grouped 5-fold cross-validation over the training articles
and on the targets of the blind sheet's development half that both annotators marked alike.

    python benchmarks/actor_stance_experiment.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sentiment_frames_eval as ev

_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "without", "neither", "nor"})
_SIDE_WORDS = 8


class Articles:
    """The default analysis of each article, with the window compound of every actor mention."""

    def __init__(self) -> None:
        from framing import Analyzer

        self.analyzer = Analyzer()
        self.lines = ev.NEWS.read_text(encoding="utf-8").splitlines()
        self.cache: dict[int, tuple[str, Any, dict[tuple[int, int], tuple[Any, float]]]] = {}

    def get(self, line: int) -> tuple[str, Any, dict[tuple[int, int], tuple[Any, float]]]:
        if line not in self.cache:
            from framing import Document
            from framing.scorers.sentiment import _scores, actor_windows, vader_lexicon

            text = json.loads(self.lines[line])["text"]
            res = self.analyzer.analyze(text)
            doc = Document(text)
            actors = list(res.actors)
            wins = actor_windows(doc, actors)
            flat = sorted({w for ws in wins for w in ws})
            comp = {w: c[0] for w, c in zip(flat, _scores(text, flat, vader_lexicon(), doc), strict=True)}
            per = {m: (a, comp[w]) for a, ws in zip(actors, wins, strict=True)
                   for m, w in zip(sorted(a.mentions), ws, strict=True)}
            self.cache[line] = (text, res, per)
        return self.cache[line]


def features(arts: Articles, t: dict[str, Any], sent: tuple[int, int]) -> dict[str, float]:
    from framing.scorers.sentiment import vader_lexicon

    valence = vader_lexicon()
    text, res, per = arts.get(t["line"])
    s0, s1 = sent
    toks = [(m.start() + s0, m.end() + s0, m.group().lower()) for m in _TOKEN_RE.finditer(text[s0:s1])]
    inside = [i for i, (s, e, _) in enumerate(toks) if s < t["end"] and t["start"] < e]
    f: dict[str, float] = {"bias": 1.0}
    if not inside:
        return f
    sides = (("L", list(reversed(toks[max(0, inside[0] - _SIDE_WORDS):inside[0]]))),
             ("R", toks[inside[-1] + 1:inside[-1] + 1 + _SIDE_WORDS]))
    for side, words in sides:
        pos = neg = 0.0
        for d, (_, _, w) in enumerate(words, start=1):
            bucket = "1" if d == 1 else "2" if d <= 3 else "4"
            f[f"{side}{bucket}:{w}"] = 1.0
            f[f"{side}:{w}"] = 1.0
            v = valence.get(w, 0.0)
            pos += max(v, 0.0) / d ** 0.5
            neg += max(-v, 0.0) / d ** 0.5
            if w in _NEGATIONS or w.endswith(("n't", "n’t")):
                f[f"{side}:negation"] = 1.0
        f[f"{side}pos"] = pos / 4
        f[f"{side}neg"] = neg / 4
    best = ev.best_overlap([a for a, _ in per.values()], t["start"], t["end"])
    hit = (best[0], per[best[1]][1]) if best else None
    if hit:
        f["window"] = hit[1]
        f[f"type:{hit[0].type}"] = 1.0
        for lab in hit[0].labels:
            if s0 <= lab.start < s1:
                f[f"label:{lab.kind}"] = 1.0
    else:
        f["uncovered"] = 1.0
    before = text[s0:t["start"]]
    if (before.count('"') + before.count("“") + before.count("”")) % 2:
        f["in_quote"] = 1.0
    f["sentence"] = next((x["compound"] for x in res.sentiment["sentences"] if x["start"] <= t["start"] < x["end"]),
                         0.0)
    for sp in res.spans:
        if sp.weight > 0 and s0 <= sp.start < s1:
            f["loaded_in_sentence"] = 1.0
            if abs(sp.start - t["start"]) < 60:
                f["loaded_near"] = 1.0
    return f


def dataset(arts: Articles, sheet: list[dict[str, Any]], targets: list[dict[str, Any]]
            ) -> tuple[list[dict[str, float]], list[str], list[int]]:
    by_sid = {r["sid"]: r for r in sheet}
    xs = [features(arts, t, (by_sid[t["sid"]]["start"], by_sid[t["sid"]]["end"])) for t in targets]
    return xs, [t["stance"] for t in targets], [t["line"] for t in targets]


def main() -> int:
    arts = Articles()
    tsheet = ev._read_jsonl(ev.DATA / "actor_sentiment_train_sheet.jsonl")
    xtr, ytr, gtr = dataset(arts, tsheet, ev.gold_targets(tsheet, ev._read_jsonl(
        ev.DATA / "actor_sentiment_train_gold.jsonl")))
    sheet = ev._read_jsonl(ev.DATA / "actor_sentiment_sheet.jsonl")
    both = ev.consensus(ev.gold_targets(sheet, ev._read_jsonl(ev.DATA / "actor_sentiment_gold_A.jsonl")),
                        ev.gold_targets(sheet, ev._read_jsonl(ev.DATA / "actor_sentiment_gold_B.jsonl")))
    xdev, ydev, _ = dataset(arts, sheet, [t for t in both if t["split"] == "dev"])
    covered = [i for i, x in enumerate(xdev) if "uncovered" not in x]
    ydev_c = [ydev[i] for i in covered]
    window = [ev.stance_of(xdev[i]["window"]) or "neu" for i in covered]
    print(f"training targets {len(ytr)} ({dict(Counter(ytr))}); "
          f"development targets covered {len(covered)}")
    print(f"shipped window (VADER, ±0.05) on them: macro-F1 {f1_score(ydev_c, window, average='macro'):.3f}")
    print("| features | C | class weights | grouped-CV macro-F1 | development macro-F1 | development accuracy |")
    print("|---|---:|---|---:|---:|---:|")
    sets = {"all": (), "no distance buckets": ("L1:", "L2:", "L4:", "R1:", "R2:", "R4:"),
            "no side words": ("L:", "R:"), "no words at all": ("L", "R")}
    for name, drop in sets.items():
        def keep(x: dict[str, float], drop: tuple[str, ...] = drop) -> dict[str, float]:
            return {k: v for k, v in x.items() if not k.startswith(drop)}

        for c in (0.1, 0.3, 1.0):
            for cw in (None, "balanced"):
                dv = DictVectorizer()
                xt = dv.fit_transform([keep(x) for x in xtr])
                y = np.array(ytr)
                pred = np.empty(len(y), dtype=object)
                for tr, te in GroupKFold(5).split(xt, y, gtr):
                    pred[te] = LogisticRegression(C=c, class_weight=cw, max_iter=2000).fit(xt[tr], y[tr]).predict(
                        xt[te])
                model = LogisticRegression(C=c, class_weight=cw, max_iter=2000).fit(xt, y)
                pd_ = model.predict(dv.transform([keep(xdev[i]) for i in covered]))
                print(f"| {name} | {c} | {cw or 'none'} | {f1_score(y, list(pred), average='macro'):.3f} | "
                      f"{f1_score(ydev_c, list(pd_), average='macro'):.3f} | "
                      f"{np.mean([a == b for a, b in zip(ydev_c, pd_, strict=True)]):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
