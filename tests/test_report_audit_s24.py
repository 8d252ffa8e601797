"""Regressions from the session-24 black-box audit of the reports.

1. A document not in English (every English-dependent score null by design) crashed every report that showed it
   (``int(NaN)`` in the article view); it must render, say it is not in English and that its measures are not
   computed, with a dash for each measure.
2. The "highest / lowest mean index" key finding was badged clear with 3 documents a side, against the report's
   own rule (each side at least ``MIN_DOCS`` documents).
3. Documents without a value in the ``--group-by`` column formed a "(no value)" group that key findings compared
   with the real groups.
4. The PDF edition linked each row of the document table to a section that the PDF leaves out ("No anchor
   #art1-doc"): every internal link of the HTML and of the PDF edition must have its target.
"""

from __future__ import annotations

import dataclasses
import math
import re
from html.parser import HTMLParser

import pytest

import framing
from framing.analysis import Analysis
from framing.reporting import build_report
from framing.reporting.article import article_data
from framing.reporting.corpus import CorpusAccumulator
from framing.reporting.findings import MIN_DOCS, corpus_findings
from tests.test_report_data import full_analysis
from tests.test_report_findings import _corpus_data, _doc

GERMAN = ("Das Regime hat die sogenannten Reformen scharf kritisiert, sagte Präsident Ortiz. "
          "Die Regierung will nicht nachgeben.")


@pytest.fixture(scope="module")
def german() -> Analysis:
    """A German text analysed as framing analyses it: language 'de', every score NaN, no evidence."""
    with pytest.warns(framing.FramingWarning, match="'de'"):
        a = framing.analyze(GERMAN, id="de-1", meta={"outlet": "Der Kurier", "title": "Reformen"},
                            scorers=["lexicon", "devices", "sentiment", "readability"])
    assert a.language == "de" and math.isnan(a.scores["loaded_count"]) and math.isnan(a.scores["coverage"])
    return a


def _no_nan(html: str) -> None:
    visible = re.sub(r"<[^>]*>", " ", html)
    assert not re.search(r"\bnan\b|nan%", visible, flags=re.I), re.findall(r".{40}\bnan\b.{20}", visible, re.I)


# --- 1. documents not in English ----------------------------------------------------------------------------


def test_article_report_of_a_document_not_in_english_renders_and_says_so(german):
    html, kind, n = build_report([german])
    assert (kind, n) == ("article", 1)
    assert "Not in English</b> (detected language: de)" in html
    assert "English-dependent measures" in html and "are not computed" in html
    assert "Das Regime hat die sogenannten Reformen" in html  # the text itself is shown, plain
    cards = dict(re.findall(r'<div class="l">([^<]*)</div><div class="v">([^<]*)</div>', html))
    assert cards["Loaded-language index"] == "—" and cards["Loaded terms"] == "—" and cards["Words"] == "16"
    assert "Evidence list" not in html and "Actors and their labels" not in html  # not computed: not shown
    _no_nan(html)


def test_framing_report_takes_one_analysis_not_in_english(german, tmp_path):
    res = framing.report([german], tmp_path / "e.html")
    assert res.kind == "article" and "(detected language: de)" in (tmp_path / "e.html").read_text()


def test_article_data_tolerates_missing_scores_as_nan_or_none():
    a = full_analysis()
    for bad in (math.nan, None):
        b = dataclasses.replace(a, scores={k: bad for k in a.scores})
        d = article_data(b)
        head = {h["label"]: h for h in d["headline"]}
        assert head["Loaded-language index"]["value"] == "—" and head["Loaded terms"]["value"] == "—"
        assert "nan" not in head["Words"]["note"]
        assert all(math.isnan(v) for v in d["scores"].values())


def test_corpus_report_shows_a_document_not_in_english_with_dashes_and_carries_on(german):
    docs = [full_analysis(id=f"en{i}", meta={"outlet": "Ledger" if i % 2 else "Wire", "title": f"Story {i}"})
            for i in range(4)]
    html, kind, n = build_report([*docs[:2], german, *docs[2:]], group_by="outlet", n_boot=20)
    assert (kind, n) == ("corpus", 5)
    row = next(r for r in re.findall(r"<tr>.*?</tr>", html, flags=re.S) if "Reformen" in r)
    assert "not in English (de)" in row
    assert re.findall(r'<td class="num">(.*?)</td>', row)[1:] == ["—", "—", "—"]  # index, terms, sentiment
    assert html.count('<details class="doc">') == 5  # every document after it is shown too
    assert "not in English (de): no measures" in html  # the collapsed section's summary line
    _no_nan(html)


def test_corpus_statistics_leave_out_missing_scores_of_english_documents():
    docs = [full_analysis(id=f"d{i}", meta={"outlet": "A" if i < 3 else "B"}) for i in range(6)]
    docs[0] = dataclasses.replace(docs[0], scores={**docs[0].scores, "loaded_index": math.nan, "coverage": None})
    html, kind, _n = build_report(docs, group_by="outlet", n_boot=20)
    assert kind == "corpus"
    _no_nan(html)


# --- 2. "highest / lowest" follows the rule of every clear finding ------------------------------------------


def _three_groups(n_a: int, n_b: int, n_c: int) -> list[Analysis]:
    """Group A all loaded, B never, C half and half (as the audit's three.csv)."""
    return ([_doc(i, "A", 6) for i in range(n_a)] + [_doc(i, "B", 0) for i in range(n_b)]
            + [_doc(i, "C", 6 if i % 2 else 0) for i in range(n_c)])


def test_highest_and_lowest_groups_are_not_clear_with_three_documents_each():
    docs = _three_groups(3, 3, 6)
    acc, data = _corpus_data(docs)
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=200)
    index = next(f for f in out if "the mean loaded-language index per document" in f["text"])
    assert "highest in A" in index["text"] and "lowest in B" in index["text"] and "3 documents" in index["text"]
    assert index["kind"] == "thin"
    assert f"fewer than {MIN_DOCS} documents on one side" in index["text"]
    assert not [f for f in out if f["kind"] == "clear"]
    html, _kind, _n = build_report(docs, group_by="outlet", n_boot=200)
    assert 'class="badge b-clear"' not in html  # no clear badge anywhere when the rule is not met


def test_highest_and_lowest_groups_are_clear_with_enough_documents():
    acc, data = _corpus_data(_three_groups(MIN_DOCS, MIN_DOCS, 6))
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=200)
    index = next(f for f in out if "the mean loaded-language index per document" in f["text"])
    assert index["kind"] == "clear" and index["text"].endswith("the intervals do not overlap.")


# --- 3. documents without a group value are counted and listed, never compared -------------------------------


def _without_value(i: int, n_spans: int) -> Analysis:
    """A document whose outlet is missing, None, empty, blank or NaN (in turn)."""
    a = _doc(i, "none", n_spans)
    metas: list[dict] = [{}, {"outlet": None}, {"outlet": ""}, {"outlet": "  "}, {"outlet": math.nan}]
    return dataclasses.replace(a, id=f"nv{i}", meta=metas[i % len(metas)])


def _with_missing_values() -> list[Analysis]:
    return ([_doc(i, "Ledger", 3) for i in range(6)] + [_doc(i, "Wire", 3) for i in range(6)]
            + [_without_value(i, 1 if i % 2 else 0) for i in range(6)])


def test_documents_without_a_group_value_are_not_a_group():
    docs = _with_missing_values()
    acc, data = _corpus_data(docs)
    assert [g["name"] for g in data["groups"]] == ["Ledger", "Wire"]
    assert data["n_docs"] == 18 and data["n_no_value"] == 6 and data["no_value_words"] == 600
    assert data["n_words"] == 1800  # the corpus totals count them
    assert all(r["group"] != "(no value)" for m in data["metrics"] for r in m["rows"])
    assert [d["group"] for d in data["distinguishing"]] == ["Ledger", "Wire"]
    assert {g for g, _w, _c, _o in acc.merged_doc_counts()} == {"Ledger", "Wire"}
    out = corpus_findings(acc.merged_doc_counts(), data, n_boot=200)
    assert not any("no value" in f["text"] for f in out), out
    # Ledger and Wire use the term at the same rate: no clear difference once the documents without a value,
    # which use it less, are left out of "the other outlets"
    assert not any(f["kind"] == "clear" and "as often as" in f["text"] for f in out), out


def test_report_counts_and_lists_documents_without_a_group_value():
    html, kind, n = build_report(_with_missing_values(), group_by="outlet", n_boot=50, max_articles=20)
    assert (kind, n) == ("corpus", 18)
    assert "6 documents have no value in the &#39;outlet&#39; column (missing or empty)" in html
    assert "6 documents without a value, in no group" in html  # the Groups card
    assert "(no value): counted and listed, compared with no group" in html  # the overview's group table
    rows = [r for r in re.findall(r"<tr><td><span class=\"pdf-omit\"><a .*?</tr>", html, flags=re.S) if ">nv" in r]
    assert len(rows) == 6 and all('<span class="muted">(no value)</span>' in r for r in rows)
    findings = html[html.index('id="findings"'):html.index("</ul>")]
    assert "no value" not in findings


def test_a_large_corpus_still_shows_documents_without_a_group_value():
    acc = CorpusAccumulator(group_by="outlet", max_articles=6)
    for a in _with_missing_values():
        acc.add(a)
    shown, _how = acc.shown_articles()
    # one of each group's identical texts, then the two distinct texts without a value
    assert [a.id[:2] for a in shown] == ["Le", "Wi", "nv", "nv"]


def test_a_corpus_where_no_document_has_a_group_value_says_so():
    html, kind, _n = build_report([_without_value(i, i % 2) for i in range(4)], group_by="outlet", n_boot=20)
    assert kind == "corpus"
    assert "No analysed document has a value in the &#39;outlet&#39; column, so there are no groups to compare" in html
    assert "No document could be analysed" not in html


# --- 4. every internal link has its target, in the HTML and in the PDF edition --------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Links(HTMLParser):
    """The ids and the internal links (``href="#..."``) of a page; with ``pdf=True`` those of its PDF edition,
    which leaves out every element marked ``pdf-omit`` with all it holds (report-pdf.css)."""

    def __init__(self, *, pdf: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.pdf = pdf
        self.stack: list[tuple[str, bool]] = []  # open tags and whether each is left out
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def _record(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        a = dict(attrs)
        hidden = (self.pdf and "pdf-omit" in (a.get("class") or "").split()) or any(h for _t, h in self.stack)
        if not hidden:
            if a.get("id"):
                self.ids.add(str(a["id"]))
            href = a.get("href") or ""
            if tag == "a" and href.startswith("#"):
                self.hrefs.append(href[1:])
        return hidden

    def handle_starttag(self, tag, attrs):
        hidden = self._record(tag, attrs)
        if tag not in _VOID:
            self.stack.append((tag, hidden))

    def handle_startendtag(self, tag, attrs):
        self._record(tag, attrs)

    def handle_endtag(self, tag):
        if any(t == tag for t, _h in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass


def _dangling(html: str, *, pdf: bool) -> list[str]:
    p = _Links(pdf=pdf)
    p.feed(html)
    assert p.hrefs, "no internal link found: the check checks nothing"
    return sorted({h for h in p.hrefs if h not in p.ids})


def _twenty_documents() -> list[Analysis]:
    """20 documents, 5 in each of 4 outlets, each text its own (more than the 12 shown one by one)."""
    from tests.test_report_data import ARTICLE

    return [full_analysis(ARTICLE + f" Story {i}.", id=f"d{i}",
                          meta={"outlet": "ABCD"[i % 4], "title": f"Story {i}"}) for i in range(20)]


@pytest.mark.parametrize("which", ["corpus", "corpus-large", "article", "german"])
def test_every_internal_link_has_its_target_in_the_html_and_the_pdf_edition(which, german):
    docs = {"corpus": _twenty_documents()[:6], "corpus-large": _twenty_documents(), "article": [full_analysis()],
            "german": [german]}[which]
    html, _kind, _n = build_report(docs, group_by="outlet", n_boot=20)
    assert _dangling(html, pdf=False) == []
    assert _dangling(html, pdf=True) == []


def test_the_pdf_of_a_twenty_document_corpus_logs_no_missing_anchor(tmp_path, caplog):
    import logging

    try:
        import weasyprint  # noqa: F401  (Pango is loaded on import: OSError where it is missing)
    except (ImportError, OSError) as exc:
        pytest.skip(f"WeasyPrint cannot run here: {exc}")
    from framing.reporting.render import write_pdf

    html, kind, n = build_report(_twenty_documents(), group_by="outlet", n_boot=20)
    assert (kind, n) == ("corpus", 20) and html.count('<details class="doc">') < 20  # not every one shown
    with caplog.at_level(logging.ERROR, logger="weasyprint"):
        write_pdf(html, tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert not [r.getMessage() for r in caplog.records if "anchor" in r.getMessage()]
