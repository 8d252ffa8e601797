"""The sentence bias score: span evidence plus a strongly regularised bag of words, length-controlled.

Features of a sentence (a token range of a :class:`~framing.document.Document`):

- **span evidence** (dense): loaded lexicon spans (count and summed weight, own voice and quoted), the CRF
  tagger's token marginals (highest, sum, tokens at or above its loaded threshold), the words' tags in the
  tagger's word table (subjectivity, opinion, NPOV-bias, hedge and report-verb lists; rare words), VADER
  valence (summed magnitude, highest);
- **length and form** (dense): ``log(1 + words)``, a question mark at the end, the share of words inside a
  quotation;
- **words** (sparse): lower-cased word unigrams present in the sentence (capitalised tokens left out), each
  worth ``1 / sqrt(words)`` so
  that a short sentence cannot reach an extreme score from one or two words (the old classifier scored
  "What does Donald Trump think?" 0.96).

Counts enter as ``log(1 + count)``, dense features are standardised on the training data; the model is one
logistic regression (``C`` small for the word block through ``word_scale``). Prediction is a look-up per word plus
a dot product of the dense features: no vectorizer runs at inference.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from framing.analysis import Span
from framing.document import Document
from framing.exceptions import InputError
from framing.ml.classifier import check_binary_labels
from framing.ml.tokenview import LIST_TAGS, TokenView, WordInfo, token_view

__all__ = ["DENSE_FEATURES", "SentenceEvidence", "SentenceModel", "doc_evidence", "doc_features", "is_word_feature",
           "n_words", "sentence_evidence", "words_from_log"]

_FORM = ("log_words", "question")

#: Names of the dense features, in order.
DENSE_FEATURES = (
    "log_words", "question", "quoted_share",
    "lex_loaded_own", "lex_weight_own", "lex_loaded_quoted", "lex_weight_max",
    "tag_max", "tag_sum", "tag_loaded",
    *(f"list_{t}" for t in LIST_TAGS), "list_rare",
    "valence_abs", "valence_max", "valence_neg",
)


class SentenceEvidence:
    """What the sentence model reads of one sentence: its words and its dense feature vector."""

    __slots__ = ("dense", "words")

    def __init__(self, words: list[str], dense: np.ndarray) -> None:
        self.words = words
        self.dense = dense


def doc_features(doc: Document, view: TokenView, info: WordInfo | None, ranges: Sequence[range],
                 spans: Sequence[Sequence[Span]], marginals: np.ndarray | None,
                 loaded_threshold: float, rows: np.ndarray | None = None,
                 bounds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The dense features of each sentence of ``doc`` (rows, columns :data:`DENSE_FEATURES`) and the per-token
    rows of ``info`` (whose column 0 says which tokens are words), for sentences given as contiguous token
    ranges with their lexicon ``spans`` and the tagger's ``marginals`` of all tokens (``None``: no tagger).
    ``rows``: the per-token rows of ``info`` when the caller has them already; ``bounds``: the ranges' edges as
    one integer array when the caller has it (``ranges[i] == range(bounds[i], bounds[i + 1])``)."""
    n = len(view.tokens)
    if rows is not None:
        R = rows
    else:
        assert info is not None
        R = info.rows(view.words)
    k_list = 1 + len(LIST_TAGS)
    m_sent = len(ranges)
    if bounds is not None:
        a, b = bounds[:-1], bounds[1:]
    else:
        a = np.fromiter((r.start for r in ranges), dtype=np.int64, count=m_sent)
        b = np.fromiter((r.stop for r in ranges), dtype=np.int64, count=m_sent)
    lens = b - a
    C = np.zeros((n + 1, R.shape[1]))
    np.cumsum(R, axis=0, out=C[1:])
    sums = C[b] - C[a]
    F = np.zeros((m_sent, len(DENSE_FEATURES)))
    F[:, 0] = np.log1p(sums[:, 0])
    full = lens > 0
    if n and full.any():
        Q = np.zeros(n + 1)
        np.cumsum(view.in_quote, out=Q[1:])
        F[:, 2] = np.where(full, (Q[b] - Q[a]) / np.maximum(lens, 1), 0.0)
        text = doc.text
        ends = view.ends
        last = ends[b[full] - 1].tolist()
        F[full, 1] = [float("?" in text[e:e + 3]) for e in last]
        idx = a[full]
        contiguous = bool(np.all(b[full][:-1] == idx[1:])) and int(b[full][-1]) == n
        vmax = R[:, k_list + 1]
        if contiguous:
            F[full, 19] = np.maximum.reduceat(vmax, idx) / 4.0
        else:
            F[full, 19] = [float(vmax[x:y].max()) / 4.0 for x, y in zip(a[full], b[full], strict=True)]
        if marginals is not None:
            M = np.zeros(n + 1)
            np.cumsum(marginals, out=M[1:])
            K = np.zeros(n + 1)
            np.cumsum(marginals >= loaded_threshold, out=K[1:])
            F[:, 8] = np.log1p(M[b] - M[a])
            F[:, 9] = np.log1p(K[b] - K[a])
            if contiguous:
                F[full, 7] = np.maximum.reduceat(marginals, idx)
            else:
                F[full, 7] = [float(marginals[x:y].max()) for x, y in zip(a[full], b[full], strict=True)]
    # sentences without a loaded, non-negated span keep the zeros their four lexicon features come to
    with_spans: list[int] = []
    lex: list[tuple[float, float, float, float]] = []
    for i, sp in enumerate(spans):
        if not sp:
            continue
        live = [s for s in sp if s.weight > 0 and not s.negated]
        if live:
            own = [s.weight for s in live if not s.in_quote]
            with_spans.append(i)
            lex.append((math.log1p(len(own)), math.log1p(sum(own)), math.log1p(len(live) - len(own)),
                        max(own, default=0.0)))
    if with_spans:
        F[with_spans, 3:7] = lex
    F[:, 10:10 + k_list] = np.log1p(sums[:, 1:1 + k_list])
    F[:, 18] = np.log1p(sums[:, k_list + 1])
    F[:, 20] = np.log1p(sums[:, k_list + 2])
    return F, R


def doc_evidence(doc: Document, view: TokenView, info: WordInfo, ranges: Sequence[range],
                 spans: Sequence[Sequence[Span]], marginals: np.ndarray | None,
                 loaded_threshold: float) -> list[SentenceEvidence]:
    """:func:`doc_features` as one :class:`SentenceEvidence` per sentence (its words and its dense row)."""
    F, R = doc_features(doc, view, info, ranges, spans, marginals, loaded_threshold)
    words, toks = view.words, view.tokens
    return [SentenceEvidence([words[i] for i in r if R[i, 0] and is_word_feature(toks[i])], F[k])
            for k, r in enumerate(ranges)]


def is_word_feature(token: str) -> bool:
    """Whether a token enters the word block: not capitalised (names and sentence-initial words are topic and
    position, not wording: "Trump" pushed BABE's probabilities whatever the sentence said)."""
    return not token[:1].isupper()


def words_from_log(log_words: float) -> int:
    """The number of words a ``log_words`` feature value stands for, at least 1."""
    return max(round(math.expm1(log_words)), 1)


def n_words(e: SentenceEvidence) -> int:
    """The sentence's number of words (from its ``log_words`` feature), at least 1."""
    return words_from_log(float(e.dense[0]))


def sentence_evidence(doc: Document, tokens: range, spans: Sequence[Span], marginals: np.ndarray | None,
                      loaded_threshold: float, info: WordInfo) -> SentenceEvidence:
    """The evidence of the one sentence made of ``tokens`` (indices into ``doc``), with its lexicon ``spans`` and
    the tagger's ``marginals`` of those tokens (the training view of :func:`doc_evidence`)."""
    view = token_view(doc)
    full = None
    if marginals is not None:
        full = np.zeros(len(view.words))
        full[tokens.start:tokens.stop] = marginals
    return doc_evidence(doc, view, info, [tokens], [spans], full, loaded_threshold)[0]


def _left_out(form_features: bool, exclude: Sequence[str], where: str) -> set[int]:
    """Columns of :data:`DENSE_FEATURES` that get weight 0: the form features unless ``form_features``, and the
    features named in ``exclude``."""
    if isinstance(exclude, str):
        raise InputError(f"{where}: exclude expects a list of feature names, got the string {exclude!r}.")
    unknown = [n for n in exclude if n not in DENSE_FEATURES]
    if unknown:
        raise InputError(f"{where}: exclude expects names from DENSE_FEATURES ({', '.join(DENSE_FEATURES)}), got "
                         f"{unknown}.")
    off = {DENSE_FEATURES.index(n) for n in exclude}
    if not form_features:
        off |= {DENSE_FEATURES.index(n) for n in _FORM}
    return off


class SentenceModel(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Probability that a sentence reads as biased, from :class:`SentenceEvidence`.

    ``fit(E, y)`` takes a list of :class:`SentenceEvidence` (see :func:`sentence_evidence`) and 0/1 labels.

    Parameters
    ----------
    C:
        Inverse regularisation strength of the logistic regression.
    words:
        Whether to use the word block.
    min_df:
        Minimum number of training sentences a word must occur in.
    word_scale:
        Scale of the word block relative to the standardised dense block (smaller = more regularised).
    form_features:
        Whether the sentence's form (``log_words``, ``question``) enters the model. Off by default: on BABE,
        short sentences and questions are more often biased once the evidence counts are known, which does not
        transfer (the old classifier scored "What does Donald Trump think?" 0.96); their weights are then 0.
    exclude:
        Names of further dense features (from :data:`DENSE_FEATURES`) left out of the model (weight 0). The
        default model leaves out four whose weight learned on BABE does not carry over to other data sets (see
        ``framing.ml.recipe.DEFAULT_SENTENCE_PARAMS``).
    max_iter:
        Passed to the logistic regression.

    Attributes
    ----------
    classes_ : ndarray ``[0, 1]``
    vocabulary_ : dict word → column
    word_coef_ : ndarray, the logit weight of each word (already multiplied by ``word_scale``)
    dense_mean_, dense_std_ : ndarray, standardisation of the dense block
    dense_coef_ : ndarray, logit weights of the standardised dense features
    intercept_ : float
    """

    def __init__(self, *, C: float = 0.5, words: bool = True, min_df: int = 3, word_scale: float = 1.0,
                 form_features: bool = False, exclude: Sequence[str] = (), max_iter: int = 2000) -> None:
        self.C = C
        self.words = words
        self.min_df = min_df
        self.word_scale = word_scale
        self.form_features = form_features
        self.exclude = exclude
        self.max_iter = max_iter

    def _matrix(self, E: Sequence[SentenceEvidence]) -> sparse.csr_matrix:
        D = (np.vstack([e.dense for e in E]) - self.dense_mean_) / self.dense_std_
        D[:, getattr(self, "_off", [])] = 0.0  # features left out (form_features=False, exclude): weight 0
        if not self.vocabulary_:
            return sparse.csr_matrix(D)
        rows, cols, vals = [], [], []
        for r, e in enumerate(E):
            ws = {self.vocabulary_[w] for w in e.words if w in self.vocabulary_}
            v = self.word_scale / math.sqrt(n_words(e))
            for c in sorted(ws):
                rows.append(r)
                cols.append(c)
                vals.append(v)
        W = sparse.csr_matrix((vals, (rows, cols)), shape=(len(E), len(self.vocabulary_)))
        return sparse.hstack([sparse.csr_matrix(D), W]).tocsr()

    def fit(self, E: Sequence[SentenceEvidence], y: Any) -> SentenceModel:
        name = type(self).__name__
        if not all(isinstance(e, SentenceEvidence) for e in E):
            raise InputError(f"{name}.fit expects a list of SentenceEvidence (see sentence_evidence).")
        yy = check_binary_labels(y, len(E), name)
        D = np.vstack([e.dense for e in E])
        self.dense_mean_ = D.mean(axis=0)
        sd = D.std(axis=0)
        self.dense_std_ = np.where(sd > 0, sd, 1.0)
        self._off = sorted(_left_out(self.form_features, self.exclude, name))
        self.vocabulary_: dict[str, int] = {}
        if self.words:
            df: dict[str, int] = {}
            for e in E:
                for w in set(e.words):
                    df[w] = df.get(w, 0) + 1
            self.vocabulary_ = {w: i for i, w in enumerate(sorted(w for w, c in df.items() if c >= self.min_df))}
        A = self._matrix(E)
        lr = LogisticRegression(C=float(self.C), max_iter=self.max_iter)
        lr.fit(A, yy)
        coef = lr.coef_.ravel()
        k = len(DENSE_FEATURES)
        self.dense_coef_ = coef[:k].astype(np.float64)
        self.word_coef_ = (coef[k:] * self.word_scale).astype(np.float64)
        self.intercept_ = float(lr.intercept_[0])
        self.classes_ = np.array([0, 1])
        self._lr = lr
        return self

    def decision_function(self, E: Sequence[SentenceEvidence]) -> np.ndarray:
        """Logits by look-up: standardised dense features · weights + the words' weights / sqrt(words)."""
        check_is_fitted(self, "dense_coef_")
        out = np.empty(len(E))
        wc, voc = self.word_coef_, self.vocabulary_
        b = self.intercept_
        scale = self.dense_coef_ / self.dense_std_
        offset = b - float(self.dense_mean_ @ scale)
        for r, e in enumerate(E):
            z = offset + float(e.dense @ scale)
            if voc:
                ids = {voc[w] for w in e.words if w in voc}
                if ids:
                    z += float(wc[list(ids)].sum()) / math.sqrt(n_words(e))
            out[r] = z
        return out

    def decision_doc(self, F: np.ndarray, tokens: Sequence[str], ranges: Sequence[range],
                     word_ids: np.ndarray | None = None, bounds: np.ndarray | None = None) -> np.ndarray:
        """:meth:`decision_function` for all sentences of a document at once: ``F`` from :func:`doc_features`,
        ``tokens`` the document's tokens (or ``word_ids``: their column in :attr:`vocabulary_`, -1 when absent or
        not a word feature), ``ranges`` the sentences' token ranges (``bounds``: their edges as one integer array
        when the ranges are contiguous, ``ranges[i] == range(bounds[i], bounds[i + 1])``)."""
        if not hasattr(self, "dense_coef_"):  # sklearn's check costs more than a look-up, once per document
            check_is_fitted(self, "dense_coef_")
        scale = self.dense_coef_ / self.dense_std_
        z = (self.intercept_ - float(self.dense_mean_ @ scale)) + F @ scale
        voc = self.vocabulary_
        m = len(ranges)
        if voc and m:
            n_alpha = np.maximum(np.expm1(F[:, 0]).round(), 1.0)
            if word_ids is not None:
                ids = word_ids
            else:
                get = voc.get
                ids = np.fromiter((get(t.lower().replace("’", "'"), -1) if is_word_feature(t) else -1
                                   for t in tokens), dtype=np.int64, count=len(tokens))
            tok: slice | np.ndarray
            if bounds is not None:
                lens = np.diff(bounds)
                tok = slice(int(bounds[0]), int(bounds[-1]))
            else:
                lens = np.fromiter((len(r) for r in ranges), dtype=np.int64, count=m)
                if all(ranges[k].stop == ranges[k + 1].start for k in range(m - 1)):
                    tok = slice(ranges[0].start, ranges[-1].stop)
                else:
                    tok = np.concatenate([np.arange(r.start, r.stop) for r in ranges]) if lens.sum() else lens
            j = ids[tok]
            hit = np.flatnonzero(j >= 0)
            if len(hit):
                V = len(voc)
                sid = np.repeat(np.arange(m), lens)
                keys = np.sort(sid[hit] * V + j[hit])  # np.unique's result (sorted, once each), cheaper
                keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
                zw = np.bincount(keys // V, weights=self.word_coef_[keys % V], minlength=m)
                z = z + zw / np.sqrt(n_alpha)
        return np.asarray(z, dtype=np.float64)

    def predict_proba(self, E: Sequence[SentenceEvidence]) -> np.ndarray:
        z = np.clip(self.decision_function(E), -500, 500)
        p = 1.0 / (1.0 + np.exp(-z))
        return np.column_stack([1.0 - p, p])

    def predict(self, E: Sequence[SentenceEvidence]) -> np.ndarray:
        return (self.decision_function(E) > 0).astype(np.int64)

    def contributions(self, e: SentenceEvidence) -> dict[str, float]:
        """Each word's and each dense feature's signed logit contribution (relative to the training mean)."""
        check_is_fitted(self, "dense_coef_")
        out: dict[str, float] = {}
        v = 1.0 / math.sqrt(n_words(e))
        for w in dict.fromkeys(e.words):
            j = self.vocabulary_.get(w)
            if j is not None and self.word_coef_[j]:
                out[w] = float(self.word_coef_[j]) * v
        d = (e.dense - self.dense_mean_) / self.dense_std_ * self.dense_coef_
        for name, c in zip(DENSE_FEATURES, d.tolist(), strict=True):
            out["feature:" + name] = c
        return out
