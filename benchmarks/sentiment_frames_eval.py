"""Scores for the blind sheets of :mod:`sentiment_frames_sheets`: actor sentiment and the dominant policy frame.

Actor sentiment (``actor_sentiment_gold_<A|B>.jsonl``): each gold target (a name in a sentence with a stance
``neg``/``neu``/``pos``) is matched to the actor whose mention overlaps it in the default analysis of its article.
Three scores are compared on the targets that an actor covers, each turned into a stance with VADER's usual
thresholds (compound <= -0.05 negative, >= 0.05 positive):

* ``window``: the VADER compound of the words around that mention (``framing.scorers.sentiment.actor_windows``:
  its clause, up to 8 words on either side, stopping at other actors) — what each mention contributes;
* ``actor``: the actor's ``sentiment`` field (the mean over all its mentions in the article) — what a report shows;
* ``sentence``: the compound of the whole sentence — what every actor of the sentence got before issue 15.

Frames (``frames_gold_<A|B>.jsonl``): ``Analysis.dominant_frame`` against the annotators' primary frame.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from _common import NEWS
from sklearn.metrics import cohen_kappa_score, f1_score

from framing.stats import bootstrap_indices_ci, wilson_interval

DATA = Path(__file__).resolve().parent / "data"
STANCES = ("neg", "neu", "pos")
THRESHOLD = 0.05


def stance_of(x: float | None, threshold: float = THRESHOLD) -> str | None:
    if x is None:
        return None
    return "neg" if x <= -threshold else "pos" if x >= threshold else "neu"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(r) for r in path.read_text(encoding="utf-8").splitlines() if r.strip()]


def gold_targets(sheet: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold targets with offsets into their article: ``sid``, ``split``, ``line``, ``start``, ``end``,
    ``mention``, ``stance``, ``type``. A mention that is not in its sentence is an error in the gold file."""
    by_sid = {r["sid"]: r for r in sheet}
    out = []
    for row in gold:
        item = by_sid[row["sid"]]
        sent = item["sentence"]
        for t in row["targets"]:
            pos = -1
            for _ in range(int(t.get("occurrence", 1))):
                pos = sent.find(t["mention"], pos + 1)
                if pos < 0:
                    raise ValueError(f"sid {row['sid']}: mention {t['mention']!r} (occurrence {t.get('occurrence')}) "
                                     f"is not in the sentence")
            s = item["start"] + pos
            out.append({"sid": row["sid"], "split": item["split"], "line": item["line"], "start": s,
                        "end": s + len(t["mention"]), "mention": t["mention"], "stance": t["stance"],
                        "type": t.get("type")})
    return out


def best_overlap(actors: Sequence[Any], start: int, end: int) -> tuple[Any, tuple[int, int]] | None:
    """The actor and mention that overlap ``[start, end)`` the most (the first such on ties), or None."""
    best: tuple[Any, tuple[int, int]] | None = None
    most = 0
    for a in actors:
        for m in a.mentions:
            common = min(end, m[1]) - max(start, m[0])
            if common > most:
                best, most = (a, (m[0], m[1])), common
    return best


def system_scores(targets: Sequence[dict[str, Any]], analyzer: Any = None) -> list[dict[str, Any]]:
    """For each target: the covering actor's name and type, and its ``window``, ``actor`` and ``sentence``
    compounds (``window``/``actor`` None when no actor mention overlaps the target)."""
    from framing import Analyzer, Document
    from framing.scorers.sentiment import _scores, actor_windows, vader_lexicon

    analyzer = analyzer or Analyzer()
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    out = []
    cache: dict[int, tuple[Any, Any, dict[tuple[int, int], float]]] = {}
    for t in targets:
        if t["line"] not in cache:
            text = json.loads(lines[t["line"]])["text"]
            res = analyzer.analyze(text)
            doc = Document(text)
            actors = list(res.actors)
            wins = actor_windows(doc, actors)
            flat = sorted({w for ws in wins for w in ws})
            comp = {w: round(c[0], 4) for w, c in zip(flat, _scores(text, flat, vader_lexicon(), doc), strict=True)}
            per_mention = {}
            for a, ws in zip(actors, wins, strict=True):
                for m, w in zip(sorted(a.mentions), ws, strict=True):
                    per_mention[m] = comp[w]
            cache[t["line"]] = (res, actors, per_mention)
        res, actors, per_mention = cache[t["line"]]
        sent = next((x for x in res.sentiment["sentences"] if x["start"] <= t["start"] < x["end"]), None)
        hit = best_overlap(actors, t["start"], t["end"])
        out.append({**t, "actor": hit[0].name if hit else None, "actor_type": hit[0].type if hit else None,
                    "window": per_mention.get(hit[1]) if hit else None,
                    "actor_mean": hit[0].sentiment if hit else None,
                    "sentence": sent["compound"] if sent else None})
    return out


def _metrics(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    n = len(gold)
    right = sum(g == p for g, p in zip(gold, pred, strict=True))
    lo, hi = wilson_interval(right, n) if n else (float("nan"), float("nan"))
    macro = f1_score(gold, pred, labels=list(STANCES), average="macro", zero_division=0) if n else float("nan")
    per = f1_score(gold, pred, labels=list(STANCES), average=None, zero_division=0) if n else [float("nan")] * 3
    return {"n": n, "acc": right / n if n else float("nan"), "acc_ci": (lo, hi), "macro_f1": macro,
            "f1": dict(zip(STANCES, per, strict=True))}


def _pairs(rows: Sequence[dict[str, Any]], key: str) -> tuple[float, int]:
    """Within sentences, pairs of covered targets with different gold stances: the share whose scores are
    ordered as the stances are (ties count half)."""
    rank = {"neg": 0, "neu": 1, "pos": 2}
    by_sid: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        if r[key] is not None:
            by_sid.setdefault(r["sid"], []).append(r)
    good = 0.0
    n = 0
    for rs in by_sid.values():
        for i in range(len(rs)):
            for j in range(i + 1, len(rs)):
                a, b = rs[i], rs[j]
                if a["stance"] == b["stance"]:
                    continue
                n += 1
                d = (rank[a["stance"]] - rank[b["stance"]]) * (a[key] - b[key])
                good += 1.0 if d > 0 else 0.5 if d == 0 else 0.0
    return (good / n if n else float("nan")), n


def report_sentiment(rows: Sequence[dict[str, Any]], title: str) -> list[str]:
    out = [f"### {title}", ""]
    n = len(rows)
    covered = [r for r in rows if r["actor"] is not None]
    out.append(f"gold targets {n} ({dict(Counter(r['stance'] for r in rows))}); covered by an actor "
               f"{len(covered)} ({len(covered) / n:.2f})" if n else "no targets")
    if not covered:
        return out
    gold = [r["stance"] for r in covered]
    out += ["", "| score (covered targets) | n | accuracy [95%] | macro-F1 [95%] | F1 neg / neu / pos "
                "| pairs ordered |", "|---|---:|---|---|---|---|"]
    for key, label in (("window", "window around the mention (per mention)"),
                       ("actor_mean", "actor's sentiment field (mean over mentions)"),
                       ("sentence", "whole sentence (the old score)"), ("const", "always neutral")):
        pred = ["neu"] * len(covered) if key == "const" else [stance_of(r[key]) or "neu" for r in covered]
        m = _metrics(gold, pred)
        g_arr = np.array([STANCES.index(x) for x in gold])
        p_arr = np.array([STANCES.index(x) for x in pred])

        def macro(idx: np.ndarray, g: np.ndarray = g_arr, p: np.ndarray = p_arr) -> float:
            return float(f1_score(g[idx], p[idx], labels=[0, 1, 2], average="macro", zero_division=0))

        ci = bootstrap_indices_ci(macro, len(covered), n_boot=1000, seed=0)
        pair, npair = _pairs(covered, key) if key != "const" else (0.5, _pairs(covered, "sentence")[1])
        out.append(f"| {label} | {m['n']} | {m['acc']:.2f} [{m['acc_ci'][0]:.2f}, {m['acc_ci'][1]:.2f}] | "
                   f"{m['macro_f1']:.2f} [{ci[0]:.2f}, {ci[1]:.2f}] | "
                   f"{m['f1']['neg']:.2f} / {m['f1']['neu']:.2f} / {m['f1']['pos']:.2f} | {pair:.2f} of {npair} |")
    return out


def agreement_sentiment(a: Sequence[dict[str, Any]], b: Sequence[dict[str, Any]]) -> list[str]:
    """Targets of two annotators matched by overlapping offsets: target F1 and Cohen's kappa on stance."""
    used: set[int] = set()
    pairs = []
    for x in a:
        for j, y in enumerate(b):
            if j not in used and x["line"] == y["line"] and x["start"] < y["end"] and y["start"] < x["end"]:
                used.add(j)
                pairs.append((x["stance"], y["stance"]))
                break
    f1 = 2 * len(pairs) / (len(a) + len(b)) if a or b else float("nan")
    kappa = cohen_kappa_score([p[0] for p in pairs], [p[1] for p in pairs]) if pairs else float("nan")
    agree = sum(p[0] == p[1] for p in pairs)
    return [f"annotators A and B: targets {len(a)} and {len(b)}, matched {len(pairs)} (target F1 {f1:.2f}); "
            f"stance agreement {agree}/{len(pairs)} = {agree / max(len(pairs), 1):.2f}, Cohen's kappa {kappa:.2f}"]


def consensus(a: Sequence[dict[str, Any]], b: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """A's targets that B marked too with the same stance."""
    out = []
    for x in a:
        if any(x["line"] == y["line"] and x["start"] < y["end"] and y["start"] < x["end"]
               and x["stance"] == y["stance"] for y in b):
            out.append(x)
    return out


def frames_rows(sheet: Sequence[dict[str, Any]], analyzer: Any = None) -> dict[int, dict[str, Any]]:
    from framing import Analyzer

    analyzer = analyzer or Analyzer()
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    out = {}
    for r in sheet:
        res = analyzer.analyze(json.loads(lines[r["line"]])["text"])
        ranked = sorted(((v, k) for k, v in res.frames.items() if k != "other"), reverse=True)
        out[r["aid"]] = {"split": r["split"], "dominant": res.dominant_frame, "top": ranked[0][1] if ranked and
                         ranked[0][0] > 0 else None, "top2": [k for v, k in ranked[:2] if v > 0],
                         "evidence": res.scores.get("frame_evidence_count")}
    return out


def report_frames(sys_rows: dict[int, dict[str, Any]], gold: dict[str, list[dict[str, Any]]], split: str) -> list[str]:
    out = ["## Dominant frame", ""]
    aids = [a for a, r in sys_rows.items() if split == "all" or r["split"] == split]
    for name, rows in gold.items():
        g = {r["aid"]: r for r in rows}
        n = len(aids)
        given = [a for a in aids if sys_rows[a]["dominant"]]
        right = sum(sys_rows[a]["dominant"] == g[a]["primary"] for a in given)
        top_right = sum(sys_rows[a]["top"] == g[a]["primary"] for a in aids)
        in2 = sum(sys_rows[a]["dominant"] in (g[a]["primary"], g[a]["secondary"]) for a in given)
        major, k = Counter(g[a]["primary"] for a in aids).most_common(1)[0]
        lo, hi = wilson_interval(right, len(given)) if given else (float("nan"),) * 2
        out.append(f"- annotator {name}: {n} articles; a dominant frame given for {len(given)} ({len(given) / n:.2f}); "
                   f"right {right}/{len(given)} = {right / max(len(given), 1):.2f} [{lo:.2f}, {hi:.2f}] "
                   f"(primary or secondary {in2}/{len(given)}); top-share frame right on all articles "
                   f"{top_right}/{n} = {top_right / n:.2f}; always '{major}' {k}/{n} = {k / n:.2f}")
        out.append(f"  gold primaries: {dict(Counter(g[a]['primary'] for a in aids).most_common())}")
        out.append(f"  system dominant: {dict(Counter(str(sys_rows[a]['dominant']) for a in aids).most_common())}")
    if len(gold) == 2:
        (na, ga), (nb, gb) = gold.items()
        da = {r["aid"]: r for r in ga}
        db = {r["aid"]: r for r in gb}
        pa = [da[a]["primary"] for a in aids]
        pb = [db[a]["primary"] for a in aids]
        agree = sum(x == y for x, y in zip(pa, pb, strict=True))
        overlap = sum(da[a]["primary"] in (db[a]["primary"], db[a]["secondary"]) or
                      db[a]["primary"] in (da[a]["primary"], da[a]["secondary"]) for a in aids)
        both = [a for a in aids if da[a]["primary"] == db[a]["primary"]]
        given = [a for a in both if sys_rows[a]["dominant"]]
        right = sum(sys_rows[a]["dominant"] == da[a]["primary"] for a in given)
        out.append(f"- {na} vs {nb}: primary agreement {agree}/{len(aids)} = {agree / len(aids):.2f}, Cohen's kappa "
                   f"{cohen_kappa_score(pa, pb):.2f}; one's primary among the other's two {overlap}/{len(aids)}")
        out.append(f"- articles where both agree ({len(both)}): dominant given {len(given)}, "
                   f"right {right}/{len(given)}")
    return out


def evaluate(split: str) -> int:
    from sentiment_frames_sheets import FRAME_SHEET, SENT_SHEET

    lines: list[str] = [f"# Actor sentiment and dominant frames, split: {split}", ""]
    sheet = _read_jsonl(SENT_SHEET)
    golds = {}
    for name in ("A", "B"):
        path = DATA / f"actor_sentiment_gold_{name}.jsonl"
        if path.is_file():
            golds[name] = [t for t in gold_targets(sheet, _read_jsonl(path)) if split == "all" or t["split"] == split]
    if golds:
        from framing import Analyzer

        analyzer = Analyzer()
        scored = {name: system_scores(ts, analyzer) for name, ts in golds.items()}
        lines += ["## Actor sentiment", ""]
        for name, rows in scored.items():
            lines += [*report_sentiment(rows, f"annotator {name}"), ""]
        if len(golds) == 2:
            lines += [*agreement_sentiment(golds["A"], golds["B"]), ""]
            agreed = system_scores(consensus(golds["A"], golds["B"]), analyzer)
            lines += [*report_sentiment(agreed, "targets both annotators marked with the same stance"), ""]
    fgold = {name: _read_jsonl(DATA / f"frames_gold_{name}.jsonl") for name in ("A", "B")
             if (DATA / f"frames_gold_{name}.jsonl").is_file()}
    if fgold:
        lines += report_frames(frames_rows(_read_jsonl(FRAME_SHEET)), fgold, split)
    print("\n".join(lines))
    return 0
