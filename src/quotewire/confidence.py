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


def monotone(values: Sequence[float], weights: Sequence[float]) -> list[float]:
    """The non-decreasing sequence nearest ``values`` in weighted least squares (pool adjacent violators).

    Bands of model scores measured on a small dev set come out noisy: a higher band may
    measure below a lower one. Pooling such neighbours, weighted by their counts, keeps the
    promise that a higher model score never means a lower confidence."""
    blocks: list[list[float]] = []  # [mean, weight, how many values]
    for value, weight in zip(values, weights):
        blocks.append([float(value), float(weight), 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            (m1, w1, n1), (m2, w2, n2) = blocks[-2], blocks.pop()
            total = w1 + w2
            blocks[-1] = [(m1 * w1 + m2 * w2) / total if total else (m1 + m2) / 2, total, n1 + n2]
    return [mean for mean, _, count in blocks for _ in range(int(count))]


__all__ = ["band_confidence", "calibrate", "monotone", "rule_confidence", "rule_table"]
