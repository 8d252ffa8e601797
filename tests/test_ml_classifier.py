"""The sentence bias classifier: tiny-data training, reproducibility, calibration, feature names, sklearn contract."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from framing.exceptions import InputError
from framing.ml.classifier import SentenceBiasClassifier, check_binary_labels
from tests.ml_data import MINI_LEXICON, tiny_sentences


def _fit(**kw: object) -> SentenceBiasClassifier:
    texts, labels, words = tiny_sentences()
    params = {"lexicons": [MINI_LEXICON], "builtin_lexicons": False, "min_df": 1, **kw}
    return SentenceBiasClassifier(**params).fit(texts, labels, biased_words=words)


@pytest.fixture(scope="module")
def fitted() -> SentenceBiasClassifier:
    return _fit()


def test_learns_tiny_dataset(fitted: SentenceBiasClassifier) -> None:
    texts, labels, _ = tiny_sentences()
    assert (fitted.predict(texts) == np.asarray(labels)).mean() == 1.0
    p = fitted.predict_proba(["The mayor slammed the disastrous radical scheme.",
                              "The mayor said the report would be published."])[:, 1]
    assert p[0] > 0.5 > p[1]


def test_reproducible_with_seed() -> None:
    a, b = _fit(random_state=3), _fit(random_state=3)
    assert np.array_equal(a.coef_, b.coef_)
    assert a.intercept_ == b.intercept_
    assert list(a.feature_names_) == list(b.feature_names_)
    texts, _, _ = tiny_sentences()
    assert np.array_equal(a.predict_proba(texts), b.predict_proba(texts))


def test_calibration_range_and_monotone(fitted: SentenceBiasClassifier) -> None:
    texts, _, _ = tiny_sentences()
    texts = [*texts, "", "Nothing here.", "radical radical radical regime"]
    proba = fitted.predict_proba(texts)
    z = fitted.decision_function(texts)
    assert np.all((proba >= 0) & (proba <= 1))
    assert np.allclose(proba.sum(axis=1), 1.0)
    order = np.argsort(z, kind="stable")
    assert np.all(np.diff(proba[order, 1]) >= 0)
    assert np.array_equal(fitted.predict(texts), (proba[:, 1] > 0.5).astype(int))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=5))
def test_proba_in_unit_interval_for_any_text(texts: list[str]) -> None:
    clf = _cached()
    p = clf.predict_proba(texts)[:, 1]
    assert np.all((p >= 0) & (p <= 1))
    assert np.all(np.diff(p[np.argsort(clf.decision_function(texts), kind="stable")]) >= 0)


_CACHE: dict[str, SentenceBiasClassifier] = {}


def _cached() -> SentenceBiasClassifier:
    if "c" not in _CACHE:
        _CACHE["c"] = _fit()
    return _CACHE["c"]


def test_feature_names_match_transform(fitted: SentenceBiasClassifier) -> None:
    texts, _, _ = tiny_sentences()
    names = fitted.get_feature_names_out()
    X = fitted.transform(texts)
    assert X.shape == (len(texts), len(names)) == (len(texts), len(fitted.coef_))
    assert any(n.startswith("lexicon:") for n in names)
    assert any(n.startswith("prior:") for n in names)
    # the lexicon block's names come from the LexiconTransformer, in its order
    lex = [n[len("lexicon:"):] for n in names if n.startswith("lexicon:")]
    assert lex == list(fitted.lexicon_transformer_.get_feature_names_out())
    # a word feature's column is nonzero exactly where the word occurs
    j = list(names).index("word:slammed")
    col = X[:, j].toarray().ravel()
    assert all((col[i] > 0) == ("slammed" in t.lower()) for i, t in enumerate(texts))


def test_top_terms_are_exact_contributions(fitted: SentenceBiasClassifier) -> None:
    s = "The mayor slammed the disastrous radical scheme."
    top = fitted.explain(s, top=50)
    total = float(fitted.decision_function([s])[0]) - fitted.baseline_logit
    assert sum(w for _, w in top) == pytest.approx(total, abs=1e-3 * len(top))
    assert top[0][0] in {"slammed", "disastrous", "radical", "scheme"}


def test_without_prior_or_lexicon() -> None:
    texts, labels, _ = tiny_sentences()
    clf = SentenceBiasClassifier(lexicon_features=False, min_df=1).fit(texts, labels)
    assert not any(n.startswith(("prior:", "lexicon:")) for n in clf.get_feature_names_out())
    assert clf.transform(texts).shape[1] == len(clf.coef_)


def test_sklearn_contract() -> None:
    sig = inspect.signature(SentenceBiasClassifier.__init__)
    assert all(p.kind is p.KEYWORD_ONLY for n, p in sig.parameters.items() if n != "self")
    est = SentenceBiasClassifier(C=2.0, min_df=1)
    # __init__ only stores its arguments
    assert est.get_params()["C"] == 2.0
    assert not [k for k in vars(est) if k.endswith("_")]
    with pytest.raises(NotFittedError):
        est.predict_proba(["a sentence"])
    c = clone(est)
    assert c.get_params() == est.get_params() and c is not est
    texts, labels, _ = tiny_sentences()
    est.set_params(lexicon_features=False).fit(texts, labels)
    assert hasattr(est, "coef_") and hasattr(est, "classes_")
    assert not hasattr(clone(est), "coef_")
    with pytest.raises(InputError, match="string object received"):
        est.predict_proba("a bare string")
    with pytest.raises(InputError, match="string object received"):
        SentenceBiasClassifier().fit("a bare string", [1])


def test_bad_parameters_and_labels() -> None:
    texts, labels, _ = tiny_sentences()
    with pytest.raises(InputError, match="'C' parameter"):
        SentenceBiasClassifier(C=-1, lexicon_features=False).fit(texts, labels)
    with pytest.raises(InputError, match="both classes"):
        SentenceBiasClassifier(lexicon_features=False).fit(texts, [1] * len(texts))
    with pytest.raises(InputError, match="expected 2 labels"):
        check_binary_labels([1], 2, "x")
    with pytest.raises(InputError, match="0/1"):
        check_binary_labels(["Biased", "Non-biased"], 2, "x")
