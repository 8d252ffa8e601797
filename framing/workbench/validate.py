"""Validation of lexicons against hand-coded data: precision, recall and F1 per entry, category and overall.

Gold data comes as span annotations (JSONL ``{"text", "spans": [{"start", "end", "label"}]}`` or the PTC
format: a folder of ``articleNNN.txt`` and a labels file ``article<TAB>technique<TAB>start<TAB>end``), as
sentence labels (CSV, one or several label columns, optionally a column listing the gold words) or as a
marked-up KWIC file (:mod:`framing.workbench.kwic`).

The metric at token level is the one of ``span_f1.py``: every ``\\w+`` run of a text is gold-positive when it
overlaps a gold span, and predicted-positive when it overlaps a loaded lexicon span (weight above 0); counts are
pooled over documents. An entry's ``precision`` is the share of the tokens it covers that are gold-positive;
its ``recall`` is the share of all gold-positive tokens it covers (so entry recalls add up to at most the
overall recall), and ``f1`` combines the two. At sentence level the units are the documents (sentences)
instead of tokens. Confidence intervals are percentile bootstrap intervals over documents, except for a
precision or recall of exactly 0 or 1: every resample then gives the same value and the bootstrap interval
collapses to a point (0/39 gave [0, 0]), so these get a Wilson score interval from the pooled counts (0/39:
[0.000, 0.090]), which treats the units as independent; the ``*_ci`` columns name the method of each row
(``bootstrap``, ``wilson``, or empty without intervals). An F1 of 0 or 1 gets the F1 of the precision and
recall bounds (F1 rises with both).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pandas as pd

from framing.document import Document
from framing.exceptions import InputError
from framing.lexicon import Lexicon
from framing.stats import bootstrap_sums, f1_from, percentile_interval, precision_recall_f1, wilson_interval
from framing.tokenize import WORD_RE
from framing.workbench._common import EntryKey, entry_key, make_matcher, span_key
from framing.workbench.gold import (
    Gold,
    GoldDocument,
    load_gold,
    read_gold_jsonl,
    read_gold_ptc,
    read_gold_sentences,
)
from framing.workbench.kwic import KwicLine

__all__ = [
    "GoldDocument",
    "ValidationResult",
    "krippendorff_alpha",
    "load_gold",
    "read_gold_jsonl",
    "read_gold_ptc",
    "read_gold_sentences",
    "validate",
    "validate_judgements",
    "wilson_interval",
    "worst_entry_samples",
]

# --- agreement ---------------------------------------------------------------------------------------------


def krippendorff_alpha(data: Sequence[Sequence[Hashable | None]]) -> float:
    """Krippendorff's alpha for nominal data; ``data[c][u]`` is coder ``c``'s value for unit ``u`` (None: missing).

    Units with fewer than two values are not pairable and are left out (Krippendorff 2011, "Computing
    Krippendorff's alpha-reliability"). Returns NaN when there is no pairable unit or no variation at all.
    """
    if not data:
        return float("nan")
    n_units = max(len(row) for row in data)
    coincidence: Counter[tuple[Hashable, Hashable]] = Counter()
    for u in range(n_units):
        vals = [row[u] for row in data if u < len(row) and row[u] is not None]
        m = len(vals)
        if m < 2:
            continue
        counts = Counter(vals)
        for a, na in counts.items():
            for b, nb in counts.items():
                pairs = na * (nb - 1) if a == b else na * nb
                if pairs:
                    coincidence[(a, b)] += pairs / (m - 1)  # type: ignore[assignment]
    n_c: Counter[Hashable] = Counter()
    for (a, _b), v in coincidence.items():
        n_c[a] += v  # type: ignore[assignment]
    n = sum(n_c.values())
    if n <= 1:
        return float("nan")
    observed = sum(v for (a, b), v in coincidence.items() if a != b)
    expected = (n * n - sum(v * v for v in n_c.values())) / (n - 1)
    if expected == 0:
        return float("nan")
    return 1.0 - observed / expected


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


# --- metrics -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValidationResult:
    """Figures from :func:`validate` or :func:`validate_judgements`.

    ``overall``: precision, recall, f1 with ``*_lo``/``*_hi`` bounds (bootstrap; Wilson score where a precision
    or recall is 0 or 1, named by the ``*_ci`` columns) and the counts tp, fp, fn;
    ``categories`` and ``entries``: one row each with tp, fp, hits (tp + fp), precision, recall, f1 and their
    bounds; ``worst``: entries with at least ``min_hits`` hits, lowest precision first; ``missed``: gold-positive
    words no entry covered, most frequent first; ``alpha``: Krippendorff's alpha when several annotators'
    labels were given.
    """

    level: str
    n_documents: int
    n_units: int
    overall: dict[str, float]
    categories: pd.DataFrame
    entries: pd.DataFrame
    worst: pd.DataFrame
    missed: pd.DataFrame
    alpha: float | None = None
    n_boot: int = 0
    confidence: float = 0.95
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        def clean(records: list[dict[Any, Any]]) -> list[dict[Any, Any]]:
            return [{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
                    for r in records]

        return {
            "level": self.level,
            "source": self.source,
            "n_documents": self.n_documents,
            "n_units": self.n_units,
            "n_boot": self.n_boot,
            "confidence": self.confidence,
            "alpha": self.alpha,
            "overall": clean([self.overall])[0],
            "categories": clean(self.categories.to_dict(orient="records")),
            "entries": clean(self.entries.to_dict(orient="records")),
            "worst": clean(self.worst.to_dict(orient="records")),
            "missed": self.missed.to_dict(orient="records"),
        }


class _Counts:
    """Per-document counts: columns are named (kind, key) so that bootstrap sums are one matrix product."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, Any], int] = {}
        self.rows: list[dict[int, float]] = []

    def col(self, kind: str, key: Any) -> int:
        k = (kind, key)
        if k not in self.index:
            self.index[k] = len(self.index)
        return self.index[k]

    def add_doc(self, counts: Mapping[tuple[str, Any], float]) -> None:
        self.rows.append({self.col(k[0], k[1]): v for k, v in counts.items() if v})

    def matrix(self) -> np.ndarray:
        m = np.zeros((len(self.rows), len(self.index)))
        for i, row in enumerate(self.rows):
            for j, v in row.items():
                m[i, j] = v
        return m


def _bootstrap(mat: np.ndarray, n_boot: int, seed: int) -> np.ndarray | None:
    """Resampled column sums ``(n_boot, columns)`` of the per-document count matrix (None: no bootstrap); the
    resample weights are built in bounded chunks (:func:`framing.stats.bootstrap_sums`), the same draws."""
    if n_boot <= 0 or mat.shape[0] == 0:
        return None
    return bootstrap_sums(mat, n_boot=n_boot, seed=seed)


def _interval(samples: np.ndarray | None, alpha: float) -> tuple[np.ndarray, np.ndarray] | None:
    return None if samples is None else percentile_interval(samples, 1 - alpha)


def _table(counts: _Counts, mat: np.ndarray, boot: np.ndarray | None, kind: str, keys: Sequence[Any],
           gold_col: int | None, alpha: float) -> dict[Any, dict[str, float]]:
    """precision/recall/f1 (+ bounds) for each key of ``kind`` from the tp/fp columns."""
    if not keys:
        return {}
    tp_cols = [counts.index.get((f"{kind}_tp", k), -1) for k in keys]
    fp_cols = [counts.index.get((f"{kind}_fp", k), -1) for k in keys]

    def pick(m: np.ndarray, cols: list[int]) -> np.ndarray:
        ext = np.concatenate([m, np.zeros((*m.shape[:-1], 1))], axis=-1)
        return ext[..., cols]

    totals = mat.sum(axis=0)
    tp, fp = pick(totals, tp_cols), pick(totals, fp_cols)
    gold_total = totals[gold_col] if gold_col is not None else np.full_like(tp, np.nan)
    p, r, f = precision_recall_f1(tp, fp, np.broadcast_to(gold_total, tp.shape))
    out: dict[Any, dict[str, float]] = {}
    bounds = None
    if boot is not None:
        btp, bfp = pick(boot, tp_cols), pick(boot, fp_cols)
        bgold = boot[:, [gold_col]] if gold_col is not None else np.full_like(btp, np.nan)
        bp, br, bf = precision_recall_f1(btp, bfp, np.broadcast_to(bgold, btp.shape))
        bounds = [_interval(x, alpha) for x in (bp, br, bf)]
    gold_n = np.broadcast_to(gold_total, tp.shape)
    for i, k in enumerate(keys):
        row: dict[str, Any] = {"tp": int(tp[i]), "fp": int(fp[i]), "hits": int(tp[i] + fp[i]),
                               "precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i])}
        for name, b in zip(("precision", "recall", "f1"), bounds or (None, None, None), strict=True):
            row[f"{name}_lo"] = float(b[0][i]) if b is not None else float("nan")
            row[f"{name}_hi"] = float(b[1][i]) if b is not None else float("nan")
            row[f"{name}_ci"] = "bootstrap" if b is not None and not math.isnan(row[name]) else ""
        if bounds is not None:
            # a proportion of 0 or 1 is the same in every resample: the bootstrap interval is a point
            for name, n in (("precision", tp[i] + fp[i]), ("recall", gold_n[i])):
                if not math.isnan(row[name]) and row[name] in (0.0, 1.0):
                    row[f"{name}_lo"], row[f"{name}_hi"] = wilson_interval(float(tp[i]), float(n), 1 - alpha)
                    row[f"{name}_ci"] = "wilson"
            if not math.isnan(row["f1"]) and row["f1"] in (0.0, 1.0) and not any(
                    math.isnan(row[f"{m}_{e}"]) for m in ("precision", "recall") for e in ("lo", "hi")):
                row["f1_lo"] = float(f1_from(row["precision_lo"], row["recall_lo"]))
                row["f1_hi"] = float(f1_from(row["precision_hi"], row["recall_hi"]))
                row["f1_ci"] = "wilson"
        out[k] = row
    return out


_STAT_COLS = ["tp", "fp", "hits", "precision", "precision_lo", "precision_hi", "precision_ci", "recall",
              "recall_lo", "recall_hi", "recall_ci", "f1", "f1_lo", "f1_hi", "f1_ci"]


def _finish(counts: _Counts, *, level: str, n_docs: int, n_units: int, entries: Mapping[EntryKey, float],
            missed: Counter[str], n_boot: int, seed: int, confidence: float, min_hits: int, top: int,
            alpha_value: float | None, source: str, has_gold_total: bool) -> ValidationResult:
    mat = counts.matrix() if counts.index else np.zeros((n_docs, 0))
    boot = _bootstrap(mat, n_boot, seed)
    a = 1.0 - confidence
    counts.col("all_tp", None)
    gold_col = counts.index.get(("gold", None)) if has_gold_total else None
    if mat.shape[1] < len(counts.index):  # columns created after the matrix was built hold zeros
        pad = len(counts.index) - mat.shape[1]
        mat = np.pad(mat, ((0, 0), (0, pad)))
        boot = None if boot is None else np.pad(boot, ((0, 0), (0, pad)))
    overall = _table(counts, mat, boot, "all", [None], gold_col, a)[None]
    overall["fn"] = int(mat[:, gold_col].sum() - overall["tp"]) if gold_col is not None else -1
    fired = [k for k in entries if ("entry_tp", k) in counts.index or ("entry_fp", k) in counts.index]
    cats = sorted({k[1] for k in entries})
    ctab = _table(counts, mat, boot, "cat", cats, gold_col, a)
    cfr = pd.DataFrame([{"category": c, "entries": sum(1 for k in entries if k[1] == c),
                         "entries_fired": sum(1 for k in fired if k[1] == c),
                         **ctab[c]} for c in cats],
                       columns=["category", "entries", "entries_fired", *_STAT_COLS])
    etab = _table(counts, mat, boot, "entry", fired, gold_col, a)
    efr = pd.DataFrame([{"lexicon": k[0], "category": k[1], "term": k[2], "weight": entries[k], **etab[k]}
                        for k in fired], columns=["lexicon", "category", "term", "weight", *_STAT_COLS])
    if len(efr):
        efr = efr.sort_values(["hits", "lexicon", "term"], ascending=[False, True, True], ignore_index=True)
    worst = efr[efr["hits"] >= min_hits].sort_values(["precision", "hits"], ascending=[True, False],
                                                      kind="stable", ignore_index=True).head(top)
    mfr = pd.DataFrame(missed.most_common(top), columns=["word", "count"])
    return ValidationResult(level=level, n_documents=n_docs, n_units=n_units, overall=overall, categories=cfr,
                            entries=efr, worst=worst, missed=mfr, alpha=alpha_value, n_boot=n_boot if boot is not None
                            else 0, confidence=confidence, source=source)


def validate(
    gold: Gold | Sequence[GoldDocument],
    *,
    level: str | None = None,
    analyzer: Any = None,
    lexicons: Sequence[Lexicon | str | Path] | None = None,
    builtin_lexicons: bool = True,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    min_hits: int = 5,
    top: int = 25,
    skip_stop_words: bool = True,
) -> ValidationResult:
    """Score the lexicons against gold documents (see the module docstring for the metric).

    ``level`` is ``token`` (gold spans) or ``sentence`` (gold labels; a document is predicted positive when
    it holds a loaded span); by default the gold's own level. Only loaded entries (weight above 0) are scored.
    ``missed`` counts gold-positive tokens no loaded span covers, leaving out English stop words, one-letter
    tokens and numbers unless ``skip_stop_words`` is false (they are never candidates to add).
    """
    if isinstance(gold, Gold):
        if gold.level == "kwic":
            return validate_judgements(gold.judgements, n_boot=n_boot, seed=seed, confidence=confidence,
                                       min_hits=min_hits, top=top, source=gold.source)
        docs, source, lvl = gold.documents, gold.source, gold.level
        ann_cols = gold.annotator_columns
    else:
        docs, source, lvl, ann_cols = tuple(gold), "", "token", ()
    level = level or lvl
    if level not in ("token", "sentence"):
        raise InputError(f"The 'level' parameter must be 'token' or 'sentence'; got {level!r}.")
    if not 0 < confidence < 1:
        raise InputError(f"The 'confidence' parameter must be between 0 and 1; got {confidence}.")
    matcher = make_matcher(analyzer=analyzer, lexicons=lexicons, builtin_lexicons=builtin_lexicons)
    entries = {entry_key(lx.name, e): e.weight for lx in matcher.lexicons for e in lx.entries if e.weight > 0}
    counts = _Counts()
    counts.col("gold", None)
    missed: Counter[str] = Counter()
    stop = _stop_words() if skip_stop_words else frozenset()
    n_units = n_docs = 0
    for gd in docs:
        if level == "sentence" and gd.label is None:
            continue  # no agreed label
        n_docs += 1
        doc = Document(gd.text, id=gd.id)
        spans = [s for s in matcher.find(doc) if s.weight > 0]
        c: dict[tuple[str, Any], float] = defaultdict(float)
        if level == "sentence":
            n_units += 1
            g = bool(gd.label)
            c[("gold", None)] = float(g)
            if spans:
                c[("all_tp" if g else "all_fp", None)] += 1
            for key in {span_key(s) for s in spans}:
                c[("entry_tp" if g else "entry_fp", key)] += 1
            for cat in {s.category for s in spans}:
                c[("cat_tp" if g else "cat_fp", cat)] += 1
        else:
            toks = [m.span() for m in WORD_RE.finditer(gd.text)]
            n_units += len(toks)
            starts = [t[0] for t in toks]
            ends = [t[1] for t in toks]
            mask = np.zeros(len(gd.text) + 1, dtype=np.int64)
            for s0, e0, _ in gd.spans:
                mask[s0:e0] = 1
            cs = np.concatenate([[0], np.cumsum(mask)])
            tok_gold = [bool(cs[e] - cs[s] > 0) for s, e in toks]
            hit: dict[int, set[EntryKey]] = defaultdict(set)
            for sp in spans:
                lo = bisect.bisect_right(ends, sp.start)
                hi = bisect.bisect_left(starts, sp.end)
                for t in range(lo, hi):
                    hit[t].add(span_key(sp))
            c[("gold", None)] = float(sum(tok_gold))
            for t, keys in hit.items():
                g = tok_gold[t]
                c[("all_tp" if g else "all_fp", None)] += 1
                for key in keys:
                    c[("entry_tp" if g else "entry_fp", key)] += 1
                for cat in {k[1] for k in keys}:
                    c[("cat_tp" if g else "cat_fp", cat)] += 1
            norm = doc.norm
            for t, g in enumerate(tok_gold):
                if g and t not in hit:
                    w = norm[toks[t][0] : toks[t][1]]
                    if w not in stop and len(w) > 1 and not w.isdigit():
                        missed[w] += 1
        counts.add_doc(c)
    alpha_value = None
    if len(ann_cols) > 1:
        values = [[(a.strip().lower() or None) if a is not None else None for a in
                   (d.annotations[i] for d in docs)] for i in range(len(ann_cols))]
        alpha_value = krippendorff_alpha(values)
    return _finish(counts, level=level, n_docs=n_docs, n_units=n_units, entries=entries, missed=missed,
                   n_boot=n_boot, seed=seed, confidence=confidence, min_hits=min_hits, top=top,
                   alpha_value=alpha_value, source=source, has_gold_total=True)


def validate_judgements(
    lines: Iterable[KwicLine],
    *,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    min_hits: int = 5,
    top: int = 25,
    source: str = "",
) -> ValidationResult:
    """Precision per entry, category and overall from KWIC lines judged correct or wrong (unjudged lines are
    left out). Recall is not defined here (NaN): a concordance shows only what the lexicon found."""
    counts = _Counts()
    by_doc: dict[str, dict[tuple[str, Any], float]] = defaultdict(lambda: defaultdict(float))
    entries: dict[EntryKey, float] = {}
    n = 0
    for ln in lines:
        if ln.correct is None:
            continue
        n += 1
        key = (ln.lexicon, ln.category, ln.term)
        entries.setdefault(key, float("nan"))
        c = by_doc[ln.doc_id]
        sfx = "tp" if ln.correct else "fp"
        c[(f"all_{sfx}", None)] += 1
        c[(f"entry_{sfx}", key)] += 1
        c[(f"cat_{sfx}", ln.category)] += 1
    for c in by_doc.values():
        counts.add_doc(c)
    return _finish(counts, level="kwic", n_docs=len(by_doc), n_units=n, entries=entries, missed=Counter(),
                   n_boot=n_boot, seed=seed, confidence=confidence, min_hits=min_hits, top=top, alpha_value=None,
                   source=source, has_gold_total=False)


def worst_entry_samples(
    gold: Gold | Sequence[GoldDocument],
    result: ValidationResult,
    *,
    analyzer: Any = None,
    lexicons: Sequence[Lexicon | str | Path] | None = None,
    builtin_lexicons: bool = True,
    n_entries: int = 10,
    per_entry: int = 5,
    width: int = 50,
    seed: int = 0,
) -> list[KwicLine]:
    """KWIC lines for the ``n_entries`` worst entries of ``result`` (``per_entry`` each, sampled with ``seed``),
    each marked ``correct`` when the match overlaps a gold span (token-level gold) or lies in a gold-positive
    document (sentence-level gold): the evidence behind a decision to remove or constrain an entry."""
    from framing.workbench.kwic import kwic

    docs = gold.documents if isinstance(gold, Gold) else tuple(gold)
    by_id = {d.id: d for d in docs}
    matcher = make_matcher(analyzer=analyzer, lexicons=lexicons, builtin_lexicons=builtin_lexicons)
    corpus = [Document(d.text, id=d.id) for d in docs]
    shim = SimpleNamespace(matcher=matcher)  # compile once, query many times
    out: list[KwicLine] = []
    for row in result.worst.head(n_entries).to_dict(orient="records"):
        lines = kwic(corpus, str(row["term"]), width=width, sample=per_entry, seed=seed, analyzer=shim)
        for ln in lines:
            if ln.lexicon != row["lexicon"] or ln.category != row["category"]:
                continue
            gd = by_id[ln.doc_id]
            ok = (any(s < ln.end and ln.start < e for s, e, _ in gd.spans) if result.level == "token"
                  else bool(gd.label))
            out.append(replace(ln, correct=ok))
    return out
