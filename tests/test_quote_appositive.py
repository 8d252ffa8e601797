"""Speakers named in an appositive (framing.scorers.quote_appositive): the name after a description speaks
(issue 15)."""

from __future__ import annotations

import pytest

import framing


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in framing.analyze(text).quotes]


@pytest.mark.parametrize("text,speaker", [
    ('"We will not back down," her husband, Tom, said.', "Tom"),
    ('"We are proud," said her husband, Tom.', "Tom"),
    ('"We are proud," said his lawyer, John Doe, in a statement.', "John Doe"),
    ('"We are proud," said the lawyer, John Doe.', "John Doe"),
    ('"We are proud," Lee\'s son, Eric, said.', "Eric"),
    ('"We are proud," said her husband, Tom Lee, who runs the shop.', "Tom Lee"),
])
def test_the_name_in_an_appositive_after_a_description_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # near cases: the name before the description, a name with no comma, a pronoun whose words they are
    ('"We are proud," Tom, her husband, said.', "Tom"),
    ('"We are proud," her husband Tom said.', "Tom"),
    ('"Ok," she said of her husband, Tom.', "she"),
    # more words after the name: no appositive, the description stays
    ('"We are proud," said her husband, Tom Lee told me.', "her husband"),
])
def test_a_description_without_an_appositive_name_keeps_its_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
