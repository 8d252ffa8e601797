"""Reports open in headless Chromium without console errors and without a single network request.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: no port, no socket):
we record every ``Network.requestWillBeSent`` and every console message, log entry and exception.
Skips with a clear message where Debian's ``chromium`` is not installed (``apt-get install chromium``).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from framing.reporting import build_report
from tests.test_report_data import full_analysis
from tests.test_report_render import PAYLOAD, _FakeLexicon, payload_analyses

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or os.name != "posix",
    reason="headless Chromium not found at /usr/bin/chromium (install Debian's 'chromium'; .ci/run does)",
)


def browse(path: Path, *, timeout: float = 40.0) -> dict[str, Any]:
    """Open ``path`` in headless Chromium; return the requests made, console/log/exception events and counts."""
    r_cmd, w_cmd = os.pipe()
    r_out, w_out = os.pipe()

    def child_fds() -> None:  # DevTools pipe: Chromium reads commands on fd 3, writes replies on fd 4
        os.dup2(r_cmd, 3)
        os.dup2(w_out, 4)

    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             f"--user-data-dir={profile}", "--no-first-run", "--no-default-browser-check",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-extensions", "--disable-default-apps", "--disable-dev-shm-usage", "about:blank"],
            pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(r_cmd)
        os.close(w_out)
        buf = b""
        msgs: list[dict[str, Any]] = []
        counter = [0]

        def send(method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
            counter[0] += 1
            m: dict[str, Any] = {"id": counter[0], "method": method, "params": params or {}}
            if session:
                m["sessionId"] = session
            os.write(w_cmd, json.dumps(m).encode() + b"\0")
            return counter[0]

        def pump(until: Any, deadline: float) -> dict[str, Any] | None:
            nonlocal buf
            while time.monotonic() < deadline:
                ready, _, _ = select.select([r_out], [], [], 0.1)
                if not ready:
                    continue
                chunk = os.read(r_out, 1 << 16)
                if not chunk:
                    return None
                buf += chunk
                while b"\0" in buf:
                    raw, buf = buf.split(b"\0", 1)
                    m = json.loads(raw)
                    msgs.append(m)
                    if until(m):
                        return m
            return None

        def call(method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
            i = send(method, params, session)
            reply = pump(lambda m: m.get("id") == i, time.monotonic() + timeout)
            assert reply is not None and "error" not in reply, f"DevTools {method} failed: {reply}"
            return reply.get("result", {})

        try:
            target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
            sid = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for method in ("Network.enable", "Runtime.enable", "Log.enable", "Page.enable"):
                call(method, session=sid)
            start = len(msgs)
            send("Page.navigate", {"url": path.resolve().as_uri()}, session=sid)
            loaded = pump(lambda m: m.get("method") == "Page.loadEventFired", time.monotonic() + timeout)
            assert loaded is not None, "the page did not finish loading"
            counts = call("Runtime.evaluate", {"returnByValue": True, "expression":
                          "JSON.stringify({marks: document.querySelectorAll('mark').length,"
                          " svgs: document.querySelectorAll('svg').length,"
                          " scripts: document.scripts.length, imgs: document.images.length,"
                          " title: document.title})"}, session=sid)
            pump(lambda m: False, time.monotonic() + 0.7)  # late events (lazy loads, CSP reports)
            events = msgs[start:]
            send("Browser.close")
        finally:
            os.close(w_cmd)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            os.close(r_out)
    page_url = path.resolve().as_uri()
    return {
        "requests": [m["params"]["request"]["url"] for m in events if m.get("method") == "Network.requestWillBeSent"
                     and m["params"]["request"]["url"] != page_url],
        "console": [m["params"] for m in events if m.get("method") in
                    ("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Log.entryAdded")],
        "page": json.loads(counts["result"]["value"]),
    }


def _write(tmp_path: Path, name: str, html: str) -> Path:
    p = tmp_path / name
    p.write_text(html, encoding="utf-8")
    return p


def test_the_probe_sees_requests_and_console_errors(tmp_path):
    """Negative control: a page that fetches and errs is caught, so a clean result means something."""
    bad = _write(tmp_path, "bad.html", '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" '
                 "content=\"default-src 'none'\"></head><body><img src=\"http://192.0.2.1/x.png\">"
                 "<script>console.error('boom')</script></body></html>")
    res = browse(bad)
    assert res["console"], "a CSP violation must appear as a console/log event"
    worse = _write(tmp_path, "worse.html", '<!doctype html><html><body><img src="http://192.0.2.1/x.png">'
                   "<script>console.error('boom')</script></body></html>")
    res = browse(worse)
    assert any("192.0.2.1" in u for u in res["requests"]) and res["console"]


def test_corpus_report_with_payloads_renders_cleanly_and_offline(tmp_path):
    docs = [*payload_analyses(), full_analysis(id="3", meta={"outlet": "Third", "date": "2026-05-01"})]
    html, _, _ = build_report(docs, group_by="outlet", lexicons=[_FakeLexicon(PAYLOAD)], n_boot=50)
    res = browse(_write(tmp_path, "corpus.html", html))
    assert res["requests"] == []
    assert res["console"] == []
    assert res["page"]["scripts"] == 0 and res["page"]["imgs"] == 0
    assert res["page"]["marks"] > 30 and res["page"]["svgs"] >= 10
    assert "Framing report: 3 documents by outlet" == res["page"]["title"]


def test_committed_sample_reports_render_cleanly():
    root = Path(__file__).resolve().parents[1] / "reports"
    found = sorted(root.glob("sample*.html"))
    if not found:
        pytest.skip("no committed example reports under reports/")
    for p in found:
        res = browse(p)
        assert res["requests"] == [] and res["console"] == [], p.name
        assert res["page"]["marks"] > 0
