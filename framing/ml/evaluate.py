"""Evaluation: precision, recall, F1 and ROC AUC with bootstrap 95% confidence intervals; k-fold cross-validation
with a fixed seed for the sentence classifier (stratified) and the span tagger (by document).

Token-level span metrics follow ``span_f1.py``: every ``\\w+`` token is gold-positive when it overlaps a gold
span and predicted-positive when it overlaps a predicted span; counts are pooled over documents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from framing.analysis import Span
from framing.document import Document
from framing.exceptions import InputError
from framing.stats import bootstrap_indices_ci as bootstrap_ci  # re-exported: one implementation
from framing.stats import precision_recall_f1

__all__ = [
    "bootstrap_ci",
    "classification_metrics",
    "cross_validate_classifier",
    "cross_validate_tagger",
    "format_metrics",
    "span_metrics",
    "span_token_counts",
]

_WORD = re.compile(r"\w+")


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    """P/R/F1 from counts (:func:`framing.stats.precision_recall_f1`), 0 where undefined."""
    p, r, f = (float(np.nan_to_num(v)) for v in precision_recall_f1(np.asarray(tp), np.asarray(fp),
                                                                      np.asarray(tp + fn)))
    return p, r, f


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    if len(np.unique(y)) < 2:
        return float("nan")
    return float(roc_auc_score(y, s))


def classification_metrics(y: Sequence[int] | np.ndarray, proba: Sequence[float] | np.ndarray, *,
                           threshold: float = 0.5, n_boot: int = 1000,
                           seed: int = 0) -> dict[str, Any]:
    """P/R/F1 of the positive class at ``threshold`` and ROC AUC, each with a bootstrap 95% CI over items."""
    yy = np.asarray(y, dtype=np.int64)
    pp = np.asarray(proba, dtype=np.float64)
    if yy.shape != pp.shape:
        raise InputError(f"labels and probabilities differ in length: {yy.shape} vs {pp.shape}.")
    pred = (pp >= threshold).astype(np.int64)

    def prf(ix: np.ndarray) -> tuple[float, float, float]:
        t, p_ = yy[ix], pred[ix]
        return _prf(float((t & p_).sum()), float(((1 - t) & p_).sum()), float((t & (1 - p_)).sum()))

    allix = np.arange(len(yy))
    p, r, f = prf(allix)
    out: dict[str, Any] = {"n": len(yy), "n_positive": int(yy.sum()), "threshold": threshold}
    for k, (name, val) in enumerate((("precision", p), ("recall", r), ("f1", f))):
        out[name] = val
        def stat(ix: np.ndarray, k: int = k) -> float:
            return prf(ix)[k]

        out[f"{name}_ci"] = bootstrap_ci(stat, len(yy), n_boot=n_boot, seed=seed)
    out["roc_auc"] = _auc(yy, pp)
    out["roc_auc_ci"] = bootstrap_ci(lambda ix: _auc(yy[ix], pp[ix]), len(yy), n_boot=n_boot, seed=seed)
    out["accuracy"] = float((pred == yy).mean()) if len(yy) else 0.0
    return out


def span_token_counts(text: str, gold: Sequence[tuple[int, int]],
                      pred: Sequence[tuple[int, int]]) -> tuple[int, int, int]:
    """(tp, fp, fn) over the ``\\w+`` tokens of ``text`` (the ``span_f1.py`` rule)."""
    tp = fp = fn = 0
    g_sorted = sorted(gold)
    p_sorted = sorted(pred)
    for m in _WORD.finditer(text):
        s, e = m.span()
        in_g = any(a < e and s < b for a, b in g_sorted)
        in_p = any(a < e and s < b for a, b in p_sorted)
        tp += in_g and in_p
        fp += in_p and not in_g
        fn += in_g and not in_p
    return tp, fp, fn


def span_metrics(counts: Sequence[tuple[int, int, int]], *, n_boot: int = 1000, seed: int = 0) -> dict[str, Any]:
    """Pooled token-level P/R/F1 from per-document (tp, fp, fn), with CIs from a bootstrap over documents."""
    c = np.asarray(counts, dtype=np.float64).reshape(-1, 3)
    p, r, f = _prf(*c.sum(axis=0))
    out: dict[str, Any] = {"n_documents": len(c), "tp": int(c[:, 0].sum()), "fp": int(c[:, 1].sum()),
                           "fn": int(c[:, 2].sum())}
    for k, (name, val) in enumerate((("precision", p), ("recall", r), ("f1", f))):
        out[name] = val
        def stat(ix: np.ndarray, k: int = k) -> float:
            return _prf(*c[ix].sum(axis=0))[k]

        out[f"{name}_ci"] = bootstrap_ci(stat, len(c), n_boot=n_boot, seed=seed)
    return out


def cross_validate_classifier(texts: Sequence[str], y: Sequence[int], *,
                              biased_words: Sequence[Sequence[str]] | None = None, folds: int = 5, seed: int = 0,
                              n_boot: int = 1000, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Stratified k-fold CV (shuffled with ``seed``) of :class:`SentenceBiasClassifier`; metrics on the pooled
    out-of-fold probabilities, plus the per-fold F1."""
    from sklearn.model_selection import StratifiedKFold

    from framing.ml.classifier import SentenceBiasClassifier, check_binary_labels

    yy = check_binary_labels(y, len(texts), "cross_validate_classifier")
    oof = np.zeros(len(texts))
    fold_f1 = []
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(yy)), yy):
        m = SentenceBiasClassifier(**{"random_state": seed, **dict(params or {})})
        m.fit([texts[i] for i in tr], yy[tr],
              biased_words=None if biased_words is None else [biased_words[i] for i in tr])
        oof[te] = m.predict_proba([texts[i] for i in te])[:, 1]
        pred = oof[te] >= 0.5
        fold_f1.append(_prf(float((yy[te] & pred).sum()), float(((1 - yy[te]) & pred).sum()),
                            float((yy[te] & ~pred).sum()))[2])
    out = classification_metrics(yy, oof, n_boot=n_boot, seed=seed)
    out["fold_f1"] = fold_f1
    out["folds"] = folds
    out["seed"] = seed
    return out


def cross_validate_tagger(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *, folds: int = 5,
                          seed: int = 0, n_boot: int = 1000, params: Mapping[str, Any] | None = None,
                          lexicon_spans: Sequence[Sequence[Span]] | None = None,
                          extra_train: tuple[Sequence[str], Sequence[Sequence[tuple[int, int]]]] | None = None,
                          ) -> dict[str, Any]:
    """k-fold CV by document (shuffled with ``seed``) of :class:`LoadedLanguageTagger`, token-level metrics.

    ``extra_train`` (texts, spans) is added to every training fold and never evaluated on.
    """
    from sklearn.model_selection import KFold

    from framing.ml.tagger import LoadedLanguageTagger

    docs = [Document(t) for t in texts]
    counts: list[tuple[int, int, int]] = [(0, 0, 0)] * len(texts)
    ex_t, ex_s = extra_train if extra_train is not None else ((), ())
    for tr, te in KFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(texts))):
        m = LoadedLanguageTagger(**{"random_state": seed, **dict(params or {})})
        lex = None
        if lexicon_spans is not None:
            lex = [lexicon_spans[i] for i in tr] + [[] for _ in ex_t]
        m.fit([texts[i] for i in tr] + list(ex_t), [spans[i] for i in tr] + list(ex_s), lexicon_spans=lex)
        for i in te:
            pred = m.predict_spans(docs[i], lexicon_spans[i] if lexicon_spans is not None else (),
                                   skip_covered=False)
            counts[i] = span_token_counts(texts[i], spans[i], [(s.start, s.end) for s in pred])
    out = span_metrics(counts, n_boot=n_boot, seed=seed)
    out["folds"] = folds
    out["seed"] = seed
    return out


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    if isinstance(v, (tuple, list)) and len(v) == 2 and all(isinstance(x, float) for x in v):
        return f"[{v[0]:.3f}, {v[1]:.3f}]"
    if isinstance(v, list):
        return "[" + ", ".join(_fmt(x) for x in v) + "]"
    return str(v)


def format_metrics(title: str, metrics: Mapping[str, Any]) -> str:
    """A small text table: ``metric  value  95% CI``."""
    lines = [title]
    for name in ("precision", "recall", "f1", "roc_auc"):
        if name in metrics:
            lines.append(f"  {name:10} {metrics[name]:.3f}  95% CI {_fmt(metrics.get(name + '_ci'))}")
    for k, v in metrics.items():
        if k not in ("precision", "recall", "f1", "roc_auc") and not k.endswith("_ci"):
            lines.append(f"  {k:10} {_fmt(v)}")
    return "\n".join(lines)
