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


# --- review fixes (session 23): unknown surnames, more nouns that speak, quoted judgements before naming nouns


def test_an_unknown_surname_opening_the_sentence_is_kept_whatever_its_tag(quote_speakers: Speakers) -> None:
    """The tagger guesses AUX/ADV/INTJ for surnames it never saw; only a word it learned as a non-noun (or an -ly/-ed
    word) is dropped."""
    for name in ("Biden", "Zuckerberg", "Omar", "Warren"):
        assert quote_speakers(f'{name} called it "a disaster," adding that the plan would fail.') == [name]
        assert quote_speakers(f'The plan is "a disaster," {name} argued.') == [name]
    assert quote_speakers('Unfortunately, officials said the plan was "a disaster."') == ["officials"]


def test_singular_agent_nouns_and_family_royal_and_crime_roles_speak(quote_speakers: Speakers) -> None:
    for phrase in ("the president-elect", "the gunman", "the couple", "the queen", "the rebels", "the councilman",
                   "the principal", "her mom", "the historian"):
        assert quote_speakers(f'"We are ready," {phrase} said.') == [phrase]


def test_common_nouns_ending_like_agents_still_name_no_one(quote_speakers: Speakers) -> None:
    text = 'Along the southern border reported crossings fell, which officials called "a turning point."'
    assert quote_speakers(text) != ["southern border"]
    from framing.scorers.speaker_heads import is_speaker_noun

    assert is_speaker_noun("councilman") and is_speaker_noun("organizer") and is_speaker_noun("president-elect")
    assert not is_speaker_noun("border") and not is_speaker_noun("computer") and not is_speaker_noun("matter")
    assert not is_speaker_noun("whatever") and not is_speaker_noun("together") and not is_speaker_noun("whether")


def test_a_quoted_judgement_before_a_naming_noun_keeps_its_speaker(quote_speakers: Speakers) -> None:
    assert quote_speakers('Smith said the "deeply flawed" bill would pass.') == ["Smith"]
    assert quote_speakers('Critics attacked the "cruel and unusual" policy, Jones said.') == ["Jones"]
    # the other side: a quoted compound noun names a term
    assert quote_speakers('Officials defended the "zero tolerance" policy, Smith said.') == [None]


def test_a_title_with_an_ampersand_is_a_title(quote_speakers: Speakers) -> None:
    assert quote_speakers('She said on "Fox & Friends" that it was over.') == [None]
    assert quote_speakers('She said "Friends & family matter" to her.') == ["She"]


def test_mid_sentence_index_matches_a_search_per_word() -> None:
    """The one-scan index gives what the old search per word gave (a word after a word, comma or semicolon and a
    space, followed by a word boundary), also for compounds."""
    import re

    from framing.scorers.speaker_heads import _mid_sentence_words

    text = ("Smith met Jones. Then Smith-Jones spoke, Jones said; Okafor and MoveOn.org agreed. Jones; Smith "
            "agreed with Smith's aide, A.B. Lee and AT&T.")
    index = _mid_sentence_words(text)
    for word in ("Smith", "Jones", "Smith-Jones", "Okafor", "MoveOn", "MoveOn.org", "Then", "AT", "AT&T", "Lee"):
        old = tuple(m.start() + 1 for m in re.finditer(r"(?<=[\w,;]) " + re.escape(word) + r"\b", text))
        assert index.get(word, ()) == old, word
    # only capitalised words are indexed (the only ones asked about), non-ASCII capitals included
    text = "Then Émile met Øst, and émigrés met ßeta; Élan said Émile-Zola left, Émile."
    index = _mid_sentence_words(text)
    for word in ("Émile", "Øst", "Élan", "Émile-Zola"):
        old = tuple(m.start() + 1 for m in re.finditer(r"(?<=[\w,;]) " + re.escape(word) + r"\b", text))
        assert old and index.get(word, ()) == old, word
    assert all(k[0].isupper() for k in index) and "émigrés" not in index and "said" not in index
