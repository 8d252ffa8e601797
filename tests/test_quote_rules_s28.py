"""Quote-speaker rules of session 28 (issue 15), each with tests on both sides."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


@pytest.mark.parametrize("text, speaker", [
    # a role appositive with its determiner and complement, then a second appositive
    ("Luke Chung, the president of FMS, a database company in Virginia, said the plan was “not unreasonable.”",
     "Luke Chung"),
    ("Ann Lee, president of United Teachers, a union, said it was “a disgrace.”", "Ann Lee"),
])
def test_the_role_appositive_of_a_name_is_not_the_speaker(quote_speakers: Speakers, text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


def test_a_bare_role_after_a_name_may_open_the_next_clause(quote_speakers: Speakers) -> None:
    text = ("President Donald Trump spoke on Friday. When asked whether he would pardon his onetime aide Michael "
            "Flynn, the president told reporters, “I can say this: people are very angry.”")
    assert quote_speakers(text) != ["Michael Flynn"]


@pytest.mark.parametrize("text, speaker", [
    ("“Iran is very close,” Cory Fritz, press secretary for House Speaker John A. Boehner, Ohio Republican, said "
     "in a statement Thursday night.", "Cory Fritz"),
    ("“We lost,” Ann Lee, spokeswoman for the Treasury, an agency in crisis, said on Monday.", "Ann Lee"),
])
def test_a_name_then_a_role_appositive_without_a_determiner(quote_speakers: Speakers, text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


def test_a_name_after_a_comma_does_not_open_the_sentence(quote_speakers: Speakers) -> None:
    text = ("H.R. McMaster, President Trump’s national security adviser, said in an interview that Russia should "
            "rethink its support for Assad. He added that Russia must decide whether to keep backing a “murderous "
            "regime” as Trump weighed the next steps.")
    assert quote_speakers(text) == ["H.R. McMaster"]


def test_an_opening_adverb_and_comma_keep_the_subject(quote_speakers: Speakers) -> None:
    text = ("However, Ann Lee said the state would sue on Monday. Bob Hale disagreed with the plan. “It is "
            "hopeless,” she said.")
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_report_named_by_its_source_in_the_sentence(quote_speakers: Speakers) -> None:
    text = ("New York state tax authorities opened an investigation into allegations reported in the New York Times "
            "that the family built its empire through “instances of outright fraud,” evading taxes.")
    assert quote_speakers(text) == ["New York Times"]


def test_a_speaker_after_the_quotation_comes_first(quote_speakers: Speakers) -> None:
    text = ("Investigators read the claims reported in the Daily Ledger that the mayor took “a cut of every deal,” "
            "Ann Lee said on Monday.")
    assert quote_speakers(text) == ["Ann Lee"]


def test_no_source_without_a_that_clause(quote_speakers: Speakers) -> None:
    text = "Ann Lee read the allegations reported in the Daily Ledger and called them “a smear.”"
    assert quote_speakers(text) == ["Ann Lee"]


@pytest.mark.parametrize("text, speaker", [
    ('Responding to allegations reported in the New York Times that he dodged taxes, Trump told supporters the '
     'story was "fake news."', "Trump"),
    ('Asked about claims published by Politico that she had mistreated staff, Harris said they were "completely '
     'false."', "Harris"),
    ('Cohen, who revealed in Congress that Trump knew of the payments, called him "a con man."', "Cohen"),
    ('The mayor, whose affair was revealed by The Star that month, said she was "deeply sorry."', "The mayor"),
])
def test_a_report_before_another_speaker_keeps_that_speaker(quote_speakers: Speakers, text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


def test_a_name_after_a_fronted_phrase_is_no_appositive_head(quote_speakers: Speakers) -> None:
    text = 'After meeting with Joe Biden, the president of the teachers union said the talks were "productive."'
    assert quote_speakers(text) != ["Joe Biden"]


@pytest.mark.parametrize("text", [
    'In a "60 Minutes" interview, Obama said the war was over.',
    'Joan Biskupic wrote "The Chief," a new Roberts biography, which says he is cautious.',
])
def test_a_title_before_a_work_noun_or_a_work_appositive_has_no_speaker(quote_speakers: Speakers, text: str) -> None:
    assert quote_speakers(text) == [None]


def test_a_quotation_before_an_interview_noun_keeps_its_speaker(quote_speakers: Speakers) -> None:
    text = 'Obama said the troops "will come home soon" interview after interview.'
    assert quote_speakers(text) == ["Obama"]
