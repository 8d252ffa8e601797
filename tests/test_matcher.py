from __future__ import annotations

import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.document import Document
from framing.lexicon import load_lexicon
from framing.matcher import Matcher

from .conftest import MINI_LEXICON


def spans(text: str) -> list[tuple[str, str, bool, bool]]:
    m = Matcher([load_lexicon(MINI_LEXICON)])
    return [(s.text, s.category, s.in_quote, s.negated) for s in m.find(Document(text))]


def texts(text: str) -> list[str]:
    return [t for t, *_ in spans(text)]


def test_longest_match_wins_and_inflections() -> None:
    assert texts("They want regime change, and regimes fall.") == ["regime change", "regimes"]
    assert texts("Critics slammed it; she slams; slamming doors.") == ["slammed", "slams", "slamming"]


def test_context_rules_both_sides() -> None:
    assert texts("The Syrian regime fell.") == ["regime"]
    assert texts("A dosing regime. A training regime. The exchange-rate regime. The exchange rate regime.") == []
    assert texts("The dictator spoke.") == ["dictator"]
    assert texts("They played the dictator game.") == []


def test_name_rule_keeps_party_names_out() -> None:
    assert texts("The Chinese Communist Party met.") == []
    assert texts("Communist Cuba and communist rule.") == ["Communist", "communist"]


def test_word_boundaries_and_compounds() -> None:
    assert texts("anti-regime protests, regimented, the regime's army, the regime-backed militia") == ["regime"]
    assert texts("The far right and the far-right and the far‑right.") == ["far right", "far-right", "far‑right"]


def test_case_rule() -> None:
    assert texts("May 5: he may go, President Ortiz said; the president") == ["may", "President", "said"]


def test_negation_and_quotes() -> None:
    out = spans('He is not a dictator. “The regime is finished,” he said. The regime fell.')
    assert out == [
        ("dictator", "pejorative_label", False, True),
        ("regime", "pejorative_label", True, False),
        ("said", "attribution_neutral", False, False),
        ("regime", "pejorative_label", False, False),
    ]
    assert spans("It was never the regime.")[0][3] is True
    assert spans("It isn't the regime.")[0][3] is True
    assert spans("No. The regime won.")[0][3] is False  # the negator is in another sentence
    # a verb between the negator and the term: the term is the outlet's own word, not negated
    assert spans("They don't trust the regime.")[0][3] is False
    assert spans("It was not quite the regime.")[0][3] is True


def test_matcher_pickles() -> None:
    m = Matcher([load_lexicon(MINI_LEXICON)])
    m2 = pickle.loads(pickle.dumps(m))
    d = Document("The regime slammed the so-called reforms.")
    assert m.find(d) == m2.find(d)


@given(st.lists(st.sampled_from(["regime", "Regime", "so-called", "far right", " ", ", ", ".", "“", "”", "not",
                                 "dosing", "change", "-", "’s", "İ", "slammed", "\n"]), max_size=60).map("".join))
@settings(max_examples=300)
def test_offsets_invariant_and_no_overlaps(text: str) -> None:
    m = Matcher([load_lexicon(MINI_LEXICON)])
    found = m.find(Document(text))
    end = 0
    for s in found:
        assert text[s.start : s.end] == s.text
        assert s.start >= end
        end = s.end


def test_part_of_speech_rules_both_sides(tmp_path: Path) -> None:
    from framing.lexicon import COLUMNS

    p = tmp_path / "pos.tsv"
    p.write_text("\t".join(COLUMNS) + "\n"
                 "lies\tdelegitimiser\t0.5\t\t\t\t\tpos=NOUN\n"
                 "smear\tloaded_verb\t0.5\t\tverb\t\t\t!pos=NOUN\n"
                 "insist\tattribution_loaded\t0.5\t\tverb\t\t\treport\n", encoding="utf-8")
    m = Matcher([load_lexicon(p)])

    def found(text: str) -> list[str]:
        return [s.text for s in m.find(Document(text))]

    assert found("He told lies about the vote.") == ["lies"]
    assert found("The answer lies in the data.") == []
    assert found("They smeared the judge.") == ["smeared"]
    assert found("The smear spread.") == []
    assert found("She insisted the vote was fair.") == ["insisted"]
    assert found("She insisted on a recount.") == []


def _builtin_find(text: str) -> list[tuple[str, str]]:
    from framing.lexicon import builtin_lexicons

    return [(s.text, s.term) for s in Matcher(builtin_lexicons()).find(Document(text)) if s.weight > 0]


def test_capitalised_comparative_is_a_name_not_the_adjective() -> None:
    # issue 12: "Rep. Snider" was flagged as the comparative of "snide"
    assert ("Snider", "snide") not in _builtin_find("Rep. Snider spoke. Snider is from Ohio.")
    # the lower-case comparative and the base form still match; capitalised superlatives (headlines) too
    found = _builtin_find("A snide remark, and a snider one. Trump's Nastiest Attacks")
    assert ("snide", "snide") in found and ("snider", "snide") in found and ("Nastiest", "nasty") in found


def test_soft_hyphens_inside_words_are_skipped() -> None:
    text = "The co\u00adrrupt regime; a bru\u00adtality report."
    found = _builtin_find(text)
    assert ("co\u00adrrupt", "corrupt") in found  # matched across the soft hyphen, offsets into the original
    assert not any(t == "brutal" for _, t in found)  # no fragment of "brutality"
    m = Matcher([load_lexicon(MINI_LEXICON)])
    for s in m.find(Document(text)):
        assert text[s.start:s.end] == s.text
    # without soft hyphens nothing changes
    assert _builtin_find("The corrupt regime.") == [("corrupt", "corrupt"), ("regime", "regime")]
