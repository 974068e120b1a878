"""Confidences that mean something: the share of attributions like this one that were right.

Each rule-made attribution's confidence is the precision, on PolNeAR dev, of the rule that
made it, with or without a source span (``data/confidence.json``); the learned model's
additions get the precision of their band of raw model scores (``confidence_bins`` in the
model's ``config.json``, applied in :func:`quotewire.learned.combine`). "Right" is the shared
scorer's headline criterion: the content overlaps a gold one with token F1 ≥ 0.5 and the
sources agree. Both tables are written by ``training/calibrate_confidence.py``; counts are
smoothed towards the precision of all rule attributions, so a rare rule does not claim 1.0.

``min_confidence`` (settings, ``--min-confidence``) is therefore a precision knob: 0.8 keeps
the kinds of statements that were right at least four times in five on dev.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from .model import Attribution

#: file under ``quotewire/data`` with the rules' dev precision
TABLE = "confidence.json"


@lru_cache(maxsize=1)
def rule_table() -> dict[str, Any]:
    """``{"rules": {method: {"sourced": p, "unsourced": p}}, "default": p, ...}`` (empty when absent)."""
    path = resources.files("quotewire").joinpath("data", TABLE)
    if not path.is_file():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def rule_confidence(attribution: Attribution) -> float | None:
    """The dev precision of attributions made like ``attribution`` by the rules, or None if unknown."""
    table = rule_table()
    if not table or not attribution.method.startswith("rules"):
        return None
    row = table["rules"].get(attribution.method)
    key = "sourced" if attribution.source is not None else "unsourced"
    if row is None or key not in row:
        return float(table["default"][key])
    return float(row[key])


def calibrate(attributions: Sequence[Attribution]) -> list[Attribution]:
    """``attributions`` with each rule-made one's confidence set to its dev precision."""
    out = []
    for attribution in attributions:
        confidence = rule_confidence(attribution)
        out.append(attribution if confidence is None else replace(attribution, confidence=confidence))
    return out


def band_confidence(score: float, bins: Sequence[Sequence[float]]) -> float:
    """The precision of the band ``[lower, …)`` of ``bins`` (rows ``[lower, precision]``, ascending) holding ``score``."""
    confidence = score
    for lower, precision in bins:
        if score >= lower:
            confidence = precision
    return float(confidence)


__all__ = ["band_confidence", "calibrate", "rule_confidence", "rule_table"]
