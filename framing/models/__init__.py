"""The model shipped with framing: ``default/`` (plain arrays + JSON) and its ``MODEL_CARD.md``."""
