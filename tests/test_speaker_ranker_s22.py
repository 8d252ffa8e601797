"""The speaker ranker overrides the rules only by a margin (issue 15, session 22)."""

from __future__ import annotations

import json
from importlib import resources

from framing.scorers.speaker_ranker import SpeakerRanker, load_ranker

_CANDS = [("A", {"a": 1.0}, {}), ("B", {"b": 1.0}, {}), (None, {"none": 1.0}, {})]


def test_a_clear_winner_overrides_the_rules_speaker() -> None:
    rk = SpeakerRanker({"a": 5.0, "b": 1.0}, margin=3.0)
    assert rk.choose(_CANDS, "B") == "A"  # 4 above the rules' speaker
    assert rk.choose(_CANDS, None) == "A"  # 5 above "no speaker" when the rules found none


def test_a_narrow_winner_leaves_the_rules_speaker_or_no_speaker() -> None:
    rk = SpeakerRanker({"a": 3.0, "b": 1.0}, margin=3.0)
    assert rk.choose(_CANDS, "B") == "B"  # only 2 above the rules' speaker
    assert rk.choose(_CANDS, None) is None  # exactly the margin above "no speaker": no change
    assert SpeakerRanker({"a": 2.0, "none": -0.5}, margin=3.0).choose(_CANDS, None) is None


def test_margin_zero_is_the_old_argmax_and_the_margin_can_drop_a_speaker() -> None:
    assert SpeakerRanker({"a": 3.0, "b": 1.0}).choose(_CANDS, "B") == "A"
    # "no speaker" must also win by the margin to remove the rules' speaker
    assert SpeakerRanker({"none": 2.0}, margin=3.0).choose(_CANDS, "B") == "B"
    assert SpeakerRanker({"none": 4.0}, margin=3.0).choose(_CANDS, "B") is None
    # a rules' speaker that is not a candidate is measured against "no speaker"
    assert SpeakerRanker({"a": 2.0}, margin=3.0).choose(_CANDS, "Z") == "Z"
    assert SpeakerRanker({"a": 4.0}, margin=3.0).choose(_CANDS, "Z") == "A"


def test_the_shipped_margin_is_loaded_and_positive() -> None:
    res = resources.files("framing.models").joinpath("speakers").joinpath("weights.json")
    data = json.loads(res.read_text(encoding="utf-8"))
    assert data["margin"] > 0
    assert load_ranker().margin == data["margin"]
