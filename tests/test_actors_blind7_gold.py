"""Consistency of the blind7 actors/labels gold (benchmarks/data/actors_blind7_*; see README_devices.md).

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

RAW = DATA / "actors_blind7_raw.json"
GOLD = DATA / "actors_blind7_gold.jsonl"
# the blind7 pool (drawn by the coordinator, seed 70, from lines 1875-1999 not used by any earlier gold file), in pool
# order; the first 15 usable lines are annotated, the rest are recorded as not reached
POOL = [1925, 1884, 1883, 1970, 1937, 1980, 1923, 1911, 1929, 1920, 1968, 1900, 1886, 1928, 1877, 1888, 1998, 1996,
        1953, 1939, 1982, 1971, 1881, 1876, 1875, 1908, 1907, 1882, 1905, 1912]


def test_lines_are_the_first_fifteen_usable_pool_lines() -> None:
    check_pool_order(read_raw(RAW), read_gold(GOLD), POOL, not_reached=True)


def test_actors_and_labels_are_well_formed() -> None:
    check_well_formed(read_gold(GOLD))


@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")
def test_offsets_match_the_article_texts() -> None:
    check_offsets(read_gold(GOLD))


@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")
def test_gold_is_the_resolved_raw_annotation() -> None:
    check_resolved(read_raw(RAW), read_gold(GOLD))
