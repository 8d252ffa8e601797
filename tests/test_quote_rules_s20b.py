"""Speaker attribution rules added in session 20b from the errors of the dev10 set (issue 15), each on both sides:
a sentence where the rule applies and a near one it must leave alone. The sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

from framing import Analyzer

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


# --- the full stop of an abbreviation inside parentheses ("(D-Calif.)") ends no sentence between two quotations


def test_a_quotation_goes_on_after_a_party_tag_with_a_full_stop(quote_speakers: Speakers) -> None:
    text = ('“We cannot wait for the report!” said Rep. Paul Harris (D-Wis.), referring to special counsel Robert '
            'Mueller’s inquiry. “People should be patient and let the auditors finish.”')
    assert quote_speakers(text) == ["Paul Harris", "Paul Harris"]
    text = ('“Premature,” added Rep. Mark Olsen (D-Calif.). “We should set a higher bar for ourselves.” Even the '
            'chairman was surprised.')
    assert quote_speakers(text) == ["Mark Olsen", "Mark Olsen"]


def test_a_sentence_of_the_writer_between_still_ends_the_voice(quote_speakers: Speakers) -> None:
    text = ('“We cannot wait for the report!” said Rep. Paul Harris (D-Wis.). The chairman was surprised by it. '
            '“People should be patient and let the auditors finish.”')
    assert quote_speakers(text) == ["Paul Harris", None]


# --- a pronoun's antecedent: a person named in a leading adverbial clause ("While X had ..., Y ...") is not the
# --- sentence's subject


def test_pronoun_skips_the_person_of_a_leading_while_clause(quote_speakers: Speakers) -> None:
    text = ('While Senator Mark Olsen had shown some interest in the plan, Governor Alan Price could barely hide '
            'his anger. “We will have to pay for every mile of it,” he said during a hearing last year.')
    assert quote_speakers(text) == ["Alan Price"]
    text = ('Although Senator Mark Olsen backed the bill, Governor Alan Price vetoed it on Friday. “It costs far '
            'too much,” he said.')
    assert quote_speakers(text) == ["Alan Price"]


def test_pronoun_keeps_the_subject_when_the_while_clause_comes_second(quote_speakers: Speakers) -> None:
    text = ('Senator Mark Olsen had shown some interest in the plan, while Governor Alan Price could barely hide '
            'his anger. “We will have to pay for every mile of it,” he said during a hearing last year.')
    assert quote_speakers(text) == ["Mark Olsen"]


# --- "he told X": X is the listener of the pronoun's referent, not the next "he"


def test_pronoun_skips_the_listener_of_the_same_pronoun(quote_speakers: Speakers) -> None:
    text = ('More broadly, Governor Alan Price has long disliked what he has called the “drama” of politics. The '
            'state should speak with one voice, he told Peter Walsh of the Herald in 2009. “It is bad for '
            'everyone,” he told Mr. Walsh.')
    assert quote_speakers(text)[-1] == "Alan Price"
    text = ('The governor has long disliked the tone of politics, he told Peter Walsh of the Herald in 2009. '
            '“It is bad for everyone,” he told Mr. Walsh.')
    assert quote_speakers(text)[-1] != "Peter Walsh"


def test_the_listener_of_another_pronoun_may_speak(quote_speakers: Speakers) -> None:
    # "she told Peter Walsh": the next "he" may well be Walsh
    text = ('More broadly, Governor Alan Price has long disliked what he has called the “drama” of politics. The '
            'state should speak with one voice, she told Peter Walsh of the Herald in 2009. “It is bad for '
            'everyone,” he told reporters.')
    assert quote_speakers(text)[-1] == "Peter Walsh"


# --- a show or publication quoted as where someone spoke does not end the reporting clause


def test_a_quoted_venue_title_does_not_hide_the_verb_before_it(quote_speakers: Speakers) -> None:
    text = ('Senator Ann Baker spoke first. The chairman of the committee, Mark Olsen, said on “Face the Nation” '
            'on Sunday that “the agency had it right.”')
    assert quote_speakers(text) == ["Mark Olsen"]
    text = 'Mark Olsen wrote in “The Daily Report” on Sunday that the plan was “a disaster.”'
    assert quote_speakers(text) == ["Mark Olsen"]


def test_a_quoted_venue_title_leaves_a_new_clause_its_own_speaker(quote_speakers: Speakers) -> None:
    text = 'Mark Olsen was asked about it in “The Daily Report” on Sunday, and the agency called the plan “a disaster.”'
    assert quote_speakers(text) == ["the agency"]
    text = ('Mark Olsen insisted the vote would go ahead on “whatever day the leaders choose to pick,” and the agency '
            'later called the plan “a disaster.”')
    assert quote_speakers(text) == ["Mark Olsen", "the agency"]


# --- a restrictive "who" clause in the subject: the noun it restricts speaks


def test_the_noun_before_a_restrictive_who_clause_speaks(quote_speakers: Speakers) -> None:
    text = ('But a lawyer who obtained internal church paperwork said at the time that it “shows a clear line to '
            'the top.”')
    assert quote_speakers(text) == ["lawyer"]
    text = 'A lawyer who represents two of the victims said on Monday that the files “show a clear line to the top.”'
    assert quote_speakers(text) == ["lawyer"]


def test_a_who_clause_after_the_object_keeps_the_subject(quote_speakers: Speakers) -> None:
    text = 'Mark Olsen mocked the voters who then said it was “a disaster.”'
    assert quote_speakers(text) == ["Mark Olsen"]


# --- a description that opens the sentence, named in the appositive after it


def test_a_description_gives_way_to_the_name_in_its_appositive(quote_speakers: Speakers) -> None:
    text = ('The spiritual leader of 1.2 billion union members, Pope Leo XIV, surprised the crowd by saying he '
            'will retire “because of his health.”')
    assert quote_speakers(text) == ["Leo XIV"]
    text = ('The leader of the Roman Catholics, Mark Olsen, surprised the crowd by saying he will retire “because '
            'of his health.”')
    assert quote_speakers(text) == ["Mark Olsen"]


def test_a_description_with_an_unnamed_appositive_stays(quote_speakers: Speakers) -> None:
    text = ('The leader of the union, a retired teacher, surprised the crowd by saying he will retire “because of '
            'his health.”')
    assert quote_speakers(text) == ["The leader of the union"]


# --- 'As X put it, "..."' before the quotation


def test_as_x_put_it_before_a_quotation_attributes_it(quote_speakers: Speakers) -> None:
    assert quote_speakers('As Mark Olsen put it, “We cannot pay for this.”') == ["Mark Olsen"]
    text = 'As this Herald headline put it yesterday, “Mayor Struggles to Balance the City Budget.”'
    assert quote_speakers(text) == ["Herald headline"]


def test_as_x_put_it_in_another_sentence_or_a_saying_does_not(quote_speakers: Speakers) -> None:
    text = 'As Mark Olsen put it to reporters, the budget was tight. “We cannot pay for this,” the mayor said.'
    assert quote_speakers(text) == ["the mayor"]
    assert quote_speakers('The budget was tight. As the saying goes, “You cannot have it both ways.”') == [None]


# --- '"...," he said' opening a paragraph after a sentence whose subject is an unnamed person who speaks


def test_pronoun_goes_to_the_unnamed_person_whose_words_the_sentence_before_reports(quote_speakers: Speakers) -> None:
    text = ('Mark Olsen did not respond to a request for comment. However, one retired police officer, who told '
            'Herald.com he has resumed carrying his gun, said he was disgusted.\n\n“I don’t know what is wrong '
            'with people,” he said. “I just don’t understand it.”')
    assert quote_speakers(text) == ["one retired police officer", "one retired police officer"]


def test_pronoun_rule_leaves_a_named_appositive_and_a_pronoun_inside_a_sentence(quote_speakers: Speakers) -> None:
    text = ('Mark Olsen spoke first. One officer, Tom Hale, who knew him, said it was late.\n\n“It will be ready '
            'soon,” he said.')
    assert quote_speakers(text) == ["Tom Hale"]
    text = ('Mark Olsen spoke first. One retired officer said the plan was late. The report, he said, “will be '
            'ready soon.”')
    assert quote_speakers(text) == ["Mark Olsen"]


# --- scraped page furniture ("Story highlights", "Hide Caption") is no one a pronoun refers to


def test_pronoun_skips_scraped_page_furniture(quote_speakers: Speakers) -> None:
    text = ('Acme to close its plant, union says\n\nStory highlights Governor Alan Price says the plant will close'
            '\n\nHe says the state\'s budget "has run dry"\n\nA new deal is expected by May.')
    assert quote_speakers(text) == ["Alan Price"]
    text = ('Governor Alan Price waves in the capitol in 2012. He announced that he will resign "because of his '
            'health." Hide Caption 1 of 30\n\n"Before May, we will have a new governor," he said.')
    assert quote_speakers(text) == ["Alan Price", "Alan Price"]


def test_a_name_that_merely_starts_like_page_furniture_still_counts(quote_speakers: Speakers) -> None:
    text = 'Governor Alan Price waited. Senator Hide Jones spoke first.\n\n"Before May, we will be done," he said.'
    assert quote_speakers(text) == ["Hide Jones"]


# --- a be-form that ends a quotation is no auxiliary of the verb after it


def _verbs(analyzer: Analyzer, text: str) -> list[str | None]:
    return [q.verb for q in analyzer.analyze(text).quotes]


def test_a_quotation_ending_in_a_be_form_keeps_its_inverted_attribution(quote_speakers: Speakers) -> None:
    text = '“I think people will see them for what they are,” said Tom Roberts, a union spokesman.'
    assert quote_speakers(text) == ["Tom Roberts"]
    assert quote_speakers('“It was,” said Tom Roberts.') == ["Tom Roberts"]


def test_a_passive_be_said_is_still_no_reporting_verb(device_analyzer: Analyzer) -> None:
    text = 'Tom Roberts is said to have called the plan “a mistake.”'
    assert _verbs(device_analyzer, text) == ["called"]
    text = 'The rules were said by critics to be “a mistake.”'
    assert _verbs(device_analyzer, text) != ["said"]


# --- a capitalised quotation introduced by "said:" is someone's words, not a title


def test_a_capitalised_quotation_after_said_colon_is_a_quotation(quote_speakers: Speakers) -> None:
    text = ('Mark Olsen said: "This is not the Iraq War" from a decade ago "but make no mistake -- we know we are at '
            'war with the group."')
    assert quote_speakers(text) == ["Mark Olsen", "Mark Olsen"]


def test_a_title_after_a_colon_without_a_reporting_verb_stays_a_title(quote_speakers: Speakers) -> None:
    assert quote_speakers('Mark Olsen on his new book: "The Long March Home" is out in May.') == []
    assert quote_speakers('The show\'s title: "The Long March Home" airs in May.') == []


def test_a_chant_after_a_colon_is_no_quotation_of_the_chanters(quote_speakers: Speakers) -> None:
    assert quote_speakers('The protesters carried signs and chanted: "Stop The Plan!"') == []
