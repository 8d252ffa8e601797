"""Speaker rules added in session 22 (issue 15: a speaker is never a date, determiner, number or verb fragment),
each on both sides: a sentence with the fragment the rule removes or repairs, and a near legitimate speaker it must
keep. The sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


# --- a phrase cut after "of the": it continues to the name


def test_a_role_of_the_cut_before_the_name_continues_to_it(quote_speakers: Speakers) -> None:
    text = 'The director-general of the WHO on Sunday warned that the virus could be the "tip of the iceberg".'
    assert quote_speakers(text) == ["The director-general of the WHO"]


def test_a_whole_role_of_the_phrase_is_kept(quote_speakers: Speakers) -> None:
    assert quote_speakers('The head of the agency said the plan was "dead on arrival."') == ["The head of the agency"]


# --- "a source close" (to someone): the source, or the whole phrase when a common noun follows


def test_a_source_close_to_a_name_is_the_source(quote_speakers: Speakers) -> None:
    assert quote_speakers('"It backfired," according to a source close to Ann Lee.') == ["a source"]
    assert quote_speakers('"Trump overreacted," said the source close to Ann Lee.') == ["the source"]


def test_a_person_close_to_the_leader_keeps_the_whole_phrase(quote_speakers: Speakers) -> None:
    text = 'If the plan fails, "it backfired," according to a person close to the leader.'
    assert quote_speakers(text) == ["a person close to the leader"]


# --- a phrase ending in a determiner or possessive was cut and names no one


def test_a_phrase_ending_in_a_possessive_gives_no_speaker(quote_speakers: Speakers) -> None:
    text = 'This strain of conservatism takes its spirit from the saying that "politics is downstream of culture."'
    assert quote_speakers(text) == [None]


def test_its_editorial_board_is_kept(quote_speakers: Speakers) -> None:
    assert quote_speakers('Its editorial board wrote that the plan was "dead on arrival."') == ["Its editorial board"]


# --- a count ("Thousands", "two dozen") names no one; "One lobbyist", "Those surveyed", "49 percent" do


def test_a_bare_count_gives_no_speaker(quote_speakers: Speakers) -> None:
    assert "Thousands" not in quote_speakers('Thousands held signs stating, "Ann Lee, you are fired."')
    assert quote_speakers('Two dozen said it was "one of the worst."') == [None]


def test_one_lobbyist_those_surveyed_and_a_share_are_kept(quote_speakers: Speakers) -> None:
    assert quote_speakers('One lobbyist said it was "one of the worst."') == ["One lobbyist"]
    assert quote_speakers('Those surveyed said it was "one of the worst."') == ["Those surveyed"]
    assert quote_speakers('A poll found that 49 percent said it was "one of the worst."') == ["percent"]


def test_at_least_two_dozen_protesters_keeps_at(quote_speakers: Speakers) -> None:
    text = 'At least two dozen protesters said "we will not leave this place."'
    assert quote_speakers(text) == ["At least two dozen protesters"]


# --- a past verb (and its adverb) after the subject is no part of it


def test_an_adverb_and_past_verb_after_the_subject_are_dropped(quote_speakers: Speakers) -> None:
    text = 'Bob Stone visited Berlin. Mr. Stone falsely claimed that crime in Germany is "way up" this year.'
    assert quote_speakers(text) == ["Bob Stone"]


def test_further_after_a_name_is_dropped(quote_speakers: Speakers) -> None:
    assert quote_speakers('Bob Stone further said that Ann Lee "took advantage of the pain."') == ["Bob Stone"]


def test_a_participle_after_the_noun_is_dropped(quote_speakers: Speakers) -> None:
    text = 'A memo found later stated that the ambassador found this "troubling."'
    assert quote_speakers(text) == ["memo"]


def test_the_accused_is_kept(quote_speakers: Speakers) -> None:
    assert quote_speakers('The accused said the charge was "a lie."') == ["The accused"]


# --- a degree word ends no speaker phrase


def test_the_words_most_cited_give_no_speaker(quote_speakers: Speakers) -> None:
    text = 'Since July, the words most commonly cited for Ann Lee are "email" and "lie."'
    assert quote_speakers(text) == [None, None]


def test_the_most_senior_official_is_kept(quote_speakers: Speakers) -> None:
    text = 'The most senior official said the plan was "dead on arrival."'
    assert quote_speakers(text) == ["The most senior official"]


# --- "elegiac tone the freshly-minted president": the noun phrase the determiner opens


def test_a_noun_before_the_determiner_is_dropped(quote_speakers: Speakers) -> None:
    text = 'In a stilted, elegiac tone the freshly-minted president spoke of "rusted-out factories."'
    assert quote_speakers(text) == ["the freshly-minted president"]


def test_a_verb_before_the_determiner_is_not_a_cut(quote_speakers: Speakers) -> None:
    text = 'The staff are publishing the unverified claims "so that Americans can make up their minds."'
    assert quote_speakers(text) != ["the unverified claims"]


# --- a time word: "the weekend" speaks nothing; a plain verb opens no speaker phrase


def test_the_weekend_is_no_speaker(quote_speakers: Speakers) -> None:
    text = 'The memo leaked over the weekend had noted that "several officials are concerned."'
    assert "the weekend" not in quote_speakers(text)


def test_a_plain_verb_opening_the_phrase_gives_no_speaker(quote_speakers: Speakers) -> None:
    text = 'Voters should read the notice posted about "prudent measures" before the trip.'
    assert "read the notice" not in quote_speakers(text)


def test_a_pronoun_after_make_what_is_kept(quote_speakers: Speakers) -> None:
    text = 'Ann Lee spoke of the need to make what she calls "the hard choices."'
    assert quote_speakers(text) == ["Ann Lee"]
