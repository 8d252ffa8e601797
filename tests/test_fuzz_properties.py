"""Hypothesis properties of framing.analyze (default scorers) and the lexicon loader on hostile text.

Offsets are valid and ordered, ``text[start:end]`` equals the evidence text (spans, actor mentions and labels,
quotes, scare quotes, sentences), every score is finite, and the only exceptions are FramingError subclasses.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing.exceptions import FramingError
from framing.lexicon import load_lexicon
from framing.pipeline import Analyzer

FRAGMENTS = [
    "the regime", "Regimes", "slammed", "so-called", "so\u2011called", "dictator game", "not a dictator",
    "Sen.", "Mr.", "U.S.", "President", "Nicol\u00e1s", "Nicola\u0301s", "far-right", "far right",
    "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "``", "''", " said ", " claimed ",
    ", ", ". ", "! ", "? ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2014", "\u2013", "-", "...", "\u2026",
    "\u200b", "\u200d", "\u00ad", "\ufeff", "\u202e", "\u2066", "\u2069", "\x00", "\ufffd",
    "\U0001f4a5", "\u0627\u0644\u0646\u0638\u0627\u0645", "\u00c3\u00a1", "\u00e2\u20ac\u2122", "<b>", "&amp;",
    "reportedly", "could", "onslaught", "thug", "Communist Party", "junta", "  ", "A", "I",
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map("".join)


def _finite(name: str, v: Any) -> None:
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return
    if isinstance(v, (int, float)):
        assert math.isfinite(v), (name, v)
    elif isinstance(v, dict):
        for k, x in v.items():
            _finite(f"{name}.{k}", x)
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v):
            _finite(f"{name}[{i}]", x)


def _slice_ok(text: str, start: int, end: int, expected: str | None = None) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    if expected is not None:
        assert text[start:end] == expected, (start, end, text[start:end], expected)


def check_analysis(text: str, a: framing.Analysis) -> None:
    last = (-1, -1)
    for s in a.spans:
        _slice_ok(text, s.start, s.end, s.text)
        assert s.start < s.end
        assert (s.start, s.end) >= last, "spans out of order"
        last = (s.start, s.end)
        assert math.isfinite(s.weight)
    for actor in a.actors:
        for start, end in actor.mentions:
            _slice_ok(text, start, end)
        for label in actor.labels:
            _slice_ok(text, label.start, label.end, label.text)
    prev = -1
    for q in a.quotes:
        _slice_ok(text, q.start, q.end, q.text)
        assert q.start >= prev, "quotes out of order"
        prev = q.start
    for sq in a.scare_quotes:
        _slice_ok(text, sq.start, sq.end, sq.text)
    prev_end = 0
    for sent in a.sentences:
        _slice_ok(text, sent.start, sent.end)
        assert sent.start >= prev_end, "sentences overlap or are out of order"
        prev_end = sent.end
        assert 0.0 <= sent.bias_probability <= 1.0
    for name, v in a.scores.items():
        assert isinstance(v, (int, float)), (name, v)
        # issue 15: a text detected as another language gets NaN (null) scores, never other non-finite numbers
        assert math.isfinite(v) if a.language == "en" else math.isnan(v), (name, v, a.language)
    if a.language == "en":
        _finite("frames", dict(a.frames))
    else:  # like its scores, a document in another language has null (NaN) frames (the same keys for every document)
        assert all(math.isnan(v) for v in a.frames.values()), (dict(a.frames), a.language)
    _finite("readability", dict(a.readability))
    _finite("sentiment", dict(a.sentiment))
    assert a.n_words >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_analyze_default_scorers_keeps_offsets_and_finite_scores(text: str) -> None:
    try:
        a = framing.analyze(text)
    except FramingError:
        return
    check_analysis(text, a)


HEADER = "term\tcategory\tweight\talternatives\tinflect\tforms\tcase\tcontext\tnote\n"
cells = st.one_of(st.sampled_from(["regime", "so-called", "far right", "Reds", "the", "a", "", " ", "x  y",
                                   "pejorative_label", "hedge", "Bad Cat", "0", "1", "0.5", "-1", "nan", "inf",
                                   "1e309", "noun", "verb", "adj", "prefix", "none", "cased", "any",
                                   "!prev=dosing|tax", "next=game", "!next=", "prev=", "!name", "bogus=1",
                                   "a|b", "|", "fought|fights"]),
                  st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\t\n\r"),
                          max_size=8))
TERMS = ["regime", "so-called", "far right", "dictator", "the", "a", "slam", "Reds", "regime change", "thug"]
valid_row = st.tuples(
    st.sampled_from(TERMS), st.sampled_from(["pejorative_label", "hedge", "intensifier"]),
    st.floats(0, 1).map(lambda w: f"{w:.3g}"), st.sampled_from(["", "government|administration"]),
    st.sampled_from(["", "none", "noun", "verb", "adj", "prefix"]), st.sampled_from(["", "fought|fights"]),
    st.sampled_from(["", "any", "cased"]),
    st.sampled_from(["", "!prev=dosing|tax", "!next=game|games", "prev=the", "next=change", "!name"]),
).map("\t".join)
rows = st.lists(st.one_of(valid_row, st.lists(cells, min_size=1, max_size=10).map("\t".join)), max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows, text=st.lists(st.one_of(texts, st.sampled_from([*TERMS, " ", ". ", "\u201c"])), max_size=12)
       .map(" ".join))
def test_lexicon_loader_accepts_or_names_the_line(tmp_path: Path, rows: list[str], text: str) -> None:
    p = tmp_path / "fuzz.tsv"
    p.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    try:
        lex = load_lexicon(p)
    except FramingError as exc:
        assert "fuzz.tsv" in str(exc)
        return
    a = Analyzer(lexicons=[lex], builtin_lexicons=False, scorers=["lexicon"]).analyze(text)
    check_analysis(text, a)
    for s in a.spans:
        assert s.lexicon == lex.name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(valid_row, min_size=1, max_size=6, unique_by=lambda r: r.split("\t")[0]),
       words=st.lists(st.sampled_from([*TERMS, "dosing", "game", "change", "Regimes", "slammed", "fights", ",",
                                               "\u201c", "\u201d", "not", "\u200b"]), max_size=25))
def test_valid_lexicons_match_with_exact_offsets(tmp_path: Path, rows: list[str], words: list[str]) -> None:
    p = tmp_path / "valid.tsv"
    p.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    try:
        lex = load_lexicon(p)
    except FramingError as exc:  # e.g. a cased term that is not lower case, or a context rule it rejects
        assert "valid.tsv" in str(exc)
        return
    text = " ".join(words)
    a = Analyzer(lexicons=[lex], builtin_lexicons=False, scorers=["lexicon"]).analyze(text)
    check_analysis(text, a)
    assert not any(a.spans[i].end > a.spans[i + 1].start for i in range(len(a.spans) - 1)), "overlapping spans"
