"""One schema for every table: Span.COLUMNS, Analysis.to_row, declared score names, from_dict round trips."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing import Actor, Analysis, Analyzer, Label, Quote, ScareQuote, SentenceScore, Span
from framing.output import SPAN_COLUMNS, document_row, span_rows
from framing.schema import RESERVED_COLUMNS, SPAN_FIELDS, SPAN_TYPES
from tests.conftest import MINI_LEXICON

TEXTS = ["", "hello", 'The regime said the so-called reforms were devastating. "It is a lie," he claimed.',
         "Perhaps the senator clearly knows. Officials reportedly said the plan may fail."]

_text = st.text(max_size=12)
_int = st.integers(min_value=0, max_value=10_000)
_float = st.floats(allow_nan=False, allow_infinity=False, width=64)
_json = st.recursive(st.none() | st.booleans() | st.integers(-1000, 1000) | _float | _text,
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
                     max_leaves=6)
_spans = st.builds(Span, _int, _int, _text, _text, _text, _float, st.tuples(_text) | st.just(()), st.booleans(),
                   st.booleans(), _text, st.none() | _float)
_labels = st.builds(Label, _text, _text, _int, _int)
_actors = st.builds(Actor, _text, _text, st.lists(st.tuples(_int, _int), max_size=3).map(tuple),
                    st.lists(_labels, max_size=2).map(tuple), st.none() | _float)
_quotes = st.builds(Quote, _int, _int, _text, st.none() | _text, st.none() | _text, st.none() | _text)
_sentences = st.builds(SentenceScore, _int, _int, _float,
                       st.lists(st.tuples(_text, _float), max_size=3).map(tuple))
_analyses = st.builds(
    Analysis, id=_text, text=_text, n_words=_int, scores=st.dictionaries(_text, _float, max_size=4),
    spans=st.lists(_spans, max_size=3).map(tuple), meta=st.dictionaries(_text, _json, max_size=3),
    actors=st.lists(_actors, max_size=2).map(tuple), quotes=st.lists(_quotes, max_size=2).map(tuple),
    scare_quotes=st.lists(st.builds(ScareQuote, _int, _int, _text), max_size=2).map(tuple),
    frames=st.dictionaries(st.sampled_from(["economic", "morality", "other"]), _float, max_size=3),
    readability=st.dictionaries(_text, _float, max_size=2), sentiment=st.dictionaries(_text, _json, max_size=2),
    sentences=st.lists(_sentences, max_size=2).map(tuple), error=st.none() | _text,
    sentence_offsets=st.lists(st.tuples(_int, _int), max_size=3).map(tuple),
    extensions=st.dictionaries(_text, _json, max_size=2),
)


@settings(max_examples=150, deadline=None)
@given(_analyses, st.booleans())
def test_from_dict_round_trips_to_dict_exactly(a: Analysis, include_text: bool) -> None:
    d = a.to_dict(include_text=include_text)
    back = Analysis.from_dict(json.loads(json.dumps(d)))
    assert back.to_dict(include_text=include_text) == d
    if include_text:
        assert back == a


def test_from_dict_of_a_real_analysis_is_equal() -> None:
    a = framing.analyze(TEXTS[2], id="x", meta={"outlet": "A", "tags": ["a", "b"]})
    assert a.sentence_offsets and all(a.text[s:e].strip() for s, e in a.sentence_offsets)
    assert Analysis.from_dict(json.loads(json.dumps(a.to_dict(include_text=True)))) == a


def test_declared_score_names_are_what_the_scorers_write() -> None:
    configs: list[dict[str, Any]] = [{}, {"lexicons": [MINI_LEXICON], "builtin_lexicons": False},
                                     {"scorers": ["lexicon", "readability"]}, {"scorers": ["devices"]}]
    for kw in configs:
        an = Analyzer(**kw)
        for text in TEXTS:
            assert list(an.analyze(text).scores) == list(an.score_names), kw


def test_every_shipped_scorer_declares_its_score_names() -> None:
    an = Analyzer()
    for scorer in an.scorers:
        assert isinstance(scorer, framing.scorers.Scorer)
        assert len(scorer.score_names) > 0, scorer.name


def test_rows_follow_the_columns() -> None:
    a = framing.analyze(TEXTS[2], id="d", meta={"n_words": 3, "loaded_index": "x", "outlet": "A"})
    row = a.to_row()
    assert list(row)[:3] == ["id", "n_words", "language"] and row["language"] == "en"
    assert row["meta_n_words"] == 3 and row["meta_loaded_index"] == "x"
    assert list(row)[list(row).index("error") + 1 :] == list(a.scores)
    assert set(RESERVED_COLUMNS) <= set(row)
    assert document_row(a) == row  # scalar metadata: the writers' row is the same row
    for s in a.spans:
        r = s.to_row()
        assert tuple(r) == Span.COLUMNS == SPAN_FIELDS
    rows = list(span_rows(a, 7))
    assert rows and all(tuple(r) == SPAN_COLUMNS and r["doc_index"] == 7 for r in rows)
    assert set(SPAN_TYPES) == set(SPAN_COLUMNS)


def test_to_frame_has_the_same_dtypes_with_or_without_spans() -> None:
    with_spans = framing.analyze(TEXTS[2]).to_frame()
    without = framing.analyze("").to_frame()
    assert len(with_spans) > 0 and len(without) == 0
    assert with_spans.dtypes.to_dict() == without.dtypes.to_dict()
    assert str(with_spans.dtypes["probability"]) == "float64"


def test_analyze_accepts_lexicon_objects() -> None:
    lex = framing.load_lexicon(MINI_LEXICON)
    a = framing.analyze("The regime slammed it.", lexicons=[lex])
    assert a.scores["loaded_index"] > 0
    assert framing.analyze("The regime slammed it.", lexicons=[lex]) == a


def test_unknown_result_fields_go_to_extensions() -> None:
    class Shouting:
        name = "shouting"
        score_names = ("shouting_share",)

        def score(self, doc: framing.Document, result: Any) -> None:
            words = doc.tokens
            result.scores["shouting_share"] = sum(w.isupper() and len(w) > 1 for w in words) / max(1, len(words))
            result.fields["shouting"] = {"words": [w for w in words if w.isupper() and len(w) > 1]}

    an = Analyzer(scorers=["lexicon", Shouting()])
    a = an.analyze("STOP the NONSENSE now")
    assert a.scores["shouting_share"] == pytest.approx(0.5)
    assert a.extensions["shouting"] == {"words": ["STOP", "NONSENSE"]}
    assert Analysis.from_dict(a.to_dict()).extensions == a.extensions
    assert an.score_names[-1] == "shouting_share"


def test_a_scorer_object_without_the_protocol_is_refused() -> None:
    with pytest.raises(framing.InputError, match="score_names"):
        Analyzer(scorers=[object()])  # type: ignore[list-item]
