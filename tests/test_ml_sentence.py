"""The evidence sentence model: look-up inference equal to the fitted logistic regression, length control."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from framing.document import Document
from framing.exceptions import InputError
from framing.lexicon import load_lexicon
from framing.matcher import Matcher
from framing.ml.sentence import DENSE_FEATURES, SentenceModel, doc_evidence, doc_features, sentence_evidence
from framing.ml.tokenview import WordInfo, token_view
from tests.ml_data import MINI_LEXICON, TINY_TABLE, tiny_v2_model

pytest.importorskip("pycrfsuite")

TEXT = ('The regime slammed the disastrous plan as a radical scheme. "It is shameless," the mayor said.\n\n'
        "The council published a report on the water supply. What does the mayor think?")


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return tiny_v2_model()


def _doc_parts(model, text: str):  # type: ignore[no-untyped-def]
    d = Document(text)
    view = token_view(d)
    lex = Matcher([load_lexicon(MINI_LEXICON)]).find(d)
    proba = model.tagger.token_proba(d, lex, view=view)
    bounds = [*np.searchsorted(view.starts, [a for a, _ in d.sentences]).tolist(), len(view.words)]
    ranges = [range(a, b) for a, b in itertools.pairwise(bounds)]
    by = [[s for s in lex if d.sentence_index(s.start) == i] for i in range(len(ranges))]
    return d, view, lex, proba, ranges, by


def test_lookup_inference_equals_the_fitted_logistic_regression(model) -> None:  # type: ignore[no-untyped-def]
    sen = model.classifier
    d, view, _lex, proba, ranges, by = _doc_parts(model, TEXT)
    info = WordInfo(TINY_TABLE)
    E = doc_evidence(d, view, info, ranges, by, proba, 0.6)
    sk = sen._lr.decision_function(sen._matrix(E))  # the fitted sklearn object on the training-time matrix
    assert np.allclose(sen.decision_function(E), sk, atol=1e-10)
    F, _ = doc_features(d, view, info, ranges, by, proba, 0.6)
    assert np.allclose(sen.decision_doc(F, view.tokens, ranges), sk, atol=1e-10)
    assert np.allclose(sen.predict_proba(E)[:, 1], sen._lr.predict_proba(sen._matrix(E))[:, 1], atol=1e-12)


def test_training_view_equals_document_view(model) -> None:  # type: ignore[no-untyped-def]
    d, view, _lex, proba, ranges, by = _doc_parts(model, TEXT)
    info = WordInfo(TINY_TABLE)
    E = doc_evidence(d, view, info, ranges, by, proba, 0.6)
    for (a, b), e in zip(d.sentences, E, strict=True):
        one = Document(TEXT[a:b])
        lex1 = Matcher([load_lexicon(MINI_LEXICON)]).find(one)
        single = sentence_evidence(one, range(len(one.token_spans)), lex1,
                                   model.tagger.token_proba(one, lex1), 0.6, info)
        assert single.words == e.words
        # the tagger sees the same sentence in both, the quote mask may differ at a quotation's edge
        same = [k for k, n in enumerate(DENSE_FEATURES) if n != "quoted_share"]
        assert np.allclose(single.dense[same], e.dense[same], atol=1e-9)


def test_features_are_length_controlled(model) -> None:  # type: ignore[no-untyped-def]
    sen = model.classifier
    info = WordInfo(TINY_TABLE)
    short = sentence_evidence(Document("What does the mayor think?"), range(5), [], None, 0.6, info)
    assert short.dense[DENSE_FEATURES.index("question")] == 1.0
    contrib = sen.contributions(short)
    words = {k: v for k, v in contrib.items() if not k.startswith("feature:")}
    # each word counts 1/sqrt(words): a short sentence is not pushed by a word's full weight
    for w, v in words.items():
        assert v == pytest.approx(sen.word_coef_[sen.vocabulary_[w]] / np.sqrt(5))
    assert short.words == ["does", "the", "mayor", "think"]  # capitalised tokens are not word features


def test_fit_rejects_other_inputs() -> None:
    with pytest.raises(InputError, match="SentenceEvidence"):
        SentenceModel().fit(["a sentence"], [1])  # type: ignore[list-item]


def test_excluded_dense_features_get_weight_zero() -> None:
    from tests.ml_data import tiny_v2_model

    left_out = ("quoted_share", "tag_sum", "list_npov", "list_ws")
    sen = tiny_v2_model(exclude=left_out).classifier
    coef = dict(zip(DENSE_FEATURES, sen.dense_coef_.tolist(), strict=True))
    assert all(coef[n] == 0.0 for n in (*left_out, "log_words", "question"))  # form features stay out by default
    assert coef["lex_loaded_own"] != 0.0 and coef["tag_max"] != 0.0  # the features kept are used
    kept = tiny_v2_model().classifier
    assert dict(zip(DENSE_FEATURES, kept.dense_coef_.tolist(), strict=True))["tag_sum"] != 0.0


def test_exclude_names_are_checked() -> None:
    from tests.ml_data import tiny_sentences

    texts, labels, _ = tiny_sentences()
    info = WordInfo(TINY_TABLE)
    ev = [sentence_evidence(Document(t), range(len(Document(t).token_spans)), [], None, 0.6, info) for t in texts]
    with pytest.raises(InputError, match="got \\['tag_total'\\]"):
        SentenceModel(exclude=("tag_total",)).fit(ev, labels)
    with pytest.raises(InputError, match="list of feature names, got the string 'tag_sum'"):
        SentenceModel(exclude="tag_sum").fit(ev, labels)


def test_cross_data_set_directions_never_test_on_a_training_sentence() -> None:
    from framing.ml.recipe import train_test_indices

    big, small = ["a", "b", "c", "d"], ["c", "e"]
    # the shared sentence leaves the larger set, on whichever side of the direction it is
    assert train_test_indices(big, small) == ([0, 1, 3], [0, 1])
    assert train_test_indices(small, big) == ([0, 1], [0, 1, 3])
    assert train_test_indices(["a"], ["b"]) == ([0], [0])
