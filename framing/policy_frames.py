"""The policy frames of the Policy Frames Codebook (Boydstun et al. 2014): names, display labels and the
dominant-frame rule. Definitions only: scoring is in :mod:`framing.scorers.frames`, and the result objects
(:mod:`framing.analysis`) read :func:`dominant_frame` from here without importing any scorer.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["FRAMES", "FRAME_LABELS", "MIN_EVIDENCE", "MIN_SHARE", "dominant_frame"]

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

#: A dominant frame needs at least this many cues in the text ...
MIN_EVIDENCE = 3
#: ... and at least this (weighted) share of them; otherwise there is none. 0.4 since session 40: on a blind sheet of
#: 50 AllSides articles the dominant frame given at 0.3 matched the annotators' 0.51 of the time (45 given), at 0.4
#: 0.66 (29 given; benchmarks/data/README_sentiment_frames.md).
MIN_SHARE = 0.4


def dominant_frame(frames: Mapping[str, float], evidence: float | None = None) -> str | None:
    """The frame with the largest share (first in :data:`FRAMES` order on ties), or ``None`` when the evidence is
    thin: no cue at all (``other`` = 1, or every frame 0 for a text without words), null frames (a document that
    was not analysed), fewer than :data:`MIN_EVIDENCE` cues (``evidence``, the number of cues,
    when given) or a top share below :data:`MIN_SHARE` (also :attr:`framing.analysis.Analysis.dominant_frame`)."""
    values = list(frames.values())
    if not values or any(v is None or v != v for v in values) or max(values) <= 0:
        return None  # no frames, or null ones (a document that was not analysed)
    if evidence is not None and not evidence >= MIN_EVIDENCE:
        return None
    top = max(FRAMES, key=lambda f: (frames.get(f, 0.0), -FRAMES.index(f)))
    if top == "other" or frames.get(top, 0.0) < MIN_SHARE:
        return None
    return top
