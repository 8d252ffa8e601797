"""HTML and PDF reports: one article with its evidence highlighted, or a corpus compared across groups.

>>> import framing
>>> result = framing.report(output="reports/latest/sample.html", pdf="reports/latest/sample.pdf")  # doctest: +SKIP

:func:`report` is exported as ``framing.report``; this package is ``framing.reporting`` (a module and a function
never share a name). The pieces: :mod:`~framing.reporting.style` (palette), :mod:`~framing.reporting.article`
(one article as plain data), :mod:`~framing.reporting.corpus` (corpus statistics),
:mod:`~framing.reporting.methods` (the methods appendix),
:mod:`framing.stats` (bootstrap CIs, log-odds with an informative Dirichlet prior; shared with the workbench),
:mod:`framing.reporting.charts` (matplotlib Figures to SVG) and :mod:`framing.reporting.render` (Jinja2
templates, WeasyPrint).
"""

from __future__ import annotations

import os
import shlex
import sys
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.analysis import Analysis
from framing.exceptions import ReportError

if TYPE_CHECKING:
    from framing.scorers.base import Scorer

__all__ = ["NOT_HTML", "REPORT_MINIMUMS", "ReportResult", "build_report", "check_html_name", "check_report_numbers",
           "report"]

_KINDS = ("auto", "article", "corpus")

#: Suffixes of the files a report's HTML page is not: ``suffix -> (hint for the API, hint for the command line)``
#: saying what writes such a file.
NOT_HTML = {".pdf": ("pass pdf={path!r} for the PDF", "write the PDF with --pdf {path}"),
            ".csv": ("the tables are written by scores_csv= and evidence_csv=",
                     "the tables are written by --csv FILE.csv and --evidence-csv FILE.csv"),
            **dict.fromkeys((".json", ".jsonl", ".ndjson", ".parquet", ".pq"),
                            ("analyses are written by framing.analyze_corpus() or framing analyze",
                             "analyses are written by framing analyze"))}


def check_html_name(output: str | os.PathLike[str] | None, option: str = "output") -> None:
    """Refuse an HTML ``output`` whose suffix names another format (``r.pdf``, ``r.csv``...): it would be written
    as HTML under that name. Other names (``.html``, ``.htm``, none, a device) are written as HTML. ``option``
    is how the message names it (``"-o"`` on the command line)."""
    if output is None:
        return
    path = os.fspath(output)
    suffix = Path(path).suffix.lower()
    if suffix in NOT_HTML:
        hint = NOT_HTML[suffix][option.startswith("-")].format(path=path)
        raise ReportError(f"{option} {path!r} is the report's HTML page, not a {suffix} file: {hint}, and give "
                         f"{option} a .html name")


@dataclass(frozen=True)
class ReportResult:
    """What :func:`report` made: the HTML text, the kind of report, the document count and the files written."""

    html: str
    kind: str
    n_documents: int
    html_path: str | None = None
    pdf_path: str | None = None
    n_skipped: int = 0
    n_failed: int = 0

    @property
    def n_analysed(self) -> int:
        """Documents analysed: ``n_documents`` = analysed + skipped (unreadable records) + failed."""
        return self.n_documents - self.n_skipped - self.n_failed


#: The accepted range of the report's numeric options: ``name -> (smallest value, what it is)``. A bootstrap
#: interval needs two resamples (with one, numpy warns "Degrees of freedom <= 0" and the interval is NaN).
REPORT_MINIMUMS = {"n_boot": (2, "bootstrap resamples"), "max_articles": (0, "documents shown one by one")}


def check_report_numbers(**values: int) -> None:
    """Refuse a value below its minimum in :data:`REPORT_MINIMUMS` with a :class:`ReportError` naming the range."""
    for name, value in values.items():
        low, what = REPORT_MINIMUMS[name]
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise ReportError(f"The {name!r} parameter ({what}) must be an integer of at least {low}; got {value!r}.")


def _saved_paths(inputs: Any, text_column: str) -> list[str] | None:
    """The paths in ``inputs`` when every one is a file of analyses saved by ``framing analyze``, else None."""
    from framing.saved import is_saved_analyses

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if not isinstance(inputs, (list, tuple)) or not inputs \
            or not all(isinstance(p, (str, os.PathLike)) for p in inputs):
        return None
    paths = [os.fspath(p) for p in inputs]
    return paths if all(is_saved_analyses(p, text_column=text_column) for p in paths) else None


def _read_saved(paths: Sequence[str]) -> Iterable[Analysis]:
    from framing.saved import read_analyses

    for p in paths:
        yield from read_analyses(p)


def _analyses(inputs: Any, analyzer: Any, *, text_column: str, id_column: str | None, encoding_errors: str,
              n_jobs: int, progress: bool) -> Iterable[Analysis]:
    from framing.corpus import iter_analyses
    from framing.io import Record, read_inputs, read_sample

    if isinstance(inputs, Analysis):
        return [inputs]
    if inputs is None:
        records: Iterable[Any] = read_sample()
    elif isinstance(inputs, (str, os.PathLike)):
        _check_paths([inputs])
        records = read_inputs([inputs], text_column=text_column, id_column=id_column,
                              encoding_errors=encoding_errors)
    elif _is_dataframe(inputs):  # a pandas DataFrame: its rows, not its column names
        from framing.corpus import iter_records

        records = iter_records(inputs, text_column=text_column, id_column=id_column)
    else:
        if not isinstance(inputs, Iterable):
            raise ReportError(f"report() expects paths, analyses or records as input, got {type(inputs).__name__}")
        it = iter(inputs)
        try:
            first = next(it)
        except StopIteration:
            return []
        import itertools

        rest = itertools.chain([first], it)
        if isinstance(first, Analysis):
            return rest
        if isinstance(first, (str, os.PathLike)) and not isinstance(first, Record):
            paths = list(rest)
            _check_paths(paths)
            records = read_inputs(paths, text_column=text_column, id_column=id_column,
                                  encoding_errors=encoding_errors)
        else:
            records = rest
    return iter_analyses(analyzer, records, n_jobs=n_jobs, progress=progress)


def _check_paths(paths: Sequence[Any]) -> None:
    """A str given to :func:`report` is a path (``-``: standard input); one that names no file or folder is most
    likely a text meant to be analysed: say how texts are passed."""
    from framing.exceptions import InputError

    for p in paths:
        if not isinstance(p, str) or p == "-":
            continue
        try:
            exists = os.path.exists(p)
        except (OSError, ValueError):  # a long text, or one with NUL, is no path
            exists = False
        if not exists:
            shown = p[:60] + "…" if len(p) > 60 else p
            raise InputError(f"report() reads a str as the path of a file or folder, and {shown!r} is none; to "
                             "report on texts, pass them as a pandas Series, as dicts such as {'text': ...} or as "
                             "framing.Record objects (analyze_corpus() takes a list of str as texts)")


def _is_dataframe(obj: Any) -> bool:
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(obj, (pd.DataFrame, pd.Series))


def build_report(
    analyses: Iterable[Analysis],
    *,
    kind: str = "auto",
    group_by: str | None = None,
    date_column: str | None = "date",
    title: str | None = None,
    lexicons: Sequence[Any] = (),
    scorers: Sequence[str] = (),
    command: str = "",
    n_boot: int = 1000,
    seed: int = 0,
    prior_strength: float = 1000.0,
    evidence_per_group: int = 8,
    max_articles: int = 12,
    max_groups: int = 12,
    charts: bool = True,
    downloads: Sequence[tuple[str, str]] = (),
    csv_safe: bool = True,
    source: str | None = None,
    model: str | None = None,
    palette_lexicons: Sequence[Any] | None = None,
    bias_model: Any = None,
    model_manifest: Any = None,
) -> tuple[str, str, int]:
    """Render analyses into report HTML; returns ``(html, kind, n_documents)``. Streams: memory stays flat.

    ``source`` says where the analyses came from when they were not made for this report (saved analyses);
    ``model`` names the model the ``ml`` scorers used when it was not the shipped one. Both are recorded in the
    methods appendix. ``palette_lexicons`` fix the colours of the categories (default ``lexicons``).
    ``bias_model`` is that model (loaded), whose card summary from its manifest the appendix shows (default: the
    shipped model's); ``model_manifest`` is its ``manifest.json``, for the sha256 shown.
    """
    from framing.reporting.corpus import NO_VALUE, OWN_PREFIX, CorpusAccumulator
    from framing.reporting.methods import methods_data
    from framing.reporting.render import PDF_OMITTED_PARTS, article_toc, article_view, render_html, safe_svg
    from framing.reporting.style import Palette

    if kind not in _KINDS:
        raise ReportError(f"The 'kind' parameter must be one of {', '.join(_KINDS)}; got {kind!r} instead.")
    check_report_numbers(n_boot=n_boot, max_articles=max_articles)
    palette = Palette()
    for lx in lexicons if palette_lexicons is None else palette_lexicons:  # stable colours: in lexicon order
        for e in getattr(lx, "entries", ()):
            if e.weight > 0:
                palette.add(e.category)
    acc = CorpusAccumulator(group_by=group_by, date_column=date_column, max_groups=max_groups,
                            evidence_per_group=evidence_per_group, max_articles=max_articles, palette=palette)
    meta_keys: dict[str, None] = {}
    group_found = group_by is None
    for a in analyses:
        if not isinstance(a, Analysis):
            raise ReportError(f"build_report expects Analysis objects, got {type(a).__name__} instead.")
        if not group_found:
            group_found = group_by in a.meta
            meta_keys.update(dict.fromkeys(map(str, a.meta)))
        acc.add(a)
        if kind == "article":  # an article report is about the first document only
            break
    if acc.n_docs == 0:
        raise ReportError("nothing to report on: no documents were given")
    if kind == "auto":
        kind = "article" if acc.n_docs == 1 else "corpus"
    if not group_found and kind != "article":  # a misspelt column must not become one "(no value)" group
        cols = ", ".join(repr(k) for k in meta_keys) or "(none)"
        raise ReportError(f"group_by: no document has the metadata column {group_by!r}; the columns are {cols}")
    corpus = None
    ch: dict[str, Any] = {"loaded_ci": None, "categories": None, "categories_empty": [], "trend": None}
    level = 0.95
    if kind == "corpus":
        corpus = acc.data(n_boot=n_boot, seed=seed, prior_strength=prior_strength)
        if charts and corpus["metrics"]:
            from framing.reporting import charts as charts_mod

            m0 = corpus["metrics"][0]
            ch["loaded_ci"] = safe_svg(charts_mod.ci_chart(m0["rows"], xlabel=m0["label"]))
            # the loaded terms in each group's own voice by category: the count of the key findings
            cats = [m for m in corpus["metrics"] if m["name"].startswith(OWN_PREFIX)]
            if cats:
                from framing.reporting.measures import category_name

                names = [g["name"] for g in corpus["groups"]]
                vals = [[r["mean"] for r in m["rows"]] for m in cats]
                ch["categories"] = safe_svg(charts_mod.grouped_bars(
                    [category_name(m["name"][len(OWN_PREFIX):]) for m in cats], names, vals,
                    lows=[[r["lo"] for r in m["rows"]] for m in cats],
                    highs=[[r["hi"] for r in m["rows"]] for m in cats],
                    xlabel=f"mean per 1,000 words, with {int(level * 100)}% bootstrap interval"))
                drawn = set(charts_mod.drawn_groups(names, vals))
                ch["categories_empty"] = [g for j, g in enumerate(names) if j not in drawn]
            if corpus["trend"]:
                ch["trend"] = safe_svg(charts_mod.trend_chart(corpus["trend"]))
            from framing.reporting.termplot import term_plot

            for d in corpus["distinguishing"]:
                pl = d["plot"]
                if pl["terms"] or pl["words"]:
                    d["termplot"] = safe_svg(term_plot(pl["terms"], pl["words"], group=d["group"],
                                                       n_words=pl["n_words"], rest_words=pl["rest_words"],
                                                       threshold=d["threshold"]))
    if kind == "corpus":
        shown, how_chosen = acc.shown_articles()
    else:
        shown, how_chosen = acc.articles[:1], "the document"
    articles = [article_view(a, palette, i, charts=charts) for i, a in enumerate(shown, start=1)]
    for a, art in zip(shown, articles, strict=True):
        art["group"] = acc.group_of(a)  # NO_VALUE for a document without a group value
    doc_rows: list[dict[str, Any]] = []
    if kind == "corpus":  # every document one row; a link to its section where it has one
        sections = {id(a): art["section_id"] for a, art in zip(shown, articles, strict=True)}
        by_order = {n: id(a) for n, a in acc.shown_order(shown)}
        doc_rows = acc.table_rows()
        for r in doc_rows:
            r["section_id"] = sections.get(by_order.get(r["order"], 0))
    from framing.reporting.alerts import article_alerts, corpus_alerts
    from framing.reporting.findings import MIN_DOCS, MIN_SPANS, article_findings, corpus_findings

    tagger_ran = "ml" in scorers and getattr(bias_model, "tagger", True) is not None
    if corpus is not None:
        findings = corpus_findings(acc.merged_doc_counts(), corpus, n_boot=n_boot, seed=seed, level=level)
        alerts = corpus_alerts(acc, corpus, model_ran=tagger_ran)
    else:
        from framing.reporting.reference import load_reference

        findings = article_findings(articles[0], load_reference())
        alerts = article_alerts(shown[0], articles[0], model_ran=tagger_ran)
    for i, art in enumerate(articles):
        art["new_page"] = kind == "corpus" or i > 0
    omitted = max(0, acc.n_docs - len(shown)) if kind == "corpus" else 0
    provenance = {"analyses": source or "made for this report by the command under ‘Toolkit’ above"}
    if model:
        provenance["model"] = model
    if source and not acc.n_text_docs:
        provenance["texts"] = ("not in the saved analyses (save them with framing analyze --include-text for the "
                               "highlighted articles and the distinguishing words)")
    methods = methods_data(
        lexicons=lexicons, lexicon_names_seen=acc.lexicons_seen, model_names_seen=acc.models_seen,
        scorers=scorers,
        parameters={**provenance, "report kind": kind} if kind == "article" else {
            **provenance, "report kind": kind, "group by": group_by or "—", "date column": date_column or "—",
            "bootstrap": f"{n_boot} resamples, {int(level * 100)}% percentile intervals, seed {seed}",
            "log-odds prior": f"informative Dirichlet, {prior_strength:g} pseudo-words (words); "
                              f"{min(prior_strength, 100.0):g} (loaded terms)",
            "evidence sample": f"up to {evidence_per_group} spans per group",
            "articles shown one by one": f"{len(shown)}: {how_chosen}",
        },
        n_docs=acc.n_docs, n_failed=acc.n_failed, failed=acc.failed, n_words=acc.n_words,
        coverage=acc.covered_words / acc.n_words if acc.n_words else 0.0,
        command=command or "framing report", model=bias_model, model_manifest=model_manifest,
    )
    if title is None:
        title = ("Framing report: one article" if kind == "article"
                 else f"Framing report: {acc.n_docs:,} documents" + (f" by {group_by}" if group_by else ""))
    if kind == "article":
        subtitle = "Loaded language, labels, quotations and frames in one article, with the evidence highlighted."
    else:
        subtitle = ("Loaded language, labels, quotations and frames compared across "
                    + (f"groups of '{group_by}'" if group_by else "the corpus") + ".")
    toc: list[tuple[str, str]] = []
    if corpus:
        toc += [("overview", "Overview"), ("distributions", "How the groups compare"),
                ("distinguishing", "What distinguishes each group"), ("labels", "Label asymmetry per actor"),
                ("trend", "Over time"), ("evidence", "The strongest evidence")]
        toc.append(("documents", "The documents"))
    else:
        toc += article_toc(articles[0])
    toc.append(("methods", "Methods appendix"))
    toc.insert(0, ("findings", "Key findings"))
    context = {
        "title": title, "subtitle": subtitle, "toc": toc, "corpus": corpus, "charts": ch,
        "toc_pdf_omit": {f"{a['section_id']}-{part}" for a in articles for part in PDF_OMITTED_PARTS},
        "articles": articles, "articles_omitted": omitted, "how_chosen": how_chosen, "methods": methods,
        "doc_rows": doc_rows, "doc_rows_omitted": max(0, acc.n_docs - len(doc_rows)) if kind == "corpus" else 0,
        "palette": palette.classes(),
        "ci_pct": int(level * 100), "n_boot": n_boot, "date_column": date_column, "no_value": NO_VALUE,
        "downloads": list(downloads), "csv_safe": csv_safe,
    }
    context.update(findings=findings, alerts=alerts, findings_rules={"min_docs": MIN_DOCS, "min_spans": MIN_SPANS})
    return render_html(context), kind, acc.n_docs


def _command(inputs: Any, output: Any, pdf: Any, group_by: str | None, extra: Sequence[str]) -> str:
    parts = ["framing", "report"]
    if isinstance(inputs, (str, os.PathLike)):
        parts.append(os.fspath(inputs))
    elif isinstance(inputs, (list, tuple)) and all(isinstance(x, (str, os.PathLike)) for x in inputs):
        parts += [os.fspath(x) for x in inputs]
    elif inputs is not None:
        parts.append("<your documents>")
    if output:
        parts += ["-o", os.fspath(output)]
    if pdf:
        parts += ["--pdf", os.fspath(pdf)]
    if group_by:
        parts += ["--group-by", group_by]
    parts += list(extra)
    return " ".join(shlex.quote(p) if p != "<your documents>" else p for p in parts)


def report(
    inputs: Any = None,
    output: str | os.PathLike[str] | None = None,
    *,
    pdf: str | os.PathLike[str] | None = None,
    group_by: str | None = None,
    kind: str = "auto",
    date_column: str | None = "date",
    title: str | None = None,
    analyzer: Any = None,
    lexicons: Sequence[str | Path] | None = None,
    builtin_lexicons: bool = True,
    scorers: Sequence[str | Scorer] | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    encoding_errors: str = "strict",
    model: str | os.PathLike[str] | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    evidence_per_group: int = 8,
    max_articles: int = 12,
    max_groups: int = 12,
    n_jobs: int = 1,
    progress: bool = False,
    command: str | None = None,
    scores_csv: str | os.PathLike[str] | None = None,
    evidence_csv: str | os.PathLike[str] | None = None,
    csv_safe: bool = True,
) -> ReportResult:
    """Analyse documents (or take analyses) and write an HTML report, and a PDF when ``pdf`` is given.

    ``inputs``: ``None`` for the bundled sample; a path (``.txt``, folder, ``.csv``, ``.tsv``, ``.jsonl``,
    ``.json``, ``.parquet``) or a list of paths (a str is always a path: one that names no file is an
    :class:`~framing.exceptions.InputError` saying how to pass texts); a pandas DataFrame (``text_column``,
    ``id_column`` as in :func:`framing.analyze_corpus`) or Series of texts; an
    :class:`~framing.analysis.Analysis` or an iterable of analyses, of :class:`~framing.io.Record` or of dicts
    (``{"text": ...}``). Files written by ``framing analyze`` (JSONL/JSON, or a Parquet document table)
    are recognised by their content and read back without analysing anything again (the methods appendix says
    so); ``model`` is a model folder written by ``framing train`` for the ``ml`` scorers. One document gives a
    single-article report, several a corpus report
    (``kind`` forces either; ``kind="article"`` reports on the first document only). ``group_by`` names a
    metadata column (outlet, leaning...); with the bundled
    sample it defaults to ``"outlet"``. ``scores_csv`` and ``evidence_csv`` also write the per-document scores
    and the evidence spans of the same run as CSV downloads, linked from the methods appendix; their cells are
    guarded against formula injection unless ``csv_safe=False``. Files are written atomically; nothing is
    fetched from the network.
    """
    if inputs is None and group_by is None and kind != "article":
        group_by = "outlet"
    check_html_name(output)
    from framing.io import check_outputs
    from framing.lexicon import Lexicon, lexicon_list

    extra_lexicons = lexicon_list(lexicons)  # one path alone is one lexicon, not its characters

    input_paths = [inputs] if isinstance(inputs, (str, os.PathLike)) else (
        list(inputs) if isinstance(inputs, (list, tuple)) and all(isinstance(x, (str, os.PathLike)) for x in inputs)
        else [])
    check_outputs([("output", output), ("pdf", pdf), ("scores_csv", scores_csv), ("evidence_csv", evidence_csv)],
                  [*input_paths, *[x for x in extra_lexicons if isinstance(x, (str, os.PathLike))]])
    saved = _saved_paths(inputs, text_column)
    source = None
    palette: Sequence[Any] | None = None
    if saved is not None:  # analyses written by `framing analyze`: read back, not analysed again
        source = "read from " + ", ".join(saved) + " (saved by framing analyze; not analysed again)"
        analyses: Iterable[Analysis] = _read_saved(saved)
        analyzer = None
        from framing.lexicon import resolve_lexicons

        palette = resolve_lexicons(extra_lexicons, builtin=builtin_lexicons)  # the colours a fresh run would use
    else:
        if analyzer is None:
            from framing.pipeline import Analyzer

            analyzer_needed = not isinstance(inputs, Analysis) and not (
                isinstance(inputs, (list, tuple)) and inputs and all(isinstance(x, Analysis) for x in inputs))
            analyzer = Analyzer(scorers=scorers, lexicons=extra_lexicons, builtin_lexicons=builtin_lexicons,
                                model=None if model is None else os.fspath(model)) if analyzer_needed else None
        analyses = _analyses(inputs, analyzer, text_column=text_column, id_column=id_column,
                             encoding_errors=encoding_errors, n_jobs=n_jobs, progress=progress)
    model_note = _model_note(analyzer)
    if command is None:
        extra = []
        if extra_lexicons:
            for lx in extra_lexicons:
                extra += ["--lexicon", (lx.path or lx.name) if isinstance(lx, Lexicon) else os.fspath(lx)]
        if not builtin_lexicons:
            extra.append("--no-builtin-lexicons")
        if model is not None:
            extra += ["--model", os.fspath(model)]
        command = _command(inputs, output, pdf, group_by, extra)
    from framing.output import csv_tables

    downloads = [(label, _relative_link(path, output)) for label, path in
                 (("document scores (CSV)", scores_csv), ("evidence spans (CSV)", evidence_csv)) if path is not None]
    counts = {"skipped": 0, "failed": 0}

    def counted(items: Iterable[Analysis]) -> Iterable[Analysis]:
        from framing.io import SKIPPED

        for a in items:
            if isinstance(a, Analysis) and a.error is not None:
                counts["skipped" if a.error.startswith(SKIPPED) else "failed"] += 1
            yield a

    with csv_tables(analyses, scores_path=os.fspath(scores_csv) if scores_csv is not None else None,
                    spans_path=os.fspath(evidence_csv) if evidence_csv is not None else None,
                    neutralize=csv_safe) as tapped:
        html, kind, n = build_report(
            counted(tapped), kind=kind, group_by=group_by, date_column=date_column, title=title,
            lexicons=analyzer.lexicons if analyzer is not None else (),
            scorers=[*analyzer.scorer_names, *(s.name for s in analyzer.extra_scorers)] if analyzer is not None
            else (),
            command=command, n_boot=n_boot, seed=seed, evidence_per_group=evidence_per_group,
            max_articles=max_articles, max_groups=max_groups, downloads=downloads, csv_safe=csv_safe,
            source=source, model=model_note, palette_lexicons=palette,
            bias_model=getattr(analyzer, "model", None),
            model_manifest=Path(analyzer.model_path) / "manifest.json"
            if analyzer is not None and getattr(analyzer, "model_path", None) else None,
        )
    from framing.reporting.render import write_html, write_pdf

    if output is not None:
        write_html(html, output)
    if pdf is not None:
        write_pdf(html, pdf)
    return ReportResult(html=html, kind=kind, n_documents=n,
                        html_path=os.fspath(output) if output is not None else None,
                        pdf_path=os.fspath(pdf) if pdf is not None else None,
                        n_skipped=counts["skipped"], n_failed=counts["failed"])


def _model_note(analyzer: Any) -> str | None:
    """What the methods appendix says about a model given with ``model=`` (None for the shipped model)."""
    if analyzer is None or getattr(analyzer, "model", None) is None:
        return None
    m = analyzer.model
    where = f" from {analyzer.model_path}" if analyzer.model_path else ""
    parts = [p for p, on in (("sentence classifier", m.classifier is not None),
                             ("span tagger", m.tagger is not None)) if on]
    return f"{m.name}{where} ({' and '.join(parts) or 'empty'}), used instead of the shipped model"


def _relative_link(path: str | os.PathLike[str], html_path: str | os.PathLike[str] | None) -> str:
    """``path`` relative to the HTML file's folder, as a relative URL that no browser reads as a scheme."""
    base = Path(os.fspath(html_path)).resolve().parent if html_path is not None else Path.cwd()
    target = Path(os.fspath(path)).resolve()
    try:
        rel = os.path.relpath(target, base)
    except ValueError:  # another drive on Windows
        return target.as_uri()
    link = "/".join(urllib.parse.quote(p) for p in Path(rel).parts)
    return link if link.startswith("..") else "./" + link
