"""PolNeAR brat standoff, read as ``../shared/eval/score.py`` reads it: the first annotator's
file of each article and the segments of each role its attribution events use.

Shared by ``prepare.py`` (the MiniLM tagger's data) and ``crf_baseline.py``; no dependencies
beyond the standard library.
"""

from __future__ import annotations

import re
from pathlib import Path

ROLES = ("Source", "Cue", "Content")


def first_ann(folder: Path, name: str) -> Path | None:
    """The first annotator's .ann file of article ``name`` (sorted order, as the scorer)."""
    files = sorted((folder / "attributions").glob(f"{name}_*.ann"))
    return files[0] if files else None


def read_spans(ann: Path) -> dict[str, list[tuple[int, int]]]:
    """Segments of each role used by an attribution event of ``ann``."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in ann.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not re.fullmatch(r"[TE]\d+", parts[0]):
            continue
        if line[0] == "T":
            head = parts[1].split(" ", 1)
            if len(head) != 2:
                continue
            try:
                segs = [tuple(int(x) for x in s.split()) for s in head[1].split(";")]
            except ValueError:
                continue
            spans[parts[0]] = (head[0], [(s[0], s[1]) for s in segs if len(s) == 2])
        else:
            events.append(parts[1].split())
    out: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    for args in events:
        for arg in args:
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role)
            if role in out and ref in spans:
                out[role].extend(spans[ref][1])
    return {r: sorted(set(v)) for r, v in out.items()}
