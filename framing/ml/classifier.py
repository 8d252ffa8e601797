"""The sentence bias classifier: word and character TF-IDF, lexicon features and a bias-word prior, into a
logistic regression whose per-term contributions are exact.

The probability is ``sigmoid(decision_function)``, so it is monotone with the decision function and lies in
[0, 1]. The decision function is a sum of per-feature contributions ``x_j * coef_j`` plus the intercept; the
:meth:`SentenceBiasClassifier.explain` method folds those contributions back onto the words of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.utils.validation import check_is_fitted

from framing.analysis import Span
from framing.document import Document
from framing.exceptions import InputError
from framing.lexicon import Lexicon
from framing.ml.features import WORD_CACHE_LIMIT
from framing.scorers.lexicon import lexicon_scores
from framing.transformers import LexiconTransformer, check_documents

__all__ = ["PRIOR_FEATURES", "SentenceBiasClassifier", "check_binary_labels"]

#: Names of the bias-word prior features (from the per-word rate of being marked biased).
PRIOR_FEATURES = ("prior_max", "prior_top2", "prior_n_over_0.3", "prior_n_over_0.5")

_CHUNK = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^\W+|\W+$")


def check_binary_labels(y: Any, n: int, owner: str) -> np.ndarray:
    """``y`` as an int array of 0/1 with ``n`` entries (bool, 0/1 or two distinct labels are accepted)."""
    if isinstance(y, (str, bytes)):
        raise InputError(f"{owner}: labels must be a sequence, got a string.")
    arr = np.asarray(list(y))
    if arr.shape != (n,):
        raise InputError(f"{owner}: expected {n} labels (one per document), got shape {arr.shape}.")
    values = set(arr.tolist())
    if not values <= {0, 1}:
        shown = sorted(map(str, values))[:5]
        raise InputError(f"{owner}: labels must be 0/1 or bool (1 = biased), got values {shown}.")
    if len(values) < 2:
        raise InputError(f"{owner}: need both classes in the training labels, got only {sorted(map(str, values))}.")
    return arr.astype(np.int64)


def _word_keys(text: str) -> list[str]:
    """Lower-cased words of ``text`` as the prior table keys them (Document tokens, curly apostrophes unified)."""
    return [t.replace("’", "'") for t in Document(text).norm_tokens]


def _prior_rows(docs_words: Sequence[Sequence[str]], table: dict[str, float]) -> np.ndarray:
    out = np.zeros((len(docs_words), len(PRIOR_FEATURES)))
    for i, words in enumerate(docs_words):
        r = sorted((table.get(w, 0.0) for w in words), reverse=True)
        if not r:
            continue
        out[i] = (r[0], sum(r[:2]), sum(v > 0.3 for v in r), sum(v > 0.5 for v in r))
    return out


def _prior_table(docs_words: Sequence[Sequence[str]], marked: Sequence[set[str]], smoothing: float) -> dict[str, float]:
    occ: dict[str, int] = {}
    hit: dict[str, int] = {}
    for words, m in zip(docs_words, marked, strict=True):
        for w in set(words):
            occ[w] = occ.get(w, 0) + 1
            if w in m:
                hit[w] = hit.get(w, 0) + 1
    return {w: hit[w] / (occ[w] + smoothing) for w in hit}


def _marked_words(biased_words: Sequence[Sequence[str]], n: int) -> list[set[str]]:
    if len(biased_words) != n:
        raise InputError(f"biased_words: expected {n} lists (one per document), got {len(biased_words)}.")
    out: list[set[str]] = []
    for i, ws in enumerate(biased_words):
        if isinstance(ws, str):
            raise InputError(f"biased_words[{i}]: expected a list of words, got a string.")
        s: set[str] = set()
        for w in ws:
            s.update(_word_keys(str(w)))
        out.append(s)
    return out


class SentenceBiasClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Probability that a sentence reads as biased, with the words that pushed it.

    Parameters
    ----------
    word_ngram_range, char_ngram_range:
        n-gram ranges of the word TF-IDF and the character (``char_wb``) TF-IDF blocks.
    min_df:
        Minimum document frequency of an n-gram (both TF-IDF blocks).
    max_char_features:
        Cap on the character n-gram vocabulary (the most frequent are kept); ``None`` for no cap.
    C:
        Inverse regularisation strength of the logistic regression.
    lexicon_features:
        Whether to add the :class:`~framing.transformers.LexiconTransformer` block (per-category rates and the
        loaded index), standardised and multiplied by ``dense_scale``.
    lexicons, builtin_lexicons:
        Passed to the lexicon transformer.
    word_prior:
        Whether to add the bias-word prior block when ``fit`` receives ``biased_words`` (per-word rate of being
        marked biased, learned from the training sentences; out-of-fold for the training rows).
    prior_smoothing:
        Added to each word's occurrence count in the rate's denominator.
    dense_scale:
        Scale of the standardised dense blocks relative to the TF-IDF blocks.
    max_iter, random_state:
        Passed to the logistic regression and the out-of-fold split.

    Attributes
    ----------
    classes_ : ndarray ``[0, 1]``
    word_vectorizer_, char_vectorizer_ : TfidfVectorizer
    lexicon_transformer_ : LexiconTransformer or None
    prior_table_ : dict word → rate (empty without ``biased_words``)
    dense_mean_, dense_scale_ : ndarray, the standardisation of the dense blocks
    coef_ : ndarray of shape (n_features,)
    intercept_ : float
    feature_names_ : ndarray of str, aligned with ``coef_``
    """

    def __init__(
        self,
        *,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_char_features: int | None = 60000,
        C: float = 1.0,
        lexicon_features: bool = True,
        lexicons: Sequence[Lexicon | str | Path] | None = None,
        builtin_lexicons: bool = True,
        word_prior: bool = True,
        prior_smoothing: float = 2.0,
        dense_scale: float = 0.3,
        max_iter: int = 3000,
        random_state: int = 0,
    ) -> None:
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.max_char_features = max_char_features
        self.C = C
        self.lexicon_features = lexicon_features
        self.lexicons = lexicons
        self.builtin_lexicons = builtin_lexicons
        self.word_prior = word_prior
        self.prior_smoothing = prior_smoothing
        self.dense_scale = dense_scale
        self.max_iter = max_iter
        self.random_state = random_state

    # -- fitting -----------------------------------------------------------------------------------------------
    def fit(self, X: Any, y: Any, *, biased_words: Sequence[Sequence[str]] | None = None) -> SentenceBiasClassifier:
        """Fit on sentences ``X`` and 0/1 labels ``y`` (1 = biased); ``biased_words`` enables the prior block."""
        name = type(self).__name__
        docs = check_documents(X, name)
        yy = check_binary_labels(y, len(docs), name)
        if not isinstance(self.C, (int, float)) or self.C <= 0:
            raise InputError(f"The 'C' parameter of {name} must be a float > 0. Got {self.C!r} instead.")
        self.word_vectorizer_ = TfidfVectorizer(ngram_range=tuple(self.word_ngram_range), min_df=self.min_df,
                                                sublinear_tf=True, dtype=np.float64)
        self.char_vectorizer_ = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngram_range),
                                                min_df=self.min_df, sublinear_tf=True,
                                                max_features=self.max_char_features, dtype=np.float64)
        blocks = [self.word_vectorizer_.fit_transform(docs), self.char_vectorizer_.fit_transform(docs)]
        dense: list[np.ndarray] = []
        dense_names: list[str] = []
        self.lexicon_transformer_: LexiconTransformer | None = None
        self.lexicon_feature_names_: tuple[str, ...] = ()
        if self.lexicon_features:
            # sentences of documents whose language the pipeline has checked: a sentence is not tested again
            lt = LexiconTransformer(lexicons=self.lexicons, builtin_lexicons=self.builtin_lexicons,
                                    detect_language=False).fit(docs)
            self.lexicon_transformer_ = lt
            self.lexicon_feature_names_ = tuple(lt.get_feature_names_out())
            dense.append(lt.transform(docs))
            dense_names += [f"lexicon:{n}" for n in lt.get_feature_names_out()]
        self.prior_table_: dict[str, float] = {}
        if self.word_prior and biased_words is not None:
            words = [_word_keys(d) for d in docs]
            marked = _marked_words(biased_words, len(docs))
            oof = np.zeros((len(docs), len(PRIOR_FEATURES)))
            n_splits = min(5, len(docs))
            for a, b in KFold(n_splits, shuffle=True, random_state=self.random_state).split(docs):
                table = _prior_table([words[i] for i in a], [marked[i] for i in a], self.prior_smoothing)
                oof[b] = _prior_rows([words[i] for i in b], table)
            self.prior_table_ = _prior_table(words, marked, self.prior_smoothing)
            dense.append(oof)
            dense_names += [f"prior:{n}" for n in PRIOR_FEATURES]
        if dense:
            D = np.hstack(dense)
            self.dense_mean_ = D.mean(axis=0)
            sd = D.std(axis=0)
            self.dense_scale_ = np.where(sd > 0, self.dense_scale / np.where(sd > 0, sd, 1.0), 0.0)
            blocks.append(sparse.csr_matrix((D - self.dense_mean_) * self.dense_scale_))
        else:
            self.dense_mean_ = np.zeros(0)
            self.dense_scale_ = np.zeros(0)
        self.dense_names_ = tuple(dense_names)
        A = sparse.hstack(blocks).tocsr()
        lr = LogisticRegression(C=float(self.C), max_iter=self.max_iter, random_state=self.random_state)
        lr.fit(A, yy)
        self.coef_ = lr.coef_.ravel().astype(np.float64)
        self.intercept_ = float(lr.intercept_[0])
        self.classes_ = np.array([0, 1])
        self.n_word_ = len(self.word_vectorizer_.vocabulary_)
        self.n_char_ = len(self.char_vectorizer_.vocabulary_)
        self.feature_names_ = np.asarray(
            [f"word:{t}" for t in self.word_vectorizer_.get_feature_names_out()]
            + [f"char:{t}" for t in self.char_vectorizer_.get_feature_names_out()]
            + list(dense_names),
            dtype=object,
        )
        return self

    # -- features ----------------------------------------------------------------------------------------------
    def _dense(self, docs: Sequence[str], lexicon_rows: np.ndarray | None) -> np.ndarray | None:
        if not self.dense_names_:
            return None
        parts: list[np.ndarray] = []
        lt = self.lexicon_transformer_
        if lt is not None:
            if lexicon_rows is None:
                lexicon_rows = lt.transform(docs)
                current = tuple(lt.get_feature_names_out())
                if current != self.lexicon_feature_names_:  # lexicons changed since training: align by name
                    col = {n: k for k, n in enumerate(current)}
                    lexicon_rows = np.column_stack(
                        [lexicon_rows[:, col[n]] if n in col else np.zeros(len(docs))
                         for n in self.lexicon_feature_names_]) if self.lexicon_feature_names_ else lexicon_rows
            parts.append(lexicon_rows)
        if self.prior_table_:
            parts.append(_prior_rows([_word_keys(d) for d in docs], self.prior_table_))
        D = np.hstack(parts) if parts else np.zeros((len(docs), 0))
        return (D - self.dense_mean_) * self.dense_scale_

    def transform(self, X: Any, *, lexicon_rows: np.ndarray | None = None) -> sparse.csr_matrix:
        """The feature matrix (columns as in ``feature_names_``); ``lexicon_rows`` reuses precomputed rates."""
        check_is_fitted(self, "coef_")
        docs = check_documents(X, type(self).__name__)
        blocks = [self.word_vectorizer_.transform(docs), self.char_vectorizer_.transform(docs)]
        D = self._dense(docs, lexicon_rows)
        if D is not None:
            blocks.append(sparse.csr_matrix(D))
        return sparse.hstack(blocks).tocsr()

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        return self.feature_names_.copy()

    def lexicon_rows_from_spans(self, doc: Document, spans: Sequence[Span]) -> np.ndarray | None:
        """Lexicon features of each sentence of ``doc`` from spans already found (no second matcher pass)."""
        lt = self.lexicon_transformer_
        if lt is None:
            return None
        cats = lt.categories_
        names = list(self.lexicon_feature_names_)
        rows = np.zeros((len(doc.sentences), len(names)))
        by_sent: dict[int, list[Span]] = {}
        for s in spans:
            by_sent.setdefault(doc.sentence_index(s.start), []).append(s)
        for i, (a, b) in enumerate(doc.sentences):
            n_words = len(re.findall(r"\w+", doc.text[a:b]))
            sc = lexicon_scores(by_sent.get(i, []), n_words, cats)
            rows[i] = [sc.get(n, 0.0) for n in names]
        return rows

    # -- prediction --------------------------------------------------------------------------------------------
    def decision_function(self, X: Any, *, lexicon_rows: np.ndarray | None = None) -> np.ndarray:
        A = self.transform(X, lexicon_rows=lexicon_rows)
        return np.asarray(A @ self.coef_ + self.intercept_, dtype=np.float64)

    def predict_proba(self, X: Any, *, lexicon_rows: np.ndarray | None = None) -> np.ndarray:
        z = self.decision_function(X, lexicon_rows=lexicon_rows)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))
        return np.column_stack([1.0 - p, p])

    def predict(self, X: Any) -> np.ndarray:
        return (self.decision_function(X) > 0).astype(np.int64)

    # -- explanation -------------------------------------------------------------------------------------------
    def explain_row(self, text: str, row: sparse.csr_matrix, *, top: int = 5,
                    lexicon_spans: Sequence[Span] = ()) -> tuple[tuple[str, float], ...]:
        """The ``top`` words (or word pairs) with the largest contributions to the decision function.

        Word n-grams count as themselves; each character n-gram's contribution is shared equally among the
        words that contain it; lexicon features go to the lexicon terms of their category in the sentence; the
        prior features go to the words in proportion to their prior rate. Weights are on the logit scale, signed
        (positive pushes towards "biased"). Dense features count relative to a sentence without lexicon or prior
        hits, so the contributions add up to ``decision_function - baseline_logit``.
        """
        contrib: dict[str, float] = {}
        idx = row.indices
        vals = row.data * self.coef_[idx]
        nw, nc = self.n_word_, self.n_word_ + self.n_char_
        # split the non-zero features by block with array masks: a sentence has hundreds of character n-grams
        is_word = idx < nw
        is_char = ~is_word & (idx < nc)
        for j, v in zip(idx[is_word].tolist(), vals[is_word].tolist(), strict=True):
            term = self.feature_names_[j][5:]
            contrib[term] = contrib.get(term, 0.0) + v
        char_contrib: dict[int, float] = dict(zip((idx[is_char] - nw).tolist(), vals[is_char].tolist(), strict=True))
        dense_contrib: dict[str, float] = {}
        is_dense = idx >= nc
        for j, v in zip(idx[is_dense].tolist(), vals[is_dense].tolist(), strict=True):
            k = j - nc  # relative to an empty sentence: the centring constant belongs to the intercept
            dense_contrib[self.dense_names_[k]] = v + self.dense_mean_[k] * self.dense_scale_[k] * self.coef_[j]
        if char_contrib:
            owners: dict[int, list[str]] = {}
            for m in _CHUNK.finditer(text):
                key = _EDGE_PUNCT.sub("", m.group().lower()) or m.group().lower()
                for k in self._char_ids(m.group()):
                    if k in char_contrib:
                        owners.setdefault(k, []).append(key)
            for k, keys in owners.items():
                share = char_contrib[k] / len(keys)
                for key in keys:
                    contrib[key] = contrib.get(key, 0.0) + share
        prior_total = sum(v for n, v in dense_contrib.items() if n.startswith("prior:"))
        if prior_total and self.prior_table_:
            rates = {w: self.prior_table_.get(w, 0.0) for w in _word_keys(text)}
            tot = sum(rates.values())
            for w, r in rates.items():
                if r > 0 and tot > 0:
                    contrib[w] = contrib.get(w, 0.0) + prior_total * r / tot
        if lexicon_spans:
            for name, v in dense_contrib.items():
                if not name.startswith("lexicon:"):
                    continue
                feat = name[len("lexicon:"):]
                hits = [s for s in lexicon_spans if feat.startswith(s.category + "_")
                        or (feat == "loaded_index" and s.weight > 0 and not s.in_quote)
                        or (feat == "loaded_index_quoted" and s.weight > 0 and s.in_quote)]
                for s in hits:
                    key = s.text.lower()
                    contrib[key] = contrib.get(key, 0.0) + v / len(hits)
        ranked = sorted(contrib.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:top]
        return tuple((t, round(float(w), 4)) for t, w in ranked if w != 0.0)

    def _char_ids(self, chunk: str) -> tuple[int, ...]:
        """Vocabulary indices of the character n-grams of one word, cached per fitted model (words repeat)."""
        cache: dict[str, tuple[int, ...]] = self.__dict__.setdefault("_char_id_cache", {})
        ids = cache.get(chunk)
        if ids is None:
            vocab = self.char_vectorizer_.vocabulary_
            analyzer = self.__dict__.get("_char_analyzer")
            if analyzer is None:
                analyzer = self.__dict__["_char_analyzer"] = self.char_vectorizer_.build_analyzer()
            ids = tuple(k for k in (vocab.get(g) for g in set(analyzer(chunk))) if k is not None)
            if len(cache) > WORD_CACHE_LIMIT:
                cache.clear()
            cache[chunk] = ids
        return ids

    @property
    def baseline_logit(self) -> float:
        """Intercept plus the dense blocks' value for a sentence with no lexicon or prior hits."""
        check_is_fitted(self, "coef_")
        nc = self.n_word_ + self.n_char_
        return float(self.intercept_ - np.dot(self.dense_mean_ * self.dense_scale_, self.coef_[nc:]))

    def explain(self, text: str, *, top: int = 5) -> tuple[tuple[str, float], ...]:
        """Top contributing words for one sentence (see :meth:`explain_row`)."""
        if not isinstance(text, str):
            raise InputError(f"explain() expects one sentence as str, got {type(text).__name__}.")
        row = self.transform([text])
        spans: Sequence[Span] = ()
        if self.lexicon_transformer_ is not None:
            spans = self.lexicon_transformer_.matcher_.find(Document(text))
        return self.explain_row(text, row[0], top=top, lexicon_spans=spans)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags
