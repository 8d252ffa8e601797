"""Imports of LIWC .dic, Empath TSV, term tables and word lists; malformed files name file and line."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from framing.cli import main
from framing.exceptions import FramingWarning, LexiconError
from framing.lexicon import load_lexicon, validate_path
from framing.pipeline import Analyzer
from framing.workbench.imports import import_dictionary, sanitize_category, to_tsv, write_lexicon_dir, write_lexicon_tsv

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
    assert [(e.term, e.category) for e in res.entries if e.term == "kind of"] == [
        ("kind of", "loaded"), ("kind of", "threat")]
    assert res.categories == {"loaded": "loaded", "threat": "threat"}
    assert res.shared_terms() == {"kind of": ("loaded", "threat")}


def test_imported_lexicon_round_trips_and_prefix_matches(tmp_path: Path) -> None:
    res = import_dictionary(DATA / "tiny.dic", weight=0.75)
    out = tmp_path / "tiny"
    write_lexicon_dir(res, out)
    lexicons, errors = validate_path(out)
    assert errors == [] and [len(x) for x in lexicons] == [3, 2]
    a = Analyzer(scorers=["lexicon"], lexicons=[load_lexicon(out / "loaded.tsv")], builtin_lexicons=False)
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


# --- words under several categories, hyphen wildcards, conditional entries ---------------------------------

MULTI_DIC = """%
1\tcare.virtue
2\tcare.vice
3\tfairness.virtue
%
compassion\t1
vulnerability\t1
vulnerability\t2
fair\t3
fair-*\t3
kind of 1 3
justice*\t3 1
"""


def test_a_word_under_several_categories_keeps_every_category(tmp_path: Path) -> None:
    p = _write(tmp_path, "multi.dic", MULTI_DIC)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = import_dictionary(p)
    got = {(e.term, e.category, e.inflect) for e in res.entries}
    assert {("vulnerability", "care_virtue", "none"), ("vulnerability", "care_vice", "none"),
            ("kind of", "care_virtue", "none"), ("kind of", "fairness_virtue", "none"),
            ("justice", "fairness_virtue", "prefix"), ("justice", "care_virtue", "prefix")} <= got
    assert len(res.entries) == len(got) == 8
    assert res.shared_terms() == {"vulnerability": ("care_virtue", "care_vice"),
                                  "kind of": ("care_virtue", "fairness_virtue"),
                                  "justice": ("fairness_virtue", "care_virtue")}
    assert [c for c in res.by_category()] == ["care_virtue", "care_vice", "fairness_virtue"]
    assert not any("also in" in e.note for e in res.entries)


def test_a_multi_category_import_is_written_as_a_folder_that_validates(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = import_dictionary(_write(tmp_path, "multi.dic", MULTI_DIC))
    written = write_lexicon_dir(res, tmp_path / "out")
    assert [f.name for f in written] == ["care_virtue.tsv", "care_vice.tsv", "fairness_virtue.tsv",
                                         "manifest.toml"]
    lexicons, errors = validate_path(tmp_path / "out")
    assert errors == []
    assert [(lex.name, len(lex)) for lex in lexicons] == [
        ("multi_care_virtue", 4), ("multi_care_vice", 1), ("multi_fairness_virtue", 3)]
    terms = {lex.name: {e.term for e in lex.entries} for lex in lexicons}
    assert "vulnerability" in terms["multi_care_virtue"] and "vulnerability" in terms["multi_care_vice"]
    # each category file alone finds the word
    for name in ("care_virtue", "care_vice"):
        a = Analyzer(scorers=["lexicon"], lexicons=[tmp_path / "out" / f"{name}.tsv"], builtin_lexicons=False)
        assert [(s.text, s.category) for s in a.analyze("Their vulnerability.").spans] == [("vulnerability", name)]


def test_a_single_file_refuses_words_with_several_categories(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = import_dictionary(_write(tmp_path, "multi.dic", MULTI_DIC))
    out = tmp_path / "multi.tsv"
    with pytest.raises(LexiconError, match=r"3 term\(s\) are listed under several categories .*'vulnerability'"):
        write_lexicon_tsv(res, out)
    assert not out.exists()


def test_cli_import_folder_and_single_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = _write(tmp_path, "multi.dic", MULTI_DIC)
    assert main(["lexicons", "import", str(p), "-o", str(tmp_path / "multi.tsv")]) == 2
    err = capsys.readouterr().err
    assert "listed under several categories" in err and "-o FOLDER" in err
    assert not (tmp_path / "multi.tsv").exists()
    assert main(["lexicons", "import", str(p), "-o", str(tmp_path / "multi")]) == 0
    cap = capsys.readouterr()
    assert "8 entries (3 wildcard prefixes, 3 words in several categories) in 3 categories" in cap.out
    assert f"framing: note: {p}:10: 'fair-*' imported as the prefix 'fair*'" in cap.err
    assert main(["lexicons", "validate", str(tmp_path / "multi")]) == 0


def test_hyphen_wildcard_becomes_a_prefix_in_strict_mode(tmp_path: Path) -> None:
    p = _write(tmp_path, "h.dic", "%\n03\tfairness.virtue\n%\nfair-*\t\t03\nequal*\t03\n")
    with pytest.warns(FramingWarning, match="1 entry imported with a caveat"):
        res = import_dictionary(p)
    assert [(e.term, e.inflect) for e in res.entries] == [("fair", "prefix"), ("equal", "prefix")]
    assert "from 'fair-*'" in res.entries[0].note
    assert res.notices == (f"{p}:4: 'fair-*' imported as the prefix 'fair*' (the lexicon format has no "
                           "hyphen-only prefix, so it also matches words such as 'fairness')",)
    out = tmp_path / "h.tsv"
    write_lexicon_tsv(res, out)
    a = Analyzer(scorers=["lexicon"], lexicons=[load_lexicon(out)], builtin_lexicons=False)
    assert [s.text for s in a.analyze("a fair-minded, fair-play judge").spans] == ["fair-minded", "fair-play"]
    with pytest.raises(LexiconError, match="not a word token"):  # a lone hyphen is still no word
        import_dictionary(_write(tmp_path, "bad.dic", "%\n03\tx\n%\n-*\t03\n"))


@pytest.mark.parametrize("line", ["like\t02 (02 134)131/125", "like 02 (02 134)131/125",
                                  "like\t02\t(02 134)131/125", "like\t02 <of>131/125"])
def test_conditional_entries_take_every_category_they_can_have(tmp_path: Path, line: str) -> None:
    p = _write(tmp_path, "c.dic", f"%\n02\tpronoun\n125\taffect\n131\tprep\n134\tverb\n%\nthe\t02\n{line}\n")
    with pytest.warns(FramingWarning, match="caveat"):
        res = import_dictionary(p)
    assert [(e.term, e.category) for e in res.entries] == [
        ("the", "pronoun"), ("like", "pronoun"), ("like", "prep"), ("like", "affect")]
    assert len(res.notices) == 1 and res.notices[0].startswith(f"{p}:8: conditional LIWC entry")
    assert "(pronoun, prep, affect)" in res.notices[0]
    assert res.skipped == ()


def test_conditions_on_the_word_itself_are_skipped_not_fatal(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    p = _write(tmp_path, "cond.dic", "%\n01\tloaded\n02\tx\n%\n(02)like*\t01\nregime\t01\n<a>kind\t01\n")
    with pytest.warns(FramingWarning, match="2 line"):
        res = import_dictionary(p)  # strict, yet no error
    assert [e.term for e in res.entries] == ["regime"]
    assert [(e.line, "conditional" in str(e)) for e in res.skipped] == [(5, True), (7, True)]
    assert main(["lexicons", "import", str(p), "-o", str(tmp_path / "c.tsv")]) == 0
    cap = capsys.readouterr()
    assert f"framing: skipped {p}:5: conditional LIWC entry" in cap.err and f"{p}:7:" in cap.err
    assert "2 line(s) skipped" in cap.out


@pytest.mark.parametrize("ids", ["01 (01", "01 02)", "01/02"])
def test_malformed_conditionals_name_file_and_line(tmp_path: Path, ids: str) -> None:
    p = _write(tmp_path, "m.dic", f"%\n01\ta\n02\tb\n%\nword\t{ids}\n")
    with pytest.raises(LexiconError, match="cannot read the category ids") as info:
        import_dictionary(p)
    assert info.value.line == 5


def test_manifest_strings_are_escaped(tmp_path: Path) -> None:
    p = _write(tmp_path, 'we"ird\\name.dic', "%\n1\ta\n2\tb\n%\nword\t1 2\n")
    res = import_dictionary(p)
    write_lexicon_dir(res, tmp_path / "o")
    lexicons, errors = validate_path(tmp_path / "o")
    assert errors == [] and [x.name for x in lexicons] == ["we_ird_name_a", "we_ird_name_b"]
    assert lexicons[0].sources == 'we"ird\\name.dic'
