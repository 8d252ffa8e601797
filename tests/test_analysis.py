from __future__ import annotations

import dataclasses
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing import Analysis, Analyzer, InputError, Span
from tests.conftest import MINI_LEXICON

CONTRACT_SPAN_KEYS = {"start", "end", "text", "category", "lexicon", "weight", "alternatives", "in_quote", "negated"}


def test_output_contract(mini_analyzer: Analyzer) -> None:
    text = 'The regime slammed the so-called reforms. “The regime is finished,” said President Ortiz.'
    a = mini_analyzer.analyze(text, id="doc-1", meta={"outlet": "X"})
    d = a.to_dict()
    assert d["id"] == "doc-1" and isinstance(d["id"], str)
    assert d["n_words"] == 14 and isinstance(d["n_words"], int)
    assert d["meta"] == {"outlet": "X"}
    assert all(isinstance(v, float) for v in d["scores"].values())
    for s in d["spans"]:
        assert CONTRACT_SPAN_KEYS <= set(s)
        assert text[s["start"] : s["end"]] == s["text"]
        assert isinstance(s["alternatives"], list)
    json.dumps(d, allow_nan=False)
    in_quote = [s["text"] for s in d["spans"] if s["in_quote"]]
    assert in_quote == ["regime"]


def test_scores_arithmetic(mini_analyzer: Analyzer) -> None:
    # 10 words; loaded in own voice: regime 0.5 + slammed 0.75; in quote: regime 0.5; negated dictator not counted
    a = mini_analyzer.analyze('The regime slammed it. He is not a dictator. “Regime!”')
    assert a.n_words == 10
    assert a.scores["loaded_index"] == pytest.approx((0.5 + 0.75) * 100)
    assert a.scores["loaded_index_quoted"] == pytest.approx(0.5 * 100)
    assert a.scores["loaded_count"] == 2 and a.scores["loaded_count_quoted"] == 1
    assert a.scores["negated_count"] == 1
    assert a.scores["pejorative_label_count"] == 3
    assert a.scores["pejorative_label_per_1k"] == pytest.approx(300)
    assert a.scores["coverage"] == pytest.approx(0.4)


def test_empty_text_gives_zero_scores(mini_analyzer: Analyzer) -> None:
    a = mini_analyzer.analyze("")
    assert a.n_words == 0 and a.spans == ()
    assert all(v == 0 for v in a.scores.values())
    assert set(a.scores) == set(mini_analyzer.analyze("regime").scores)


def test_analysis_is_immutable(mini_analyzer: Analyzer) -> None:
    a = mini_analyzer.analyze("The regime fell.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.id = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        a.scores["loaded_index"] = 3  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.spans[0].start = 2  # type: ignore[misc]


def test_to_frame_and_repr_html(mini_analyzer: Analyzer) -> None:
    a = mini_analyzer.analyze("The regime <b>slammed</b> it.", id="x")
    df = a.to_frame()
    assert list(df["text"]) == ["regime", "slammed"]
    assert set(df["id"]) == {"x"}
    html = a._repr_html_()
    assert "<b>slammed" not in html and "&lt;b&gt;" in html
    assert html.count("<mark") == 2


def test_rejects_non_text(mini_analyzer: Analyzer) -> None:
    with pytest.raises(InputError, match="expects the text as str, got bytes"):
        mini_analyzer.analyze(b"regime")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="takes one text"):
        framing.analyze(["a", "b"])  # type: ignore[arg-type]


def test_unknown_scorer_is_named() -> None:
    with pytest.raises(InputError, match="got nonsense"):
        Analyzer(scorers=["lexicon", "nonsense"])


def test_span_dataclass() -> None:
    s = Span(0, 6, "regime", "pejorative_label", "x", 0.5)
    assert s.loaded and s.to_dict()["alternatives"] == []
    assert "probability" not in s.to_dict()


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_valid_offsets_and_finite_scores(text: str) -> None:
    a = Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False).analyze(text)
    for s in a.spans:
        assert text[s.start : s.end] == s.text
    if a.language == "en":
        assert all(math.isfinite(v) for v in a.scores.values())
    else:  # issue 15: a text detected as another language gets null (NaN) scores and no evidence, not numbers
        assert a.scores and all(math.isnan(v) for v in a.scores.values()) and a.spans == ()
    assert isinstance(a, Analysis)


def test_scorer_families_run_in_dependency_order() -> None:
    a = Analyzer(scorers=["readability", "sentiment", "lexicon"], lexicons=[MINI_LEXICON],
                 builtin_lexicons=False)
    assert a.scorer_names == ("lexicon", "sentiment", "readability")
