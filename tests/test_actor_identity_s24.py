"""Session-24 actor identity rule (issue 15): "Jr."/"Sr." tells two people apart when the text writes the surname
bare before it ("Trump Jr."), and the bare surname then names the namesake. Each case with a near case it must
leave alone. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from framing.scorers.actor_context import junior_surnames
from tests.actor_views import actor_of_mention as _mention_of
from tests.actor_views import actor_table as _actors


@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Lee Jr. spoke. Later, Lee Jr. left.", {"lee"}),
    ("He met Lee Jr. on Monday.", {"lee"}),
    ("“Lee Jr. lied,” she said.", {"lee"}),
    ("It rained in Ohio. Lee Jr. stayed home.", {"lee"}),
    # near cases: a first name or an initial before the surname, a word glued to it
    ("Dana Lee Jr. spoke on Monday.", set()),
    ("Dana J. Lee Jr. spoke on Monday.", set()),
    ("Dana McLee Jr. spoke.", set()),
    ("No suffix here at all.", set()),
])
def test_junior_surnames_are_surnames_written_bare_before_the_suffix(text: str, expected: set[str]) -> None:
    assert junior_surnames(text) == frozenset(expected)


def test_a_junior_written_bare_is_not_his_namesake() -> None:
    text = ("Senator Dana Okafor flew to Texas on Monday. Dana Okafor Jr. stayed in Ohio.\n\n"
            "Okafor later told reporters the trip went well. Okafor Jr. said he agreed.")
    got = _actors(text)
    assert got["Dana Okafor"] == ("person", ["Dana Okafor", "Okafor"])
    assert got["Dana Okafor Jr"] == ("person", ["Dana Okafor Jr", "Okafor Jr"])


def test_without_a_bare_junior_the_suffix_still_joins_the_plain_name() -> None:
    # near case: "Dana R. Okafor Jr." and "Dana Okafor" are one person when the text never writes "Okafor Jr."
    text = "Dana R. Okafor Jr. was sworn in on Wednesday. Okafor said unity mattered. Dana Okafor then left."
    assert _mention_of(text, "Okafor") == _mention_of(text, "Dana Okafor") == ("Dana R. Okafor Jr", "person")


def test_a_company_named_with_a_possessive_is_an_organisation_and_a_speaker() -> None:
    text = '"Prices will rise," Okafor\'s said in a statement. Okafor\'s declined to comment further.'
    got = _actors(text)
    assert got["Okafor's"] == ("organisation", ["Okafor's", "Okafor's"])
    import framing

    assert [q.speaker for q in framing.analyze(text).quotes] == ["Okafor's"]
    text = "Macy's, Kohl's and Dillard's said they would cut jobs."
    assert {name for name, (typ, _) in _actors(text).items() if typ == "organisation"} >= {"Macy's", "Kohl's"}


@pytest.mark.parametrize("text", [
    "Dana Okafor's aides said no.",  # the possessive owns a noun
    "Voters backed Lee, and Okafor's plans stalled.",
    "Lee's share surged, while Okafor's declined.",  # a possessive whose noun is left out
    "Two-thirds of Okafor's, said the poll, were scared.",
])
def test_a_possessive_that_owns_a_noun_or_leaves_it_out_is_no_company(text: str) -> None:
    assert not any(name.endswith("'s") for name in _actors(text))
