"""Nothing in framing opens a network connection: sockets are blocked while the whole pipeline runs."""

from __future__ import annotations

import socket

import pytest

import framing
from framing.cli import main


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    def guard(*args: object, **kwargs: object) -> None:
        raise AssertionError("framing tried to open a network connection")

    monkeypatch.setattr(socket, "socket", guard)
    monkeypatch.setattr(socket, "create_connection", guard)
    monkeypatch.setattr(socket, "getaddrinfo", guard)


def test_full_pipeline_without_network(no_sockets: None, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AssertionError):
        socket.socket()
    for rec in framing.read_sample():
        a = framing.Analyzer().analyze(rec.text, id=rec.id)
        assert a.spans
    assert main(["analyze", "--format", "json", "-o", str(tmp_path / "out.json")]) == 0
