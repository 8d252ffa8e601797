"""The policy frames of the Policy Frames Codebook (Boydstun et al. 2014): names, display labels and the
dominant-frame rule. Definitions only: scoring is in :mod:`framing.scorers.frames`, and the result objects
(:mod:`framing.analysis`) read :func:`dominant_frame` from here without importing any scorer.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["FRAMES", "FRAME_LABELS", "dominant_frame"]

#: Frame names in codebook order (``other`` last); the lexicon category is ``frame_<name>``.
FRAMES = (
    "economic",
    "capacity_resources",
    "morality",
    "fairness_equality",
    "legality",
    "policy",
    "crime_punishment",
    "security_defense",
    "health_safety",
    "quality_of_life",
    "cultural_identity",
    "public_opinion",
    "political",
    "external_regulation",
    "other",
)

#: Display names as in the codebook.
FRAME_LABELS: Mapping[str, str] = {
    "economic": "Economic",
    "capacity_resources": "Capacity and resources",
    "morality": "Morality",
    "fairness_equality": "Fairness and equality",
    "legality": "Legality, constitutionality and jurisprudence",
    "policy": "Policy prescription and evaluation",
    "crime_punishment": "Crime and punishment",
    "security_defense": "Security and defense",
    "health_safety": "Health and safety",
    "quality_of_life": "Quality of life",
    "cultural_identity": "Cultural identity",
    "public_opinion": "Public opinion",
    "political": "Political",
    "external_regulation": "External regulation and reputation",
    "other": "Other",
}


def dominant_frame(frames: Mapping[str, float]) -> str | None:
    """The frame with the largest score (first in :data:`FRAMES` order on ties); ``None`` when no frame has a
    score above 0 (also :attr:`framing.analysis.Analysis.dominant_frame`)."""
    if not frames or max(frames.values(), default=0.0) <= 0:
        return None
    return max(FRAMES, key=lambda f: (frames.get(f, 0.0), -FRAMES.index(f)))
