"""Person-name cues of a lone capitalised token (framing.scorers.actor_cues): a common noun opening a sentence or a
quotation is no person (issue 15)."""

from __future__ import annotations

import pytest

from .actor_views import actor_table


@pytest.mark.parametrize("text,word", [
    ('"Prices are going up," she said. Officials disagreed.', "Prices"),
    ("Prices said the report was wrong.", "Prices"),
    ("Witnesses said the shop was empty when the fire began.", "Witnesses"),
    ("Aides say the senator is tired. Advocates say the law is weak.", "Aides"),
    ("Aides say the senator is tired. Advocates say the law is weak.", "Advocates"),
    ("Retailers added 29,300 jobs while other retailers cut staff.", "Retailers"),  # written in lower case too
    ("Retailers added 29,300 jobs. Prosecutors said the man lied.", "Prosecutors"),
    ('Lee had a theory: "Baldness is a cue for old age." Early baldness is common.', "Baldness"),
])
def test_a_common_noun_opening_a_sentence_or_quotation_is_no_person(text: str, word: str) -> None:
    assert word not in actor_table(text)


@pytest.mark.parametrize("text,word", [
    # names: capitalised mid-sentence too, read as a name by the tagger, titled, named in full, or "said he"
    ("Waters said the bill was bad. The panel, said Waters, would vote.", "Waters"),
    ("Sanders said the plan was bad.", "Sanders"),
    ("Rhodes told reporters he disagreed.", "Rhodes"),
    ("Sessions said he would recuse.", "Sessions"),
    ("Attorney General Sessions said he would recuse.", "Sessions"),
])
def test_a_surname_opening_a_sentence_stays_a_person(text: str, word: str) -> None:
    assert actor_table(text)[word][0] == "person"


def test_a_full_name_keeps_its_bare_surname_at_a_sentence_start() -> None:
    table = actor_table("Jeff Sessions spoke on Monday. Sessions said the inquiry was over.")
    assert table["Jeff Sessions"] == ("person", ["Jeff Sessions", "Sessions"])


def test_a_kinship_noun_opening_a_sentence_cues_the_name_after_it() -> None:
    assert actor_table('Her husband, Tom, said: "We are proud of her."')["Tom"][0] == "person"
