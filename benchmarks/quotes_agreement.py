"""Agreement of a second, independent annotation of a quotation gold set with the first (issue 15, session 24).

Is the speaker target (>= 0.90 right) limited by the gold itself? A second annotator re-labelled every region of
a gold set (the same regions, shown marked in the article texts; the region kind and, for quotations, the speaker
as written and the person or body meant), from the guideline alone, without the first annotation or any system
output (``benchmarks/data/quotes_second_*.jsonl``, how they were made in ``benchmarks/data/quotes_README.md``).
The second annotator's speaker counts as the same when :func:`eval_quotes.speaker_ok` accepts its canonical name
or its speaker as written against the first annotation, exactly as a system speaker is scored.

    python benchmarks/quotes_agreement.py                    # blind7 and blind8
    python benchmarks/quotes_agreement.py --set blind7 -v    # list the disagreements

No system is run: the figures describe the gold, and reading them reveals nothing of the system's errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_quotes import speaker_ok

DATA = Path(__file__).resolve().parent / "data"


def _read(path: Path) -> dict[tuple[int, int], dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {(r["line"], r["start"]): r for r in rows}


def compare(gold: dict[tuple[int, int], dict[str, Any]],
            second: dict[tuple[int, int], dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Counts of agreement between the first (``gold``) and the second annotation, and the disagreements."""
    if set(gold) != set(second):
        raise SystemExit(f"the two annotations cover different regions: {len(set(gold) ^ set(second))} differ")
    kinds: Counter[tuple[str, str]] = Counter()
    same = other = none = extra = 0
    notes = []
    for k, g in sorted(gold.items()):
        b = second[k]
        kinds[(g["kind"], b["kind"])] += 1
        g_att = g["kind"] == "quote" and bool(g.get("attributed"))
        b_att = b["kind"] == "quote" and bool(b["speaker"])
        where = f"line {k[0]} {g['head']!r}"
        if g_att and not b_att:
            none += 1
            notes.append(f"{where}: first {g['canonical']!r}, second none ({b['kind']}; {b['note']})")
        elif g_att:
            if speaker_ok(b["canonical"], g) or speaker_ok(b["speaker"], g):
                same += 1
            else:
                other += 1
                notes.append(f"{where}: first {g['canonical']!r}, second {b['canonical']!r} ({b['speaker']!r})")
        elif b_att:
            extra += 1
            notes.append(f"{where}: first none ({g['kind']}), second {b['canonical']!r} ({b['note']})")
    counts = {"regions": len(gold), "kind_same": sum(v for (a, b), v in kinds.items() if a == b),
              "attributed": same + other + none, "same": same, "other": other, "none": none, "extra": extra,
              "kinds": kinds}
    return counts, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", help="gold set name (default: blind7 and blind8)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the disagreements")
    args = ap.parse_args(argv)
    total: Counter[str] = Counter()
    for name in args.set or ["blind7", "blind8"]:
        counts, notes = compare(_read(DATA / f"quotes_gold_{name}.jsonl"), _read(DATA / f"quotes_second_{name}.jsonl"))
        for key in ("regions", "kind_same", "attributed", "same", "other", "none", "extra"):
            total[key] += counts[key]
        _print(name, counts)
        if args.verbose:
            for n in notes:
                print("   ", n)
    if len(args.set or [1, 2]) > 1:
        _print("pooled", total)
    return 0


def _print(name: str, c: Any) -> None:
    print(f"{name}: region kinds agree {c['kind_same']}/{c['regions']}; of {c['attributed']} quotations the first "
          f"annotation attributes, the second names the same speaker {c['same']} ({c['same'] / c['attributed']:.3f}),"
          f" another {c['other']}, none {c['none']}; it names a speaker for {c['extra']} region(s) the first leaves "
          "without one")


if __name__ == "__main__":
    raise SystemExit(main())
