"""Review findings on the session-23 actor and label rules (issue 15): each test fails without its fix. The sentences
are written for these tests."""

from __future__ import annotations

import framing


def _labels(text: str) -> dict[str, list[str]]:
    return {a.name: [lab.text for lab in a.labels] for a in framing.analyze(text).actors}


def test_age_rule_reads_ascii_digits_only() -> None:
    # "²" and "①" pass str.isdigit() but int() rejects them: the age rule must not crash on them, nor read them
    for digit in ("²", "①", "٤٥"):
        got = _labels(f"Police arrested Brent Hale, {digit}, of Queens on Monday.")
        assert got.get("Brent Hale", []) == []


def _names(text: str) -> set[str]:
    return {a.name for a in framing.analyze(text).actors}


def test_a_sentence_about_newsletters_is_no_signup_box() -> None:
    # a sign-up word and "you" without a box cue: people in it stay
    got = _names("Marla Quist, whose newsletter has half a million subscribers, says you should read the bill.")
    assert "Marla Quist" in got
    got = _names("Writers such as Dale Penrose and Tessa Varga now publish on Substack, where you pay to subscribe.")
    assert {"Dale Penrose", "Tessa Varga"} <= got
    got = _names("Senator Ruth Ambler urged voters to sign up for the rally, saying you can still change the race.")
    assert "Ruth Ambler" in got
    # a box still holds no people
    got = _names("Dana Lee voted against it. Sign up to get stories delivered to your inbox, Chris Bell writes.")
    assert "Dana Lee" in got and "Chris Bell" not in got
