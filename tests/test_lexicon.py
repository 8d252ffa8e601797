from __future__ import annotations

from pathlib import Path

import pytest

from framing.exceptions import LexiconError
from framing.lexicon import COLUMNS, LexiconEntry, builtin_lexicons, load_lexicon, load_lexicons, validate_path

HEADER = "\t".join(COLUMNS) + "\n"


def write(tmp_path: Path, body: str, name: str = "mine.tsv") -> Path:
    p = tmp_path / name
    p.write_text(HEADER + body, encoding="utf-8")
    return p


def test_loads_entries_with_all_columns(tmp_path: Path) -> None:
    p = write(tmp_path, "regime\tpejorative_label\t0.5\tgovernment|administration\tnoun\t\t\t!prev=dosing\tcurated\n")
    lex = load_lexicon(p)
    assert lex.name == "mine" and len(lex) == 1
    e = lex.entries[0]
    assert e.alternatives == ("government", "administration")
    assert e.surface_forms() == ("regime", "regimes")
    assert str(e.context[0]) == "!prev=dosing"
    assert len(lex.sha256) == 64


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("regime\tpejorative_label\theavy\n", "weight must be a number from 0 to 1, got 'heavy'"),
        ("regime\tpejorative_label\t1.5\n", "weight must be a number from 0 to 1"),
        ("regime\tpejorative_label\tnan\n", "weight must be a number from 0 to 1"),
        ("regime\tPejorative Label\t0.5\n", "category must be lower-case"),
        ("regime\tpejorative_label\t0.5\t\tplural\n", "inflect must be one of"),
        ("regime\tpejorative_label\t0.5\t\t\t\tupper\n", "case must be one of"),
        ("regime\tpejorative_label\t0.5\t\t\t\t\t!before=x\n", "context rule '!before=x' is not one of"),
        ("claim\tattribution_loaded\t0.5\t\t\t\t\tpos=VRB\n", "VRB is not a Universal POS tag"),
        ("claim\tattribution_loaded\t0.5\t\t\t\t\tpos=verb\n", "is not one of"),
        ("pseudo-\tdelegitimiser\t0.5\n", "is not a word token"),
        ("u.s.\tneutral_title\t0\n", "is not a word token"),
        ("a\tb\t0\t\t\t\t\t\t\textra\n", "expected at most 9"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    p = write(tmp_path, "# comment\nfine\temotive\t0.5\n" + line)
    with pytest.raises(LexiconError) as exc:
        load_lexicon(p)
    assert str(exc.value).startswith(f"{p}:4: ")
    assert message in str(exc.value)
    assert exc.value.line == 4 and exc.value.path == str(p)


def test_part_of_speech_and_report_rules_parse_and_print(tmp_path: Path) -> None:
    p = write(tmp_path, "claim\tattribution_loaded\t0.5\t\tverb\t\t\treport;!next=asylum\n"
                        "taunt\tattribution_loaded\t0.75\t\tverb\t\t\tpos=VERB|AUX\n"
                        "lies\tdelegitimiser\t0.5\t\t\t\t\t!pos=VERB\n")
    claim, taunt, lies = load_lexicon(p).entries
    assert [str(r) for r in claim.context] == ["report", "!next=asylum"]
    assert [str(r) for r in taunt.context] == ["pos=VERB|AUX"]
    assert [str(r) for r in lies.context] == ["!pos=VERB"]


def test_duplicate_terms_are_errors_even_with_other_category(tmp_path: Path) -> None:
    p = write(tmp_path, "regime\tpejorative_label\t0.5\nRegime\temotive\t0.25\n")
    with pytest.raises(LexiconError, match=r":3: duplicate term 'Regime' \(first on line 2\)"):
        load_lexicon(p)


def test_bad_header(tmp_path: Path) -> None:
    p = tmp_path / "x.tsv"
    p.write_text("word\tcat\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"x.tsv:1: expected the header"):
        load_lexicon(p)


def test_invalid_utf8_names_line(tmp_path: Path) -> None:
    p = tmp_path / "x.tsv"
    p.write_bytes(HEADER.encode() + b"ok\temotive\t0.5\nbad\xff\temotive\t0.5\n")
    with pytest.raises(LexiconError, match=r"x.tsv:3: not valid UTF-8"):
        load_lexicon(p)


def test_validate_collects_every_error(tmp_path: Path) -> None:
    p = write(tmp_path, "a\temotive\tx\nb\temotive\t2\nc\temotive\t0.5\n")
    lexicons, errors = validate_path(p)
    assert [e.line for e in errors] == [2, 3]
    assert len(lexicons[0]) == 1


def test_directory_with_manifest(tmp_path: Path) -> None:
    write(tmp_path, "regime\tpejorative_label\t0.5\n", name="one.tsv")
    (tmp_path / "manifest.toml").write_text(
        '[[lexicon]]\nname = "mine"\nfile = "one.tsv"\nversion = "2.1"\nlicence = "CC0"\n', encoding="utf-8"
    )
    (lex,) = load_lexicons([tmp_path])
    assert (lex.name, lex.version, lex.licence) == ("mine", "2.1", "CC0")
    (tmp_path / "manifest.toml").write_text('[[lexicon]]\nname = "mine"\nfile = "missing.tsv"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"missing\.tsv"):
        load_lexicons([tmp_path])
    (tmp_path / "manifest.toml").write_text("[[lexicon]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"manifest\.toml: manifest is not valid TOML"):
        load_lexicons([tmp_path])
    (tmp_path / "manifest.toml").write_bytes(b'[[lexicon]]\nname = "SECRET\xff"\n')
    with pytest.raises(LexiconError, match=r"manifest\.toml:2: not valid UTF-8 \(byte 26\)$") as info:
        load_lexicons([tmp_path])
    assert "SECRET" not in str(info.value) and "xff" not in str(info.value)
    with pytest.raises(LexiconError, match=r"gone\.tsv: cannot read \("):
        load_lexicon(tmp_path / "gone.tsv")


def test_missing_path() -> None:
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_lexicons(["/nonexistent/lexicon.tsv"])


@pytest.mark.parametrize(
    ("term", "inflect", "forms", "expected"),
    [
        ("slam", "verb", (), {"slam", "slams", "slammed", "slamming"}),
        ("blame", "verb", (), {"blame", "blames", "blamed", "blaming"}),
        ("decry", "verb", (), {"decry", "decries", "decried", "decrying"}),
        ("lash out", "verb", (), {"lash out", "lashes out", "lashed out", "lashing out"}),
        ("land grab", "noun", (), {"land grab", "land grabs"}),
        ("spokesman", "noun", (), {"spokesman", "spokesmen", "spokesmans"}),
        ("far-right", "none", (), {"far-right", "far right"}),
        ("say", "verb", ("said",), {"say", "says", "sayed", "saying", "said"}),
    ],
)
def test_surface_forms(term: str, inflect: str, forms: tuple[str, ...], expected: set[str]) -> None:
    e = LexiconEntry(term=term, category="x", weight=0.5, inflect=inflect, forms=forms)
    assert set(e.surface_forms()) == expected


def test_every_shipped_lexicon_validates() -> None:
    lexicons = builtin_lexicons()
    names = [lx.name for lx in lexicons]
    assert len(names) == len(set(names))
    for lex in lexicons:
        assert len(lex) > 0, lex.name
        assert lex.licence and lex.version and lex.description, lex.name


def test_shipped_lexicons_meet_the_size_floor() -> None:
    counts: dict[str, int] = {}
    for lex in builtin_lexicons():
        for e in lex.entries:
            counts[e.category] = counts.get(e.category, 0) + 1
    required = ["pejorative_label", "ideological_label", "neutral_title", "emotive", "delegitimiser", "hedge",
                "war_metaphor"]
    for cat in required:
        assert counts.get(cat, 0) >= 60, (cat, counts.get(cat))
    assert counts.get("attribution_loaded", 0) + counts.get("attribution_neutral", 0) >= 60
    assert counts.get("dysphemism", 0) + counts.get("euphemism", 0) >= 60
    core = [*required, "attribution_loaded", "attribution_neutral", "dysphemism", "euphemism"]
    assert sum(counts.get(c, 0) for c in core) >= 1500


def test_weight_convention_of_shipped_lexicons() -> None:
    zero = {"neutral_title", "attribution_neutral", "hedge"}
    for lex in builtin_lexicons():
        for e in lex.entries:
            if e.category in zero or e.category.startswith("frame_"):
                assert e.weight == 0, (lex.name, e.term)


@pytest.mark.parametrize("name", ["../outside.tsv", "/etc/passwd", "sub/../../outside.tsv", "C:\\\\x.tsv"])
def test_manifest_names_files_inside_its_folder_only(tmp_path: Path, name: str) -> None:
    """Regression (issue 13, 7): a manifest could name ``../outside.tsv`` or ``/etc/passwd``."""
    (tmp_path / "outside.tsv").write_text("term\tcategory\tweight\nregime\tpejorative_label\t0.5\n", encoding="utf-8")
    lx = tmp_path / "lx"
    lx.mkdir()
    (lx / "manifest.toml").write_text(f'[[lexicon]]\nname = "x"\nfile = {name!r}\n'.replace("'", '"'),
                                      encoding="utf-8")
    with pytest.raises(LexiconError, match="inside the manifest's folder"):
        load_lexicons([lx])


def test_manifest_symlink_leading_out_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.tsv").write_text("term\tcategory\tweight\nregime\tpejorative_label\t0.5\n", encoding="utf-8")
    lx = tmp_path / "lx"
    lx.mkdir()
    (lx / "l.tsv").symlink_to(tmp_path / "secret.tsv")
    (lx / "manifest.toml").write_text('[[lexicon]]\nname = "x"\nfile = "l.tsv"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="leads outside the manifest's folder"):
        load_lexicons([lx])
    (lx / "m.tsv").write_text("term\tcategory\tweight\nregime\tpejorative_label\t0.5\n", encoding="utf-8")
    (lx / "manifest.toml").write_text('[[lexicon]]\nname = "x"\nfile = "m.tsv"\n', encoding="utf-8")
    assert len(load_lexicons([lx])[0]) == 1


def test_header_error_never_echoes_the_file(tmp_path: Path) -> None:
    """Regression (issue 13, 7): the error for a non-lexicon file printed its first line."""
    p = tmp_path / "passwd"
    p.write_text("root:x:0:0:SECRET:/root:/bin/bash\nmore\n", encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon(p)
    assert "SECRET" not in str(exc.value) and "bin/bash" not in str(exc.value)
    p.write_text("term\tcat\tweight\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="its cell 2 should be 'category'"):
        load_lexicon(p)


def test_one_path_alone_is_one_lexicon_everywhere() -> None:
    """Regression (session 24 audit, 6): ``Analyzer(lexicons="my.tsv")`` iterated the string character by
    character ("/: a lexicon directory needs a manifest.toml")."""
    import framing
    from framing.exceptions import InputError
    from framing.lexicon import lexicon_list, resolve_lexicons

    mini = Path(__file__).parent / "data" / "lex" / "mini.tsv"
    want = resolve_lexicons([mini], builtin=False)
    assert [lx.name for lx in want] == ["mini"]
    for one in (str(mini), mini, want[0]):
        assert resolve_lexicons(one, builtin=False) == want
        assert framing.Analyzer(lexicons=one, builtin_lexicons=False, scorers=["lexicon"]).lexicons == want
    text = "The regime slammed it."
    assert framing.analyze(text, lexicons=str(mini), scorers=["lexicon"]) == \
        framing.analyze(text, lexicons=[str(mini)], scorers=["lexicon"])
    assert lexicon_list(None) == [] and lexicon_list((str(mini),)) == [str(mini)]
    with pytest.raises(InputError, match="lexicons must be a path, a Lexicon or a list of them; got int"):
        framing.Analyzer(lexicons=3)  # type: ignore[arg-type]
