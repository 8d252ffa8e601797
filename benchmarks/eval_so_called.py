"""Which "so-called" phrases are loaded (distancing) and which only name a term: candidate rules against labels.

Labels: ``benchmarks/data/so_called_dev_labels.jsonl`` (every "so-called" on AllSides lines 0-1999, labelled
``distancing`` or ``naming`` from the text alone, before any rule here was written; guideline in
``benchmarks/data/README_so_called.md``). For each occurrence the script computes simple signals (is the phrase in
quotation marks, capitalised, followed by a noun or a definition, does it recur in the article without
"so-called", does a loaded lexicon term stand inside it, what stands before "so-called") and prints, for each
candidate rule that calls a phrase distancing, its precision and recall with Wilson 95% intervals: on all labels,
on the tuning half (lines 0-999) and on the test half (lines 1000-1999), on which no rule was tuned.

The shipped behaviour is printed last (``framing.analyze``: is the phrase after "so-called" a loaded
``scare_quote`` span of weight > 0, is it a scare-quote device). Through session 14 both were every quoted phrase
that passed the name filters (3 of 13 right here); since session 15 neither is any (no rule below reaches 0.85).

Run: ``python benchmarks/eval_so_called.py [--quoted-only] [-v]`` (``-v`` lists every occurrence with its
signals; development lines only).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
LABELS = ROOT / "benchmarks" / "data" / "so_called_dev_labels.jsonl"
_OPEN = "\"“‘'"
_CLOSE = {"\"": "\"", "“": "”", "‘": "’", "'": "'"}
_WORD_RE = re.compile(r"[\w'’-]+")
_DEFINED_AFTER_RE = re.compile(r"\s*(?:,|--|—|–|\(|:)|\s+(?:which|that|who|by which|in which|where)\b")
_POSSESSIVE_RE = re.compile(r"(?:[\w.&-]+(?:'s|’s|s'|s’)|\b(?:our|their|his|her|its|your|my))\s+(?:entire\s+)?$",
                            re.IGNORECASE)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def _phrase(text: str, end: int) -> tuple[int, int, bool]:
    """The phrase after "so-called" ending at ``end``: the quoted region (marks included) or the run of
    adjective/noun words right after it (up to four words, tagger-based)."""
    from framing.pos import tag_spans

    m = re.compile(r"\s*").match(text, end)
    ps = m.end() if m else end
    if text[ps : ps + 1] in _OPEN:
        close = _CLOSE[text[ps]]
        qe = text.find(close, ps + 1, ps + 120)
        if qe > ps:
            return ps, qe + 1, True
    tags = tag_spans(text, ps, min(len(text), ps + 120))
    pe = ps
    for i, (_a, b, t) in enumerate(tags[:4]):
        if t in ("ADJ", "NOUN", "PROPN", "NUM") or (i == 0 and t in ("VERB", "ADV")):
            pe = b
        else:
            break
    return ps, max(pe, ps), False


def signals(text: str, row: dict[str, Any], spans: Any) -> dict[str, Any]:
    from framing.pos import tag_spans

    ps, pe, quoted = _phrase(text, row["end"])
    inner = text[ps + 1 : pe - 1] if quoted else text[ps:pe]
    words = _WORD_RE.findall(inner)
    key = inner.strip(" ,.’'").lower()
    before = text[max(0, row["start"] - 40) : row["start"]]
    after_tags = tag_spans(text, pe, min(len(text), pe + 40))
    nxt = next(((a, t) for a, b, t in after_tags), None)
    recurs = False
    if key:
        for m in re.finditer(re.escape(key), text.lower()):
            lead = text[max(0, m.start() - 14) : m.start()]
            if abs(m.start() - ps) > 3 and not re.search(r"so[- ]called\s*[\"“‘']?$", lead, re.IGNORECASE):
                recurs = True
                break
    loaded = [s for s in spans if ps <= s.start and s.end <= pe and s.weight > 0 and s.category != "scare_quote"]
    return {
        "phrase": inner,
        "quoted": quoted,
        "capitalised": bool(words) and words[0][:1].isupper(),
        "one_word": len(words) == 1,
        "noun_after": nxt is not None and nxt[1] == "NOUN" and text[pe : nxt[0]].strip() == "",
        "defined_after": bool(_DEFINED_AFTER_RE.match(text, pe)),
        "recurs": recurs,
        "loaded_inside": bool(loaded),
        "possessive_before": bool(_POSSESSIVE_RE.search(before)),
        "the_before": bool(re.search(r"\b(?:the|a|an)\s+$", before, re.IGNORECASE)),
        "in_quotation": row["voice"] == "quoted",
    }


RULES: dict[str, Callable[[dict[str, Any]], bool]] = {
    "every so-called phrase (all distancing)": lambda f: True,
    "quoted phrase (today's loaded evidence)": lambda f: f["quoted"],
    "not a name: lower case, no noun after, no definition after": lambda f: (
        not f["capitalised"] and not f["noun_after"] and not f["defined_after"]),
    "... and not recurring in the article": lambda f: (
        not f["capitalised"] and not f["noun_after"] and not f["defined_after"] and not f["recurs"]),
    "... and a possessive before so-called": lambda f: (
        not f["capitalised"] and not f["noun_after"] and not f["defined_after"] and f["possessive_before"]),
    "possessive before so-called": lambda f: f["possessive_before"],
    "no article before so-called": lambda f: not f["the_before"],
    "loaded lexicon term inside the phrase": lambda f: f["loaded_inside"],
    "one lower-case word, nothing defines it": lambda f: (
        f["one_word"] and not f["capitalised"] and not f["defined_after"] and not f["noun_after"]),
    "one lower-case word, not recurring, nothing defines it": lambda f: (
        f["one_word"] and not f["capitalised"] and not f["defined_after"] and not f["noun_after"]
        and not f["recurs"]),
}


def _line(name: str, rows: list[tuple[dict[str, Any], bool]], rule: Callable[[dict[str, Any], ], bool]) -> str:
    tp = sum(1 for f, y in rows if rule(f) and y)
    fl = sum(1 for f, _ in rows if rule(f))
    pos = sum(1 for _, y in rows if y)
    lo, hi = wilson(tp, fl)
    rlo, rhi = wilson(tp, pos)
    p = tp / fl if fl else 0.0
    r = tp / pos if pos else 0.0
    return f"P {p:.2f} ({tp}/{fl}) [{lo:.2f},{hi:.2f}]  R {r:.2f} ({tp}/{pos}) [{rlo:.2f},{rhi:.2f}]"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quoted-only", action="store_true", help="only phrases in quotation marks (scare quotes)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not NEWS.is_file():
        sys.exit(f"news not found: {NEWS}")
    import framing

    with open(NEWS, encoding="utf-8") as f:
        news = f.read().splitlines()
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    cache: dict[int, Any] = {}
    rows: list[tuple[dict[str, Any], bool, dict[str, Any]]] = []
    for r in labels:
        if r["line"] >= 2000:
            sys.exit("labels beyond line 1999: held-out lines are never read here")
        text = json.loads(news[r["line"]])["text"]
        assert text[r["start"] : r["start"] + len(r["head"])] == r["head"], r
        if r["line"] not in cache:
            cache[r["line"]] = framing.analyze(text)
        a = cache[r["line"]]
        f = signals(text, r, a.spans)
        ps, _, _ = _phrase(text, r["end"])
        f["shipped_evidence"] = any(s.start == ps and s.category == "scare_quote" and s.weight > 0 for s in a.spans)
        f["shipped_scare"] = any(q.start == ps for q in a.scare_quotes)
        rows.append((f, r["label"] == "distancing", r))
    if args.quoted_only:
        rows = [x for x in rows if x[0]["quoted"]]
    if args.verbose:
        for f, y, r in rows:
            flags = " ".join(k for k, v in f.items() if v is True)
            print(f"L{r['line']:<5} {'D' if y else 'n'} {f['phrase'][:40]!r:44} {flags}")
    sets = {"all": [(f, y) for f, y, _ in rows],
            "tune 0-999": [(f, y) for f, y, r in rows if r["line"] < 1000],
            "test 1000-1999": [(f, y) for f, y, r in rows if r["line"] >= 1000]}
    print(f"{len(rows)} labelled occurrences, {sum(y for _, y, _ in rows)} distancing"
          + (" (quoted phrases only)" if args.quoted_only else ""))
    rules = dict(RULES)
    rules["shipped: loaded scare_quote evidence"] = lambda f: f["shipped_evidence"]
    rules["shipped: scare-quote device"] = lambda f: f["shipped_scare"]
    for name, rule in rules.items():
        print(name)
        for sname, srows in sets.items():
            print(f"  {sname:15} {_line(name, srows, rule)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
