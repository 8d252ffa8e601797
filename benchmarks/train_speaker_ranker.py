"""Train and evaluate the quotation-speaker ranker (:mod:`framing.scorers.speaker_ranker`).

Data: the four SEEN quote gold sets (``benchmarks/data/quotes_gold_{dev,blind,blind2,blind3}.jsonl``; guideline in
``quotes_README.md``), texts from ``../shared/data/allsides-news-sample/news.jsonl``. The fourth blind set
(``quotes_gold_blind4.jsonl``, lines 2900-2999) and the lines 2800-2999 are never read here.

Each article is analysed with the lexicon and device scorers; the rules' quotations and attributions are captured
before the ranker runs, and every quotation matched to a gold quotation becomes one group of speaker candidates
(:func:`framing.scorers.speaker_ranker.speaker_candidates`) labelled by the benchmark's speaker matching
(``eval_quotes.speaker_ok``; the "no speaker" candidate is right for a gold quotation without attribution).
A logistic regression (scikit-learn, L2, ``C`` below, fixed before any run) is fitted on the candidates of the
groups holding at least one right and one wrong candidate; the ranker picks the best-scoring name per quotation.

Printed: speaker accuracy of the rules and of the ranker on each LEAVE-ONE-SET-OUT fold (fit on three sets, test
on the fourth), in the measure of ``eval_quotes.py`` (correct / gold attributed quotations; a quotation the system
misses counts as wrong). ``--write`` fits on all four sets and writes ``framing/models/speakers/weights.json``;
``--check`` fits the same way and fails when the shipped weights differ (reproducibility).

Run: ``python benchmarks/train_speaker_ranker.py [--write | --check] [--C 1.0]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_quotes import NEWS, _match, speaker_ok  # noqa: E402

SETS = ("dev", "blind", "blind2", "blind3")
GOLD_DIR = ROOT / "benchmarks" / "data"
WEIGHTS = ROOT / "framing" / "models" / "speakers" / "weights.json"
FORBIDDEN_LINES = range(2800, 3000)
DEFAULT_C = 1.0


@dataclass
class Group:
    """One gold quotation: its candidates (None when the system found no quotation there) and labels."""

    set: str
    attributed: bool
    rule_speaker: str | None
    cands: list[tuple[str | None, dict[str, float]]] | None
    labels: list[int]


def _capture_quotes() -> dict[str, Any]:
    """Make the quote scorer keep the rules' speakers and record what the ranker would see."""
    import framing.scorers.quotes as quotes_mod

    seen: dict[str, Any] = {}

    def capture(doc: Any, quotes: list[Any], rules: Sequence[Any], actors: Sequence[Any]) -> list[Any]:
        seen["doc"], seen["quotes"], seen["rules"], seen["actors"] = doc, list(quotes), list(rules), list(actors)
        return quotes

    quotes_mod._rank_speakers = capture  # type: ignore[assignment]
    return seen


def build_groups() -> list[Group]:
    from framing import Analyzer
    from framing.scorers.speaker_ranker import speaker_candidates

    seen = _capture_quotes()
    analyzer = Analyzer(scorers=["lexicon", "devices"])
    with open(NEWS, encoding="utf-8") as f:
        lines = f.read().splitlines()
    groups: list[Group] = []
    for name in SETS:
        by_line: dict[int, list[dict[str, Any]]] = defaultdict(list)
        with open(GOLD_DIR / f"quotes_gold_{name}.jsonl", encoding="utf-8") as f:
            for raw in f:
                if raw.strip():
                    r = json.loads(raw)
                    by_line[r["line"]].append(r)
        for ln, golds in sorted(by_line.items()):
            if ln in FORBIDDEN_LINES:
                raise SystemExit(f"line {ln} is held out (2800-2999): not read here")
            text = json.loads(lines[ln])["text"]
            seen.clear()
            analyzer.analyze(text)
            quotes = seen.get("quotes", [])
            cands = speaker_candidates(seen["doc"], [(q.start, q.end) for q in quotes], seen["rules"],
                                       seen["actors"]) if quotes else []
            gold_by_start = {g["start"]: g for g in golds}
            matched: dict[int, int] = {}
            for k, q in enumerate(quotes):
                g = _match(gold_by_start, golds, q.start, q.end)
                if g is not None:
                    matched[g["start"]] = k
            for g in golds:
                if g["kind"] != "quote":
                    continue
                k = matched.get(g["start"])
                attributed = bool(g.get("attributed"))
                if k is None:
                    groups.append(Group(name, attributed, None, None, []))
                    continue
                c = cands[k]
                labels = [int(speaker_ok(n, g)) if attributed else int(n is None) for n, _ in c]
                groups.append(Group(name, attributed, quotes[k].speaker, c, labels))
    return groups


def _ok(g: Group, speaker: str | None) -> bool:
    if g.cands is None:
        return False
    for (n, _), lab in zip(g.cands, g.labels, strict=True):
        if n == speaker:
            return bool(lab)
    return False


def fit(groups: Sequence[Group], C: float) -> dict[str, float]:
    """Logistic-regression weights over candidate features (groups with a right and a wrong candidate)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X: list[dict[str, float]] = []
    y: list[int] = []
    for g in groups:
        if g.cands is None or not any(g.labels) or all(g.labels):
            continue
        for (_, f), lab in zip(g.cands, g.labels, strict=True):
            X.append(f)
            y.append(lab)
    vec = DictVectorizer(sparse=True)
    Xm = vec.fit_transform(X)
    clf = LogisticRegression(C=C, max_iter=5000)
    clf.fit(Xm, y)
    return {k: round(float(w), 6) for k, w in sorted(zip(vec.get_feature_names_out(), clf.coef_[0], strict=True))
            if abs(w) >= 5e-7}


def accuracy(groups: Sequence[Group], weights: dict[str, float] | None) -> tuple[int, int]:
    """(correct, gold attributed quotations): the rules' speakers when ``weights`` is None."""
    from framing.scorers.speaker_ranker import SpeakerRanker

    ranker = SpeakerRanker(weights) if weights is not None else None
    att = [g for g in groups if g.attributed]
    correct = 0
    for g in att:
        if g.cands is None:
            continue
        pick = g.rule_speaker if ranker is None else ranker.choose(g.cands, g.rule_speaker)
        correct += _ok(g, pick)
    return correct, len(att)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--C", type=float, default=DEFAULT_C, help="inverse L2 strength (fixed before any run: 1.0)")
    ap.add_argument("--write", action="store_true", help="fit on all four sets and write the shipped weights")
    ap.add_argument("--check", action="store_true", help="fit on all four sets and compare with the shipped weights")
    args = ap.parse_args(argv)
    groups = build_groups()
    tot_r = tot_m = tot_n = 0
    print(f"leave-one-set-out speaker accuracy (C={args.C}): rules vs ranker on the held-out set")
    for held in SETS:
        train = [g for g in groups if g.set != held]
        test = [g for g in groups if g.set == held]
        w = fit(train, args.C)
        r, n = accuracy(test, None)
        m, _ = accuracy(test, w)
        tot_r, tot_m, tot_n = tot_r + r, tot_m + m, tot_n + n
        print(f"  {held:7s} rules {r / n:.3f} ({r}/{n})  ranker {m / n:.3f} ({m}/{n})  diff {m - r:+d}")
    print(f"  {'pooled':7s} rules {tot_r / tot_n:.3f} ({tot_r}/{tot_n})  ranker {tot_m / tot_n:.3f} ({tot_m}/{tot_n})")
    oracle = sum(1 for g in groups if g.attributed and any(g.labels))
    print(f"  candidate recall (a right candidate exists): {oracle / tot_n:.3f} ({oracle}/{tot_n})")
    if args.write or args.check:
        w = fit(groups, args.C)
        payload = {
            "model": "logistic regression over speaker-candidate features (framing.scorers.speaker_ranker)",
            "trained_on": [f"benchmarks/data/quotes_gold_{s}.jsonl" for s in SETS],
            "C": args.C,
            "weights": w,
        }
        if args.write:
            WEIGHTS.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"wrote {WEIGHTS.relative_to(ROOT)} ({len(w)} weights)")
        else:
            shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]
            diff = sorted(k for k in set(w) | set(shipped) if abs(w.get(k, 0.0) - shipped.get(k, 0.0)) > 1e-4)
            if diff:
                print(f"shipped weights differ from a refit on {len(diff)} features: {diff[:10]}")
                return 1
            print(f"shipped weights reproduce ({len(w)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
