"""Quote-speaker rules of session 38 (issue 15), from the errors of the development sample dev18 (AllSides lines
0-499) after its first, blind run: a state-first party appositive or a bracketed party before the verb (", Montana
Democrat, said", "(R) of Oregon says"), a party tag inside "As X put it", and the person heard in a recording ("a
video surfaced of Jane Roe saying"). Tests on both sides (the sentences are ours)."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_a_party_appositive_before_the_verb_is_skipped(quote_speakers: Speakers) -> None:
    assert quote_speakers("Sen. Jon Kell, Montana Democrat, said talks could still be a “train wreck.”") == [
        "Jon Kell"]
    assert quote_speakers("Rep. Greg Wald (R) of Oregon says Republicans will take up reform “later next year.”") \
        == ["Greg Wald"]
    assert quote_speakers("Rep. Jane Roe, Republican of Texas, said it was “a disaster.”") == ["Jane Roe"]
    # a capitalised phrase that is no party tag stays the subject
    assert quote_speakers("The Montana Democratic Party said it was “a disaster.”") == ["Montana Democratic Party"]


def test_a_party_tag_inside_as_x_put_it(quote_speakers: Speakers) -> None:
    assert quote_speakers('As Sen. Rand Poole, R-Ky., put it, "Libya was one of the hottest spots." He agreed.') \
        == ["Rand Poole"]
    assert quote_speakers('As Jane Roe put it, "Libya is hot."') == ["Jane Roe"]


def test_the_person_heard_in_a_recording(quote_speakers: Speakers) -> None:
    assert quote_speakers("On Nov. 15, a video surfaced of Hyde-Smith saying, “there's a lot of liberal folks in "
                          "those other schools.”") == ["Hyde-Smith"]
    assert quote_speakers("Footage of Jane Roe telling a crowd “go home” spread online.") == ["Jane Roe"]
    assert quote_speakers("A video surfaced of Gov. Ralph Norham saying “I was not in it.”") == ["Ralph Norham"]
    # "of" a name without a recording: the sentence's subject speaks
    assert quote_speakers("The mayor, a critic of Jane Roe, kept saying “go home” to the crowd.") != ["Jane Roe"]



def test_a_man_of_the_news_with_a_woman_s_first_name(quote_speakers: Speakers) -> None:
    text = ("John Podesta spoke on Friday. But on Sunday, Sen. Lindsey Graham (R., S.C.) placed blame on the "
            "president.\n\n“My party has failed,” he said on CNN.")
    assert quote_speakers(text) == ["Lindsey Graham"]
    # another person of that name whom the text calls "she", and a woman of that first name, stay women
    assert quote_speakers('Lindsey Graham, 34, a teacher in Asheville, said she was laid off in March. "I had no '
                          'warning," she said.') == ["Lindsey Graham"]
    text = ("John Podesta spoke on Friday. Lindsey Moore placed blame on the president.\n\n“My party has failed,” "
            "he said on CNN.")
    assert quote_speakers(text) == ["John Podesta"]


def test_a_role_its_complement_and_the_name_after_an_inverted_verb(quote_speakers: Speakers) -> None:
    assert quote_speakers("“We warned in 2012 that Iraq and Syria would become one conflict,” said former U.S. "
                          "ambassador to Syria Robert Forde.") == ["Robert Forde"]
    # whose aide speaks is not the speaker, and a role with no name stays the role
    assert quote_speakers("“We warned,” said an aide to Sen. Jane Roe.") == ["an aide"]
    assert quote_speakers("“We warned,” said the ambassador to Syria.") == ["the ambassador"]
    assert quote_speakers("“We warned,” said the chief of staff to Sen. Mitch McConnel.") == ["the chief of staff"]


def test_a_round_up_credit_before_a_short_introduction_of_the_next_excerpt(quote_speakers: Speakers) -> None:
    text = ("The race goes on.\n\n“Sanders appears ready to draw real contrasts with his fellow candidates…\n\n\n\n"
            "“Sanders has clearly read up on the voting record. The next question is ads.”\n\nChris Cillizo, CNN\n\n"
            "Some caution that “In months of debates, Sanders was unable to take down Clinton…\n\n\n\n“It is not "
            "clear that Sanders will have any more luck.”\n\nJanet Rubel, Washington Post")
    assert quote_speakers(text) == ["Chris Cillizo", "Chris Cillizo", "Janet Rubel", "Janet Rubel"]
    # a photographer's credit before prose with a quotation, and a reporter's sign-off before prose, credit no one
    text = ('"We are not leaving until they hear us."\n\nJane Roe, Reuters\n\nThe governor said "the National '
            'Guard will stay" through the weekend.')
    assert quote_speakers(text)[0] is None
    text = ('The governor spoke briefly.\n\n"We will rebuild, and we will do it together."\n\nAnn Roe, Associated '
            'Press\n\nNEW ORLEANS — Crews worked through the night.')
    assert quote_speakers(text) != ["Ann Roe"]


def test_they_after_a_pair_of_people_opening_the_sentence_before(quote_speakers: Speakers) -> None:
    text = ("House Democratic Leader Nancy Pelosky, D-Calif., and her deputy, Rep. Steny Hoyle, D-Md., objected in a "
            "letter, calling for the panel to be split between Democrats and Republicans.\n\nThey also called for "
            'Democrats to have a "real and equal voice" in issuing subpoenas.')
    assert quote_speakers(text) == ["Steny Hoyle"]
    # one person met another: no pair opens the sentence, and "they" is not given to the second person
    assert quote_speakers('Jane Roe met Ann Poe and the union on Monday. They said "no deal" later.') != ["Ann Poe"]
