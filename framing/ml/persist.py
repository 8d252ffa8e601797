"""Safe persistence of framing's ML models: plain arrays (``.npz``, loaded with ``allow_pickle=False``) and JSON.

A saved model is a folder::

    manifest.json   format, name, metadata, estimator parameters and scalars, and the sha256 of each file below
    arrays.npz      coefficient, idf and scaling arrays (numeric dtypes only)
    vocab.json      n-gram vocabularies, feature and attribute names (lists of str), the tagger's word table
    lexicons.json   the lexicons the model was trained with: metadata, sha256 and the full file content

A model never refers to lexicon files by path: the lexicons it was trained with travel inside it, so it loads
from any folder and editing a lexicon file after training does not change its predictions.

Nothing is ever unpickled. :func:`load_model` checks every file's sha256 against the manifest, every array's
dtype and shape against the parameters, and raises :class:`~framing.exceptions.ModelError` on any mismatch.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from framing.analysis import reduce_frozen
from framing.exceptions import FramingError, ModelError
from framing.io import decode_bytes
from framing.lexicon import Lexicon

__all__ = ["FORMAT", "FORMAT_VERSION", "BiasModel", "default_model", "load_model", "save_model"]

FORMAT = "framing-model"
FORMAT_VERSION = 2
_FILES = ("arrays.npz", "vocab.json", "lexicons.json")
_MAX_JSON = 64 * 1024 * 1024


@dataclass(frozen=True)
class BiasModel:
    """A sentence classifier and a span tagger saved and loaded together, with metadata for the model card."""

    name: str
    classifier: Any = None  # SentenceBiasClassifier | SentenceModel | None
    tagger: Any = None  # LoadedLanguageTagger | CRFTagger | None
    meta: Mapping[str, Any] = field(default_factory=dict)
    #: the lexicons the model's lexicon features were computed with (embedded when saved)
    lexicons: tuple[Lexicon, ...] = ()
    #: the model card's summary as stored in the manifest (:func:`framing.ml.card.model_summary`); empty until saved
    summary: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "meta", MappingProxyType(dict(self.meta)))
        object.__setattr__(self, "summary", MappingProxyType(dict(self.summary)))
        object.__setattr__(self, "lexicons", tuple(self.lexicons))

    def __reduce__(self) -> tuple[Any, ...]:
        return reduce_frozen(self)  # ``meta`` and ``summary`` are read-only proxies

    def model_lexicons(self) -> tuple[Lexicon, ...]:
        """The lexicons the model was trained with (its own, else those of the classifier's lexicon block)."""
        if self.lexicons:
            return self.lexicons
        lt = getattr(self.classifier, "lexicon_transformer_", None)
        return tuple(lt.matcher_.lexicons) if lt is not None else ()


_LEXICON_META = ("name", "version", "description", "licence", "citation", "sources")


def _lexicon_bytes(lx: Lexicon) -> bytes:
    """The file content ``lx`` was parsed from, checked against its sha256."""
    from importlib.resources import files as res_files

    if lx.path.startswith("framing/lexicons/"):
        data = res_files("framing.lexicons").joinpath(lx.path.split("/", 2)[2]).read_bytes()
    elif lx.path:
        try:
            data = Path(lx.path).read_bytes()
        except OSError as exc:
            raise ModelError(f"{lx.path}: cannot embed lexicon {lx.name!r} in the model ({exc.strerror}).") from None
    else:
        raise ModelError(f"lexicon {lx.name!r} has no source file; a model can only embed lexicons loaded from "
                         "files.")
    if hashlib.sha256(data).hexdigest() != lx.sha256:
        raise ModelError(f"{lx.path}: the lexicon file changed after it was loaded (sha256 differs); reload it "
                         "and retrain before saving.")
    return data


def _lexicons_json(lexicons: tuple[Lexicon, ...]) -> str:
    items = []
    for lx in lexicons:
        data = _lexicon_bytes(lx)
        item: dict[str, Any] = {k: getattr(lx, k) for k in _LEXICON_META}
        item["sha256"] = lx.sha256
        item["content"] = data.decode("utf-8")
        items.append(item)
    return json.dumps({"lexicons": items}, ensure_ascii=False, separators=(",", ":"))


def _load_lexicons(path: Path) -> tuple[Lexicon, ...]:
    from framing.lexicon import _build  # the lexicon parser, on content that is not a file

    doc = _read_json(path, "lexicons.json")
    root = path.parent
    _expect(isinstance(doc, dict) and isinstance(doc.get("lexicons"), list), root,
            "lexicons.json must hold a list 'lexicons'")
    out = []
    for n, item in enumerate(doc["lexicons"]):
        _expect(isinstance(item, dict) and all(isinstance(item.get(k), str) for k in (*_LEXICON_META, "sha256",
                                                                                       "content")), root,
                f"lexicons.json entry {n} must hold {', '.join(_LEXICON_META)}, sha256 and content (str)")
        data = item["content"].encode("utf-8")
        _expect(hashlib.sha256(data).hexdigest() == item["sha256"], root,
                f"embedded lexicon {item['name']!r} does not match its sha256")
        lx, errors = _build({k: item[k] for k in _LEXICON_META}, data, f"{path}#{item['name']}")
        if errors:
            raise ModelError(f"{root}: embedded lexicon {item['name']!r} is malformed: {errors[0]}") from None
        out.append(lx)
    return tuple(out)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _jsonable_params(est: Any, *, embed_lexicons: bool = False) -> dict[str, Any]:
    params = est.get_params(deep=False)
    out: dict[str, Any] = {}
    for k, v in params.items():
        if isinstance(v, tuple):
            v = list(v)
        if embed_lexicons and k == "lexicons":
            v = None  # embedded in lexicons.json
        elif embed_lexicons and k == "builtin_lexicons":
            v = False  # the built-in lexicons it used are embedded too
        if not isinstance(v, (str, int, float, bool, list, type(None))):
            raise ModelError(f"Cannot save parameter {k!r} of type {type(v).__name__} as JSON.")
        out[k] = v
    return out


def save_model(model: BiasModel, path: str | Path) -> Path:
    """Write ``model`` into the folder ``path`` (created if needed; files replaced atomically)."""
    from framing.ml.card import model_summary
    from framing.ml.classifier import SentenceBiasClassifier
    from framing.ml.crf import CRFTagger
    from framing.ml.sentence import DENSE_FEATURES, SentenceModel
    from framing.ml.tagger import LoadedLanguageTagger

    root = Path(path)
    root.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    vocab: dict[str, list[str]] = {}
    manifest: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION, "name": model.name,
                                "meta": dict(model.meta)}
    clf = model.classifier if isinstance(model.classifier, SentenceBiasClassifier) else None
    sen = model.classifier if clf is None else None
    if clf is not None:
        if not hasattr(clf, "coef_"):
            raise ModelError("model.classifier must be a fitted SentenceBiasClassifier.")
        wv, cv = clf.word_vectorizer_, clf.char_vectorizer_
        arrays |= {
            "classifier_coef": clf.coef_.astype(np.float64),
            "classifier_word_idf": wv.idf_.astype(np.float64),
            "classifier_char_idf": cv.idf_.astype(np.float64),
            "classifier_dense_mean": clf.dense_mean_.astype(np.float64),
            "classifier_dense_scale": clf.dense_scale_.astype(np.float64),
        }
        prior_words = sorted(clf.prior_table_)
        arrays["classifier_prior_rates"] = np.asarray([clf.prior_table_[w] for w in prior_words], dtype=np.float64)
        vocab |= {
            "classifier_word": sorted(wv.vocabulary_, key=wv.vocabulary_.__getitem__),
            "classifier_char": sorted(cv.vocabulary_, key=cv.vocabulary_.__getitem__),
            "classifier_prior_words": prior_words,
            "classifier_dense_names": list(clf.dense_names_),
            "classifier_lexicon_features": list(clf.lexicon_feature_names_),
        }
        # the lexicons travel inside the model (lexicons.json), never as paths
        params = _jsonable_params(clf, embed_lexicons=True)
        manifest["classifier"] = {"params": params, "intercept": clf.intercept_}
    elif sen is not None:
        if not isinstance(sen, SentenceModel) or not hasattr(sen, "dense_coef_"):
            raise ModelError("model.classifier must be a fitted SentenceBiasClassifier or SentenceModel.")
        arrays |= {"sentence_dense_mean": sen.dense_mean_.astype(np.float64),
                   "sentence_dense_std": sen.dense_std_.astype(np.float64),
                   "sentence_dense_coef": sen.dense_coef_.astype(np.float64),
                   "sentence_word_coef": sen.word_coef_.astype(np.float64)}
        vocab["sentence_words"] = sorted(sen.vocabulary_, key=sen.vocabulary_.__getitem__)
        vocab["sentence_dense_names"] = list(DENSE_FEATURES)
        manifest["sentence"] = {"params": _jsonable_params(sen), "intercept": sen.intercept_}
    tag = model.tagger
    if isinstance(tag, CRFTagger):
        if not hasattr(tag, "state_weights_"):
            raise ModelError("model.tagger must be fitted.")
        arrays["crf_state_weights"] = tag.state_weights_.astype(np.float64).ravel()
        arrays["crf_transitions"] = tag.transitions_.astype(np.float64).ravel()
        vocab["crf_attributes"] = list(tag.attributes_)
        vocab["crf_word_table"] = [f"{k}\t{v}" for k, v in sorted(tag.word_table_.items())]
        manifest["crf_tagger"] = {"params": _jsonable_params(tag), "threshold": tag.threshold_,
                                  "loaded_threshold": tag.loaded_threshold_}
    elif tag is not None:
        if not isinstance(tag, LoadedLanguageTagger) or not hasattr(tag, "coef_"):
            raise ModelError("model.tagger must be a fitted LoadedLanguageTagger or CRFTagger.")
        arrays["tagger_coef"] = tag.coef_.astype(np.float32)
        manifest["tagger"] = {"params": _jsonable_params(tag), "intercept": tag.intercept_,
                              "threshold": tag.threshold_}
    lexicons = model.model_lexicons()
    manifest["lexicons"] = [{"name": lx.name, "version": lx.version, "sha256": lx.sha256} for lx in lexicons]
    _atomic_write(root / "lexicons.json", _lexicons_json(lexicons))
    tmp_arrays = root / "arrays.npz.tmp"
    with open(tmp_arrays, "wb") as f:
        np.savez_compressed(f, **arrays)  # type: ignore[arg-type]
    os.replace(tmp_arrays, root / "arrays.npz")
    _atomic_write(root / "vocab.json", json.dumps(vocab, ensure_ascii=False, separators=(",", ":")))
    manifest["files"] = {name: _sha256(root / name) for name in _FILES}
    manifest["summary"] = model_summary(model)  # the card's summary, read by the report (not parsed from Markdown)
    _atomic_write(root / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    return root


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def _read_json(path: Path, what: str) -> Any:
    try:
        if path.stat().st_size > _MAX_JSON:
            raise ModelError(f"{path}: {what} is larger than {_MAX_JSON} bytes.")
        return json.loads(decode_bytes(path.read_bytes(), str(path), error_class=ModelError, hint=None, utf16=False))
    except FileNotFoundError:
        raise ModelError(f"{path}: {what} not found; expected a model folder with {', '.join(_FILES)} and "
                         "manifest.json.") from None
    except json.JSONDecodeError as exc:
        raise ModelError(f"{path}: {what} is not valid UTF-8 JSON ({exc}).") from None


def _expect(cond: bool, root: Path, msg: str) -> None:
    if not cond:
        raise ModelError(f"{root}: malformed model: {msg}")


def _array(arrays: Mapping[str, np.ndarray], key: str, root: Path, n: int | None = None) -> np.ndarray:
    _expect(key in arrays, root, f"arrays.npz lacks {key!r}")
    a = arrays[key]
    _expect(a.ndim == 1 and a.dtype.kind == "f", root, f"{key} must be a 1-d float array, got {a.dtype} {a.shape}")
    if n is not None:
        _expect(a.shape[0] == n, root, f"{key} must have {n} entries, got {a.shape[0]}")
    _expect(bool(np.all(np.isfinite(a))), root, f"{key} holds non-finite values")
    return a


def _str_list(vocab: Mapping[str, Any], key: str, root: Path) -> list[str]:
    v = vocab.get(key)
    if not (isinstance(v, list) and all(isinstance(t, str) for t in v)):
        raise ModelError(f"{root}: malformed model: vocab.json[{key!r}] must be a list of str")
    return list(v)


def _finite(x: Any, root: Path, what: str) -> float:
    _expect(isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x), root,
            f"{what} must be a finite number, got {x!r}")
    return float(x)


def _params(section: Mapping[str, Any], cls: type, root: Path) -> dict[str, Any]:
    params = section.get("params")
    if not isinstance(params, dict):
        raise ModelError(f"{root}: malformed model: estimator parameters missing")
    valid = set(cls().get_params(deep=False))
    unknown = set(params) - valid
    _expect(not unknown, root, f"unknown {cls.__name__} parameters {sorted(unknown)}")
    out = dict(params)
    defaults = cls().get_params(deep=False)
    for k, v in out.items():
        _expect(isinstance(v, (str, int, float, bool, list, type(None))), root, f"parameter {k!r} has a bad type")
        d = defaults[k]
        if k.endswith("_range"):
            _expect(isinstance(v, list) and len(v) == 2 and all(type(i) is int for i in v)
                    and 1 <= v[0] <= v[1] <= 10, root,
                    f"parameter {k!r} must be two ints 1 <= lo <= hi <= 10, got {v!r}")
            out[k] = tuple(v)
        elif k == "exclude":
            from framing.ml.sentence import DENSE_FEATURES

            _expect(isinstance(v, list) and all(isinstance(x, str) and x in DENSE_FEATURES for x in v), root,
                    f"parameter 'exclude' must be a list of dense feature names, got {str(v)[:200]!r}")
            out[k] = tuple(v)
        elif k == "lexicons":
            # lexicon files named by a model are read when it loads: only .tsv files or folders, and a failure
            # to read them is reported without their content (see load_model)
            _expect(v is None or (isinstance(v, list) and all(
                isinstance(x, str) and x and (x.endswith(".tsv") or Path(x).is_dir()) for x in v)), root,
                "parameter 'lexicons' must be null or a list of .tsv files or lexicon folders, got "
                f"{str(v)[:200]!r}")
        elif isinstance(d, bool):
            _expect(type(v) is bool, root, f"parameter {k!r} must be true or false, got {v!r}")
        elif isinstance(d, float) or k in ("C", "threshold"):
            _expect((v is None and d is None) or (type(v) in (int, float) and math.isfinite(v) and v >= 0), root,
                    f"parameter {k!r} must be a finite number >= 0, got {v!r}")
        elif isinstance(d, int):
            _expect((type(v) is int and 0 <= v <= 1 << 24) or (v is None and k == "random_state"), root,
                    f"parameter {k!r} must be an int in [0, 2^24], got {v!r}")
        elif isinstance(d, str):
            _expect(isinstance(v, str) and 0 < len(v) <= 200, root, f"parameter {k!r} must be a short str, got {v!r}")
        elif d is None and k not in ("threshold",):
            _expect(v is None or isinstance(v, (str, int, float)), root, f"parameter {k!r} has a bad type")
    return out


def load_model(path: str | Path) -> BiasModel:
    """Load a model folder written by :func:`save_model`; any tampering gives a :class:`ModelError`."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from framing.ml.classifier import SentenceBiasClassifier
    from framing.ml.tagger import LoadedLanguageTagger
    from framing.transformers import LexiconTransformer

    root = Path(path)
    if not root.is_dir():
        raise ModelError(f"{root}: expected a model folder (with manifest.json), got "
                         f"{'a file' if root.exists() else 'nothing'}.")
    manifest = _read_json(root / "manifest.json", "manifest.json")
    _expect(isinstance(manifest, dict), root, "manifest.json must be an object")
    _expect(manifest.get("format") == FORMAT, root, f"format must be {FORMAT!r}, got {manifest.get('format')!r}")
    _expect(manifest.get("format_version") == FORMAT_VERSION, root,
            f"format_version must be {FORMAT_VERSION}, got {manifest.get('format_version')!r} (models of format 1 "
            "named their lexicons by path: retrain them with `framing train`)")
    hashes = manifest.get("files")
    _expect(isinstance(hashes, dict), root, "manifest.json lacks the file hashes")
    for name in _FILES:
        expected = hashes.get(name)
        try:
            actual = _sha256(root / name)
        except FileNotFoundError:
            raise ModelError(f"{root}: malformed model: {name} is missing") from None
        if expected != actual:
            raise ModelError(f"{root / name}: sha256 mismatch (manifest says {expected}, file has {actual}); "
                             "the file was changed after the model was saved. Refusing to load it.")
    try:
        with np.load(root / "arrays.npz", allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except (ValueError, OSError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelError(f"{root / 'arrays.npz'}: cannot read plain arrays ({exc}).") from None
    vocab = _read_json(root / "vocab.json", "vocab.json")
    _expect(isinstance(vocab, dict), root, "vocab.json must be an object")
    name = manifest.get("name")
    _expect(isinstance(name, str) and bool(name), root, "name must be a non-empty str")
    meta = manifest.get("meta", {})
    _expect(isinstance(meta, dict), root, "meta must be an object")
    summary = manifest.get("summary", {})
    _expect(isinstance(summary, dict), root, "summary must be an object")

    lexicons = _load_lexicons(root / "lexicons.json")
    _expect([{"name": lx.name, "version": lx.version, "sha256": lx.sha256} for lx in lexicons]
            == manifest.get("lexicons"), root, "the manifest's lexicon list does not match lexicons.json")
    clf: Any = None
    if "classifier" in manifest:
        sec = manifest["classifier"]
        _expect(isinstance(sec, dict), root, "classifier section must be an object")
        clf = SentenceBiasClassifier(**_params(sec, SentenceBiasClassifier, root))
        words = _str_list(vocab, "classifier_word", root)
        chars = _str_list(vocab, "classifier_char", root)
        prior_words = _str_list(vocab, "classifier_prior_words", root)
        dense_names = _str_list(vocab, "classifier_dense_names", root)
        lex_names = _str_list(vocab, "classifier_lexicon_features", root)
        _expect(len(set(words)) == len(words) and len(set(chars)) == len(chars), root, "duplicate vocabulary terms")
        wv = TfidfVectorizer(ngram_range=clf.word_ngram_range, min_df=1, sublinear_tf=True)
        wv.vocabulary_ = {t: i for i, t in enumerate(words)}
        wv.idf_ = _array(arrays, "classifier_word_idf", root, len(words))
        cv = TfidfVectorizer(analyzer="char_wb", ngram_range=clf.char_ngram_range, min_df=1, sublinear_tf=True)
        cv.vocabulary_ = {t: i for i, t in enumerate(chars)}
        cv.idf_ = _array(arrays, "classifier_char_idf", root, len(chars))
        clf.word_vectorizer_, clf.char_vectorizer_ = wv, cv
        clf.n_word_, clf.n_char_ = len(words), len(chars)
        rates = _array(arrays, "classifier_prior_rates", root, len(prior_words))
        clf.prior_table_ = dict(zip(prior_words, rates.tolist(), strict=True))
        clf.dense_names_ = tuple(dense_names)
        clf.dense_mean_ = _array(arrays, "classifier_dense_mean", root, len(dense_names))
        clf.dense_scale_ = _array(arrays, "classifier_dense_scale", root, len(dense_names))
        clf.lexicon_feature_names_ = tuple(lex_names)
        n_lex_dense = sum(n.startswith("lexicon:") for n in dense_names)
        _expect(n_lex_dense == len(lex_names), root, "lexicon feature names do not match the dense block")
        n_prior_dense = sum(n.startswith("prior:") for n in dense_names)
        _expect(n_prior_dense in (0, 4) and (n_prior_dense == 0) == (not prior_words), root,
                "prior features do not match the prior table")
        clf.lexicon_transformer_ = None
        _expect(clf.lexicons is None and not clf.builtin_lexicons, root,
                "parameter 'lexicons' must be null and 'builtin_lexicons' false: a model embeds its lexicons")
        if lex_names:
            try:
                clf.lexicon_transformer_ = LexiconTransformer(lexicons=list(lexicons), builtin_lexicons=False,
                                                              detect_language=False).fit([])
            except FramingError as exc:
                raise ModelError(f"{root}: the model's lexicon features cannot be set up ({type(exc).__name__})."
                                 ) from None
        clf.coef_ = _array(arrays, "classifier_coef", root, len(words) + len(chars) + len(dense_names))
        clf.intercept_ = _finite(sec.get("intercept"), root, "classifier intercept")
        clf.classes_ = np.array([0, 1])
        clf.feature_names_ = np.asarray([f"word:{t}" for t in words] + [f"char:{t}" for t in chars] + dense_names,
                                        dtype=object)
    if "sentence" in manifest:
        _expect(clf is None, root, "a model holds one sentence model")
        clf = _load_sentence(manifest["sentence"], arrays, vocab, root)
    tag: Any = None
    if "crf_tagger" in manifest:
        tag = _load_crf(manifest["crf_tagger"], arrays, vocab, root)
    if "tagger" in manifest:
        _expect(tag is None, root, "a model holds one tagger")
        sec = manifest["tagger"]
        _expect(isinstance(sec, dict), root, "tagger section must be an object")
        tag = LoadedLanguageTagger(**_params(sec, LoadedLanguageTagger, root))
        _expect(isinstance(tag.n_features, int) and tag.n_features >= 16, root, "bad n_features")
        coef = arrays.get("tagger_coef")
        _expect(coef is not None and coef.dtype == np.float32 and coef.shape == (tag.n_features,), root,
                f"tagger_coef must be float32 of shape ({tag.n_features},)")
        assert coef is not None
        _expect(bool(np.all(np.isfinite(coef))), root, "tagger_coef holds non-finite values")
        tag.coef_ = coef
        tag.intercept_ = _finite(sec.get("intercept"), root, "tagger intercept")
        tag.threshold_ = _finite(sec.get("threshold"), root, "tagger threshold")
        _expect(0.0 <= tag.threshold_ <= 1.0, root, "tagger threshold must lie in [0, 1]")
    _expect(clf is not None or tag is not None, root, "the model holds neither a classifier nor a tagger")
    return BiasModel(name=name, classifier=clf, tagger=tag, meta=meta, lexicons=lexicons, summary=summary)


def _load_sentence(sec: Any, arrays: Mapping[str, np.ndarray], vocab: Mapping[str, Any], root: Path) -> Any:
    from framing.ml.sentence import DENSE_FEATURES, SentenceModel

    _expect(isinstance(sec, dict), root, "sentence section must be an object")
    sen = SentenceModel(**_params(sec, SentenceModel, root))
    words = _str_list(vocab, "sentence_words", root)
    _expect(len(set(words)) == len(words), root, "duplicate sentence words")
    _expect(_str_list(vocab, "sentence_dense_names", root) == list(DENSE_FEATURES), root,
            "the sentence model's dense features differ from this version's")
    k = len(DENSE_FEATURES)
    sen.vocabulary_ = {w: i for i, w in enumerate(words)}
    sen.word_coef_ = _array(arrays, "sentence_word_coef", root, len(words))
    sen.dense_mean_ = _array(arrays, "sentence_dense_mean", root, k)
    sen.dense_std_ = _array(arrays, "sentence_dense_std", root, k)
    _expect(bool(np.all(sen.dense_std_ > 0)), root, "sentence_dense_std must be > 0")
    sen.dense_coef_ = _array(arrays, "sentence_dense_coef", root, k)
    sen.intercept_ = _finite(sec.get("intercept"), root, "sentence intercept")
    sen.classes_ = np.array([0, 1])
    return sen


def _load_crf(sec: Any, arrays: Mapping[str, np.ndarray], vocab: Mapping[str, Any], root: Path) -> Any:
    from framing.ml.crf import CRFTagger

    _expect(isinstance(sec, dict), root, "crf_tagger section must be an object")
    tag = CRFTagger(**_params(sec, CRFTagger, root))
    attrs = _str_list(vocab, "crf_attributes", root)
    _expect(len(set(attrs)) == len(attrs), root, "duplicate CRF attributes")
    table: dict[str, str] = {}
    for row in _str_list(vocab, "crf_word_table", root):
        k, sep, v = row.partition("\t")
        _expect(bool(sep) and bool(k), root, "crf_word_table rows must be word<TAB>tags")
        table[k] = v
    tag.attributes_ = attrs
    tag.state_weights_ = _array(arrays, "crf_state_weights", root, 2 * len(attrs)).reshape(-1, 2)
    tag.transitions_ = _array(arrays, "crf_transitions", root, 4).reshape(2, 2)
    tag.word_table_ = table
    tag.threshold_ = _finite(sec.get("threshold"), root, "tagger threshold")
    tag.loaded_threshold_ = _finite(sec.get("loaded_threshold"), root, "tagger loaded threshold")
    _expect(0.0 <= tag.threshold_ <= 1.0 and 0.0 <= tag.loaded_threshold_ <= 1.0, root,
            "tagger thresholds must lie in [0, 1]")
    tag._reset_cache()
    return tag


@lru_cache(maxsize=1)
def default_model() -> BiasModel:
    """The model shipped in ``framing/models/default`` (loaded once)."""
    res = files("framing.models").joinpath("default")
    with as_file(res) as p:
        return load_model(p)
