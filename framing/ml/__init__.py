"""Classical-ML scorers: a sentence bias classifier and a loaded-language span tagger (scikit-learn).

Models are stored as plain arrays and JSON (:mod:`framing.ml.persist`), never pickled. The default model ships
in ``framing/models/default`` with its ``MODEL_CARD.md``.
"""

from __future__ import annotations

from framing.ml.classifier import SentenceBiasClassifier
from framing.ml.persist import BiasModel, default_model, load_model, save_model
from framing.ml.tagger import LoadedLanguageTagger

__all__ = [
    "BiasModel",
    "LoadedLanguageTagger",
    "SentenceBiasClassifier",
    "default_model",
    "load_model",
    "save_model",
]
