"""Speaker attribution rules added in session 20c from the errors left on the seen sets (dev8 and the others read
today; issue 15), each on both sides: a sentence where the rule applies and a near one it must leave alone. The
sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


# --- an embedded post's signature ("— Jane Doe (@janedoe) July 16, 2019") names no one a later pronoun refers to

_TWEET = "Another angle of the newsroom today. #media pic.twitter.com/abc123 — Mark Olsen (@markolsen) July 16, 2019"


def test_pronoun_skips_the_author_in_an_embedded_post_signature(quote_speakers: Speakers) -> None:
    text = ("Senator Tom Hale attacked the Herald again on Monday, sharing a photo of the newsroom.\n\n" + _TWEET +
            "\n\nThe senator frequently describes coverage he deems unfair as \"fake news,\" and has called editors "
            "\"cowards.\"")
    assert quote_speakers(text) == ["Tom Hale", "Tom Hale"]


def test_a_name_with_a_handle_in_running_text_stays_an_antecedent(quote_speakers: Speakers) -> None:
    text = ("Senator Tom Hale attacked the Herald again on Monday, sharing a photo of the newsroom.\n\n"
            "The photographer Mark Olsen (@markolsen) posted another angle of the newsroom.\n\n"
            "The senator frequently describes coverage he deems unfair as \"fake news,\" and has called editors "
            "\"cowards.\"")
    assert quote_speakers(text) == ["Mark Olsen", "Mark Olsen"]


def test_the_author_of_a_post_the_story_reports_stays_an_antecedent(quote_speakers: Speakers) -> None:
    text = ("Campaign chairman Mark Olsen said the rally would go ahead.\n\nOlsen posted that every guest would get "
            "a mask.\n\nEvery guest will get a mask and water. — Mark Olsen (@markolsen) June 15, 2020\n\nHe added "
            "that the campaign would take \u201cevery precaution against the heat.\u201d")
    assert quote_speakers(text) == ["Mark Olsen"]


# --- "to discuss the plan agreed by ...": a verb and its object after "to" are no subject of the participle after
# --- them; the clause's subject speaks


def test_an_infinitive_and_its_object_are_no_speaker(quote_speakers: Speakers) -> None:
    text = ('Olsen called a meeting on Friday with his aides to discuss the plan agreed by the council, after voicing '
            '"serious doubts" about it.')
    assert quote_speakers(text) == ["Olsen"]


def test_a_subject_after_a_clause_boundary_still_speaks(quote_speakers: Speakers) -> None:
    text = 'The mayor wanted the council to approve it, but council members agreed that it was "far too costly."'
    assert quote_speakers(text) == ["council members"]
    text = 'The mayor asked them to leave, and the protesters agreed it was "time to go."'
    assert quote_speakers(text) == ["the protesters"]


# --- '"...," said the lawmaker' right after a sentence whose subject is an unnamed person who speaks ("One Democrat
# --- on the panel told reporters ..."): the description re-names that person, not someone named further back

_CHAIR = "Senator Maria Lopez is set to chair the committee next year.\n\n"
_SPLIT = "“We have a real split here, because people are nervous about the agenda,” said the lawmaker."


def test_a_description_re_names_the_unnamed_speaker_of_the_sentence_before(quote_speakers: Speakers) -> None:
    text = (_CHAIR + "One Democrat on the panel told reporters that several members are worried about her plans.\n\n"
            + _SPLIT + ' "We can disagree on policy, and that is fine."')
    assert quote_speakers(text) == ["One Democrat on the panel", "One Democrat on the panel"]


def test_a_description_after_a_named_or_plural_subject_keeps_the_named_person(quote_speakers: Speakers) -> None:
    text = _CHAIR + "Several members of the panel told reporters that they are worried about her plans.\n\n" + _SPLIT
    assert quote_speakers(text) == ["Maria Lopez"]
    text = (_CHAIR + "One Democrat on the panel told reporters that several members are worried about her plans. "
            "Senator Tom Hale disagreed.\n\n" + _SPLIT)
    assert quote_speakers(text) == ["Tom Hale"]


# --- "the US president" is not a person titled president after another nationality ("Russian President X")

_SUMMIT = ("President Donald Trump arrived in London on Thursday before his summit with Russian President Vladimir "
           "Putin next week.\n\n")


def test_the_us_president_skips_a_foreign_president(quote_speakers: Speakers) -> None:
    text = _SUMMIT + ('The US President, who has faced protests since his arrival, also told a tabloid he feels '
                      '"unwelcome" in the city.')
    assert quote_speakers(text) == ["Donald Trump"]


def test_the_plain_president_still_takes_the_last_titled_one(quote_speakers: Speakers) -> None:
    text = _SUMMIT + ('The president, who has faced protests since his arrival, also told a tabloid he feels '
                      '"unwelcome" in the city.')
    assert quote_speakers(text) == ["Vladimir Putin"]


# --- a "person" most of whose mentions follow "the" ("the Young Pioneers") is a group's name, no he/she


def test_pronoun_skips_a_name_that_takes_the_article(quote_speakers: Speakers) -> None:
    text = ("As head of the Young Pioneers, Gates had backed the new rules. The Young Pioneers grew quickly under "
            "Robert Gates. Critics said the Young Pioneers had lost their way.\n\n"
            '"The old standards cannot be sustained," he said.')
    assert quote_speakers(text) == ["Robert Gates"]


def test_a_person_named_once_after_the_still_counts(quote_speakers: Speakers) -> None:
    text = ("Robert Gates spoke at the dinner on Friday. Guests later toasted the Mark Olsen they remembered, and "
            "Mark Olsen smiled.\n\n"
            '"The old standards cannot be sustained," he said.')
    assert quote_speakers(text) == ["Mark Olsen"]


# --- "As a candidate, she ...": "as" before "a"/"an" and no verb up to the first comma is a preposition, and the
# --- sentence's subject follows that comma (a participle after a later quotation shares it)

_HALE = "Senator Jane Hale opposed the plan in 2010. Mark Olsen backed it.\n\n"


def test_as_a_role_phrase_ends_at_its_comma(quote_speakers: Speakers) -> None:
    text = (_HALE + "But as a presidential candidate, she joked recently about the vote, telling a radio show that "
            "“I was wrong,” and adding: “Half of my town voted for it. Can you believe that?”")
    assert quote_speakers(text) == ["Jane Hale", "Jane Hale"]


def test_as_a_clause_with_its_own_verb_is_still_skipped_whole(quote_speakers: Speakers) -> None:
    text = (_HALE + "As a reporter noted yesterday, she joked recently about the vote, telling a radio show that "
            "“I was wrong,” and adding: “Half of my town voted for it.”")
    assert quote_speakers(text) == ["Jane Hale", "Jane Hale"]
