"""Build ``framing/data/report_reference.tsv``: percentiles of a few measures over 1,000 news articles, so that
a one-article report can say where its article stands ("higher than 87% of 1,000 reference articles").

Source: the AllSides news sample (Baly et al. 2020; repository licence Apache-2.0), development lines 0-999
of ``../shared/data/allsides-news-sample/news.jsonl``, analysed with the default :class:`framing.Analyzer`.
Only percentiles are written (101 numbers per measure), never text. The file records the framing version and
the lexicon versions used: a report names them, since a later lexicon changes the numbers. Rerun after a
lexicon or model release::

    python scripts/build_report_reference.py                # writes framing/data/report_reference.tsv
    python scripts/build_report_reference.py --limit 200    # a quick look
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
OUT = ROOT / "framing" / "data" / "report_reference.tsv"


def measures(a: object) -> dict[str, float]:
    from framing.analysis import Analysis

    assert isinstance(a, Analysis)
    n = a.n_words or 1
    loaded = [s for s in a.spans if s.weight > 0 and not s.negated]
    return {
        "loaded_index": float(a.scores.get("loaded_index", math.nan)),
        "loaded_per_1k": 1000.0 * len(loaded) / n,
        "quotes_per_1k": 1000.0 * len(a.quotes) / n,
        "sentiment_compound": float(a.sentiment.get("compound", math.nan)),
        "flesch_reading_ease": float(a.readability.get("flesch_reading_ease", math.nan)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=1000, help="first N development lines (at most 1000)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    import numpy as np

    import framing
    from framing import Analyzer

    an = Analyzer()
    rows: list[dict[str, float]] = []
    with DATA.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= min(args.limit, 1000):
                break
            rec = json.loads(line)
            a = an.analyze(rec["text"], id=rec["id"])
            if a.error is None and a.language == "en":
                rows.append(measures(a))
    lex = ", ".join(f"{lx.name} {lx.version}" for lx in an.lexicons)
    lines = [
        f"# framing {framing.__version__}; lexicons: {lex}",
        f"# source: AllSides news sample (Baly et al. 2020, Apache-2.0), development lines "
        f"0-{min(args.limit, 1000) - 1}; {len(rows)} English articles analysed",
        "measure\tn\t" + "\t".join(f"p{q}" for q in range(101)),
    ]
    for key in rows[0]:
        xs = np.array([r[key] for r in rows if math.isfinite(r[key])])
        qs = np.percentile(xs, range(101))
        lines.append(f"{key}\t{xs.size}\t" + "\t".join(f"{v:.4g}" for v in qs))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(rows)} articles")


if __name__ == "__main__":
    main()
