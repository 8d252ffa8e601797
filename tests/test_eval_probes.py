"""benchmarks/eval_probes.py: its speaker matching on both sides, and a regression floor on the session-31 probe
passages (seen sets: the floors sit a little below the figures at the end of session 31)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import eval_probes


def test_a_speaker_matches_the_full_name_an_alias_or_the_surname() -> None:
    assert eval_probes._same_speaker("Harold Lindqvist", "Harold Lindqvist", [])
    assert eval_probes._same_speaker("Sen. Lindqvist", "Harold Lindqvist", [])
    assert eval_probes._same_speaker("the union", "United Auto Workers", ["the union"])


def test_a_pronoun_a_description_or_another_name_is_no_match() -> None:
    assert not eval_probes._same_speaker("he", "Harold Lindqvist", [])
    assert not eval_probes._same_speaker("the lawyer", "Harold Lindqvist", [])
    assert not eval_probes._same_speaker("Gerald Finch", "Harold Lindqvist", [])
    assert not eval_probes._same_speaker(None, "Harold Lindqvist", [])


@pytest.fixture(scope="module")
def analyzer():  # type: ignore[no-untyped-def]
    from framing import Analyzer

    return Analyzer(scorers=["lexicon", "devices"])


def _share(line: str) -> float:
    return float(line.split(" = ", 1)[1].split()[0].rstrip(";"))


def test_the_probe_sets_stay_above_their_floors(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert _share(eval_probes.score_labels(analyzer, False)) >= 0.85
    assert _share(eval_probes.score_quotes(analyzer, "attribution", False)) >= 0.86
    assert _share(eval_probes.score_quotes(analyzer, "articles", False)) >= 0.90
    actors = eval_probes.score_actors(analyzer, False)
    assert float(actors.rsplit(" = ", 1)[1]) >= 0.87


def test_the_session_32_probe_sets_stay_above_their_floors(analyzer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(eval_probes, "_DIR", [eval_probes.DATA.parent / "probes_s32"])
    assert _share(eval_probes.score_labels(analyzer, False)) >= 0.90
    assert _share(eval_probes.score_quotes(analyzer, "articles", False)) >= 0.81
    actors = eval_probes.score_actors(analyzer, False)
    assert float(actors.rsplit(" = ", 1)[1]) >= 0.82


def test_the_session_33_probe_sets_stay_above_their_floors(analyzer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(eval_probes, "_DIR", [eval_probes.DATA.parent / "probes_s33"])
    assert _share(eval_probes.score_quotes(analyzer, "articles", False)) >= 0.94
    assert _share(eval_probes.score_labels(analyzer, False)) >= 0.87
    assert _share(eval_probes.score_quotes(analyzer, "mixed", False)) >= 0.91
    assert _share(eval_probes.score_labels(analyzer, False, "mixed")) >= 0.88
