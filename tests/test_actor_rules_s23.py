"""Session-23 actor rules (issue 15): classes of false actor that are wrong on their face (page furniture, headline
glue), each rule on a sentence it fixes and on a near case it must leave alone. The sentences are written for these
tests."""

from __future__ import annotations

from tests.actor_views import actor_of_mention as _mention_of
from tests.actor_views import actor_table as _actors


def test_a_signup_box_holds_no_people() -> None:
    text = ("Dana Lee, the mayor, said the budget would pass. Get the Courier Stories you care about delivered to "
            "your inbox. By signing up, you agree to our Privacy Policy. Lee spoke on Monday.")
    got = _actors(text)
    assert "Courier Stories" not in got
    assert got["Dana Lee"][0] == "person"
    text = ("Sam Ortiz voted no. Email Sign Up By signing up you agree to receive email newsletters or alerts from "
            "POLITICO. You can unsubscribe at any time.")
    got = _actors(text)
    assert not any("Sign" in name for name in got)
    assert _mention_of(text, "POLITICO") is not None  # the box's outlet stays
    # near cases: an outlet named by its organisation head in a box stays; a quoted sentence is no box
    text = "Get insight delivered to your inbox; sign up for National Review Online's newsletters today."
    assert _mention_of(text, "National Review Online") == ("National Review", "organisation")
    text = '"You should sign up for the newsletter," Dana Lee told the crowd. Lee is the mayor.'
    assert _mention_of(text, "Dana Lee") == ("Dana Lee", "person")


def test_a_closed_class_word_splits_a_run_of_name_words() -> None:
    text = "Readers Share Your Thoughts How the vote went. Dana Lee said so on Monday."
    got = _actors(text)
    assert not any("Thoughts" in name or "Your" in name for name in got)
    text = "I want to tell President Trump I am tired, a voter said. Trump did not reply. Donald Trump spoke later."
    assert _mention_of(text, "Trump I") is None
    text = "The lawyer Stephen Hale Is Here, a banner read. Hale declined to comment."
    assert _mention_of(text, "Stephen Hale Is Here") is None
    # near cases: a middle initial "I.", a modal that is a name, a preposition inside an organisation's name
    text = "Stephen I. Vladeck, a law professor, said the case was weak. Vladeck added more."
    assert _mention_of(text, "Stephen I. Vladeck") == ("Stephen I. Vladeck", "person")
    text = "Prime Minister Theresa May met the columnist George Will on Monday."
    assert _mention_of(text, "Theresa May") is not None
    assert _mention_of(text, "George Will") is not None
    text = "The group Mayors Against Illegal Guns ran an ad on Monday."
    assert _mention_of(text, "Mayors Against Illegal Guns") is not None


def test_a_sentence_initial_gerund_is_no_first_name() -> None:
    text = "The pollster Bill Hart spoke first. Joining Hart on the panel were two others, aides said."
    assert _mention_of(text, "Joining Hart") is None
    text = "Blaming Rosenstein for the delay, the senator left. Rod Rosenstein did not answer."
    assert _mention_of(text, "Blaming Rosenstein") is None
    # near cases: a first name ending in -ing, and a gerund inside a sentence
    text = "Sterling Brown, a guard, said he was fine. Brown left later."
    assert _mention_of(text, "Sterling Brown") == ("Sterling Brown", "person")
    text = "The coach Fleming Howard spoke on Monday."
    assert _mention_of(text, "Fleming Howard") == ("Fleming Howard", "person")
