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

from framing.exceptions import InputError
from framing.policy_frames import dominant_frame
from framing.schema import SPAN_FIELDS, meta_column, pandas_dtype

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Actor", "Analysis", "Label", "Quote", "ScareQuote", "SentenceScore", "Span"]


def _frozen_map(m: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(m or {}))


def reduce_frozen(obj: Any) -> tuple[Any, ...]:
    """``__reduce__`` of a dataclass that freezes its mappings into read-only proxies, which pickle cannot copy: the
    instance travels as its fields, the proxies as dicts, and the constructor freezes them again (pickle,
    copy.deepcopy, worker processes)."""
    return (type(obj), tuple(dict(v) if isinstance(v, MappingProxyType) else v
                             for v in (getattr(obj, f.name) for f in fields(obj))))


# --- reading to_dict() data back -----------------------------------------------------------------------------

_REQUIRED: Any = object()


class _FieldError(Exception):
    """A value of to_dict() data that is missing or of the wrong type; the message names its field path."""


def _received(v: Any) -> str:
    shown = repr(v)
    if len(shown) > 60:
        shown = shown[:59] + "…"
    return f"{shown} ({type(v).__name__})"


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_integer(v: Any) -> bool:
    return (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())


class _Fields:
    """Typed reads of one object of :meth:`Analysis.to_dict` data; a missing or ill-typed value raises a
    :class:`_FieldError` that says what was expected, what was received and where (``spans[0].start``)."""

    __slots__ = ("d", "path")

    def __init__(self, d: Any, path: str) -> None:
        if not isinstance(d, Mapping):
            if not path:
                raise _FieldError(f"expected an object (a dict of to_dict() data), got {_received(d)}")
            raise _FieldError(f"field {path}: expected an object, got {_received(d)}")
        self.d = d
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, what: str, default: Any) -> Any:
        if key in self.d:
            return self.d[key]
        if default is _REQUIRED:
            raise _FieldError(f"field {self.at(key)}: expected {what}, got nothing (the key is missing)")
        return default

    def bad(self, key: str, what: str, v: Any) -> _FieldError:
        return _FieldError(f"field {self.at(key)}: expected {what}, got {_received(v)}")

    def integer(self, key: str, default: Any = _REQUIRED) -> int:
        v = self._get(key, "an integer", default)
        if not _is_integer(v):
            raise self.bad(key, "an integer", v)
        return int(v)

    def real(self, key: str, default: Any = _REQUIRED) -> float:
        v = self._get(key, "a number", default)
        if not _is_number(v):
            raise self.bad(key, "a number", v)
        return float(v)

    def optional_real(self, key: str) -> float | None:
        v = self.d.get(key)
        return None if v is None else self.real(key)

    def string(self, key: str, default: Any = _REQUIRED) -> str:
        v = self._get(key, "a string", default)
        if not isinstance(v, str):
            raise self.bad(key, "a string", v)
        return v

    def optional_string(self, key: str) -> str | None:
        v = self.d.get(key)
        if v is not None and not isinstance(v, str):
            raise self.bad(key, "a string or null", v)
        return v

    def optional_number(self, key: str) -> Any:
        v = self.d.get(key)
        if v is not None and not _is_number(v):
            raise self.bad(key, "a number or null", v)
        return v

    def flag(self, key: str) -> bool:
        v = self.d.get(key, False)
        if v is None:
            return False
        if not isinstance(v, (bool, int)) or v not in (0, 1):
            raise self.bad(key, "true or false", v)
        return bool(v)

    def items(self, key: str) -> list[tuple[Any, str]]:
        """The items of a list (missing or null: none), each with its path."""
        v = self.d.get(key)
        if v is None:
            return []
        if not isinstance(v, (list, tuple)):
            raise self.bad(key, "a list", v)
        where = self.at(key)
        return [(x, f"{where}[{i}]") for i, x in enumerate(v)]

    def objects(self, key: str) -> list[_Fields]:
        return [_Fields(x, where) for x, where in self.items(key)]

    def strings(self, key: str) -> tuple[str, ...]:
        out = []
        for x, where in self.items(key):
            if not isinstance(x, str):
                raise _FieldError(f"field {where}: expected a string, got {_received(x)}")
            out.append(x)
        return tuple(out)

    def pairs(self, key: str) -> tuple[tuple[int, int], ...]:
        """``[[start, end], ...]`` as a tuple of int pairs."""
        out = []
        for x, where in self.items(key):
            if not (isinstance(x, (list, tuple)) and len(x) == 2 and all(map(_is_integer, x))):
                raise _FieldError(f"field {where}: expected a pair of integers [start, end], got {_received(x)}")
            out.append((int(x[0]), int(x[1])))
        return tuple(out)

    def mapping(self, key: str) -> dict[str, Any]:
        """An object (missing or null: empty) as a dict."""
        v = self.d.get(key)
        if v is None:
            return {}
        if not isinstance(v, Mapping):
            raise self.bad(key, "an object", v)
        return dict(v)

    def numbers(self, key: str, *, null: Any = None) -> dict[str, Any]:
        """An object of numbers (or null, read as ``null``), as a dict."""
        m = self.mapping(key)
        where = self.at(key)
        for k, v in m.items():
            if v is None:
                m[k] = null
            elif not _is_number(v):
                raise _FieldError(f"field {where}.{k}: expected a number or null, got {_received(v)}")
        return m


def _read(reader: Any, d: Any, source: str) -> Any:
    try:
        return reader(_Fields(d, ""))
    except _FieldError as exc:
        raise InputError(f"{source}: {exc}") from None


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
        """The inverse of :meth:`to_dict`; data that does not fit raises :class:`~framing.exceptions.InputError`."""
        return _read(cls._read, d, "Span.from_dict()")  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, f: _Fields) -> Span:
        return cls(f.integer("start"), f.integer("end"), f.string("text"), f.string("category"), f.string("lexicon"),
                   f.real("weight"), f.strings("alternatives"), f.flag("in_quote"), f.flag("negated"),
                   f.string("term", ""), f.optional_real("probability"))

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
        return _read(cls._read, d, "Label.from_dict()")  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, f: _Fields) -> Label:
        return cls(f.string("text"), f.string("kind"), f.integer("start"), f.integer("end"))


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
        return _read(cls._read, d, "Actor.from_dict()")  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, f: _Fields) -> Actor:
        return cls(f.string("name"), f.string("type"), f.pairs("mentions"),
                   tuple(Label._read(lab) for lab in f.objects("labels")), f.optional_number("sentiment"))


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
        return _read(cls._read, d, "Quote.from_dict()")  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, f: _Fields) -> Quote:
        return cls(f.integer("start"), f.integer("end"), f.string("text"), f.optional_string("speaker"),
                   f.optional_string("verb"), f.optional_string("verb_kind"))


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
        return _read(cls._read, d, "ScareQuote.from_dict()")  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, f: _Fields) -> ScareQuote:
        return cls(f.integer("start"), f.integer("end"), f.string("text"))


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
        return _read(cls._read, d, "SentenceScore.from_dict()")  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, f: _Fields) -> SentenceScore:
        return cls(f.integer("start"), f.integer("end"), f.real("bias_probability"),
                   tuple((t.string("term"), t.real("weight")) for t in f.objects("top_terms")))


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
        return reduce_frozen(self)

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
        d["frames"] = {k: None if v != v else v for k, v in self.frames.items()}  # NaN (not analysed) -> null
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
    def from_dict(cls, d: Mapping[str, Any], *, source: str | None = None) -> Analysis:
        """An Analysis from :meth:`to_dict` data (a line of ``framing analyze`` JSONL output):
        ``Analysis.from_dict(a.to_dict()).to_dict() == a.to_dict()``. Without ``"text"`` the text is empty;
        ``dominant_frame`` is recomputed from ``frames``.

        ``id`` and ``n_words`` are required, the other keys optional. Data that does not fit (not an object, a
        key missing, a value of the wrong type) raises :class:`~framing.exceptions.InputError` saying what was
        expected, what was received and where: the field path (``spans[0].start``), after ``source`` (say,
        ``"file.jsonl:3"``) when given.
        """
        return _read(cls._read, d, source or "Analysis.from_dict()")  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, f: _Fields) -> Analysis:
        rid = f._get("id", "a string", _REQUIRED)
        if not isinstance(rid, (str, int)) or isinstance(rid, bool):
            raise f.bad("id", "a string", rid)
        text = f.optional_string("text")
        return cls(
            id=str(rid),
            text=text or "",
            n_words=f.integer("n_words"),
            scores=f.numbers("scores", null=math.nan),
            spans=tuple(Span._read(s) for s in f.objects("spans")),
            meta=f.mapping("meta"),
            actors=tuple(Actor._read(a) for a in f.objects("actors")),
            quotes=tuple(Quote._read(q) for q in f.objects("quotes")),
            scare_quotes=tuple(ScareQuote._read(q) for q in f.objects("scare_quotes")),
            frames=f.numbers("frames", null=math.nan),
            readability=f.mapping("readability"),
            sentiment=f.mapping("sentiment"),
            sentences=tuple(SentenceScore._read(s) for s in f.objects("sentences")),
            error=f.optional_string("error"),
            language=f.string("language", "en"),
            sentence_offsets=f.pairs("sentence_offsets"),
            extensions=f.mapping("extensions"),
        )

    def to_row(self) -> dict[str, Any]:
        """The document as one flat table row: ``id``, ``n_words``, ``language``, the metadata (a key that
        clashes with a reserved column or a score is renamed ``meta_<key>``), ``error``, then the scores. Values
        are as they are (writers turn non-scalar metadata into JSON text)."""
        row: dict[str, Any] = {"id": self.id, "n_words": self.n_words, "language": self.language}
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

