"""A term plot like scattertext's, as inline SVG written by hand: how often each term occurs in one group
(y) against the rest of the corpus (x), per 1,000 words on log axes.

Terms above the diagonal are used more by the group; the ones that pass the distinguishing threshold are
coloured and labelled first, and labels are placed greedily inside the plot where they overlap no earlier
label or dot (one label per term; at most three in each band of terms one side never uses). Hovering a point
shows its counts, its z-score and an example in context through the SVG ``<title>`` element: no script, so
the page keeps its ``script-src 'none'`` policy. Every piece of text is XML-escaped here (news text and
lexicon terms are untrusted); :func:`framing.reporting.render.safe_svg` checks the result again.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

__all__ = ["term_plot"]

_W, _H = 660, 430
_L, _R, _T, _B = 58, 150, 14, 46  # margins; the right one holds the legend
_FONT = 10.0
_CHAR_W = 0.6 * _FONT  # DejaVu Sans averages about 0.6 em per character
_GROUP = "#CC6633"  # passes the threshold for the group
_GREY = "#8C8C8C"
_INK = "#333333"
_MAX_LABELS = 28
_BAND_LABELS = 3  # labels in a grey band (terms one side never uses), passing terms apart
_CLIP = 2.0  # labels stay this far inside the plot frame
#: where a label may go, tried in turn: right, left, above, below, then nudged diagonally
_LABEL_SPOTS = ((6, 3.5, "start"), (-6, 3.5, "end"), (0, -7, "middle"), (0, 13, "middle"),
                (5, -5, "start"), (-5, -5, "end"), (5, 12, "start"), (-5, 12, "end"))


def _e(s: str) -> str:
    return escape(s, quote=True)


def _jitter(term: str, axis: str) -> float:
    """-1..1, stable per term: points with the same counts do not sit exactly on top of each other."""
    h = hashlib.blake2b(f"{axis}\x1f{term}".encode("utf-8", "replace"), digest_size=2).digest()
    return int.from_bytes(h, "big") / 32767.5 - 1.0


def _short(t: str, n: int = 24) -> str:
    t = " ".join(t.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _fmt_tick(v: float) -> str:
    return f"{v:g}" if v >= 0.01 else f"{v:.0e}"


def term_plot(rows: Sequence[Mapping[str, Any]], words: Sequence[Mapping[str, Any]], *, group: str,
              n_words: int, rest_words: int, threshold: float, title: str = "") -> str:
    """The SVG (an ``<svg>`` element, no prolog) for one group against the rest.

    ``rows`` are loaded evidence terms and ``words`` plain words, each ``{"term", "count", "rest", "z",
    "example"}`` (count in the group, count in the rest, log-odds z of the group, an example in context);
    ``n_words`` and ``rest_words`` are the word totals the rates are per.
    """
    pts: list[dict[str, Any]] = []
    for kind, items in (("word", words), ("term", rows)):
        for r in items:
            if r["count"] <= 0 and r["rest"] <= 0:
                continue
            pts.append({**r, "kind": kind,
                        "y": 1000.0 * r["count"] / n_words if n_words else 0.0,
                        "x": 1000.0 * r["rest"] / rest_words if rest_words else 0.0})
    positive = [v for p in pts for v in (p["x"], p["y"]) if v > 0]
    lo = min(positive, default=0.1)
    hi = max(positive, default=10.0)
    zero = lo / 2.5  # where zero counts are drawn: a band below the smallest rate
    lo_log, hi_log = math.log10(zero) - 0.12, math.log10(hi) + 0.12
    pw, ph = _W - _L - _R, _H - _T - _B

    def sx(v: float) -> float:
        return _L + (math.log10(max(v, zero)) - lo_log) / (hi_log - lo_log) * pw

    def sy(v: float) -> float:
        return _T + ph - (math.log10(max(v, zero)) - lo_log) / (hi_log - lo_log) * ph

    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {_W} {_H}" width="{_W}" height="{_H}" '
        f'font-family="DejaVu Sans, sans-serif" font-size="{_FONT:g}" class="termplot">',
        f"<title>{_e(title or f'Term frequencies: {group} against the rest')}</title>",
        f'<rect x="{_L}" y="{_T}" width="{pw}" height="{ph}" fill="#ffffff" stroke="{_INK}" stroke-width="0.6"/>',
    ]
    # zero band, decade ticks and grid
    zx, zy = sx(zero), sy(zero)
    out.append(f'<rect x="{_L}" y="{zy - 6:.1f}" width="{pw}" height="12" fill="#f2f2f2"/>')
    out.append(f'<rect x="{zx - 6:.1f}" y="{_T}" width="12" height="{ph}" fill="#f2f2f2"/>')
    steps = (1.0, 2.0, 5.0) if hi_log - lo_log < 3.5 else (1.0,)
    ticks = [m * 10.0 ** k for k in range(math.floor(lo_log), math.floor(hi_log) + 1) for m in steps
             if zero * 1.5 < m * 10.0 ** k <= 10 ** hi_log]
    for v in ticks:
        x, y = sx(v), sy(v)
        out.append(f'<line x1="{x:.1f}" y1="{_T}" x2="{x:.1f}" y2="{_T + ph}" stroke="#e4e4e4" stroke-width="0.6"/>')
        out.append(f'<line x1="{_L}" y1="{y:.1f}" x2="{_L + pw}" y2="{y:.1f}" stroke="#e4e4e4" stroke-width="0.6"/>')
        out.append(f'<text x="{x:.1f}" y="{_T + ph + 13}" text-anchor="middle" fill="{_INK}">{_fmt_tick(v)}</text>')
        out.append(f'<text x="{_L - 5}" y="{y + 3.5:.1f}" text-anchor="end" fill="{_INK}">{_fmt_tick(v)}</text>')
    out.append(f'<text x="{zx:.1f}" y="{_T + ph + 13}" text-anchor="middle" fill="{_INK}">0</text>')
    out.append(f'<text x="{_L - 5}" y="{zy + 3.5:.1f}" text-anchor="end" fill="{_INK}">0</text>')
    # the diagonal: the same rate in the group and in the rest
    d0, d1 = max(lo, zero * 1.5), hi * 1.25
    out.append(f'<line x1="{sx(d0):.1f}" y1="{sy(d0):.1f}" x2="{sx(d1):.1f}" y2="{sy(d1):.1f}" stroke="{_INK}" '
               'stroke-width="0.8" stroke-dasharray="4 3"/>')
    out.append(f'<text x="{_L + pw / 2:.1f}" y="{_H - 8}" text-anchor="middle" fill="{_INK}">'
               f'{_e(f"rest of the corpus, per 1,000 words (log scale; {rest_words:,} words)")}</text>')
    ylab = _e(f"{_short(group, 28)}, per 1,000 words (log; {n_words:,} words)")
    out.append(f'<text transform="translate(13 {_T + ph / 2:.1f}) rotate(-90)" text-anchor="middle" '
               f'fill="{_INK}">{ylab}</text>')
    # points: words first (underneath), then loaded terms; the strongest last (on top)
    pts.sort(key=lambda p: (p["kind"] == "term", p["z"]))
    drawn: set[str] = set()
    for p in pts:
        p["px"] = sx(p["x"]) + 4 * _jitter(p["term"], "x")
        p["py"] = sy(p["y"]) + 4 * _jitter(p["term"], "y")
        passes = p["z"] >= threshold
        series = ("term" if p["kind"] == "term" else "word") + ("+" if passes else "")
        drawn.add(series)
        colour = _GROUP if passes else _GREY
        tip = (f"{p['term']} ({'loaded term' if p['kind'] == 'term' else 'word'}) — {group}: {p['count']:,} "
               f"({p['y']:.2f} per 1,000 words); rest: {p['rest']:,} ({p['x']:.2f} per 1,000); z = {p['z']:.2f}"
               + (" (passes)" if passes else " (below the threshold)"))
        if p.get("example"):
            tip += "\n“" + str(p["example"]) + "”"
        if p["kind"] == "term":
            shape = (f'<circle cx="{p["px"]:.1f}" cy="{p["py"]:.1f}" r="4" fill="{colour}" fill-opacity="0.85" '
                     f'stroke="{_INK}" stroke-width="0.5">')
        else:
            shape = (f'<circle cx="{p["px"]:.1f}" cy="{p["py"]:.1f}" r="2.6" fill="none" stroke="{colour}" '
                     'stroke-width="1">')
        out.append(f"{shape}<title>{_e(tip)}</title></circle>")
    # labels: one per term, greedily where they overlap no label or dot placed before and stay inside the plot
    # (with a margin): passing terms first, then loaded terms, then words, each by z. A grey band (one side never
    # uses the term) gets at most _BAND_LABELS labels beyond its passing terms: its points sit on one line and
    # their labels would pile up there.
    labels: list[tuple[float, float, float, float]] = []
    dots = [(p["px"] - 3, p["py"] - 3, p["px"] + 3, p["py"] + 3) for p in pts]
    ranked = sorted(pts, key=lambda p: (-(p["z"] >= threshold), p["kind"] != "term", -p["z"], -p["count"]))
    labelled: set[str] = set()
    in_band = {"never in the group": 0, "never in the rest": 0}
    for p in ranked:
        if len(labels) >= _MAX_LABELS:
            break
        text = _short(str(p["term"]))
        if text.casefold() in labelled:
            continue  # one label per term (a term and a word of the same spelling)
        passes = p["z"] >= threshold
        band = "never in the group" if p["count"] <= 0 else "never in the rest" if p["rest"] <= 0 else ""
        if band and not passes and in_band[band] >= _BAND_LABELS:
            continue
        w, h = len(text) * _CHAR_W, _FONT
        for dx, dy, anchor in _LABEL_SPOTS:
            x0 = p["px"] + dx - (w if anchor == "end" else w / 2 if anchor == "middle" else 0)
            box = (x0, p["py"] + dy - h + 1.5, x0 + w, p["py"] + dy + 1.5)
            inside = (_L + _CLIP <= box[0] and box[2] <= _L + pw - _CLIP and _T + _CLIP <= box[1]
                      and box[3] <= _T + ph - _CLIP)
            if inside and not any(_overlap(box, b) for b in labels) and not any(_overlap(box, b) for b in dots):
                labels.append(box)
                labelled.add(text.casefold())
                if band and not passes:
                    in_band[band] += 1
                weight = ' font-weight="bold"' if passes else ""
                out.append(f'<text x="{p["px"] + dx:.1f}" y="{p["py"] + dy:.1f}" text-anchor="{anchor}" '
                           f'fill="{_INK}"{weight}>{_e(text)}</text>')
                break
    # legend: only the series drawn
    entries = [("term+", "loaded term, z ≥ " + f"{threshold:g}"), ("term", "loaded term, below"),
               ("word+", "word, z ≥ " + f"{threshold:g}"), ("word", "word, below")]
    ly = _T + 8
    lx = _L + pw + 14
    for key, label in entries:
        if key not in drawn:
            continue
        colour = _GROUP if key.endswith("+") else _GREY
        if key.startswith("term"):
            out.append(f'<circle cx="{lx}" cy="{ly}" r="4" fill="{colour}" stroke="{_INK}" stroke-width="0.5"/>')
        else:
            out.append(f'<circle cx="{lx}" cy="{ly}" r="2.6" fill="none" stroke="{colour}" stroke-width="1"/>')
        out.append(f'<text x="{lx + 9}" y="{ly + 3.5}" fill="{_INK}">{_e(label)}</text>')
        ly += 16
    out.append(f'<line x1="{lx - 6}" y1="{ly}" x2="{lx + 6}" y2="{ly}" stroke="{_INK}" stroke-dasharray="4 3"/>')
    out.append(f'<text x="{lx + 9}" y="{ly + 3.5}" fill="{_INK}">same rate</text>')
    out.append(f'<text x="{lx - 6}" y="{ly + 20}" fill="#5b636b" font-size="8.5">grey bands: never used</text>')
    out.append("</svg>")
    return "\n".join(out)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
