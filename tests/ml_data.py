"""Tiny hand-written training data for the ML tests (written for these tests; no external data)."""

from __future__ import annotations

from pathlib import Path

MINI_LEXICON = Path(__file__).resolve().parent / "data" / "lex" / "mini.tsv"

_SUBJECTS = ["The senator", "The mayor", "The council", "The minister", "The union", "The governor",
             "The committee", "The agency", "The court", "The board"]
_BIASED = ["slammed the disastrous plan as a radical scheme", "blasted the so-called reform in a furious rant",
           "attacked the outrageous regime with shameless lies", "railed against the dangerous far-right mob"]
_NEUTRAL = ["said the plan would be reviewed next week", "announced the budget for the coming year",
            "published a report on the water supply", "met officials to discuss the schedule"]


def tiny_sentences() -> tuple[list[str], list[int], list[list[str]]]:
    texts, labels, words = [], [], []
    for i, subj in enumerate(_SUBJECTS):
        for j, (b, n) in enumerate(zip(_BIASED, _NEUTRAL, strict=True)):
            if (i + j) % 3 == 0:
                continue
            texts.append(f"{subj} {b}.")
            labels.append(1)
            words.append([w for w in ("slammed", "disastrous", "radical", "blasted", "so-called", "furious",
                                      "outrageous", "regime", "shameless", "lies", "railed", "dangerous", "mob")
                          if w in b])
            texts.append(f"{subj} {n}.")
            labels.append(0)
            words.append([])
    return texts, labels, words


def tiny_span_docs() -> tuple[list[str], list[list[tuple[int, int]]]]:
    """Short articles with gold spans on the loaded words."""
    texts, _, words = tiny_sentences()
    docs, spans = [], []
    for k in range(0, len(texts) - 3, 4):
        text = " ".join(texts[k : k + 4])
        gold = []
        for w in {w for ws in words[k : k + 4] for w in ws}:
            start = 0
            while (i := text.find(w, start)) >= 0:
                gold.append((i, i + len(w)))
                start = i + len(w)
        docs.append(text)
        spans.append(sorted(gold))
    return docs, spans


#: a small word table for the CRF tagger in tests (rarity buckets and word-list tags, see framing.ml.wordtable)
TINY_TABLE = {"the": "z7", "plan": "z5", "said": "z6 rep", "slammed": "z3 neg", "~slamm": "neg", "~disastr": "neg ss",
              "radical": "z4 ss", "shameless": "neg ss", "furious": "z3 neg ss", "report": "z5"}


def tiny_v2_model(lexicon: Path = MINI_LEXICON, *, name: str = "tiny-v2",  # type: ignore[no-untyped-def]
                  exclude: tuple[str, ...] = ()):
    """A CRF tagger + evidence sentence model trained on the tiny data, with ``lexicon`` as its lexicon
    (``exclude``: the sentence model's dense features left out)."""
    from framing.document import Document
    from framing.lexicon import load_lexicon
    from framing.matcher import Matcher
    from framing.ml.crf import CRFTagger
    from framing.ml.persist import BiasModel
    from framing.ml.sentence import SentenceModel, sentence_evidence
    from framing.ml.tokenview import WordInfo

    lx = load_lexicon(lexicon)
    matcher = Matcher([lx])
    docs, spans = tiny_span_docs()
    tagger = CRFTagger(c1=0.0, max_iterations=60, name=name + "-tagger")
    tagger.fit(docs, spans, lexicon_spans=[matcher.find(Document(d)) for d in docs], word_table=TINY_TABLE)
    tagger.threshold_, tagger.loaded_threshold_ = 0.3, 0.6
    texts, labels, _ = tiny_sentences()
    info = WordInfo(TINY_TABLE)
    ev = []
    for t in texts:
        d = Document(t)
        lex = matcher.find(d)
        ev.append(sentence_evidence(d, range(len(d.token_spans)), lex, tagger.token_proba(d, lex),
                                    tagger.loaded_threshold_, info))
    sen = SentenceModel(min_df=1, exclude=exclude).fit(ev, labels)
    return BiasModel(name=name, classifier=sen, tagger=tagger, lexicons=(lx,))
