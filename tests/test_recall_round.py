"""The pre-registered decision rule of the session-23 recall round (``benchmarks/recall_round.py score``) on small
synthetic sheets and keys: sheet A selects, sheet B estimates, the stricter rule is applied once."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

rr = load_benchmark("recall_round")

KEY_HEADER = ["item", "term", "control", "lexicon", "category", "weight", "line", "doc_id", "start", "end", "text",
              "in_quote"]


def _write(tmp: Path, sheet: str, judged: dict[str, list[str]], controls: list[str]) -> tuple[Path, Path]:
    """A sheet and key: per term its judgments in order; controls as judgments of shipped-entry items."""
    items = [(t, 0, j) for t, js in judged.items() for j in js] + [("emotive:x", 1, j) for j in controls]
    random.Random(1).shuffle(items)
    sheet_path, key_path = tmp / f"{sheet}_sheet.csv", tmp / f"{sheet}_key.csv"
    with sheet_path.open("w", newline="", encoding="utf-8") as fs, \
            key_path.open("w", newline="", encoding="utf-8") as fk:
        ws, wk = csv.writer(fs), csv.writer(fk)
        ws.writerow(["item", "sentence", "previous_sentence", "judgment", "note"])
        wk.writerow(KEY_HEADER)
        for n, (term, control, j) in enumerate(items, 1):
            item = f"{sheet}{n:03d}"
            ws.writerow([item, f"a [[{term}]] sentence", "", j, ""])
            cat = "loaded_verb" if term.startswith("v") else "emotive"
            wk.writerow([item, term, control, "", cat, 0.5, n, "d", 0, 1, term, 0])
    return sheet_path, key_path


def _candidates(tmp: Path, hits: dict[str, int]) -> Path:
    """A candidates file with each term's hits on sheet B's lines (the frequency weights of amendment 4)."""
    path = tmp / "cands.tsv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["term", "hits_1000_1999"])
        w.writerows(hits.items())
    return path


def _decisions(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return {r["term"]: r for r in csv.DictReader(f, delimiter="\t")}


def test_keep_rule_on_sheet_a() -> None:
    assert rr.kept_on_a([1, 1, 1]) and rr.kept_on_a([1, 1, 1, 0, 1]) and rr.kept_on_a([1, 1, 1, 1])
    assert not rr.kept_on_a([1, 1]) and not rr.kept_on_a([1, 1, 0]) and not rr.kept_on_a([1, 1, 1, 0])
    assert not rr.kept_on_a([1, 1, 1, 0, 0])
    assert rr.strict_on_a([1, 1, 1, 1]) and rr.strict_on_a([1] * 5)
    assert not rr.strict_on_a([1, 1, 1]) and not rr.strict_on_a([1, 1, 1, 1, 0])


def test_main_rule_ships_the_kept_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_sheet, a_key = _write(tmp_path, "A", {"good": list("11111"), "vok": list("11101"), "bad": list("11000"),
                                            "few": ["1", "1", "?"], "q3": ["1", "1", "1", "?", ""]}, list("1101"))
    b_sheet, b_key = _write(tmp_path, "B", {"good": list("11111"), "vok": list("11110"), "bad": list("11111"),
                                            "few": list("111"), "q3": list("111")}, list("10"))
    out = tmp_path / "dec.tsv"
    rr.main(["score", "--a", str(a_sheet), "--key-a", str(a_key), "--b", str(b_sheet), "--key-b", str(b_key),
             "--out", str(out), "--candidates", str(_candidates(tmp_path, {"good": 10, "vok": 10, "q3": 10}))])
    text = capsys.readouterr().out
    # kept: good 5/5, vok 4/5, q3 3/3 ('?' and blank left out); not: bad 2/5, few 2 judged
    assert "sheet B, kept candidates' items: pooled 12/13" in text and "frequency-weighted 0.933" in text
    assert "RULE: main rule: the kept set ships" in text
    assert "controls (shipped entries), sheet A: 3/4" in text and "sheet B: 1/2" in text
    d = _decisions(out)
    assert {t for t, r in d.items() if r["decision"] == "ship"} == {"good", "vok", "q3"}
    assert d["few"]["decision"].startswith("dropped: fewer than 3") and d["bad"]["decision"].startswith("dropped")
    assert [d["vok"][c] for c in ("a_judged", "a_loaded", "b_judged", "b_loaded")] == ["5", "4", "5", "4"]


def test_stricter_rule_then_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_sheet, a_key = _write(tmp_path, "A", {"perfect": list("11111"), "ok": list("11110"), "three": list("111")}, [])
    b_sheet, b_key = _write(tmp_path, "B", {"perfect": list("11111"), "ok": list("00000"), "three": list("000")}, [])
    out = tmp_path / "dec.tsv"
    args = ["score", "--a", str(a_sheet), "--key-a", str(a_key), "--b", str(b_sheet), "--key-b", str(b_key),
            "--out", str(out), "--candidates", str(_candidates(tmp_path, {"perfect": 1, "ok": 1, "three": 1}))]
    rr.main(args)
    text = capsys.readouterr().out
    assert "sheet B, kept candidates' items: pooled 5/13" in text
    assert "RULE: stricter rule: the 5/5-or-4/4 set ships" in text
    d = _decisions(out)
    assert d["perfect"]["decision"] == "ship" and d["ok"]["decision"].startswith("kept on A, not shipped")
    # the stricter set misses too: nothing ships
    b_sheet, b_key = _write(tmp_path, "B", {"perfect": list("11000"), "ok": list("11111"), "three": list("111")}, [])
    rr.main(args)
    text = capsys.readouterr().out
    assert "RULE: nothing ships" in text
    assert not [t for t, r in _decisions(out).items() if r["decision"] == "ship"]


def test_frequency_weighted_precision_decides_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Amendment 4: pooled 9/10 passes, but the frequent entry is right 4 of 5 times and the rare ones carry little
    weight, so the frequency-weighted figure (0.8 * 100 + 1.0 * 2) / 102 < 0.85 sends the decision to the stricter
    rule, whose set (the 5/5 rare entry) passes both."""
    a_sheet, a_key = _write(tmp_path, "A", {"common": list("11110"), "rare": list("11111")}, [])
    b_sheet, b_key = _write(tmp_path, "B", {"common": list("11110"), "rare": list("11111")}, [])
    cands = _candidates(tmp_path, {"common": 100, "rare": 2})
    assert rr.weighted(rr.tally(b_key, rr.read_judgments([b_sheet])), ["common", "rare"], {"common": 100, "rare": 2}) \
        == pytest.approx((0.8 * 100 + 2) / 102)
    out = tmp_path / "dec.tsv"
    rr.main(["score", "--a", str(a_sheet), "--key-a", str(a_key), "--b", str(b_sheet), "--key-b", str(b_key),
             "--out", str(out), "--candidates", str(cands)])
    text = capsys.readouterr().out
    assert "pooled 9/10" in text and "frequency-weighted 0.804" in text
    assert "RULE: stricter rule" in text
    assert {t for t, r in _decisions(out).items() if r["decision"] == "ship"} == {"rare"}


def test_halves_and_conflicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_sheet, a_key = _write(tmp_path, "A", {"t": list("1111")}, ["1"])
    b_sheet, b_key = _write(tmp_path, "B", {"t": list("1111")}, [])
    with a_sheet.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    h1, h2 = tmp_path / "A1.csv", tmp_path / "A2.csv"
    for path, part in ((h1, rows[1:3]), (h2, rows[3:])):
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([rows[0], *part])
    assert rr.read_judgments([h1, h2]) == rr.read_judgments([a_sheet]) == rr.read_judgments([a_sheet, h1, h2])
    rr.main(["score", "--a", str(h1), str(h2), "--key-a", str(a_key), "--b", str(b_sheet), "--key-b", str(b_key),
             "--out", str(tmp_path / "d.tsv"), "--candidates", str(_candidates(tmp_path, {"t": 3}))])
    assert "RULE: main rule" in capsys.readouterr().out
    rows[1][3] = "0" if rows[1][3] == "1" else "1"
    with h1.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([rows[0], rows[1]])
    with pytest.raises(SystemExit, match="judged"):
        rr.read_judgments([a_sheet, h1])
    rows[1][3] = "yes"
    with h1.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([rows[0], rows[1]])
    with pytest.raises(SystemExit, match="not 1, 0 or"):
        rr.read_judgments([h1])


def test_draw_caps_per_article() -> None:
    hits = [(line, k) for line in (1, 2, 3) for k in range(4)]
    got = rr.draw(hits, random.Random(5))
    assert len(got) == 5 and max(sum(1 for ln, _ in got if ln == line) for line in (1, 2, 3)) <= 2
    assert len(rr.draw(hits[:4], random.Random(5))) == 2


def test_committed_sheets_are_blind() -> None:
    for sheet in "AB":
        paths = rr.sheet_paths(sheet)
        if not paths["sheet"].is_file():
            pytest.skip("sheets not generated")
        with paths["sheet"].open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert list(rows[0]) == ["item", "sentence", "previous_sentence", "judgment", "note"]
        assert all("[[" in r["sentence"] and "]]" in r["sentence"] for r in rows)
        with paths["key"].open(encoding="utf-8") as f:
            key = list(csv.DictReader(f))
        assert [r["item"] for r in rows] == [r["item"] for r in key]
        assert 0.12 <= sum(r["control"] == "1" for r in key) / len(key) <= 0.18
        lines = {int(r["line"]) for r in key}
        assert lines <= set(rr.SHEETS[sheet][0]) and max(lines) < 2000


def test_stage_c_set_and_rule() -> None:
    """Stage C (``recall_round_c.py``): the C set is the entries loaded on every judged hit of both sheets (>= 3
    each); it ships only if pooled AND frequency-weighted sheet-C precision reach 0.85."""
    rc = load_benchmark("recall_round_c")
    a = rr.Score(terms={"all": [1, 1, 1], "one_miss": [1, 1, 1, 0], "few": [1, 1], "b_miss": [1, 1, 1]})
    b = rr.Score(terms={"all": [1, 1, 1, 1], "one_miss": [1, 1, 1], "few": [1, 1, 1], "b_miss": [1, 0, 1]})
    assert rc.c_set(a, b) == {"all"}
    c = rr.Score(terms={"x": [1, 1, 1, 1, 1], "y": [1, 0, 0]})
    ok, _ = rc.decide_c(c, {"x", "y"}, {"x": 10, "y": 1})  # pooled 6/8 = 0.75: fails
    assert not ok
    c = rr.Score(terms={"x": [1] * 9, "y": [0, 1, 1]})
    assert rc.decide_c(c, {"x", "y"}, {"x": 1, "y": 1})[0] is False  # pooled 11/12 passes, weighted (1 + 2/3)/2 fails
    assert rc.decide_c(c, {"x", "y"}, {"x": 20, "y": 1})[0] is True
