"""Scraped boilerplate, the headline and the dateline of an article, found without
touching its text.

Text scraped from news pages carries page furniture between the paragraphs of the story:
the headline repeated as the first body line, "See also" blocks with a photo credit and
the headline of a related story, promo boxes, "Read more" links, share buttons, captions,
an outlet's standing editor's note.
Their sentences look like statements ("Putin: Russia will find terrorists ...") but are not
part of the story. :func:`mark_boilerplate` finds them from layout and wording cues and
returns the article with ``excluded`` regions (span + reason), so the extractor drops any
attribution inside them and a user can see what was dropped and why. It also sets
``headline`` (the title line; its attributions are marked as headline ones) and
``dateline`` ("MOSCOW, November 19." -> place and ISO date).

The cue phrases live in ``data/boilerplate.txt``; the layout rules are general:
related-story blocks are runs of short lines without a final full stop after a cue line,
and a photo credit is followed by the caption or teaser it belongs to.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import read_lines
from .model import Article, Dateline, ExcludedRegion, TextSpan
from .settings import DEFAULT_OPTIONS, Options

#: reasons of the excluded regions, one per kind of boilerplate
REASONS = {
    "repeated": "repeated headline",
    "see-also": "see-also block",
    "related": "related headline",
    "credit": "photo credit",
    "promo": "promo box",
    "read-more": "read-more line",
    "share": "share line",
    "caption": "caption",
    "copyright": "copyright line",
    "note": "editor's note",
}

#: short-line limits: a cue only marks a line this short (a body paragraph is never a cue)
MAX_CUE_CHARS = 300
MAX_SHARE_CHARS = 160
#: a headline-like line has at most this many words and characters
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250
#: lines of related headlines (and credits) after one "See also" cue
MAX_BLOCK_LINES = 6
#: short lines after a promo cue that belong to the box
PROMO_LINES = 2

_CLOSERS = "\"'”’»)]›"
_TRAILING_CUE_CHARS = " :»›>…-–—|"
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?", re.UNICODE)

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RE = "(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
# Wire datelines: "MOSCOW, November 19.", "WASHINGTON (AP) —", "NEW YORK —",
# "LONDON, Nov 19 (Reuters) -", "BEIRUT, Lebanon (AP) —", "MOSCOW, November 19. /TASS/."
_AGENCY = r"""(?:[ ]?\((?P<agency{n}>[A-Za-z][A-Za-z .&/-]{{0,30}})\)|[ ]?/[A-Z][A-Za-z-]{{1,15}}/)?"""
# Wire datelines: "MOSCOW, November 19.", "WASHINGTON (AP) —", "NEW YORK —",
# "LONDON, Nov 19 (Reuters) -", "BEIRUT, Lebanon (AP) —", "MOSCOW, November 19. /TASS/.".
# Without a date only a dash ends a dateline: "U.S. officials said" and "UPDATE:" are not.
_DATELINE = re.compile(
    r"""(?P<place>[A-Z][A-Za-z.'’\-]*(?:[ ][A-Z][A-Za-z.'’\-]*){0,3}
          (?:,[ ](?!(?:"""
    + _MONTH_RE
    + r""")\b)[A-Z][A-Za-z.'’\-]*(?:[ ][A-Z][A-Za-z.'’\-]*){0,2})?)
        (?:,?[ ](?P<month>"""
    + _MONTH_RE
    + r""")\.?[ ](?P<day>\d{1,2})(?:,?[ ](?P<year>\d{4}))?"""
    + _AGENCY.format(n=1)
    + r"""[ ]?(?:[.:]|[ ]?[—–-]{1,2})
        |"""
    + _AGENCY.format(n=2)
    + r"""[ ]?[ ]?[—–-]{1,2})
        (?:[ ]?/[A-Z][A-Za-z-]{1,15}/\.?)?
        (?=\s)""",
    re.VERBOSE,
)
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+,?")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_ISO_MONTH = re.compile(r"^\d{4}-(\d{2})")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line of the text: offsets of its content without surrounding spaces."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Cues:
    """The boilerplate cue phrases of ``data/boilerplate.txt`` by kind and match type."""

    line: dict[str, str]  # normalised whole line -> kind
    prefix: tuple[tuple[str, str], ...]  # (phrase, kind), longest first
    contains: tuple[tuple[str, str], ...]
    suffix: tuple[tuple[str, str], ...]
    share_words: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The packaged cue lists, loaded once per process."""
    line: dict[str, str] = {}
    prefix, contains, suffix = [], [], []
    share_words = set()
    for row in read_lines("boilerplate.txt"):
        if len(row) < 3:
            continue
        kind, match, phrase = row[0], row[1], row[2].casefold()
        if kind == "share-word":
            share_words.add(phrase)
        elif match == "line":
            line.setdefault(phrase, kind)
        elif match == "prefix":
            prefix.append((phrase, kind))
        elif match == "contains":
            contains.append((phrase, kind))
        elif match == "suffix":
            suffix.append((phrase, kind))
    by_length = lambda pairs: tuple(sorted(pairs, key=lambda p: -len(p[0])))  # noqa: E731
    return Cues(line, by_length(prefix), by_length(contains), by_length(suffix), frozenset(share_words))


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their offsets."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(start, start + len(stripped), stripped))
    return lines


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _norm_title(text: str) -> str:
    return _norm(text).rstrip(" .")


def cue_kind(text: str) -> str | None:
    """The kind of boilerplate a line's wording marks ("see-also", "credit", ...), or None."""
    c = cues()
    low = _norm(text)
    whole = low.rstrip(_TRAILING_CUE_CHARS)
    if whole in c.line:
        return c.line[whole]
    if len(low) > MAX_CUE_CHARS:
        return None
    for phrase, kind in c.prefix:
        if low.startswith(phrase) and (
            len(low) == len(phrase) or not phrase[-1].isalnum() or not low[len(phrase)].isalnum()
        ):
            if kind == "share" and len(low) > MAX_SHARE_CHARS:
                continue
            return kind
    for phrase, kind in c.contains:
        if phrase in low:
            return kind
    for phrase, kind in c.suffix:
        if whole.endswith(phrase):
            return kind
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", low)]
    if len(words) >= 2 and len(low) <= MAX_SHARE_CHARS and all(w in c.share_words for w in words):
        return "share"
    return None


def headline_like(text: str) -> bool:
    """A short line without a final full stop: a title, subtitle, teaser or link text."""
    if len(text) > MAX_HEADLINE_CHARS:
        return False
    words = text.split()
    if not 1 <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    return not core.endswith((".", "!", ",", ";", ":"))


def _title_case(text: str) -> bool:
    """Most longer words capitalised, as in "Wash Post Fact-Check: If Obama Says It"."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _find_headline(lines: list[Line], article: Article) -> int | None:
    """The index of the headline line, or None when the text does not start with one."""
    if len(lines) < 2:
        return None
    first = lines[0]
    if article.title and _norm_title(first.text) == _norm_title(article.title):
        return 0
    if len(first.text) > MAX_HEADLINE_CHARS or len(first.text.split()) > MAX_HEADLINE_WORDS:
        return None
    second = lines[1].text
    if (
        _norm_title(second) == _norm_title(first.text)
        or _DATELINE.match(second) is not None
        or headline_like(first.text)
        or (_title_case(first.text) and first.text.count(". ") == 0)
    ):
        return 0
    return None


def _year_for(month: int, article_date: str | None) -> int | None:
    """The year of a dateline's month, taken from the article's date when it has one."""
    if not article_date:
        return None
    year_match = _YEAR.search(article_date)
    if year_match is None:
        return None
    year = int(year_match.group(1))
    month_match = _ISO_MONTH.match(article_date)
    if month_match and int(month_match.group(1)) == 1 and month == 12:
        year -= 1  # a story filed on 31 December, published in January
    return year


def parse_dateline(line: Line, text: str, article_date: str | None) -> Dateline | None:
    """The dateline at the start of a line ("MOSCOW, November 19."), or None."""
    match = _DATELINE.match(line.text)
    if match is None:
        return None
    place = match.group("place")
    letters = [ch for ch in place if ch.isalpha()]
    first_part = place.split(",")[0]
    # A place is written in capitals ("MOSCOW", "NEW YORK"), or followed by a date.
    if not (first_part.upper() == first_part and len(letters) >= 2) and not match.group("month"):
        return None
    # "NEW YORK" -> "New York", "BEIRUT, Lebanon" -> "Beirut, Lebanon"; "D.C." stays
    place = " ".join(
        w.capitalize() if w.upper() == w and not _ABBREVIATION.fullmatch(w) else w for w in place.split(" ")
    )
    date = None
    if match.group("month"):
        month = _MONTHS[match.group("month").casefold().rstrip(".")]
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else _year_for(month, article_date)
        try:
            _dt.date(year or 2000, month, day)  # 2000: a leap year, so 29 February passes
        except ValueError:
            date = None
        else:
            date = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    end = line.start + match.end()
    return Dateline(TextSpan.of(text, line.start, end), place=place, date=date)


def mark_boilerplate(article: Article, options: Options | None = None) -> Article:
    """The article with its boilerplate ``excluded``, its ``headline`` and ``dateline`` set.

    The text is never changed; regions already in ``article.excluded`` are kept. When the
    article has no title and its headline is found, the headline becomes its title.
    ``options`` is accepted for symmetry with the other stages (the extractor only calls
    this when ``options.exclude_boilerplate`` is true).
    """
    del options  # every rule is on when this runs; see Options.exclude_boilerplate
    text = article.text
    lines = split_lines(text)
    marks: dict[int, str] = {}  # line index -> reason key

    head = _find_headline(lines, article)
    body_from = 0
    if head is not None:
        body_from = head + 1
        for k in range(head + 1, min(head + 3, len(lines))):
            if _norm_title(lines[k].text) == _norm_title(lines[head].text):
                marks[k] = "repeated"
                body_from = k + 1

    dateline = None
    for k in range(body_from, min(body_from + 2, len(lines))):
        dateline = parse_dateline(lines[k], text, article.date)
        if dateline is not None:
            break

    k = body_from
    while k < len(lines):
        kind = cue_kind(lines[k].text)
        if kind == "see-also":
            marks[k] = "see-also"
            k = _mark_block(lines, k + 1, marks)
            continue
        if kind == "promo":
            marks[k] = "promo"
            j = k + 1
            while j < len(lines) and j <= k + PROMO_LINES and headline_like(lines[j].text) and cue_kind(lines[j].text) is None:
                marks[j] = "promo"
                j += 1
            k = j
            continue
        if kind == "note":
            k = _mark_note(text, lines, k, marks)
            continue
        if kind == "credit":
            marks[k] = "credit"
            # the caption or teaser headline a credit sits on
            if k + 1 < len(lines) and headline_like(lines[k + 1].text) and cue_kind(lines[k + 1].text) is None:
                marks[k + 1] = "caption"
                k += 1
        elif kind is not None:
            marks[k] = kind
        k += 1

    regions = {(e.span.start_char, e.span.end_char, e.reason): e for e in article.excluded}
    for index, key in marks.items():
        line = lines[index]
        region = ExcludedRegion(TextSpan.of(text, line.start, line.end), REASONS[key])
        regions.setdefault((line.start, line.end, region.reason), region)
    excluded = tuple(regions[key] for key in sorted(regions))
    headline = TextSpan.of(text, lines[head].start, lines[head].end) if head is not None else None
    title = article.title or (headline.text if headline is not None else None)
    return article.with_(excluded=excluded, headline=headline, dateline=dateline, title=title)


def _mark_note(text: str, lines: list[Line], k: int, marks: dict[int, str]) -> int:
    """Mark the short paragraph of an editor's note that starts at line ``k`` (its lines may
    be wrapped); returns the index of the first line after it. A longer note (a correction
    that restates what the story got wrong) is story text and is not marked."""
    j = k + 1
    while j < len(lines) and text.count("\n", lines[j - 1].end, lines[j].start) < 2:
        j += 1
    if lines[j - 1].end - lines[k].start <= MAX_CUE_CHARS:
        for index in range(k, j):
            marks[index] = "note"
    return j


def _mark_block(lines: list[Line], k: int, marks: dict[int, str]) -> int:
    """Mark the credits and related headlines of a "See also" block from line ``k``;
    returns the index of the first line after the block."""
    headlines = 0
    taken = 0
    while k < len(lines) and taken < MAX_BLOCK_LINES:
        text = lines[k].text
        kind = cue_kind(text)
        if kind in ("credit", "caption"):
            marks[k] = "credit" if kind == "credit" else "caption"
        elif kind is None and headline_like(text):
            marks[k] = "related"
            headlines += 1
        else:
            break
        taken += 1
        k += 1
    return k


__all__ = [
    "REASONS",
    "Cues",
    "Line",
    "cue_kind",
    "cues",
    "headline_like",
    "mark_boilerplate",
    "parse_dateline",
    "split_lines",
]
