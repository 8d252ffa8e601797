"""Key findings and alerts: sentences from known counts, 'clear' only with enough data and an interval that
excludes 1, 'too thin' otherwise; alerts for small groups, other languages, skipped/failed records and model
candidates; human names for measures."""

from __future__ import annotations

import dataclasses
import math
import re

import pytest

from framing.analysis import Analysis, Span
from framing.reporting import build_report
from framing.reporting.alerts import article_alerts, corpus_alerts
from framing.reporting.article import article_data
from framing.reporting.corpus import CorpusAccumulator
from framing.reporting.findings import MIN_DOCS, article_findings, corpus_findings, rate_ratio
from framing.reporting.measures import measure_label
from framing.stats import wilson_interval
from tests.test_report_data import full_analysis

WORD = "regime"


def _doc(i: int, group: str, n_spans: int, *, n_words: int = 100, language: str = "en",
         error: str | None = None, word: str = WORD) -> Analysis:
    """A document of ``n_words`` words with ``n_spans`` pejorative labels ``word`` (own voice)."""
    words = [word if k < n_spans else f"w{k}" for k in range(n_words)]
    text = " ".join(words)
    spans, pos = [], 0
    for _k in range(n_spans):
        pos = text.index(word, pos)
        spans.append(Span(pos, pos + len(word), word, "pejorative_label", "lx", 0.5, term=word))
        pos += len(word)
    return Analysis(id=f"{group}{i}", text=text, n_words=n_words,
                    scores={"loaded_index": 5.0 * n_spans, "coverage": 0.1}, spans=tuple(spans),
                    meta={"outlet": group}, language=language, error=error)


def _corpus_data(docs: list[Analysis]) -> tuple[CorpusAccumulator, dict]:
    acc = CorpusAccumulator(group_by="outlet")
    for a in docs:
        acc.add(a)
    return acc, acc.data(n_boot=300)


# --- rate ratios from known counts ------------------------------------------------------------------------


def test_rate_ratio_clear_from_known_counts():
    a = [(4, 1000)] * 10 + [(5, 1000)] * 10  # 90 spans in 20,000 words
    b = [(1, 1000)] * 10 + [(2, 1000)] * 10  # 30 spans in 20,000 words
    r = rate_ratio(a, b, n_boot=500)
    assert r.ratio == pytest.approx(3.0)
    assert r.spans == (90, 30) and r.words == (20_000, 20_000) and r.docs == (20, 20)
    # the interval is at least as wide as the Wilson interval of the split (90 of 120), turned into a ratio
    plo, phi = wilson_interval(90, 120)
    assert r.lo <= plo / (1 - plo) + 1e-9 and r.hi >= phi / (1 - phi) - 1e-9
    assert 1 < r.lo < 3 < r.hi < 6
    assert r.enough and r.clear


def test_rate_ratio_spread_across_documents_widens_the_interval():
    even = rate_ratio([(3, 1000)] * 10, [(1, 1000)] * 10, n_boot=500)
    # the same totals, but all of a side's spans in one document: the bootstrap over documents sees it
    lumpy = rate_ratio([(30, 1000)] + [(0, 1000)] * 9, [(10, 1000)] + [(0, 1000)] * 9, n_boot=500)
    assert even.ratio == pytest.approx(lumpy.ratio) == pytest.approx(3.0)
    assert lumpy.hi - lumpy.lo > even.hi - even.lo


def test_rate_ratio_with_no_span_on_one_side():
    r = rate_ratio([(6, 500)] * 6, [(0, 500)] * 6)
    assert math.isinf(r.ratio) and math.isinf(r.hi) and 0 < r.lo < math.inf


def test_too_few_documents_is_never_clear():
    r = rate_ratio([(40, 1000)], [(4, 1000)])  # a huge ratio, but one document a side
    assert r.ratio == pytest.approx(10.0) and r.lo > 1
    assert not r.enough and not r.clear


# --- corpus findings --------------------------------------------------------------------------------------


def test_corpus_findings_conclusive():
    docs = [_doc(i, "Ledger", 4 + i % 2) for i in range(10)] + [_doc(i, "Wire", i % 2) for i in range(10)]
    acc, data = _corpus_data(docs)
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=300)
    clear = [f["text"] for f in out if f["kind"] == "clear"]
    # Ledger: 45 spans in 1,000 words; Wire: 5 in 1,000
    assert any(t.startswith("Ledger uses pejorative labels in its own voice 9.0× as often as Wire (95% CI ") and
               "45 vs 5 spans in 1,000 vs 1,000 words; 10 vs 10 documents" in t for t in clear), clear
    assert not any(f["kind"] == "thin" and "Too thin to compare" in f["text"] for f in out)


def test_corpus_findings_too_thin():
    docs = [_doc(0, "Ledger", 9), _doc(1, "Ledger", 8), _doc(0, "Wire", 1)]
    acc, data = _corpus_data(docs)
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=300)
    assert not [f for f in out if f["kind"] == "clear"]
    texts = " ".join(f["text"] for f in out if f["kind"] == "thin")
    assert f"each has fewer than {MIN_DOCS} documents" in texts
    assert "No difference between groups is clear at this sample size" in texts
    assert "too thin to conclude (fewer than 5 documents on one side)" in texts
    assert "one document, so no interval" in texts  # Wire's mean index


def test_corpus_findings_no_difference_when_rates_are_equal():
    docs = [_doc(i, g, 2 + i % 3) for g in ("Ledger", "Wire") for i in range(8)]
    acc, data = _corpus_data(docs)
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=300)
    assert not [f for f in out if f["kind"] == "clear"]
    assert any("its interval includes 1 (no difference)" in f["text"] for f in out)


def test_corpus_findings_name_terms_only_above_the_threshold():
    docs = [_doc(i, "Ledger", 3) for i in range(6)] + [_doc(i, "Wire", 3, word="council") for i in range(6)]
    acc, data = _corpus_data(docs)
    passing = [t for d in data["distinguishing"] for t in d["terms"] if t["passes"]]
    assert passing and all(t["z"] >= 1.96 for t in passing)
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=100)
    assert any("more often than chance would explain (they pass z ≥ 1.96" in f["text"] and "‘regime’" in f["text"]
               for f in out)
    thin = [_doc(0, "Ledger", 1), _doc(0, "Wire", 0)]
    acc, data = _corpus_data(thin)
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=100)
    assert any("than chance would explain (no loaded term or word distinguishes any group at z ≥ 1.96)" in f["text"]
               for f in out)


# --- article findings -------------------------------------------------------------------------------------


def test_article_findings_say_what_the_article_holds():
    a = full_analysis()
    out = " ".join(f["text"] for f in article_findings(article_data(a)))
    own = sum(1 for s in a.spans if s.weight > 0 and not s.negated and not s.in_quote)
    quoted = sum(1 for s in a.spans if s.weight > 0 and not s.negated and s.in_quote)
    assert f"{own} loaded terms in the outlet's own voice" in out and f"and {quoted} inside quotations" in out
    assert "2 quotations from 2 named sources" in out and "‘insisted’" in out
    assert "Loaded labels go to Ramón Calder (Dictator)" in out
    assert "One article says nothing about its outlet" in out


def test_article_findings_for_a_failed_document():
    a = Analysis(id="x", text="", n_words=0, scores={}, error="ValueError: boom")
    assert article_findings(article_data(a))[0]["kind"] == "none"


# --- alerts -----------------------------------------------------------------------------------------------


def test_corpus_alerts_count_languages_skips_failures_and_small_groups():
    docs = [_doc(i, "Ledger", 2) for i in range(6)] + [_doc(0, "Wire", 1)]
    docs += [_doc(7, "Ledger", 0, language="de"), _doc(8, "Wire", 0, language="de"),
             _doc(9, "Wire", 0, language="fr"),
             _doc(10, "Wire", 0, error="skipped: the text is null"),
             _doc(11, "Wire", 0, error="ValueError: boom")]
    acc, data = _corpus_data(docs)
    assert sum(g["n_docs"] for g in data["groups"]) == 7  # other languages stay out of the statistics
    text = " | ".join(a["text"] for a in corpus_alerts(acc, data))
    assert "1 of 2 outlet groups have fewer than 5 documents: Wire (1)" in text
    assert "3 documents not in English (de ×2, fr) are left out of every statistic" in text
    assert "1 input record could not be read and was skipped (the text is null)" in text
    assert "1 document failed during analysis" in text


def test_alerts_for_model_candidates():
    a = full_analysis()
    cand = Span(0, 6, a.text[0:6], "loaded_model_candidate", "tagger", 0.0, probability=0.3)
    b = dataclasses.replace(a, spans=(*a.spans, cand))
    text = " ".join(x["text"] for x in article_alerts(b, article_data(b)))
    assert "1 low-confidence model tag (below the tagger's loaded threshold, weight 0)" in text
    text = " ".join(x["text"] for x in article_alerts(a, article_data(a)))
    assert "Low-confidence model tags (below the tagger's loaded threshold) are hidden" in text


def test_findings_and_alerts_render_on_top_and_escaped():
    docs = [_doc(0, "<b>Ledger</b>", 3), _doc(0, "Wire", 0, language="de"), _doc(1, "Wire", 1)]
    html, kind, _n = build_report(docs, group_by="outlet", n_boot=50)
    assert kind == "corpus"
    assert html.index("Key findings") < html.index('id="overview"')
    assert "&lt;b&gt;Ledger&lt;/b&gt;" in html and "<b>Ledger</b>" not in html
    assert "1 document not in English (de) is left out" in html
    html, kind, _n = build_report([full_analysis()])
    assert kind == "article" and "Key findings" in html and "One article says nothing about its outlet" in html


def test_note_alerts_and_screen_findings_are_left_out_of_the_pdf_only():
    """Notes and findings the compact PDF repeats elsewhere carry the PDF edition's one omission mark
    (``pdf-omit``, hidden by report-pdf.css only); a browser printing the HTML page still prints them."""
    html, kind, _n = build_report([full_analysis()])
    assert kind == "article"
    notes = re.findall(r'<li class="a-note([^"]*)">', html)
    assert notes and all(n == " pdf-omit" for n in notes)
    screen = re.findall(r'<li class="f-info([^"]*)">', html)
    assert " pdf-omit" in screen  # the findings marked "print": "no"
    print_rules = " ".join(re.findall(r"@media print \{(.*?)\n\}", html, flags=re.S))
    assert "a-note" not in print_rules and "notes-only" not in print_rules


# --- measure names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "label"), [
    ("readability: flesch_reading_ease", "Flesch reading ease (0–100, higher = easier)"),
    ("sentiment: compound", "Sentiment, VADER compound (−1 to +1, negative to positive)"),
    ("pejorative_label_per_1k", "Pejorative labels per 1,000 words, every occurrence"),
    ("own: pejorative_label", "Pejorative labels per 1,000 words, own voice"),
    ("frame: crime_punishment", "Crime and punishment frame (share of frame cues, 0–1)"),
    ("frame: security_defense", "Security and defense frame (share of frame cues, 0–1)"),
    ("frame: made_up_frame", "Made up frame frame (share of frame cues, 0–1)"),
    ("some_new_score", "some_new_score"),
])
def test_measure_labels(key, label):
    assert measure_label(key) == label


def test_article_shows_two_readability_indices_with_names():
    a = full_analysis()
    b = dataclasses.replace(a, readability={k: 10.0 for k in (
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
        "automated_readability_index", "dale_chall_readability_score", "linsear_write_formula")})
    rows = article_data(b)["readability"]
    assert [k for k, _v in rows] == ["Flesch reading ease (0–100, higher = easier)",
                                     "Flesch–Kincaid grade level (US school years, higher = harder)"]


def test_corpus_findings_similar_rates_need_narrow_intervals():
    docs = [_doc(i, g, 20) for g in ("Ledger", "Wire") for i in range(40)]  # 800 spans a side, equal rates
    acc, data = _corpus_data(docs)
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=200)
    assert any(f["kind"] == "clear" and f["text"].startswith("The groups use loaded language at similar rates")
               for f in out)


# --- the reference distribution ---------------------------------------------------------------------------


def test_reference_share_below_and_article_sentence():
    from framing.reporting.reference import Reference

    ref = Reference({"loaded_index": tuple(float(p) / 10 for p in range(101)),
                     "loaded_per_1k": tuple(float(p) for p in range(101))},
                    {"loaded_index": 1000, "loaded_per_1k": 1000}, "framing 9.9; lexicons: x 1.0")
    assert ref.share_below("loaded_index", 5.05) == 50.0
    assert ref.share_below("loaded_index", -1.0) == 0.0 and ref.share_below("loaded_index", 99.0) == 100.0
    assert ref.share_below("missing", 1.0) is None and ref.share_below("loaded_index", math.nan) is None
    a = full_analysis()  # loaded_index 40.0: above every reference percentile
    text = " ".join(f["text"] for f in article_findings(article_data(a), ref))
    assert "Among 1,000 reference news articles (AllSides, 2012–2020; framing 9.9): " in text
    assert "loaded-language index 40.0: higher than in all of them (median 5.0, highest 10.0)" in text


def test_shipped_reference_loads():
    from framing.reporting.reference import load_reference

    ref = load_reference()
    assert ref is not None and "AllSides" in ref.about
    assert set(ref.percentiles) >= {"loaded_index", "loaded_per_1k", "flesch_reading_ease"}
    for q in ref.percentiles.values():
        assert len(q) == 101 and list(q) == sorted(q)
    assert min(ref.n.values()) >= 900


def test_article_findings_for_a_document_not_in_english():
    a = Analysis(id="x", text="Der Bundestag hat am Donnerstag ein Gesetz beschlossen.", n_words=9,
                 scores={"loaded_index": math.nan}, language="de")
    out = article_findings(article_data(a))
    assert len(out) == 1 and "not in English (detected: de)" in out[0]["text"]
    alerts = " ".join(x["text"] for x in article_alerts(a, article_data(a)))
    assert "1 document not in English (de) is left out of every statistic" in alerts


def test_findings_card_legend_and_scores_count_the_same_loaded_terms():
    # one definition of loaded (weight > 0, not negated): the key finding, the "Loaded terms" card, the legend's
    # loaded chips and the lexicon scores agree, own voice and quotations apart
    import re

    a = full_analysis()
    art = article_data(a)
    own, quoted = int(a.scores["loaded_count"]), int(a.scores["loaded_count_quoted"])
    assert own + quoted == sum(c["count"] for c in art["categories"] if c["loaded"])
    card = next(h for h in art["headline"] if h["label"] == "Loaded terms")
    assert card["value"] == str(own) and f"plus {quoted} inside quotations" in card["note"]
    first = article_findings(art)[0]["text"]
    m = re.match(r"(\d+) loaded terms? in the outlet's own voice .* and (\d+) inside quotations", first)
    assert m is not None and (int(m.group(1)), int(m.group(2))) == (own, quoted)
    mostly = dict((k, int(v)) for k, v in re.findall(r"([a-z ]+) \((\d+)\)", first.split("Mostly", 1)[1]))
    legend = {c["label"]: c["count"] for c in art["categories"] if c["loaded"]}
    assert mostly and all(legend[k.strip()] == v for k, v in mostly.items())
