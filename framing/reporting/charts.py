"""Charts for reports: matplotlib :class:`~matplotlib.figure.Figure` objects rendered to inline SVG.

Only the object API is used (no ``pyplot`` state); settings apply through ``rc_context`` for one chart at a
time. Text stays text in the SVG (``svg.fonttype = none``): selectable in the PDF and small in the HTML.
Labels are untrusted: mathtext parsing is off, long labels are shortened, and matplotlib escapes XML.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib import rc_context
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from framing.reporting.style import PALETTE

__all__ = ["bar_chart", "ci_chart", "coinciding_series", "drawn_groups", "grouped_bars", "quotes_chart",
           "sentence_strip", "to_svg", "trend_chart"]

_RC: Any = {
    "svg.fonttype": "none",
    "svg.hashsalt": "framing-report",
    "text.parse_math": False,
    "text.usetex": False,
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
}
_INK = "#333333"
_VERB_COLOURS = {"neutral": "#BBBBBB", "loaded": "#EE8866", "factive": "#77AADD", "hedged": "#EEDD88",
                 "no verb": "#FFFFFF"}


_METADATA_RE = re.compile(r"<metadata\b.*?</metadata>\s*", re.S)


def _short(label: str, n: int = 38) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= n else label[: n - 1] + "…"


def to_svg(fig: Figure) -> str:
    """The figure as an ``<svg>`` element (no XML prolog), with ids made unique to this chart."""
    buf = io.StringIO()
    FigureCanvasSVG(fig)
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    svg = buf.getvalue()
    svg = svg[svg.find("<svg"):]
    # no namespace URLs beyond the SVG one: matplotlib's RDF <metadata> block (Dublin Core, Creative Commons)
    # goes, and xlink:href becomes SVG 2's plain href (browsers and WeasyPrint read both)
    svg = _METADATA_RE.sub("", svg)  # (chart text is escaped: '<' opens tags only)
    prefix = "ch" + hashlib.blake2b(svg.encode(), digest_size=4).hexdigest() + "-"

    def fix_tag(m: re.Match[str]) -> str:  # rewrite ids and references inside tags only, never in text
        tag = re.sub(r'\sxmlns:xlink="[^"]*"', "", m.group()).replace(" xlink:href=", " href=")
        tag = re.sub(r'\bid="([^"]+)"', lambda m2: f'id="{prefix}{m2.group(1)}"', tag)
        return re.sub(r'(href="#|url\(#)([^")]+)', lambda m2: f"{m2.group(1)}{prefix}{m2.group(2)}", tag)

    svg = re.sub(r"<[^>]+>", fix_tag, svg)
    svg = re.sub(r'<svg ', '<svg role="img" ', svg, count=1)
    return svg


def bar_chart(items: Sequence[tuple[str, float]], *, xlabel: str, title: str = "",
              colours: Sequence[str] | None = None, value_fmt: str = "{:.1f}", width: float = 3.6,
              integer: bool = False) -> str:
    """Horizontal bars, largest on top."""
    items = list(items)[:20]
    with rc_context(_RC):
        fig = Figure(figsize=(width, 0.24 * len(items) + 0.7))
        ax = fig.add_subplot()
        labels = [_short(k) for k, _ in items][::-1]
        vals = [v for _, v in items][::-1]
        # (the colours of the rows shown: a longer list cut from the end kept every bar one colour off)
        cols = list(colours)[: len(items)][::-1] if colours else [PALETTE[0]] * len(items)
        bars = ax.barh(range(len(items)), vals, color=cols, edgecolor=_INK, linewidth=0.4)
        ax.set_yticks(range(len(items)), labels)
        ax.set_xlabel(xlabel)
        if title:
            ax.set_title(title)
        vmax = max(vals, default=0) or 1.0
        ax.set_xlim(0, vmax * 1.18)
        if integer:
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        for b, v in zip(bars, vals, strict=True):
            ax.text(b.get_width() + vmax * 0.01, b.get_y() + b.get_height() / 2, value_fmt.format(v),
                    va="center", fontsize=7.5, color=_INK)
        return to_svg(fig)


def sentence_strip(rows: Sequence[Mapping[str, Any]], *, has_probabilities: bool) -> str:
    """Sentence by sentence along the article: bias probability (when computed) and loaded-term counts.

    A panel with nothing to show is left out: without any loaded term only the probability panel is drawn, and
    with neither the result is ``""`` (no chart; the template then leaves the section out)."""
    n = len(rows)
    xs = list(range(1, n + 1))
    counts = [r["n_loaded"] for r in rows]
    has_counts = any(c > 0 for c in counts)
    if not n or not (has_counts or has_probabilities):
        return ""
    with rc_context(_RC):
        panels = int(has_probabilities) + int(has_counts)
        fig = Figure(figsize=(6.8, 1.25 * panels + 0.6))
        axes = fig.subplots(panels, 1, sharex=True, squeeze=False)[:, 0]
        i = 0
        if has_probabilities:
            ax = axes[0]
            probs = [r["prob"] if r["prob"] is not None else 0.0 for r in rows]
            ax.bar(xs, probs, width=0.85, color=[PALETTE[1] if p >= 0.5 else PALETTE[0] for p in probs],
                   edgecolor=_INK, linewidth=0.3)
            ax.axhline(0.5, color=_INK, linewidth=0.6, linestyle=":")
            ax.set_ylim(0, 1)
            ax.set_ylabel("P(biased)")
            ax.set_title("Bias probability per sentence (dotted line: 0.5)"
                         + ("" if has_counts else "; no sentence has a loaded term"))
            i = 1
        if has_counts:
            ax = axes[i]
            ax.bar(xs, counts, width=0.85, color="#888888", edgecolor=_INK, linewidth=0.3)
            ax.set_ylabel("loaded terms")
            ax.set_ylim(0, max(counts) + 0.5)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            if not has_probabilities:
                ax.set_title("Loaded terms per sentence")
        axes[-1].set_xlabel("sentence number")
        axes[-1].set_xlim(0.4, n + 0.6)
        axes[-1].xaxis.set_major_locator(MaxNLocator(integer=True))
        fig.subplots_adjust(hspace=0.45)
        return to_svg(fig)


def quotes_chart(by_speaker: Mapping[str, Mapping[str, int]]) -> str:
    """Quotations per source, stacked by the kind of reporting verb; the legend below the bars.

    Sized for half the HTML column (about 4.4 in) so it is shown near its natural size: the text stays at
    8.5 pt, legend included, not shrunk to a few pixels as a wide figure with a side legend was."""
    speakers = list(by_speaker)[:15]
    kinds = [k for k in ("neutral", "factive", "hedged", "loaded", "no verb")
             if any(by_speaker[s].get(k) for s in speakers)]
    kinds += sorted({k for s in speakers for k in by_speaker[s]} - set(kinds))
    with rc_context(_RC):
        fig = Figure(figsize=(4.4, 0.26 * len(speakers) + 1.3), layout="constrained")
        ax = fig.add_subplot()
        ys = list(range(len(speakers)))[::-1]
        left = [0.0] * len(speakers)
        for k in kinds:
            vals = [float(by_speaker[s].get(k, 0)) for s in speakers]
            ax.barh(ys, vals, left=left, color=_VERB_COLOURS.get(k, "#99DDFF"), edgecolor=_INK, linewidth=0.4,
                    label=_short(k, 20), hatch="//" if k == "loaded" else None)
            left = [a + b for a, b in zip(left, vals, strict=True)]
        ax.set_yticks(ys, [_short(s, 26) for s in speakers])
        ax.set_xlabel("quotations")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        fig.legend(*ax.get_legend_handles_labels(), title="reporting verb", frameon=False, fontsize=8.5,
                   title_fontsize=8.5, loc="outside lower center", ncols=min(3, len(kinds)) or 1,
                   columnspacing=1.0, handlelength=1.6)
        return to_svg(fig)


def ci_chart(rows: Sequence[Mapping[str, Any]], *, xlabel: str, title: str = "") -> str:
    """Group means with their bootstrap confidence intervals, one row per group."""
    rows = list(rows)
    with rc_context(_RC):
        fig = Figure(figsize=(6.2, 0.38 * len(rows) + 0.9))
        ax = fig.add_subplot()
        ys = list(range(len(rows)))[::-1]
        for y, r, col in zip(ys, rows, itertools.cycle(PALETTE), strict=False):
            if not math.isfinite(r["mean"]):
                continue
            ax.plot([r["lo"], r["hi"]], [y, y], color=_INK, linewidth=1.4, solid_capstyle="butt")
            ax.plot([r["mean"]], [y], "o", color=col, markeredgecolor=_INK, markersize=7)
        ax.set_yticks(ys, [f"{_short(r['group'], 30)} (n={r['n']})" for r in rows])
        ax.set_xlabel(xlabel)
        ax.set_ylim(-0.7, len(rows) - 0.3)
        lo = min((r["lo"] for r in rows if math.isfinite(r["lo"])), default=0.0)
        ax.set_xlim(left=min(0.0, lo))
        if title:
            ax.set_title(title)
        return to_svg(fig)


def coinciding_series(series: Sequence[Mapping[str, Any]]) -> list[list[int]]:
    """Groups (2 or more) of indices of the series whose points are the same (same periods, means within
    1e-9): drawn on top of each other, one would hide the other, so the chart says so."""
    seen: dict[tuple[tuple[str, float], ...], list[int]] = {}
    for j, s in enumerate(series):
        key = tuple((str(p["period"]), round(float(p["mean"]), 9)) for p in s["points"])
        if key:
            seen.setdefault(key, []).append(j)
    return [js for js in seen.values() if len(js) > 1]


def _room(p: Mapping[str, Any], others: Sequence[Mapping[str, Any]]) -> float:
    """How far point ``p`` is from the nearest of the ``others`` in its period (infinite with none)."""
    return min((abs(q["mean"] - p["mean"]) for q in others if q["period"] == p["period"]), default=math.inf)


def trend_chart(trend: Mapping[str, Any]) -> str:
    """Mean loaded-language index per period, one line per group, with each point's bootstrap interval
    (points from one document have none). Lines are dodged sideways; lines that coincide are dashed and named
    together where they are farthest from the other lines ("A and B: both 0 in every month"), so none hides
    another unnoticed."""
    periods = list(trend["periods"])
    pos = {p: i for i, p in enumerate(periods)}
    markers = itertools.cycle("osD^v<>p")
    series = list(trend["series"])
    same = coinciding_series(series)
    rank = {j: r for js in same for r, j in enumerate(js)}  # place within its set of coinciding lines
    dashes: list[Any] = ["-", (0, (5, 2.5)), (0, (2, 2)), (0, (6, 2, 1.5, 2))]
    with rc_context({**_RC, "font.size": 9.5}):
        # the HTML column's width (the axes fill it: constrained layout); printed at full width its text is 7.5 pt
        fig = Figure(figsize=(9.0, 3.2), layout="constrained")
        ax = fig.add_subplot()
        k = max(1, len(series))
        for j, (s, col) in enumerate(zip(series, itertools.cycle(PALETTE), strict=False)):
            shift = (j - (k - 1) / 2) * min(0.12, 0.5 / k)  # side by side, so whiskers do not hide each other
            xs = [pos[p["period"]] + shift for p in s["points"]]
            ys = [p["mean"] for p in s["points"]]
            lo = [p["mean"] - p.get("lo", p["mean"]) for p in s["points"]]
            hi = [p.get("hi", p["mean"]) - p["mean"] for p in s["points"]]
            r = rank.get(j, 0)
            ls = dashes[r % len(dashes)]
            ax.errorbar(xs, ys, yerr=[lo, hi], marker=next(markers), color=col, markeredgecolor=_INK,
                        markersize=6 - 1.2 * min(r, 2), linewidth=1.6, linestyle=ls, ecolor=_INK, elinewidth=0.7,
                        capsize=2, label=_short(s["group"], 24), zorder=3 + r)
        for js in same:  # name the lines drawn on top of each other, at their point farthest from other lines
            names = " and ".join(_short(series[j]["group"], 20) for j in js)
            pts = series[js[0]]["points"]
            means = {round(float(p["mean"]), 9) for p in pts}
            what = (f"{names}: both {pts[0]['mean']:g} in every {trend['granularity']}" if len(means) == 1
                    else f"{names}: the same")
            others = [q for j in range(len(series)) if j not in js for q in series[j]["points"]]
            at = max(pts, key=lambda p: _room(p, others))
            x = pos[at["period"]]
            ax.annotate(what, (x, at["mean"]), xytext=(0, 6), textcoords="offset points",
                        ha="left" if x < (len(periods) - 1) / 2 else "right", va="bottom", color=_INK,
                        fontsize=8.5)
        step = max(1, len(periods) // 12)
        ax.set_xticks(range(0, len(periods), step), periods[::step], rotation=45 if len(periods) > 8 else 0)
        ax.set_xlim(-0.5, len(periods) - 0.5)
        ax.set_ylabel("loaded-language index\n(weighted terms per 1,000 words)")
        ax.set_xlabel(trend["granularity"])
        top = max((p.get("hi", p["mean"]) for s in series for p in s["points"]), default=1.0) or 1.0
        ax.set_ylim(-0.04 * top, top * 1.06)  # a line at 0 stays above the axis, not hidden by it
        fig.legend(*ax.get_legend_handles_labels(), frameon=False, ncols=min(4, len(series)) or 1,
                   loc="outside upper left", handlelength=2.6)
        return to_svg(fig)


def drawn_groups(groups: Sequence[str], values: Sequence[Sequence[float]]) -> list[int]:
    """Indices of the groups with at least one bar above 0 in ``values[category][group]``: only they are
    drawn and named in the legend."""
    return [j for j in range(len(groups))
            if any(j < len(v) and math.isfinite(v[j]) and v[j] > 0 for v in values)]


def grouped_bars(categories: Sequence[str], groups: Sequence[str], values: Sequence[Sequence[float]], *,
                 xlabel: str, lows: Sequence[Sequence[float]] | None = None,
                 highs: Sequence[Sequence[float]] | None = None) -> str:
    """One cluster of horizontal bars per category, one bar per group (``values[category][group]``), with
    interval whiskers when ``lows`` and ``highs`` are given. Groups with no bar anywhere are left out, of the
    legend too (:func:`drawn_groups`); the caption must name them."""
    categories = list(categories)[:14]
    values = list(values)[:14]
    keep = drawn_groups(groups, values)
    k = max(1, len(keep))
    height = 0.8 / k
    hatches = itertools.cycle(["", "//", "..", "xx", "\\\\", "--", "++", "oo"])
    with rc_context(_RC):
        fig = Figure(figsize=(5.6, max(1.6, len(categories) * (0.12 * k + 0.2) + 0.9)))  # (dense: legible in print)
        ax = fig.add_subplot()
        n = len(categories)
        for jj, (j, hatch) in enumerate(zip(keep, hatches, strict=False)):
            col = PALETTE[j % len(PALETTE)]  # a group keeps its colour whether or not others are drawn
            ys = [n - 1 - i + 0.4 - height * (jj + 0.5) for i in range(n)]
            vals = [v[j] if j < len(v) and math.isfinite(v[j]) else 0.0 for v in values]
            xerr = None
            if lows is not None and highs is not None:
                lo = [min(val, lows[i][j]) if math.isfinite(lows[i][j]) else val for i, val in enumerate(vals)]
                hi = [max(val, highs[i][j]) if math.isfinite(highs[i][j]) else val for i, val in enumerate(vals)]
                xerr = [[val - a for val, a in zip(vals, lo, strict=True)],
                        [b - val for val, b in zip(vals, hi, strict=True)]]
            ax.barh(ys, vals, height=height * 0.92, color=col, edgecolor=_INK, linewidth=0.3, hatch=hatch or None,
                    label=_short(groups[j], 24), xerr=xerr,
                    error_kw={"ecolor": _INK, "elinewidth": 0.8, "capsize": 1.5})
        ax.set_yticks([n - 1 - i for i in range(n)], [_short(c, 30) for c in categories])
        ax.set_xlabel(xlabel)
        ax.set_xlim(left=0)
        if keep:
            ax.legend(frameon=False, fontsize=7.5, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        return to_svg(fig)
