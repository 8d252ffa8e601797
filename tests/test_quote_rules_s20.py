"""Speaker attribution rules added in session 20 from the errors of the dev9 set (issue 15), each on both sides:
a sentence where the rule applies and one where it must not. The sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


# --- a pronoun after a sentence that reports someone's words: the one whose words were reported last


def test_pronoun_goes_to_the_person_whose_words_the_sentence_before_reports(quote_speakers: Speakers) -> None:
    text = ('Senator Robert Hale spoke about the budget on Monday, and Senator Thomas Greene added that the '
            'treasury could not pay for it. “It is simply too expensive,” he said.')
    assert quote_speakers(text)[-1] == "Thomas Greene"
    text = ('Mayor Robert Hale rejected the plan, though Governor Thomas Greene wrote on Twitter that it would '
            'pass. “We will see it through,” he said.')
    assert quote_speakers(text)[-1] == "Thomas Greene"


def test_pronoun_keeps_the_subject_when_no_one_else_reports_words(quote_speakers: Speakers) -> None:
    # the second man is an object, not someone whose words are reported: the subject goes on
    text = ('Senator Robert Hale spoke about the budget on Monday and thanked Senator Thomas Greene for his '
            'help. “It is simply too expensive,” he said.')
    assert quote_speakers(text)[-1] == "Robert Hale"


def test_pronoun_rule_leaves_a_sentence_that_goes_on_about_its_pronoun(quote_speakers: Speakers) -> None:
    # the quotation's sentence already speaks of "she" before the quotation: the usual search decides
    text = ('Mary Lopez met the governor. Governor Thomas Greene explained that he had seen the report. '
            'She was surprised because, she later told reporters, she “had never heard of it.”')
    assert quote_speakers(text)[-1] == "Mary Lopez"


# --- '"...," and Y added that ...': Y's verb reports its own clause, not the quotation before it


def test_a_verb_with_its_own_that_clause_after_and_does_not_take_the_quotation(quote_speakers: Speakers) -> None:
    text = ('Senator Robert Hale said cutting the fund “would be the end of the program,” and Senator Thomas '
            'Greene added that the vote would be close.')
    assert quote_speakers(text) == ["Robert Hale"]


def test_a_verb_after_and_without_a_that_clause_still_attributes(quote_speakers: Speakers) -> None:
    text = ('The plan was “the end of the program,” and Senator Thomas Greene said it on Monday.')
    assert quote_speakers(text) != ["Robert Hale"]
    text = '“This would be the end of the program,” Senator Thomas Greene added on Monday.'
    assert quote_speakers(text) == ["Thomas Greene"]


# --- an organisation's name found as the speaker phrase of a person named right around it


def test_a_person_of_an_organisation_is_the_speaker_not_the_organisation(quote_speakers: Speakers) -> None:
    text = ('At the hearing, Robert Hale of the University of Northern Ohio School of Medicine said the '
            '“rules are almost certainly unconstitutional” under the new bill.')
    assert quote_speakers(text) == ["Robert Hale"]


def test_an_organisation_with_no_person_before_it_stays_the_speaker(quote_speakers: Speakers) -> None:
    text = ('At the hearing, the University of Northern Ohio School of Medicine said the “rules are almost '
            'certainly unconstitutional” under the new bill.')
    speakers = quote_speakers(text)
    assert speakers and speakers[0] is not None and "Hale" not in speakers[0]


def test_a_role_and_a_name_after_an_organisation_name_the_speaker(quote_speakers: Speakers) -> None:
    text = ('NATO foreign affairs chief Mary Lopez condemned the attack, calling it "a cowardly act of '
            'terrorism against the people."')
    assert quote_speakers(text) == ["Mary Lopez"]


def test_a_group_including_a_person_stays_the_speaker(quote_speakers: Speakers) -> None:
    text = ('Top Democrats including party chairman Thomas Greene urged the president to cancel the talks, '
            'saying the deal was "not a friend of working families".')
    assert quote_speakers(text) != ["Thomas Greene"]
    # a verb and its object after the organisation are no role
    text = ('NATO fired spokesman Thomas Greene on Monday, saying he had "broken the rules of the alliance."')
    assert quote_speakers(text) != ["Thomas Greene"]


# --- a list item inside a role appositive after the name that opens the sentence


def test_a_list_item_in_a_role_appositive_gives_the_quotation_to_the_name(quote_speakers: Speakers) -> None:
    text = ('Rep. Robert Hale, R-Ohio, chairman of the House Subcommittee on Energy, Water, Mining and Forests, '
            'said the new rules were “deeply flawed,” but added that he would vote for them.')
    assert quote_speakers(text) == ["Robert Hale"]


def test_a_list_after_a_name_without_a_role_is_left_alone(quote_speakers: Speakers) -> None:
    # no role word between the name and the phrase: not an appositive of the name
    text = ('Robert Hale, Thomas Greene, Mary Lopez and Anna Ruiz, all from the coast, said the new rules were '
            '“deeply flawed,” at the hearing.')
    assert quote_speakers(text) != ["Robert Hale"]


# --- a quotation introduced by a colon after the statement it is, with no reporting verb


def test_a_speech_noun_before_a_colon_gives_the_quotation_to_the_verbs_subject(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. The city council had a message for the mayor: “Fix the roads '
            'before you build another stadium.”')
    assert quote_speakers(text) == ["The city council"]
    text = ('The week began quietly in the capital. The harbour board made a bold declaration about U.S. trade: '
            '“We will cut every fee this year.”')
    assert quote_speakers(text) == ["The harbour board"]


def test_a_colon_after_a_noun_that_is_no_statement_is_left_alone(quote_speakers: Speakers) -> None:
    # not a statement: the colon introduces someone else's words (a sign)
    text = ('The week began quietly in the capital. The city council had a visit from the harbour board: '
            '“Closed for repairs until May.”')
    assert quote_speakers(text) == [None]
    # a message the subject received is not the subject's
    text = ('The week began quietly in the capital. The city council received a message from the mayor: “Fix '
            'the roads before you build another stadium.”')
    assert quote_speakers(text) == [None]


def test_an_aside_before_the_intro_verb_is_not_its_subject(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. A council spokesman, for his part, offered this explanation '
            'to reporters: “We publish hundreds of notices a week and sometimes we make mistakes.”')
    assert quote_speakers(text) == ["A council spokesman"]


def test_possessor_of_words_that_were_the_quotation_is_the_speaker(quote_speakers: Speakers) -> None:
    text = ('Did the minister know? Mary Lopez’s exact words were, “You will have to ask the agency that ran '
            'the program,” and then she left the room.')
    assert quote_speakers(text)[-1] == "Mary Lopez"
    # a sentence end glued to the possessor ("in Ohio.Mary Lopez's") is a sentence start
    text = ('Did the minister know? She testified that she knew nothing of the program in Ohio.Mary Lopez’s exact '
            'words were, “You will have to ask the agency that ran the program,” and then she left the room.')
    assert "Lopez" in (quote_speakers(text)[-1] or "")
    # no possessor: no speaker by this rule
    text = ('Did the minister know? The exact words were, “You will have to ask the agency that ran the '
            'program,” and then she left the room.')
    assert quote_speakers(text) == [None]


def test_a_long_that_clause_before_a_colon_keeps_its_reporter(quote_speakers: Speakers) -> None:
    text = ('In March, The Daily Courier reported that the agency has been involved with secret shipments of '
            'grain to the northern provinces for well over a year: “The airlift expanded into a steady and '
            'much heavier flow late last year.”')
    assert quote_speakers(text) == ["Daily Courier"]
    # without the colon the quotation stands alone and is not the reporter's
    text = ('In March, The Daily Courier reported that the agency has been involved with secret shipments of '
            'grain to the northern provinces for well over a year. “The airlift expanded into a steady and '
            'much heavier flow late last year.”')
    assert quote_speakers(text) != ["Daily Courier"]


# --- a verb of a manner of speaking right next to its quotation, with a named subject


def test_a_manner_of_speaking_verb_next_to_the_quotation_attributes_it(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. Last spring, Senator Robert Hale mused, “What if the whole '
            'plan was never meant to work?”')
    assert quote_speakers(text) == ["Robert Hale"]
    text = ('The week began quietly in the capital. At one rally, an angry farmer heckled, “Why don’t you just go '
            'home?”')
    assert quote_speakers(text) == ["angry farmer"]
    text = ('The week began quietly in the capital. (“We all take the same bus,” Robert Hale jokes.) He says the '
            'four of them talk every week.')
    assert quote_speakers(text)[0] == "Robert Hale"


def test_a_manner_of_speaking_verb_away_from_a_quotation_or_after_a_pronoun_is_left_alone(
        quote_speakers: Speakers) -> None:
    # the verb is far from the quotation: no attribution by it
    text = ('The week began quietly in the capital. Senator Robert Hale mused about the budget for an hour on '
            'the radio while the host read the listeners’ letters. “Taxes are too high.”')
    assert quote_speakers(text) == [None]
    # a pronoun subject of a manner verb: left to the other rules (here none names a speaker)
    text = ('The week began quietly in the capital. The man in the red shirt has gone into a rage.\n\n“I feel '
            'threatened,” he shouts so hard his voice cracks.')
    assert quote_speakers(text) == [None]


# --- an adopted text right before a participle says the words, not the body that passed it


def test_a_resolution_before_its_participle_is_the_speaker(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. In its last days, the old cabinet allowed the assembly to pass '
            'a resolution declaring the new dam a “flagrant violation” of the treaty.')
    assert quote_speakers(text) == ["a resolution"]


def test_a_statement_or_a_comma_before_the_participle_keeps_the_subject(quote_speakers: Speakers) -> None:
    # a statement is not an adopted text: the body that issued it keeps the words (as before)
    text = ('The week began quietly in the capital. The harbour board issued a statement declaring the new dam a '
            '“flagrant violation” of the treaty.')
    assert quote_speakers(text) != ["a statement"]
    # a comma before the participle: it goes with the sentence's subject
    text = ('The week began quietly in the capital. The harbour board passed the resolution, declaring the new '
            'dam a “flagrant violation” of the treaty.')
    assert quote_speakers(text) != ["the resolution"]


# --- a quotation left open after a nested single-quoted ending, its attribution read into it


def test_an_open_quotation_ending_in_a_nested_quote_takes_the_attribution_after_it(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital.\n\n“The new rule will force the staff to hide who they are, as '
            'it did under the old motto ‘Keep quiet, keep working,’ Robert Hale said. “That makes no sense at all.”'
            '\n\nThe ministry did not comment.')
    assert quote_speakers(text) == ["Robert Hale", "Robert Hale"]


def test_an_open_quotation_without_an_attribution_after_its_nested_quote_stays_unattributed(
        quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital.\n\n“The new rule will force the staff to hide who they are, as '
            'it did under the old motto ‘Keep quiet, keep working,’ and nothing else.\n\nThe ministry did not '
            'comment.')
    assert quote_speakers(text) == [None]


# --- a role phrase cut at its preposition ("Special envoy to Ukraine Kurt Volker"): the person named after it


def test_a_role_cut_at_its_preposition_gives_the_person_named_after_it(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. Special envoy to Norway Robert Hale changed his testimony on '
            'Monday, saying that it was "inappropriate" for the ambassador to raise the matter.')
    assert quote_speakers(text) == ["Robert Hale"]


def test_a_spokesman_for_a_person_is_not_that_person(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. A spokesman for Mr Hale said "childish insults" were beneath '
            'the minister, adding: "Robert is standing up for the values of this city and of our country."')
    assert "Robert Hale" not in quote_speakers(text)


# --- the full stops of "U.S." and "Rep." inside a speaker phrase after the quotation end no phrase


def test_abbreviation_dots_in_a_speaker_phrase_after_the_quotation(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital.\n\n"Tom, I believe you are wrong about the plan," U.S. '
            'Ambassador to the EU Robert Hale replied.')
    assert quote_speakers(text) == ["Robert Hale"]
    text = ('The week began quietly in the capital.\n\n“Some members will bring their own guests,” an aide to '
            'Florida Rep. Mary Lopez told reporters.')
    assert quote_speakers(text) == ["an aide"]


def test_abbreviation_dots_do_not_join_a_relative_clause_or_a_cut_phrase(quote_speakers: Speakers) -> None:
    # the noun after the quotation is the object of another subject's verb ("a comment that Mr. Lee mocked")
    text = ('The week began quietly in the capital. Robert Hale declared that the plan was the city’s “No. 1 '
            'problem,” a comment that Mr. Lee later mocked on the radio.')
    assert quote_speakers(text) == ["Robert Hale"]
    # a phrase cut inside "a U.S. counterterrorism official" does not name the country
    text = ('The week began quietly in the capital.\n\n"The city has been sitting on a time bomb," a U.S. '
            'counterterrorism official said, given all that had happened.')
    assert quote_speakers(text) != ["United States"]


# --- a role appositive taken for the speaker phrase: the name before it


def test_a_role_appositive_after_a_name_is_not_the_speaker(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. Robert Hale, president of United Farmers Northern Ohio '
            'dismissed the idea and said the union would be "doubling down" on its efforts.')
    assert quote_speakers(text) == ["Robert Hale"]


def test_a_role_phrase_with_no_name_before_it_is_left_alone(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. On Monday, the president of United Farmers Northern Ohio '
            'dismissed the idea and said the union would be "doubling down" on its efforts.')
    assert "Robert Hale" not in quote_speakers(text)
    text = ('The week began quietly in the capital. Robert Hale met the president of United Farmers Northern Ohio, '
            'who said the union would be "doubling down" on its efforts.')
    assert quote_speakers(text) != ["Robert Hale"]


# --- a clause after a quotation that introduces a quotation of its own is not the first one's attribution


def test_a_verb_that_introduces_the_next_quotation_does_not_attribute_the_one_before(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. The Daily Courier reported Wednesday that Robert Hale "is '
            'expected to announce he is running as early as this weekend." He told the paper, "If I do it, it will '
            'be before May."')
    speakers = quote_speakers(text)
    assert speakers[0] != "Robert Hale"
    assert speakers[1] == "Robert Hale"


def test_a_name_and_said_after_a_full_stop_still_attributes_the_quotation(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital.\n\n"We will not give in to any of the voters." Robert Hale '
            'said at a rally on Monday.')
    assert quote_speakers(text) == ["Robert Hale"]


# --- a restrictive relative clause with a verb of saying: its noun speaks


def test_a_noun_with_a_restrictive_who_said_clause_is_the_speaker(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. Judge Mary Lopez sided with federal prosecutors who argued '
            'that the banker posed an “extreme” risk of flight.')
    assert quote_speakers(text) == ["federal prosecutors"]


def test_a_restrictive_clause_inside_reported_speech_or_with_a_verb_of_thinking_is_left_alone(
        quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. Mary Lopez said the vote was a shock for young people who '
            'thought they were "living in a fair country where everything would be fine."')
    assert quote_speakers(text) == ["Mary Lopez"]


# --- a verb before "what"/"how" is not part of the speaker phrase


def test_a_verb_before_what_is_dropped_from_the_speaker_phrase(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. Now, remember what the mayor said last night: "Don\'t boo, '
            'vote." People who did the work did not get paid.')
    speakers = quote_speakers(text)
    assert speakers and speakers[0] is not None and not speakers[0].lower().startswith("remember")


def test_a_capitalised_phrase_before_what_is_left_alone(quote_speakers: Speakers) -> None:
    # "What the mayor said" opens the sentence: the existing wh-word rule, unchanged
    text = ('The week began quietly in the capital. What Robert Hale said last night was simple: "Don\'t boo, '
            'vote."')
    assert "Robert Hale" in quote_speakers(text)


# --- "states" after an infinitive is its object, not a reporting verb


def test_states_after_an_infinitive_is_a_noun(quote_speakers: Speakers) -> None:
    text = ('The week began quietly in the capital. The goal, spokesman Robert Hale said, was to push states to '
            'take “aggressive” steps that will raise outcomes.')
    assert quote_speakers(text) != ["push"]


def test_states_after_to_and_an_auxiliary_like_word_stays_a_verb(quote_speakers: Speakers) -> None:
    # a capitalised name between "to" and "states": still a reporting verb that attributes the quotation
    text = 'The week began quietly in the capital. The letter sent to Congress states that the plan is "a failure."'
    speakers = quote_speakers(text)
    assert speakers and speakers[0] is not None
