"""The label kind of a word or lexicon span (``framing.scorers.actor_label_kinds``), on both sides of each rule."""

from __future__ import annotations

import pytest

from framing.analysis import Span
from framing.scorers.actor_label_kinds import _label_kind_of_word, _person_label, _plural_label_kind, _span_kind


@pytest.mark.parametrize(
    ("word", "person", "kind"),
    [
        ("heroic", True, "honorific"),
        ("left-leaning", False, "ideological"),
        ("nonpartisan", False, "descriptive"),
        ("republican", True, "ideological"),
        ("gop", False, "ideological"),
        ("group", False, "descriptive"),  # "the advocacy group Public Citizen"
        ("group", True, None),  # not a person's label
        ("speaker", True, "title"),
        ("speaker", False, None),
        ("plumber", True, "descriptive"),
        ("plumber", False, None),  # a role noun labels people only
        ("ranking", True, "descriptive"),
        ("ceo", True, "title"),
        ("co-host", True, "descriptive"),  # a prefixed role keeps the role's kind
        ("ex-wife", True, "descriptive"),
        ("then-popular", True, None),  # "the then-popular": no honorific through "then-"
        ("table", True, None),
    ],
)
def test_label_kind_of_word(word: str, person: bool, kind: str | None) -> None:
    assert _label_kind_of_word(word, person) == kind


@pytest.mark.parametrize(
    ("word", "kind"),
    [("businessmen", "descriptive"), ("personalities", "descriptive"), ("coaches", "descriptive"),
     ("conservatives", "ideological"), ("tables", None), ("dishes", None)],
)
def test_plural_label_kind(word: str, kind: str | None) -> None:
    assert _plural_label_kind(word) == kind


@pytest.mark.parametrize(
    ("text", "person"),
    [("dictator", True), ("strongman", True), ("socialist dictator", True), ("Democrats", True),
     ("regime", False), ("state", False), ("communist regime", False)],
)
def test_person_label(text: str, person: bool) -> None:
    assert _person_label(text) is person


def test_span_kind_honorific_only_for_listed_emotive_words() -> None:
    def span(text: str, category: str) -> Span:
        return Span(start=0, end=len(text), text=text, category=category, lexicon="test", weight=0.5)

    assert _span_kind(span("heroic", "emotive")) == "honorific"
    assert _span_kind(span("dictator", "pejorative_label")) == "pejorative"
    assert _span_kind(span("brazen", "emotive")) != "honorific"
