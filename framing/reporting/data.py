"""The report data model: :class:`~framing.analysis.Analysis` objects turned into plain dicts and numbers.

Nothing here draws or renders; charts and templates read these dicts. Every section is optional: a field an
analysis does not carry (no actors, no sentence scores...) gives an empty list, and templates omit it.
Text stays raw here (untrusted); escaping is the template's job (autoescape on).
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import importlib.util
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from framing.analysis import Analysis, Span
from framing.tokenize import TOKEN_RE, normalize_for_matching, sentence_spans

__all__ = [
    "NEUTRAL_STYLE",
    "PALETTE",
    "STOPWORDS",
    "CorpusAccumulator",
    "Palette",
    "article_data",
    "methods_data",
]

#: Paul Tol's "light" scheme (colour-blind safe, readable behind black text), without its pale grey.
PALETTE: tuple[str, ...] = ("#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33",
                            "#AAAA00")
#: Evidence that is recorded but not loaded (weight 0): no fill, a dotted grey underline.
NEUTRAL_STYLE = "fr-n"
#: Spans of the ML tagger: not a lexicon category, so no palette colour (which would repeat one of the eight)
#: but a dashed outline of their own; grey in charts.
MODEL_CATEGORY = "loaded_model"
MODEL_STYLE = "fr-m"
MODEL_COLOUR = "#BBBBBB"

_TITLE_KINDS = ("title", "honorific")
_LOADED_KINDS = ("pejorative", "ideological")


#: English function words left out of the distinguishing-words tables (a short list: the log-odds prior
#: already discounts frequent words; this only keeps the tables readable).
STOPWORDS: frozenset[str] = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves 's s said says say told mr ms mrs
one two new also like get got many much may might must us it's don't can't won't i'm he's she's that's
""".split())


class Palette:
    """Category -> CSS class and colour, the same in every section of one report.

    Categories get colours in the order first registered; the eighth colour (olive, close to pear) and every
    repeated colour get a dark underline as well, so that no two categories look alike.
    """

    def __init__(self, categories: Iterable[str] = ()) -> None:
        self._index: dict[str, int] = {}
        for c in categories:
            self.add(c)

    def add(self, category: str) -> int:
        if category not in self._index:
            self._index[category] = len(self._index)
        return self._index[category]

    def css_class(self, category: str) -> str:
        if category == MODEL_CATEGORY:
            return MODEL_STYLE
        return f"fr-c{self.add(category)}"

    def colour(self, category: str) -> str:
        if category == MODEL_CATEGORY:
            return MODEL_COLOUR
        return PALETTE[self.add(category) % len(PALETTE)]

    def classes(self) -> list[dict[str, Any]]:
        """For the stylesheet: ``{"cls", "colour", "underline"}`` per registered category."""
        return [{"cls": f"fr-c{i}", "colour": PALETTE[i % len(PALETTE)], "underline": i >= len(PALETTE) - 1}
                for i in self._index.values()]


# --- one article -------------------------------------------------------------------------------------------


def _fmt(x: float) -> str:
    return f"{x:g}" if abs(x) >= 0.01 or x == 0 else f"{x:.2g}"


def _span_source(s: Span) -> str:
    if s.probability is not None:
        return f"model {s.lexicon} (p = {s.probability:.2f})"
    return f"lexicon {s.lexicon}"


def _span_tip(s: Span) -> str:
    parts = [s.category, f"weight {_fmt(s.weight)}", _span_source(s)]
    if s.alternatives:
        parts.append("instead: " + ", ".join(s.alternatives))
    if s.in_quote:
        parts.append("in a quotation")
    if s.negated:
        parts.append("negated")
    return " · ".join(parts)


def _title(a: Analysis) -> str:
    t = a.meta.get("title")
    if isinstance(t, str) and t.strip():
        return t.strip()
    return a.id or "Untitled document"


def _meta_items(meta: Mapping[str, Any], skip: Sequence[str] = ("title",)) -> list[tuple[str, str]]:
    out = []
    for k, v in meta.items():
        if k in skip or v is None or v == "":
            continue
        sv = v if isinstance(v, str) else repr(v)
        out.append((str(k)[:80], sv[:300]))
    return out[:20]


#: Characters of one document shown (highlighted) in a report; longer texts are cut there (at a space) with a
#: note. Scores, counts and charts of categories and terms still cover the whole document.
MAX_SHOWN_CHARS = 100_000
#: Rows of the per-article tables (sentences, actors, quotes, scare quotes) shown in a report.
MAX_TABLE_ROWS = 300


def shown_length(text: str, limit: int = MAX_SHOWN_CHARS) -> int:
    """Where a report cuts ``text``: ``len(text)`` when it fits, else the last white space before ``limit``."""
    if len(text) <= limit:
        return len(text)
    cut = max(text.rfind(" ", 0, limit), text.rfind("\n", 0, limit))
    return cut if cut > limit // 2 else limit


def highlight_segments(
    a: Analysis, palette: Palette, *, anchor: str = "e", limit: int | None = MAX_SHOWN_CHARS
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[str, str]]]:
    """The text cut at every span boundary, the numbered list of loaded evidence the footnote marks point to,
    and the evidence recorded but not loaded (weight 0) as ``(category, "term, term ×2")`` pairs.

    Each segment is ``{"text", "cls", "tip", "fns"}``: ``cls`` is the CSS class of the strongest span
    covering it (``None`` outside evidence), ``fns`` the footnote numbers of loaded spans that end there.
    Overlapping spans (a model tag over a lexicon term) are all listed; the highlight shows the strongest.
    """
    text = a.text
    if limit is not None:
        text = text[: shown_length(text, limit)]
    spans = [s for s in a.spans if 0 <= s.start < s.end <= len(text)]
    spans.sort(key=lambda s: (s.start, -s.end, -s.weight))
    evidence: list[dict[str, Any]] = []
    numbers: dict[int, int] = {}
    neutral: dict[str, Counter[str]] = defaultdict(Counter)
    for i, s in enumerate(spans):
        if s.weight <= 0:
            neutral[s.category][s.text] += 1
            continue
        n = numbers[i] = len(numbers) + 1
        evidence.append({
            "n": n,
            "anchor": f"{anchor}{n}",
            "text": s.text,
            "category": s.category,
            "cls": palette.css_class(s.category),
            "weight": _fmt(s.weight),
            "source": _span_source(s),
            "alternatives": ", ".join(s.alternatives),
            "flags": ", ".join(f for f, on in (("quoted", s.in_quote), ("negated", s.negated)) if on),
        })
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    ends: dict[int, list[int]] = defaultdict(list)
    for i, n in numbers.items():
        ends[spans[i].end].append(n)
    segments: list[dict[str, Any]] = []
    # sweep line: the spans covering [lo, hi) in their sorted order (linear in text, spans and overlaps;
    # rescanning every earlier span per segment was quadratic on a 10 MB document)
    active: list[Span] = []
    nxt = 0
    for i in range(len(bounds) - 1):
        lo, hi = bounds[i], bounds[i + 1]
        if lo == hi:
            continue
        if any(s.end <= lo for s in active):
            active = [s for s in active if s.end > lo]
        while nxt < len(spans) and spans[nxt].start <= lo:
            if spans[nxt].end > lo:
                active.append(spans[nxt])
            nxt += 1
        cover = active
        seg: dict[str, Any] = {"text": text[lo:hi], "cls": None, "tip": "", "fns": ends.get(hi, [])}
        if cover:
            best = max(cover, key=lambda s: (s.weight, s.end - s.start))
            seg["cls"] = palette.css_class(best.category) if best.weight > 0 else NEUTRAL_STYLE
            seg["tip"] = " | ".join(_span_tip(s) for s in cover)
        segments.append(seg)
    neutral_rows = [(cat, _labels_text_counts(c)) for cat, c in sorted(neutral.items())]
    return segments, evidence, neutral_rows


def _labels_text_counts(c: Counter[str]) -> str:
    return ", ".join(f"{t} ×{k}" if k > 1 else t for t, k in c.most_common())


def _sentence_rows(a: Analysis) -> list[dict[str, Any]]:
    loaded_starts = sorted(s.start for s in a.spans if s.weight > 0 and not s.negated)
    bounds: list[tuple[int, int, float | None, tuple[tuple[str, float], ...]]]
    if a.sentences:
        bounds = [(s.start, s.end, s.bias_probability, s.top_terms) for s in a.sentences]
    else:  # analyses saved before sentence offsets were recorded: split the text again
        bounds = [(st, en, None, ()) for st, en in a.sentence_offsets or sentence_spans(a.text)]
    rows: list[dict[str, Any]] = []
    shown = shown_length(a.text)
    for i, (st, en, p, top) in enumerate(bounds, start=1):
        if en > shown or len(rows) >= MAX_TABLE_ROWS * 10:
            break
        n_loaded = bisect.bisect_left(loaded_starts, en) - bisect.bisect_left(loaded_starts, st)
        rows.append({
            "i": i,
            "text": a.text[st:en],
            "prob": None if p is None else float(p),
            "n_loaded": n_loaded,
            "top_terms": ", ".join(t for t, _w in top[:5]),
        })
    return rows


def _merge_surnames(labels: Mapping[str, Mapping[str, Counter[tuple[str, str]]]],
                    people: set[str]) -> dict[str, dict[str, Counter[tuple[str, str]]]]:
    """Across documents, a one-word person name ("Trump") joins the full name ending in it ("Donald Trump")
    when exactly one such full name has labels in the corpus; within a document the actor scorer already
    merges them."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for name in people:
        if " " in name:
            by_last[name.rsplit(" ", 1)[1].casefold()].append(name)
    out: dict[str, dict[str, Counter[tuple[str, str]]]] = {}
    for name, by_g in labels.items():
        full = by_last.get(name.casefold(), []) if name in people and " " not in name else []
        key = full[0] if len(full) == 1 else name
        merged = out.setdefault(key, {})
        for g, c in by_g.items():
            merged.setdefault(g, Counter()).update(c)
    return out


def _labels_text(labels: Iterable[Any]) -> str:
    c = Counter(lab.text for lab in labels)
    return ", ".join(f"{t} ×{k}" if k > 1 else t for t, k in c.most_common())


def _numbers(m: Mapping[str, Any]) -> list[tuple[str, str]]:
    out = []
    for k, v in m.items():
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            if isinstance(v, str):
                out.append((str(k), v[:80]))
            continue
        out.append((str(k), f"{v:.3g}" if isinstance(v, float) else str(v)))
    return out


def _first_number(m: Mapping[str, Any], prefer: Sequence[str]) -> tuple[str, float] | None:
    for k in prefer:
        v = m.get(k)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return k, float(v)
    for k, v in m.items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return str(k), float(v)
    return None


def category_rates(a: Analysis) -> list[dict[str, Any]]:
    """Per category: count and rate per 1,000 words, from the spans (so model spans count too)."""
    per_k = 1000.0 / a.n_words if a.n_words else 0.0
    counts: Counter[str] = Counter()
    loaded: dict[str, bool] = {}
    for s in a.spans:
        counts[s.category] += 1
        loaded[s.category] = loaded.get(s.category, False) or s.weight > 0
    rows = [{"name": c, "count": k, "per_1k": k * per_k, "loaded": loaded[c]} for c, k in counts.most_common()]
    rows.sort(key=lambda r: not r["loaded"])  # stable: loaded categories first, each part by count
    return rows


def article_data(a: Analysis, palette: Palette | None = None, *, anchor: str = "e") -> dict[str, Any]:
    """Everything the single-article section shows, as plain data (no markup)."""
    palette = palette or Palette()
    segments, evidence, neutral = highlight_segments(a, palette, anchor=anchor)
    scores = a.scores
    rates = category_rates(a)
    for r in rates:
        r["cls"] = palette.css_class(r["name"]) if r["loaded"] else NEUTRAL_STYLE
    terms: Counter[str] = Counter()
    term_weight: dict[str, float] = {}
    for s in a.spans:
        if s.weight > 0:
            key = (s.term or s.text).lower()
            terms[key] += 1
            term_weight[key] = max(term_weight.get(key, 0.0), s.weight)
    n_loaded = int(scores.get("loaded_count", len(a.loaded_spans)))
    headline = [
        {"label": "Loaded-language index", "value": f"{scores.get('loaded_index', 0.0):.1f}",
         "note": "summed weight of loaded terms in the outlet's own voice per 1,000 words"},
        {"label": "Loaded terms", "value": str(n_loaded),
         "note": f"{n_loaded * 1000.0 / a.n_words if a.n_words else 0.0:.1f} per 1,000 words; plus "
                 f"{int(scores.get('loaded_count_quoted', 0))} inside quotations"},
        {"label": "Words", "value": f"{a.n_words:,}", "note": f"coverage {scores.get('coverage', 0.0):.1%} "
                                                            "of words matched"},
    ]
    sent = _first_number(a.sentiment, ("compound", "score", "polarity"))
    if sent:
        headline.append({"label": "Sentiment", "value": f"{sent[1]:+.2f}", "note": sent[0]})
    read = _first_number(a.readability, ("flesch_reading_ease", "flesch", "grade"))
    if read:
        headline.append({"label": "Readability", "value": f"{read[1]:.1f}", "note": read[0]})
    actors: list[dict[str, Any]] = []
    for act in a.actors:
        titles = [lab for lab in act.labels if lab.kind in _TITLE_KINDS]
        loaded_l = [lab for lab in act.labels if lab.kind in _LOADED_KINDS]
        other = [lab for lab in act.labels if lab.kind not in _TITLE_KINDS + _LOADED_KINDS]
        actors.append({
            "name": act.name, "type": act.type, "mentions": len(act.mentions),
            "titles": _labels_text(titles), "loaded": _labels_text(loaded_l), "other": _labels_text(other),
            "n_loaded": len(loaded_l), "n_titles": len(titles),
            "sentiment": "" if act.sentiment is None else f"{act.sentiment:+.2f}",
        })
    actors.sort(key=lambda r: (-(r["mentions"]), r["name"]))
    by_speaker: dict[str, Counter[str]] = defaultdict(Counter)
    quotes = []
    for q in a.quotes:
        who = q.speaker or "(unattributed)"
        by_speaker[who][q.verb_kind or "no verb"] += 1
        quotes.append({"speaker": who, "verb": q.verb or "", "verb_kind": q.verb_kind or "",
                       "text": q.text if len(q.text) <= 200 else q.text[:197] + "…"})
    shown = shown_length(a.text)
    return {
        "id": a.id,
        "title": _title(a),
        "shown_chars": shown,
        "total_chars": len(a.text),
        "meta": _meta_items(a.meta),
        "n_words": a.n_words,
        "error": a.error,
        "headline": headline,
        "segments": segments,
        "evidence": evidence,
        "neutral_evidence": neutral,
        "categories": rates,
        "top_terms": [{"term": t, "count": k, "weight": term_weight[t]} for t, k in terms.most_common(15)],
        "sentences": _sentence_rows(a) if a.text else [],
        "has_probabilities": bool(a.sentences),
        "actors": actors[:MAX_TABLE_ROWS],
        "actors_omitted": max(0, len(actors) - MAX_TABLE_ROWS),
        "quotes": quotes[:MAX_TABLE_ROWS],
        "quotes_omitted": max(0, len(quotes) - MAX_TABLE_ROWS),
        "quotes_by_speaker": {k: dict(v) for k, v in sorted(by_speaker.items(), key=lambda kv: -sum(kv[1].values()))},
        "scare_quotes": [q.text for q in a.scare_quotes[:MAX_TABLE_ROWS]],
        "frames": sorted(((str(k), float(v)) for k, v in a.frames.items()
                          if isinstance(v, (int, float)) and v > 0), key=lambda kv: -kv[1]),
        "frames_computed": bool(a.frames),
        "readability": _numbers(a.readability),
        "sentiment": _numbers(a.sentiment),
        "scores": {k: float(v) for k, v in a.scores.items()},
    }


# --- a corpus ----------------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_METRIC_LABELS = {
    "loaded_index": "Loaded-language index (own voice)",
    "loaded_index_quoted": "Loaded-language index (inside quotations)",
}


def _period(value: Any) -> tuple[int, int, int] | None:
    """``(year, month, day)`` from an ISO-like date string (0 for a missing month or day), else ``None``."""
    if not isinstance(value, str):
        return None
    m = _DATE_RE.match(value)
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else 0
    day = int(m.group(3)) if m.group(3) and month else 0
    if not 1800 <= year <= 2200 or not 0 <= month <= 12 or not 0 <= day <= 31:
        return None
    return year, month, day


_SENTIMENT_KEYS = ("compound", "score", "polarity")
_READABILITY_KEYS = ("flesch_reading_ease", "flesch_kincaid_grade")


def _pick(m: Mapping[str, Any], keys: Sequence[str]) -> Mapping[str, Any]:
    """The preferred keys of ``m`` when it has any of them, else all of ``m`` (unknown scorers still show)."""
    chosen = {k: m[k] for k in keys if k in m}
    return chosen or m


def _stable_key(*parts: str) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join(parts).encode("utf-8", "replace"), digest_size=6).digest(),
                          "big")


class CorpusAccumulator:
    """Streams analyses into per-group statistics, keeping memory flat for large corpora.

    Per document it keeps a few numbers (scores, group, date); per group it keeps word counts, evidence-term
    counts, actor labels and the strongest evidence (a bounded heap per group, with short context snippets).
    Full analyses are kept only for the per-article sections: all documents of a small corpus (up to
    ``max_articles``), else the two most loaded documents of each group (bounded heaps).
    """

    def __init__(self, *, group_by: str | None, date_column: str | None = "date", max_groups: int = 12,
                 evidence_per_group: int = 8, max_articles: int = 12, palette: Palette | None = None) -> None:
        self.group_by = group_by
        self.date_column = date_column
        self.max_groups = max_groups
        self.evidence_per_group = evidence_per_group
        self.max_articles = max_articles
        self.palette = palette or Palette()
        self.n_docs = 0
        self.n_failed = 0
        #: (id, reason) of the first documents that failed
        self.failed: list[tuple[str, str]] = []
        self.n_words = 0
        self.covered_words = 0.0
        self.rows: list[tuple[str, tuple[int, int, int] | None, dict[str, float]]] = []
        self.loaded_categories: set[str] = set()
        self.words: dict[str, Counter[str]] = defaultdict(Counter)
        self.terms: dict[str, Counter[str]] = defaultdict(Counter)
        self.labels: dict[str, dict[str, Counter[tuple[str, str]]]] = defaultdict(lambda: defaultdict(Counter))
        self.people: set[str] = set()  # names of person actors (to merge "Trump" into "Donald Trump")
        self.evidence: dict[str, list[tuple[float, int, dict[str, Any]]]] = defaultdict(list)
        self.articles: list[Analysis] = []
        self.top_docs: dict[str, list[tuple[float, int, Analysis]]] = defaultdict(list)
        self.group_docs: Counter[str] = Counter()
        self.group_words: Counter[str] = Counter()
        self.lexicons_seen: set[str] = set()
        self.models_seen: set[str] = set()
        self.has_sentences = False
        self.date_values = 0
        self.n_text_docs = 0  # documents that came with their text (saved analyses may not have it)

    def group_of(self, a: Analysis) -> str:
        if not self.group_by:
            return "all"
        v = a.meta.get(self.group_by)
        if v is None or (isinstance(v, str) and not v.strip()):
            return "(no value)"
        return str(v).strip()[:80]

    def add(self, a: Analysis) -> None:
        self.n_docs += 1
        self.n_text_docs += bool(a.text)
        if len(self.articles) < self.max_articles + 1:
            self.articles.append(a)
        if a.error is not None:
            self.n_failed += 1
            if len(self.failed) < MAX_TABLE_ROWS:
                self.failed.append((a.id, a.error if len(a.error) <= 300 else a.error[:299] + "…"))
            return
        g = self.group_of(a)
        top = self.top_docs[g]
        entry = (float(a.scores.get("loaded_index", 0.0)), -self.n_docs, a)
        if a.text and any(e[2].text == a.text for e in top):
            pass  # the same text twice (syndicated copies): show it once
        elif len(top) < 2:
            heapq.heappush(top, entry)  # type: ignore[misc]
        elif entry[:2] > top[0][:2]:
            heapq.heapreplace(top, entry)  # type: ignore[misc]
        self.group_docs[g] += 1
        self.group_words[g] += a.n_words
        self.n_words += a.n_words
        self.covered_words += float(a.scores.get("coverage", 0.0)) * a.n_words
        period = _period(a.meta.get(self.date_column)) if self.date_column else None
        if period:
            self.date_values += 1
        # frame cues per 1,000 words are left out: the frames section shows the frame scores themselves
        vals: dict[str, float] = {k: float(v) for k, v in a.scores.items()
                                  if (k.endswith("_per_1k") and not k.startswith("frame_"))
                                  or k.startswith("loaded_index")}
        for src, prefix in ((_pick(a.sentiment, _SENTIMENT_KEYS), "sentiment: "),
                            (_pick(a.readability, _READABILITY_KEYS), "readability: "), (a.frames, "frame: ")):
            for k, v in src.items():
                if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
                    vals[prefix + str(k)] = float(v)
        if a.sentences:
            self.has_sentences = True
            vals["mean sentence bias probability"] = sum(s.bias_probability for s in a.sentences) / len(a.sentences)
        self.rows.append((g, period, vals))
        counts = Counter(TOKEN_RE.findall(normalize_for_matching(a.text)))  # C-speed counting, then filter
        for w in [w for w in counts if w in STOPWORDS or len(w) < 2 or w.isdigit()]:
            del counts[w]
        self.words[g].update(counts)
        heap = self.evidence[g]
        for s in a.spans:
            if s.probability is not None:
                self.models_seen.add(s.lexicon)
            else:
                self.lexicons_seen.add(s.lexicon)
            if s.weight <= 0 or s.negated:
                continue
            self.loaded_categories.add(s.category)
            term = (s.term or s.text).lower()
            self.terms[g][term] += 1
            key = (s.weight * (s.probability if s.probability is not None else 1.0), -_stable_key(a.id, str(s.start)))
            if len(heap) < self.evidence_per_group * 8 or key > (heap[0][0], heap[0][1]):
                item = {
                    "doc": a.id, "title": _title(a), "text": s.text, "category": s.category,
                    "cls": self.palette.css_class(s.category), "weight": _fmt(s.weight),
                    "source": _span_source(s), "alternatives": ", ".join(s.alternatives), "term": term,
                    "before": _snippet(a.text, max(0, s.start - 90), s.start, left=True),
                    "after": _snippet(a.text, s.end, min(len(a.text), s.end + 90), left=False),
                    "tip": _span_tip(s),
                }
                ev_entry = (key[0], key[1], item)
                if len(heap) < self.evidence_per_group * 8:
                    heapq.heappush(heap, ev_entry)  # type: ignore[misc]
                else:
                    heapq.heapreplace(heap, ev_entry)  # type: ignore[misc]
        for act in a.actors:
            if act.type == "person" and act.labels:
                self.people.add(act.name)
            for lab in act.labels:
                self.labels[act.name][g][(lab.kind, lab.text.lower())] += 1

    # -- the finished data ----------------------------------------------------------------------------------

    def shown_articles(self) -> tuple[list[Analysis], str]:
        """The documents shown one by one, and a sentence saying how they were chosen."""
        if self.n_docs <= self.max_articles:
            return self.articles[: self.max_articles], "every document"
        picked: list[Analysis] = []
        per_group = [sorted(self.top_docs[g], key=lambda e: (-e[0], -e[1])) for g in self.groups()]
        for rank in range(2):
            for tops in per_group:
                if rank < len(tops) and len(picked) < self.max_articles:
                    picked.append(tops[rank][2])
        return picked, "the most loaded documents of each group (highest loaded-language index)"

    def groups(self) -> list[str]:
        """Groups by document count (then name); beyond ``max_groups`` the rest is merged as "other"."""
        ordered = sorted(self.group_docs, key=lambda g: (-self.group_docs[g], g))
        if self.group_by in ("leaning", "bias", "bias_text"):
            order = {"left": 0, "lean left": 1, "center": 2, "centre": 2, "lean right": 3, "right": 4}
            ordered.sort(key=lambda g: (order.get(g.lower(), 9), -self.group_docs[g], g))
        return ordered[: self.max_groups]

    def _merged(self, g: str, keep: set[str]) -> str:
        return g if g in keep else "other groups"

    def data(self, *, n_boot: int = 1000, seed: int = 0, prior_strength: float = 1000.0,
             n_terms: int = 12) -> dict[str, Any]:
        from framing.reporting.stats import bootstrap_ci, log_odds_dirichlet

        shown = self.groups()
        keep = set(shown)
        labels = list(shown)
        if len(self.group_docs) > len(shown):
            labels.append("other groups")
        per_group: dict[str, list[dict[str, float]]] = {g: [] for g in labels}
        for g, _p, vals in self.rows:
            per_group[self._merged(g, keep)].append(vals)
        metric_names: list[str] = []
        seen: set[str] = set()
        for _g, _p, vals in self.rows:
            for k in vals:
                if k not in seen:
                    seen.add(k)
                    metric_names.append(k)
        # keep per-1k rates only for categories that occur somewhere
        def _used(k: str) -> bool:
            return not k.endswith("_per_1k") or any(v.get(k, 0.0) > 0 for _g, _p, v in self.rows)
        metric_names = [k for k in metric_names if _used(k)]
        metric_names.sort(key=lambda k: (0 if k == "loaded_index" else 1 if k == "loaded_index_quoted"
                                         else 2 if k.endswith("_per_1k") else 3, k))
        metrics = []
        for k in metric_names:
            rows = []
            for g in labels:
                xs = [v.get(k, 0.0) if k.endswith("_per_1k") or k.startswith("loaded_index") else v[k]
                      for v in per_group[g] if k in v or k.endswith("_per_1k") or k.startswith("loaded_index")]
                mean, lo, hi = bootstrap_ci(xs, n_boot=n_boot, seed=seed)
                rows.append({"group": g, "n": len(xs), "mean": mean, "lo": lo, "hi": hi})
            loaded = not k.endswith("_per_1k") or k[: -len("_per_1k")] in self.loaded_categories
            label = _METRIC_LABELS.get(k) or (k[: -len("_per_1k")] + " per 1,000 words" if k.endswith("_per_1k")
                                              else k)
            if k not in ("loaded_index", "loaded_index_quoted") and all(
                    not r["n"] or r["mean"] == 0 for r in rows):
                continue  # a measure that is zero everywhere says nothing
            section = ("Loaded language" if k.startswith("loaded_index") else
                       "Evidence per 1,000 words, by category" if k.endswith("_per_1k") else
                       "Policy frames" if k.startswith("frame: ") else "Sentiment, readability and other measures")
            metrics.append({"name": k, "label": label, "rows": rows, "loaded": loaded, "section": section})
        words = {g: Counter() for g in labels}  # type: dict[str, Counter[str]]
        terms = {g: Counter() for g in labels}  # type: dict[str, Counter[str]]
        for g, c in self.words.items():
            words[self._merged(g, keep)].update(c)
        for g, c in self.terms.items():
            terms[self._merged(g, keep)].update(c)
        distinguishing = []
        if len(labels) >= 2:
            lo_words = log_odds_dirichlet(words, prior_strength=prior_strength, min_count=3)
            lo_terms = log_odds_dirichlet(terms, prior_strength=min(prior_strength, 100.0), min_count=1)
            for g in labels:
                top_w = sorted(lo_words[g].items(), key=lambda kv: -kv[1][0])[:n_terms]
                top_t = sorted(lo_terms[g].items(), key=lambda kv: -kv[1][0])[:n_terms]
                distinguishing.append({
                    "group": g,
                    "words": [{"term": t, "z": z, "count": c} for t, (z, _d, c) in top_w if z > 0],
                    "terms": [{"term": t, "z": z, "count": c} for t, (z, _d, c) in top_t if z > 0],
                })
        asym: list[dict[str, Any]] = []
        for actor, by_g in _merge_surnames(self.labels, self.people).items():
            total = sum(sum(c.values()) for c in by_g.values())
            cells = []
            for g in labels:
                lab_counts: Counter[tuple[str, str]] = Counter()
                for gg, cc in by_g.items():
                    if self._merged(gg, keep) == g:
                        lab_counts.update(cc)
                titles = Counter({t: k for (kind, t), k in lab_counts.items() if kind in _TITLE_KINDS})
                loaded_l = Counter({t: k for (kind, t), k in lab_counts.items() if kind in _LOADED_KINDS})
                cells.append({
                    "group": g,
                    "titles": ", ".join(f"{t} ×{k}" for t, k in titles.most_common(4)),
                    "loaded": ", ".join(f"{t} ×{k}" for t, k in loaded_l.most_common(4)),
                    "n_titles": sum(titles.values()), "n_loaded": sum(loaded_l.values()),
                })
            if any(c["titles"] or c["loaded"] for c in cells):
                asym.append({"actor": actor, "total": total, "cells": cells})
        asym.sort(key=lambda r: (-r["total"], r["actor"]))
        return {
            "group_by": self.group_by,
            "n_docs": self.n_docs,
            "n_failed": self.n_failed,
            "n_words": self.n_words,
            "coverage": self.covered_words / self.n_words if self.n_words else 0.0,
            "groups": [{"name": g, "n_docs": sum(1 for _ in per_group[g]),
                        "n_words": sum(self.group_words[x] for x in self.group_words if self._merged(x, keep) == g)}
                       for g in labels],
            "n_groups_total": len(self.group_docs),
            "metrics": metrics,
            "distinguishing": distinguishing,
            "label_asymmetry": asym[:25],
            "trend": self._trend(labels, keep),
            "evidence": self._evidence(labels, keep),
        }

    def _trend(self, labels: list[str], keep: set[str]) -> dict[str, Any] | None:
        dated = [(self._merged(g, keep), p, v.get("loaded_index", 0.0)) for g, p, v in self.rows if p]
        if len(dated) < 2:
            return None
        years = {p[0] for _g, p, _v in dated}
        months = {p[:2] for _g, p, _v in dated}
        if len(months) == 1 and all(p[2] for _g, p, _v in dated):
            granularity = "day"
        elif len(years) < 3 and all(p[1] for _g, p, _v in dated):
            granularity = "month"
        else:
            granularity = "year"
        buckets: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        for g, p, v in dated:
            key = (f"{p[0]:04d}-{p[1]:02d}-{p[2]:02d}" if granularity == "day"
                   else f"{p[0]:04d}-{p[1]:02d}" if granularity == "month" else f"{p[0]:04d}")
            buckets[g][key].append(v)
        periods = sorted({k for b in buckets.values() for k in b})
        if len(periods) < 2:
            return None
        series = []
        for g in labels:
            pts = [{"period": k, "mean": sum(xs) / len(xs), "n": len(xs)} for k, xs in sorted(buckets[g].items())]
            if pts:
                series.append({"group": g, "points": pts})
        return {"granularity": granularity, "periods": periods, "series": series,
                "n_dated": len(dated), "column": self.date_column}

    def _evidence(self, labels: list[str], keep: set[str]) -> list[dict[str, Any]]:
        merged: dict[str, list[tuple[float, int, dict[str, Any]]]] = defaultdict(list)
        for g, heap in self.evidence.items():
            merged[self._merged(g, keep)].extend(heap)
        out = []
        for g in labels:
            items = sorted(merged[g], key=lambda e: (-e[0], -e[1]))
            chosen: list[dict[str, Any]] = []
            used_terms: set[str] = set()
            used_docs: Counter[str] = Counter()
            for _k, _h, item in items:  # one item per term, at most two per document: a varied sample
                if item["term"] in used_terms or used_docs[item["doc"]] >= 2:
                    continue
                used_terms.add(item["term"])
                used_docs[item["doc"]] += 1
                chosen.append(item)
                if len(chosen) >= self.evidence_per_group:
                    break
            out.append({"group": g, "spans": chosen})
        return out


_WS_RUN_RE = re.compile(r"\s+")


def _snippet(text: str, lo: int, hi: int, *, left: bool) -> str:
    # white space collapsed to one space but kept at the edges: the term stays apart from its context
    s = _WS_RUN_RE.sub(" ", text[lo:hi])
    s = s.lstrip() if left else s.rstrip()
    if left and lo > 0:
        s = "…" + s
    if not left and hi < len(text):
        s = s + "…"
    return s


# --- methods appendix --------------------------------------------------------------------------------------


def _generated_date() -> str:
    """The report's one time-dependent field (UTC date); ``SOURCE_DATE_EPOCH`` fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).strftime("%Y-%m-%d")
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


def _model_card() -> dict[str, Any] | None:
    """A short summary of the shipped model's card, when framing.models exists."""
    try:
        if importlib.util.find_spec("framing.models") is None:
            return None
        from importlib import resources

        root = resources.files("framing.models")
        cards = [root.joinpath("MODEL_CARD.md"), root.joinpath("default").joinpath("MODEL_CARD.md")]
        cards += sorted((d.joinpath("MODEL_CARD.md") for d in root.iterdir() if d.is_dir()), key=str)
        card = next((c for c in cards if c.is_file()), None)
        if card is None:
            return None
        text = card.read_text(encoding="utf-8")
        manifest = card.parent.joinpath("manifest.json") if hasattr(card, "parent") else None
        manifest_sha = (hashlib.sha256(manifest.read_bytes()).hexdigest()
                        if manifest is not None and manifest.is_file() else "")
    except (ImportError, OSError, ValueError):
        return None
    title = ""
    blocks: list[tuple[bool, list[str]]] = []  # (is a list item, lines)
    for line in text.splitlines():
        stripped = line.strip()
        if line.startswith("#"):
            if title:
                break  # only the text before the first section heading is summarised
            title = line.lstrip("#").strip()
            continue
        if stripped.startswith("- "):
            blocks.append((True, [stripped[2:]]))
        elif stripped:
            if blocks and blocks[-1][1]:
                blocks[-1][1].append(stripped)
            else:
                blocks.append((False, [stripped]))
        elif blocks and blocks[-1][1]:
            blocks.append((False, []))  # a blank line ends the block
    paras = [(item, " ".join(lines)) for item, lines in blocks if lines]
    lead = " ".join(t for item, t in paras if not item)
    items = [t for item, t in paras if item]
    return {"title": _plain(title or "Model card"), "summary": _plain(lead),
            "bullets": [_plain(t) for t in items][:6], "manifest_sha256": manifest_sha}


_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _plain(md: str) -> str:
    """Markdown inline markup removed (code ticks, bold, links), for a model card shown as plain text."""
    out = _MD_LINK_RE.sub(r"\1", md).replace("**", "").replace("`", "")
    return out if len(out) <= 900 else out[:899].rsplit(" ", 1)[0] + " …"


def methods_data(
    *,
    lexicons: Sequence[Any],
    lexicon_names_seen: Iterable[str] = (),
    model_names_seen: Iterable[str] = (),
    scorers: Sequence[str] = (),
    parameters: Mapping[str, Any],
    n_docs: int,
    n_failed: int,
    failed: Sequence[tuple[str, str]] = (),
    n_words: int,
    coverage: float,
    command: str,
) -> dict[str, Any]:
    """The methods appendix: version, lexicons with versions and hashes, model card, parameters, counts."""
    from framing import __version__

    lex_rows = []
    known = set()
    for lx in lexicons:
        info = lx.info() if hasattr(lx, "info") else dict(lx)
        known.add(info.get("name"))
        lex_rows.append({
            "name": str(info.get("name", "")), "version": str(info.get("version", "")),
            "entries": info.get("entries", ""), "sha256": str(info.get("sha256", "")),
            "licence": str(info.get("licence", "")), "citation": str(info.get("citation", "")),
        })
    for name in sorted(set(lexicon_names_seen) - known):
        lex_rows.append({"name": name, "version": "unknown", "entries": "", "sha256": "not available",
                         "licence": "", "citation": ""})
    return {
        "version": __version__,
        "generated": _generated_date(),
        "lexicons": lex_rows,
        "model": _model_card(),
        "models_seen": sorted(set(model_names_seen)),
        "scorers": list(scorers),
        "parameters": [(str(k), str(v)) for k, v in parameters.items()],
        "n_docs": n_docs,
        "n_failed": n_failed,
        "failed": list(failed),
        "n_words": n_words,
        "coverage": coverage,
        "command": command,
    }
