"""Quote-speaker rules of session 31 (issue 15): "the company", "the agency", "the paper" said re-names the
organisation just named; tests on both sides."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_an_organisation_description_re_names_the_organisation_just_named(quote_speakers: Speakers) -> None:
    assert quote_speakers('The CDC issued new guidance on Monday. "Masks remain useful indoors," the agency said.') \
        == ["CDC"]
    text = ('"We are leaving," Acme Corp. said in a statement on Thursday. The company added that "the politicians '
            'made it impossible."')
    assert quote_speakers(text) == ["Acme Corp", "Acme Corp"]


def test_an_organisation_description_with_two_candidates_or_none_as_subject_stays(quote_speakers: Speakers) -> None:
    # two organisations named: which one the company is, is not told
    text = 'Amazon bought Whole Foods on Friday. "We are thrilled," the company said.'
    assert quote_speakers(text) == ["the company"]
    # the only organisation is no sentence's subject and did not speak
    text = 'Mr. Lee wrote on Twitter that it was over. "It was doomed," the paper said.'
    assert quote_speakers(text) == ["the paper"]


def test_an_aside_as_x_put_it_or_in_the_words_of_x_gives_the_quotation_its_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('The reform, as Governor Lena Ortiz put it, is "long overdue."') == ["Lena Ortiz"]
    assert quote_speakers('The verdict was, in the words of prosecutor Lisa Grant, "a long time coming."') \
        == ["Lisa Grant"]


def test_an_aside_far_from_the_quotation_gives_it_no_speaker(quote_speakers: Speakers) -> None:
    # a full clause between the aside and the quotation: the words are not shown to be the governor's
    text = ('The reform, as Governor Lena Ortiz put it, is long overdue, and the bill that the assembly passed on '
            'Friday is "a fraud on the voters."')
    assert "Lena Ortiz" not in quote_speakers(text)


def test_a_name_in_the_appositive_after_a_title_speaks(quote_speakers: Speakers) -> None:
    text = '“We condemn this attack,” the United Nations Secretary-General, António Guterres, said in a statement.'
    assert quote_speakers(text) == ["António Guterres"]
    assert quote_speakers('"We will win," the German Chancellor, Angela Merkel, told reporters.') == ["Angela Merkel"]


def test_a_title_with_no_name_after_it_stays_the_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('"We will win," the Chancellor said.') == ["the Chancellor"]
    # a clause after the comma, not a name: the title speaks
    assert quote_speakers('"We will win," the Chancellor, who spoke from Bonn, said.') == ["the Chancellor"]


def test_a_headline_name_before_a_colon_and_a_quotation_speaks(quote_speakers: Speakers) -> None:
    text = 'Zelensky: "We will defend every city."\n\nThe president spoke on Monday in Kyiv.'
    assert quote_speakers(text) == ["Zelensky"]
    text = "Okafor on tariffs: ‘We will respond in kind’\n\nThe minister spoke on Monday."
    assert quote_speakers(text) == ["Okafor"]


def test_a_headline_word_before_a_colon_is_no_speaker(quote_speakers: Speakers) -> None:
    assert "Update" not in quote_speakers('Update: "Masks" are back.\n\nThe rule changed on Monday.')


def test_she_goes_to_the_woman_addressed_as_ms_not_to_a_man_of_unknown_gender(quote_speakers: Speakers) -> None:
    text = ("Yeonmi Park, a human rights activist, fled in 2007.\n\nKim Jong-un met Mr. Trump at the border. Ms. Park "
            "moved to New York in 2014.\n\n“The Kim regime is not legitimate,” she wrote.")
    assert quote_speakers(text) == ["Yeonmi Park"]


def test_the_senator_re_names_the_person_titled_sen_or_given_the_title_in_an_appositive(
        quote_speakers: Speakers) -> None:
    text = 'Sen. Margaret Holloway chairs the panel. "I know some of you wanted a fight," the senator said.'
    assert quote_speakers(text) == ["Margaret Holloway"]
    text = 'Councilwoman Theresa Okonkwo won the vote. "Victor has predicted a lot," the councilwoman said.'
    assert quote_speakers(text) == ["Theresa Okonkwo"]
    text = ('Margrethe Vestager, the EU competition commissioner, leaves office this year. "We do not pick targets by '
            'nationality," the commissioner said.')
    assert quote_speakers(text) == ["Margrethe Vestager"]


def test_a_title_after_a_name_that_opens_the_next_clause_is_no_appositive(quote_speakers: Speakers) -> None:
    # "the president" is the subject of "told", not an appositive of the aide
    text = ('President Tom Hale spoke on Friday. When asked whether he would pardon his aide Carl Duke, the president '
            'told reporters, "I can say this: people are angry."')
    assert quote_speakers(text) == ["Tom Hale"]
    # a former governor is not "the governor"
    text = 'Jane Roe, the former governor, met Gov. Ann Lee. "It is done," the governor said.'
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_pronoun_of_the_other_gender_as_an_object_says_nothing_of_the_named_person(quote_speakers: Speakers) -> None:
    text = 'Dieter Hansen has worked with her for years. "She is patient," he said.'
    assert quote_speakers(text) == ["Dieter Hansen"]
    # a possessive "her" after the name still says the name's gender
    text = 'Kim Davis refused to do her job. "I will not," she said.'
    assert quote_speakers(text) == ["Kim Davis"]


def test_the_person_named_after_a_possessors_role_is_the_next_pronoun(quote_speakers: Speakers) -> None:
    text = 'Finch\'s lawyer, Harold Lindqvist, countered the claim. "There was no scheme," he told the jury.'
    assert quote_speakers(text) == ["Harold Lindqvist"]
    text = ('Mr Johnson\'s lawyer, Brent Wisner, said the verdict was clear.\n\n"When you are right, it is easy to '
            'win," he said.')
    assert quote_speakers(text) == ["Brent Wisner"]


def test_a_possessor_before_a_capitalised_noun_stays_the_topic(quote_speakers: Speakers) -> None:
    text = 'Dov Zakheim spoke first.\n\nDonald Trump\'s White House is a drama. "I like conflict," he said.'
    assert quote_speakers(text) == ["Donald Trump"]


def test_what_x_called_names_the_speaker_of_the_quoted_words(quote_speakers: Speakers) -> None:
    text = 'He settled a lawsuit over what critics called a "culture of impunity."'
    assert quote_speakers(text) == ["critics"]
    text = 'Later, Kurtz and his guest discussed what Kurtz called a "woke standard" for journalism.'
    assert quote_speakers(text) == ["Kurtz"]


def test_what_x_calls_a_term_or_a_pronoun_is_left_to_the_sentence(quote_speakers: Speakers) -> None:
    assert quote_speakers('It is what economists call "stagflation."') != ["economists"]
    text = 'Israel said it would try to stop what it called a "historic surrender."'
    assert quote_speakers(text) == ["Israel"]


def test_a_name_after_a_role_in_the_appositive_of_a_description_speaks(quote_speakers: Speakers) -> None:
    assert quote_speakers('"I don\'t recall," the witness, former aide Tyler Beaumont, said.') == ["Tyler Beaumont"]
    text = ('Justice Anthony Kennedy wrote for the court. The law, said Kennedy, had "the purpose and effect to '
            'disparage and to injure" the couples.')
    assert quote_speakers(text) == ["Anthony Kennedy"]


def test_a_relative_clause_in_the_appositive_names_no_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('"We will win," the lawyer, who represents Ann Lee, said.') == ["the lawyer"]
