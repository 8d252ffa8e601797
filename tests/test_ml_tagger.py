"""The loaded-language span tagger and its token features."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction import FeatureHasher

from framing.analysis import Span
from framing.document import Document
from framing.exceptions import InputError
from framing.ml.features import doc_token_features, loaded_token_mask, simple_stem, token_labels, vader_valence
from framing.ml.tagger import LoadedLanguageTagger, best_f1_threshold
from tests.ml_data import tiny_span_docs


@pytest.fixture(scope="module")
def tagger() -> LoadedLanguageTagger:
    docs, spans = tiny_span_docs()
    return LoadedLanguageTagger(n_features=2**14, name="tiny-tagger").fit(docs, spans)


def test_finds_loaded_words_with_valid_spans(tagger: LoadedLanguageTagger) -> None:
    text = "The mayor slammed the disastrous plan. The mayor said the plan would be reviewed next week."
    doc = Document(text)
    spans = tagger.predict_spans(doc)
    found = {s.text for s in spans}
    assert {"slammed", "disastrous"} <= found
    assert "said" not in found and "reviewed" not in found
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.lexicon == "tiny-tagger" and s.category == "loaded_model"
        assert s.probability is not None and 0 < s.probability <= 1
        assert s.weight == round(s.probability, 3) and s.weight > 0


def test_adjacent_tokens_merge_and_covered_tokens_are_skipped(tagger: LoadedLanguageTagger) -> None:
    text = "They blasted the shameless lies again."
    doc = Document(text)
    all_spans = tagger.predict_spans(doc)
    assert "shameless lies" in {s.text for s in all_spans}
    i = text.index("shameless")
    lex = [Span(i, i + 9, "shameless", "emotive", "mini", 0.5)]
    kept = tagger.predict_spans(doc, lex, skip_covered=True)
    assert not any(s.start < i + 9 and i < s.end for s in kept)
    assert any(s.text == "lies" for s in kept)
    # a not-loaded lexicon span (weight 0) does not hide tagger tokens
    lex0 = [Span(i, i + 9, "shameless", "hedge", "mini", 0.0)]
    assert "shameless lies" in {s.text for s in tagger.predict_spans(doc, lex0)}


def test_empty_text(tagger: LoadedLanguageTagger) -> None:
    assert tagger.predict_spans(Document("")) == []
    assert tagger.token_proba(Document("  ")).shape == (0,)


def test_reproducible(tagger: LoadedLanguageTagger) -> None:
    docs, spans = tiny_span_docs()
    again = LoadedLanguageTagger(n_features=2**14, name="tiny-tagger").fit(docs, spans)
    assert np.array_equal(again.coef_, tagger.coef_)
    assert again.threshold_ == tagger.threshold_


def test_sklearn_contract() -> None:
    sig = inspect.signature(LoadedLanguageTagger.__init__)
    assert all(p.kind is p.KEYWORD_ONLY for n, p in sig.parameters.items() if n != "self")
    t = LoadedLanguageTagger(C=3.0)
    assert t.get_params()["C"] == 3.0
    assert not [k for k in vars(t) if k.endswith("_")]
    assert clone(t).get_params() == t.get_params()
    with pytest.raises(NotFittedError):
        t.token_proba(Document("text"))
    with pytest.raises(InputError, match="string object received"):
        t.fit("a bare string", [[]])
    with pytest.raises(InputError, match="one list of"):
        t.fit(["a", "b"], [[]])
    with pytest.raises(InputError, match="some but not all"):
        t.fit(["no spans here"], [[]])
    with pytest.raises(InputError, match="'n_features' parameter"):
        LoadedLanguageTagger(n_features=3).fit(["a b"], [[(0, 1)]])


def test_token_features_and_labels() -> None:
    text = 'He slammed the "so-called" reforms, she said.'
    doc = Document(text)
    lex = [Span(3, 10, "slammed", "attribution_loaded", "x", 0.75)]
    feats = doc_token_features(doc, lex)
    assert len(feats) == len(doc.tokens)
    assert "lex=attribution_loaded" in feats[1] and "w=slammed" in feats[1]
    assert "val_abs" not in feats[0]
    dis = doc_token_features(Document("a disastrous plan"))[1]
    assert dis["val_neg"] == dis["val_abs"] > 0 and "val_pos" not in dis
    i = doc.tokens.index("so-called")
    assert feats[i].get("in_quote") == 1.0 and "part=called" in feats[i]
    assert feats[0].get("sent_first") == 1.0
    assert token_labels(doc, [(3, 10), (text.index("reforms"), text.index("reforms") + 3)]) == [
        0, 1, 0, 0, 1, 0, 0]
    assert loaded_token_mask(doc, lex) == [False, True, False, False, False, False, False]
    FeatureHasher(n_features=64, input_type="dict").transform(feats)


def test_helpers() -> None:
    assert simple_stem("slammed") == "slamm" and simple_stem("the") == "the"
    assert vader_valence()["disastrous"] < 0
    y = np.array([0, 1, 1, 0, 1])
    p = np.array([0.1, 0.9, 0.6, 0.7, 0.4])
    t = best_f1_threshold(y, p)
    assert t == pytest.approx(0.4)


def test_tagger_spans_do_not_start_or_end_with_function_words() -> None:
    import re

    import framing
    from framing.ml.features import is_function_token

    for rec in framing.read_sample():
        for s in framing.analyze(rec.text, scorers=["lexicon", "ml"]).spans:
            if s.category != "loaded_model":
                continue
            words = re.findall(r"\w+(?:['’]\w+)?", s.text.lower())
            assert words and not is_function_token(words[0]) and not is_function_token(words[-1]), s
    assert is_function_token("the") and is_function_token("'s") and is_function_token("—")
    assert not is_function_token("thug")
