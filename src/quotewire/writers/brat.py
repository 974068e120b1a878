"""brat standoff: the ``.ann`` format PolNeAR uses and ``../shared/eval/score.py`` reads.

One attribution becomes up to three T lines (Source, Cue, Content; a discontinuous content
is written ``a b;c d``), an E line tying them together, and an AnnotatorNotes line naming
the canonical speaker::

    T1	Source 0 6	Lavrov
    T2	Cue 7 11	said
    T3	Content 13 40	the threat is real
    E1	Attribution:T2 Source:T1 Cue:T2 Content:T3
    #1	AnnotatorNotes T1	speaker: Sergey Lavrov

brat's T lines cannot hold a newline, so a span's text is written with line breaks as
spaces (the scorer compares white-space-normalised text); the offsets are exact.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import FormatError
from ..model import Article, Attribution, Kind, TextSpan


def _fragment(spans: tuple[TextSpan, ...] | list[TextSpan]) -> tuple[str, str]:
    offsets = ";".join(f"{s.start_char} {s.end_char}" for s in spans)
    text = " ".join(s.text for s in spans)
    return offsets, " ".join(text.split()) if ("\n" in text or "\t" in text or "\r" in text) else text


def write_ann(article: Article) -> str:
    """The brat ``.ann`` text of an extracted article."""
    lines: list[str] = []
    t = 0
    note = 0
    for e, attribution in enumerate(article.attributions, start=1):
        args = []
        cue_id = source_id = None
        if attribution.cue is not None:
            t += 1
            cue_id = f"T{t}"
            offsets, text = _fragment([attribution.cue])
            lines.append(f"{cue_id}\tCue {offsets}\t{text}")
        if attribution.source is not None:
            t += 1
            source_id = f"T{t}"
            offsets, text = _fragment([attribution.source])
            lines.append(f"{source_id}\tSource {offsets}\t{text}")
        t += 1
        content_id = f"T{t}"
        offsets, text = _fragment(attribution.content)
        lines.append(f"{content_id}\tContent {offsets}\t{text}")
        trigger = cue_id or content_id
        args.append(f"Attribution:{trigger}")
        if source_id:
            args.append(f"Source:{source_id}")
        if cue_id:
            args.append(f"Cue:{cue_id}")
        args.append(f"Content:{content_id}")
        lines.append(f"E{e}\t{' '.join(args)}")
        speaker = article.speaker(attribution.speaker)
        if speaker is not None:
            note += 1
            lines.append(f"#{note}\tAnnotatorNotes {source_id or cue_id or content_id}\tspeaker: {speaker.name}")
    return "\n".join(lines) + ("\n" if lines else "")


def write_ann_file(article: Article, folder: str | Path, name: str | None = None) -> Path:
    """Write ``NAME.ann`` (NAME defaults to the article id) into ``folder``; returns its path."""
    path = Path(folder) / f"{name or article.id}.ann"
    path.write_text(write_ann(article), encoding="utf-8")
    return path


_T = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t(.*)$")
_E = re.compile(r"^(E\d+)\t(.*)$")
_NOTE = re.compile(r"^#\d+\tAnnotatorNotes (T\d+)\tspeaker:\s*(.*\S)\s*$")


def read_ann(ann: str, text: str, *, source: str = "<ann>") -> list[tuple[Attribution, str | None]]:
    """The attributions of a ``.ann`` over ``text``, each with its speaker note (or None).

    Raises :class:`FormatError` naming the line when a T line's offsets do not fit ``text``.
    """
    spans: dict[str, tuple[str, list[TextSpan]]] = {}
    notes: dict[str, str] = {}
    events: list[list[str]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if m := _T.match(line):
            segments = []
            for part in m.group(3).split(";"):
                try:
                    a, b = (int(x) for x in part.split())
                except ValueError:
                    raise FormatError(f"line {number}: bad offsets {m.group(3)!r}", source=source) from None
                if not 0 <= a <= b <= len(text):
                    raise FormatError(f"line {number}: offsets {a} {b} outside the text", source=source)
                segments.append(TextSpan.of(text, a, b))
            spans[m.group(1)] = (m.group(2), segments)
        elif m := _E.match(line):
            events.append(m.group(2).split())
        elif m := _NOTE.match(line):
            notes[m.group(1)] = m.group(2)
    out = []
    for args in events:
        roles: dict[str, list[TextSpan]] = {"Source": [], "Cue": [], "Content": []}
        speaker = None
        for arg in args[1:] if args and args[0].startswith("Attribution") else args:
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role)
            if ref in spans and role in roles:
                roles[role].extend(spans[ref][1])
                speaker = speaker or notes.get(ref)
        if not roles["Content"]:
            continue
        content = tuple(sorted(roles["Content"]))
        direct = content[0].text.lstrip()[:1] in "\"“”„«»‘'"
        out.append(
            (
                Attribution(
                    cue=roles["Cue"][0] if roles["Cue"] else None,
                    content=content,
                    source=roles["Source"][0] if roles["Source"] else None,
                    kind=Kind.DIRECT if direct else Kind.INDIRECT,
                    method="gold",
                ),
                speaker,
            )
        )
    return out


__all__ = ["read_ann", "write_ann", "write_ann_file"]
