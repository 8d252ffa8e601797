"""Actor rules of session 31 (issue 15), found by probing with passages of our own: a surname that is a royal
word before "of" and a home state ("Rep. Steve King of Iowa"), and an adjective opening a sentence before a
gazetteer item and a person's name ("Moderate Republican Susan Collins"); each with tests on both sides."""

from __future__ import annotations

from framing import Analyzer
from tests.actor_views import actors_by_name, label_texts


def test_a_royal_word_after_a_given_name_is_a_surname_before_a_home_state(actors: Analyzer) -> None:
    text = "Rep. Stan Prince of Ohio and Sen. Alma King of Maine said no. Later Carl Duke of Texas spoke."
    found = actors_by_name(actors, text)
    assert found["Stan Prince"].type == "person"
    assert "Sen" in label_texts(found["Alma King"])
    assert found["Carl Duke"].type == "person"
    assert found["Maine"].type == "place"


def test_a_royal_title_keeps_its_of_complement(actors: Analyzer) -> None:
    text = "King Abdullah of Jordan met the Crown Prince of Saudi Arabia and the Prince of Wales on Monday."
    found = actors_by_name(actors, text)
    assert found["Abdullah"].type == "person"
    assert "Crown Prince" not in found and "Saudi Arabia" in found
    assert not any(name.endswith("Prince") for name in found)


def test_an_adjective_opening_a_sentence_before_a_party_and_a_name_is_no_part_of_the_name(actors: Analyzer) -> None:
    text = ("Moderate Republican Susan Collins voted against it. Retired Army Gen. David Petraeus spoke on Monday. "
            "Conservative Republican Sen. Alma King spoke too.")
    found = actors_by_name(actors, text)
    assert "Republican" in label_texts(found["Susan Collins"])
    assert "Gen" in label_texts(found["David Petraeus"])
    assert {"Conservative", "Republican", "Sen"} <= set(label_texts(found["Alma King"]))


def test_an_opening_adjective_stays_in_an_organisations_name(actors: Analyzer) -> None:
    text = ("National Republican Senatorial Committee staff met. Free Syrian Army fighters fled. Young Republicans "
            "met in Ohio. Former Alaska Gov. Sarah Palin spoke.")
    found = actors_by_name(actors, text)
    assert "National Republican Senatorial Committee" in found
    assert "Free Syrian Army" in found
    assert "Young Republicans" in found
    assert "Former" in label_texts(found["Sarah Palin"])


def test_a_title_runs_on_through_its_of_complement_to_a_first_name(actors: Analyzer) -> None:
    text = ("On Monday, Director of National Intelligence Dan Coats spoke. Later, Secretary of Defense Lloyd Austin "
            "and Acting Director of National Intelligence Joseph Maguire spoke.")
    found = actors_by_name(actors, text)
    assert "Director of National Intelligence" in label_texts(found["Dan Coats"])
    assert "Secretary of Defense" in label_texts(found["Lloyd Austin"])
    assert "Austin" not in found
    assert found["Joseph Maguire"].type == "person"


def test_a_title_complement_that_names_an_organisation_or_no_first_name_is_left_as_it_was(actors: Analyzer) -> None:
    text = "On Monday, Director of the FBI Christopher Wray spoke. The Secretary of Defense said no."
    found = actors_by_name(actors, text)
    assert "FBI" in found  # the gazetteer's organisation inside the title stays an actor
    assert found["Christopher Wray"].type == "person"
    assert not any(a.type == "person" for a in found.values() if a.name != "Christopher Wray")


def test_kinds_of_companies_label_organisations(actors: Analyzer) -> None:
    text = ("The battery maker Voltrix Chem Corp said on Monday that Orbis Coal and Quarry Peak Energy, two coal "
            "producers, would close mines. The abortion provider Family Choice Inc. sued.")
    found = actors_by_name(actors, text)
    assert "battery maker" in label_texts(found["Voltrix Chem Corp"])
    assert found["Orbis Coal"].type == "organisation"
    assert any("producers" in lab for lab in label_texts(found["Quarry Peak Energy"]))
    assert "abortion provider" in label_texts(found["Family Choice Inc"])


def test_a_company_kind_labels_no_person(actors: Analyzer) -> None:
    text = "The cabinet maker Ron Smith said the firm would appeal. The executive producer Jane Roe agreed."
    found = actors_by_name(actors, text)
    assert found["Ron Smith"].type == "person"
    assert found["Jane Roe"].type == "person"


def test_a_counted_party_noun_before_a_list_of_names_labels_each(actors: Analyzer) -> None:
    text = ("On Monday, two Democrats, Reps. Jane Roe and Ann Lee, voted no. Three Republicans, Sens. Alma King, "
            "Rosa Vance and Carl Duke, voted against it.")
    found = actors_by_name(actors, text)
    for name in ("Jane Roe", "Ann Lee"):
        assert "Democrats" in label_texts(found[name])
    for name in ("Alma King", "Rosa Vance", "Carl Duke"):
        assert "Republicans" in label_texts(found[name])


def test_a_party_noun_before_one_name_or_an_enumeration_labels_no_one(actors: Analyzer) -> None:
    text = "Two Democrats, Jane Roe said, will run. The Republicans, Ann Lee and Carl Duke all attended."
    found = actors_by_name(actors, text)
    assert "Democrats" not in label_texts(found["Jane Roe"])
    assert "Republicans" not in label_texts(found["Ann Lee"])


def test_a_hyphenated_given_name_after_a_short_surname_stays_in_the_name(actors: Analyzer) -> None:
    text = ("Kim Jong-un met Moon Jae-in at the border. U.N. Secretary-General Ban Ki-moon and Lee Jae-myung "
            "spoke later.")
    found = actors_by_name(actors, text)
    for name in ("Kim Jong-un", "Moon Jae-in", "Ban Ki-moon", "Lee Jae-myung"):
        assert found[name].type == "person"


def test_a_hyphenated_modifier_is_no_given_name(actors: Analyzer) -> None:
    text = "The Iran-led militia, the Tea Party-tied group and the Super Bowl-size crowd moved."
    found = actors_by_name(actors, text)
    assert not any(a.type == "person" for a in found.values())


def test_a_korean_surname_gives_no_gender_and_a_place_word_surname_after_ms_is_a_person(actors: Analyzer) -> None:
    from framing.scorers.speaker_gender import _first_name_gender

    assert _first_name_gender("Kim Jong-un") is None  # "Kim" is the surname here, not a woman's first name
    assert _first_name_gender("Kim Davis") == "f"
    text = ("Yeonmi Park, a human rights activist who fled North Korea in 2007, spoke. Later, Ms. Park, 25, moved to "
            "New York.")
    found = actors_by_name(actors, text)
    assert len(found["Yeonmi Park"].mentions) == 2
    assert "New York" in found and found["New York"].type == "place"


def test_household_company_names_and_company_heads_are_organisations(actors: Analyzer) -> None:
    text = ("Tesla recalled 120,000 vehicles on Tuesday. Berkshire Hathaway bought a stake in Occidental Petroleum, "
            "and OpenAI hired staff from Nvidia. Halvorsen Energy and Dangote Cement agreed.")
    found = actors_by_name(actors, text)
    for name in ("Tesla", "Berkshire Hathaway", "Occidental Petroleum", "OpenAI", "Nvidia", "Halvorsen Energy",
                 "Dangote Cement"):
        assert found[name].type == "organisation", name


def test_a_surname_like_a_company_word_stays_a_person(actors: Analyzer) -> None:
    text = ("Michael Steel, a spokesman, said no. Rep. Mike Honda and Gerald Ford spoke. Energy Secretary Jane Roe "
            "agreed.")
    found = actors_by_name(actors, text)
    assert found["Michael Steel"].type == "person"
    assert found["Mike Honda"].type == "person"
    assert found["Jane Roe"].type == "person"


def test_a_county_the_gazetteer_lacks_is_a_place_and_its_officer_a_person(actors: Analyzer) -> None:
    text = ("On Monday, Cook County Sheriff Tom Dart said no. Leaders of Harris County approved the budget. Orleans "
            "Parish voted.")
    found = actors_by_name(actors, text)
    assert found["Cook County"].type == "place"
    assert "Sheriff" in label_texts(found["Tom Dart"])
    assert found["Harris County"].type == "place"
    assert found["Orleans Parish"].type == "place"


def test_a_county_body_or_a_county_with_an_organisation_head_is_not_cut(actors: Analyzer) -> None:
    text = "The Cook County Board of Commissioners met on Monday. Jane Roe spoke."
    found = actors_by_name(actors, text)
    assert "Cook County" not in found


def test_sports_teams_are_organisations_not_their_places(actors: Analyzer) -> None:
    text = ("The Texas Rangers signed pitcher Diego Morales. The Dodgers beat the Padres 5-3, and the Lakers held off "
            "the Celtics in Boston.")
    found = actors_by_name(actors, text)
    assert found["Texas Rangers"].type == "organisation"
    assert found["Los Angeles Dodgers"].type == "organisation"
    assert found["Boston Celtics"].type == "organisation"
    assert found["Boston"].type == "place"
    assert "Texas" not in found


def test_team_words_that_name_other_things_stay_out(actors: Analyzer) -> None:
    text = "The Texas Rangers arrested him. Cardinals met the Pope in Rome. The New York Giants fans left."
    found = actors_by_name(actors, text)
    assert "St. Louis Cardinals" not in found


def test_more_roles_label_people_and_giant_labels_companies(actors: Analyzer) -> None:
    text = ("On Monday, notorious drug lord Joaquin Ramos was moved. Nobel laureate Maria Olsen said no. The "
            "pharmaceutical giant Pfizer agreed, as did companies including aerospace giant Lockheed Martin.")
    found = actors_by_name(actors, text)
    assert any("lord" in lab for lab in label_texts(found["Joaquin Ramos"]))
    assert any("laureate" in lab for lab in label_texts(found["Maria Olsen"]))
    assert "pharmaceutical giant" in label_texts(found["Pfizer"])
    assert "aerospace giant" in label_texts(found["Lockheed Martin"])  # not "companies including aerospace giant"
