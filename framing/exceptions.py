"""The exceptions framing raises.

Every error framing raises on purpose is a :class:`FramingError`, so one ``except`` clause catches them all::

    FramingError
    ├── InputError      bad input: unreadable file, invalid encoding, missing column, wrong argument type
    ├── LexiconError    a malformed lexicon file or manifest (carries ``path`` and ``line``)
    ├── ModelError      a model file that is missing, malformed or tampered with
    └── ReportError     a report that cannot be rendered or written
"""

from __future__ import annotations

__all__ = ["FramingError", "FramingWarning", "InputError", "LexiconError", "ModelError", "ReportError"]


class FramingError(Exception):
    """Base class of every error framing raises on purpose."""


class InputError(FramingError, ValueError):
    """The input cannot be analysed as given (what was expected, what was received, where)."""


class LexiconError(FramingError, ValueError):
    """A lexicon file or manifest is malformed; ``path`` and ``line`` say where."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}: " if path is not None and line is not None else (f"{path}: " if path else "")
        super().__init__(f"{where}{message}")


class ModelError(FramingError, ValueError):
    """A model file is missing, malformed or has been tampered with."""


class ReportError(FramingError):
    """A report cannot be rendered or written."""


class FramingWarning(UserWarning):
    """Something was skipped or replaced but the run went on (a binary file in a folder, a broken line)."""
