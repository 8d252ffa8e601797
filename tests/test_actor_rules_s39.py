"""Actor rules of session 39 (issue 15), from the errors of the development sample dev20 (AllSides lines 0-499)
after its first, blind run: an organisation's kind after its owner's name in an appositive ("Mrs. Lee's law
firm"), religious communities as groups, a joint poll's two organisations, a body's brief for a country, and
labels that belong to the noun after a place or demonym or to a main clause's subject. Tests on both sides (the
sentences are ours)."""

from __future__ import annotations

from framing import Analyzer
from tests.actor_views import actor_table, actors_by_name, label_texts


def test_an_organisation_s_kind_after_its_owner_s_name(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Perkins Hale, Mrs. Lark’s law firm, also tried to present the charges. The "
                                   "Agency for Research on Tumours, the World Health Organisation's cancer agency, "
                                   "concluded that it was bad.")
    assert found["Perkins Hale"].type == "organisation"
    assert label_texts(found["Perkins Hale"]) == ["law firm"]
    assert label_texts(found["Agency for Research on Tumours"]) == ["cancer agency"]
    # a person's role after the owner stays the person's; a noun phrase that goes on past the kind is no kind
    found = actors_by_name(actors, "Helen Kent, Mrs. Lark’s lawyer, spoke. Dana Poe, Google's company lawyer, "
                                   "spoke.")
    assert found["Helen Kent"].type == "person"
    assert label_texts(found["Helen Kent"]) == ["lawyer"]
    assert found["Dana Poe"].type == "person"


def test_religious_communities_are_groups() -> None:
    table = actor_table('"The Sunnis have many grievances," Kirk Sowell said. Yazidis fled the town. The invasion '
                        "toppled the Sunni government, which is now mostly Shia.")
    assert table["Sunnis"] == ("group", ["Sunnis", "Sunni"])
    assert table["Yazidis"] == ("group", ["Yazidis"])
    assert table["Shiites"] == ("group", ["Shia"])
    # a faith itself is no actor
    table = actor_table("Their reading of Shia Islam foretells a messiah, Jane Roe said.")
    assert set(table) == {"Jane Roe"}


def test_a_joint_poll_names_two_organisations() -> None:
    table = actor_table("A Washington Post-ABC News poll out Monday put his approval at 58 percent. A CBS "
                        "News-New York Times poll agreed.")
    assert table["Washington Post"][1] == ["Washington Post"]
    assert table["ABC News"][1] == ["ABC News"]
    assert "CBS News" in table and "New York Times" in table
    # a one-word name before the hyphen stays one organisation's name
    table = actor_table("The AP-NORC Center for Public Affairs Research found it.")
    assert "AP" not in table


def test_a_government_body_s_brief_for_a_country() -> None:
    table = actor_table("Douglas Ollivant, the head of the National Security Council for Iraq from 2005-2009, "
                        "told me.")
    assert "National Security Council" in table and table["Iraq"][0] == "country"


def test_labels_of_the_noun_after_a_demonym_or_a_place(actors: Analyzer) -> None:
    found = actors_by_name(actors, "It never confirmed the former British spy’s allegations. They assume that the "
                                   "Beijing elites know best.")
    assert label_texts(found["United Kingdom"]) == []
    assert label_texts(found["Beijing"]) == []
    # a country's own regime, and a label before a demonym with no noun of a person after it, stay
    found = actors_by_name(actors, "They fear the brutal Cuban regime.")
    assert "regime" in label_texts(found["Cuba"])


def test_a_main_clause_s_subject_after_a_fronted_clause_is_no_appositive(actors: Analyzer) -> None:
    found = actors_by_name(actors, "If the Tea Party sees itself as the wing of the Republican Party, its "
                                   "supporters might want to consider it. Hillary Clinton, her aides will tell you, "
                                   "is focused.")
    assert label_texts(found["Republican Party"]) == []
    assert label_texts(found["Hillary Clinton"]) == []
    # an appositive closed by its comma stays
    found = actors_by_name(actors, "Jane Roe, her lawyer, said no. Ann Poe, the mayor, is here.")
    assert label_texts(found["Jane Roe"]) == ["lawyer"]
    assert label_texts(found["Ann Poe"]) == ["mayor"]


def test_an_organisation_named_for_a_country_keeps_its_name() -> None:
    table = actor_table("Taxpayer money went to Media Matters for America, a nonprofit organization.")
    assert set(table) == {"Media Matters for America"}


def test_companies_news_names_often_and_their_namesake_surnames() -> None:
    table = actor_table("Home Depot and General Electric said no. GE agreed. Fannie Mae and Freddie Mac lent. UPS "
                        "and FedEx deliver.")
    assert table["General Electric"] == ("organisation", ["General Electric", "GE"])
    for name in ("Home Depot", "Fannie Mae", "Freddie Mac", "UPS", "FedEx"):
        assert table[name][0] == "organisation"
    # a company's name after a first name is a person's surname
    table = actor_table("Rep. Michael Honda (D., Calif.) said no. Honda recalled 1,000 cars.")
    assert table["Michael Honda"][0] == "person"


def test_a_possessive_of_a_name_in_s_before_an_appositive_role(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Jeff Weaver, Sanders’ longtime adviser, did not respond. Ann Poe, Jones' lawyer, "
                                   "spoke.")
    assert "adviser" in label_texts(found["Jeff Weaver"])
    assert label_texts(found["Ann Poe"]) == ["lawyer"]
    # a closing quotation mark after a name in -s is no possessive
    found = actors_by_name(actors, "He read 'The Jones' tale, Ann Poe said.")
    assert label_texts(found["Ann Poe"]) == []


def test_historical_states_regions_and_church_bodies() -> None:
    table = actor_table("The Ottoman Empire fell. In the Far East, the former East Germany lost. The Catholic Church "
                        "and the Disciples of Christ agreed.")
    assert table["Ottoman Empire"][0] == "country"
    assert table["Far East"][0] == "place"
    assert table["East Germany"][0] == "country"
    assert table["Disciples of Christ"][0] == "organisation"
    # a given name that is also a dynasty's name stays the person's (no "Qing" entry: "Qing Wang, a professor")
    assert actor_table("Qing Wang, a professor, spoke.")["Qing Wang"][0] == "person"


def test_such_a_kind_as_names_after_a_former_title_with_its_complement(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Indeed, such prominent Democrats as former Secretary of State Hillary Clinton and "
                                   "Sens. Cory Booker of New Jersey and Sherrod Brown of Ohio said it. Such prominent "
                                   "Republicans as Jane Roe and Ann Poe agreed.")
    for name in ("Hillary Clinton", "Cory Booker", "Sherrod Brown"):
        assert "Democrats" in label_texts(found[name])
    assert "Republicans" in label_texts(found["Jane Roe"])
    # "as" before a former title with no kind named before it gives no label
    found = actors_by_name(actors, "He served as former Secretary of State Hillary Clinton's aide.")
    assert "Democrats" not in label_texts(found["Hillary Clinton"])


def test_no_owner_s_kind_for_a_name_that_ends_a_fronted_phrase(actors: Analyzer) -> None:
    found = actors_by_name(actors, "In New York, Trump's company, the Trump Organization, faces suits. Under Obama, "
                                   "the Pentagon's intelligence agency, the DIA, grew.")
    assert label_texts(found["New York"]) == []
    assert found["Obama"].type == "person" and label_texts(found["Obama"]) == []


def test_community_words_that_are_given_names() -> None:
    table = actor_table("Shia LaBeouf, the actor, appeared in court. Sunni Arab states agreed.")
    assert table["Shia LaBeouf"][0] == "person"
    assert table["Sunnis"] == ("group", ["Sunni"])


def test_a_company_s_name_after_a_given_name_or_a_title_is_a_surname() -> None:
    table = actor_table("Ricardo Valero, a Venezuelan economist, spoke. Mr. Kroger, the attorney general, agreed. "
                        "Andrew Breitbart founded it.")
    assert table["Ricardo Valero"][0] == "person"
    assert table["Kroger"][0] == "person"
    assert table["Andrew Breitbart"][0] == "person"
    # the bare form stays the company, also in a text that names its founder; easy words and gazetteer items before
    # a company are no given names
    table = actor_table("Boeing, founded by William Boeing in Seattle in 1916, said no. Boeing said it would cut jobs.")
    assert table["Boeing"] == ("organisation", ["Boeing", "Boeing"]) and table["William Boeing"][0] == "person"
    table = actor_table("In Congress, Honda and Valero lobbied. Dallas Fed President Robert Kaplan spoke.")
    assert table["Honda"][0] == "organisation" and table["Valero"][0] == "organisation"
    assert "Congress" in table and "Fed" in table


def test_a_well_known_surname_and_a_relative_whose_given_name_has_no_known_sex() -> None:
    table = actor_table("Trump met the rapper. Trump said he was happy. Later the President's daughter and adviser, "
                        "Ivanka Trump, spoke.")
    assert table["Trump"][1] == ["Trump", "Trump"]
    assert table["Ivanka Trump"][1] == ["Ivanka Trump"]
    # a relative of the other sex named in full keeps the surname when no one else bears it
    table = actor_table("Jill Biden visited a school. Biden, a teacher, spoke.")
    assert table["Jill Biden"][1] == ["Jill Biden", "Biden"]


def test_more_role_nouns_before_a_name(actors: Analyzer) -> None:
    found = actors_by_name(actors, "He met Native American elder Nathan Phillips and long-time PBS newsman Jim "
                                   "Lehrer.")
    assert "elder" in label_texts(found["Nathan Phillips"])
    assert "newsman" in label_texts(found["Jim Lehrer"])


def test_a_byline_over_an_outlet_line_in_title_case_or_after_by() -> None:
    table = actor_table("Headline here\n\nSarah Brookbank and Max Londberg\n\nCincinnati Enquirer\n\nCINCINNATI — "
                        "Nicholas Sandmann spoke.")
    assert table["Max Londberg"][0] == "person" and table["Sarah Brookbank"][0] == "person"
    table = actor_table("Headline here\n\nBy Sarah Brookbank and Max Londberg\n\nNicholas Sandmann spoke.")
    assert "Max Londberg" in table
    # a headline over a second title-case line that names no outlet is no byline
    table = actor_table("Joe Biden and Bernie Sanders Clash\n\nHealth Care Dominates Debate\n\nThey spoke.")
    assert "Bernie Sanders Clash" not in table


def test_a_parent_company_and_a_bank_s_short_name() -> None:
    table = actor_table("Apple, Netflix and Google-parent Alphabet all jumped. Citi, for example, expected a spike.")
    assert table["Alphabet"][0] == "organisation"
    assert table["Citigroup"] == ("organisation", ["Citi"])


def test_second_review_fixes(actors: Analyzer) -> None:
    # a headline's bare surname does not decide who is first named by it
    table = actor_table("Trump attends NYU\n\nBarron Trump, the youngest son, started classes. Trump, who is "
                        "6-foot-7, was seen on campus.")
    assert table["Barron Trump"][1] == ["Trump", "Barron Trump", "Trump"]
    # a joint poll named with "Poll" after it
    table = actor_table("A Washington Post-ABC News Poll found it.")
    assert "Washington Post" in table
    # an organisation after a fronted preposition keeps its owner's kind
    found = actors_by_name(actors, "With Fox News, Rupert Murdoch's cable network, facing lawsuits, he left.")
    assert "cable network" in label_texts(found["Fox News"])
    # "like" a former officeholder after a singular role gives no label
    found = actors_by_name(actors, "The mayor, like former President Barack Obama, has called for it.")
    assert "mayor" not in label_texts(found["Barack Obama"])
    # longer names that open with a company's short name
    table = actor_table("GE Healthcare will be spun off. HBO Max will be renamed. Philip Morris International said "
                        "no.")
    assert table["GE Healthcare"][0] == "organisation" and table["HBO Max"][0] == "organisation"
    assert table["Philip Morris"][0] == "organisation"
