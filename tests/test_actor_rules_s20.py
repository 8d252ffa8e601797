"""Session-20 actor and label rules (issue 15, from dev9's errors): each rule on a sentence it fixes and on a near
case it must leave alone. The sentences are written for these tests."""

from __future__ import annotations

import framing


def _labels(text: str) -> dict[str, list[str]]:
    return {a.name: [lab.text for lab in a.labels] for a in framing.analyze(text).actors}


def _kinds(text: str) -> dict[str, list[tuple[str, str]]]:
    return {a.name: [(lab.text, lab.kind) for lab in a.labels] for a in framing.analyze(text).actors}


def _types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in framing.analyze(text).actors}


def test_role_nouns_of_workers_pilots_neighbours_advocates_and_appointees() -> None:
    got = _labels("When British aid worker Tom Reyes was freed, the Danish pilot, Lars Holm, spoke. "
                  "Her Toledo neighbor Ann Poe agreed.")
    assert any("worker" in lab for lab in got["Tom Reyes"])
    assert any("pilot" in lab for lab in got["Lars Holm"])
    assert any("neighbor" in lab for lab in got["Ann Poe"])
    # near case: a role noun of a person is no label of a place ("the Ohio pilot program")
    got = _labels("Ohio pilot programs were cut, Gov. Jane Roe said.")
    assert not any("pilot" in lab for lab in got.get("Ohio", []))


def test_a_leaning_word_is_an_ideological_label_of_an_organisation() -> None:
    got = _kinds("A study by the left-leaning Urban Policy Institute found it. The right-leaning Heritage "
                 "Foundation disagreed.")
    assert ("left-leaning", "ideological") in got["Urban Policy Institute"]
    assert ("right-leaning", "ideological") in got["Heritage Foundation"]


def test_labels_before_a_place_that_modifies_an_organisation_noun_are_the_organisations() -> None:
    got = _labels("She advises a left-leaning Denver group on campaign finance.")
    assert got.get("Denver", []) == []
    # near case: a place named as itself keeps the label before it
    got = _labels("The tour went through the left-leaning Denver, Jane Roe said.")
    assert "left-leaning" not in got.get("Jane Roe", [])


def test_a_named_role_after_a_possessor_is_an_appositive_label() -> None:
    got = _labels("Judge Anna Roe, Mr. Smith's Supreme Court nominee, will testify on Thursday.")
    assert "Supreme Court nominee" in got["Anna Roe"]
    # near case: a possessed name without a role word after it is no label
    got = _labels("Judge Anna Roe, Mr. Smith's White House, and the Senate met.")
    assert not any("White House" in lab for lab in got.get("Anna Roe", []))


def test_an_appositive_after_a_persons_home_state_is_the_persons() -> None:
    got = _labels("Rep. Tom Reyes of Oregon, the top Democrat on the House Budget Committee, objected.")
    assert any("Democrat" in lab for lab in got["Tom Reyes"])
    assert not any("Democrat" in lab for lab in got.get("Oregon", []))
    # near case: a place not after a person keeps its own appositive reading (no label moves to a person)
    got = _labels("Tom Reyes flew to Oregon. The governor of Oregon, the state's top official, met him.")
    assert not any("official" in lab for lab in got.get("Tom Reyes", []))


def test_a_role_phrase_before_a_comma_and_a_closed_name_is_a_label() -> None:
    got = _labels("The former coach of the club, Dan Morse, said the two never got along.")
    assert got["Dan Morse"] == ["former coach of the club"]
    got = _labels("A former prosecutor who chairs the House ethics panel, Morse is respected on the right.")
    assert any(lab.startswith("former prosecutor") for lab in got["Morse"])
    # near cases: a time phrase, a list of names and a phrase without a determiner give no label
    assert _labels("The day after the vote, Dan Morse said he would run.")["Dan Morse"] == []
    assert _labels("The coach of the club, Dan Morse and Ann Poe met on Monday.")["Dan Morse"] == []
    assert _labels("In the club, Dan Morse is the coach.")["Dan Morse"] == []


def test_an_organisation_kind_after_its_name_is_a_label() -> None:
    got = _labels("A report from the Reuters news agency said so. The figures came from the Gallup polling firm, "
                  "which asked 1,000 adults.")
    assert got["Reuters"] == ["news agency"]
    assert got["Gallup"] == ["polling firm"]
    # near cases: a thing of the organisation, a noun modified further, a label of the next name
    assert _labels("He read it on the Common Cause website.").get("Common Cause", []) == []
    assert _labels("She backed the Occupy Wall Street movement.").get("Occupy Wall Street", []) == []
    got = _labels("The survey by the GOP polling firm Wilson Research Strategies was done.")
    assert "polling firm" not in got.get("Republican Party", [])


def test_an_administration_is_its_own_actor_when_the_president_is_named_himself() -> None:
    text = "President Barack Obama spoke on Monday. The Obama administration later said it would act."
    got = {a.name: a for a in framing.analyze(text).actors}
    assert "Obama administration" in got and got["Obama administration"].type == "organisation"
    assert [lab.text for lab in got["Barack Obama"].labels] == ["President"]
    assert [text[s:e] for s, e in got["Barack Obama"].mentions] == ["Barack Obama"]
    # near case: named only through the administration and a bare surname, it stays the person's
    text = "Visits rose during the Obama administration. He came back under Obama."
    got = {a.name: a for a in framing.analyze(text).actors}
    assert "Obama administration" not in got and got["Obama"].type == "person"
    assert len(got["Obama"].mentions) == 2


def test_plural_roles_in_ies_and_es_are_shared_by_coordinated_names() -> None:
    got = _labels("The network dropped radio personalities Ann Poe and Tom Reyes on Friday.")
    assert got["Ann Poe"] == ["personalities"] and got["Tom Reyes"] == ["personalities"]
    # near case: a plural that is no role ("the parties") gives no label
    got = _labels("The parties Ann Poe and Tom Reyes attended were loud.")
    assert got["Ann Poe"] == [] and got["Tom Reyes"] == []


def test_countries_given_as_examples_are_labelled_countries_through_a_serial_comma() -> None:
    got = _labels("The leak concerned rivals of ours, countries like China, Russia, and Iran.")
    assert got["China"] == ["countries"] and got["Russia"] == ["countries"] and got["Iran"] == ["countries"]
    # near case: US states named as examples are places where something happens, not labelled
    got = _labels("Polls moved in swing states such as Colorado, Nevada and Florida.")
    assert all(labs == [] for labs in got.values())


def test_a_plural_role_before_a_dash_labels_every_name_of_the_list() -> None:
    got = _labels("She served under two Democratic governors — Ann Poe and Tom Reyes.")
    assert set(got["Ann Poe"]) == {"Democratic", "governors"} and set(got["Tom Reyes"]) == {"Democratic", "governors"}
    # near case: a single name after the dash (a clause, not a list) takes no label
    assert _labels("He had harsh words for critics — Tom Reyes said so.")["Tom Reyes"] == []


def test_precision_guards_from_the_dev_line_diff() -> None:
    # a party adjective in an organisation's appositive stays a label, a capitalised name there is none
    got = _labels("The Senate Majority PAC, a Democratic super PAC, has run an ad.")
    assert got["Senate Majority PAC"] == ["Democratic"]
    got = _labels("He had the backing of FreedomWorks, the Senate Conservatives Fund and others.")
    assert got.get("FreedomWorks", []) == []
    # a kind noun after a place or an umbrella body names another body: no label
    got = _labels("He is of counsel to the New York law firm of Doe and Roe. The UN refugee agency said so.")
    assert got.get("New York", []) == [] and got.get("United Nations", []) == []
    # an appositive after "of" + an organisation stays the organisation's
    got = _labels("Dan Morse of Greenpeace, an environmental advocacy group, spoke on Friday.")
    assert got["Dan Morse"] == [] and got["Greenpeace"] == ["environmental advocacy group"]
    # ... and after "of" + a place that is not a known organisation, the person's
    got = _labels("The rule will change little, said Ann Poe of Newark, a troop volunteer.")
    assert any("volunteer" in lab for lab in got["Ann Poe"])
    # a dash list of parties is no list of people
    got = _labels("Memphis business leaders — Republican and Democrat alike — backed him.")
    assert "leaders" not in got.get("Republican Party", []) + got.get("Democratic Party", [])
    # a plural role before one name, and a name that modifies a role, give no fronted label
    got = _labels("(Their partners, Acme Studios actress Ann Poe and Laura Bush, came too.)")
    assert not any("partners" in lab for labs in got.values() for lab in labs)
    # a role noun alone in an "a ..." appositive gives way to the whole role phrase
    got = _labels("The program helped, said Dan Morse, a 52-year-old highway construction worker from Duluth.")
    assert got["Dan Morse"] == ["52-year-old highway construction worker"]


def test_two_coordinated_roles_before_a_name_are_both_labels() -> None:
    got = _labels("When asked by moderator and historian Dan Morse, he paused.")
    assert got["Dan Morse"] == ["moderator", "historian"]
    # near case: a name before "and" is no role ("Trump and lawyer Rudy Giuliani")
    got = _labels("Ann Poe and lawyer Dan Morse met on Friday.")
    assert got["Dan Morse"] == ["lawyer"] and got["Ann Poe"] == []


def test_no_coordinated_role_across_a_title_or_from_a_title_word() -> None:
    got = _labels("The Republican president and first lady Ann Poe flew to El Paso.")
    assert "president" not in got["Ann Poe"] and "first lady" in got["Ann Poe"]
    got = _labels("The author and Gen. Dan Morse spoke in Baghdad.")
    assert "author" not in got["Dan Morse"]


def test_a_leaning_word_before_a_name_that_modifies_a_role_is_not_the_names() -> None:
    got = _labels("She met a right-leaning Trump opponent on Monday.")
    assert "right-leaning" not in got.get("Trump", [])
    # near case: the leaning word right before a person's name is the person's
    got = _labels("The left-leaning commentator Ann Poe spoke.")
    assert "left-leaning" in got["Ann Poe"]
