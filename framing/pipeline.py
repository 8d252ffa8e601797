"""The configurable analysis pipeline: :class:`Analyzer` and the :func:`analyze` shortcut."""

from __future__ import annotations

import importlib
import math
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing.analysis import Analysis
from framing.document import Document
from framing.exceptions import FramingWarning, InputError
from framing.language import ENGLISH, detect_language
from framing.lexicon import Lexicon, resolve_lexicons
from framing.matcher import Matcher
from framing.scorers.base import ResultBuilder, Scorer
from framing.scorers.lexicon import LexiconScorer

__all__ = ["DEFAULT_SCORERS", "SCORERS", "Analyzer", "analyze"]

#: Scorer families by name: ``"module:factory"``; each factory takes the :class:`Analyzer` and returns a list
#: of scorers. Modules are imported only when their family is used, which keeps start-up fast.
SCORERS: dict[str, str] = {
    "lexicon": "framing.pipeline:_lexicon_factory",
    "sentiment": "framing.scorers.sentiment:sentiment_factory",
    "readability": "framing.scorers.readability:readability_factory",
    "devices": "framing.scorers.devices:devices_factory",
    "ml": "framing.ml.scorer:ml_factory",
}

#: What :func:`analyze` runs when ``scorers`` is not given, in this order.
DEFAULT_SCORERS: tuple[str, ...] = ("lexicon", "devices", "ml", "sentiment", "readability")


#: The order families run in: each may read the fields of those before it.
_RUN_ORDER = ("lexicon", "devices", "ml", "sentiment", "readability")


def _lexicon_factory(analyzer: Analyzer) -> list[Scorer]:
    return [LexiconScorer(analyzer.matcher)]


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
        Names of scorer families to run (see :data:`SCORERS`); default :data:`DEFAULT_SCORERS`. The lexicon
        scorer always runs first, since other scorers read its spans.
    lexicons:
        Extra lexicons (objects or paths to ``.tsv`` files or directories with a ``manifest.toml``).
    builtin_lexicons:
        Whether to use the lexicons shipped with framing (default true).
    detect_language:
        Whether to detect each document's language (default true; :func:`framing.language.detect_language`).
        The shipped resources are English: a document in another language gets ``language`` set, every score
        null (NaN) and no evidence, with one :class:`~framing.exceptions.FramingWarning` per language.
    """

    def __init__(
        self,
        *,
        scorers: Sequence[str] | None = None,
        lexicons: Sequence[Lexicon | str | Path] | None = None,
        builtin_lexicons: bool = True,
        detect_language: bool = True,
    ) -> None:
        self.detect_language = detect_language
        self._warned_languages: set[str] = set()
        self._score_keys: tuple[str, ...] | None = None
        names = _check_names(DEFAULT_SCORERS if scorers is None else scorers)
        if "lexicon" not in names:
            names = ("lexicon", *names)
        # later families read what earlier ones wrote (actors before their sentiment), whatever order was given
        names = tuple(sorted(names, key=lambda n: _RUN_ORDER.index(n) if n in _RUN_ORDER else len(_RUN_ORDER)))
        self.scorer_names = names
        self.lexicons = resolve_lexicons(lexicons, builtin=builtin_lexicons)
        self.matcher = Matcher(self.lexicons)
        self.scorers: list[Scorer] = []
        for name in names:
            module, _, factory = SCORERS[name].partition(":")
            self.scorers.extend(getattr(importlib.import_module(module), factory)(self))

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its configuration in worker processes: lexicons travel, compiled state does not
        return (_rebuild, (self.scorer_names, self.lexicons, self.detect_language))

    def __repr__(self) -> str:
        return f"Analyzer(scorers={list(self.scorer_names)!r}, lexicons={[lx.name for lx in self.lexicons]!r})"

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
        return Analysis(
            id=doc.id,
            text=doc.text,
            n_words=doc.n_words,
            scores=result.scores,
            spans=spans,
            meta=doc.meta,
            **result.fields,
        )

    def _unsupported(self, doc: Document, language: str) -> Analysis:
        """A document in a language the shipped resources do not cover: the same score keys, all NaN."""
        if language not in self._warned_languages:
            self._warned_languages.add(language)
            warnings.warn(f"framing's lexicons, sentiment, readability and model are English: documents detected "
                          f"as language '{language}' (first: id '{doc.id}') get null scores and no evidence "
                          f"(Analysis.language == '{language}'); warned once per language.",
                          FramingWarning, stacklevel=_outside_framing())
        if self._score_keys is None:
            self._score_keys = tuple(self.analyze_document(Document("", id=doc.id)).scores)
        return Analysis(id=doc.id, text=doc.text, n_words=doc.n_words, scores=dict.fromkeys(self._score_keys, math.nan),
                        meta=doc.meta, language=language)

    def analyze_many(self, records: Iterable[str | Mapping[str, Any]], *, text_key: str = "text",
                     id_key: str = "id") -> Iterator[Analysis]:
        """Analyse texts or ``{text_key: ..., id_key: ..., **meta}`` records lazily, in order."""
        for i, rec in enumerate(records):
            if isinstance(rec, str):
                yield self.analyze(rec, id=str(i))
            else:
                meta = {k: v for k, v in rec.items() if k not in (text_key, id_key)}
                yield self.analyze(rec[text_key], id=str(rec.get(id_key, i)), meta=meta)


def _outside_framing() -> int:
    """The ``stacklevel`` that points a warning issued by the caller at the first frame outside framing."""
    package = str(Path(__file__).resolve().parent)
    level = 1
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(package):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def _rebuild(names: tuple[str, ...], lexicons: tuple[Lexicon, ...], detect_language: bool = True) -> Analyzer:
    return Analyzer(scorers=names, lexicons=list(lexicons), builtin_lexicons=False, detect_language=detect_language)


@lru_cache(maxsize=8)
def _cached_analyzer(scorers: tuple[str, ...] | None, lexicons: tuple[str, ...]) -> Analyzer:
    return Analyzer(scorers=scorers, lexicons=list(lexicons))


def analyze(
    text: str,
    *,
    id: str | None = None,
    scorers: Sequence[str] | None = None,
    lexicons: Sequence[str | Path] | None = None,
    meta: Mapping[str, Any] | None = None,
) -> Analysis:
    """Analyse one text with the default (or named) scorers and the shipped lexicons.

    The configured :class:`Analyzer` is built once per distinct ``scorers``/``lexicons`` and reused.

    >>> a = analyze("The regime slammed the so-called reforms.")
    >>> [s.text for s in a.spans if s.weight > 0]
    ['regime', 'slammed', 'so-called']
    """
    if isinstance(text, (list, tuple)):
        raise InputError("analyze() takes one text; use Analyzer.analyze_many() or analyze_corpus() for many.")
    key_s = None if scorers is None else tuple(_check_names(scorers))
    key_l = tuple(str(p) for p in lexicons or ())
    return _cached_analyzer(key_s, key_l).analyze(text, id=id, meta=meta)
