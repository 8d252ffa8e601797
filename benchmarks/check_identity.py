"""Byte-identity of ``framing analyze`` output before and after a speed change.

``--save DIR`` writes the JSONL analyses and the evidence table (``--spans``) of AllSides development lines
``--first``..``--first + --limit - 1`` (default 0-299) and of a few edge texts (empty, white space only,
typographic quotes and apostrophes, soft hyphens, a 2,000-word run, non-English, emoji, CRLF) with the code as it
is; ``--compare DIR`` writes them again with the current code and compares the files byte for byte, naming the
first document that differs. Run ``--save`` on the untouched code (e.g. a ``git worktree`` of the base commit),
then ``--compare`` after the change.

    python benchmarks/check_identity.py --save /tmp/before
    python benchmarks/check_identity.py --compare /tmp/before
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import NEWS

EDGE_TEXTS = (
    "",
    " ",
    "\n\n",
    "Hello.",
    'The so-called "experts" slammed the regime\'s radical agenda.',
    "Mr. Smith said: “It’s a disaster.” U.S. officials, however, allegedly disagreed!!! ...",
    "İstanbul İİİ ‘quoted’ don’t state‑run anti‐American",
    "a\u00adb soft\u00adhyphen cor\u00adrupt re\u00adgime",
    "word " * 2000,
    "“unclosed quote\n\nnext paragraph \"x\"",
    "Tabs\tand\r\nCRLF. Numbers 3.5 and 1,000! Emojis 😀 ok? 🎉 party",
    "ALL CAPS HEADLINE!!! WHY?? because.",
    "Der Bundestag hat heute beschlossen, dass die Regierung das Gesetz zur Migration nicht ändern wird.",
    "He said, 'maybe' they might possibly perhaps hedge, arguably. It is not a regime, nor a radical plot.",
)


def _framing() -> list[str]:
    exe = Path(sys.executable).with_name("framing")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "framing"]


def write_outputs(out: Path, first: int, limit: int) -> list[Path]:
    """Run ``framing analyze`` on the development lines and the edge texts; the files written."""
    if first + limit > 1000:
        raise SystemExit("stay within the development lines 0-999")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dev = Path(tmp) / "dev.jsonl"
        with open(NEWS, encoding="utf-8") as f, open(dev, "w", encoding="utf-8") as g:
            for i, line in enumerate(f):
                if i >= first + limit:
                    break
                if i >= first:
                    g.write(line)
        edge = Path(tmp) / "edge.jsonl"
        edge.write_text("".join(json.dumps({"id": f"edge{i}", "text": t}) + "\n" for i, t in enumerate(EDGE_TEXTS)),
                        encoding="utf-8")
        written = []
        for name, src, extra in (("dev", dev, []), ("edge", edge, []), ("dev_candidates", dev, ["--candidates"])):
            doc, spans = out / f"{name}.jsonl", out / f"{name}_spans.jsonl"
            subprocess.run([*_framing(), "analyze", str(src), "--format", "jsonl", "-o", str(doc), "--spans",
                            str(spans), "--no-progress", *extra], check=True, stderr=subprocess.DEVNULL)
            written += [doc, spans]
    return written


def first_difference(a: Path, b: Path) -> str | None:
    """``None`` when the files are equal byte for byte, else where they first differ."""
    if a.read_bytes() == b.read_bytes():
        return None
    la, lb = a.read_text(encoding="utf-8").splitlines(), b.read_text(encoding="utf-8").splitlines()
    for i, (x, y) in enumerate(zip(la, lb, strict=False)):
        if x != y:
            ident = json.loads(x).get("id", "?")
            return f"line {i + 1} (id {ident!r}) differs"
    return f"{len(la)} lines before, {len(lb)} now"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path, help="write the reference outputs here")
    g.add_argument("--compare", type=Path, help="compare the current outputs with the ones saved here")
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args(argv)
    if args.save:
        for p in write_outputs(args.save, args.first, args.limit):
            print(f"saved {p} ({p.stat().st_size:,} bytes)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        bad = 0
        for p in write_outputs(Path(tmp), args.first, args.limit):
            ref = args.compare / p.name
            diff = first_difference(ref, p) if ref.is_file() else "no reference file"
            print(f"{p.name:28} {'identical' if diff is None else 'DIFFERENT: ' + diff}")
            bad += diff is not None
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
