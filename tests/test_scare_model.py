"""The scare-quote model: features on both sides, the shipped weights, the decision (framing.scorers.scare_model)."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

import framing
from framing.document import Document
from framing.exceptions import ModelError
from framing.scorers import scare_model
from framing.scorers.scare_model import (
    FEATURES,
    check_model,
    is_scare_quote,
    scare_features,
    scare_model_info,
    scare_probability,
    scare_threshold,
)


def _feats(text: str, phrase: str) -> dict[str, float]:
    qs = text.index(phrase)
    return scare_features(Document(text), qs, qs + len(phrase), phrase[1:-1])


@pytest.mark.parametrize(("feature", "on", "off"), [
    ("so_called", ('The so-called "experts" were wrong.', '"experts"'), ('The "experts" were wrong.', '"experts"')),
    ("position", ('It ended the "reforms" for good.', '"reforms"'),
     ('The court weighed the principle of "professionalism" today.', '"professionalism"')),
    ("after_preposition", ('The court weighed the principle of "professionalism" today.', '"professionalism"'),
     ('It ended the "reforms" for good.', '"reforms"')),
    ("after_as", ('They are seen as "establishment" picks.', '"establishment"'),
     ('They are the "establishment" picks.', '"establishment"')),
    ("before_noun", ('The party backs a "bipartisan" bill now.', '"bipartisan"'),
     ('The "reforms" ended badly.', '"reforms"')),
    ("noun_compound", ('They moved it to the "suspense" file today.', '"suspense"'),
     ('They backed a "good" deal now.', '"good"')),
    ("naming_before", ('It is what economists call its "natural" rate.', '"natural"'),
     ('It is what economists like, a "natural" rate.', '"natural"')),
    ("hyphenated", ('They perform a "social-hack" of journalism.', '"social-hack"'),
     ('They perform a "hack" of journalism.', '"hack"')),
    ("valence_inside", ('There is no coverage of this "good" stuff.', '"good"'),
     ('There is no coverage of this "pool" stuff.', '"pool"')),
    ("sentence_start", ('"Moderate" Hickenlooper signed it.', '"Moderate"'),
     ('They called him "Moderate" today.', '"Moderate"')),
    ("capitalised", ('They saw the "Trump effect" there.', '"Trump effect"'),
     ('They saw the "bounce effect" there.', '"bounce effect"')),
    ("stop_inside", ('It is the "startup culture." Then more.', '"startup culture."'),
     ('It is the "startup culture" now.', '"startup culture"')),
    ("listed", ('They were called "elites," "globalists" and worse.', '"globalists"'),
     ('They were called "globalists" and worse.', '"globalists"')),
    ("repeated", ('The "deal" ended. Nobody liked the "deal" at all.', '"deal"'),
     ('The "deal" ended. Nobody liked the plan at all.', '"deal"')),
    ("one_word", ('It is the "sane" choice.', '"sane"'), ('It is the "very sane" choice.', '"very sane"')),
])
def test_each_feature_on_both_sides(feature: str, on: tuple[str, str], off: tuple[str, str]) -> None:
    assert _feats(*on)[feature] == 1.0, on
    assert _feats(*off)[feature] == 0.0, off


def test_features_are_the_declared_ones_and_an_empty_phrase_has_none() -> None:
    f = _feats('It ended the "reforms" for good.', '"reforms"')
    assert tuple(f) == FEATURES and f["words"] == pytest.approx(1 / 6)
    assert set(_feats('It ended the " " for good.', '" "').values()) == {0.0}


def test_shipped_model_loads_from_the_package_and_is_a_logistic_dot_product() -> None:
    raw = json.loads(resources.files("framing.data").joinpath("scare_model.json").read_text(encoding="utf-8"))
    assert check_model(raw) == raw and set(raw["features"]) <= set(FEATURES)
    # (a threshold above 1 means no candidate passes: what the session-18 data gave, see the card)
    assert 0.0 < scare_threshold() <= 1.01 and scare_model_info()["candidates"] > 0
    f = _feats('It ended the so-called "reforms" for good.', '"reforms"')
    z = raw["intercept"] + sum(w * f[n] for n, w in zip(raw["features"], raw["coef"], strict=True))
    assert scare_probability(f) == pytest.approx(1 / (1 + math.exp(-z)))
    # the signs the training data gave: a modifier before a noun ("dark money" groups) for, a hyphenated word
    # against; "so-called" not for (session 15: the blind so-called labels call 34 of 41 quoted phrases after it
    # names of standard terms; session 18: 3 of 13 candidates after it labelled scare), and it passes nothing
    weights = dict(zip(raw["features"], raw["coef"], strict=True))
    assert weights["before_noun"] > 0 and weights["hyphenated"] < 0 and weights["so_called"] <= 0
    assert "so_called" not in raw["passes"] and raw["info"]["candidates"] >= 900
    # the shipped data file has a card beside it
    assert "scare_model.json" in resources.files("framing.data").joinpath("scare_model.md").read_text("utf-8")


@pytest.mark.parametrize("bad", [
    {"features": ["so_called"], "coef": [1.0], "intercept": 0.0},  # no threshold
    {"features": ["so_called"], "coef": [1.0, 2.0], "intercept": 0.0, "threshold": 0.5},  # weights != features
    {"features": ["nonsense"], "coef": [1.0], "intercept": 0.0, "threshold": 0.5},
    {"features": [], "coef": [], "intercept": 0.0, "threshold": 0.5, "passes": ["nonsense"]},
])
def test_a_malformed_model_is_a_model_error_that_says_what(bad: dict[str, object]) -> None:
    with pytest.raises(ModelError, match="expected an intercept, a threshold"):
        check_model(bad, "x.json")


def _fake(monkeypatch: pytest.MonkeyPatch, **model: object) -> None:
    monkeypatch.setattr(scare_model, "_load", lambda: check_model(model))


def test_required_features_gate_and_passing_features_admit(monkeypatch: pytest.MonkeyPatch) -> None:
    text = 'They now back a "bipartisan" bill, not the so-called "reforms" of "professionalism" today.'
    doc = Document(text)

    def decide(phrase: str) -> bool:
        qs = text.index(phrase)
        return is_scare_quote(doc, qs, qs + len(phrase), phrase[1:-1])

    # a model that says yes to everything still needs the scare-quote position
    _fake(monkeypatch, features=[], coef=[], intercept=10.0, threshold=0.5, requires=["position"])
    assert decide('"bipartisan"') and decide('"reforms"') and not decide('"professionalism"')
    # a model that says no to everything: only a passing feature ("so-called") admits
    _fake(monkeypatch, features=[], coef=[], intercept=-10.0, threshold=0.5, requires=["position"],
          passes=["so_called"])
    assert decide('"reforms"') and not decide('"bipartisan"')


def test_shipped_decision_is_precision_first() -> None:
    # after "so-called": a candidate, no longer a scare quote by itself (session 15: naming quotes such as the
    # so-called "fiscal cliff" are no scare quotes) and never loaded evidence
    for text in ('Critics doubt the so-called "experts" on trade.', 'Congress must avert the so-called "fiscal cliff".',
                 'Both sides neared a so-called "phase one" trade agreement.'):
        a = framing.analyze(text)
        assert a.scare_quotes == () and not [s for s in a.spans if s.category == "scare_quote"], text
    # a determiner alone, a preposition, a hyphenated coinage: not shown as scare quotes
    for text in ('It ended the "reforms" for good.', 'The court weighed the principle of "professionalism" today.',
                 'The leakers perform a "social-hack" of journalism itself.'):
        assert framing.analyze(text).scare_quotes == (), text
