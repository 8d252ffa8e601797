"""Quote-speaker rules of session 37 (issue 15), from the errors of the development sample dev17 (AllSides lines
0-499) after its first, blind run: credit lines of a round-up of opinion excerpts, a sentence's closing "she says"
as the gender of the person opening it, "they" after a list of people. Tests on both sides (the sentences are
ours)."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_a_credit_line_after_an_excerpt_names_its_writer(quote_speakers: Speakers) -> None:
    text = ("From the Left\n\nThe left criticizes the decision.\n\n“Colleges would lose billions in tuition, and "
            "college towns would lose their shops.\n\n“It isn’t only universities that would feel the gaps.”\n\n"
            "Margaret Konrad, Washington Post\n\n“The students are already here and have visas.”\n\nDavid Cole and "
            "Ted Mitchell, Wall Street Journal")
    assert quote_speakers(text) == ["Margaret Konrad", "Margaret Konrad", "Ted Mitchell"]
    # a line that is no credit (a sentence, a contributor's line) names nobody
    text = ("“The students are already here and have visas.”\n\nMargaret Konrad said so on Monday.\n\n"
            "“Colleges would lose billions.”\n\nReporting by Ted Mitchell, Reuters")
    assert quote_speakers(text)[1] is None
    # a byline, a staff line and a reporter's sign-off before the story goes on credit no one (a review's cases)
    for credit, after in (("By Ann Roe, Reuters", "Washington — Lawmakers returned on Monday."),
                          ("Ann Roe, Staff Writer", "Contact the newsroom at 555-0100."),
                          ("Ann Roe, Associated Press", "NEW ORLEANS — Crews worked through the night.")):
        text = f'The governor spoke briefly.\n\n"We will rebuild, and we will do it together."\n\n{credit}\n\n{after}'
        assert quote_speakers(text) != ["Ann Roe"]


def test_a_closing_she_says_tells_the_gender_of_the_sentence_opener(quote_speakers: Speakers) -> None:
    text = ("Judge Thokozile Masipa ruled on Friday.\n\nNooshin Erfani-Ghadimi, a coordinator for a civil society "
            "group, believes Pistorius would be treated better than most -- as he has been throughout the trial, "
            "she says. Erfani-Ghadimi describes his progress as an anomaly.\n\nEven so, she told CNN, \"I don't "
            "think anyone with a disability will be provided for.\"")
    assert quote_speakers(text) == ["Nooshin Erfani-Ghadimi"]
    # without the closing attribution, "his" after the name still reads as the name's gender
    text = ("Judge Thokozile Masipa ruled on Friday.\n\nNooshin Erfani-Ghadimi describes his progress as slow.\n\n"
            "Even so, she told CNN, \"I don't think so.\"")
    assert quote_speakers(text) == ["Thokozile Masipa"]
    # the opener is the topic, not the one whose view it is: "she says" is the lawyer's (a review's case)
    text = ("Chidi Okafor spent 11 years in prison for a robbery he did not commit. His lawyer, Ann Roe, took the "
            "case in 2015. Okafor never had a fair trial, she says.\n\nOkafor walked out of the prison gates on "
            "Friday. \"I never lost hope,\" he said.")
    assert quote_speakers(text) == ["Chidi Okafor"]


def test_they_after_a_list_of_people_is_that_list(quote_speakers: Speakers) -> None:
    text = ('Sens. Ann Lee (D-NY) and Tom Roe (D-Ohio) write, "We urge you to act." They also asked for sanctions. '
            'They added later, "Do it now."')
    assert quote_speakers(text) == ["Tom Roe", "Tom Roe"]
    # one person speaking before: "they" is no person
    text = 'Ann Lee met Tom Roe on Monday. "We urge you to act," Roe said. They added later, "Do it now."'
    assert quote_speakers(text)[1] != "Tom Roe"
    # other people in a sentence between: "they" is theirs (a review's counter-examples)
    text = ('The coach benched Ann Roe and Tom Birch, who said, "We accept the decision." The team\'s fans were '
            'furious. They added, "This is a disgrace."')
    assert quote_speakers(text)[1] != "Tom Birch"
    text = ('Tom Birch and Ann Roe, both residents of the building, said, "The landlord ignored us for months." City '
            'inspectors visited on Friday. They said, "The building is unsafe."')
    assert quote_speakers(text)[1] != "Ann Roe"


def test_a_name_ending_an_appositive_inside_another_is_not_the_speaker(quote_speakers: Speakers) -> None:
    text = ('Carl Forti, a top adviser to the Crossroads groups and Restore Our Future, another pro-Romney super PAC, '
            'said the map "absolutely" could expand.')
    assert quote_speakers(text) == ["Carl Forti"]
    # a description after a place that opens the sentence stays the speaker ("in Ramallah, a group of girls")
    text = ('At one large confrontation in Ramallah, a group of three teenage girls, their faces masked, told '
            'reporters: "Go home."')
    assert quote_speakers(text) != ["Ramallah"]
    # a place or an outlet opening the sentence is no speaker (a review's cases)
    for opener in ("In Washington", "In a statement to Reuters"):
        text = f'{opener}, a spokesman for Senator Tom Roe, a Democrat, said: "The senator will vote no."'
        assert quote_speakers(text) == ["Tom Roe"]


def test_sec_abbreviation_keeps_the_sentence_end_of_an_sec(quote_speakers: Speakers) -> None:
    # "Sec." is a title ("Treasury Sec. Steve Mnuchin") but "the SEC." still ends its sentence (a review's case)
    text = ('Gary Gensler runs the SEC. "Crypto is the Wild West," he told lawmakers. Senator Cynthia Lummis '
            'disagreed.')
    assert quote_speakers(text) == ["Gary Gensler"]
