"""Sentiment: VADER's rules re-implemented on Document sentences, checked against vaderSentiment itself."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.analysis import Actor
from framing.document import Document
from framing.scorers.base import ResultBuilder
from framing.scorers.sentiment import (
    ACTOR_WINDOW_WORDS,
    SentimentScorer,
    actor_windows,
    polarity_scores,
    sentence_compounds,
    sentence_sentiments,
    vader_lexicon,
)

vs = pytest.importorskip("vaderSentiment.vaderSentiment", reason="vaderSentiment (test extra) not installed")


@pytest.fixture(scope="module")
def vader() -> object:
    return vs.SentimentIntensityAnalyzer()


def test_lexicon_is_vaders(vader) -> None:  # type: ignore[no-untyped-def]
    assert vader_lexicon() == vader.lexicon
    assert len(vader_lexicon()) == 7506  # 7,519 lines, a few tokens twice (the last wins, as in VADER)


def test_constants_are_vaders() -> None:
    from framing.scorers import sentiment as s

    assert set(vs.NEGATE) == s._NEGATE
    assert vs.BOOSTER_DICT == s._BOOSTERS
    assert vs.SPECIAL_CASES == s._SPECIAL_CASES
    assert (vs.B_INCR, vs.B_DECR, vs.C_INCR, vs.N_SCALAR) == (s._B_INCR, s._B_DECR, s._C_INCR, s._N_SCALAR)


TRICKY = [
    # VADER's own examples
    "VADER is smart, handsome, and funny.",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "Not bad at all",
    "Sentiment analysis has never been this good!",
    "With VADER, sentiment analysis is the shit!",
    "On the other hand, VADER is quite bad ass",
    "Without a doubt, excellent idea.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    # ours: news sentences and the corners of the rules
    "The minister denied the allegations, calling them a disgraceful smear.",
    "Critics say the so-called reform is a disaster -- but supporters praise it.",
    "good, but good",  # VADER's "but" lookup by value scales the first "good" twice
    "Great. Great. Great but bad bad",
    "No. Good.",  # "No." keeps its period: fewer than three characters remain
    "no good, no GREAT plan",
    "It was a KISS OF DEATH for the talks.",
    "Good?? Bad???? Awful!!!!!",
    "never so good; never this bad",
    "He is kind of nice and sort of clever, just enough to win.",
    "",
    "   ",
    "!!!",
    "İstanbul is lovely",  # a character that lower-cases to two
]


@pytest.mark.parametrize("text", TRICKY)
def test_equal_to_vader_on_tricky_sentences(vader, text: str) -> None:  # type: ignore[no-untyped-def]
    assert polarity_scores(text) == vader.polarity_scores(text)


VOCAB = [
    "good", "bad", "great", "horrible", "love", "hate", "killed", "happy", "doubt", "no", "not", "never", "so",
    "this", "but", "least", "at", "very", "kind", "of", "sort", "just", "enough", "without", "isn't", "don't",
    "the", "bomb", "kiss", "death", "to", "die", "for", "or", "nor", "extremely", "barely", "kinda", "--", ":)",
    ",", "!", "?", "no.", "(good)", "good!", "'bad'", "it.", "protest", "crisis", "support", "💘", "😁", "a", "is",
]

WORDS = st.tuples(st.sampled_from(VOCAB), st.sampled_from(["lower", "upper", "title"])).map(
    lambda t: t[0].upper() if t[1] == "upper" else t[0].title() if t[1] == "title" else t[0]
)
SENTENCES = st.tuples(st.lists(WORDS, max_size=14), st.lists(st.sampled_from([" ", "  ", "\t", " \n "]),
                                                              min_size=14, max_size=14)).map(
    lambda t: "".join(w + sep for w, sep in zip(t[0], t[1], strict=False))
)


@given(SENTENCES)
@settings(max_examples=400, deadline=None)
def test_equal_to_vader_on_generated_sentences(text: str) -> None:
    assert polarity_scores(text) == _VADER.polarity_scores(text)


_VADER = vs.SentimentIntensityAnalyzer()


def test_sentences_are_aligned_and_scored_like_vader(vader) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The government hailed a great victory. Critics called it a disaster!\n\n"
        "Mr. Smith said nothing. “We are not happy,” he added."
    )
    doc = Document(text)
    sents = sentence_sentiments(doc)
    assert [(s.start, s.end) for s in sents] == list(doc.sentences)
    for s in sents:
        ref = vader.polarity_scores(text[s.start : s.end])
        assert (s.compound, s.pos, s.neg, s.neu) == (ref["compound"], ref["pos"], ref["neg"], ref["neu"])
    assert sentence_compounds(doc) == [s.compound for s in sents]
    assert sents[0].compound > 0.5 and sents[1].compound < -0.5


def _run(text: str, actors: object = None) -> ResultBuilder:
    doc = Document(text)
    result = ResultBuilder(doc)
    if actors is not None:
        result.fields["actors"] = actors
    SentimentScorer().score(doc, result)
    return result


def test_scorer_fields_and_flat_scores() -> None:
    text = "The plan is a wonderful success. The rollout was a terrible failure. The vote is on Monday."
    r = _run(text)
    sent = r.fields["sentiment"]
    comps = [s["compound"] for s in sent["sentences"]]
    assert len(comps) == 3 and comps[0] > 0.5 and comps[1] < -0.5 and comps[2] == 0.0
    assert sent["compound"] == pytest.approx(sum(comps) / 3, abs=1e-4)
    assert sent["method"] == "mean of sentence scores"
    for s in sent["sentences"]:
        assert text[s["start"] : s["end"]].endswith(".")
    sc = r.scores
    assert sc["sentiment_compound"] == sent["compound"]
    assert sc["sentiment_sentence_min"] == min(comps) and sc["sentiment_sentence_max"] == max(comps)
    assert sc["sentiment_share_positive"] == pytest.approx(1 / 3)
    assert sc["sentiment_share_negative"] == pytest.approx(1 / 3)
    assert sc["sentiment_pos"] + sc["sentiment_neg"] + sc["sentiment_neu"] == pytest.approx(1.0, abs=0.01)


def test_empty_text() -> None:
    r = _run("")
    assert r.fields["sentiment"]["sentences"] == []
    assert r.scores["sentiment_compound"] == 0.0 and r.scores["sentiment_share_negative"] == 0.0


def test_actor_sentiment_is_read_from_the_words_around_each_mention() -> None:
    # issue 15: not the whole sentence's score (it used to be the mean of the sentences that mention the actor)
    text = "Maduro praised the wonderful harvest. Critics attacked Maduro over the deadly crackdown. Rain fell."
    i1 = text.index("Maduro")
    i2 = text.index("Maduro", i1 + 1)
    j = text.index("Critics")
    maduro = Actor(name="Nicolás Maduro", type="person", mentions=((i1, i1 + 6), (i2, i2 + 6)))
    critics = Actor(name="Critics", type="group", mentions=((j, j + 7),))
    nobody = Actor(name="Nobody", type="person", mentions=())
    doc = Document(text)
    wins = actor_windows(doc, [maduro, critics, nobody])
    assert [text[s:e] for s, e in wins[0]] == ["Maduro praised the wonderful harvest.",
                                               " attacked Maduro over the deadly crackdown."]
    assert [text[s:e] for s, e in wins[1]] == ["Critics attacked "] and wins[2] == []
    r = _run(text, (maduro, critics, nobody))
    out = r.fields["actors"]
    assert isinstance(out, tuple)
    w = [polarity_scores(text[s:e])["compound"] for s, e in wins[0]]
    assert out[0].sentiment == pytest.approx(sum(w) / 2, abs=1e-4)
    assert out[1].sentiment == polarity_scores("Critics attacked ")["compound"] < 0
    assert out[2].sentiment is None
    assert out[0] == dataclasses.replace(maduro, sentiment=out[0].sentiment)  # nothing else changed
    r2 = _run(text, [dataclasses.replace(maduro, mentions=((i1, i1 + 6),))])
    assert isinstance(r2.fields["actors"], list)  # a list stays a list
    assert r2.fields["actors"][0].sentiment == polarity_scores(text[wins[0][0][0] : wins[0][0][1]])["compound"]


def _two(text: str, a: str, b: str) -> tuple[float | None, float | None]:
    ia, ib = text.index(a), text.index(b)
    actors = (Actor(name=a, type="person", mentions=((ia, ia + len(a)),)),
              Actor(name=b, type="person", mentions=((ib, ib + len(b)),)))
    out = _run(text, actors).fields["actors"]
    return out[0].sentiment, out[1].sentiment


def test_two_actors_in_one_sentence_get_different_sentiment() -> None:
    m, t = _two("The brutal dictator Maduro crushed peaceful protests, while Trump praised the brave, wonderful "
                "protesters.", "Maduro", "Trump")
    assert m is not None and t is not None and m < -0.3 and t > 0.3
    # a quotation is the actor's words, not words about the actor; a semicolon ends the clause
    k, v = _two('Kim called the summit "a great and wonderful success"; Venezuela denounced the terrible sanctions.',
                "Kim", "Venezuela")
    assert k == 0.0 and v is not None and v < -0.3


def test_actor_windows_stay_in_bounds() -> None:
    text = "A " * 30 + "Maduro " + "happy " * 30 + "."
    i = text.index("Maduro")
    (win,) = actor_windows(Document(text), [Actor(name="M", type="person", mentions=((i, i + 6),))])[0:1]
    s, e = win[0]
    assert s <= i and e >= i + 6 and len(text[s:e].split()) == 2 * ACTOR_WINDOW_WORDS + 1


def test_registered_in_pipeline() -> None:
    from framing.pipeline import DEFAULT_SCORERS, SCORERS

    assert SCORERS["sentiment"] == "framing.scorers.sentiment:sentiment_factory"
    assert "sentiment" in DEFAULT_SCORERS


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["good", "not", "bad", "VERY", "but", "Great!", " ", "  ", "\n\n", ". ", "? ", "😀",
                                 "🎉", "“nice”", ":)", "--", "kind of", "no", "The", "Mr.", ",", ";"]),
                max_size=40).map("".join))
def test_shared_chunks_give_the_same_scores(text: str) -> None:
    # issue 16: sentences (and aligned windows) take their tokens from Document.chunks instead of a scan
    from framing.scorers.sentiment import _scores, vader_lexicon

    doc = Document(text)
    lex = vader_lexicon()
    windows = list(doc.sentences) + [(a, b) for a in range(0, len(text), 7) for b in (a + 5, a + 13)
                                     if b <= len(text)]
    assert _scores(text, windows, lex, doc) == _scores(text, windows, lex)


def test_clause_breaks_match_the_plain_pattern() -> None:
    # the shipped pattern adds a first-letter look-ahead for speed; it finds exactly what the plain one finds
    import re

    from framing.scorers.sentiment import _CLAUSE_BREAK_RE

    plain = re.compile(r"[;:()\[\]\"“”«»—–]|\s--\s|(?<![\w'’-])(?:but|while|whereas|although|though|however|yet|"
                       r"unlike)(?![\w'’-])", re.IGNORECASE)
    text = ("BUT While WHEREAS Although tHough However YET unlike -but 'yet yet' ’while butt abut thoughts; "
            "(ALTHOUGH) although-ish “though” a -- b whereaſ wHiLe, unlikely but: yet—no")
    assert [m.span() for m in _CLAUSE_BREAK_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(plain.finditer(text))) > 15


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["but", "BUT", "But", "while", "Whereas", "although", "THOUGH", "however", "yet",
                                 "unlike", " ", "-", "'", "’", ";", ":", "(", "]", '"', "“", "»", "—", "–", " -- ",
                                 "--", "x", "\n", "_", "1", "é", "ſ", "ı", "İ", "\u212a", "unliKe", "whereaſ", "bUt",
                                 "Σ", "t", "h"]), max_size=16).map("".join))
def test_clause_breaks_in_three_scans(text: str) -> None:
    # session 23: marks, dashes and lower-cased words scanned apart find what the joint pattern finds
    from framing.scorers.sentiment import _CLAUSE_BREAK_RE, _clause_breaks

    assert _clause_breaks(text) == [m.span() for m in _CLAUSE_BREAK_RE.finditer(text)]


def test_emoji_table_has_no_ascii_character() -> None:
    # session 33: a text's emoji are looked up among its characters beyond ASCII only
    from framing.scorers.sentiment import _emoji_descriptions

    assert not [k for k in _emoji_descriptions() if len(k) == 1 and k.isascii()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Good", "bad", "GREAT", " ", "\n", "!", "?", "“", "”", "😀", "💘", "©", "™", "é",
                                 "x", "not", "but", "very", "."]), max_size=20).map("".join))
def test_chunk_memo_shared_by_sentences_and_windows(text: str) -> None:
    # session 33: one pass over the chunks per document serves every call; the scores are those of a fresh document
    from framing.scorers.sentiment import _scores

    lex = vader_lexicon()
    doc = Document(text)
    spans = list(doc.sentences) + [(a, b) for a in range(0, len(text), 3) for b in (a + 4, a + 9) if b <= len(text)]
    first = _scores(text, spans, lex, doc)
    assert len(doc.chunk_memo) <= 1
    assert _scores(text, spans, lex, doc) == first == _scores(text, spans, lex, Document(text))
    assert first == _scores(text, spans, lex)
