"""Review findings on the session-23 actor and label rules (issue 15): each test fails without its fix. The sentences
are written for these tests."""

from __future__ import annotations

import framing


def _labels(text: str) -> dict[str, list[str]]:
    return {a.name: [lab.text for lab in a.labels] for a in framing.analyze(text).actors}


def test_age_rule_reads_ascii_digits_only() -> None:
    # "²" and "①" pass str.isdigit() but int() rejects them: the age rule must not crash on them, nor read them
    for digit in ("²", "①", "٤٥"):
        got = _labels(f"Police arrested Brent Hale, {digit}, of Queens on Monday.")
        assert got.get("Brent Hale", []) == []


def _names(text: str) -> set[str]:
    return {a.name for a in framing.analyze(text).actors}


def test_a_sentence_about_newsletters_is_no_signup_box() -> None:
    # a sign-up word and "you" without a box cue: people in it stay
    got = _names("Marla Quist, whose newsletter has half a million subscribers, says you should read the bill.")
    assert "Marla Quist" in got
    got = _names("Writers such as Dale Penrose and Tessa Varga now publish on Substack, where you pay to subscribe.")
    assert {"Dale Penrose", "Tessa Varga"} <= got
    got = _names("Senator Ruth Ambler urged voters to sign up for the rally, saying you can still change the race.")
    assert "Ruth Ambler" in got
    # a box still holds no people
    got = _names("Dana Lee voted against it. Sign up to get stories delivered to your inbox, Chris Bell writes.")
    assert "Dana Lee" in got and "Chris Bell" not in got


def test_a_sentence_initial_ing_word_that_is_part_of_the_name() -> None:
    # a word the tagger never saw as a verb, or a run with an organisation head: the "-ing" word stays
    assert "Nanjing University" in _names("Nanjing University opened a new campus in March.")
    assert "Cushing Academy" in _names("Cushing Academy admitted more students this year.")
    assert "Fielding Graduate University" in _names("Fielding Graduate University offered the course online.")
    assert "Manning Marable" in _names("Manning Marable wrote the biography over two decades.")
    assert "Reading Hospital" in _names("Reading Hospital said it would close the ward.")
    # a gerund the tagger knows as a verb, or a gazetteer or first name after the "-ing" word, is still dropped
    assert "Chris Bell" in _names("Joining Chris Bell on the panel were two pollsters.")
    assert "Fox News" in _names("Targeting Fox News, the president spoke for an hour.")
    assert "Maria Lopez" in _names("Citing Maria Lopez, the court ruled against the city.")


def test_he_and_do_inside_a_name_are_no_pronoun_or_auxiliary() -> None:
    got = _labels("Vice Premier He Lifeng met the trade delegation.")
    assert "Premier" in got["He Lifeng"]
    assert "Liu He" in _names("The talks were led by Liu He on Monday.")
    got = _labels("Crypto CEO Do Kwon was arrested in Montenegro.")
    assert "CEO" in got["Do Kwon"][0]


def test_a_noun_phrase_closing_the_sentence_is_no_appositive() -> None:
    # the phrase after the object sums up the event, not the person
    got = _labels("The court ruled against Brent Hale, the latest setback for the campaign.")
    assert got.get("Brent Hale", []) == []
    got = _labels("Police shot Dana Whitfield, the third such incident this summer\nThe city paid.")
    assert got.get("Dana Whitfield", []) == []
    got = _labels("Voters rejected Brent Hale, the biggest surprise of the night?")
    assert got.get("Brent Hale", []) == []
    # an appositive closed by a comma is still read
    got = _labels("The court ruled against Brent Hale, a retired plumber, on Monday.")
    assert got["Brent Hale"] == ["retired plumber"]


def test_fronted_opener_is_the_clause_s_first_word_token() -> None:
    # the clause's first word is read from the document's tokens, past a bullet or a bracket
    for lead in ("• ", "[", "— "):
        got = _labels(f"{lead}For Jane Roe, the biggest worry, she said, is money.")
        assert got.get("Jane Roe", []) == []


def test_guards_of_the_session_23_label_and_box_rules() -> None:
    # each case fails without its guard
    # a name ending a fronted phrase: the noun phrase after it is the next clause's subject
    assert _labels("For Jane Roe, the biggest worry, she said, is money.").get("Jane Roe", []) == []
    # a list after the appositive's comma (_NP_LIST_NEXT_RE)
    got = _labels("Lawmakers met Brent Hale, the committee staff, and the lawyers on Monday.")
    assert got.get("Brent Hale", []) == []
    got = _labels("Lawmakers met Brent Hale, the committee staff, Capitol Police and the mayor on Monday.")
    assert got.get("Brent Hale", []) == []
    # "of" between capitalised words stays inside the noun phrase
    got = _labels("Jane Roe, the Bank of America data specialist, said the plan would fail.")
    assert got["Jane Roe"] == ["Bank of America data specialist"]
    # a number of 120 or more after a name is no age
    assert _labels("Brent Hale, 150, led the count on Monday.").get("Brent Hale", []) == []
    # a hyphenated modifier the tagger reads as a verb ("45-year-old", "well-connected") is no clause
    got = _labels("Brent Hale, the well-connected architect of the plan, said no.")
    assert got["Brent Hale"] == ["well-connected architect"]
    # a sign-up box keeps its outlet when the run ends in an organisation head (not in the gazetteer)
    got = _names("Sign up for the Lakeview Morning Herald newsletter and get alerts in your inbox.")
    assert "Lakeview Morning Herald" in got
