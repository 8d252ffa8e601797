#!/usr/bin/env python3
"""Expert-judged precision and own-voice recall of framing's loaded-language spans on held-out news (issue 12).

The modes read the held-out AllSides lines 2000-2999 (0-based) of
``../shared/data/allsides-news-sample/news.jsonl`` (``--data``, ``--lines``):

``--sample`` (the default)
    Analyse every held-out article with the default ``framing.Analyzer()``, collect every span with
    weight > 0 and draw ``--n`` of them with ``--seed``, stratified by source so that lexicon spans and model
    spans (the ``lexicon`` field names a model, or ``probability`` is set) get at least ``--min-per-source``
    each; the rest of the sample is drawn uniformly from the remaining spans. Writes two files into ``--out``:
    a BLIND sheet (item, the sentence before, the sentence with the span marked ``[[...]]``, an empty
    ``judgment`` column, a ``note`` column) and a KEY (doc id, offsets, text, category, lexicon, source,
    weight, probability, in_quote, negated, term, stratum size). Judge the sheet without opening the key.

``--score SHEET KEY``
    Precision = loaded / judged (judgments "1" and "0"; "?" and blanks are left out) with a Wilson 95%
    interval: overall, per source, per category, per in_quote, per source x in_quote, by weight bin and by
    model probability bin, plus the population estimate that re-weights the source strata by their size.

``--survivors SHEET KEY``
    Re-analyses the judged articles with the current code and reports which judged spans are still flagged
    (a span with weight > 0 overlaps them): loaded spans kept, not-loaded spans kept, precision of the kept
    ones. A paired before/after check that needs no new judging (it cannot see new flags).

``--recall GOLD``
    Token-level recall and precision of the current system (spans with weight > 0) on hand-marked sentences
    (``--recall-sample`` writes a fresh unannotated set): a ``\\w+`` token is gold-positive when it overlaps a
    gold span and predicted-positive when it overlaps a predicted span, as ``../shared/tools/span_f1.py``
    counts, restricted to the tokens of the gold sentences. Recall is split by the gold span's ``in_quote``
    (own voice vs quoted), precision by the predicted span's ``in_quote``. With ``--candidates`` the tagger's
    weight-0 candidates (``Analyzer(candidates=True)``) count as predictions too.

``--agreement SHEET_A SHEET_B [--key KEY]``
    Two annotators' judged copies of one sheet: raw agreement, Cohen's kappa with an analytic and a bootstrap
    interval, the confusion table, precision under each annotator (per source with the key), the disagreements.

``--exclude GOLD`` skips the articles of earlier recall sets and ``--exclude-lines FILE`` skips listed lines (never
read; e.g. another set's blind lines); the lines left out are stored beside the output.

Categories are read from the spans, never listed here, so a later version with other categories scores the
same way. Nothing here ships with framing.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
HELD_OUT = (2000, 3000)
WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
MODEL_NAME = re.compile(r"tagger|model|crf|perceptron|classifier|\bml\b", re.IGNORECASE)
SHEET_FIELDS = ("item", "context_before", "sentence", "judgment", "note")
KEY_FIELDS = ("item", "doc_id", "line", "start", "end", "text", "category", "lexicon", "source", "weight",
              "probability", "in_quote", "negated", "term", "stratum_size")
CALIBRATION_KEY_FIELDS = (*KEY_FIELDS, "bin")
WEIGHT_BINS = (0.2, 0.3, 0.4, 0.5, 0.75)    # (0, 0.2], (0.2, 0.3], ..., (0.5, 0.75], > 0.75
PROB_BINS = (0.2, 0.3, 0.4, 0.5, 0.7, 0.85)  # [0, 0.2), [0.2, 0.3), ..., [0.7, 0.85), ≥ 0.85
MAX_SNIPPET = 400
#: probability bins of the threshold-calibration sample (``--candidates``): the tagger's decision threshold is
#: about 0.15, so candidates start there
CALIBRATION_BINS = (0.14, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 1.0)


# ---------------------------------------------------------------- data


def read_lines(path: Path, lines: tuple[int, int], skip: Iterable[int] = ()) -> Iterator[tuple[int, str, str]]:
    """``(line index, id, text)`` for the 0-based JSONL lines ``lines[0] <= i < lines[1]``, except the lines in
    ``skip`` (not even parsed: nothing downstream sees their text)."""
    skipped = frozenset(skip)
    if not path.is_file():
        sys.exit(f"data not found: {path} (the shared data folder must sit next to the repository)")
    with open(path, encoding="utf-8") as f:
        for i, raw in enumerate(f):
            if i >= lines[1]:
                break
            if i >= lines[0] and i not in skipped and raw.strip():
                rec = json.loads(raw)
                yield i, str(rec.get("id", i)), rec["text"]


def parse_line_list(text: str, where: str = "") -> list[int]:
    """0-based line numbers listed in ``text``: every integer on a line, after an optional ``label:`` prefix;
    ``#`` starts a comment. Ranges ``A-B`` are stop-exclusive like ``--lines``. Anything else is an error
    naming ``where`` and the line."""
    out: list[int] = []
    for n, raw in enumerate(text.splitlines(), 1):
        body = raw.split("#", 1)[0]
        if ":" in body:
            body = body.split(":", 1)[1]
        for tok in re.split(r"[\s,]+", body.strip()):
            if not tok:
                continue
            m = re.fullmatch(r"(\d+)(?:-(\d+))?", tok)
            if m is None:
                raise SystemExit(f"{where}:{n}: expected line numbers or START-STOP ranges, got {tok!r}")
            lo = int(m.group(1))
            out.extend(range(lo, int(m.group(2))) if m.group(2) else (lo,))
    return out


def excluded_lines(gold_paths: Iterable[Path] = (), line_files: Iterable[Path] = ()) -> list[int]:
    """Sorted 0-based lines to leave out: the articles of earlier recall sets (``--exclude``) and the lines
    listed in ``--exclude-lines`` files."""
    lines = {int(g["line"]) for path in gold_paths for g in read_gold(path)}
    for path in line_files:
        lines.update(parse_line_list(path.read_text(encoding="utf-8"), str(path)))
    return sorted(lines)


def write_excluded(path: Path, lines: Sequence[int], sources: Sequence[Path], span: tuple[int, int]) -> None:
    """Store the excluded lines that fell in the sampled range, with where they came from."""
    inside = [x for x in lines if span[0] <= x < span[1]]
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {len(inside)} lines of {span[0]}-{span[1] - 1} left out (not analysed), from: "
                + ", ".join(str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p) for p in sources) + "\n")
        f.write(" ".join(str(x) for x in inside) + "\n")


def source_of(lexicon: str, probability: float | None, lexicon_names: Iterable[str] = (), *,
              category: str = "", model_names: Iterable[str] = ()) -> str:
    """``model`` when a probability is set or the name (or category) is a model's, ``lexicon`` for a
    lexicon, else ``rule`` (a rule-based device such as scare quotes).

    Without a list of lexicon names every non-model span counts as a lexicon span.
    """
    if (probability is not None or lexicon in set(model_names) or MODEL_NAME.search(lexicon or "")
            or MODEL_NAME.search(category or "")):
        return "model"
    names = set(lexicon_names)
    if not names or lexicon in names:
        return "lexicon"
    return "rule"


def _attr(span: Any, name: str, default: Any = None) -> Any:
    if isinstance(span, Mapping):
        return span.get(name, default)
    return getattr(span, name, default)


def span_rows(doc_id: str, line: int, spans: Iterable[Any], lexicon_names: Iterable[str] = (),
              model_names: Iterable[str] = (), *, candidates: bool = False) -> list[dict]:
    """Key rows (without item and stratum size) of the spans with weight > 0; spans as objects or dicts. With
    ``candidates``, the model's spans instead, loaded and weight-0 candidates alike: every span with a
    ``probability`` (source ``model``)."""
    names, models = tuple(lexicon_names), tuple(model_names)
    rows = []
    for s in spans:
        weight = float(_attr(s, "weight", 0.0) or 0.0)
        prob = _attr(s, "probability")
        if (prob is None) if candidates else weight <= 0:
            continue
        lexicon = str(_attr(s, "lexicon", "") or "")
        category = str(_attr(s, "category", "") or "")
        rows.append({
            "doc_id": doc_id, "line": line, "start": int(_attr(s, "start")), "end": int(_attr(s, "end")),
            "text": str(_attr(s, "text", "")), "category": category,
            "lexicon": lexicon, "source": source_of(lexicon, prob, names, category=category, model_names=models),
            "weight": weight,
            "probability": None if prob is None else float(prob),
            "in_quote": bool(_attr(s, "in_quote", False)), "negated": bool(_attr(s, "negated", False)),
            "term": str(_attr(s, "term", "") or ""),
        })
    return rows


def candidate_rows(doc_id: str, line: int, spans: Iterable[Any]) -> list[dict]:
    """Key rows of the model's spans, loaded (weight > 0) and weight-0 candidates alike: every span with a
    ``probability``. Used to calibrate the tagger's loaded threshold against editor judgments."""
    return span_rows(doc_id, line, spans, candidates=True)


def sample_by_probability(rows: Sequence[dict], *, per_bin: int, seed: int,
                          edges: Sequence[float] = CALIBRATION_BINS) -> list[dict]:
    """Up to ``per_bin`` rows from each probability bin ``[edges[k], edges[k+1])`` (the last bin is closed),
    uniformly within a bin, shuffled; each row gets its ``bin`` and ``stratum_size`` (rows in its bin), so a
    precision above any bin edge can be re-weighted to the population. Rows outside the edges are dropped."""
    rng = random.Random(seed)
    by_bin: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        b = calibration_bin(float(r["probability"]), edges)
        if b is not None:
            by_bin[b].append(i)
    chosen: list[tuple[int, str]] = []
    for b in sorted(by_bin):
        idx = by_bin[b]
        rng.shuffle(idx)
        chosen.extend((i, b) for i in idx[:per_bin])
    rng.shuffle(chosen)
    return [{**rows[i], "bin": b, "stratum_size": len(by_bin[b])} for i, b in chosen]


def calibration_bin(p: float, edges: Sequence[float] = CALIBRATION_BINS) -> str | None:
    """``"[lo, hi)"`` of the bin holding ``p`` (the last bin includes its upper edge), None outside."""
    for lo, hi in itertools.pairwise(edges):
        if lo <= p < hi or (hi == edges[-1] and p == hi):
            return f"[{lo:.2f}, {hi:.2f})"
    return None


def sample_rows(rows: Sequence[dict], *, n: int, seed: int, min_per_source: int = 100,
                sources: Sequence[str] = ("lexicon", "model")) -> list[dict]:
    """Draw ``n`` rows: at least ``min_per_source`` of each named source (all of them when fewer exist), the
    rest uniformly from what remains; returned in a shuffled order, each with its ``stratum_size``.

    Within one source every row has the same chance to be drawn, so per-source precision is unbiased and
    the population figure re-weights sources by ``stratum_size``.
    """
    rng = random.Random(seed)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_source[r["source"]].append(i)
    chosen: list[int] = []
    for src in sources:
        idx = list(by_source.get(src, []))
        rng.shuffle(idx)
        chosen.extend(idx[:min(min_per_source, len(idx), max(0, n - len(chosen)))])
    taken = set(chosen)
    rest = [i for i in range(len(rows)) if i not in taken]
    rng.shuffle(rest)
    chosen.extend(rest[:max(0, n - len(chosen))])
    rng.shuffle(chosen)
    sizes = {src: len(idx) for src, idx in by_source.items()}
    return [{**rows[i], "stratum_size": sizes[rows[i]["source"]]} for i in chosen]


# ---------------------------------------------------------------- snippets


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _sentence_index(sentences: Sequence[tuple[int, int]], pos: int) -> int:
    for k, (s, e) in enumerate(sentences):
        if s <= pos < e:
            return k
        if s > pos:
            return max(0, k - 1)
    return max(0, len(sentences) - 1)


def snippet(text: str, sentences: Sequence[tuple[int, int]], start: int, end: int,
            max_chars: int = MAX_SNIPPET) -> tuple[str, str]:
    """``(sentence before, sentence with text[start:end] marked [[...]])``, white space folded.

    A span that crosses a sentence boundary widens the sentence; a long sentence is cut to a window of
    ``max_chars`` around the span (marked with "…").
    """
    if not sentences:
        sentences = [(0, len(text))]
    k1, k2 = _sentence_index(sentences, start), _sentence_index(sentences, max(start, end - 1))
    s0 = min(sentences[k1][0], start)
    e0 = max(sentences[k2][1], end)
    left, mid, right = text[s0:start], text[start:end], text[end:e0]
    half = max(40, (max_chars - len(mid)) // 2)
    if len(left) > half:
        left = "…" + left[-half:]
    if len(right) > half:
        right = right[:half] + "…"
    marked = _clean(left) + (" " if left[-1:].isspace() else "") + "[[" + mid + "]]" \
        + (" " if right[:1].isspace() else "") + _clean(right)
    before = ""
    if k1 > 0:
        ps, pe = sentences[k1 - 1]
        before = text[ps:pe]
        if len(before) > max_chars:
            before = "…" + before[-max_chars:]
    return _clean(before), marked.strip()


# ---------------------------------------------------------------- files


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.4f}"
    return str(v)


def write_csv(path: Path, fields: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(fields), extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _fmt(r.get(k)) for k in fields})


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------- statistics


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion k/n (``(0, 1)`` when n is 0)."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    den = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return max(0.0, centre - half), min(1.0, centre + half)


def parse_judgment(v: str | None) -> int | None:
    """1 (loaded), 0 (not loaded) or None ("?", blank, anything else)."""
    v = (v or "").strip().lower()
    if v in ("1", "y", "yes", "true"):
        return 1
    if v in ("0", "n", "no", "false"):
        return 0
    return None


def _bin(value: float, edges: Sequence[float], *, right_closed: bool) -> str:
    lo = 0.0
    for edge in edges:
        if (value <= edge) if right_closed else (value < edge):
            return f"({lo:g}, {edge:g}]" if right_closed else f"[{lo:g}, {edge:g})"
        lo = edge
    return f"> {lo:g}" if right_closed else f"≥ {lo:g}"


def weight_bin(w: float) -> str:
    return _bin(w, WEIGHT_BINS, right_closed=True)


def prob_bin(p: float) -> str:
    return _bin(p, PROB_BINS, right_closed=False)


@dataclass(frozen=True)
class Row:
    group: str
    loaded: int
    judged: int
    undecided: int

    @property
    def precision(self) -> float:
        return self.loaded / self.judged if self.judged else float("nan")


def merge(sheet: Sequence[Mapping[str, str]], key: Sequence[Mapping[str, str]]) -> list[dict[str, Any]]:
    """Key rows with their ``judgment`` (1 / 0 / None) joined on ``item``; every sheet item must be keyed."""
    by_item = {r["item"]: r for r in key}
    out = []
    for r in sheet:
        k = by_item.get(r["item"])
        if k is None:
            raise SystemExit(f"sheet item {r['item']!r} is not in the key file")
        out.append({**k, "judgment": parse_judgment(r.get("judgment"))})
    return out


def group_rows(items: Sequence[Mapping[str, Any]], key: Callable[[Mapping[str, Any]], str | None], *,
               by_name: bool = False) -> list[Row]:
    """One row per group (``key`` None leaves an item out), largest first or ``by_name``."""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for it in items:
        g = key(it)
        if g is None:
            continue
        j = it["judgment"]
        if j is None:
            acc[g][2] += 1
        else:
            acc[g][0] += j
            acc[g][1] += 1
    order = sorted(acc) if by_name else sorted(acc, key=lambda g: (-acc[g][1], g))
    return [Row(g, *acc[g]) for g in order]


def _float(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def population_estimate(items: Sequence[Mapping[str, Any]]) -> tuple[float, int] | None:
    """Precision re-weighted by source stratum size: ``(estimate, population size)``; None without sizes."""
    sizes: dict[str, int] = {}
    for it in items:
        size = _float(it.get("stratum_size"))
        if size is None:
            return None
        sizes[str(it["source"])] = int(size)
    est = 0.0
    total = sum(sizes.values())
    for src, size in sizes.items():
        judged = [it["judgment"] for it in items if it["source"] == src and it["judgment"] is not None]
        if not judged or not total:
            continue
        est += size / total * sum(judged) / len(judged)
    return est, total


def table(title: str, rows: Sequence[Row]) -> str:
    lines = [f"### {title}", "", "| group | loaded / judged | precision | Wilson 95% | ? |", "|---|---|---|---|---|"]
    for r in rows:
        lo, hi = wilson(r.loaded, r.judged)
        p = f"{r.precision:.2f}" if r.judged else "–"
        lines.append(f"| {r.group} | {r.loaded} / {r.judged} | {p} | {lo:.2f}–{hi:.2f} | {r.undecided} |")
    return "\n".join(lines) + "\n"


def score_tables(items: Sequence[Mapping[str, Any]]) -> str:
    """The markdown tables of ``--score``."""
    def yes(v: Any) -> str:
        return "quoted" if str(v).lower() in ("yes", "true", "1") else "own voice"

    def wbin(it: Mapping[str, Any]) -> str | None:
        w = _float(it.get("weight"))
        return None if w is None else f"{it['source']} weight {weight_bin(w)}"

    def pbin(it: Mapping[str, Any]) -> str | None:
        p = _float(it.get("probability"))
        return None if p is None else f"probability {prob_bin(p)}"

    out = [table("Overall", group_rows(items, lambda it: "all spans with weight > 0"))]
    pop = population_estimate(items)
    if pop is not None:
        out.append(f"Population estimate (sources re-weighted by their share of the {pop[1]} spans): "
                   f"{pop[0]:.2f}\n")
    out.append(table("By source", group_rows(items, lambda it: str(it["source"]))))
    out.append(table("By category", group_rows(items, lambda it: str(it["category"]))))
    out.append(table("By lexicon / model", group_rows(items, lambda it: str(it["lexicon"]))))
    out.append(table("Own voice vs quoted", group_rows(items, lambda it: yes(it["in_quote"]))))
    out.append(table("Source × quoting", group_rows(items, lambda it: f"{it['source']}, {yes(it['in_quote'])}")))
    out.append(table("By weight bin", group_rows(items, wbin, by_name=True)))
    out.append(table("Model spans by probability bin", group_rows(items, pbin, by_name=True)))
    return "\n".join(out)


# ---------------------------------------------------------------- agreement of two annotators


def paired_judgments(sheet_a: Sequence[Mapping[str, str]], sheet_b: Sequence[Mapping[str, str]]
                     ) -> list[tuple[str, int | None, int | None]]:
    """``(item, judgment A, judgment B)`` for the items of two sheets (joined on ``item``; both must hold the same
    items)."""
    b = {r["item"]: r for r in sheet_b}
    if set(b) != {r["item"] for r in sheet_a}:
        raise SystemExit("the two sheets do not hold the same items")
    return [(r["item"], parse_judgment(r.get("judgment")), parse_judgment(b[r["item"]].get("judgment")))
            for r in sheet_a]


def confusion(pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Counts of ``(A, B)`` over ``{0, 1} x {0, 1}``."""
    c = {(x, y): 0 for x in (1, 0) for y in (1, 0)}
    for x, y in pairs:
        c[(x, y)] += 1
    return c


def cohen_kappa(pairs: Sequence[tuple[int, int]]) -> tuple[float, float, float]:
    """``(observed agreement, chance agreement, kappa)`` of two binary raters; kappa is nan when chance agreement
    is 1 (both raters constant)."""
    n = len(pairs)
    if not n:
        return float("nan"), float("nan"), float("nan")
    po = sum(1 for x, y in pairs if x == y) / n
    pa, pb = sum(x for x, _ in pairs) / n, sum(y for _, y in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return po, pe, ((po - pe) / (1 - pe) if pe < 1 else float("nan"))


def kappa_interval(pairs: Sequence[tuple[int, int]], z: float = 1.96) -> tuple[float, float]:
    """Analytic 95% interval of Cohen's kappa from its large-sample standard error (Fleiss, Cohen & Everitt
    1969), clipped to [-1, 1]."""
    n = len(pairs)
    _po, pe, k = cohen_kappa(pairs)
    if not n or pe >= 1:
        return float("nan"), float("nan")
    c = confusion(pairs)
    p = {xy: v / n for xy, v in c.items()}
    row = {i: p[(i, 1)] + p[(i, 0)] for i in (0, 1)}
    col = {j: p[(1, j)] + p[(0, j)] for j in (0, 1)}
    a = sum(p[(i, i)] * (1 - (row[i] + col[i]) * (1 - k)) ** 2 for i in (0, 1))
    b = (1 - k) ** 2 * sum(p[(i, j)] * (col[i] + row[j]) ** 2 for i in (0, 1) for j in (0, 1) if i != j)
    cc = (k - pe * (1 - k)) ** 2
    se = math.sqrt(max(0.0, a + b - cc)) / ((1 - pe) * math.sqrt(n))
    return max(-1.0, k - z * se), min(1.0, k + z * se)


def kappa_bootstrap(pairs: Sequence[tuple[int, int]], *, reps: int = 2000, seed: int = 0) -> tuple[float, float]:
    """Percentile 95% bootstrap interval of Cohen's kappa (items resampled with replacement; resamples where
    kappa is undefined are skipped)."""
    rng = random.Random(seed)
    ks = []
    for _ in range(reps):
        k = cohen_kappa([pairs[rng.randrange(len(pairs))] for _ in pairs])[2]
        if not math.isnan(k):
            ks.append(k)
    if not ks:
        return float("nan"), float("nan")
    ks.sort()
    return ks[int(0.025 * (len(ks) - 1))], ks[round(0.975 * (len(ks) - 1))]


def agreement_report(triples: Sequence[tuple[str, int | None, int | None]],
                     key: Mapping[str, Mapping[str, str]] | None = None, *, names: tuple[str, str] = ("A", "B"),
                     seed: int = 0) -> str:
    """Markdown: raw agreement, Cohen's kappa (analytic and bootstrap intervals), prevalence- and bias-adjusted
    kappa (2·p_o − 1), the confusion table, and precision under each annotator (overall and, with ``key``, per
    source) with Wilson intervals. Items that either annotator left undecided are left out."""
    a, b = names
    both = [(x, y) for _, x, y in triples if x is not None and y is not None]
    n = len(both)
    po, pe, k = cohen_kappa(both)
    lo, hi = kappa_interval(both)
    blo, bhi = kappa_bootstrap(both, seed=seed)
    c = confusion(both)
    plo, phi = wilson(round(po * n), n)
    out = [f"Items judged by both: {n} (left out, undecided by either: {len(triples) - n})", "",
           "| measure | value | 95% interval |", "|---|---|---|",
           f"| raw agreement | {round(po * n)} / {n} = {po:.3f} | {plo:.3f}–{phi:.3f} (Wilson) |",
           f"| chance agreement | {pe:.3f} | |",
           f"| Cohen's kappa | {k:.3f} | {lo:.3f}–{hi:.3f} (analytic); {blo:.3f}–{bhi:.3f} (bootstrap, 2000) |",
           f"| PABAK (2·p_o − 1) | {2 * po - 1:.3f} | |",
           f"| positive agreement 2·n11/(2·n11+n10+n01) | "
           f"{2 * c[(1, 1)] / max(1, 2 * c[(1, 1)] + c[(1, 0)] + c[(0, 1)]):.3f} | |",
           f"| negative agreement 2·n00/(2·n00+n10+n01) | "
           f"{2 * c[(0, 0)] / max(1, 2 * c[(0, 0)] + c[(1, 0)] + c[(0, 1)]):.3f} | |", "",
           f"| {a} \\ {b} | {b}: 1 | {b}: 0 | total |", "|---|---|---|---|",
           f"| {a}: 1 | {c[(1, 1)]} | {c[(1, 0)]} | {c[(1, 1)] + c[(1, 0)]} |",
           f"| {a}: 0 | {c[(0, 1)]} | {c[(0, 0)]} | {c[(0, 1)] + c[(0, 0)]} |",
           f"| total | {c[(1, 1)] + c[(0, 1)]} | {c[(1, 0)] + c[(0, 0)]} | {n} |", "",
           f"| group | precision under {a} | precision under {b} | agreement | kappa |", "|---|---|---|---|---|"]

    def line(group: str, sel: Sequence[tuple[str, int | None, int | None]]) -> str:
        ja = [x for _, x, _ in sel if x is not None]
        jb = [y for _, _, y in sel if y is not None]
        pairs = [(x, y) for _, x, y in sel if x is not None and y is not None]
        cells = []
        for js in (ja, jb):
            w = wilson(sum(js), len(js))
            cells.append(f"{sum(js)} / {len(js)} = {sum(js) / len(js):.2f} [{w[0]:.2f}, {w[1]:.2f}]" if js else "–")
        agree = sum(1 for x, y in pairs if x == y)
        kk = cohen_kappa(pairs)[2] if pairs else float("nan")
        return (f"| {group} | {cells[0]} | {cells[1]} | {agree} / {len(pairs)} | "
                + ("–" if math.isnan(kk) else f"{kk:.2f}") + " |")

    out.append(line("all", triples))
    if key is not None:
        for src in sorted({str(key[i]["source"]) for i, _, _ in triples}):
            out.append(line(src, [t for t in triples if str(key[t[0]]["source"]) == src]))
        for side in ("own voice", "quoted"):
            out.append(line(f"lexicon, {side}", [
                t for t in triples if str(key[t[0]]["source"]) == "lexicon"
                and (str(key[t[0]]["in_quote"]).lower() in ("yes", "true", "1")) == (side == "quoted")]))
    return "\n".join(out) + "\n"


def disagreements(triples: Sequence[tuple[str, int | None, int | None]], sheet_a: Sequence[Mapping[str, str]],
                  sheet_b: Sequence[Mapping[str, str]], key: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """One line per item the two annotators judged differently: item, span, both judgments and notes."""
    na, nb = {r["item"]: r for r in sheet_a}, {r["item"]: r for r in sheet_b}
    lines = []
    for item, x, y in triples:
        if x is not None and y is not None and x != y:
            m = re.search(r"\[\[(.*?)\]\]", na[item]["sentence"])
            text = key[item]["text"] if key is not None else (m.group(1) if m else "")
            lines.append(f"- {item} {text!r}: {x} ({na[item].get('note', '')}) / {y} ({nb[item].get('note', '')})")
    return "\n".join(lines) + ("\n" if lines else "")


# ---------------------------------------------------------------- recall


def token_counts(text: str, region: tuple[int, int], gold: Sequence[Mapping[str, Any]],
                 pred: Sequence[Mapping[str, Any]]) -> Counter:
    """Token counts in ``text[region]`` as span_f1.py counts them, split by quoting.

    Keys: ``tp``/``fn`` with suffix ``_own``/``_quoted`` from the gold span's in_quote (recall side), and
    ``tp_p``/``fp`` with the suffix from the predicted span's in_quote (precision side); plain ``tp``, ``fp``,
    ``fn`` are the totals.
    """
    c: Counter = Counter()

    def hit(spans: Sequence[Mapping[str, Any]], s: int, e: int) -> Mapping[str, Any] | None:
        for sp in spans:
            if sp["start"] < e and s < sp["end"]:
                return sp
        return None

    lo, hi = region
    for m in WORD.finditer(text, lo, hi):
        g = hit(gold, m.start(), m.end())
        p = hit(pred, m.start(), m.end())
        if g is not None:
            side = "quoted" if g.get("in_quote") else "own"
            c["tp" if p is not None else "fn"] += 1
            c[("tp_" if p is not None else "fn_") + side] += 1
        if p is not None:
            side = "quoted" if p.get("in_quote") else "own"
            c["tp_p_" + side if g is not None else "fp_" + side] += 1
            if g is None:
                c["fp"] += 1
    return c


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def recall_table(c: Counter) -> str:
    lines = ["| tokens | recall | precision | F1 | gold tokens | predicted tokens |", "|---|---|---|---|---|---|"]
    p, r, f = prf(c["tp"], c["fp"], c["fn"])
    lines.append(f"| all | {r:.3f} | {p:.3f} | {f:.3f} | {c['tp'] + c['fn']} | {c['tp'] + c['fp']} |")
    for side, name in (("own", "own voice (not in quote)"), ("quoted", "quoted")):
        tp_r, fn = c["tp_" + side], c["fn_" + side]
        tp_p, fp = c["tp_p_" + side], c["fp_" + side]
        rec = tp_r / (tp_r + fn) if tp_r + fn else 0.0
        pre = tp_p / (tp_p + fp) if tp_p + fp else 0.0
        lines.append(f"| {name} | {rec:.3f} | {pre:.3f} | – | {tp_r + fn} | {tp_p + fp} |")
    return "\n".join(lines) + "\n"


def read_gold(path: Path) -> list[dict]:
    gold = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    gold.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: not JSON ({e})")
    return gold


def recall_sentences(records: Iterable[tuple[int, str, str]], *, n: int, seed: int, min_words: int = 10,
                     max_words: int = 60, sentences: Callable[[str], Sequence[tuple[int, int]]],
                     exclude_lines: Iterable[int] = ()) -> list[dict]:
    """``n`` sentences from ``n`` different articles (seeded): not in the headline (the text before the first
    blank line), ``min_words``-``max_words`` ``\\w+`` words, ending in sentence punctuation (a headline
    repeated in the body has none); gold skeletons with empty ``spans``. Articles on ``exclude_lines`` (those
    of earlier recall sets) are skipped."""
    rng = random.Random(seed)
    recs = list(records)
    rng.shuffle(recs)
    skip = set(exclude_lines)
    out: list[dict] = []
    for line, doc_id, text in recs:
        if line in skip:
            continue
        head_end = text.find("\n\n")
        body = [(s, e) for s, e in sentences(text)
                if s >= max(head_end, 0) and min_words <= len(WORD.findall(text, s, e)) <= max_words
                and SENTENCE_END.search(text, s, e)]
        if head_end < 0 or not body:
            continue
        s, e = rng.choice(body)
        out.append({"sid": f"R{len(out) + 1:03d}", "line": line, "doc_id": doc_id, "start": s, "end": e,
                    "sentence": text[s:e], "spans": []})
        if len(out) >= n:
            break
    return out


# ---------------------------------------------------------------- modes


def _analyzer() -> tuple[Any, tuple[str, ...]]:
    import framing

    analyzer = framing.Analyzer()
    names = tuple(lx.name for lx in getattr(analyzer, "lexicons", ()))
    return analyzer, names


def run_sample(a: argparse.Namespace) -> None:
    import framing

    if a.candidates:
        analyzer, names = framing.Analyzer(candidates=True), ()
    else:
        analyzer, names = _analyzer()
    rows: list[dict] = []
    sentences: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    skip = excluded_lines(a.exclude, a.exclude_lines)
    for line, doc_id, text in read_lines(a.data, a.lines, skip):
        an = analyzer.analyze(text, id=doc_id)
        got = (candidate_rows(doc_id, line, an.spans) if a.candidates
               else span_rows(doc_id, line, an.spans, names, a.model))
        rows.extend(got)
        if got:
            sentences[doc_id] = (text, tuple(framing.Document(text).sentences))
    if a.candidates:
        rows = [r for r in rows if float(r["probability"]) >= a.min_probability]
        picked = sample_by_probability(rows, per_bin=a.per_bin, seed=a.seed)
    else:
        picked = sample_rows(rows, n=a.n, seed=a.seed, min_per_source=a.min_per_source,
                             sources=tuple(x for x in a.sources.split(",") if x))
    sheet = []
    for k, r in enumerate(picked, 1):
        r["item"] = f"J{k:04d}"
        text, sents = sentences[r["doc_id"]]
        before, marked = snippet(text, sents, r["start"], r["end"])
        sheet.append({"item": r["item"], "context_before": before, "sentence": marked, "judgment": "", "note": ""})
    a.out.mkdir(parents=True, exist_ok=True)
    sheet_path, key_path = a.out / f"{a.prefix}_sheet.csv", a.out / f"{a.prefix}_key.csv"
    for p in (sheet_path, key_path):
        if p.exists() and not a.force:
            sys.exit(f"{p} exists (a judged sheet?); pass --force to overwrite or choose --out/--prefix")
    write_csv(sheet_path, SHEET_FIELDS, sheet)
    write_csv(key_path, CALIBRATION_KEY_FIELDS if a.candidates else KEY_FIELDS, picked)
    if skip:
        write_excluded(a.out / f"{a.prefix}_excluded_lines.txt", skip, [*a.exclude, *a.exclude_lines], a.lines)
    counts = Counter(r["source"] for r in rows)
    drawn = Counter(r["source"] for r in picked)
    if a.candidates:
        bins = Counter(calibration_bin(float(r["probability"])) for r in rows)
        print("model spans by probability bin: " + ", ".join(f"{b} {bins[b]}" for b in sorted(bins, key=str)))
    what = "model spans" if a.candidates else "spans with weight > 0"
    print(f"{len(rows)} {what} in lines {a.lines[0]}-{a.lines[1] - 1}; by source "
          + ", ".join(f"{s} {counts[s]} (sampled {drawn[s]})" for s in sorted(counts)))
    print(f"blind sheet: {sheet_path}\nkey (do not open before judging): {key_path}")


def run_score(a: argparse.Namespace) -> None:
    sheet_path, key_path = a.score
    items = merge(read_csv(sheet_path), read_csv(key_path))
    print(f"# Judged precision: {sheet_path.name} ({len(items)} items)\n")
    print(score_tables(items))


def calibration(items: Sequence[Mapping[str, Any]], target: float) -> str:
    """Precision of model spans against editor judgments as a function of the tagger's probability: per bin,
    above each bin edge (re-weighted by the bins' population sizes, with a Wilson interval on the effective
    sample), a logistic fit of judgment on logit(probability), and the lowest edge whose precision reaches
    ``target``."""
    judged = [it for it in items if it["judgment"] is not None]
    bins: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    size: dict[str, int] = {}
    for it in judged:
        bins[str(it["bin"])].append(it)
        size[str(it["bin"])] = int(float(it["stratum_size"]))
    order = sorted(bins, key=lambda b: float(b[1:].split(",")[0]))
    lines = ["| bin | population | loaded / judged | precision | Wilson 95% |", "|---|---|---|---|---|"]
    for b in order:
        k, n = sum(it["judgment"] for it in bins[b]), len(bins[b])
        lo, hi = wilson(k, n)
        lines.append(f"| {b} | {size[b]} | {k} / {n} | {k / n:.2f} | {lo:.2f}–{hi:.2f} |")
    lines += ["", "| threshold | population spans ≥ | precision (re-weighted) | Wilson 95% (effective n) "
              "| sample loaded / judged |", "|---|---|---|---|---|"]
    chosen = None
    for j, b in enumerate(order):
        above = order[j:]
        pop = sum(size[x] for x in above)
        est = sum(size[x] * sum(it["judgment"] for it in bins[x]) / len(bins[x]) for x in above) / pop
        k = sum(it["judgment"] for x in above for it in bins[x])
        n = sum(len(bins[x]) for x in above)
        lo, hi = wilson(round(est * n), n)
        edge = float(b[1:].split(",")[0])
        lines.append(f"| ≥ {edge:.2f} | {pop} | {est:.2f} | {lo:.2f}–{hi:.2f} (n {n}) | {k} / {n} |")
        if chosen is None and est >= target and all(
                sum(it["judgment"] for it in bins[x]) / len(bins[x]) >= target - 0.1 for x in above):
            chosen = (edge, est, lo, hi)
    x = [math.log(max(1e-6, min(1 - 1e-6, float(it["probability"])))
                  / (1 - max(1e-6, min(1 - 1e-6, float(it["probability"]))))) for it in judged]
    y = [int(it["judgment"]) for it in judged]
    a0, a1 = _logistic_fit(x, y)
    lines += ["", f"Logistic fit: P(editor says loaded) = σ({a0:.3f} + {a1:.3f} · logit(p))"]
    for p in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        lines.append(f"- p = {p:.2f}: {1 / (1 + math.exp(-(a0 + a1 * math.log(p / (1 - p))))):.2f}")
    if chosen is None:
        lines.append(f"\nNo bin edge reaches precision {target:.2f}.")
    else:
        lines.append(f"\nLowest bin edge with re-weighted precision ≥ {target:.2f} (and no bin above it below "
                     f"{target - 0.1:.2f}): {chosen[0]:.2f} (precision {chosen[1]:.2f}, "
                     f"{chosen[2]:.2f}–{chosen[3]:.2f})")
    return "\n".join(lines) + "\n"


def _logistic_fit(x: Sequence[float], y: Sequence[int], iters: int = 50) -> tuple[float, float]:
    """Intercept and slope of a one-feature logistic regression (Newton's method, a tiny ridge)."""
    a0 = a1 = 0.0
    for _ in range(iters):
        g0 = g1 = h00 = h01 = h11 = 0.0
        for xi, yi in zip(x, y, strict=True):
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, a0 + a1 * xi))))
            w = p * (1 - p)
            g0 += yi - p
            g1 += (yi - p) * xi
            h00 += w
            h01 += w * xi
            h11 += w * xi * xi
        h00 += 1e-3
        h11 += 1e-3
        det = h00 * h11 - h01 * h01
        if det <= 0:
            break
        a0 += (h11 * g0 - h01 * g1) / det
        a1 += (h00 * g1 - h01 * g0) / det
    return a0, a1


def run_agreement(a: argparse.Namespace) -> None:
    path_a, path_b = a.agreement
    sheet_a, sheet_b = read_csv(path_a), read_csv(path_b)
    triples = paired_judgments(sheet_a, sheet_b)
    key = {r["item"]: r for r in read_csv(a.key)} if a.key else None
    print(f"# Agreement: {path_a.name} (A) vs {path_b.name} (B), {len(triples)} items\n")
    print(agreement_report(triples, key, seed=a.seed))
    print("Disagreements (A / B, with notes):\n")
    print(disagreements(triples, sheet_a, sheet_b, key))


def run_calibrate(a: argparse.Namespace) -> None:
    sheet_path, key_path = a.calibrate
    items = merge(read_csv(sheet_path), read_csv(key_path))
    print(f"# Tagger probability vs editor judgment: {sheet_path.name} ({len(items)} items)\n")
    print(calibration(items, a.target))


def survivor_table(items: Sequence[Mapping[str, Any]], kept: Sequence[bool]) -> str:
    """Judged items still flagged by the current code: per source, loaded / not-loaded kept and dropped."""
    lines = ["| source | loaded kept / judged loaded | not loaded kept / judged not loaded | precision of kept "
             "| Wilson 95% |", "|---|---|---|---|---|"]
    groups: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for it, k in zip(items, kept, strict=True):
        if it["judgment"] is not None:
            groups[str(it["source"])].append((it["judgment"], k))
            groups["all"].append((it["judgment"], k))
    for g in sorted(groups, key=lambda g: (g == "all", g)):
        pairs = groups[g]
        pos = sum(1 for j, _ in pairs if j == 1)
        pos_kept = sum(1 for j, k in pairs if j == 1 and k)
        neg_kept = sum(1 for j, k in pairs if j == 0 and k)
        n_kept = pos_kept + neg_kept
        lo, hi = wilson(pos_kept, n_kept)
        prec = f"{pos_kept / n_kept:.2f}" if n_kept else "–"
        lines.append(f"| {g} | {pos_kept} / {pos} | {neg_kept} / {len(pairs) - pos} | {prec} | {lo:.2f}–{hi:.2f} |")
    return "\n".join(lines) + "\n"


def run_survivors(a: argparse.Namespace) -> None:
    import framing

    sheet_path, key_path = a.survivors
    items = merge(read_csv(sheet_path), read_csv(key_path))
    lines = {int(it["line"]) for it in items}
    analyzer = framing.Analyzer()
    flagged: dict[str, list[tuple[int, int]]] = {}
    for _line, doc_id, text in read_lines(a.data, (min(lines), max(lines) + 1)):
        if _line in lines:
            an = analyzer.analyze(text, id=doc_id)
            flagged[doc_id] = [(s.start, s.end) for s in an.spans if s.weight > 0]
    kept = [any(s < int(it["end"]) and int(it["start"]) < e for s, e in flagged.get(str(it["doc_id"]), []))
            for it in items]
    print(f"# Judged spans of {sheet_path.name} still flagged (weight > 0, overlapping) by the current code\n")
    print(survivor_table(items, kept))


def predicted_spans(spans: Iterable[Any], region: tuple[int, int], *, candidates: bool = False) -> list[dict]:
    """Predicted spans overlapping ``region`` for ``--recall``: spans with weight > 0, and with ``candidates``
    also the tagger's weight-0 candidates (spans with a ``probability``)."""
    out = []
    for s in spans:
        start, end = int(_attr(s, "start")), int(_attr(s, "end"))
        if not (start < region[1] and region[0] < end):
            continue
        if float(_attr(s, "weight", 0.0) or 0.0) > 0 or (candidates and _attr(s, "probability") is not None):
            out.append({"start": start, "end": end, "in_quote": bool(_attr(s, "in_quote", False))})
    return out


def run_recall(a: argparse.Namespace) -> None:
    import framing

    gold = read_gold(a.recall)
    if not gold:
        sys.exit(f"{a.recall}: no sentences")
    wanted = {int(g["line"]) for g in gold}
    texts = {line: (doc_id, text) for line, doc_id, text in read_lines(a.data, (0, max(wanted) + 1))
             if line in wanted}
    analyzer = framing.Analyzer(candidates=a.candidates)
    total: Counter = Counter()
    details: list[str] = []
    for g in gold:
        if g["line"] not in texts:
            sys.exit(f"{g['sid']}: line {g['line']} is not in {a.data}")
        doc_id, text = texts[g["line"]]
        if text[g["start"]:g["end"]] != g["sentence"]:
            sys.exit(f"{g['sid']}: the sentence offsets do not match the article text (line {g['line']})")
        for sp in g["spans"]:
            if text[sp["start"]:sp["end"]] != sp["text"]:
                sys.exit(f"{g['sid']}: gold span {sp} does not match text[start:end]")
        an = analyzer.analyze(text, id=doc_id)
        pred = predicted_spans(an.spans, (g["start"], g["end"]), candidates=a.candidates)
        total += token_counts(text, (g["start"], g["end"]), g["spans"], pred)
        if a.details:
            details.append(f"{g['sid']}: gold {[sp['text'] for sp in g['spans']]} | predicted "
                           f"{[text[p['start']:p['end']] for p in pred]}")
    n_spans = sum(len(g["spans"]) for g in gold)
    what = " (predicted: weight > 0 and the tagger's weight-0 candidates)" if a.candidates else ""
    print(f"# Token-level recall on {len(gold)} hand-marked sentences ({n_spans} gold spans){what}\n")
    print(recall_table(total))
    if details:
        print("\n".join(details))


def run_recall_sample(a: argparse.Namespace) -> None:
    import framing

    # earlier recall sets' articles are skipped after the shuffle (as when the session-14 set was drawn, so
    # earlier draws reproduce); --exclude-lines are never read at all
    used = excluded_lines(a.exclude)
    unread = excluded_lines(line_files=a.exclude_lines)
    if a.recall_sample.exists() and not a.force:
        sys.exit(f"{a.recall_sample} exists (annotated?); pass --force to overwrite")
    out = recall_sentences(read_lines(a.data, a.lines, unread), n=a.n_recall, seed=a.seed,
                           sentences=lambda t: framing.Document(t).sentences, exclude_lines=used)
    used = sorted({*used, *unread})
    if used:
        write_excluded(a.recall_sample.with_name(a.recall_sample.stem + "_excluded_lines.txt"), used,
                       [*a.exclude, *a.exclude_lines], a.lines)
    with open(a.recall_sample, "w", encoding="utf-8") as f:
        for g in out:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(out)} sentences -> {a.recall_sample}")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=NEWS)
    ap.add_argument("--lines", type=lambda s: tuple(int(x) for x in s.split("-")), default=HELD_OUT,
                    help="0-based line range START-STOP (stop exclusive), default 2000-3000")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--n", type=int, default=240, help="items in the sheet")
    ap.add_argument("--min-per-source", type=int, default=100)
    ap.add_argument("--sources", default="lexicon,model",
                    help="comma-separated sources that get --min-per-source each (e.g. lexicon,model,rule)")
    ap.add_argument("--model", action="append", default=[], metavar="NAME",
                    help="a span `lexicon` name to count as a model source (repeatable); spans with a probability "
                         "or a name/category matching tagger|model|crf|perceptron|classifier|ml already count")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "data")
    ap.add_argument("--prefix", default="judge_precision")
    ap.add_argument("--force", action="store_true", help="overwrite existing sheets")
    ap.add_argument("--score", nargs=2, type=Path, metavar=("SHEET", "KEY"))
    ap.add_argument("--recall", type=Path, metavar="GOLD")
    ap.add_argument("--survivors", nargs=2, type=Path, metavar=("SHEET", "KEY"),
                    help="which judged spans the current code still flags (a paired before/after check)")
    ap.add_argument("--recall-sample", type=Path, metavar="OUT", help="write unannotated recall sentences")
    ap.add_argument("--n-recall", type=int, default=60)
    ap.add_argument("--exclude", type=Path, action="append", default=[], metavar="GOLD",
                    help="skip the articles of this earlier recall set (repeatable; sheet and --recall-sample)")
    ap.add_argument("--exclude-lines", type=Path, action="append", default=[], metavar="FILE",
                    help="skip these 0-based lines (integers or START-STOP ranges, optional 'label:' prefix, "
                         "'#' comments; repeatable): they are not analysed; the list used is stored beside the "
                         "sheet as PREFIX_excluded_lines.txt (or GOLD_excluded_lines.txt with --recall-sample)")
    ap.add_argument("--candidates", action="store_true",
                    help="sample the tagger's spans (loaded and weight-0 candidates) by probability bin, for "
                         "calibrating its loaded threshold (use a development line range); with --recall: count "
                         "the weight-0 candidates as predictions too")
    ap.add_argument("--per-bin", type=int, default=25, help="with --candidates: spans per probability bin")
    ap.add_argument("--min-probability", type=float, default=0.0,
                    help="with --candidates: only spans from this probability (with a large --per-bin: a census)")
    ap.add_argument("--calibrate", nargs=2, type=Path, metavar=("SHEET", "KEY"),
                    help="precision of judged model spans by probability bin and above each bin edge")
    ap.add_argument("--target", type=float, default=0.85, help="with --calibrate: the precision to reach")
    ap.add_argument("--details", action="store_true", help="with --recall: gold and predicted spans per sentence")
    ap.add_argument("--agreement", nargs=2, type=Path, metavar=("SHEET_A", "SHEET_B"),
                    help="agreement of two annotators' judged copies of one sheet: raw agreement, Cohen's kappa "
                         "(analytic and bootstrap intervals, --seed), confusion table, precision under each")
    ap.add_argument("--key", type=Path, help="with --agreement: the sheet's key, for per-source figures")
    a = ap.parse_args(argv)
    if a.agreement:
        run_agreement(a)
    elif a.score:
        run_score(a)
    elif a.calibrate:
        run_calibrate(a)
    elif a.recall:
        run_recall(a)
    elif a.survivors:
        run_survivors(a)
    elif a.recall_sample:
        run_recall_sample(a)
    else:
        run_sample(a)


if __name__ == "__main__":
    main()
