"""Synthetic extracted articles for tests, benchmarks and demos of the store.

Builds :class:`~quotewire.model.Article` records with attributions and speakers directly
from templates (no spaCy), so tens of thousands can be made in seconds. Speakers are
named with the variants real wire copy uses (transliterations, titles, bare surnames),
and a share of quotes is carried again by other outlets with small edits, so speaker
merging and clustering have work to do. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Iterator

from ..model import Article, Attribution, Kind, Speaker, SpeakerType, TextSpan

#: (name variants, type) of the synthetic speakers
SPEAKERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Sergey Lavrov", "Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov", "Lavrov"), "person"),
    (("Dmitry Peskov", "Dmitriy Peskov", "Kremlin spokesman Dmitry Peskov", "Peskov"), "person"),
    (("Maria Zakharova", "Mariya Zakharova", "Zakharova"), "person"),
    (("John Kerry", "Secretary of State John Kerry", "Kerry"), "person"),
    (("Angela Merkel", "Chancellor Angela Merkel", "Merkel"), "person"),
    (("Vladimir Putin", "President Vladimir Putin", "Putin"), "person"),
    (("Ban Ki-moon", "UN Secretary General Ban Ki-moon"), "person"),
    (("Francois Hollande", "François Hollande", "Hollande"), "person"),
    (("the Kremlin", "Kremlin"), "organisation"),
    (("the State Department", "State Department"), "organisation"),
)
OUTLETS = ("TASS", "RIA Novosti", "Reuters", "AP", "AFP", "BBC", "RT", "Interfax", "Al Jazeera", "DW")
TOPICS = ("Syria", "terrorism", "Ukraine", "sanctions", "the Security Council", "refugees", "oil prices",
          "the Middle East", "NATO", "the ceasefire", "Aleppo", "the peace talks", "Iran", "the G20")
VERBS = ("said", "stressed", "noted", "told reporters", "added", "warned", "stated")
_OPENINGS = ("We will not", "Russia is ready to", "Our partners must", "Nobody wants to", "It is necessary to",
             "We call on everyone to", "There is no alternative but to", "The world cannot")
_ACTIONS = ("discuss", "coordinate efforts on", "find a solution for", "stop ignoring", "work together on",
            "take responsibility for", "return to talks about", "put aside differences over")
_ENDINGS = ("without preconditions", "as soon as possible", "in the coming weeks", "under UN auspices",
            "on the basis of international law", "before it is too late", "in good faith", "together")
_FILLER = ("Talks continued late into the evening.", "The meeting was held behind closed doors.",
           "Officials gave no further details.", "The statement came after a week of consultations.",
           "Reporters were not allowed into the hall.")


class _Builder:
    """Appends text while recording spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _quote(rng: random.Random) -> str:
    return f"{rng.choice(_OPENINGS)} {rng.choice(_ACTIONS)} {rng.choice(TOPICS)} {rng.choice(_ENDINGS)}"


def _vary(quote: str, rng: random.Random) -> str:
    """An outlet's edit of a quote: mostly the same words, one small change."""
    words = quote.split()
    change = rng.random()
    if change < 0.4:
        return quote
    if change < 0.7:
        return quote + " " + rng.choice(("now", "indeed", "again"))
    if change < 0.85 and len(words) > 6:
        return " ".join(words[:-1])
    return quote.replace("We ", "we ", 1) if quote.startswith("We ") else quote


def generate_articles(count: int, *, seed: int = 1, repeat_share: float = 0.3) -> Iterator[Article]:
    """``count`` extracted articles; about ``repeat_share`` of quotes are carried by another outlet."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    carried: list[tuple[int, str]] = []  # (speaker index, quote) seen before
    for n in range(count):
        outlet = OUTLETS[n % len(OUTLETS)]
        day = start + timedelta(days=rng.randrange(730))
        topic = rng.choice(TOPICS)
        b = _Builder()
        title = f"Talks on {topic} continue"
        b.add(title + "\n\n")
        b.add(f"MOSCOW, {day:%B} {day.day}. ")
        speakers: list[Speaker] = []
        attributions: list[tuple[tuple[int, int], tuple[int, int], tuple[int, int], Kind, str]] = []
        for k in range(rng.randint(2, 5)):
            if carried and rng.random() < repeat_share:
                who, base = rng.choice(carried)
                quote = _vary(base, rng)
            else:
                who, quote = rng.randrange(len(SPEAKERS)), _quote(rng)
                if len(carried) < 5000:
                    carried.append((who, quote))
            variants, kind = SPEAKERS[who]
            name = rng.choice(variants)
            local = f"S{who}"
            verb = rng.choice(VERBS)
            if rng.random() < 0.6:
                b.add("“")
                c = b.add(quote)
                b.add(",” ")
                s = b.add(name)
                b.add(" ")
                v = b.add(verb)
                b.add(". ")
                record_kind = Kind.DIRECT
            else:
                s = b.add(name[:1].upper() + name[1:])
                b.add(" ")
                v = b.add(verb)
                b.add(" that ")
                c = b.add(quote[:1].lower() + quote[1:])
                b.add(". ")
                record_kind = Kind.INDIRECT
            if rng.random() < 0.5:
                b.add(rng.choice(_FILLER) + " ")
            attributions.append((c, v, s, record_kind, local))
            if all(sp.id != local for sp in speakers):
                speakers.append(Speaker(id=local, name=name, type=SpeakerType(kind)))
        b.add("\n\nSee also\nMore news on " + topic + "\n")
        text = b.text
        records = tuple(
            Attribution(
                cue=TextSpan.of(text, *v), content=(TextSpan.of(text, *c),), source=TextSpan.of(text, *s),
                kind=k, speaker=local, confidence=0.9,
            )
            for c, v, s, k, local in attributions
        )
        yield Article(
            text=text, id=f"synthetic-{seed}-{n:06d}", title=title, date=day.isoformat(), outlet=outlet,
            url=f"https://example.org/{outlet.lower().replace(' ', '-')}/{n}", attributions=records,
            speakers=tuple(speakers),
        )


__all__ = ["OUTLETS", "SPEAKERS", "TOPICS", "generate_articles"]
