#!/usr/bin/env python3
"""Cost of the part-of-speech rules of the lexicon matcher, per 1,000-word article, on one core.

Runs on AllSides development articles (``news.jsonl`` lines 0-199; never the held-out lines 2000-2999) and prints

1. the tagger alone: microseconds per token, and what tagging a whole 1,000-word article would cost;
2. the lexicon matcher (``Matcher.find``) with the shipped lexicons, and with the same lexicons stripped of their
   ``pos``/``report`` rules, in ms per 1,000 words; the difference is what word-sense checking costs, since the
   matcher tags only the sentence around a candidate that carries such a rule;
3. how many sentences were tagged per article.

Usage: python benchmarks/pos_speed.py [--articles 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from framing import matcher as matcher_mod
    from framing.document import Document
    from framing.lexicon import builtin_lexicons
    from framing.matcher import Matcher
    from framing.pos import pos_tags
    from framing.tokenize import TOKEN_RE

    texts = []
    with NEWS.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= min(args.articles, 2000):
                break
            texts.append(json.loads(line)["text"])
    words = sum(Document(t).n_words for t in texts)

    # 1. the tagger alone, whole documents sentence by sentence
    pos_tags(["warm", "up"])
    n_tok = 0
    t0 = time.perf_counter()
    for t in texts[:50]:
        d = Document(t)
        for s, e in d.sentences:
            toks = TOKEN_RE.findall(t, s, e)
            pos_tags(toks)
            n_tok += len(toks)
    el = time.perf_counter() - t0
    w50 = sum(Document(t).n_words for t in texts[:50])
    print(f"tagger alone: {el / n_tok * 1e6:.1f} µs/token; tagging whole articles would cost "
          f"{el / w50 * 1000 * 1000:.1f} ms per 1,000 words")

    # 2. the matcher with and without part-of-speech rules
    lexicons = builtin_lexicons()
    stripped = []
    for lx in lexicons:
        entries = tuple(dataclasses.replace(e, context=tuple(r for r in e.context if r.kind not in ("pos", "report")))
                        for e in lx.entries)
        stripped.append(dataclasses.replace(lx, entries=entries))
    m_pos = Matcher(lexicons)
    m_plain = Matcher(stripped)

    calls = [0]
    real = matcher_mod.pos_tags  # _tag_chunk looks the name up at call time

    def counting(tokens):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(tokens)

    def run(m: Matcher) -> float:
        best = []
        for _ in range(args.repeat):
            docs = [Document(t) for t in texts]
            for d in docs:  # shared views (sentences, norm) are computed once per document by any scorer
                _ = d.norm, d.sentences
            matcher_mod._tag_chunk.cache_clear()  # measure cold: no window tagged by an earlier repeat
            t0 = time.perf_counter()
            for d in docs:
                m.find(d)
            best.append(time.perf_counter() - t0)
        return min(best) / words * 1000 * 1000

    plain = run(m_plain)
    matcher_mod.pos_tags = counting  # type: ignore[assignment]
    try:
        with_pos = run(m_pos)
    finally:
        matcher_mod.pos_tags = real
    per_article = calls[0] / args.repeat / len(texts)
    print(f"lexicon matcher, {len(texts)} AllSides articles ({words} words), best of {args.repeat}:")
    print(f"  without pos/report rules: {plain:.2f} ms per 1,000 words")
    print(f"  with pos/report rules:    {with_pos:.2f} ms per 1,000 words (+{with_pos - plain:.2f} ms; "
          f"{per_article:.1f} tagged windows per article, mean article {words / len(texts):.0f} words)")
    print(f"  median article length {statistics.median(Document(t).n_words for t in texts):.0f} words")


if __name__ == "__main__":
    main()
