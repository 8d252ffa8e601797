from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.tokenize import (
    count_words,
    normalize_for_matching,
    quote_regions,
    sentence_spans,
    token_spans,
    word_starts,
)

NEWS_CHARS = st.lists(
    st.sampled_from([*"abcXYZ éñİß-‐'‘’\"“”«».,!?;:\n \t0123456789", "Mr.", "U.S.", "so-called", "regime"]),
    max_size=120,
).map("".join)


@given(st.text(max_size=400))
@settings(max_examples=300)
def test_normalize_keeps_offsets(text: str) -> None:
    assert len(normalize_for_matching(text)) == len(text)


@given(NEWS_CHARS)
@settings(max_examples=300)
def test_token_and_sentence_offsets_are_valid(text: str) -> None:
    prev_end = 0
    for s, e in token_spans(text):
        assert prev_end <= s < e <= len(text)
        prev_end = e
    prev_end = 0
    for s, e in sentence_spans(text):
        assert prev_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        prev_end = e
    prev_end = 0
    for s, e in quote_regions(text):
        assert prev_end <= s < e <= len(text)
        prev_end = e


def test_tokens_keep_compounds_and_split_possessives() -> None:
    text = "The so-called state-run anti-American outlet’s “regime” don't Nicolás"
    toks = [text[s:e] for s, e in token_spans(text)]
    assert toks == ["The", "so-called", "state-run", "anti-American", "outlet", "’s", "regime", "don't", "Nicolás"]


def test_count_words() -> None:
    assert count_words("") == 0
    assert count_words("so-called regime, 2024") == 4


def test_sentences_respect_news_abbreviations() -> None:
    text = ('Mr. Smith met Gov. Jones in the U.S. Capitol on Friday. "It went well," he said. '
            "Sen. J. Doe disagreed! Was it? Yes.\n\nHeadline without stop\nNext")
    sents = [text[s:e] for s, e in sentence_spans(text)]
    assert sents[0] == "Mr. Smith met Gov. Jones in the U.S. Capitol on Friday."
    assert sents[1] == '"It went well," he said.'
    assert sents[2] == "Sen. J. Doe disagreed!"
    assert sents[3:5] == ["Was it?", "Yes."]
    assert sents[5] == "Headline without stop\nNext"


def test_sentence_does_not_split_before_lowercase() -> None:
    assert len(sentence_spans("He paid 3.5 million dollars. then left.")) == 1


def test_quote_regions_curly_straight_and_unbalanced() -> None:
    text = '“One.” and "two" and “dangling\n\nNext para “three” end'
    regions = [text[s:e] for s, e in quote_regions(text)]
    assert regions == ["“One.”", '"two"', "“dangling", "“three”"]


@pytest.mark.parametrize(("text", "regions"), [
    # an inch mark after a digit opens no quotation (it swallowed the rest of the paragraph)
    ('The 12" pipe burst. The dictator crushed dissent.', []),
    ('A 55" TV and a "deal" here.', ['"deal"']),
    # near cases: a number inside quotation marks, a quotation that ends on a digit
    ('He said "12" times.', ['"12"']),
    ('"2020" was hard, she said "in 2021"', ['"2020"', '"in 2021"']),
])
def test_a_straight_quote_after_a_digit_is_an_inch_mark_where_a_quotation_would_open(text: str,
                                                                                      regions: list[str]) -> None:
    assert [text[s:e] for s, e in quote_regions(text)] == regions


def test_mojibake_and_controls_do_not_crash() -> None:
    text = "PresidentÃ¢â‚¬â„¢s \u200b\u202eregime\x00 â€œquoteâ€\x9d"
    assert token_spans(text)
    sentence_spans(text)
    quote_regions(text)


@pytest.mark.parametrize("text,quoted", [
    ("‘We will win,’ Maduro said.", ["‘We will win,’"]),
    ("He called the sanctions ‘illegal’ and left.", ["‘illegal’"]),
    ("‘It’s the leaders’ meeting,’ he said.", ["‘It’s the leaders’ meeting,’"]),  # apostrophe, plural possessive
    ("The ‘bosses’ took it.", ["‘bosses’"]),
    ("“He said ‘no’ twice,” she said.", ["“He said ‘no’ twice,”"]),  # nested: the outer quotation
    ("Rock ’n’ roll in the ’90s, don’t.", []),  # apostrophes only
    ("‘Open and never closed\n\nNext paragraph’s text.", []),
    ("It's 'straight' single quotes.", []),  # not read as quotation marks
])
def test_single_curly_quotes(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in quote_regions(text)] == quoted


def test_single_quotes_do_not_cross_a_blank_line_with_crlf_or_spaces() -> None:
    for text in ("\u2018we will win\r\n\r\nNext para\u2019", "\u2018we will win\n  \nNext para\u2019"):
        assert quote_regions(text) == []


#: The sentence-boundary pattern before the speed change of issue 16 (look-behind before the first mark), with the
#: glued full stop of session 28 written look-behind first.
_OLD_BOUNDARY = (r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s)|\n[ \t\r\f\v]*\n"
                 r"|(?<=[a-z][a-z])(?<!www)\.”?(?=[A-Z][a-z])(?![A-Z]\w*[.@][a-zA-Z])")


@pytest.mark.parametrize("text, sentences", [
    # a full stop glued to the next sentence, where a copied page lost its paragraph break
    ("Wolin wrote to lawmakers.Williams told Politico it was bad.",
     ["Wolin wrote to lawmakers.", "Williams told Politico it was bad."]),
    ("The board met, the editorial said.”The paper cited the law.",
     ["The board met, the editorial said.”", "The paper cited the law."]),
    # not a web address, an abbreviation or an acronym
    ("See Bankrate.com today. Call Mrs.Smith now.", ["See Bankrate.com today.", "Call Mrs.Smith now."]),
    ("The U.S.Army left. It was late.", ["The U.S.Army left.", "It was late."]),
    ("Read it at www.Medium.com today. Write to Jane.Doe@example.com now.",
     ["Read it at www.Medium.com today.", "Write to Jane.Doe@example.com now."]),
])
def test_glued_sentence_ends(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


@given(st.lists(st.sampled_from([*".!?…\"'”’»)]\n \t\r\x0bab", "Mr.", "U.S.", "...", "?!"]), max_size=80).map("".join))
@settings(max_examples=500)
def test_boundary_pattern_finds_what_the_look_behind_first_pattern_found(text: str) -> None:
    import re

    from framing.tokenize import _BOUNDARY_RE

    old = re.compile(_OLD_BOUNDARY)
    assert [m.span() for m in _BOUNDARY_RE.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_boundary_pattern_on_news_and_long_punctuation_runs() -> None:
    import re
    import time
    from pathlib import Path

    from framing.tokenize import _BOUNDARY_RE

    old = re.compile(_OLD_BOUNDARY)
    texts = ["……" * 10**5, "." * 10**5 + "x", "!?" * 50_000 + " A"]
    news = Path(__file__).resolve().parents[2] / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
    if news.is_file():
        import json

        with open(news, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for _, line in zip(range(200), f, strict=False)]
    for t in texts:
        t0 = time.process_time()
        got = [m.span() for m in _BOUNDARY_RE.finditer(t)]
        assert time.process_time() - t0 < 1.0  # linear, not quadratic, on long runs of marks
        assert got == [m.span() for m in old.finditer(t)]


@pytest.mark.parametrize("text,quoted", [
    # British style: straight single quotes around a quotation (issue 15)
    ("'We will not back down,' the minister said.", ["'We will not back down,'"]),
    ("'We will not back down', the minister said.", ["'We will not back down'"]),  # comma outside
    ("The minister said: 'This is a disgrace.' Critics agreed.", ["'This is a disgrace.'"]),
    ("'I don't know what the leaders' plan is,' she said.", ["'I don't know what the leaders' plan is,'"]),
    # in a text with double quotes, only a single-quoted quotation with a reporting verb beside it
    ('He said "fine". Then \'We will win,\' she added.', ['"fine"', "'We will win,'"]),
    ('He said "fine". The \'special operation\' went on.', ['"fine"']),
    ('He said "fine". Trump says he \'can understand\' it.', ['"fine"']),  # a headline's partial quotation
    ('He said "ok". Kelly said: \'It is a good thing.\'', ['"ok"', "'It is a good thing.'"]),
    # nested in a double quotation: the outer one
    ("\"He told me 'we will win' twice,\" she said.", ["\"He told me 'we will win' twice,\""]),
])
def test_straight_single_quotes_around_a_quotation(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in quote_regions(text)] == quoted


@pytest.mark.parametrize("text", [
    "I don't think O'Brien's team will win.",
    "The Smiths' house and the Joneses' car were sold.",
    "In the '90s they played rock 'n' roll and loved 'em, said the leaders' aides.",
    "'Tis the season, the Smiths' friends said.",
    "He said 'no' to the deal.",  # one word: a cited word or a scare quote, not a quotation region
    "'90s music and the players' union' rules.",
    "'Open and never closed\n\nNext paragraph's text.'",
])
def test_apostrophes_open_and_close_no_straight_single_quotation(text: str) -> None:
    assert quote_regions(text) == []


_APOSTROPHE_WORDS = st.sampled_from([
    "don't", "can't", "O'Brien", "rock", "'n'", "roll", "'90s", "'em", "'til", "the", "Smiths'", "house", "leaders'",
    "plan", "it's", "we'll", "d'Ivoire", "players'", "said", "minister", "They", "won't", "Jones's",
])


@given(st.lists(st.tuples(_APOSTROPHE_WORDS, st.sampled_from([" ", " ", ", ", ". ", "; ", " - ", "\n"])),
                max_size=40))
@settings(max_examples=400)
def test_apostrophes_in_and_after_words_never_make_a_single_quotation(parts: list[tuple[str, str]]) -> None:
    # apostrophes inside words, elisions, decades and plural possessives, in any order: no quotation
    text = "".join(w + sep for w, sep in parts)
    assert quote_regions(text) == []


def test_straight_single_quote_patterns_match_their_look_behind_first_forms() -> None:
    # the shipped patterns read the mark before the look-behind (fast); the plain forms say what they mean
    import re

    from framing.tokenize import _STRAIGHT_CLOSE_RE, _STRAIGHT_OPEN_RE

    plain_open = re.compile(r"(?<![^\s(\[:—–-])'(?=[A-Za-z])")
    plain_close = re.compile(r"(?<=[\w.,!?;:…])'(?=[\s.,;:!?)\]—–-]|\Z)")
    texts = ["'We will not,' she said.", "don't 'em rock 'n' roll", "(':x 'a' b 'c", "x'", "'", "a'b",
             "the Smiths' house: 'Yes.' — 'No!'", "'90s 'Tis", "\n'Hi,' he said.\n"]
    for text in texts:
        assert [m.span() for m in _STRAIGHT_OPEN_RE.finditer(text)] == [m.span() for m in plain_open.finditer(text)]
        assert [m.span() for m in _STRAIGHT_CLOSE_RE.finditer(text)] == [m.span() for m in plain_close.finditer(text)]


@given(st.text(alphabet="‘’ a\n.x-'\u00e9", max_size=60))
@settings(max_examples=400)
def test_curly_single_quote_patterns_match_their_look_behind_first_forms(text: str) -> None:
    # as above, for the curly ‘ and ’ patterns (mark first, look-behind second)
    import re

    from framing.tokenize import _SINGLE_CLOSE_RE, _SINGLE_OPEN_RE

    plain_open = re.compile(r"(?<![\w\u2019])\u2018(?=\S)")
    plain_close = re.compile(r"(?<=\S)\u2019(?!\w)")
    for text_ in (text, "‘Institutional Racism’ don’t", "’‘x’", "x‘a’b ‘ ’", "\n‘Hi,’ he said.\n"):
        assert [m.span() for m in _SINGLE_OPEN_RE.finditer(text_)] == [m.span() for m in plain_open.finditer(text_)]
        assert [m.span() for m in _SINGLE_CLOSE_RE.finditer(text_)] == [m.span() for m in plain_close.finditer(text_)]


_WORD_PIECES = st.sampled_from(["A", "a", "Aa", "AaA", "A.A", "-", "'", "’", "_", " ", ".", "1", "é", "\n", "Σ", "‐"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=14).map("".join), st.lists(_WORD_PIECES, min_size=1, max_size=3).map("".join))
def test_word_starts_are_the_bounded_pattern_matches(text: str, word: str) -> None:
    # session 31: str.find and a check of both ends find what a pattern compiled for the word finds
    import re

    pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])")
    assert list(word_starts(text, word)) == [m.start() for m in pattern.finditer(text)]


@given(st.lists(st.sampled_from(["ab.", "www.", "a", "b", ".", "!", "?", "…", "Ab", "A", "Cd", "”", "’", '"', ")",
                                 "]", "@", "x", "\n", " ", "\t", "\r", "\x0b", "\f", "Mr.", "U.S.", "é", "_", "1"]),
                max_size=40).map("".join))
@settings(max_examples=1000)
def test_boundary_pattern_with_one_class_first(text: str) -> None:
    # session 33: the branches' first characters read by one class, then told apart: the same matches
    import re

    from framing.tokenize import _BOUNDARY_RE

    old = re.compile(_OLD_BOUNDARY)
    assert [m.span() for m in _BOUNDARY_RE.finditer(text)] == [m.span() for m in old.finditer(text)]
