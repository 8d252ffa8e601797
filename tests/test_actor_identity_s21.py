"""Session-21 actor identity rules (issue 15, from dev11's wrong actors and the classes recurring on dev8-dev10):
types, merges, split aliases and false actors. Each rule on a sentence it fixes and on a near case it must leave
alone. The sentences are written for these tests."""

from __future__ import annotations

import framing
from tests.actor_views import actor_of_mention as _mention_of
from tests.actor_views import actor_table as _actors


def test_the_country_before_a_national_chamber_is_its_own_mention() -> None:
    text = "She ran for the U.S. Senate in 2018 and lost. Later the Senate confirmed her anyway, aides said."
    got = _actors(text)
    assert got["United States"] == ("country", ["U.S."])
    assert got["Senate"][1] == ["Senate", "Senate"]
    text = "Two US House members voted no, Rep. Dana Lee said, but later the House passed the bill."
    got = _actors(text)
    assert "US" in got["United States"][1]
    assert got["House of Representatives"][1] == ["House", "House"]
    # near case: a department or committee named with the country keeps it (one name)
    text = "The U.S. Department of Health and Human Services said so, its spokesman added."
    assert _mention_of(text, "U.S. Department of Health and Human Services") is not None
    text = "The U.S. Senate Intelligence Committee met on Monday."
    assert _mention_of(text, "U.S. Senate Intelligence Committee") is not None


def test_a_state_chamber_written_state_senate_is_not_the_national_senate() -> None:
    text = "Dana Lee served in the U.S. Senate. Before that she won a seat in the state Senate in Ohio."
    got = _actors(text)
    assert got["state Senate"] == ("organisation", ["state Senate"])
    assert got["Senate"][1] == ["Senate"]
    # near case: "the Senate" alone stays the chamber
    got = _actors("The Senate voted on Tuesday, said Dana Lee.")
    assert got["Senate"] == ("organisation", ["Senate"])


def test_a_party_word_before_the_members_of_a_named_chamber_is_the_partys_mention() -> None:
    text = "Voters ousted three Republican U.S. House members in the fall, said Dana Lee."
    assert _mention_of(text, "Republican") == ("Republican Party", "organisation")
    assert _mention_of(text, "House") == ("House of Representatives", "organisation")
    text = "Several Democratic Ohio House districts flipped last year, said Dana Lee."
    assert _mention_of(text, "Democratic") == ("Democratic Party", "organisation")
    assert _mention_of(text, "Ohio House") is not None
    assert all(lab.text != "Democratic" for a in framing.analyze(text).actors if a.name == "Ohio House"
               for lab in a.labels)
    # near case: a party organisation's own name is kept whole
    text = "The Republican National Committee paid for the ads, said Dana Lee."
    assert _mention_of(text, "Republican National Committee") == ("Republican National Committee", "organisation")


def test_a_place_and_a_plural_party_word_are_two_actors() -> None:
    text = "Ohio Democrats cheered the result on Tuesday, said Dana Lee."
    assert _mention_of(text, "Ohio") == ("Ohio", "place")
    assert _mention_of(text, "Democrats") == ("Democratic Party", "organisation")
    # near case: a state's party branch named "GOP" stays an organisation of its own
    text = "The Ohio GOP removed its chairman on Tuesday, said Dana Lee."
    assert _mention_of(text, "Ohio GOP") is not None
    assert _mention_of(text, "Ohio") is None


def test_the_people_of_a_state_or_city_in_ans_are_a_group() -> None:
    text = "Ohioans rejected the measure, and Kansans agreed, said Dana Lee."
    got = _actors(text)
    assert got["Ohioans"][0] == "group"
    assert got["Kansans"][0] == "group"
    text = "Most Texans backed the plan, said Dana Lee."
    assert _actors(text)["Texans"][0] == "group"
    # near case: a plural in "-ans" of no place is left to the other rules (not made a group of a place)
    got = _actors("Susans met in the hall, said Dana Lee.")
    assert got.get("Susans", ("person", []))[0] != "group"


def test_a_gazetteer_name_written_with_and_is_found_whole() -> None:
    text = "Agents of Immigration and Customs Enforcement detained him, and ICE later confirmed it."
    got = _actors(text)
    assert got["Immigration and Customs Enforcement"] == (
        "organisation", ["Immigration and Customs Enforcement", "ICE"])
    assert "Customs Enforcement" not in got
    # near case: two names joined by "and" that form no gazetteer name stay two actors
    got = _actors("Dana Lee and Sam Ortiz met at noon.")
    assert "Dana Lee" in got and "Sam Ortiz" in got


def test_a_committee_or_commission_keeps_its_on_complement() -> None:
    text = "The Presidential Advisory Commission on Voter Access asked every state for records."
    assert _mention_of(text, "Presidential Advisory Commission on Voter Access") is not None
    text = "The House Subcommittee on Border Security met on Monday."
    assert _mention_of(text, "House Subcommittee on Border Security") is not None
    # near case: a day after "on" is no part of the name
    text = "The Judiciary Committee on Tuesday approved the nominee."
    assert _mention_of(text, "Judiciary Committee") == ("Judiciary Committee", "organisation")


def test_capitol_hill_is_a_place_and_the_islamic_state_one_actor() -> None:
    text = "Lawmakers on Capitol Hill were briefed. The Islamic State claimed the attack, and ISIS fighters fled."
    assert _mention_of(text, "Capitol Hill") == ("Capitol Hill", "place")
    assert _mention_of(text, "ISIS") == _mention_of(text, "Islamic State")
    # near case: the White House stays the seat of government (an organisation)
    assert _mention_of("The White House declined to comment.", "White House") == ("White House", "organisation")


def test_us_cities_are_places_not_people() -> None:
    text = "Crowds gathered in Des Moines and in Cincinnati on Sunday, said Dana Lee."
    assert _mention_of(text, "Des Moines") == ("Des Moines", "place")
    assert _mention_of(text, "Cincinnati") == ("Cincinnati", "place")
    # near case: a person's name is still a person
    assert _mention_of("Mayor Dana Lee spoke in Omaha.", "Dana Lee") == ("Dana Lee", "person")


def test_dotted_un_and_eu_are_organisations_the_dotted_us_a_country() -> None:
    text = "The U.N. and the E.U. condemned it, while the U.S. stayed silent, diplomats said."
    assert _mention_of(text, "U.N.") == ("United Nations", "organisation")
    assert _mention_of(text, "E.U.") == ("European Union", "organisation")
    assert _mention_of(text, "U.S.") == ("United States", "country")


def test_the_possessive_administration_of_a_named_president_is_its_own_actor() -> None:
    text = "President Dana Lee spoke on Monday. The Lee administration’s drone policy drew criticism."
    got = _actors(text)
    assert got["Lee administration"] == ("organisation", ["Lee administration"])
    assert got["Dana Lee"][1] == ["Dana Lee"]
    # near case: a hyphenated compound stays with the person ("the Lee administration-era rule")
    got = _actors("President Dana Lee spoke. The Lee administration-era rule was dropped.")
    assert "Lee administration" not in got


def test_shouted_sentences_and_stressed_capitals_are_no_actors() -> None:
    text = 'The note read: "WE WILL NOT STOP UNTIL YOU PAY." Police said it was a hoax.'
    got = _actors(text)
    assert not any(name.isupper() and len(name) > 3 for name in got)
    got = _actors("It came as a DIRECT result of the vote, and the direct costs rose, said Dana Lee.")
    assert "DIRECT" not in got
    # near case: an acronym organisation in capitals, and a name in capitals with only an article
    got = _actors("The NRA sued the state. THE NEW YORK TIMES reported it first.")
    assert got["NRA"][0] == "organisation"
    assert any("TIMES" in name for name in got)


def test_sentence_initial_another_other_and_chat_acronyms_are_no_actors() -> None:
    got = _actors("Another warning for the mayor came on Friday, aides noted. Other aides say the plan failed.")
    assert "Another" not in got and "Other" not in got
    got = _actors("Roadside IED blasts killed two. He replied in a text: LOL.")
    assert "IED" not in got and "LOL" not in got
    # near case: a one-word name with a cue is still a person
    got = _actors("Another day, Dana Lee said, and Lee left.")
    assert got["Dana Lee"][0] == "person"


def test_a_county_or_river_named_after_a_city_is_a_place_of_its_own() -> None:
    text = "Flooding on the Des Moines River reached Milwaukee County, and Milwaukee itself stayed dry, said Dana Lee."
    assert _mention_of(text, "Des Moines River") == ("Des Moines River", "place")
    assert _mention_of(text, "Milwaukee County") == ("Milwaukee County", "place")
    assert _mention_of(text, "Milwaukee") == ("Milwaukee", "place")
    # near case: a city before an organisation head is not a county ("the Milwaukee Bucks" is no place)
    assert _mention_of("The Milwaukee Journal Sentinel reported it.", "Milwaukee County") is None


def test_state_party_and_chamber_before_a_candidate_are_three_actors() -> None:
    text = "The Ohio Democratic Senate candidate Dana Lee spoke on Monday."
    assert _mention_of(text, "Ohio") == ("Ohio", "place")
    assert _mention_of(text, "Democratic") == ("Democratic Party", "organisation")
    assert _mention_of(text, "Senate") == ("Senate", "organisation")
    # near case: without the noun for a seat or candidate nothing is split ("the Ohio Democratic Party")
    text = "The Ohio Democratic Party met on Monday."
    assert _mention_of(text, "Democratic") is None


def test_country_aliases_and_territories_get_the_right_type() -> None:
    text = "The Russian Federation and the UK traded barbs; Russia later apologised, and the Soviet Union was recalled."
    assert _mention_of(text, "Russian Federation") == _mention_of(text, "Russia") == ("Russia", "country")
    assert _mention_of(text, "UK") == ("United Kingdom", "country")
    assert _mention_of(text, "Soviet Union") == ("Soviet Union", "country")
    text = "Protests spread from Hong Kong to Gaza, said Dana Lee."
    assert _mention_of(text, "Hong Kong") == ("Hong Kong", "place")
    assert _mention_of(text, "Gaza") == ("Gaza", "place")
    # near case: a union of countries named with an organisation head stays an organisation
    assert _mention_of("The African Union met in May.", "African Union") == ("African Union", "organisation")


def test_a_publication_noun_after_a_one_word_name_makes_it_an_organisation() -> None:
    text = "He waved a fake Time magazine cover at the rally, said Dana Lee."
    assert _mention_of(text, "Time") == ("Time", "organisation")
    # near case: the word alone at a sentence start is no actor
    assert _mention_of("Time is short, said Dana Lee.", "Time") is None


def test_the_west_as_a_bloc_is_a_group() -> None:
    text = "Lavrov accused the West of hypocrisy on Monday."
    assert _mention_of(text, "West") == ("West", "group")
    # near case: "West" in a longer name is left to that name
    text = "Aides gathered in the West Wing, and Kanye West arrived later."
    assert _mention_of(text, "West Wing") == ("West Wing", "place")
    assert _mention_of(text, "Kanye West") == ("Kanye West", "person")


def test_sentence_initial_top_ask_starting_are_no_name_words() -> None:
    text = "Top White House aides met on Monday. Ask Dana Lee about it, the memo said."
    assert _mention_of(text, "White House") == ("White House", "organisation")
    assert _mention_of(text, "Dana Lee") == ("Dana Lee", "person")
    assert _mention_of(text, "Top White House") is None and _mention_of(text, "Ask Dana Lee") is None
    # near case: a surname that is no common word is kept whole
    assert _mention_of("Askew Dana spoke, said Sam Ortiz.", "Sam Ortiz") == ("Sam Ortiz", "person")


def test_hill_before_a_plural_party_word_is_capitol_hill() -> None:
    text = "Hill Republicans balked at the plan on Monday, said Dana Lee."
    assert _mention_of(text, "Hill") == ("Capitol Hill", "place")
    assert _mention_of(text, "Republicans") == ("Republican Party", "organisation")
    # near case: the newspaper written "The Hill" stays the newspaper
    assert _mention_of("The story ran in The Hill on Monday.", "Hill") == ("Hill", "organisation")


def test_a_county_inside_a_longer_name_and_a_bay_are_not_split_off() -> None:
    text = "The Los Angeles County Federation of Labor endorsed her, said Dana Lee."
    assert _mention_of(text, "Los Angeles County") is None
    text = "Prisoners at Guantanamo Bay were moved, and Guantanamo stayed open, said Dana Lee."
    got = _actors(text)
    # one place under the gazetteer's name (session 37), the bay not split off from the short name
    assert "Guantanamo" not in got and got["Guantanamo Bay"] == ("place", ["Guantanamo Bay", "Guantanamo"])


def test_a_name_in_capitals_that_recurs_is_kept_and_an_on_name_continues_across_and() -> None:
    text = "She told TIME about the plan, and the time was right, a TIME reporter wrote."
    assert _mention_of(text, "TIME") == ("TIME", "organisation")
    text = "The Center on Budget and Policy Priorities disputed the figures."
    assert _mention_of(text, "Center on Budget and Policy Priorities") is not None
