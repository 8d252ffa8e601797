"""Quote-speaker rules of session 30 (issue 15), each with tests on both sides."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_a_described_person_with_a_long_complement_takes_the_next_pronoun(quote_speakers: Speakers) -> None:
    text = ("The term was new then. Even a floor manager at the department store Harlan Brothers in Toledo back in "
            "1978 acknowledged its gloomy ring. \"The drivers call it that,\" she told a reporter. \"They mean the "
            "traffic.\"")
    assert quote_speakers(text) == ["a floor manager", "a floor manager"]


def test_a_described_person_needs_a_verb_of_saying_and_no_name_between(quote_speakers: Speakers) -> None:
    # the description's verb is no verb of saying: the pronoun stays unresolved
    text = ("The term was new then. Even a floor manager at the department store Harlan Brothers walked out. "
            "\"The drivers call it that,\" she told a reporter.")
    assert quote_speakers(text) == ["she"]
    # a woman named in the pronoun's own sentence is the one who speaks
    text = ("Mary Olsen runs the store. A floor manager at the store acknowledged the problem. \"The drivers call it "
            "that,\" she told Mary Olsen's nephew.")
    assert quote_speakers(text)[0] != "a floor manager"


def test_a_paragraph_that_opens_with_an_unnamed_person_gives_its_pronouns_to_them(quote_speakers: Speakers) -> None:
    text = ("Senator Ray Dalton praised the plan on Monday.\n\n"
            "An employee earning $16 an hour who has worked at the depot for four years did the sums. Although he "
            "gets a raise, he said he loses the bonus. “They are taking money from us,” he told a local paper.")
    assert quote_speakers(text) == ["An employee"]
    text = ("Senator Ray Dalton praised the plan on Monday.\n\nA spokesman for the port authority said on radio that "
            "nothing would change. He said the port wants to “move forward together” with the city.")
    assert quote_speakers(text) == ["A spokesman"]


def test_a_paragraph_description_yields_to_a_name_a_gender_and_a_fronted_appositive(quote_speakers: Speakers) -> None:
    # someone named in the paragraph before the pronoun
    text = ("Senator Ray Dalton praised the plan.\n\nAn employee at the depot did the sums, and Tom Reyes agreed. "
            "“They are taking money from us,” he told a local paper.")
    assert quote_speakers(text) != ["An employee"]
    # a woman described, "he" speaks
    text = ("Senator Ray Dalton praised the plan.\n\nA woman at the depot did the sums. Later he said it was "
            "“a real mess” for everyone.")
    assert quote_speakers(text) != ["A woman"]
    # a description fronted before the pronoun it describes
    text = ("Senator Ray Dalton praised the plan.\n\nA lawyer by training, he has been described as having a "
            "\"bare knuckle style\" in talks.")
    assert quote_speakers(text) != ["A lawyer"]


def test_a_poll_answer_option_has_no_speaker(quote_speakers: Speakers) -> None:
    text = ("The survey of 900 voters was released on Monday by the Lakeview Institute. Asked about late-term "
            "abortion, 43 percent say “only in some circumstances,” and 37 percent say “never.” Just under half "
            "(48 percent) say they are “extremely” or “very” familiar with the ruling. Seventy percent of workers "
            "are “not engaged” in their jobs, according to the report.")
    assert quote_speakers(text) == []


def test_a_share_inside_someone_s_claim_keeps_its_speaker(quote_speakers: Speakers) -> None:
    text = "Senator Mark Hale told donors that 47 percent of Americans are “victims” of the system."
    assert quote_speakers(text) == ["Mark Hale"]
    text = "“The plan is dead on arrival,” 43 percent of the senators said in a joint letter."
    assert quote_speakers(text) != []


def test_a_verb_with_a_bare_complement_clause_is_no_part_of_its_subject(quote_speakers: Speakers) -> None:
    text = ("The forms, posted late Monday on a tracking site, reveal the foundation has admitted to violating the "
            "ban on “self-dealing,” meaning abuse. Records show the senator has admitted to “serious mistakes” in "
            "the past.")
    assert quote_speakers(text) == ["the foundation", "the senator"]
    assert quote_speakers("The senator has admitted to “serious mistakes” in the past.") == ["The senator"]
    text = ("In a court filing, defense attorneys revealed this week they had seen FBI notes that suggest Flynn "
            "helped prosecutors in several “ongoing investigations.”")
    assert quote_speakers(text) == ["defense attorneys"]


def test_a_name_given_in_the_passive_has_no_speaker(quote_speakers: Speakers) -> None:
    text = ("Yet here we are, deprived of what might be called the nation’s “macro-mythos” in a crisis. He has been "
            "called the “conscience of the Congress” for decades.")
    assert quote_speakers(text) == []
    assert quote_speakers("Senator Mark Hale called the bill “a disgrace” on Monday.") == ["Mark Hale"]


def test_review_fixes_keep_the_speakers_of_claims_and_coordinated_verbs(quote_speakers: Speakers) -> None:
    # a share inside a reported claim without "that"
    assert quote_speakers("The governor said 70 percent of residents are \"frustrated and angry,\" and he "
                          "promised action.") == ["The governor"]
    # the object of "showed"/"revealed" before a coordinated verb is no subject
    assert quote_speakers("She showed the letter and said it was \"a forgery.\"") == ["She"]
    assert quote_speakers("Trump revealed the plan and called it \"the deal of the century.\"") == ["Trump"]
    # a spokesman for a titled principal who declines to comment: "he" is the principal
    text = ("Sen. Todd Yarrow of Indiana has opposed the bill for months.\n\nA spokesman for the senator did not "
            "respond to a request for comment. But in an interview on Sunday, he called the bill \"a disaster for "
            "working families.\"")
    assert quote_speakers(text) == ["Todd Yarrow"]


def test_even_and_also_open_no_speaker_phrase(quote_speakers: Speakers) -> None:
    text = ("He had not listed the meetings on the clearance form, even though the form says to list “any contact” "
            "with a “foreign government” in the past seven years.")
    assert quote_speakers(text) == ["the form", "the form"]
    assert quote_speakers("The plan is what even the liberal group Fair Tax Now called a “staggeringly bad idea.”") \
        == ["Fair Tax Now"]
