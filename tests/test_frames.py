"""Policy frames from cue lexicons: shares, evidence spans, the dominant frame."""

from __future__ import annotations

from collections import Counter

import pytest

from framing import Analyzer
from framing.lexicon import load_lexicon
from framing.scorers.frames import FRAMES, MIN_EVIDENCE, dominant_frame, frame_scores, text_zones

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


def test_no_cue_is_other_and_no_dominant_frame(analyzer: Analyzer) -> None:
    # issue 15: no evidence means no dominant frame (it used to be "other")
    a = analyzer.analyze("The cat sat on the mat.")
    assert a.frames["other"] == 1.0 and dominant_frame(a.frames) is None and a.dominant_frame is None
    assert a.scores["frame_dominant_share"] == 0.0 and a.scores["frame_evidence_count"] == 0.0


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


def test_thin_evidence_has_no_dominant_frame(analyzer: Analyzer) -> None:
    a = analyzer.analyze("The senator spoke about taxes on Tuesday.")
    assert a.scores["frame_evidence_count"] < MIN_EVIDENCE
    assert a.frames["economic"] > 0 and a.dominant_frame is None and a.to_dict()["dominant_frame"] is None
    assert dominant_frame({"economic": 0.25, "political": 0.25, "legality": 0.25, "morality": 0.25}, 8) is None
    assert dominant_frame({"economic": 0.6, "political": 0.4}, 2) is None
    assert dominant_frame({"economic": 0.6, "political": 0.4}, 5) == "economic"


PACT = """Russia and Venezuela sign military pact

Russia and Venezuela signed a defence pact on Monday that lets Russian troops and warships use Venezuelan ports,
a step the Pentagon called a threat to regional security.

The agreement covers joint military exercises and arms sales. A doctor at the ceremony said the vaccine campaign
in the capital would continue, and hospital officials said the disease was under control."""


def test_headline_and_lead_weigh_more(analyzer: Analyzer) -> None:
    a = analyzer.analyze(PACT)
    assert a.dominant_frame == "security_defense"
    flat = frame_scores([s for s in a.spans if s.category.startswith("frame_")])
    assert a.frames["security_defense"] > flat["security_defense"]  # weighted above its flat share
    assert a.frames["health_safety"] < flat["health_safety"]
    assert a.scores["frame_evidence_count"] == len([s for s in a.spans if s.category.startswith("frame_")])


def test_text_zones() -> None:
    text = "Headline here\n\nFirst sentence. Second one. Third one.\n\nBody."
    head, lead = text_zones(text, [(15, 30), (31, 42), (43, 53), (55, 60)])
    assert text[:head] == "Headline here" and text[:lead].endswith("Second one.")
    assert text_zones("One paragraph only. No headline.", [(0, 19), (20, 32)]) == (0, 32)
    assert text_zones("") == (0, 0)


def test_bundled_samples_are_not_all_economic() -> None:
    import json

    from framing import analyze

    path = ROOT / "framing" / "data" / "sample.jsonl"
    tops = [analyze(json.loads(x)["text"], scorers=["lexicon", "devices"]).dominant_frame
            for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(tops) == 20 and len(set(tops)) > 1


def test_text_without_words_has_no_frame_and_the_readme_says_so() -> None:
    # the README said `other` = 1 without cues for every text; an empty text scores 0 for every frame (a text
    # without words has no frame at all), a text with words but no cue has `other` = 1: both documented
    from pathlib import Path

    import framing

    for text in ("", "   \n", "!!! ..."):
        a = framing.analyze(text, scorers=["lexicon", "devices"])
        assert set(a.frames) == set(FRAMES) and set(a.frames.values()) == {0.0}, text
        assert a.dominant_frame is None and a.scores["frame_dominant_share"] == 0.0
    b = framing.analyze("The cat sat on the mat.", scorers=["lexicon", "devices"])
    assert b.frames["other"] == 1.0 and sum(b.frames.values()) == 1.0
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `frames` |"))
    assert "`other` = 1 when the text has words but no cue" in row
    assert "every frame 0, `other` too, for a text without words" in row
