"""Session-20c actor and label rules (issue 15, from the seen sets' remaining descriptive-label errors): each rule
on a sentence it fixes and on a near case it must leave alone. The sentences are written for these tests."""

from __future__ import annotations

import framing


def _labels(text: str) -> dict[str, list[str]]:
    return {a.name: [lab.text for lab in a.labels] for a in framing.analyze(text).actors}


def test_a_broadcast_or_print_kind_before_an_organisation_is_its_descriptive_label() -> None:
    got = _labels("In a long interview with the Pakistani television station Geo News, the minister denied it.")
    assert any("station" in lab for lab in got["Geo News"])
    # near case: the noun after the name is the outlet's own thing, no label ("the Fox News channel")
    got = _labels("Viewers of the Fox News channel saw the speech on Monday.")
    assert got.get("Fox News", []) == []


def test_the_dots_of_an_abbreviation_do_not_end_an_appositive() -> None:
    got = _labels("The deal was signed by Jane Roe, the U.S. ambassador, on Monday.")
    assert "ambassador" in got["Jane Roe"]
    got = _labels("Officials at Acme Corp, the U.S. company, declined to comment.")
    assert any("company" in lab for lab in got["Acme Corp"])
    # near case: a full stop after a one-letter word that is no abbreviation still ends the phrase
    got = _labels("They met Jane Roe, the author of Plan B. Then the talks ended in Geneva.")
    assert all("Then" not in lab and "talks" not in lab for lab in got["Jane Roe"])


def test_a_title_after_three_modifier_words_is_read_before_the_name() -> None:
    got = _labels("Harlan County District Attorney Ann Poe told reporters on Sunday that charges were possible.")
    assert "Ann Poe" in got
    # (since session 31 the county the gazetteer lacks is a place of its own, and the title after it the name's)
    assert "District Attorney" in got["Ann Poe"] or "Harlan County District Attorney" in got["Ann Poe"]
    # near case: a long name of an organisation before a role noun is no title of the name after it
    got = _labels("Northern Kentucky Public Radio reporter Ann Poe asked the first question.")
    assert "Northern Kentucky Public Radio" not in got.get("Ann Poe", [])


def test_the_party_of_a_race_before_a_candidate_is_the_candidates_ideological_label() -> None:
    got = _labels("The ad said that Nevada Republican Senate candidate Ann Poe would cut taxes.")
    assert "Republican" in got["Ann Poe"]
    # near case: a party's committee before a staff role is the employer, no party label of the person
    got = _labels("The Democratic National Committee spokesman Jane Roe declined to comment.")
    assert "Democratic" not in got.get("Jane Roe", [])


def test_an_authors_line_at_a_paragraphs_start_gives_the_role_after_is_a() -> None:
    got = _labels("The rules change next year.\n\nJane Roe (@janeroe) is a senior fellow at the Hudson Institute.")
    assert any("fellow" in lab for lab in got["Jane Roe"])
    got = _labels("The rules change next year.\nAnn Poe is the opinion editor for the Daily Courier.")
    assert any("editor" in lab for lab in got["Ann Poe"])
    # near case: the same words inside a sentence are a claim someone makes, no author's line
    got = _labels("The rules change next year, and he said Ann Poe is a fellow traveller of the rebels.")
    assert got.get("Ann Poe", []) == []


def test_past_abbreviation_dots_a_country_takes_no_persons_role() -> None:
    got = _labels("Officials confirmed the strikes in Syria, a senior U.S. Defense spokesman told reporters.")
    assert "spokesman" not in " ".join(got.get("Syria", []))
    # near case: an organisation's kind noun past the dots is still its label
    got = _labels("The figures come from Acme Watch, the U.S. news agency, which tracks them.")
    assert any("agency" in lab for lab in got.get("Acme Watch", []))
