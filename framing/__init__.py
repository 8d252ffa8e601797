"""framing: measure loaded language and framing in news text, with evidence spans.

>>> import framing
>>> a = framing.analyze("The regime slammed the so-called reforms.")
>>> a.scores["loaded_index"] > 0
True
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version
from typing import TYPE_CHECKING

from framing.analysis import Actor, Analysis, Label, Quote, ScareQuote, SentenceScore, Span
from framing.document import Document
from framing.exceptions import FramingError, FramingWarning, InputError, LexiconError, ModelError, ReportError
from framing.io import Record, read_sample
from framing.lexicon import Lexicon, LexiconEntry, builtin_lexicons, load_lexicon, load_lexicons
from framing.pipeline import Analyzer, analyze

if TYPE_CHECKING:  # the lazy exports below, with their real types for type checkers
    from typing import Any

    from framing.corpus import analyze_corpus
    from framing.reporting import report
    from framing.transformers import LexiconTransformer

try:
    __version__ = _version("framing")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Actor",
    "Analysis",
    "Analyzer",
    "Document",
    "FramingError",
    "FramingWarning",
    "InputError",
    "Label",
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "LexiconTransformer",
    "ModelError",
    "Quote",
    "Record",
    "ReportError",
    "ScareQuote",
    "SentenceScore",
    "Span",
    "__version__",
    "analyze",
    "analyze_corpus",
    "builtin_lexicons",
    "load_lexicon",
    "load_lexicons",
    "read_sample",
    "report",
]

# Names whose modules import heavy libraries (scikit-learn, pandas, matplotlib) load on first use.
_LAZY = {
    "analyze_corpus": "framing.corpus",
    "LexiconTransformer": "framing.transformers",
    "report": "framing.reporting",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # resolved once
        return value
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
