"""Unit tests of ``framing.scorers.actor_kin`` (a surname that relatives share); the behaviour in whole texts is in
``tests/test_actor_rules_s35.py``."""

from __future__ import annotations

from framing.scorers.actor_context import _Acc
from framing.scorers.actor_kin import _introduced_as_kin, _of_sex, _pronoun_after


def test_pronoun_after_stops_at_the_sentence_end() -> None:
    text = "Trump said he would win. She disagreed."
    assert _pronoun_after(text, text.index(" said")) == "m"
    assert _pronoun_after("Roe left. He stayed.", 3) is None


def _acc(text: str, name: str) -> _Acc:
    s = text.index(name)
    return _Acc(name=name, type="person", key=name.lower(), mentions=[(s, s + len(name))], first=s)


def test_introduced_as_kin_before_and_after_the_name() -> None:
    for text in ("He dined with first lady Ann Marlow.", "He posted a photo of his wife, Ann Marlow, online.",
                 "Ann Marlow, the president's daughter-in-law, spoke."):
        assert _introduced_as_kin(text, _acc(text, "Ann Marlow")), text
    text = "Senator Ann Marlow, a Democrat, spoke."
    assert not _introduced_as_kin(text, _acc(text, "Ann Marlow"))


def test_of_sex_drops_only_a_relative_of_the_other_sex() -> None:
    text = "President Tom Marlow and his wife, Ann Marlow, arrived. Marlow said he was tired."
    actors = {"tom marlow": _acc(text, "Tom Marlow"), "ann marlow": _acc(text, "Ann Marlow")}
    s = text.rindex("Marlow")
    assert _of_sex(text, s, {"tom marlow", "ann marlow"}, actors, "m") == {"tom marlow"}
    # after an address form the choice stays with the other rules
    text2 = text + " Mrs. Marlow smiled."
    assert _of_sex(text2, text2.rindex("Marlow"), {"tom marlow", "ann marlow"}, actors, "m") == {"tom marlow",
                                                                                                  "ann marlow"}
