"""A speaker phrase's clean-up (``framing.scorers.speaker_phrase``)."""

from __future__ import annotations

from framing.document import Document
from framing.scorers.speaker_phrase import clean_speaker


def test_a_lower_case_participle_phrase_is_no_speaker() -> None:
    text = "possibly leading to it; the ruling"
    doc = Document(text)
    assert clean_speaker(doc, 0, len("possibly leading")) is None
    s = text.index("the ruling")
    assert clean_speaker(doc, s, len(text)) == (s, len(text))


def test_speaker_phrases_that_are_clauses_or_verb_fragments_name_no_one() -> None:
    def cleaned(text: str, phrase: str) -> str | None:
        doc = Document(text)
        s = text.index(phrase)
        sp = clean_speaker(doc, s, s + len(phrase))
        return None if sp is None else text[sp[0] : sp[1]]

    assert cleaned("the controversy he's described as bad", "the controversy he's") == "he"
    assert cleaned("he's been told so", "he's") == "he"
    assert cleaned("she'd said so", "she'd") == "she"
    assert cleaned("a key piece of what Mr. Obama has dubbed", "what Mr. Obama") == "Mr. Obama"
    assert cleaned("argued that furloughed federal workers deserve it", "that furloughed federal workers deserve") \
        is None
    assert cleaned("and then withdrew his endorsement, complained", "withdrew his endorsement") is None
    assert cleaned("but he often quickly lapses into", "he often quickly lapses") == "he"
    assert cleaned("Trump, nonetheless, said", "nonetheless") is None
    assert cleaned("McAuliffe’s overwhelming strength among women", "’s overwhelming strength among women") is None
    # near cases that stay
    assert cleaned("He quoted Iain, who said", "He quoted Iain") == "He quoted Iain"
    assert cleaned("That political group has grown", "That political group") == "That political group"
    assert cleaned("unsealed court documents show", "unsealed court documents") == "unsealed court documents"
