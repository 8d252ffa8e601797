"""The learned speaker choice (framing.scorers.speaker_ranker) and its shipped weights."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.analysis import Actor, Quote
from framing.document import Document
from framing.scorers.quotes import find_quotes
from framing.scorers.speaker_phrase import plausible_speaker
from framing.scorers.speaker_ranker import (
    RuleAttribution,
    SpeakerRanker,
    flat_features,
    load_ranker,
    speaker_candidates,
)

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"


def _actor(text: str, name: str, typ: str = "person") -> Actor:
    spans = []
    i = text.find(name)
    while i >= 0:
        spans.append((i, i + len(name)))
        i = text.find(name, i + 1)
    return Actor(name, typ, tuple(spans))



def _ranked(text: str) -> list[Quote]:
    """The quotations with the learned ranker switched on (``find_quotes(..., rank_speakers=True)``)."""
    a = framing.analyze(text, scorers=["lexicon", "devices"])
    return find_quotes(framing.Document(text), a.spans, a.actors, rank_speakers=True)[0]

def test_shipped_weights_load_and_trust_the_rules_and_reporting_verbs() -> None:
    ranker = load_ranker()
    assert load_ranker() is ranker  # cached
    w = ranker.weights
    assert len(w) > 50 and all(isinstance(v, float) for v in w.values())
    assert w["rule_pick"] > 0 and w["verb_next"] > 0 and w["in_other_quote"] < 0
    card = resources.files("framing.models").joinpath("speakers").joinpath("MODEL_CARD.md").read_text("utf-8")
    assert "MIT" in card and "quotes_gold_blind3.jsonl" in card


def test_candidates_cover_both_sides_the_rules_pick_and_none_and_are_deterministic() -> None:
    text = 'Ana Ruiz met Tom Lee on Monday. "We will win," Lee said, as Ruiz listened.'
    doc = Document(text)
    actors = [_actor(text, "Ana Ruiz"), _actor(text, "Lee"), _actor(text, "Ruiz")]
    (qs, qe), = doc.quotes
    s = text.index("Lee said")
    rules = [RuleAttribution((s, s + 3), "Lee", "verb")]
    c1 = speaker_candidates(doc, [(qs, qe)], rules, actors)
    c2 = speaker_candidates(Document(text), [(qs, qe)], rules, actors)
    assert [(c[0], flat_features(c)) for c in c1[0]] == [(c[0], flat_features(c)) for c in c2[0]]
    names = [n for n, _, _ in c1[0]]
    assert {"Ana Ruiz", "Lee", "Ruiz", None} <= set(names)
    lee = next(flat_features(c) for c in c1[0] if c[0] == "Lee" and "side_after" in flat_features(c))
    assert lee["rule_pick"] == 1.0 and lee["verb_next"] == 1.0 and lee["at_rule_phrase"] == 1.0
    ruiz = [flat_features(c) for c in c1[0] if c[0] == "Ruiz"]
    assert all("rule_pick" not in f for f in ruiz) and any(f.get("side_after") for f in ruiz)
    assert any(f.get("side_before") for f in ruiz)  # "Ruiz" of "Ana Ruiz" too
    assert SpeakerRanker(load_ranker().weights).rank(doc, [(qs, qe)], rules, actors) == ["Lee"]


def test_a_reporting_verbs_subject_stands_and_a_missing_speaker_is_chosen() -> None:
    text = 'Ana Ruiz met Tom Lee on Monday. "We will win," Lee said.'
    doc = Document(text)
    actors = [_actor(text, "Ana Ruiz"), _actor(text, "Tom Lee")]
    s = text.index("Lee said")
    prefer_ana = SpeakerRanker({"opens_sentence": 5.0})
    assert prefer_ana.rank(doc, doc.quotes, [RuleAttribution((s, s + 3), "Tom Lee", "verb")], actors) == ["Tom Lee"]
    assert prefer_ana.rank(doc, doc.quotes, [RuleAttribution(None, None, "none")], actors) == ["Ana Ruiz"]
    assert prefer_ana.rank(doc, doc.quotes, [RuleAttribution((s, s + 3), "Tom Lee", "clause")], actors) == \
        ["Ana Ruiz"]
    assert speaker_candidates(doc, doc.quotes, [RuleAttribution((s, s + 3), "Tom Lee", "verb")], actors,
                              only_ranked=True) == [[]]


def test_ties_go_to_the_rules_speaker() -> None:
    cands = [("A", {"x": 1.0}, {}), ("B", {"x": 1.0}, {}), (None, {"none": 1.0}, {})]
    assert SpeakerRanker({"x": 1.0}).choose(cands, "B") == "B"
    assert SpeakerRanker({"x": 1.0, "none": 2.0}).choose(cands, "B") is None
    assert SpeakerRanker({}).choose([], "B") == "B"


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will win," Maria Lopez said.', "Maria Lopez"),
    ('Maria Lopez said: "We will win."', "Maria Lopez"),
    ('"We will win," said Maria Lopez, the mayor.', "Maria Lopez"),
    ('According to Maria Lopez, "we will win."', "Maria Lopez"),
    ('"Have you gone today?" Michele Bachmann asked.', "Michele Bachmann"),
])
def test_the_shipped_ranker_keeps_plain_attributions_on_either_side(text: str, speaker: str) -> None:
    assert [q.speaker for q in _ranked(text)] == [speaker]
    assert [q.speaker for q in framing.analyze(text, scorers=["lexicon", "devices"]).quotes] == [speaker]


def test_a_missing_attribution_is_found_in_the_sentence_before(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules find no verb for a quotation after a colon (nor, since session 33, the subject of a sentence with
    # asides between dashes); the ranker reads the sentence's named subject
    text = ("Senator John Cornyn, asked about a lapse in government funding after a week of talks that went nowhere "
            "— the third this year — was definitive: “There’s not going to be a shutdown.”")
    # the shipped ranker overrides the rules only by its margin (session 22): on this lone sentence it was not sure
    # enough until the session-25 refit, which is; either way it names no one else
    (q,) = _ranked(text)
    assert q.speaker in (None, "John Cornyn")
    import framing.scorers.quotes as quotes_mod

    monkeypatch.setattr(quotes_mod, "load_ranker", lambda: SpeakerRanker(load_ranker().weights))  # margin 0
    (q,) = _ranked(text)
    assert q.speaker == "John Cornyn"
    # off by default (precision first: its added speakers were right about half the time on held-out quotations)
    (q,) = framing.analyze(text, scorers=["lexicon", "devices"]).quotes
    assert q.speaker is None


_BAD = ["July 20", "the", "2016", "Tuesday", "is the state's third-largest", "a", "this", "$5", "10:30"]
_NAMES = ["Maria Lopez", "the spokesman", "Tom Lee", "the White House"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_BAD + _NAMES), st.sampled_from(["said", "says", "told reporters"]),
                          st.booleans()), min_size=1, max_size=4))
def test_a_speaker_is_never_a_date_number_or_determiner(parts: list[tuple[str, str, bool]]) -> None:
    sents = []
    for who, verb, after in parts:
        sents.append(f'"It is done," {who} {verb}.' if after else f'{who.capitalize()} {verb}: "It is done."')
    for q in _ranked(" ".join(sents)):
        assert q.speaker is None or plausible_speaker(q.speaker), q.speaker


def test_plausible_speaker() -> None:
    assert all(not plausible_speaker(b) for b in _BAD)
    assert all(plausible_speaker(n) for n in _NAMES)


@pytest.mark.slow
@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample not available")
def test_shipped_weights_reproduce_from_the_training_script() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "train_speaker_ranker.py"), "--check"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "shipped weights reproduce" in out.stdout
    meta = json.loads((ROOT / "framing" / "models" / "speakers" / "weights.json").read_text(encoding="utf-8"))
    assert meta["fit"] == "logistic" and len(meta["trained_on"]) == 4
