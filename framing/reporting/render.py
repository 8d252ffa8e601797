"""Rendering: report data -> HTML (Jinja2, autoescape on) -> PDF (WeasyPrint), written atomically.

Templates ship in the package (``framing/reporting/templates``) and are loaded with ``PackageLoader``. Every
piece of text from documents, metadata and lexicons is escaped by the templates; the only markup marked safe
is chart SVG produced by :mod:`framing.reporting.charts`, which is checked for active content before use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from markupsafe import Markup

from framing.analysis import Analysis
from framing.exceptions import ReportError
from framing.io import atomic_writer
from framing.reporting.article import article_data, num1
from framing.reporting.measures import frame_name
from framing.reporting.style import Palette

__all__ = ["article_toc", "article_view", "render_fragment", "render_html", "write_html", "write_pdf"]

_TAG_RE = re.compile(r"<\s*([A-Za-z][\w:.-]*)([^>]*)>")
_ATTR_RE = re.compile(r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_BAD_TAGS = {"script", "foreignobject", "iframe", "object", "embed", "a", "image", "use", "animate", "set",
             "handler", "listener"}


@lru_cache(maxsize=1)
def _env() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("framing.reporting", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters["paragraphs"] = paragraphs
    return env


_PARAGRAPH_BREAK_RE = re.compile(r"[ \t\r]*\n(?:[ \t\r]*\n)+")


def paragraphs(text: str) -> Markup:
    """Escaped text whose blank lines become a short paragraph gap (``<span class="para">``) instead of a full
    empty line, so a printed article does not spend a line on every paragraph break."""
    parts = _PARAGRAPH_BREAK_RE.split(str(text))
    return Markup('<span class="para"></span>').join(Markup.escape(p) for p in parts)


def safe_svg(svg: str) -> Markup:
    """Mark chart SVG safe for the template after checking it holds no script, handler or foreign content."""
    for tag in _TAG_RE.finditer(svg):
        name = tag.group(1).lower()
        bad = name in _BAD_TAGS and not (name == "use" and _local_refs_only(tag.group(2)))
        for attr in _ATTR_RE.finditer(tag.group(2)):
            key, value = attr.group(1).lower(), attr.group(2).lower()
            external = key.endswith("href") and not value[1:].startswith("#")
            if key.startswith("on") or "javascript:" in value or external:
                bad = True
        if bad:
            raise ReportError(f"a chart SVG contains active or external content (<{name}>); refusing to embed it")
    return Markup(svg)


def _local_refs_only(attrs: str) -> bool:
    return all(m.group(2)[1:].startswith("#") for m in _ATTR_RE.finditer(attrs) if m.group(1).lower().endswith("href"))


def article_view(a: Analysis, palette: Palette, index: int, *, charts: bool = True) -> dict[str, Any]:
    """The data of one article section, with its charts as safe inline SVG."""
    art = article_data(a, palette, anchor=f"art{index}-e")
    art["anchor"] = f"art{index}-e"
    art["section_id"] = f"art{index}"
    scored = [s for s in art["sentences"] if s["prob"] is not None]
    ranked = sorted((s for s in scored if s["prob"] >= 0.5), key=lambda s: -s["prob"])
    art["top_sentences"] = ranked[:5]
    art["n_scored_sentences"] = len(scored)
    art["n_biased_sentences"] = len(ranked)
    art["evidence_terms"] = evidence_by_term(art["evidence"])
    art["speakers"] = quotes_by_speaker(art["quotes"])
    art["summary"] = _summary(art)
    art["charts"] = {"categories": None, "terms": None, "sentences": None, "quotes": None, "frames": None}
    if charts and not art["error"]:
        from framing.reporting import charts as ch

        counted = [c for c in art["categories"] if c["loaded"]]
        if counted:  # (what is recorded but not counted is listed in the legend, not drawn as a rate)
            art["charts"]["categories"] = safe_svg(ch.bar_chart(
                [(c["label"], c["per_1k"]) for c in counted], xlabel="loaded terms per 1,000 words",
                colours=[palette.colour(c["name"]) for c in counted]))
        if art["top_terms"]:
            art["charts"]["terms"] = safe_svg(ch.bar_chart(
                [(t["term"], float(t["count"])) for t in art["top_terms"]], xlabel="occurrences in this article",
                colours=[palette.colour(t["category"]) for t in art["top_terms"]], value_fmt="{:.0f}", integer=True))
        if art["sentences"]:
            art["charts"]["sentences"] = safe_svg(ch.sentence_strip(art["sentences"],
                                                                    has_probabilities=art["has_probabilities"]))
        if art["quotes"]:
            art["charts"]["quotes"] = safe_svg(ch.quotes_chart(art["quotes_by_speaker"]))
        if art["frames"]:
            art["charts"]["frames"] = safe_svg(ch.bar_chart(
                [(frame_name(k), v) for k, v in art["frames"][:12]], xlabel="share of frame cues (0–1)",
                colours=["#99DDFF"] * min(12, len(art["frames"])), value_fmt="{:.2f}", width=5.0))
    return art


def evidence_by_term(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The evidence list condensed to one row per term and category, in order of first occurrence.

    Each row keeps the footnote numbers of its occurrences (``ns``, with their anchors), so the small numbers in
    the highlighted text point to a row of this table.
    """
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for e in evidence:
        key = (e["text"].casefold(), e["category"])
        row = rows.get(key)
        if row is None:
            row = rows[key] = {"text": e["text"], "category": e["category"], "label": e.get("label", e["category"]),
                               "cls": e["cls"], "weight": e["weight"],
                               "alternatives": e["alternatives"], "sources": [], "ns": [], "n_quoted": 0,
                               "n_negated": 0}
        row["ns"].append({"n": e["n"], "anchor": e["anchor"]})
        if e["source"] not in row["sources"]:
            row["sources"].append(e["source"])
        row["n_quoted"] += "quoted" in e["flags"]
        row["n_negated"] += "negated" in e["flags"]
    out = list(rows.values())
    for row in out:
        sources = row.pop("sources")
        row["source"] = ", ".join(sources)
        row["source_kind"] = ", ".join(dict.fromkeys(src.split(" ", 1)[0] for src in sources))  # lexicon, model
        row["flags"] = ", ".join(f"{k} {v}×" if v > 1 or len(row["ns"]) > 1 else k
                                 for k, v in (("quoted", row["n_quoted"]), ("negated", row["n_negated"])) if v)
    return out


def quotes_by_speaker(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per source: how many quotations and with which reporting verbs (most used first)."""
    rows: dict[str, dict[str, Any]] = {}
    for q in quotes:
        row = rows.setdefault(q["speaker"], {"speaker": q["speaker"], "n": 0, "verbs": {}, "n_loaded": 0})
        row["n"] += 1
        verb = q["verb"] or "(no verb)"
        row["verbs"][verb] = row["verbs"].get(verb, 0) + 1
        row["n_loaded"] += q["verb_kind"] == "loaded"
    out = sorted(rows.values(), key=lambda r: -r["n"])
    for row in out:
        verbs = sorted(row["verbs"].items(), key=lambda kv: -kv[1])
        row["verbs"] = ", ".join(f"{v} {k}×" if k > 1 else v for v, k in verbs)
    return out


def _summary(art: dict[str, Any]) -> dict[str, Any]:
    """One line per document for the corpus report's document table and the collapsed section's summary."""
    scores = art.get("scores") or {}
    head = {h["label"]: h["value"] for h in art.get("headline", ())}
    return {
        "loaded_index": num1(scores.get("loaded_index", 0.0)) if not art["error"] else "—",
        "n_loaded": head.get("Loaded terms", "—"),
        "sentiment": head.get("Sentiment", "—"),
        "top_terms": ", ".join(t["term"] for t in art["top_terms"][:4]),
    }


PDF_OMITTED_PARTS = ("rates",)  # article parts the PDF edition leaves out (the template marks them pdf-omit)


def article_toc(art: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The contents of a one-article report: the parts of its article section that the template shows."""
    sid = art["section_id"]
    if art["error"]:
        return [(sid, str(art["title"]))]
    if not art["english"]:  # English-dependent sections are not computed: the text alone is shown
        return [(f"{sid}-text", "The text, not analysed (not in English)")]
    parts = [("text", "The article, highlighted"),
             ("evidence", "Evidence list") if art["evidence"] or art["neutral_evidence"] else None,
             ("rates", "Rates and terms") if art["charts"]["categories"] or art["charts"]["terms"] else None,
             ("sentences", "Sentence by sentence") if art["charts"]["sentences"] else None,
             ("actors", "Actors and their labels"), ("quotes", "Quotations"), ("frames", "Policy frames"),
             ("measures", "Sentiment and readability") if art["sentiment"] or art["readability"] else None]
    return [(f"{sid}-{k}", label) for k, label in (p for p in parts if p)]


def render_html(context: Mapping[str, Any]) -> str:
    """The full report page from its context (see :func:`framing.reporting.build_report`)."""
    return str(_env().get_template("report.html.j2").render(**context))


def render_fragment(a: Analysis) -> str:
    """A small HTML fragment with the highlighted article, for notebooks (``Analysis._repr_html_``)."""
    palette = Palette()
    uid = f"framing-{id(a):x}"
    art = article_data(a, palette, anchor=f"{uid}-e")
    art["anchor"] = f"{uid}-e"
    return str(_env().get_template("fragment.html.j2").render(art=art, palette=palette.classes(), uid=uid))


def write_html(html: str, path: str | os.PathLike[str]) -> None:
    """Write the HTML atomically (a crash leaves no half-written file; an existing file keeps its mode)."""
    try:
        with atomic_writer(path) as f:
            f.write(html)
    except OSError as exc:
        raise ReportError(f"cannot write the HTML report to {os.fspath(path)!r}: {exc.strerror or exc}") from None


def _url_fetcher(refused: list[str]) -> Any:
    """A WeasyPrint URL fetcher that fetches nothing: every URL (``file://``, ``http://``...) is recorded in
    ``refused`` and refused; only ``data:`` URLs, which hold their content inline, are decoded.

    On WeasyPrint 66 and later a fetcher is a ``weasyprint.urls.URLFetcher`` (built with ``fail_on_errors``, so
    a refusal stops the rendering); earlier versions take a plain function. Either way :func:`write_pdf` checks
    ``refused`` afterwards, so the refusal never depends on how a WeasyPrint version treats fetcher errors.
    """
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:  # WeasyPrint < 66: a function
        import weasyprint

        def fetch(url: str, *args: Any, **kwargs: Any) -> Any:
            if url.lower().startswith("data:"):
                return weasyprint.default_url_fetcher(url, *args, **kwargs)
            refused.append(url)
            raise ReportError(f"refused to fetch {url[:80]!r}")

        return fetch

    class _Refusing(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.lower().startswith("data:"):
                return super().fetch(url, headers)
            refused.append(url)
            raise ReportError(f"refused to fetch {url[:80]!r}")

    return _Refusing(fail_on_errors=True, allowed_protocols=["data"])


@lru_cache(maxsize=1)
def _pdf_css() -> str:
    """The PDF edition's own rules (``templates/report-pdf.css``), added to the page's print style by WeasyPrint.

    The HTML page and its browser print show everything; the PDF is the compact edition: it leaves out the parts
    marked ``pdf-omit`` and shows the notes marked ``pdf-only`` (saying what was left out).
    """
    from importlib import resources

    css = resources.files("framing.reporting").joinpath("templates").joinpath("report-pdf.css")
    return css.read_text(encoding="utf-8")


def write_pdf(html: str, path: str | os.PathLike[str]) -> None:
    """Render the HTML to PDF with WeasyPrint (selectable text, vector charts, page numbers, bookmarks), atomically.

    The PDF is the compact edition of the report: the page's print style plus ``report-pdf.css`` (see
    :func:`_pdf_css`), which leaves out what the report marks as screen-only and says so in the PDF.

    WeasyPrint is never allowed to fetch anything: a report that refers to any URL (``file://``, ``http://``)
    other than an inline ``data:`` URL is refused with a :class:`ReportError` naming it.
    """
    try:
        import weasyprint
    except ImportError:
        raise ReportError("writing a PDF needs WeasyPrint: pip install 'framing[pdf]'") from None
    import logging

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    refused: list[str] = []
    pdf = None
    try:
        doc = weasyprint.HTML(string=html, url_fetcher=_url_fetcher(refused), base_url=None)
        pdf = doc.write_pdf(stylesheets=[weasyprint.CSS(string=_pdf_css(), url_fetcher=_url_fetcher(refused))])
    except ReportError:
        raise
    except BaseException as exc:  # WeasyPrint raises many unrelated types; FatalURLFetchingError is a BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)) or not (refused or isinstance(exc, Exception)):
            raise
        if not refused:
            raise ReportError(f"cannot render the PDF: {type(exc).__name__}: {exc}") from None
    if refused:
        raise ReportError(f"the report refers to an external resource ({refused[0][:80]!r}); reports must be "
                          "self-contained, nothing is fetched")
    try:
        with atomic_writer(path, binary=True) as f:
            f.write(pdf)
    except OSError as exc:
        raise ReportError(f"cannot write the PDF report to {os.fspath(path)!r}: {exc.strerror or exc}") from None
