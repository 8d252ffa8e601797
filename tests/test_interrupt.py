"""Ctrl-C (SIGINT) during a long ``framing analyze`` or ``framing report`` run: exit 130, no partial file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery is POSIX-only here")

ARTICLE = ("The regime slammed the so-called reform. \u201cIt is a disaster,\u201d said Sen. Ana Nicol\u00e1s, a "
           "fierce critic of the embattled strongman. Officials reportedly conceded defeat. ")


def _corpus(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"d{i}", "outlet": f"o{i % 3}", "text": ARTICLE * 5}) + "\n")


def _interrupt(args: list[str], outdir: Path, wait_for: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # a test run started in the background (`pytest &`, nohup) inherits SIGINT ignored, and Python then installs
    # no KeyboardInterrupt handler: give the child the default disposition so that it behaves as from a terminal
    proc = subprocess.Popen([sys.executable, "-m", "framing", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=cwd,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    start = time.monotonic()
    deadline = start + 60
    try:
        # wait until the run is writing (its temporary file exists) or, for the report, is well under way
        while time.monotonic() < deadline and proc.poll() is None:
            if any(p.name.endswith(".tmp") for p in outdir.iterdir()) or (
                    wait_for == "time" and time.monotonic() > start + 1.5):
                break
            time.sleep(0.05)
        assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.stderr.read()}"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_sigint_during_analyze_leaves_no_partial_output(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 20_000)
    outdir = tmp_path / "out"
    outdir.mkdir()
    res = _interrupt(["analyze", str(src), "--scorers", "lexicon", "-o", str(outdir / "a.jsonl"),
                      "--spans", str(outdir / "spans.csv")], outdir, "tmp", tmp_path)
    assert res.returncode == 130, res.stderr
    assert "Traceback" not in res.stderr
    assert res.stderr.strip().splitlines()[-1] == "framing: interrupted"
    assert list(outdir.iterdir()) == []


def test_sigint_keeps_an_existing_output_unchanged(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 20_000)
    outdir = tmp_path / "out"
    outdir.mkdir()
    old = outdir / "a.csv"
    old.write_text("previous results\n", encoding="utf-8")
    res = _interrupt(["analyze", str(src), "--scorers", "lexicon", "--format", "csv", "-o", str(old)], outdir,
                     "tmp", tmp_path)
    assert res.returncode == 130, res.stderr
    assert [p.name for p in outdir.iterdir()] == ["a.csv"]
    assert old.read_text(encoding="utf-8") == "previous results\n"


@pytest.mark.slow
def test_sigint_during_report_leaves_no_partial_output(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 30_000)
    outdir = tmp_path / "out"
    outdir.mkdir()
    res = _interrupt(["report", str(src), "--scorers", "lexicon", "--no-pdf", "--group-by", "outlet",
                      "-o", str(outdir / "r.html")], outdir, "time", tmp_path)
    assert res.returncode == 130, res.stderr
    assert "Traceback" not in res.stderr
    assert list(outdir.iterdir()) == []
    assert not os.path.exists(tmp_path / "reports")


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the worker processes")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_end_the_workers_and_leave_no_temporary_file(tmp_path: Path, signame: str) -> None:
    """Regression (issue 13, 5): SIGTERM (timeout, SLURM, docker stop) with --n-jobs 2 left a hidden .tmp file
    and both workers running as orphans; only Ctrl-C was handled."""
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 20_000)
    outdir = tmp_path / "out"
    outdir.mkdir()
    errfile = open(tmp_path / "stderr.txt", "w+", encoding="utf-8")  # not a pipe: nothing can block on it
    proc = subprocess.Popen([sys.executable, "-m", "framing", "analyze", str(src), "--scorers", "lexicon",
                             "--n-jobs", "2", "-o", str(outdir / "a.jsonl")], stdout=subprocess.DEVNULL,
                            stderr=errfile, text=True, cwd=tmp_path)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            workers = _children(proc.pid)
            if len(workers) >= 2 and any(p.name.endswith(".tmp") for p in outdir.iterdir()):
                break
            time.sleep(0.05)
        assert proc.poll() is None and len(workers) >= 2, "the run ended before it could be signalled"
        proc.send_signal(getattr(signal, signame))
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        errfile.seek(0)
        err = errfile.read()
        errfile.close()
    signum = int(getattr(signal, signame))
    assert proc.returncode == 128 + signum, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == f"framing: interrupted ({signame})"
    assert list(outdir.iterdir()) == []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert not [p for p in workers if _alive(p)], "worker processes outlived the run"


_FORK_SIGNAL_SCRIPT = """
import multiprocessing, os, signal, sys
from framing.cli import main

fired = []


def after_fork_in_parent():
    if not fired:  # SIGTERM arrives while the pool starts a worker: Python drops what a fork hook raises
        fired.append(1)
        os.kill(os.getpid(), signal.SIGTERM)


os.register_at_fork(after_in_parent=after_fork_in_parent)
rc = main(["analyze", sys.argv[1], "--scorers", "lexicon", "--n-jobs", "2", "-o", sys.argv[2], "--no-progress"])
print(rc, int(signal.getsignal(signal.SIGTERM)), len(multiprocessing.active_children()), flush=True)
os.kill(os.getpid(), signal.SIGTERM)  # a later SIGTERM is not ignored: the default handler is back
print("still alive after a second SIGTERM", flush=True)
"""


def test_sigterm_while_a_worker_is_forked_still_ends_the_run(tmp_path: Path) -> None:
    """Regression (session 24 audit, 1): a SIGTERM that came while a worker process was being started was lost
    (Python drops an exception raised inside a fork callback, and the handler had already switched SIGTERM to
    ignore): the run finished with exit 0, wrote its output and ignored every later SIGTERM."""
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 300)
    outdir = tmp_path / "out"
    outdir.mkdir()
    script = tmp_path / "sig.py"
    script.write_text(_FORK_SIGNAL_SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(src), str(outdir / "a.csv")], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    rc, handler, children = proc.stdout.split("\n")[0].split()
    assert (int(rc), int(handler), int(children)) == (143, int(signal.SIG_DFL), 0), proc.stderr
    assert "still alive" not in proc.stdout and proc.returncode == -signal.SIGTERM
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "framing: interrupted (SIGTERM)"
    assert list(outdir.iterdir()) == []


def test_a_signal_whose_exception_was_dropped_ends_the_run_at_the_next_document() -> None:
    from framing import Analyzer
    from framing._signals import Terminated, install, restore
    from framing.corpus import iter_analyses

    analyzer = Analyzer(scorers=["lexicon"])
    seen = []

    def texts() -> object:
        for i in range(5):
            if i == 2:
                try:  # what Python does with an exception raised in a fork hook or a __del__: drops it
                    os.kill(os.getpid(), signal.SIGTERM)
                    time.sleep(1)
                except Terminated:
                    pass
            seen.append(i)
            yield f"the regime {i}"

    before = signal.getsignal(signal.SIGTERM)
    previous = install()
    try:
        with pytest.raises(Terminated) as info:
            for _ in iter_analyses(analyzer, texts()):
                pass
        assert info.value.signum == signal.SIGTERM and seen == [0, 1, 2]
        os.kill(os.getpid(), signal.SIGTERM)  # while the run ends, a second signal is only recorded
    finally:
        restore(previous)
    assert signal.getsignal(signal.SIGTERM) == before
