"""An article as HTML-ready segments: statements highlighted, cues and sources marked.

The page never builds HTML from article text: the text is cut at every span boundary
into plain-text segments, each with the CSS classes of the spans that cover it, and the
template prints each segment through Jinja2's autoescaping. Whatever an article contains
(``<script>`` included) is shown as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..model import Article

#: number of speaker colours in the stylesheet (classes spk-0 … spk-7)
PALETTE_SIZE = 8


@dataclass(slots=True)
class Segment:
    """A stretch of the text and what covers it."""

    text: str
    start: int
    end: int
    classes: list[str] = field(default_factory=list)
    statements: list[int] = field(default_factory=list)  # indexes into the statement list
    title: str = ""


@dataclass(slots=True)
class StatementView:
    """One statement of the side list, with its speaker colour and links."""

    index: int
    original: int  # position in Article.attributions
    kind: str
    content: str
    cue: str | None
    source: str | None
    speaker: str | None
    speaker_key: str | None  # what picks the colour: corpus speaker id or article speaker id
    colour: int | None
    start_char: int
    end_char: int
    headline: bool = False
    statement_id: int | None = None
    speaker_id: int | None = None
    cluster_id: int | None = None
    cluster_size: int | None = None
    cluster_outlets: int | None = None


def statement_views(article: Article, stored: Sequence[Any] | None = None) -> list[StatementView]:
    """The statements of an article in text order; ``stored`` rows add corpus ids and clusters.

    Colours go to speakers in order of first appearance, so a page uses the first colours
    of the palette and one speaker keeps one colour on the page.
    """
    by_idx = {int(row["idx"]): row for row in stored} if stored is not None else {}
    colours: dict[str, int] = {}
    views: list[StatementView] = []
    order = sorted(range(len(article.attributions)), key=lambda i: (article.attributions[i].start_char, i))
    for i in order:
        a = article.attributions[i]
        row = by_idx.get(i)
        speaker = article.speaker(a.speaker)
        name = (row["speaker_name"] if row is not None and row["speaker_name"] else None) or (
            speaker.name if speaker else (a.source.text if a.source else None))
        if row is not None and row["speaker_id"] is not None:
            key: str | None = f"c{row['speaker_id']}"
        elif a.speaker:
            key = f"a{a.speaker}"
        elif a.source is not None:
            key = f"s{a.source.text.lower()}"
        else:
            key = None
        colour = None
        if key is not None:
            colour = colours.setdefault(key, len(colours) % PALETTE_SIZE)
        views.append(StatementView(
            index=len(views), original=i, kind=str(a.kind), content=a.content_text,
            cue=a.cue.text if a.cue else None, source=a.source.text if a.source else None,
            speaker=name, speaker_key=key, colour=colour, start_char=a.start_char, end_char=a.end_char,
            headline=a.headline,
            statement_id=int(row["id"]) if row is not None else None,
            speaker_id=row["speaker_id"] if row is not None else None,
            cluster_id=row["cluster_id"] if row is not None else None,
            cluster_size=row["cluster_size"] if row is not None else None,
            cluster_outlets=row["cluster_outlets"] if row is not None else None,
        ))
    return views


def segments(article: Article, views: Sequence[StatementView]) -> list[Segment]:
    """Cut ``article.text`` into segments at every span boundary, classed for the stylesheet.

    Classes: ``st spk-N`` statement content (colour N), ``cue`` the reporting cue
    (underlined), ``src`` the source words, ``ex`` an excluded region (greyed), ``hl`` the
    headline.
    """
    text = article.text
    spans: list[tuple[int, int, str, int | None]] = []  # start, end, role, view index
    view_of = {}
    for view in views:
        view_of[view.index] = view
    for view in views:
        a = article.attributions[view.original]
        for span in a.content:
            spans.append((span.start_char, span.end_char, "content", view.index))
        if a.cue is not None:
            spans.append((a.cue.start_char, a.cue.end_char, "cue", view.index))
        if a.source is not None:
            spans.append((a.source.start_char, a.source.end_char, "src", view.index))
    for region in article.excluded:
        spans.append((region.span.start_char, region.span.end_char, "ex", None))
    if article.headline is not None:
        spans.append((article.headline.start_char, article.headline.end_char, "hl", None))
    cuts = {0, len(text)}
    for start, end, _, _ in spans:
        if 0 <= start <= end <= len(text):
            cuts.update((start, end))
    points = sorted(cuts)
    out: list[Segment] = []
    for start, end in zip(points, points[1:]):
        if start == end:
            continue
        covering = [s for s in spans if s[0] <= start and end <= s[1]]
        segment = Segment(text=text[start:end], start=start, end=end)
        roles = {s[2] for s in covering}
        owners = sorted({s[3] for s in covering if s[3] is not None})
        if "ex" in roles:
            segment.classes.append("ex")
            segment.title = "excluded: " + "; ".join(
                r.reason for r in article.excluded if r.span.start_char <= start and end <= r.span.end_char)
        if "hl" in roles:
            segment.classes.append("hl")
        if owners:
            first = view_of[owners[0]]
            if "content" in roles:
                segment.classes.append("st")
            if "cue" in roles:
                segment.classes.append("cue")
            if "src" in roles:
                segment.classes.append("src")
            if first.colour is not None:
                segment.classes.append(f"spk-{first.colour}")
            segment.statements = owners
            if not segment.title and first.speaker:
                segment.title = f"{first.speaker} ({first.kind})"
        out.append(segment)
    return out


__all__ = ["PALETTE_SIZE", "Segment", "StatementView", "segments", "statement_views"]
