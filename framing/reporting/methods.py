"""The methods appendix of a report: version, lexicons with versions and hashes, model card, how far to trust each
measure, parameters."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from framing.exceptions import FramingError

__all__ = ["methods_data"]



def _generated_date() -> str:
    """The report's one time-dependent field (UTC date); ``SOURCE_DATE_EPOCH`` fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).strftime("%Y-%m-%d")
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


def _model_card(model: Any = None, manifest: Any = None, *, metrics_in_pdf: bool = False) -> dict[str, Any] | None:
    """The model card summary stored in the model's manifest (``model.summary``), shaped for the appendix.

    ``model`` is the loaded model the ``ml`` scorers used (None: the shipped default model, when installed);
    ``manifest`` is its ``manifest.json`` (a path or resource), whose sha256 the appendix shows when known.
    ``metrics_in_pdf``: the compact (PDF) edition keeps the card's headline metrics too (a model of the user's own,
    whose figures the "how far to trust" list, made for the default model, does not give).
    """
    try:
        if model is None:
            if importlib.util.find_spec("framing.models") is None:
                return None
            from importlib import resources

            from framing.ml.persist import default_model

            manifest = resources.files("framing.models").joinpath("default").joinpath("manifest.json")
            if not manifest.is_file():
                return None
            model = default_model()
        manifest_sha = (hashlib.sha256(manifest.read_bytes()).hexdigest()
                        if manifest is not None and manifest.is_file() else "")
    except (ImportError, OSError, ValueError, FramingError):
        return None
    s = getattr(model, "summary", None) or {}
    if not s:
        return {"title": f"Model {getattr(model, 'name', '')}".strip(),
                "summary": "Its manifest has no card summary (saved by an older framing; "
                           "framing.ml.card.refresh_summary adds it).",
                "bullets": [], "manifest_sha256": manifest_sha, "pdf_bullets": []}
    bullets = []
    if s.get("metrics"):
        bullets.append("Headline metrics [95% CI]: " + "; ".join(
            f"{x['label']} {x['value']:.3f}" + (f" [{x['ci'][0]:.3f}, {x['ci'][1]:.3f}]" if x.get("ci") else "")
            for x in s["metrics"]) + ".")
    th = s.get("thresholds") or {}
    if th:
        bullets.append("Tagger thresholds: " + ", ".join(f"{k} {v:.3f}" for k, v in th.items()) + ".")
    if s.get("training_data"):
        bullets.append("Training data: " + "; ".join(s["training_data"]) + ".")
    bullets += [f"Licence: {x}" for x in s.get("licences", ())]
    if s.get("intended_use"):
        bullets.append(f"Intended use: {s['intended_use']}")
    bullets += [f"Limit: {x}" for x in s.get("limits", ())]
    lead = ", ".join(s.get("components", ())) or "no components"
    more = []  # left out of the compact (PDF) edition: the lexicons are listed above it, versions in the HTML
    if s.get("lexicons"):
        more.append("trained with the lexicons " + ", ".join(s["lexicons"]))
    if s.get("versions"):
        more.append("versions " + ", ".join(f"{k} {v}" for k, v in s["versions"].items()))
    return {"title": _plain(str(s.get("title") or f"Model {s.get('name', '')}")),
            "summary": _plain("; ".join([lead, *more]) + "."), "lead": _plain(lead),
            "more": _plain("; ".join(more)),
            "bullets": [_plain(b) for b in bullets], "manifest_sha256": manifest_sha,
            # the compact (PDF) edition keeps the limits (its "How far to trust these measures" list gives the
            # default model's figures measured on news) and, for another model, its headline metrics; the HTML
            # shows every bullet
            "pdf_bullets": [i for i, b in enumerate(bullets)
                            if b.startswith("Limit: ") or (metrics_in_pdf and b.startswith("Headline metrics"))]}


_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _plain(md: str) -> str:
    """Inline markup of the card's text removed (code ticks, bold, links), for the appendix's plain text."""
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
    model: Any = None,
    model_manifest: Any = None,
) -> dict[str, Any]:
    """The methods appendix: version, lexicons with versions and hashes, model card, parameters, counts.

    ``model`` is the model the ``ml`` scorers used (default: the shipped one); its card summary comes from its
    manifest (``model_manifest``: the manifest file, for its sha256).
    """
    from framing import __version__
    from framing.reporting.validity import load_validity

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
        "model": _model_card(model, model_manifest, metrics_in_pdf=model_manifest is not None),
        "models_seen": sorted(set(model_names_seen)),
        "scorers": list(scorers),
        "parameters": [(str(k), str(v)) for k, v in parameters.items()],
        "n_docs": n_docs,
        "n_failed": n_failed,
        "failed": list(failed),
        "n_words": n_words,
        "coverage": coverage,
        "command": command,
        "validity": [{"measure": r.measure, "figure": r.figure, "measured_on": r.measured_on}
                     for r in load_validity()],
        "validity_caveat": _validity_caveat(lex_rows, own_model=model_manifest is not None),
    }


def _validity_caveat(lex_rows: Sequence[Mapping[str, Any]], *, own_model: bool) -> str:
    """What the report used that the "how far to trust" figures (of the shipped lexicons and default model) do not
    cover: other lexicons (names or contents other than the shipped ones) or a model of the user's own."""
    from framing.lexicon import builtin_lexicons

    other = []
    if lex_rows and {(r["name"], r["sha256"]) for r in lex_rows} != {(lx.name, lx.sha256)
                                                                      for lx in builtin_lexicons()}:
        other.append("lexicons other than the shipped ones")
    if own_model:
        other.append("a model other than the default one")
    if not other:
        return ""
    return f"This report used {' and '.join(other)}: these figures do not describe them."
