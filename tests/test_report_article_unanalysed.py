"""The article view of a document that was not analysed (NaN scores: skipped, failed, not English)."""

from __future__ import annotations

import warnings

from framing import Analyzer
from framing.reporting.article import article_data

GERMAN = "Der Bundestag hat heute beschlossen, dass die Regierung das Gesetz zur Migration nicht ändern wird."


def test_article_data_of_unanalysed_documents_shows_dashes() -> None:
    an = Analyzer(scorers=["lexicon", "devices"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        german = an.analyze(GERMAN)
    skipped = an.unanalysed("x", error="skipped: 'text' is null")
    for a in (german, skipped):
        art = article_data(a)  # int(NaN) raised here: a report on one German article died
        head = {h["label"]: h["value"] for h in art["headline"]}
        assert head["Loaded-language index"] == head["Loaded terms"] == "—"
        assert not art["frames"] and not art["frames_computed"]
    ok = article_data(an.analyze("The regime slammed the reforms."))
    assert {h["label"]: h["value"] for h in ok["headline"]}["Loaded terms"] == "2" and ok["frames_computed"]
