"""Review 27 of the corpus report, read as an editor would: one definition of a loaded term in the category chart,
the table and the findings; the strongest evidence in the outlet's own voice; every document listed; labels in
their own spelling; codebook frame names; ties named; no "largest difference" that may be none."""

from __future__ import annotations

import re

from framing.analysis import Actor, Analysis, Label, Span
from framing.reporting import build_report
from framing.reporting.corpus import OWN_PREFIX, CorpusAccumulator, _snippet
from framing.reporting.findings import corpus_findings
from tests.test_report_data import full_analysis

WIRE = ('Costa Verde (CW) — The minister said: "They lied to us." The budget was murky, officials said. '
        "Parliament approved the plan.")
LEDGER = "The regime slammed critics. The brazen regime seized the mine, officials said."


def _sp(text: str, needle: str, category: str, weight: float, *, in_quote: bool = False) -> Span:
    s = text.index(needle)
    return Span(s, s + len(needle), needle, category, "lx", weight, ("said",), in_quote, False, needle.lower())


def _wire(i: int) -> Analysis:
    spans = (_sp(WIRE, "lied", "attribution_loaded", 0.75, in_quote=True),  # a source's word
             _sp(WIRE, "murky", "emotive", 0.0))  # recorded, not loaded
    n = len(WIRE.split())
    return Analysis(id=f"w{i}", text=f"{WIRE} Item {i}.", n_words=n, spans=spans,
                    meta={"outlet": "Wire", "title": f"W{i}"},
                    scores={"loaded_index": 0.0, "loaded_count": 0.0, "attribution_loaded_per_1k": 1000 / n,
                            "emotive_per_1k": 1000 / n, "coverage": 0.1})


def _ledger(i: int) -> Analysis:
    spans = (_sp(LEDGER, "regime", "pejorative_label", 0.5), _sp(LEDGER, "slammed", "attribution_loaded", 0.75),
             _sp(LEDGER, "brazen", "emotive", 0.5))
    n = len(LEDGER.split())
    return Analysis(id=f"l{i}", text=f"{LEDGER} Item {i}.", n_words=n, spans=spans,
                    meta={"outlet": "Ledger", "title": f"L{i}"},
                    scores={"loaded_index": 1750 / n + i, "loaded_count": 3.0, "pejorative_label_per_1k": 1000 / n,
                            "attribution_loaded_per_1k": 1000 / n, "emotive_per_1k": 1000 / n, "coverage": 0.2})


def _acc(docs: list[Analysis], **kw: int) -> tuple[CorpusAccumulator, dict]:
    acc = CorpusAccumulator(group_by="outlet", **kw)
    for a in docs:
        acc.add(a)
    return acc, acc.data(n_boot=50)


def _row(data: dict, name: str, group: str) -> dict:
    m = next(m for m in data["metrics"] if m["name"] == name)
    return next(r for r in m["rows"] if r["group"] == group)


# --- 1: the category chart and table count as the findings do ---------------------------------------------


def test_own_voice_category_rates_leave_out_quoted_and_unweighted_spans():
    acc, data = _acc([*(_wire(i) for i in range(5)), *(_ledger(i) for i in range(5))])
    # the scorer's rate of every occurrence still counts the quoted "lied" and the weight-0 "murky" ...
    assert _row(data, "attribution_loaded_per_1k", "Wire")["mean"] > 0
    assert _row(data, "emotive_per_1k", "Wire")["mean"] > 0
    # ... the own-voice rate of loaded terms does not, as the findings ("never uses ... in its own voice")
    assert _row(data, OWN_PREFIX + "attribution_loaded", "Wire")["mean"] == 0
    assert _row(data, OWN_PREFIX + "emotive", "Ledger")["mean"] > 0
    assert not any(m["name"] == OWN_PREFIX + "emotive" and _row(data, m["name"], "Wire")["mean"] for m in
                   data["metrics"])
    sections = {m["section"] for m in data["metrics"]}
    assert any("own voice" in s for s in sections) and any("quotations and unweighted terms included" in s
                                                           for s in sections)
    # the findings' per-category counts are the same own-voice counts
    assert all(not cats for g, _w, cats, _o in acc.merged_doc_counts() if g == "Wire")
    out = " ".join(f["text"] for f in corpus_findings(acc.merged_doc_counts(), data, n_boot=50))
    assert "Only Ledger uses loaded terms in its own voice, Wire not at all" in out


def test_category_chart_caption_says_own_voice():
    html, _k, _n = build_report([*(_wire(i) for i in range(3)), *(_ledger(i) for i in range(3))],
                                group_by="outlet", n_boot=20)
    assert "Loaded terms in each group&#39;s own voice, by category" in html
    assert "each loaded evidence category" not in html
    assert "per 1,000 words, every occurrence" in html and "per 1,000 words, own voice" in html


# --- 3 and 15: the strongest evidence is the outlet's own, its context cut at word boundaries ---------------


def test_strongest_evidence_leaves_out_quoted_spans():
    _, data = _acc([*(_wire(i) for i in range(2)), *(_ledger(i) for i in range(2))])
    ev = {e["group"]: e["spans"] for e in data["evidence"]}
    assert ev["Wire"] == []
    assert {e["text"] for e in ev["Ledger"]} == {"regime", "slammed", "brazen"}


def test_snippets_cut_at_word_boundaries():
    t = "Opposition leader Julián Ortega said the President Ramón Calder lied on Monday in Valdoria."
    i = t.index("lied")
    left = _snippet(t, i - 18, i, left=True)
    right = _snippet(t, i + 4, i + 4 + 14, left=False)
    assert left == "…Ramón Calder " and right == " on Monday in…"
    assert _snippet(t, 0, i, left=True) == t[:i]
    for lo in range(1, i):  # wherever the cut falls, no word is split
        s = _snippet(t, lo, i, left=True)
        body = s[1:]
        assert s.startswith("…") and t[:i].endswith(body)
        assert not body or t[i - len(body) - 1].isspace()
    for hi in range(i + 5, len(t)):
        s = _snippet(t, i + 4, hi, left=False).rstrip("…")
        end = i + 4 + len(s)
        assert end == len(t) or t[end].isspace() or not t[end - 1].isalnum()


# --- 9: labels keep their spelling ---------------------------------------------------------------------------


def test_label_asymmetry_shows_the_most_frequent_spelling():
    docs = []
    for i, lab in enumerate(["Costa Verde Interior Minister", "Costa Verde Interior Minister",
                             "costa verde interior minister"]):
        text = f"{lab} Ana Ruiz spoke."
        actor = Actor("Ana Ruiz", "person", ((len(lab) + 1, len(lab) + 9),), (Label(lab, "title", 0, len(lab)),))
        docs.append(Analysis(id=f"d{i}", text=text, n_words=6, actors=(actor,),
                             meta={"outlet": "A" if i else "B"}, scores={"loaded_index": 0.0}))
    _, data = _acc(docs)
    cells = " ".join(c["titles"] for r in data["label_asymmetry"] for c in r["cells"])
    assert "Costa Verde Interior Minister ×2" in cells and "Costa Verde Interior Minister ×1" in cells
    assert "costa verde" not in cells


# --- 13 and 14: codebook frame names; the reproduce command is above ------------------------------------


def test_frame_names_and_provenance_wording():
    docs = [full_analysis(id=f"d{i}", meta={"outlet": o, "title": f"T{i}"}, names={"frame": "crime_punishment"})
            for i, o in enumerate("ABAB")]
    html, _k, _n = build_report(docs, group_by="outlet", n_boot=20)
    assert "Crime and punishment frame" in html and "Crime punishment" not in html
    assert "command below" not in html and "by the command under ‘Toolkit’ above" in html


# --- 18 and 27: ties, and no "largest" difference that may be none ----------------------------------------


def test_groups_tied_at_the_lowest_index_are_all_named():
    docs = [*(_wire(i) for i in range(5)), *(_ledger(i) for i in range(5))]
    docs += [Analysis(id=f"h{i}", text=WIRE, n_words=20, meta={"outlet": "Harbor"},
                      scores={"loaded_index": 0.0}) for i in range(5)]
    acc, data = _acc(docs)
    text = next(f["text"] for f in corpus_findings(acc.merged_doc_counts(), data, n_boot=50)
                if "lowest in" in f["text"])
    lowest = text.split("lowest in", 1)[1]
    assert "Wire (0.0" in lowest and "Harbor (0.0" in lowest and "(tied)" in lowest


def test_a_ratio_whose_interval_includes_one_is_no_largest_difference():
    docs = [Analysis(id=f"{g}{i}", text=LEDGER, n_words=12, meta={"outlet": g},
                     spans=(_sp(LEDGER, "regime", "pejorative_label", 0.5),) * (1 + i % 2),
                     scores={"loaded_index": 40.0}) for g in "AB" for i in range(3)]
    acc, data = _acc(docs)
    texts = [f["text"] for f in corpus_findings(acc.merged_doc_counts(), data, n_boot=50)]
    thin = next(t for t in texts if t.startswith("No difference between groups is clear"))
    assert "no group differs clearly" in thin and "The largest one seen" not in thin
    assert not re.search(r"1\.0× as often", thin)


# --- 4 and 24: every document one row, grouped by outlet and sorted by index --------------------------------


def test_documents_table_lists_every_document_grouped_and_sorted():
    docs = [*(_ledger(i) for i in range(5)), *(_wire(i) for i in range(5))]
    acc, _data = _acc(docs, max_articles=4)
    shown, _how = acc.shown_articles()
    assert len(shown) == 4  # filled up to max_articles, not two per group
    rows = acc.table_rows()
    assert len(rows) == 10
    groups = [r["group"] for r in rows]
    assert groups == sorted(groups, key=groups.index)  # each group's rows together
    ledger = [r["index"] for r in rows if r["group"] == "Ledger"]
    assert ledger == sorted(ledger, reverse=True)
    html, _k, _n = build_report(docs, group_by="outlet", n_boot=20, max_articles=4)
    table = html[html.index('<table class="docs">'):]
    table = table[:table.index("</table>")]
    assert table.count("<tr>") == 11 and table.count('<a href="#art') == 4
    assert table.index(">L4<") < table.index(">L0<") < table.index(">W0<")  # L4 is the most loaded


def test_documents_table_caps_the_rows_and_says_so(monkeypatch):
    from framing.reporting import corpus

    monkeypatch.setattr(corpus, "MAX_DOC_ROWS", 3)
    html, _k, _n = build_report([*(_ledger(i) for i in range(3)), *(_wire(i) for i in range(3))],
                                group_by="outlet", n_boot=20, max_articles=2)
    assert "the first 3 of 6 documents are listed here" in html and "holds every one" in html
