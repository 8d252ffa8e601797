#!/usr/bin/env python3
"""Lexicon recall round of session 23 (issue 12): candidates, two blind sheets, a pre-registered decision rule.

Own-voice token recall on held-out news is low (11/142 gold tokens on four held-out recall sets) while loaded-span
precision is at target, and earlier additions chosen on the proposer's own (non-blind) reading were blind-vetted
at only about 0.70 loaded. This round selects new entries on one blind sample of their uses (sheet A) and
estimates the precision of the kept entries on a second, independent blind sample (sheet B), so that the
estimate carries no selection bias.

Subcommands (AllSides ``news.jsonl`` lines 0-1999 only; the held-out lines 2000-2999 are never read)::

    python benchmarks/recall_round.py candidates   # proposals -> candidate pool + scratch lexicon
    python benchmarks/recall_round.py sample       # candidate pool -> sheets A and B (+ halves) and keys
    python benchmarks/recall_round.py score        # judged sheets + keys -> decisions (the rule below)

``candidates`` reads the hand-written proposals (``recall_round_s23_proposals.tsv``: loaded action verbs,
manner-of-speaking verbs, idioms, stance adverbs, evaluative adjectives and nouns, pejorative labels, from general
knowledge and the literature's lists, not from reading articles), drops every proposal that a shipped entry
already matches (any weight) or that an earlier round decided (``lexicon_new_entries_dev*.tsv``,
``entry_vetting_s15/s16_decisions.tsv``, ``lexicon_review_1.3.2_decisions.tsv``, ``lexicon_entry_review_dev*.tsv``),
runs ``Analyzer(scorers=["lexicon"], lexicons=[scratch])`` (the shipped lexicons PLUS the proposals, so overlaps,
context rules and negation are resolved as the product resolves them) and keeps proposals with at least 3
weight>0, non-negated hits in EACH of lines 0-999 and 1000-1999. It writes the pool
(``recall_round_s23_candidates.tsv``, with the lists that contain each term and its BABE/MBIC marked rate), the
screening of every proposal (``recall_round_s23_proposals_screen.tsv``) and the scratch lexicon in the shipped
TSV format (``recall_round_s23_lexicon.tsv``; part 2 copies the kept rows verbatim into the shipped files).

``sample`` runs the shipped lexicons plus the scratch lexicon on sheet A's lines 0-999 (seed 2301) and sheet B's
lines 1000-1999 (seed 2302). Per candidate it draws up to 5 weight>0, non-negated hits per sheet, own voice and
quotations alike (what ships counts both), at most 2 per article. About 15% of each sheet are CONTROLS: weight>0,
non-negated hits of shipped entries drawn at random from the same lines, marked as such only in the key. The
items are shuffled; the sheet (``item,sentence,previous_sentence,judgment,note``; the sentence with the hit marked
``[[...]]`` and the sentence before) names no entry, category, lexicon, weight or source. A sheet of more than
450 items is also written as two halves (``..._A1_sheet.csv``, ``..._A2_sheet.csv``: the same items, the first and
second half of the shuffled order) so that two judges can share it.

Decision rule (PRE-REGISTERED: fixed in this docstring and in ``benchmarks/data/README_judge.md`` before any item
was judged). Sheet A selects, sheet B estimates; controls never decide anything.

1. Keep a candidate when, on sheet A, it has at least 3 judged hits (``?`` left out) and loaded/judged >= 0.8
   (3/3, 4/4, 4/5, 5/5). Nothing else decides.
2. On sheet B report the precision of the kept candidates' items pooled (Wilson 95%), per category and per kept
   entry, and the controls' precision on each sheet (a check on the judges' calibration: earlier blind sheets put
   shipped entries near 0.86-0.90).
3. Ship rule: the kept set ships if its sheet-B pooled precision is >= 0.85. If not, the stricter rule "5/5 or 4/4
   on sheet A" is applied once and its sheet-B pooled precision reported: that set ships if it is >= 0.85;
   otherwise nothing ships. A set with no judged sheet-B item ships nothing. ``score`` prints which rule applies
   and writes ``recall_round_s23_decisions.tsv`` (term, A judged/loaded, B judged/loaded, decision).
4. Amendment (session 23, written after the four judged halves came back but before ``score`` was first run; only
   the halves' totals and the controls' precision had been looked at, no per-entry figure): the pooled sheet-B
   estimate weights entries equally, while the product emits a frequent entry far more often. So each rule's set
   must ALSO reach 0.85 frequency-weighted: each kept entry's sheet-B precision weighted by its weight>0 hits on
   lines 1000-1999 (``hits_1000_1999`` in the candidates file). Both figures >= 0.85, or the next rule applies.

``score`` reads each sheet whole or as its halves (any of them that exist; an item judged differently in two files
is an error). A judgment is ``1`` (loaded), ``0`` (not) or ``?`` (undecidable, left out); blank is not judged.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_entry_vetting import _fmt, context

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
PREFIX = "recall_round_s23"
PROPOSALS = DATA / f"{PREFIX}_proposals.tsv"
SCREEN = DATA / f"{PREFIX}_proposals_screen.tsv"
CANDIDATES = DATA / f"{PREFIX}_candidates.tsv"
SCRATCH = DATA / f"{PREFIX}_lexicon.tsv"
DECISIONS = DATA / f"{PREFIX}_decisions.tsv"
#: sheet -> (lines, seed); lines 2000-2999 are the held-out split and are never read
SHEETS = {"A": (range(0, 1000), 2301), "B": (range(1000, 2000), 2302)}
PER_SHEET = 5
PER_ARTICLE = 2
MIN_HITS = 3
CONTROL_SHARE = 0.15
SPLIT_OVER = 450
KEEP_MIN_JUDGED, KEEP_SHARE, SHIP_PRECISION = 3, 0.8, 0.85
DECIDED_FILES = ("lexicon_new_entries_dev*.tsv", "entry_vetting_s15_decisions.tsv", "entry_vetting_s16_decisions.tsv",
                 "lexicon_review_1.3.2_decisions.tsv", "lexicon_entry_review_dev*.tsv")
FILES = {"loaded_verb": "loaded_verbs.tsv", "loaded_idiom": "idioms.tsv", "stance_adverb": "stance_adverbs.tsv",
         "emotive": "emotive.tsv", "pejorative_label": "pejorative_labels.tsv", "delegitimiser": "delegitimisers.tsv",
         "attribution_loaded": "attribution_verbs.tsv", "dysphemism": "dysphemisms_euphemisms.tsv",
         "war_metaphor": "war_metaphors.tsv", "ideological_label": "ideological_labels.tsv"}
LEX_HEADER = ["term", "category", "weight", "alternatives", "inflect", "forms", "case", "context", "note"]
SOURCE_NAMES = {"npov": "Recasens 2013 bias lexicon", "strongsubj": "Riloff & Wiebe 2003 strong subjective",
                "liu_neg": "Hu & Liu 2004 negative", "liu_pos": "Hu & Liu 2004 positive",
                "babe_lex": "BABE bias-word lexicon", "vader2": "VADER |valence| >= 2",
                "wnc_removed": "WNC removed words", "babe_marked": "BABE/MBIC expert-marked (>= 2)"}


def sheet_paths(sheet: str) -> dict[str, Path]:
    return {"sheet": DATA / f"{PREFIX}_{sheet}_sheet.csv", "key": DATA / f"{PREFIX}_{sheet}_key.csv",
            "half1": DATA / f"{PREFIX}_{sheet}1_sheet.csv", "half2": DATA / f"{PREFIX}_{sheet}2_sheet.csv"}


def texts(lines: range) -> dict[int, tuple[str, str]]:
    """line -> (doc_id, text) for the given lines of news.jsonl (never beyond line 1999)."""
    assert lines.stop <= 2000, "lines 2000-2999 are held out"
    out = {}
    with NEWS.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= lines.stop:
                break
            if i in lines:
                r = json.loads(line)
                out[i] = (str(r.get("id", "")), r["text"])
    return out


# ---------------------------------------------------------------- candidates

def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))


def decided_terms() -> set[str]:
    out: set[str] = set()
    for pattern in DECIDED_FILES:
        for path in sorted(DATA.glob(pattern)):
            for r in _read_tsv(path):
                t = (r.get("term") or r.get("entry") or "").strip().lower()
                if t:
                    out.add(t)
    return out


def write_lexicon(rows: Iterable[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(f"# {path.name} -- scratch lexicon of the session-23 recall round (issue 12), written by\n"
                "# benchmarks/recall_round.py candidates; NOT shipped. Format: lexicons/README.md.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(LEX_HEADER)
        for r in rows:
            w.writerow([r.get(c, "") for c in LEX_HEADER])


def _forms(entry) -> list[str]:
    return [f.lower() for f in entry.surface_forms()]


def babe_rate(forms: Sequence[str]) -> tuple[int, int]:
    """(labelled BABE/MBIC sentences containing a form, of those how many the experts marked a word of it in)."""
    import ast

    from lexicon_candidates import LABELLED

    pats = [re.compile(r"(?<![\w-])" + re.escape(f).replace(r"\ ", r"[\s-]+") + r"(?![\w-])", re.IGNORECASE)
            for f in forms]
    words = {w for f in forms for w in re.split(r"[\s-]+", f)}
    occ = marked = 0
    for path, delim in LABELLED:
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f, delimiter=delim):
                if not any(p.search(row["text"]) for p in pats):
                    continue
                occ += 1
                try:
                    biased = {str(w).lower() for w in ast.literal_eval(row["biased_words"] or "[]")}
                except (ValueError, SyntaxError):
                    biased = set()
                marked += bool(biased & words)
    return occ, marked


def cmd_candidates(_args: argparse.Namespace) -> None:
    from lexicon_candidates import sources

    from framing import Analyzer
    from framing.inflect import inflect_word
    from framing.lexicon import builtin_lexicons, load_lexicon

    proposals = _read_tsv(PROPOSALS)
    shipped: dict[str, str] = {}
    for lx in builtin_lexicons():
        for e in lx.entries:
            for f in _forms(e):
                shipped.setdefault(f, f"{lx.name}:{e.term} (weight {e.weight:g})")
    decided = decided_terms()
    decided_forms = {f for t in decided for k in ("noun", "verb", "adj") for f in (t, *inflect_word(t, k))}
    src = sources()
    status: dict[str, str] = {}
    live = []
    with tempfile.TemporaryDirectory() as tmp:
        for p in proposals:
            one = Path(tmp) / "one.tsv"
            write_lexicon([_lex_row(p, "")], one)
            forms = _forms(load_lexicon(one).entries[0])
            hit = next((shipped[f] for f in forms if f in shipped), "")
            if hit:
                status[p["term"]] = f"excluded: matched by shipped entry {hit}"
            elif any(f in decided for f in forms) or p["term"].lower() in decided_forms:
                status[p["term"]] = "excluded: decided in an earlier round"
            else:
                p["_forms"] = "|".join(forms)
                live.append(p)
        scratch = Path(tmp) / f"{PREFIX}_lexicon.tsv"
        write_lexicon([_lex_row(p, "") for p in live], scratch)
        counts = _hit_counts(Analyzer(scorers=["lexicon"], lexicons=[scratch]), scratch.stem, texts(range(0, 2000)))
    pool = []
    for p in live:
        c = counts.get(p["term"], Counter())
        p.update(hits_0_999=str(c["a"]), hits_1000_1999=str(c["b"]), own_voice_0_1999=str(c["own"]))
        if c["a"] >= MIN_HITS and c["b"] >= MIN_HITS:
            status[p["term"]] = "candidate"
            pool.append(p)
        else:
            status[p["term"]] = f"excluded: fewer than {MIN_HITS} weight>0 hits in lines 0-999 or 1000-1999"
    for p in pool:
        forms = p["_forms"].split("|")
        lists = sorted({k for k, v in src.items() for f in forms if f in v})
        occ, marked = babe_rate(forms)
        p["lists"] = ",".join(lists)
        p["babe_mbic"] = f"{marked}/{occ}"
        p["babe_mbic_rate"] = f"{marked / occ:.2f}" if occ else ""
        named = "; ".join(SOURCE_NAMES[k] for k in lists)
        p["note"] = (f"recall round s23 candidate (issue 12): {p['origin']}"
                     + (f"; in the literature's lists: {named}" if named else "; curated (general knowledge)")
                     + (f"; BABE/MBIC marked {marked}/{occ}" if occ else ""))
    write_lexicon([_lex_row(p, p["note"]) for p in pool], SCRATCH)
    cols = ["term", "category", "lexicon_file", "weight", "inflect", "forms", "case", "context", "note",
            "hits_0_999", "hits_1000_1999", "own_voice_0_1999", "lists", "babe_mbic", "babe_mbic_rate"]
    with CANDIDATES.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        for p in pool:
            p["lexicon_file"] = FILES[p["category"]]
            w.writerow([p.get(c, "") for c in cols])
    with SCREEN.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["term", "category", "origin", "hits_0_999", "hits_1000_1999", "status"])
        for p in proposals:
            w.writerow([p["term"], p["category"], p["origin"], p.get("hits_0_999", ""), p.get("hits_1000_1999", ""),
                        status[p["term"]]])
    print(f"{len(proposals)} proposals, {len(live)} neither shipped nor decided, {len(pool)} candidates "
          f"-> {CANDIDATES.name}, {SCRATCH.name}", file=sys.stderr)
    print(Counter(p["category"] for p in pool), file=sys.stderr)


def _lex_row(p: dict[str, str], note: str) -> dict[str, str]:
    return {"term": p["term"], "category": p["category"], "weight": p["weight"], "alternatives": "",
            "inflect": p.get("inflect") or "none", "forms": p.get("forms", ""), "case": p.get("case") or "any",
            "context": p.get("context", ""), "note": note}


def _hits(analyzer, scratch_name: str, text: str):
    """(candidate hits, control hits): weight>0, non-negated spans of the scratch lexicon / of shipped lexicons."""
    cand, ctrl = [], []
    for s in analyzer.analyze(text).spans:
        if s.weight > 0 and not s.negated:
            (cand if Path(s.lexicon).stem == scratch_name else ctrl).append(s)
    return cand, ctrl


def _hit_counts(analyzer, scratch_name: str, ts: dict[int, tuple[str, str]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for line, (_doc, text) in ts.items():
        for s in _hits(analyzer, scratch_name, text)[0]:
            out[s.term]["a" if line < 1000 else "b"] += 1
            out[s.term]["own"] += not s.in_quote
    return out


# ---------------------------------------------------------------- sample

def draw(hits: list, rng: random.Random, per: int = PER_SHEET, per_article: int = PER_ARTICLE) -> list:
    """Up to ``per`` of ``hits`` ((line, span) pairs) in a random order, at most ``per_article`` per line."""
    order = list(hits)
    rng.shuffle(order)
    out, seen = [], Counter()
    for line, s in order:
        if seen[line] < per_article:
            out.append((line, s))
            seen[line] += 1
            if len(out) == per:
                break
    return out


def cmd_sample(_args: argparse.Namespace) -> None:
    from framing import Analyzer

    pool = [r["term"] for r in _read_tsv(CANDIDATES)]
    analyzer = Analyzer(scorers=["lexicon"], lexicons=[SCRATCH])
    for sheet, (lines, seed) in SHEETS.items():
        ts = texts(lines)
        cand: dict[str, list] = defaultdict(list)
        ctrl: list = []
        for line, (_doc, text) in ts.items():
            c, k = _hits(analyzer, SCRATCH.stem, text)
            for s in c:
                cand[s.term].append((line, s))
            ctrl.extend((line, s) for s in k)
        rng = random.Random(seed)
        items = []
        for term in pool:
            items.extend((term, 0, line, s) for line, s in draw(sorted(cand.get(term, []), key=_order), rng))
        n_ctrl = round(len(items) * CONTROL_SHARE / (1 - CONTROL_SHARE))
        items.extend((f"{Path(s.lexicon).stem}:{s.term}", 1, line, s)
                     for line, s in rng.sample(sorted(ctrl, key=_order), n_ctrl))
        rng.shuffle(items)
        write_sheet(sheet, items, ts)
        missing = [t for t in pool if not cand.get(t)]
        print(f"sheet {sheet}: {len(items)} items ({len(items) - n_ctrl} candidate hits of {len(pool)} candidates, "
              f"{n_ctrl} controls = {n_ctrl / len(items):.1%}); candidates without a hit: {missing}", file=sys.stderr)


def _order(x: tuple) -> tuple[int, int, int]:
    return (x[0], x[1].start, x[1].end)


def write_sheet(sheet: str, items: list, ts: dict[int, tuple[str, str]]) -> None:
    paths = sheet_paths(sheet)
    rows, keys = [], []
    for n, (term, control, line, s) in enumerate(items, 1):
        item = f"{sheet}{n:03d}"
        doc_id, text = ts[line]
        sent, prev = context(text, s.start, s.end)
        rows.append([item, sent, prev, "", ""])
        keys.append([item, term, control, s.lexicon if control else "", s.category, s.weight, line, doc_id, s.start,
                     s.end, s.text, int(s.in_quote)])
    header = ["item", "sentence", "previous_sentence", "judgment", "note"]
    _write_csv(paths["sheet"], header, rows)
    _write_csv(paths["key"], ["item", "term", "control", "lexicon", "category", "weight", "line", "doc_id", "start",
                              "end", "text", "in_quote"], keys)
    if len(rows) > SPLIT_OVER:
        half = (len(rows) + 1) // 2
        _write_csv(paths["half1"], header, rows[:half])
        _write_csv(paths["half2"], header, rows[half:])


def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------- score

def read_judgments(files: Sequence[Path]) -> dict[str, str]:
    """item -> judgment (``1``, ``0`` or ``?``) over a whole sheet and/or its halves; blank = not judged."""
    out: dict[str, str] = {}
    for path in files:
        with path.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                j = (r.get("judgment") or "").strip()
                if not j:
                    continue
                if j not in ("0", "1", "?"):
                    raise SystemExit(f"{path.name}: item {r['item']}: judgment {j!r} is not 1, 0 or ?")
                if out.get(r["item"], j) != j:
                    raise SystemExit(f"item {r['item']} is judged {out[r['item']]} and {j} in different files")
                out[r["item"]] = j
    return out


@dataclass
class Score:
    """Per-term judged/loaded counts on one sheet, and the controls'."""

    terms: dict[str, list[int]] = field(default_factory=dict)
    category: dict[str, str] = field(default_factory=dict)
    controls: list[int] = field(default_factory=list)


def tally(key_path: Path, judged: dict[str, str]) -> Score:
    out = Score()
    with key_path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            j = judged.get(r["item"], "")
            if r["control"] == "1":
                if j in ("0", "1"):
                    out.controls.append(int(j))
                continue
            out.category[r["term"]] = r["category"]
            js = out.terms.setdefault(r["term"], [])
            if j in ("0", "1"):
                js.append(int(j))
    return out


def kept_on_a(js: list[int]) -> bool:
    """Rule 1: at least 3 judged hits on sheet A and loaded/judged >= 0.8."""
    return len(js) >= KEEP_MIN_JUDGED and sum(js) >= KEEP_SHARE * len(js) - 1e-9


def strict_on_a(js: list[int]) -> bool:
    """The stricter rule, applied once if the kept set misses 0.85 on sheet B: 5/5 or 4/4 on sheet A."""
    return len(js) >= 4 and sum(js) == len(js)


def pooled(b: Score, terms: Iterable[str]) -> tuple[int, int]:
    js = [j for t in terms for j in b.terms.get(t, [])]
    return sum(js), len(js)


def weighted(b: Score, terms: Iterable[str], freq: dict[str, int]) -> float:
    """Sheet-B precision of ``terms`` with each entry weighted by its hits (``freq``); nan without judged items."""
    num = den = 0.0
    for t in terms:
        js = b.terms.get(t, [])
        if js:
            w = freq.get(t, 0)
            num += w * sum(js) / len(js)
            den += w
    return num / den if den else float("nan")


def decide(a: Score, b: Score, freq: dict[str, int] | None = None) -> tuple[str, set[str], list[str]]:
    """(rule that applies, terms that ship, report lines). With ``freq`` (term -> hits on sheet B's lines), a set
    ships only if its frequency-weighted sheet-B precision reaches 0.85 too (amendment 4)."""
    def passes(terms: set[str]) -> tuple[bool, str]:
        k, n = pooled(b, terms)
        ok = bool(n) and k / n >= SHIP_PRECISION
        text = f"pooled {_fmt(k, n)}"
        if freq is not None:
            w = weighted(b, terms, freq)
            ok = ok and w >= SHIP_PRECISION
            text += f", frequency-weighted {w:.3f}"
        return ok, text

    kept = {t for t, js in a.terms.items() if kept_on_a(js)}
    ok, text = passes(kept)
    lines = [f"kept on sheet A (>= {KEEP_MIN_JUDGED} judged, >= {KEEP_SHARE} loaded): {len(kept)} of {len(a.terms)}",
             f"sheet B, kept candidates' items: {text}"]
    if ok:
        return "main rule: the kept set ships", kept, lines
    strict = {t for t in kept if strict_on_a(a.terms[t])}
    ok2, text2 = passes(strict)
    lines.append(f"below {SHIP_PRECISION}: stricter rule (5/5 or 4/4 on sheet A) applied once: {len(strict)} entries, "
                 f"sheet B {text2}")
    if ok2:
        return "stricter rule: the 5/5-or-4/4 set ships", strict, lines
    return "nothing ships", set(), lines


def frequencies(path: Path = CANDIDATES) -> dict[str, int]:
    """term -> weight>0 hits on lines 1000-1999 (sheet B's lines), from the candidates file."""
    return {r["term"]: int(r["hits_1000_1999"]) for r in _read_tsv(path)}


def sheet_files(sheet: str, given: Sequence[str] | None) -> list[Path]:
    if given:
        return [Path(p) for p in given]
    p = sheet_paths(sheet)
    return [p[k] for k in ("sheet", "half1", "half2") if p[k].is_file()]


def cmd_score(args: argparse.Namespace) -> None:
    a = tally(Path(args.key_a or sheet_paths("A")["key"]), read_judgments(sheet_files("A", args.a)))
    b = tally(Path(args.key_b or sheet_paths("B")["key"]), read_judgments(sheet_files("B", args.b)))
    rule, ships, lines = decide(a, b, frequencies(Path(args.candidates) if args.candidates else CANDIDATES))
    for ln in lines:
        print(ln)
    kept = {t for t, js in a.terms.items() if kept_on_a(js)}
    by_cat: dict[str, list[int]] = defaultdict(list)
    for t in sorted(kept):
        by_cat[a.category[t]].extend(b.terms.get(t, []))
    for cat, js in sorted(by_cat.items()):
        print(f"  sheet B, kept {cat}: {_fmt(sum(js), len(js))}")
    for t in sorted(kept):
        js = b.terms.get(t, [])
        print(f"  sheet B, kept {t} ({a.category[t]}; A {sum(a.terms[t])}/{len(a.terms[t])}): {sum(js)}/{len(js)}")
    for name, s in (("A", a), ("B", b)):
        print(f"controls (shipped entries), sheet {name}: {_fmt(sum(s.controls), len(s.controls))}")
    print(f"RULE: {rule}")
    out = Path(args.out or DECISIONS)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["term", "category", "a_judged", "a_loaded", "b_judged", "b_loaded", "decision"])
        for t in sorted(set(a.terms) | set(b.terms)):
            ja, jb = a.terms.get(t, []), b.terms.get(t, [])
            if t in ships:
                dec = "ship"
            elif t in kept:
                dec = "kept on A, not shipped (" + rule + ")"
            elif len(ja) < KEEP_MIN_JUDGED:
                dec = f"dropped: fewer than {KEEP_MIN_JUDGED} judged on A"
            else:
                dec = "dropped: under 0.8 loaded on A"
            w.writerow([t, a.category.get(t) or b.category.get(t, ""), len(ja), sum(ja), len(jb), sum(jb), dec])


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("candidates").set_defaults(func=cmd_candidates)
    sub.add_parser("sample").set_defaults(func=cmd_sample)
    p = sub.add_parser("score")
    p.add_argument("--a", nargs="+", help="sheet A file(s): the whole sheet and/or its halves (default: those present)")
    p.add_argument("--b", nargs="+", help="sheet B file(s)")
    p.add_argument("--key-a")
    p.add_argument("--key-b")
    p.add_argument("--out", help=f"decisions TSV (default {DECISIONS.name})")
    p.add_argument("--candidates", help=f"candidates TSV with hits_1000_1999 (default {CANDIDATES.name})")
    p.set_defaults(func=cmd_score)
    args = ap.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
