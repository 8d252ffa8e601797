"""Ambiguous terms in the shipped lexicons: the loaded use is flagged and the neutral use is not."""

from __future__ import annotations

import pytest

from framing import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorers=["lexicon"])


def loaded(analyzer: Analyzer, text: str) -> list[str]:
    return [s.text for s in analyzer.analyze(text).spans if s.weight > 0]


@pytest.mark.parametrize(
    ("loaded_use", "term", "neutral_use"),
    [
        ("The Syrian regime bombed the town.", "regime", "Patients on a dosing regime improved."),
        ("The Syrian regime bombed the town.", "regime", "The exchange-rate regime held."),
        ("The dictator spoke.", "dictator", "Players in the dictator game shared money."),
        ("Communist Cuba signed the deal.", "Communist", "The Chinese Communist Party met."),
        ("Aid to socialist Venezuela fell.", "socialist", "The Socialist Party won."),
        ("A puppet government took over.", "puppet government", "The puppet show was fun."),
        ("An angry mob gathered.", "angry mob", "A mob boss was arrested."),
        ("He slammed the plan.", "slammed", "He slammed the door."),
        ("The strongman ruled for years.", "strongman", "He won the strongman competition."),
        ("He admitted he lied.", "admitted", "He was admitted to hospital."),
        ("The would-be dictator lost.", "would-be dictator", "It would be nice."),
        ("The woke mob gathered.", "woke mob", "She woke up early."),
    ],
)
def test_context_rules_both_sides(analyzer: Analyzer, loaded_use: str, term: str, neutral_use: str) -> None:
    assert term in loaded(analyzer, loaded_use)
    assert not [t for t in loaded(analyzer, neutral_use) if t.lower() in term.lower() or term.lower() in t.lower()]


def test_case_rule_for_the_hedge_may(analyzer: Analyzer) -> None:
    hedges = lambda t: [s.text for s in analyzer.analyze(t).spans if s.category == "hedge"]  # noqa: E731
    assert hedges("It may rain.") == ["may"]
    assert hedges("Theresa May spoke on May 5.") == []


def test_titles_and_said_are_evidence_but_not_loaded(analyzer: Analyzer) -> None:
    a = analyzer.analyze("President Ortiz said the plan was fine.")
    cats = {s.text: (s.category, s.weight) for s in a.spans}
    assert cats["President"] == ("neutral_title", 0.0)
    assert cats["said"] == ("attribution_neutral", 0.0)
    assert a.scores["loaded_index"] == 0


def test_alternatives_are_offered(analyzer: Analyzer) -> None:
    (span,) = [s for s in analyzer.analyze("The regime fell.").spans if s.text == "regime"]
    assert "government" in span.alternatives
