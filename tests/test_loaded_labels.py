"""Loaded labels: a label is loaded only when a loaded lexicon span (weight > 0) lies in it."""

from __future__ import annotations

from framing import Analyzer
from framing.analysis import Actor, Label, Span
from framing.scorers.actors import label_asymmetry
from framing.scorers.loaded_labels import is_loaded_label, loaded_label_extents

TEXT = ("Dictator Nicolas Maduro met Democratic Sen. Jane Doe and the far-left activist Tom Ray. "
        "Later GOP leader Ann Lee spoke.")


def _span(start: int, end: int, category: str, weight: float) -> Span:
    return Span(start=start, end=end, text="x" * (end - start), category=category, weight=weight, lexicon="t")


def test_extents_keep_loaded_label_categories_only() -> None:
    spans = [_span(0, 8, "pejorative_label", 0.75), _span(10, 18, "ideological_label", 0.0),
             _span(20, 25, "emotive", 0.5), _span(30, 36, "delegitimiser", 0.5), _span(40, 44, "neutral_title", 0.0)]
    assert loaded_label_extents(spans) == ((0, 8), (30, 36))


def test_a_label_is_loaded_only_with_a_loaded_span_inside_it() -> None:
    extents = ((0, 8), (12, 18), (30, 36))
    assert is_loaded_label(Label("Dictator", "pejorative", 0, 8), extents)
    assert is_loaded_label(Label("radical leftist", "ideological", 10, 18), extents)  # the span inside the label
    assert not is_loaded_label(Label("Democratic", "ideological", 20, 30), extents)  # no span: a party word
    assert not is_loaded_label(Label("Dictator", "title", 0, 8), extents)  # a kind that is never loaded
    assert not is_loaded_label(Label("tor", "pejorative", 5, 8), extents)  # the span only overlaps it
    assert not is_loaded_label(Label("x", "pejorative", 0, 8), ())


def test_a_later_nested_span_is_found_past_a_longer_one() -> None:
    assert is_loaded_label(Label("y", "pejorative", 10, 20), ((10, 25), (12, 18)))


def test_analysis_counts_party_words_and_weight_zero_labels_as_not_loaded() -> None:
    r = Analyzer().analyze(TEXT)
    extents = loaded_label_extents(r.spans)
    labels = {lab.text: lab for act in r.actors for lab in act.labels}
    assert is_loaded_label(labels["Dictator"], extents)
    assert labels["far-left"].kind == "ideological" and not is_loaded_label(labels["far-left"], extents)
    assert labels["GOP"].kind == "ideological" and not is_loaded_label(labels["GOP"], extents)


def test_label_asymmetry_with_extents_ignores_unloaded_ideological_labels() -> None:
    a = Actor("A", "person", ((0, 1),), (Label("GOP", "ideological", 0, 3),))
    b = Actor("B", "person", ((10, 11),), (Label("Sen.", "title", 10, 14),))
    assert label_asymmetry([a, b]) == 1.0  # by kind alone
    assert label_asymmetry([a, b], loaded_extents=()) == 0.0  # a party word is not loaded
    assert label_asymmetry([a, b], loaded_extents=((0, 3),)) == 1.0


def test_the_scorer_reads_loaded_labels() -> None:
    r = Analyzer().analyze(TEXT)
    # Maduro only has loaded labels, Tom Ray and Ann Lee none that are loaded: the gap is 1.
    assert r.scores["label_asymmetry"] == 1.0
    assert r.scores["actor_labels_loaded_count"] == 1.0  # "Dictator"; not "far-left" (weight 0) nor "GOP"
    assert r.scores["actor_labels_ideological_count"] >= 2.0  # the kinds still count them
    r2 = Analyzer().analyze("Democratic Sen. Jane Doe met GOP leader Ann Lee and Sen. Tom Ray.")
    assert r2.scores["label_asymmetry"] == 0.0
