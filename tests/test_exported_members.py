"""The public API is exactly what ``framing.__all__`` lists, and every listed name resolves."""

from __future__ import annotations

import framing


def test_all_names_resolve() -> None:
    for name in framing.__all__:
        assert getattr(framing, name) is not None, name


def test_all_is_unique() -> None:
    assert len(framing.__all__) == len(set(framing.__all__))


def test_no_unlisted_public_names() -> None:
    public = {n for n in vars(framing) if not n.startswith("_")}
    submodules = {"analysis", "document", "exceptions", "io", "lexicon", "pipeline", "tokenize", "matcher",
                  "scorers", "inflect", "annotations", "corpus", "output", "transformers", "cli", "data", "ml",
                  "report", "workbench", "models", "dask", "syllables", "lexicons", "schema", "policy_frames",
                  "reporting", "saved", "stats", "language", "pos",
                  "TYPE_CHECKING"}
    assert public - set(framing.__all__) - submodules == set()
