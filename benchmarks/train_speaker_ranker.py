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

Margin (session 22): also printed, the pooled leave-one-set-out change precision (a change: the final speaker differs
from the rules'; right when it is a right speaker, for a gold region without a speaker only "no speaker") for each
margin of :data:`MARGINS`; the smallest reaching :data:`TARGET_PRECISION` is written to ``weights.json`` with the
weights (the ranker overrides the rules only when its top candidate scores more than the margin above their choice).

``--old-rules SET=PATH`` (transfer check) tests the held-out set on the attributions an older rule version that never
saw it gave (dumped by ``benchmarks/dump_quote_speakers.py``; shipped: ``benchmarks/data/speakers_rules_2d53c46_blind3
.json``, ``speakers_rules_fc59942_blind2.json``).

Run: ``python benchmarks/train_speaker_ranker.py [--write | --check] [--C 1.0] [--old-rules blind3=benchmarks/data/
speakers_rules_2d53c46_blind3.json --old-rules blind2=benchmarks/data/speakers_rules_fc59942_blind2.json]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from framing.scorers.speaker_ranker import SpeakerRanker, flat_features, ranked

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
    cands: list[Any] | None
    labels: list[int]
    where: str = ""
    kind: str = "quote"  # the gold region's kind: a name/term/scare region the system took for a quotation
    rule: Any = None  # the rules' RuleAttribution


def _capture_quotes() -> dict[str, Any]:
    """Make the quote scorer keep the rules' speakers and record what the ranker would see."""
    import framing.scorers.quotes as quotes_mod

    seen: dict[str, Any] = {}

    def capture(doc: Any, quotes: list[Any], rules: Sequence[Any], actors: Sequence[Any],
                enabled: bool = False) -> list[Any]:
        seen["doc"], seen["quotes"], seen["rules"], seen["actors"] = doc, list(quotes), list(rules), list(actors)
        return quotes

    quotes_mod._rank_speakers = capture  # type: ignore[assignment]
    return seen


def _old_rule(doc: Any, qs: int, qe: int, old: dict[int, list[Any]], actors: Sequence[Any]) -> Any:
    """The attribution an older rule version gave the quotation at ``qs`` (its dumped speaker and verb), with the
    speaker phrase taken as the nearest mention of that speaker in the quotation's sentence."""
    from framing.scorers.speaker_ranker import RuleAttribution

    o = old.get(qs)
    if o is None or o[2] is None:
        return RuleAttribution(None, None, "none")
    speaker, verb = o[2], o[3]
    si = doc.sentence_index(qs)
    ss, se = doc.sentences[max(si, 0)] if doc.sentences else (0, len(doc.text))
    se = max(se, doc.sentences[doc.sentence_index(max(qe - 2, qs))][1]) if doc.sentences else se
    spans = [(s, e) for a in actors if a.name == speaker for s, e in a.mentions
             if ss <= s < se and not (qs <= s < qe)]
    if not spans:
        k = doc.text.find(speaker, ss, se)
        spans = [(k, k + len(speaker))] if k >= 0 and not (qs <= k < qe) else []
    phrase = min(spans, key=lambda sp: min(abs(sp[1] - qs), abs(sp[0] - qe))) if spans else None
    return RuleAttribution(phrase, speaker, "verb" if verb else "continued")


def build_groups(old_rules: dict[str, dict[int, dict[int, list[Any]]]] | None = None) -> list[Group]:
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
            rules = seen.get("rules", [])
            if old_rules and name in old_rules:
                # the attributions of a rule version that never saw this set (a transfer check)
                old = {o[0]: o for o in old_rules[name].get(ln, [])}
                rules = [_old_rule(seen["doc"], q.start, q.end, old, seen["actors"]) for q in quotes]
                quotes = [dataclasses.replace(q, speaker=r.speaker) for q, r in zip(quotes, rules, strict=True)]
            cands = speaker_candidates(seen["doc"], [(q.start, q.end) for q in quotes], rules,
                                       seen["actors"]) if quotes else []
            gold_by_start = {g["start"]: g for g in golds}
            matched: dict[int, int] = {}
            for k, q in enumerate(quotes):
                g = _match(gold_by_start, golds, q.start, q.end)
                if g is not None:
                    matched[g["start"]] = k
            for g in golds:
                k = matched.get(g["start"])
                if g["kind"] != "quote" and k is None:
                    continue
                # a name, term or scare quote the system took for a quotation is nobody's: "no speaker" is right
                # (reported, not fitted on: a quote-detection error, not a speaker choice)
                attributed = g["kind"] == "quote" and bool(g.get("attributed"))
                if k is None:
                    groups.append(Group(name, attributed, None, None, [], f"{ln} {g['head']!r}"))
                    continue
                c = cands[k]
                labels = [int(speaker_ok(n, g)) if attributed else int(n is None) for n, _, _ in c]
                gold = g.get("canonical") if attributed else None
                where = f"{ln} {g['head']!r} gold={gold!r} kind={g['kind']}"
                groups.append(Group(name, attributed, quotes[k].speaker, c, labels, where, g["kind"], rules[k]))
    return groups


def _ok(g: Group, speaker: str | None) -> bool:
    if g.cands is None:
        return False
    for (n, _, _), lab in zip(g.cands, g.labels, strict=True):
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
        if g.cands is None or g.kind != "quote" or not any(g.labels) or all(g.labels):
            continue
        for c, lab in zip(g.cands, g.labels, strict=True):
            X.append(flat_features(c))
            y.append(lab)
    vec = DictVectorizer(sparse=True)
    Xm = vec.fit_transform(X)
    clf = LogisticRegression(C=C, max_iter=5000)
    clf.fit(Xm, y)
    return {k: round(float(w), 6) for k, w in sorted(zip(vec.get_feature_names_out(), clf.coef_[0], strict=True))
            if abs(w) >= 5e-7}


def fit_softmax(groups: Sequence[Group], C: float) -> dict[str, float]:
    """Conditional-logit weights: per quotation, the log-probability of its right candidates under a softmax over
    all its candidates, maximised with an L2 penalty ``1 / (2 C)`` (groups with a right and a wrong candidate)."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    used = [g for g in groups if g.cands is not None and g.kind == "quote" and any(g.labels) and not all(g.labels)]
    vec = DictVectorizer(sparse=True)
    X = vec.fit_transform([flat_features(c) for g in used for c in g.cands])  # type: ignore[union-attr]
    sizes = np.array([len(g.labels) for g in used])
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    pos = np.array([lab for g in used for lab in g.labels], dtype=float)
    gid = np.repeat(np.arange(len(used)), sizes)

    def loss(w: Any) -> tuple[float, Any]:
        s = X @ w
        m = np.maximum.reduceat(s, bounds[:-1])
        e = np.exp(s - m[gid])
        z = np.add.reduceat(e, bounds[:-1])
        zp = np.add.reduceat(e * pos, bounds[:-1])
        nll = float(np.sum(np.log(z) - np.log(zp)))
        p_all = e / z[gid]
        p_pos = e * pos / zp[gid]
        grad = X.T @ (p_all - p_pos)
        return nll + float(w @ w) / (2 * C), grad + w / C

    res = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {k: round(float(w), 6) for k, w in sorted(zip(vec.get_feature_names_out(), res.x, strict=True))
            if abs(w) >= 5e-7}


def _pick(ranker: SpeakerRanker, g: Group) -> str | None:
    """The shipped policy: the ranker's choice where it chooses, else the rules' speaker."""
    assert g.cands is not None
    return ranker.choose(g.cands, g.rule_speaker) if ranked(g.rule) else g.rule_speaker


def changes(groups: Sequence[Group], ranker: SpeakerRanker) -> tuple[int, int]:
    """(right changes, changes): quotations whose final speaker differs from the rules'; a change is right when the
    new speaker is a right one (for a gold region without a speaker, only "no speaker" is right)."""
    right = made = 0
    for g in groups:
        if g.cands is None:
            continue
        pick = _pick(ranker, g)
        if pick != g.rule_speaker:
            made += 1
            right += _ok(g, pick)
    return right, made


MARGINS = tuple(round(0.25 * k, 2) for k in range(17))
#: Change precision the leave-one-set-out margin must reach (issue 15, session 22).
TARGET_PRECISION = 0.85


def choose_margin(folds: Sequence[tuple[Sequence[Group], dict[str, float]]]) -> tuple[float, list[str]]:
    """The smallest margin in :data:`MARGINS` whose pooled leave-one-set-out change precision (each held-out set
    scored with the weights fitted without it) reaches :data:`TARGET_PRECISION`, with one printed line per margin."""
    lines: list[str] = []
    chosen: float | None = None
    for mg in MARGINS:
        right = made = fixed = 0
        for test, w in folds:
            rk = SpeakerRanker(w, mg)
            r, m = changes(test, rk)
            right, made = right + r, made + m
            fixed += accuracy(test, w, mg)[0] - accuracy(test, None)[0]
        prec = right / made if made else 1.0
        lines.append(f"  margin {mg:4.2f}: changes {right}/{made} right ({prec:.3f}), attributed accuracy {fixed:+d}")
        if chosen is None and prec >= TARGET_PRECISION:
            chosen = mg
    return (chosen if chosen is not None else MARGINS[-1]), lines


def accuracy(groups: Sequence[Group], weights: dict[str, float] | None, margin: float = 0.0) -> tuple[int, int]:
    """(correct, gold attributed quotations): the rules' speakers when ``weights`` is None."""
    ranker = SpeakerRanker(weights, margin) if weights is not None else None
    att = [g for g in groups if g.attributed]
    correct = 0
    for g in att:
        if g.cands is None:
            continue
        pick = g.rule_speaker if ranker is None else _pick(ranker, g)
        correct += _ok(g, pick)
    return correct, len(att)


FITS = {"logistic": fit, "softmax": fit_softmax}
DEFAULT_MODEL = "logistic"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--C", type=float, default=DEFAULT_C, help="inverse L2 strength (fixed before any run: 1.0)")
    ap.add_argument("--write", action="store_true", help="fit on all four sets and write the shipped weights")
    ap.add_argument("--check", action="store_true", help="fit on all four sets and compare with the shipped weights")
    ap.add_argument("--model", choices=sorted(FITS), default=DEFAULT_MODEL,
                    help="pointwise logistic regression or conditional logit (softmax over a quotation's candidates)")
    ap.add_argument("--old-rules", action="append", metavar="SET=PATH",
                    help="JSON {line: [[start, end, speaker, verb], ...]} of an older rule version on SET")
    ap.add_argument("--diff", action="store_true", help="list the held-out quotations the ranker changes or misses")
    args = ap.parse_args(argv)
    groups = build_groups()
    if args.old_rules:
        # the held-out set's attributions from a rule version that never saw it: fit on the other sets with the
        # current rules, test on the old ones
        dumps: dict[str, dict[int, dict[int, list[Any]]]] = {}
        for spec in args.old_rules:
            name, path = spec.split("=", 1)
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
            dumps[name] = {int(ln): qs for ln, qs in raw.items()}
        old_groups = build_groups(dumps)
        print(f"transfer check: held-out set with the attributions of a rule version that never saw it (C={args.C})")
        for name in dumps:
            w = FITS[args.model]([g for g in groups if g.set != name], args.C)
            test = [g for g in old_groups if g.set == name]
            r, n = accuracy(test, None)
            m, _ = accuracy(test, w)
            print(f"  {name:7s} old rules {r / n:.3f} ({r}/{n})  ranker on them {m / n:.3f} ({m}/{n})  diff {m - r:+d}")
    tot_r = tot_m = tot_n = 0
    rk_none: dict[int, str | None] = {}
    print(f"leave-one-set-out speaker accuracy ({args.model}, C={args.C}): rules vs ranker on the held-out set")
    folds: list[tuple[list[Group], dict[str, float]]] = []
    for held in SETS:
        train = [g for g in groups if g.set != held]
        test = [g for g in groups if g.set == held]
        w = FITS[args.model](train, args.C)
        folds.append((test, w))
        for g in test:
            if g.cands is not None:
                rk_none[id(g)] = _pick(SpeakerRanker(w), g)
        r, n = accuracy(test, None)
        m, _ = accuracy(test, w)
        tot_r, tot_m, tot_n = tot_r + r, tot_m + m, tot_n + n
        if args.diff:
            rk = SpeakerRanker(w)
            for g in test:
                if g.cands is None or not g.attributed:
                    continue
                pick = _pick(rk, g)
                if pick != g.rule_speaker or not _ok(g, pick):
                    mark = "FIX" if _ok(g, pick) else "BREAK" if _ok(g, g.rule_speaker) else "both wrong"
                    print(f"    {mark}: {g.where} rules={g.rule_speaker!r} ranker={pick!r} "
                          f"right={[n for (n, _, _), lab in zip(g.cands, g.labels, strict=True) if lab][:2]}")
        print(f"  {held:7s} rules {r / n:.3f} ({r}/{n})  ranker {m / n:.3f} ({m}/{n})  diff {m - r:+d}")
    for label, kinds in (("gold unattributed quotations", ("quote",)),
                         ("names, terms, scare quotes taken for quotations", ("name", "term", "scare"))):
        un = [g for g in groups if not g.attributed and g.cands is not None and g.kind in kinds]
        print(f"  {label} given a speaker: rules {sum(g.rule_speaker is not None for g in un)}/{len(un)}, "
              f"ranker (LOSO) {sum(rk_none[id(g)] is not None for g in un)}/{len(un)}")
    print(f"  {'pooled':7s} rules {tot_r / tot_n:.3f} ({tot_r}/{tot_n})  ranker {tot_m / tot_n:.3f} ({tot_m}/{tot_n})")
    oracle = sum(1 for g in groups if g.attributed and any(g.labels))
    print(f"  candidate recall (a right candidate exists): {oracle / tot_n:.3f} ({oracle}/{tot_n})")
    margin, lines = choose_margin(folds)
    print(f"leave-one-set-out change precision by margin (target {TARGET_PRECISION}):")
    print("\n".join(lines))
    print(f"  chosen margin {margin}")
    if args.write or args.check:
        w = FITS[args.model](groups, args.C)
        payload = {
            "model": "logistic regression over speaker-candidate features (framing.scorers.speaker_ranker)",
            "trained_on": [f"benchmarks/data/quotes_gold_{s}.jsonl" for s in SETS],
            "C": args.C,
            "fit": args.model,
            "margin": margin,
            "margin_rule": f"smallest of {MARGINS[0]}..{MARGINS[-1]} with leave-one-set-out change precision >= "
                           f"{TARGET_PRECISION}",
            "weights": w,
        }
        if args.write:
            WEIGHTS.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"wrote {WEIGHTS.relative_to(ROOT)} ({len(w)} weights)")
        else:
            data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
            shipped = data["weights"]
            diff = sorted(k for k in set(w) | set(shipped) if abs(w.get(k, 0.0) - shipped.get(k, 0.0)) > 1e-4)
            if data.get("margin") != margin:
                print(f"shipped margin {data.get('margin')!r} differs from the leave-one-set-out choice {margin}")
                return 1
            if diff:
                print(f"shipped weights differ from a refit on {len(diff)} features: {diff[:10]}")
                return 1
            print(f"shipped weights reproduce ({len(w)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
