"""The shipped part-of-speech tagger: offline, cached, NLTK-identical inference, accurate on UD EWT."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.pos import UPOS_TAGS, _load_model, pos_tagger_info, pos_tags
from framing.tokenize import TOKEN_RE

EWT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud-english-ewt"


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def test_reporting_verb_versus_noun() -> None:
    assert pos_tags(tokens("He claimed the vote was rigged."))[1] == "VERB"
    assert pos_tags(tokens("He rejected the claims for asylum."))[3] == "NOUN"
    assert pos_tags(tokens("He ignored the taunts from the crowd."))[3] == "NOUN"


def test_tags_are_upos_one_per_token_and_empty_is_empty() -> None:
    toks = tokens("Critics say the far-right party's plan isn't working, and 2020 was worse.")
    tags = pos_tags(toks)
    assert len(tags) == len(toks)
    assert set(tags) <= set(UPOS_TAGS)
    assert pos_tags([]) == []


def test_rejects_a_bare_string() -> None:
    with pytest.raises(TypeError, match="sequence of tokens"):
        pos_tags("a sentence")  # type: ignore[arg-type]


def test_model_is_cached_json_not_pickle_with_card_and_licence() -> None:
    assert _load_model() is _load_model()
    data = resources.files("framing.data")
    raw = gzip.decompress(data.joinpath("pos_perceptron_ewt.json.gz").read_bytes())
    assert json.loads(raw)["format"] == "framing-pos-perceptron/1"
    card = data.joinpath("pos_perceptron_ewt.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in card and "EWT" in card
    assert "Attribution-ShareAlike 4.0" in data.joinpath("ud_english_ewt_LICENSE.txt").read_text(encoding="utf-8")
    assert "UD English EWT" in str(pos_tagger_info()["data"])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet="abcXYZ-'19 .,", min_size=1, max_size=8), max_size=20))
def test_any_tokens_get_a_valid_tag(toks: list[str]) -> None:
    tags = pos_tags(toks)
    assert len(tags) == len(toks) and set(tags) <= set(UPOS_TAGS)


def test_same_tags_as_nltk_with_the_same_weights() -> None:
    from nltk.tag.perceptron import PerceptronTagger

    model = _load_model()
    nltk_tagger = PerceptronTagger(load=False)
    nltk_tagger.model.weights = model.weights
    nltk_tagger.model.classes = set(model.classes)
    nltk_tagger.classes = set(model.classes)
    nltk_tagger.tagdict = model.tagdict
    for text in ("Critics claim Riyadh is trying to flex its muscles.", "The lame-duck Congress met in 2018.",
                 "She wasn't accused of speeding; he was.", "Obviously, 42 people didn't come."):
        toks = tokens(text)
        assert pos_tags(toks) == [t for _, t in nltk_tagger.tag(toks)]


def _nltk_tagger():  # type: ignore[no-untyped-def]
    from nltk.tag.perceptron import PerceptronTagger

    model = _load_model()
    nltk_tagger = PerceptronTagger(load=False)
    nltk_tagger.model.weights = model.weights
    nltk_tagger.model.classes = set(model.classes)
    nltk_tagger.classes = set(model.classes)
    nltk_tagger.tagdict = model.tagdict
    return nltk_tagger


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["the", "claim", "claims", "Critics", "that", "vote", ",", ".", "'s", "state-run",
                                 "2018", "42", "said", "he", "x", "Zq", "-", "insist", "rigged", "not", "n't"]),
                max_size=25))
def test_matrix_scores_give_nltks_tags(toks: list[str]) -> None:
    # pos_tags sums weight rows with numpy (performance, issue 16); the tags must stay NLTK's, ties included
    assert pos_tags(toks) == [t for _, t in _nltk_tagger().tag(toks)]


@pytest.mark.skipif(not EWT.is_dir(), reason="UD EWT not available")
def test_same_tags_as_nltk_on_ewt_dev_sentences() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from train_pos import read_conllu

    nltk_tagger = _nltk_tagger()
    for s in read_conllu(EWT / "en_ewt-ud-dev.conllu")[:300]:
        toks = [w for w, _ in s]
        assert pos_tags(toks) == [t for _, t in nltk_tagger.tag(toks)]


@pytest.mark.skipif(not EWT.is_dir(), reason="UD EWT not available")
def test_accuracy_on_ewt_dev_sample() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from train_pos import read_conllu

    sents = read_conllu(EWT / "en_ewt-ud-dev.conllu")[:400]
    ok = n = 0
    for s in sents:
        pred = pos_tags([w for w, _ in s])
        ok += sum(p == g for p, (_, g) in zip(pred, s, strict=True))
        n += len(s)
    assert ok / n > 0.92


def test_tag_spans_tags_with_punctuation_and_returns_word_offsets() -> None:
    from framing.pos import tag_spans

    text = "Intro. Planned Parenthood will go on, claiming abortion is “essential” care."
    spans = tag_spans(text, 7)
    words = [text[a:b] for a, b, _ in spans]
    assert words == TOKEN_RE.findall(text, 7)
    tags = {text[a:b]: t for a, b, t in spans}
    assert tags["claiming"] == "VERB"  # the comma before it is context, as in the treebank
    assert tag_spans("") == []
    ((a, b, _),) = tag_spans(text, 0, 6)
    assert text[a:b] == "Intro"
    assert all(text[a:b] == w for (a, b, _), w in zip(spans, words, strict=True))
