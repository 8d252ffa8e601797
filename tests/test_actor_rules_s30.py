"""Actor rules of session 30 (issue 15): labels shared along a list of names — a plural appositive after the list,
a list of organisations after their plural kind and a colon, a plural kind before a dash and "including", the
person owned by a possessor in an example list; each with tests on both sides."""

from __future__ import annotations

from framing import Analyzer
from tests.actor_views import actors_by_name, label_texts


def test_a_plural_appositive_after_a_list_labels_every_name(actors: Analyzer) -> None:
    text = ("The envoy blamed Norway and Finland, longtime allies, for the delay. The board thanked Priya Raman and "
            "Tomas Ekberg, both Republicans, on Monday. Analysts said Orbix Labs and Quantafin Systems, the software "
            "companies, agreed. "
            "Helen Marsh and Ruth Odell, senators from Maine, voted no.")
    found = actors_by_name(actors, text)
    assert "longtime allies" in label_texts(found["Norway"])
    assert "longtime allies" in label_texts(found["Finland"])
    assert "Republicans" in label_texts(found["Priya Raman"])
    assert "Republicans" in label_texts(found["Tomas Ekberg"])
    assert any(lab.kind == "ideological" for lab in found["Tomas Ekberg"].labels)
    assert "software companies" in label_texts(found["Orbix Labs"])
    assert "software companies" in label_texts(found["Quantafin Systems"])
    assert "senators" in label_texts(found["Helen Marsh"])
    assert "senators" in label_texts(found["Ruth Odell"])


def test_a_plural_appositive_keeps_to_the_list_and_to_a_noun_phrase(actors: Analyzer) -> None:
    text = ("Priya Raman and Tomas Ekberg, officials said, will resign. The envoy met Norway and Finland, others "
            "stayed home. Helen Marsh and Ruth Odell, two more seasoned negotiators, signed.")
    found = actors_by_name(actors, text)
    assert label_texts(found["Priya Raman"]) == []
    assert label_texts(found["Tomas Ekberg"]) == []
    assert label_texts(found["Norway"]) == []
    assert "seasoned negotiators" in label_texts(found["Helen Marsh"])  # ("more" is no part of the label)
    assert not any("more" in lab for lab in label_texts(found["Ruth Odell"]))


def test_organisations_listed_after_their_kind_and_a_colon_take_it(actors: Analyzer) -> None:
    text = ("Ana Gomez was praising six progressive advocacy groups backing Sanders: Center for Tenant Power, "
            "Riverside Alliance, Keep the Rivers, Our Harvest, Future Workers Union and the Northland Movement.")
    found = actors_by_name(actors, text)
    for name in ("Center for Tenant Power", "Riverside Alliance", "Northland Movement"):
        assert "progressive advocacy groups" in label_texts(found[name]), name
    assert found["Riverside Alliance"].type == "organisation"
    assert label_texts(found["Ana Gomez"]) == []


def test_a_colon_list_of_organisations_needs_a_plural_kind(actors: Analyzer) -> None:
    text = "The senator named her critics: Center for Tenant Power, Riverside Alliance and Northland Movement."
    found = actors_by_name(actors, text)
    assert "critics" not in label_texts(found["Center for Tenant Power"])
    one = actors_by_name(actors, "Two groups said this: Center for Tenant Power was first.")
    assert "groups" not in " ".join(label_texts(one["Center for Tenant Power"]))


def test_a_plural_kind_before_a_dash_and_including_labels_the_examples(actors: Analyzer) -> None:
    text = ("Several tabloids -- including the Daily Mail and the Daily Express -- ran it. Most senators — including "
            "Helen Marsh and Ruth Odell — voted no.")
    found = actors_by_name(actors, text)
    assert "tabloids" in label_texts(found["Daily Mail"])
    assert "tabloids" in label_texts(found["Daily Express"])
    assert "senators" in label_texts(found["Helen Marsh"])
    assert "senators" in label_texts(found["Ruth Odell"])


def test_a_singular_noun_before_a_dash_gives_no_kind(actors: Analyzer) -> None:
    text = ("Would the state use the machinery of the federal government -- such as the Federal Communications "
            "Commission -- against comedians?")
    found = actors_by_name(actors, text)
    assert label_texts(found["Federal Communications Commission"]) == []


def test_a_possessor_in_an_example_list_is_no_example(actors: Analyzer) -> None:
    text = ("Barack Obama spoke. Back then, Hale's Republicans -- like Obama's Democrats -- could not catch a break. "
            "Zuckerberg and other tech leaders like LinkedIn's Reid Hoffman and Dropbox's Drew Houston are uniting.")
    found = actors_by_name(actors, text)
    assert "Republicans" not in label_texts(found["Barack Obama"])
    assert "leaders" in " ".join(label_texts(found["Reid Hoffman"]))
    assert "leaders" in " ".join(label_texts(found["Drew Houston"]))
    assert "LinkedIn" not in found or label_texts(found["LinkedIn"]) == []
    assert "Dropbox" not in found or label_texts(found["Dropbox"]) == []


def test_counsel_commander_and_constable_are_title_words(actors: Analyzer) -> None:
    text = ("“It is time,” White House Counsel Pat Colborne told the Senate. Legion National Commander Daniel M. "
            "Delaney said the group was horrified. Chief Constable Ian Harlow told reporters.")
    found = actors_by_name(actors, text)
    assert "Counsel Pat Colborne" not in found
    assert "Counsel" in label_texts(found["Pat Colborne"])
    assert "Commander" in " ".join(label_texts(found["Daniel M. Delaney"]))
    assert "Chief Constable" in label_texts(found["Ian Harlow"])
    analysis = actors.analyze(text)
    assert [q.speaker for q in analysis.quotes] == ["Pat Colborne"]


def test_a_speaker_of_a_chamber_is_a_title_and_a_role_in_an_appositive(actors: Analyzer) -> None:
    text = ("Yesterday Newt Galloway, a former Republican speaker of the U.S. House of Representatives, said no. "
            "Speaker Nancy Pellow said yes.")
    found = actors_by_name(actors, text)
    assert "speaker" in " ".join(label_texts(found["Newt Galloway"]))
    speaker = [lab for lab in found["Nancy Pellow"].labels if lab.text == "Speaker"]
    assert speaker and speaker[0].kind == "title"
    assert "speaker" not in " ".join(label_texts(actors_by_name(actors, "Yesterday Newt Galloway, a former Republican "
                                                              "strategist, said no.")["Newt Galloway"]))


def test_outlets_and_groups_added_to_the_gazetteer(actors: Analyzer) -> None:
    text = ("As Salon reported, the mayor was proud. An atheist group explained to Slate that faith mattered. Snopes "
            "debunked the rumor. The moderate think tank Third Way said no. The Register/CNN/Mediacom poll was out.")
    found = actors_by_name(actors, text)
    for name in ("Salon", "Slate", "Snopes", "Third Way", "Mediacom"):
        assert found[name].type == "organisation", name
    assert "Way" not in found
    # cased: the common nouns are no outlets
    plain = actors_by_name(actors, "She ran a hair salon and wiped the slate clean on a third way home.")
    assert not {"Salon", "Slate", "Third Way"} & set(plain)


def test_a_one_word_person_that_is_a_common_word_is_dropped(actors: Analyzer) -> None:
    text = ("Continuing claims fell last week. Blue states such as Oregon disagreed. The firm will keep 800 Carrier "
            "manufacturing jobs in the city.")
    found = actors_by_name(actors, text)
    assert not {"Continuing", "Blue", "Carrier"} & {name for name, a in found.items() if a.type == "person"}


def test_a_one_word_surname_with_a_person_cue_stays(actors: Analyzer) -> None:
    text = ("The writer was accused by an actress. \"Lock admitted engaging in conduct,\" the lawyer said. Mr. Green "
            "declined to comment. Later Young, who chairs the panel, spoke.")
    people = {name for name, a in actors_by_name(actors, text).items() if a.type == "person"}
    assert {"Lock", "Green", "Young"} <= people


def test_a_list_in_a_fronted_phrase_gives_the_subject_after_it_no_label(actors: Analyzer) -> None:
    text = ("Unlike Elena Warrick and Bernard Sandoval, Democrats in swing districts are wary of the plan. Unlike "
            "Norway and Finland, countries in the south have condemned it.")
    found = actors_by_name(actors, text)
    for name in ("Elena Warrick", "Bernard Sandoval", "Norway", "Finland"):
        assert label_texts(found[name]) == [], name


def test_titled_surnames_and_surnames_with_a_person_cue_are_kept(actors: Analyzer) -> None:
    people = {name for name, a in actors_by_name(
        actors, "Gov. Wolf vetoed the bill. Health Secretary Price resigned. Governor Little signed it.").items()
        if a.type == "person"}
    assert {"Wolf", "Price", "Little"} <= people
    for text in ("Young warned that the bill would raise costs.", "\"This is a disaster,\" said Young.",
                 "Young slams Senate tax plan"):
        assert "Young" in actors_by_name(actors, text), text


def test_an_organisation_list_whose_first_names_were_missed_still_takes_its_kind(actors: Analyzer) -> None:
    text = ("Ana Gomez criticised nine progressive groups backing Sanders: Our Harvest, Sunrise Movement, Keep the "
            "Rivers and the Northland Movement.")
    found = actors_by_name(actors, text)
    assert "progressive groups" in label_texts(found["Sunrise Movement"])
    assert "progressive groups" in label_texts(found["Northland Movement"])
    # a list of places after a colon is no list of organisations
    places = actors_by_name(actors, "Two groups met in three cities: Lyon, Oslo and Bergen.")
    assert all("groups" not in " ".join(label_texts(a)) for a in places.values())


def test_a_role_label_makes_a_person_of_a_first_name_and_a_place_word(actors: Analyzer) -> None:
    found = actors_by_name(actors, "\"Women find it divisive,\" said Democratic pollster Celinda Lake.")
    assert found["Celinda Lake"].type == "person"
    assert "pollster" in label_texts(found["Celinda Lake"])
    scenic = actors_by_name(actors, "They swam in the cold Crater Lake and hiked past scenic Bear Lake.")
    assert not any(a.type == "person" for a in scenic.values())
