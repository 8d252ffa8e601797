"""Actor rules of session 29 (issue 15), from blind10's errors: regions named with "America", a family name written
first, "X USA" organisations, organisations told by their label, agencies whose names hold "and", premodifier
labels, list items after a name, suffixes before an appositive, spaced party tags and a sentence-initial role;
each with tests on both sides."""

from __future__ import annotations

import pytest

from framing import Analyzer
from tests.actor_views import actors_by_name, label_texts


def test_regions_named_with_america_are_places(actors: Analyzer) -> None:
    text = ("Leaders from Latin America met. North American firms and South American states sent envoys to the United "
            "States.")
    found = actors_by_name(actors, text)
    assert found["Latin America"].type == "place"
    assert found["North America"].type == "place"
    assert found["South America"].type == "place"
    assert len(found["United States"].mentions) == 1


def test_a_family_name_written_first_takes_its_short_form(actors: Analyzer) -> None:
    text = ("Trump will meet with Kim.\n\nNorth Korean leader Kim Jong Un agreed. Family members of prisoner Tony "
            "Kim spoke.\n\nPompeo met Kim again.")
    found = actors_by_name(actors, text)
    assert [text[s:e] for s, e in found["Kim Jong Un"].mentions] == ["Kim", "Kim Jong Un", "Kim"]
    assert [text[s:e] for s, e in found["Tony Kim"].mentions] == ["Tony Kim"]


def test_a_surname_still_goes_to_the_person_named_in_full(actors: Analyzer) -> None:
    text = "Tony Kim was released. Kim thanked the president."
    found = actors_by_name(actors, text)
    assert len(found["Tony Kim"].mentions) == 2


def test_an_organisation_named_with_usa(actors: Analyzer) -> None:
    text = ("The human rights group Open Doors USA is pushing the president. Open Doors president David Curry said "
            "the United States must act.")
    found = actors_by_name(actors, text)
    assert found["Open Doors USA"].type == "organisation"
    assert len(found["Open Doors USA"].mentions) == 2
    assert len(found["United States"].mentions) == 1


def test_a_person_named_with_usa_is_not_joined(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Sen. John Smith USA Today reported the story.")
    assert "John Smith USA" not in found


def test_a_name_labelled_as_a_kind_of_organisation_is_an_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "The pair also founded Future Majority, a dark money group, last year.")
    assert found["Future Majority"].type == "organisation"


def test_a_person_with_a_first_name_stays_a_person_whatever_the_label(actors: Analyzer) -> None:
    found = actors_by_name(actors, "The pair also hired John Majority, a dark money group's lawyer, last year.")
    assert found["John Majority"].type == "person"


def test_agencies_whose_names_hold_and(actors: Analyzer) -> None:
    text = ("Fauci, who directs the National Institute of Allergy and Infectious Diseases, warned on Tuesday. The "
            "House Ways and Means Committee met.")
    found = actors_by_name(actors, text)
    assert "Infectious Diseases" not in found
    assert found["NIAID"].type == "organisation"
    assert "House Ways and Means Committee" in found


@pytest.mark.parametrize("text, name", [
    ("He ignored a warning by top U.S. infectious disease expert Anthony Fauci.", "United States"),
    ("He launched unhinged Twitter attacks on Monday.", "Twitter"),
    ("The conservative Egyptian public cheered.", "Egypt"),
])
def test_labels_before_a_name_that_modifies_a_noun_are_the_nouns(actors: Analyzer, text: str, name: str) -> None:
    assert label_texts(actors_by_name(actors, text)[name]) == []


@pytest.mark.parametrize("text, name, label", [
    ("The socialist Venezuela is broke.", "Venezuela", "socialist"),
    ("The South Korean newspaper Donga Ilbo quotes unnamed sources.", "Donga Ilbo", "newspaper"),
    ("The conservative Wall Street Journal editorial page agreed.", "Wall Street Journal", "conservative"),
    ("They are the venues fundamentalist Muslims rail against.", "Muslims", "fundamentalist"),
    ("Netanyahu leads the conservative Likud party.", "Likud", "conservative"),
])
def test_labels_of_a_name_before_a_verb_or_its_own_noun_stay(actors: Analyzer, text: str, name: str,
                                                             label: str) -> None:
    assert label in label_texts(actors_by_name(actors, text)[name])


def test_a_leaning_after_a_country_adjective_is_its_peoples(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Fauci is a target for the American far right. The Cuban regime jailed him.")
    assert label_texts(found["United States"]) == []
    assert label_texts(found["Cuba"]) == ["regime"]


def test_a_titled_name_after_a_comma_is_the_next_item_of_a_list(actors: Analyzer) -> None:
    text = ("The report says Trump’s son Donald Trump Jr., the president’s son-in-law Jared Kushner, and his former "
            "campaign chair Paul Manafort all met.")
    found = actors_by_name(actors, text)
    assert "son-in-law" not in label_texts(found["Donald Trump Jr"])
    assert "son-in-law" in label_texts(found["Jared Kushner"])


@pytest.mark.parametrize("text, name, label", [
    ("Franklin Graham, the son of evangelist Billy Graham, spoke.", "Franklin Graham", "son"),
    ("Rick Sutton, an LGBT advocate who co-founded Freedom Indiana, said no.", "Rick Sutton", "LGBT advocate"),
    ("Alicia Machado, a former Miss Universe, was there.", "Alicia Machado", "former"),
])
def test_an_appositive_ending_in_a_name_after_a_preposition_or_verb_stays(actors: Analyzer, text: str, name: str,
                                                                         label: str) -> None:
    assert label in label_texts(actors_by_name(actors, text)[name])


def test_a_suffix_dot_then_the_party_and_state(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Representative John Conyers Jr., Democrat of Michigan, objected.")
    assert "Democrat of Michigan" in label_texts(found["John Conyers Jr"])


def test_a_party_tag_with_spaces_around_the_dash(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Sen. Rob Portman (R - Ohio) voted no. Rep. Ann Lee (D-Mich.) agreed.")
    assert "R - Ohio" in label_texts(found["Rob Portman"])
    assert "D-Mich." in label_texts(found["Ann Lee"])


@pytest.mark.parametrize("text, name, label", [
    ("Witness Bashir Ahmad said it was loud.", "Bashir Ahmad", "Witness"),
    ("Farmer John Smith agreed.", "John Smith", "Farmer"),
    ("Family members of prisoner Tony Kim spoke.", "Tony Kim", "prisoner"),
])
def test_a_role_noun_before_a_name(actors: Analyzer, text: str, name: str, label: str) -> None:
    assert label in label_texts(actors_by_name(actors, text)[name])


def test_given_opening_a_sentence_is_no_first_name(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Joe Rogan spoke. Given Rogan's reach, the campaign was pleased.")
    assert "Given Rogan" not in found
    assert len(found["Joe Rogan"].mentions) == 2


def test_a_sentence_initial_role_before_an_organisation_is_not_stripped(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Advocate Health Care said no.")
    assert "Care" not in found


def test_capitalised_common_words_are_no_person(actors: Analyzer) -> None:
    found = actors_by_name(actors, "He signed an order combatting recent Criminal Violence. Later, Happy Hour began.")
    assert "Criminal Violence" not in found
    assert "Happy Hour" not in found


def test_a_name_with_a_first_name_or_an_unknown_word_stays_a_person(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Grace Young said it was over. Later Ann Brown spoke, and Rand Paul agreed.")
    assert found["Grace Young"].type == "person"
    assert found["Ann Brown"].type == "person"
    assert found["Rand Paul"].type == "person"


def test_other_names_of_fox_news_and_lgbtq_initialisms(actors: Analyzer) -> None:
    text = ("Fox News aired it, and the Fox News Channel host repeated it on FNC. LGBT groups and the LGBTQ community "
            "protested.")
    found = actors_by_name(actors, text)
    assert len(found["Fox News"].mentions) == 3
    assert found["LGBTQ community"].type == "group"
    assert len(found["LGBTQ community"].mentions) == 2


def test_the_adjective_of_an_office_is_no_name(actors: Analyzer) -> None:
    text = "The Vice Presidential nominee said the race was close. Presidential candidate Jane Doe agreed."
    found = actors_by_name(actors, text)
    assert "Presidential" not in found
    assert "Jane Doe" in found


def test_an_office_adjective_starting_a_name_stays_in_it(actors: Analyzer) -> None:
    text = "The Congressional Black Caucus met. The Presidential Advisory Commission on Election Integrity agreed."
    found = actors_by_name(actors, text)
    assert "Congressional Black Caucus" in found
    assert "Presidential Advisory Commission on Election Integrity" in found


@pytest.mark.parametrize("text, name, label", [
    ("Donors tied to the liberal Democracy Alliance financing network gave.", "Democracy Alliance", "liberal"),
    ("The left-leaning Center on Budget and Policy Priorities estimates that it costs more.",
     "Center on Budget and Policy Priorities", "left-leaning"),
])
def test_a_kind_noun_or_a_verb_of_saying_after_the_name_keeps_its_label(actors: Analyzer, text: str, name: str,
                                                                        label: str) -> None:
    assert label in label_texts(actors_by_name(actors, text)[name])


def test_a_noun_after_the_name_takes_the_label_before_it(actors: Analyzer) -> None:
    found = actors_by_name(actors, "The Senate passed it after a bitter Senate confirmation battle.")
    assert "bitter" not in label_texts(found["Senate"])


# -- the session-29 review's findings --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, label", [
    ("Sen. Susan Collins, a moderate Maine Republican, said she would vote against the bill.", "Susan Collins",
     "moderate"),
    ("Kevin McCarthy, the top House Republican, said the vote would happen.", "Kevin McCarthy", "top"),
    ("Joe Biden, the former Vice President, said on Tuesday that he would run.", "Joe Biden", "Vice President"),
])
def test_an_appositive_ending_in_a_title_or_party_word_is_no_list_item(actors: Analyzer, text: str, name: str,
                                                                       label: str) -> None:
    assert label in label_texts(actors_by_name(actors, text)[name])


@pytest.mark.parametrize("text, name, label", [
    ("The conservative Heritage Foundation calls for deep cuts to the program.", "Heritage Foundation",
     "conservative"),
    ("The liberal group MoveOn plans to spend $10 million on the race.", "MoveOn", "liberal"),
    ("The left-leaning Center for American Progress warns lawmakers that it fails.",
     "Center for American Progress", "left-leaning"),
])
def test_a_verb_after_the_subject_name_is_no_noun(actors: Analyzer, text: str, name: str, label: str) -> None:
    assert label in label_texts(actors_by_name(actors, text)[name])


@pytest.mark.parametrize("text, name", [
    ("Human rights groups have long criticized the Chinese communist regime for its treatment of Uighurs.", "China"),
    ("Critics say the Cuban communist government has cracked down.", "Cuba"),
])
def test_a_leaning_before_a_noun_that_stands_for_the_country_is_its_label(actors: Analyzer, text: str,
                                                                          name: str) -> None:
    assert "communist" in label_texts(actors_by_name(actors, text)[name])


def test_an_organisation_by_its_label_is_kept_and_a_labelled_person_too(actors: Analyzer) -> None:
    text = ("Straubel now leads Redwood Materials, a battery recycling startup. The rally featured musician Kid Rock, "
            "who has long supported the president.")
    found = actors_by_name(actors, text)
    assert found["Redwood Materials"].type == "organisation"
    assert found["Kid Rock"].type == "person"


def test_a_double_first_name_is_no_family_name_first(actors: Analyzer) -> None:
    text = ("Sen. Mike Lee, R-Utah, spoke first. Later, Lee Ann Kim, a teacher, joined the march, and Lee said the "
            "law was unfair.")
    found = actors_by_name(actors, text)
    assert len(found["Mike Lee"].mentions) == 2


def test_an_all_capitals_heading_ending_in_usa_is_no_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "POLICING THE USA: A look at race and justice. LGBTQ Nation reported it.")
    assert "POLICING THE USA" not in found
    assert found["LGBTQ Nation"].type == "organisation"


def test_a_noun_phrase_then_a_verb_of_saying_after_a_comma_is_no_appositive(actors: Analyzer) -> None:
    text = ("Next year's meeting is set to be held in Doral, Florida, a senior administration official told Fox News. "
            "Ann Lee, a lawyer who said nothing, left.")
    found = actors_by_name(actors, text)
    assert label_texts(found["Florida"]) == []
    assert "lawyer" in label_texts(found["Ann Lee"])


def test_a_party_before_a_title_is_an_ideological_label(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Democratic Sen. Tim Kaine said no. GOP Sen. Rand Paul agreed.")
    assert ("Democratic", "ideological") in [(lab.text, lab.kind) for lab in found["Tim Kaine"].labels]
    assert ("GOP", "ideological") in [(lab.text, lab.kind) for lab in found["Rand Paul"].labels]
    assert ("Sen", "title") in [(lab.text, lab.kind) for lab in found["Rand Paul"].labels]


def test_a_verb_after_an_auxiliary_is_no_label(actors: Analyzer) -> None:
    found = actors_by_name(actors, "That shift has decimated the Israeli left. Fire has ravaged London for weeks.")
    assert label_texts(found["Israel"]) == []
    assert label_texts(found["London"]) == []


def test_a_kind_of_person_after_a_country_adjective_takes_the_labels(actors: Analyzer) -> None:
    found = actors_by_name(actors, "The disgraced Russian oligarch left. A former British spy spoke. The socialist "
                                   "Venezuela is broke. The Cuban regime jailed him.")
    assert label_texts(found["Russia"]) == []
    assert label_texts(found["United Kingdom"]) == []
    assert "socialist" in label_texts(found["Venezuela"])
    assert "regime" in label_texts(found["Cuba"])
