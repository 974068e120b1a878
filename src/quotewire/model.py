"""The one data model of quotewire, from ingestion to export.

An :class:`Article` holds the untouched text of a news article and, once extracted, its
:class:`Attribution` records. Every span is a :class:`TextSpan` whose ``start_char`` and
``end_char`` are character offsets into ``Article.text`` (spaCy's naming); no stage ever
rewrites the text it reports offsets into.

All records are frozen dataclasses: stages return new records (``dataclasses.replace``)
instead of mutating shared ones, so an article can be handed to threads, processes or
Spark executors safely. ``to_dict``/``from_dict`` give the JSON shape used by every
interface (CLI, HTTP, Spark, the store).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Iterable, Mapping


class Kind(StrEnum):
    """How the content of an attribution is reported."""

    DIRECT = "direct"  # the words are quoted: “We will not,” he said.
    INDIRECT = "indirect"  # reported speech or belief: He said they would not.
    MIXED = "mixed"  # reported speech with a quoted fragment: He said they “would not”.


class SpeakerType(StrEnum):
    """What kind of entity a speaker is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"  # "Western partners", "Democrats", "voters"
    ANONYMOUS = "anonymous"  # "a source", "officials", "a campaign aide"
    DOCUMENT = "document"  # "a poll", "the report", "the resolution"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True, order=True)
class TextSpan:
    """A stretch of ``Article.text``: ``text == article.text[start_char:end_char]``."""

    start_char: int
    end_char: int
    text: str

    def __post_init__(self) -> None:
        if self.start_char < 0 or self.end_char < self.start_char:
            raise ValueError(f"bad span offsets {self.start_char}..{self.end_char}")
        if len(self.text) != self.end_char - self.start_char:
            raise ValueError(
                f"span text {self.text!r} does not fit offsets {self.start_char}..{self.end_char}"
            )

    @property
    def start(self) -> int:
        """Alias of ``start_char``."""
        return self.start_char

    @property
    def end(self) -> int:
        """Alias of ``end_char``."""
        return self.end_char

    @classmethod
    def of(cls, text: str, start_char: int, end_char: int) -> "TextSpan":
        """The span of ``text[start_char:end_char]``."""
        return cls(start_char, end_char, text[start_char:end_char])

    def to_dict(self) -> dict[str, Any]:
        return {"start_char": self.start_char, "end_char": self.end_char, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "TextSpan":
        return cls(int(data["start_char"]), int(data["end_char"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Speaker:
    """A canonical entity of one article: every mention of it and what it is called.

    ``name`` is the fullest name the article gives ("Sergey Lavrov", else "Lavrov");
    ``roles`` are the titles or descriptions the article gives it ("Minister of foreign
    Affairs"); ``mentions`` are all spans that refer to it, pronouns included.
    """

    id: str
    name: str
    type: SpeakerType = SpeakerType.UNKNOWN
    mentions: tuple[TextSpan, ...] = ()
    roles: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": str(self.type),
            "mentions": [m.to_dict() for m in self.mentions],
            "roles": list(self.roles),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Speaker":
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            type=SpeakerType(data.get("type", "unknown")),
            mentions=tuple(TextSpan.from_dict(m) for m in data.get("mentions", ())),
            roles=tuple(data.get("roles", ())),
        )


@dataclass(frozen=True, slots=True)
class Attribution:
    """One statement: who (``source``), the reporting ``cue``, and what (``content``).

    ``content`` has one span, or several when the quote is interrupted by its attribution
    (“A,” he said. “B.” is one attribution with two content spans). ``speaker`` is the id
    of a :class:`Speaker` of the same article, set by speaker resolution.
    """

    cue: TextSpan | None
    content: tuple[TextSpan, ...]
    source: TextSpan | None = None
    kind: Kind = Kind.INDIRECT
    confidence: float = 1.0
    speaker: str | None = None
    headline: bool = False
    method: str = "rules"

    def __post_init__(self) -> None:
        if not self.content:
            raise ValueError("an attribution needs at least one content span")

    @property
    def content_text(self) -> str:
        """The content spans joined with " … " where the quote was interrupted."""
        return " … ".join(span.text for span in self.content)

    @property
    def start_char(self) -> int:
        return min(s.start_char for s in self.spans())

    @property
    def end_char(self) -> int:
        return max(s.end_char for s in self.spans())

    def spans(self) -> tuple[TextSpan, ...]:
        """All spans of the attribution: source, cue and content."""
        out = [s for s in (self.source, self.cue) if s is not None]
        return tuple(out) + self.content

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [s.to_dict() for s in self.content],
            "kind": str(self.kind),
            "confidence": round(self.confidence, 4),
            "speaker": self.speaker,
            "headline": self.headline,
            "method": self.method,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Attribution":
        return cls(
            source=TextSpan.from_dict(data["source"]) if data.get("source") else None,
            cue=TextSpan.from_dict(data["cue"]) if data.get("cue") else None,
            content=tuple(TextSpan.from_dict(s) for s in data["content"]),
            kind=Kind(data.get("kind", "indirect")),
            confidence=float(data.get("confidence", 1.0)),
            speaker=data.get("speaker"),
            headline=bool(data.get("headline", False)),
            method=str(data.get("method", "rules")),
        )


@dataclass(frozen=True, slots=True)
class ExcludedRegion:
    """A stretch of the text kept out of the statements, and why ("see-also block", ...)."""

    span: TextSpan
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ExcludedRegion":
        return cls(TextSpan.from_dict(data["span"]), str(data["reason"]))


@dataclass(frozen=True, slots=True)
class Dateline:
    """"MOSCOW, November 19." — where and when the story was filed."""

    span: TextSpan
    place: str | None = None
    date: str | None = None  # ISO 8601, as precise as the article allows

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "place": self.place, "date": self.date}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Dateline":
        return cls(TextSpan.from_dict(data["span"]), data.get("place"), data.get("date"))


def content_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """A news article: its untouched ``text``, metadata, and what was extracted from it."""

    text: str
    id: str = ""
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    attributions: tuple[Attribution, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    excluded: tuple[ExcludedRegion, ...] = ()
    dateline: Dateline | None = None
    headline: TextSpan | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Article.text must be str, not {type(self.text).__name__}")
        if not self.id:
            object.__setattr__(self, "id", content_id(self.text))

    @property
    def content_hash(self) -> str:
        return content_id(self.text)

    def span(self, start_char: int, end_char: int) -> TextSpan:
        """The :class:`TextSpan` of ``text[start_char:end_char]``."""
        return TextSpan.of(self.text, start_char, end_char)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this id, or None."""
        for speaker in self.speakers:
            if speaker.id == speaker_id:
                return speaker
        return None

    def with_(self, **changes: Any) -> "Article":
        """A copy with some fields changed."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "outlet": self.outlet,
            "url": self.url,
            "author": self.author,
            "meta": dict(self.meta),
            "text": self.text,
            "headline": self.headline.to_dict() if self.headline else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "speakers": [s.to_dict() for s in self.speakers],
            "attributions": [a.to_dict() for a in self.attributions],
            "excluded": [e.to_dict() for e in self.excluded],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Article":
        return cls(
            text=str(data["text"]),
            id=str(data.get("id") or ""),
            title=data.get("title"),
            date=data.get("date"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            author=data.get("author"),
            meta=dict(data.get("meta") or {}),
            headline=TextSpan.from_dict(data["headline"]) if data.get("headline") else None,
            dateline=Dateline.from_dict(data["dateline"]) if data.get("dateline") else None,
            speakers=tuple(Speaker.from_dict(s) for s in data.get("speakers", ())),
            attributions=tuple(Attribution.from_dict(a) for a in data.get("attributions", ())),
            excluded=tuple(ExcludedRegion.from_dict(e) for e in data.get("excluded", ())),
        )


def check_offsets(article: Article) -> list[str]:
    """Problems with the article's spans (each must index ``article.text``); empty if none."""
    problems = []
    spans: Iterable[TextSpan] = [s for a in article.attributions for s in a.spans()]
    spans = [*spans, *(e.span for e in article.excluded), *(m for s in article.speakers for m in s.mentions)]
    for span in spans:
        if article.text[span.start_char : span.end_char] != span.text:
            problems.append(f"span {span.start_char}..{span.end_char} {span.text!r} does not match the text")
    return problems


__all__ = [
    "Article",
    "Attribution",
    "Dateline",
    "ExcludedRegion",
    "Kind",
    "Speaker",
    "SpeakerType",
    "TextSpan",
    "check_offsets",
    "content_id",
]
