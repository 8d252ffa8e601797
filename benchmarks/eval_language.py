"""Language detection: how many non-English documents are flagged, and how many English ones are (wrongly).

- Non-English: ``benchmarks/data/language_non_english.jsonl``, 61 short news paragraphs written for this
  benchmark in 8 languages (es, de, fr, it, pt, ru, zh, nl); target: all flagged (language other than "en").
- English: AllSides news sample lines 0-999 (``../shared/data/allsides-news-sample/news.jsonl``; development
  lines); target: none flagged. Also every English article cut to its first 200 characters (headline-like
  snippets), where the short-text default must keep them English.

Run: ``python benchmarks/eval_language.py [-v]`` (prints a Markdown table; ``-v`` lists the misses).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from framing.language import ENGLISH, detect_language

ROOT = Path(__file__).resolve().parents[1]
NON_EN = ROOT / "benchmarks" / "data" / "language_non_english.jsonl"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--english", type=int, default=1000, help="AllSides lines 0..N-1 (default 1000)")
    args = ap.parse_args(argv)
    docs = [json.loads(x) for x in NON_EN.read_text(encoding="utf-8").splitlines() if x.strip()]
    detect_language("warm up the model load " * 5)
    flagged = Counter()
    right_code = 0
    for d in docs:
        got = detect_language(d["text"])
        flagged[d["lang"]] += got != ENGLISH
        right_code += got == d["lang"]
        if args.verbose and got == ENGLISH:
            print(f"  not flagged: {d['id']} {d['text'][:60]!r}")
    total = Counter(d["lang"] for d in docs)
    print("| set | documents | flagged non-English |")
    print("|---|---|---|")
    for lang in total:
        print(f"| non-English {lang} | {total[lang]} | {flagged[lang]} |")
    n_flag = sum(flagged.values())
    print(f"| **non-English, all** ({len(total)} languages) | {len(docs)} | **{n_flag} ({n_flag / len(docs):.0%})**; "
          f"language code right {right_code}/{len(docs)} |")
    if not NEWS.is_file():
        print(f"{NEWS} not found: English check skipped", file=sys.stderr)
        return 0
    lines = NEWS.read_text(encoding="utf-8").splitlines()[: args.english]
    texts = [json.loads(x)["text"] for x in lines]
    t0 = time.perf_counter()
    codes = [detect_language(t) for t in texts]
    dt = time.perf_counter() - t0
    bad = [(i, c) for i, c in enumerate(codes) if c != ENGLISH]
    short_bad = [i for i, t in enumerate(texts) if detect_language(t[:200]) != ENGLISH]
    print(f"| English AllSides lines 0-{len(texts) - 1} | {len(texts)} | {len(bad)} |")
    print(f"| English AllSides, first 200 characters | {len(texts)} | {len(short_bad)} |")
    print(f"\n{dt / len(texts) * 1000:.2f} ms per AllSides article")
    if args.verbose:
        for i, c in bad:
            print(f"  flagged English line {i} as {c}: {texts[i][:80]!r}")
        for i in short_bad:
            print(f"  flagged English snippet line {i}: {texts[i][:80]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
