"""The result objects: immutable, slotted dataclasses with plain-data exports.

Every piece of evidence carries half-open character offsets into the analysed text, and
``analysis.text[span.start:span.end] == span.text`` holds for every span, label, quote and sentence.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar

from framing.policy_frames import dominant_frame
from framing.schema import SPAN_FIELDS, meta_column, pandas_dtype

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

    #: The flat fields of :meth:`to_row`, in order (:data:`framing.schema.SPAN_FIELDS`).
    COLUMNS: ClassVar[tuple[str, ...]] = SPAN_FIELDS

    @property
    def loaded(self) -> bool:
        return self.weight > 0

    def to_row(self) -> dict[str, Any]:
        """The span as one flat table row (columns :attr:`COLUMNS`): alternatives joined with ``|``,
        ``probability`` always present (``None`` for lexicon spans)."""
        return {"start": self.start, "end": self.end, "text": self.text, "category": self.category,
                "lexicon": self.lexicon, "weight": self.weight, "alternatives": "|".join(self.alternatives),
                "in_quote": self.in_quote, "negated": self.negated, "term": self.term,
                "probability": self.probability}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Span:
        """The inverse of :meth:`to_dict`."""
        p = d.get("probability")
        return cls(int(d["start"]), int(d["end"]), d["text"], d["category"], d["lexicon"], float(d["weight"]),
                   tuple(d.get("alternatives") or ()), bool(d.get("in_quote", False)),
                   bool(d.get("negated", False)), d.get("term", ""), None if p is None else float(p))

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

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Label:
        return cls(d["text"], d["kind"], int(d["start"]), int(d["end"]))


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

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Actor:
        return cls(d["name"], d["type"], tuple((int(s), int(e)) for s, e in d.get("mentions", ())),
                   tuple(Label.from_dict(lab) for lab in d.get("labels", ())), d.get("sentiment"))


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

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        return cls(int(d["start"]), int(d["end"]), d["text"], d.get("speaker"), d.get("verb"), d.get("verb_kind"))


@dataclass(frozen=True, slots=True)
class ScareQuote:
    """A short quoted phrase used to distance the writer from a term, not an attributed quotation."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ScareQuote:
        return cls(int(d["start"]), int(d["end"]), d["text"])


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

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> SentenceScore:
        return cls(int(d["start"]), int(d["end"]), float(d["bias_probability"]),
                   tuple((t["term"], float(t["weight"])) for t in d.get("top_terms", ())))


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything framing found in one text. Build it with :func:`framing.analyze`.

    ``sentence_offsets`` are the sentences of the text as ``(start, end)``; ``extensions`` holds the fields
    that scorers outside framing write (``result.fields[name]`` with a name that is not an Analysis field):
    plain JSON-ready data, exported under ``"extensions"``.
    """

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
    sentence_offsets: tuple[tuple[int, int], ...] = ()
    extensions: Mapping[str, Any] = field(default_factory=dict)

    #: The fields that hold mappings (frozen as read-only proxies).
    MAPPING_FIELDS: ClassVar[tuple[str, ...]] = ("scores", "meta", "frames", "readability", "sentiment",
                                                 "extensions")

    def __post_init__(self) -> None:
        for name in self.MAPPING_FIELDS:
            object.__setattr__(self, name, _frozen_map(getattr(self, name)))

    def __reduce__(self) -> tuple[Any, ...]:
        # the mappings are read-only proxies, which pickle cannot copy: an Analysis travels as its fields, the
        # mappings as dicts, and the constructor freezes them again (pickle, copy.deepcopy, worker processes)
        mappings = self.MAPPING_FIELDS
        return (type(self), tuple(dict(v) if f.name in mappings else v
                                  for f in fields(self) for v in (getattr(self, f.name),)))

    @property
    def loaded_spans(self) -> tuple[Span, ...]:
        """Spans with weight above 0."""
        return tuple(s for s in self.spans if s.weight > 0)

    @property
    def dominant_frame(self) -> str | None:
        """The policy frame with the highest score (the first in the frames' order on ties); ``None`` when the
        evidence is thin (:func:`framing.policy_frames.dominant_frame`) or the frame scorer did not run."""
        return dominant_frame(self.frames, self.scores.get("frame_evidence_count"))

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """Plain JSON-ready data: the output contract documented in the README (:meth:`from_dict` reads it)."""
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
        d["sentence_offsets"] = [[s, e] for s, e in self.sentence_offsets]
        if self.extensions:
            d["extensions"] = dict(self.extensions)
        if self.error is not None:
            d["error"] = self.error
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Analysis:
        """An Analysis from :meth:`to_dict` data (a line of ``framing analyze`` JSONL output):
        ``Analysis.from_dict(a.to_dict()).to_dict() == a.to_dict()``. Without ``"text"`` the text is empty;
        ``dominant_frame`` is recomputed from ``frames``."""
        return cls(
            id=str(d["id"]),
            text=d.get("text") or "",
            n_words=int(d["n_words"]),
            scores={k: math.nan if v is None else v for k, v in (d.get("scores") or {}).items()},
            spans=tuple(Span.from_dict(s) for s in d.get("spans") or ()),
            meta=dict(d.get("meta") or {}),
            actors=tuple(Actor.from_dict(a) for a in d.get("actors") or ()),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes") or ()),
            scare_quotes=tuple(ScareQuote.from_dict(q) for q in d.get("scare_quotes") or ()),
            frames=dict(d.get("frames") or {}),
            readability=dict(d.get("readability") or {}),
            sentiment=dict(d.get("sentiment") or {}),
            sentences=tuple(SentenceScore.from_dict(s) for s in d.get("sentences") or ()),
            error=d.get("error"),
            language=d.get("language", "en"),
            sentence_offsets=tuple((int(s), int(e)) for s, e in d.get("sentence_offsets") or ()),
            extensions=dict(d.get("extensions") or {}),
        )

    def to_row(self) -> dict[str, Any]:
        """The document as one flat table row: ``id``, ``n_words``, the metadata (a key that clashes with a
        reserved column or a score is renamed ``meta_<key>``), ``error``, then the scores. Values are as they
        are (writers turn non-scalar metadata into JSON text)."""
        row: dict[str, Any] = {"id": self.id, "n_words": self.n_words}
        scores = self.scores
        for k, v in self.meta.items():
            row[meta_column(k, scores)] = v
        row["error"] = self.error
        row.update(scores)
        return row

    def to_frame(self) -> pd.DataFrame:
        """The spans as a pandas DataFrame, one row per span (with the document id); the same columns and
        dtypes whether or not there are spans."""
        import pandas as pd

        cols = ("id", *Span.COLUMNS)
        rows = [s.to_row() for s in self.spans]
        data = {c: pd.Series([self.id] * len(rows) if c == "id" else [r[c] for r in rows], dtype=pandas_dtype(c))
                for c in cols}
        return pd.DataFrame(data, columns=list(cols))

    def scores_frame(self) -> pd.DataFrame:
        """One-row DataFrame: id, metadata and the flat scores."""
        import pandas as pd

        return pd.DataFrame([{"id": self.id, "n_words": self.n_words, **dict(self.meta), **dict(self.scores)}])

    def _repr_html_(self) -> str:
        # the report's highlighter (colour-blind-safe palette, legend, tooltips); Jinja2 is a run-time dependency
        from framing.reporting.render import render_fragment

        return render_fragment(self)

