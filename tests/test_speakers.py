"""Speaker phrases, gender and pronoun resolution (framing.scorers.speakers)."""

from __future__ import annotations

import framing
from framing.analysis import Actor
from framing.document import Document
from framing.scorers.speakers import resolve_reference


def _mentions(text: str, *names: tuple[str, str]) -> tuple[list[tuple[int, int, Actor]], list[tuple[int, int]]]:
    out = []
    for name, typ in names:
        s = text.index(name)
        out.append((s, s + len(name), Actor(name, typ, ((s, s + len(name)),))))
    out.sort(key=lambda m: (m[0], m[1]))
    return out, [(s, e) for s, e, _ in out]


def test_pronouns_resolve_to_a_compatible_subject_or_organisation() -> None:
    text = "Anna Diaz denied the report. Then Tom Lee met reporters. The Heritage Foundation agreed. X she Y they"
    doc = Document(text)
    ms, keys = _mentions(text, ("Anna Diaz", "person"), ("Tom Lee", "person"),
                         ("Heritage Foundation", "organisation"))
    assert resolve_reference(doc, "she", text.index(" she"), ms, keys, []) == "Anna Diaz"
    assert resolve_reference(doc, "he", text.index(" she"), ms, keys, []) == "Tom Lee"
    assert resolve_reference(doc, "they", text.index(" they"), ms, keys, []) == "Heritage Foundation"
    assert resolve_reference(doc, "the minister", text.index(" she"), ms, keys, []) is None


def test_the_president_resolves_to_the_person_with_that_title() -> None:
    text = "President Ana Ruiz arrived. Later the president spoke."
    doc = Document(text)
    ms, keys = _mentions(text, ("Ana Ruiz", "person"))
    assert resolve_reference(doc, "the president", text.index("the president"), ms, keys, []) == "Ana Ruiz"


def test_link_text_spans_cover_the_pasted_headlines_only() -> None:
    from framing.scorers.names import link_text_spans

    text = ('President Trump Donald John TrumpGOP senators balk at "lengthy" trial MORE says he thrives. '
            'The MORE I see, the less I like.')
    spans = link_text_spans(text)
    assert [text[s:e] for s, e in spans] == ['Donald John TrumpGOP senators balk at "lengthy" trial MORE']
    assert link_text_spans("Nothing to see MORE here, no glued name.") == ()


def test_a_possessive_after_a_title_is_no_speaker_for_a_pronoun() -> None:
    text = ('Sen. Kamala Harris asked whether the White House urged Attorney General William Barr to investigate '
            'President Trump\'s political opponents. "I request an inquiry," she said.')
    speakers = [q.speaker for q in framing.analyze(text).quotes]
    assert speakers == ["Kamala Harris"]


def test_a_name_inside_a_sentence_about_he_is_not_the_next_he() -> None:
    text = ("Tom Reed said he never learned why. He said it was tied to Mark Hale's desire for the probe. "
            "Then it ended. X he said")
    doc = Document(text)
    ms, keys = _mentions(text, ("Tom Reed", "person"), ("Mark Hale", "person"))
    assert resolve_reference(doc, "he", text.index(" he said"), ms, keys, []) == "Tom Reed"
    # near case: the sentence opens with the name, not with "He": the name is its subject
    text2 = "Tom Reed said he never learned why. Mark Hale said it was tied to the probe. Then it ended. X he said"
    doc2 = Document(text2)
    ms2, keys2 = _mentions(text2, ("Tom Reed", "person"), ("Mark Hale", "person"))
    assert resolve_reference(doc2, "he", text2.index(" he said"), ms2, keys2, []) == "Mark Hale"
    # a "He" inside a quotation opens no sentence of the writer's
    text3 = 'Tom Reed spoke. "He was wrong about Mark Hale," Jim Ford said. Then it ended. X he said'
    doc3 = Document(text3)
    ms3, keys3 = _mentions(text3, ("Tom Reed", "person"), ("Mark Hale", "person"), ("Jim Ford", "person"))
    assert resolve_reference(doc3, "he", text3.index(" he said"), ms3, keys3, []) == "Jim Ford"


def test_a_pronoun_right_before_the_verb_is_the_speaker_not_the_phrase_before_it() -> None:
    text = ('Joe Walsh spoke on Monday. He penned an op-ed for The Daily Ledger last week wherein he argued that '
            '"the party needs a primary challenge."')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Joe Walsh"]
    # near case: a named subject right before the verb stays the speaker
    text = 'Joe Walsh spoke on Monday. Last week Ann Lee argued that "the party needs a primary challenge."'
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Ann Lee"]


def test_she_does_not_resolve_to_a_man_named_by_a_census_first_name() -> None:
    for text in ('Megyn Kelly met Jay Leno on Monday. "I am a straight news anchor," she said.',
                 'Jay Leno met Megyn Kelly on Monday. "I am a straight news anchor," she said.'):
        assert [q.speaker for q in framing.analyze(text).quotes] == ["Megyn Kelly"]
    # he goes to the man when the woman's first name says she is one
    text = 'Nancy Pelosi met Jay Leno on Monday. "I am a comedian," he said.'
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Jay Leno"]


def test_he_prefers_a_subject_over_a_possessor_or_a_prepositions_object() -> None:
    text = ("Donald Trump, who has long denounced Robert Mueller's investigation, took to Twitter. "
            '"Nothing changes," he wrote.')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Donald Trump"]
    text = ("Gordon Sondland recalled a talk in which he used colorful language with Donald Trump.\n\n"
            '"I may have used a four-letter word," he testified.')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Gordon Sondland"]
    # a possessor opening its sentence is its topic, and one named only so is still found
    text = 'Dov Zakheim spoke first.\n\nDonald Trump\'s White House is a drama. "I like conflict," he said.'
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Donald Trump"]
    text = 'The talks were with Donald Trump. "I like conflict," he said.'
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Donald Trump"]
