"""Safe persistence: round trip, byte-identical reproducibility, and tampered files giving ModelError."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from framing.exceptions import ModelError
from framing.ml.classifier import SentenceBiasClassifier
from framing.ml.persist import BiasModel, load_model, save_model
from framing.ml.tagger import LoadedLanguageTagger
from tests.ml_data import MINI_LEXICON, tiny_sentences, tiny_span_docs


def _model(seed: int = 0) -> BiasModel:
    texts, labels, words = tiny_sentences()
    clf = SentenceBiasClassifier(lexicons=[str(MINI_LEXICON)], builtin_lexicons=False, min_df=1, random_state=seed)
    clf.fit(texts, labels, biased_words=words)
    docs, spans = tiny_span_docs()
    tag = LoadedLanguageTagger(n_features=2**12, random_state=seed).fit(docs, spans)
    return BiasModel(name="test-v1", classifier=clf, tagger=tag, meta={"note": "tiny"})


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("model")
    save_model(_model(), root)
    return root


@pytest.fixture
def copy(saved: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "m"
    shutil.copytree(saved, dst)
    return dst


def test_round_trip(saved: Path) -> None:
    orig = _model()
    m = load_model(saved)
    assert m.name == "test-v1" and m.meta["note"] == "tiny"
    texts, _, _ = tiny_sentences()
    assert np.allclose(m.classifier.predict_proba(texts), orig.classifier.predict_proba(texts), atol=1e-12)
    assert list(m.classifier.get_feature_names_out()) == list(orig.classifier.get_feature_names_out())
    assert m.classifier.explain(texts[0]) == orig.classifier.explain(texts[0])
    docs, _ = tiny_span_docs()
    from framing.document import Document

    assert m.tagger.predict_spans(Document(docs[0])) == orig.tagger.predict_spans(Document(docs[0]))


def test_saving_is_byte_reproducible(saved: Path, tmp_path: Path) -> None:
    save_model(_model(), tmp_path)
    for name in ("manifest.json", "vocab.json", "arrays.npz"):
        assert (tmp_path / name).read_bytes() == (saved / name).read_bytes(), name


def test_changed_array_file_is_refused(copy: Path) -> None:
    data = bytearray((copy / "arrays.npz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / "arrays.npz").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="sha256 mismatch"):
        load_model(copy)


def test_changed_vocab_is_refused(copy: Path) -> None:
    v = json.loads((copy / "vocab.json").read_text())
    v["classifier_word"][0] = "tampered"
    (copy / "vocab.json").write_text(json.dumps(v))
    with pytest.raises(ModelError, match="sha256 mismatch"):
        load_model(copy)


class _Evil:
    def __reduce__(self) -> tuple[object, ...]:
        return (Path.write_text, (Path(_Evil.target), "pwned"))

    target = ""


def _rehash(root: Path) -> None:
    import hashlib

    man = json.loads((root / "manifest.json").read_text())
    for name in man["files"]:
        man["files"][name] = hashlib.sha256((root / name).read_bytes()).hexdigest()
    (root / "manifest.json").write_text(json.dumps(man))


def test_pickled_array_never_runs_code_even_with_matching_hash(copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "pwned.txt"
    _Evil.target = str(target)
    with np.load(copy / "arrays.npz", allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["classifier_coef"] = np.array([_Evil()], dtype=object)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    (copy / "arrays.npz").write_bytes(buf.getvalue())
    _rehash(copy)  # an attacker can recompute the hashes; the loader must still never unpickle
    with pytest.raises(ModelError):
        load_model(copy)
    assert not target.exists()


def test_wrong_shapes_and_values_are_refused(copy: Path) -> None:
    with np.load(copy / "arrays.npz", allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["classifier_coef"] = arrays["classifier_coef"][:-1]
    with open(copy / "arrays.npz", "wb") as f:
        np.savez(f, **arrays)
    _rehash(copy)
    with pytest.raises(ModelError, match="classifier_coef must have"):
        load_model(copy)
    arrays["classifier_coef"] = np.full(len(arrays["classifier_coef"]) + 1, np.nan)
    with open(copy / "arrays.npz", "wb") as f:
        np.savez(f, **arrays)
    _rehash(copy)
    with pytest.raises(ModelError, match="non-finite"):
        load_model(copy)


def test_manifest_problems(copy: Path, tmp_path: Path) -> None:
    man = json.loads((copy / "manifest.json").read_text())
    bad = dict(man, format="something-else")
    (copy / "manifest.json").write_text(json.dumps(bad))
    with pytest.raises(ModelError, match="format"):
        load_model(copy)
    bad = json.loads(json.dumps(man))
    bad["classifier"]["params"]["__class__"] = "os.system"
    (copy / "manifest.json").write_text(json.dumps(bad))
    with pytest.raises(ModelError, match="unknown SentenceBiasClassifier parameters"):
        load_model(copy)
    (copy / "manifest.json").write_text("{not json")
    with pytest.raises(ModelError, match="not valid UTF-8 JSON"):
        load_model(copy)
    with pytest.raises(ModelError, match="expected a model folder"):
        load_model(tmp_path / "nothing-here")
    (copy / "arrays.npz").unlink()
    (copy / "manifest.json").write_text(json.dumps(man))
    with pytest.raises(ModelError, match=r"arrays\.npz is missing"):
        load_model(copy)


def test_not_a_zip(copy: Path) -> None:
    (copy / "arrays.npz").write_bytes(b"not a zip file at all")
    _rehash(copy)
    with pytest.raises(ModelError, match="cannot read plain arrays"):
        load_model(copy)


def test_zip_members_are_plain_npy(saved: Path) -> None:
    with zipfile.ZipFile(saved / "arrays.npz") as z:
        assert all(n.endswith(".npy") for n in z.namelist())
    with np.load(saved / "arrays.npz", allow_pickle=False) as npz:
        assert all(npz[k].dtype.kind == "f" for k in npz.files)


@pytest.mark.parametrize("key,value,message", [
    ("C", "x", "finite number"),
    ("C", float("inf"), "finite number"),
    ("char_ngram_range", [1, 100000], "two ints"),
    ("word_ngram_range", [3, 1], "two ints"),
    ("lexicon_features", "yes", "true or false"),
    ("max_iter", -5, "int in"),
    ("lexicons", ["/etc/passwd"], "list of .tsv files"),
    ("lexicons", "not-a-list", "list of .tsv files"),
])
def test_manifest_parameters_are_checked(copy: Path, key: str, value: object, message: str) -> None:
    """manifest.json is not hashed (it holds the hashes), so every parameter in it is validated."""
    man = json.loads((copy / "manifest.json").read_text())
    man["classifier"]["params"][key] = value
    (copy / "manifest.json").write_text(json.dumps(man))
    with pytest.raises(ModelError, match=message):
        load_model(copy)


def test_unreadable_lexicon_named_by_a_model_gives_model_error_without_its_content(copy: Path,
                                                                                   tmp_path: Path) -> None:
    secret = tmp_path / "secret.tsv"
    secret.write_text("password=hunter2\n", encoding="utf-8")
    man = json.loads((copy / "manifest.json").read_text())
    man["classifier"]["params"]["lexicons"] = [str(secret)]
    (copy / "manifest.json").write_text(json.dumps(man))
    with pytest.raises(ModelError) as info:
        load_model(copy)
    assert "hunter2" not in str(info.value)


def test_default_model_was_trained_with_the_shipped_lexicons() -> None:
    """Retrain (framing/models/default/MODEL_CARD.md, "Exact command") whenever a shipped lexicon changes:
    the classifier's lexicon block and the tagger's lexicon features were learned from these exact files."""
    from framing.lexicon import builtin_lexicons
    from framing.ml.persist import default_model

    trained = {x["name"]: x["sha256"] for x in default_model().meta["lexicons"]}
    shipped = {lx.name: lx.sha256 for lx in builtin_lexicons()}
    assert trained == shipped


# -- the CRF tagger + sentence model, and the lexicons embedded in a model (issue 13 item 8) -------------------

V2_TEXT = ('The regime slammed the disastrous plan as a radical scheme. "It is shameless," the mayor said. '
           "The committee met.")


def _v2_predictions(model: BiasModel, lexicon: Path) -> tuple[list[float], list[tuple[int, int, float]]]:
    from framing import Analyzer
    from framing.ml.scorer import MLScorer

    an = Analyzer(scorers=["lexicon"], lexicons=[lexicon], builtin_lexicons=False)
    an.scorers.append(MLScorer(model, lexicons=an.lexicons))
    a = an.analyze(V2_TEXT)
    return ([s.bias_probability for s in a.sentences],
            [(s.start, s.end, s.weight) for s in a.spans if s.lexicon == model.tagger.name])


def test_v2_round_trip_and_lexicons_travel_inside_the_model(tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    from tests.ml_data import tiny_v2_model

    lex = tmp_path / "train" / "mini.tsv"
    lex.parent.mkdir()
    shutil.copy(MINI_LEXICON, lex)
    model = tiny_v2_model(lex)
    before = _v2_predictions(model, lex)
    assert before[1], "the tiny tagger should find loaded spans"
    save_model(model, tmp_path / "m")
    saved = json.loads((tmp_path / "m" / "lexicons.json").read_text(encoding="utf-8"))
    assert [x["name"] for x in saved["lexicons"]] == ["mini"] and "regime" in saved["lexicons"][0]["content"]
    assert str(lex) not in (tmp_path / "m" / "manifest.json").read_text(encoding="utf-8")  # no path is stored
    # loading from another folder, with the training lexicon gone: same predictions
    shutil.move(tmp_path / "m", tmp_path / "elsewhere")
    lex.unlink()
    loaded = load_model(tmp_path / "elsewhere")
    assert [lx.sha256 for lx in loaded.lexicons] == [lx.sha256 for lx in model.lexicons]
    analysis_lex = tmp_path / "other.tsv"
    shutil.copy(MINI_LEXICON, analysis_lex)
    assert _v2_predictions(loaded, analysis_lex) == before
    # editing the lexicon the analysis runs with does not change the model's predictions
    edited = analysis_lex.read_text(encoding="utf-8").replace("regime\tpejorative_label\t0.5", "met\temotive\t1")
    analysis_lex.write_text(edited, encoding="utf-8")
    probs, tagged = _v2_predictions(loaded, analysis_lex)
    assert probs == before[0]
    # the tagger's spans only change where the analysis' own loaded lexicon spans changed (tokens inside a
    # loaded lexicon span are not reported twice): "regime" is no longer covered, "met" now is
    met, regime = V2_TEXT.index("met"), V2_TEXT.index("regime")
    assert [s for s in before[1] if not s[0] <= met < s[1]] == [s for s in tagged if not s[0] <= regime < s[1]]


def test_classifier_lexicons_are_embedded_not_named(tmp_path: Path) -> None:
    lex = tmp_path / "mini.tsv"
    shutil.copy(MINI_LEXICON, lex)
    texts, labels, words = tiny_sentences()
    clf = SentenceBiasClassifier(lexicons=[str(lex)], builtin_lexicons=False, min_df=1).fit(texts, labels,
                                                                                           biased_words=words)
    p0 = clf.predict_proba(["The committee met."])[:, 1]
    save_model(BiasModel(name="c", classifier=clf), tmp_path / "m")
    lex.write_text(lex.read_text(encoding="utf-8") + "met\temotive\t1\t\t\t\t\t\ttest\n", encoding="utf-8")
    shutil.move(tmp_path / "m", tmp_path / "moved")
    m = load_model(tmp_path / "moved")
    assert m.classifier.lexicons is None and m.classifier.builtin_lexicons is False
    assert np.allclose(m.classifier.predict_proba(["The committee met."])[:, 1], p0, atol=1e-12)


def test_tampered_embedded_lexicon_is_refused(copy: Path) -> None:
    doc = json.loads((copy / "lexicons.json").read_text(encoding="utf-8"))
    doc["lexicons"][0]["content"] += "tyrant\tpejorative_label\t1\n"
    (copy / "lexicons.json").write_text(json.dumps(doc), encoding="utf-8")
    _rehash(copy)
    with pytest.raises(ModelError, match="sha256"):
        load_model(copy)


def test_sentence_model_exclusions_survive_the_round_trip(tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    from tests.ml_data import tiny_v2_model

    model = tiny_v2_model(exclude=("tag_sum", "list_npov"))
    before = _v2_predictions(model, MINI_LEXICON)
    save_model(model, tmp_path / "m")
    loaded = load_model(tmp_path / "m")
    assert loaded.classifier.exclude == ("tag_sum", "list_npov")
    assert _v2_predictions(loaded, MINI_LEXICON) == before
    man = json.loads((tmp_path / "m" / "manifest.json").read_text())
    man["sentence"]["params"]["exclude"] = ["tag_sum", "no_such_feature"]
    (tmp_path / "m" / "manifest.json").write_text(json.dumps(man))
    with pytest.raises(ModelError, match="list of dense feature names"):
        load_model(tmp_path / "m")
