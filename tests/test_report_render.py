"""Rendering: every section appears when its data is there, untrusted text stays inert, files are atomic,
the PDF has selectable text, vector charts, highlights and page numbers, and the CLI writes both files."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import framing
from framing.analysis import Analysis
from framing.exceptions import ReportError
from framing.reporting import build_report
from framing.reporting.render import render_fragment, safe_svg
from tests.test_report_data import ARTICLE, empty_sections_analysis, full_analysis

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "data" / "lex" / "mini.tsv"

PAYLOAD = ('<script>alert("x")</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">j</a>'
           '</style></textarea><!-- "\'&amp; {{7*7}} $\\alpha$ <link rel=stylesheet href=http://evil.example/s.css>'
           '<svg onload=alert(3)>')
EXPECTED_HEADINGS = ["The article, with its evidence highlighted", "Evidence list", "Rates and terms",
                     "Along the article, sentence by sentence", "Actors and their labels", "Quotations",
                     "Policy frames", "Sentiment and readability", "Methods appendix"]


class _Inventory(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style_text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style_text.append(data)


def assert_inert(html: str) -> None:
    """No script, no event handler, no external reference, nothing but our own markup."""
    inv = _Inventory()
    inv.feed(html)
    allowed = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "nav",
               "ol", "ul", "li", "a", "section", "div", "span", "b", "table", "thead", "tbody", "tr", "th", "td",
               "mark", "sup", "figure", "figcaption", "pre", "code", "footer", "br", "details", "summary",
               # inline SVG from matplotlib
               "svg", "g", "path", "defs", "clippath", "rect", "text", "use", "line", "polyline", "circle",
               "metadata", "rdf:rdf", "cc:work", "dc:type", "dc:date", "dc:format", "dc:creator", "cc:agent",
               "dc:title", "tspan", "pattern", "polygon"}
    for tag, attrs in inv.tags:
        assert tag in allowed, f"unexpected <{tag}> in the report"
        for k, v in attrs.items():
            assert not k.startswith("on"), f"event handler {k} on <{tag}>"
            if v and k in ("href", "xlink:href", "src", "action", "formaction", "background", "poster"):
                # in-document anchors; and links (never loads) to the run's CSV files beside the report:
                # relative, no scheme (":" is percent-encoded)
                download = tag == "a" and k == "href" and re.fullmatch(r"\.{1,2}/[^:?#\\]*\.csv", v) is not None
                assert v.startswith("#") or download, f"<{tag} {k}={v!r}> points outside the document"
            if v and k == "style":
                assert all(u.startswith("#") for u in re.findall(r"url\((.*?)\)", v)), v
    assert not any(t == "meta" and a.get("http-equiv", "").lower() == "refresh" for t, a in inv.tags)
    for css in inv.style_text:
        assert "alert" not in css and "evil" not in css and "@import" not in css
    csp = [a["content"] for t, a in inv.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(csp) == 1 and "default-src 'none'" in csp[0] and "script-src 'none'" in csp[0]


class _FakeEntry:
    def __init__(self, category: str) -> None:
        self.category, self.weight = category, 0.5


class _FakeLexicon:
    def __init__(self, payload: str) -> None:
        self.entries = (_FakeEntry(payload),)
        self.payload = payload

    def info(self) -> dict:
        p = self.payload
        return {"name": p, "version": p, "entries": 1, "sha256": p, "licence": p, "citation": p}


def payload_analyses() -> list[Analysis]:
    p = PAYLOAD
    names = {k: p + k for k in ("model_cat", "model", "cat", "lexicon", "alt", "actor", "speaker", "frame",
                                "readability", "sentiment")}
    text = ARTICLE.replace("Investors may leave.", "Investors may leave. " + p)
    meta = {"title": p + " title", "outlet": p, p: p, "leaning": p, "date": "2026-03-14" + p}
    one = full_analysis(text, id=p, meta=meta, names=names)
    two = full_analysis(id=p + "2", meta={"outlet": "Plain outlet", "title": "Plain", "date": "2026-04-01"})
    return [one, two]


def test_full_article_report_shows_every_section():
    html, kind, n = build_report([full_analysis()], command="framing report x.txt")
    assert (kind, n) == ("article", 1)
    for h in EXPECTED_HEADINGS:
        assert h in html, h
    assert "Not computed" not in html
    assert html.count("<svg") == 5  # categories, terms, sentence strip, quotes, frames
    assert 'dysphemism · weight 0.75 · lexicon lexA · instead: takeover, nationalisation' in html
    assert "P(biased)" in html and "Dictator" in html and "rubber stamp" in html
    assert_inert(html)


def test_empty_sections_say_not_computed():
    html, kind, _ = build_report([empty_sections_analysis()])
    assert kind == "article"
    assert html.count("Not computed") == 3  # actors, quotations, frames
    assert "Evidence list" not in html and "No evidence was found" in html
    assert "Sentiment and readability" not in html


def test_corpus_report_sections_and_grouping():
    docs = [full_analysis(id=f"d{i}", meta={"outlet": o, "title": f"T{i}", "date": f"202{i % 3}-01-01"})
            for i, o in enumerate(["A", "B", "C", "A", "B", "C"])]
    html, kind, n = build_report(docs, group_by="outlet", n_boot=100, max_articles=2)
    assert (kind, n) == ("corpus", 6)
    for h in ("How the groups compare", "What distinguishes each group", "Label asymmetry per actor",
              "Over time", "The strongest evidence, per group", "Methods appendix"):
        assert h in html
    assert "the other 4 document(s) have a row here and are covered by the corpus sections" in html
    table = html[html.index('<table class="docs">'):]
    table = table[:table.index("</table>")]
    assert table.count("<tr>") == 1 + 6  # the header and every document (review 27, #4)
    assert html.count("<section class=\"article") == 2 and "most loaded documents of each group" in html
    assert_inert(html)


@pytest.mark.parametrize("kind", ["article", "corpus"])
def test_payloads_in_every_field_stay_inert(kind):
    docs = payload_analyses()
    html, _, _ = build_report(docs[:1] if kind == "article" else docs, kind=kind, group_by="outlet",
                              lexicons=[_FakeLexicon(PAYLOAD)], scorers=[PAYLOAD], n_boot=50,
                              command="framing report " + PAYLOAD, title=None)
    assert_inert(html)
    assert "&lt;script&gt;" in html and "<script" not in html.lower()
    assert "{{7*7}}" in html  # shown, never evaluated as a template


def test_payload_file_name_through_report(tmp_path):
    name = tmp_path / '<img src=x onerror=alert(1)>"&.txt'
    name.write_text("The regime slammed the so-called reforms.", encoding="utf-8")
    res = framing.report(str(name), tmp_path / "r.html", lexicons=[MINI], builtin_lexicons=False, n_boot=50)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert res.kind == "article" and html == res.html
    assert "onerror=alert(1)&gt;" in html
    assert_inert(html)


def test_safe_svg_refuses_active_content():
    with pytest.raises(ReportError):
        safe_svg('<svg><script>alert(1)</script></svg>')
    with pytest.raises(ReportError):
        safe_svg('<svg><rect onclick="x()"/></svg>')
    with pytest.raises(ReportError):
        safe_svg('<svg><use href="http://evil.example/#a"/></svg>')
    assert safe_svg('<svg><use xlink:href="#m1"/><text>onload=&lt;x&gt;</text></svg>')


def test_repr_html_is_the_highlighted_fragment():
    a = payload_analyses()[0]
    frag = a._repr_html_()
    assert "<mark class=\"fr-c" in frag and "<script" not in frag.lower()
    assert_inert("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "script-src 'none'\"></head><body>" + frag + "</body></html>")
    assert render_fragment(full_analysis()).count("<mark") >= 8


def test_pdf_failure_leaves_the_old_file(tmp_path, monkeypatch):
    import weasyprint

    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")

    def boom(*a, **k):
        raise RuntimeError("crash while rendering")

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", boom)
    with pytest.raises(ReportError, match="cannot render the PDF"):
        framing.report([full_analysis()], tmp_path / "r.html", pdf=target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.pdf"]  # no temporary files left


def test_bad_arguments_are_report_errors():
    with pytest.raises(ReportError, match="kind"):
        build_report([full_analysis()], kind="poster")
    with pytest.raises(ReportError, match="no documents"):
        build_report([])
    with pytest.raises(ReportError, match=r"'n_boot' parameter \(bootstrap resamples\) must be an integer of at "
                                          "least 2; got 1"):
        build_report([full_analysis()], n_boot=1)
    with pytest.raises(ReportError, match=r"'max_articles' parameter .* at least 0; got -1"):
        framing.report([full_analysis()], max_articles=-1)


def test_texts_in_a_list_are_refused_with_how_to_pass_texts(tmp_path):
    """Regression (session 24 audit, 6): ``report(["text one", "text two"], ...)`` said "no such file or folder"
    while analyze_corpus() takes the same list as texts."""
    from framing.exceptions import InputError

    with pytest.raises(InputError, match=r"report\(\) reads a str as the path of a file or folder, and 'text one' "
                                         r"is none; to report on texts, pass them as a pandas Series"):
        framing.report(["text one", "text two"], tmp_path / "x.html")
    with pytest.raises(InputError, match="'The regime slammed"):
        framing.report("The regime slammed the reforms.", tmp_path / "x.html")
    pd = pytest.importorskip("pandas")
    texts = ["The regime slammed the reforms.", "Officials said the talks went well."]
    result = framing.report(pd.Series(texts), tmp_path / "x.html", lexicons=str(MINI), builtin_lexicons=False,
                            scorers=["lexicon"], n_boot=20)
    assert (result.kind, result.n_documents) == ("corpus", 2) and "regime" in result.html


def test_html_output_named_like_another_format_is_refused(tmp_path):
    """Regression (session 24 audit, 2): ``report(..., "r.pdf")`` wrote the HTML page into r.pdf."""
    with pytest.raises(ReportError, match=r"'r\.pdf' is the report's HTML page, not a \.pdf file: pass pdf='r\.pdf'"):
        framing.report([full_analysis()], "r.pdf")
    with pytest.raises(ReportError, match="scores_csv= and evidence_csv="):
        framing.report([full_analysis()], tmp_path / "r.CSV")
    assert list(tmp_path.iterdir()) == []


# --- the CLI and the PDF -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_outputs(tmp_path_factory):
    """`framing report` with no input (the bundled sample) in a fresh folder: both files."""
    import os

    from framing.cli import main

    d = tmp_path_factory.mktemp("cli")
    old = os.getcwd()
    os.chdir(d)
    try:
        try:
            framing.builtin_lexicons()
            extra: list[str] = []
        except framing.LexiconError:  # shipped lexicons not complete yet: use the test lexicon
            extra = ["--lexicon", str(MINI), "--no-builtin-lexicons"]
        rc = main(["report", *extra])
    finally:
        os.chdir(old)
    assert rc == 0
    return d / "reports" / "latest" / "sample.html", d / "reports" / "latest" / "sample.pdf"


def test_cli_report_on_the_sample_writes_both_files(sample_outputs):
    html_path, pdf_path = sample_outputs
    html = html_path.read_text(encoding="utf-8")
    assert "by outlet" in html and "The Northern Ledger" in html and "Continental Wire" in html
    # highlighted sections up to max_articles (12: the three most loaded articles of each of the four outlets),
    # and every one of the 20 documents a row of the documents table
    assert html.count('<section class="article') == 12
    table = html[html.index('<table class="docs">'):]
    assert table[:table.index("</table>")].count("<tr>") == 1 + 20
    assert "framing report" in html  # how to reproduce
    assert_inert(html)
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_pdf_has_text_highlights_vector_charts_and_page_numbers(sample_outputs):
    from pypdf import PdfReader

    _, pdf_path = sample_outputs
    reader = PdfReader(str(pdf_path))
    n = len(reader.pages)
    assert n >= 3  # the compact edition: contents, corpus sections, document table, appendix (issue 17)
    # words of the articles (the corpus PDF shows them in the evidence samples and tables), a chart's axis label
    wanted = ["regime", "slammed", "strongman", "Calder", "per 1,000 words"]
    text = ""
    for page in reader.pages:  # text extraction is slow: stop once everything was found
        text += page.extract_text() + "\n"
        if all(w in text for w in wanted):
            break
    for term in wanted:
        assert term in text, term
    tail = "\n".join(p.extract_text() for p in reader.pages[n - 2:])
    assert "Methods appendix" in tail and "How to reproduce" in tail and "sha256" in tail
    assert f"page 1 of {n}" in reader.pages[0].extract_text() and f"page {n} of {n}" in tail
    raw = pdf_path.read_bytes()
    assert b"/Subtype /Image" not in raw and b"/Subtype/Image" not in raw
    # the highlight colours are painted: Tol's light blue #77AADD or orange #EE8866 as an RGB fill
    streams = b"".join(p.get_contents().get_data() for p in reader.pages[:8] if p.get_contents() is not None)
    assert re.search(rb"(0\.46\d* 0\.66\d* 0\.86\d*|0\.93\d* 0\.53\d* 0\.4\d*) rg", streams), \
        "no highlight fill found in the PDF"


def test_kind_article_takes_the_first_document_and_keeps_the_pdf_default(tmp_path, monkeypatch):
    from framing.cli import main

    monkeypatch.chdir(tmp_path)
    rc = main(["report", "--kind", "article", "--lexicon", str(MINI), "--no-builtin-lexicons", "--scorers", "lexicon",
               "-o", "reports/one.html"])
    assert rc == 0
    html = (tmp_path / "reports" / "one.html").read_text(encoding="utf-8")
    assert html.count('<section class="article') == 1 and "strongman" in html
    assert not (tmp_path / "reports" / "latest").exists()  # -o given: no default PDF or CSV anywhere
    assert "framing report --kind article" in html or "--kind article" in html


def test_cli_bad_input_exits_2_with_one_line(tmp_path, capsys):
    from framing.cli import main

    rc = main(["report", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("framing: error:") and err.count("\n") == 1
    assert not (tmp_path / "r.html").exists()


def test_written_reports_are_readable_by_others(tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        framing.report([full_analysis()], tmp_path / "r.html")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.html").stat().st_mode) == 0o644


def test_reproduce_command_names_every_option_that_changes_the_report(tmp_path, monkeypatch):
    from framing.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-pdf", "--seed", "7", "--n-boot", "30", "--max-articles", "2", "--title", "T",
                 "--date-column", "when", "--scorers", "lexicon", "-o", "r.html"]) == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    cmd = html.split("How to reproduce", 1)[1].split("<pre>", 1)[1].split("</pre>", 1)[0]
    for part in ("--seed 7", "--n-boot 30", "--max-articles 2", "--title T", "--date-column when",
                 "--scorers lexicon", "-o r.html"):
        assert part in cmd, (part, cmd)


def test_failed_documents_are_listed_with_id_and_reason():
    import framing
    from framing.analysis import Analysis
    from framing.reporting import build_report

    good = [framing.analyze(r.text, id=r.id, meta=r.meta, scorers=["lexicon"]) for r in framing.read_sample()[:4]]
    bad = Analysis(id="<b>row-73412</b>", text="", n_words=0, scores={}, meta={"outlet": "The Northern Ledger"},
                   error="ValueError: garbage <script>")
    html, kind, n = build_report([*good, bad], group_by="outlet", n_boot=20)
    assert kind == "corpus" and n == 5
    assert "Documents that failed" in html
    assert "&lt;b&gt;row-73412&lt;/b&gt;" in html and "ValueError: garbage &lt;script&gt;" in html
    assert "1 failed" in html


def test_unknown_group_by_is_an_error_listing_the_columns():
    """Regression (issue 13, 6): a misspelt group_by gave one "(no value)" group, exit 0."""
    good = [framing.analyze(r.text, id=r.id, meta=r.meta, scorers=["lexicon"]) for r in framing.read_sample()]
    with pytest.raises(ReportError, match=r"no document has the metadata column 'outlett'; the columns are .*'outlet'"):
        build_report(good, group_by="outlett", n_boot=10)
    _, kind, n = build_report(good, group_by="outlet", n_boot=10)
    assert kind == "corpus" and n == len(good)


def test_cli_unknown_group_by_exits_2(tmp_path, capsys):
    from framing.cli import main

    src = tmp_path / "c.jsonl"
    src.write_text('{"text": "the regime", "outlet": "A"}\n{"text": "the junta", "outlet": "B"}\n', encoding="utf-8")
    rc = main(["report", str(src), "--group-by", "Outlet", "--scorers", "lexicon", "--n-boot", "10",
               "-o", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert rc == 2 and "the columns are 'outlet'" in err and err.count("\n") == 1
    assert not (tmp_path / "r.html").exists()


def test_report_summary_line_accounts_for_every_record(tmp_path, capsys):
    from framing.cli import main

    src = tmp_path / "c.jsonl"
    src.write_text('{"text": "the regime"}\n{"text": null}\nnot json\n{"text": "the junta"}\n', encoding="utf-8")
    assert main(["report", str(src), "--scorers", "lexicon", "--n-boot", "10", "-o", str(tmp_path / "r.html")]) == 0
    assert "framing: 4 document(s) in the input: 2 analysed, 2 skipped, 0 failed" in capsys.readouterr().err


@pytest.mark.parametrize("ref", ['<img src="file:///etc/hostname">', '<link rel="stylesheet" href="file:///x.css">',
                                 '<img src="http://example.com/x.png">'])
def test_pdf_refuses_every_url_deliberately(tmp_path, ref):
    """Regression (issue 13, 11): on WeasyPrint 70 the ``file://`` guard refused only by accident (a plain
    function as url_fetcher raised AttributeError on ``_fail_on_errors``). The refusal now names the URL."""
    pytest.importorskip("weasyprint")
    import weasyprint.urls

    from framing.reporting.render import _url_fetcher, write_pdf

    if hasattr(weasyprint.urls, "URLFetcher"):  # WeasyPrint >= 66 wants a URLFetcher, not a function
        assert isinstance(_url_fetcher([]), weasyprint.urls.URLFetcher)
    out = tmp_path / "r.pdf"
    with pytest.raises(ReportError, match=r"external resource \('(file|http)://") as exc:
        write_pdf(f"<html><head></head><body><p>x</p>{ref}</body></html>", out)
    assert "AttributeError" not in str(exc.value)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    svg = "%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%221%22 height=%221%22/%3E"
    write_pdf(f'<html><body><p>x</p><img src="data:image/svg+xml,{svg}"></body></html>', out)  # inline: fine
    assert out.read_bytes().startswith(b"%PDF")


def test_corpus_documents_table_shows_a_dash_for_a_document_not_in_english():
    import math

    good = [framing.analyze(r.text, id=r.id, meta=r.meta, scorers=["lexicon"]) for r in framing.read_sample()[:4]]
    german = Analysis(id="de-1", text="Der Bundestag hat am Donnerstag ein Gesetz beschlossen.", n_words=9,
                      scores={"loaded_index": math.nan}, meta={"outlet": "Der Kurier"}, language="de")
    html, kind, _ = build_report([*good, german], group_by="outlet", n_boot=20)
    assert kind == "corpus"
    row = next(r for r in re.findall(r"<tr>.*?</tr>", html, flags=re.S) if "Der Bundestag" in r or "de-1" in r)
    cells = re.findall(r'<td class="num">(.*?)</td>', row)
    assert cells[1] == "—"  # the loaded-language index column: no number for a text we cannot score
    assert ">nan<" not in html.lower()
