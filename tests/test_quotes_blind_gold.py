"""Integrity of the blind quotation gold sets (``benchmarks/data/quotes_gold_blind{6,7,8,9,10,11}.jsonl`` and
``quotes_gold_dev8.jsonl``), one test per check and set.

The gold stores offsets and the first 30 characters of each region, not the texts; the offsets are checked against
``../shared/data/allsides-news-sample/news.jsonl`` when it is present (skipped otherwise). No framing code is run on
the articles: this only reads the gold and the raw text.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
README = DATA / "quotes_README.md"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
KINDS = {"quote", "scare", "name", "term"}
OPENING = '"“‘'
CLOSING = '"”’'
WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class GoldSet:
    name: str
    lines: range                 # where its articles come from
    main_lines: tuple[int, ...]  # the articles annotated whole, in pool order
    short_scope: bool            # whether a short-quote supplement (scope "short") is part of it
    min_quotes: int              # fewest direct quotations of a main article (the sampling rule), 0 if none
    #: (line, start) of quotations left open inside a paragraph the scrape ran together, ended by hand where the
    #: quoted words end (each is described in the set's README section)
    open_ends: tuple[tuple[int, int], ...] = ()
    #: (line, start) of quotations that the scrape opens with a closing mark ("”"), located by hand (each is
    #: described in the set's README section)
    open_starts: tuple[tuple[int, int], ...] = ()

    @property
    def path(self) -> Path:
        return DATA / f"quotes_gold_{self.name}.jsonl"

    def rows(self) -> list[dict[str, Any]]:
        with open(self.path, encoding="utf-8") as f:
            return [json.loads(raw) for raw in f if raw.strip()]

    def section(self) -> str:
        header = f"## `quotes_gold_{self.name}.jsonl`"
        readme = README.read_text(encoding="utf-8")
        assert header in readme
        return readme.split(header, 1)[1].split("\n## ", 1)[0]


SETS = [
    # blind6: the session-15 quotes pool inside the held-out range, with a short-quote (scare) supplement
    GoldSet("blind6", range(2000, 2800),
            (2020, 2054, 2069, 2146, 2169, 2212, 2281, 2314, 2342, 2346, 2384, 2416, 2430, 2506, 2545), True, 0),
    # blind7: seed 70, lines 1250-1499, main scope only
    GoldSet("blind7", range(1250, 1500),
            (1493, 1384, 1355, 1289, 1450, 1383, 1252, 1456, 1356, 1317, 1299, 1348, 1466, 1461, 1276), False, 3),
    # dev8: a development sample (session 19, seed 191, lines 1125-1249), annotated blind, its errors read since
    GoldSet("dev8", range(1125, 1250),
            (1200, 1201, 1144, 1172, 1183, 1167, 1209, 1234, 1155, 1246, 1194, 1154, 1178, 1171, 1135), False, 3),
    # dev9: a development sample (session 20, seed 200, lines 1500-1624), annotated blind
    GoldSet("dev9", range(1500, 1625),
            (1504, 1550, 1503, 1533, 1557, 1501, 1583, 1535, 1610, 1612, 1552, 1521, 1509, 1566, 1570), False, 3),
    # dev10: a development sample (session 20, seed 210, lines 1250-1499 outside blind7's), annotated blind
    GoldSet("dev10", range(1250, 1500),
            (1387, 1254, 1482, 1393, 1310, 1484, 1260, 1354, 1329, 1268, 1465, 1300, 1293, 1438, 1417), False, 3,
            open_ends=((1417, 6460),)),
    # dev11: a development sample (session 21, seed 220, development lines 500-749), annotated blind
    GoldSet("dev11", range(500, 750),
            (692, 697, 559, 684, 616, 570, 746, 602, 606, 625, 555, 583, 560, 623, 731), False, 3),
    # dev12: a development sample (issue 15, session 34, seed 340, development lines 0-499 outside every earlier
    # gold file), annotated blind by a helper; its first run is its blind figure
    GoldSet("dev12", range(0, 500),
            (265, 390, 365, 79, 385, 184, 117, 210, 145, 480, 349, 371, 171, 199, 102), False, 3),
    # dev13: the rest of the dev12 pool (session 34), annotated blind by a helper; its first run is its blind figure
    GoldSet("dev13", range(0, 500),
            (382, 307, 85, 183, 7, 22, 28, 108, 329, 216, 129, 172, 151, 323, 97), False, 3,
            open_ends=((85, 95), (85, 4399), (85, 5188))),
    # dev14: a development sample (session 34, seed 342, development lines 0-499 outside every earlier gold file or
    # pool), annotated blind by a helper; its first run is its blind figure
    GoldSet("dev14", range(0, 500),
            (159, 451, 55, 53, 373, 68, 485, 404, 239, 440, 29, 496, 423, 248, 386), False, 3,
            open_ends=((53, 2518),)),
    # dev15: a development sample (session 35, seed 350, development lines 0-499 outside every earlier gold file or
    # pool and whose system output was not read in session 35), annotated blind by a helper; its first run is its
    # blind figure
    GoldSet("dev15", range(0, 500),
            (181, 252, 364, 389, 87, 445, 278, 330, 78, 240, 228, 121, 369, 92, 182), False, 3),
    # dev16: a development sample (issue 15, session 36, seed 360, lines 0-499 outside every earlier gold file or pool)
    GoldSet("dev16", range(0, 500),
            (474, 132, 165, 473, 44, 344, 82, 279, 470, 107, 43, 431, 359, 66, 405), False, 3),
    # dev17: a development sample (issue 15, session 37, seed 370, lines 0-499 outside every earlier gold file or pool)
    GoldSet("dev17", range(0, 500),
            (76, 356, 488, 185, 339, 303, 176, 388, 46, 179, 346, 327, 439, 457, 2), False, 3),
    # dev18: a development sample (issue 15, session 38, seed 380, lines 0-499 outside every earlier gold file or pool)
    GoldSet("dev18", range(0, 500),
            (99, 223, 376, 268, 360, 284, 158, 395, 415, 341, 193, 292, 458, 464, 194), False, 3,
            open_ends=((292, 576), (292, 803), (292, 1787))),
    # dev19: a development sample (issue 15, session 38, seed 390, lines 0-499 outside every earlier gold file or pool)
    GoldSet("dev19", range(0, 500),
            (461, 476, 58, 406, 435, 410, 324, 9, 164, 217, 466, 261, 32, 209, 493), False, 3,
            open_ends=((9, 4934),)),
    # dev20: a development sample (issue 15, session 39, seed 400, lines 0-499 outside every earlier gold file or pool)
    GoldSet("dev20", range(0, 500),
            (149, 260, 125, 345, 36, 262, 226, 335, 452, 218, 200, 402, 204, 257, 487), False, 3),
    # dev21: a development sample (issue 15, session 39, seed 410, lines 0-499 outside every earlier gold file or pool)
    GoldSet("dev21", range(0, 500),
            (83, 190, 10, 494, 47, 186, 414, 271, 128, 122, 86, 272, 25, 196, 141), False, 3),
    # dev22: a development sample (issue 15, session 39, seed 420, lines 0-499 outside every earlier gold file or pool)
    GoldSet("dev22", range(0, 500),
            (21, 301, 251, 195, 39, 286, 293, 412, 40, 12, 247, 160, 229, 285, 384), False, 3,
            open_starts=((286, 2710), (286, 2942), (286, 3151), (286, 3304))),
    # dev23: a development sample (issue 15, session 39, seed 430, lines 0-499 outside every earlier gold file or pool)
    GoldSet("dev23", range(0, 500),
            (221, 111, 20, 130, 173, 175, 152, 282, 400, 80, 31, 222, 163, 375, 71), False, 3),
    # blind12: a held-out blind sample (issue 15, session 34, seed 341, lines 2000-2799 outside every earlier gold
    # file and not named in the benchmarks' READMEs, tests or scripts), scored in aggregate by the coordinator
    GoldSet("blind12", range(2000, 2800),
            (2658, 2280, 2641, 2160, 2085, 2084, 2614, 2272, 2693, 2093, 2702, 2485, 2327, 2231, 2095), False, 3),
    # blind13: a held-out blind sample (issue 15, session 35, seed 351, the 16 lines of 1000-2999 outside every earlier
    # gold file and not named in the benchmarks' READMEs, tests or scripts; the pool ran out at 14), scored in
    # aggregate by the coordinator
    GoldSet("blind13", range(1000, 3000),
            (2917, 1392, 2996, 1253, 2982, 2851, 1941, 1637, 1215, 2930, 2197, 2866, 1226, 1113), False, 3,
            open_ends=((1226, 3278),)),
    # blind8: a held-out blind sample (session 21, seed 230, lines 2000-2399 outside the blind6 lists and the recall
    # sets), scored once by the coordinator; its errors are not read
    GoldSet("blind8", range(2000, 2400),
            (2119, 2219, 2012, 2326, 2021, 2361, 2306, 2383, 2189, 2000, 2261, 2019, 2117, 2286, 2244), False, 3,
            open_ends=((2286, 1558),)),
    # blind9: a held-out blind sample (issue 15, seed 260, lines 2000-2999 outside every earlier gold file and the
    # lines named in the benchmarks READMEs), to be scored once by the coordinator; its errors are not to be read
    GoldSet("blind9", range(2000, 3000),
            (2137, 2064, 2312, 2507, 2609, 2055, 2522, 2165, 2647, 2770, 2159, 2706, 2578, 2143, 2708), False, 3),
    # blind10: a held-out blind sample (issue 15, seed 280, lines 1000-2999 outside every earlier gold file and the
    # lines named in the benchmarks READMEs/tests), to be scored once by the coordinator; its errors are not to be read
    GoldSet("blind10", range(1000, 3000),
            (1449, 1818, 2590, 2492, 1386, 2755, 2190, 2203, 1049, 1063, 2391, 1375, 2036, 1942, 1352), False, 3),
    # blind11: a held-out blind sample (issue 15, seed 292, lines 1000-2999 outside every earlier gold file and the
    # lines named in the benchmarks READMEs/tests), to be scored once by the coordinator; its errors are not to be
    # read. Its pool of 18 ran out at 13 kept articles; 1321 has two excerpt quotations left open, ended by hand
    GoldSet("blind11", range(1000, 3000),
            (2135, 1626, 1321, 1248, 1403, 1782, 1255, 1336, 2081, 1786, 1265, 1119, 1580), False, 3,
            open_ends=((1321, 481), (1321, 774))),
]
IDS = [s.name for s in SETS]


@pytest.mark.parametrize("gold", SETS, ids=IDS)
def test_fields_and_labels(gold: GoldSet) -> None:
    rows = gold.rows()
    assert rows
    for r in rows:
        assert r["kind"] in KINDS, r
        assert r["scope"] in ({"all", "short"} if gold.short_scope else {"all"}), r
        assert r["line"] in gold.lines, r
        assert 0 <= r["start"] < r["end"], r
        assert len(r["head"]) <= 30, r
        if r["kind"] == "quote":
            assert isinstance(r["attributed"], bool), r
            if r["attributed"]:
                assert r["speaker"] and r["canonical"], r
                assert isinstance(r["aliases"], list), r
            else:
                assert r["speaker"] is None and r["canonical"] is None and r["aliases"] == [], r
        else:
            assert "attributed" not in r and "speaker" not in r, r
    scopes = {r["line"]: r["scope"] for r in rows}
    assert all(r["scope"] == scopes[r["line"]] for r in rows), "one scope per line"
    assert sorted(ln for ln, s in scopes.items() if s == "all") == sorted(gold.main_lines)
    quotes = Counter(r["line"] for r in rows if r["kind"] == "quote")
    assert all(quotes[ln] >= gold.min_quotes for ln in gold.main_lines), quotes
    # regions of a line do not overlap and are sorted
    by_line: dict[int, list[tuple[int, int]]] = {}
    for r in rows:
        by_line.setdefault(r["line"], []).append((r["start"], r["end"]))
    for spans in by_line.values():
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize("gold", SETS, ids=IDS)
def test_counts_match_readme(gold: GoldSet) -> None:
    rows = gold.rows()
    c = Counter((r["kind"], r.get("attributed")) for r in rows)
    section = gold.section()
    assert f"**{len(rows)} regions, {c['quote', True]} attributed quotations**" in section
    assert f"**{c['scare', None]} scare quotes" in section
    if not gold.short_scope:
        assert (f"{c['quote', False]} unattributed, {c['scare', None]} scare, {c['name', None]} names, "
                f"{c['term', None]} terms") in section


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared/data/allsides-news-sample/news.jsonl")
@pytest.mark.parametrize("gold", SETS, ids=IDS)
def test_offsets_against_news(gold: GoldSet) -> None:
    with open(NEWS, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for r in gold.rows():
        d = json.loads(lines[r["line"]])
        assert d["id"] == r["doc_id"], r
        text = d["text"]
        span = text[r["start"] : r["end"]]
        # head: the 30 characters from the start, as in the earlier sets (eval_quotes.py checks it)
        assert text[r["start"] : r["start"] + 30] == r["head"], r
        assert span[0] in OPENING or (r["line"], r["start"]) in gold.open_starts, r
        # a region ends with a closing mark, or runs to the end of its paragraph (quotation left open)
        assert (span[-1] in CLOSING or r["end"] == len(text) or text[r["end"]] == "\n"
                or (r["line"], r["start"]) in gold.open_ends), r
        assert "\n" not in span, r
        n_words = len(WORD.findall(span))
        assert n_words >= 1 and (r["scope"] != "short" or n_words <= 6), r
