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


from framing.scorers.actor_cues import _ORG_NOUN_BEFORE_RE, org_noun_before  # noqa: E402
from framing.scorers.quote_attribution import _AS_PUT_IT_BEFORE_RE, _as_put_it_before  # noqa: E402

_ORG_PIECES = ["the ", "gas ", "company", "companies", "firm", "start-up", "non-profit", "organisation", "organization",
               "group", "app", "-", ",", " ", "\t", "\n", "Burisma", "x", "s", "The ", "union",
               "developer", "newspaper"]
_PUT_PIECES = ["As ", "as ", "he ", "the ", "senator ", "Palin ", "once ", "put", "puts", "phrased", "phrases", " it",
               " ", "\t", ",", ":", "yesterday", "(", "—", "\n", "."]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_ORG_PIECES), max_size=10).map("".join), st.integers(0, 12))
def test_org_noun_before_as_the_plain_search(text: str, lo: int) -> None:
    lo = min(lo, len(text))
    assert _span(org_noun_before(text, lo, len(text))) == _span(_ORG_NOUN_BEFORE_RE.search(text, lo, len(text)))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PUT_PIECES), max_size=12).map("".join), st.integers(0, 12))
def test_as_put_it_before_as_the_plain_search(text: str, lo: int) -> None:
    lo = min(lo, len(text))
    assert _span(_as_put_it_before(text, lo, len(text))) == _span(_AS_PUT_IT_BEFORE_RE.search(text, lo, len(text)))


def test_round_two_gates_on_matching_examples() -> None:
    assert org_noun_before("the gas company, ", 0, 17) is not None
    assert org_noun_before("the publisher ", 0, 14) is not None
    assert _as_put_it_before("As Palin put it yesterday, ", 0, 27) is not None


from types import SimpleNamespace  # noqa: E402

from framing.analysis import Label  # noqa: E402
from framing.scorers.actor_appositives import (  # noqa: E402
    _NICKNAME_WORD_RE,
    _NICKNAME_WORDS,
    _QUOTED_NICKNAME_RE,
    _nickname_labels,
)


def _nickname_labels_plain(text: str, s: int) -> list[Label]:
    out: list[Label] = []
    before = text[max(0, s - 40) : s]
    w = _NICKNAME_WORD_RE.search(before)
    if w is not None and w.group(1).rstrip("'’").lower() in _NICKNAME_WORDS:
        a = s - len(before) + w.start(1)
        out.append(Label(w.group(1), "descriptive", a, a + len(w.group(1))))
    q = _QUOTED_NICKNAME_RE.search(before)
    if q is not None and q.group(1)[1:].split()[0].rstrip("'’").lower() in _NICKNAME_WORDS:
        a = s - len(before) + q.start(1)
        out.append(Label(q.group(1), "descriptive", a, a + len(q.group(1))))
    return out


_NICK_PIECES = ["Lyin' ", "Lyin’ ", "Sleepy ", "sleepy ", "Crooked", "“Sloppy Steve” ", '"Psycho Joe" ', "Ted", " ",
                "\t", "'", "’", "(", "the ", "X", "\n", "”", '"']


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_NICK_PIECES), max_size=8).map("".join))
def test_nickname_labels_as_the_plain_searches(text: str) -> None:
    ctx = SimpleNamespace(doc=SimpleNamespace(text=text + "Cruz"))
    assert _nickname_labels(ctx, len(text), len(text) + 4) == _nickname_labels_plain(text + "Cruz", len(text))  # type: ignore[arg-type]


from framing.language import _NOT_LETTERS_RE  # noqa: E402

_LETTER_PLAIN = re.compile(r"[^\W\d_]")


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_letter_count_as_the_plain_pattern(text: str) -> None:
    assert len(text) - sum(map(len, _NOT_LETTERS_RE.findall(text))) == len(_LETTER_PLAIN.findall(text))


def test_the_party_list_search_finds_what_a_whole_text_scan_finds() -> None:
    from framing.scorers.actor_shared_labels import _PARTY_LIST_RE, _party_list_matches

    texts = ["Two Democrats, Reps. Jane Roe and Ann Lee, voted. Three Republicans, Sens. A B and C D, did too.",
             "Fellow conservatives, Jane Roe said. 12 moderates, Governors Ann Lee and Bo Li, met; Democrats, Jane.",
             "Democrats,Republicans, x two Dems, Rep. Ann Lee", ""]
    for text in texts:
        assert [m.span() for m in _party_list_matches(text)] == [m.span() for m in _PARTY_LIST_RE.finditer(text)]


# Session 33: the sign-up box's substring gate holds every text the sign-up pattern matches.
from framing.document import Document  # noqa: E402
from framing.scorers.actors import _SIGNUP_ODD_CASE, _SIGNUP_STEMS  # noqa: E402


def _signup_gate(text: str) -> bool:
    return any(w in Document(text).norm for w in _SIGNUP_STEMS) or any(c in text for c in _SIGNUP_ODD_CASE)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([*_SIGNUP_PIECES, "‐", "‑", "Sign", "Signing", "ign", "SiGn", "UP"]),
                max_size=10).map("".join))
def test_signup_gate_holds_every_match(text: str) -> None:
    if _SIGNUP_WORD_RE.search(text) is not None:
        assert _signup_gate(text)


def test_signup_gate_on_sample_texts() -> None:
    for text in ("Sign up for our newsletter", "SIGNING-UP now", "sign\u2010up", "İnbox", "signing up"):
        assert _signup_gate(text), text
    assert not _signup_gate("He signed the design and resigned.")
    for rec in framing.read_sample():
        if _SIGNUP_WORD_RE.search(rec.text) is not None:
            assert _signup_gate(rec.text)


# Session 33: two whole-text patterns with a character class first (a search skips in C to the next candidate).
from framing.scorers.actor_words import _LOWER_WORD_RE  # noqa: E402
from framing.scorers.readability import _PUNCT_RE  # noqa: E402

_LOWER_WORD_PLAIN = re.compile(r"(?<![\w'’\-])[a-z]+(?![\w'’\-])")
_PUNCT_PLAIN = re.compile(r"'(?![tsd]|ve|ll|re)|[^\w\s']")
_WORD_PIECES = ["a", "abc", "Abc", "x", "s", "t", "d", "ve", "ll", "re", "'", "’", "-", "‐", "_", "1", " ", "\n", ".",
                ",", "é", "İ", "ı", "ſ", "\u212a", "@", "''", "'t", "'s"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=14).map("".join))
def test_lower_word_and_punct_as_the_plain_patterns(text: str) -> None:
    assert _LOWER_WORD_RE.findall(text) == _LOWER_WORD_PLAIN.findall(text)
    for pos in range(len(text) + 1):
        assert _span(_LOWER_WORD_RE.match(text, pos)) == _span(_LOWER_WORD_PLAIN.match(text, pos))
    assert [m.span() for m in _PUNCT_RE.finditer(text)] == [m.span() for m in _PUNCT_PLAIN.finditer(text)]
    assert _PUNCT_RE.sub("", text) == _PUNCT_PLAIN.sub("", text)


def test_lower_word_and_punct_on_sample_texts() -> None:
    for rec in framing.read_sample():
        t = rec.text
        assert _LOWER_WORD_RE.findall(t) == _LOWER_WORD_PLAIN.findall(t)
        assert _PUNCT_RE.sub("", t) == _PUNCT_PLAIN.sub("", t)
