"""Speaker attribution rules added in session 19 from the errors of the dev8 set (issue 15), each on both sides:
a sentence where the rule applies and one where it must not. The sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


def test_a_speaker_after_the_verb_stops_where_pasted_link_text_begins(quote_speakers: Speakers) -> None:
    text = ('"It is fine," said Rep. Tom Hale Thomas (Tom) Paul HaleFarm bill passes House Lawmakers weigh plan '
            'MORE (D-Ohio), who spoke Monday.')
    assert quote_speakers(text) == ["Tom Hale"]
    text = ('"It is fine," said Rep. Ann Lopez Ann Maria LopezHouse passes bill on farms MORE (D-Ohio), who spoke '
            'Monday.')
    assert quote_speakers(text) == ["Ann Lopez"]
    # with no link text the whole name is kept
    text = '"It is fine," said Rep. Mary Ann Lopez, who spoke Monday.'
    assert quote_speakers(text) == ["Mary Ann Lopez"]


def test_adjectives_coordinated_before_a_name_are_not_the_speaker(quote_speakers: Speakers) -> None:
    text = '“We will win,” a tired and angry Tom Hale told the crowd on Monday.'
    assert quote_speakers(text) == ["Tom Hale"]
    # two noun phrases joined by "and": the first is still taken, not the name after it
    text = '“We will win,” a reporter and Tom Hale told the crowd on Monday.'
    assert quote_speakers(text) != ["Tom Hale"]


def test_an_adverb_after_a_relative_clause_does_not_hide_the_subject_before_it(quote_speakers: Speakers) -> None:
    text = 'The mayor, who has faced protests in Dayton since his election, also told reporters he feels "tired".'
    assert quote_speakers(text) == ["The mayor"]
    text = 'Tom Hale, who lost his seat in Dayton, also said he feels "tired" in the city.'
    assert quote_speakers(text) == ["Tom Hale"]
    # with no comma before the adverb, the words before it are the subject
    text = 'In Dayton the new mayor Tom Hale also said he feels "tired" in the city.'
    assert quote_speakers(text) == ["Tom Hale"]


def test_a_speaker_before_pasted_link_text_and_its_verb_is_found_past_the_headlines(quote_speakers: Speakers) -> None:
    text = ('"She is smart,” Rep. Ann Lee Ann Marie LeeHouse Democrats call on ambassador to resign | Senate scraps '
            'vote: what next for wheat | Lawmakers threaten to cut taxes on corn and soy MORE (D-Ohio) told '
            'reporters, adding that she knows her.')
    assert quote_speakers(text) == ["Ann Lee"]
    # with no link text, a sentence end between the quotation and a verb still ends the search
    text = ('"She is smart,” Rep. Ann Lee wrote on Friday. Senate scraps vote: what next for wheat, lawmakers '
            'told reporters.')
    assert quote_speakers(text) != ["lawmakers"]


def test_a_name_after_a_quotation_speaks_past_a_long_appositive(quote_speakers: Speakers) -> None:
    text = '“We will stay,” Tom Hale, the host of the summit in Dayton, Ohio, told reporters.'
    assert quote_speakers(text) == ["Tom Hale"]
    text = ('“We will stay,” Tom Hale, the former mayor who is expected to announce soon whether he will run, said '
            'in an email.')
    assert quote_speakers(text) == ["Tom Hale"]
    # no verb of saying after the appositive: no speaker from it
    text = '“We will stay,” Tom Hale, the host of the summit in Dayton, Ohio, left early.'
    assert quote_speakers(text) == [None]


def test_the_object_named_as_a_quotation_after_a_verb_is_not_the_speaker(quote_speakers: Speakers) -> None:
    text = ('He described the plan as a cold "power grab," condemned Acme as "greed at its worst" and said the '
            'mayor is "always shifting blame."')
    assert quote_speakers(text) == ["He", "He", "He"]
    # "as" with no quotation after it: the name after the verb still speaks
    text = '"We will win," said Tom Hale as he left the hall.'
    assert quote_speakers(text) == ["Tom Hale"]


def test_the_person_blamed_for_saying_a_quotation_is_its_speaker(quote_speakers: Speakers) -> None:
    text = 'Critics slammed Tom Hale for saying that “we will close the plant.”'
    assert quote_speakers(text) == ["Tom Hale"]
    text = 'Voters saw ads attacking the former mayor for saying at a town hall that “we will close the plant.”'
    assert quote_speakers(text) == ["the former mayor"]
    # "for" that is not right before the participle, or with no object before it: the sentence subject
    text = 'Ann Lee stood up for hours, saying that “we will close the plant.”'
    assert quote_speakers(text) == ["Ann Lee"]
    text = 'Ann Lee is known for saying that “we will close the plant.”'
    assert quote_speakers(text) == ["Ann Lee"]
    # a noun phrase after a preposition is no verb's object
    text = 'In my note, I used a phrase a friend gave me as a shorthand for explaining why I act: “Too early is fine.”'
    assert quote_speakers(text) == ["I"]
