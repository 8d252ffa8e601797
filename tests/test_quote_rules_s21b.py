"""Speaker attribution rules added in session 21b (issue 15) from the classes of missing speakers that recur across
the seen gold sets, each on both sides: a sentence where the rule applies and a near one it must leave alone. The
sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


# --- a possessor's speech noun before the quotation: more nouns, hyphenated modifiers, a time before the clause


def test_an_admission_is_a_speech_noun(quote_speakers: Speakers) -> None:
    text = 'Ann Lee\'s admission that "single payer is necessary" surprised her allies.'
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_non_speech_noun_after_the_possessor_gives_no_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('Ann Lee\'s admission ticket to the "members only" gala was lost.') == []


def test_a_swipe_at_is_the_possessors_words(quote_speakers: Speakers) -> None:
    text = 'DALLAS \u2014 Mayor Ann Lee\'s swipe at the "fake" news media on Friday drew boos.'
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_hyphenated_modifier_and_a_capitalised_but_before_the_possessor(quote_speakers: Speakers) -> None:
    text = 'Ann Lee spoke on Monday. But her souped-up rhetoric of "degrading" the group is new.'
    assert quote_speakers(text) == ["Ann Lee"]


def test_the_same_noun_without_a_possessor_gives_no_speaker(quote_speakers: Speakers) -> None:
    text = 'Ann Lee spoke on Monday. But the souped-up rhetoric of "degrading" the group is new.'
    assert quote_speakers(text) == []


def test_a_time_between_the_noun_and_a_long_that_clause(quote_speakers: Speakers) -> None:
    text = ('To that end, Ann Lee\'s tweet Monday night that the agency, the enforcement arm of the state, was '
            'preparing to deport "millions" of people was striking.')
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_time_after_the_noun_without_a_that_clause_gives_no_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('Ann Lee\'s tweet Monday night drew "millions" of views.') == []


# --- the noun's "that" clause holds the possessor's words even after another's verb, unless that verb names


def test_a_that_clause_after_another_verb_is_the_possessors(quote_speakers: Speakers) -> None:
    text = 'The team is already backpedaling from Ann Lee\'s surprising assertion that the cuts "will not happen."'
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_naming_verb_before_the_possessor_keeps_its_subject(quote_speakers: Speakers) -> None:
    assert quote_speakers('Bob Stone called Ann Lee\'s claim that she won "absurd."') == ["Bob Stone"]


def test_an_as_label_after_the_that_clause_keeps_the_subject(quote_speakers: Speakers) -> None:
    text = 'Bob Stone dismissed Ann Lee\'s claim that the vote was rigged as "plain nonsense."'
    assert quote_speakers(text) == ["Bob Stone"]


# --- a pronoun right after a sentence whose subject is a title refers to the titled person


def test_a_pronoun_after_a_title_subject_is_the_titled_person(quote_speakers: Speakers) -> None:
    text = ("Governor Ann Lee spoke on Monday. Critics asked Bob Stone about it.\n\nRight now the governor is mostly "
            'sounding cautious. But his souped-up rhetoric of "degrading" the group is new.')
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_person_named_after_the_title_still_takes_the_pronoun(quote_speakers: Speakers) -> None:
    text = ("Governor Ann Lee spoke on Monday. Critics asked Bob Stone about it.\n\nRight now the governor is mostly "
            'sounding cautious, and Bob Stone agrees. But his rhetoric of "degrading" the group is new.')
    assert quote_speakers(text) == ["Bob Stone"]


# --- a capitalised label after a verb of criticism or naming, its object and "as": the subject's words


def test_a_capitalised_label_after_a_criticised_object_and_as(quote_speakers: Speakers) -> None:
    assert quote_speakers('Ann Lee has also criticized Bob Stone as a "Never Backer."') == ["Ann Lee"]


def test_a_single_capitalised_word_after_referred_to_an_object_as(quote_speakers: Speakers) -> None:
    text = 'Ann Lee spoke on Monday. She derisively referred to the senator as "Pocahontas" on the campaign trail.'
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_naming_verb_with_a_determined_object_and_a_title_case_label(quote_speakers: Speakers) -> None:
    text = 'The Daily Star\'s editorial board labeled this lawsuit the "Texas Tax Blunder."'
    assert quote_speakers(text) == ["The Daily Star's editorial board"]


def test_referred_to_as_without_an_object_is_a_name(quote_speakers: Speakers) -> None:
    assert quote_speakers('These grants, also referred to as "Fresh Starts," have been growing.') == []


def test_a_passive_described_as_is_a_name(quote_speakers: Speakers) -> None:
    assert quote_speakers('The ship was described as "Titanic" by the press.') == []


def test_as_without_a_verb_of_criticism_is_a_name(quote_speakers: Speakers) -> None:
    assert quote_speakers('The band was formed in 1990 as "Blue Moon" and later renamed.') == []


def test_a_that_clause_after_a_comma_and_a_participle_is_the_possessors(quote_speakers: Speakers) -> None:
    text = ('"We will see," Ann Lee said, echoing Bob Stone\'s recent comment that the mayor wanted to "crush" the '
            'union.')
    assert quote_speakers(text) == ["Ann Lee", "Bob Stone"]


def test_a_verb_of_saying_before_the_possessor_may_own_the_that(quote_speakers: Speakers) -> None:
    text = ('Ann Lee said Sunday in response to Bob Stone\'s comments that the city believes "the council should act '
            'swiftly."')
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_relative_that_with_a_naming_verb_is_not_the_possessors(quote_speakers: Speakers) -> None:
    assert "Ann Lee" not in quote_speakers('Bob Stone repeated Ann Lee\'s claim that critics called "plainly absurd."')


def test_a_hyphenated_modifier_before_attack_is_no_speech(quote_speakers: Speakers) -> None:
    text = ('Ann Lee even repeated her view from before Bob Stone\'s chemical-weapons attack that it will be "the '
            'people who decide."')
    assert quote_speakers(text) == ["Ann Lee"]


def test_the_label_needs_the_criticising_verbs_own_subject(quote_speakers: Speakers) -> None:
    # the attribution found must be that of the verb before "as", here the pronoun subject of "derided"
    text = 'Ann Lee spoke on Monday. It is a probe she derided earlier this month as "A Total Witch Hunt" and more.'
    assert quote_speakers(text) == ["Ann Lee"]
