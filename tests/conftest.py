"""Shared fixtures: paths to the test data and to ../shared (skipped with a reason where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared" / "data"
MINI_LEXICON = DATA / "lex" / "mini.tsv"


@pytest.fixture
def mini_analyzer():
    from framing import Analyzer

    return Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False)


@pytest.fixture(scope="session")
def device_analyzer():
    """The lexicon and device scorers with the shipped lexicons (quotations, speakers, actors)."""
    from framing import Analyzer

    return Analyzer(scorers=["lexicon", "devices"])


@pytest.fixture(scope="session")
def actors(device_analyzer):
    """The device analyzer under the name the per-session actor-rule files give it (one instance for them all)."""
    return device_analyzer


@pytest.fixture(scope="session")
def quote_speakers(device_analyzer):
    """``text -> [speaker of each quotation found]`` (``None`` where the device scorer names no speaker)."""

    def speakers(text: str) -> list[str | None]:
        return [q.speaker for q in device_analyzer.analyze(text).quotes]

    return speakers


@pytest.fixture
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared/data not found at {SHARED}")
    return SHARED
