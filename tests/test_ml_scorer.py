"""The ``ml`` scorer: output contract (sentences, scores, tagger spans) and the shipped default model."""

from __future__ import annotations

import pytest

from framing import Analyzer
from framing.ml.classifier import SentenceBiasClassifier
from framing.ml.persist import BiasModel
from framing.ml.scorer import MLScorer
from framing.ml.tagger import LoadedLanguageTagger
from tests.ml_data import MINI_LEXICON, tiny_sentences, tiny_span_docs

TEXT = ('The regime slammed the disastrous plan as a radical scheme. "It is shameless," the mayor said.\n\n'
        "The council published a report on the water supply.")


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    texts, labels, words = tiny_sentences()
    clf = SentenceBiasClassifier(lexicons=[MINI_LEXICON], builtin_lexicons=False, min_df=1)
    clf.fit(texts, labels, biased_words=words)
    docs, spans = tiny_span_docs()
    tag = LoadedLanguageTagger(n_features=2**14, name="tiny-tagger").fit(docs, spans)
    an = Analyzer(scorers=["lexicon"], lexicons=[MINI_LEXICON], builtin_lexicons=False)
    an.scorers.append(MLScorer(BiasModel(name="tiny", classifier=clf, tagger=tag)))
    return an


def test_sentences_align_with_document(analyzer: Analyzer) -> None:
    from framing.document import Document

    a = analyzer.analyze(TEXT)
    doc = Document(TEXT)
    assert [(s.start, s.end) for s in a.sentences] == list(doc.sentences)
    probs = [s.bias_probability for s in a.sentences]
    assert all(0 <= p <= 1 for p in probs)
    assert probs[0] > 0.5 > probs[-1]
    assert a.sentences[0].top_terms and all(isinstance(t, str) and isinstance(w, float)
                                            for t, w in a.sentences[0].top_terms)
    assert a.scores["bias_probability_max"] == pytest.approx(max(probs), abs=1e-4)
    assert a.scores["bias_probability_mean"] == pytest.approx(sum(probs) / len(probs), abs=1e-4)
    assert a.scores["biased_sentence_share"] == pytest.approx(sum(p >= 0.5 for p in probs) / len(probs))
    d = a.to_dict()
    assert d["sentences"][0]["top_terms"][0].keys() == {"term", "weight"}
    # top terms are explained for the sentences read as biased only
    assert all(bool(s.top_terms) == (s.bias_probability >= 0.5) for s in a.sentences if s.bias_probability != 0.5)


def test_tagger_spans_join_lexicon_spans_without_duplicates(analyzer: Analyzer) -> None:
    a = analyzer.analyze(TEXT)
    model_spans = [s for s in a.spans if s.lexicon == "tiny-tagger"]
    lex_spans = [s for s in a.spans if s.lexicon == "mini" and s.weight > 0]
    assert model_spans and lex_spans
    assert {"regime", "slammed"} <= {s.text for s in lex_spans}
    for m in model_spans:
        assert TEXT[m.start : m.end] == m.text
        assert m.weight > 0 and m.probability is not None and m.category == "loaded_model"
        assert not any(m.start < s.end and s.start < m.end for s in lex_spans)
    assert a.scores["model_loaded_count"] == len(model_spans)


def test_empty_text(analyzer: Analyzer) -> None:
    a = analyzer.analyze("")
    assert a.sentences == ()
    assert a.scores["bias_probability_mean"] == 0.0
    assert not [s for s in a.spans if s.lexicon == "tiny-tagger"]


def test_default_model_ships_and_runs() -> None:
    from importlib.resources import files

    if not files("framing.models").joinpath("default", "manifest.json").is_file():
        pytest.skip("the default model has not been built into framing/models/default")
    from framing.ml.persist import default_model

    m = default_model()
    assert m.classifier is not None and m.tagger is not None
    an = Analyzer(scorers=["lexicon"], lexicons=[MINI_LEXICON], builtin_lexicons=False)
    # candidates too: the shipped tagger's loaded threshold is set for precision, so most of its spans are
    # weight-0 candidates (issue 12: one definition of loaded)
    an.scorers.append(MLScorer(m, candidates=True))
    a = an.analyze("Critics slammed the radical, disastrous scheme. Officials said it would be reviewed.")
    assert len(a.sentences) == 2
    assert a.sentences[0].bias_probability > a.sentences[1].bias_probability
    assert any(s.lexicon == m.tagger.name for s in a.spans)


def test_default_model_does_not_score_short_questions_highest() -> None:
    """The old classifier gave "What does Donald Trump think?" 0.96, its highest score on real news."""
    from framing.ml.persist import default_model
    from framing.ml.sentence import SentenceModel

    if not isinstance(default_model().classifier, SentenceModel):
        pytest.skip("the default model has no evidence sentence model")
    a = framing_analyze("What does Donald Trump think? Critics slammed the radical, disastrous scheme as a "
                        "shameless power grab by corrupt elites.")
    q, loaded = (s.bias_probability for s in a.sentences)
    assert q < 0.5 and q < loaded


def test_default_model_lists_content_words_as_top_terms() -> None:
    """Function words carry weight in the sentence model ("is", "the", "he" were half the top terms on 100 AllSides
    articles), but a reader learns nothing from them: they are listed only when no content word raised the
    sentence."""
    import framing
    from framing.ml.features import is_function_token

    seen_function = seen_content = 0
    for r in framing.read_sample():
        for s in framing_analyze(r.text).sentences:
            terms = [t for t, _ in s.top_terms]
            function = [t for t in terms if is_function_token(t)]
            seen_function += len(function)
            seen_content += len(terms) - len(function)
            assert not function or len(function) == len(terms), terms
    assert seen_content > 20
    assert is_function_token("the") and is_function_token("’s") and is_function_token("--")
    assert not is_function_token("slammed") and not is_function_token("radical left")


def framing_analyze(text: str):  # type: ignore[no-untyped-def]
    import framing

    return framing.analyze(text, scorers=["lexicon", "ml"])


def test_token_cache_growth_and_clearing_do_not_change_results(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 16: the per-word cache grows by doubling (not a concatenation per document) and is cleared past
    # WORD_CACHE_LIMIT forms; neither may change what a document gets
    import framing
    import framing.ml.scorer as ml_scorer

    texts = [r.text for r in framing.read_sample()][:6] + [f"Word{i} and the regime slammed it {i}." for i in range(40)]

    def run(limit: int) -> list[object]:
        monkeypatch.setattr(ml_scorer, "WORD_CACHE_LIMIT", limit)
        az = Analyzer(scorers=["lexicon", "ml"])
        return [az.analyze(t).to_dict() for t in texts]

    fresh = [Analyzer(scorers=["lexicon", "ml"]).analyze(t).to_dict() for t in texts[-3:]]
    big, tiny = run(200_000), run(900)
    assert big == tiny
    assert big[-3:] == fresh
