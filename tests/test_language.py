"""Language detection and the pipeline's handling of documents that are not English."""

from __future__ import annotations

import json
import math
import pickle
import warnings
from pathlib import Path

import pytest

from framing import Analyzer
from framing.exceptions import FramingWarning
from framing.language import ENGLISH, detect_language

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "language_non_english.jsonl"
GERMAN = ("Das Regime in Caracas hat die Wahl erneut verschoben. Beobachter der Europäischen Union sprechen von "
          "einem schweren Rückschlag für die Demokratie in Venezuela.")
ENGLISH_TEXT = "The regime slammed the so-called reforms, and the senator said the bill would fail in the House."


def test_english_and_short_texts_are_english() -> None:
    assert detect_language(ENGLISH_TEXT) == ENGLISH
    for short in ("", "Merkel", "El Niño", "Donald Trump en Paris", "Москва Merkel", "¡Viva México!", "12 345", "Я"):
        assert detect_language(short) == ENGLISH, short


@pytest.mark.parametrize("text", ["政权猛烈抨击改革", "Москва", "日本政府は月曜日に発表した。",
                                  "정부는 월요일에 발표했다."])
def test_a_short_text_with_no_latin_letter_is_not_english(text: str) -> None:
    # (a black-box audit found "政权猛烈抨击改革" scored as English: Flesch reading ease 121)
    assert detect_language(text) != ENGLISH


def test_other_languages() -> None:
    assert detect_language(GERMAN) == "de"
    assert detect_language("Президент России провёл в Кремле совещание с членами правительства по экономике.") == "ru"
    assert detect_language("美国总统周二表示，新的关税措施将于下个月生效，多位经济学家警告此举可能推高价格。") == "zh"


def test_bundled_non_english_set_all_flagged() -> None:
    docs = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(docs) >= 50 and len({d["lang"] for d in docs}) >= 5
    assert [d["id"] for d in docs if detect_language(d["text"]) == ENGLISH] == []


def test_english_with_foreign_names_and_a_quote_stays_english() -> None:
    text = ("Venezuelan President Nicolás Maduro told supporters in Caracas on Sunday that \"la patria no se vende\", "
            "a slogan his party has used for years, before he signed a decree on oil exports.")
    assert detect_language(text) == ENGLISH


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_non_english_scores_are_null(analyzer: Analyzer) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = analyzer.analyze(GERMAN, id="de1")
        b = analyzer.analyze(GERMAN + " Die Opposition protestierte.", id="de2")
    assert a.language == "de" and b.language == "de"
    en = analyzer.analyze(ENGLISH_TEXT)
    assert en.language == ENGLISH and not any(math.isnan(v) for v in en.scores.values())
    assert set(a.scores) == set(en.scores)  # same columns in tables
    assert all(math.isnan(v) for v in a.scores.values())
    assert a.spans == () and a.actors == () and a.dominant_frame is None
    d = a.to_dict()
    assert d["language"] == "de" and set(d["scores"].values()) == {None}
    assert json.loads(json.dumps(d))["scores"]["loaded_index"] is None
    assert math.isnan(float(a.scores_frame()["loaded_index"].iloc[0]))
    ours = [w for w in caught if issubclass(w.category, FramingWarning)]
    assert len(ours) == 1 and "'de'" in str(ours[0].message)  # once per language, not per document


def test_detection_can_be_switched_off() -> None:
    a = Analyzer(scorers=["lexicon"], detect_language=False).analyze(GERMAN)
    assert a.language == ENGLISH and not math.isnan(a.scores["loaded_index"])


def test_pickled_analyzer_keeps_the_setting() -> None:
    an = pickle.loads(pickle.dumps(Analyzer(scorers=["lexicon"], detect_language=False)))
    assert an.detect_language is False


def test_english_short_cut_answers_as_the_model_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plainly English texts skip the model; mixed texts (English lead, then another language) still reach it."""
    import framing.language as language

    calls: list[str] = []
    real = language._identifier()

    class Counting:
        def classify(self, s: str) -> tuple[str, float]:
            calls.append(s)
            return real.classify(s)

    monkeypatch.setattr(language, "_identifier", lambda: Counting())
    long_english = " ".join([ENGLISH_TEXT] * 6)
    assert detect_language(long_english) == ENGLISH and calls == []
    assert real.classify(long_english[:1200])[0] == ENGLISH  # what the model would have said
    assert detect_language("Donald Trump visited the House on Tuesday") == ENGLISH and calls == []  # < MIN_WORDS
    mixed = ENGLISH_TEXT + "\n\n" + GERMAN + " " + GERMAN
    assert detect_language(mixed) == "de" and len(calls) == 1


@pytest.mark.filterwarnings("ignore::framing.exceptions.FramingWarning")
def test_a_short_text_in_another_script_gets_null_scores_and_frames() -> None:
    # found by the fuzz test once short texts with no Latin letter became "und": frames are null like scores
    # (the warning comes once per language and process, so whether it comes here depends on the tests before)
    import math

    import framing

    a = framing.analyze("النظام")
    assert a.language == "und"
    assert all(math.isnan(v) for v in a.scores.values()) and all(math.isnan(v) for v in a.frames.values())
