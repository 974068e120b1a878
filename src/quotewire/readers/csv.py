"""CSV/TSV exports of news archives: one article a row, streamed.

The header names the columns; which column is the text, HTML, title, date, outlet, URL or
id comes from ``Options.reader``. The encoding is detected from the start of the file
(UTF-8 with or without BOM, else charset-normalizer's guess) and the delimiter from the
header line (comma, semicolon, tab or pipe; tab for ``.tsv``). A bad row is reported with
the file name and line number and the reading goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import sys
from typing import IO, Callable, Iterator

from ..errors import DecodeError, EmptyInputError, FormatError, QuotewireError
from ..model import Article
from ..settings import DEFAULT_OPTIONS, Options
from .records import record_to_article
from .text import decode_bytes

ErrorCallback = Callable[[str, QuotewireError], None]

_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_BYTES = 65536


def _field_limit() -> None:
    """Lift the csv module's 128 KiB field limit; quotewire checks sizes itself (max_chars)."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _encoding(head: bytes, name: str) -> str:
    """The encoding of a CSV file judged from its first bytes."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut by the sample's end
            return "utf-8"
    return decode_bytes(head, name)[1]


def iter_csv(
    stream: IO[bytes],
    name: str,
    *,
    options: Options | None = None,
    on_error: ErrorCallback,
    delimiter: str | None = None,
) -> Iterator[Article]:
    """The articles of a CSV byte stream, one a row; bad rows go to ``on_error``.

    Raises FormatError for a file without the configured text/HTML column, and
    EmptyInputError for a file with no header.
    """
    options = options or DEFAULT_OPTIONS
    _field_limit()
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    head = buffered.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
    if not head.strip():
        raise EmptyInputError("no header and no rows", source=name)
    encoding = _encoding(head, name)
    text = io.TextIOWrapper(buffered, encoding=encoding, newline="")
    if delimiter is None:
        header_line = head.split(b"\n", 1)[0].decode(encoding, errors="replace")
        delimiter = max(_DELIMITERS, key=header_line.count)
    try:
        yield from _rows(text, name, encoding, delimiter, options, on_error)
    finally:
        text.detach()  # the caller owns and closes the byte stream


def _rows(
    text: io.TextIOWrapper, name: str, encoding: str, delimiter: str, options: Options, on_error: ErrorCallback
) -> Iterator[Article]:
    reader = csv.DictReader(text, delimiter=delimiter)
    try:
        header = reader.fieldnames
    except (csv.Error, UnicodeDecodeError) as exc:
        raise FormatError(f"unreadable CSV header: {exc}", source=name) from exc
    names = options.reader
    if not header or (names.text_field not in header and names.html_field not in header):
        raise FormatError(
            f"no {names.text_field!r} or {names.html_field!r} column (columns: {', '.join(header or [])}); "
            "set the column names with --field text=NAME or [reader] in the configuration",
            source=name,
        )
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            on_error(f"{name}:{line}", DecodeError(f"not {encoding} from here on ({exc.reason}); "
                                                   "the rest of the file is skipped", source=f"{name}:{line}"))
            return
        except csv.Error as exc:
            on_error(f"{name}:{line}", FormatError(f"broken CSV row: {exc}", source=f"{name}:{line}"))
            continue
        source = f"{name}:{line}"
        if None in row:  # more cells than header columns
            on_error(source, FormatError(f"{len(header) + len(row[None])} cells for {len(header)} columns",
                                         source=source))
            continue
        try:
            yield record_to_article({k: v for k, v in row.items() if v is not None}, source, options)
        except QuotewireError as exc:
            on_error(source, exc)


__all__ = ["iter_csv"]
