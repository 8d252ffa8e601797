"""Imports of LIWC .dic, Empath TSV, term tables and word lists; malformed files name file and line."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from framing.exceptions import FramingWarning, LexiconError
from framing.lexicon import load_lexicon, validate_path
from framing.pipeline import Analyzer
from framing.workbench.imports import import_dictionary, sanitize_category, to_tsv, write_lexicon_tsv

DATA = Path(__file__).resolve().parent / "data" / "workbench"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_liwc_dic_categories_wildcards_and_multiword() -> None:
    res = import_dictionary(DATA / "tiny.dic")
    assert res.format == "liwc"
    by_term = {e.term: e for e in res.entries}
    assert set(by_term) == {"regime", "slam", "invasion", "kind of"}
    assert by_term["slam"].inflect == "prefix" and by_term["regime"].inflect == "none"
    assert by_term["invasion"].category == "threat"
    assert by_term["kind of"].category == "loaded" and "also in threat" in by_term["kind of"].note
    assert res.categories == {"loaded": "loaded", "threat": "threat"}


def test_imported_lexicon_round_trips_and_prefix_matches(tmp_path: Path) -> None:
    res = import_dictionary(DATA / "tiny.dic", weight=0.75)
    out = tmp_path / "tiny.tsv"
    write_lexicon_tsv(res, out)
    lexicons, errors = validate_path(out)
    assert errors == [] and len(lexicons[0]) == 4
    a = Analyzer(scorers=["lexicon"], lexicons=[load_lexicon(out)], builtin_lexicons=False)
    got = [(s.text, s.term, s.weight) for s in a.analyze("They slammed and keep slamming the regime; unslam.").spans]
    assert got == [("slammed", "slam", 0.75), ("slamming", "slam", 0.75), ("regime", "regime", 0.75)]


def test_empath_tsv() -> None:
    res = import_dictionary(DATA / "tiny_empath.tsv")
    assert res.format == "empath"
    assert {(e.term, e.category) for e in res.entries} == {
        ("attack", "violence"), ("assault", "violence"), ("war zone", "violence"), ("despise", "hate"),
        ("loathe", "hate")}


def test_empath_csv(tmp_path: Path) -> None:
    res = import_dictionary(_write(tmp_path, "e.csv", "violence,attack,assault\nhate,despise\n"))
    assert res.format == "empath"
    assert [(e.term, e.category) for e in res.entries] == [("attack", "violence"), ("assault", "violence"),
                                                            ("despise", "hate")]


def test_plain_word_list_takes_the_given_category() -> None:
    res = import_dictionary(DATA / "tiny_words.txt", category="Pejorative Label", weight=1)
    assert res.format == "words"
    assert [(e.term, e.category, e.inflect, e.weight) for e in res.entries] == [
        ("thug", "pejorative_label", "none", 1.0), ("hooligan", "pejorative_label", "prefix", 1.0),
        ("far-right", "pejorative_label", "none", 1.0)]


def test_table_with_weights(tmp_path: Path) -> None:
    p = _write(tmp_path, "t.csv", "word,category,weight\nthug,pejorative,0.9\nregime,pejorative,\n")
    res = import_dictionary(p, weight=0.25)
    assert [(e.term, e.weight) for e in res.entries] == [("thug", 0.9), ("regime", 0.25)]


@pytest.mark.parametrize(
    ("name", "text", "line", "message"),
    [
        ("no_header.dic", "regime\t01\n", 1, "starts with a line holding only '%'"),
        ("open_header.dic", "%\n01\tloaded\n", 2, "not closed"),
        ("bad_header.dic", "%\n01\n%\nx\t01\n", 2, "'<id> <category name>'"),
        ("dup_id.dic", "%\n01\ta\n01\tb\n%\n", 3, "defined twice"),
        ("unknown_id.dic", "%\n01\tloaded\n%\nregime\t01\nthug\t07\n", 5, "unknown category id 07"),
        ("no_id.dic", "%\n01\tloaded\n%\nregime\n", 4, "has no category id"),
        ("inner_star.dic", "%\n01\tloaded\n%\nab*c\t01\n", 4, "only supported at the end"),
        ("punct.dic", "%\n01\tloaded\n%\nregime\t01\n:)\t01\n", 5, "not a word token"),
        ("cond.dic", "%\n01\tloaded\n%\n(02)like*\t01\n", 4, "conditional"),
        ("empty_cat.tsv", "violence\tattack\nhate\n", 2, None),
        ("bad_weight.csv", "term,category,weight\nthug,x,heavy\n", 2, "weight must be a number"),
        ("big_weight.csv", "term,category,weight\nthug,x,3\n", 2, "weight must be a number"),
    ],
)
def test_malformed_files_name_file_and_line(tmp_path: Path, name: str, text: str, line: int,
                                             message: str | None) -> None:
    p = _write(tmp_path, name, text)
    fmt = "empath" if name.endswith(".tsv") else "auto"
    with pytest.raises(LexiconError) as info:
        import_dictionary(p, format=fmt)
    assert info.value.path == str(p) and info.value.line == line
    assert str(info.value).startswith(f"{p}:{line}: ")
    if message:
        assert message in str(info.value)


def test_lenient_mode_skips_bad_lines_with_a_warning(tmp_path: Path) -> None:
    p = _write(tmp_path, "mixed.dic", "%\n01\tloaded\n%\nregime\t01\n:)\t01\nthug\t09\nslam*\t01\n")
    with pytest.warns(FramingWarning, match="2 line"):
        res = import_dictionary(p, strict=False)
    assert [e.term for e in res.entries] == ["regime", "slam"]
    assert [e.line for e in res.skipped] == [5, 6]


def test_empty_file_and_nothing_importable(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="empty"):
        import_dictionary(_write(tmp_path, "e.txt", "\n\n"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(LexiconError, match="no entries"):
            import_dictionary(_write(tmp_path, "bad.txt", ":)\n;-)\n"), strict=False)


def test_sanitize_category() -> None:
    assert sanitize_category("Care.Virtue") == "care_virtue"
    assert sanitize_category("01") == "c_01"
    assert sanitize_category("  ") == "category"


def test_to_tsv_header_and_columns() -> None:
    res = import_dictionary(DATA / "tiny_words.txt", category="x")
    lines = to_tsv(res.entries).splitlines()
    assert lines[0].split("\t")[:3] == ["term", "category", "weight"]
    assert lines[2].split("\t")[4] == "prefix"
