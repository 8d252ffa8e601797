"""The pipeline: one ordered scorer registry, scorer objects, and a model trained with ``framing train``."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import framing
from framing import Analyzer
from framing.cli import main
from framing.ml.classifier import SentenceBiasClassifier
from framing.ml.persist import BiasModel, save_model
from framing.ml.scorer import MLScorer
from framing.ml.tagger import LoadedLanguageTagger
from framing.pipeline import DEFAULT_SCORERS, SCORERS
from tests.ml_data import MINI_LEXICON, tiny_sentences, tiny_span_docs

TEXT = ('The regime slammed the disastrous plan as a radical scheme. "It is shameless," the mayor said.\n\n'
        "The council published a report on the water supply.")
CONFIG = {"scorers": ["lexicon", "ml"], "lexicons": [MINI_LEXICON], "builtin_lexicons": False}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[BiasModel, Path]:
    texts, labels, words = tiny_sentences()
    clf = SentenceBiasClassifier(lexicons=[str(MINI_LEXICON)], builtin_lexicons=False, min_df=1)
    clf.fit(texts, labels, biased_words=words)
    docs, spans = tiny_span_docs()
    tag = LoadedLanguageTagger(n_features=2**14, name="tiny-tagger").fit(docs, spans)
    model = BiasModel(name="tiny", classifier=clf, tagger=tag)
    path = tmp_path_factory.mktemp("model") / "tiny"
    save_model(model, path)
    return model, path


def test_one_ordered_registry() -> None:
    assert DEFAULT_SCORERS == tuple(SCORERS)
    assert Analyzer(scorers=["readability", "sentiment"]).scorer_names == ("lexicon", "sentiment", "readability")


def test_model_path_replaces_the_shipped_model(tiny_model: tuple[BiasModel, Path]) -> None:
    model, path = tiny_model
    an = Analyzer(**CONFIG, model=path)
    assert an.model is not None and an.model.name == "tiny" and an.model_path == str(path)
    ref = Analyzer(scorers=["lexicon"], lexicons=[MINI_LEXICON], builtin_lexicons=False)
    ref.scorers.append(MLScorer(model))
    a, b = an.analyze(TEXT), ref.analyze(TEXT)
    assert a.to_dict() == b.to_dict()
    assert any(s.lexicon == "tiny-tagger" for s in a.spans)
    assert list(a.scores) == list(an.score_names)
    assert pickle.loads(pickle.dumps(an)).analyze(TEXT) == a  # worker processes get the same model
    assert framing.analyze(TEXT, model=str(path), scorers=["lexicon", "ml"], lexicons=[MINI_LEXICON]).sentences


def test_model_on_the_command_line_and_in_the_report(tiny_model: tuple[BiasModel, Path], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _, path = tiny_model
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    lex = ["--no-builtin-lexicons", "--lexicon", str(MINI_LEXICON), "--scorers", "lexicon,ml"]
    assert main(["analyze", str(story), *lex, "--model", str(path)]) == 0
    (doc,) = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert any(s["lexicon"] == "tiny-tagger" for s in doc["spans"])
    html = tmp_path / "r.html"
    assert main(["report", str(story), "-o", str(html), *lex, "--model", str(path)]) == 0
    page = html.read_text(encoding="utf-8")
    assert "used instead of the shipped model" in page and str(path) in page and "--model" in page


def test_a_bad_model_path_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(framing.ModelError):
        Analyzer(model=tmp_path / "missing")
