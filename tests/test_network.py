"""Nothing in framing opens a network connection: sockets are blocked while the whole pipeline runs.

pytest-socket's guard replaces ``socket.socket`` with a subclass that refuses to be created (a plain function
in its place would break modules such as ``ssl`` that subclass it on import); name resolution and
``create_connection`` are blocked as well.
"""

from __future__ import annotations

import importlib.util
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError, disable_socket, enable_socket

import framing
from framing.cli import main


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise SocketBlockedError("framing tried to resolve a name or connect")

    disable_socket(allow_unix_socket=False)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    try:
        yield
    finally:
        enable_socket()


def test_the_guard_works(no_sockets: None) -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket()
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("example.org", 80))


def test_full_pipeline_without_network(no_sockets: None, tmp_path: Path) -> None:
    for rec in framing.read_sample():
        a = framing.Analyzer().analyze(rec.text, id=rec.id)
        assert a.spans and a.sentences and a.actors
        assert a.scores["readability_flesch_reading_ease"] == a.scores["readability_flesch_reading_ease"]
    assert main(["analyze", "--format", "json", "-o", str(tmp_path / "out.json")]) == 0
    assert (tmp_path / "out.json").stat().st_size > 0


def test_cli_report_without_network(no_sockets: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["report", "--n-boot", "50"]
    if importlib.util.find_spec("weasyprint") is None:
        args.append("--no-pdf")
    assert main(args) == 0
    assert (tmp_path / "reports" / "latest" / "sample.html").stat().st_size > 0
    assert (tmp_path / "reports" / "latest" / "sample-scores.csv").stat().st_size > 0
    if "--no-pdf" not in args:
        assert (tmp_path / "reports" / "latest" / "sample.pdf").read_bytes().startswith(b"%PDF")
