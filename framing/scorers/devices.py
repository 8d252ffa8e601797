"""The framing-device scorers as one family: actors and labels, quotes and scare quotes, hedges, frames.

Registered in :data:`framing.pipeline.SCORERS` as ``"devices"``. The actor scorer runs before the quote scorer,
which resolves speakers to actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.scorers.actors import ActorScorer
from framing.scorers.base import Scorer
from framing.scorers.frames import FrameScorer
from framing.scorers.hedges import HedgeScorer
from framing.scorers.quotes import QuoteScorer

if TYPE_CHECKING:
    from framing.pipeline import Analyzer

__all__ = ["devices_factory"]


def devices_factory(analyzer: Analyzer) -> list[Scorer]:
    """The device scorers, in the order they must run."""
    return [ActorScorer(), QuoteScorer(), HedgeScorer(), FrameScorer()]
