"""Evaluate actors and their labels against a blind hand annotation of AllSides articles.

Gold: ``benchmarks/data/actors_blind_gold.jsonl`` (resolved from ``actors_blind_raw.json`` with ``--resolve``; see
``benchmarks/data/README_devices.md`` for the sampling and the guideline). Per article, each gold actor has a
canonical name, an allowed type set ("organisation|group"), its mentions as offsets and an ``optional`` flag;
each gold label has offsets, the canonical actor it attaches to and a kind; ``ignore`` spans are words no one
has to find or may find (headline words, labels that are also party words).

Scoring, per article:

- A system actor *matches* a gold actor when one of its mentions overlaps one of the gold actor's mentions.
- **Actors correct** (precision): a system actor is correct when it matches exactly one gold actor, its type is in
  the gold type set, and it is that gold actor's best match (the system actor with most overlapping mentions;
  every further system actor matching the same gold actor is a split alias, wrong). A system actor matching no
  gold actor is wrong unless all its mentions lie inside ``ignore`` spans or gold label spans (then it is not
  counted). Optional gold actors (places named as locations, "Americans") count only when the system finds them.
- **Actors recall**: non-optional gold actors whose best match is a correct system actor.
- **Labels recall**: gold labels that overlap a label of the system actor matching the gold actor; **labels
  precision**: system labels (of matched, non-ignored actors) that overlap a gold label of that actor.

Run: ``python benchmarks/eval_actors.py [-v] [--gold PATH]``; ``--sample`` prints the sampled lines (no analysis
run). ``--gold``/``--raw`` name another gold set (default: the first blind set), e.g. the second blind set
``--gold benchmarks/data/actors_blind2_gold.jsonl`` (AllSides lines 1625-1749; ``--sample2`` prints its lines;
the third, ``actors_blind3_gold.jsonl``, lines 1875-1999, ``--sample3``; the fourth,
``actors_blind4_gold.jsonl``, lines 2900-2999, ``--sample4``; the fifth, ``actors_blind5_gold.jsonl``, lines
2800-2898, ``--sample5``);
``--resolve`` rewrites ``--gold`` from ``--raw``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
RAW = ROOT / "benchmarks" / "data" / "actors_blind_raw.json"
GOLD = ROOT / "benchmarks" / "data" / "actors_blind_gold.jsonl"


def news_lines() -> list[str]:
    return NEWS.read_text(encoding="utf-8").splitlines()


def blind_sample(lines: list[str], n: int = 6, seed: int = 1515) -> list[int]:
    """``n`` lines drawn with ``random.Random(seed)`` among lines 1250-1499 whose text has 800-3000 characters."""
    cand = [i for i in range(1250, 1500) if 800 <= len(json.loads(lines[i])["text"]) <= 3000]
    return sorted(random.Random(seed).sample(cand, n))


def _draw_order(lines: list[str], lo: int, hi: int, n: int, seed: int) -> list[int]:
    """The first ``n`` of lines ``lo``-``hi`` with 800-3000 characters in the draw order of
    ``random.Random(seed).sample(candidates, len(candidates))``."""
    cand = [i for i in range(lo, hi) if 800 <= len(json.loads(lines[i])["text"]) <= 3000]
    return random.Random(seed).sample(cand, len(cand))[:n]


def blind2_sample(lines: list[str], n: int = 11, seed: int = 1625) -> list[int]:
    """The second blind set: the first ``n`` draws among lines 1625-1749 (:func:`_draw_order`)."""
    return _draw_order(lines, 1625, 1750, n, seed)


def blind3_sample(lines: list[str], n: int = 12, seed: int = 1875) -> list[int]:
    """The third blind set: the first ``n`` draws among lines 1875-1999 (:func:`_draw_order`)."""
    return _draw_order(lines, 1875, 2000, n, seed)


def blind4_sample(lines: list[str], n: int = 12, seed: int = 2900) -> list[int]:
    """The fourth blind set: the first ``n`` draws among lines 2900-2999 (:func:`_draw_order`; there are 12 such
    lines)."""
    return _draw_order(lines, 2900, 3000, n, seed)


def blind5_sample(lines: list[str], seed: int = 56) -> list[int]:
    """The fifth blind set: the lines with 800-3000 characters, in the draw order of
    ``random.Random(seed).sample(range(2800, 2899), 99)`` (15 lines)."""
    order = random.Random(seed).sample(range(2800, 2899), 99)
    return [i for i in order if 800 <= len(json.loads(lines[i])["text"]) <= 3000]


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    return [m.span() for m in pat.finditer(text)]


def resolve(raw: dict[str, Any], lines: list[str]) -> list[dict[str, Any]]:
    """Offsets for the raw annotation: forms are located longest first, without overlaps (ignore strings take part,
    so "a veteran Republican strategist" keeps its "Republican" from the party); labels inside their context."""
    out = []
    for doc in raw["docs"]:
        rec = json.loads(lines[doc["line"]])
        text = rec["text"]
        pool: list[tuple[str, int]] = [(f, k) for k, a in enumerate(doc["actors"]) for f in a["forms"]]
        pool += [(f, -1) for f in doc.get("ignore", [])]
        pool.sort(key=lambda p: -len(p[0]))
        taken: list[tuple[int, int]] = []
        mentions: dict[int, list[list[int]]] = {}
        ignore: list[list[int]] = []
        for form, k in pool:
            for s, e in _occurrences(text, form):
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                (ignore if k < 0 else mentions.setdefault(k, [])).append([s, e])
        actors = []
        for k, a in enumerate(doc["actors"]):
            ms = sorted(mentions.get(k, []))
            if not ms:
                raise SystemExit(f"line {doc['line']}: no mention found for {a['canonical']!r}")
            actors.append({"canonical": a["canonical"], "type": a["type"], "optional": bool(a.get("optional")),
                           "mentions": ms, "surface": sorted({text[s:e] for s, e in ms})})
        labels = []
        for lab in doc["labels"]:
            c = text.find(lab["context"])
            if c < 0:
                raise SystemExit(f"line {doc['line']}: context {lab['context']!r} not found")
            s = text.index(lab["text"], c)
            labels.append({"start": s, "end": s + len(lab["text"]), "text": lab["text"], "actor": lab["actor"],
                           "kind": lab["kind"]})
        out.append({"line": doc["line"], "id": rec["id"], "actors": actors, "labels": labels,
                    "ignore": sorted(ignore)})
    return out


def _overlap(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_doc(gold: dict[str, Any], actors: list[Any], verbose: bool) -> dict[str, int]:
    g_actors = gold["actors"]
    free = [tuple(x) for x in gold["ignore"]] + [(lab["start"], lab["end"]) for lab in gold["labels"]]
    c = dict.fromkeys(("sys", "correct", "gold", "found", "opt_found", "glab", "lab_found", "slab", "slab_ok"), 0)
    matches: list[tuple[Any, list[int], dict[int, int]]] = []
    for a in actors:
        hits: dict[int, int] = {}
        for m in a.mentions:
            for k, ga in enumerate(g_actors):
                if any(_overlap(m, gm) for gm in ga["mentions"]):
                    hits[k] = hits.get(k, 0) + 1
        matches.append((a, list(hits), hits))
    best: dict[int, int] = {}  # gold index -> index of the system actor with most overlapping mentions
    for i, (_a, ks, hits) in enumerate(matches):
        if len(ks) == 1:
            k = ks[0]
            if k not in best or hits[k] > matches[best[k]][2][k]:
                best[k] = i
    sys_of_gold: dict[int, Any] = {}
    for i, (a, ks, _hits) in enumerate(matches):
        if not ks:
            if all(any(s >= fs and e <= fe for fs, fe in free) for s, e in a.mentions):
                continue
            c["sys"] += 1
            if verbose:
                print(f"    FP   {a.name!r} ({a.type}) {[gold['text'][s:e] for s, e in a.mentions][:3]}")
            continue
        c["sys"] += 1
        ok = False
        why = ""
        if len(ks) > 1:
            why = "merges " + ", ".join(g_actors[k]["canonical"] for k in ks)
        else:
            k = ks[0]
            ga = g_actors[k]
            if best[k] != i:
                why = f"split alias of {ga['canonical']}"
            elif a.type not in ga["type"].split("|"):
                why = f"type {a.type}, gold {ga['type']}"
            else:
                ok = True
                sys_of_gold[k] = a
            if ga["optional"] and ok:
                c["opt_found"] += 1
        c["correct"] += ok
        if verbose and not ok:
            print(f"    BAD  {a.name!r} ({a.type}): {why}")
    for k, ga in enumerate(g_actors):
        if ga["optional"]:
            continue
        c["gold"] += 1
        if k in sys_of_gold:
            c["found"] += 1
        elif verbose:
            print(f"    MISS {ga['canonical']!r} ({ga['type']})")
    by_canon = {ga["canonical"]: k for k, ga in enumerate(g_actors)}
    for lab in gold["labels"]:
        c["glab"] += 1
        kind = _kind_key(lab["kind"])
        c["glab_" + kind] = c.get("glab_" + kind, 0) + 1
        a = sys_of_gold.get(by_canon[lab["actor"]])
        if a is None:  # the actor may be found with a wrong type: its labels still count
            k = by_canon[lab["actor"]]
            cands = [m[0] for i, m in enumerate(matches) if m[1] == [k] and best.get(k) == i]
            a = cands[0] if cands else None
        if a is not None and any(_overlap((lab["start"], lab["end"]), (sl.start, sl.end)) for sl in a.labels):
            c["lab_found"] += 1
            c["lab_found_" + kind] = c.get("lab_found_" + kind, 0) + 1
        elif verbose:
            print(f"    LMISS {lab['text']!r} -> {lab['actor']}")
    for a, ks, _h in matches:
        if len(ks) != 1:
            continue
        canon = g_actors[ks[0]]["canonical"]
        for sl in a.labels:
            c["slab"] += 1
            hit = any(lab["actor"] == canon and _overlap((lab["start"], lab["end"]), (sl.start, sl.end))
                      for lab in gold["labels"])
            c["slab_ok"] += hit
            if verbose and not hit:
                print(f"    LFP  {sl.text!r} ({sl.kind}) -> {a.name}")
    return c


LABEL_KINDS = ("title", "descriptive", "ideological")


def _kind_key(kind: str) -> str:
    """The gold label kind as counted per kind: title, descriptive, ideological, or "other" (e.g. pejorative)."""
    return kind if kind in LABEL_KINDS else "other"


def kind_recall_line(t: dict[str, int]) -> str:
    """Per-kind label recall, found/gold for each kind ("other" only when the gold has such labels)."""
    kinds = [*LABEL_KINDS, *(["other"] if t.get("glab_other") else [])]
    parts = [f"{k} {_ratio(t.get('lab_found_' + k, 0), t.get('glab_' + k, 0))}" for k in kinds]
    return "labels recall by kind: " + ", ".join(parts)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "n/a"


def evaluate(verbose: bool = False, gold_path: Path = GOLD) -> dict[str, int]:
    from framing import Analyzer

    lines = news_lines()
    gold_docs = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    analyzer = Analyzer(scorers=["lexicon", "devices"])
    tot: dict[str, int] = {}
    for g in gold_docs:
        text = json.loads(lines[g["line"]])["text"]
        g["text"] = text
        res = analyzer.analyze(text)
        if verbose:
            print(f"  line {g['line']}:")
        c = score_doc(g, list(res.actors), verbose)
        for k, v in c.items():
            tot[k] = tot.get(k, 0) + v
    return tot


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list wrong, missed and extra actors and labels")
    ap.add_argument("--sample", action="store_true", help="print the sampled lines and exit")
    ap.add_argument("--sample2", action="store_true", help="print the second blind set's lines and exit")
    ap.add_argument("--sample3", action="store_true", help="print the third blind set's lines and exit")
    ap.add_argument("--sample4", action="store_true", help="print the fourth blind set's lines and exit")
    ap.add_argument("--sample5", action="store_true", help="print the fifth blind set's lines and exit")
    ap.add_argument("--resolve", action="store_true", help="rewrite the gold file from the raw annotation")
    ap.add_argument("--gold", type=Path, default=GOLD, help=f"gold file (default {GOLD.name})")
    ap.add_argument("--raw", type=Path, default=RAW, help=f"raw annotation for --resolve (default {RAW.name})")
    args = ap.parse_args(argv)
    if not NEWS.is_file():
        print(f"{NEWS} not found: the AllSides sample is needed", file=sys.stderr)
        return 1
    lines = news_lines()
    if args.sample:
        print(blind_sample(lines))
        return 0
    for wanted, sample in ((args.sample2, blind2_sample), (args.sample3, blind3_sample), (args.sample4, blind4_sample),
                           (args.sample5, blind5_sample)):
        if wanted:
            print(sample(lines))
            return 0
    if args.resolve:
        docs = resolve(json.loads(args.raw.read_text(encoding="utf-8")), lines)
        args.gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        print(f"wrote {args.gold.name}: {len(docs)} articles")
        return 0
    t = evaluate(args.verbose, args.gold)
    print("| set | actors correct (precision) | actors recall | optional actors found | labels recall |"
          " labels precision |")
    print("|---|---|---|---|---|---|")
    print(f"| AllSides blind ({args.gold.name}) | {_ratio(t['correct'], t['sys'])} | {_ratio(t['found'], t['gold'])} |"
          f" {t['opt_found']} | {_ratio(t['lab_found'], t['glab'])} | {_ratio(t['slab_ok'], t['slab'])} |")
    print()
    print(kind_recall_line(t))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
