"""The result objects: immutable, slotted dataclasses with plain-data exports.

Every piece of evidence carries half-open character offsets into the analysed text, and
``analysis.text[span.start:span.end] == span.text`` holds for every span, label, quote and sentence.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Actor", "Analysis", "Label", "Quote", "ScareQuote", "SentenceScore", "Span"]


def _frozen_map(m: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(m or {}))


@dataclass(frozen=True, slots=True)
class Span:
    """One piece of evidence: a matched term or a model-tagged phrase.

    ``weight`` is the span's contribution to the loaded-language index: above 0 for loaded terms, 0 for
    evidence that is recorded but not loaded (neutral titles, "said", hedges, frame cues).
    """

    start: int
    end: int
    text: str
    category: str
    lexicon: str
    weight: float
    alternatives: tuple[str, ...] = ()
    in_quote: bool = False
    negated: bool = False
    term: str = ""
    probability: float | None = None

    @property
    def loaded(self) -> bool:
        return self.weight > 0

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "lexicon": self.lexicon,
            "weight": self.weight,
            "alternatives": list(self.alternatives),
            "in_quote": self.in_quote,
            "negated": self.negated,
            "term": self.term,
        }
        if self.probability is not None:
            d["probability"] = self.probability
        return d


@dataclass(frozen=True, slots=True)
class Label:
    """A label attached to an actor ("dictator", "Chancellor"), with its kind."""

    text: str
    kind: str  # title | pejorative | ideological | honorific | descriptive
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, government, party or country the text talks about, with its mentions and labels."""

    name: str
    type: str  # person | country | organisation | group | place
    mentions: tuple[tuple[int, int], ...]
    labels: tuple[Label, ...] = ()
    sentiment: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "mentions": [[s, e] for s, e in self.mentions],
            "labels": [lab.to_dict() for lab in self.labels],
            "sentiment": self.sentiment,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation with its speaker and reporting verb when present."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    verb: str | None = None
    verb_kind: str | None = None  # neutral | loaded | factive | hedged

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "verb": self.verb,
            "verb_kind": self.verb_kind,
        }


@dataclass(frozen=True, slots=True)
class ScareQuote:
    """A short quoted phrase used to distance the writer from a term, not an attributed quotation."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class SentenceScore:
    """A sentence with the classifier's probability that it reads as biased and the terms that pushed it."""

    start: int
    end: int
    bias_probability: float
    top_terms: tuple[tuple[str, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "bias_probability": self.bias_probability,
            "top_terms": [{"term": t, "weight": w} for t, w in self.top_terms],
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything framing found in one text. Build it with :func:`framing.analyze`."""

    id: str
    text: str
    n_words: int
    scores: Mapping[str, float]
    spans: tuple[Span, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    scare_quotes: tuple[ScareQuote, ...] = ()
    frames: Mapping[str, float] = field(default_factory=dict)
    readability: Mapping[str, float] = field(default_factory=dict)
    sentiment: Mapping[str, Any] = field(default_factory=dict)
    sentences: tuple[SentenceScore, ...] = ()
    error: str | None = None
    language: str = "en"  # ISO 639-1 code; not "en": every score is NaN (framing.language)

    def __post_init__(self) -> None:
        for name in ("scores", "meta", "frames", "readability", "sentiment"):
            object.__setattr__(self, name, _frozen_map(getattr(self, name)))

    @property
    def loaded_spans(self) -> tuple[Span, ...]:
        """Spans with weight above 0."""
        return tuple(s for s in self.spans if s.weight > 0)

    @property
    def dominant_frame(self) -> str | None:
        """The policy frame with the highest score (the first in the frames' order on ties); ``None`` when the
        evidence is thin (:func:`framing.scorers.frames.dominant_frame`) or the frame scorer did not run."""
        from framing.scorers.frames import dominant_frame

        return dominant_frame(self.frames, self.scores.get("frame_evidence_count"))

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """Plain JSON-ready data: the output contract documented in the README."""
        d: dict[str, Any] = {"id": self.id}
        if include_text:
            d["text"] = self.text
        d["n_words"] = self.n_words
        d["language"] = self.language
        d["meta"] = dict(self.meta)
        d["scores"] = {k: None if v != v else v for k, v in self.scores.items()}  # NaN (not English) -> null
        d["spans"] = [s.to_dict() for s in self.spans]
        d["actors"] = [a.to_dict() for a in self.actors]
        d["quotes"] = [q.to_dict() for q in self.quotes]
        d["scare_quotes"] = [q.to_dict() for q in self.scare_quotes]
        d["frames"] = dict(self.frames)
        d["dominant_frame"] = self.dominant_frame
        d["readability"] = dict(self.readability)
        d["sentiment"] = dict(self.sentiment)
        d["sentences"] = [s.to_dict() for s in self.sentences]
        if self.error is not None:
            d["error"] = self.error
        return d

    def to_frame(self) -> pd.DataFrame:
        """The spans as a pandas DataFrame, one row per span (with the document id)."""
        import pandas as pd

        cols = ["id", "start", "end", "text", "category", "lexicon", "weight", "alternatives", "in_quote",
                "negated", "term", "probability"]
        rows = [
            {"id": self.id, **s.to_dict(), "alternatives": "|".join(s.alternatives),
             "probability": s.probability}
            for s in self.spans
        ]
        return pd.DataFrame(rows, columns=cols)

    def scores_frame(self) -> pd.DataFrame:
        """One-row DataFrame: id, metadata and the flat scores."""
        import pandas as pd

        return pd.DataFrame([{"id": self.id, "n_words": self.n_words, **dict(self.meta), **dict(self.scores)}])

    def _repr_html_(self) -> str:
        try:  # the report's highlighter: colour-blind-safe palette, legend, tooltips
            from framing.report.render import render_fragment

            return render_fragment(self)
        except ImportError:  # pragma: no cover - Jinja2 missing: a plain fallback
            pass
        parts: list[str] = []
        pos = 0
        for s in sorted(self.spans, key=lambda s: (s.start, -s.end)):
            if s.start < pos:
                continue
            parts.append(html.escape(self.text[pos : s.start]))
            tip = f"{s.category} · weight {s.weight:g} · {s.lexicon}"
            if s.alternatives:
                tip += " · instead: " + ", ".join(s.alternatives)
            colour = "#fdd49e" if s.weight > 0 else "#deebf7"
            parts.append(
                f'<mark style="background:{colour}" title="{html.escape(tip)}">{html.escape(s.text)}</mark>'
            )
            pos = s.end
        parts.append(html.escape(self.text[pos:]))
        body = "".join(parts).replace("\n", "<br>")
        head = html.escape(
            f"{self.id or 'document'} · {self.n_words} words · loaded-language index "
            f"{self.scores.get('loaded_index', 0.0):.2f}"
        )
        return f"<div><p><b>{head}</b></p><div style='line-height:1.6'>{body}</div></div>"
