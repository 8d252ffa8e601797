"""Quote-speaker rules of session 31 (issue 15): "the company", "the agency", "the paper" said re-names the
organisation just named; tests on both sides."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_an_organisation_description_re_names_the_organisation_just_named(quote_speakers: Speakers) -> None:
    assert quote_speakers('The CDC issued new guidance on Monday. "Masks remain useful indoors," the agency said.') \
        == ["CDC"]
    text = ('"We are leaving," Acme Corp. said in a statement on Thursday. The company added that "the politicians '
            'made it impossible."')
    assert quote_speakers(text) == ["Acme Corp", "Acme Corp"]


def test_an_organisation_description_with_two_candidates_or_none_as_subject_stays(quote_speakers: Speakers) -> None:
    # two organisations named: which one the company is, is not told
    text = 'Amazon bought Whole Foods on Friday. "We are thrilled," the company said.'
    assert quote_speakers(text) == ["the company"]
    # the only organisation is no sentence's subject and did not speak
    text = 'Mr. Lee wrote on Twitter that it was over. "It was doomed," the paper said.'
    assert quote_speakers(text) == ["the paper"]
