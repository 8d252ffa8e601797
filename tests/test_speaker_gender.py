"""The gender a person is known by (``framing.scorers.speaker_gender``)."""

from __future__ import annotations

from framing.analysis import Actor
from framing.document import Document
from framing.scorers.speaker_gender import gender_of, gender_of_first_name


def _person(text: str, name: str) -> Actor:
    s = text.index(name)
    return Actor(name, "person", ((s, s + len(name)),))


def test_gender_from_title_first_name_and_the_documents_pronouns() -> None:
    text = "Ms. Okafor spoke. Sarah Lind left. Trump praised his wall. Pat Lee waved."
    doc = Document(text)
    genders = {name: gender_of(doc, _person(text, name)) for name in ("Okafor", "Sarah Lind", "Trump", "Pat Lee")}
    assert genders == {"Okafor": "f", "Sarah Lind": "f", "Trump": "m", "Pat Lee": None}


def test_first_name_gender_from_the_census_lists_with_the_curated_lists_first() -> None:
    assert gender_of_first_name("Jay") == "m"  # from the US Census 1990 lists, not in the short curated lists
    assert gender_of_first_name("Jay", common_only=True) is None
    assert gender_of_first_name("Kamala") == "f"  # curated (absent from the 1990 lists)
    assert gender_of_first_name("Leslie") is None  # used for both: left without a gender
    assert gender_of_first_name("Washington") is None
