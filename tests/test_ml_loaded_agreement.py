"""One definition of "loaded": loaded_index, the report's "Loaded terms" card, the highlights and the evidence
CSV count the same spans (weight > 0), model spans included; weight-0 candidates are never drawn as loaded."""

from __future__ import annotations

import pytest

from framing import Analyzer
from framing.analysis import Analysis
from framing.ml.crf import CANDIDATE_CATEGORY, LOADED_CATEGORY
from framing.ml.scorer import MLScorer
from framing.output import span_rows
from framing.reporting.article import article_data, highlight_segments
from framing.reporting.style import Palette
from tests.ml_data import MINI_LEXICON, tiny_v2_model

pytest.importorskip("pycrfsuite")

TEXT = ('The senator blasted the so-called reform in a furious rant. "The regime is shameless and radical," '
        "the mayor said, calling it not a dictator but a disastrous plan. The council published a report on the "
        "water supply. The union railed against the dangerous far-right mob.")


def _check(a: Analysis) -> None:
    loaded = [s for s in a.spans if s.weight > 0]
    own = [s for s in loaded if not s.in_quote and not s.negated]
    quoted = [s for s in loaded if s.in_quote and not s.negated]
    per_k = 1000.0 / a.n_words
    assert a.scores["loaded_index"] == pytest.approx(sum(s.weight for s in own) * per_k)
    assert a.scores["loaded_count"] == len(own)
    assert a.scores["loaded_index_quoted"] == pytest.approx(sum(s.weight for s in quoted) * per_k)
    assert a.scores["loaded_count_quoted"] == len(quoted)
    card = {h["label"]: h["value"] for h in article_data(a)["headline"]}
    assert card["Loaded terms"] == str(len(own))
    assert card["Loaded-language index"] == f"{a.scores['loaded_index']:.1f}"
    _, evidence, neutral = highlight_segments(a, Palette(), limit=None)
    assert sorted(e["text"] for e in evidence) == sorted(s.text for s in loaded)
    rows = list(span_rows(a, 0))
    assert sorted((r["start"], r["end"], r["category"]) for r in rows if r["weight"] > 0) == \
        sorted((s.start, s.end, s.category) for s in loaded)
    # candidates: weight 0, listed with the evidence that is not loaded, never highlighted as loaded
    cands = [s for s in a.spans if s.category == CANDIDATE_CATEGORY]
    assert all(s.weight == 0 for s in cands)
    assert not [e for e in evidence if e["category"] == CANDIDATE_CATEGORY]
    if cands:
        assert CANDIDATE_CATEGORY in dict(neutral)


@pytest.fixture(scope="module")
def tiny_model():  # type: ignore[no-untyped-def]
    m = tiny_v2_model()
    m.tagger.threshold_, m.tagger.loaded_threshold_ = 0.01, 0.95
    return m


@pytest.mark.parametrize("candidates", [False, True])
def test_index_card_highlights_and_csv_agree(tiny_model, candidates: bool) -> None:  # type: ignore[no-untyped-def]
    an = Analyzer(scorers=["lexicon"], lexicons=[MINI_LEXICON], builtin_lexicons=False)
    an.scorers.append(MLScorer(tiny_model, candidates=candidates, lexicons=an.lexicons))
    a = an.analyze(TEXT)
    model_loaded = [s for s in a.spans if s.category == LOADED_CATEGORY]
    assert model_loaded and all(s.weight > 0 for s in model_loaded)
    assert any(s.category == CANDIDATE_CATEGORY for s in a.spans) == candidates
    plain = Analyzer(scorers=["lexicon"], lexicons=[MINI_LEXICON], builtin_lexicons=False).analyze(TEXT)
    own_model = [s for s in model_loaded if not s.in_quote]
    assert a.scores["loaded_count"] == plain.scores["loaded_count"] + len(own_model)
    _check(a)


def test_default_analysis_agrees() -> None:
    from framing.ml.crf import CRFTagger
    from framing.ml.persist import default_model

    if not isinstance(default_model().tagger, CRFTagger):
        pytest.skip("the default model has no CRF tagger")
    for candidates in (False, True):
        _check(Analyzer(candidates=candidates).analyze(TEXT))
