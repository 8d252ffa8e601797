"""LexiconTransformer against scikit-learn's estimator contract.

scikit-learn's ``parametrize_with_checks`` runs only ``check_estimator_cloneable`` on this transformer: the
transformer declares ``input_tags.string = True`` and ``two_d_array = False`` (it takes raw documents, like
``CountVectorizer``), and scikit-learn skips every check that feeds numeric arrays. The tests below cover what
those checks would: parameters stored untouched, clone/get_params/set_params, NotFittedError, fit returning
self, stable output shape, feature names, pickling, and use inside a Pipeline.
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union
from sklearn.utils.estimator_checks import parametrize_with_checks

from framing import InputError
from framing.transformers import LexiconTransformer

from .conftest import MINI_LEXICON

DOCS = ["The regime slammed the so-called reforms.", "A calm report.", "He is not a dictator.", ""]


def make() -> LexiconTransformer:
    return LexiconTransformer(lexicons=[str(MINI_LEXICON)], builtin_lexicons=False)


@parametrize_with_checks([make()])
def test_sklearn_checks(estimator, check) -> None:  # type: ignore[no-untyped-def]
    check(estimator)


def test_init_only_stores_parameters() -> None:
    t = LexiconTransformer(lexicons=["does-not-exist.tsv"], values="bogus")  # no validation in __init__
    assert t.get_params() == {"lexicons": ["does-not-exist.tsv"], "builtin_lexicons": True, "values": "bogus",
                              "include_index": True, "detect_language": True}
    with pytest.raises(TypeError):
        LexiconTransformer([])  # type: ignore[misc]  # keyword-only


def test_fit_transform_and_names() -> None:
    t = make()
    with pytest.raises(NotFittedError):
        t.transform(DOCS)
    assert t.fit(DOCS) is t
    X = t.transform(DOCS)
    names = list(t.get_feature_names_out())
    assert X.shape == (4, len(names))
    assert names[-2:] == ["loaded_index", "loaded_index_quoted"]
    col = names.index("pejorative_label_per_1k")
    # "so-called" counts as two \\w+ words, so the first document has 7 words
    assert X[0, col] == pytest.approx(1000 / 7) and X[1, col] == 0 and X[3].sum() == 0
    counts = LexiconTransformer(lexicons=[str(MINI_LEXICON)], builtin_lexicons=False, values="count",
                                include_index=False).fit(DOCS)
    assert counts.transform(DOCS)[0, list(counts.get_feature_names_out()).index("pejorative_label_count")] == 1


def test_bad_parameter_message() -> None:
    with pytest.raises(InputError, match=r"The 'values' parameter of LexiconTransformer must be one of"):
        LexiconTransformer(values="bogus", builtin_lexicons=False).fit(DOCS)


def test_rejects_a_bare_string() -> None:
    with pytest.raises(InputError, match="Iterable over raw text documents expected, string object received"):
        make().fit("The regime")
    with pytest.raises(InputError, match="document 1 must be str"):
        make().fit(["ok", 3])


def test_clone_pickle_and_pipeline() -> None:
    t = make().fit(DOCS)
    assert not hasattr(clone(t), "matcher_")
    t2 = pickle.loads(pickle.dumps(t))
    np.testing.assert_array_equal(t.transform(DOCS), t2.transform(DOCS))
    pipe = make_pipeline(make_union(TfidfVectorizer(), make()), LogisticRegression())
    y = [1, 0, 1, 0]
    pipe.fit(DOCS, y)
    assert pipe.predict_proba(DOCS).shape == (4, 2)
    names = pipe[0].get_feature_names_out()
    assert any(n.endswith("loaded_index") for n in names)


def test_one_lexicon_path_alone_is_one_lexicon() -> None:
    """Regression (session 24 audit, 6): ``lexicons="my.tsv"`` was iterated character by character ("/: a
    lexicon directory needs a manifest.toml")."""
    for one in (str(MINI_LEXICON), MINI_LEXICON):
        t = LexiconTransformer(lexicons=one, builtin_lexicons=False)
        assert t.lexicons is one  # stored untouched (scikit-learn's contract)
        got = t.fit_transform(DOCS)
        want = LexiconTransformer(lexicons=[MINI_LEXICON], builtin_lexicons=False).fit_transform(DOCS)
        assert np.array_equal(got, want) and got[0].sum() > 0
