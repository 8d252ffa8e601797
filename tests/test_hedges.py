"""Hedges, boosters, factive and assertive verbs: spans from the lexicons, own-voice rates from the scorer."""

from __future__ import annotations

import pytest

from framing import Analyzer
from framing.lexicon import load_lexicon, validate_path

from .conftest import DATA, ROOT

LABELS = DATA / "devices" / "labels.tsv"
LEX = ROOT / "lexicons"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorers=["lexicon", "devices"],
                    lexicons=[LABELS, LEX / "boosters.tsv", LEX / "factives_assertives.tsv"], builtin_lexicons=False)


def _cats(a, cat: str) -> list[str]:
    return [s.text for s in a.spans if s.category == cat]


def test_hedge_inside_a_quote_is_the_speakers(analyzer: Analyzer) -> None:
    text = 'The plan could fail. "We might still win," the minister said.'
    a = analyzer.analyze(text)
    hedges = [s for s in a.spans if s.category == "hedge"]
    assert [(s.text, s.in_quote) for s in hedges] == [("could", False), ("might", True)]
    n = a.n_words
    assert a.scores["hedge_per_1k"] == pytest.approx(2 * 1000 / n)
    assert a.scores["hedge_per_1k_own"] == pytest.approx(1000 / n)
    assert a.scores["hedge_count_quoted"] == 1
    assert a.scores["hedged_sentence_share"] == pytest.approx(0.5)


def test_boosters_and_certainty_balance(analyzer: Analyzer) -> None:
    a = analyzer.analyze("The reform clearly failed. In fact, it was undoubtedly the worst. It may recover.")
    assert _cats(a, "booster") == ["clearly", "In fact", "undoubtedly"]
    assert a.scores["certainty_balance"] == pytest.approx((3 - 1) / 4)
    assert a.scores["booster_per_1k"] > 0


def test_factive_and_assertive_verbs(analyzer: Analyzer) -> None:
    a = analyzer.analyze("Officials revealed the cost. Critics believe it is high and argued against it. "
                         "She made a note of it.")
    assert _cats(a, "factive") == ["revealed"]
    assert _cats(a, "assertive") == ["believe", "argued"]  # "a note" is a noun, excluded by context
    assert all(s.weight == 0 for s in a.spans if s.category in ("factive", "assertive", "booster"))


def test_negative_cases(analyzer: Analyzer) -> None:
    a = analyzer.analyze("May is a month. The stone sank. They walked home.")
    assert _cats(a, "hedge") == [] and _cats(a, "booster") == [] and _cats(a, "factive") == []
    assert a.scores["certainty_balance"] == 0.0
    assert a.scores["hedged_sentence_share"] == 0.0


def test_rates_present_without_the_lexicons() -> None:
    an = Analyzer(scorers=["lexicon", "devices"], lexicons=[LABELS], builtin_lexicons=False)
    a = an.analyze("Nothing here.")
    for cat in ("hedge", "booster", "factive", "assertive"):
        assert a.scores[f"{cat}_per_1k"] == 0.0 and a.scores[f"{cat}_per_1k_own"] == 0.0


def test_empty_text(analyzer: Analyzer) -> None:
    a = analyzer.analyze("")
    assert a.scores["hedge_per_1k_own"] == 0.0 and a.actors == () and a.quotes == ()


@pytest.mark.parametrize("name", ["boosters", "factives_assertives"])
def test_lexicons_validate(name: str) -> None:
    _lexicons, errors = validate_path(LEX / f"{name}.tsv")
    assert errors == []
    lex = load_lexicon(LEX / f"{name}.tsv")
    assert all(e.weight == 0 for e in lex.entries)
    assert len(lex.entries) >= 60
