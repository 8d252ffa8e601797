"""Actor rules of session 38 (issue 15), from label misses that recur across the development sets: an adverb
before an appositive's role ("formerly the mayor"), a place's "one of the states ..." appositive, a second role
coordinated after a party-state tag or a capitalised role phrase, and a family named by a surname before
"brothers"/"family" ("the Koch brothers") with its plural ("the Kochs"). Tests on both sides (the sentences are
ours)."""

from __future__ import annotations

from framing import Analyzer
from framing.scorers.names import link_text_spans
from tests.actor_views import actors_by_name


def _labels(actor: object) -> list[tuple[str, str]]:
    return [(lab.text, lab.kind) for lab in actor.labels]  # type: ignore[attr-defined]


def _texts(actor: object) -> list[str]:
    return [lab.text for lab in actor.labels]  # type: ignore[attr-defined]


def test_an_adverb_before_an_appositive_role_keeps_the_role(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Jane Roe, formerly the mayor of Dayton, said no. Dana Poe, previously "
                                   "Senator Lark's personal counsel, left.")
    assert "mayor" in _texts(found["Jane Roe"])
    assert "counsel" in _texts(found["Dana Poe"])
    # an adverb before no role gives nothing: a place of work, a time
    found = actors_by_name(actors, "Jane Roe, formerly of Goldman Sachs, said no. Dana Poe, once again, left.")
    assert _labels(found["Jane Roe"]) == []
    assert _labels(found["Dana Poe"]) == []


def test_a_counted_one_of_appositive(actors: Analyzer) -> None:
    found = actors_by_name(actors, "“We will see,” said Ben Mirana, one of five existing board members. Bob Poe, one "
                                   "of three, spoke.")
    assert "board members" in _texts(found["Ben Mirana"])
    assert _labels(found["Bob Poe"]) == []


def test_a_place_appositive_one_of_a_kind_of_place(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Minnesota, one of the states running their own insurance exchanges, extended "
                                   "its deadline.")
    assert _labels(found["Minnesota"]) == [("one of the states", "descriptive")]
    # not a kind of place: no label
    found = actors_by_name(actors, "Minnesota, one of the defendants in the case, extended its deadline.")
    assert _labels(found["Minnesota"]) == []


def test_a_second_role_after_a_party_tag_or_a_capitalised_role(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Representative Randy Kell, Republican of Texas and a Tea Party caucus member, "
                                   "said in an interview.")
    assert ("Tea Party caucus member", "descriptive") in _labels(found["Randy Kell"])
    found = actors_by_name(actors, "Victoria Dunn, a librarian in Iowa City and an Obama supporter, voted early.")
    assert "Obama supporter" in _texts(found["Victoria Dunn"])
    # a new clause after the tag is no second role
    found = actors_by_name(actors, "Sen. Jane Roe, Democrat of Ohio, and the White House agreed on Monday.")
    assert _texts(found["Jane Roe"]) == ["Sen", "Democrat of Ohio"]


def test_a_surname_before_brothers_or_family_is_a_family(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Democrats warn that the billionaire Koch brothers are trying to buy the "
                                   "election. The Kochs deny it.")
    family = found["Koch brothers"]
    assert family.type == "group"
    assert [m for m in family.mentions] and "Kochs" not in found
    assert "billionaire" in _texts(family)
    found = actors_by_name(actors, "The Koch brothers' network spent millions. The Kochs won.")
    assert "Kochs" not in found and len(found["Koch brothers"].mentions) == 2
    found = actors_by_name(actors, "The Koch brothers spent millions. Critics of the Koch Brothers lost.")
    assert "Koch Brothers" not in found and len(found["Koch brothers"].mentions) == 2
    found = actors_by_name(actors, "The Nguyen family's lawyer spoke to reporters.")
    assert found["Nguyen family"].type == "group"
    # a lower-case word or a band's capitalised "Brothers" is no such family
    found = actors_by_name(actors, "The crime family fell apart. Fans of the Jonas Brothers waited.")
    assert "crime family" not in found and "Jonas family" not in found


def test_a_state_first_party_appositive_is_an_ideological_label(actors: Analyzer) -> None:
    found = actors_by_name(actors, "It is something Rep. Raul Lane, Idaho Republican, said would undermine it. "
                                   "Sen. Jon Kell, New Hampshire Democrat, agreed.")
    assert ("Idaho Republican", "ideological") in _labels(found["Raul Lane"])
    assert ("New Hampshire Democrat", "ideological") in _labels(found["Jon Kell"])
    # no party word: no such label
    found = actors_by_name(actors, "Rep. Raul Lane, Idaho rancher, said no.")
    assert all(kind != "ideological" for _, kind in _labels(found["Raul Lane"]))


def test_a_plural_role_before_a_dash_list_with_a_plural_title(actors: Analyzer) -> None:
    found = actors_by_name(actors, "That year, three conservative Supreme Court judges -- Justices Clarence Thorne, "
                                   "Samuel Alder and Antonin Scali -- were absent.")
    for name in ("Clarence Thorne", "Samuel Alder", "Antonin Scali"):
        assert {"conservative", "judges"} <= set(_texts(found[name]))
    # one name after the dash is no list
    found = actors_by_name(actors, "Three conservative judges -- Justice Clarence Thorne said -- were absent.")
    assert "conservative" not in _texts(found["Clarence Thorne"])


def test_an_employer_before_a_role_and_a_name_is_an_organisation(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Two were treated, according to MedStar Mobile Healthcare spokeswoman Macara "
                                   "Trusty. Blue Cross Blue Shield spokesman Tom Jones declined.")
    assert found["MedStar Mobile Healthcare"].type == "organisation"
    assert found["Blue Cross Blue Shield"].type == "organisation"
    assert found["Macara Trusty"].type == "person"
    # a person's spokesman: the person (a first name, or no ordinary word)
    found = actors_by_name(actors, "Nancy Pelosi spokesman Drew Hammill said no. Xi Jinping spokesman Li Wei agreed. "
                                   "Sherrod Brown spokeswoman Jenny Donn said the senator would vote no.")
    assert all(found[name].type == "person" for name in ("Nancy Pelosi", "Xi Jinping", "Sherrod Brown"))


def test_a_quoted_nickname_inside_a_name_with_a_rarer_first_name(actors: Analyzer) -> None:
    found = actors_by_name(actors, 'Tiffany Wall told a station that her father, Anton "Tony" Wall, was a victim.')
    assert 'Anton "Tony" Wall' in found and "Tiffany Wall" in found
    assert [t for t, _ in _labels(found['Anton "Tony" Wall'])] == ["father"]
    # a quoted word between a name and a capitalised word that is no surname joins nothing
    found = actors_by_name(actors, 'The board met Anton "Today" Monday.')
    assert 'Anton "Today" Monday' not in found


def test_an_office_with_a_complement_before_the_name(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lam "
                                   "testified. Assistant Secretary of Consular Affairs Jane Roe agreed.")
    assert "Charlene Lam" in found and "Jane Roe" in found
    assert _texts(found["Jane Roe"]) == ["Assistant Secretary of Consular Affairs"]
    found = actors_by_name(actors, "Assistant Secretary of State for African Affairs Tibor Nagg spoke. Commissioner "
                                   "for Competition Margrethe Vestagar agreed.")
    assert _texts(found["Tibor Nagg"]) == ["Assistant Secretary of State for African Affairs"]
    assert "Margrethe Vestagar" in found and "Competition Margrethe Vestagar" not in found
    found = actors_by_name(actors, "The Special Envoy for Iran Affairs Brian Hooke spoke. He met the Special Envoy "
                                   "for Iran on Monday.")
    assert "Brian Hooke" in found and "Special Envoy" not in found
    # a place inside the office stays an actor; a demonym inside it does not hide the person
    found = actors_by_name(actors, "Envoy for Syria Affairs Jim Jeffers spoke. Minister for Indigenous Australians "
                                   "Ken Wyatte backed the referendum.")
    assert "Syria" in found and "Jim Jeffers" in found and "Ken Wyatte" in found


def test_a_standing_word_before_a_party_and_a_compound_role(actors: Analyzer) -> None:
    found = actors_by_name(actors, "May met the opposition Labour Party. Hungary's ruling Fidesz party won. The ruling "
                                   "African National Congress lost seats.")
    assert _labels(found["Labour Party"]) == [("opposition", "descriptive")]
    assert _labels(found["Fidesz"]) == [("ruling", "descriptive")]
    assert ("ruling", "descriptive") in _labels(found["African National Congress"])
    found = actors_by_name(actors, "Under the ruling IBM must pay damages to the contractor.")
    assert _labels(found["IBM"]) == []
    found = actors_by_name(actors, "It was Arizona's turn, when double-murderer Joseph Wood III took hours to die.")
    assert ("double-murderer", "descriptive") in _labels(found["Joseph Wood III"])
    # a compound that is no role gives nothing
    found = actors_by_name(actors, "The well-known Jane Roe spoke.")
    assert _labels(found["Jane Roe"]) == []
    # a verb or a noun before a name that is no party's (a review's cases)
    found = actors_by_name(actors, "The rules governing Facebook's ads were changed. After the ruling Google said it "
                                   "would appeal. Despite strong opposition Congress passed the measure.")
    assert all(_labels(found[name]) == [] for name in ("Facebook", "Google", "Congress"))


def test_the_midwest_is_a_region_and_a_party_plural_joins_its_party(actors: Analyzer) -> None:
    found = actors_by_name(actors, "His plan would restore jobs to cities like Detroit and other Midwestern states.")
    assert found["Midwest"].type == "place" and "Midwestern" not in found
    found = actors_by_name(actors, "The Conservative Party won. The Conservatives said no.")
    assert "Conservatives" not in found and len(found["Conservative Party"].mentions) == 2
    # no party of that name in the text, or a plural without "the" (people of that leaning): a group of its own
    found = actors_by_name(actors, "The Conservatives said no.")
    assert "Conservatives" in found
    found = actors_by_name(actors, "Liberals in Congress cheered. In Australia, the Liberal Party opposed it.")
    assert "Liberals" in found


def test_a_title_across_a_preposition_before_the_name(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Special Agent in Charge John Benn said it. Ambassador at Large Jane Roe agreed.")
    assert "John Benn" in found and "Charge John Benn" not in found
    assert _texts(found["John Benn"]) == ["Special Agent in Charge"]
    assert _texts(found["Jane Roe"]) == ["Ambassador at Large"]


def test_an_on_complement_after_a_for_name(actors: Analyzer) -> None:
    found = actors_by_name(actors, "In 2015 the International Agency for Research on Cancer concluded it was "
                                   "probably carcinogenic.")
    assert found["International Agency for Research on Cancer"].type == "organisation"
    # a day or a show after "on" is no part of the name
    found = actors_by_name(actors, "Americans for Prosperity on Monday said no. Americans for Responsible Solutions on "
                                   "Meet the Press urged action.")
    assert "Americans for Prosperity" in found and "Americans for Responsible Solutions" in found
    found = actors_by_name(actors, "The Center for Research on Tuesday released the figures.")
    assert "Center for Research" in found


def test_the_writer_on_a_round_up_credit_line(actors: Analyzer) -> None:
    text = ("The race goes on.\n\n“Usually, the candidate ahead in endorsements is ahead in fundraising.”\n\n"
            "Harry Enton, CNN\n\n“It is not clear that Sanders will have any more luck.”\n\nJennifer Rubens, "
            "Washington Post")
    found = actors_by_name(actors, text)
    assert found["Harry Enton"].type == "person" and found["Jennifer Rubens"].type == "person"
    assert found["CNN"].type == "organisation" and found["Washington Post"].type == "organisation"
    # a town or a title after the comma of a reader's sign-off is no outlet, and no one
    found = actors_by_name(actors, "The letters came in.\n\n“You get what you pay for.”\n\nNancy Wilsen, Bexley\n\n"
                                   "“A masterpiece.”\n\nJane Roe, Senior Fellow")
    assert "Nancy Wilsen" in found and "Bexley" not in found and "Senior Fellow" not in found
    # a title-case line that follows no excerpt stays a headline's words
    found = actors_by_name(actors, "Harry Potter, Warner Bros\n\nThe studio released a new trailer on Monday.")
    assert "Harry Potter" not in found


def test_a_party_in_a_person_s_appositive_a_poll_and_a_group_s_singular(actors: Analyzer) -> None:
    found = actors_by_name(actors, "Only one third-party candidate was invited – Ross Perrot, Reform Party candidate, "
                                   "in 1992. Gary Johns, Libertarian Party, litigated.")
    assert ("Reform Party", "ideological") in _labels(found["Ross Perrot"])
    assert _labels(found["Gary Johns"]) == [("Libertarian Party", "ideological")]
    found = actors_by_name(actors, "Bob Poe, The Party Shop owner, sang. Jane Roe, Block Party founder, danced. "
                                   "Among those present were John Smyth, Republican Party officials and donors.")
    assert all(kind != "ideological" for name in ("Bob Poe", "Jane Roe", "John Smyth")
               for _, kind in _labels(found[name]))
    found = actors_by_name(actors, "A USA TODAY/Suffolk Poll taken before the holiday found it. Ryan Poll, a county "
                                   "commissioner, said no.")
    assert found["Suffolk Poll"].type == "organisation" and found["Ryan Poll"].type == "person"
    found = actors_by_name(actors, "A new Gallup Poll found it. Gallup said so.")
    assert "Gallup Poll" not in found and len(found["Gallup"].mentions) == 2
    found = actors_by_name(actors, "Protests followed the death of Michael Browne, an 18-year-old African-American "
                                   "who was shot.")
    assert ("African-American", "descriptive") in _labels(found["Michael Browne"])


def test_the_hill_s_pasted_cards_glued_or_repeated_after_the_visible_name(actors: Analyzer) -> None:
    text = ("He tried to dig up dirt on former Vice President Joe Biden Joe Biden Parnas: U.S. envoy removed to clear "
            "path Five takeaways from the interview MORE and his son. Pelosi also named Rep. Zoe Lofgren Zoe Ellen "
            "LofgrenHouse delivers articles to Senate Dems vow to force vote MORE (Calif.), a senior member of the "
            "Judiciary panel, to the team.")
    found = actors_by_name(actors, text)
    assert "Joe Biden" in found and [text[s:e] for s, e in found["Joe Biden"].mentions] == ["Joe Biden"]
    assert "former Vice President" in " ".join(_texts(found["Joe Biden"]))
    assert "member" in _texts(found["Zoe Lofgren"])
    # a name written twice before a line break is no card ("Read MORE" on the next line)
    assert link_text_spans("Joe Biden Joe Biden Said no.\nRead MORE stories") == ()
