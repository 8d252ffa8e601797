"""Actor rules of session 36 (issue 15), from the errors of the development sample dev16 and of the probe passages
of session 36 after their first, blind runs: a name after a noun that says what kind of organisation it is ("the
journal Nature", "the super PAC American Bridge", "the tabloid The Sun"), organisations named "X for the Y" and
their "of" complement, a participle after an appositive's role. Tests on both sides (the sentences are ours)."""

from __future__ import annotations

from framing import Analyzer
from tests.actor_views import actors_by_name


def test_a_name_after_a_kind_of_publication_or_fund_is_an_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "He wrote in the journal Nature that it failed. The blog Powerline agreed, and "
                                   "the hedge fund Elliott Management bought shares.")
    for name, kind in (("Nature", "journal"), ("Powerline", "blog"), ("Elliott Management", "hedge fund")):
        assert found[name].type == "organisation"
        assert [lab.text for lab in found[name].labels] == [kind]
    # a person after such a noun keeps being a person when a title or a first name says so
    found = actors_by_name(actors, "The group Chairman John Roe spoke. The app developer Maria Lopez said no.")
    assert found["John Roe"].type == "person" and found["Maria Lopez"].type == "person"


def test_a_title_modifier_after_an_organisation_noun_needs_a_title(actors: Analyzer) -> None:
    # "Foreign" modifies a title only before one ("Foreign Minister"): the magazine's name here
    found = actors_by_name(actors, "He wrote in the magazine Foreign Policy that it failed.")
    assert found["Foreign Policy"].type == "organisation"
    found = actors_by_name(actors, "The network Foreign Secretary David Lammy spoke to said it.")
    assert found["David Lammy"].type == "person"
    assert "Foreign Secretary" in [lab.text for lab in found["David Lammy"].labels]


def test_super_pac_before_a_name_is_its_kind(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Brock founded the super PAC American Bridge, which attacks Republicans.")
    assert found["American Bridge"].type == "organisation"
    assert [lab.text for lab in found["American Bridge"].labels] == ["super PAC"]
    assert "United States" not in found  # (the demonym opens the name: no country)
    # "PAC" inside a name stays there
    found = actors_by_name(actors, "The Senate Majority PAC spent heavily.")
    assert any("PAC" in name for name in found)


def test_an_article_between_the_kind_and_the_name(actors: Analyzer) -> None:
    found = actors_by_name(actors, "He spoke to the tabloid The Sun and the newspaper the Guardian.")
    assert found["Sun"].type == "organisation" and found["Guardian"].type == "organisation"
    # "breathe" ends in "the" but is no article
    assert actors_by_name(actors, "They breathe Sun air.") == {}


def test_an_organisation_named_for_a_place_after_a_kind_noun(actors: Analyzer) -> None:
    found = actors_by_name(actors, "The nonprofit Feeding America released a report.")
    assert found["Feeding America"].type == "organisation" and "United States" not in found
    # no kind noun before it: the country
    found = actors_by_name(actors, "Voters in America are tired.")
    assert "United States" in found


def test_x_for_the_y_and_its_of_complement(actors: Analyzer) -> None:
    found = actors_by_name(actors, "The think tank Resources for the Future and the Center for the Study of Hate "
                                   "wrote to People for the American Way.")
    assert {"Resources for the Future", "Center for the Study of Hate", "People for the American Way"} <= set(found)
    # a place after "of" is no part of the name
    found = actors_by_name(actors, "Americans for Prosperity of Texas spent money.")
    assert "Americans for Prosperity" in found and found["Texas"].type == "place"


def test_an_appositive_role_ends_before_a_participle(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Jane Doe, the lawyer representing the workers, said no. Unite, the union "
                                   "representing the drivers, agreed.")
    assert [lab.text for lab in found["Jane Doe"].labels] == ["lawyer"]
    assert [lab.text for lab in found["Unite"].labels] == ["union"]
    # a participle before the role is no end of it
    found = actors_by_name(actors, "Jane Doe, a leading economist, said no.")
    assert any("economist" in lab.text for lab in found["Jane Doe"].labels)


def test_a_regulator_or_an_exchange_in_an_appositive_makes_an_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Ofgem, the energy regulator, said it would look. He trades at the crypto "
                                   "exchange Kraken.")
    assert found["Ofgem"].type == "organisation" and found["Kraken"].type == "organisation"


def test_an_acronym_with_dots_is_the_gazetteer_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "The F.B.I. said so. Later the FBI denied it. The N.S.A. and the NSA agreed.")
    assert len(found["FBI"].mentions) == 2 and len(found["NSA"].mentions) == 2
    assert "F.B.I." not in found


def test_guilds_indices_palaces_and_us_cities(actors: Analyzer) -> None:
    found = actors_by_name(actors, "He led the Screen Actors Guild. The Dow Jones industrial average fell. Police "
                                   "stood at Buckingham Palace. Protesters marched in Berkeley and Oakland.")
    assert found["Screen Actors Guild"].type == "organisation" and found["Dow Jones"].type == "organisation"
    assert found["Buckingham Palace"].type == "organisation"
    assert found["Berkeley"].type == "place" and found["Oakland"].type == "place"
    # a first name that is also a city stays a first name
    found = actors_by_name(actors, "Alexandria Ocasio-Cortez spoke in Richmond.")
    assert found["Alexandria Ocasio-Cortez"].type == "person"


def test_a_well_known_surname_alone_is_that_person_not_a_relative(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Trump spoke at the rally. First lady Melania Trump attended. Trump said the "
                                   "economy was great. Later Donald Trump left.")
    assert len(found["Donald Trump"].mentions) == 3 and len(found["Melania Trump"].mentions) == 1
    # an address form says which: "Mrs. Trump" is hers
    found = actors_by_name(actors, "First lady Melania Trump visited a school. Mrs. Trump read a book.")
    assert len(found["Melania Trump"].mentions) == 2


def test_rip_before_a_name_is_no_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Nancy Reagan died on Sunday. RIP Nancy Reagan, a friend wrote.")
    assert not any(name.startswith("RIP") for name in found)


def test_two_title_modifiers_after_an_organisation_noun_are_a_title(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Time magazine Executive Editor Mike Duffy said so.")
    assert all(a.type == "person" for name, a in found.items() if "Duffy" in name)


def test_an_agent_noun_before_a_full_name_is_a_label(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Kenyan marathon runner Peter Kiprono won. The organizer Mary Lopez smiled.")
    assert "runner" in [lab.text for lab in found["Peter Kiprono"].labels]
    assert "organizer" in [lab.text for lab in found["Mary Lopez"].labels]
    # a thing before a name is no label of it, nor an adjective or a verb the tagger knows ("somber", "wonder")
    found = actors_by_name(actors, "He wrote a letter John Smith signed. A somber Hillary Clinton spoke. No wonder "
                                   "Donald Trump won.")
    assert found["John Smith"].labels == () and found["Hillary Clinton"].labels == ()
    assert found["Donald Trump"].labels == ()


def test_an_airline_or_carrier_before_a_name_is_an_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Budget carrier Kestrel Air will cut 400 jobs. The airline Wizz Air agreed.")
    assert found["Kestrel Air"].type == "organisation" and found["Wizz Air"].type == "organisation"
    # a person after such a noun, by a first name
    found = actors_by_name(actors, "The mail carrier Jane Lopez said no.")
    assert found["Jane Lopez"].type == "person"
