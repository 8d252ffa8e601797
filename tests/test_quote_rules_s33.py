"""Quote-speaker rules of session 33 (issue 15), from the errors of session 32's untuned "mixed" probe: a partial
quotation that closes its sentence keeps its own attribution, the subject of a long sentence ending in a colon
speaks the quoted sentence after it, "To Dr. X, ..." gives X's view, "dismissing critics as", "remembered him as",
"its report", "the airline". Tests on both sides."""

from __future__ import annotations

from collections.abc import Callable

#: The conftest fixture: text -> the speaker of each quotation found.
Speakers = Callable[[str], list[str | None]]


def test_a_partial_quotation_that_ends_its_sentence_keeps_the_attribution_before_it(quote_speakers: Speakers) -> None:
    text = ('Dr. Sian Llewelyn, vice-president of the Royal College of Emergency Medicine, said staff were "exhausted '
            'and, frankly, frightened." The Welsh Government said an extra £25 million had been allocated.')
    assert quote_speakers(text) == ["Sian Llewelyn"]
    # a whole quoted sentence closed by mistake with a full stop still takes the name after it
    text = 'The senator spoke at length. "We will not back down on any of this." Trump said at a rally.'
    assert quote_speakers(text) == ["Trump"]
    # and a pronoun after it goes on with the quoted person's words, not the reporter's
    text = ('The AP quoted party spokesman Michael Short accusing Hillary Clinton of "hiding from the press and '
            'voters." He said she lives by her own rules.')
    assert quote_speakers(text) == ["Michael Short"]


def test_the_subject_of_a_long_sentence_ending_in_a_colon_speaks_the_quotation(quote_speakers: Speakers) -> None:
    text = ('The mayor of Valparaiso, Camila Sepulveda, was blunt about the forest fires that swept the hills above '
            'the port: "We were not ready, and people died because of it."')
    assert quote_speakers(text) == ["Camila Sepulveda"]
    text = ('Alvaro Ruiz-Montes reached the semi-final. Asked about his next opponent, the Australian Liam Whitford, '
            'Ruiz-Montes smiled: "He serves like a machine."')
    assert quote_speakers(text) == ["Alvaro Ruiz-Montes"]
    text = ('HANOI — The message from Deputy Trade Minister Nguyen Thi Lan to foreign investors was simple: '
            '"Vietnam is open, and it will stay open."')
    assert quote_speakers(text) == ["Nguyen Thi Lan"]


def test_no_colon_subject_for_things_or_sentences_with_asides(quote_speakers: Speakers) -> None:
    text = ('The rules that the committee adopted last year after a long fight are simple and clear: "No phones in '
            'the chamber during any vote."')
    assert quote_speakers(text) == [None]
    text = ('Hillary Clinton spoke in Ohio. Convinced as Sanders is of it — aides say he takes credit for a study, '
            'and he takes offense every time Clinton just dismisses the possibility of picking him as her running '
            'mate — his principle is a feeling that aides sum up as: "Screw me? No, screw you."')
    assert quote_speakers(text) == [None]


def test_to_a_person_a_sentence_gives_their_view(quote_speakers: Speakers) -> None:
    text = ('To Dr. Emeka Nwosu, the result is "the first real hint that the vaccine works in children under five." '
            'Nwosu led the trial.')
    assert quote_speakers(text) == ["Emeka Nwosu"]


def test_dismissing_or_remembering_someone_as_a_quotation(quote_speakers: Speakers) -> None:
    text = ('BRASILIA — Environment Minister Rodrigo Bastos on Wednesday defended the road, dismissing critics as '
            '"people who have never set foot in Amazonas."')
    assert quote_speakers(text) == ["Rodrigo Bastos"]
    text = ('Dragan Petrovic has died at 79. His former teammate Milos Jankovic remembered him as "a wall with a sense '
            'of humour."')
    assert quote_speakers(text) == ["Milos Jankovic"]
    # without "as" right before the quotation, "dismisses" does not attribute it ("as her running mate — ... as:")
    text = ('Hillary Clinton spoke in Ohio. He takes offense every time Clinton just dismisses the possibility of '
            'picking him as her running mate — his principle is what aides sum up as: "Screw me? No, screw you."')
    assert quote_speakers(text) == [None]


def test_a_dateline_with_accents_is_no_speaker(quote_speakers: Speakers) -> None:
    text = ('BRASÍLIA — Environment Minister Rodrigo Bastos defended the plan, dismissing critics as "people who have '
            'never set foot in Amazonas."')
    assert quote_speakers(text) == ["Rodrigo Bastos"]


def test_its_report_and_the_airline_re_name_the_organisation(quote_speakers: Speakers) -> None:
    text = ('Nearly a third of road contracts were awarded without a tender, according to Transparency Watch Uganda, '
            'an anti-corruption group. Its report called the practice "systemic and deliberate."')
    assert quote_speakers(text) == ["Transparency Watch Uganda"]
    text = ('Air Sahel cancelled all flights on Monday. In a statement, the airline said it had taken the decision '
            '"for the safety of passengers and crew" after reports of drones.')
    assert quote_speakers(text) == ["Air Sahel"]
    # a person's report is not an organisation's
    text = 'Amazon hired Tom Hale. His report called the plan "a mess."'
    assert quote_speakers(text) != ["Amazon"]


def test_a_pronoun_with_no_antecedent_takes_the_role_that_opens_the_sentence_before(quote_speakers: Speakers) -> None:
    text = ('HALVERSTON — The council voted 5-4.\n\nThe mayor, who had broken a tie earlier, told the room the vote '
            'was about safety. "We have buried three people on that road," she said.\n\nMayor Denise Ocampo, now in '
            'her second term, made the lanes a centrepiece of her campaign.')
    assert quote_speakers(text) == ["Denise Ocampo"]
    # nobody titled so named after it, or of the other gender: no speaker taken from the role
    text = ('The council voted 5-4.\n\nThe mayor, who had broken a tie earlier, told the room the vote was about '
            'safety. "We have buried three people on that road," she said.')
    assert quote_speakers(text) == ["she"]
    text = ('The president met the queen. "It was lovely," she said.\n\nPresident Joe Biden flew home on Monday.')
    assert quote_speakers(text) != ["Joe Biden"]
    # a person named before the pronoun is its antecedent, as before
    text = ('Ana Ruiz chairs the board. The mayor told the room the vote was about safety. "We have buried three '
            'people," she said.')
    assert quote_speakers(text) == ["Ana Ruiz"]


def test_a_colon_after_a_relative_clause_with_a_reporting_verb(quote_speakers: Speakers) -> None:
    text = ('Martha Hensley, a retired schoolteacher from Chippewa Falls who has voted Republican since 1980 but says '
            'she is undecided this year, put it simply: "I like him. I don\'t know if I trust him."')
    assert quote_speakers(text) == ["Martha Hensley"]
    # a reporting verb in the main clause before the colon attributes as before
    text = 'Martha Hensley, a retired schoolteacher, says this about the race: "I like him."'
    assert quote_speakers(text) == ["Martha Hensley"]
    # a person named inside the relative clause is not the subject
    text = ('The new ballot question, drafted by a panel that Governor Ana Ruiz appointed last spring, is simple in '
            'the end: "Shall the county levy a tax?"')
    assert quote_speakers(text) == [None]


def test_a_surname_that_is_a_month_or_a_modal_speaks(quote_speakers: Speakers) -> None:
    text = ('British Prime Minister Theresa May met Trump. May insisted Friday that her country would have "no limit '
            'to trade deals" after Brexit. "It is fine," May said.')
    assert quote_speakers(text) == ["Theresa May", "Theresa May"]
    # the month and the modal stay what they are where nobody is called May
    text = 'In May, "prices rose," Tom Hale said. May brought rain.'
    assert quote_speakers(text) == ["Tom Hale"]


def test_a_participle_of_saying_after_a_speech_noun(quote_speakers: Speakers) -> None:
    text = ('Treasury Secretary Jack Lew gave a speech this week promising proposals to reduce inversions "in the very '
            'near future."')
    assert quote_speakers(text) == ["Jack Lew"]
    # the author named after the noun wrote the words, not the sentence's subject
    text = ('The New York Times on Tuesday published a letter by Brett Kavanaugh instructing friends to "warn the '
            'neighbors that we are loud."')
    assert quote_speakers(text) != ["New York Times"]


def test_a_headline_that_opens_with_a_person_and_a_verb_of_saying_or_a_colon(quote_speakers: Speakers) -> None:
    assert quote_speakers("Ted Cruz Knocks ‘Campaign Conservatives’ in New Hampshire\n\nSen. Ted Cruz of Texas "
                          "spoke on Monday.") == ["Ted Cruz"]
    assert quote_speakers("Trump on Coming Debt Crisis: ‘I Won’t Be Here’ When It Blows Up\n\nDonald Trump’s aides "
                          "have tried to convince him.") == ["Donald Trump"]
    # a title of a work, a headline with no verb of saying and a quotation in the body stay as before
    assert quote_speakers('Trump Slams Netflix Show "House of Cards" In New Rant\n\nPresident Donald Trump '
                          'spoke.') == []
    assert quote_speakers("NYU Newspaper Pulls Ad for Lowry’s Book Out of Concern It Might ‘Marginalize People of "
                          "Color’\n\nRich Lowry wrote a book.") == []


def test_a_dateline_with_a_state_abbreviation_and_state_before_a_title(quote_speakers: Speakers) -> None:
    text = ('SALEM, Ore. — Gov. Tina Kotek on Thursday signed the package, calling it "the most important '
            'investment in a generation."')
    assert quote_speakers(text) == ["Tina Kotek"]
    text = ('TOPEKA, Kan. — According to state Education Commissioner Laura Benning, the standards will "put phonics '
            'back at the center of every classroom."')
    assert quote_speakers(text) == ["Laura Benning"]
    # "state" as a verb before a weekday or after an auxiliary stays a verb
    text = 'Officials will state Tuesday that the plan is "dead on arrival."'
    assert quote_speakers(text) == ["Officials"]


def test_a_name_that_is_a_prepositions_object_is_no_who_clause_subject(quote_speakers: Speakers) -> None:
    text = 'A spokesman for Gov. Kathy Hochul in Albany, who said the plan was "dead on arrival," left early.'
    assert quote_speakers(text) != ["Kathy Hochul"]
