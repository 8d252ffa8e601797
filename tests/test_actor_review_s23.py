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
