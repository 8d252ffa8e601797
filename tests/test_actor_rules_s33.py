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


def test_a_first_name_and_a_place_word_surname_that_speaks_is_a_person(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Kari Lake, a Trump loyalist and former television anchor, told lawmakers so.")
    assert found["Kari Lake"].type == "person"
    assert "loyalist" in label_texts(found["Kari Lake"])
    found = actors_by_name(actors, "Veronica Hall said the vote was close.")
    assert found["Veronica Hall"].type == "person"
    # a place named so that says nothing stays no person
    found = actors_by_name(actors, "We met residents in Lincoln Park, a neighborhood on the North Side.")
    assert "Lincoln Park" not in found or found["Lincoln Park"].type != "person"


def test_a_leaning_or_ideological_word_opening_a_sentence_labels_the_person(actors: Analyzer) -> None:
    text = ("Populist Josh Hawley of Missouri teamed up with progressive Peter Welch. Libertarian-leaning Sen. Rand "
            "Paul agreed, as did libertarian-leaning Thomas Massie.")
    found = actors_by_name(actors, text)
    assert "Populist" in label_texts(found["Josh Hawley"]) and "Populist Josh Hawley" not in found
    assert "Libertarian-leaning" in label_texts(found["Rand Paul"])
    assert "libertarian-leaning" in label_texts(found["Thomas Massie"])
    # party and company names that open with the same words keep them
    found = actors_by_name(actors, "Liberal Democrats won seats. Progressive Insurance said so.")
    assert "Liberal Democrats" in found and "Progressive Insurance" in found


def test_more_roles_and_a_newspaper_called_the_call(actors: Analyzer) -> None:
    text = ("Breitbart News editor-in-chief Alex Marlow said the site had the memo. Deirdre Walsh told The Morning "
            "Call she would sit out the race. It faces state Rep. James Talarico, a former teacher and seminarian.")
    found = actors_by_name(actors, text)
    assert "editor-in-chief" in label_texts(found["Alex Marlow"])
    assert found["Morning Call"].type == "organisation"
    assert "seminarian" in label_texts(found["James Talarico"])


def test_a_month_that_is_a_named_persons_surname_is_a_mention(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Theresa May met Trump in May. May said it was fine. May you live long.")
    assert [m for m in found["Theresa May"].mentions] == [(0, 11), (30, 33)]
    found = actors_by_name(actors, "In May, prices rose. May brought rain.")
    assert "May" not in found


def test_a_surname_that_is_a_title_a_place_word_or_an_organisation_word(actors: Analyzer) -> None:
    text = ("Sen. Angus King spoke on Monday. King said the bill would fail. Sen. Rick Hill agreed, and Hill said so. "
            "Sen. Frank Church spoke too. Church said it was over.")
    found = actors_by_name(actors, text)
    assert len(found["Angus King"].mentions) == 2
    assert len(found["Rick Hill"].mentions) == 2
    assert found["Frank Church"].type == "person" and len(found["Frank Church"].mentions) == 2
    # the title, the newspaper and the church of a place stay what they are
    found = actors_by_name(actors, "The King said the crown was safe. The Denver Post said so. Grace Church opened.")
    assert found["Denver Post"].type == "organisation" and found["Grace Church"].type == "organisation"
    assert "King" not in found


def test_a_place_that_is_a_first_name_after_an_abbreviated_title(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Rep. Virginia Foxx spoke. Mr. Jordan Smith said so.")
    assert found["Virginia Foxx"].type == "person" and found["Jordan Smith"].type == "person"
    assert "Virginia" not in found and "Jordan" not in found
    found = actors_by_name(actors, "Virginia Gov. Glenn Youngkin said so.")
    assert found["Virginia"].type == "place" and found["Glenn Youngkin"].type == "person"


def test_a_name_listed_after_an_organisation_of_a_plural_kind_is_an_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Progressive groups MoveOn and Indivisible announced a campaign.")
    assert found["Indivisible"].type == "organisation"
    assert "groups" in label_texts(found["Indivisible"])
    # a person's name listed after an organisation stays a person
    found = actors_by_name(actors, "Progressive groups MoveOn and Tom Hale announced a campaign.")
    assert found["Tom Hale"].type == "person"


def test_counter_examples_from_the_session_33_review(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Rights groups Amnesty International and Malala Yousafzai criticized the ban.")
    assert found["Malala Yousafzai"].type == "person"
    found = actors_by_name(actors, "Air Pollution rose sharply in Delhi. A forward-leaning Tom Hale spoke.")
    assert "Air Pollution" not in found or found["Air Pollution"].type != "organisation"
    assert not label_texts(found["Tom Hale"])
    found = actors_by_name(actors, "In May inflation rose. May was the hottest month on record.")
    assert not any(a.type == "person" for a in found.values())
