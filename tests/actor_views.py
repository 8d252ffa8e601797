"""Small views of the actors ``framing.analyze`` finds, shared by the actor-rule test files."""

from __future__ import annotations

import framing
from framing import Analyzer
from framing.analysis import Actor


def actor_table(text: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (type, mention texts)."""
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in framing.analyze(text).actors}


def actor_of_mention(text: str, form: str) -> tuple[str, str] | None:
    """(name, type) of the actor with a mention written exactly ``form``."""
    for a in framing.analyze(text).actors:
        if any(text[s:e] == form for s, e in a.mentions):
            return a.name, a.type
    return None


def actors_by_name(analyzer: Analyzer, text: str) -> dict[str, Actor]:
    """name -> actor, as ``analyzer`` finds them in ``text``."""
    return {a.name: a for a in analyzer.analyze(text).actors}


def label_texts(actor: Actor) -> list[str]:
    """The texts of an actor's labels, in order."""
    return [lab.text for lab in actor.labels]
