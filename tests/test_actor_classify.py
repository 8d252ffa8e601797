"""Classifying a capitalised run (framing.scorers.actor_classify): words in capitals and platforms (issue 15)."""

from __future__ import annotations

import pytest

from .actor_views import actor_of_mention, actor_table


@pytest.mark.parametrize("text,phrase", [
    ('"WITCH HUNT!" he posted on Friday.', "WITCH HUNT"),
    ("He called the inquiry a WITCH HUNT on Tuesday.", "WITCH HUNT"),
    ("It is a TOTAL WITCH HUNT, the mayor wrote.", "TOTAL WITCH HUNT"),
    ("SEE ALSO: the mayor's budget plan for the county.", "SEE ALSO"),
])
def test_a_run_of_words_in_capitals_is_no_organisation(text: str, phrase: str) -> None:
    assert actor_of_mention(text, phrase) is None


@pytest.mark.parametrize("text,name", [
    ("The FBI declined to comment. NATO and CNN reported it.", "FBI"),
    ("The FBI declined to comment. NATO and CNN reported it.", "NATO"),
    ("The FBI declined to comment. NATO and CNN reported it.", "CNN"),
    ("Protesters from Occupy DC marched to the park.", "Occupy DC"),  # an acronym inside a mixed-case name
])
def test_acronyms_stay_organisations(text: str, name: str) -> None:
    assert actor_table(text)[name][0] == "organisation"


def test_a_name_in_capitals_is_a_person_with_its_mixed_case_mentions() -> None:
    text = "AMY GOODMAN: Welcome to the show. Amy Goodman asked the mayor about the budget."
    assert actor_table(text)["Amy Goodman"] == ("person", ["AMY GOODMAN", "Amy Goodman"])


@pytest.mark.parametrize("text,name", [
    ("Trump posted on Truth Social that the case was rigged.", "Truth Social"),
    ('He wrote on Truth Social: "The case is rigged."', "Truth Social"),
    ("The senator later wrote on Kiwi Chat that he was leaving.", "Kiwi Chat"),  # a posting verb and "on"
    ("The mayor shared the clip on Patriot Social last week.", "Patriot Social"),  # a name ending in "Social"
])
def test_a_platform_is_an_organisation(text: str, name: str) -> None:
    assert actor_table(text)[name][0] == "organisation"


def test_a_person_after_on_without_a_posting_verb_stays_a_person() -> None:
    text = "The senator relied on Ann Lee, who said the bill would pass."
    assert actor_table(text)["Ann Lee"][0] == "person"
