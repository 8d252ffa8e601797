from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.analysis import Span
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


@pytest.mark.parametrize(("text", "negated"), [
    ("He is not only a dictator but a thief.", False),  # "not only", "not just", "not merely": asserted
    ("It was not just the regime, it was the army.", False),
    ("It isn't merely the regime.", False),
    ("It was not simply the regime.", False),
    # near cases: the same words elsewhere leave the negation
    ("It was not the only regime.", True),
    ("He is not a dictator, just a bully.", True),
    ("It was never just the regime.", False),
])
def test_not_only_and_not_just_assert_the_term(text: str, negated: bool) -> None:
    found = [s for s in spans(text) if s[0] in ("dictator", "regime")]
    assert found[0][3] is negated


def test_matcher_pickles() -> None:
    m = Matcher([load_lexicon(MINI_LEXICON)])
    m2 = pickle.loads(pickle.dumps(m))
    d = Document("The regime slammed the so-called reforms.")
    assert m.find(d) == m2.find(d)


def _find_one_by_one(m: Matcher, doc: Document) -> list[Span]:
    """Matcher.find as it was before spans were built in bulk (issue 16): one Span() and two checks per hit."""
    return [Span(start=h.start, end=h.end, text=doc.text[h.start : h.end], category=h.entry.category,
                 lexicon=h.lexicon, weight=h.entry.weight, alternatives=h.entry.alternatives,
                 in_quote=doc.in_quote(h.start, h.end), negated=m._negated_hinted(doc, h.start), term=h.entry.term)
            for h in m.matches(doc)]


@given(st.lists(st.sampled_from(["regime", "so-called", "not", "cannot", "nothing", "n't", "no", "a", "the", " ",
                                 ", ", ". ", "“", "”", '"', "\n\n", "slammed", "dosing", "without", "nor"]),
                max_size=50).map("".join))
@settings(max_examples=300, deadline=None)
def test_bulk_spans_equal_one_by_one(text: str) -> None:
    m = Matcher([load_lexicon(MINI_LEXICON)])
    doc = Document(text)
    found = m.find(doc)
    assert found == _find_one_by_one(m, doc)
    assert [(s.in_quote, s.negated, s.term, s.probability) for s in found] == \
        [(s.in_quote, s.negated, s.term, s.probability) for s in _find_one_by_one(m, doc)]


def test_bulk_spans_equal_one_by_one_on_the_sample_with_shipped_lexicons() -> None:
    import framing
    from framing.lexicon import builtin_lexicons

    m = Matcher(builtin_lexicons())
    for rec in framing.read_sample():
        doc = Document(rec.text)
        assert m.find(doc) == _find_one_by_one(m, doc)


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
    text = "The dis\u00adgraceful regime; a bru\u00adtality report."
    found = _builtin_find(text)
    assert ("dis\u00adgraceful", "disgraceful") in found  # matched across the soft hyphen, offsets into the original
    assert not any(t == "brutal" for _, t in found)  # no fragment of "brutality"
    m = Matcher([load_lexicon(MINI_LEXICON)])
    for s in m.find(Document(text)):
        assert text[s.start:s.end] == s.text
    # without soft hyphens nothing changes
    assert _builtin_find("The disgraceful regime.") == [("disgraceful", "disgraceful"), ("regime", "regime")]


_NEGATION_PIECES = ["not", "no", "nor", "cannot", "can", "n't", "never", "neither", "without", "hardly", "barely",
                    "scarcely", "nothing", "nobody", "none", "know", "snow", "x", " ", "'", "-", "\n"]


@given(st.lists(st.sampled_from(_NEGATION_PIECES), max_size=30).map("".join))
@settings(max_examples=400, deadline=None)
def test_negation_hints_equal_the_lookahead_scan(text: str) -> None:
    # issue 16: a scan without overlaps (plus the "no" inside "cannot") finds every position where a negator
    # string starts, with the shortest one there, exactly as a zero-width look-ahead at every position does
    import re

    from framing.matcher import NEGATORS

    lookahead = re.compile("(?=(" + "|".join(re.escape(w) for w in sorted(NEGATORS | {"n't"}, key=len)) + "))")
    doc = Document(text)
    found = list(lookahead.finditer(doc.norm))
    expected = ([m.start() for m in found], [len(m.group(1)) for m in found]) if found else None
    assert Matcher._negation_hints(doc) == expected


@given(st.text(alphabet=st.characters() | st.sampled_from(list("a_1 -’'\u00ad")), max_size=12))
@settings(max_examples=300, deadline=None)
def test_one_word_shortcut_of_the_coverage_count(text: str) -> None:
    # lexicon_scores counts a span text of word characters only as one \w+ run without the regex
    from framing.tokenize import count_words

    if text.isalnum():
        assert count_words(text) == 1


def test_tag_chunk_tags_lazily_and_equals_tag_spans() -> None:
    from framing.matcher import _tag_chunk
    from framing.pos import tag_spans

    chunk = 'Critics, he said, "claim" it was rigged; others insisted that it was not.'
    _tag_chunk.cache_clear()
    spans, tags = _tag_chunk(chunk)
    whole = tag_spans(chunk)
    assert list(spans) == [(a, b) for a, b, _ in whole]
    assert tags[3] == whole[3][2]
    # the word "claim" is token 7 of 19 (marks are tokens too, as context): nothing past it is tagged yet
    assert repr(tags) == "LazyTags(7 of 19 tokens tagged)"
    assert list(tags) == [t for _, _, t in whole]
