"""LexiconTransformer and non-English text: NaN features, as framing.analyze gives NaN scores (unless told not to)."""

from __future__ import annotations

import math
import pickle
import warnings

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

import framing
from framing import FramingWarning, InputError
from framing.transformers import LexiconTransformer

GERMAN = "Das Regime ist brutal und die Diktatur schrecklich, sagte der Präsident heute in Berlin vor der Presse."
FRENCH = "Le régime a vivement critiqué les soi-disant réformes, a déclaré le président devant la presse mardi soir."
ENGLISH = ["The regime slammed the so-called reforms.", "He is not a dictator.", '"The regime must go," he said.',
           "Officials said the plan passed on Tuesday."]


def test_non_english_rows_are_nan_as_in_analyze() -> None:
    docs = [*ENGLISH, GERMAN, FRENCH]
    t = LexiconTransformer().fit(docs)
    with pytest.warns(FramingWarning, match=r"2 document\(s\) not in English \(de \(1\), fr \(1\)\) get NaN"):
        X = t.transform(docs)
    names = list(t.get_feature_names_out())
    col = names.index("loaded_index")
    for i, text in enumerate(docs):
        want = framing.analyze(text).scores["loaded_index"]
        got = X[i, col]
        assert (math.isnan(want) and math.isnan(got)) or got == pytest.approx(want), (text, got, want)
    assert np.isnan(X[4:]).all() and not np.isnan(X[:4]).any()
    assert X[0, col] > 0  # English text still scored


def test_detect_language_false_applies_the_lexicons_to_every_text() -> None:
    t = LexiconTransformer(detect_language=False).fit([GERMAN])
    assert t.get_params()["detect_language"] is False
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        X = t.transform([GERMAN])
    assert not np.isnan(X).any() and X[0, list(t.get_feature_names_out()).index("loaded_index")] > 0


def test_parameter_is_checked_in_fit_and_survives_clone_and_pickle() -> None:
    with pytest.raises(InputError, match=r"'detect_language' parameter .* True or False\. Got 'yes'"):
        LexiconTransformer(detect_language="yes").fit(ENGLISH)  # type: ignore[arg-type]
    t = LexiconTransformer(detect_language=False)
    assert clone(t).get_params()["detect_language"] is False
    fitted = t.fit(ENGLISH)
    back = pickle.loads(pickle.dumps(fitted))
    assert back.detect_language is False and np.array_equal(back.transform([GERMAN]), fitted.transform([GERMAN]))


def test_a_pipeline_with_an_imputer_takes_mixed_languages() -> None:
    X = [*ENGLISH, GERMAN] * 3
    y = [1, 0, 1, 0, 0] * 3
    pipe = make_pipeline(LexiconTransformer(), SimpleImputer(strategy="constant", fill_value=0.0),
                         LogisticRegression())
    with pytest.warns(FramingWarning):
        pipe.fit(X, y)
    with pytest.warns(FramingWarning):
        assert pipe.predict([GERMAN, ENGLISH[0]]).shape == (2,)
