"""Review 27 fixes to the report charts and the distinguishing-terms tables: a loaded term's words are not
tested again as words (#7), term-plot labels (#8), coinciding lines over time (#19), no namespace URLs from
matplotlib's metadata (#25), no empty loaded-terms strip (#17), and legible quotes and frames charts (#5)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from framing.analysis import Analysis, Span
from framing.reporting import build_report, charts, findings, termplot
from framing.reporting.corpus import CorpusAccumulator
from framing.reporting.render import safe_svg
from framing.reporting.termplot import _B, _H, _L, _R, _T, _W, term_plot

_CLIP = getattr(termplot, "_CLIP", 2.0)

NS = "{http://www.w3.org/2000/svg}"


# --- #7: one z-score per term ---------------------------------------------------------------------------------

def _land_grab_corpus() -> list[Analysis]:
    """Ledger writes 'land grab' (a loaded term) in every document; Wire writes about land and harbours."""
    out = []
    for i in range(6):
        text = f"The brazen land grab {i} angered farmers. A land grab again, the land grab of the decade."
        spans = []
        for m in re.finditer("land grab", text):
            spans.append(Span(m.start(), m.end(), "land grab", "pejorative_label", "lx", 0.5, term="land grab"))
        out.append(Analysis(id=f"L{i}", text=text, n_words=16, scores={"loaded_index": 9.0},
                            spans=tuple(spans), meta={"outlet": "Ledger"}))
    for i in range(6):
        text = f"The harbour {i} reopened. Farmers tilled their fields and the crony council met over the harbour."
        c = text.index("crony")
        out.append(Analysis(id=f"W{i}", text=text, n_words=16, scores={"loaded_index": 3.0},
                            spans=(Span(c, c + 5, "crony", "pejorative_label", "lx", 0.5, term="crony"),),
                            meta={"outlet": "Wire"}))
    return out


def _corpus_data(docs: list[Analysis]) -> dict:
    acc = CorpusAccumulator(group_by="outlet")
    for a in docs:
        acc.add(a)
    return acc.data(n_boot=50)


def test_words_of_a_loaded_term_are_not_tested_again_as_words():
    data = _corpus_data(_land_grab_corpus())
    ledger = next(d for d in data["distinguishing"] if d["group"] == "Ledger")
    assert [t["term"] for t in ledger["terms"]] == ["land grab"]
    words = {t["term"] for d in data["distinguishing"] for t in d["words"]}
    assert not words & {"land", "grab"}  # before: 'land' and 'grab' had their own (higher) z-scores
    assert "farmers" in words or "harbour" in words  # the other words are still tested
    plot_words = {r["term"] for d in data["distinguishing"] for r in d["plot"]["words"]}
    assert not plot_words & {"land", "grab"}
    assert ledger["prior_words"] == 1000.0 and ledger["prior_terms"] == 100.0


def test_key_findings_do_not_quote_the_words_of_a_loaded_term():
    data = _corpus_data(_land_grab_corpus())
    text = " ".join(f["text"] for f in findings._terms_sentence(data))
    assert "‘land’" not in text and "‘grab’" not in text


def test_the_report_says_why_the_two_tables_differ():
    html, _kind, _n = build_report(_land_grab_corpus(), group_by="outlet", n_boot=50)
    section = html[html.index('id="distinguishing"'):]
    assert section.count("The two tables measure different things") == 1
    assert "prior of 100 pseudo-counts" in section and "prior of 1,000 pseudo-words" in section


# --- #8: term-plot labels ---------------------------------------------------------------------------------------

def _row(term: str, count: int, rest: int, z: float) -> dict:
    return {"term": term, "count": count, "rest": rest, "z": z, "example": ""}


def _labels(svg: str) -> list[ET.Element]:
    safe_svg(svg)
    root = ET.fromstring(svg)
    plot = root.findall(NS + "text")
    # the labels of points: inside the plot frame (axis ticks, titles and the legend are outside it)
    return [t for t in plot if _L < float(t.get("x", 0)) < _W - _R and _T <= float(t.get("y", 0)) < _H - _B
            and t.get("transform") is None]


def test_a_term_and_a_word_of_the_same_spelling_get_one_label():
    svg = term_plot([_row("regime", 10, 0, 2.5)], [_row("regime", 12, 3, 3.2), _row("harbour", 4, 4, 0.1)],
                    group="Ledger", n_words=2000, rest_words=6000, threshold=1.96)
    assert [t.text for t in _labels(svg)].count("regime") == 1


def test_labels_stay_inside_the_plot_with_a_margin():
    rows = [_row(f"edge term {i}", 40 - i, 40 - i, 0.1 * i) for i in range(12)]  # along the top right corner
    rows += [_row("calder", 60, 0, 3.0), _row("zero", 0, 60, 0.0)]
    svg = term_plot(rows, [], group="Ledger", n_words=2000, rest_words=6000, threshold=1.96)
    ph = _H - _T - _B
    char_w = 6.0
    for t in ET.fromstring(svg).iter(NS + "text"):
        if t.get("transform") or not t.text or float(t.get("x", 0)) >= _W - _R + 5:
            continue  # the rotated axis title and the legend
        x, y = float(t.get("x", 0)), float(t.get("y", 0))
        if y > _T + ph:  # the tick labels and the axis title below the plot
            continue
        if x <= _L - 4:  # the y tick labels
            continue
        w = len(t.text) * char_w
        x0 = x - (w if t.get("text-anchor") == "end" else w / 2 if t.get("text-anchor") == "middle" else 0)
        assert _L + _CLIP <= x0 and x0 + w <= _W - _R - _CLIP, t.text
        assert _T + _CLIP <= y - 10 + 1.5, t.text


def test_at_most_three_labels_in_a_never_used_band_passing_terms_apart():
    never = [_row(f"unused{i}", 0, 3 + i, 0.0) for i in range(10)]  # the group never uses them: one band
    only = [_row(f"only{i}", 2 + i, 0, 0.5) for i in range(8)]  # the rest never uses them: the other band
    star = [_row("star", 9, 0, 2.4)]  # passes: always tried, not counted in the three
    svg = term_plot(never + only + star, [], group="Ledger", n_words=2000, rest_words=6000, threshold=1.96)
    texts = [t.text or "" for t in _labels(svg)]
    assert sum(t.startswith("unused") for t in texts) <= 3
    assert sum(t.startswith("only") for t in texts) <= 3
    assert "star" in texts


def test_passing_words_are_labelled_before_terms_below_the_threshold():
    # a passing word sits right next to five terms below the threshold: it gets its label first
    terms = [_row(f"term{i}", 8, 0, 0.5) for i in range(5)]
    svg = term_plot(terms, [_row("socialist", 8, 0, 2.3)], group="Ledger", n_words=2000, rest_words=6000,
                    threshold=1.96)
    bold = [t.text for t in _labels(svg) if t.get("font-weight") == "bold"]
    assert bold == ["socialist"]


def test_labels_do_not_overlap():
    rows = [_row(f"term{i}", 5 + i % 3, 5 + i % 2, 0.2) for i in range(30)]
    svg = term_plot(rows, [], group="Ledger", n_words=2000, rest_words=6000, threshold=1.96)
    boxes = []
    for t in _labels(svg):
        w = len(t.text or "") * 6.0
        x, y = float(t.get("x", 0)), float(t.get("y", 0))
        x0 = x - (w if t.get("text-anchor") == "end" else w / 2 if t.get("text-anchor") == "middle" else 0)
        boxes.append((x0, y - 8.5, x0 + w, y + 1.5))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


# --- #19: lines that coincide over time ---------------------------------------------------------------------

def _trend() -> dict:
    periods = ["2026-03", "2026-04", "2026-05"]
    zero = [{"period": p, "mean": 0.0, "lo": 0.0, "hi": 0.0, "n": 1} for p in periods]
    return {"granularity": "month", "periods": periods, "series": [
        {"group": "Continental Wire", "points": zero},
        {"group": "Harbor City Review", "points": [dict(p) for p in zero]},
        {"group": "Ledger", "points": [{"period": p, "mean": 20.0 + i, "n": 1} for i, p in enumerate(periods)]},
    ]}


def test_coinciding_series_are_found():
    assert charts.coinciding_series(_trend()["series"]) == [[0, 1]]
    t = _trend()
    t["series"][1]["points"][0]["mean"] = 0.5
    assert charts.coinciding_series(t["series"]) == []


def test_trend_chart_names_lines_drawn_on_top_of_each_other_and_is_wide():
    svg = charts.trend_chart(_trend())
    safe_svg(svg)
    assert "Continental Wire and Harbor City Review: both 0 in every month" in svg
    width_pt = float(re.search(r'width="([\d.]+)pt"', svg).group(1))
    assert width_pt >= 600  # the HTML column (about 650 pt), not half of it
    assert "stroke-dasharray" in svg  # the second of the coinciding lines is dashed


# --- #25: no namespace URLs beyond SVG's own ----------------------------------------------------------------

def test_chart_svg_has_no_metadata_and_no_foreign_namespace_urls():
    svgs = [charts.quotes_chart({"A": {"neutral": 2, "loaded": 1}, "B": {"hedged": 1}}),
            charts.bar_chart([("a", 1.0), ("b", 2.0)], xlabel="x"),
            charts.trend_chart(_trend()),
            charts.grouped_bars(["c1", "c2"], ["g1", "g2"], [[1.0, 2.0], [0.5, 0.0]], xlabel="x")]
    for svg in svgs:
        safe_svg(svg)  # the sanitiser still accepts it
        root = ET.fromstring(svg)  # well-formed without the xlink declaration
        assert "<metadata" not in svg and "xlink" not in svg
        assert set(re.findall(r"https?://[^\"'\s<>]+", svg)) <= {"http://www.w3.org/2000/svg"}
        refs = re.findall(r'href="#([^"]+)"', svg)
        ids = {e.get("id") for e in root.iter()}
        assert all(r in ids for r in refs)  # references still point at this chart's (prefixed) ids
    assert 'href="#' in svgs[0]  # the hatch and the markers are <use href="#..."> references


def test_corpus_report_html_holds_no_namespace_url_but_svgs():
    html, _kind, _n = build_report(_land_grab_corpus(), group_by="outlet", n_boot=50)
    assert set(re.findall(r"https?://[^\"'\s<>]+", html)) <= {"http://www.w3.org/2000/svg"}


# --- #17: no empty strip ------------------------------------------------------------------------------------

def _sentences(counts: list[int], probs: list[float | None]) -> list[dict]:
    return [{"i": i + 1, "n_loaded": c, "prob": p} for i, (c, p) in enumerate(zip(counts, probs, strict=True))]


def test_sentence_strip_without_loaded_terms_or_probabilities_is_no_chart():
    assert charts.sentence_strip(_sentences([0, 0, 0], [None] * 3), has_probabilities=False) == ""
    assert charts.sentence_strip([], has_probabilities=True) == ""


def test_sentence_strip_without_loaded_terms_draws_the_probability_panel_only():
    svg = charts.sentence_strip(_sentences([0, 0, 0], [0.2, 0.7, 0.1]), has_probabilities=True)
    assert "P(biased)" in svg and "no sentence has a loaded term" in svg
    assert ">loaded terms<" not in svg and "loaded terms</text>" not in svg
    full = charts.sentence_strip(_sentences([0, 2, 0], [0.2, 0.7, 0.1]), has_probabilities=True)
    assert "loaded terms" in full and "no sentence has a loaded term" not in full
    only_counts = charts.sentence_strip(_sentences([1, 0, 0], [None] * 3), has_probabilities=False)
    assert "Loaded terms per sentence" in only_counts and "P(biased)" not in only_counts


def test_report_of_a_clean_article_has_no_empty_strip():
    clean = Analysis(id="clean", text="The council met on Monday. It approved the budget.", n_words=9,
                     scores={"loaded_index": 0.0})
    html, _kind, _n = build_report([clean], kind="article", n_boot=50)
    assert "Along the article, sentence by sentence" not in html
    assert 'class="chart strip"' not in html


# --- #5: the quotes chart and the frames chart are legible ----------------------------------------------------

def test_quotes_chart_fits_half_the_column_with_its_legend_below_at_full_size():
    svg = charts.quotes_chart({"Elena Varga": {"neutral": 1, "loaded": 1, "no verb": 1},
                               "Ramón Calder": {"hedged": 1, "loaded": 1}, "Sofia Brandt": {"neutral": 1}})
    width_pt = float(re.search(r'width="([\d.]+)pt"', svg).group(1))
    assert width_pt <= 4.6 * 72  # half the HTML column (about 4.4 in): shown near its natural size
    sizes = {float(s) for s in re.findall(r"font-size: ([\d.]+)px", svg)}
    assert min(sizes) >= 8.5  # the legend too (it printed at about 6 px when shrunk with a side legend)
    ys = {t.text.strip(): float(t.get("y", 0)) for t in ET.fromstring(svg).iter(NS + "text") if t.text}
    assert ys["reporting verb"] > ys["quotations"] and ys["neutral"] > ys["quotations"]  # legend below the x label


def test_pdf_stylesheet_gives_the_frames_chart_the_full_width():
    css = (Path(charts.__file__).parent / "templates" / "report-pdf.css").read_text()
    assert re.search(r"\.grid2\.frames-measures\s*\{\s*display:\s*block", css)
    m = re.search(r"\.chart\.frames svg\s*\{\s*max-height:\s*(\d+)mm", css)
    assert m and int(m.group(1)) >= 60  # at 38 mm in half the column its labels printed at about 5 pt
