"""Which actor labels are loaded: the one definition of loaded evidence (a lexicon span of weight > 0) applied to
labels, read by ``label_asymmetry`` and by the reports' "loaded labels" columns.

A label keeps the kind its words give it (the annotation guideline's kinds: a party or leaning word is
``ideological``), but it is *loaded* only when its kind is pejorative or ideological and a loaded lexicon span lies
inside it: "dictator", "the Maduro regime", "radical leftist" are; "Democratic Sen. X", "GOP leader Y", "X, a
conservative," and labels whose lexicon entry is kept at weight 0 ("far-left", "communist") are not.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from framing.analysis import Label, Span
from framing.scorers.actor_words import LEXICON_LABEL_KIND

__all__ = ["LOADED_LABEL_KINDS", "is_loaded_label", "loaded_label_extents"]

#: Label kinds that can be loaded: a label of one of them is loaded when a loaded lexicon span lies in it.
LOADED_LABEL_KINDS = ("pejorative", "ideological")


def loaded_label_extents(spans: Iterable[Span]) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of each loaded label span in ``spans`` (weight > 0, a lexicon category whose label kind
    is in :data:`LOADED_LABEL_KINDS`), sorted: what :func:`is_loaded_label` reads."""
    return tuple(sorted((s.start, s.end) for s in spans
                        if s.weight > 0 and LEXICON_LABEL_KIND.get(s.category) in LOADED_LABEL_KINDS))


def is_loaded_label(label: Label, extents: Sequence[tuple[int, int]]) -> bool:
    """Whether ``label`` is loaded: its kind is pejorative or ideological and one of the loaded label spans
    ``extents`` (from :func:`loaded_label_extents` over the same text) lies inside it. A party or leaning word
    ("Democratic", "GOP", "conservative") or a label entry of weight 0 ("far-left") is not loaded."""
    if label.kind not in LOADED_LABEL_KINDS:
        return False
    i = bisect_left(extents, (label.start, label.start))
    while i < len(extents) and extents[i][0] < label.end:
        if extents[i][1] <= label.end:
            return True
        i += 1
    return False
