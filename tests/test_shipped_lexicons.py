"""Ambiguous terms in the shipped lexicons: the loaded use is flagged and the neutral use is not."""

from __future__ import annotations

import pytest

from framing import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorers=["lexicon"])


def loaded(analyzer: Analyzer, text: str) -> list[str]:
    return [s.text for s in analyzer.analyze(text).spans if s.weight > 0]


@pytest.mark.parametrize(
    ("loaded_use", "term", "neutral_use"),
    [
        ("The Syrian regime bombed the town.", "regime", "Patients on a dosing regime improved."),
        ("The Syrian regime bombed the town.", "regime", "The exchange-rate regime held."),
        ("The dictator spoke.", "dictator", "Players in the dictator game shared money."),
        # party names excluded by `!name` (communist/socialist are weight 0 since 1.3.0: see below)
        ("Marxist guerrillas attacked the town.", "Marxist", "The Marxist Party met."),
        ("A puppet government took over.", "puppet government", "The puppet show was fun."),
        ("An angry mob gathered.", "angry mob", "A mob boss was arrested."),
        ("He slammed the plan.", "slammed", "He slammed the door."),
        ("The strongman ruled for years.", "strongman", "He won the strongman competition."),
        ("The would-be dictator lost.", "would-be dictator", "It would be nice."),
        ("The woke mob gathered.", "woke mob", "She woke up early."),
    ],
)
def test_context_rules_both_sides(analyzer: Analyzer, loaded_use: str, term: str, neutral_use: str) -> None:
    assert term in loaded(analyzer, loaded_use)
    assert not [t for t in loaded(analyzer, neutral_use) if t.lower() in term.lower() or term.lower() in t.lower()]


def test_case_rule_for_the_hedge_may(analyzer: Analyzer) -> None:
    hedges = lambda t: [s.text for s in analyzer.analyze(t).spans if s.category == "hedge"]  # noqa: E731
    assert hedges("It may rain.") == ["may"]
    assert hedges("Theresa May spoke on May 5.") == []


def test_titles_and_said_are_evidence_but_not_loaded(analyzer: Analyzer) -> None:
    a = analyzer.analyze("President Ortiz said the plan was fine.")
    cats = {s.text: (s.category, s.weight) for s in a.spans}
    assert cats["President"] == ("neutral_title", 0.0)
    assert cats["said"] == ("attribution_neutral", 0.0)
    assert a.scores["loaded_index"] == 0


def test_alternatives_are_offered(analyzer: Analyzer) -> None:
    (span,) = [s for s in analyzer.analyze("The regime fell.").spans if s.text == "regime"]
    assert "government" in span.alternatives


# --- issue 12: word sense before flagging (each rule on both sides) ------------------------------------------


@pytest.mark.parametrize(
    ("loaded_use", "term", "neutral_use"),
    [
        # attribution verbs only as reporting verbs with a complement (rule `report`)
        ("He boasted that he won.", "boasted", "The roster boasted two heavy hitters."),
        # loaded attribution verbs only as verbs (rule `pos=VERB`)
        ("Trump taunts Democrats on Twitter.", "taunts", "He ignored the taunts from the crowd."),
        ("He blasted the plan as a disaster.", "blasted", "Big blast, 29 injuries in the city."),
        # loaded non-reporting verbs (category loaded_verb)
        ("He is peddling conspiracy theories.", "peddling", "The peddlers sold fruit."),
        ("Republicans seized on the remarks.", "seized on", "Police seized the drugs."),
        ("Trump ripped Democrats for the shutdown.", "ripped", "The storm ripped through the town."),
        ("He dangled a pardon.", "dangled", "A rope dangled from the bridge."),
        ("The bill was railroaded through the House.", "railroaded", "The railroad was built in 1870."),
        # literal uses of metaphors and emotive words
        ("It is nothing but fake news.", "fake news", "Protesters carried a fake bomb."),
        # idioms, stance adverbs, name-calling
        ("Democrats muddied the waters.", "muddied the waters", "The flood muddied the river."),
        ("He threw his aides under the bus.", "under the bus", "The dog slept under the bus."),
        ("Conveniently, the report omitted the losses.", "Conveniently", "The hotel is conveniently located."),
        # capitalised "War on" names a programme (weight 0); lower case it is a war metaphor
        ("This is a war on the middle class.", "war on", "It became the War on Poverty."),
        ("Lyin' Ted lost the primary.", "Lyin", "Ted Cruz lost the primary."),
        ("He is a total loser.", "loser", "The loser of the runoff conceded."),
        ("Rubio is a political lightweight.", "lightweight", "He won the lightweight title."),
        ("Pocahontas will lose, he said.", "Pocahontas", "Disney's Pocahontas was a hit."),
        # the noun "lies" (rule pos=NOUN), not the verb
        ("Trump spreads lies and conspiracy theories.", "lies", "The problem lies in the data."),
    ],
)
def test_word_sense_rules_both_sides(analyzer: Analyzer, loaded_use: str, term: str, neutral_use: str) -> None:
    assert term in loaded(analyzer, loaded_use)
    assert not [t for t in loaded(analyzer, neutral_use) if t.lower() in term.lower() or term.lower() in t.lower()]


def evidence(analyzer: Analyzer, text: str) -> list[tuple[str, float]]:
    """Attribution-verb spans (any weight)."""
    return [(s.text, s.weight) for s in analyzer.analyze(text).spans if s.lexicon == "attribution_verbs"]


@pytest.mark.parametrize(
    ("reporting_use", "term", "other_use"),
    [
        ("Critics claim Riyadh is trying to flex its muscles.", "claim", "Humanitarian claims such as asylum rose."),
        ("He claimed the election was stolen.", "claimed", "An individual claiming discrimination filed suit."),
        ('"We won," claimed Smith.', "claimed", "They claimed victory on Tuesday."),
        ("Colbert claimed on Tuesday that Trump lied.", "claimed", "Colbert claimed the title on Tuesday."),
        ("She insisted the plan was fine.", "insisted", "She insisted on a recount."),
        ("He admitted he lied.", "admitted", "He was admitted to hospital."),
        ("Critics contend that the plan fails.", "contend", "They contend with floods."),
    ],
)
def test_neutral_verbs_of_saying_are_weight_0_evidence_only_as_reports(
        analyzer: Analyzer, reporting_use: str, term: str, other_use: str) -> None:
    # issue 12 (lexicons 1.3.0): editors read claim/insist/contend/admit/concede as neutral verbs of saying, so
    # they are weight-0 attribution evidence; the `report` rule still keeps non-reporting senses out entirely
    assert (term, 0.0) in evidence(analyzer, reporting_use)
    assert term not in loaded(analyzer, reporting_use)
    assert not [t for t, _ in evidence(analyzer, other_use) if t.lower() in term.lower() or term.lower() in t.lower()]


def test_descriptive_labels_and_fixed_names_are_not_loaded(analyzer: Analyzer) -> None:
    # issue 12 (lexicons 1.3.0), AllSides dev judging: descriptive uses read as neutral by editors
    for text in ("Aid to socialist Venezuela fell.", "Communist Cuba signed the deal.",
                 "The so-called reinsurance fee starts next year.", "The war on terror goes on.",
                 "Several states botched executions.", "Regime survival is the goal.",
                 "A devastating cyclone hit Bangladesh.", "The party elites met.", "Louis Stokes VA Center"):
        assert loaded(analyzer, text) == [], text
    # ... while the loaded uses of the same entries still are
    for text, term in (("This is a war on the middle class.", "war on"), ("A botched rollout.", "botched"),
                       ("The Syrian regime bombed the town.", "regime"), ("A devastating defeat.", "devastating"),
                       ("Trump stokes fears.", "stokes")):
        assert term in loaded(analyzer, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The lame-duck Congress passed the bill.",
        "An individual claiming discrimination filed suit.",
        "Humanitarian claims such as asylum are rising.",
        "She was accused of speeding.",
        "He ignored the taunts from the crowd.",
        "She held up a fake bloody Trump head.",
        "The company faces a legal battle.",
        "Illegal border crossings fell in May.",
        "Illegal immigration rose.",
        "She has a baby.",
        "The record-breaking shutdown ended.",
        "He is a good guy.",
        "A man and a woman were arrested.",
        "He founded a conservative activist organization.",
        "The House passed H.R. 1 on Friday.",
        "Obama won the battleground state of Ohio.",
    ],
)
def test_issue_12_false_positives_are_not_loaded(analyzer: Analyzer, text: str) -> None:
    assert loaded(analyzer, text) == []


def test_loaded_verbs_have_their_own_category(analyzer: Analyzer) -> None:
    cats = {s.text: s.category for s in analyzer.analyze("He was sidestepping the question and eviscerated the "
                                                         "plan.").spans if s.weight > 0}
    assert cats == {"sidestepping": "loaded_verb", "eviscerated": "loaded_verb"}


def test_idioms_and_stance_adverbs_are_own_voice_evidence(analyzer: Analyzer) -> None:
    a = analyzer.analyze("She wasted no time. Predictably, the mayor kicked the can down the road.")
    got = {(s.text, s.category) for s in a.spans if s.weight > 0}
    assert got == {("wasted no time", "loaded_idiom"), ("Predictably", "stance_adverb"),
                   ("kicked the can down the road", "loaded_idiom")}
    assert a.scores["loaded_count"] == 3


def test_weight_enters_loaded_index_as_documented(analyzer: Analyzer) -> None:
    # lexicons/README.md, "How `weight` enters `loaded_index`"
    a = analyzer.analyze("The regime slammed critics.")
    assert a.scores["loaded_index"] == pytest.approx((0.5 + 0.75) * 1000 / 4)
    quoted = analyzer.analyze('He said: "The regime slammed critics." Not a dictator.')
    assert quoted.scores["loaded_index"] == 0 and quoted.scores["loaded_count_quoted"] == 2


def test_weight_zero_candidates_are_evidence_but_not_loaded(analyzer: Analyzer) -> None:
    a = analyzer.analyze("Obama won the battleground state with a massive turnout.")
    assert {s.text for s in a.spans if s.weight == 0} >= {"battleground", "massive"}
    assert a.scores["loaded_count"] == 0


@pytest.mark.parametrize(
    ("loaded_use", "term", "neutral_use"),
    [
        # lexicons 1.3.2: context rules from the per-entry review of the unreviewed mild entries (round 5)
        ("He called the rebels freedom fighters.", "freedom fighters",
         "Nine villagers were killed by Bangsamoro Islamic Freedom Fighter insurgents."),
        ("His speech was just hot air.", "hot air", "Ed Morrissey, Hot Air"),
        ("They denounced the satanic ideology of the group.", "satanic", "He refused requests for Satanic designs."),
        ("He called him a total loser.", "loser", "Nondefense is the big loser, forced to absorb a cut."),
        ("Republicans oppose immigration amnesty.", "amnesty", "If the 1986 immigration amnesty law is any guide."),
        ("The bill has handouts for favored groups.", "handouts",
         "Agents process migrants. Photo: handout/Agence France-Presse/Getty Images"),
        # round 6: more lines for entries judged on only 2 lines before
        ("Ryan noted this was nothing more than a publicity stunt.", "nothing more than",
         "Trump wants nothing more than a big breakthrough."),
        ("He is a peddler of failed trickle-down ideas.", "trickle-down",
         "Star power doesn't necessarily trickle down."),
        ("He is a peddler of failed trickle-down ideas.", "trickle-down", "Airports have a big trickle-down effect."),
        ("It betrays a breathtaking ignorance about Iran.", "ignorance", "She feigned ignorance about the server."),
    ],
)
def test_round5_context_rules_both_sides(analyzer: Analyzer, loaded_use: str, term: str, neutral_use: str) -> None:
    assert term in loaded(analyzer, loaded_use)
    assert not [t for t in loaded(analyzer, neutral_use) if t.lower() in term.lower() or term.lower() in t.lower()]


def test_round5_weight_zero_entries_stay_as_evidence(analyzer: Analyzer) -> None:
    # lexicons 1.3.2: entries judged loaded in under 0.7 of their development contexts are weight-0 candidates
    a = analyzer.analyze("Their war of words escalated as the stock market rout deepened. He confessed to abuses. "
                         "The deficit has ballooned.")
    assert {s.text for s in a.spans if s.weight == 0} >= {"war of words", "rout", "confessed", "ballooned"}
    assert a.scores["loaded_count"] == 0


@pytest.mark.parametrize(
    ("loaded_use", "term", "neutral_use"),
    [
        # lexicons 1.3.2: own-voice recall entries, each with its literal sense kept out (tests both sides)
        ("Trump fumbles every crisis.", "fumbles", "The fumble cost them the game."),
        ("She was hounded by reporters.", "hounded", "The hound barked all night."),
        ("The march was a stunt.", "stunt", "He worked as a stunt double."),
        ("Ryan screwed him.", "screwed", "The bolt was screwed into the wall."),
        ("She was a cheerleader for the war.", "cheerleader", "The yearbook shows a cheerleader."),
        ("Her flip-flop on trade hurt her.", "flip-flop", "He wore flip-flops to the beach."),
        ("He courted the fringe of American politics.", "fringe", "Workers get fringe benefits."),
        ("Trump called the inquiry absolutely nuts.", "nuts", "Add pine nuts and salt."),
    ],
)
def test_own_voice_entries_both_sides(analyzer: Analyzer, loaded_use: str, term: str, neutral_use: str) -> None:
    assert term in loaded(analyzer, loaded_use)
    assert not [t for t in loaded(analyzer, neutral_use) if t.lower() in term.lower() or term.lower() in t.lower()]


def test_own_voice_entries_are_found(analyzer: Analyzer) -> None:
    text = ("Republicans ginned up outrage. They trot out the same arguments, passed the buck to Congress and are "
            "pretending to care. That is simply false. Akin is a convenient scapegoat.")
    assert set(loaded(analyzer, text)) >= {"ginned up", "trot out", "passed the buck", "pretending", "simply false",
                                           "scapegoat"}


@pytest.mark.parametrize(
    ("loaded_use", "term", "neutral_use"),
    [
        # lexicons 1.3.3: own-voice recall entries with a context rule, each rule tested on both sides
        ("Voters are tired of lame excuses.", "lame", "Nothing passed in the lame duck session."),
        ("Trump is mired in scandals of his own making.", "mired", "Millions are mired in poverty."),
        ("The omission was willful blindness.", "willful",
         "Whoever knowingly and willfully communicates classified information is punished."),
        ("Barr took a swipe at the president.", "swipe", "Swipe for state forecasts."),
        ("He called it a slander against the agents.", "slander", "If he sues for libel or slander, he loses."),
        ("He threw the intelligence community under the bus.", "under the bus",
         "The child was trapped under the bus."),
        ("Benghazi is a stain on her record.", "stain on", "He had blood stains on his sweater."),
        ("It was always a fantasy that arming the rebels would work.", "fantasy",
         "He joined a fantasy football league."),
        ("Breitbart offers glowing coverage to the challengers.", "glowing", "It had glowing red eyes."),
    ],
)
def test_own_voice_1_3_3_rules_both_sides(analyzer: Analyzer, loaded_use: str, term: str, neutral_use: str) -> None:
    assert term in loaded(analyzer, loaded_use)
    assert not [t for t in loaded(analyzer, neutral_use) if t.lower() in term.lower() or term.lower() in t.lower()]


def test_own_voice_1_3_3_entries_are_found(analyzer: Analyzer) -> None:
    # lexicons 1.3.3: entries added from the development KWIC review (benchmarks/data/lexicon_new_entries_dev_1.3.3.tsv)
    # and kept by the blind vetting of 1.3.5 (benchmarks/data/entry_vetting_s15_decisions.tsv)
    text = ("The party is in disarray after years of hype. "
            "They looked to foment unrest. It was an unabashedly partisan speech.")
    assert set(loaded(analyzer, text)) >= {"disarray", "hype", "foment", "unabashedly"}


@pytest.mark.parametrize(
    ("loaded_use", "term", "neutral_use"),
    [
        # lexicons 1.3.4: entries from the literature's lists (benchmarks/data/lexicon_new_entries_dev_1.3.4.tsv),
        # each context rule tested on both sides
        ("The war was an unjust debacle.", "unjust", "The court ordered repayment of the unjust enrichment."),
        ("The evaluations were superficial.", "superficial", "The driver suffered superficial wounds."),
        ("His victory was tainted by fraud.", "tainted", "Officials recalled tainted canned cat food."),
        ("His victory was tainted by fraud.", "tainted", "The clinic used tainted blood."),
        ("It was a heartfelt and moving speech.", "heartfelt", "She offered heartfelt condolences to the family."),
        ("It was a boring speech about taxes.", "boring", "Musk founded The Boring Company in 2016."),
        ("It was a boring speech about taxes.", "boring", "The tunnel boring machine stalled."),
        ("The West rightly regards ISIS as a threat.", "rightly", "Rightly or wrongly, the party moved on."),
        ("Trump wants to humiliate his attorney general.", "humiliate", "He felt humiliated by the loss."),
    ],
)
def test_own_voice_1_3_4_rules_both_sides(analyzer: Analyzer, loaded_use: str, term: str, neutral_use: str) -> None:
    assert term in loaded(analyzer, loaded_use)
    assert not [t for t in loaded(analyzer, neutral_use) if t.lower() in term.lower() or term.lower() in t.lower()]


def test_own_voice_1_3_4_entries_are_found(analyzer: Analyzer) -> None:
    # lexicons 1.3.4: evaluative adjectives, nouns, stance adverbs and verbs from the literature's lists
    # (1.3.5 keeps these after the blind vetting; overblown, demeaning, hurtful, unrealistic, unconvincing,
    # convoluted, falsehood and oddly were deleted)
    text = ("The tariffs are counterproductive. His dismissive remarks were disrespectful. It was an affront and "
            "a gross misrepresentation, full of invective and hyperbole. The senator was conspicuously absent.")
    assert set(loaded(analyzer, text)) >= {"counterproductive", "dismissive", "disrespectful", "affront",
                                           "misrepresentation", "invective", "hyperbole", "conspicuously"}


@pytest.mark.parametrize(
    "text",
    [
        # lexicons 1.3.5: entries that the blind development vetting judged loaded on fewer than 3 of 4 hits
        # (benchmarks/data/entry_vetting_s15_decisions.tsv): deleted (1.3.3/1.3.4 additions) or weight 0
        "The claim was misleading, the election rigged and the probe illegitimate.",
        "It was a baseless, unfounded and unsubstantiated theory, widely discredited.",
        "He falsely claimed it was a sham and a political stunt, politically motivated.",
        "She spoke of hatred, bigotry and contempt; it was hurtful and demeaning.",
        "They sought to delegitimize the vote and terrorize the town; he is unfit and unqualified.",
    ],
)
def test_entries_removed_by_the_blind_vetting_are_not_loaded(analyzer: Analyzer, text: str) -> None:
    removed = {"misleading", "rigged", "illegitimate", "baseless", "unfounded", "unsubstantiated", "discredited",
               "falsely", "sham", "political stunt", "politically motivated", "hatred", "bigotry", "contempt",
               "hurtful", "demeaning", "delegitimize", "terrorize", "unfit", "unqualified"}
    assert not removed & {t.lower() for t in loaded(analyzer, text)}


def test_frequent_entries_demoted_by_the_1_3_6_vetting_are_candidates_not_loaded(analyzer: Analyzer) -> None:
    # lexicons 1.3.6 (benchmarks/data/entry_vetting_s16_decisions.tsv): weight 0, still matched as candidates
    text = ("Illegal immigrants crossed as alarming reports of a bloody, corrupt meltdown spread; a fascist troll "
            "told the elites that donors prop up the party and hammer rivals.")
    result = analyzer.analyze(text)
    demoted = {"illegal immigrants", "alarming", "bloody", "corrupt", "meltdown", "fascist", "troll", "elites",
               "prop up", "hammer"}
    assert not demoted & {s.text.lower() for s in result.spans if s.weight > 0}
    assert {"alarming", "corrupt", "meltdown", "elites"} <= {s.text.lower() for s in result.spans if s.weight == 0}


def test_regime_and_dictator_stay_loaded_after_the_1_3_6_vetting(analyzer: Analyzer) -> None:
    # the vetting rule would have removed them (1/4, 2/4); kept as named loaded terminology (lexicons/README.md)
    assert {"regime", "dictator"} <= {t.lower() for t in loaded(analyzer, "The regime of the dictator fell.")}
