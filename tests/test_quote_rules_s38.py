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

