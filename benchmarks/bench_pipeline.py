"""Speed of framing's pipeline against the peers, on the same news articles, in one run.

Reproduces the anchor table of the speed issue: documents/s and MB/s on one core for reading, the ``\\w+``
regex limit, lexicon scanning (pyahocorasick + word boundaries versus framing's matcher), vaderSentiment per
sentence, textstat's six indices, Empath's 194 local categories, and framing's scorer families and default
pipeline. Every rate is also printed as a ratio to the ``\\w+`` rate of the same run, which makes the numbers
comparable across machines and loads. Then the agreement of framing's readability and sentiment values with
textstat's and VADER's on the same documents and sentences.

    python benchmarks/bench_pipeline.py            # full corpus, ~10 s budget per row (a few minutes)
    python benchmarks/bench_pipeline.py --small    # CI smoke run: 60 documents, a few seconds

Slow rows stop after ``--budget`` seconds (so they see a prefix of the corpus); rates are per document and per
MB actually processed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    MINI_LEXICON,
    NEWS,
    Rate,
    conditions,
    load_news,
    markdown,
    measure,
    synthetic_terms,
    textstat_offline,
    write_lexicon,
)

TEXTSTAT_SIX = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                "automated_readability_index")
WORD_RE = re.compile(r"\w+")


def _aho_scan(terms: list[str]) -> Callable[[str], object]:
    """The peer lexicon scan: pyahocorasick over the lower-cased text plus a word-boundary check."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for t in terms:
        auto.add_word(t, len(t))
    auto.make_automaton()
    is_word = re.compile(r"\w").match

    def scan(text: str) -> object:
        low = text.lower()
        n = len(low)
        out = []
        for last, length in auto.iter(low):
            start = last - length + 1
            if (start == 0 or not is_word(low, start - 1)) and (last + 1 >= n or not is_word(low, last + 1)):
                out.append((start, last + 1))
        return out

    return scan


def _framing_rows(texts: list[str], budget: float, repeat: int, notes: list[str]) -> list[Rate]:
    from framing import Analyzer
    from framing.document import Document
    from framing.exceptions import FramingError
    from framing.pipeline import DEFAULT_SCORERS, SCORERS

    rows: list[Rate] = []
    builtin = True
    try:
        az = Analyzer(scorers=["lexicon"])
        n_terms = sum(len(lx) for lx in az.lexicons)
        rows.append(measure(f"framing lexicon scan, all shipped lexicons ({n_terms:,} entries)",
                            lambda t: az.matcher.find(Document(t)), texts, budget=budget, repeat=repeat))
    except FramingError as exc:
        builtin = False
        notes.append(f"shipped lexicons did not load ({exc}); framing rows use tests/data/lex/mini.tsv")
    extra = {} if builtin else {"lexicons": [MINI_LEXICON], "builtin_lexicons": False}
    fam_rates: dict[str, Rate] = {}
    for name in SCORERS:
        try:
            az = Analyzer(scorers=[name], **extra)  # type: ignore[arg-type]
        except Exception as exc:
            notes.append(f"scorer family {name!r} could not be built: {type(exc).__name__}: {exc}")
            continue
        label = f"framing scorers=[{name!r}]" + ("" if name == "lexicon" else " (+ lexicon)")
        fam_rates[name] = measure(label, az.analyze, texts, budget=budget, repeat=repeat)
    rows.extend(fam_rates.values())
    try:
        az = Analyzer(**extra)  # type: ignore[arg-type]
        rows.append(measure(f"framing default analysis ({', '.join(az.scorer_names)})", az.analyze, texts,
                            budget=budget, repeat=repeat))
        stuck = [n for n, r in fam_rates.items() if r.note]
        if rows[-1].note and stuck:  # a family that hangs: time the rest of the default pipeline as well
            rest = [n for n in az.scorer_names if n not in stuck]
            az = Analyzer(scorers=rest, **extra)  # type: ignore[arg-type]
            rows.append(measure(f"framing default analysis without {', '.join(stuck)} ({', '.join(rest)})",
                                az.analyze, texts, budget=budget, repeat=repeat))
    except Exception as exc:
        notes.append(f"default pipeline {DEFAULT_SCORERS} could not be built: {type(exc).__name__}: {exc}")
    lex_rate = fam_rates.get("lexicon")
    if lex_rate is not None:
        for name, r in fam_rates.items():
            if name != "lexicon" and r.docs_per_s > 0 and lex_rate.docs_per_s > 0:
                own = 1 / r.docs_per_s - 1 / lex_rate.docs_per_s
                notes.append(f"family {name!r} alone (its rate minus the lexicon scorer's cost): "
                             f"{1 / own:,.0f} docs/s" if own > 0 else f"family {name!r}: within noise of lexicon")
    return rows


def _agreement(texts: list[str], notes: list[str]) -> list[list[object]]:
    """Max absolute differences between framing and textstat / VADER on the same documents and sentences."""
    out: list[list[object]] = []
    from framing import Analyzer

    try:
        az = Analyzer(scorers=["readability", "sentiment"], lexicons=[MINI_LEXICON], builtin_lexicons=False)
    except Exception as exc:
        notes.append(f"agreement not checked: {type(exc).__name__}: {exc}")
        return out
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    textstat = textstat_offline()
    vader = SentimentIntensityAnalyzer()
    diffs = {k: [] for k in TEXTSTAT_SIX}  # type: dict[str, list[float]]
    sdiffs: list[float] = []
    for t in texts:
        a = az.analyze(t)
        for k in TEXTSTAT_SIX:
            if k in a.readability:
                diffs[k].append(abs(a.readability[k] - getattr(textstat, k)(t)))
        for s in a.sentiment.get("sentences", ()):
            sdiffs.append(abs(s["compound"] - vader.polarity_scores(t[s["start"]: s["end"]])["compound"]))
    for k, d in diffs.items():
        if d:
            within = sum(x <= 0.01 for x in d) / len(d)
            out.append([f"readability {k} vs textstat", len(d), max(d), f"{within:.1%} within 0.01"])
    if sdiffs:
        within = sum(x <= 0.001 for x in sdiffs) / len(sdiffs)
        out.append(["sentence compound vs vaderSentiment", len(sdiffs), max(sdiffs), f"{within:.1%} within 0.001"])
    return out


def _framing_tokens(text: str) -> None:
    from framing.document import Document

    d = Document(text)
    d.token_spans  # noqa: B018 (computed lazily)
    d.sentences  # noqa: B018


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=NEWS, help="JSONL with a 'text' field (default: the shared sample)")
    ap.add_argument("--small", action="store_true", help="CI smoke run: 60 documents, 0.3 s per row")
    ap.add_argument("--limit", type=int, default=None, help="use the first N documents")
    ap.add_argument("--budget", type=float, default=None, help="seconds per row before it stops (default 10)")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs for the fast rows (default 1)")
    ap.add_argument("--agreement-docs", type=int, default=None, help="documents for the agreement check (200)")
    ap.add_argument("--json", type=Path, default=None, help="also write the rows as JSON to this file")
    args = ap.parse_args(argv)
    limit = 60 if args.small and args.limit is None else args.limit
    budget = args.budget if args.budget is not None else (0.3 if args.small else 10.0)
    agree_n = args.agreement_docs if args.agreement_docs is not None else (10 if args.small else 200)
    notes: list[str] = []

    t0 = time.perf_counter()
    path = args.data
    raw_lines = [ln for ln in path.read_bytes().splitlines() if ln.strip()][:limit]
    texts = load_news(path, limit)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"# framing speed benchmark\n\n{len(texts):,} documents, {mb:.1f} MB of text from {path.name}; one "
          f"process, one core. {conditions()}.\n", flush=True)

    rows: list[Rate] = []
    t = time.perf_counter()
    for ln in raw_lines:
        json.loads(ln)["text"].lower()
    dt = time.perf_counter() - t
    rows.append(Rate("read + json.loads + lower()", len(raw_lines), dt, mb))

    def words(text: str) -> None:
        for _ in WORD_RE.finditer(text):
            pass

    base = measure('re.finditer(r"\\w+") tokenization (the single-core limit)', words, texts, budget=budget,
                   repeat=max(args.repeat, 3))
    rows.append(base)

    # the NLTK alternative: Punkt (untrained parameters, no download) + NLTKWordTokenizer span tokenization
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    punkt, word_tok = PunktSentenceTokenizer(), NLTKWordTokenizer()

    def nltk_spans(text: str) -> None:
        for s, e in punkt.span_tokenize(text):
            for _ in word_tok.span_tokenize(text[s:e]):
                pass

    rows.append(measure("NLTK Punkt + NLTKWordTokenizer span tokenization", nltk_spans, texts, budget=budget,
                        repeat=args.repeat))
    rows.append(measure("framing tokens + sentences (Document: regex tokens, rule-based sentences)",
                        _framing_tokens, texts, budget=budget, repeat=max(args.repeat, 2)))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        terms = synthetic_terms(texts if len(texts) >= 1000 or args.small else load_news(path, 3000), 2000)
    rows.append(measure("2,000-term lexicon, pyahocorasick + word-boundary check", _aho_scan(terms), texts,
                        budget=budget, repeat=max(args.repeat, 2)))
    from framing import Analyzer
    from framing.document import Document

    with tempfile.TemporaryDirectory() as tmp:
        syn = Analyzer(scorers=["lexicon"], lexicons=[write_lexicon(terms, Path(tmp) / "syn2000.tsv")],
                       builtin_lexicons=False)
    rows.append(measure("2,000-term lexicon, framing matcher (offsets, quotes, negation)",
                        lambda x: syn.matcher.find(Document(x)), texts, budget=budget, repeat=max(args.repeat, 2)))

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.tokenize import sentence_spans

    vader = SentimentIntensityAnalyzer()

    def vader_sents(text: str) -> None:
        for s, e in sentence_spans(text):
            vader.polarity_scores(text[s:e])

    r_vader = measure("vaderSentiment per sentence", vader_sents, texts, budget=budget)
    rows.append(r_vader)

    textstat = textstat_offline()

    def six(text: str) -> None:
        for k in TEXTSTAT_SIX:
            getattr(textstat, k)(text)

    six(texts[0])  # textstat loads its dictionaries on first use; not part of the rate
    r_ts = measure("textstat, six readability indices", six, texts, budget=budget)
    rows.append(r_ts)
    peer = 1 / (1 / r_vader.docs_per_s + 1 / r_ts.docs_per_s)
    try:
        from empath import Empath

        emp = Empath()
        rows.append(measure(f"Empath, {len(emp.cats)} categories (local, normalize=True)",
                            lambda x: emp.analyze(x, normalize=True), texts, budget=budget))
    except ImportError:
        notes.append("Empath is not installed (pip install empath): row skipped")

    rows.extend(_framing_rows(texts, budget, args.repeat, notes))

    for r in rows:
        if r.note:
            notes.append(f"{r.name}: {r.note}")
    table = [[r.name + (" (see notes)" if r.note else ""), r.docs_per_s, r.mb_per_s, r.docs_per_s / base.docs_per_s,
              r.docs] for r in rows]
    print(markdown(["what", "docs/s", "MB/s", "× \\w+ rate", "docs timed"], table))
    default = next((r for r in rows if r.name.startswith("framing default") and not r.note), None)
    print("\n## Targets\n")
    tgt = []
    lex_all = next((r for r in rows if r.name.startswith("framing lexicon scan, all shipped")), None)
    lex_syn = next(r for r in rows if r.name.startswith("2,000-term lexicon, framing"))
    for r in (lex_all, lex_syn):
        if r is not None:
            ratio = r.docs_per_s / base.docs_per_s
            tgt.append([f"{r.name} ≥ 0.5× \\w+", f"{ratio:.2f}×", "met" if ratio >= 0.5 else "NOT met"])
    if default is not None and default.docs_per_s > 0:
        ratio = default.docs_per_s / peer
        tgt.append([f"{default.name[len('framing '):]} ≥ 10× vaderSentiment + textstat six ({peer:,.0f} docs/s "
                    "together; floor 3×)",
                    f"{ratio:.1f}×", "met" if ratio >= 10 else "floor met" if ratio >= 3 else "NOT met"])
    print(markdown(["target", "measured", "verdict"], tgt))

    agree = _agreement(texts[:agree_n], notes)
    if agree:
        print("\n## Agreement with the peers\n")
        print(markdown(["values", "compared", "max |difference|", "share"], agree))
    if notes:
        print("\n## Notes\n")
        for n in notes:
            print(f"- {n}")
    print(f"\n(total {time.perf_counter() - t0:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ | {"docs_per_s": r.docs_per_s} for r in rows], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
