"""Session-21b actor identity rules (issue 15): gazetteer coverage of widely known organisations, parties and
outlets (typed from knowledge, not from their shape), whole gazetteer names before the "X of Y" shape rules, and
gazetteer names written with lower-case connectors ("of", "for", "the") found whole. Each rule on a sentence it
fixes and on a near case it must leave alone. The sentences are written for these tests."""

from __future__ import annotations

from tests.actor_views import actor_of_mention as _mention_of
from tests.actor_views import actor_table as _actors


def test_foreign_parties_are_organisations_not_people() -> None:
    text = "Netanyahu's Likud lost ground on Tuesday, while the BJP gained seats in the north."
    assert _mention_of(text, "Likud") == ("Likud", "organisation")
    assert _mention_of(text, "BJP") == ("Bharatiya Janata Party", "organisation")
    # one actor however written
    text = "The Labour Party chose a new leader. Labour officials said the vote was fair."
    got = _actors(text)
    assert got["Labour Party"] == ("organisation", ["Labour Party", "Labour"])
    # near case: a name the gazetteer does not hold keeps its person reading
    text = "Maria Likudova said the vote was fair, and Likudova later left."
    assert _mention_of(text, "Maria Likudova") == ("Maria Likudova", "person")


def test_outlets_pollsters_and_think_tanks_are_organisations() -> None:
    text = ("The Daily Mail and Sky News reported a poll by Ipsos; the Carnegie Endowment and the Hoover "
            "Institution disagreed.")
    assert _mention_of(text, "Daily Mail") == ("Daily Mail", "organisation")
    assert _mention_of(text, "Sky News") == ("Sky News", "organisation")
    assert _mention_of(text, "Ipsos") == ("Ipsos", "organisation")
    assert _mention_of(text, "Carnegie Endowment") == ("Carnegie Endowment for International Peace", "organisation")
    # near case: the same words in lower case are no actor
    text = "Their daily mail arrived late, and the sky was grey over the hills."
    assert _actors(text) == {}


def test_militant_groups_are_groups() -> None:
    text = "The Khmer Rouge ruled Cambodia; decades later al-Shabab attacked a hotel in Mogadishu."
    assert _mention_of(text, "Khmer Rouge") == ("Khmer Rouge", "group")
    assert _mention_of(text, "al-Shabab") == ("al-Shabab", "group")


def test_a_whole_gazetteer_name_wins_over_the_of_shape() -> None:
    text = "The Department of Justice opened a case. A DOJ spokesman said the Justice Department would comment."
    got = _actors(text)
    assert got["Department of Justice"] == ("organisation", ["Department of Justice", "DOJ", "Justice Department"])
    # near case: a department the gazetteer does not hold is still an organisation of its own
    text = "The Department of Public Works closed the road, and the DOJ said nothing."
    got = _actors(text)
    assert got["Department of Public Works"][0] == "organisation"
    assert got["DOJ"][1] == ["DOJ"]


def test_gazetteer_names_with_lower_case_connectors_are_found_whole() -> None:
    text = "He addressed the Veterans of Foreign Wars, then the Club for Growth and the Institute for the Study of War."
    assert _mention_of(text, "Veterans of Foreign Wars") == ("Veterans of Foreign Wars", "organisation")
    assert _mention_of(text, "Club for Growth") == ("Club for Growth", "organisation")
    assert _mention_of(text, "Institute for the Study of War") == ("Institute for the Study of War", "organisation")
    # near case: the first words of such a name before other words stay apart
    text = "Veterans of Foreign Policy Debates met Dana Lee in Ohio on Monday."
    assert _mention_of(text, "Veterans of Foreign Wars") is None
    assert _mention_of(text, "Dana Lee") == ("Dana Lee", "person")


def test_the_country_before_a_gazetteer_organisation_is_part_of_its_name() -> None:
    text = "The U.S. Chamber of Commerce opposed the bill. The Chamber of Commerce spent millions against it."
    got = _actors(text)
    assert got["Chamber of Commerce"] == ("organisation", ["U.S. Chamber of Commerce", "Chamber of Commerce"])
    assert "United States" not in got
    text = "Agents of U.S. Immigration and Customs Enforcement arrived; ICE declined to comment."
    got = _actors(text)
    assert got["Immigration and Customs Enforcement"][1] == ["U.S. Immigration and Customs Enforcement", "ICE"]
    # near cases: a chamber after "U.S." stays two actors; "the U.S. and NATO" stays two actors
    text = "The U.S. Senate voted on Monday, and the U.S. and NATO agreed."
    got = _actors(text)
    assert got["United States"][1] == ["U.S.", "U.S."]
    assert got["NATO"] == ("organisation", ["NATO"])


def test_the_west_beside_another_us_region_is_a_place() -> None:
    text = "The campaign now moves to friendlier ground in the West and Midwest, his aides said."
    assert _mention_of(text, "West") == ("West", "place")
    # near case: the bloc of Western countries stays a group, even near "South Korea"
    text = "Moscow accused the West of meddling, and South Korea stayed silent."
    assert _mention_of(text, "West") == ("West", "group")


def test_administrator_is_a_title_before_a_name() -> None:
    text = "Environmental Protection Agency Administrator Dana Lee spoke on Monday. Later Administrator Lee left."
    got = _actors(text)
    assert got["Dana Lee"] == ("person", ["Dana Lee", "Lee"])
    assert got["Environmental Protection Agency"] == ("organisation", ["Environmental Protection Agency"])
    # near case: the office's own name and the lower-case noun are no titles
    text = "The Small Business Administration said so, and Dana Lee, the administrator, agreed."
    got = _actors(text)
    assert got["Small Business Administration"][0] == "organisation"
    assert got["Dana Lee"] == ("person", ["Dana Lee"])


def test_a_chamber_committee_named_with_a_plural_possessive_is_one_organisation() -> None:
    text = "As a member of the House Veterans' Affairs Committee, she voted no."
    assert _mention_of(text, "House Veterans' Affairs Committee") == ("House Veterans' Affairs Committee",
                                                                       "organisation")
    # near case: a party's plural possessive before a chamber stays the party and the chamber
    text = "The Senate Republicans' plan failed on Monday, aides said."
    got = _actors(text)
    assert got["Republican Party"][1] == ["Republicans"]
    assert got["Senate"][1] == ["Senate"]


def test_a_one_word_gazetteer_organisation_in_capitals_is_found() -> None:
    text = "She did not answer an email from POLITICO, and a Politico analysis found the same. (REUTERS/Dana Lee)"
    got = _actors(text)
    assert got["Politico"] == ("organisation", ["POLITICO", "Politico"])
    assert got["Reuters"] == ("organisation", ["REUTERS"])
    # near case: a short word in capitals is not read as a gazetteer name written in capitals ("IS" is no "Is")
    text = "The problem IS real, Dana Lee said on Monday."
    got = _actors(text)
    assert "Islamic State" not in got and "IS" not in got
    # near case: a word of a longer name in capitals is no gazetteer name of its own
    text = "A bus station in Durham, 1940. LIBRARY OF CONGRESS\n\nCongress passed the bill."
    got = _actors(text)
    assert got.get("Congress", ("", []))[1] == ["Congress"]


def test_the_country_before_a_whole_gazetteer_department_name_joins_it() -> None:
    text = "The U.S. Justice Department sued the firm. Later the Justice Department dropped the case."
    got = _actors(text)
    assert got["Department of Justice"] == ("organisation", ["U.S. Justice Department", "Justice Department"])
    assert "United States" not in got
    # near case: "U.S." before a chamber and its court stays the country's mention
    text = "The US Supreme Court ruled on Monday."
    got = _actors(text)
    assert got["United States"][1] == ["US"]
    assert got["Supreme Court"][1] == ["Supreme Court"]


def test_the_district_of_columbia_and_washington_state_are_places_of_their_own() -> None:
    text = "Voters in the District of Columbia and in Washington State agreed, officials in Washington said."
    got = _actors(text)
    assert got["District of Columbia"] == ("place", ["District of Columbia"])
    assert got["Washington State"] == ("place", ["Washington State"])
    assert got["Washington"][1] == ["Washington"]
    # near case: an organisation named after them keeps its own name
    text = "The Council of the District of Columbia voted, and Washington State University agreed."
    got = _actors(text)
    assert got["Council of the District of Columbia"][0] == "organisation"
    assert got["Washington State University"][0] == "organisation"
