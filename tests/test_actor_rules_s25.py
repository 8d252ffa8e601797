"""Session-25 actor rule (issue 15, found on the blind6 gold, a development set from that session): a common first
name that is also a word of laws ("Bill") opens a person's name. With near cases it must leave alone. The sentences
are written for these tests."""

from __future__ import annotations

from tests.actor_views import actor_table as _actors


def test_bill_as_a_first_name_opens_a_person() -> None:
    assert _actors("Bill Okafor spoke on Monday.").get("Bill Okafor", ("", []))[0] == "person"
    assert _actors("The panel met Bill Okafor.").get("Bill Okafor", ("", []))[0] == "person"
    table = _actors("GOP Sens. Dana Vale and Bill Okafor voted no.")
    assert table["Dana Vale"][0] == "person" and table["Bill Okafor"][0] == "person"


def test_bill_as_the_word_for_a_law_makes_no_person() -> None:
    for text in ("The Bill of Rights protects it.", "The Farm Bill passed on Monday.",
                 "The Okafor Bill passed on Monday."):
        assert not any(typ == "person" for typ, _ in _actors(text).values()), text
