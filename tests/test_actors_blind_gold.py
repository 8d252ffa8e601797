"""Consistency of the blind actors/labels gold sets (``benchmarks/data/actors_blindN_*``; README_devices.md).

Checks the files only (no framing code is run on the blind lines): structure always, offsets against the AllSides
texts when ``../shared`` is present. A new set is one more entry in ``SETS``.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
TYPES = {"person", "organisation", "group", "place", "country"}
KINDS = {"title", "descriptive", "ideological"}


def read_raw(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _eval_actors() -> ModuleType:
    return load_benchmark("eval_actors", name="eval_actors_gold_checks")


def check_pool_order(raw: dict[str, Any], gold: list[dict[str, Any]], pool: list[int], *,
                     not_reached: bool = True, size: int = 15) -> None:
    """The annotated lines are the first ``size`` usable lines of the pool (every usable line of a shorter pool), in
    pool order (``not_reached``: the raw file also lists the rest of the pool as not reached)."""
    lines = [d["line"] for d in raw["docs"]]
    skipped = [s["line"] for s in raw["skipped"]]
    assert len(lines) == min(size, len(pool) - len(skipped))
    taken = sorted(lines + skipped, key=pool.index)
    assert taken == pool[: len(taken)]  # pool order, nothing passed over silently
    assert lines == [x for x in pool if x in lines]
    assert [g["line"] for g in gold] == lines
    if not_reached:
        assert raw["not_reached"] == [x for x in pool if x not in lines and x not in skipped]


def check_well_formed(gold: list[dict[str, Any]]) -> None:
    """Unique canonical names, known types and label kinds, mentions and ``ignore`` spans that never overlap."""
    for doc in gold:
        names = [a["canonical"] for a in doc["actors"]]
        assert len(names) == len(set(names)), doc["line"]
        for a in doc["actors"]:
            assert set(a["type"].split("|")) <= TYPES, (doc["line"], a)
            assert a["mentions"], (doc["line"], a["canonical"])
            assert all(s < e for s, e in a["mentions"])
        for lab in doc["labels"]:
            assert lab["actor"] in names, (doc["line"], lab)
            assert lab["kind"] in KINDS, (doc["line"], lab)
        spans = sorted([tuple(m) for a in doc["actors"] for m in a["mentions"]] + [tuple(x) for x in doc["ignore"]])
        # mentions and ignore spans never overlap (resolve takes forms longest first)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), doc["line"]


def check_offsets(gold: list[dict[str, Any]]) -> None:
    """Every mention, label and ``ignore`` offset against the article text (needs ``NEWS``)."""
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    for doc in gold:
        rec = json.loads(lines[doc["line"]])
        text = rec["text"]
        assert rec["id"] == doc["id"]
        for a in doc["actors"]:
            assert sorted({text[s:e] for s, e in a["mentions"]}) == a["surface"], (doc["line"], a["canonical"])
        for lab in doc["labels"]:
            assert text[lab["start"]:lab["end"]] == lab["text"], (doc["line"], lab)
        for s, e in doc["ignore"]:
            assert text[s:e].strip() == text[s:e] and e > s


def check_resolved(raw: dict[str, Any], gold: list[dict[str, Any]]) -> None:
    """The gold file is exactly ``eval_actors.resolve`` of the raw annotation (needs ``NEWS``)."""
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    assert _eval_actors().resolve(raw, lines) == gold

# the actors_pool of the session-15 blind6 set, in pool order; the first 15 usable lines are annotated
POOL_BLIND6 = [
    2001, 2016, 2042, 2061, 2073, 2142, 2248, 2255, 2287, 2291, 2400, 2519, 2524, 2536, 2547,
    2580, 2603, 2656, 2749, 2765,
]
# the blind7 pool (drawn by the coordinator, seed 70, from lines 1875-1999 not used by any earlier gold file), in pool
# order; the first 15 usable lines are annotated, the rest are recorded as not reached
POOL_BLIND7 = [
    1925, 1884, 1883, 1970, 1937, 1980, 1923, 1911, 1929, 1920, 1968, 1900, 1886, 1928, 1877,
    1888, 1998, 1996, 1953, 1939, 1982, 1971, 1881, 1876, 1875, 1908, 1907, 1882, 1905, 1912,
]
# the dev8 pool (session 19, seed 190, lines 1000-1124 not used by any earlier gold file): a development sample,
# annotated blind, whose errors are read since
POOL_DEV8 = [
    1007, 1060, 1064, 1067, 1099, 1065, 1083, 1123, 1111, 1088, 1003, 1032, 1036, 1044, 1094,
    1108, 1073, 1062, 1048, 1059, 1091, 1015, 1120, 1072, 1038, 1095, 1027, 1023, 1017, 1001,
]
# the dev9 pool (session 20, seed 201, lines 1750-1874 not used by any earlier gold file): a development sample,
# annotated blind
POOL_DEV9 = [
    1759, 1803, 1830, 1751, 1798, 1867, 1837, 1796, 1832, 1850, 1831, 1848, 1801, 1790, 1872,
    1862, 1846, 1752, 1834, 1766, 1764, 1856, 1863, 1771, 1757, 1805, 1770, 1864, 1756, 1773,
]
# the dev10 pool (session 20, seed 211, lines 1625-1749 not used by any earlier gold file): a development sample,
# annotated blind
POOL_DEV10 = [
    1710, 1677, 1734, 1658, 1628, 1669, 1720, 1708, 1723, 1719, 1675, 1747, 1712, 1726, 1722,
    1643, 1688, 1689, 1714, 1724, 1715, 1740, 1650, 1679, 1648, 1703, 1655, 1746, 1707, 1659,
]
# the dev11 pool (session 21, seed 221, development lines 750-999 not used by any earlier gold file): a development
# sample, annotated blind
POOL_DEV11 = [
    816, 865, 776, 882, 825, 899, 968, 954, 813, 974, 953, 985, 846, 898, 872,
    921, 937, 910, 767, 758, 977, 823, 918, 772, 819, 979, 799, 863, 883, 930,
]
# the blind8 pool (session 21, seed 231, held-out lines 2400-2799 outside the blind6 lists and the recall sets): a
# held-out sample annotated blind, scored once by the coordinator, its errors not read
POOL_BLIND8 = [
    2415, 2491, 2676, 2638, 2576, 2558, 2632, 2699, 2726, 2642, 2620, 2698, 2488, 2486, 2523,
    2652, 2599, 2607, 2662, 2406, 2413, 2684, 2444, 2724, 2427, 2437, 2786, 2472, 2534, 2663,
]
# the blind9 pool (session 27, seed 261, lines 1000-1999 with about 800-3000 characters not used by any earlier gold
# file): a sample annotated blind, scored once by the coordinator, its errors not read
POOL_BLIND9 = [
    1477, 1034, 1221, 1046, 1618, 1778, 1307, 1245, 1892, 1423, 1488, 1463, 1288, 1291, 1887,
    1880, 1967, 1146, 1090, 1325, 1287, 1960, 1897, 1033, 1199, 1538, 1829, 1739, 1945, 1651,
]
# the blind10 pool (seed 281, lines 1000-2999 with 800-3000 characters not used by any earlier gold file, named in the
# benchmarks READMEs or tests, or in the blind10 quotes pool): a sample annotated blind, scored once by the coordinator,
# its errors not read
POOL_BLIND10 = [
    1019, 1331, 1303, 1162, 1478, 2610, 1602, 2360, 1285, 2215, 1052, 1713, 2473, 1316, 1614,
    1218, 1107, 1414, 2769, 1811, 1214, 1182, 1159, 2083, 2717, 1057, 1479, 1434, 1948, 1010,
]
# the blind11 pool (the 31 lines of 1000-2999 with 800-3000 characters not used by any earlier gold file nor named in
# the benchmarks READMEs or tests, shuffled with random.Random(292), the last 13): a sample annotated blind, all 13
# lines, scored once by the coordinator, its errors not read
POOL_BLIND11 = [2154, 2556, 2559, 1833, 1792, 1335, 1382, 2111, 2616, 1372, 2740, 1269, 2221]
# the dev12 pool (session 34, seed 340, development lines 0-499 not used by any earlier gold file): a development
# sample annotated blind, the first 12 usable lines (articles of at most 9,000 characters)
POOL_DEV12 = [
    265, 390, 63, 354, 365, 79, 385, 184, 117, 210, 145, 480, 349, 371, 171,
    199, 102, 382, 307, 85, 183, 180, 374, 7, 22, 17, 28, 108, 329, 216,
]
# the dev13 pool: the 14 lines of the dev12 pool that dev12 did not reach (session 34), the first 10 usable
POOL_DEV13 = [102, 382, 307, 85, 183, 180, 374, 7, 22, 17, 28, 108, 329, 216]
# the blind12 pool (session 34, seed 341, held-out lines 2000-2799 outside every earlier gold file and not named in
# the benchmarks' READMEs, tests or scripts): annotated blind, the first 12 usable lines, scored in aggregate only
POOL_BLIND12 = [
    2658, 2280, 2641, 2160, 2085, 2084, 2614, 2272, 2693, 2093, 2702, 2485, 2327, 2231, 2095,
    2323, 2426, 2686, 2567, 2791, 2525, 2683, 2773, 2498, 2598, 2424, 2065, 2156, 2451, 2733,
]
# the dev14 pool (session 34, seed 342, development lines 0-499 outside every earlier gold file or pool), the first
# 10 usable lines
POOL_DEV14 = [
    89, 159, 451, 55, 50, 53, 373, 68, 485, 404, 239, 440, 29, 403, 496,
    423, 248, 386, 24, 95, 73, 140, 467, 11, 326, 237, 499, 449, 340, 94,
]
# the blind13 pool (session 35, seed 351: the 16 held-out lines of 1000-2999 outside every earlier gold file and not
# named in the benchmarks' READMEs, tests or scripts): annotated blind, the first 12 usable lines, scored in aggregate
POOL_BLIND13 = [2917, 1392, 2996, 1253, 2982, 2919, 2851, 1941, 1637, 1215, 1235, 2930, 2197, 2866, 1226, 1113]
# the dev15 pool (session 35, seed 350, development lines 0-499 outside every earlier gold file or pool and whose
# system output was not read in session 35), the first 10 usable lines
POOL_DEV15 = [
    347, 181, 393, 296, 342, 252, 364, 389, 87, 445, 278, 241, 490, 330, 78,
    240, 228, 121, 369, 92, 144, 182, 191, 18, 433, 338, 492, 238, 289, 255,
]
# the dev16 pool (session 36, seed 360, development lines 0-499 outside every earlier gold file or pool), the first 10
# usable lines
POOL_DEV16 = [
    474, 132, 165, 135, 473, 336, 44, 123, 344, 82, 279, 470, 107, 43, 431,
    139, 38, 359, 66, 409, 405, 178, 246, 77, 276, 315, 432, 448, 206, 256,
]
# the dev17 pool (session 37, seed 370, development lines 0-499 outside every earlier gold file or pool), the first 10
# usable lines
POOL_DEV17 = [
    76, 356, 488, 456, 185, 339, 303, 176, 388, 46, 179, 348, 346, 88, 327,
    439, 457, 2, 277, 26, 392, 198, 343, 325, 188, 383, 313, 153, 450, 213,
]
# the dev18 pool (session 38, seed 380, development lines 0-499 outside every earlier gold file or pool), the first 10
# usable lines
POOL_DEV18 = [
    99, 223, 376, 268, 360, 284, 158, 395, 146, 415, 341, 193, 292, 458, 418,
    464, 258, 194, 471, 368, 420, 113, 483, 352, 120, 417, 169, 254, 460, 100,
]
# the dev19 pool (session 38, seed 390, development lines 0-499 outside every earlier gold file or pool), the first 10
# usable lines
POOL_DEV19 = [
    461, 476, 58, 406, 435, 410, 324, 9, 164, 244, 217, 428, 466, 261, 32,
    209, 493, 231, 41, 358, 236, 150, 133, 350, 45, 13, 62, 317, 155, 438,
]
# the dev20 pool (session 39, seed 400, development lines 0-499 outside every earlier gold file or pool), the first 10
# usable lines
POOL_DEV20 = [
    149, 260, 125, 345, 378, 36, 262, 226, 335, 452, 218, 200, 447, 402, 204,
    257, 487, 429, 134, 214, 106, 290, 211, 69, 351, 310, 14, 124, 273, 0,
]
# the dev21 pool (session 39, seed 410, development lines 0-499 outside every earlier gold file or pool), the first 10
# usable lines
POOL_DEV21 = [
    83, 441, 190, 10, 494, 197, 47, 186, 414, 271, 128, 122, 90, 86, 272,
    25, 196, 141, 250, 269, 48, 304, 84, 308, 437, 361, 104, 249, 1, 454,
]
# the dev22 pool (session 39, seed 420, development lines 0-499 outside every earlier gold file or pool), the first 10
# usable lines
POOL_DEV22 = [
    21, 301, 251, 195, 39, 312, 286, 293, 412, 40, 12, 247, 160, 229, 285,
    384, 444, 275, 57, 479, 162, 212, 142, 391, 299, 411, 59, 462, 131, 321,
]
# the dev23 pool (session 39, seed 430, development lines 0-499 outside every earlier gold file or pool), the first 10
# usable lines
POOL_DEV23 = [
    221, 111, 20, 130, 173, 175, 152, 282, 306, 400, 80, 31, 298, 222, 163,
    375, 71, 270, 319, 320, 110, 253, 266, 235, 33, 495, 219, 263, 157, 75,
]
#: set name -> (pool, whether the raw file lists the rest of the pool as ``not_reached``)
SETS = {"blind6": (POOL_BLIND6, False), "blind7": (POOL_BLIND7, True), "dev8": (POOL_DEV8, True),
        "dev9": (POOL_DEV9, True), "dev10": (POOL_DEV10, True), "dev11": (POOL_DEV11, True),
        "blind8": (POOL_BLIND8, True), "blind9": (POOL_BLIND9, True), "blind10": (POOL_BLIND10, True),
        "blind11": (POOL_BLIND11, True), "dev12": (POOL_DEV12, True), "dev13": (POOL_DEV13, True),
        "blind12": (POOL_BLIND12, True), "dev14": (POOL_DEV14, True), "blind13": (POOL_BLIND13, True),
        "dev15": (POOL_DEV15, True), "dev16": (POOL_DEV16, True),
        "dev17": (POOL_DEV17, True), "dev18": (POOL_DEV18, True),
        "dev19": (POOL_DEV19, True), "dev20": (POOL_DEV20, True),
        "dev21": (POOL_DEV21, True),
        "dev22": (POOL_DEV22, True), "dev23": (POOL_DEV23, True)}
#: sets of fewer than fifteen articles by design
SIZES = {"dev12": 12, "dev13": 10, "blind12": 12, "dev14": 10, "blind13": 12, "dev15": 10, "dev16": 10, "dev17": 10,
         "dev18": 10, "dev19": 10, "dev20": 10, "dev21": 10, "dev22": 10,
         "dev23": 10}


def _files(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    return read_raw(DATA / f"actors_{name}_raw.json"), read_gold(DATA / f"actors_{name}_gold.jsonl")


@pytest.mark.parametrize("name", sorted(SETS))
def test_lines_are_the_first_fifteen_usable_pool_lines(name: str) -> None:
    pool, not_reached = SETS[name]
    check_pool_order(*_files(name), pool, not_reached=not_reached, size=SIZES.get(name, 15))


@pytest.mark.parametrize("name", sorted(SETS))
def test_actors_and_labels_are_well_formed(name: str) -> None:
    check_well_formed(_files(name)[1])


@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")
@pytest.mark.parametrize("name", sorted(SETS))
def test_offsets_match_the_article_texts(name: str) -> None:
    check_offsets(_files(name)[1])


@pytest.mark.skipif(not NEWS.is_file(), reason="AllSides sample (../shared/data) not present")
@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_is_the_resolved_raw_annotation(name: str) -> None:
    check_resolved(*_files(name))


def test_label_recall_is_counted_per_kind() -> None:
    """``score_doc`` counts gold labels and found labels per kind (title / descriptive / ideological; any other kind
    as "other"), and ``kind_recall_line`` prints found/gold per kind."""
    from types import SimpleNamespace

    ev = _eval_actors()
    text = "Senator Jane Roe, a veteran lawyer and Republican, spoke."
    gold = {"text": text, "ignore": [],
            "actors": [{"canonical": "Jane Roe", "type": "person", "optional": False, "mentions": [[8, 16]]}],
            "labels": [{"start": 0, "end": 7, "text": "Senator", "actor": "Jane Roe", "kind": "title"},
                       {"start": 20, "end": 34, "text": "veteran lawyer", "actor": "Jane Roe", "kind": "descriptive"},
                       {"start": 39, "end": 49, "text": "Republican", "actor": "Jane Roe", "kind": "ideological"},
                       {"start": 27, "end": 34, "text": "lawyer", "actor": "Jane Roe", "kind": "pejorative"}]}
    lab = SimpleNamespace(start=0, end=7, text="Senator", kind="title")
    lab2 = SimpleNamespace(start=29, end=34, text="lawyer", kind="descriptive")
    actor = SimpleNamespace(name="Jane Roe", type="person", mentions=[(8, 16)], labels=[lab, lab2])
    c = ev.score_doc(gold, [actor], verbose=False)
    assert (c["glab"], c["lab_found"]) == (4, 3)
    assert (c["glab_title"], c["lab_found_title"]) == (1, 1)
    assert (c["glab_descriptive"], c["lab_found_descriptive"]) == (1, 1)
    assert c["glab_ideological"] == 1 and "lab_found_ideological" not in c
    assert (c["glab_other"], c["lab_found_other"]) == (1, 1)
    assert ev.kind_recall_line(c) == ("labels recall by kind: title 1.00 (1/1), descriptive 1.00 (1/1), "
                                      "ideological 0.00 (0/1), other 1.00 (1/1)")
    assert ev.kind_recall_line({"glab_title": 2}) == ("labels recall by kind: title 0.00 (0/2), descriptive n/a, "
                                                      "ideological n/a")
