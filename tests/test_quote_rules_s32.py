"""Quote-speaker rules of session 32 (issue 15): "the 34-year-old" and "the captain" re-name the person given
that age or labelled with that role (or, for an age, the subject the story is on); a dateline does not hide a
sentence's subject. Tests on both sides."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_an_age_description_re_names_the_person_of_that_age(quote_speakers: Speakers) -> None:
    text = ('Folasade Adeyemi, 39, sells tomatoes. Ngozi Eze, 52, sells yams. "Nobody pays them," the 39-year-old '
            'said.')
    assert quote_speakers(text) == ["Folasade Adeyemi"]


def test_an_age_description_re_names_the_subject_the_story_is_on(quote_speakers: Speakers) -> None:
    text = ('In the village, Abdi Galgalo counted his goats.\n\n"Before, a drought came once in ten years," the '
            '34-year-old said.')
    assert quote_speakers(text) == ["Abdi Galgalo"]
    text = ('MELBOURNE, Australia — Zheng Wanying had lost the first set, having beaten the fifth seed, Camille Arnaud '
            'of France.\n\n"I don\'t know what happened," the 22-year-old from Wuhan said.')
    assert quote_speakers(text) == ["Zheng Wanying"]


def test_a_role_description_re_names_the_person_labelled_with_it(quote_speakers: Speakers) -> None:
    text = ('Her captain, Eilidh Fraser, scored first. Chloe Baptiste missed a penalty.\n\n"She will play in ten more '
            'finals," the captain said.')
    assert quote_speakers(text) == ["Eilidh Fraser"]


def test_a_role_description_nobody_was_labelled_with_or_with_a_complement_stays(quote_speakers: Speakers) -> None:
    text = 'Mark Orme gave evidence on Monday. "That is not true," the witness said.'
    assert quote_speakers(text) == ["the witness"]
    text = ('The Clinton communications director Jennifer Palmieri spoke first.\n\nThe communications director for '
            'the Trump campaign wrote: "The outrage is selective."')
    assert quote_speakers(text) != ["Jennifer Palmieri"]
    text = ('Lowry, the magazine\'s editor, wrote about it. "I decided to pull the ad," the paper\'s editor said.')
    assert quote_speakers(text) != ["Lowry"]


def test_a_role_description_after_a_new_unnamed_holder_of_the_role_stays(quote_speakers: Speakers) -> None:
    text = ('The slogan was coined by strategist James Carville. It shocked one senior Democratic strategist, who '
            'spoke on condition of anonymity.\n\n"It was a mistake," the strategist said.')
    assert quote_speakers(text) == ["the strategist"]
