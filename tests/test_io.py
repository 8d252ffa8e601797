"""framing.io (issue 13): the readers' record accounting and null rules, the atomic writer, the output guard."""

from __future__ import annotations

import json
import os
import stat
import sys
import threading
import warnings
from pathlib import Path

import pandas as pd
import pytest

from framing.corpus import iter_records
from framing.exceptions import FramingWarning, InputError
from framing.io import SKIPPED, atomic_writer, check_outputs, read_inputs


def _read(path: Path, **kw: object) -> list:  # type: ignore[type-arg]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(read_inputs([path], **kw))  # type: ignore[arg-type]


# --- CSV ------------------------------------------------------------------------------------------------------


def _big_csv(path: Path, bad_row: int, n: int) -> None:
    lines = ["id,text"]
    for i in range(1, n + 1):
        lines.append(f'{i},"the regime slammed' if i == bad_row else f"{i},row {i} words")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def test_unterminated_quote_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    """Regression (issue 13, 1): row 3,001 of 10,000 with an open quote gave 3,001 documents, exit 0."""
    src = tmp_path / "c.csv"
    _big_csv(src, 3001, 10_000)
    with pytest.raises(InputError, match=r"c\.csv:3002: a quoted field opened on line 3002 is never closed"):
        _read(src)
    with pytest.raises(pd.errors.ParserError):  # pandas, the oracle, refuses it too
        pd.read_csv(src)


def test_on_error_skip_records_the_row_and_reads_on(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    _big_csv(src, 3001, 10_000)
    with pytest.warns(FramingWarning, match=r"c\.csv:3002: skipped, a quoted field opened on line 3002"):
        recs = list(read_inputs([src], on_error="skip"))
    assert len(recs) == 10_000
    assert [r.id for r in recs if r.error] == ["3001"]
    assert recs[3000].error.startswith(SKIPPED) and recs[3001].text == "row 3002 words"


def test_text_after_a_closing_quote_is_malformed(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text('id,text\n1,"the regime" slammed\n2,ok\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.csv:2: malformed CSV on line 2"):
        _read(src)
    recs = _read(src, on_error="skip")
    assert [(r.id, r.text, r.error is not None) for r in recs] == [("1", "", True), ("2", "ok", False)]


def test_on_error_must_be_known(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="on_error must be one of stop, skip"):
        _read(tmp_path, on_error="ignore")


@pytest.mark.parametrize(("content", "needle"), [(b"", "empty file, no documents"),
                                                 (b"id,text\r\n", "a header line and no rows")])
def test_empty_csv_says_so(tmp_path: Path, content: bytes, needle: str) -> None:
    src = tmp_path / "c.csv"
    src.write_bytes(content)
    with pytest.warns(FramingWarning, match=needle):
        assert list(read_inputs([src])) == []


def test_empty_folder_and_jsonl_say_so(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    with pytest.warns(FramingWarning, match="no .txt files in the folder"):
        assert list(read_inputs([tmp_path / "d"])) == []
    (tmp_path / "e.jsonl").write_text("\n", encoding="utf-8")
    with pytest.warns(FramingWarning, match="empty file, no documents"):
        assert list(read_inputs([tmp_path / "e.jsonl"])) == []


# --- one null rule for every input kind --------------------------------------------------------------------------

ROWS = [{"id": "a", "text": "the regime"}, {"id": None, "text": "x"}, {"id": "c", "text": None},
        {"id": "d", "text": ""}]
#: (id, text, skipped) per row; a null id is the record's position in its input kind (line, row, index, item)
EXPECTED_TEXT = [("the regime", False), ("x", False), ("", True), ("", False)]


def _by_kind(tmp_path: Path) -> dict[str, list]:  # type: ignore[type-arg]
    jl = tmp_path / "r.jsonl"
    jl.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    pq = tmp_path / "r.parquet"
    pd.DataFrame(ROWS).to_parquet(pq)
    csv_path = tmp_path / "r.csv"  # CSV has no null: a missing cell is the null text, an empty cell the empty one
    csv_path.write_text('id,text\na,the regime\n,x\nc\nd,""\n', encoding="utf-8")
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out["jsonl"] = list(iter_records(jl, id_column="id"))
        out["parquet"] = list(iter_records(pq, id_column="id"))
        out["csv"] = list(iter_records(csv_path, id_column="id"))
        out["dataframe"] = list(iter_records(pd.DataFrame(ROWS), id_column="id"))
        out["dicts"] = list(iter_records(ROWS, id_column="id"))
    return out


def test_null_text_and_id_rules_are_identical_across_input_kinds(tmp_path: Path) -> None:
    """Regression (issue 13, 9): a null text was skipped in JSONL, an empty document in Parquet/DataFrame and an
    abort for dicts; a null id became the string "None"."""
    fallback_id = {"jsonl": "2", "parquet": "2", "csv": "2", "dataframe": "1", "dicts": "1"}
    for kind, recs in _by_kind(tmp_path).items():
        assert [(r.text, r.error is not None) for r in recs] == EXPECTED_TEXT, kind
        assert [r.id for r in recs] == ["a", fallback_id[kind], "c", "d"], kind
        assert "None" not in [r.id for r in recs]
        assert all(r.error is None or r.error.startswith(SKIPPED) for r in recs)


def test_text_of_another_type_is_a_skipped_record_everywhere() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recs = list(iter_records(pd.DataFrame({"text": ["ok", 3]})))
        recs += list(iter_records([{"text": "ok"}, {"text": 3}]))
    assert [r.error for r in recs] == [None, "skipped: 'text' is not a string (int)"] * 2


# --- the atomic writer ---------------------------------------------------------------------------------------


def test_symlinked_output_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with atomic_writer(link) as f:
        f.write("new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]


def test_existing_output_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o600)
    with atomic_writer(out) as f:
        f.write("new")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and out.read_text(encoding="utf-8") == "new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_fifo_is_written_through_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    with atomic_writer(fifo) as f:
        f.write("through the pipe\n")
    reader.join(timeout=10)
    assert got == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


@pytest.mark.skipif(sys.platform == "win32", reason="device nodes")
def test_device_node_is_written_not_replaced(tmp_path: Path) -> None:
    """Regression (issue 13, 3): ``-o /dev/null`` as root replaced the device node with a regular file. Tested on
    a copy of /dev/null made in tmp_path (needs root), or on /dev/null itself read-only checked otherwise."""
    dev = tmp_path / "null"
    try:
        os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        dev = Path(os.devnull)
    with atomic_writer(dev) as f:
        f.write("discarded")
    assert stat.S_ISCHR(os.stat(dev).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_unwritable_output_folder_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="cannot write"):
        with atomic_writer(tmp_path / "file" / "o.json") as f:
            f.write("x")
    if os.geteuid() != 0:  # root may write anywhere
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        try:
            with pytest.raises(InputError, match="cannot write into the folder"):
                with atomic_writer(ro / "o.json") as f:
                    f.write("x")
        finally:
            ro.chmod(0o700)


def test_cli_unwritable_output_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from framing.cli import main

    src = tmp_path / "a.txt"
    src.write_text("the regime", encoding="utf-8")
    assert main(["analyze", str(src), "--scorers", "lexicon", "-o", str(src / "x" / "o.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error: ") and "Traceback" not in err and err.count("\n") == 1


# --- outputs never replace inputs or each other --------------------------------------------------------------


def test_output_may_not_be_an_input_by_path_symlink_or_hard_link(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,x\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(src)
    hard = tmp_path / "hard.csv"
    os.link(src, hard)
    for out in (src, tmp_path / "." / "in.csv", link, hard):
        with pytest.raises(InputError, match="is the input"):
            check_outputs([("-o", out)], [src])
    check_outputs([("-o", tmp_path / "out.csv")], [src])


def test_outputs_may_not_share_a_file_but_a_device_may(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="-o and --pdf are the same file"):
        check_outputs([("-o", tmp_path / "r.html"), ("--pdf", tmp_path / "r.html")])
    check_outputs([("-o", os.devnull), ("--spans", os.devnull)])
    check_outputs([("-o", "-"), ("--spans", "-")])


@pytest.mark.parametrize("args", [
    ["report", "{src}", "--csv", "{src}"],
    ["analyze", "{src}", "--spans", "{src}"],
    ["report", "{jsonl}", "-o", "{jsonl}"],
    ["analyze", "{jsonl}", "-o", "{jsonl}"],
    ["report", "{src}", "-o", "{d}/r.html", "--pdf", "{d}/r.html"],
])
def test_cli_refuses_to_overwrite_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         args: list[str]) -> None:
    """Regression (issue 13, 2): each of these replaced the corpus (or wrote HTML then PDF to one path), exit 0."""
    from framing.cli import main

    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,the regime\n2,the junta\n", encoding="utf-8")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text('{"text": "the regime"}\n{"text": "the junta"}\n', encoding="utf-8")
    before = {p: p.read_bytes() for p in (src, jsonl)}
    argv = [a.format(src=src, jsonl=jsonl, d=tmp_path) for a in args]
    assert main([*argv, "--scorers", "lexicon"]) == 2
    assert "framing: error: " in capsys.readouterr().err
    assert {p: p.read_bytes() for p in (src, jsonl)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "in.jsonl"]


# --- JSON output of odd metadata ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_nan_infinity_and_bytes_metadata_do_not_kill_a_json_run(tmp_path: Path, fmt: str) -> None:
    """Regression (issue 13, 4): one NaN/Infinity or bytes metadata value: a traceback and no output."""
    from framing import Analyzer
    from framing.corpus import iter_analyses
    from framing.io import Record
    from framing.output import write_analyses

    recs = [Record(id="a", text="the regime", meta={"x": float("nan"), "y": float("inf"), "b": b"\xffraw",
                                                    "nested": [float("-inf"), {"z": b"ok"}]}),
            Record(id="b", text="calm", meta={"x": 1.5})]
    out = tmp_path / f"o.{fmt}"
    summary = write_analyses(iter_analyses(Analyzer(scorers=["lexicon"]), recs), str(out), fmt=fmt)
    assert summary.total == 2
    text = out.read_text(encoding="utf-8")
    docs = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert docs[0]["meta"] == {"x": None, "y": None, "b": "\\xffraw", "nested": [None, {"z": "ok"}]}
    assert docs[1]["meta"] == {"x": 1.5}


def test_nan_metadata_from_a_jsonl_input_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from framing.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "the regime", "score": NaN, "w": Infinity}\n', encoding="utf-8")
    out = tmp_path / "o.json"
    assert main(["analyze", str(src), "--scorers", "lexicon", "--format", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))[0]["meta"] == {"score": None, "w": None}


def test_analyze_corpus_has_one_row_per_record_with_on_error_skip(tmp_path: Path) -> None:
    from framing import Analyzer, analyze_corpus

    src = tmp_path / "c.csv"
    src.write_text('id,text\n1,the regime\n2,"the junta" slammed\n3,calm\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.csv:3: malformed CSV"):
        analyze_corpus(src, analyzer=Analyzer(scorers=["lexicon"]))
    with pytest.warns(FramingWarning, match="skipped, malformed CSV"):
        docs = analyze_corpus(src, analyzer=Analyzer(scorers=["lexicon"]), on_error="skip")
    assert list(docs["error"].isna()) == [True, False, True] and docs["error"][1].startswith(SKIPPED)


def test_kwic_and_import_refuse_to_overwrite_their_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from framing.cli import main

    src = tmp_path / "a.txt"
    src.write_text("the regime", encoding="utf-8")
    assert main(["kwic", "regime", str(src), "-o", str(src)]) == 2
    words = tmp_path / "w.csv"
    words.write_text("term,category\nregime,pejorative_label\n", encoding="utf-8")
    assert main(["lexicons", "import", str(words), "-o", str(words)]) == 2
    assert src.read_text(encoding="utf-8") == "the regime" and words.read_text(encoding="utf-8").startswith("term")
    assert capsys.readouterr().err.count("is the input") == 2


def test_one_decode_helper_names_file_and_position_in_each_error_class_and_never_the_content(
        tmp_path: Path) -> None:
    from framing.exceptions import LexiconError, ModelError
    from framing.io import decode_bytes, read_file_bytes, read_text_file
    from framing.ml.train import read_sentences
    from framing.workbench.gold import read_gold_sentences

    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"text,label\nSECRET\xff,1\n")
    with pytest.raises(InputError) as info:
        read_text_file(bad)
    assert str(info.value) == f"{bad}: invalid UTF-8 at byte 17 (line 2)" and "SECRET" not in str(info.value)
    with pytest.raises(ModelError, match=r"bad\.csv: invalid UTF-8 at byte 17 \(line 2\)$"):
        decode_bytes(bad.read_bytes(), str(bad), error_class=ModelError, hint=None, utf16=False)
    with pytest.raises(LexiconError) as linfo:
        decode_bytes(bad.read_bytes(), str(bad), error_class=LexiconError)
    assert (linfo.value.path, linfo.value.line) == (str(bad), 2) and "SECRET" not in str(linfo.value)
    for reader in (read_sentences, read_gold_sentences):
        with pytest.raises(InputError, match=r"bad\.csv: invalid UTF-8 at byte 17 \(line 2\)") as rinfo:
            reader(bad)
        assert "SECRET" not in str(rinfo.value)
    with pytest.raises(LexiconError, match=r"nothing\.tsv: cannot read \(") as ninfo:
        read_file_bytes(tmp_path / "nothing.tsv", error_class=LexiconError)
    assert ninfo.value.path == str(tmp_path / "nothing.tsv")
    with pytest.raises(InputError, match=r"nothing\.tsv: cannot read \("):
        read_text_file(tmp_path / "nothing.tsv")
    # data files are UTF-8 (a BOM is dropped); the UTF-16 rule is for analysed inputs only
    assert read_text_file(_write(tmp_path / "bom.csv", b"\xef\xbb\xbfok")) == "ok"
    with pytest.raises(InputError, match="invalid UTF-8 at byte 0"):
        read_text_file(_write(tmp_path / "u16.csv", "ok".encode("utf-16")))
    assert decode_bytes("ok".encode("utf-16"), "x") == "ok"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- session 24 audit: every input kind by its suffix, and nothing else ---------------------------------------

OBJECTS = [{"id": "a", "text": "The regime \u201cslammed\u201d it.", "outlet": "X"}, {"id": None, "text": "x"},
           [1, 2], {"id": "d", "text": None}, {"id": "e", "text": ""}]


def test_json_array_is_read_like_jsonl(tmp_path: Path) -> None:
    """Regression (session 24 audit, 3): a .json file was one raw text, its JSON quotes counted as quotations."""
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(o) + "\n" for o in OBJECTS), encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(OBJECTS, indent=2), encoding="utf-8")
    from_jsonl, from_json = _read(tmp_path / "a.jsonl"), _read(tmp_path / "a.json")
    assert [(r.id, r.text, dict(r.meta), r.error) for r in from_json] == \
        [(r.id, r.text, dict(r.meta), r.error) for r in from_jsonl]
    assert [r.id for r in from_json] == ["a", "2", "3", "d", "e"]  # a null id is the item's position, from 1
    assert from_json[0].text == OBJECTS[0]["text"] and dict(from_json[0].meta) == {"outlet": "X"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        list(read_inputs([tmp_path / "a.json"]))
    assert [str(w.message) for w in caught] == [f"{tmp_path / 'a.json'}: item 3: skipped, expected a JSON object",
                                                f"{tmp_path / 'a.json'}: item 4: skipped, 'text' is null"]
    (tmp_path / "one.json").write_text('{"text": "the regime"}', encoding="utf-8")  # one object: one document
    assert [(r.id, r.text) for r in _read(tmp_path / "one.json")] == [("1", "the regime")]


def test_bad_json_files_say_what_was_expected(tmp_path: Path) -> None:
    for content, needle in [('[{"text": "a"}, {"text": ', r"not valid JSON \(Expecting value on line 1, column 26\)"),
                            ("42", "expected a JSON array of objects, one per document; got a JSON number"),
                            ('[{"body": "a"}]', "item 1: no text column 'text'; the columns are 'body'")]:
        (tmp_path / "b.json").write_text(content, encoding="utf-8")
        with pytest.raises(InputError, match=needle):
            _read(tmp_path / "b.json")
    (tmp_path / "e.json").write_text("[]", encoding="utf-8")
    with pytest.warns(FramingWarning, match="an empty array, no documents"):
        assert list(read_inputs([tmp_path / "e.json"])) == []


def test_framing_json_output_is_read_back_as_documents(tmp_path: Path) -> None:
    from framing.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "the regime"}) + "\n", encoding="utf-8")
    assert main(["analyze", str(src), "--scorers", "lexicon", "--include-text", "-o", str(tmp_path / "o.json")]) == 0
    assert [(r.id, r.text) for r in _read(tmp_path / "o.json")] == [("a", "the regime")]
    assert main(["analyze", str(src), "--scorers", "lexicon", "-o", str(tmp_path / "n.json")]) == 0
    with pytest.raises(InputError, match="written by framing analyze without --include-text"):
        _read(tmp_path / "n.json")


def test_tsv_is_read_like_csv_with_tabs(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text('id,text,outlet\na,"the regime, ""slammed""",X\nb,,Y\n', encoding="utf-8")
    (tmp_path / "a.tsv").write_text('id\ttext\toutlet\na\t"the regime, ""slammed"""\tX\nb\t\tY\n', encoding="utf-8")
    from_csv, from_tsv = _read(tmp_path / "a.csv"), _read(tmp_path / "a.tsv")
    assert [(r.id, r.text, dict(r.meta), r.error) for r in from_tsv] == \
        [(r.id, r.text, dict(r.meta), r.error) for r in from_csv]
    assert from_tsv[0].text == 'the regime, "slammed"'


def test_a_file_of_another_kind_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>The regime</p>", encoding="utf-8")
    with pytest.raises(InputError, match=r"page\.html: cannot read a \.html file; expected a \.txt file .* a \.csv, "
                                         r"\.tsv, \.jsonl, \.json .* give it a \.txt name"):
        _read(page)
    for name in ("story", "story.md", "story.TEXT"):  # plain text: no suffix, or a text suffix
        (tmp_path / name).write_text("the regime", encoding="utf-8")
        assert [r.text for r in _read(tmp_path / name)] == ["the regime"]


def test_folder_warning_names_what_was_read_and_the_subfolders(tmp_path: Path) -> None:
    """Regression (session 24 audit, 3): the warning said "not .txt" while .md and .text files were read, and
    subfolders were passed over without a word."""
    d = tmp_path / "docs"
    (d / "sub" / "deeper").mkdir(parents=True)
    for name in ("a.txt", "b.md", "c.text", "d.csv", "README"):
        (d / name).write_text("the regime", encoding="utf-8")
    (d / "sub" / "e.txt").write_text("the junta", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        recs = list(read_inputs([d]))
    assert [r.id for r in recs] == ["a", "b", "c"]
    assert [str(w.message) for w in caught] == [
        f"{d}: skipped 2 file(s) that are not .txt, .text or .md: README, d.csv",
        f"{d}: did not read 1 subfolder(s) (only the files directly in the folder are read): sub"]
