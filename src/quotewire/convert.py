"""The one place a spaCy ``Doc`` becomes :class:`~quotewire.model.Attribution` records."""

from __future__ import annotations

from spacy.tokens import Doc

from .model import Attribution, Kind, TextSpan
from .pipeline.attributions import EXTENSION, RawAttribution


def _span(text: str, offsets: tuple[int, int] | None, shift: int) -> TextSpan | None:
    if offsets is None or offsets[1] <= offsets[0]:
        return None
    start, end = offsets[0] + shift, offsets[1] + shift
    return TextSpan(start, end, text[start:end])


def to_attribution(raw: RawAttribution, text: str, shift: int = 0) -> Attribution | None:
    """One raw attribution as a record whose spans index ``text`` (``shift`` = doc offset)."""
    content = tuple(s for s in (_span(text, c, shift) for c in raw.content) if s is not None)
    if not content:
        return None
    return Attribution(
        cue=_span(text, raw.cue, shift),
        content=content,
        source=_span(text, raw.source, shift),
        kind=Kind(raw.kind),
        confidence=raw.confidence,
        method=f"rules:{raw.rule}" if raw.rule else "rules",
    )


def doc_to_attributions(doc: Doc, text: str | None = None, shift: int = 0) -> list[Attribution]:
    """The attributions the pipeline left on ``doc``, as records indexing ``text``.

    ``text`` defaults to ``doc.text``; when the doc covers part of a longer text starting at
    character ``shift``, pass the whole text and that shift.
    """
    raws: list[RawAttribution] = doc._.get(EXTENSION) if doc.has_extension(EXTENSION) else []
    full = doc.text if text is None else text
    out = []
    for raw in raws or []:
        record = to_attribution(raw, full, shift)
        if record is not None:
            out.append(record)
    return out


__all__ = ["doc_to_attributions", "to_attribution"]
