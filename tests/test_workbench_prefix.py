"""The ``prefix`` value of the ``inflect`` column (LIWC wildcards), added to the core lexicon format."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from framing.lexicon import Lexicon, LexiconEntry, load_lexicon
from framing.pipeline import Analyzer

MINI = Path(__file__).resolve().parent / "data" / "lex" / "mini.tsv"


def _analyzer(*entries: LexiconEntry) -> Analyzer:
    return Analyzer(scorers=["lexicon"], lexicons=[Lexicon("t", entries)], builtin_lexicons=False)


def test_prefix_runs_to_the_end_of_the_word() -> None:
    a = _analyzer(LexiconEntry("abandon", "x", 0.5, inflect="prefix"))
    text = "They abandoned it; abandon, abandonment, abandon's; unabandoned and re-abandon stay out."
    spans = a.analyze(text).spans
    assert [s.text for s in spans] == ["abandoned", "abandon", "abandonment", "abandon"]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_prefix_on_a_multiword_term_applies_to_the_last_word() -> None:
    a = _analyzer(LexiconEntry("war on", "x", 0.5, inflect="prefix"))
    assert [s.text for s in a.analyze("a war ongoing, the war on drugs, warfare").spans] == ["war ongoing", "war on"]


def test_prefix_respects_case_and_context_rules() -> None:
    from framing.lexicon import ContextRule

    a = _analyzer(LexiconEntry("Red", "x", 0.5, inflect="prefix", case="cased"),
                  LexiconEntry("thug", "y", 0.5, inflect="prefix", context=(ContextRule("prev", True, (("not",),)),)))
    got = [s.text for s in a.analyze("Reds and reddish; Redskins. thugs, not thuggish").spans]
    assert got == ["Reds", "Redskins", "thugs"]


def test_an_exact_entry_wins_over_a_prefix_entry_listed_later() -> None:
    a = _analyzer(LexiconEntry("safety", "exact", 0.5), LexiconEntry("safe", "pre", 0.5, inflect="prefix"))
    assert [(s.text, s.category) for s in a.analyze("safety safer safe").spans] == [
        ("safety", "exact"), ("safer", "pre"), ("safe", "pre")]


def test_existing_entries_behave_as_before() -> None:
    a = Analyzer(scorers=["lexicon"], lexicons=[load_lexicon(MINI)], builtin_lexicons=False)
    text = "The regimes slammed a dosing regime; dictator games; the Communist Party; mayor may go."
    assert [s.text for s in a.analyze(text).spans] == ["regimes", "slammed", "may"]


@given(st.text(alphabet="abcx -'.", max_size=40))
def test_prefix_spans_are_whole_words_and_keep_offsets(text: str) -> None:
    a = _analyzer(LexiconEntry("ab", "x", 0.5, inflect="prefix"))
    for s in a.analyze(text).spans:
        assert text[s.start:s.end] == s.text and s.text.startswith("ab")
        assert s.start == 0 or not (text[s.start - 1].isalnum())
        assert s.end == len(text) or not text[s.end].isalnum()
