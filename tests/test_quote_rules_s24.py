"""Speaker rules added in session 24 (issue 15, from a black-box audit of common news patterns), each on both
sides: a sentence the rule changes and a near one whose speaker it must keep. The sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

from framing.scorers.speaker_heads import is_ly_adverb

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


def test_a_noun_in_ly_is_no_adverb(quote_speakers: Speakers) -> None:
    # "family" was skipped as an adverb ("recently"), leaving "the" and then no speaker
    assert quote_speakers('"We are deeply saddened," the family said in a statement.') == ["the family"]
    assert quote_speakers('"We will vote no," the assembly said.') == ["the assembly"]
    # near cases: an adverb before the verb is still passed over
    assert quote_speakers('"No," Okafor recently said.') == ["Okafor"]
    assert is_ly_adverb("recently") and is_ly_adverb("Widely")
    assert not is_ly_adverb("family") and not is_ly_adverb("only") and not is_ly_adverb("weekly")


def test_an_article_opens_a_speaker_phrase_before_a_relative_clause(quote_speakers: Speakers) -> None:
    text = '"We will respond," an official, who spoke on condition of anonymity, said.'
    assert quote_speakers(text) == ["an official"]
    text = '"We will respond," a senior official, who spoke on condition of anonymity, told reporters.'
    assert quote_speakers(text) == ["a senior official"]
    # near cases: the phrase without a clause, and a name before the clause
    assert quote_speakers('"We will respond," an official said.') == ["an official"]
    assert quote_speakers('"We will respond," Dana Okafor, who chairs the panel, said.') == ["Dana Okafor"]


def test_people_in_a_place_speak_not_the_place(quote_speakers: Speakers) -> None:
    assert quote_speakers('Police in Minneapolis said, "The suspect fled on foot."') == ["Police in Minneapolis"]
    assert quote_speakers('"It is calm," officials in Valdoria said.') == ["officials in Valdoria"]
    # near cases: a named person in a place is the person; a place alone stays the place
    assert quote_speakers('"We left," Dana Okafor in Texas said.') == ["Dana Okafor"]
    assert quote_speakers('"We are ready," Valdoria said.') == ["Valdoria"]
