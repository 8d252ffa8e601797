"""Session-23 label rules (issue 15): general shapes of label that the role-noun lists missed, each on sentences it
must label and on near cases it must leave alone. The sentences are written for these tests."""

from __future__ import annotations

import framing


def _labels(text: str) -> dict[str, list[str]]:
    return {a.name: [lab.text for lab in a.labels] for a in framing.analyze(text).actors}


def test_noun_phrase_appositive_without_a_listed_role_noun() -> None:
    got = _labels("Dr. Jane Roe, a Lakeview University infectious disease specialist, is helping the school.")
    assert "Lakeview University infectious disease specialist" in got["Jane Roe"]
    got = _labels("Later Acme Widgets, the largest widget maker in Ohio, said it would close a plant.")
    assert got["Acme Widgets"] == ["largest widget maker"]
    got = _labels("The letter was signed by Brent Hale, the legal architect of the plan, on Monday.")
    assert got["Brent Hale"] == ["legal architect"]
    got = _labels("Lawmakers asked how Dataprime Analytics, a British data firm hired by the campaign, got the files.")
    assert got["Dataprime Analytics"] == ["British data firm"]


def test_noun_phrase_after_a_name_that_is_no_appositive() -> None:
    # a clause after a fronted phrase: the noun phrase is the next clause's subject
    got = _labels("For Jane Roe, the increase in contributions now equals about $6 billion.")
    assert got.get("Jane Roe", []) == []
    got = _labels("According to Brent Hale, the plan was a failure from the start.")
    assert got.get("Brent Hale", []) == []
    # a clause without a comma before its verb, a name, a list
    got = _labels("He spoke to Brent Hale, the Daily Planet reported on Friday.")
    assert got.get("Brent Hale", []) == []
    got = _labels("Officials from Acme Widgets, the White House and federal courts met on Monday.")
    assert got.get("Acme Widgets", []) == []
    # a time word and a place are not read
    got = _labels("Brent Hale, a day after the vote, resigned.")
    assert got.get("Brent Hale", []) == []


def test_age_after_a_name_is_a_descriptive_label() -> None:
    got = _labels("Police arrested Brent Hale, 41, of Queens on Monday.")
    assert got["Brent Hale"] == ["41"]
    got = _labels("Jane Roe, 45, a retired plumber from Ohio, said she would vote.")
    assert got["Jane Roe"] == ["45", "retired plumber"]


def test_numbers_after_a_name_that_are_no_age() -> None:
    got = _labels("Brent Hale, 1,500 workers and the union met on Monday.")
    assert got.get("Brent Hale", []) == []
    got = _labels("The vote went to Brent Hale, 2016, when the seat opened.")
    assert got.get("Brent Hale", []) == []
