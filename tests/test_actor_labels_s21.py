"""Session-21 label rules (issue 15, from the errors of the development set dev11 and the dev-line diff): each rule
on a sentence it fixes and on a near case it must leave alone. The sentences are written for these tests."""

from __future__ import annotations

import framing


def _labels(text: str) -> dict[str, list[str]]:
    return {a.name: [lab.text for lab in a.labels] for a in framing.analyze(text).actors}


def _kinds(text: str, name: str) -> dict[str, str]:
    actor = next(a for a in framing.analyze(text).actors if a.name == name)
    return {lab.text: lab.kind for lab in actor.labels}


def test_an_appositive_after_a_spaced_dash_is_the_names() -> None:
    got = _labels("The measure was backed by Jane Roe — a longtime lobbyist for the farm industry — on Monday.")
    assert "lobbyist" in " ".join(got["Jane Roe"])
    got = _labels("Nike hired Colin Doe — the first football player to kneel during the anthem.")
    assert "player" in " ".join(got["Colin Doe"])
    # near case: a dash that closes an aside opened before the name starts no appositive of it
    got = _labels("Two governors -- Ann Poe and Jane Roe -- a senator, and a mayor were named in the suit.")
    assert "senator" not in " ".join(got.get("Jane Roe", []))
    # near case: a clause after the dash, no role
    got = _labels("The delegates spoke to Jane Roe — the tariffs were too high, they said.")
    assert got.get("Jane Roe", []) == []


def test_a_spelt_party_and_state_before_a_dash_is_the_names_ideological_label() -> None:
    got = _kinds("The plan was drafted by Mr. Corker and Ann Poe, Democrat of Ohio — and it passed.", "Ann Poe")
    assert got.get("Democrat of Ohio") == "ideological"
    # near case: the party word followed by more of a phrase is no tag
    got = _kinds("The plan was drafted by Ann Poe, a Democrat of some standing in the state.", "Ann Poe")
    assert "Democrat of some" not in got


def test_a_modifier_before_a_chamber_and_its_title_is_the_names() -> None:
    got = _labels("Republicans won after they beat longtime Senate Majority Leader Mike Doe in the fall.")
    assert "longtime" in got["Mike Doe"]
    # near case: a chamber before a lower-case race role keeps the party of the race ideological
    got = _kinds("Polls show the state's Republican Senate candidate Leah Roe trailing.", "Leah Roe")
    assert got.get("Republican") == "ideological"


def test_a_modifier_and_a_party_before_a_home_place_or_employer_and_a_role_are_the_persons() -> None:
    text = "“We won,” veteran Ohio Democratic campaign consultant Jeff Doe said on Monday."
    got = _kinds(text, "Jeff Doe")
    assert got.get("veteran") == "descriptive" and got.get("Democratic") == "ideological"
    assert _labels(text).get("Ohio", []) == []  # the place only modifies the person's role
    got = _labels("Nike featured former San Francisco 49ers quarterback Colin Doe in the ad.")
    assert "former" in got["Colin Doe"]
    assert got.get("San Francisco", []) == []
    # near case: a home place before a role without a modifier or party gives the person no place label
    got = _labels("“We won,” Ohio campaign consultant Jeff Doe said on Monday.")
    assert "Ohio" not in got.get("Jeff Doe", [])


def test_words_around_a_partys_members_are_no_labels_of_the_party() -> None:
    got = _labels("Even many top Republicans said they hoped the party had learned a lesson.")
    assert got.get("Republican Party", []) == []
    got = _labels("Rep. Ann Poe of Ohio, the top Democrat on the panel, urged him to stay.")
    assert got.get("Democratic Party", []) == []
    assert "top" in got["Ann Poe"]
    # near case: a label of the party's own name stays
    got = _labels("The conservative Republican Party won the state in a landslide.")
    assert "conservative" in got["Republican Party"]


def test_a_party_before_a_role_noun_modifies_the_role() -> None:
    got = _labels("He said Newt Doe, a former Republican speaker of the House, agreed.")
    assert got.get("Republican Party", []) == []
    assert "former" in got["Newt Doe"]


def test_a_full_stop_after_a_full_title_word_ends_the_left_scan() -> None:
    got = _labels("Turnout rose, according to the Iowa Secretary of State. Republican turnout also rose.")
    assert got.get("Republican Party", []) == []
    # near case: the full stop of an abbreviated title does not end it
    got = _labels("He met Sen. John Doe on Monday in Des Moines.")
    assert any(lab.startswith("Sen") for lab in got["John Doe"])


def test_a_role_phrase_after_a_home_place_is_no_label_of_the_next_name() -> None:
    got = _labels("Under questioning by Senator Bob Doe of Tennessee, the ranking Republican, Mr. John Roe "
                  "walked back his comment.")
    assert got.get("John Roe", []) == []
    assert "Republican" in got["Bob Doe"]
    # near case: a possessor's role before a comma and a name closed by a comma stays the name's
    got = _labels("He moved in with a friend's family, the family's lawyer, Jim Lewis, told reporters.")
    assert "lawyer" in got["Jim Lewis"]


def test_the_object_of_a_fronted_preposition_is_no_label_of_the_subject() -> None:
    got = _labels("In a letter to his Mexican counterpart, Mr. Andres Lopez said the border was safe.")
    assert got.get("Andres Lopez", []) == []
    # near case: a fronted role phrase without a preposition is the subject's
    got = _labels("The economy is falling. A former diplomat, Mr. Dan Doe has served as director since March.")
    assert "diplomat" in got["Dan Doe"]
    # near case: a role the subject takes ("since becoming ...") stays the subject's
    got = _labels("Speaking in his first interview since becoming prime minister, Haider Doe told reporters.")
    assert "prime minister" in got["Haider Doe"]


def test_relational_and_kin_role_nouns_are_labels() -> None:
    got = _labels("Mr. Trump spoke on the phone with his Ukrainian counterpart, Volodymyr Doe.")
    assert "counterpart" in " ".join(got["Volodymyr Doe"])
    got = _labels("The book slammed son-in-law Jared Doe and others.")
    assert "son-in-law" in got["Jared Doe"]
    got = _labels("In the chaos, careerists such as John Brennan and James Comey escape scrutiny.")
    assert "careerists" in got["James Comey"]
    # near case: a relational noun as the object of a fronted preposition stays off the subject
    got = _labels("In another departure from his predecessor, President Jane Roe used the word three times.")
    assert "predecessor" not in got.get("Jane Roe", [])


def test_a_role_after_the_name_and_the_closing_the_phrase_is_a_label() -> None:
    got = _labels("What was true for Jane Roe the senator was true for Jane Roe the candidate.")
    assert "candidate" in got["Jane Roe"]
    # near case: an object after "the" is no role
    got = _labels("The party gave Jane Roe the nomination in June.")
    assert got.get("Jane Roe", []) == []


def test_a_lower_case_office_with_an_of_complement_before_a_name_is_a_title() -> None:
    got = _kinds("Former director of national intelligence James Doe lied under oath.", "James Doe")
    assert got.get("Former director of national intelligence") == "title"
    # near case: an organisation's name after "of the" is no complement of a lower-case title
    got = _labels("Jim Doe, executive director of the Fraternal Order of Police, said so.")
    assert not any(lab.endswith("of the") for labs in got.values() for lab in labs)
    # near case: a preposition after the office ends it ("secretary of state under ...")
    got = _labels("Ann Poe served as secretary of state under George Doe in 2004.")
    assert got.get("George Doe", []) == []
