"""The view model of one article: an :class:`~framing.analysis.Analysis` turned into plain dicts and numbers.

Nothing here draws or renders; templates read these dicts. Every section is optional: a field an analysis does
not carry (no actors, no sentence scores...) gives an empty list, and templates omit it. Text stays raw here
(untrusted); escaping is the template's job (autoescape on).
"""

from __future__ import annotations

import bisect
import math
import numbers
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeGuard

from framing.analysis import Analysis, Span
from framing.language import ENGLISH
from framing.reporting.measures import (
    READABILITY_SHOWN,
    category_name,
    readability_label,
    sentiment_label,
    shown_measures,
)
from framing.reporting.style import NEUTRAL_STYLE, Palette
from framing.scorers.loaded_labels import is_loaded_label, loaded_label_extents
from framing.tokenize import sentence_spans

__all__ = ["MAX_SHOWN_CHARS", "MAX_TABLE_ROWS", "article_data", "category_rates", "count_text",
           "highlight_segments", "is_hidden_candidate", "num1", "score", "shown_length"]

_TITLE_KINDS = ("title", "honorific")




def is_hidden_candidate(s: Span) -> bool:
    """A model tag below the tagger's loaded threshold (weight 0, with a probability): low-confidence evidence,
    present only with ``framing analyze --candidates``; reports list it as recorded, not loaded, and never count
    it."""
    return s.probability is not None and s.weight <= 0


def score(scores: Mapping[str, Any], key: str, default: float | None = None) -> float | None:
    """``scores[key]`` as a float, ``default`` when the key is absent, and ``None`` when the score is missing
    (None, NaN, or not a number: a document not in English has null English-dependent scores by design)."""
    v = scores.get(key, default)
    if v is None or isinstance(v, bool) or not isinstance(v, numbers.Real):  # numpy numbers are Real too
        return None
    v = float(v)
    return v if math.isfinite(v) else None


def num1(x: float | None) -> str:
    """One decimal, or a dash for a missing score (NaN or None: a document not in English)."""
    return f"{x:.1f}" if x is not None and math.isfinite(x) else "—"


def count_text(x: float | None) -> str:
    """A count as an integer, or a dash for a missing score (NaN or None)."""
    return str(int(x)) if x is not None and math.isfinite(x) else "—"


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


def _headline(text: str) -> str | None:
    """The text's first line when it reads as a headline: 2-25 words, at most 200 characters, on a line of its own,
    and not ending like a sentence (a final period or colon)."""
    start = 0  # the first line is read in place: the text is not copied
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    first = text[start:end].strip() if end >= 0 else ""
    if not 0 < len(first) <= 200 or first.endswith((".", ":", ",", ";")):
        return None
    n_words = len(re.findall(r"\w+", first))
    return first if 2 <= n_words <= 25 else None


def _title(a: Analysis) -> str:
    """The heading of an article report: the ``title`` metadata, else a headline on the text's first line, else
    the document id."""
    t = a.meta.get("title")
    if isinstance(t, str) and t.strip():
        return t.strip()
    return _headline(a.text) or a.id or "Untitled document"


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
            "label": category_name(s.category),
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
            "prob": float(p) if _is_number(p) else None,
            "n_loaded": n_loaded,
            "top_terms": ", ".join(_distinct_terms([t for t, _w in top], 5)),
        })
    return rows


def _distinct_terms(terms: Sequence[str], limit: int) -> list[str]:
    """The first ``limit`` terms that repeat no earlier one: not a word of an earlier phrase ("land" after "land
    grab"), a phrase whose words were all listed, or another form of an earlier word ("slam" and "slammed")."""
    kept: list[str] = []
    words: set[str] = set()
    for t in terms:
        low = t.lower()
        parts = [w for w in re.split(r"[\s-]+", low) if w]
        if not parts or all(w in words for w in parts) or any(
                min(len(low), len(k)) >= 4 and (low.startswith(k) or k.startswith(low)) for k in kept):
            continue
        kept.append(low)
        words.update(parts)
        if len(kept) == limit:
            break
    return kept


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
        out.append((str(k), f"{v:.3g}" if isinstance(v, float) and math.isfinite(v)
                    else "—" if isinstance(v, float) else str(v)))
    return out


_SENTIMENT_SHOWN = ("compound", "pos", "neg", "neu")


def _sentiment_value(key: str, raw: Any, shown: str) -> str:
    """The shares of positive, negative and neutral wording as whole percentages ("8%"), the compound score to two
    decimals ("-0.05"); anything else as :func:`_numbers` wrote it."""
    if not _is_number(raw) or not math.isfinite(raw):
        return shown
    if key in ("pos", "neg", "neu"):
        return f"{raw:.0%}"
    return f"{raw:+.2f}" if key == "compound" else shown


def _is_number(v: Any) -> TypeGuard[float]:
    """A finite number (not a bool, None or NaN)."""
    return isinstance(v, numbers.Real) and not isinstance(v, bool) and math.isfinite(v)


def _first_number(m: Mapping[str, Any], prefer: Sequence[str]) -> tuple[str, float] | None:
    for k in prefer:
        v = m.get(k)
        if _is_number(v):
            return k, float(v)
    for k, v in m.items():
        if _is_number(v):
            return str(k), float(v)
    return None


def category_rates(a: Analysis) -> list[dict[str, Any]]:
    """Per category: count and rate per 1,000 words, from the spans (so model spans count too).

    Loaded rows (``"loaded": True``) count the loaded spans of the category: weight above 0 and not negated, in the
    outlet's own voice or in quotations, as ``loaded_count`` + ``loaded_count_quoted`` do; their counts add up to
    the article's loaded terms. The rest of a category (weight 0, or negated) is a row of its own with
    ``"loaded": False``: recorded, not counted."""
    per_k = 1000.0 / a.n_words if a.n_words else 0.0
    loaded: Counter[str] = Counter()
    recorded: Counter[str] = Counter()
    for s in a.spans:
        (loaded if s.weight > 0 and not s.negated else recorded)[s.category] += 1
    rows = [{"name": c, "label": category_name(c), "count": k, "per_1k": k * per_k, "loaded": True}
            for c, k in loaded.most_common()]
    rows += [{"name": c, "label": category_name(c) + (" (not counted)" if c in loaded else ""), "count": k,
              "per_1k": k * per_k, "loaded": False} for c, k in recorded.most_common()]
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
    term_category: dict[str, str] = {}
    forms: dict[str, Counter[str]] = {}  # the words as written, per lexicon term ("railed against" for "rail against")
    for s in a.spans:
        if s.weight > 0 and not s.negated:  # (counted as the legend and the card count)
            key = (s.term or s.text).lower()
            terms[key] += 1
            term_weight[key] = max(term_weight.get(key, 0.0), s.weight)
            term_category.setdefault(key, s.category)
            forms.setdefault(key, Counter())[s.text] += 1
    english = a.language == ENGLISH
    n_loaded = score(scores, "loaded_count", len(a.loaded_spans))
    n_quoted = score(scores, "loaded_count_quoted", 0.0)
    coverage = score(scores, "coverage", 0.0)
    not_computed = f"not computed: the text is not in English ({a.language})" if not english else "not computed"
    headline = [
        {"label": "Loaded-language index", "value": num1(score(scores, "loaded_index", 0.0)),
         "note": "summed weight of loaded terms in the outlet's own voice per 1,000 words"
         if english and score(scores, "loaded_index", 0.0) is not None else not_computed},
        {"label": "Loaded terms", "value": count_text(n_loaded),
         "note": (f"in the outlet's own voice, {n_loaded * 1000.0 / a.n_words if a.n_words else 0.0:.1f} per "
                  f"1,000 words; plus {count_text(n_quoted)} inside quotations") if n_loaded is not None
         else not_computed},
        {"label": "Words", "value": f"{a.n_words:,}",
         "note": f"coverage {coverage:.1%} of words matched" if coverage is not None else "coverage not computed"},
    ]
    sent = _first_number(a.sentiment, ("compound", "score", "polarity"))
    if sent:
        headline.append({"label": "Sentiment", "value": f"{sent[1]:+.2f}", "note": sentiment_label(sent[0])})
    read = _first_number(a.readability, ("flesch_reading_ease", "flesch", "grade"))
    if read:
        headline.append({"label": "Readability", "value": f"{read[1]:.1f}", "note": readability_label(read[0])})
    actors: list[dict[str, Any]] = []
    extents = loaded_label_extents(a.spans)
    for act in a.actors:
        titles = [lab for lab in act.labels if lab.kind in _TITLE_KINDS]
        loaded_l = [lab for lab in act.labels if is_loaded_label(lab, extents)]
        other = [lab for lab in act.labels if lab.kind not in _TITLE_KINDS and not is_loaded_label(lab, extents)]
        actors.append({
            "name": act.name, "type": act.type, "mentions": len(act.mentions),
            "titles": _labels_text(titles), "loaded": _labels_text(loaded_l), "other": _labels_text(other),
            "n_loaded": len(loaded_l), "n_titles": len(titles),
            "sentiment": f"{act.sentiment:+.2f}" if _is_number(act.sentiment) else "",
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
        "language": a.language,
        "headline": headline,
        "segments": segments,
        "evidence": evidence,
        "neutral_evidence": [(category_name(c), terms) for c, terms in neutral],  # display names
        "categories": rates,
        "top_terms": [{"term": forms[t].most_common(1)[0][0], "count": k, "weight": term_weight[t],
                       "category": term_category[t]}
                      for t, k in terms.most_common(15)],
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
        "frames_computed": any(isinstance(v, (int, float)) and v == v for v in a.frames.values()),  # NaN: not run
        "readability": [(readability_label(k), v)
                        for k, v in _numbers(shown_measures(a.readability, READABILITY_SHOWN))],
        "sentiment": [(sentiment_label(k), _sentiment_value(k, a.sentiment[k], v))
                      for k, v in _numbers(shown_measures(a.sentiment, _SENTIMENT_SHOWN))],
        "english": english,
        "scores": {k: math.nan if v is None else float(v) for k, v in a.scores.items()
                   if v is None or (isinstance(v, numbers.Real) and not isinstance(v, bool))},
    }
