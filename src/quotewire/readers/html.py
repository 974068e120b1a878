"""HTML pages: the main text and metadata through trafilatura, into an :class:`Article`.

trafilatura drops navigation, footers, comments and other page furniture and finds the
title, date, author, site name and canonical URL. ``Article.text`` is the extracted main
text, one paragraph a line, headed by the page title when the text does not already begin
with it (so headline attributions are found and marked as such); offsets index that text.
Pages too short for trafilatura's main-text heuristics fall back to the plain text of the
document; a page with no text at all is a :class:`~quotewire.errors.FormatError`.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.settings import use_config

from ..errors import FormatError, InputTooLargeError
from ..settings import DEFAULT_OPTIONS, Options
from ..model import Article
from .text import check_text, decode_bytes

#: raw HTML may be this many times larger than the text it carries (markup, scripts)
HTML_BYTES_PER_CHAR = 10

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article")
_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "header", "aside", "form", "template")
_SPACES = re.compile(r"[ \t\u00a0]+")


@lru_cache(maxsize=1)
def _config() -> ConfigParser:
    """trafilatura's configuration with a lower main-text floor (short wire stories count)."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "100")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    # trafilatura's timeout uses SIGALRM, which only works in a main thread; corpus runs
    # bound the work per article themselves.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def decode_html(data: bytes, source: str) -> str:
    """HTML bytes as text: the declared ``<meta charset>`` when it decodes, else detection."""
    match = _CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, source)[0]


def _fallback_text(html: str) -> str:
    """The visible text of a page trafilatura found no main text in, one block a line."""
    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return ""
    for element in root.iter(*_DROP_TAGS):
        element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _starts_with(text: str, title: str) -> bool:
    """Whether the first line of ``text`` is ``title`` (spacing and case aside)."""
    first = text.lstrip().split("\n", 1)[0]
    norm = lambda s: " ".join(s.split()).casefold().rstrip(".")  # noqa: E731
    return norm(first) == norm(title)


def html_to_article(
    html: str | bytes,
    source: str,
    *,
    options: Options | None = None,
    id: str | None = None,
    url: str | None = None,
    meta: Mapping[str, Any] | None = None,
    **fields: Any,
) -> Article:
    """An :class:`Article` of one HTML page: main text plus title, date, author, site, URL.

    ``fields`` (title, date, outlet, url, author) given by the caller, e.g. from a JSONL
    record, win over what the page says. Raises FormatError when the page has no text,
    InputTooLargeError or DecodeError as the text reader does.
    """
    options = options or DEFAULT_OPTIONS
    if isinstance(html, bytes):
        html = decode_html(html, source)
    if len(html) > options.max_chars * HTML_BYTES_PER_CHAR:
        raise InputTooLargeError(
            f"HTML of {len(html):,} characters is over {HTML_BYTES_PER_CHAR} x max_chars", source=source
        )
    if not html.strip():
        check_text(html, source, options)  # raises EmptyInputError
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, config=_config(),
        )
    except Exception as exc:  # noqa: BLE001 - any failure of the parser on hostile markup is a broken page
        raise FormatError(f"broken HTML: {exc}", source=source) from exc
    found: dict[str, Any] = {}
    if doc is not None:
        found = doc if isinstance(doc, dict) else doc.as_dict()
    text = (found.get("text") or "").strip()
    if not text:
        text = _fallback_text(html)
    if not text.strip():
        raise FormatError("HTML page with no readable text (broken or empty markup?)", source=source)
    title = fields.get("title") or found.get("title")
    if title and not _starts_with(text, title):
        text = f"{title}\n\n{text}"
    check_text(text, source, options)
    values = {
        "title": title,
        "date": fields.get("date") or found.get("date"),
        "outlet": fields.get("outlet") or found.get("sitename") or found.get("hostname"),
        "url": url or fields.get("url") or found.get("url"),
        "author": fields.get("author") or found.get("author"),
    }
    extra = {"source": source, "format": "html", **(meta or {})}
    if found.get("description"):
        extra["description"] = found["description"]
    return Article(text=text, id=id or "", meta=extra, title=values["title"] or None,
                   date=values["date"] or None, outlet=values["outlet"] or None,
                   url=values["url"] or None, author=values["author"] or None)


def read_html(
    source: str | Path | bytes, *, options: Options | None = None, name: str | None = None, **fields: Any
) -> Article:
    """Read one HTML page from a file path or raw bytes (see :func:`html_to_article`)."""
    options = options or DEFAULT_OPTIONS
    if isinstance(source, bytes):
        data, label = source, name or "<bytes>"
    else:
        label = name or str(source)
        limit = options.max_chars * HTML_BYTES_PER_CHAR
        with open(source, "rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise InputTooLargeError(f"HTML file over {limit:,} bytes (10 x option max_chars)", source=label)
    return html_to_article(data, label, options=options, **fields)


__all__ = ["decode_html", "html_to_article", "read_html"]
