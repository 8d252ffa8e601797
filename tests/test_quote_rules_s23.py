"""Speaker rules added in session 23 (issue 15: a speaker is someone; a mention is nobody's quotation), each on
both sides: a sentence the rule changes and a near one whose speaker it must keep. The sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


# --- the head of a speaker phrase must be a name, a pronoun or a noun that can speak


def test_an_adverb_or_interjection_opening_the_sentence_is_no_speaker(quote_speakers: Speakers) -> None:
    text = ('Perhaps more importantly, his new strategist tried to reassure donors, telling them the boss had been '
            '"playing" a "part."')
    assert quote_speakers(text) == [None, None]
    text = 'Oh, if you are waiting for me to tell you who "won" the debate, I am sorry.'
    assert quote_speakers(text) == [None]


def test_a_lone_name_opening_the_sentence_is_kept(quote_speakers: Speakers) -> None:
    assert quote_speakers('Okafor said the rule was "a mess."') == ["Okafor"]
    assert quote_speakers('Southerners claimed the tax would lead to their "ruin."') == ["Southerners"]


def test_a_common_noun_that_cannot_speak_is_no_speaker(quote_speakers: Speakers) -> None:
    text = 'Only a few of those with large undergraduate loans reported they were "thriving."'
    assert quote_speakers(text) == [None]


def test_nouns_that_speak_are_kept(quote_speakers: Speakers) -> None:
    assert quote_speakers('The memo said the plan was "dead on arrival."') == ["The memo"]
    assert quote_speakers('One lobbyist said the plan was "dead on arrival."') == ["One lobbyist"]
    assert quote_speakers('The county medical examiner said the death was "a homicide."') == [
        "The county medical examiner"]


def test_a_phrase_ending_in_a_possessive_is_no_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('Okafor’s alleged use of "Oh no!" in an email drew notice.') != ["Okafor’s"]


def test_a_trailing_adverb_or_place_phrase_after_a_name_is_cut(quote_speakers: Speakers) -> None:
    assert quote_speakers('"We lost," said Judge Okafor near the end of the hearing.') == ["Okafor"]
    assert quote_speakers('Ann Lee spoke first. But Lee himself insisted, "I am not leaving."') == ["Ann Lee"]


def test_a_title_glued_to_a_headline_word_is_no_speaker(quote_speakers: Speakers) -> None:
    text = 'Company President warned of issues that threaten the "fabric" of the town.'
    assert quote_speakers(text) == [None]


def test_a_surname_that_is_a_title_word_is_kept(quote_speakers: Speakers) -> None:
    assert quote_speakers('"Taxes would hurt," said Steve Judge, the group\'s president.') == ["Steve Judge"]


def test_an_acronym_or_web_address_is_a_name(quote_speakers: Speakers) -> None:
    assert quote_speakers('According to HealthCare.gov: "The site is down at night."') == ["HealthCare.gov"]


# --- a term or title the writer mentions is nobody's quotation


def test_a_title_after_on_or_an_outlet_possessive_gets_no_speaker(quote_speakers: Speakers) -> None:
    text = 'Ann Lee also canceled a visit on "The Late Show with Jane Doe," a spokeswoman said.'
    assert quote_speakers(text) == [None]


def test_a_quoted_policy_name_gets_no_speaker(quote_speakers: Speakers) -> None:
    text = 'Ann Lee signed an order after the agency\'s "zero waste" policy drew protests.'
    assert quote_speakers(text) == [None]


def test_so_called_gets_no_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('Ann Lee said the town had no so-called "safe zones" left.') == [None]


def test_partial_quotes_that_are_someones_words_keep_the_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('Ann Lee called the inquiry "a witch hunt" on Monday.') == ["Ann Lee"]
    assert quote_speakers('Ann Lee said it was a "pro-growth" strategy.') == ["Ann Lee"]
    assert quote_speakers('Ann Lee said the town wanted a "watch and wait" approach.') == ["Ann Lee"]
