"""The term plot: well-formed inline SVG, hover text in <title>, untrusted terms escaped, labels that do not
overlap, a legend only for the series drawn; and the grouped category chart's legend only for drawn groups."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

from framing.analysis import Analysis, Span
from framing.reporting import build_report
from framing.reporting.charts import drawn_groups, grouped_bars
from framing.reporting.render import safe_svg
from framing.reporting.termplot import term_plot
from tests.test_report_render import assert_inert

NS = "{http://www.w3.org/2000/svg}"
EVIL = '<script>alert("x")</script>'


def evil_corpus() -> list[Analysis]:
    """Two outlets, three short documents each; one loaded term is a script tag (from a hostile lexicon)."""
    out = []
    for g in ("Ledger", "Wire"):
        for i in range(3):
            text = f"The regime spoke. {EVIL} happened in {g} {i}. The junta left and the council met."
            s = text.index(EVIL)
            spans = [Span(s, s + len(EVIL), EVIL, "pejorative_label", "lx", 0.5, term=EVIL)]
            if g == "Ledger":
                r = text.index("regime")
                spans.append(Span(r, r + 6, "regime", "pejorative_label", "lx", 0.5, term="regime"))
            out.append(Analysis(id=f"{g}{i}", text=text, n_words=17, scores={"loaded_index": 3.0},
                                spans=tuple(sorted(spans, key=lambda x: x.start)), meta={"outlet": g}))
    return out


def _row(term: str, count: int, rest: int, z: float, example: str = "") -> dict:
    return {"term": term, "count": count, "rest": rest, "z": z, "example": example}


def _plot(rows: list[dict], words: list[dict] | None = None) -> ET.Element:
    svg = term_plot(rows, words or [], group="Ledger", n_words=2000, rest_words=6000, threshold=1.96)
    safe_svg(svg)  # no active content
    return ET.fromstring(svg)


def test_svg_is_well_formed_with_hover_titles_and_labels():
    rows = [_row(f"term{i}", 1 + i, 10 - i, 2.5 - 0.3 * i, f"the term{i} in context") for i in range(10)]
    root = _plot(rows, [_row("lithium", 5, 20, 0.1)])
    assert root.tag == NS + "svg"
    circles = [c for c in root.iter(NS + "circle") if c.find(NS + "title") is not None]
    assert len(circles) == 11
    tips = [c.find(NS + "title").text for c in circles]
    assert any(t.startswith("term0 (loaded term) — Ledger: 1 (0.50 per 1,000 words); rest: 10") and
               "z = 2.50 (passes)" in t and "“the term0 in context”" in t for t in tips)
    labels = {t.text for t in root.iter(NS + "text")}
    assert {"term0", "term1"} <= labels  # the strongest are labelled


def test_untrusted_terms_are_escaped_and_inert():
    root = _plot([_row(EVIL, 3, 1, 3.0, EVIL + " in context"), _row("a&b", 1, 1, 0.0)])
    assert not list(root.iter(NS + "script")) and not list(root.iter("script"))
    assert EVIL in {t.text for t in root.iter(NS + "text")} | {
        (c.find(NS + "title").text or "").split(" (")[0] for c in root.iter(NS + "circle")
        if c.find(NS + "title") is not None}
    for el in root.iter():
        assert not any(k.lower().startswith("on") for k in el.attrib)


def test_labels_do_not_overlap():
    rows = [_row(f"t{i:02d}", 1 + i % 7, 1 + (i * 3) % 11, 3.0 - i * 0.05) for i in range(60)]
    root = _plot(rows)
    boxes = []
    for t in root.iter(NS + "text"):
        if t.text and t.text.startswith("t") and len(t.text) == 3:
            x, y = float(t.get("x")), float(t.get("y"))
            w = len(t.text) * 6.0
            x0 = x - (w if t.get("text-anchor") == "end" else w / 2 if t.get("text-anchor") == "middle" else 0)
            boxes.append((x0, y - 8.5, x0 + w, y + 1.5))
    assert len(boxes) >= 10
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_legend_lists_only_drawn_series():
    root = _plot([_row("junta", 3, 0, 0.5)])  # one loaded term below the threshold, no word
    texts = [t.text for t in root.iter(NS + "text")]
    assert "loaded term, below" in texts
    assert not any(t and t.startswith(("word,", "loaded term, z")) for t in texts)


def test_grouped_bars_legend_only_for_groups_with_bars():
    groups = ["Continental Wire", "Harbor City Review", "The Northern Ledger"]
    values = [[0.0, 0.0, 12.0], [0.0, 0.0, 3.0]]
    assert drawn_groups(groups, values) == [2]
    svg = grouped_bars(["pejorative labels", "emotive words"], groups, values, xlabel="per 1,000 words",
                       lows=[[0, 0, 8.0], [0, 0, 1.0]], highs=[[0, 0, 15.0], [0, 0, 5.0]])
    assert "The Northern Ledger" in svg
    assert "Continental Wire" not in svg and "Harbor City Review" not in svg


def test_corpus_report_with_evil_terms_stays_inert_and_shows_the_plot():
    html, kind, _n = build_report(evil_corpus(), group_by="outlet", n_boot=50)
    assert kind == "corpus"
    assert html.count('class="termplot"') == 2
    assert "<script>" not in html and "&lt;script&gt;" in html
    for svg in re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox.*?</svg>', html, re.S):
        ET.fromstring(svg)
    assert_inert(html)


def test_distinguishing_tables_split_at_the_threshold():
    html, _kind, _n = build_report(evil_corpus(), group_by="outlet", n_boot=50)
    assert "no loaded term passes z ≥ 1.96 at this sample size" in html
    assert "below the threshold: exploratory, likely chance" in html


def test_category_chart_caption_names_groups_without_bars():
    docs = [dataclasses.replace(a, scores={**a.scores, "pejorative_label_per_1k": 58.8 + i})
            for i, a in enumerate(evil_corpus())]
    plain = [Analysis(id=f"p{i}", text="A calm report about the harbour.", n_words=6,
                      scores={"loaded_index": 0.0, "pejorative_label_per_1k": 0.0}, meta={"outlet": "Plain"})
             for i in range(2)]
    html, _kind, _n = build_report(docs + plain, group_by="outlet", n_boot=50)
    chart = html[html.index('id="distributions"'):html.index('id="distinguishing"')]
    svg = chart[chart.index("<svg", chart.index("<svg") + 1):]  # the second chart: categories
    svg = svg[: svg.index("</svg>")]
    assert "Ledger" in svg and "Plain" not in svg
    assert "No loaded term in the own voice, so no bars: Plain." in chart
