"""Quote-speaker rules of session 36 (issue 15), from the errors of the development sample dev16 (AllSides lines
0-499) and of the probe passages of session 36 after their first, blind runs. Tests on both sides (the sentences
are ours)."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_a_partial_quotation_may_open_with_a_bracket(quote_speakers: Speakers) -> None:
    text = ('Bill Harlow said pollsters could not predict who would win, saying the race was "(within) a margin" '
            'and that it would be "hubris" to predict victory.')
    assert quote_speakers(text) == ["Bill Harlow", "Bill Harlow"]


def test_said_opening_a_sentence_before_a_name_and_a_comma(quote_speakers: Speakers) -> None:
    assert quote_speakers('Duffy spoke next. Said Duffy, "It tells you how far we have to go."') == ["Duffy"]
    # "Said" that opens no attribution: the pronoun's person
    assert quote_speakers('Said to be the richest man in town, Duffy smiled. "Fine," he said.') == ["Duffy"]


def test_a_report_found_is_a_verb_of_saying_for_a_study(quote_speakers: Speakers) -> None:
    assert quote_speakers('A repeal "would likely destabilize the market," the Brookings report found.') == [
        "the Brookings report"]
    # a person who "found" something is no reporter of words ("found" stays out of the verbs)
    assert quote_speakers('"The files were gone," the officer found.') == [None]


def test_a_caption_credit_is_no_antecedent(quote_speakers: Speakers) -> None:
    text = ('Scalia spoke.\n\n"The majority arms every challenger," he said.\n\nEnlarge this image toggle caption '
            'Alex Wong/Getty Images Alex Wong/Getty Images\n\n"Do not paint me as anti-gay," he said in February.')
    assert quote_speakers(text) == ["Scalia", "Scalia"]


def test_a_party_description_re_names_the_politician(quote_speakers: Speakers) -> None:
    text = ('And in an interview with CNN\'s Jake Tapper, Rep. Brad Sherman insisted there were grounds.\n\n"The fact '
            'is, you do not have to wait," the California Democrat said.')
    assert quote_speakers(text) == ["Brad Sherman"]
    # no politician in view: the nearest person, as before
    text = 'Voters loved Jane Doe. Smith met her.\n\n"We will win," the Ohio Republican said.'
    assert quote_speakers(text) == ["Smith"]


def test_a_quotation_left_open_takes_the_speaker_of_the_next_paragraph(quote_speakers: Speakers) -> None:
    text = ('Residents packed the town hall on Tuesday. "Every winter we watch the river come up. Now they want to '
            'build there.\n\n"Whoever approved this has never lived here," said Margaret Ashworth, 72.')
    assert quote_speakers(text) == ["Margaret Ashworth", "Margaret Ashworth"]
    # a closed quotation is not carried back
    text = ('Residents packed the town hall. "Every winter we watch the river come up."\n\n"Whoever approved this '
            'has never lived here," said Margaret Ashworth, 72.')
    assert quote_speakers(text)[1] == "Margaret Ashworth"


def test_she_said_after_a_sentence_about_one_person_says_her_gender(quote_speakers: Speakers) -> None:
    text = ('Dmytro Koval, and his counterpart, Agnieszka Nowicka, clashed on Thursday. Koval said the ban was "a gift '
            'to Moscow." Nowicka rejected the charge. "Our farmers are not anyone\'s enemy," she said. He later '
            'softened his tone, saying the two governments "will find a solution."')
    assert quote_speakers(text) == ["Dmytro Koval", "Agnieszka Nowicka", "Dmytro Koval"]


def test_a_party_description_falls_back_to_the_nearest_person(quote_speakers: Speakers) -> None:
    # the only politician is out of view (a possessor): the person the rule found before
    text = ('Senator Ann Lee\'s aide met Tom Brandt on Monday.\n\n"We will win," the Ohio Republican said.')
    assert quote_speakers(text) == ["Tom Brandt"]


def test_an_open_quotation_before_a_single_quoted_one_is_not_carried_back(quote_speakers: Speakers) -> None:
    text = ('David Axelrod wrote about Justice Scalia.\n\n"Justice David Souter, Scalia\'s colleague on the court, '
            'was retiring.\n\n\'I have no illusions,\' said Scalia.')
    assert quote_speakers(text)[0] != "Scalia"


def test_a_that_clause_goes_on_in_the_quotation_after_a_subordinator(quote_speakers: Speakers) -> None:
    text = ('Ron Smith, 51, arrived early. He told the Detroit News outside the arena that although "Republicans in '
            'Congress are trying to block him," nevertheless, "Trump comes in here and gets stuff done."')
    assert quote_speakers(text) == ["Ron Smith", "Ron Smith"]
    # no "that": a subordinate clause of the writer's, whose quotation is no one's words found here
    text = 'Ron Smith arrived early. Although "Republicans are trying to block him," the plan went ahead.'
    assert quote_speakers(text)[0] != "Ron Smith"


def test_review_counter_examples_of_session_36(quote_speakers: Speakers) -> None:
    # a politician named two sentences back is not preferred to the subject just named
    text = ('Former Sen. Rob Portman attended the rally. Vivek Ramaswamy, who is running for governor, told reporters '
            'he backed the bill. "We need it now," the Ohio Republican said.')
    assert quote_speakers(text) == ["Vivek Ramaswamy"]
    # "She had delivered his children" after "X thanked the midwife" says nothing of X's gender
    text = ('Emeka Okonkwo thanked the midwife. She had delivered all three of his children.\n\n"We owe her '
            'everything," he said.')
    assert quote_speakers(text) == ["Emeka Okonkwo"]
    # an open question is not the words of the one who answers it
    text = '"What did you see that night?\n\n"I saw smoke everywhere," said firefighter Luis Ortega.'
    assert quote_speakers(text) == [None, "Luis Ortega"]
