"""Policy frames: the generic frames of the Policy Frames Codebook scored from curated cue lexicons.

Boydstun, Card, Gross, Resnik & Smith (2014) define 15 frames that cut across policy issues; Card et al. (2015)
annotated them in the Media Frames Corpus. Here each of the 14 substantive frames has a cue lexicon
(``lexicons/policy_frames.tsv``, categories ``frame_<name>``); the cues found in a text are its evidence spans
(weight 0, they are not loaded language). A frame's score is its share of the cue hits, so the scores of a text
sum to 1; ``other`` is 1 when no cue occurs. A text without words (empty, or white space and punctuation only)
has no frame at all: every score 0, ``other`` too. Cues in the headline count three times and in the lead (the first
paragraph, at most two sentences) twice: what a story leads with is its frame, not a doctor mentioned in its
last sentence. The dominant frame is the one with the largest share (:func:`dominant_frame`; ties go to the
frame listed first), and none (``None``) when the evidence is thin: fewer than :data:`MIN_EVIDENCE` cues or a
share below :data:`MIN_SHARE`. ``frame_evidence_count`` says how many cues the shares rest on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.analysis import Span
from framing.document import Document
from framing.policy_frames import FRAME_LABELS, FRAMES, MIN_EVIDENCE, MIN_SHARE, dominant_frame
from framing.scorers.base import ResultBuilder

__all__ = ["FRAMES", "FRAME_LABELS", "HEADLINE_WEIGHT", "LEAD_WEIGHT", "MIN_EVIDENCE", "MIN_SHARE", "FrameScorer",
           "dominant_frame", "frame_evidence", "frame_scores", "text_zones"]

_PREFIX = "frame_"

#: Weight of a cue in the headline and in the lead (the first paragraph after it), against 1 in the body.
HEADLINE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
#: A first line of at most this many words, followed by a line break, is a headline.
_HEADLINE_MAX_WORDS = 25
_LEAD_MAX_SENTENCES = 2
_WORD_RE = re.compile(r"\w+")


def text_zones(text: str, sentences: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """End offsets of the headline and of the lead in ``text``: ``(headline_end, lead_end)``.

    The headline is the first line when a line break follows it and it has at most 25 words (else there is none:
    ``headline_end`` is 0). The lead is the paragraph after it (up to the next blank line), at most its first
    two sentences (from ``sentences``, half-open offsets); without a headline the lead is the first paragraph.
    """
    head_end = 0
    nl = text.find("\n")
    if nl > 0 and text[:nl].strip() and len(_WORD_RE.findall(text, 0, nl)) <= _HEADLINE_MAX_WORDS:
        head_end = nl
    start = head_end
    while start < len(text) and text[start].isspace():
        start += 1
    para_end = text.find("\n\n", start)
    lead_end = len(text) if para_end < 0 else para_end
    inside = [e for s, e in sentences if s >= start and e <= lead_end]
    if len(inside) > _LEAD_MAX_SENTENCES:
        lead_end = inside[_LEAD_MAX_SENTENCES - 1]
    return head_end, max(lead_end, head_end)


def frame_evidence(spans: Sequence[Span], zones: tuple[int, int] = (0, 0)) -> dict[str, float]:
    """Weighted cue count per frame: a cue before ``zones[0]`` (headline) weighs :data:`HEADLINE_WEIGHT`, before
    ``zones[1]`` (lead) :data:`LEAD_WEIGHT`, elsewhere 1 (``other`` is always 0)."""
    head_end, lead_end = zones
    counts = dict.fromkeys(FRAMES, 0.0)
    for s in spans:
        if s.category.startswith(_PREFIX):
            name = s.category[len(_PREFIX) :]
            if name in counts and name != "other":
                counts[name] += HEADLINE_WEIGHT if s.start < head_end else LEAD_WEIGHT if s.start < lead_end else 1.0
    return counts


def frame_scores(spans: Sequence[Span], zones: tuple[int, int] = (0, 0)) -> dict[str, float]:
    """Share of the (weighted) frame-cue hits per frame (sums to 1; ``other`` = 1 when there is no cue).

    ``zones`` are the ends of the headline and lead (:func:`text_zones`), whose cues weigh more; by default every
    cue weighs 1.
    """
    counts = frame_evidence(spans, zones)
    total = sum(counts.values())
    if total == 0:
        return {f: (1.0 if f == "other" else 0.0) for f in FRAMES}
    return {f: c / total for f, c in counts.items()}


class FrameScorer:
    """Writes ``result.fields['frames']``, flat ``frame_<name>`` scores, ``frame_evidence_count`` (the number of
    frame cues) and the dominant frame's share (0 when there is none).

    Cues in the headline weigh :data:`HEADLINE_WEIGHT`, in the lead :data:`LEAD_WEIGHT`. The dominant frame's
    name is :func:`dominant_frame` of the frames and the evidence count.
    """

    name = "frames"
    score_names = (*(f"frame_{name}" for name in FRAMES), "frame_evidence_count", "frame_dominant_share")

    def score(self, doc: Document, result: ResultBuilder) -> None:
        # an empty text has no frame at all (every score 0), not the "other" frame
        cues = [s for s in result.lexicon_spans if s.category.startswith(_PREFIX)]
        zones = text_zones(doc.text, doc.sentences) if doc.n_words else (0, 0)
        frames = frame_scores(cues, zones) if doc.n_words else dict.fromkeys(FRAMES, 0.0)
        result.fields["frames"] = frames
        for name, share in frames.items():
            result.scores[f"frame_{name}"] = share
        result.scores["frame_evidence_count"] = float(len(cues))
        top = dominant_frame(frames, len(cues))
        result.scores["frame_dominant_share"] = frames[top] if top else 0.0
