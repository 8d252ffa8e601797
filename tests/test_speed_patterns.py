"""Session 23 (issue 16): regular expressions rewritten for speed find exactly what the plain patterns find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.scorers.actors import _SHOUTED_RE
from framing.scorers.names import CAP_TOKEN_RE, _cap_token_spans

_SHOUTED_PLAIN = re.compile(r"(?<![\w'’.-])[A-Z][A-Z'’]*(?:[ \t]+[A-Z][A-Z'’]*(?![\w'’-])){3,}")

_PIECES = ["A", "B", "AB", "THE", "WE ", "AND ", "U.S.", "J.", ".", " ", "\t", "\n", "'", "’", "'s", "-", "‐", "‑",
           "x", "abc", "Ab", "Smith", "al-", "bin-", "ibn", "abu", "ben-", "de-", "van-", "von ", "di‐", "da‑", "el",
           "_", "1", "é", "É", "Ö", "ß", "İ", "Assad", "O'Rourke", "Ocasio-Cortez"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 8), st.integers(0, 8))
def test_cap_tokens_as_the_plain_pattern(text: str, lo: int, cut: int) -> None:
    hi = max(lo, len(text) - cut)
    assert _cap_token_spans(text, lo, hi) == [m.span() for m in CAP_TOKEN_RE.finditer(text, lo, hi)]


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_shouted_as_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in _SHOUTED_RE.finditer(text)] == [m.span() for m in _SHOUTED_PLAIN.finditer(text)]


def test_sample_texts() -> None:
    for rec in framing.read_sample():
        t = rec.text
        assert _cap_token_spans(t, 0, len(t)) == [m.span() for m in CAP_TOKEN_RE.finditer(t)]
        assert _SHOUTED_RE.findall(t) == _SHOUTED_PLAIN.findall(t)


# Session 23, round 2: a case-insensitive pattern that opens with its first letters, a whole-text scan searched
# line by line, and the gates searched before patterns anchored at the end of a window.
from framing.scorers.actor_labels import (  # noqa: E402
    _LOWER_TITLE_OF_GATE_RE,
    _LOWER_TITLE_OF_RE,
    _ROLE_PHRASE_BEFORE_RE,
    _TITLE_TO_GATE_RE,
    _TITLE_TO_RE,
)
from framing.scorers.actor_shared_labels import _DASH_LIST_RE, _dash_list_matches  # noqa: E402
from framing.scorers.actors import _SIGNUP_WORD_RE  # noqa: E402

_SIGNUP_PLAIN = re.compile(
    r"(?i)(?<![\w'’-])(?:sign(?:ing)?[ -]up|subscrib\w*|unsubscribe|newsletters?|inbox)(?![\w'’-])")
_SIGNUP_PIECES = ["sign", "SIGN", "ſign", "ing", " ", "-", "up", "UP", "subscrib", "SUBSCRIBE", "unsubscribe", "Un",
                  "newsletter", "NEWSLETTERS", "s", "inbox", "İnbox", "ınbox", "x", "'", "’", "\n", "a", "_", "1", "."]
_LIST_PIECES = ["leaders", "chiefs", " of ", "staff", "s", "—", "–", "--", "-", ":", " ", "\t", "\n", "Jane", "Roe",
                "A", "x", "'", "’", ",", "ex-presidents"]
_TITLE_PIECES = ["former ", "then-", "ex-", "Ambassador", "ambassador", "Envoy", "Minister", "Secretary", "Chair",
                 "Chairman", "director", "Director", "secretary", "commissioner", "administrator", "Founder", " to ",
                 " of ", " for ", "the ", "Ukraine", "U.S.", "national", "intelligence", " ", "\t", "\n", ".", ",",
                 "Jane", "a", "x-"]
_ROLE_PIECES = ["The ", "the ", "a ", "his ", "former ", "coach", " of ", "team", ",", " ", "\t", "\n", ". ", "said",
                "Jane", "who", "(", '"']


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SIGNUP_PIECES), max_size=10).map("".join), st.integers(0, 6), st.integers(0, 6))
def test_signup_as_the_plain_pattern(text: str, lo: int, cut: int) -> None:
    hi = max(lo, len(text) - cut)
    a, b = _SIGNUP_WORD_RE.search(text, lo, hi), _SIGNUP_PLAIN.search(text, lo, hi)
    assert (a and a.span()) == (b and b.span())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LIST_PIECES), max_size=14).map("".join))
def test_dash_list_as_the_whole_text_scan(text: str) -> None:
    assert [m.span(1) + m.span() for m in _dash_list_matches(text)] == \
        [m.span(1) + m.span() for m in _DASH_LIST_RE.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=12).map("".join), st.integers(0, 40))
def test_title_gates_hold_every_match(text: str, lo: int) -> None:
    lo = min(lo, len(text))
    if _TITLE_TO_GATE_RE.search(text, lo) is None:
        assert _TITLE_TO_RE.search(text, lo) is None
    if _LOWER_TITLE_OF_GATE_RE.search(text, lo) is None:
        assert _LOWER_TITLE_OF_RE.search(text, lo) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_PIECES), max_size=12).map("".join))
def test_role_phrase_gate_holds_every_match(text: str) -> None:
    if _ROLE_PHRASE_BEFORE_RE.search(text) is not None:
        assert text[-1:] in (" ", "\t") and text.rstrip(" \t").endswith(",")


def test_sample_texts_round_two() -> None:
    for rec in framing.read_sample():
        t = rec.text
        assert [m.span() for m in _dash_list_matches(t)] == [m.span() for m in _DASH_LIST_RE.finditer(t)]
        a, b = _SIGNUP_WORD_RE.search(t), _SIGNUP_PLAIN.search(t)
        assert (a and a.span()) == (b and b.span())


def test_gates_on_matching_examples() -> None:
    for text in ("met former Ambassador to Ukraine ", "then-Envoy for Syria ", "the Minister of Foreign Affairs ",
                 "with special envoy to Iran ", "Chairwoman of the Fed "):
        assert _TITLE_TO_RE.search(text) is not None and _TITLE_TO_GATE_RE.search(text) is not None, text
    for text in ("Former director of national intelligence ", "secretary of homeland security "):
        assert _LOWER_TITLE_OF_RE.search(text) is not None and _LOWER_TITLE_OF_GATE_RE.search(text) is not None, text
    assert _ROLE_PHRASE_BEFORE_RE.search("said. The former coach of the team, ") is not None
