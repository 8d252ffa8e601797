"""Actor and label rules of session 32 (issue 15), found by probing with passages of our own written blind
(``benchmarks/data/probes_s32/``): occupations before a name, stance compounds ("pro-Brexit"), a nationality
between a role and its modifiers, organisation names opened by "State", "National" or a common word, and "X & Y"
firms after "of"; each with tests on both sides."""

from __future__ import annotations

from framing import Analyzer
from tests.actor_views import actors_by_name, label_texts


def test_an_occupation_before_a_name_is_a_descriptive_label(actors: Analyzer) -> None:
    text = ("Retired schoolteacher Eleanor Baptiste has volunteered at the pantry. "
            "Homeowner Beth Carver escaped the fire.")
    found = actors_by_name(actors, text)
    assert "schoolteacher" in label_texts(found["Eleanor Baptiste"])
    assert "Beth Carver" in found and "Homeowner Beth Carver" not in found
    assert "Homeowner" in label_texts(found["Beth Carver"])


def test_a_crowd_noun_in_the_plural_labels_nobody(actors: Analyzer) -> None:
    text = "Among likely voters, Barack Obama and Mitt Romney are tied. Voter Sophia Buono said she had not decided."
    found = actors_by_name(actors, text)
    assert not label_texts(found["Barack Obama"])
    assert "Voter" in label_texts(found["Sophia Buono"])


def test_a_stance_compound_is_an_ideological_label(actors: Analyzer) -> None:
    text = ("Pro-Brexit campaigner Nigel Farage spoke first. The pro-Kremlin United Russia party won. "
            "Anti-vaccine activist Della Pruitt will speak.")
    found = actors_by_name(actors, text)
    farage = {lab.text: lab.kind for lab in found["Nigel Farage"].labels}
    assert farage.get("Pro-Brexit") == "ideological"
    assert {lab.text: lab.kind for lab in found["Della Pruitt"].labels}.get("Anti-vaccine") == "ideological"


def test_a_stance_compound_on_a_given_name_or_before_a_demonym_labels_neither(actors: Analyzer) -> None:
    text = ("Hillary Clinton lost. Russians spread anti-Hillary Clinton propaganda. The dossier came from anti-Trump "
            "British ex-spy Ed Roe.")
    found = actors_by_name(actors, text)
    assert not label_texts(found["Hillary Clinton"])
    assert not label_texts(found["United Kingdom"])
    assert "anti-Trump" in label_texts(found["Ed Roe"])


def test_a_nationality_between_a_role_and_its_modifier_is_read_past(actors: Analyzer) -> None:
    text = "Hard-line Iranian cleric Ahmad Khatami led prayers. Later veteran British journalist Ann Smith spoke."
    found = actors_by_name(actors, text)
    assert "Hard-line" in label_texts(found["Ahmad Khatami"])
    assert "veteran" in label_texts(found["Ann Smith"])
    # (a nationality alone before a name stays no label of the person's)
    found = actors_by_name(actors, "The talks were led by British diplomat Ann Smith.")
    assert "British" not in label_texts(found["Ann Smith"])


def test_an_organisation_article_ends_the_phrase_read_left_at_a_comma(actors: Analyzer) -> None:
    text = "Tillis is the most feared of the GOP candidates, the pro-Democrat Senate Majority PAC said."
    found = actors_by_name(actors, text)
    assert label_texts(found["Senate Majority PAC"]) == ["pro-Democrat"]
    # a person's phrase still reads an appositive role before the comma
    text = "It is about a single powerful donor, the conservative millionaire Art Pope, and his money."
    assert "donor" in label_texts(actors_by_name(actors, text)["Art Pope"])


def test_state_national_or_a_common_word_opens_an_organisation_name(actors: Analyzer) -> None:
    text = ("He met the State Bank of Pakistan. She was honoured by the Kenya National Academy of Sciences. "
            "He works at the All India Institute of Medical Sciences. It was a survey by Can Tho University.")
    found = actors_by_name(actors, text)
    for name in ("State Bank of Pakistan", "Kenya National Academy of Sciences",
                 "All India Institute of Medical Sciences", "Can Tho University"):
        assert found[name].type == "organisation", name
    # a sentence's first word stays out ("When", "The")
    text = "Francis Collins, director of the National Institutes of Health When you are on a curve, it is risky."
    assert "National Institutes of Health" in actors_by_name(actors, text)
    assert "The University of Texas" not in actors_by_name(actors, "He taught at The University of Texas.")


def test_an_ampersand_firm_after_of_is_an_organisation(actors: Analyzer) -> None:
    text = "Will Cole, the chief executive of Harbour & Main, a Bristol estate agency, said sales fell."
    assert actors_by_name(actors, text)["Harbour & Main"].type == "organisation"
    # inside a longer name ("Partnership for Women & Families") no two-word firm is cut out
    found = actors_by_name(actors, "The National Partnership for Women & Families said so.")
    assert "Women & Families" not in found


def test_a_copular_relative_clause_after_a_name_is_an_appositive(actors: Analyzer) -> None:
    text = "Linda Osei, who is a two-time Pulitzer finalist, joined the paper. Ann Roe, who was a senator, spoke."
    found = actors_by_name(actors, text)
    assert "two-time Pulitzer finalist" in label_texts(found["Linda Osei"])
    assert "senator" in label_texts(found["Ann Roe"])
    # a clause with a full verb is no label
    text = "Linda Osei, who ran the campaign in 2019, joined the paper."
    assert not label_texts(actors_by_name(actors, text)["Linda Osei"])


def test_an_elect_title_is_a_title_and_a_portfolio_after_of_is_no_person(actors: Analyzer) -> None:
    text = ("Mayor-elect Brandon Whitfield named a team. The Minister of Information, Chidinma Okafor, spoke. "
            "Minister of Foreign Affairs Wang Yi met Director of National Intelligence Dan Coats.")
    found = actors_by_name(actors, text)
    assert label_texts(found["Brandon Whitfield"]) == ["Mayor-elect"]
    assert "Information" not in found and "Chidinma Okafor" in found
    assert label_texts(found["Wang Yi"]) == ["Minister of Foreign Affairs"]
    assert label_texts(found["Dan Coats"]) == ["Director of National Intelligence"]
    # a hyphenated modifier stays no part of a name ("Portland-based")
    assert "Portland-based" not in actors_by_name(actors, "The Portland-based group said so.")


def test_a_surname_before_a_hyphenated_given_name_is_a_person(actors: Analyzer) -> None:
    text = "The union is led by Park Ji-hoon. Samsung named Jun Young-hyun, replacing Kyung Kye-hyun."
    found = actors_by_name(actors, text)
    for name in ("Park Ji-hoon", "Jun Young-hyun", "Kyung Kye-hyun"):
        assert found[name].type == "person", name
    # a place word before a modifier compound is no name ("Park-based" is no given name)
    assert "Texas-based" not in actors_by_name(actors, "The Texas-based firm said so.")


def test_a_lone_name_that_speaks_of_itself_as_it_is_an_organisation(actors: Analyzer) -> None:
    text = "Shell reported lower profits, while Equinor said it would delay a wind project. Mattel said its sales rose."
    found = actors_by_name(actors, text)
    assert found["Equinor"].type == "organisation"
    assert found["Mattel"].type == "organisation"
    # people say "it would be" and "it had" of things
    for text in ("Obama said it would be a mistake.", "Smith said it had hurt him."):
        found = actors_by_name(actors, text)
        assert all(a.type == "person" for a in found.values()), text
