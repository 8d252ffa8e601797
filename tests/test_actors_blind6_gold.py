"""Consistency of the blind6 actors/labels gold (benchmarks/data/actors_blind6_*; see README_devices.md).

Checks the files only (no framing code is run on the blind lines): structure always, offsets against the AllSides
texts when ``../shared`` is present. The checks live in ``tests/actors_gold_checks.py``.
"""

from __future__ import annotations

import pytest

from tests.actors_gold_checks import (
    DATA,
    NEWS,
    check_offsets,
    check_pool_order,
    check_resolved,
    check_well_formed,
    read_gold,
    read_raw,
)

RAW = DATA / "actors_blind6_raw.json"
GOLD = DATA / "actors_blind6_gold.jsonl"
# the actors_pool of the session-15 blind6 set, in pool order; the first 15 usable lines are annotated
POOL = [2001, 2016, 2042, 2061, 2073, 2142, 2248, 2255, 2287, 2291, 2400, 2519, 2524, 2536, 2547, 2580, 2603, 2656,
        2749, 2765]


def test_lines_are_the_first_fifteen_usable_pool_lines() -> None:
    check_pool_order(read_raw(RAW), read_gold(GOLD), POOL, not_reached=False)


def test_actors_and_labels_are_well_formed() -> None:
    check_well_formed(read_gold(GOLD))


@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")
def test_offsets_match_the_article_texts() -> None:
    check_offsets(read_gold(GOLD))


@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")
def test_gold_is_the_resolved_raw_annotation() -> None:
    check_resolved(read_raw(RAW), read_gold(GOLD))
