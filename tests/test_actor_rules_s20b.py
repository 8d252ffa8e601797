"""Session-20b actor and label rules (issue 15, from dev10's errors): each rule on a sentence it fixes and on a near
case it must leave alone. The sentences are written for these tests."""

from __future__ import annotations

import framing


def _labels(text: str) -> dict[str, list[str]]:
    return {a.name: [lab.text for lab in a.labels] for a in framing.analyze(text).actors}


def _kinds(text: str) -> dict[str, list[tuple[str, str]]]:
    return {a.name: [(lab.text, lab.kind) for lab in a.labels] for a in framing.analyze(text).actors}


def test_a_party_tag_with_a_comma_after_the_party_letter_is_an_ideological_label() -> None:
    got = _kinds("Sen. Ann Poe (D., Calif.) and Rep. Tom Reyes (R., New York) wrote the letter.")
    assert ("D., Calif.", "ideological") in got["Ann Poe"]
    assert ("R., New York", "ideological") in got["Tom Reyes"]
    # the state inside the tag is part of the tag, no place of its own
    assert "New York" not in got
    # near case: a bracketed initial without a state is no tag
    got = _kinds("The memo (D.) was signed by Tom Reyes on Monday.")
    assert not any(kind == "ideological" for kind_list in got.values() for _t, kind in kind_list)


def test_a_list_after_a_plural_role_and_including_goes_on_through_spelt_tags() -> None:
    got = _labels("Six senators including Ann Poe (D., Calif.), Tom Reyes (R., Iowa) and Dan Morse (R., Utah) "
                  "signed the letter.")
    for name in ("Ann Poe", "Tom Reyes", "Dan Morse"):
        assert "senators" in got[name]
    # near case: a name after the list's end is not in it
    got = _labels("Six senators including Ann Poe (D., Calif.) signed the letter. Tom Reyes (R., Iowa) did not.")
    assert "senators" not in got["Tom Reyes"]


def test_a_home_state_after_a_name_does_not_end_a_coordinated_list() -> None:
    got = _labels("A dozen governors including Republicans Ann Poe of Ohio, Tom Reyes of Utah and Dan Morse of "
                  "Idaho met on Friday.")
    for name in ("Ann Poe", "Tom Reyes", "Dan Morse"):
        assert "governors" in got[name]
        assert "Republicans" in got[name]
    got = _labels("Sens. Ann Poe of Maine and Tom Reyes of Ohio voted against the bill.")
    assert "Sens" in got["Tom Reyes"]
    # near cases: "of" + a place not followed by the next name, and a place that ends the list
    got = _labels("Sen. Ann Poe of Maine and the mayor of Portland, Tom Reyes, spoke.")
    assert "Sen" not in got["Tom Reyes"]
    got = _labels("A dozen governors including Ann Poe of Ohio met. Tom Reyes of Utah stayed home.")
    assert "governors" not in got["Tom Reyes"]


def test_a_party_tag_after_pasted_link_text_is_the_names() -> None:
    got = _labels("“We will act,” Rep. Ann Poe Ann Marie PoeSenators trade barbs over the budget deal Lawmakers "
                  "press for answers MORE (D-Mich.) said on Tuesday.")
    assert "D-Mich." in got["Ann Poe"]
    # near case: a tag that does not follow the link text is not moved onto the name
    got = _labels("“We will act,” Ann Poe said on Tuesday. The bill (D-Mich.) failed.")
    assert "D-Mich." not in got.get("Ann Poe", [])


def test_an_appositive_after_a_party_tag_is_the_names() -> None:
    got = _labels("Rep. Tom Reyes (R-Texas), a senior appropriator whose district includes two bases, objected.")
    assert any("appropriator" in lab or lab == "senior" for lab in got["Tom Reyes"])
    got = _labels("Rep. Tom Reyes (R-Texas), the chairman of the House spending panel, objected.")
    assert any("chairman" in lab for lab in got["Tom Reyes"])
    # near case: the next name of a list after a tag between commas is no appositive
    got = _labels("Several lawmakers, including Rep. Tom Reyes, R-Texas, and Rep. Ann Poe, R-Ohio, objected.")
    assert got["Tom Reyes"].count("Rep") == 1  # (his own title, not Ann Poe's)


def test_a_plural_organisation_noun_before_coordinated_names_labels_each() -> None:
    got = _kinds("The war strengthened militant organizations Hezbollah and Hamas across the region.")
    assert ("organizations", "descriptive") in got["Hezbollah"]
    assert ("organizations", "descriptive") in got["Hamas"]
    # near case: the noun after the names is not theirs; and a person's list does not pass on to an organisation
    got = _labels("Hezbollah and Hamas organizations grew stronger.")
    assert got["Hezbollah"] == [] and got["Hamas"] == []
    got = _labels("Sens. Ann Poe and Tom Reyes met. Hamas and Hezbollah did not answer.")
    assert "Sens" not in got.get("Hamas", []) and "Sens" not in got.get("Hezbollah", [])


def test_guards_from_the_dev_line_diff() -> None:
    # the office sought before "including" is no label of the names (the list itself still goes on past the states)
    got = _labels("Two contenders running for president, including Sens. Ann Poe of Ohio and Tom Reyes of Utah, "
                  "objected.")
    assert "president" not in got["Ann Poe"] and "president" not in got["Tom Reyes"]
    assert "Sens" in got["Tom Reyes"]
    # near case: a role noun before "including" still labels them
    got = _labels("Two lawmakers, including Ann Poe of Ohio and Tom Reyes of Utah, objected.")
    assert "lawmakers" in got["Ann Poe"] and "lawmakers" in got["Tom Reyes"]
    # organisations in a list share a plural kind of organisation only, not a person's role noun
    got = _labels("It ignored pleas from doctors, scientists, the Federal Health Agency, and the World Health "
                  "Organization.")
    assert "scientists" not in got.get("World Health Organization", [])


def test_an_office_in_general_before_a_comma_and_a_name_is_a_title() -> None:
    got = _kinds("The attorney general of Nevada, Ken Marlow, said the suit would go ahead.")
    assert ("attorney general of Nevada", "title") in got["Ken Marlow"]
    got = _kinds("The deputy secretary general at the Andean Forum, Luis Mora, condemned the attack.")
    assert any(lab.startswith("deputy secretary general") for lab, _k in got["Luis Mora"])
    # near case: "general" after a noun that is no office ("the plan in general")
    got = _labels("The plan in general, Ken Marlow said, was fine.")
    assert got["Ken Marlow"] == []


def test_a_compound_participle_before_a_role_after_a_possessor() -> None:
    got = _labels("Lin Wei, Valdoria's newly-named foreign minister, arrived on Sunday.")
    assert any("foreign minister" in lab for lab in got["Lin Wei"])
    # near case: a compound participle before a noun that is no role
    got = _labels("Lin Wei, Valdoria's war-related losses, and the talks were discussed.")
    assert got["Lin Wei"] == []


def test_an_appositive_opened_by_now_after_a_party_tag() -> None:
    got = _labels("Former Rep. Dan Morse (R-Ga.), now a lobbyist, watched from the sidewalk.")
    assert "lobbyist" in got["Dan Morse"]
    # near case: "now" opening a clause after the tag is no appositive
    got = _labels("Former Rep. Dan Morse (R-Ga.), now the bill is dead, watched from the sidewalk.")
    assert not any("bill" in lab for lab in got["Dan Morse"])


def test_a_faith_noun_heads_an_indefinite_appositive() -> None:
    got = _labels("Guards mocked Tom Reyes, a Methodist, during the trial.")
    assert got["Tom Reyes"] == ["Methodist"]
    # near case: the faith word modifying an organisation noun is no faith label
    got = _labels("Tom Reyes, a Catholic Church official, spoke on Monday.")
    assert "Catholic" not in got["Tom Reyes"]


def test_more_role_nouns_citizens_and_professions() -> None:
    got = _labels("The letter named the Danish citizen, Lars Holm, and Ann Poe, a chemist at the Boston Lab who "
                  "testified.")
    assert any("citizen" in lab for lab in got["Lars Holm"])
    assert any("chemist" in lab for lab in got["Ann Poe"])
    # near case: a role noun after a name in a clause is no appositive ("X, chemist says" is a headline verb form)
    got = _labels("Ann Poe said the plumber fixed it.")
    assert got["Ann Poe"] == []


def test_guards_for_plural_objects_and_plural_words_inside_names() -> None:
    # a plural object of a preposition is still the kind of the examples (only a singular office is not)
    got = _labels("She has opened for comedians such as Dan Morse and Ann Poe.")
    assert "comedians" in got["Dan Morse"]
    # a plural role word inside an organisation's name in an appositive is no label of the person
    got = _labels("said Tom Reyes, spokesman for the Liberty Patriots Citizens Fund, on Monday.")
    assert "Citizens" not in got["Tom Reyes"]
    # near case: the lower-case plural role in an appositive still is one
    got = _labels("Tom Reyes and Ann Poe, citizens of Ohio, signed it.")
    assert any("citizens" in lab for lab in got.get("Ann Poe", []) + got.get("Tom Reyes", []))
