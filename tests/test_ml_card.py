"""The model card: one structured summary, stored in the manifest, shown by the report, written into the Markdown."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from framing.ml.card import model_card_v2, model_summary, refresh_summary
from framing.ml.persist import default_model, load_model, save_model

TEXT = 'The regime slammed the disastrous plan as a radical scheme. "It is shameless," the mayor said.'


def test_shipped_manifest_summary_is_what_its_metadata_gives_and_what_the_card_says() -> None:
    model = default_model()
    assert model.summary and dict(model.summary) == json.loads(json.dumps(model_summary(model)))
    card = model_card_v2(model)
    s = model.summary
    assert card.startswith(f"# {s['title']}\n")
    assert all(f"- {x}" in card for x in [*s["licences"], *s["limits"]]) and s["intended_use"] in card
    assert f"**{s['thresholds']['loaded']:.3f}**" in card
    assert [x["label"] for x in s["metrics"]][:1] == ["tagger F1, PTC tokens (out of fold, by article)"]
    shipped = Path(__file__).resolve().parents[1] / "framing" / "models" / "default" / "MODEL_CARD.md"
    assert shipped.read_text(encoding="utf-8") == card  # the shipped card is generated from the same data


def test_a_small_trained_model_carries_its_summary_into_the_report(tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    import dataclasses

    import framing
    from tests.ml_data import MINI_LEXICON, tiny_v2_model

    model = tiny_v2_model()
    metrics = {"babe_sentence_cv": {"roc_auc": 0.71234, "roc_auc_ci": [0.6, 0.8]}}
    model = dataclasses.replace(model, meta={"metrics": metrics, "intended_use": "tests only"})
    save_model(model, tmp_path / "m")
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["summary"]["metrics"] == [
        {"label": "sentence ROC AUC, BABE (stratified cross-validation)", "value": 0.7123, "ci": [0.6, 0.8]}]
    loaded = load_model(tmp_path / "m")
    assert dict(loaded.summary) == manifest["summary"]
    assert set(loaded.summary["thresholds"]) == {"decision", "loaded"}
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    res = framing.report(str(story), model=tmp_path / "m", scorers=["lexicon", "ml"], lexicons=[MINI_LEXICON],
                         builtin_lexicons=False)
    assert "Model card: tiny-v2" in res.html and "0.712 [0.600, 0.800]" in res.html
    assert "Intended use: tests only" in res.html and "default-v2" not in res.html


def test_refresh_summary_adds_it_without_touching_the_hashed_files(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[1] / "framing" / "models" / "default"
    root = tmp_path / "default"
    shutil.copytree(src, root)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    summary = manifest.pop("summary")
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (root / "MODEL_CARD.md").write_text("stale", encoding="utf-8")
    assert load_model(root).summary == {}
    assert refresh_summary(root) == summary
    refreshed = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert refreshed["summary"] == summary and refreshed["files"] == manifest["files"]
    assert dict(load_model(root).summary) == summary  # every sha256 still matches
    assert (root / "MODEL_CARD.md").read_text(encoding="utf-8") == (src / "MODEL_CARD.md").read_text(encoding="utf-8")
