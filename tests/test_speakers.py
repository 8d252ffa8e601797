"""Speaker phrases, gender and pronoun resolution (framing.scorers.speakers)."""

from __future__ import annotations

import framing
from framing.analysis import Actor
from framing.document import Document
from framing.scorers.speakers import gender_of, resolve_reference


def _mentions(text: str, *names: tuple[str, str]) -> tuple[list[tuple[int, int, Actor]], list[tuple[int, int]]]:
    out = []
    for name, typ in names:
        s = text.index(name)
        out.append((s, s + len(name), Actor(name, typ, ((s, s + len(name)),))))
    out.sort(key=lambda m: (m[0], m[1]))
    return out, [(s, e) for s, e, _ in out]


def test_gender_from_title_first_name_and_the_documents_pronouns() -> None:
    text = "Ms. Okafor spoke. Sarah Lind left. Trump praised his wall. Pat Lee waved."
    doc = Document(text)
    ms, _ = _mentions(text, ("Okafor", "person"), ("Sarah Lind", "person"), ("Trump", "person"), ("Pat Lee", "person"))
    genders = {a.name: gender_of(doc, a) for _, _, a in ms}
    assert genders == {"Okafor": "f", "Sarah Lind": "f", "Trump": "m", "Pat Lee": None}


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
