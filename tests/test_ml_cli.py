"""``framing train`` and ``framing evaluate`` end to end on tiny data we wrote."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from framing.cli import main
from framing.ml.persist import load_model
from tests.ml_data import tiny_sentences, tiny_span_docs


@pytest.fixture
def sentences_csv(tmp_path: Path) -> Path:
    texts, labels, words = tiny_sentences()
    p = tmp_path / "s.csv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["text", "label_bias", "biased_words"])
        for t, lab, ws in zip(texts, labels, words, strict=True):
            w.writerow([t, "Biased" if lab else "Non-biased", repr(ws)])
        w.writerow(["An undecided sentence.", "No agreement", "[]"])
    return p


@pytest.fixture
def ptc_dir(tmp_path: Path) -> tuple[Path, Path]:
    docs, spans = tiny_span_docs()
    adir = tmp_path / "articles"
    adir.mkdir()
    lines = []
    for i, (d, ss) in enumerate(zip(docs, spans, strict=True)):
        (adir / f"article{100 + i}.txt").write_text(d, encoding="utf-8")
        lines += [f"{100 + i}\tLoaded_Language\t{s}\t{e}" for s, e in ss]
        lines.append(f"{100 + i}\tDoubt\t0\t3")
    labels = tmp_path / "labels.tsv"
    labels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return adir, labels


def test_train_then_evaluate(sentences_csv: Path, ptc_dir: tuple[Path, Path], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "model"
    rc = main(["train", "--sentences", str(sentences_csv), "--label-column", "label_bias",
               "--biased-words-column", "biased_words", "--ptc", str(ptc_dir[0]), str(ptc_dir[1]),
               "--name", "mini-v1", "-o", str(out)])
    assert rc == 0
    m = load_model(out)
    assert m.classifier is not None and m.tagger is not None and m.tagger.name == "mini-v1"
    capsys.readouterr()
    rc = main(["evaluate", "--sentences", str(sentences_csv), "--label-column", "label_bias", "--model", str(out),
               "--ptc", str(ptc_dir[0]), str(ptc_dir[1]), "--n-boot", "50", "--json"])
    assert rc == 0
    res = json.loads(capsys.readouterr().out)
    assert res["sentences"]["f1"] > 0.9 and res["sentences"]["n"] == len(tiny_sentences()[0])
    assert res["ptc_tokens"]["f1"] > 0.5


def test_evaluate_cross_validation(sentences_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["evaluate", "--sentences", str(sentences_csv), "--label-column", "label_bias",
               "--biased-words-column", "biased_words", "--folds", "3", "--n-boot", "50"])
    assert rc == 0
    out = capsys.readouterr().out
    assert "sentences_cv" in out and "words_tokens_cv" in out and "95% CI" in out


def test_bad_input_exits_2(sentences_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", "--sentences", str(sentences_csv), "--label-column", "nope", "-o", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "no column 'nope'" in err and "label_bias" in err and "Traceback" not in err
    assert main(["train", "-o", str(tmp_path / "m")]) == 2
    assert main(["evaluate", "--sentences", str(sentences_csv), "--label-column", "label_bias",
                 "--model", str(tmp_path / "missing")]) == 2
    assert "expected a model folder" in capsys.readouterr().err


def test_analyze_candidates_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from framing.ml.crf import CANDIDATE_CATEGORY, CRFTagger
    from framing.ml.persist import default_model

    if not isinstance(default_model().tagger, CRFTagger):
        pytest.skip("the default model has no CRF tagger")
    story = tmp_path / "story.txt"
    story.write_text("Critics slammed the radical, disastrous scheme as a shameless power grab by corrupt elites. "
                     "The furious mob of thugs stormed the hearing, and officials said it was a dangerous attack "
                     "on democracy by extremists.", encoding="utf-8")
    for flag, expect in (([], False), (["--candidates"], True)):
        assert main(["analyze", str(story), "--scorers", "lexicon,ml", *flag]) == 0
        spans = json.loads(capsys.readouterr().out)["spans"]
        cands = [s for s in spans if s["category"] == CANDIDATE_CATEGORY]
        assert bool(cands) == expect
        assert all(s["weight"] == 0 and s["probability"] is not None for s in cands)
