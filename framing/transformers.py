"""scikit-learn transformers over raw documents.

:class:`LexiconTransformer` turns a list of texts into per-category rates and the loaded-language index, so the
lexicon scorer drops into a :class:`sklearn.pipeline.Pipeline` beside TF-IDF features. Like
:func:`framing.analyze`, it detects each document's language: a document not in English gets NaN features.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from framing.document import Document
from framing.exceptions import FramingWarning, InputError
from framing.language import ENGLISH, detect_language
from framing.lexicon import Lexicon, resolve_lexicons
from framing.matcher import Matcher
from framing.scorers.lexicon import lexicon_scores

__all__ = ["LexiconTransformer", "check_documents"]

_VALUES = ("per_1k", "count")


def check_documents(X: Any, owner: str) -> list[str]:
    """The documents of ``X`` as a list of str; a bare string is rejected as in scikit-learn's text module."""
    if isinstance(X, (str, bytes)):
        raise InputError(f"{owner}: Iterable over raw text documents expected, string object received.")
    if hasattr(X, "ndim") and getattr(X, "ndim", 1) == 2:
        shape = X.shape
        if shape[1] != 1:
            raise InputError(f"{owner}: expected one column of documents, got an array of shape {shape}.")
        X = np.asarray(X).ravel()
    if hasattr(X, "tolist"):
        X = X.tolist()
    if not isinstance(X, Iterable):
        raise InputError(f"{owner}: Iterable over raw text documents expected, got {type(X).__name__}.")
    docs = list(X)
    for i, d in enumerate(docs):
        if not isinstance(d, str):
            raise InputError(f"{owner}: document {i} must be str, got {type(d).__name__}.")
    return docs


class LexiconTransformer(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Lexicon features for a scikit-learn pipeline: one column per category plus the loaded index.

    Parameters
    ----------
    lexicons:
        Extra lexicons (objects or paths; one path or object alone is one lexicon); ``None`` for none.
    builtin_lexicons:
        Whether to include the shipped lexicons.
    values:
        ``"per_1k"`` (rates per 1,000 words, the default) or ``"count"``.
    include_index:
        Whether to add the ``loaded_index`` and ``loaded_index_quoted`` columns.
    detect_language:
        Whether to detect each document's language (:func:`framing.language.detect_language`), as
        :class:`framing.Analyzer` does by default. The shipped lexicons are English: a document in another
        language gets NaN in every column, as its scores are NaN in :func:`framing.analyze`, with one
        :class:`~framing.exceptions.FramingWarning` per :meth:`transform` call naming the languages. Estimators
        that do not accept NaN need an imputer after this transformer
        (``make_pipeline(LexiconTransformer(), SimpleImputer(strategy="constant", fill_value=0))``) or the
        non-English documents left out. ``False`` applies the lexicons to every text whatever its language.

    Attributes
    ----------
    categories_ : tuple of str
        The categories, in column order.
    feature_names_out_ : ndarray of str
    """

    def __init__(
        self,
        *,
        lexicons: Sequence[Lexicon | str | Path] | None = None,
        builtin_lexicons: bool = True,
        values: str = "per_1k",
        include_index: bool = True,
        detect_language: bool = True,
    ) -> None:
        self.lexicons = lexicons
        self.builtin_lexicons = builtin_lexicons
        self.values = values
        self.include_index = include_index
        self.detect_language = detect_language

    def fit(self, X: Any, y: Any = None) -> LexiconTransformer:
        check_documents(X, type(self).__name__)
        if self.values not in _VALUES:
            raise InputError(
                f"The 'values' parameter of LexiconTransformer must be one of {_VALUES}. Got {self.values!r} instead."
            )
        if not isinstance(self.detect_language, (bool, np.bool_)):
            raise InputError("The 'detect_language' parameter of LexiconTransformer must be True or False. Got "
                             f"{self.detect_language!r} instead.")
        self.matcher_ = Matcher(resolve_lexicons(self.lexicons, builtin=self.builtin_lexicons))
        self.categories_ = self.matcher_.categories
        suffix = "per_1k" if self.values == "per_1k" else "count"
        names = [f"{c}_{suffix}" for c in self.categories_]
        if self.include_index:
            names += ["loaded_index", "loaded_index_quoted"]
        self.feature_names_out_ = np.asarray(names, dtype=object)
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "matcher_")
        docs = check_documents(X, type(self).__name__)
        out = np.zeros((len(docs), len(self.feature_names_out_)), dtype=np.float64)
        detect = bool(getattr(self, "detect_language", True))
        other: Counter[str] = Counter()
        for i, text in enumerate(docs):
            if detect:
                language = detect_language(text)
                if language != ENGLISH:  # the lexicons are English: no features, as framing.analyze gives no scores
                    out[i] = np.nan
                    other[language] += 1
                    continue
            doc = Document(text)
            scores = lexicon_scores(self.matcher_.find(doc), doc.n_words, self.categories_)
            out[i] = [scores[n] for n in self.feature_names_out_]
        if other:
            found = ", ".join(f"{k} ({n})" for k, n in other.most_common())
            warnings.warn(f"{type(self).__name__}: {sum(other.values())} document(s) not in English ({found}) get "
                          "NaN features, as framing.analyze gives them NaN scores; impute them (SimpleImputer) or "
                          "pass detect_language=False to apply the English lexicons anyway.", FramingWarning,
                          stacklevel=2)
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.requires_fit = True
        return tags
