"""The loaded-language span tagger: a token-level logistic regression over hashed token features.

Tokens whose probability reaches the decision threshold are merged into spans (adjacent tokens, or tokens
separated only by a hyphen, apostrophe or space, join one span); a span's probability is the highest token
probability inside it. Features are hashed (:class:`~sklearn.feature_extraction.FeatureHasher`), so the model
is a plain coefficient vector and holds no vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.utils.validation import check_is_fitted

from framing.analysis import Span
from framing.document import Document
from framing.exceptions import InputError
from framing.ml.features import (
    TokenFeatureConfig,
    doc_token_features,
    is_function_token,
    loaded_token_mask,
    token_labels,
)
from framing.transformers import check_documents

__all__ = ["LoadedLanguageTagger", "best_f1_threshold"]

_JOINERS = frozenset({"", " ", "-", "'", "’"})



def best_f1_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The probability threshold that maximises F1 of ``p >= t`` against ``y`` (ties: the lower threshold)."""
    order = np.argsort(-p, kind="stable")
    ys = y[order]
    tp = np.cumsum(ys)
    k = np.arange(1, len(ys) + 1)
    f1 = 2 * tp / (k + ys.sum())
    best = int(np.argmax(f1))
    return float(p[order][best])



def check_span_targets(X: Any, y: Any, lexicon_spans: Sequence[Any] | None, name: str) -> list[str]:
    """The documents of a span tagger's ``fit``, checked with their targets: one span list (and, when given, one
    lexicon-span list) per text."""
    texts = check_documents(X, name)
    if isinstance(y, (str, bytes)) or len(y) != len(texts):
        raise InputError(f"{name}: y must hold one list of (start, end) spans per text "
                         f"({len(texts)} texts); got {type(y).__name__}.")
    if lexicon_spans is not None and len(lexicon_spans) != len(texts):
        raise InputError(f"{name}: lexicon_spans must hold one list per text, got {len(lexicon_spans)}.")
    return texts

class LoadedLanguageTagger(BaseEstimator):  # type: ignore[misc]
    """Marks loaded tokens and merges them into spans with a probability.

    ``fit(X, y)`` takes texts ``X`` and, for each text, a list of gold ``(start, end)`` character spans ``y``;
    a token is positive when it overlaps a gold span (the rule of ``span_f1.py``).

    Parameters
    ----------
    n_features:
        Size of the hashed feature space.
    window:
        Neighbouring words on each side used as features.
    C:
        Inverse regularisation strength of the logistic regression.
    class_weight:
        Passed to the logistic regression (``None`` or ``"balanced"``).
    threshold:
        Probability at which a token counts as loaded; ``None`` picks the F1-best threshold from out-of-fold
        predictions on the training data (``threshold_folds`` folds by document).
    threshold_folds:
        Folds for the threshold search.
    use_lexicon:
        Whether lexicon spans (passed to ``fit``/``predict``) become token features.
    name:
        The span ``lexicon`` field of the tagger's spans.
    max_iter, random_state:
        Passed to the logistic regression.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,), float32
    intercept_ : float
    threshold_ : float
    """

    def __init__(
        self,
        *,
        n_features: int = 2**18,
        window: int = 1,
        C: float = 0.5,
        class_weight: str | None = None,
        threshold: float | None = None,
        threshold_folds: int = 3,
        use_lexicon: bool = True,
        name: str = "tagger-v1",
        max_iter: int = 2000,
        random_state: int = 0,
    ) -> None:
        self.n_features = n_features
        self.window = window
        self.C = C
        self.class_weight = class_weight
        self.threshold = threshold
        self.threshold_folds = threshold_folds
        self.use_lexicon = use_lexicon
        self.name = name
        self.max_iter = max_iter
        self.random_state = random_state

    def _config(self) -> TokenFeatureConfig:
        return TokenFeatureConfig(window=self.window, use_lexicon=self.use_lexicon)

    def _hasher(self) -> FeatureHasher:
        return FeatureHasher(n_features=self.n_features, input_type="dict", alternate_sign=False)

    def _matrix(self, docs: Sequence[Document], lexicon_spans: Sequence[Sequence[Span]] | None) -> Any:
        cfg = self._config()
        rows: list[dict[str, float]] = []
        for i, d in enumerate(docs):
            rows.extend(doc_token_features(d, lexicon_spans[i] if lexicon_spans is not None else (), cfg))
        return self._hasher().transform(rows).tocsr()

    def fit(self, X: Any, y: Sequence[Sequence[tuple[int, int]]], *,
            lexicon_spans: Sequence[Sequence[Span]] | None = None) -> LoadedLanguageTagger:
        name = type(self).__name__
        texts = check_span_targets(X, y, lexicon_spans, name)
        if not isinstance(self.n_features, int) or self.n_features < 16:
            raise InputError(f"The 'n_features' parameter of {name} must be an int >= 16. Got {self.n_features!r} "
                             "instead.")
        docs = [Document(t) for t in texts]
        labels = [np.asarray(token_labels(d, gold), dtype=np.int64) for d, gold in zip(docs, y, strict=True)]
        yy = np.concatenate(labels) if labels else np.zeros(0, dtype=np.int64)
        if len(set(yy.tolist())) < 2:
            raise InputError(f"{name}: the gold spans must mark some but not all tokens.")
        groups = np.concatenate([np.full(len(lab), i) for i, lab in enumerate(labels)])
        A = self._matrix(docs, lexicon_spans)
        if self.threshold is None:
            n_groups = len(docs)
            k = min(self.threshold_folds, n_groups)
            if k >= 2:
                oof = np.zeros(len(yy))
                for a, b in GroupKFold(n_splits=k).split(A, yy, groups):
                    if len(set(yy[a].tolist())) < 2:
                        continue
                    lr = self._lr().fit(A[a], yy[a])
                    oof[b] = lr.predict_proba(A[b])[:, 1]
                self.threshold_ = best_f1_threshold(yy, oof)
            else:
                self.threshold_ = 0.5
        else:
            self.threshold_ = float(self.threshold)
        lr = self._lr().fit(A, yy)
        self.coef_ = lr.coef_.ravel().astype(np.float32)
        self.intercept_ = float(lr.intercept_[0])
        return self

    def _lr(self) -> LogisticRegression:
        return LogisticRegression(C=float(self.C), class_weight=self.class_weight, max_iter=self.max_iter,
                                  solver="liblinear", random_state=self.random_state)

    def token_proba(self, doc: Document, lexicon_spans: Sequence[Span] = ()) -> np.ndarray:
        """Probability that each token of ``doc`` is loaded."""
        check_is_fitted(self, "coef_")
        if not doc.token_spans:
            return np.zeros(0)
        A = self._matrix([doc], [lexicon_spans])
        z = A @ self.coef_.astype(np.float64) + self.intercept_
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def predict_tokens(self, X: Any, *, lexicon_spans: Sequence[Sequence[Span]] | None = None) -> list[np.ndarray]:
        """0/1 per token for each text."""
        texts = check_documents(X, type(self).__name__)
        out = []
        for i, t in enumerate(texts):
            p = self.token_proba(Document(t), lexicon_spans[i] if lexicon_spans is not None else ())
            out.append((p >= self.threshold_).astype(np.int64))
        return out

    def predict_spans(self, doc: Document, lexicon_spans: Sequence[Span] = (), *,
                      skip_covered: bool = True) -> list[Span]:
        """Spans of loaded tokens, with ``lexicon`` = ``name``, category ``loaded_model``, ``probability`` set and
        ``weight`` equal to the probability (rounded to 3 places).

        With ``skip_covered``, tokens already inside a loaded lexicon span are left out (no duplicate evidence).
        """
        p = self.token_proba(doc, lexicon_spans)
        if not len(p):
            return []
        keep = p >= self.threshold_
        if skip_covered and lexicon_spans:
            keep &= ~np.asarray(loaded_token_mask(doc, lexicon_spans), dtype=bool)
        spans: list[Span] = []
        text = doc.text
        cur: list[int] = []

        norm_tokens = doc.norm_tokens

        def flush() -> None:
            # function words and punctuation at the edges are not evidence ("a", "'s", "the"): trim them
            lo, hi = 0, len(cur)
            while lo < hi and is_function_token(norm_tokens[cur[lo]]):
                lo += 1
            while hi > lo and is_function_token(norm_tokens[cur[hi - 1]]):
                hi -= 1
            kept = cur[lo:hi]
            cur.clear()
            if not kept:
                return
            s, e = doc.token_spans[kept[0]][0], doc.token_spans[kept[-1]][1]
            prob = float(p[kept].max())
            spans.append(Span(start=s, end=e, text=text[s:e], category="loaded_model", lexicon=self.name,
                              weight=round(prob, 3), in_quote=doc.in_quote(s, e), term=doc.norm[s:e],
                              probability=round(prob, 4)))

        for i in np.flatnonzero(keep).tolist():
            if cur and not (i == cur[-1] + 1 and text[doc.token_spans[cur[-1]][1]:doc.token_spans[i][0]]
                            in _JOINERS):
                flush()
            cur.append(i)
        flush()
        return spans
