"""Dump the quotations and speakers an older framing version gives on a gold set's articles (for the transfer check
of ``benchmarks/train_speaker_ranker.py --old-rules SET=PATH``).

Run with the old code first on ``sys.path`` (e.g. ``git archive 2d53c46 | tar -x -C /tmp/old``, then
``ln -s ../lexicons /tmp/old/framing/lexicons`` so the source tree finds its lexicons), from this repository's
environment: ``python benchmarks/dump_quote_speakers.py /tmp/old benchmarks/data/quotes_gold_blind3.jsonl OUT.json``.
Output: ``{line: [[start, end, speaker, verb], ...]}``. Lines 2800-2999 are refused (held out).

Shipped dumps: ``benchmarks/data/speakers_rules_2d53c46_blind3.json`` (the code of the honest first blind3 run,
147/198) and ``speakers_rules_fc59942_blind2.json`` (the honest first blind2 run, 162/226).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "allsides-news-sample" / "news.jsonl"


def main(argv: list[str]) -> int:
    old_root, gold, out = argv
    sys.path.insert(0, old_root)
    import framing

    if not str(Path(framing.__file__).resolve()).startswith(str(Path(old_root).resolve())):
        print(f"framing imported from {framing.__file__}, not from {old_root}", file=sys.stderr)
        return 2
    from framing import Analyzer

    lines = NEWS.read_text(encoding="utf-8").splitlines()
    with open(gold, encoding="utf-8") as f:
        wanted = sorted({json.loads(raw)["line"] for raw in f if raw.strip()})
    if any(2800 <= ln < 3000 for ln in wanted):
        print("lines 2800-2999 are held out", file=sys.stderr)
        return 2
    analyzer = Analyzer(scorers=["lexicon", "devices"])
    dump = {}
    for ln in wanted:
        a = analyzer.analyze(json.loads(lines[ln])["text"])
        dump[ln] = [[q.start, q.end, q.speaker, q.verb] for q in a.quotes]
    Path(out).write_text(json.dumps(dump), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
