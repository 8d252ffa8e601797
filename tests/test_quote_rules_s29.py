"""Quote-speaker rules of session 29 (issue 15), each with tests on both sides."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_a_name_ending_in_ing_opens_the_sentence_as_a_name(quote_speakers: Speakers) -> None:
    text = ("Ann Pickering argued that the board did its job. Pickering’s report, released late last year, found "
            "“systemic failures” at the agency.")
    assert quote_speakers(text)[-1] == "Pickering’s report"


def test_a_participle_opening_the_sentence_is_still_skipped(quote_speakers: Speakers) -> None:
    text = "Speaking in a video, the mayor said the plan was “dead on arrival” for the city."
    assert quote_speakers(text) == ["the mayor"]


@pytest.mark.parametrize("text, speaker", [
    ('Update: Trump on Monday said any proposed solution that lacks wall funding is a "total waste of time."',
     "Trump"),
    ('Editor’s note: Mayor Ann Lee said the deal was "a disgrace" for the city.', "Ann Lee"),
])
def test_a_label_opening_the_sentence_is_not_its_subject(quote_speakers: Speakers, text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    'Any proposed solution is a "total waste of time," the senator said.',
    'The tweeted text was a "joke," the senator said.',
])
def test_a_participle_after_a_determiner_is_an_adjective(quote_speakers: Speakers, text: str) -> None:
    assert quote_speakers(text) == ["the senator"]


def test_a_participle_after_a_subject_still_reports(quote_speakers: Speakers) -> None:
    assert quote_speakers('The senator proposed a "grand bargain" on taxes.') == ["The senator"]


@pytest.mark.parametrize("text, speaker", [
    ("“Politicians love scapegoats,” Isle of Man Chief Minister Allan Bell told BBC.", "Allan Bell"),
    ("“Politicians love scapegoats,” Bank of England Governor Mark Carney told BBC.", "Mark Carney"),
    ("“We are happy,” says Ms. Ann Jones of The Education Trust.", "Ann Jones"),
    ("“We are happy,” said Sofia Brandt of Costa Verde.", "Sofia Brandt"),
])
def test_a_place_with_of_then_a_title_and_a_name(quote_speakers: Speakers, text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


def test_read_the_letter_inverted_attributes_to_the_text(quote_speakers: Speakers) -> None:
    text = ('"Respect for farmers is not tolerance for waste," read the letter signed by Heritage Action and 13 '
            'other groups. "Our organizations are serious about reform."')
    assert quote_speakers(text) == ["the letter", "the letter"]


def test_read_without_a_text_after_it_is_not_an_attribution(quote_speakers: Speakers) -> None:
    text = '"This is a disaster," read the senator from a prepared card.'
    assert quote_speakers(text) != ["the senator from"]
    assert quote_speakers(text)[0] != "the letter"


@pytest.mark.parametrize("text, speaker", [
    ("According to a report in the Miami New Times, the firm was sued over a “makeshift bridge” at the airport.",
     "Miami New Times"),
    ("According to a lawsuit filed March 5 in Miami-Dade Civil Court, the worker was crossing the bridge when it "
     "“broke under his weight.”", "a lawsuit"),
    ("According to Ann Lee, the plan was “a disaster” for the city.", "Ann Lee"),
])
def test_according_to_a_document(quote_speakers: Speakers, text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


# -- the session-29 review's findings --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('According to a survey of Republican voters, most believe the party is "heading in the wrong direction."',
     "a survey"),
    ('According to a report in January, the agency was "woefully unprepared" for the storm.', "a report"),
])
def test_according_to_a_document_of_a_topic_or_in_a_month(quote_speakers: Speakers, text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


def test_a_participle_capitalised_in_a_headline_still_opens_its_sentence(quote_speakers: Speakers) -> None:
    text = ('Biden Facing Pressure On Border\n\nFacing pressure from progressives, the president defended the plan '
            'on Tuesday, saying "it is the right thing to do."')
    assert quote_speakers(text) == ["the president"]


@pytest.mark.parametrize("text, speaker", [
    ('"She has no plans to run," a spokesman for her added.', "a spokesman"),
    ('"This is a disaster," an aide to her tweeted on Sunday.', "an aide"),
])
def test_an_ed_verb_after_an_object_pronoun_still_reports(quote_speakers: Speakers, text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]
