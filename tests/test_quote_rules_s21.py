"""Speaker attribution rules added in session 21 from the errors of the development set dev11 (issue 15), each on
both sides: a sentence where the rule applies and a near one it must leave alone. The sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


# --- a verb of saying or naming inside a speaker phrase ends it: the subject before it speaks


def test_a_present_naming_verb_ends_the_speaker_phrase(quote_speakers: Speakers) -> None:
    text = 'Ann Lee calls those leaks, which revealed private emails, "an attack" and "a crime."'
    assert quote_speakers(text) == ["Ann Lee", "Ann Lee"]


def test_a_past_naming_verb_after_a_name_ends_the_speaker_phrase(quote_speakers: Speakers) -> None:
    text = 'Ann Lee called those leaks, which revealed private emails, "an attack" and "a crime."'
    assert quote_speakers(text) == ["Ann Lee", "Ann Lee"]


def test_a_plural_subject_before_a_plain_verb_of_saying(quote_speakers: Speakers) -> None:
    text = 'The tenants claim that renters are bound by the clause saying that they "shall" pay the fee.'
    assert quote_speakers(text) == ["The tenants"]


def test_a_plural_noun_that_looks_like_a_verb_stays_in_the_phrase(quote_speakers: Speakers) -> None:
    # "reports" with nothing after it is the noun of "News reports", not a verb
    assert quote_speakers('News reports describe the plans as "a waste."') == ["News reports"]


def test_a_naming_participle_after_a_common_noun_stays_in_the_phrase(quote_speakers: Speakers) -> None:
    # "a group called Citizens First": the participle names the group, it is no verb of the group
    assert quote_speakers('A group called Citizens First said the plan was "a waste."') == ["Citizens First"]


def test_a_pronoun_after_the_verb_keeps_its_own_clause(quote_speakers: Speakers) -> None:
    text = 'The mayor frequently describes plans he dislikes as "a waste," and has called them "scams."'
    assert quote_speakers(text) == ["The mayor", "The mayor"]


# --- "..., says Amnesty's Ann Jones.": a possessor after a closing inverted verb goes on to its head


def test_the_head_after_a_possessor_speaks_in_a_closing_attribution(quote_speakers: Speakers) -> None:
    assert quote_speakers("\u201cWe will push harder\u201d in 2014, says Amnesty\u2019s Ann Jones.") == ["Ann Jones"]


def test_a_closing_attribution_without_a_possessor_is_unchanged(quote_speakers: Speakers) -> None:
    assert quote_speakers("\u201cWe will push harder\u201d in 2014, says Amnesty.") == ["Amnesty"]


# --- "said former governor and radio host Ann Lee": a bare role waits for the name after "and"


def test_a_bare_role_coordinated_with_a_named_role_gives_the_name(quote_speakers: Speakers) -> None:
    text = ('"The rallies have been very useful," said former governor and radio host Ann Lee, who will speak on '
            'Friday.')
    assert quote_speakers(text) == ["Ann Lee"]


def test_a_role_with_a_determiner_before_and_is_a_speaker_of_its_own(quote_speakers: Speakers) -> None:
    text = '"The rallies have been very useful," said the mayor and Governor Ann Lee.'
    assert quote_speakers(text) == ["the mayor"]


# --- a long aside between dashes before the verb: its last noun is not the subject


def test_the_subject_before_a_long_dash_aside_speaks(quote_speakers: Speakers) -> None:
    text = ("Ann Lee, a law professor \u2014 and a leading voice for an earlier suit to read a badly drafted clause "
            "so as to cut off most of the agency\u2019s money \u2014 labeled the arguments \u201cweak,\u201d "
            "\u201codd,\u201d and \u201cthin.\u201d")
    assert quote_speakers(text) == ["Ann Lee", "Ann Lee", "Ann Lee"]


def test_a_short_dash_aside_that_names_the_subject_is_kept(quote_speakers: Speakers) -> None:
    text = ("While many stayed silent, at least one \u2014 Sen. Ann Lee \u2014 called the plan \u201ctroubling in "
            "the extreme\u201d on Monday.")
    assert quote_speakers(text) == ["Ann Lee"]


# --- "Asked what they expect the party to get, they reply": the group after the first "they" is no antecedent


def test_they_skips_a_group_named_after_an_earlier_they_in_its_sentence(quote_speakers: Speakers) -> None:
    text = ("Two nurses from the Unite union, wearing badges, stood by the gate. Asked what they expect the Labour "
            "Party to get from the vote, they reply: \"More votes.\"")
    assert quote_speakers(text) == ["they"]


def test_they_still_takes_a_group_named_before_it(quote_speakers: Speakers) -> None:
    text = 'The Labour Party sent two nurses to the gate. Asked about the vote, they reply: "More votes."'
    assert quote_speakers(text) == ["Labour Party"]


# --- a headline "Lee To Hannity: ...": the one before "To" speaks


def test_a_headline_speaker_to_listener_label_gives_the_speaker(quote_speakers: Speakers) -> None:
    text = ("Lee To Hannity: City \u201cJust Elected A Mayor Who Wants To Spend.\u201d On the show, Lee told host "
            "Sean Hannity: \u201cThe challenge is real.\u201d")
    assert quote_speakers(text) == ["Lee", "Lee"]


def test_a_headline_actor_glued_over_to_gives_the_speaker(quote_speakers: Speakers) -> None:
    text = ("Sheila Lee To Hannity: City \u201cJust Elected A Mayor Who Wants To Spend.\u201d\n\nOn the show, Lee "
            "said: \u201cThe challenge is real.\u201d")
    assert quote_speakers(text) == ["Lee", "Lee"]


def test_a_headline_label_without_to_is_unchanged(quote_speakers: Speakers) -> None:
    text = ("Mayor Lee: City \u201cJust Elected A Council That Wants To Spend.\u201d On the show, Lee told host "
            "Sean Hannity: \u201cThe challenge is real.\u201d")
    assert quote_speakers(text) == ["Lee", "Lee"]


# --- an imperative addressed to the reader ("Remember, ...", "Let's start with ...") is no subject


def test_an_imperative_opening_the_sentence_is_no_speaker(quote_speakers: Speakers) -> None:
    text = ("Remember, at that point, agents were already in court telling the judges of a \u201cplot of "
            "cooperation\u201d with the regime.")
    assert quote_speakers(text) == [None]


def test_lets_start_with_is_no_speaker(quote_speakers: Speakers) -> None:
    text = "Let\u2019s start with, well, the mayor calling the press \u201cthe enemy of the people.\u201d"
    assert quote_speakers(text) == [None]


def test_the_same_word_opening_a_name_is_kept(quote_speakers: Speakers) -> None:
    text = 'Recall leader Ann Lee, a Denver resident, explains that she was just a citizen "fed up" with the city.'
    assert quote_speakers(text) == ["Ann Lee"]


# --- an adverbial of place or time ("behind closed doors", "This time") names no one


def test_a_place_adverbial_after_the_quotation_is_no_speaker(quote_speakers: Speakers) -> None:
    text = ('In the past year, Lee has referred to the aide as "Mr. Slow" behind closed doors, according to the '
            'Herald.')
    assert quote_speakers(text) == ["Lee"]


def test_this_time_is_no_speaker(quote_speakers: Speakers) -> None:
    text = ('Mayor Ann Lee was not happy. This time, he advised, they should be ready to rebut any "false claims" '
            'about it.')
    assert quote_speakers(text) == [None]


def test_time_magazine_stays_a_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('"We are ready," Time magazine reported.') == ["Time magazine"]


def test_a_speaker_after_an_opening_time_phrase_is_kept(quote_speakers: Speakers) -> None:
    assert quote_speakers('At the time, the mayor called the plan "a waste."') == ["the mayor"]


# --- "He wrote that Jane Doe - who had said ... "..." - was ...": the name before the "who" aside speaks in it


def test_a_name_before_a_who_aside_speaks_the_quotation_inside_it(quote_speakers: Speakers) -> None:
    text = ('He tweeted that Ann Lee - who had said the city should "not roll out the red carpet" for the king - was '
            'a "stone cold loser".')
    assert quote_speakers(text) == ["Ann Lee", "He"]


def test_a_name_before_a_comma_who_aside_speaks_the_quotation_inside_it(quote_speakers: Speakers) -> None:
    text = ('He wrote that Ann Lee, who had said the city should "not roll out the red carpet" for the king, was a '
            '"loser".')
    assert quote_speakers(text) == ["Ann Lee", "He"]


def test_a_common_noun_before_the_who_aside_keeps_the_sentence_subject(quote_speakers: Speakers) -> None:
    text = ('He wrote that the mayor, who had said the city should "not roll out the red carpet" for the king, was '
            'a "loser".')
    assert quote_speakers(text) == ["He", "He"]


# --- "a group of nurses, their faces masked, told": the phrase before an absolute aside is the subject


def test_the_subject_before_an_absolute_aside_speaks(quote_speakers: Speakers) -> None:
    text = ("At one rally in the square, a group of three young nurses, their faces masked with scarves, told "
            "reporters: \u201cThe mayor can go to hell.\u201d")
    assert quote_speakers(text) == ["group of three young nurses"]


def test_a_verb_coordinated_after_a_comma_keeps_the_clause_subject(quote_speakers: Speakers) -> None:
    assert quote_speakers("The fund named the firms by name, blamed commenters for the \u201cchaos.\u201d") == [
        "The fund"]


def test_a_time_phrase_before_a_participle_is_no_subject(quote_speakers: Speakers) -> None:
    text = ('The mayor backed the plan on Monday. The mayor took a different approach a day later, saying he '
            'disagreed "strongly" with the plan.')
    assert quote_speakers(text) == ["The mayor"]


def test_a_capitalised_plural_before_a_noun_stays_in_the_phrase(quote_speakers: Speakers) -> None:
    text = ("When the mayor died, an ABC News report said that \u201ctheir story has always been a part of the "
            "city.\u201d")
    assert quote_speakers(text) == ["ABC News report"]
