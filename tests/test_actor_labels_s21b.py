"""Session-21b label rules (issue 15, from the recurring classes of missed labels in the seen sets): each rule on a
sentence it fixes and on a near case it must leave alone. The sentences are written for these tests."""

from __future__ import annotations

import framing


def _labels(text: str) -> dict[str, list[str]]:
    return {a.name: [lab.text for lab in a.labels] for a in framing.analyze(text).actors}


def test_a_lead_label_before_nouns_modifying_a_role_is_the_names() -> None:
    got = _labels("The segment aired on the show of conservative talk radio host Dan Fielder on Monday.")
    assert "conservative" in got["Dan Fielder"]
    assert "talk radio host" in got["Dan Fielder"]
    got = _labels("The video was shared by far-right online personality Ann Gower, who has a large following.")
    assert "far-right" in [w.lower() for w in got["Ann Gower"]]
    got = _labels("Former high school football coach Tom Brandt won the seat in November.")
    assert "Former" in got["Tom Brandt"]
    # near case: nouns before the role but no lead label: only the role, nothing before it
    got = _labels("The station said its radio host Dan Fielder would return on Monday.")
    assert not any("radio" in lab or "station" in lab for lab in got["Dan Fielder"])
    # near case: a plural before a verb is no lead ("Conservatives love ..."): the role alone
    got = _labels("Conservatives love talk radio host Dan Fielder for his jokes.")
    assert not any("onservative" in lab for lab in got["Dan Fielder"])
    # near case: a party adjective after a home place keeps the earlier rule (modifier and party both the person's)
    got = _labels("It was a good night,\" veteran Ohio Democratic campaign consultant Jane Roe said.")
    assert "veteran" in got["Jane Roe"] and "Democratic" in got["Jane Roe"]


def test_a_plural_role_before_a_colon_labels_list_items_with_a_year_or_an_appositive() -> None:
    got = _labels("The party lost twice to former senators: Moshe Levin in 1992 and Dan Kaplan in 1999.")
    assert "senators" in got["Moshe Levin"] and "senators" in got["Dan Kaplan"]
    got = _labels("The strike killed two of the group's deputies: Omar Haddad, the top commander in the north, "
                  "and Karim Nasser, its treasurer.")
    assert "deputies" in got["Omar Haddad"] and "deputies" in got["Karim Nasser"]
    got = _labels("The party lost twice to ex-chiefs of staff: Moshe Levin in 1992 and Dan Kaplan in 1999.")
    assert any("chiefs" in lab for lab in got["Dan Kaplan"])
    # near case: a single name after the colon is no list (the role may be the subject's topic)
    got = _labels("Among the critics: Ann Poe, the mayor, said the plan was wrong.")
    assert "critics" not in got["Ann Poe"]
    # near case: a clause after the first name ends the list
    got = _labels("Two senators spoke: Ann Poe in 1992 said no, and Jane Roe later agreed.")
    assert "senators" not in got.get("Jane Roe", [])


def test_a_role_given_by_example_passes_a_relative_clause_before_and() -> None:
    got = _labels("Other contenders, such as Ann Poe, who served as deputy mayor, and Jane Roe, are in the running.")
    assert "contenders" in got["Jane Roe"]
    # near case: without "and" after the clause the next name is no item of the list
    got = _labels("Critics like Ann Poe, who runs the shop, Jane Roe said, are wrong about the plan.")
    assert got.get("Jane Roe", []) == []


def test_a_mocking_nickname_before_a_name_is_a_descriptive_label() -> None:
    got = _labels("Dan Fielder spoke first. Later the governor called him Lyin' Dan Fielder in a post.")
    assert "Lyin'" in got["Dan Fielder"]
    got = _labels("Tom Brandt left the firm. The senator mocked “Sleepy Tom” Brandt in a statement.")
    assert "“Sleepy Tom”" in got["Tom Brandt"]
    # near case: a quoted title before a name is no nickname
    got = _labels("Ann Gower wrote songs. The ballad “Blue River” Gower recorded in 1961 was a hit.")
    assert not any("Blue River" in lab for lab in got.get("Ann Gower", []))
    # near case: a capitalised word that is no mocking word stays no label
    got = _labels("Dan Fielder spoke first. Later the governor praised Senator Dan Fielder in a post.")
    assert "Later" not in got["Dan Fielder"]


def test_ranking_before_a_party_in_an_appositive_is_a_label() -> None:
    got = _labels("Rep. Ann Gower of Ohio, the ranking Democrat on the panel, objected to the bill.")
    assert "ranking" in got["Ann Gower"]
    # near case: the noun "ranking" after a name's preposition is no label
    got = _labels("The ranking of colleges by Ann Gower was published on Monday.")
    assert got.get("Ann Gower", []) == []


def test_an_appositive_after_a_home_place_with_a_label_after_the_determiner_stays_with_the_first_name() -> None:
    text = "Later, questioned by Sen. Ann Gower of Maine, the senior senator, Mr. Brandt walked back his remark."
    got = _labels(text)
    assert "senator" in got["Ann Gower"]
    assert not any("senator" in lab or "senior" in lab for lab in got.get("Brandt", []))
    # near case: a fronted role phrase with no home place before it is the name's
    got = _labels("A former diplomat, Tom Brandt has served in Paris and Rome.")
    assert "diplomat" in got["Tom Brandt"]


def test_words_before_a_name_that_modifies_a_role_are_not_the_names() -> None:
    got = _labels("A top Gower aide confirmed the emails to reporters on Friday.")
    assert "top" not in got.get("Gower", [])
    got = _labels("A senior Brandt administration official said the plan was dead.")
    assert "senior" not in got.get("Brandt", [])
    # near case: a verb after the name leaves the labels before it with the name
    got = _labels("The veteran senator Ann Gower leads the party into the vote.")
    assert "veteran" in got["Ann Gower"]
    got = _labels("Former Gov. Ann Gower heads the panel now.")
    assert "Gov" in got["Ann Gower"]


def test_a_party_or_leaning_word_is_an_ideological_label() -> None:
    got = {a.name: {lab.text: lab.kind for lab in a.labels}
           for a in framing.analyze("Tom Brandt, a progressive Democrat, spoke at the rally.").actors}
    assert got["Tom Brandt"].get("progressive") == "ideological"
    assert got["Tom Brandt"].get("Democrat") == "ideological"
    # near case: "moderate" and "nonpartisan" stay descriptive (no side)
    got = {a.name: {lab.text: lab.kind for lab in a.labels}
           for a in framing.analyze("Tom Brandt, a moderate voter from Ohio, spoke at the rally.").actors}
    assert got["Tom Brandt"].get("moderate", "descriptive") == "descriptive"
