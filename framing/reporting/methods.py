"""The methods appendix of a report: version, lexicons with versions and hashes, model card, parameters."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

__all__ = ["methods_data"]



def _generated_date() -> str:
    """The report's one time-dependent field (UTC date); ``SOURCE_DATE_EPOCH`` fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).strftime("%Y-%m-%d")
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


def _model_card() -> dict[str, Any] | None:
    """A short summary of the shipped model's card, when framing.models exists."""
    try:
        if importlib.util.find_spec("framing.models") is None:
            return None
        from importlib import resources

        root = resources.files("framing.models")
        cards = [root.joinpath("MODEL_CARD.md"), root.joinpath("default").joinpath("MODEL_CARD.md")]
        cards += sorted((d.joinpath("MODEL_CARD.md") for d in root.iterdir() if d.is_dir()), key=str)
        card = next((c for c in cards if c.is_file()), None)
        if card is None:
            return None
        text = card.read_text(encoding="utf-8")
        manifest = card.parent.joinpath("manifest.json") if hasattr(card, "parent") else None
        manifest_sha = (hashlib.sha256(manifest.read_bytes()).hexdigest()
                        if manifest is not None and manifest.is_file() else "")
    except (ImportError, OSError, ValueError):
        return None
    title = ""
    blocks: list[tuple[bool, list[str]]] = []  # (is a list item, lines)
    for line in text.splitlines():
        stripped = line.strip()
        if line.startswith("#"):
            if title:
                break  # only the text before the first section heading is summarised
            title = line.lstrip("#").strip()
            continue
        if stripped.startswith("- "):
            blocks.append((True, [stripped[2:]]))
        elif stripped:
            if blocks and blocks[-1][1]:
                blocks[-1][1].append(stripped)
            else:
                blocks.append((False, [stripped]))
        elif blocks and blocks[-1][1]:
            blocks.append((False, []))  # a blank line ends the block
    paras = [(item, " ".join(lines)) for item, lines in blocks if lines]
    lead = " ".join(t for item, t in paras if not item)
    items = [t for item, t in paras if item]
    return {"title": _plain(title or "Model card"), "summary": _plain(lead),
            "bullets": [_plain(t) for t in items][:6], "manifest_sha256": manifest_sha}


_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _plain(md: str) -> str:
    """Markdown inline markup removed (code ticks, bold, links), for a model card shown as plain text."""
    out = _MD_LINK_RE.sub(r"\1", md).replace("**", "").replace("`", "")
    return out if len(out) <= 900 else out[:899].rsplit(" ", 1)[0] + " …"


def methods_data(
    *,
    lexicons: Sequence[Any],
    lexicon_names_seen: Iterable[str] = (),
    model_names_seen: Iterable[str] = (),
    scorers: Sequence[str] = (),
    parameters: Mapping[str, Any],
    n_docs: int,
    n_failed: int,
    failed: Sequence[tuple[str, str]] = (),
    n_words: int,
    coverage: float,
    command: str,
) -> dict[str, Any]:
    """The methods appendix: version, lexicons with versions and hashes, model card, parameters, counts."""
    from framing import __version__

    lex_rows = []
    known = set()
    for lx in lexicons:
        info = lx.info() if hasattr(lx, "info") else dict(lx)
        known.add(info.get("name"))
        lex_rows.append({
            "name": str(info.get("name", "")), "version": str(info.get("version", "")),
            "entries": info.get("entries", ""), "sha256": str(info.get("sha256", "")),
            "licence": str(info.get("licence", "")), "citation": str(info.get("citation", "")),
        })
    for name in sorted(set(lexicon_names_seen) - known):
        lex_rows.append({"name": name, "version": "unknown", "entries": "", "sha256": "not available",
                         "licence": "", "citation": ""})
    return {
        "version": __version__,
        "generated": _generated_date(),
        "lexicons": lex_rows,
        "model": _model_card(),
        "models_seen": sorted(set(model_names_seen)),
        "scorers": list(scorers),
        "parameters": [(str(k), str(v)) for k, v in parameters.items()],
        "n_docs": n_docs,
        "n_failed": n_failed,
        "failed": list(failed),
        "n_words": n_words,
        "coverage": coverage,
        "command": command,
    }
