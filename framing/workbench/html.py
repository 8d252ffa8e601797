"""An HTML page for workbench output: a per-category precision/recall chart, the entry tables, KWIC samples.

One self-contained file: Jinja2 templates from ``framing/workbench/templates`` with autoescaping on, charts
as inline SVG drawn on matplotlib ``Figure`` objects (never pyplot state), no external resources, and a
Content-Security-Policy that forbids scripts and remote loads.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from framing.exceptions import ReportError

if TYPE_CHECKING:
    import jinja2

    from framing.workbench.kwic import KwicLine
    from framing.workbench.stats import LexiconStats
    from framing.workbench.validate import ValidationResult

__all__ = ["CSP", "kwic_html", "precision_recall_svg", "render_workbench_html"]

#: No scripts, no remote anything; inline styles only (the SVG charts are inline markup).
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("framing.workbench", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = _num
    env.filters["pct"] = _pct
    return env


def _num(v: Any, digits: int = 3) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def _pct(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    return f"{100 * float(v):.0f}%"


def _svg(fig: Any) -> Markup:
    import matplotlib as mpl

    buf = io.StringIO()
    with mpl.rc_context({"svg.hashsalt": "framing-workbench", "svg.fonttype": "none"}):
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buf.getvalue()
    start = svg.find("<svg")
    # matplotlib escapes every text it writes into the SVG, so the markup is safe to inline
    return Markup(svg[start:] if start >= 0 else svg)


def precision_recall_svg(result: ValidationResult) -> Markup | None:
    """Horizontal bars of precision and recall per category with their intervals (None if empty)."""
    from matplotlib.figure import Figure

    cats = result.categories[result.categories["hits"] > 0] if len(result.categories) else result.categories
    if not len(cats):
        return None
    cats = cats.sort_values("category", ascending=False)
    n = len(cats)
    fig = Figure(figsize=(7.0, 0.45 * n + 1.2))
    ax = fig.add_subplot()
    y = list(range(n))
    h = 0.38
    for offset, metric, colour in ((h / 2, "precision", "#3b6ea5"), (-h / 2, "recall", "#d08c2f")):
        vals = cats[metric].fillna(0).to_numpy()
        lo = (cats[metric] - cats[f"{metric}_lo"]).clip(lower=0).fillna(0).to_numpy()
        hi = (cats[f"{metric}_hi"] - cats[metric]).clip(lower=0).fillna(0).to_numpy()
        if cats[metric].notna().any():
            ax.barh([v + offset for v in y], vals, height=h, color=colour, label=metric,
                    xerr=[lo, hi], error_kw={"ecolor": "#333", "capsize": 2, "elinewidth": 0.8})
    ax.set_yticks(y, list(cats["category"]))
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share ({int(100 * result.confidence)}% intervals: bootstrap over documents, Wilson at 0 or 1)")
    ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def _rows(frame: Any, limit: int | None = None) -> list[dict[str, Any]]:
    if frame is None:
        return []
    f = frame.head(limit) if limit else frame
    return list(f.to_dict(orient="records"))


def render_workbench_html(
    *,
    validation: ValidationResult | None = None,
    stats: LexiconStats | None = None,
    kwic: Sequence[KwicLine] = (),
    title: str = "Lexicon workbench",
    max_entries: int = 200,
) -> str:
    """One HTML page with whatever was given: validation figures, hit statistics and KWIC samples."""
    if validation is None and stats is None and not kwic:
        raise ReportError("render_workbench_html needs a validation result, statistics or KWIC lines")
    ctx: dict[str, Any] = {
        "title": title,
        "csp": CSP,
        "validation": None,
        "stats": None,
        "kwic": list(kwic),
    }
    if validation is not None:
        ctx["validation"] = {
            "level": validation.level,
            "source": validation.source,
            "n_documents": validation.n_documents,
            "n_units": validation.n_units,
            "n_boot": validation.n_boot,
            "confidence": round(100 * validation.confidence),
            "alpha": validation.alpha,
            "overall": validation.overall,
            "chart": precision_recall_svg(validation),
            "categories": _rows(validation.categories),
            "entries": _rows(validation.entries, max_entries),
            "n_entries": len(validation.entries),
            "worst": _rows(validation.worst),
            "missed": _rows(validation.missed),
        }
    if stats is not None:
        ctx["stats"] = {
            "n_documents": stats.n_documents,
            "n_words": stats.n_words,
            "group_by": stats.group_by,
            "categories": _rows(stats.categories),
            "entries": _rows(stats.entries, max_entries),
            "n_entries": len(stats.entries),
            "unused": _rows(stats.unused, max_entries),
            "n_unused": len(stats.unused),
        }
    return _env().get_template("workbench.html.j2").render(**ctx)


def kwic_html(lines: Sequence[KwicLine], *, title: str = "Keyword in context") -> str:
    """A concordance page: one row per line, the match centred and highlighted."""
    return _env().get_template("workbench.html.j2").render(title=title, csp=CSP, validation=None, stats=None,
                                                           kwic=list(lines))
