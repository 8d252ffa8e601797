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


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["the", "claims", "Critics", "claim", ",", ".", "vote", "rigged", "was", "2020",
                                 "far-right", "'s", "insisted", "that", "he", "Smith", "taunts", "xyzzy", '"']),
                max_size=25),
       st.data())
def test_lazy_tags_equal_the_whole_sequence_tags_in_any_reading_order(toks: list[str], data: st.DataObject) -> None:
    from framing.pos import LazyTags

    keep = sorted(data.draw(st.sets(st.integers(0, max(0, len(toks) - 1)), max_size=len(toks))) if toks else [])
    whole = pos_tags(toks)
    lazy = LazyTags(toks, keep)
    assert len(lazy) == len(keep)
    order = data.draw(st.permutations(range(len(keep))))
    for i in order:
        assert lazy[i] == whole[keep[i]]
    assert list(lazy) == [whole[k] for k in keep]
    assert lazy[:] == [whole[k] for k in keep]
    if keep:
        assert lazy[-1] == whole[keep[-1]]
    with pytest.raises(IndexError):
        lazy[len(keep)]


def test_lazy_tags_tag_only_up_to_the_token_read() -> None:
    from framing.pos import LazyTags

    toks = tokens("Critics claim the vote was rigged and insisted that the count was wrong")
    lazy = LazyTags(toks, range(len(toks)))
    assert lazy[1] == pos_tags(toks)[1]
    assert repr(lazy) == "LazyTags(2 of 13 tokens tagged)"
    assert lazy[1] == "VERB" and repr(lazy) == "LazyTags(2 of 13 tokens tagged)"  # read again: no more tagging


def test_lazy_tags_on_news_windows_equal_tag_spans() -> None:
    """The matcher's windows, tagged lazily and read in a scattered order, against whole-window tagging."""
    from framing.pos import _TAG_TOKEN_RE, _TREEBANK, LazyTags, tag_spans

    news = Path(__file__).resolve().parents[2] / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
    if not news.is_file():
        pytest.skip("the shared news sample is not next to the repository")
    with open(news, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(20), f, strict=False)]
    for text in texts:
        for a in range(0, max(1, len(text) - 120), 97):
            chunk = text[a : a + 120]
            toks = [m.span() for m in _TAG_TOKEN_RE.finditer(chunk)]
            keep = [i for i, (x, y) in enumerate(toks) if TOKEN_RE.fullmatch(chunk, x, y)]
            lazy = LazyTags([chunk[x:y].translate(_TREEBANK) for x, y in toks], keep)
            whole = [t for _, _, t in tag_spans(chunk)]
            for i in [*range(len(keep) // 2, len(keep)), *range(len(keep) // 2)]:
                assert lazy[i] == whole[i]


def test_tag_at_reads_a_window_tagged_once_per_document() -> None:
    from framing.document import Document
    from framing.pos import tag_at, tag_spans

    text = "Critics claim the vote was rigged. The mayor said the plan was dead."
    doc = Document(text)
    expected = {a: t for a, _b, t in tag_spans(text, 0, 34)}
    got = {a: tag_at(doc, a, b) for a, b, _t in tag_spans(text, 0, 34)}
    assert got == expected
    assert len(doc.tag_windows) == 1  # one sentence asked about: one window tagged, kept on the document
    assert Document(text).tag_windows == {}  # nothing shared with another document of the same text
