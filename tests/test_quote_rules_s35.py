"""Quote-speaker rules of session 35 (issue 15), from the errors of the development sample dev15 (AllSides lines
0-499) after its first, blind run: a well-known surname ("Trump") says its person's gender, so "she" after it is
another's. Tests on both sides (the sentences are ours)."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_she_is_not_a_well_known_man_named_by_his_surname(quote_speakers: Speakers) -> None:
    text = ('Dana Whitfield has not been touting herself as a foot soldier in the Trump army. While Trump did a '
            'private fundraiser for her, she wants voters to know she is no rubber stamp. "My job is to represent '
            'the people," she says.')
    assert quote_speakers(text) == ["Dana Whitfield"]
    # "he" still goes to him
    text = ('Dana Whitfield praised the plan. While Trump did a fundraiser for her, he would not endorse it. "We will '
            'see," he said.')
    assert quote_speakers(text) == ["Trump"]


def test_first_lady_before_a_well_known_surname_is_a_woman(quote_speakers: Speakers) -> None:
    text = '"Teachers deserve better," first lady Biden said on Monday. "We will fight for them," she added.'
    assert quote_speakers(text) == ["Biden", "Biden"]


def test_put_it_before_a_colon_is_a_verb_of_saying(quote_speakers: Speakers) -> None:
    text = ('It makes more sense to focus on total budgets. A Nato official put it like this:\n\n"These national '
            'figures can be considered indirect contributions."')
    assert quote_speakers(text) == ["Nato official"]
    assert quote_speakers('One farmer, Ann Roe, put it simply: "We are broke."') == ["Ann Roe"]
    # "put it" with an object place is no saying
    assert quote_speakers('He put it on the table: "Take it or leave it," the dealer said.') == ["the dealer"]


def test_a_show_told_is_where_the_speaker_spoke(quote_speakers: Speakers) -> None:
    text = ('Trump told “Fox News Sunday” the CIA’s reported assessment was “ridiculous” and described the claim as '
            'another “excuse” pushed by Democrats.')
    assert quote_speakers(text) == ["Trump", "Trump"]
    # a quoted phrase after "told" that is no title stays a quotation of its own
    text = 'Ann Roe told the court “I was never there,” and the judge said “we will see.”'
    assert quote_speakers(text)[0] == "Ann Roe"


def test_a_name_in_a_caption_line_is_no_pronouns_antecedent(quote_speakers: Speakers) -> None:
    text = ('"The threats have not let up," Steve Scalise wrote.\n\nMedia playback is unsupported on your device Media '
            'caption Pence: \'Those responsible will be brought to justice\'\n\nHe cited cases of Republicans being '
            '"chased out of restaurants" and worse.')
    assert quote_speakers(text)[-1] == "Steve Scalise"
    # outside a caption the nearer man is the antecedent
    text = ('"The threats have not let up," Steve Scalise wrote.\n\nMike Pence spoke on Monday.\n\nHe cited cases of '
            'Republicans being "chased out of restaurants" and worse.')
    assert quote_speakers(text)[-1] == "Mike Pence"


def test_a_named_team_put_out_a_statement_saying(quote_speakers: Speakers) -> None:
    text = 'The Clinton legal team put out a statement saying: “We will win.”'
    assert quote_speakers(text) == ["The Clinton legal team"]
    # a name before a verb stays the name ("Rasmussen toned down ...")
    assert quote_speakers('Rasmussen toned down his remarks, saying "we will see."') == ["Rasmussen"]


def test_a_role_acronym_before_an_appositive_name(quote_speakers: Speakers) -> None:
    text = ('Another Law and Justice MEP, former interior minister Joachim Brudzinski, accused supporters of '
            '“destroying the image of Poland.”')
    assert quote_speakers(text) == ["Joachim Brudzinski"]
    # a capitalised name before the comma stays the speaker
    assert quote_speakers('Jane Hale, Tom Roe and others said: “We will vote no.”')[0] != "Tom Roe"
