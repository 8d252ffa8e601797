"""Scorers: one module per family. Each adds spans, scores and fields to a :class:`ResultBuilder`."""

from framing.scorers.base import ResultBuilder, Scorer

__all__ = ["ResultBuilder", "Scorer"]
