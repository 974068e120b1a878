"""PolNeAR brat standoff, read as ``../shared/eval/score.py`` reads it: the first annotator's
file of each article and the segments of each role its attribution events use.

Shared by ``prepare.py`` (the MiniLM tagger's data) and ``crf_baseline.py``.
"""

from __future__ import annotations

from pathlib import Path

from quotewire.evaluate import parse_standoff

ROLES = ("Source", "Cue", "Content")


def first_ann(folder: Path, name: str) -> Path | None:
    """The first annotator's .ann file of article ``name`` (sorted order, as the scorer)."""
    files = sorted((folder / "attributions").glob(f"{name}_*.ann"))
    return files[0] if files else None


def read_spans(ann: Path) -> dict[str, list[tuple[int, int]]]:
    """Segments of each role used by an attribution event of ``ann`` (read by
    ``quotewire.evaluate.parse_standoff``, the package's reading of the scorer's format)."""
    attributions = parse_standoff(ann.read_text(encoding="utf-8", errors="replace"))[0]
    return {role: sorted({seg for a in attributions for seg in a.roles[role]}) for role in ROLES}
