"""The configurable analysis pipeline: :class:`Analyzer` and the :func:`analyze` shortcut."""

from __future__ import annotations

import importlib
import math
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.analysis import Analysis
from framing.document import Document
from framing.exceptions import FramingWarning, InputError
from framing.language import ENGLISH, detect_language
from framing.lexicon import Lexicon, lexicon_list, resolve_lexicons
from framing.matcher import Matcher
from framing.policy_frames import FRAMES
from framing.scorers.base import ResultBuilder, Scorer
from framing.scorers.lexicon import LexiconScorer

if TYPE_CHECKING:
    from framing.ml.persist import BiasModel

__all__ = ["DEFAULT_SCORERS", "SCORERS", "Analyzer", "analyze"]

#: The scorer families by name, in the order they run (each may read what the families before it wrote):
#: ``"module:factory"``; each factory takes the :class:`Analyzer` and returns a list of scorers. Modules are
#: imported only when their family is used, which keeps start-up fast.
SCORERS: dict[str, str] = {
    "lexicon": "framing.pipeline:_lexicon_factory",
    "devices": "framing.scorers.devices:devices_factory",
    "ml": "framing.ml.scorer:ml_factory",
    "sentiment": "framing.scorers.sentiment:sentiment_factory",
    "readability": "framing.scorers.readability:readability_factory",
}

#: What :func:`analyze` runs when ``scorers`` is not given: every family, in :data:`SCORERS` order.
DEFAULT_SCORERS: tuple[str, ...] = tuple(SCORERS)

#: The :class:`~framing.analysis.Analysis` fields that scorers fill through ``result.fields``; any other key
#: a scorer writes there goes to ``Analysis.extensions``.
_RESULT_FIELDS = frozenset({"actors", "quotes", "scare_quotes", "frames", "readability", "sentiment", "sentences"})


def _lexicon_factory(analyzer: Analyzer) -> list[Scorer]:
    return [LexiconScorer(analyzer.matcher)]


def _split_scorers(scorers: Sequence[str | Scorer]) -> tuple[tuple[str, ...], tuple[Scorer, ...]]:
    """Family names (checked, in run order) and scorer objects (in the order given)."""
    if isinstance(scorers, str):
        scorers = [s.strip() for s in scorers.split(",") if s.strip()]
    objects = tuple(s for s in scorers if not isinstance(s, str))
    for obj in objects:
        if not isinstance(obj, Scorer):
            raise InputError("The 'scorers' parameter takes scorer names or objects with a 'name', 'score_names' "
                             f"and a score(doc, result) method; got {type(obj).__name__} instead.")
    names = _check_names([s for s in scorers if isinstance(s, str)])
    return names, objects


def _check_names(scorers: Sequence[str]) -> tuple[str, ...]:
    if isinstance(scorers, str):
        scorers = [s.strip() for s in scorers.split(",") if s.strip()]
    names = tuple(dict.fromkeys(scorers))
    unknown = [s for s in names if s not in SCORERS]
    if unknown:
        raise InputError(
            f"The 'scorers' parameter must name scorers among {', '.join(SCORERS)}; got {', '.join(unknown)}."
        )
    return names


class Analyzer:
    """A configured pipeline: lexicons compiled once, scorers built once, documents analysed many times.

    Parameters
    ----------
    scorers:
        Scorer family names (see :data:`SCORERS`; default :data:`DEFAULT_SCORERS`) and/or scorer objects
        (anything with ``name``, ``score_names`` and ``score(doc, result)``, see :class:`~framing.scorers.Scorer`).
        The families run in :data:`SCORERS` order whatever order they are given in (the lexicon family always,
        first, since the others read its spans); scorer objects run after them, in the order given.
    lexicons:
        Extra lexicons (objects or paths to ``.tsv`` files or directories with a ``manifest.toml``); one path or
        object alone is one lexicon (``lexicons="my.tsv"``).
    builtin_lexicons:
        Whether to use the lexicons shipped with framing (default true).
    model:
        The model of the ``ml`` family: a folder written by ``framing train`` (or
        :func:`framing.ml.persist.save_model`), or a loaded :class:`~framing.ml.persist.BiasModel`; default the
        shipped model.
    candidates:
        Whether the ``ml`` scorer also returns the tagger's weight-0 candidate spans (category
        ``loaded_model_candidate``: below the calibrated threshold, never loaded evidence); default false.
    detect_language:
        Whether to detect each document's language (default true; :func:`framing.language.detect_language`).
        The shipped resources are English: a document in another language gets ``language`` set, every score
        null (NaN) and no evidence, with one :class:`~framing.exceptions.FramingWarning` per language.
    """

    def __init__(
        self,
        *,
        scorers: Sequence[str | Scorer] | None = None,
        lexicons: Sequence[Lexicon | str | Path] | None = None,
        builtin_lexicons: bool = True,
        model: str | Path | BiasModel | None = None,
        candidates: bool = False,
        detect_language: bool = True,
    ) -> None:
        self.detect_language = detect_language
        self._warned_languages: set[str] = set()
        names, objects = _split_scorers(DEFAULT_SCORERS if scorers is None else scorers)
        if "lexicon" not in names:
            names = ("lexicon", *names)
        order = list(SCORERS)
        self.scorer_names = tuple(sorted(names, key=order.index))
        self.extra_scorers = objects
        self.candidates = bool(candidates)
        self.model_path = None if model is None or not isinstance(model, (str, Path)) else str(model)
        self.model = _load_model(model)
        self.lexicons = resolve_lexicons(lexicons, builtin=builtin_lexicons)
        self.matcher = Matcher(self.lexicons)
        self.scorers: list[Scorer] = []
        for name in self.scorer_names:
            module, _, factory = SCORERS[name].partition(":")
            self.scorers.extend(getattr(importlib.import_module(module), factory)(self))
        self.scorers.extend(objects)

    @property
    def frame_names(self) -> tuple[str, ...]:
        """The keys of ``Analysis.frames`` this pipeline writes: the policy frames when the frame scorer (the
        ``devices`` family) runs, else none."""
        return FRAMES if any(getattr(s, "name", None) == "frames" for s in self.scorers) else ()

    def unanalysed(self, id: str, *, meta: Mapping[str, Any] | None = None, error: str | None = None,
                   language: str = ENGLISH, text: str = "", n_words: int = 0,
                   sentence_offsets: tuple[tuple[int, int], ...] = ()) -> Analysis:
        """The Analysis of a document that was not analysed (skipped, failed, or not in English): the same score
        and frame keys as an analysed document of this pipeline (:attr:`score_names`, :attr:`frame_names`), every
        value NaN (null in ``to_dict()``), no evidence."""
        nan = math.nan
        return Analysis(id=id, text=text, n_words=n_words, scores=dict.fromkeys(self.score_names, nan),
                        meta=meta or {}, frames=dict.fromkeys(self.frame_names, nan), error=error, language=language,
                        sentence_offsets=sentence_offsets)

    @property
    def score_names(self) -> tuple[str, ...]:
        """Every flat score this pipeline writes, in the order an analysis holds them (each scorer declares
        its ``score_names``)."""
        names: dict[str, None] = {}
        for scorer in self.scorers:
            names.update(dict.fromkeys(getattr(scorer, "score_names", ())))
        return tuple(names)

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its configuration in worker processes: lexicons travel, compiled state does not
        m = self.model  # its meta is a read-only proxy, which does not pickle: the model travels as its parts
        model = None if m is None else (m.name, m.classifier, m.tagger, dict(m.meta))
        return (_rebuild, (self.scorer_names, self.lexicons, model, self.model_path, self.extra_scorers,
                           self.detect_language, self.candidates))

    def __repr__(self) -> str:
        scorers = [*self.scorer_names, *(getattr(s, "name", type(s).__name__) for s in self.extra_scorers)]
        model = "" if self.model_path is None else f", model={self.model_path!r}"
        return f"Analyzer(scorers={scorers!r}, lexicons={[lx.name for lx in self.lexicons]!r}{model})"

    def analyze(self, text: str, *, id: str | None = None, meta: Mapping[str, Any] | None = None) -> Analysis:
        """Analyse one text."""
        if not isinstance(text, str):
            raise InputError(f"analyze() expects the text as str, got {type(text).__name__} instead.")
        doc = Document(text, id="" if id is None else str(id), meta=meta)
        return self.analyze_document(doc)

    def analyze_document(self, doc: Document) -> Analysis:
        language = detect_language(doc.text) if self.detect_language else ENGLISH
        if language != ENGLISH:
            return self._unsupported(doc, language)
        result = ResultBuilder(doc)
        for scorer in self.scorers:
            scorer.score(doc, result)
        spans = tuple(sorted(result.spans, key=lambda s: (s.start, s.end, s.category, s.lexicon)))
        fields = {k: v for k, v in result.fields.items() if k in _RESULT_FIELDS}
        extensions = {k: v for k, v in result.fields.items() if k not in _RESULT_FIELDS}
        return Analysis(
            id=doc.id,
            text=doc.text,
            n_words=doc.n_words,
            scores=result.scores,
            spans=spans,
            meta=doc.meta,
            sentence_offsets=doc.sentences,
            extensions=extensions,
            **fields,
        )

    def _unsupported(self, doc: Document, language: str) -> Analysis:
        """A document in a language the shipped resources do not cover: the same score and frame keys, all NaN."""
        if language not in self._warned_languages:
            self._warned_languages.add(language)
            warnings.warn(f"framing's lexicons, sentiment, readability and model are English: documents detected "
                          f"as language '{language}' (first: id '{doc.id}') get null scores and no evidence "
                          f"(Analysis.language == '{language}'); warned once per language.",
                          FramingWarning, stacklevel=_outside_framing())
        return self.unanalysed(doc.id, meta=doc.meta, language=language, text=doc.text, n_words=doc.n_words,
                               sentence_offsets=doc.sentences)

    def analyze_many(self, records: Iterable[str | Mapping[str, Any]], *, text_key: str = "text",
                     id_key: str = "id") -> Iterator[Analysis]:
        """Analyse texts or ``{text_key: ..., id_key: ..., **meta}`` records lazily, in order."""
        for i, rec in enumerate(records):
            if isinstance(rec, str):
                yield self.analyze(rec, id=str(i))
            else:
                meta = {k: v for k, v in rec.items() if k not in (text_key, id_key)}
                yield self.analyze(rec[text_key], id=str(rec.get(id_key, i)), meta=meta)


def _load_model(model: str | Path | BiasModel | None) -> BiasModel | None:
    if model is None or not isinstance(model, (str, Path)):
        return model
    from framing.ml.persist import load_model

    return load_model(model)


def _outside_framing() -> int:
    """The ``stacklevel`` that points a warning issued by the caller at the first frame outside framing."""
    package = str(Path(__file__).resolve().parent)
    level = 1
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(package):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def _rebuild(names: tuple[str, ...], lexicons: tuple[Lexicon, ...], model: tuple[Any, ...] | None,
             model_path: str | None, objects: tuple[Scorer, ...], detect_language: bool = True,
             candidates: bool = False) -> Analyzer:
    bias_model = None
    if model is not None:
        from framing.ml.persist import BiasModel

        name, classifier, tagger, meta = model
        bias_model = BiasModel(name=name, classifier=classifier, tagger=tagger, meta=meta)
    an = Analyzer(scorers=[*names, *objects], lexicons=list(lexicons), builtin_lexicons=False, model=bias_model,
                  detect_language=detect_language, candidates=candidates)
    an.model_path = model_path
    return an


@lru_cache(maxsize=8)
def _cached_analyzer(scorers: tuple[str | Scorer, ...] | None, lexicons: tuple[Lexicon | str, ...],
                     model: str | None) -> Analyzer:
    return Analyzer(scorers=scorers, lexicons=list(lexicons), model=model)


def analyze(
    text: str,
    *,
    id: str | None = None,
    scorers: Sequence[str | Scorer] | None = None,
    lexicons: Sequence[Lexicon | str | Path] | None = None,
    meta: Mapping[str, Any] | None = None,
    model: str | Path | None = None,
) -> Analysis:
    """Analyse one text with the default (or named) scorers and the shipped lexicons.

    The configured :class:`Analyzer` is built once per distinct ``scorers``/``lexicons``/``model`` and reused.
    ``model`` is a model folder written by ``framing train`` (default: the shipped model).

    >>> a = analyze("The regime slammed the so-called reforms.")
    >>> [s.text for s in a.spans if s.weight > 0]
    ['regime', 'slammed', 'so-called']
    """
    if isinstance(text, (list, tuple)):
        raise InputError("analyze() takes one text; use Analyzer.analyze_many() or analyze_corpus() for many.")
    key_s: tuple[str | Scorer, ...] | None = None
    if scorers is not None:
        names, objects = _split_scorers(scorers)
        key_s = (*names, *objects)
    # Lexicon objects are keys themselves (their str() is their whole content, far too long for a path)
    key_l = tuple(lx if isinstance(lx, Lexicon) else str(lx) for lx in lexicon_list(lexicons))
    key_m = None if model is None else str(model)
    try:
        hash((key_s, key_l))
    except TypeError:  # an unhashable lexicon or scorer object: build the Analyzer for this call only
        return Analyzer(scorers=key_s, lexicons=list(key_l), model=key_m).analyze(text, id=id, meta=meta)
    return _cached_analyzer(key_s, key_l, key_m).analyze(text, id=id, meta=meta)
