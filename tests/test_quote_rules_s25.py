"""Speaker rules added in session 25 (issue 15, from errors read on the blind6 gold, which became a development set
that session), each on both sides: a sentence the rule changes and a near one whose speaker it must keep. The
sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

from framing import Document
from framing.analysis import Actor
from framing.scorers.speaker_gender import gender_of

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


def test_a_web_address_in_an_appositive_ends_no_sentence(quote_speakers: Speakers) -> None:
    text = '"Rates will climb," Dana Okafor, a senior analyst at Rateboard.com, told me.'
    assert quote_speakers(text) == ["Dana Okafor"]
    text = '"Rates will climb," said Dana Okafor of Rateboard.org.'
    assert quote_speakers(text) == ["Dana Okafor"]
    # near cases: the same appositive without the address, and a real full stop before the next sentence
    assert quote_speakers('"Rates will climb," Dana Okafor, a senior analyst at Rateboard, told me.') == ["Dana Okafor"]
    text = '"Rates will climb." Dana Okafor, a senior analyst, sold her shares. "They will," she said.'
    assert quote_speakers(text) == [None, "Dana Okafor"]


def test_spaced_hyphens_set_off_an_aside_between_subject_and_verb(quote_speakers: Speakers) -> None:
    text = 'Finance Minister Dana Okafor - the first of the delegation to arrive in Geneva - said the plan was "dead".'
    assert quote_speakers(text) == ["Dana Okafor"]
    # a hyphenated word inside the aside, with dashes or spaced hyphens
    text = 'Dana Okafor — a long-time banker — said the plan was "dead".'
    assert quote_speakers(text) == ["Dana Okafor"]
    text = 'Dana Okafor - a long-time banker - said the plan was "dead".'
    assert quote_speakers(text) == ["Dana Okafor"]
    # near case: no aside, the subject right before the verb
    assert quote_speakers('Finance Minister Dana Okafor said the plan was "dead".') == ["Dana Okafor"]
    assert quote_speakers('The 2-1 vote - a surprise - left the plan "dead", Dana Okafor said.') == ["Dana Okafor"]


def test_a_long_run_of_organisation_title_and_name_after_said_ends_with_the_name(quote_speakers: Speakers) -> None:
    text = '"We are confident," said League of Harbour Workers Senior Vice President Tia Sitwell.'
    assert quote_speakers(text) == ["Tia Sitwell"]
    text = '"We are confident," said United Federation of Dock Workers of Valdoria President Dana Okafor.'
    assert quote_speakers(text) == ["Dana Okafor"]
    # near cases: a short run, and a long run that stops at a lower-case word
    assert quote_speakers('"We are confident," said Union President Dana Okafor.') == ["Dana Okafor"]
    text = '"We are confident," said Harbour Workers Union President Dana Okafor on Monday.'
    assert quote_speakers(text) == ["Dana Okafor"]


def _actor(doc: Document, name: str) -> Actor:
    start = doc.text.index(name)
    return Actor(name=name, type="person", mentions=((start, start + len(name)),))


def test_a_reporting_verb_with_a_pronoun_clause_overrules_a_misleading_first_name() -> None:
    doc = Document("Sen. Lindsey Grahame (R-S.C.) told reporters on Thursday that he did not think it was the time.")
    assert gender_of(doc, _actor(doc, "Lindsey Grahame")) == "m"
    doc = Document("Jordan Vale said that she would run again.")
    assert gender_of(doc, _actor(doc, "Jordan Vale")) == "f"
    # near cases: the first name decides when no such clause follows, or when the pronoun is not the clause's subject
    doc = Document("Lindsey Grahame met the governor and thanked him.")
    assert gender_of(doc, _actor(doc, "Lindsey Grahame")) == "f"
    doc = Document("Lindsey Grahame said the governor knew he had lost.")
    assert gender_of(doc, _actor(doc, "Lindsey Grahame")) == "f"


def test_the_pronoun_after_a_reported_speaker_with_a_misleading_first_name(quote_speakers: Speakers) -> None:
    text = ('"I hope it does not," Sen. John Thune told reporters Wednesday.\n\n'
            "Sen. Lindsey Grahame (R-S.C.) told reporters on Thursday that he did not think it was the setting.\n\n"
            '"Not in this environment," he said.')
    assert quote_speakers(text) == ["John Thune", "Lindsey Grahame"]


def test_a_verb_after_but_with_no_subject_shares_the_sentence_subject(quote_speakers: Speakers) -> None:
    text = 'Dana Okafor had not said what would change in the bill, but said "we have reworked it" for the holdouts.'
    assert quote_speakers(text) == ["Dana Okafor"]
    text = 'The ministry declined to comment on the record, but said in a notice that it would "review every bid".'
    assert quote_speakers(text) == ["The ministry"]
    # near cases: a quotation earlier in the sentence (the clause after it has its own subject), and a relative
    # clause whose noun is the one who speaks
    text = 'Okafor said she was "hopeful" a deal could be reached, but said Vale had an "obligation" to act.'
    assert quote_speakers(text) == ["Okafor", "Okafor"]
    text = 'The plan won over Tom Hale, a builder who credits the tax cut but calls the mayor "vile".'
    assert quote_speakers(text) == [None]


def test_said_to_be_or_deemed_in_a_passive_names_its_by_agent(quote_speakers: Speakers) -> None:
    text = 'While the offer was said to be "encouraging" by the White House, Dana Okafor left the talks.'
    assert quote_speakers(text) == ["White House"]
    assert quote_speakers('The plan was deemed "unworkable" by Senate Democrats.') == ["Senate Democrats"]
    # near cases: no agent after it, and a "by" phrase that is no agent of a passive of saying
    assert quote_speakers('He is said to be "furious" about it.') == ["He"]
    assert quote_speakers('The offer was "encouraging" by any measure, Okafor said.') == ["Okafor"]
