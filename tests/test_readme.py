"""The README starts with the two commands a new user runs, and CI runs the second one verbatim."""

from __future__ import annotations

import re

from .conftest import ROOT


def commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_starts_with_install_and_report_then_tests() -> None:
    first, second = commands()
    assert "pip install" in first and first.rstrip().endswith("framing report")
    assert "pip install" in second and "pytest" in second


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands()[1] in ci.splitlines()


def _section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_write_your_own_scorer_example_runs() -> None:
    (code,) = re.findall(r"```python\n(.+?)\n```", _section("Write your own scorer"), flags=re.S)
    ns: dict[str, object] = {"__name__": "readme_example"}
    exec(compile(code, "README.md: Write your own scorer", "exec"), ns)
    a = ns["a"]
    assert a.scores["exclamation_per_1k"] == 1000.0 / 6  # type: ignore[attr-defined]
    assert a.extensions["exclamations"] == [[0, 11]]  # type: ignore[attr-defined]
    assert a.scores["loaded_index"] > 0  # type: ignore[attr-defined]
    docs = ns["docs"]
    assert list(docs["exclamation_per_1k"]) == [1000.0, 0.0]  # type: ignore[index]


def test_first_command_leaves_tracked_files_alone() -> None:
    """`framing report` with no input writes into reports/latest/, which git ignores (issue 17, 5): a fresh clone
    that runs the README's first command shows no modified files; the committed examples stay in reports/."""
    import shutil
    import subprocess

    from framing.cli.report import SAMPLE_DIR

    assert "`reports/latest/`" in (ROOT / "README.md").read_text(encoding="utf-8").split("```", 1)[0]
    assert SAMPLE_DIR == "reports/latest" and f"{SAMPLE_DIR}/" in (ROOT / ".gitignore").read_text().splitlines()
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return  # an sdist or a copy without git: the .gitignore line above is what counts
    for name in ("sample.html", "sample.pdf", "sample-scores.csv", "sample-evidence.csv"):
        r = subprocess.run(["git", "check-ignore", "-q", f"{SAMPLE_DIR}/{name}"], cwd=ROOT, check=False)
        assert r.returncode == 0, f"{SAMPLE_DIR}/{name} is not ignored by git"
