"""JSON Lines archives: one article a line, streamed (a corpus is never held in memory).

Each line is a JSON object with the configured fields (see :mod:`.records`). A bad line
(not JSON, not an object, no text field, empty, undecodable, too large) is reported with
the file name and line number and the reading goes on with the next line.
"""

from __future__ import annotations

import json
from typing import IO, Any, Callable, Iterator

from ..errors import DecodeError, FormatError, InputTooLargeError, QuotewireError
from ..model import Article
from ..settings import DEFAULT_OPTIONS, Options
from .html import HTML_BYTES_PER_CHAR
from .records import record_to_article

ErrorCallback = Callable[[str, QuotewireError], None]


def iter_jsonl(
    stream: IO[bytes], name: str, *, options: Options | None = None, on_error: ErrorCallback
) -> Iterator[Article]:
    """The articles of a JSONL byte stream, one a line; bad lines go to ``on_error``.

    ``name`` labels the input; errors are named ``name:LINE``. A JSON array file (one
    ``[...]`` document) is read too, whole.
    """
    options = options or DEFAULT_OPTIONS
    limit = options.max_chars * HTML_BYTES_PER_CHAR
    first = True
    for lineno, raw in enumerate(stream, 1):
        source = f"{name}:{lineno}"
        if first and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if first and raw.lstrip().startswith(b"["):
            # a JSON array document rather than JSON Lines: read it whole
            yield from _iter_array(raw + stream.read(), name, options, on_error)
            return
        first = False
        if not raw.strip():
            continue
        if len(raw) > limit:
            on_error(source, InputTooLargeError(f"line of {len(raw):,} bytes is over the limit", source=source))
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            on_error(source, DecodeError(f"line is not UTF-8 ({exc.reason} at byte {exc.start})", source=source))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(source, FormatError(f"not valid JSON: {exc.msg} at column {exc.colno}", source=source))
            continue
        yield from _one(record, source, options, on_error)


def _one(record: Any, source: str, options: Options, on_error: ErrorCallback) -> Iterator[Article]:
    if not isinstance(record, dict):
        on_error(source, FormatError(f"expected a JSON object, got {type(record).__name__}", source=source))
        return
    try:
        article = record_to_article(record, source, options)
    except QuotewireError as exc:
        on_error(source, exc)
        return
    yield article


def _iter_array(data: bytes, name: str, options: Options, on_error: ErrorCallback) -> Iterator[Article]:
    try:
        records = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        on_error(name, FormatError(f"not a JSON array of objects nor JSON Lines: {exc}", source=name))
        return
    if not isinstance(records, list):
        records = [records]
    for index, record in enumerate(records):
        yield from _one(record, f"{name}[{index}]", options, on_error)



def iter_json(
    stream: IO[bytes], name: str, *, options: Options | None = None, on_error: ErrorCallback
) -> Iterator[Article]:
    """The articles of one JSON document (an object or an array of objects), read whole."""
    options = options or DEFAULT_OPTIONS
    limit = options.max_chars * HTML_BYTES_PER_CHAR
    data = stream.read(limit + 1)
    if len(data) > limit:
        on_error(name, InputTooLargeError(f"JSON document over {limit:,} bytes; use JSON Lines for corpora",
                                          source=name))
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    yield from _iter_array(data, name, options, on_error)


__all__ = ["iter_json", "iter_jsonl"]
