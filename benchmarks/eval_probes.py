"""Score the device scorers on the passages of session 31's probes (``benchmarks/data/probes_s31/``).

Four sets of news text written by the framing developers' helper sessions, each annotated from the guidelines
(``benchmarks/data/README_devices.md``, ``benchmarks/data/quotes_README.md``) before the system was first run on it
(see ``benchmarks/data/probes_s31/README.md``). Their errors were read in session 31, so these are **seen** sets:
a regression check and a picture of constructions rare in AllSides, not an estimate for unseen news.

- ``labels``: labels of named actors; a gold label is found when a label of the system actor that names the
  gold actor overlaps it (as ``eval_actors.py`` counts).
- ``attribution`` and ``articles``: the speaker of each quoted region that has one; right when the speaker names
  the gold person or body (the full name, an alias or the surname; an unresolved pronoun or description is wrong);
  regions with no gold speaker count as false attributions when given one.
- ``actors``: required actors found (a system mention covers the name as written) and typed as the gold says (a
  type list such as ``place|organisation`` accepts either).
- ``us_politics``: speakers and labels (as above) in passages written in the styles of US political coverage.

Session 32's sets (``--dir benchmarks/data/probes_s32``, see its README) add ``mixed``: quotations and labels in
short passages of many kinds of news, scored as ``us_politics``. Session 33's (``--dir benchmarks/data/probes_s33``)
hold ``articles``, ``labels`` and a held-out ``mixed`` set of US political news.

Session 36's (``--dir benchmarks/data/probes_s36``, see its README) hold ``mixed`` (quotations and labels in 60
passages of business, courts, foreign, science, sport, local and culture news) and ``actors`` (60 passages).

Run: ``python benchmarks/eval_probes.py [--dir DIR] [--set NAME] [-v]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "probes_s31"
_TITLE_WORDS = frozenset("""mr mrs ms dr sen rep gov president judge chief senator the a an chair chairman secretary
minister prime coach sheriff commissioner councilwoman councilman professor prof spokesman spokeswoman his her its
their former vice speaker governor mayor pope king chancellor representative""".split())
_PRONOUNS = frozenset("he she they it him her them we i you his its their".split())


def _norm(name: str) -> list[str]:
    s = re.sub(r"['’]s\b|['’]$", "", name.lower().replace("’", "'"))
    return [w for w in re.findall(r"[\w-]+", s) if w not in _TITLE_WORDS]


def _same_speaker(pred: str | None, gold: str, aliases: list[str]) -> bool:
    if not pred or pred.strip().lower() in _PRONOUNS:
        return False
    p = _norm(pred)
    if not p:
        return False
    return any((g := _norm(form)) and (p == g or p[-1] == g[-1]) for form in [gold, *aliases])


def _load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (_DIR[0] / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]


_DIR = [DATA]  # the probe folder read by _load (``--dir``)


def score_labels(analyzer: Any, verbose: bool, name: str = "labels") -> str:
    found = total = 0
    for row in _load(name):
        text = row["text"]
        actors = analyzer.analyze(text).actors
        for gold in row["labels"]:
            total += 1
            # every occurrence of the label's text ("Sen. Rand Paul ... Sen. Bernie Sanders": the second "Sen.")
            where = [(m.start(), m.end()) for m in re.finditer(re.escape(gold["label"]), text)]
            acts = [a for a in actors if _same_speaker(a.name, gold["actor"], [])]
            ok = any(lab.start < ge and gs < lab.end for gs, ge in where for a in acts for lab in a.labels)
            found += ok
            if verbose and not ok:
                print(f"  {name} {row['id']}: missed {gold['label']!r} of {gold['actor']}")
    return f"{name}: labels found {found}/{total} = {found / total:.2f} (overlap with a label of the actor)"


def score_quotes(analyzer: Any, name: str, verbose: bool) -> str:
    right = total = false = nones = 0
    for row in _load(name):
        text = row["text"]
        quotes = analyzer.analyze(text).quotes
        for gold in row["quotes"]:
            pos = text.find(gold["head"].lstrip("\"“‘'"))
            hit = next((q for q in quotes if q.start <= pos + 1 < q.end), None)
            pred = hit.speaker if hit is not None else None
            if gold.get("speaker") is None:
                nones += 1
                false += pred is not None
                continue
            total += 1
            ok = _same_speaker(pred, gold["speaker"], gold.get("aliases", []))
            right += ok
            if verbose and not ok:
                print(f"  {name} {row['id']}: {gold['head'][:30]!r} gold {gold['speaker']!r}, got {pred!r}")
    return (f"{name}: speakers right {right}/{total} = {right / total:.2f}; speakers given to regions without one "
            f"{false}/{nones}")


def score_actors(analyzer: Any, verbose: bool) -> str:
    found = typed = total = 0
    for row in _load("actors"):
        text = row["text"]
        actors = analyzer.analyze(text).actors
        for gold in row["actors"]:
            if gold.get("optional"):
                continue
            total += 1
            gs = text.find(gold["name"])
            ge = gs + len(gold["name"])
            hit = next((a for a in actors for ms, me in a.mentions if ms <= gs and ge <= me), None)
            found += hit is not None
            ok = hit is not None and hit.type in gold["type"].split("|")
            typed += ok
            if verbose and not ok:
                print(f"  actors {row['id']}: {gold['name']!r} ({gold['type']}) -> "
                      f"{(hit.name, hit.type) if hit else None}")
    return f"actors: required found {found}/{total} = {found / total:.2f}; found with the right type {typed}/{total} " \
           f"= {typed / total:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("labels", "attribution", "articles", "actors", "us_politics", "mixed"),
                    action="append")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the errors")
    ap.add_argument("--dir", type=Path, default=DATA, help="probe folder (default probes_s31; probes_s32 for the "
                    "next session's sets)")
    args = ap.parse_args(argv)
    _DIR[0] = args.dir
    from framing import Analyzer

    analyzer = Analyzer(scorers=["lexicon", "devices"])
    every = ("labels", "attribution", "articles", "actors", "us_politics", "mixed")
    for name in args.set or [n for n in every if (args.dir / f"{n}.jsonl").exists()]:
        if name in ("us_politics", "mixed"):  # (quotations and labels in one file)
            print(score_quotes(analyzer, name, args.verbose))
            print(score_labels(analyzer, args.verbose, name))
        elif name == "labels":
            print(score_labels(analyzer, args.verbose))
        elif name == "actors":
            print(score_actors(analyzer, args.verbose))
        else:
            print(score_quotes(analyzer, name, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
