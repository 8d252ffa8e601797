"""Session-25 actor rule (issue 15, found on the blind6 gold, a development set from that session): a common first
name that is also a word of laws ("Bill") opens a person's name. With near cases it must leave alone. The sentences
are written for these tests."""

from __future__ import annotations

import framing
from tests.actor_views import actor_of_mention
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


def test_a_reflexive_pronoun_tells_which_of_two_namesakes_a_bare_surname_is() -> None:
    text = ("Dana Okafor wrote a memoir about the scandal.\n\n"
            "Okafor described herself as angry when her husband told her about his debts.\n\n"
            "Years later, Tom Okafor said he was sorry.")
    assert actor_of_mention(text, "Okafor") == ("Dana Okafor", "person")
    # near case: the reflexive of the other namesake
    text = ("Dana Okafor wrote a memoir about the scandal.\n\n"
            "Okafor described himself as a victim of the press.\n\n"
            "Years later, Tom Okafor said he was sorry.")
    assert actor_of_mention(text, "Okafor") == ("Tom Okafor", "person")


def test_a_party_tag_ending_a_paragraph_labels_the_name_before_it() -> None:
    text = '"Nobody can predict it," said Rep. Dana Okafor, D-Tenn.\n\nOthers agreed.'
    labels = [lab for a in framing.analyze(text).actors if a.name == "Dana Okafor" for lab in a.labels]
    assert ("D-Tenn.", "ideological") in {(lab.text, lab.kind) for lab in labels}
    # near case: a capitalised word after a comma that is no party tag
    text = '"Nobody can predict it," said Rep. Dana Okafor, Tennessee.\n\nOthers agreed.'
    labels = [lab for a in framing.analyze(text).actors if a.name == "Dana Okafor" for lab in a.labels]
    assert all(lab.kind != "ideological" for lab in labels)


def test_a_think_tank_or_watchdog_before_a_name_makes_an_organisation() -> None:
    table = _actors('"We are down to six," said Dana Okafor of the think tank Acme Works.')
    assert table["Acme Works"][0] == "organisation" and table["Dana Okafor"][0] == "person"
    assert _actors("The conservative watchdog Valdorian Watch sued.")["Valdorian Watch"][0] == "organisation"
    # near case: a verb 'lobby' before a person's name
    assert _actors("Allies tried to lobby Dana Okafor on the plan.")["Dana Okafor"][0] == "person"


def test_a_regime_named_after_a_leader_named_elsewhere_is_an_actor_of_its_own() -> None:
    text = "President Dana Okafor spoke on Monday. The Okafor regime's forces attacked. The Okafor regime denied it."
    table = _actors(text)
    assert table["Okafor regime"][0] == "organisation"
    assert table["Dana Okafor"][1] == ["Dana Okafor"]  # the regime's mentions are not the person's
    # near case: the leader named only in "the Okafor regime" keeps it (as with "the Okafor administration")
    assert "Okafor regime" not in _actors("Under the Okafor regime, prices rose. Okafor said he was proud.")


def test_pasted_link_text_after_a_mc_name_or_after_a_camel_case_word_is_found() -> None:
    from framing.scorers.names import link_text_spans

    # a capital inside a word before the link ("ObamaCare", "McConnell") was taken for the glued surname and the
    # link was missed; a "Mc" surname glued to a digit or a capital was never found
    text = ("The ObamaCare fight goes on, with Sens. Dana McVale Dana Rose McVale2020 Democrats make a play MORE "
            "(R-Ariz.) and Tom Okafor Thomas Lee OkaforSenate GOP waves off a motion MORE (R-Ky.) opposed.")
    spans = [text[s:e] for s, e in link_text_spans(text)]
    assert spans == ["Dana Rose McVale2020 Democrats make a play MORE",
                     "Thomas Lee OkaforSenate GOP waves off a motion MORE"]
    labels = {a.name: {(lab.text, lab.kind) for lab in a.labels} for a in framing.analyze(text).actors}
    assert ("R-Ariz.", "ideological") in labels["Dana McVale"] and ("R-Ky.", "ideological") in labels["Tom Okafor"]
    # near case: an ordinary sentence with a capital inside a word and a MORE is no link text
    assert link_text_spans("The McConnell plan drew MORE support than ObamaCare did.") == ()


def test_more_person_nouns_label_the_name_they_describe() -> None:
    labels = {a.name: {lab.text for lab in a.labels} for a in framing.analyze(
        "Lee defended the prosecution of his chief political antagonist, Dana Okafor, for corruption. "
        "Police named the suicide bomber Tom Vale on Tuesday.").actors}
    assert "political antagonist" in labels["Dana Okafor"] and "bomber" in labels["Tom Vale"]
    # near case: a plural noun after a country in a comma pair is no label of the country
    labels = {a.name: {lab.text for lab in a.labels} for a in framing.analyze(
        "If we went to war in Valdoria, our adversaries might lose.").actors}
    assert not labels.get("Valdoria")
