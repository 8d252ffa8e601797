"""The CRF tagger: exact marginals (equal to crfsuite's), spans, the loaded threshold and candidates."""

from __future__ import annotations

import inspect
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.analysis import Span
from framing.document import Document
from framing.exceptions import InputError
from framing.ml.crf import CANDIDATE_CATEGORY, LOADED_CATEGORY, CRFTagger
from framing.ml.crf_features import (
    MAX_LEN,
    doc_sequences,
    lexicon_tags,
    sequence_attributes,
    type_attributes,
    word_tags,
)
from framing.ml.tokenview import token_view
from tests.ml_data import MINI_LEXICON, tiny_span_docs

pycrfsuite = pytest.importorskip("pycrfsuite")

TABLE = {"the": "z7", "plan": "z5", "slammed": "z3 neg", "~slamm": "neg", "~disastr": "neg ss", "radical": "ss"}


QUOTED = 'The mayor said "the plan is a disaster" and called the regime\'s so-called "reform" a sham.'


def _training() -> tuple[list[str], list[list[tuple[int, int]]], list[list[Span]]]:
    from framing.lexicon import load_lexicon
    from framing.matcher import Matcher

    docs, spans = tiny_span_docs()
    docs, spans = [*docs, QUOTED], [*spans, [(QUOTED.index("disaster"), QUOTED.index("disaster") + 8),
                                             (QUOTED.index("sham"), QUOTED.index("sham") + 4)]]
    matcher = Matcher([load_lexicon(MINI_LEXICON)])
    return docs, spans, [matcher.find(Document(d)) for d in docs]


@pytest.fixture(scope="module")
def tagger() -> CRFTagger:
    docs, spans, lex = _training()
    return CRFTagger(c1=0.0, max_iterations=60, name="tiny-crf").fit(docs, spans, lexicon_spans=lex, word_table=TABLE)


def test_context_attributes_are_learned(tagger: CRFTagger) -> None:
    attrs = set(tagger.attributes_)
    assert {"q", "oq", "bos", "eos"} <= attrs
    assert any(a.startswith("lx=") for a in attrs) and any(a.startswith("lx-1=") for a in attrs)


def _reference(tagger: CRFTagger, tmp: Path) -> object:
    """The same CRF trained by crfsuite and kept as a crfsuite model file."""
    docs, spans, lex = _training()
    tr = pycrfsuite.Trainer(verbose=False)
    for xs, lab in tagger.training_sequences([Document(d) for d in docs], spans, lex):
        tr.append(xs, lab)
    tr.set_params({"c1": tagger.c1, "c2": tagger.c2, "max_iterations": tagger.max_iterations,
                   "feature.minfreq": float(tagger.min_freq), "feature.possible_transitions": True})
    tr.train(str(tmp / "ref.crfsuite"))
    tg = pycrfsuite.Tagger()
    tg.open(str(tmp / "ref.crfsuite"))
    return tg


def test_marginals_equal_crfsuite(tagger: CRFTagger, tmp_path: Path) -> None:
    tg = _reference(tagger, tmp_path)
    text = (tiny_span_docs()[0][0] + ' An unseen "sentence" about floods, with hyphen-words and 42 numbers? No. '
            "'Quoted' words. " + QUOTED + " " + " ".join(["slammed plan"] * (MAX_LEN // 2 + 3)) + ". A b.")
    d = Document(text)
    i = text.index("floods")
    lex = [Span(start=i, end=i + 6, text="floods", category="emotive", lexicon="x", weight=0.5),
           Span(start=0, end=3, text=text[:3], category="neutral_title", lexicon="x", weight=0.0)]
    tags = lexicon_tags(d, lex)
    proba = tagger.token_proba(d, lex)
    S_doc = tagger.doc_state_scores(d, token_view(d), tags)
    seqs = doc_sequences(d)
    assert any(len(q) == MAX_LEN for q in seqs) and any(len(q) <= 2 for q in seqs)
    for seq in seqs:
        xs = sequence_attributes(d, seq, tags, window=tagger.window, table=TABLE)
        tg.set(xs)  # type: ignore[attr-defined]
        ref = np.array([tg.marginal("L", t) for t in range(len(seq))])  # type: ignore[attr-defined]
        assert np.allclose(ref, tagger.marginals(tagger.state_scores(d, seq, tags)), atol=1e-6)
        assert np.allclose(ref, proba[seq], atol=1e-6)
        # the document-wide cached sums equal the per-sequence attribute sums
        assert np.allclose(S_doc[seq], tagger.state_scores(d, seq, tags), atol=1e-9)


def test_spans_are_valid_and_loaded_above_the_loaded_threshold(tagger: CRFTagger) -> None:
    d = Document(tiny_span_docs()[0][0])
    spans = tagger.predict_spans(d)
    assert spans
    for s in spans:
        assert d.text[s.start:s.end] == s.text and s.lexicon == "tiny-crf"
        assert s.category == LOADED_CATEGORY and s.weight == round(s.probability or 0, 3) > 0
        assert (s.probability or 0) >= tagger.loaded_threshold_ - 5e-5


def test_candidates_only_when_asked_and_never_loaded(tagger: CRFTagger) -> None:
    d = Document(" ".join(tiny_span_docs()[0]))
    old = tagger.threshold_, tagger.loaded_threshold_
    try:
        tagger.threshold_, tagger.loaded_threshold_ = 0.2, 0.995
        plain = tagger.predict_spans(d)
        both = tagger.predict_spans(d, candidates=True)
        assert all(s.category == LOADED_CATEGORY and s.weight > 0 for s in plain)
        cands = [s for s in both if s.category == CANDIDATE_CATEGORY]
        assert cands and all(s.weight == 0 and 0.2 - 5e-5 <= (s.probability or 0) < 0.995 for s in cands)
        assert [s for s in both if s.category == LOADED_CATEGORY] == plain
    finally:
        tagger.threshold_, tagger.loaded_threshold_ = old


def test_covered_tokens_are_skipped(tagger: CRFTagger) -> None:
    text = "The senator blasted the so-called reform in a furious rant."
    d = Document(text)
    i = text.index("furious")
    lex = [Span(start=i, end=i + 7, text="furious", category="emotive", lexicon="x", weight=0.5)]
    found = {s.text for s in tagger.predict_spans(d, lex)}
    assert "furious" not in found and not any("furious" in t for t in found)


def test_empty_and_long_sentences(tagger: CRFTagger) -> None:
    assert tagger.predict_spans(Document("")) == []
    long = " ".join(["word"] * (3 * MAX_LEN + 5)) + "."
    d = Document(long)
    assert all(len(s) <= MAX_LEN for s in doc_sequences(d))
    assert len(tagger.token_proba(d)) == len(d.token_spans)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from([*list("ab \"'-.,?\n’“”"), "slammed ", "plan "]), max_size=80).map("".join))
def test_marginals_are_probabilities_and_spans_match_text(tagger: CRFTagger, text: str) -> None:
    d = Document(text)
    p = tagger.token_proba(d)
    assert p.shape == (len(d.token_spans),) and np.all((p >= 0) & (p <= 1))
    for s in tagger.predict_spans(d, candidates=True):
        assert text[s.start:s.end] == s.text


def test_word_tags_rarity_and_lists() -> None:
    assert word_tags("the", TABLE) == ["z7"]
    assert word_tags("zyzzyva", TABLE) == ["rare"]
    assert word_tags("slamming", {"~slamm": "neg"}) == ["rare", "neg"]
    assert word_tags("slammed", TABLE) == ["z3", "neg"]


def test_lexicon_tags_mark_loaded_and_zero_weight_spans() -> None:
    d = Document("They said the regime lied.")
    spans = [Span(start=5, end=9, text="said", category="attribution_neutral", lexicon="x", weight=0.0),
             Span(start=14, end=20, text="regime", category="pejorative_label", lexicon="x", weight=0.5)]
    tags = lexicon_tags(d, spans)
    assert tags == {1: ["attribution_neutral:0"], 3: ["pejorative_label"]}


_SPAN_TEXT = QUOTED + " They slammed the regime; the so-called far-right dictator said it. A b."


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_SPAN_TEXT) - 1), st.integers(1, 25),
                          st.sampled_from(["pejorative_label", "attribution_neutral", "delegitimiser", "emotive"]),
                          st.sampled_from([0.0, 0.5])), max_size=30))
def test_lexicon_spans_give_the_same_state_scores_as_their_tags(tagger: CRFTagger,
                                                                 raw: list[tuple[int, int, str, float]]) -> None:
    # overlapping, repeated, multi-token and mid-token spans, weight 0 and loaded: the whole-document look-up
    # adds the same rows in the same order as the per-token tags, so the scores are equal to the last bit
    d = Document(_SPAN_TEXT)
    n = len(_SPAN_TEXT)
    spans = [Span(start=a, end=min(a + k, n), text=_SPAN_TEXT[a:min(a + k, n)], category=c, lexicon="x", weight=w)
             for a, k, c, w in raw]
    view = token_view(d)
    by_tags = tagger.doc_state_scores(d, view, lexicon_tags(d, spans))
    by_spans = tagger.doc_state_scores(d, view, {}, lexicon_spans=spans)
    assert by_tags.tobytes() == by_spans.tobytes()


def test_init_is_keyword_only_and_fit_checks_input() -> None:
    sig = inspect.signature(CRFTagger.__init__)
    assert all(p.kind == p.KEYWORD_ONLY for n, p in sig.parameters.items() if n != "self")
    with pytest.raises(InputError):
        CRFTagger().fit("a text", [[(0, 1)]], word_table={})
    with pytest.raises(InputError, match="word_table"):
        CRFTagger().fit(["a b"], [[(0, 1)]])
    with pytest.raises(InputError, match="some but not all"):
        CRFTagger(use_word_table=False).fit(["a b"], [[]])


def _row_one_attribute_at_a_time(tagger: CRFTagger, tok: str) -> np.ndarray:
    """The reference for :meth:`CRFTagger.token_rows`: one token's row the way it was computed before the bulk
    path (``row += val * W[i]`` an attribute at a time, then the neighbour rows)."""
    row = np.zeros((1 + 2 * tagger.window, 2))
    for a, val in dict(type_attributes(tok, tagger._table())).items():
        i = tagger._index.get(a)
        if i is not None:
            row[0] += val * tagger.state_weights_[i]
    row[1:] = tagger._neighbour_rows(tok.lower().replace("’", "'"))
    return row


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "plan", "slammed", "Slamming", "radical", "state-run", "don’t", "'s",
                                 "2020", "x", "disastrous", "regime", "so-called", "SHAM", "<s>", ""]), max_size=30))
def test_token_rows_in_bulk_equal_the_rows_one_attribute_at_a_time(tagger: CRFTagger, toks: list[str]) -> None:
    bulk = tagger.token_rows(toks)
    assert bulk.shape == (len(toks), 1 + 2 * tagger.window, 2)
    for t, row in zip(toks, bulk, strict=True):
        assert row.tobytes() == _row_one_attribute_at_a_time(tagger, t).tobytes()  # the same floats, not merely close
        assert tagger.token_row(t).tobytes() == row.tobytes()


def test_token_rows_of_the_shipped_model_on_news_tokens() -> None:
    """The shipped model's rows for the word forms of 20 AllSides articles: bulk == one attribute at a time."""
    import json

    from framing import Analyzer
    from framing.ml.scorer import MLScorer

    news = Path(__file__).resolve().parents[2] / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
    if not news.is_file():
        pytest.skip("the shared news sample is not next to the repository")
    with open(news, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(20), f, strict=False)]
    scorers = [s for s in Analyzer().scorers if isinstance(s, MLScorer)]
    if not scorers or not isinstance(scorers[0].model.tagger, CRFTagger):
        pytest.skip("no shipped CRF tagger")
    shipped = scorers[0].model.tagger
    toks = list(dict.fromkeys(t for text in texts for t in Document(text).tokens))
    bulk = shipped.token_rows(toks)
    assert bulk.tobytes() == np.stack([_row_one_attribute_at_a_time(shipped, t) for t in toks]).tobytes()
