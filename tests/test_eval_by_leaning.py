"""``benchmarks/eval_by_leaning.py``: token counts by outlet leaning and the bootstrap of the left − right gap."""

from __future__ import annotations

from tests.benchmark_scripts import load_benchmark


def test_per_sentence_counts_tokens_of_biased_words_against_loaded_spans() -> None:
    mod = load_benchmark("eval_by_leaning")
    from framing import Analyzer

    rows = [{"text": "The regime's thugs attacked a quiet town.", "type": "right", "label_bias": "Biased",
             "biased_words": "['thugs', 'regime']"},
            {"text": "The council met on Tuesday.", "type": "left", "label_bias": "Non-biased", "biased_words": "[]"}]
    items = mod.per_sentence(Analyzer(scorers=["lexicon"]), rows, {"quiet"})
    assert [it["type"] for it in items] == ["right", "left"]
    tp, _fp, fn = items[0]["ours"]
    assert tp + fn == 2 and tp >= 1  # "regime" is a shipped entry
    assert items[0]["liu"] == (0, 1, 2)  # "quiet" is no biased word here
    assert items[1]["ours"] == (0, 0, 0) and items[1]["flagged"] is False


def test_bootstrap_gap_is_zero_for_identical_groups_and_negative_when_left_is_missed() -> None:
    mod = load_benchmark("eval_by_leaning")
    same = [{"ours": (1, 1, 1)}] * 20
    ci = mod.bootstrap({"left": same, "right": same}, "ours", n=50)
    assert ci["gap"] == (0.0, 0.0, 0.0, 0.0)
    missed = [{"ours": (0, 0, 2)}] * 20
    ci = mod.bootstrap({"left": missed, "right": same}, "ours", n=50)
    assert ci["gap"][3] < 0  # recall gap left − right below zero
