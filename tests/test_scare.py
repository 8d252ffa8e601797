"""Scare-quote positions, names and cited terms (framing.scorers.scare)."""

from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.document import Document
from framing.scorers.scare import after_so_called, distancing, is_title, name_or_term, named_thing, scare_position


def _at(text: str, phrase: str) -> tuple[Document, int, int, str]:
    qs = text.index(phrase)
    qe = qs + len(phrase)
    return Document(text), qs, qe, phrase[1:-1]


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ('The so-called "experts" were wrong.', '"experts"', True),
    ('It ended the "reforms" for good.', '"reforms"', True),
    ('They were known as "elites" by some.', '"elites"', True),
    ('"Moderate" Hickenlooper signed it.', '"Moderate"', True),
    ('The court weighed the principle of "professionalism" today.', '"professionalism"', False),
    ('Critics "strongly condemned" it.', '"strongly condemned"', False),
    ('"Significant quantities" of remains were found.', '"Significant quantities"', False),
    ('The board checked "is" twice.', '"is"', False),
])
def test_scare_position(text: str, phrase: str, expected: bool) -> None:
    doc, qs, qe, inner = _at(text, phrase)
    assert scare_position(doc, qs, qe, inner) is expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ('She was on "Today" last week.', '"Today"', True),
    ('Fans came for "Chick-fil-A Appreciation Day" again.', '"Chick-fil-A Appreciation Day"', True),
    ('Lenders use a practice known as "default to proceed" often.', '"default to proceed"', True),
    ('If you think "populist" means Trump, think again.', '"populist"', True),
    ('The so-called "experts" were wrong.', '"experts"', False),
    ('She said it was "the FACE of the party" again.', '"the FACE of the party"', False),
])
def test_named_things_and_cited_terms(text: str, phrase: str, expected: bool) -> None:
    doc, qs, qe, inner = _at(text, phrase)
    assert named_thing(doc, qs, qe, inner) is expected


def test_titles_need_capitalised_words_from_the_first() -> None:
    assert is_title("Orange Is the New Black") and is_title("Revolt of the Admirals")
    assert not is_title("the FACE of the Democrat Party") and not is_title("Republican plan")


def test_so_called_is_a_whole_word_before_the_marks() -> None:
    for text in ('The so-called "Experts Panel" met.', 'The So Called "reforms" ended.', 'A so-called\n"reform".'):
        assert after_so_called(text, text.index('"')), text
    # "also called" (a naming verb: 'whom he also called "crazy"') and a gap are not "so-called"
    for text in ('Kelly, whom he also called "crazy" in tweets.', 'The so-called reforms, "tax extenders," ended.'):
        assert not after_so_called(text, text.index('"')), text


def test_no_scare_quote_is_loaded_evidence() -> None:
    # session 15 (issue 12, precision first): the phrase after "so-called" named a standard term 34 of 41 times on
    # development lines 0-1999 and was judged loaded 3 of 14 times on blind sheets; no rule reached 0.85
    for text, phrase in (('The so-called "Experts Panel" met.', '"Experts Panel"'),
                         ('Obama\'s so-called "executive amnesty" stands.', '"executive amnesty"'),
                         ('It ended the "reforms" for good.', '"reforms"'),
                         ('They were known as "elites" by some.', '"elites"')):
        doc, qs, _, _ = _at(text, phrase)
        assert not distancing(doc, qs), text


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ('We increasingly live in a "filter bubble": The information we take in is personal.', '"filter bubble"', True),
    ('But the "problematic" label likely comes from Trump.', '"problematic"', True),
    ('Each challenge is a new example of the "presidential harassment" -- the term Trump uses.',
     '"presidential harassment"', True),
    ('We only focused on books labeled "fiction" or "literature" here.', '"literature"', True),
    ('They use more words such as "admit" and "explain" daily.', '"admit"', True),
    ('You lose. "Reputation" and "employment" are key terms here.', '"employment"', True),
    ('Eventually they became known as the "freeters" in Japan.', '"freeters"', True),
    # near cases: a colon before a lower-case clause, a coordinated scare quote, a noun that names nothing
    ('It is the "sane" choice, the "responsible" and "adult" ticket.', '"adult"', False),
    ('They call it a "reform": it is not.', '"reform"', False),
    ('But the "problematic" letter likely comes from Trump.', '"problematic"', False),
    ('The "reforms" are key to the plan.', '"reforms"', False),
])
def test_cited_terms_by_what_follows_or_what_they_are_coordinated_with(text: str, phrase: str,
                                                                      expected: bool) -> None:
    doc, qs, qe, inner = _at(text, phrase)
    assert name_or_term(doc, qs, qe, inner) is expected


@pytest.fixture
def position_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scare-quote decision as the position rule alone (as before the shipped model narrowed it), to check
    which phrases reach that decision."""
    import framing.scorers.quotes as quotes_mod

    monkeypatch.setattr(quotes_mod, "is_scare_quote",
                        lambda doc, qs, qe, inner, **_: scare_position(doc, qs, qe, inner))


def test_a_cited_clause_a_named_provision_and_thought_of_as_are_no_scare_quotes(position_rule: None) -> None:
    for text in ('If you repeat mantras to yourself about how "transparency is always good," it may seem fine.',
                 'Some reformers favor a "second look" provision that would review long sentences.',
                 'What may now be thought of as "the yearbook ploy" surfaced last year.'):
        assert framing.analyze(text).scare_quotes == (), text
    # a one-word modifier of such a noun, and a phrase with no verb, still reach the scare-quote decision
    for text in ('The party now backs a "bipartisan" bill that cuts nothing.',
                 'Police chiefs fired no one until a "full investigation" had taken place.'):
        assert len(framing.analyze(text).scare_quotes) == 1, text


def test_a_long_according_to_source_attributes_the_sentence() -> None:
    text = ('Most American workers feel "actively disengaged" in their jobs, according to Gallup’s '
            "2013 State of the American Workplace report.")
    a = framing.analyze(text)
    assert a.scare_quotes == () and [q.verb for q in a.quotes] == ["according to"]
    # (a share of respondents before the phrase makes it the answer option they chose: a term, no quotation;
    # session 30, as the blind3 gold reads "Seventy percent of American workers are "not engaged"")
    poll = framing.analyze(text.replace("Most American workers feel", "Seventy percent of American workers are"))
    assert poll.scare_quotes == () and poll.quotes == ()


def test_a_naming_verb_with_a_person_subject_quotes_that_person() -> None:
    a = framing.analyze("He called “legal as well as undocumented immigrants” key contributors to the economy.")
    assert [(q.speaker, q.verb) for q in a.quotes] == [("He", "called")] and a.scare_quotes == ()
    # a thing called so is a name: neither a quotation nor a scare quote
    a = framing.analyze('They joined a group called "Women for Trump" last year.')
    assert a.quotes == () and a.scare_quotes == ()


def test_a_phrase_naming_a_kind_of_legal_claim_is_no_scare_quote() -> None:
    text = 'It can serve as the basis of a "malicious prosecution" claim in court.'
    assert framing.analyze(text).scare_quotes == ()


def test_so_called_labels_point_at_so_called_on_seen_lines(shared_data: Path) -> None:
    import json

    root = Path(__file__).resolve().parents[1]
    rows = [json.loads(x) for x in (root / "benchmarks" / "data" / "so_called_dev_labels.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    lines = (shared_data / "allsides-news-sample" / "news.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 109 and sum(r["label"] == "distancing" for r in rows) == 25
    for r in rows:
        text = json.loads(lines[r["line"]])["text"]
        assert r["line"] < 2000 and r["label"] in ("distancing", "naming")
        assert text[r["start"] : r["end"]].lower().replace(" ", "-") == "so-called"
        assert text.startswith(r["head"], r["start"])
