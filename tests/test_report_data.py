"""Report data model and statistics: highlight segments, sections, corpus accumulation, bootstrap, log-odds.

Also holds the fixtures the other report tests import: analyses built directly with every field filled, so
every report section is exercised without depending on the scorers.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.analysis import Actor, Analysis, Label, Quote, ScareQuote, SentenceScore, Span
from framing.reporting.article import article_data, highlight_segments
from framing.reporting.corpus import CorpusAccumulator
from framing.reporting.style import Palette
from framing.stats import bootstrap_ci, log_odds_dirichlet

ARTICLE = (
    "Regime seizes mine\n\n"
    "The regime of Valdoria seized the mine, a brazen land grab. Dictator Ramón Calder slammed critics. "
    "\"This is theft,\" said Elena Varga, the opposition leader. President Sofia Brandt insisted the so-called "
    "council was a \"rubber stamp\". Investors may leave."
)


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def span(text: str, needle: str, category: str, weight: float, *, nth: int = 0, lexicon: str = "lexA",
         alternatives: tuple[str, ...] = (), probability: float | None = None, in_quote: bool = False,
         negated: bool = False) -> Span:
    s, e = _at(text, needle, nth)
    return Span(s, e, text[s:e], category, lexicon, weight, alternatives, in_quote, negated, needle.lower(),
                probability)


def full_analysis(text: str = ARTICLE, *, id: str = "art-1", meta: dict | None = None,
                  names: dict[str, str] | None = None) -> Analysis:
    """An analysis with every field filled (spans incl. an overlapping model span, actors, quotes...)."""
    n = names or {}
    t = text
    spans = [
        span(t, "regime", "pejorative_label", 0.5, alternatives=("government",)),
        span(t, "land grab", "dysphemism", 0.75, alternatives=("takeover", "nationalisation")),
        span(t, "brazen land grab", n.get("model_cat", "loaded_language"), 0.6, lexicon=n.get("model", "tagger"),
             probability=0.83),
        span(t, "Dictator", "pejorative_label", 0.75, alternatives=("president", "leader")),
        span(t, "slammed", "attribution_loaded", 0.75, alternatives=("criticised",)),
        span(t, "said", "attribution_neutral", 0.0),
        span(t, "President", "neutral_title", 0.0),
        span(t, "insisted", "attribution_loaded", 0.5, alternatives=("said",)),
        span(t, "so-called", n.get("cat", "delegitimiser"), 0.75, lexicon=n.get("lexicon", "lexB"),
             alternatives=(n.get("alt", "the"),)),
        span(t, "theft", "dysphemism", 0.5, in_quote=True),
        span(t, "may", "hedge", 0.0),
    ]
    sents = []
    starts = [0, t.index("The regime"), t.index("Dictator"), t.index('"This'), t.index("President"),
              t.index("Investors")]
    ends = [*(x - 1 for x in starts[1:]), len(t)]
    probs = [0.2, 0.91, 0.77, 0.35, 0.66, 0.1]
    for s, e, p in zip(starts, ends, probs, strict=True):
        while t[e - 1].isspace():
            e -= 1
        sents.append(SentenceScore(s, e, p, (("brazen", 0.4), ("regime", 0.3)) if p > 0.5 else ()))
    cs, ce = _at(t, "Ramón Calder")
    ds, de = _at(t, "Dictator")
    bs, be = _at(t, "Sofia Brandt")
    ps, pe = _at(t, "President")
    actors = (
        Actor(n.get("actor", "Ramón Calder"), "person", ((cs, ce),), (Label("Dictator", "pejorative", ds, de),),
              -0.4),
        Actor("Sofia Brandt", "person", ((bs, be),), (Label("President", "title", ps, pe),), 0.1),
    )
    qs, qe = _at(t, '"This is theft,"')
    q2s, q2e = _at(t, '"rubber stamp"')
    quotes = (
        Quote(qs, qe, t[qs:qe], n.get("speaker", "Elena Varga"), "said", "neutral"),
        Quote(q2s, q2e, t[q2s:q2e], "Sofia Brandt", "insisted", "loaded"),
    )
    return Analysis(
        id=id, text=t, n_words=len(t.split()),
        scores={"loaded_index": 40.0, "loaded_index_quoted": 5.0, "loaded_count": 7.0, "loaded_count_quoted": 1.0,
                "coverage": 0.2, "pejorative_label_per_1k": 20.0, "dysphemism_per_1k": 10.0,
                "hedge_per_1k": 5.0},
        spans=tuple(sorted(spans, key=lambda s: (s.start, s.end))),
        meta=meta if meta is not None else {"title": "Regime seizes mine", "outlet": "Ledger", "leaning": "right",
                                            "date": "2026-03-14"},
        actors=actors, quotes=quotes, scare_quotes=(ScareQuote(q2s, q2e, t[q2s:q2e]),),
        frames={n.get("frame", "economic"): 0.6, "legality": 0.3},
        readability={n.get("readability", "flesch_reading_ease"): 55.2, "grade": 9.1},
        sentiment={n.get("sentiment", "compound"): -0.52, "label": "negative"},
        sentences=tuple(sents),
    )


def empty_sections_analysis() -> Analysis:
    t = "A plain sentence. Another one."
    return Analysis(id="plain", text=t, n_words=5, scores={"loaded_index": 0.0})


# --- invariants --------------------------------------------------------------------------------------------


def test_fixture_offsets_hold():
    a = full_analysis()
    for s in a.spans:
        assert a.text[s.start:s.end] == s.text
    for q in a.quotes:
        assert a.text[q.start:q.end] == q.text


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12),
                                                            st.floats(0, 1)), max_size=8))
def test_segments_rebuild_the_text_and_number_every_span_once(text, raw):
    spans = []
    for start, length, w in raw:
        if start < len(text):
            end = min(len(text), start + length)
            spans.append(Span(start, end, text[start:end], f"cat{int(w * 3)}", "lx", w))
    a = Analysis(id="x", text=text, n_words=1, scores={}, spans=tuple(spans))
    segments, evidence, neutral = highlight_segments(a, Palette())
    assert "".join(s["text"] for s in segments) == text
    fns = [n for s in segments for n in s["fns"]]
    n_loaded = sum(1 for s in spans if s.weight > 0)
    assert sorted(fns) == list(range(1, n_loaded + 1))  # every loaded span numbered once
    for seg in segments:  # a segment is marked exactly when some span covers it
        assert (seg["cls"] is not None) == bool(seg["tip"])
    assert len(evidence) == n_loaded
    assert {c for c, _terms in neutral} == {s.category for s in spans if s.weight <= 0}


def test_overlapping_spans_show_strongest_and_list_all():
    a = full_analysis()
    segments, evidence, neutral = highlight_segments(a, Palette())
    assert ("attribution_neutral", "said") in neutral
    grab = next(s for s in segments if s["text"] == "land grab")
    assert "dysphemism" in grab["tip"] and "loaded_language" in grab["tip"] and "p = 0.83" in grab["tip"]
    assert any(e["source"].startswith("model tagger") for e in evidence)
    said = next(s for s in segments if s["text"] == "said")
    assert said["cls"] == "fr-n"  # weight 0: recorded, not loaded


@pytest.mark.parametrize(("text", "meta", "title"), [
    ("Senate passes the budget after all-night session\n\nThe Senate passed it.", {},
     "Senate passes the budget after all-night session"),
    ("Senate passes the budget\n\nThe Senate passed it.", {"title": "Given title"}, "Given title"),
    # a first paragraph that is a sentence, a lone line, a one-word line: no headline, the id
    ("The Senate passed the budget on Friday.\n\nIt did.", {}, "doc-7"),
    ("Senate passes the budget after all-night session", {}, "doc-7"),
    ("Update\n\nThe Senate passed it.", {}, "doc-7"),
    ("x" * 201 + " words\n\nThe Senate passed it.", {}, "doc-7"),
])
def test_article_heading_is_the_title_a_headline_line_or_the_id(text: str, meta: dict[str, str], title: str) -> None:
    from framing.reporting.article import _title

    assert _title(Analysis(id="doc-7", text=text, n_words=9, scores={}, meta=meta)) == title


def test_article_data_fills_every_section():
    d = article_data(full_analysis())
    assert d["title"] == "Regime seizes mine"
    assert {h["label"] for h in d["headline"]} >= {"Loaded-language index", "Sentiment", "Readability"}
    assert d["actors"][0]["loaded"] == "Dictator" or d["actors"][1]["loaded"] == "Dictator"
    assert any(r["titles"] == "President" for r in d["actors"])
    assert d["quotes_by_speaker"]["Sofia Brandt"] == {"loaded": 1}
    assert d["frames"][0] == ("economic", 0.6)
    assert d["has_probabilities"] and max(s["prob"] for s in d["sentences"]) == pytest.approx(0.91)
    assert d["scare_quotes"] == ['"rubber stamp"']
    assert d["top_terms"][0]["count"] >= 1
    assert sum(r["n_loaded"] for r in d["sentences"]) == sum(1 for s in full_analysis().spans
                                                             if s.weight > 0 and not s.negated)


def test_article_data_without_optional_fields_is_empty_not_broken():
    d = article_data(empty_sections_analysis())
    assert d["actors"] == [] and d["quotes"] == [] and d["frames"] == [] and not d["has_probabilities"]
    assert [h["label"] for h in d["headline"]] == ["Loaded-language index", "Loaded terms", "Words"]
    assert len(d["sentences"]) == 2  # falls back to the tokenizer's sentences


# --- corpus ------------------------------------------------------------------------------------------------


def _corpus(n_per_group: int = 5) -> list[Analysis]:
    out = []
    for g, (word, date) in {"left": ("junta", "2019"), "center": ("council", "2020"),
                            "right": ("regime", "2021")}.items():
        for i in range(n_per_group):
            t = f"The {word} met today. The {word} spoke about taxes and the {word} left. Item {i}."
            spans = tuple(Span(m, m + len(word), word, "pejorative_label", "lx", 0.5 + 0.1 * i)
                          for m in [t.index(word), t.index(word, t.index(word) + 1)])
            out.append(Analysis(id=f"{g}{i}", text=t, n_words=14, scores={"loaded_index": 10.0 * (i + 1),
                                                                        "coverage": 0.1},
                                spans=spans, meta={"leaning": g, "date": f"{date}-0{i % 9 + 1}-01"},
                                actors=(Actor("Calder", "person", ((0, 3),),
                                              (Label(word, "pejorative" if g != "center" else "title",
                                                     t.index(word), t.index(word) + len(word)),)),)))
    return out


def test_corpus_accumulator_groups_terms_trend_and_evidence():
    acc = CorpusAccumulator(group_by="leaning", evidence_per_group=3)
    for a in _corpus():
        acc.add(a)
    d = acc.data(n_boot=200)
    assert [g["name"] for g in d["groups"]] == ["left", "center", "right"]  # political order, not alphabetical
    li = d["metrics"][0]
    assert li["name"] == "loaded_index"
    for r in li["rows"]:
        assert r["lo"] <= r["mean"] <= r["hi"] and r["n"] == 5
    top = {x["group"]: x["terms"][0]["term"] for x in d["distinguishing"]}
    assert top == {"left": "junta", "center": "council", "right": "regime"}
    assert d["trend"]["granularity"] == "year" and d["trend"]["periods"] == ["2019", "2020", "2021"]
    calder = d["label_asymmetry"][0]
    assert calder["actor"] == "Calder"
    cells = {c["group"]: c for c in calder["cells"]}
    assert cells["left"]["loaded"] == "junta ×5" and cells["center"]["titles"] == "council ×5"
    for ev in d["evidence"]:
        assert 0 < len(ev["spans"]) <= 3
        assert len({e["term"] for e in ev["spans"]}) == len(ev["spans"])  # one per term


def test_corpus_merges_small_groups_beyond_max_groups():
    acc = CorpusAccumulator(group_by="outlet", max_groups=2)
    for i in range(5):
        acc.add(Analysis(id=str(i), text="x", n_words=1, scores={"loaded_index": float(i)},
                         meta={"outlet": f"o{i % 4}"}))
    d = acc.data(n_boot=50)
    assert [g["name"] for g in d["groups"]] == ["o0", "o1", "other groups"]
    assert sum(g["n_docs"] for g in d["groups"]) == 5
    assert d["trend"] is None


# --- statistics --------------------------------------------------------------------------------------------


def test_bootstrap_ci_contains_the_mean_is_seeded_and_narrows():
    rng = np.random.default_rng(1)
    small, big = rng.normal(5, 2, 20), rng.normal(5, 2, 2000)
    m, lo, hi = bootstrap_ci(small, seed=3)
    assert lo < m < hi and (m, lo, hi) == bootstrap_ci(small, seed=3)
    _, lo2, hi2 = bootstrap_ci(big, seed=3)
    assert hi2 - lo2 < (hi - lo) / 4
    assert bootstrap_ci([7.0]) == (7.0, 7.0, 7.0)
    assert all(math.isnan(x) for x in bootstrap_ci([]))


def test_bootstrap_ci_coverage_is_roughly_nominal():
    rng = np.random.default_rng(0)
    hits = sum(lo <= 0 <= hi for lo, hi in (bootstrap_ci(rng.normal(0, 1, 40), n_boot=300, seed=i)[1:]
                                            for i in range(100)))
    assert 85 <= hits <= 99


def test_log_odds_direction_symmetry_and_shrinkage():
    counts = {"a": {"regime": 30, "government": 10, "the": 100}, "b": {"regime": 5, "government": 35, "the": 100}}
    res = log_odds_dirichlet(counts, prior_strength=100)
    assert res["a"]["regime"][0] > 2 and res["b"]["government"][0] > 2
    assert res["a"]["regime"][0] == pytest.approx(-res["b"]["regime"][0])  # two groups: mirror images
    assert abs(res["a"]["the"][0]) < 1
    weak = log_odds_dirichlet(counts, prior_strength=100_000)
    assert abs(weak["a"]["regime"][1]) < abs(res["a"]["regime"][1])  # a stronger prior shrinks delta


def test_log_odds_rare_terms_are_not_overstated():
    counts = {"a": {"rare": 1, "common": 200, "x": 300}, "b": {"common": 100, "x": 300}}
    res = log_odds_dirichlet(counts, prior_strength=50)
    assert res["a"]["common"][0] > res["a"]["rare"][0]  # one sighting is weak evidence


def test_model_card_summary_comes_from_the_model_manifest_not_from_markdown(tmp_path, monkeypatch):
    from importlib import resources
    from pathlib import Path

    from framing.ml.persist import BiasModel, default_model
    from framing.reporting import methods as data

    card = data._model_card()  # the shipped model: its manifest's summary
    assert card is not None and card["title"] == "Model card: default-v2 (framing's default ML model)"
    text = " ".join(card["bullets"])
    assert "sentence ROC AUC, BABE (stratified cross-validation) 0.831 [0.818, 0.844]" in text
    assert "loaded 0.983" in text and "AGPL-3.0" in text and "Intended use:" in text and "Limit:" in text
    manifest = resources.files("framing.models").joinpath("default").joinpath("manifest.json")
    assert card["manifest_sha256"] == hashlib.sha256(manifest.read_bytes()).hexdigest()
    assert card["summary"].startswith("span tagger CRFTagger (tagger-v2), sentence model SentenceModel")
    # the summary is the loaded model's (BiasModel.summary, from manifest.json), not MODEL_CARD.md's text
    assert data._model_card(default_model(), manifest) == card
    # a model saved before summaries existed says so instead of guessing
    old = data._model_card(BiasModel(name="old"), tmp_path / "missing.json")
    assert old is not None and old["title"] == "Model old" and "refresh_summary" in old["summary"]
    assert old["manifest_sha256"] == ""
    # no Markdown card parser is left in the report
    src = (Path(data.__file__).parent).glob("*.py")
    assert not [f.name for f in src if "MODEL_CARD" in f.read_text(encoding="utf-8")]
    real = resources.files
    monkeypatch.setattr(resources, "files", lambda pkg: tmp_path if pkg == "framing.models" else real(pkg))
    assert data._model_card() is None  # no shipped model installed


def test_large_corpus_shows_the_most_loaded_distinct_documents_per_group():
    acc = CorpusAccumulator(group_by="leaning", max_articles=4)
    for a in _corpus(5) + _corpus(5):  # every text twice
        acc.add(a)
    shown, how = acc.shown_articles()
    assert "most loaded" in how and len(shown) == 4
    assert len({a.text for a in shown}) == 4  # duplicates shown once
    assert shown[0].scores["loaded_index"] == 50.0 and shown[0].meta["leaning"] == "left"
    small = CorpusAccumulator(group_by="leaning", max_articles=20)
    for a in _corpus(2):
        small.add(a)
    shown_small, how_small = small.shown_articles()
    assert how_small == "every document" and sorted(map(id, shown_small)) == sorted(map(id, small.articles))


def test_generated_date_honours_source_date_epoch(monkeypatch):
    """The report's one time-dependent field is fixed by SOURCE_DATE_EPOCH (reproducible builds)."""
    from datetime import datetime, timezone

    from framing.reporting.methods import _generated_date

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert _generated_date() == "2023-11-14"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert _generated_date() == datetime.now(timezone.utc).strftime("%Y-%m-%d")
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert _generated_date() == datetime.now(timezone.utc).strftime("%Y-%m-%d")


def test_evidence_snippets_keep_the_space_around_the_term():
    from framing.reporting.corpus import _snippet

    text = "the corporate\n plunderers   who took it"
    assert _snippet(text, 0, 15, left=True) == "the corporate "
    assert _snippet(text, 25, len(text), left=False) == " who took it"
    assert _snippet("x" * 10 + " a  b", 10, 15, left=True) == "…a b"


def test_surname_actors_merge_into_the_one_full_name_across_documents():
    from collections import Counter

    from framing.reporting.article import _merge_surnames

    labels = {
        "Donald Trump": {"left": Counter({("pejorative", "demagogue"): 1})},
        "Trump": {"left": Counter({("title", "president"): 2}), "right": Counter({("title", "president"): 1})},
        "Smith": {"left": Counter({("title", "senator"): 1})},
        "John Smith": {"left": Counter({("title", "judge"): 1})},
        "Anna Smith": {"left": Counter({("title", "mayor"): 1})},
        "Cuba": {"left": Counter({("ideological", "communist"): 1})},
    }
    people = {"Donald Trump", "Trump", "Smith", "John Smith", "Anna Smith"}
    out = _merge_surnames(labels, people)
    assert set(out) == {"Donald Trump", "Smith", "John Smith", "Anna Smith", "Cuba"}  # Smith: two full names
    assert out["Donald Trump"]["left"] == Counter({("pejorative", "demagogue"): 1, ("title", "president"): 2})
    assert out["Donald Trump"]["right"] == Counter({("title", "president"): 1})


# --- session 27: what the article section says matches what it shows --------------------------------------


def test_sentence_table_lists_only_sentences_at_or_above_one_half_highest_first():
    from framing.reporting.render import article_view

    art = article_view(full_analysis(), Palette(), 0, charts=False)
    probs = [s["prob"] for s in art["top_sentences"]]
    assert probs == sorted(probs, reverse=True) and all(p >= 0.5 for p in probs)
    assert art["n_biased_sentences"] == 3 and art["n_scored_sentences"] == 6


def test_sentence_terms_repeat_no_phrase_word_or_word_form():
    from framing.reporting.article import _distinct_terms

    assert _distinct_terms(["brazen", "land grab", "land", "grab", "slam", "slammed", "iron fist", "fist", "x"], 4) \
        == ["brazen", "land grab", "slam", "iron fist"]


def test_sentiment_shares_are_percentages_and_compound_two_decimals():
    a = dataclasses.replace(full_analysis(), sentiment={"compound": -0.0512, "pos": 0.0761, "neg": 0.0595,
                                                        "neu": 0.8644})
    shown = dict(article_data(a)["sentiment"])
    assert sorted(shown.values()) == sorted(["-0.05", "8%", "6%", "86%"])


def test_recorded_terms_use_display_names():
    art = article_data(full_analysis())
    assert all("_" not in cat for cat, _terms in art["neutral_evidence"])


def test_bar_chart_keeps_each_bar_its_own_colour_when_rows_are_cut():
    import re

    from framing.reporting.charts import bar_chart

    items = [(f"c{i}", float(30 - i)) for i in range(25)]  # more rows than the chart shows (20)
    colours = [f"#{i + 100:02x}{i + 100:02x}{i + 100:02x}" for i in range(25)]
    svg = bar_chart(items, xlabel="x", colours=colours)
    used = set(re.findall(r"fill: ?(#[0-9a-f]{6})", svg))
    assert {colours[0], colours[19]} <= used and colours[20] not in used


def test_most_frequent_terms_are_shown_as_written_and_frames_by_codebook_name():
    from framing.reporting.render import article_view

    a = full_analysis()
    spans = tuple(dataclasses.replace(s, term="slam") if s.text == "slammed" else s for s in a.spans)
    art = article_view(dataclasses.replace(a, spans=spans), Palette(), 0, charts=True)
    assert "slammed" in [t["term"] for t in art["top_terms"]]
    assert "slam" not in [t["term"] for t in art["top_terms"]]
    assert "Economic" in str(art["charts"]["frames"])  # (was "economic")


def test_a_datelines_agency_credit_is_no_word_of_the_outlet():
    # "SANTA LUCÍA (CW) —" credits the wire; "cw" was the wire's top distinguishing word in the sample report
    acc = CorpusAccumulator(group_by="outlet")
    text = "SANTA LUCÍA (CW) — The minister spoke.\n\nPORTO AZUL, Costa Verde (CW) — CW staff said cw rules apply."
    acc.add(dataclasses.replace(full_analysis(text=ARTICLE), text=text, meta={"outlet": "Wire"}, spans=(),
                                actors=(), quotes=(), scare_quotes=(), sentences=()))
    assert acc.words["Wire"]["cw"] == 2  # the two uses in the text stay; the two credits go
    assert acc.words["Wire"]["minister"] == 1
