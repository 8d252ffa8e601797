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
