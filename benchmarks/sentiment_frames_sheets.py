"""Blind sheets for two devices that had no evaluation: the sentiment towards each actor of a sentence, and an
article's dominant policy frame.

``sample`` draws the sheets from ``../shared/data/allsides-news-sample`` with fixed seeds, using no framing scorer
(only ``framing.Document``'s sentence splitter), so annotators can mark them before any system output exists:

* ``actor_sentiment_sheet.jsonl``: up to four body sentences from each of 50 articles (lines 0-2999 less the
  articles of the unread device sets, seed 4001), 8-50 ``\\w+`` words, holding a capitalised word after the
  sentence's first; each row has the sentence before it as context. Articles are split by their draw index: even =
  development (``dev``), odd = held out (``test``).
* ``frames_sheet.jsonl``: 50 articles (lines 0-2999 less the same articles, 250-1,200 words, seed 4002), split the
  same way; the sheet names the lines (annotators read the whole article from the shared data).

Annotators write ``actor_sentiment_gold_<annotator>.jsonl`` and ``frames_gold_<annotator>.jsonl`` (formats in
``benchmarks/data/README_sentiment_frames.md``); ``evaluate`` scores the shipped code against them.

    python benchmarks/sentiment_frames_sheets.py sample
    python benchmarks/sentiment_frames_sheets.py evaluate [--split dev|test|all]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import NEWS

DATA = Path(__file__).resolve().parent / "data"
SENT_SHEET = DATA / "actor_sentiment_sheet.jsonl"
TRAIN_SHEET = DATA / "actor_sentiment_train_sheet.jsonl"
FRAME_SHEET = DATA / "frames_sheet.jsonl"
_WORD_RE = re.compile(r"\w+")
_INNER_CAP_RE = re.compile(r"(?<=[\s(\"“'‘-])[A-Z][a-z]")


def _lines() -> list[str]:
    return NEWS.read_text(encoding="utf-8").splitlines()


def unread_lines() -> set[int]:
    """Lines of the unread quotation and actor sets (blind7, blind8, blind11-13): left out of both sheets, so that
    reading this evaluation's errors exposes none of their articles."""
    out: set[int] = set()
    for name in ("blind7", "blind8", "blind11", "blind12", "blind13"):
        for path in (DATA / f"actors_{name}_gold.jsonl", DATA / f"quotes_gold_{name}.jsonl"):
            for row in path.read_text(encoding="utf-8").splitlines():
                if row.strip() and json.loads(row).get("line") is not None:
                    out.add(json.loads(row)["line"])
    return out


def _body_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences after the headline (the first line when a blank line follows it)."""
    from framing import Document

    head_end = text.find("\n\n")
    body_start = head_end + 2 if 0 <= head_end < 300 else 0
    return [(s, e) for s, e in Document(text).sentences if s >= body_start]


def sample_sentiment(lines: list[str], n_articles: int = 50, per_article: int = 4, seed: int = 4001,
                     exclude: frozenset[int] = frozenset(), split: str | None = None) -> list[dict]:
    """``split`` names every row's split; by default even draws are ``dev``, odd ``test``."""
    rng = random.Random(seed)
    order = rng.sample(range(3000), 3000)
    skip = unread_lines() | exclude
    rows: list[dict] = []
    taken = 0
    for line in order:
        if taken == n_articles:
            break
        if line in skip:
            continue
        rec = json.loads(lines[line])
        text = rec["text"]
        if not 150 <= len(_WORD_RE.findall(text)) <= 2500:
            continue
        sents = _body_sentences(text)
        cand = [k for k, (s, e) in enumerate(sents)
                if 8 <= len(_WORD_RE.findall(text[s:e])) <= 50 and _INNER_CAP_RE.search(text, s + 1, e)]
        if len(cand) < 2:
            continue
        pick = sorted(rng.sample(cand, min(per_article, len(cand))))
        part = split or ("dev" if taken % 2 == 0 else "test")
        for k in pick:
            s, e = sents[k]
            ps, pe = sents[k - 1] if k > 0 else (s, s)
            rows.append({"sid": len(rows), "split": part, "line": line, "doc_id": rec["id"], "start": s, "end": e,
                         "context": text[ps:pe], "sentence": text[s:e]})
        taken += 1
    return rows


def sample_frames(lines: list[str], n_articles: int = 50, seed: int = 4002) -> list[dict]:
    rng = random.Random(seed)
    order = rng.sample(range(3000), 3000)
    skip = unread_lines()
    rows: list[dict] = []
    for line in order:
        if len(rows) == n_articles:
            break
        if line in skip:
            continue
        rec = json.loads(lines[line])
        if not 250 <= len(_WORD_RE.findall(rec["text"])) <= 1200:
            continue
        rows.append({"aid": len(rows), "split": "dev" if len(rows) % 2 == 0 else "test", "line": line,
                     "doc_id": rec["id"], "words": len(_WORD_RE.findall(rec["text"]))})
    return rows


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("sample", help="write the two blind sheets")
    sub.add_parser("sample-train", help="write the training sheet for actor stance (needs the two blind sheets)")
    ev = sub.add_parser("evaluate", help="score the shipped code against the annotators' gold files")
    ev.add_argument("--split", choices=("dev", "test", "all"), default="all")
    args = ap.parse_args(argv)
    if args.cmd == "sample":
        lines = _lines()
        _write(SENT_SHEET, sample_sentiment(lines))
        _write(FRAME_SHEET, sample_frames(lines))
        return 0
    if args.cmd == "sample-train":
        taken = frozenset(json.loads(r)["line"] for path in (SENT_SHEET, FRAME_SHEET)
                          for r in path.read_text(encoding="utf-8").splitlines() if r.strip())
        _write(TRAIN_SHEET, sample_sentiment(_lines(), n_articles=150, seed=4003, exclude=taken, split="train"))
        return 0
    from sentiment_frames_eval import evaluate

    return evaluate(args.split)


if __name__ == "__main__":
    raise SystemExit(main())
