"""The shared token streams of Document (issue 16): each view equals what the scorers computed for themselves."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.document import Document
from framing.tokenize import TOKEN_RE

_PIECES = [*"ab Z-'’.\n\t\u00a0\u2028\x1cİ\u00ad,“”Σ", "state-run", "Mr. ", "'s", "ΟΔΟΣ", ":)", "--"]
_TEXT = st.lists(st.sampled_from(_PIECES)).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_chunks_are_text_split_with_offsets(text: str) -> None:
    d = Document(text)
    assert list(d.chunks) == text.split()
    assert list(zip(d.chunk_starts, d.chunk_ends, strict=True)) == [m.span() for m in re.finditer(r"\S+", text)]
    assert all(text[s:e] == c for c, s, e in zip(d.chunks, d.chunk_starts, d.chunk_ends, strict=True))


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_token_views_agree(text: str) -> None:
    d = Document(text)
    assert d.token_spans == tuple(m.span() for m in TOKEN_RE.finditer(text))
    assert d.token_starts == tuple(s for s, _ in d.token_spans)
    assert d.tokens == tuple(text[s:e] for s, e in d.token_spans)
    assert d.norm_tokens == tuple(d.norm[s:e] for s, e in d.token_spans)
    assert d.lower_tokens == tuple(t.lower().replace("’", "'") for t in d.tokens)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_vader_words_rule(text: str) -> None:
    import string

    from framing.document import vader_words

    chunks = text.split()
    expected = [w if len(c := w.strip(string.punctuation)) <= 2 else c for w in chunks]
    assert vader_words(chunks) == expected
    assert vader_words(iter(chunks)) == expected


def test_lower_tokens_final_sigma() -> None:
    # str.lower reads the characters around a capital sigma: the model's forms are lower-cased token by token
    d = Document("ΟΔΟΣ’s ΟΔΟΣ. İstanbul’s")
    assert d.lower_tokens == tuple(t.lower().replace("’", "'") for t in d.tokens)


def test_views_are_computed_once() -> None:
    d = Document("The regime’s so-called reforms. Critics said so.")
    assert d.chunks is d.chunks and d.tokens is d.tokens and d.lower_tokens is d.lower_tokens
    assert d.chunks == ("The", "regime’s", "so-called", "reforms.", "Critics", "said", "so.")
    assert d.lower_tokens[:3] == ("the", "regime", "'s")


def test_sample_documents_views() -> None:
    for rec in framing.read_sample():
        d = Document(rec.text)
        assert list(d.chunks) == rec.text.split()
        assert len(d.lower_tokens) == len(d.tokens)


def test_chunk_words_follow_vaders_word_rule() -> None:
    from framing.scorers.sentiment import _strip_rule

    text = "Mr. Smith said: “It’s a DISASTER!!!” :) -- no. (U.S.) Tabs\tand\r\nCRLF 😀"
    d = Document(text)
    assert d.chunk_words == tuple(_strip_rule([c.lower() for c in d.chunks]))
    assert d.chunk_words[:4] == ("mr.", "smith", "said", "“it’s")  # "mr" would be too short to strip
    assert ":)" in d.chunk_words and "--" in d.chunk_words and "no." in d.chunk_words
    assert Document("").chunk_words == ()
