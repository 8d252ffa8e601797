"""Actor rules of session 27 (issue 15): surnames that are also place words, each with tests on both sides."""

from __future__ import annotations

import pytest

from framing import Analyzer


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {a.name for a in analyzer.analyze(text).actors if a.type == "person"}


@pytest.mark.parametrize("text, name", [
    ("Local activist John Park organized the march.", "John Park"),
    ("The move angered Tom Hill, the union leader.", "Tom Hill"),
    ("Rep. Katie Hill resigned on Sunday.", "Katie Hill"),
    ("Former Rep. Ralph Hall of Texas died.", "Ralph Hall"),
    ("Anna Lake, a nurse, said the ward was full.", "Anna Lake"),
    ("Dr. Ann Fox, an epidemiologist at Yale, warned.", "Ann Fox"),
    ("Ryan Fox, who tracks disinformation, said so.", "Ryan Fox"),
    ("Michael J. Fox acted in the film.", "Michael J. Fox"),
    ("The criminologist James Alan Fox said so.", "James Alan Fox"),
])
def test_a_first_name_before_a_place_word_is_a_person(actors: Analyzer, text: str, name: str) -> None:
    assert name in _people(actors, text)


@pytest.mark.parametrize("text", [
    "Thousands marched in Grant Park on Sunday.",
    "The concert at Lincoln Park was cancelled.",
    "Victoria Park was closed for the night.",
    "The Albert Hall was full.",
    "Voters in Cherry Hill and Chapel Hill went to the polls.",
    "The Hill reported the vote first.",
])
def test_a_place_named_after_a_first_name_stays_a_place(actors: Analyzer, text: str) -> None:
    assert _people(actors, text) == set()


def _labels(analyzer: Analyzer, text: str, name: str) -> list[str]:
    return [lab.text for a in analyzer.analyze(text).actors if a.name == name for lab in a.labels]


@pytest.mark.parametrize("text, name, label", [
    ("The disgraced financier Jeffrey Epstein died in jail.", "Jeffrey Epstein", "financier"),
    ("The move pleased megadonor Tom Steyer.", "Tom Steyer", "megadonor"),
    ("Conservative provocateur Ann Coulter mocked the plan.", "Ann Coulter", "provocateur"),
    ("The book by biographer Craig Shirley sold well.", "Craig Shirley", "biographer"),
    ("The school's custodian Cynthia Adams found it.", "Cynthia Adams", "custodian"),
])
def test_a_role_noun_right_before_a_name_is_its_label(actors: Analyzer, text: str, name: str, label: str) -> None:
    assert label in _labels(actors, text, name)


@pytest.mark.parametrize("text, name", [
    ("The photo caption Saul Loeb wrote was short.", "Saul Loeb"),
    ("It was a human Tom Lee could trust.", "Tom Lee"),
    ("He crossed the barrier Tom Lee had built.", "Tom Lee"),
])
def test_a_non_role_word_before_a_name_is_no_label(actors: Analyzer, text: str, name: str) -> None:
    assert _labels(actors, text, name) == []


@pytest.mark.parametrize("text, name", [
    ("Longtime Trump ally Roger Stone was convicted.", "Trump"),
    ("Billionaire Tom Steyer entered the race. Steyer said he would spend.", "Tom Steyer"),
    ("Veteran Democrat Jane Roe spoke first.", "Jane Roe"),
])
def test_a_sentence_opening_modifier_is_no_part_of_the_name(actors: Analyzer, text: str, name: str) -> None:
    names = {a.name for a in actors.analyze(text).actors}
    assert name in names and not any(n.split()[0] in ("Longtime", "Billionaire", "Veteran") for n in names)


@pytest.mark.parametrize("text, label", [
    ("Veteran Affairs Secretary David Shulkin left.", "Veteran Affairs Secretary"),
    ("Embattled Gov. Ralph Northam refused to resign.", "Embattled"),
])
def test_a_modifier_before_a_title_stays_with_the_title(actors: Analyzer, text: str, label: str) -> None:
    assert any(lab.text == label for a in actors.analyze(text).actors for lab in a.labels)


@pytest.mark.parametrize("text, org", [
    ("Clara Montiel, president of the Valdorian Journalists' Association, said no.",
     "Valdorian Journalists' Association"),
    ("The National Sheriffs’ Association backed the bill.", "National Sheriffs’ Association"),
    ("He appeared at Westminster Magistrates' Court on Monday.", "Westminster Magistrates' Court"),
])
def test_a_plural_possessive_inside_an_organisation_name_joins_it(actors: Analyzer, text: str, org: str) -> None:
    assert org in {a.name for a in actors.analyze(text).actors if a.type == "organisation"}


def test_a_plural_possessive_before_a_chamber_or_a_house_joins_nothing(actors: Analyzer) -> None:
    names = {a.name for a in actors.analyze("The Dems' Senate majority is thin. The Smiths' House was sold.").actors}
    assert not any("'" in n for n in names)


def test_a_plural_inside_an_organisation_name_is_no_label(actors: Analyzer) -> None:
    text = "Clara Montiel, president of the Valdorian Journalists' Association, said no."
    assert _labels(actors, text, "Clara Montiel") == ["president"]


def test_a_role_phrase_before_a_titled_name_is_its_label(actors: Analyzer) -> None:
    text = "The author of the bill, Sen. Tom Cotton, defended it."
    assert "author of the bill" in _labels(actors, text, "Tom Cotton")
    assert _labels(actors, "The authors of the bill, Sen. Tom Cotton and Sen. Ann Lee, spoke.", "Tom Cotton") == ["Sen"]
    assert _labels(actors, "In the bill, Sen. Tom Cotton wrote a clause.", "Tom Cotton") == ["Sen"]


@pytest.mark.parametrize("text", [
    "Devin Nunes, the top Republican on the committee, objected.",
    "Mick Mulvaney, a conservative Republican from South Carolina, said no.",
    "Moderate Democratic senators balked at the plan.",
])
def test_words_before_one_party_word_are_no_label_of_the_party(actors: Analyzer, text: str) -> None:
    assert all(not a.labels for a in actors.analyze(text).actors if a.type == "organisation")


def test_the_party_keeps_its_own_labels(actors: Analyzer) -> None:
    labels = [lab.text for a in actors.analyze("The embattled Republican Party lost the seat.").actors
              for lab in a.labels]
    assert "embattled" in labels


def test_fox_alone_is_still_the_outlet(actors: Analyzer) -> None:
    a = actors.analyze("He told Fox on Sunday. Tucker Carlson of Fox News said so.")
    assert "Fox News" in {x.name for x in a.actors if x.type == "organisation"}
    assert not any(x.name.endswith("Fox") for x in a.actors if x.type == "person")
