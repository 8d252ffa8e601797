"""Analysis objects (and the objects that carry read-only mappings) pickle and deep-copy, and stay immutable."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import framing
from framing import Analysis, Document

TEXTS = ("The regime slammed the so-called reforms, said President Ortiz.",
         '"We will not back down," said Senator Jane Smith. The dictator was furious.')


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    return [framing.analyze(t, id=f"d{i}", meta={"outlet": "X", "tags": ["a", "b"]}) for i, t in enumerate(TEXTS)]


def _assert_frozen(a: Analysis) -> None:
    for name in Analysis.MAPPING_FIELDS:
        with pytest.raises(TypeError):
            getattr(a, name)["new"] = 1  # type: ignore[index]
    with pytest.raises(AttributeError):
        a.id = "other"  # type: ignore[misc]


def test_pickle_round_trip(analyses: list[Analysis]) -> None:
    for a in analyses:
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            b = pickle.loads(pickle.dumps(a, protocol=protocol))
            assert b == a and b.to_dict(include_text=True) == a.to_dict(include_text=True)
            assert b.spans and b.spans == a.spans and b.actors == a.actors and b.quotes == a.quotes
            _assert_frozen(b)


def test_deepcopy_and_copy(analyses: list[Analysis]) -> None:
    for a in analyses:
        b = copy.deepcopy(a)
        assert b == a and b is not a
        assert b.meta["tags"] == ["a", "b"] and b.meta["tags"] is not a.meta["tags"]  # deep: nested values copied
        _assert_frozen(b)
        c = copy.copy(a)
        assert c == a
        _assert_frozen(c)


def test_non_english_analysis_pickles() -> None:
    with pytest.warns(framing.FramingWarning):
        a = framing.Analyzer().analyze("Der Bundestag hat heute beschlossen, dass die Regierung das Gesetz zur "
                                       "Migration nicht ändern wird.")
    assert a.language == "de"
    b = pickle.loads(pickle.dumps(a))
    assert b.language == "de" and b.to_dict() == a.to_dict()  # NaN scores: compared through to_dict (null)


def test_process_pool_map_returns_analyses() -> None:
    with ProcessPoolExecutor(max_workers=2) as ex:
        got = list(ex.map(framing.analyze, TEXTS))
    want = [framing.analyze(t) for t in TEXTS]
    assert got == want
    assert all(isinstance(a, Analysis) for a in got)
    _assert_frozen(got[0])


def test_document_pickles_with_its_metadata() -> None:
    d = Document("The regime slammed.", id="x", meta={"outlet": "X"})
    assert d.n_words == 3
    for e in (pickle.loads(pickle.dumps(d)), copy.deepcopy(d)):
        assert (e.text, e.id, dict(e.meta), e.n_words) == ("The regime slammed.", "x", {"outlet": "X"}, 3)
        with pytest.raises(TypeError):
            e.meta["new"] = 1  # type: ignore[index]


def test_bias_model_pickles() -> None:
    from framing.ml.persist import BiasModel

    m = BiasModel(name="m", meta={"a": 1}, summary={"b": 2})
    n = pickle.loads(pickle.dumps(m))
    assert n == m and dict(n.meta) == {"a": 1} and dict(n.summary) == {"b": 2}
    with pytest.raises(TypeError):
        n.meta["c"] = 3  # type: ignore[index]


def test_joblib_dump_and_load(analyses: list[Analysis], tmp_path) -> None:  # type: ignore[no-untyped-def]
    joblib = pytest.importorskip("joblib")
    path = tmp_path / "analyses.joblib"
    joblib.dump(analyses, path)
    assert joblib.load(path) == analyses
