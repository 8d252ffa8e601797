"""Quote-speaker rules of session 39 (issue 15), from the errors of the development samples dev19-dev21 (AllSides
lines 0-499) after their first, blind runs. Tests on both sides (the sentences are ours)."""

from __future__ import annotations

from collections.abc import Callable

import framing

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_they_inside_a_sentence_after_one_that_goes_on_with_they_after_a_pair(quote_speakers: Speakers) -> None:
    text = ("House Democratic Leader Nancy Pelosky, D-Calif., and her deputy, Rep. Steny Hoyle, D-Md., objected in a "
            "letter to Boehner, calling for the panel to be split between Democrats and Republicans.\n\nThey also "
            "called for Democrats to have a say in issuing subpoenas.\n\n\"In the draft you provided today, you appear "
            "to have rejected these principles,\" they wrote.")
    assert quote_speakers(text) == ["Steny Hoyle"]
    # the sentence before does not go on with "They": no pair is taken for the "they" inside a later sentence
    text = ("House Democratic Leader Nancy Pelosky, D-Calif., and her deputy, Rep. Steny Hoyle, D-Md., objected in a "
            "letter.\n\nThe Democrats called for a say in issuing subpoenas.\n\n\"You appear to have rejected these "
            "principles,\" they wrote.")
    assert quote_speakers(text) != ["Steny Hoyle"]


def test_a_that_clause_opened_by_a_subordinate_clause_goes_on_in_the_quotation(quote_speakers: Speakers) -> None:
    text = ("Discussing potential military action, Tillerson said that while the U.S. would prefer to avoid an armed "
            "conflict, \"If they elevate the threat of their weapons program to a level that we believe requires "
            "action, then that option's on the table.\"")
    assert quote_speakers(text) == ["Tillerson"]
    assert quote_speakers("The mayor told reporters that if the council votes no on Monday, \"We will go to court "
                          "and we will win this fight, whatever it costs the city.\"") == ["The mayor"]
    # the that-clause closed by a full stop: the quotation after it is not the verb's
    assert quote_speakers("The mayor said that if the council votes no on Monday, it will be sad. \"We will go to "
                          "court and we will win this fight, whatever it costs the city.\"") == [None]


def test_promised_reports_words_but_not_as_an_adjective(quote_speakers: Speakers) -> None:
    assert quote_speakers("“A year from now we will not be celebrating it in front of 40 million people,” Jane Roe "
                          "promised her.") == ["Jane Roe"]
    # "the promised" before a quotation modifies it: no verb of saying
    quotes = framing.analyze("And Obama hardly emerged as the promised “repairer of the breach” capable of "
                             "transcending the fights.").quotes
    assert all(q.verb != "promised" for q in quotes)


def test_a_person_compared_with_the_subject_is_not_the_pronoun_s_referent(quote_speakers: Speakers) -> None:
    text = ("Unlike Mr. Obama, who said he wanted to look forward, Mr. Romney repeatedly pointed back to the last four "
            "years.\n\n“What we’re seeing right now is a trickle-down government approach,” he said.")
    assert quote_speakers(text) == ["Romney"]
    text = ("“There's a problem,” Bob Russo says.\n\nHe, like Counihan, worries about creating a tiered system.\n\n"
            "\"There's no question that Medicaid wasn't working,\" he says.")
    assert quote_speakers(text) == ["Bob Russo", "Bob Russo"]
    text = ("Ms. Abrams threatened the state’s film industry.\n\nIn a stark contrast to Ms. Abrams, Republican Martha "
            "McSally posted a warm concession video.\n\n“I wish her all success,” she said.")
    assert quote_speakers(text) == ["Martha McSally"]
    # a person liked by the subject, no comparison: the subject still speaks
    text = ("Mr. Romney said he would like Mr. Obama to step aside.\n\n“It is time,” he said.")
    assert quote_speakers(text) == ["Romney"]


def test_a_retort_with_back_next_to_the_quotation(quote_speakers: Speakers) -> None:
    assert quote_speakers("Buttigieg later shot back, “I wouldn’t be doing this if I didn’t have values.”") == [
        "Buttigieg"]
    assert quote_speakers("“No,” Jane Roe snapped back.") == ["Jane Roe"]
    # gunfire: "shot back at" with no quotation next to it reports no words
    quotes = framing.analyze('Police shot back at the gunmen, who yelled "go."').quotes
    assert all(q.verb != "shot back" for q in quotes)


def test_they_after_a_pair_only_after_a_quotation_opening_its_sentence(quote_speakers: Speakers) -> None:
    text = ('Sen. Mark Dwyer and Sen. Lisa Okafor wrote to the agency on Tuesday. They asked for the records by '
            'Friday. Agency officials declined, and "we will respond in due course," they wrote in reply.')
    assert quote_speakers(text) != ["Lisa Okafor"]


def test_a_quotation_paragraph_after_an_inverted_attribution_with_a_title(quote_speakers: Speakers) -> None:
    text = ("“Pray for our Kurdish allies,” bemoaned Sen. Lindsey Graham, typically a reliable Trump backer.\n\n"
            "“This move ensures the reemergence of ISIS.”")
    assert quote_speakers(text) == ["Lindsey Graham", "Lindsey Graham"]
    # another sentence after the attribution: the next paragraph's quotation is not continued
    text = ("“Pray for our allies,” said Sen. Lindsey Graham. He left early.\n\n“This move ensures the reemergence "
            "of ISIS.”")
    assert quote_speakers(text)[1] is None


def test_a_noun_like_verb_after_a_described_subject_that_follows_a_quotation(quote_speakers: Speakers) -> None:
    text = ("The Associated Press says that Trump made contact with some families.\n\n\"What's different is that "
            "Trump has picked a fight,\" the news agency reports.")
    assert quote_speakers(text) == ["Associated Press"]
    # a plural noun at the end of a sentence with no quotation before its phrase stays a noun
    quotes = framing.analyze('"We deny it," the lawyer said of the federal drug charges.').quotes
    assert [q.verb for q in quotes] == ["said"]
