"""Classical-ML scorers: a sentence bias model and a loaded-language span tagger (a CRF).

Models are stored as plain arrays and JSON (:mod:`framing.ml.persist`), never pickled. The default model ships
in ``framing/models/default`` with its ``MODEL_CARD.md``.
"""

from __future__ import annotations

from framing.ml.classifier import SentenceBiasClassifier
from framing.ml.crf import CRFTagger
from framing.ml.persist import BiasModel, default_model, load_model, save_model
from framing.ml.sentence import SentenceModel
from framing.ml.tagger import LoadedLanguageTagger

__all__ = [
    "BiasModel",
    "CRFTagger",
    "LoadedLanguageTagger",
    "SentenceBiasClassifier",
    "SentenceModel",
    "default_model",
    "load_model",
    "save_model",
]
