"""Human names of the report's measures, with their units and ranges: what a reader sees instead of raw keys.

``flesch_reading_ease`` becomes "Flesch reading ease (0–100, higher = easier)", ``compound`` becomes
"Sentiment, VADER compound (−1 to +1)", ``pejorative_label_per_1k`` becomes "Pejorative labels per 1,000
words". Unknown keys (a third-party scorer's) are shown tidied, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from framing.policy_frames import FRAME_LABELS

__all__ = ["OWN_PREFIX", "READABILITY_SHOWN", "category_name", "frame_name", "measure_label", "readability_label",
           "sentiment_label", "shown_measures"]

#: Key prefix of the per-category rates of loaded terms in a group's own voice (``"own: pejorative_label"``):
#: spans of weight above 0, not negated, outside quotations, per 1,000 words -- as the key findings count them.
OWN_PREFIX = "own: "

#: The readability indices a report shows (the scorer computes eight; they mostly agree, so two are enough:
#: one ease score and one grade level). The CSV/JSON output of ``framing analyze`` keeps all of them.
READABILITY_SHOWN: tuple[str, ...] = ("flesch_reading_ease", "flesch_kincaid_grade")

_READABILITY = {
    "flesch_reading_ease": "Flesch reading ease (0–100, higher = easier)",
    "flesch_kincaid_grade": "Flesch–Kincaid grade level (US school years, higher = harder)",
    "gunning_fog": "Gunning fog index (school years, higher = harder)",
    "smog_index": "SMOG index (school years, higher = harder)",
    "coleman_liau_index": "Coleman–Liau index (school years, higher = harder)",
    "automated_readability_index": "Automated readability index (school years, higher = harder)",
    "dale_chall_readability_score": "Dale–Chall score (about 4–10, higher = harder)",
    "linsear_write_formula": "Linsear Write (school years, higher = harder)",
}
_SENTIMENT = {
    "compound": "VADER compound (−1 to +1, negative to positive)",
    "pos": "share of positive wording (VADER, 0–1)",
    "neg": "share of negative wording (VADER, 0–1)",
    "neu": "share of neutral wording (VADER, 0–1)",
    "score": "score",
    "polarity": "polarity (−1 to +1)",
}
_SPECIAL = {
    "loaded_index": "Loaded-language index, own voice (weighted loaded terms per 1,000 words, 0 and up)",
    "loaded_index_quoted": "Loaded-language index, inside quotations (weighted terms per 1,000 words)",
    "mean sentence bias probability": "Mean sentence bias probability (model, 0–1)",
}
#: Plural, readable names of the shipped lexicon categories (others are tidied: underscores to spaces).
_CATEGORIES = {
    "pejorative_label": "pejorative labels",
    "ideological_label": "ideological labels",
    "neutral_title": "neutral titles",
    "attribution_loaded": "loaded attribution verbs",
    "attribution_neutral": "neutral attribution verbs",
    "loaded_verb": "loaded verbs",
    "loaded_idiom": "loaded idioms",
    "loaded_model": "model-tagged loaded phrases",
    "model_loaded": "model-tagged loaded phrases",
    "emotive": "emotive words",
    "dysphemism": "dysphemisms",
    "euphemism": "euphemisms",
    "delegitimiser": "delegitimisers",
    "stance_adverb": "stance adverbs",
    "war_metaphor": "war metaphors",
    "hedge": "hedges",
    "booster": "boosters",
    "factive": "factive verbs",
    "assertive": "assertive verbs",
    "scare_quote": "scare quotes",
    "loaded_model_candidate": "low-confidence model tags",
}


def category_name(category: str) -> str:
    """``"pejorative_label"`` -> ``"pejorative labels"``; unknown categories with spaces for underscores."""
    return _CATEGORIES.get(category) or category.replace("_", " ").strip()


def frame_name(key: str) -> str:
    """A policy frame's name as the Policy Frames Codebook gives it: ``"crime_punishment"`` -> ``"Crime and
    punishment"`` (also from the lexicon category ``"frame_crime_punishment"``); unknown frames tidied
    (underscores to spaces, first letter capitalised). Charts and tables take frame names from here."""
    k = key[len("frame_"):] if key.startswith("frame_") and key[len("frame_"):] in FRAME_LABELS else key
    name = FRAME_LABELS.get(k) or k.replace("_", " ").strip()
    return name[:1].upper() + name[1:]


def readability_label(key: str) -> str:
    """``"flesch_reading_ease"`` -> ``"Flesch reading ease (0–100, higher = easier)"`` (shown after
    "readability: " in an article; unknown keys tidied)."""
    return _READABILITY.get(key) or key.replace("_", " ")


def sentiment_label(key: str) -> str:
    """``"compound"`` -> ``"VADER compound (−1 to +1, negative to positive)"`` (shown after "sentiment: ")."""
    return _SENTIMENT.get(key) or key.replace("_", " ")


def measure_label(key: str) -> str:
    """The human name of a corpus measure key (as :class:`~framing.reporting.corpus.CorpusAccumulator` makes
    them: ``loaded_index``, ``<category>_per_1k``, ``sentiment: compound``, ``readability: ...``,
    ``frame: economic``)."""
    if key in _SPECIAL:
        return _SPECIAL[key]
    if key.startswith(OWN_PREFIX):
        name = category_name(key[len(OWN_PREFIX):])
        return name[:1].upper() + name[1:] + " per 1,000 words, own voice"
    if key.endswith("_per_1k"):
        name = category_name(key[: -len("_per_1k")])
        return name[:1].upper() + name[1:] + " per 1,000 words, every occurrence"
    if key.startswith("sentiment: "):
        return "Sentiment, " + sentiment_label(key[len("sentiment: "):])
    if key.startswith("readability: "):
        name = readability_label(key[len("readability: "):])
        return name if key[len("readability: "):] in _READABILITY else "Readability, " + name
    if key.startswith("frame: "):
        return f"{frame_name(key[len('frame: '):])} frame (share of frame cues, 0–1)"
    return key


def shown_measures(m: Mapping[str, Any], keys: Sequence[str]) -> Mapping[str, Any]:
    """The ``keys`` of ``m`` that it has (in that order), or all of ``m`` when it has none of them (another
    scorer's measures still show)."""
    chosen = {k: m[k] for k in keys if k in m}
    return chosen or m
