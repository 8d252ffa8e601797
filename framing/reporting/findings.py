"""Key findings: the report's numbers said in sentences, with their uncertainty in words.

A corpus report compares each group with the others: rate ratios of loaded spans per 1,000 words with a 95%
interval ("The Ledger uses pejorative labels 3.1× as often as the other outlets (95% CI 1.8–5.0; 41 vs 12
spans)"). A comparison is called *clear* only when both sides have at least :data:`MIN_DOCS` documents and
:data:`MIN_SPANS` spans between them and the interval excludes 1; otherwise the sentence says the evidence is too
thin. The interval is the wider of two: a percentile bootstrap over documents (loaded terms cluster in
articles, so documents are the units sampled) and the Wilson interval of the split of the spans between the
two sides given their word counts (the Poisson noise of the counts themselves; it stays finite when one side
has no span). A one-article report states what the article holds, in plain words, without claims about
outlets.

Everything here returns plain strings and dicts; templates escape them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from framing.language import ENGLISH
from framing.reporting.article import num1, score
from framing.reporting.measures import category_name

__all__ = ["MIN_DOCS", "MIN_SPANS", "RateRatio", "article_findings", "corpus_findings", "rate_ratio"]

#: Documents each side of a comparison needs before a difference may be called clear.
MIN_DOCS = 5
#: Loaded spans both sides together need before a difference may be called clear.
MIN_SPANS = 10
#: Most group comparisons stated (the strongest first).
MAX_FINDINGS = 5
_OWN = "loaded terms in its own voice"


@dataclass(frozen=True)
class RateRatio:
    """Rate of one side over the other (spans per word), its interval, and the counts behind it."""

    ratio: float
    lo: float
    hi: float
    spans: tuple[int, int]
    words: tuple[int, int]
    docs: tuple[int, int]
    level: float = 0.95

    @property
    def enough(self) -> bool:
        """Enough documents and spans that a clear interval may be believed."""
        return min(self.docs) >= MIN_DOCS and sum(self.spans) >= MIN_SPANS

    @property
    def clear(self) -> bool:
        """Enough data, and the interval lies wholly above or below 1."""
        return self.enough and (self.lo > 1.0 or self.hi < 1.0)


def rate_ratio(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]], *, n_boot: int = 1000, seed: int = 0,
               level: float = 0.95) -> RateRatio:
    """Rate ratio of side ``a`` over side ``b``, each a list of ``(spans, words)`` per document.

    The interval is the union of a per-side document bootstrap (:func:`framing.stats.bootstrap_sums`,
    percentile) and the Wilson interval (:func:`framing.stats.wilson_interval`) of ``k_a / (k_a + k_b)``
    turned into a ratio with the word counts. ``ratio`` is ``inf`` when ``b`` has no span (and ``nan`` when
    neither has); bounds may be 0 or ``inf``.
    """
    from framing.stats import bootstrap_sums

    ma = np.array(a, dtype=float).reshape(-1, 2)
    mb = np.array(b, dtype=float).reshape(-1, 2)
    boot_a = bootstrap_sums(ma, n_boot=n_boot, seed=seed) if len(a) >= 2 else None
    boot_b = bootstrap_sums(mb, n_boot=n_boot, seed=seed + 1) if len(b) >= 2 else None
    return _ratio(ma.sum(0), mb.sum(0), boot_a, boot_b, (len(a), len(b)), level)


def _ratio(ta: np.ndarray, tb: np.ndarray, boot_a: np.ndarray | None, boot_b: np.ndarray | None,
           docs: tuple[int, int], level: float) -> RateRatio:
    """The :class:`RateRatio` from the totals ``(spans, words)`` of both sides and their resampled totals
    (``(n_boot, 2)``, or None for a side of one document, which the bootstrap cannot vary)."""
    from framing.stats import percentile_interval, wilson_interval

    ka, wa, kb, wb = int(ta[0]), int(ta[1]), int(tb[0]), int(tb[1])
    if not wa or not wb:
        return RateRatio(math.nan, math.nan, math.nan, (ka, kb), (wa, wb), docs, level)
    ratio = (ka / wa) / (kb / wb) if kb else (math.inf if ka else math.nan)
    if not ka + kb:
        return RateRatio(ratio, math.nan, math.nan, (ka, kb), (wa, wb), docs, level)
    plo, phi = wilson_interval(ka, ka + kb, level)

    def odds(p: float) -> float:
        return math.inf if p >= 1 else p / (1 - p) * wb / wa

    lo, hi = odds(plo), odds(phi)
    if (boot_a is not None or boot_b is not None) and ka and kb:
        ra = boot_a if boot_a is not None else np.tile(ta, (len(boot_b), 1))  # type: ignore[arg-type]
        rb = boot_b if boot_b is not None else np.tile(tb, (len(ra), 1))
        with np.errstate(divide="ignore", invalid="ignore"):
            boot = (ra[:, 0] / ra[:, 1]) / (rb[:, 0] / rb[:, 1])
        boot = np.where(np.isfinite(boot), boot, np.nan)  # a resample with no span on one side: undefined
        blo, bhi = percentile_interval(boot, level)
        if np.isfinite(blo) and np.isfinite(bhi):
            lo, hi = min(lo, float(blo)), max(hi, float(bhi))
        if np.mean(~np.isfinite(boot)) > 1 - level:  # too many undefined resamples: the top is unbounded
            hi = math.inf
    return RateRatio(ratio, lo, hi, (ka, kb), (wa, wb), docs, level)


def _num(x: float) -> str:
    if math.isinf(x):
        return "∞"
    return f"{x:.2g}" if x < 1 else f"{x:.1f}" if x < 100 else f"{x:,.0f}"


def _ci(r: RateRatio) -> str:
    return f"{int(r.level * 100)}% CI {_num(r.lo)}–{_num(r.hi)}"


def _counts(r: RateRatio) -> str:
    docs = f"{r.docs[0]:,} vs {r.docs[1]:,} documents" if r.docs != (1, 1) else "one document each"
    return f"{r.spans[0]:,} vs {r.spans[1]:,} spans in {r.words[0]:,} vs {r.words[1]:,} words; {docs}"


def _others(group_by: str | None, n_groups: int, names: Sequence[str], g: str) -> str:
    if n_groups == 2:
        return next(x for x in names if x != g)
    noun = {"outlet": "outlets", "leaning": "leanings", "source": "sources"}.get(group_by or "", "groups")
    return f"the other {noun}"


def _flip(r: RateRatio) -> RateRatio:
    inv = (lambda x: math.inf if x == 0 else 1 / x)  # noqa: E731
    return RateRatio(inv(r.ratio), inv(r.hi), inv(r.lo), r.spans[::-1], r.words[::-1], r.docs[::-1], r.level)


def _ratio_sentence(g: str, what: str, other: str, r: RateRatio) -> str:
    """``g`` against ``other``; a ratio below 1 is said the other way round ("the others use X 2.3× as often
    as g"), which reads more easily than "0.43× as often"."""
    if math.isinf(r.ratio):
        return f"Only {g} uses {what}, {other} not at all ({_ci(r)} for the ratio; {_counts(r)})."
    if r.ratio == 0:
        return f"{g} never uses {what}, unlike {other} ({_counts(r)})."
    if r.ratio < 1:
        f = _flip(r)
        verb = "uses" if not other.startswith("the other ") else "use"
        what_other = what.replace(" its own ", " their own ") if verb == "use" else what
        return (f"{other[:1].upper()}{other[1:]} {verb} {what_other} {_num(f.ratio)}× as often as {g} "
                f"({_ci(f)}; {_counts(f)}).")
    return f"{g[:1].upper()}{g[1:]} uses {what} {_num(r.ratio)}× as often as {other} ({_ci(r)}; {_counts(r)})."


def corpus_findings(doc_counts: Sequence[tuple[str, int, Mapping[str, int], int]], corpus: Mapping[str, Any], *,
                    n_boot: int = 1000, seed: int = 0, level: float = 0.95) -> list[dict[str, str]]:
    """Sentences about a corpus: ``[{"kind": "clear" | "thin" | "none" | "info", "text": ...}]``.

    ``doc_counts`` holds per analysed document ``(group, words, loaded spans in the outlet's own voice per
    category, loaded spans in the outlet's own voice)``, its groups already merged as ``corpus["groups"]``
    names them; ``corpus`` is :meth:`~framing.reporting.corpus.CorpusAccumulator.data`.
    """
    groups = [g["name"] for g in corpus["groups"]]
    n_docs = {g["name"]: g["n_docs"] for g in corpus["groups"]}
    group_by = corpus.get("group_by")
    out: list[dict[str, str]] = []
    if not doc_counts and corpus.get("n_no_value"):
        return [{"kind": "none", "text": f"No analysed document has a value in the '{group_by}' column, so there "
                                         "are no groups to compare."}]
    if not doc_counts:
        return [{"kind": "none", "text": "No document could be analysed, so there is nothing to conclude."}]
    if len(groups) < 2:
        out.append({"kind": "info", "text": "All documents form one group" + (
            "" if group_by else " (pass --group-by COLUMN to compare outlets or leanings)") + ": no comparison."})
    small = [g for g in groups if n_docs[g] < MIN_DOCS]
    if len(groups) >= 2 and len(small) == len(groups):
        most = max(n_docs.values())
        out.append({"kind": "thin", "text": (
            f"Too thin to compare the groups: each has fewer than {MIN_DOCS} documents (at most {most}). "
            "Differences between groups cannot be told apart from differences between the articles; the "
            "numbers below describe these documents, not the " + (f"{group_by}s" if group_by else "groups") + ".")})
    out += _index_sentence(corpus)
    categories = sorted({c for _g, _w, cats, _o in doc_counts for c in cats})
    # in the matrix's column order, after words; every count is of the own voice, as the report's category
    # chart and table count (loaded = weight above 0, not negated; quotations are the sources' words)
    measures = [_OWN, *(f"{category_name(c)} in its own voice" for c in categories)]
    results: list[tuple[str, str, RateRatio]] = []
    if len(groups) >= 2:
        from framing.stats import bootstrap_sums

        # one matrix per group: words, own-voice spans, then spans per category; resampled once per group
        # (stratified), the rest of the corpus is the sum of the other groups' resamples
        mats: dict[str, list[list[float]]] = {g: [] for g in groups}
        for g, w, cats, own in doc_counts:
            if g in mats:
                mats[g].append([float(w), float(own), *(float(cats.get(c, 0)) for c in categories)])
        width = 2 + len(categories)
        arrs = {g: np.array(rows, dtype=float).reshape(-1, width) for g, rows in mats.items()}
        totals = {g: m.sum(0) for g, m in arrs.items()}
        boots = {g: bootstrap_sums(m, n_boot=n_boot, seed=seed + j) for j, (g, m) in enumerate(arrs.items())}
        grand = sum(totals.values())
        grand_boot = sum(boots.values())
        n_all = sum(len(m) for m in arrs.values())
        for col, what in enumerate(measures, start=1):
            for g in groups:
                n_g = len(arrs[g])
                ta, tb = totals[g][[col, 0]], (grand - totals[g])[[col, 0]]
                ba = boots[g][:, [col, 0]] if n_g >= 2 else None
                bb = (grand_boot - boots[g])[:, [col, 0]] if n_all - n_g >= 2 else None  # type: ignore[index]
                r = _ratio(ta, tb, ba, bb, (n_g, n_all - n_g), level)
                if sum(r.spans) and math.isfinite(r.lo):
                    results.append((g, what, r))
                if len(groups) == 2:
                    break  # A vs B and B vs A say the same
    clear = [x for x in results if x[2].clear]

    def strength(x: tuple[str, str, RateRatio]) -> float:
        r = x[2]
        return math.log(r.lo) if r.lo > 1 else (-math.log(r.hi) if 0 < r.hi < 1 else 0.0)

    # own-voice loaded terms first, then the strongest category differences, at most two per group
    clear.sort(key=lambda x: (x[1] != _OWN, -strength(x)))
    chosen: list[tuple[str, str, RateRatio]] = []
    per_group: Counter[str] = Counter()
    for x in clear:
        if len(chosen) < MAX_FINDINGS and (x[1] == _OWN or per_group[x[0]] < 2):
            chosen.append(x)
            per_group[x[0]] += x[1] != _OWN
    for g, what, r in chosen:
        out.append({"kind": "clear", "text": _ratio_sentence(g, what, _others(group_by, len(groups), groups, g), r)})
    if chosen:
        more = (f"{len(clear) - len(chosen)} more clear differences by category are in the per-group measures "
                "below. " if len(clear) > len(chosen) else "")
        out.append({"kind": "info", "text": (
            f"{more}These come from {len(results)} group–measure comparisons: at {int(level * 100)}% about "
            f"{len(results) * (1 - level):.0f} could look clear by chance alone.")})
    if results and not clear:
        g, what, r = max(results, key=lambda x: abs(math.log(x[2].ratio)) if 0 < x[2].ratio < math.inf else 0.0)
        reason = (f"fewer than {MIN_DOCS} documents on one side" if min(r.docs) < MIN_DOCS else
                  f"only {sum(r.spans)} spans in all" if sum(r.spans) < MIN_SPANS else
                  "its interval includes 1 (no difference)")
        if all(x.enough and 1 / 1.5 < x.lo and x.hi < 1.5 for _g, _w, x in results):  # all within 0.67-1.5
            out.append({"kind": "clear", "text": (
                "The groups use loaded language at similar rates: no ratio's interval leaves 0.67–1.5× (the "
                f"largest is {_num(r.ratio)}×, {_ci(r)}).")})
            return out + _terms_sentence(corpus)
        other = _others(group_by, len(groups), groups, g)
        if r.lo <= 1.0 <= r.hi:  # even the largest ratio seen may be no difference at all: no "largest" claim
            out.append({"kind": "thin", "text": (
                "No difference between groups is clear at this sample size: no group differs clearly from the "
                f"others. The largest ratio seen ({g} against {other}, {what}: {_num(r.ratio)}×, "
                f"{_ci(r)}) could be 1, no difference at all — too thin to conclude "
                f"({reason if reason.startswith(('fewer', 'only')) else 'its interval includes 1 (no difference)'})."
                )})
        else:
            out.append({"kind": "thin", "text": (
                "No difference between groups is clear at this sample size. The largest one seen: "
                + _ratio_sentence(g, what, other, r)[:-1]
                + f" — too thin to conclude ({reason}).")})
    out += _terms_sentence(corpus)
    return out


def _index_sentence(corpus: Mapping[str, Any]) -> list[dict[str, str]]:
    m = next((m for m in corpus["metrics"] if m["name"] == "loaded_index"), None)
    if m is None:
        return []
    rows = [r for r in m["rows"] if r["n"] and math.isfinite(r["mean"])]
    if len(rows) < 2:
        return []
    top = max(r["mean"] for r in rows)
    bottom = min(r["mean"] for r in rows)
    if top == bottom:
        return []
    highs = [r for r in rows if r["mean"] == top]  # every group tied at the top or the bottom is named
    lows = [r for r in rows if r["mean"] == bottom]

    def one(r: Mapping[str, Any]) -> str:
        if r["n"] < 2:
            return f"{r['group']} ({r['mean']:.1f}; one document, so no interval)"
        return f"{r['group']} ({r['mean']:.1f}, 95% CI {r['lo']:.1f}–{r['hi']:.1f}; {r['n']:,} documents)"

    def several(rs: Sequence[Mapping[str, Any]]) -> str:
        named = [one(r) for r in rs]
        both = " and ".join(named) if len(named) <= 2 else ", ".join(named[:-1]) + " and " + named[-1]
        return both + (" (tied)" if len(named) > 1 else "")

    ends = [*highs, *lows]
    overlap = min(r["lo"] for r in highs) <= max(r["hi"] for r in lows) or any(r["n"] < 2 for r in ends)
    few = min(r["n"] for r in ends) < MIN_DOCS  # the rule of every clear finding: each side MIN_DOCS documents
    tail = ("the intervals overlap, so this ranking may be chance" if overlap
            else f"the intervals do not overlap, but with fewer than {MIN_DOCS} documents on one side this "
                 "ranking may be chance" if few
            else "the intervals do not overlap")
    return [{"kind": "thin" if overlap or few else "clear",
             "text": "Loaded language in each group's own voice (the mean loaded-language index per document): "
                     f"highest in {several(highs)}, lowest in {several(lows)}; {tail}."}]


def _terms_sentence(corpus: Mapping[str, Any]) -> list[dict[str, str]]:
    dist = corpus.get("distinguishing") or []
    if not dist:
        return []
    passing = [(d["group"], [t["term"] for t in d["terms"] if t["passes"]][:4],
                [t["term"] for t in d["words"] if t["passes"]][:4]) for d in dist]
    passing = [(g, t, w) for g, t, w in passing if t or w]
    z = dist[0]["threshold"]
    if not passing:
        return [{"kind": "none", "text": "No group uses any loaded term or word more often than chance would "
                                         f"explain (no loaded term or word distinguishes any group at z ≥ {z:g}) "
                                         "at this sample size; the term tables below are exploratory."}]
    parts = []
    for g, t, w in passing:
        bits = ([("loaded terms " + ", ".join(f"‘{x}’" for x in t))] if t else []) + (
            [("words " + ", ".join(f"‘{x}’" for x in w))] if w else [])
        parts.append(f"{g}: " + "; ".join(bits))
    tested = sum(d["n_tested_words"] + d["n_tested_terms"] for d in dist)
    return [{"kind": "info", "text": "Terms a group uses more often than chance would explain (they pass "
                                     f"z ≥ {z:g} against the other groups) — " + " · ".join(parts)
             + f". With {tested:,} term–group pairs tested, about {round(0.025 * tested):,} would pass by chance "
               "alone: read them as leads to check in the evidence, not as proof."}]


def _reference_sentence(art: Mapping[str, Any], ref: Any) -> list[dict[str, str]]:
    n_words = int(art["n_words"])
    if not n_words:
        return []
    sc = art["scores"]
    own, quoted = score(sc, "loaded_count"), score(sc, "loaded_count_quoted", 0.0)
    n_loaded = (own + (quoted or 0.0) if own is not None else math.nan) if "loaded_count" in sc \
        else float(len(art["evidence"]))  # not negated, quotations included: as the reference counts
    index = score(sc, "loaded_index")
    values = {"loaded_index": math.nan if index is None else index, "loaded_per_1k": 1000.0 * n_loaded / n_words}
    parts = []
    for key, what in (("loaded_index", "loaded-language index"),
                      ("loaded_per_1k", "loaded terms per 1,000 words, quotations included")):
        below, med = ref.share_below(key, values[key]), ref.median(key)
        if below is None or med is None:
            continue
        top = ref.percentiles[key][100]
        v = values[key]
        if below >= 100:
            parts.append(f"{what} {v:.1f}: higher than in all of them (median {med:.1f}, highest {top:.1f})")
        elif below >= 1:
            parts.append(f"{what} {v:.1f}: higher than in about {below:.0f}% (median {med:.1f})")
        else:
            parts.append(f"{what} {v:.1f}: as low as the lowest (median {med:.1f})")
    if not parts:
        return []
    n = max(ref.n.values())
    version = ref.about.split(";")[0]
    return [{"kind": "info", "text": (
        f"Among {n:,} reference news articles (AllSides, 2012–2020; {version}): " + "; ".join(parts)
        + ". Other lexicon versions shift this.")}]


def article_findings(art: Mapping[str, Any], reference: Any = None) -> list[dict[str, str]]:
    """Plain sentences about one article (:func:`~framing.reporting.article.article_data`): how much loaded
    language and where that stands among ``reference`` articles (:class:`~framing.reporting.reference.Reference`),
    which terms weigh most, where it sits, who is quoted and how, who gets which labels. Items with
    ``"print": "no"`` repeat what the compact PDF shows elsewhere and are left out of it."""
    if art.get("error"):
        return [{"kind": "none", "text": "This document could not be analysed, so there are no findings."}]
    if art.get("language", ENGLISH) != ENGLISH:
        return [{"kind": "none", "text": (
            f"This document is not in English (detected: {art['language']}): the lexicons and the model are "
            "English-only, so it has no scores and no evidence, and there are no findings.")}]
    out: list[dict[str, str]] = []
    n_words = int(art["n_words"])
    ev = art["evidence"]
    scores = art["scores"]
    # the same count as the "Loaded terms" card and the legend: weight > 0 and not negated (a negated term is
    # listed with its flag but counted nowhere)
    counted = [e for e in ev if "negated" not in e["flags"]]
    n_loaded = len(counted)
    n_negated = len(ev) - n_loaded
    if not n_loaded:
        out.append({"kind": "info", "text": f"No loaded language was found in its {n_words:,} words" + (
            f" ({n_negated} loaded term{'s' if n_negated != 1 else ''} negated, so not counted)." if n_negated
            else ".")})
    else:
        cats = Counter(e["category"] for e in counted)
        top_cats = ", ".join(f"{category_name(c)} ({k})" for c, k in cats.most_common(3))
        quoted = sum(1 for e in counted if "quoted" in e["flags"])
        own = n_loaded - quoted
        out.append({"kind": "info", "text": (
            f"{own} loaded term{'s' if own != 1 else ''} in the outlet's own voice "
            f"({1000 * own / n_words if n_words else 0:.1f} per 1,000 of its {n_words:,} words) and {quoted} inside "
            f"quotations; loaded-language index {num1(score(scores, 'loaded_index', 0.0))}"
            + (f"; {n_negated} more negated, not counted" if n_negated else "") + f". Mostly {top_cats}.")})
        heavy = sorted(counted, key=lambda e: (-float(e["weight"]), e["n"]))
        seen: list[str] = []
        for e in heavy:
            t = e["text"].lower()
            if t not in seen:
                seen.append(t)
            if len(seen) == 5:
                break
        out.append({"kind": "info", "print": "no",  # the PDF's evidence table lists them
                    "text": "The heaviest terms: " + ", ".join(f"‘{t}’" for t in seen) + "."})
    if reference is not None:
        out += _reference_sentence(art, reference)
    sents = art["sentences"]
    if sents and n_loaded:
        with_loaded = sum(1 for s in sents if s["n_loaded"])
        first_half = sum(s["n_loaded"] for s in sents[: max(1, len(sents) // 2)])
        total = sum(s["n_loaded"] for s in sents)
        where = (" — most of it in the first half" if total and first_half / total >= 0.67 else
                 " — most of it in the second half" if total and first_half / total <= 0.33 else "")
        out.append({"kind": "info", "text": f"{with_loaded} of {len(sents)} sentences carry loaded language"
                                            f"{where}."})
    quotes = art["quotes"]
    if quotes:
        by = art["quotes_by_speaker"]
        n_q = len(quotes)
        named = [s for s in by if s != "(unattributed)"]
        top = named[0] if named else None
        loaded_v = sorted({q["verb"] for q in quotes if q["verb_kind"] == "loaded" and q["verb"]})
        text = (f"{n_q} quotation{'s' if n_q != 1 else ''} from {len(named)} named "
                f"source{'s' if len(named) != 1 else ''}")
        if top is not None:
            k = sum(by[top].values())
            text += f"; the most quoted, {top}, has {k} ({100 * k / n_q:.0f}%)"
        if "(unattributed)" in by:
            text += f"; {sum(by['(unattributed)'].values())} unattributed"
        text += ("; introduced with loaded verbs: " + ", ".join(f"‘{v}’" for v in loaded_v)) if loaded_v else \
            "; none introduced with a loaded verb"
        out.append({"kind": "info", "text": text + "."})
    else:
        out.append({"kind": "info", "text": "No attributed quotation was found: whose voice the article carries "
                                            "cannot be told from quotes."})
    labelled = [a for a in art["actors"] if a["loaded"]]
    titled = [a for a in art["actors"] if a["titles"] and not a["loaded"]]
    if labelled:
        parts = [f"{a['name']} ({a['loaded']})" for a in labelled[:3]]
        text = "Loaded labels go to " + "; ".join(parts)
        if titled:
            text += "; neutral titles only to " + ", ".join(a["name"] for a in titled[:3])
        out.append({"kind": "info", "text": text + "."})
    out.append({"kind": "info", "print": "no", "text": (
        "One article says nothing about its outlet: compare outlets with a corpus report "
        "(framing report FOLDER --group-by outlet).")})
    return out
