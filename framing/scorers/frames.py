"""Policy frames: the generic frames of the Policy Frames Codebook scored from curated cue lexicons.

Boydstun, Card, Gross, Resnik & Smith (2014) define 15 frames that cut across policy issues; Card et al. (2015)
annotated them in the Media Frames Corpus. Here each of the 14 substantive frames has a cue lexicon
(``lexicons/policy_frames.tsv``, categories ``frame_<name>``); the cues found in a text are its evidence spans
(weight 0, they are not loaded language). A frame's score is its share of the cue hits, so the scores of a text
sum to 1; ``other`` is 1 when no cue occurs. The dominant frame is the one with the largest share
(:func:`dominant_frame`; ties go to the frame listed first).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.analysis import Span
from framing.document import Document
from framing.policy_frames import FRAME_LABELS, FRAMES, dominant_frame
from framing.scorers.base import ResultBuilder

__all__ = ["FRAMES", "FRAME_LABELS", "FrameScorer", "dominant_frame", "frame_scores"]

_PREFIX = "frame_"


def frame_scores(spans: Sequence[Span]) -> dict[str, float]:
    """Share of the frame-cue hits per frame (sums to 1; ``other`` = 1 when there is no cue)."""
    counts = dict.fromkeys(FRAMES, 0)
    for s in spans:
        if s.category.startswith(_PREFIX):
            name = s.category[len(_PREFIX) :]
            if name in counts:
                counts[name] += 1
    total = sum(counts.values())
    if total == 0:
        return {f: (1.0 if f == "other" else 0.0) for f in FRAMES}
    return {f: c / total for f, c in counts.items()}


class FrameScorer:
    """Writes ``result.fields['frames']``, flat ``frame_<name>`` scores and the dominant frame's share.

    The dominant frame's name is :func:`dominant_frame` of the frames.
    """

    name = "frames"
    score_names = (*(f"frame_{name}" for name in FRAMES), "frame_dominant_share")

    def score(self, doc: Document, result: ResultBuilder) -> None:
        # an empty text has no frame at all (every score 0), not the "other" frame
        frames = frame_scores(result.lexicon_spans) if doc.n_words else dict.fromkeys(FRAMES, 0.0)
        result.fields["frames"] = frames
        for name, share in frames.items():
            result.scores[f"frame_{name}"] = share
        top = dominant_frame(frames)
        result.scores["frame_dominant_share"] = frames[top] if top else 0.0
