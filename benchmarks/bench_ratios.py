"""The speed issue's targets as ratios, measured side by side in one process, interleaved, best of N.

On a shared machine absolute rates drift by 2x within minutes; ratios measured close together do not. So every
contender runs once over the same articles in each round (rounds interleave the contenders), CPU time of this
process is taken (``time.process_time``: one core, other processes' load mostly cancels out), and each
contender's best round counts. Printed side by side:

* full default analysis (``Analyzer()``, every default scorer) against the peer stack: vaderSentiment on every
  sentence + textstat's six indices (target >= 3x, goal 10x);
* lexicon-only analysis (``Analyzer(scorers=["lexicon"])``, every shipped lexicon) against a bare ``\\w+``
  tokenizer (``re.findall``) over the same text (target >= 0.5x);
* the lexicon-only floor: the ``\\w+`` count every analysis reports (``n_words``) plus one pass of the
  lexicons' Aho-Corasick automaton with no Python work per hit, the most a lexicon-only analysis that keeps its
  outputs could reach;
* the ``ml`` scorer alone, ms per article and per 1,000 words (target <= 2 ms per article): each round builds
  fresh documents, computes their shared views (tokens, lower-cased forms, sentences, quotations: read by every
  scorer) and runs the lexicon scorer on them untimed, then times the ``ml`` scorer.

Caches: the matcher's part-of-speech cache (keyed on the text of a passage) is cleared before every framing run,
and textstat's per-text caches before every peer run, so repeated rounds over the same articles do not read
results from memory; the ``ml`` scorer's per-word cache (tagger
weights and word numbers of the vocabulary seen so far) stays warm, as it is in any corpus run after the first
few hundred articles.

    python benchmarks/bench_ratios.py                  # AllSides development lines 0-299, best of 5 rounds
    python benchmarks/bench_ratios.py --limit 60 --rounds 2   # a quick run
    python benchmarks/bench_ratios.py --markdown       # also the README's performance table
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import NEWS, conditions, textstat_offline

TEXTSTAT_SIX = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                "automated_readability_index")
WORD_RE = re.compile(r"\w+")


def dev_articles(first: int, limit: int, path: Path = NEWS) -> list[str]:
    """AllSides development articles ``first`` .. ``first + limit - 1`` (never the held-out lines 2000-2999)."""
    if first + limit > 2000:
        raise SystemExit("lines 2000-2999 are held out and 1000-1999 are blind/reserve sets: stay below 1000")
    if not path.is_file():
        raise SystemExit(f"benchmark data not found: {path}")
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= first + limit:
                break
            if i >= first:
                out.append(json.loads(line)["text"])
    return out


def _cpu(fn: Callable[[], object]) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def _clear_caches(package: object) -> int:
    """Clear the per-text ``functools.lru_cache`` of every function in the modules of ``package`` (textstat 0.7
    caches each function's result per text, 128 texts per function: over 100 articles every round after the first
    read its results from memory and the peer stack looked about four times faster than it is). Resource loaders
    (``get_*``: the CMU dictionary, pyphen, word lists) and the per-word ``is_difficult_word`` stay warm, as
    framing's model and per-word caches do. Returns the number of caches cleared."""
    name = getattr(package, "__name__", "")
    cleared: set[int] = set()
    for mod_name, mod in list(sys.modules.items()):
        if mod is None or not (mod_name == name or mod_name.startswith(name + ".")):
            continue
        for key, obj in list(vars(mod).items()):
            if (callable(getattr(obj, "cache_clear", None)) and hasattr(obj, "cache_info")
                    and str(getattr(obj, "__module__", "")).startswith(name + ".")
                    and not key.startswith("get_") and key != "is_difficult_word" and id(obj) not in cleared):
                obj.cache_clear()
                cleared.add(id(obj))
    return len(cleared)


def contenders(texts: Sequence[str]) -> dict[str, Callable[[], float]]:
    """Name -> a callable that processes every text once and returns the CPU seconds it was timed for."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing import Analyzer
    from framing.document import Document
    from framing.matcher import _tag_chunk
    from framing.ml.scorer import MLScorer
    from framing.scorers.base import ResultBuilder
    from framing.tokenize import sentence_spans

    vader = SentimentIntensityAnalyzer()
    textstat = textstat_offline()
    full = Analyzer()
    lexicon_only = Analyzer(scorers=["lexicon"])
    ml_scorers = [s for s in full.scorers if isinstance(s, MLScorer)]
    lex_scorer = lexicon_only.scorers[0]
    for t in texts[:3]:  # warm caches (textstat's dictionary, pyphen, the model) outside the timing
        full.analyze(t)
        for k in TEXTSTAT_SIX:
            getattr(textstat, k)(t)

    def words() -> float:
        return _cpu(lambda: [WORD_RE.findall(t) for t in texts])

    def peer() -> float:
        _clear_caches(textstat)  # textstat memoises per text (128 entries): later rounds would read from memory
        def run() -> None:
            for t in texts:
                for s, e in sentence_spans(t):
                    vader.polarity_scores(t[s:e])
                for k in TEXTSTAT_SIX:
                    getattr(textstat, k)(t)
        return _cpu(run)

    def framing_full() -> float:
        _tag_chunk.cache_clear()
        return _cpu(lambda: [full.analyze(t) for t in texts])

    def framing_lexicon() -> float:
        _tag_chunk.cache_clear()
        return _cpu(lambda: [lexicon_only.analyze(t) for t in texts])

    def ml_alone() -> float:
        if not ml_scorers:
            return float("nan")
        prepared = []
        for t in texts:
            d = Document(t)
            for view in ("tokens", "norm_tokens", "lower_tokens", "sentences", "quotes"):
                getattr(d, view, None)  # (an older Document may lack a view)
            r = ResultBuilder(d)
            lex_scorer.score(d, r)
            prepared.append((d, r))
        return _cpu(lambda: [s.score(d, r) for d, r in prepared for s in ml_scorers])

    def lexicon_floor() -> float:
        # what any lexicon-only analysis with today's outputs does at least: count the \w+ words (n_words, the
        # denominator of every rate) and run the lexicons' automaton over the normalised text, no Python per hit
        from framing.tokenize import count_words, normalize_for_matching

        automaton = lexicon_only.matcher._automaton

        def run() -> None:
            for t in texts:
                count_words(t)
                for _ in automaton.iter(normalize_for_matching(t)):
                    pass
        return _cpu(run)

    return {"words": words, "peer": peer, "full": framing_full, "lexicon": framing_lexicon, "ml": ml_alone,
            "lexicon_floor": lexicon_floor}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=NEWS, help="JSONL with a 'text' field (default: the shared sample)")
    ap.add_argument("--first", type=int, default=0, help="first AllSides line (default 0)")
    ap.add_argument("--limit", type=int, default=300, help="number of articles (default 300: lines 0-299)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds; the best round counts (default 5)")
    ap.add_argument("--markdown", action="store_true", help="also print the README's performance table")
    ap.add_argument("--json", type=Path, default=None, help="also write the numbers as JSON to this file")
    args = ap.parse_args(argv)
    texts = dev_articles(args.first, args.limit, args.data)
    n_words = sum(len(WORD_RE.findall(t)) for t in texts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runs = contenders(texts)
        best = dict.fromkeys(runs, float("inf"))
        for _ in range(args.rounds):
            for name, fn in runs.items():
                best[name] = min(best[name], fn())
    n = len(texts)
    ms = {k: 1000 * v / n for k, v in best.items()}
    full_vs_peer = best["peer"] / best["full"]
    lex_vs_words = best["words"] / best["lexicon"]
    ml_per_1k = 1000 * best["ml"] * 1000 / n_words
    print(f"# framing speed ratios\n\n{n} AllSides development articles (lines {args.first}-{args.first + n - 1}), "
          f"{n_words / n:,.0f} words per article; one process, one core; CPU time, interleaved, best of "
          f"{args.rounds} rounds. {conditions()}.\n")
    rows = [
        ("full default analysis (all default scorers)", ms["full"], 1000 / ms["full"]),
        ("peer stack: vaderSentiment per sentence + textstat six indices", ms["peer"], 1000 / ms["peer"]),
        ("lexicon-only analysis (every shipped lexicon)", ms["lexicon"], 1000 / ms["lexicon"]),
        ("bare \\w+ tokenizer (re.findall)", ms["words"], 1000 / ms["words"]),
        ("ml scorer alone (after the lexicon scorer)", ms["ml"], 1000 / ms["ml"]),
    ]
    print("| contender | ms per article | docs/s |\n|---|---:|---:|")
    for name, m, r in rows:
        print(f"| {name} | {m:.2f} | {r:,.0f} |")
    print("\n| ratio | measured | target |\n|---|---:|---|")
    print(f"| full default / peer stack (speed) | {full_vs_peer:.2f}x | >= 3x (goal 10x) "
          f"{'met' if full_vs_peer >= 3 else 'NOT met'} |")
    print(f"| lexicon-only / \\w+ tokenizer (speed) | {lex_vs_words:.2f}x | >= 0.5x "
          f"{'met' if lex_vs_words >= 0.5 else 'NOT met'} |")
    print(f"| ml scorer, ms per article ({ml_per_1k:.2f} ms per 1,000 words) | {ms['ml']:.2f} ms | <= 2 ms "
          f"{'met' if ms['ml'] <= 2 else 'NOT met'} |")
    print(f"\nLexicon-only floor (the \\w+ word count every analysis reports as n_words + one pass of the lexicons' "
          f"automaton, nothing else): {ms['lexicon_floor']:.2f} ms per article, "
          f"{best['words'] / best['lexicon_floor']:.2f}x the \\w+ rate at most.")
    if args.markdown:
        def met(ok: bool) -> str:
            return "met" if ok else "**not met**"

        print(f"\nREADME table ({n} AllSides articles of ~{n_words / n:,.0f} words, one process, one core, CPU time, "
              f"best of {args.rounds} interleaved rounds, `python benchmarks/bench_ratios.py`):\n")
        print("| what runs | ms per article | docs/s | ratio measured in the same run | target |")
        print("|---|---:|---:|---|---|")
        print(f"| full default analysis (`framing analyze`) | {ms['full']:.1f} | {1000 / ms['full']:,.0f} | "
              f"{full_vs_peer:.2f}× the peer stack | ≥ 3× (goal 10×): {met(full_vs_peer >= 3)} |")
        print(f"| peer stack: vaderSentiment per sentence + textstat (6 indices) | {ms['peer']:.1f} | "
              f"{1000 / ms['peer']:,.0f} | 1 | |")
        print(f"| lexicon only (`--scorers lexicon`, every shipped lexicon) | {ms['lexicon']:.1f} | "
              f"{1000 / ms['lexicon']:,.0f} | {lex_vs_words:.2f}× the `\\w+` rate | ≥ 0.5×: "
              f"{met(lex_vs_words >= 0.5)} |")
        print(f"| bare `\\w+` tokenizer (`re.findall`) | {ms['words']:.2f} | {1000 / ms['words']:,.0f} | 1 | |")
        print(f"| `ml` scorer alone (after the lexicon scorer) | {ms['ml']:.1f} | {1000 / ms['ml']:,.0f} | "
              f"{ml_per_1k:.1f} ms per 1,000 words | ≤ 2 ms per article: {met(ms['ml'] <= 2)} |")
    if args.json:
        args.json.write_text(json.dumps({"n_docs": n, "n_words": n_words, "cpu_seconds": best,
                                         "full_vs_peer": full_vs_peer, "lexicon_vs_words": lex_vs_words,
                                         "ml_ms_per_article": ms["ml"], "ml_ms_per_1k_words": ml_per_1k}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
