"""Rules and shared checks of session 26 (issue 15), each on both sides: a sentence the change fixes and a near one
whose speaker it must keep. The sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from framing import Document
from framing.analysis import Actor
from framing.scorers.quote_phrases import stop_ends_nothing
from framing.scorers.speaker_gender import SAYS_THAT_PRONOUN_RE, gender_of

#: the ``quote_speakers`` fixture (tests/conftest.py): text -> the speaker of each quotation found
Speakers = Callable[[str], list[str | None]]


def _gap_before(doc: Document, word: str) -> tuple[int, str]:
    """(token index, gap before it) of the first token that is ``word``."""
    k = next(i for i, (s, e) in enumerate(doc.token_spans) if doc.text[s:e] == word)
    return k, doc.text[doc.token_spans[k - 1][1] : doc.token_spans[k][0]]


@pytest.mark.parametrize(("text", "word", "ends_nothing"), [
    ("Ann Lee, an analyst at Bankrate.com, said so.", "com", True),      # a web address
    ("Sen. Ann Lee said so.", "Ann", True),                                 # an abbreviated title
    ("George W. Bush said so.", "Bush", True),                              # an initial
    ("John Doe Jr., a lawyer, said so.", "a", True),                        # a suffix before a comma
    ("Rep. Ann Lee, D-N.Y., said so.", "Y", True),                          # inside a party tag
    ("Ann Lee sold her shares. She said so.", "She", False),                # a sentence end
    ("Ann Lee sold her shares. then she left.", "then", False),             # a spaced full stop, lower-case after
    ("Ann Lee sold her shares.Then she left.", "Then", False),              # glued, but capitalised after
])
def test_stop_ends_nothing_tells_a_sentence_end_from_other_full_stops(text: str, word: str,
                                                                       ends_nothing: bool) -> None:
    doc = Document(text)
    k, gap = _gap_before(doc, word)
    assert "." in gap
    assert stop_ends_nothing(doc.text, doc.token_spans, k, gap) is ends_nothing


def test_a_web_address_in_an_appositive_before_the_verb_keeps_the_name(quote_speakers: Speakers) -> None:
    # after the quotation ("..., X, from Y.com, said") and before it ("X, an analyst at Y.com, told me "..."")
    assert quote_speakers('"This is a big move," Greg Hollis, from Rateboard.com, said.') == ["Greg Hollis"]
    text = 'Dana Okafor, an analyst at Rateboard.com, told me "prices are rising fast."'
    assert quote_speakers(text) == ["Dana Okafor"]
    # near cases: the same sentences with no address, and a real sentence end between name and quotation
    assert quote_speakers('"This is a big move," Greg Hollis, from Rateboard, said.') == ["Greg Hollis"]
    text = 'Dana Okafor, an analyst at Rateboard, told me "prices are rising fast."'
    assert quote_speakers(text) == ["Dana Okafor"]
    text = 'Greg Hollis sold his shares. "This is a big move," Dana Okafor, from Rateboard.com, said.'
    assert quote_speakers(text) == ["Dana Okafor"]


def test_a_suffix_before_an_appositive_keeps_the_name(quote_speakers: Speakers) -> None:
    assert quote_speakers('"We will see," John Hollis Jr., a lawyer for the firm, said.') == ["John Hollis Jr"]
    assert quote_speakers('"We will see," John Hollis, a lawyer for the firm, said.') == ["John Hollis"]


@pytest.mark.parametrize(("after", "pronoun", "obj"), [
    (" said he would run", "he", None),
    (" told reporters that she would run", "she", "reporters"),
    (" told Comey he would run", "he", "Comey"),
    (" (R-S.C.) argued on Monday that he's right", "he", None),
    (", who ran, said he would", None, None),           # a relative clause: no match
    (" said hey", None, None),                            # not the pronoun
])
def test_the_shared_says_that_pronoun_pattern(after: str, pronoun: str | None, obj: str | None) -> None:
    m = SAYS_THAT_PRONOUN_RE.match(after)
    assert (m["pronoun"] if m else None) == pronoun
    if m:
        assert m["object"] == obj


def _actor(doc: Document, name: str) -> Actor:
    start = doc.text.index(name)
    return Actor(name=name, type="person", mentions=((start, start + len(name)),))


def test_a_pronoun_clause_after_an_object_who_is_a_person_sets_no_gender() -> None:
    # "Lindsey Vale told Tom Reed he ...": the pronoun may be Tom's; the first name decides
    doc = Document("Lindsey Vale told Tom he would lose the seat.")
    assert gender_of(doc, _actor(doc, "Lindsey Vale")) == "f"
    doc = Document("Lindsey Vale told reporters he would lose the seat.")
    assert gender_of(doc, _actor(doc, "Lindsey Vale")) == "m"


def test_a_domain_dot_between_two_quotations_ends_no_sentence() -> None:
    from framing import Analyzer

    an = Analyzer(scorers=["lexicon", "devices"])
    text = ("“Lawmakers will put their indignation on display,” Mark Hamrick, a senior economic analyst at "
            "Bankrate.com, told me. “No doubt some will be sincere.”")
    assert [q.speaker for q in an.analyze(text).quotes] == ["Mark Hamrick", "Mark Hamrick"]
    # two sentences between the quotations still end the first speaker's voice
    text = ("“Lawmakers will put their indignation on display,” Mark Hamrick told me. The hearing starts today. "
            "Others disagree. “No doubt some will be sincere.”")
    assert [q.speaker for q in an.analyze(text).quotes] == ["Mark Hamrick", None]
