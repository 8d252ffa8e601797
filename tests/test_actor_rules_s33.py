"""Actor and label rules of session 33 (issue 15): airlines named "Air X", an organisation's national branch
("Transparency Watch Uganda"), more roles ("creator", "prophet", "dealer", weight classes) and kinds of companies
("drugmaker", "brewer"); tests on both sides."""

from __future__ import annotations

from framing import Analyzer
from tests.actor_views import actors_by_name, label_texts


def test_air_and_a_name_is_an_airline(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Air Sahel cancelled its flights, and Air India said it would wait.")
    assert found["Air Sahel"].type == "organisation"
    assert found["Air India"].type == "organisation"
    assert "India" not in found and "Sahel" not in found
    found = actors_by_name(actors, "Air Force officials said the jet crashed near Air Jordan's old factory.")
    assert not any(name.startswith("Air ") and found[name].type == "organisation" and "Force" not in name
                   for name in found)


def test_an_organisation_head_before_a_country_is_a_national_branch(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Transparency Watch Uganda, an anti-corruption group, published a report.")
    assert found["Transparency Watch Uganda"].type == "organisation"
    assert "Uganda" not in found
    found = actors_by_name(actors, "Officials in Uganda met the Bank of England.")
    assert found["Uganda"].type == "country"


def test_more_roles_and_kinds_of_companies_are_labels(actors: Analyzer) -> None:
    text = ("Its creator, Tolu Adebayo, said the cast had worked for nothing. Police arrested the self-styled prophet "
            "Chukwuemeka Obi. Danish drugmaker Kronborg Pharma said its pill worked. The heavyweight Tomasz Nowak "
            "retired.")
    found = actors_by_name(actors, text)
    assert "creator" in label_texts(found["Tolu Adebayo"])
    assert "prophet" in label_texts(found["Chukwuemeka Obi"])
    assert "drugmaker" in label_texts(found["Kronborg Pharma"])
    assert "heavyweight" in label_texts(found["Tomasz Nowak"])
    # the same words that are no roles label nobody
    found = actors_by_name(actors, "The creator economy grew, and Tolu Adebayo said so.")
    assert not label_texts(found["Tolu Adebayo"])
