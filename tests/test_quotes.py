"""Quotes with speakers and reporting verbs; scare quotes apart from real quotes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing import Analyzer, Document
from framing.analysis import Quote
from framing.scorers.quotes import find_quotes, source_counts
from framing.scorers.reporting import verb_kind

from .conftest import DATA

LABELS = DATA / "devices" / "labels.tsv"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorers=["lexicon", "devices"], lexicons=[LABELS], builtin_lexicons=False)

@pytest.fixture
def position_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scare-quote decision as the position rule alone (scare.scare_position), as it was before the shipped
    model narrowed it: the tests that use it check which phrases reach that decision (the gates before it)."""
    import framing.scorers.quotes as quotes_mod
    from framing.scorers.scare import scare_position

    monkeypatch.setattr(quotes_mod, "is_scare_quote",
                        lambda doc, qs, qe, inner, **_: scare_position(doc, qs, qe, inner))


def _q(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text, q.speaker, q.verb, q.verb_kind) for q in quotes]


def test_quote_spanning_two_sentences_with_speaker_after(analyzer: Analyzer) -> None:
    text = '"We will win. The people are with us," Nicolás Maduro said on Monday.'
    a = analyzer.analyze(text)
    assert _q(a.quotes) == [('"We will win. The people are with us,"', "Nicolás Maduro", "said", "neutral")]
    assert a.scare_quotes == ()


def test_scare_quote_next_to_a_real_quote(analyzer: Analyzer, position_rule: None) -> None:
    text = ('"It is a lie," said Sen. Marco Rubio. The government signed a “strategic partnership” '
            "with Russia.")
    a = analyzer.analyze(text)
    assert _q(a.quotes) == [('"It is a lie,"', "Marco Rubio", "said", "neutral")]
    assert [s.text for s in a.scare_quotes] == ["“strategic partnership”"]
    assert a.scores["scare_quotes_count"] == 1 and a.scores["quotes_count"] == 1


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "kind"),
    [
        ('Maduro told reporters: "Nothing will change."', "Maduro", "told", "neutral"),
        ('"We never agreed," the minister claimed.', "the minister", "claimed", "hedged"),
        ('The opposition leader admitted the plan was "a mistake".', "The opposition leader", "admitted",
         "factive"),
        ('He insisted, "We may still win the vote."', "He", "insisted", "loaded"),
        ('According to the ministry, "the talks failed."', "the ministry", "According to", "neutral"),
        ('"The vote was stolen," the senator slammed.', "the senator", "slammed", "loaded"),
    ],
)
def test_speaker_and_verb_kind(analyzer: Analyzer, text: str, speaker: str, verb: str, kind: str) -> None:
    a = analyzer.analyze(text)
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert (q.speaker, q.verb, q.verb_kind) == (speaker, verb, kind)
    assert a.text[q.start : q.end] == q.text


def test_pronoun_speaker_resolves_to_last_person_and_continuation(analyzer: Analyzer) -> None:
    text = ('Amarjit Singh knew him at school. “Everyone seemed to like him,” he said. “Smart, funny, humble.”\n\n'
            "“Nobody saw it coming.”")
    a = analyzer.analyze(text)
    # a lone quotation paragraph right after the speaker's attributed quotation and its continuation in the same
    # paragraph goes on in that voice, as the gold guideline of quotes_README.md reads it (the rules, session 17)
    assert [q.speaker for q in a.quotes] == ["Amarjit Singh", "Amarjit Singh", "Amarjit Singh"]
    counts = source_counts(a.quotes)
    assert counts["Amarjit Singh"]["quotes"] == 3 and counts["Amarjit Singh"]["neutral"] == 1
    # ... but not after other sentences of the writer's (rules only): a missing speaker, not a guessed one
    other = text.replace("\n\n", "\n\nThe town was quiet. Nobody spoke of it.\n\n")
    assert [q.speaker for q in analyzer.analyze(other).quotes] == ["Amarjit Singh", "Amarjit Singh", None]
    assert source_counts(analyzer.analyze(other).quotes)["(unattributed)"]["quotes"] == 1
    # the learned ranker (opt-in) continues it, as the gold guideline of quotes_README.md reads it ...
    doc = Document(text)
    ranked, _, _ = find_quotes(doc, a.spans, a.actors, rank_speakers=True)
    assert [q.speaker for q in ranked] == ["Amarjit Singh", "Amarjit Singh", "Amarjit Singh"]
    # ... but not after other sentences of the writer's
    other = text.replace("\n\n", "\n\nThe town was quiet. Nobody spoke of it.\n\n")
    b = analyzer.analyze(other)
    ranked, _, _ = find_quotes(Document(other), b.spans, b.actors, rank_speakers=True)
    assert [q.speaker for q in ranked] == ["Amarjit Singh", "Amarjit Singh", None]


def test_titles_in_quotes_are_neither_quotes_nor_scare_quotes(analyzer: Analyzer) -> None:
    a = analyzer.analyze('"Orange Is the New Black" star Yael Stone is leaving.')
    assert a.quotes == () and a.scare_quotes == ()


def test_short_attributed_phrase_is_a_quote_not_a_scare_quote(analyzer: Analyzer) -> None:
    a = analyzer.analyze('Officials said the plan was "dead on arrival" after the vote.')
    assert len(a.quotes) == 1 and a.scare_quotes == ()


def test_scores(analyzer: Analyzer, position_rule: None) -> None:
    # (the position rule decides the scare quote: the shipped model lists none since session 15; the count is tested)
    text = '"A," Ann Lee said. "B," Bo Chan claimed. "C," Ann Lee admitted. They passed the so-called "reform".'
    a = analyzer.analyze(text)
    assert a.scores["quotes_count"] == 3
    assert a.scores["quotes_loaded_verb_share"] == pytest.approx(2 / 3)
    assert a.scores["quotes_sources_count"] == 2
    assert a.scores["quotes_top_source_share"] == pytest.approx(2 / 3)
    assert a.scores["scare_quotes_count"] == 1


def test_verb_kind_precedence() -> None:
    assert verb_kind("claimed", "attribution_loaded") == "hedged"
    assert verb_kind("admitted", "attribution_loaded") == "factive"
    assert verb_kind("slammed", "attribution_loaded") == "loaded"
    assert verb_kind("said") == "neutral"
    assert verb_kind("walked") is None


def test_no_quotes() -> None:
    from framing.document import Document

    assert find_quotes(Document("Nothing quoted here.")) == ([], [], [])
    assert find_quotes(Document("")) == ([], [], [])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", "said", "Maduro", "the", "a lie", ",", ".", "\n\n", "claimed",
                                 "According to", "he", "strategic partnership"]), max_size=30))
def test_offsets_invariant(words: list[str]) -> None:
    from framing.document import Document

    text = " ".join(words)
    quotes, scares, verbs = find_quotes(Document(text))
    for q in quotes:
        assert text[q.start : q.end] == q.text
    for s in scares:
        assert text[s.start : s.end] == s.text
    for v in verbs:
        assert text[v.start : v.end] == v.text
    spans = sorted([(q.start, q.end) for q in quotes] + [(s.start, s.end) for s in scares])
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # a quote or a scare quote, never both


@pytest.mark.parametrize("text,speaker", [
    ('Warren, a progressive firebrand, said the bill was "a giveaway to the rich."', "Warren"),
    ('Guaidó, who is backed by Washington, said, "We will not stop."', "Guaidó"),
    ('The senator, a Republican, claimed: "This is theft."', "The senator"),
    ('Maduro, 62, said: "The empire has failed."', "Maduro"),
    ('"We will prevail," Xi Jinping, the Chinese leader, said.', "Xi Jinping"),
])
def test_speaker_before_an_appositive_or_relative_clause(text: str, speaker: str) -> None:
    (q,) = framing.analyze(text, scorers=["lexicon", "devices"]).quotes
    assert q.speaker == speaker


def test_a_comma_clause_that_is_not_an_appositive_keeps_its_speaker() -> None:
    # "critics said" is a parenthetical with its own subject: the speaker is "critics", not "The plan"
    (q,) = framing.analyze('The plan, critics said, was "a land grab."', scorers=["lexicon", "devices"]).quotes
    assert q.speaker == "critics"


def test_continued_quote_after_an_abbreviated_title_keeps_the_speaker() -> None:
    text = '"It is a disgrace," said Dr. Anthony Fauci. "A total disgrace."'
    q1, q2 = framing.analyze(text, scorers=["lexicon", "devices"]).quotes
    assert q1.speaker == q2.speaker == "Anthony Fauci"
    # two real sentences in between: a new, unattributed voice
    text = '"It is a disgrace," said Dr. Anthony Fauci. Others left. Then it rained. "A total disgrace."'
    q1, q2 = framing.analyze(text, scorers=["lexicon", "devices"]).quotes
    assert q1.speaker == "Anthony Fauci" and q2.speaker is None


def test_british_single_quotes_are_quotes_and_scare_quotes(position_rule: None) -> None:
    a = framing.analyze("‘We will win,’ Maduro said. The government ended the ‘illegal’ sanctions on Monday.",
                        scorers=["lexicon", "devices"])
    assert [(q.text, q.speaker, q.verb) for q in a.quotes] == [("‘We will win,’", "Maduro", "said")]
    assert [s.text for s in a.scare_quotes] == ["‘illegal’"]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.verb) for q in framing.analyze(text).quotes]


def test_speaker_named_before_of_a_place_is_the_head() -> None:
    text = ('Prime Minister Sofia Brandt of neighbouring Costa Verde, a steadfast ally, said her government was '
            '"deeply concerned" about the seizure.')
    assert _speakers(text) == [("Sofia Brandt", "said")]
    assert _speakers('"We will fight this," said Ana Ruiz of the Civic Alliance.') == [("Ana Ruiz", "said")]
    # without actors, the words before "of"
    quotes, _, _ = find_quotes(framing.Document(text))
    assert quotes[0].speaker == "Prime Minister Sofia Brandt"


def test_of_inside_a_title_or_after_a_common_noun_is_kept_or_left() -> None:
    assert _speakers('The Secretary of State said the talks were "productive and frank."') == [
        ("The Secretary of State", "said")]
    assert _speakers('The head of the agency said on Monday: "We will review it all carefully."') == [
        ("The head of the agency", "said")]
    # the quote ends the phrase after it: "out of the Islamic State" is no speaker
    text = 'Grant Miller spoke. He vowed to \u201cbomb the hell\u201d out of the Islamic State while leaving.'
    assert _speakers(text) == [("Grant Miller", "vowed")]


def test_auxiliaries_and_adverbs_before_the_verb_are_not_the_speaker() -> None:
    assert _speakers('The government has said it will pay "a fair price," but not when.') == [
        ("The government", "said")]
    assert _speakers('Maria Ortiz had previously told reporters the plan was "a disaster."') == [
        ("Maria Ortiz", "told")]


def test_names_that_look_like_auxiliaries_or_adverbs_stay_in_the_speaker() -> None:
    for text, speaker in [('Columnist George Will said the ruling was "a travesty of justice."',
                           "Columnist George Will"),
                          ('Megyn Kelly said the debate was "a circus."', "Megyn Kelly")]:
        quotes, _, _ = find_quotes(framing.Document(text))
        assert quotes[0].speaker == speaker


def test_adjacency_of_quotes_is_bounded_on_long_words() -> None:
    import time

    text = '"A," said Ana. ' + "x" * 40_000 + '. "B."'
    t0 = time.monotonic()
    q1, q2 = framing.analyze(text, scorers=["lexicon", "devices"]).quotes
    assert q1.speaker == "Ana" and q2.speaker is None and time.monotonic() - t0 < 5


# --- issue 15: attribution on both sides, pronouns, partial quotes, names, scare quotes as evidence ---


def test_question_quote_with_speaker_after(analyzer: Analyzer) -> None:
    (q,) = analyzer.analyze('"Have you gone today?" Bachmann asked.').quotes
    assert (q.speaker, q.verb) == ("Bachmann", "asked")
    (q,) = analyzer.analyze('"Why now?" asked Senator Ana Ruiz.').quotes
    assert q.speaker == "Ana Ruiz"


def test_a_full_stop_inside_the_quote_still_ends_the_sentence(analyzer: Analyzer) -> None:
    q1, q2 = analyzer.analyze('"We are done." Nicolás Maduro left the room. "Goodbye," he said.').quotes
    assert q1.speaker is None and q2.speaker == "Nicolás Maduro"


def test_pronoun_resolves_to_the_compatible_person() -> None:
    text = ('Rep. Michelle Bachmann spoke first. Then Tom Lee met reporters. "We will win," she said.\n\n'
            'Mr. Okafor listened while Anna Diaz spoke. "It is a mistake," he said.')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Michelle Bachmann", "Okafor"]


def test_pronoun_prefers_the_speaker_who_opens_the_sentence() -> None:
    text = ('Paul Manafort said he did not know where Donald Trump got the idea. "I never met them," he said.')
    (q,) = framing.analyze(text).quotes
    assert q.speaker == "Paul Manafort"


def test_a_noun_is_not_read_as_a_reporting_verb() -> None:
    assert _speakers('The report said the economy was "in free fall."') == [("The report", "said")]
    assert _speakers('"The economy is in free fall," the report said.') == [("the report", "said")]
    # "charges" after a noun is no verb: the quote keeps no false speaker
    (q,) = framing.analyze('He was held on drug charges "for reasons unknown" by the sheriff.').quotes \
        or (None,)
    assert q is None or q.speaker != "drug"


def test_speaker_phrases_are_never_dates_numbers_or_fragments() -> None:
    from framing.document import Document
    from framing.scorers.speaker_phrase import clean_speaker

    def clean(text: str, phrase: str) -> str | None:
        doc = Document(text)
        s = text.index(phrase)
        sp = clean_speaker(doc, s, s + len(phrase))
        return None if sp is None else text[sp[0] : sp[1]]

    assert clean("July 20 said", "July 20") is None
    assert clean("the said", "the") is None
    assert clean("Columbus is the state's third-largest city", "is the state's third-largest") is None
    assert clean("Maria Ortiz Tuesday said", "Maria Ortiz Tuesday") == "Maria Ortiz"
    assert clean("On Monday the minister said", "Monday the minister") == "the minister"
    assert clean("the report said", "the report") == "the report"


def test_partial_quotes_in_an_attributed_sentence_share_its_speaker(analyzer: Analyzer) -> None:
    a = analyzer.analyze('The agency said the plan was "reckless" and "dangerous" for the region.')
    assert [(q.speaker, q.verb) for q in a.quotes] == [("The agency", "said"), ("The agency", "said")]
    assert a.scare_quotes == ()
    a = analyzer.analyze('The alliance will form a "spearhead" force, NATO chief Anders Rasmussen said.')
    assert [q.speaker for q in a.quotes] == ["Anders Rasmussen"] and a.scare_quotes == ()


def test_evaluative_naming_verbs_attribute_a_partial_quote() -> None:
    (q,) = framing.analyze('Justice Ruth Ginsburg called the ruling "egregiously wrong."').quotes
    assert q.speaker == "Ruth Ginsburg"


def test_names_of_shows_events_and_cited_terms_are_neither_quotes_nor_scare_quotes(analyzer: Analyzer) -> None:
    for text in ('She told the story on "Today" last week.',
                 'Fans lined up for "Chick-fil-A Appreciation Day" in Atlanta.',
                 'Lenders use a practice known as "default to proceed."',
                 'His new bestseller, "The Liberty Amendments," sold well.'):
        a = analyzer.analyze(text)
        assert a.quotes == () and a.scare_quotes == (), text


def test_scare_quotes_only_where_the_writer_keeps_a_distance(analyzer: Analyzer) -> None:
    a = analyzer.analyze('The so-called "experts" were wrong about the "reforms" again.')
    # issue 15 (session 14): a phrase in a scare-quote position by a determiner alone ("the "reforms"") is no longer
    # shown (the position rule was right about half the time on unseen news); session 15: nor after "so-called"
    # alone (it names a standard term 34 of 41 times on development lines 0-1999), yet neither is a quotation
    assert a.scare_quotes == ()
    assert [q.text for q in a.quotes] == []
    # an unattributed short phrase in no scare-quote position is neither (a cited term)
    a = analyzer.analyze('The court weighed the principle of "professionalism" today.')
    assert a.scare_quotes == () and a.quotes == ()
    # a named speaker opening the clause: more likely their words than the writer's distance
    a = analyzer.analyze('Steven Mnuchin dismissed the figures as "details" on Sunday.')
    assert a.scare_quotes == ()


def test_scare_quotes_are_no_loaded_evidence() -> None:
    # session 15 (issue 12, precision first): the phrase after "so-called" was judged loaded 3 of 14 times on blind
    # sheets; it no longer adds a scare_quote span, and loaded_index and loaded_count equal the unquoted text's
    text = 'The so-called "experts" gathered in the hall to discuss the budget for next year.'
    plain = 'The so-called experts gathered in the hall to discuss the budget for next year.'
    an = Analyzer(scorers=["lexicon", "devices"], builtin_lexicons=False)
    a, b = an.analyze(text), an.analyze(plain)
    assert [s for s in a.spans if s.category == "scare_quote"] == []
    assert a.scores["scare_quotes_loaded_count"] == 0
    assert a.scores["loaded_index"] == b.scores["loaded_index"]
    assert a.scores["loaded_count"] == b.scores["loaded_count"]


def test_a_quotation_paragraph_continues_the_last_speaker() -> None:
    text = ('"This decision sends a clear message," Rasmussen said at the summit.\n\n'
            '"And it sends a message to any aggressor."')
    q1, q2 = framing.analyze(text, scorers=["lexicon", "devices"]).quotes
    assert q1.speaker == q2.speaker == "Rasmussen" and q2.verb is None


def test_reopened_quotation_after_a_colon_paragraph() -> None:
    text = 'In his statement, Governor Nathan Reyes said:\n\n"In light of our history, I find it ironic."'
    (q,) = framing.analyze(text, scorers=["lexicon", "devices"]).quotes
    assert q.speaker == "Nathan Reyes"


def test_embedded_tweet_signature_names_the_author() -> None:
    text = '"We will not back down." #Vote — George Gascón (@GeorgeGascon) January 30, 2020'
    (q,) = framing.analyze(text, scorers=["lexicon", "devices"]).quotes
    assert q.speaker == "George Gascón" and q.verb is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", "said", "Maduro", "the", "so-called", "experts", ",", ".",
                                 "\n\n", "asked", "?", "he", "she", "called", "a", "Today"]), max_size=30))
def test_scare_quote_evidence_keeps_the_offset_invariant(words: list[str]) -> None:
    text = " ".join(words)
    a = Analyzer(scorers=["lexicon", "devices"], builtin_lexicons=False).analyze(text)
    for s in a.spans:
        assert text[s.start : s.end] == s.text
    scare = {(s.start, s.end) for s in a.scare_quotes}
    for s in a.spans:
        if s.category == "scare_quote":
            assert (s.start, s.end) in scare and s.weight > 0


def test_headline_colon_names_the_speaker() -> None:
    (q,) = framing.analyze('Senator Jane Holt on the budget: "We warned them for years"\n\nThe vote is today.',
                           scorers=["lexicon", "devices"]).quotes
    assert q.speaker == "Jane Holt"


def test_clause_subjects_for_coordinated_and_infinitive_verbs() -> None:
    text = ('Reporter Dana Whitfield skipped the memo, blamed critics for using it to "stoke anger" and claimed '
            'the "worst part" was the leak.')
    assert {q.speaker for q in framing.analyze(text).quotes} == {"Dana Whitfield"}
    text = ('Leader Ana Ruiz left early, while Senator Tom Okafor took to the floor to say the plan was '
            '"not right."')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Tom Okafor"]


def test_passive_participles_and_determiner_subjects() -> None:
    # "is charged" reports nobody's words; "The study estimates" is a verb after its subject
    text = 'If the officer is charged, the question is whether he had "reasonable" fear.'
    assert all(q.speaker != "If the officer" for q in framing.analyze(text).quotes)
    text = 'The study estimates the rate is "at least ten times higher than before."'
    assert _speakers(text) == [("The study", "estimates")]


def test_pronoun_falls_back_to_a_titled_name_and_text_subjects_read() -> None:
    text = ('Under pressure, Gov. Nathan Reyes announced Monday he will veto a bill.\n\n'
            '"We will not discriminate," he said.')
    assert [q.speaker for q in framing.analyze(text, scorers=["lexicon", "devices"]).quotes] == ["Nathan Reyes"]
    text = 'The office issued a note.\n\n"The governor will continue to set the record straight," it read.'
    assert [q.verb for q in framing.analyze(text, scorers=["lexicon", "devices"]).quotes] == ["read"]


def test_speaker_right_after_the_quote_before_a_reduced_clause() -> None:
    text = '"That would escalate things," one official briefed on the investigation said.'
    assert _speakers(text) == [("one official", "said")]


def test_a_short_quote_in_a_named_subjects_clause_is_their_quotation() -> None:
    text = ('Chief Justice John Roberts spoke about calling "balls and strikes" while Justice Sonia Sotomayor '
            'detailed the "human consequences" of her decisions.')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["John Roberts", "Sonia Sotomayor"]
    # a quotation that is the predicate of the name before it
    a = framing.analyze('Pope Francis "begged for forgiveness" on Sunday.')
    assert [q.speaker for q in a.quotes] == ["Francis"] and a.scare_quotes == ()


def test_a_name_used_as_a_modifier_or_an_object_is_no_speaker() -> None:
    # "Trump backers": the name modifies a noun; neither the speaker nor the writer's scare quote
    a = framing.analyze('President Donald Trump spoke. During the same period, Trump backers with a "very unfavorable" '
                        'view of the NFL rose.')
    assert a.quotes == () and a.scare_quotes == ()
    # the object of a preposition is not the clause's subject
    a = framing.analyze('The folks who voted for Donald Trump are tired of the "experts" in Washington.')
    assert [q.speaker for q in a.quotes] in ([], [None])


def test_a_pronoun_with_a_verb_of_saying_or_thinking_attributes_a_short_quote(position_rule: None) -> None:
    text = ('Neil Gorsuch spoke in February. Through a spokesperson he made it clear that he thought such attacks '
            'were "disheartening," but now he might have to answer.')
    a = framing.analyze(text)
    assert [q.speaker for q in a.quotes] == ["Neil Gorsuch"] and a.scare_quotes == ()
    # a pronoun without such a verb leaves the writer's scare quote
    a = framing.analyze('James Comey testified in June. He showed up not to defend an "independent" FBI.')
    assert [s.text for s in a.scare_quotes] == ['"independent"']


def test_a_document_that_says_or_commits_is_the_speaker_of_a_short_quote() -> None:
    a = framing.analyze('The deal committed the interim government to negotiating a "comprehensive peace" soon.')
    assert [q.speaker for q in a.quotes] == ["The deal"] and a.scare_quotes == ()
    # a document that only protects or holds something does not speak
    a = framing.analyze('Workers rallied. The 1935 law protects "concerted activities" by workers.')
    assert a.quotes == ()


def test_a_parenthesis_or_pasted_link_text_between_name_and_verb_is_skipped() -> None:
    text = ('Rep. Adam Schiff (D-Calif.) called the plan "a disaster" today.\n\n'
            'Sen. Jeff Flake Jeffrey (Jeff) Lane FlakeFlake tells GOP: Trump does not deserve reelection MORE '
            '(R-Az.) called the ad "sickening" and left.')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Adam Schiff", "Jeff Flake"]
    # a parenthesis that is not between the name and the verb changes nothing
    text = 'The senators (all of them) said the plan was "a disaster" today.'
    assert [q.speaker for q in framing.analyze(text).quotes] == ["The senators"]


def test_video_boxes_are_no_actors() -> None:
    text = ("Rasmussen spoke on Friday.\n\nJUST WATCHED What NATO needs to do Replay More Videos ... MUST WATCH "
            "What NATO needs to do 04:02\n\nHe said NATO members also \"stand ready to assist Iraq\" now.")
    a = framing.analyze(text)
    assert not any("Replay" in x.name for x in a.actors)
    assert [q.speaker for q in a.quotes] == ["Rasmussen"]


def test_a_speaker_after_the_quote_with_a_party_parenthesis_and_a_relative_clause() -> None:
    text = '"It may be the only remedy," Rep. Adam Schiff (D-CA), who chairs the committee, said on Sunday.'
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Adam Schiff"]
    # a parenthesis that closes the sentence ends the search
    text = '"It may be the only remedy," he wrote (in 2019). Adam Schiff said nothing.'
    assert [q.speaker for q in framing.analyze(text).quotes] != ["Adam Schiff"]


def test_he_resolves_to_a_person_known_by_one_name_named_again_with_a_possessive() -> None:
    text = ('President Trump spoke. "It is hard," said Dov Zakheim, a former official.\n\n'
            'Trump\'s White House is a drama. "I like conflict," he said Tuesday.')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Dov Zakheim", "Trump"]


def test_a_law_referred_to_as_it_and_a_term_of_jargon_are_no_scare_quotes(position_rule: None) -> None:
    a = framing.analyze('It is essentially the same law.\n\nIt requires that "agents of foreign principals" register.')
    assert a.scare_quotes == () and len(a.quotes) == 1
    a = framing.analyze('It was, in the jargon of the time, a "milk run" for the crew.')
    assert a.scare_quotes == () and a.quotes == ()
    # without a document before it, "it" + verb is still the writer's scare quote
    a = framing.analyze('The storm passed.\n\nIt requires the "experts" to agree.')
    assert [s.text for s in a.scare_quotes] == ['"experts"']


def test_a_region_left_open_by_a_stray_mark_is_no_scare_quote() -> None:
    text = 'Also, the “CPD director asserted officials are “permitted to wear multiple hats.”'
    a = framing.analyze(text)
    assert a.scare_quotes == ()


def test_the_name_between_commas_after_a_role_is_the_speaker() -> None:
    assert _speakers('A spokeswoman for Amazon, Jane Doe, said: "We disagree with the ruling."')[0][0] == "Jane Doe"
    assert _speakers('"We disagree," a spokeswoman for Amazon, Jane Doe, said.')[0][0] == "Jane Doe"
    # a name before the first comma stays the speaker
    assert _speakers('Warren, Massachusetts Democrat, said: "We disagree with the ruling."')[0][0] == "Warren"


def test_participles_discourse_adverbs_and_parenthetical_pronouns_in_speaker_phrases() -> None:
    # a participle right after the quotation: its subject opens the sentence, not the words after it
    assert _speakers('Canada said on Twitter it welcomes citizens "of all sexual orientations," adding the '
                     'hashtag #Diversity.')[0][0] == "Canada"
    # "though" between commas is no speaker
    assert _speakers('On Friday, though, Trump proclaimed the operation a success, arguing that "it has been '
                     'incredible."')[0][0] == "Trump"
    # "she adds" set off by commas: the pronoun, not "she adds"
    assert _speakers('The fact that they left, she adds, suggests they were "uncomfortable with this."')[0][0] \
        == "she"


def test_attributions_after_an_abbreviation_a_stray_full_stop_and_a_comma_inside_the_marks() -> None:
    assert _speakers('"We are behind," Isom, who is a former St. Louis police chief, said last month.')[0][0] \
        == "Isom"
    assert _speakers('"I would not lose any voters." Trump said at a campaign event in Iowa.')[0][0] == "Trump"
    assert _speakers('He left before "hitting the same car again as he left the scene," according to a police '
                     'statement.') == [("a police statement", "according to")]
    # a sentence that really ends: the next one's subject is not the speaker
    assert _speakers('"We will win." Trump supporters cheered.')[0][0] is None


def test_speakers_after_initials_possessive_organisations_and_adverbial_openers() -> None:
    assert _speakers('"This is turmoil," Ted Olson, a George W. Bush administration solicitor general, told NBC '
                     'on Monday.')[0][0] == "Ted Olson"
    assert _speakers('Greenpeace spoke. "We are going to push," says Greenpeace\'s Phil Radford.')[0][0] \
        == "Phil Radford"
    assert _speakers('Less than a week after announcing it, personal Trump attorney Jay Sekulow had to walk back '
                     'the announcement, saying the two had "conflicts" with clients.')[0][0] == "Jay Sekulow"
    assert _speakers('Joe Biden spoke. It was not the "big deal" that he proclaimed it to be.')[0][0] == "Joe Biden"


def test_state_as_a_noun_parentheses_before_a_comma_and_plural_possessives() -> None:
    assert _speakers('"This is a dark day," Brad Hoylman, the sole openly gay state senator, said as he left.') \
        == [("Brad Hoylman", "said")]
    assert _speakers('We state that "this is wrong" plainly.') == [("We", "state")]
    assert _speakers('Former Sens. Bob Kerrey (D-Neb.) and John Edwards (D-N.C.), warned it could "look more '
                     'gimmicky than real."')[0][0] == "John Edwards"
    assert _speakers('"There is no doubt," said House Veterans\u2019 Affairs Committee Chairman Jeff Miller, '
                     'Florida Republican.')[0][0] == "Jeff Miller"
    assert _speakers('Praising the bill, House Minority Leader Nancy Pelosi, California Democrat, said "no veteran '
                     'should wait."')[0][0] == "Nancy Pelosi"


def test_the_words_after_told_are_its_object_not_the_speaker() -> None:
    assert _speakers('"We will be there," Shannon Bream, host of the show, told viewers.')[0][0] == "Shannon Bream"
    assert _speakers('"We planned it," the host, a veteran of the show, explained, and then told viewers.')[0][0] \
        != "viewers"
    assert _speakers('"It was fine," said Smith.')[0][0] == "Smith"


def test_a_full_quotation_introduced_without_a_colon() -> None:
    assert _speakers('Senator Jane Smith wrote in a letter to the agency "This is unacceptable and must stop '
                     'now."')[0][0] == "Jane Smith"
    assert _speakers('Donald Trump spoke. The president told reporters "I never said that, and I never will."')[0][1] \
        == "told"
    # a title after a naming verb, or words with a comma between, are no such introduction
    assert _speakers('Judge has written several books, including one titled "Wasted: Tales of a Gen X Drunk, '
                     'Volume One and Two."')[0][0] is None


def test_a_participle_goes_with_the_pronoun_clause_right_before_it() -> None:
    text = ('Maxine Waters spoke. Judicial Watch sent a letter calling for an inquiry into remarks she made in Los '
            'Angeles telling supporters to "push back" on officials.')
    assert _speakers(text)[0][0] == "Maxine Waters"
    # after a comma the participle belongs to the sentence's subject
    assert _speakers('Rasmussen toned down his remarks, saying he would "stand ready" soon.')[0][0] == "Rasmussen"


def test_a_role_subject_with_a_name_in_apposition_before_a_participle() -> None:
    text = ('A Georgia legislator who supported HB 757, state Sen. Mike Crane, called for a special session, saying '
            'it is an example of "the political class."')
    assert _speakers(text)[0][0] == "Mike Crane"
    # no name in apposition: the role phrase stays the speaker
    assert _speakers('A Texas judge, in a ruling, said the law was "unconstitutional" today.')[0][0] \
        == "A Texas judge"


def test_states_after_a_determiner_or_preposition_is_the_noun_not_a_reporting_verb() -> None:
    text = 'In other states "tough on crime" rhetoric is fading.'
    assert all(q.verb != "states" for q in framing.analyze(text).quotes)
    # near case: the verb after a document noun still attributes the quotation
    text = 'The report states "there is no evidence of fraud in the count."'
    assert [q.verb for q in framing.analyze(text).quotes] == ["states"]


def test_a_possessor_of_a_speech_noun_is_the_speaker_of_a_partial_quote() -> None:
    text = "Jane Roe spoke first. Tom Hale's claim that the mayor was \"badly misled\" drew scorn."
    assert _speakers(text)[-1][0] == "Tom Hale"
    text = 'The fight went on, in Tom Hale\'s words, until "the last dog dies," in Jane Roe\'s words.'
    assert _speakers(text)[-1][0] == "Jane Roe"
    # near case: the possessive is the object of someone else's verb: the subject is the speaker
    text = "Jane Roe called Tom Hale's remarks \"kind of appalling\" on Monday."
    assert _speakers(text)[-1][0] != "Tom Hale"
    # near case: a noun between the possessor and the speech noun ("Hale's lawyers claim"): not Hale
    text = "But Tom Hale's lawyers claim that emails \"clearly show that he advised the board\" of it."
    assert _speakers(text)[-1][0] != "Tom Hale"


def test_a_description_such_as_the_california_democrat_renames_the_person_not_the_party() -> None:
    text = ('House Minority Leader Nancy Pelosi appeared with Democratic leaders.\n\n'
            '"It is pretty exciting for us," the California Democrat said.')
    assert _speakers(text)[0][0] == "Nancy Pelosi"
    # near case: an unnamed "a Democrat" before it: the description is that person, not Pelosi
    text = ('House Minority Leader Nancy Pelosi spoke. A Democrat cited the polls.\n\n'
            '"Polling here is hard," the Democrat said.')
    assert _speakers(text)[0][0] != "Nancy Pelosi"


def test_the_name_before_a_party_parenthesis_and_an_appositive_is_the_speaker() -> None:
    text = 'Rep. Tom Reed (R-N.Y.), a key Trump ally, summarized the week with one word: "Firehose."'
    assert _speakers(text)[0][0] == "Tom Reed"
    # near case: without the parenthesis the name was already found, and still is
    assert _speakers('Tom Reed, a key Trump ally, said: "It is a firehose."')[0][0] == "Tom Reed"


def test_a_partial_quote_goes_to_the_subject_of_a_verb_of_saying_or_judging_in_its_clause(position_rule: None) -> None:
    # the nearest finite verb of saying, judging or naming (report verbs of Recasens et al. 2013, Levin classes)
    a = framing.analyze('Lower courts ruled that Buck lacked the "extraordinary circumstances" needed to reopen it.')
    assert [(q.speaker, q.verb) for q in a.quotes] == [("Lower courts", "ruled")] and a.scare_quotes == ()
    a = framing.analyze("In the debate in which Hillary Clinton rebuked Donald Trump for refusing to concede the "
                        'result, she attacked her rival as "Putin\'s puppet" and left.')
    assert [(q.speaker, q.verb) for q in a.quotes] == [("Hillary Clinton", "attacked")]  # not the infinitive
    # not a passive, not a phrasal verb of another sense: the writer's scare quote stays
    a = framing.analyze('Surrogates are then reminded that in November a "strategic decision" was made.')
    assert a.quotes == () and [s.text for s in a.scare_quotes] == ['"strategic decision"']


def test_a_run_on_partial_quote_is_not_attributed_by_a_verb_of_a_later_clause() -> None:
    a = framing.analyze('President Obama said Thursday he was "sorry" Americans are losing plans he repeatedly said '
                        "they could keep.")
    assert [q.speaker for q in a.quotes] == ["Obama"]
    # a verb right after a quotation that closes its clause still attributes it
    a = framing.analyze('The plan is "a disaster," said Chuck Schumer.')
    assert [q.speaker for q in a.quotes] == ["Chuck Schumer"]


def test_an_attribution_is_not_shared_across_a_while_clause() -> None:
    a = framing.analyze('Chief Justice John Roberts spoke about calling "balls and strikes" while Justice Sonia '
                        'Sotomayor detailed the "human consequences" of her decisions.')
    assert [q.speaker for q in a.quotes] == ["John Roberts", "Sonia Sotomayor"]
    a = framing.analyze('John Roberts spoke about "balls and strikes" and the "limited role" of the court.')
    assert [q.speaker for q in a.quotes] == ["John Roberts", "John Roberts"]


def test_a_speaker_phrase_is_the_name_not_what_follows_its_comma_or_a_dateline() -> None:
    cases = [
        ('Hungary elected its own strongman, Viktor Orbán, who explicitly praises "illiberal democracy." Poland '
         "did too.", "Viktor Orbán"),
        ('Sen. Lindsey Graham, R-S.C, who supported the amendment, said "our proposal would represent the most '
         'significant change to immigration law."', "Lindsey Graham"),
        ("NEW YORK — Hillary Clinton’s campaign is coming under fire for saying she simply got “overheated” at "
         "the memorial.", "Hillary Clinton’s campaign"),
        ("“You know you’re not telling the truth here,” a visibly frustrated Biden told Ramos.", "Biden"),
    ]
    for text, speaker in cases:
        assert [q.speaker for q in framing.analyze(text).quotes] == [speaker], text
    # a lone relative pronoun with no name before it names no one
    a = framing.analyze('Those who explicitly praise "illiberal democracy" are few.')
    assert all(q.speaker != "who explicitly" for q in a.quotes)


def test_a_reporting_noun_after_a_preposition_is_no_verb() -> None:
    a = framing.analyze('Leaving no doubt who is in charge, Megyn Kelly steers the interviews, cutting guests off '
                        'for being "boring" on air.')
    assert all(q.speaker != "Leaving" for q in a.quotes)
    a = framing.analyze('He was arrested on drug charges and released "for reasons unknown" in 1998.')
    assert [q.verb for q in a.quotes] in ([], [None])


def test_a_parenthetical_attribution_inside_the_sentence_covers_its_quotes() -> None:
    a = framing.analyze("That is why he stepped aside. It is “absurd” to suggest otherwise, Jeff Sessions said, or "
                        "that a recusal proves anything.")
    assert [(q.speaker, q.verb) for q in a.quotes] == [("Jeff Sessions", "said")] and a.scare_quotes == ()
    # a relative clause is no parenthetical attribution
    from framing.document import Document
    from framing.scorers.quote_attribution import _inner_attribution

    text = 'The plan, which aides say works, is a "reform" in name only.'
    doc = Document(text)
    assert _inner_attribution(doc, 0, len(text), {}, doc.quotes) is None
    text = 'The plan, aides say, is a "reform" in name only.'
    doc = Document(text)
    att = _inner_attribution(doc, 0, len(text), {}, doc.quotes)
    assert att is not None and att[0] is not None and text[att[0][0] : att[0][1]] == "aides"


def test_subject_phrases_with_capitalised_adjectives_participles_and_openers() -> None:
    cases = [
        ('Black politicians across the country have stepped forth to mutter phrases about "the pain he has '
         'caused," and more.', "Black politicians across the country"),
        ('The speech began on a seemingly sympathetic note, declaring that "all Americans were sickened" by it.',
         "The speech"),
        ("Rather than make any overt calls for Sanders to get out, Clinton's top campaign officials tried a subtler "
         'approach, stressing that it will be "virtually impossible" for Sanders.', "Clinton's top campaign officials"),
    ]
    for text, speaker in cases:
        assert [q.speaker for q in framing.analyze(text).quotes] == [speaker], text
    text = ('He ordered mayors and governors to "dominate" the street, warning that "if a city refuses to act, I '
            'will deploy the military."')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["He", "He"]
    # a lower-case verb after a name still ends the phrase
    a = framing.analyze('Rasmussen toned down his remarks, saying "we will see" later.')
    assert [q.speaker for q in a.quotes] == ["Rasmussen"]


def test_a_sentence_opener_is_skipped_to_the_first_comma_outside_quotations() -> None:
    text = ('Since calling Cohen "an honest, honorable lawyer" in May, Rudy Giuliani has questioned his credibility, '
            'calling him "pathetic" and a "serial liar."')
    speakers = {q.text: q.speaker for q in framing.analyze(text).quotes}
    assert speakers['"pathetic"'] == "Rudy Giuliani" and speakers['"serial liar."'] == "Rudy Giuliani"
    text = ('Speaking in a video on his "The Trews" channel, Russell Brand asked whether guns and war are linked, '
            'calling it "ignorant" talk.')
    assert all(q.speaker != "Speaking" for q in framing.analyze(text).quotes)


def test_according_to_names_the_he_of_the_next_sentence() -> None:
    text = ('According to Haider Saeed, the movement may transform Iraq, where Moqtada al-Sadr leads.\n\n'
            '"In this protest movement, there is a complex," he said.')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Haider Saeed"]


def test_a_quotation_left_open_at_its_paragraphs_end_goes_on_in_the_next() -> None:
    text = ("Jay Carney said: “We are gratified by the enormous progress.\n\n"
            "“Which is not to say that it should not have happened earlier.”\n\nLast year the court ruled.")
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Jay Carney", "Jay Carney"]
    # closed, and with its own attribution: not carried over
    text = ("Jay Carney said: “We are gratified by the enormous progress.”\n\n"
            "“Which is not to say that it should not have happened earlier,” a critic wrote back.")
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Jay Carney", "a critic"]


def test_existential_there_is_no_speaker() -> None:
    text = ("As many questions as the court is considering, there’s one it’s leaving out: whether Ross was "
            "motivated by “racial animus” in adding the question.")
    assert all(q.speaker is None or "there" not in q.speaker for q in framing.analyze(text).quotes)


def test_a_document_that_characterizes_quotes_its_own_words() -> None:
    # Levin's characterize class ("identifies ... as")
    a = framing.analyze('The memo identifies New Hampshire as “better terrain” for the former governor.')
    assert [(q.speaker, q.verb) for q in a.quotes] == [("The memo", "identifies")] and a.scare_quotes == ()
    # a plural noun before an -s word is no subject-verb pair
    a = framing.analyze('The reform bills "sunset" after five years.')
    assert all(q.verb != "bills" for q in a.quotes)


def test_a_coordinated_verb_after_a_quotation_shares_the_sentence_subject() -> None:
    text = ('Pope Francis arrived. In front of 45,000 supporters in Ireland, the pope sought forgiveness over the '
            '"open wound" of the scandal and demanded "firm and decisive" measures.')
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Francis", "Francis"]  # (the actor, title off)


def test_a_contracted_has_after_a_name_is_no_possessive() -> None:
    text = ("Charles Krauthammer spoke. Krauthammer’s long been widely read, proclaiming this month that the "
            "“unraveling” of the law is near.")
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Charles Krauthammer"]
    text = 'CNN’s media guru Brian Stelter spoke, calling it a "disaster" for the network.'
    assert [q.speaker for q in framing.analyze(text).quotes] == ["Brian Stelter"]


def test_a_reporting_noun_right_after_a_quotation_is_its_noun() -> None:
    a = framing.analyze("We saw this with Mrs. Clinton’s deeply disturbing “deplorables” comment, sliming millions "
                        "of Americans.")
    assert [(q.speaker, q.verb) for q in a.quotes] == [("Clinton", "comment")]
    a = framing.analyze('Flake called Trump’s remarks "kind of appalling" on Monday.')
    assert [q.speaker for q in a.quotes] == ["Flake"]
    # a comma inside the quotation: the verb after it attributes it
    a = framing.analyze('"We will win," reports Reuters, citing an aide.')
    assert [q.speaker for q in a.quotes] == ["Reuters"]


def test_absolute_with_phrase_names_the_participles_speaker() -> None:
    text = ('Republicans seized on the weak jobs number, with GOP presidential nominee Mitt Romney saying, '
            '"It is now clear to everyone that the policies have failed."')
    assert [s for s, _ in _speakers(text)] == ["Mitt Romney"]
    # not a "with" inside the clause ("met with reporters saying"), and not a second participle
    text = ('Walter Greene met with reporters Tuesday saying "the plan is dead."')
    assert [s for s, _ in _speakers(text)] == ["Walter Greene"]


def test_time_opener_and_measure_phrases_are_no_speakers() -> None:
    text = ('Late Tuesday, Senator Lena Marsh tweeted a message to Jones, making note of the Democrat\'s '
            '"hard fought victory."')
    assert [s for s, _ in _speakers(text)] == ["Lena Marsh"]
    text = ('"The Democrats tried focusing on it and won by just" under 3 percentage points, said committee '
            'spokeswoman Kirsten Kowal.')
    assert [s for s, _ in _speakers(text)] == ["Kirsten Kowal"]


def test_the_president_is_not_the_vice_president() -> None:
    text = ('President Carl Hobbs spoke in Ohio. Aides met former Vice President Joe Biden, who is seeking the '
            'nomination. On Wednesday the president congratulated Mr. Barr "for taking charge of a case."')
    assert [s for s, _ in _speakers(text)] == ["Carl Hobbs"]


def test_transcript_labels_in_capitals_name_the_speaker() -> None:
    text = ('Wesley Lowery joined the panel.\n\nLOWERY: "When you look at this historically, it is clear."\n\n'
            'MAXWELL: "Correct. It is their choice."')
    assert [s for s, _ in _speakers(text)] == ["Wesley Lowery", "Maxwell"]
    # a label that introduces material, and a title announced after a label, name no speaker
    assert [s for s, _ in _speakers('UPDATE: "A newly released document shows the plan."')] == [None]
    assert _speakers('AMY GOODMAN: “New Orbit” by the Matthew Shipp Trio.') == []


def test_party_tag_between_name_and_verb() -> None:
    text = '"One day at a time," House Democratic Leader Nancy Pelosi, D-Calif., said.'
    assert [s for s, _ in _speakers(text)] == ["Nancy Pelosi"]
    text = '"We will fight," Senate Minority Leader Chuck Schumer, D-N.Y., said in a statement.'
    assert [s for s, _ in _speakers(text)] == ["Chuck Schumer"]


def test_party_members_speak_not_the_party() -> None:
    text = 'Some Democrats then pivoted after the strike, calling him "reckless" and "dangerous."'
    assert [s for s, _ in _speakers(text)] == ["Some Democrats", "Some Democrats"]


def test_coordinated_partial_quotes_share_the_nearest_attribution() -> None:
    text = ('After President Obama expressed "confidence" in April that the court would uphold the law, Sen. Mike '
            'Johanns accused the president of "threatening" and "intimidating" the court.')
    assert [s for s, _ in _speakers(text)] == ["Obama", "Mike Johanns", "Mike Johanns"]


def test_adverb_before_the_verb_keeps_the_name_before_the_appositive() -> None:
    text = ('Dr. Ben Carson, a neurosurgeon and Fox News contributor, literally called Obamacare "the worst thing '
            'that has happened in this nation."')
    assert [s for s, _ in _speakers(text)] == ["Ben Carson"]


def test_the_attorney_general_and_verb_contractions() -> None:
    text = ('Last month Attorney General William Barr testified. Deputy Attorney General Rod Rosenstein sat beside '
            'him. "People in private life," the attorney general told senators.')
    assert [s for s, _ in _speakers(text)] == ["William Barr"]
    assert [s for s, _ in _speakers('Don’t say: “I support the second amendment, but ...”')] == [None]


def test_participle_after_a_quoted_show_title_keeps_the_sentence_subject() -> None:
    text = ('Press Secretary Josh Earnest blasted Pence on ABC\'s "This Week," saying that the governor "is in damage '
            'control mode this morning."')
    assert [s for s, _ in _speakers(text)] == ["Josh Earnest"]


def test_the_president_is_the_titled_person_mentioned_last() -> None:
    text = ('President Trump issued a statement. It echoed President Barack Obama in 2016. "Such acts only steel '
            'our resolve," Mr. Trump said. "America will always stand with our partners," the president said.')
    assert [s for s, _ in _speakers(text)][-1] in ("Trump", "Donald Trump")


def test_as_she_puts_it_and_pointed_out_that() -> None:
    text = ('Sarah Palin spoke on Fox. No one has to return the country to an era "when we were different classes," '
            'as she puts it, because we have one now.')
    assert _speakers(text) == [("Sarah Palin", "puts")]
    text = 'Romney also pointed out that the news media "looks at your zip code and where you live."'
    assert _speakers(text) == [("Romney", "pointed out")]


def test_a_coordinated_verb_after_the_quote_does_not_take_the_words_after_it_as_subject() -> None:
    text = ('Pence told the host that it was "absolutely not" a mistake to sign the law -- and noted that '
            'President Bill Clinton signed a similar one.')
    assert [s for s, _ in _speakers(text)] == ["Pence"]


def test_an_attribution_in_a_glued_next_sentence_is_not_the_quotations() -> None:
    text = ('"Most of us aspire to be rich," Moore says. "Everybody is worse off."Vice President Joe Biden '
            'recently said the middle class has been "buried" during the last few years.')
    assert [s for s, _ in _speakers(text)][:2] == ["Moore", "Moore"]


# --- session 17: speakers an editor can trust (each rule on both sides) ---


def test_who_after_a_role_appositive_is_the_name_before_it() -> None:
    text = ('"We won," said Maria Lopez, the chair of the Harbor Workers Alliance, who called the deal a "lifeline" '
            'for the port.')
    assert [s for s, _ in _speakers(text)] == ["Maria Lopez", "Maria Lopez"]
    # a name between the commas is the antecedent itself
    text = ('"We won," said the chair of the alliance, Maria Lopez, who called the deal a "lifeline" for the '
            'port.')
    assert [s for s, _ in _speakers(text)][-1] == "Maria Lopez"


def test_a_multi_word_party_tag_before_who_is_no_speaker() -> None:
    text = ('Quoting Rep. Tom Hale, R-South Carolina, who noted on CBS that the governor "could have picked '
            'somebody else" for the job, Trump tweeted, "I wish I did!"')
    assert _speakers(text)[0][0] == "Tom Hale"
    text = ('Quoting Rep. Tom Hale, R-S.C., who noted on CBS that the governor "could have picked somebody else" '
            'for the job, Trump tweeted, "I wish I did!"')
    assert _speakers(text)[0][0] == "Tom Hale"


def test_an_appositive_before_an_auxiliary_is_skipped() -> None:
    text = ('Reporters asked about what Sean Kerry, an Irish lawmaker, had said about families that come in '
            '"many forms" these days.')
    assert [s for s, _ in _speakers(text)] == ["Sean Kerry"]
    text = 'Sean Kerry met the press. The government has said the plan is "unworkable" and costly.'
    assert [s for s, _ in _speakers(text)] == ["The government"]


def test_a_dash_aside_between_subject_and_verb_is_skipped() -> None:
    text = ('Mayor Jane Holt -- in a separate interview for the station -- said she talks with the governor '
            '"all the time."')
    assert [s for s, _ in _speakers(text)] == ["Jane Holt"]
    text = 'Mayor Jane Holt said she talks with the governor "all the time."'
    assert [s for s, _ in _speakers(text)] == ["Jane Holt"]


def test_a_reporting_participle_opening_the_sentence_is_no_subject() -> None:
    text = ('Asked specifically whether he would pick from the list, Mr. Trump was unequivocal: "Yes," he said, '
            'adding, "That list was a big thing."')
    assert [s for s, _ in _speakers(text)][-1] in ("Trump", "Mr. Trump")
    # a capitalised name ending in -ed is no participle
    assert [s for s, _ in _speakers('Ahmed Khan said the plan was "a mess" from the start.')] == ["Ahmed Khan"]


def test_a_lower_case_title_inside_the_subject_keeps_the_name() -> None:
    text = 'Ohio senator Mark Reyes on Sunday criticized "gaps in testimony" in the case.'
    assert [s for s, _ in _speakers(text)] == ["Mark Reyes"]
    text = 'Ohio officials on Sunday criticized "gaps in testimony" in the case.'
    assert [s for s, _ in _speakers(text)] == ["Ohio officials"]


def test_a_verb_coordinated_after_a_partial_quote_shares_the_sentence_subject() -> None:
    text = ('Sam Ortiz has called the mayor a "cheerleader of chaos," argued that the council is "at best '
            'complicit" in the mess and asked for an audit.')
    assert [s for s, _ in _speakers(text)] == ["Sam Ortiz", "Sam Ortiz"]
    # an inverted attribution names its speaker after the verb
    assert [s for s, _ in _speakers('"It is a mess," argued Sam Ortiz.')] == ["Sam Ortiz"]


def test_a_participle_after_said_is_the_sayers() -> None:
    text = ('Hillary Clinton spoke in Florida. "We have not been contacted by anyone," she said, adding: "So we '
            'don\'t know the facts. Even Director Comey noted that this new information may not be significant."')
    assert [s for s, _ in _speakers(text)] == ["Hillary Clinton", "Hillary Clinton"]
    # not a preposition's object before "said"
    text = ('"Lew must never be secretary," Sen. Tom Price, R-Ga., ranking Republican on the Senate Budget '
            'Committee said, calling the remarks "so outrageous" as to disqualify him.')
    assert "Senate Budget Committee" not in [s for s, _ in _speakers(text)]


def test_a_quotation_after_a_parenthetical_he_says_keeps_the_voice() -> None:
    text = ('"Pop culture follows," says Mr. Thompson. Everyone knew gay people in the 1950s, but just didn\'t '
            'know they were gay, he says. "Now we do."')
    assert [s for s, _ in _speakers(text)] == ["Thompson", "Thompson"]
    text = ('"Pop culture follows," says Mr. Thompson. Everyone knew gay people in the 1950s. Few said so. '
            '"Now we do."')
    assert [s for s, _ in _speakers(text)][-1] is None


def test_a_paragraph_quote_after_a_continued_quote_and_not_a_pull_quote() -> None:
    text = ('"We have heard these rumors," Clinton said. "I\'m sure there will be even more rumors."\n\n'
            '"So we have made it very clear that they need to share the facts."\n\nClinton left.')
    assert [s for s, _ in _speakers(text)] == ["Clinton", "Clinton", "Clinton"]
    # the same words again further on: a pull quote, maybe someone else's
    text = ('"We have heard these rumors," Clinton said. "I\'m sure there will be even more rumors."\n\n'
            '"The CVS? They got insurance, they can rebuild it all."\n\nAnd Stewart agrees. "The CVS? They got '
            'insurance, they can rebuild it all."')
    assert [s for s, _ in _speakers(text)][2] is None


def test_the_president_is_not_a_former_president_and_may_be_the_dominant_person() -> None:
    text = ('Donald Trump won\'t let the feud rest. On Tuesday, Trump again attacked former President Barack Obama. '
            'Later, Trump said he was right. Aides said Trump tweeted about it twice. "It was a disgrace," the '
            'president said.')
    assert [s for s, _ in _speakers(text)][-1] in ("Trump", "Donald Trump")
    text = ('President Barack Obama spoke in Havana. Obama met Raul Castro. "Here is my message," the president '
            'said.')
    assert [s for s, _ in _speakers(text)][-1] in ("Obama", "Barack Obama")


def test_according_to_an_outlet_after_a_persons_own_verb_keeps_the_person() -> None:
    text = ('Senator Ann Cole once derided the plan as a "drug deal" and said she wanted no part of it, according '
            'to previous testimony.')
    assert [s for s, _ in _speakers(text)] == ["Ann Cole"]
    # with no speaker of its own, the quotation is the source's
    text = 'The plan was a "drug deal" from the start, according to Ann Cole.'
    assert [s for s, _ in _speakers(text)] == ["Ann Cole"]


@pytest.mark.parametrize(("text", "expected"), [
    # British style: straight single quotes are quotation marks, attributed as double ones are (issue 15)
    ("'We will not back down,' the minister said. The opposition was unmoved.", [("the minister", "said")]),
    ("The minister said: 'This is a disgrace.' Critics agreed with her.", [("The minister", "said")]),
    ("'We will not back down', Ann Bell said. 'It is over,' she added.", [("Ann Bell", "said"), ("Ann Bell", "added")]),
    # near cases: the same sentences in double quotes keep their speakers; apostrophes make no quotation
    ('The minister said: "This is a disgrace." Critics agreed with her.', [("The minister", "said")]),
    ("I don't think the Smiths' house in the '90s was O'Brien's, the minister said.", []),
])
def test_straight_single_quotes_are_quotations_with_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected
