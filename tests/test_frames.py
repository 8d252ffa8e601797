"""Policy frames from cue lexicons: shares, evidence spans, the dominant frame."""

from __future__ import annotations

from collections import Counter

import pytest

from framing import Analyzer
from framing.lexicon import load_lexicon
from framing.scorers.frames import FRAMES, dominant_frame, frame_scores

from .conftest import ROOT

FRAMES_TSV = ROOT / "lexicons" / "policy_frames.tsv"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorers=["lexicon", "devices"], lexicons=[FRAMES_TSV], builtin_lexicons=False)


def test_lexicon_has_every_frame_with_25_cues() -> None:
    lex = load_lexicon(FRAMES_TSV)
    counts = Counter(e.category for e in lex.entries)
    assert set(counts) == {f"frame_{f}" for f in FRAMES if f != "other"}
    assert min(counts.values()) >= 25
    assert all(e.weight == 0 for e in lex.entries)


def test_economic_article(analyzer: Analyzer) -> None:
    text = ("The tax cut will add to the deficit, economists warned, as inflation and unemployment rose and "
            "the budget shortfall hit taxpayers.")
    a = analyzer.analyze(text)
    assert dominant_frame(a.frames) == "economic"
    assert a.scores["frame_economic"] == a.frames["economic"] > 0.5
    assert sum(a.frames.values()) == pytest.approx(1.0)
    cues = [s for s in a.spans if s.category == "frame_economic"]
    assert {s.text for s in cues} >= {"tax", "deficit", "inflation", "unemployment", "taxpayers"}
    assert all(a.text[s.start : s.end] == s.text and s.weight == 0 for s in cues)


def test_security_and_crime_frames(analyzer: Analyzer) -> None:
    a = analyzer.analyze("Troops and missiles massed at the border as the military warned of a terrorist attack.")
    assert dominant_frame(a.frames) == "security_defense"
    b = analyzer.analyze("Police arrested the gang; prosecutors say the murder suspect faces prison.")
    assert dominant_frame(b.frames) == "crime_punishment"


def test_context_rules_keep_neutral_senses_out(analyzer: Analyzer) -> None:
    a = analyzer.analyze("He relies on social security and a heart attack scare.")
    assert not [s for s in a.spans if s.category == "frame_security_defense"]


def test_no_cue_is_other(analyzer: Analyzer) -> None:
    a = analyzer.analyze("The cat sat on the mat.")
    assert a.frames["other"] == 1.0 and dominant_frame(a.frames) == "other"
    assert a.scores["frame_dominant_share"] == 1.0


def test_frame_scores_and_ties() -> None:
    assert frame_scores([]) == {f: (1.0 if f == "other" else 0.0) for f in FRAMES}
    assert dominant_frame({"morality": 0.5, "economic": 0.5}) == "economic"  # codebook order breaks ties
    assert dominant_frame({}) is None


def test_dominant_frame_in_the_output() -> None:
    import framing
    from framing.scorers.frames import dominant_frame

    for text in ("The tax cuts will cost the economy billions.", "Police arrested the suspect for murder.",
                 "Nothing here.", ""):
        a = framing.analyze(text, scorers=["lexicon", "devices"])
        assert a.dominant_frame == dominant_frame(a.frames) == a.to_dict()["dominant_frame"]
    assert framing.analyze("The tax cuts will cost the economy billions.").dominant_frame == "economic"
    assert framing.analyze("", scorers=["lexicon", "devices"]).dominant_frame is None
