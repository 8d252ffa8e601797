"""The training recipe of the default model (v2): a CRF tagger and an evidence-based sentence model.

Run by ``framing train --default-from ../shared/data -o framing/models/default``. Steps:

1. the tagger's word table (:mod:`framing.ml.wordtable`);
2. k-fold CV of the CRF tagger by document on PTC train (BABE expert words added to every training fold) and
   on BABE's expert words (PTC added to every training fold): token metrics and out-of-fold (OOF) marginals;
3. the tagger's decision threshold (F1-best on the PTC OOF tokens) and its *loaded* threshold: the lowest span
   probability at which OOF spans on PTC + BABE reach ``target_precision`` (span counted right when it overlaps
   a gold span);
4. the final tagger on PTC + BABE words;
5. sentence evidence for BABE (with the OOF marginals, so the sentence model never sees a tagger that saw the
   sentence), MBIC and the Wiki Neutrality sample (final tagger); the sentence model's BABE CV (the published
   comparison), the cross-data-set AUCs (train on one, test on each other, test sentences that also occur in
   the training set removed) and a reliability table of the BABE OOF probabilities;
6. the final sentence model on BABE; everything saved with the lexicons embedded and a model card.
"""

from __future__ import annotations

import itertools
import platform
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from framing.analysis import Span
from framing.document import Document
from framing.ml.crf import CRFTagger
from framing.ml.evaluate import _auc, classification_metrics, span_metrics, span_token_counts
from framing.ml.sentence import SentenceEvidence, SentenceModel, sentence_evidence
from framing.ml.tagger import best_f1_threshold
from framing.ml.tokenview import WordInfo
from framing.ml.train import (
    DEFAULT_TECHNIQUES,
    SentenceData,
    babe_sentences,
    lexicon_spans_for,
    ptc_spans,
    read_sentences,
    word_spans,
)
from framing.stats import bootstrap_indices_ci, wilson_interval

__all__ = [
    "DEFAULT_CRF_PARAMS",
    "DEFAULT_SENTENCE_PARAMS",
    "TARGET_PRECISION",
    "cross_dataset_auc",
    "cv_crf",
    "loaded_threshold",
    "mbic_sentences",
    "reliability_table",
    "train_default_v2",
    "train_test_indices",
    "wiki_sentences",
]

DEFAULT_CRF_PARAMS: dict[str, Any] = {"c1": 0.5, "c2": 1.0, "max_iterations": 100, "window": 2}
#: The sentence model's settings. ``exclude``: dense features whose weight learned on one data set did not carry
#: over to the others (chosen in session 19 by backward elimination on one half of each test set, the other half
#: kept for the figures; ``benchmarks/sentence_transfer.py``): the sum of the tagger's marginals and the counts of
#: weak-subjective clues and of Recasens et al.'s NPOV-edit words (both grow with the sentence's length more than
#: with its bias) and the quoted share.
DEFAULT_SENTENCE_PARAMS: dict[str, Any] = {"C": 0.5, "word_scale": 1.0, "min_df": 3, "form_features": False,
                                           "exclude": ("quoted_share", "tag_sum", "list_npov", "list_ws")}
#: span precision (against the gold spans, out of fold) a model span needs to be loaded evidence
TARGET_PRECISION = 0.85


def mbic_sentences(shared_data: str | Path) -> SentenceData:
    """MBIC (``mbic/final_labels_MBIC.csv``): sentences with crowd labels and majority biased words."""
    return read_sentences(Path(shared_data) / "mbic" / "final_labels_MBIC.csv", text_column="text",
                          label_column="label_bias", biased_words_column="biased_words")


def wiki_sentences(shared_data: str | Path) -> SentenceData:
    """The Wiki Neutrality sample (Hube & Fetahu 2019): biased statements (1) vs type-balanced neutral (0)."""
    root = Path(shared_data) / "wikinpov-hube2019"
    data = SentenceData([], [], source=str(root))
    for name, label in (("statements_biased", 1), ("statements_neutral_type_balanced", 0)):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                data.texts.append(line.strip())
                data.labels.append(label)
    return data


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def cv_crf(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], lex: Sequence[Sequence[Span]], *,
           extra: tuple[Sequence[str], Sequence[Sequence[tuple[int, int]]], Sequence[Sequence[Span]]] | None,
           table: Mapping[str, str], folds: int = 5, seed: int = 0,
           params: Mapping[str, Any] | None = None) -> list[np.ndarray]:
    """Out-of-fold token marginals of each text (k-fold by text, shuffled with ``seed``)."""
    from sklearn.model_selection import KFold

    ex_t, ex_s, ex_l = extra if extra is not None else ((), (), ())
    docs = [Document(t) for t in texts]
    oof: list[np.ndarray] = [np.zeros(0)] * len(texts)
    for tr, te in KFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(texts))):
        m = CRFTagger(**{**DEFAULT_CRF_PARAMS, **dict(params or {})})
        m.fit([texts[i] for i in tr] + list(ex_t), [spans[i] for i in tr] + list(ex_s),
              lexicon_spans=[lex[i] for i in tr] + list(ex_l), word_table=table)
        for i in te:
            oof[i] = m.token_proba(docs[i], lex[i])
    return oof


def _spans_at(tagger: CRFTagger, doc: Document, proba: np.ndarray, thr: float) -> list[Span]:
    tagger.threshold_ = tagger.loaded_threshold_ = thr
    return tagger.predict_spans(doc, (), skip_covered=False, proba=proba)


def token_metrics(texts: Sequence[str], gold: Sequence[Sequence[tuple[int, int]]], oof: Sequence[np.ndarray],
                  thr: float, *, n_boot: int = 1000, seed: int = 0) -> dict[str, Any]:
    """Token P/R/F1 (span_f1 rule) of the spans at ``thr`` built from the OOF marginals."""
    probe = CRFTagger()
    counts = []
    for t, g, p in zip(texts, gold, oof, strict=True):
        sp = _spans_at(probe, Document(t), p, thr)
        counts.append(span_token_counts(t, g, [(s.start, s.end) for s in sp]))
    out = span_metrics(counts, n_boot=n_boot, seed=seed)
    out["threshold"] = thr
    return out


def span_precision_curve(texts: Sequence[str], gold: Sequence[Sequence[tuple[int, int]]],
                         oof: Sequence[np.ndarray], floor: float) -> tuple[np.ndarray, np.ndarray]:
    """Probability and right/wrong (overlaps a gold span) of every OOF span at threshold ``floor``."""
    probe = CRFTagger()
    probs, right = [], []
    for t, g, p in zip(texts, gold, oof, strict=True):
        for s in _spans_at(probe, Document(t), p, floor):
            probs.append(s.probability or 0.0)
            right.append(any(a < s.end and s.start < b for a, b in g))
    return np.asarray(probs), np.asarray(right, dtype=bool)


def loaded_threshold(probs: np.ndarray, right: np.ndarray, target: float, *, min_spans: int = 30) -> float:
    """The lowest probability ``t`` such that spans with probability ≥ ``t`` are right at least ``target`` of
    the time (and every higher threshold with ``min_spans`` spans is too); 1.0 when no threshold gets there."""
    order = np.argsort(-probs, kind="stable")
    p_sorted, r_sorted = probs[order], right[order]
    prec = np.cumsum(r_sorted) / np.arange(1, len(r_sorted) + 1)
    best = 1.0
    for k in range(len(p_sorted)):
        if k + 1 >= min_spans and prec[k] < target:
            break
        if prec[k] >= target and k + 1 >= min_spans:
            best = float(p_sorted[k])
    return best


def evidence_for(texts: Sequence[str], lex: Sequence[Sequence[Span]], marginals: Sequence[np.ndarray],
                 loaded_thr: float, table: Mapping[str, str]) -> list[SentenceEvidence]:
    """Sentence evidence of each text taken as one sentence."""
    info = WordInfo(table)
    out = []
    for t, sp, m in zip(texts, lex, marginals, strict=True):
        d = Document(t)
        out.append(sentence_evidence(d, range(len(d.token_spans)), sp, m, loaded_thr, info))
    return out


def train_test_indices(train_keys: Sequence[str], test_keys: Sequence[str]) -> tuple[list[int], list[int]]:
    """Indices of the training and test sentences of one train -> test direction: sentences found in both sets
    (by key) are removed from the larger of the two, so no test sentence was seen in training."""
    tr, te = list(range(len(train_keys))), list(range(len(test_keys)))
    if len(train_keys) >= len(test_keys):
        seen = set(test_keys)
        return [i for i in tr if train_keys[i] not in seen], te
    seen = set(train_keys)
    return tr, [i for i in te if test_keys[i] not in seen]


def cross_dataset_auc(sets: Mapping[str, tuple[list[SentenceEvidence], np.ndarray, list[str]]], *,
                      params: Mapping[str, Any] | None = None, n_boot: int = 1000,
                      seed: int = 0) -> dict[str, Any]:
    """Train on each set, test on every other: ROC AUC with a bootstrap CI per direction. Sentences found in
    both sets are removed from the larger of the two (MBIC's sentences are nearly all in BABE: BABE → MBIC
    trains on BABE without MBIC's sentences, MBIC → BABE tests on BABE without them), so no test sentence was
    seen in training."""
    out: dict[str, Any] = {}
    for a, (ea, ya, ka) in sets.items():
        for b, (eb, yb, kb) in sets.items():
            if a == b:
                continue
            tr, te = train_test_indices(ka, kb)
            m = SentenceModel(**{**DEFAULT_SENTENCE_PARAMS, **dict(params or {})}).fit([ea[i] for i in tr], ya[tr])
            y = yb[te]
            p = m.predict_proba([eb[i] for i in te])[:, 1]
            def auc_of(ix: np.ndarray, y: np.ndarray = y, p: np.ndarray = p) -> float:
                return _auc(y[ix], p[ix])

            out[f"{a}->{b}"] = {"roc_auc": _auc(y, p), "n_test": len(te), "n_train": len(tr),
                                "n_removed": len(ka) + len(kb) - len(tr) - len(te),
                                "roc_auc_ci": bootstrap_indices_ci(auc_of, len(y), n_boot=n_boot, seed=seed)}
    return out


def reliability_table(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[dict[str, Any]]:
    """Mean predicted probability vs observed rate of biased sentences per probability bin."""
    rows = []
    edges = np.linspace(0, 1, bins + 1)
    for lo, hi in itertools.pairwise(edges):
        sel = (p >= lo) & ((p < hi) if hi < 1 else (p <= hi))
        if sel.any():
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(sel.sum()), "mean_predicted": float(p[sel].mean()),
                         "observed": float(y[sel].mean())})
    return rows


def cv_sentence(E: Sequence[SentenceEvidence], y: np.ndarray, *, folds: int = 5, seed: int = 0,
                n_boot: int = 1000, params: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], np.ndarray]:
    """Stratified k-fold CV of the sentence model: metrics and the OOF probabilities."""
    from sklearn.model_selection import StratifiedKFold

    oof = np.zeros(len(y))
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
        m = SentenceModel(**{**DEFAULT_SENTENCE_PARAMS, **dict(params or {})}).fit([E[i] for i in tr], y[tr])
        oof[te] = m.predict_proba([E[i] for i in te])[:, 1]
    out = classification_metrics(y, oof, n_boot=n_boot, seed=seed)
    out["folds"] = folds
    out["seed"] = seed
    return out, oof


def _save_cv(path: Path, oof_ptc: Sequence[np.ndarray], oof_babe: Sequence[np.ndarray], info: dict[str, Any]) -> None:
    import json

    path.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path / "oof.npz", ptc=np.concatenate(oof_ptc), ptc_len=[len(x) for x in oof_ptc],
                        babe=np.concatenate(oof_babe), babe_len=[len(x) for x in oof_babe])
    (path / "cv.json").write_text(json.dumps(info, indent=1), encoding="utf-8")


def _load_cv(path: Path) -> tuple[list[np.ndarray], list[np.ndarray], dict[str, Any]] | None:
    import json

    if not (path / "oof.npz").is_file() or not (path / "cv.json").is_file():
        return None
    with np.load(path / "oof.npz", allow_pickle=False) as z:
        def split(key: str) -> list[np.ndarray]:
            return list(np.split(z[key], np.cumsum(z[key + "_len"])[:-1]))

        ptc, babe = split("ptc"), split("babe")
    return ptc, babe, json.loads((path / "cv.json").read_text(encoding="utf-8"))


def train_default_v2(shared_data: str | Path, out: str | Path, *, seed: int = 0, folds: int = 5,
                     n_boot: int = 1000, command: str = "", target_precision: float = TARGET_PRECISION,
                     log: Any = None, cv_cache: str | Path | None = None,
                     loaded_threshold_override: float | None = None, loaded_threshold_source: str = "") -> Any:
    """Train, cross-validate and save the default model (see the module docstring).

    ``cv_cache``: a folder for the tagger's out-of-fold marginals and CV metrics (the costly part: 2 × ``folds``
    CRF fits). When it already holds them they are reused and only the final models are fitted; the card then
    says which lexicons the cross-validation ran with.

    ``loaded_threshold_override``: the tagger's loaded threshold, when it was calibrated elsewhere (against
    editor judgments of news, ``benchmarks/judge_precision.py --calibrate``); ``loaded_threshold_source`` says
    how, for the card. The out-of-fold threshold is still computed and recorded.
    """
    if loaded_threshold_override is not None and not 0.0 <= loaded_threshold_override <= 1.0:
        raise ValueError(f"loaded_threshold_override must be in [0, 1], got {loaded_threshold_override!r}")
    import sklearn

    from framing.lexicon import builtin_lexicons
    from framing.ml.card import model_card_v2
    from framing.ml.persist import BiasModel, load_model, save_model
    from framing.ml.wordtable import build_word_table

    def say(msg: str) -> None:
        if log is not None:
            log(msg)

    table = build_word_table(shared_data)
    ptc = ptc_spans(shared_data)
    babe = babe_sentences(shared_data)
    bw = word_spans(babe.texts, babe.biased_words or [])
    lex_ptc, lex_info = lexicon_spans_for(ptc.texts)
    lex_babe = lexicon_spans_for(babe.texts)[0]
    assert lex_ptc is not None and lex_babe is not None
    say(f"word table: {len(table)} entries; PTC {len(ptc.texts)} articles; BABE {len(babe.texts)} sentences")
    cached = _load_cv(Path(cv_cache)) if cv_cache is not None else None
    if cached is not None and [len(x) for x in cached[0]] == [len(Document(t).token_spans) for t in ptc.texts]:
        oof_ptc, oof_babe, cv_info = cached
        say(f"reusing the cross-validation in {cv_cache}")
    else:
        oof_ptc = cv_crf(ptc.texts, ptc.spans, lex_ptc, extra=(babe.texts, bw, lex_babe), table=table, folds=folds,
                         seed=seed)
        say("PTC CV done")
        oof_babe = cv_crf(babe.texts, bw, lex_babe, extra=(ptc.texts, ptc.spans, lex_ptc), table=table,
                          folds=folds, seed=seed)
        say("BABE word CV done")
        cv_info = {"lexicons": lex_info, "crf_params": DEFAULT_CRF_PARAMS, "folds": folds, "seed": seed}
        if cv_cache is not None:
            _save_cv(Path(cv_cache), oof_ptc, oof_babe, cv_info)
    tok_y = np.concatenate([np.asarray(_token_gold(t, g)) for t, g in zip(ptc.texts, ptc.spans, strict=True)])
    thr = best_f1_threshold(tok_y, np.concatenate(oof_ptc))
    metrics: dict[str, Any] = {
        "ptc_token_cv_by_article": token_metrics(ptc.texts, ptc.spans, oof_ptc, thr, n_boot=n_boot, seed=seed),
        "babe_word_cv": token_metrics(babe.texts, bw, oof_babe, thr, n_boot=n_boot, seed=seed),
    }
    probs_p, right_p = span_precision_curve(ptc.texts, ptc.spans, oof_ptc, 0.05)
    probs_b, right_b = span_precision_curve(babe.texts, bw, oof_babe, 0.05)
    probs, right = np.concatenate([probs_p, probs_b]), np.concatenate([right_p, right_b])
    lthr_oof = max(loaded_threshold(probs, right, target_precision), thr)
    lthr = lthr_oof if loaded_threshold_override is None else max(float(loaded_threshold_override), thr)
    curve = []
    for t in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, round(lthr, 3)):
        sel = probs >= t
        k, n = int(right[sel].sum()), int(sel.sum())
        curve.append({"threshold": t, "spans": n, "right": k, "precision": k / n if n else float("nan"),
                      "ci": wilson_interval(k, n), "ptc_spans": int((probs_p >= t).sum()),
                      "babe_spans": int((probs_b >= t).sum())})
    metrics["span_precision_oof"] = curve
    metrics["loaded_metrics"] = {
        "ptc": token_metrics(ptc.texts, ptc.spans, oof_ptc, lthr, n_boot=n_boot, seed=seed),
        "babe": token_metrics(babe.texts, bw, oof_babe, lthr, n_boot=n_boot, seed=seed),
    }
    tagger = CRFTagger(**DEFAULT_CRF_PARAMS)
    say("fitting the final tagger")
    tagger.fit(ptc.texts + babe.texts, ptc.spans + bw, lexicon_spans=lex_ptc + lex_babe, word_table=table)
    tagger.threshold_, tagger.loaded_threshold_ = float(thr), float(lthr)
    say(f"tagger: threshold {thr:.3f}, loaded threshold {lthr:.3f}")

    mbic, wiki = mbic_sentences(shared_data), wiki_sentences(shared_data)
    sets: dict[str, tuple[list[SentenceEvidence], np.ndarray, list[str]]] = {}
    e_babe = evidence_for(babe.texts, lex_babe, oof_babe, lthr, table)
    sets["BABE"] = (e_babe, np.asarray(babe.labels), [_key(t) for t in babe.texts])
    for name, data in (("MBIC", mbic), ("WikiNPOV", wiki)):
        lex = lexicon_spans_for(data.texts)[0]
        assert lex is not None
        marg = [tagger.token_proba(Document(t), sp) for t, sp in zip(data.texts, lex, strict=True)]
        sets[name] = (evidence_for(data.texts, lex, marg, lthr, table), np.asarray(data.labels),
                      [_key(t) for t in data.texts])
    metrics["cross_dataset"] = cross_dataset_auc(sets, n_boot=n_boot, seed=seed)
    cv, oof = cv_sentence(e_babe, np.asarray(babe.labels), folds=folds, seed=seed, n_boot=n_boot)
    metrics["babe_sentence_cv"] = cv
    metrics["reliability_babe_oof"] = reliability_table(np.asarray(babe.labels), oof)
    sen = SentenceModel(**DEFAULT_SENTENCE_PARAMS).fit(e_babe, np.asarray(babe.labels))
    say("sentence model done")
    meta = {
        "command": command,
        "seed": seed,
        "folds": folds,
        "recipe": "v2 (framing.ml.recipe)",
        "training_data": {
            "sentence": f"BABE final_labels_SG2.csv: {len(babe.texts)} sentences ({sum(babe.labels)} biased)",
            "tagger": f"PTC train: {len(ptc.texts)} articles, {sum(map(len, ptc.spans))} spans of "
                      f"{', '.join(DEFAULT_TECHNIQUES)}; BABE expert biased words: {sum(map(len, bw))} tokens in "
                      f"{len(babe.texts)} sentences",
            "validation": f"MBIC {len(mbic.texts)} sentences, WikiNPOV {len(wiki.texts)} statements",
        },
        "lexicons": lex_info,
        "cv_lexicons": cv_info["lexicons"],
        "cv_crf_params": cv_info["crf_params"],
        "word_table_entries": len(table),
        "crf_params": DEFAULT_CRF_PARAMS,
        "sentence_params": DEFAULT_SENTENCE_PARAMS,
        "target_precision": target_precision,
        "loaded_threshold_oof": lthr_oof,
        "loaded_threshold_source": loaded_threshold_source if loaded_threshold_override is not None else "",
        "metrics": metrics,
        "versions": {"python": platform.python_version(), "scikit-learn": sklearn.__version__},
    }
    model = BiasModel(name="default-v2", classifier=sen, tagger=tagger, meta=meta, lexicons=builtin_lexicons())
    save_model(model, out)
    # the card from the saved model (its metadata after the JSON round trip), as tests and refresh_summary make it
    (Path(out) / "MODEL_CARD.md").write_text(model_card_v2(load_model(out)), encoding="utf-8")
    return model


def _token_gold(text: str, gold: Sequence[tuple[int, int]]) -> list[int]:
    from framing.ml.features import token_labels

    return token_labels(Document(text), gold)
