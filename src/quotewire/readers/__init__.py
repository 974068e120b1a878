"""Readers: every input a user has (files, folders, gzip, stdin; text, HTML, JSONL, CSV) as
a stream of :class:`~quotewire.model.Article`.

:func:`iter_inputs` is the one entry point the CLI, the corpus runner, the store and the
Spark job call. It walks folders recursively, opens ``.gz`` files transparently, reads
``-`` as standard input, picks the reader by extension or by content (or ``fmt``), and
yields articles one at a time, so a corpus of any size is never held in memory. Every
article has a stable id: the one its record gives, else the hash of its text.

An unreadable item (an empty or binary file, a bad JSONL line, a broken CSV row, a giant
text) is passed to ``on_error(source, error)`` and reading goes on; without ``on_error``
the error is raised.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from pathlib import Path
from typing import IO, Callable, Iterator, Sequence

from ..errors import DecodeError, FormatError, InputError, InputTooLargeError, QuotewireError
from ..model import Article
from ..settings import DEFAULT_OPTIONS, Options
from .csv import iter_csv
from .html import HTML_BYTES_PER_CHAR, html_to_article, read_html
from .jsonl import iter_json, iter_jsonl
from .records import record_to_article
from .text import BYTES_PER_CHAR, decode_bytes, read_text, text_to_article

ErrorCallback = Callable[[str, QuotewireError], None]

#: input formats by file extension (after any ``.gz``)
EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
}
FORMATS: tuple[str, ...] = ("text", "html", "jsonl", "json", "csv", "tsv")

_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<p>", b"<div", b"<meta")


def sniff_format(head: bytes) -> str:
    """The format of an input judged from its first bytes: jsonl, json, html or text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    lowered = start.lower()
    if start.startswith(b"<") and any(mark in lowered for mark in _HTML_MARKS):
        return "html"
    return "text"


def format_of(name: str) -> str | None:
    """The format a file name announces by its extension (``a.jsonl.gz`` -> jsonl), or None."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return EXTENSIONS.get(os.path.splitext(lowered)[1])


def _raise(source: str, error: QuotewireError) -> None:
    raise error


def _read_limited(stream: IO[bytes], limit: int, name: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(f"over {limit:,} bytes (option max_chars)", source=name)
    return data


def iter_stream(
    stream: IO[bytes],
    name: str,
    *,
    options: Options | None = None,
    fmt: str | None = None,
    on_error: ErrorCallback | None = None,
) -> Iterator[Article]:
    """The articles of one open byte stream (a file, a gzip member, standard input).

    ``fmt`` is one of :data:`FORMATS`; None sniffs the content. Errors of the whole stream
    are raised; errors of single records go to ``on_error`` (raised when it is None).
    """
    options = options or DEFAULT_OPTIONS
    report = on_error or _raise
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    if fmt is None or fmt == "auto":
        fmt = sniff_format(buffered.peek(4096)[:4096])  # type: ignore[attr-defined]
    if fmt == "jsonl":
        yield from iter_jsonl(buffered, name, options=options, on_error=report)
    elif fmt == "json":
        yield from iter_json(buffered, name, options=options, on_error=report)
    elif fmt in ("csv", "tsv"):
        yield from iter_csv(buffered, name, options=options, on_error=report,
                            delimiter="\t" if fmt == "tsv" else None)
    elif fmt == "html":
        data = _read_limited(buffered, options.max_chars * HTML_BYTES_PER_CHAR, name)
        yield html_to_article(data, name, options=options)
    elif fmt == "text":
        data = _read_limited(buffered, options.max_chars * BYTES_PER_CHAR + 4, name)
        yield read_text(data, options=options, name=name)
    else:
        raise FormatError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}", source=name)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` with a known extension, recursively, in a stable order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith(".") and format_of(file) is not None:
                yield Path(root) / file


def _iter_file(path: Path, options: Options, fmt: str | None, report: ErrorCallback) -> Iterator[Article]:
    name = str(path)
    fmt = fmt or format_of(path.name)
    opened: IO[bytes]
    if path.name.lower().endswith(".gz"):
        opened = gzip.open(path, "rb")  # type: ignore[assignment]
    else:
        opened = open(path, "rb")
    with opened as stream:
        try:
            yield from iter_stream(stream, name, options=options, fmt=fmt, on_error=report)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise DecodeError(f"broken gzip file: {exc}", source=name) from exc


def iter_inputs(
    paths: Sequence[str | Path],
    *,
    options: Options | None = None,
    fmt: str | None = None,
    on_error: ErrorCallback | None = None,
) -> Iterator[Article]:
    """Stream the articles of files, folders (recursive), ``.gz`` files and ``-`` (stdin).

    The reader is picked by ``fmt`` (one of :data:`FORMATS`), else by extension, else by
    content. Items that cannot be read go to ``on_error(source, error)`` and reading goes
    on; with ``on_error=None`` the first such error is raised. Errors are
    EmptyInputError, DecodeError, InputTooLargeError and FormatError, each naming the
    input (and the line for JSONL/CSV).
    """
    options = options or DEFAULT_OPTIONS
    if fmt is not None and fmt != "auto" and fmt not in FORMATS:
        raise FormatError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    fmt = None if fmt == "auto" else fmt
    report = on_error or _raise
    for item in paths:
        if str(item) == "-":
            sources: Iterator[Path] | None = None
        else:
            path = Path(item)
            if path.is_dir():
                sources = _walk(path)
            elif path.is_file():
                sources = iter([path])
            else:
                report(str(item), InputError("no such file or folder", source=str(item)))
                continue
        if sources is None:
            try:
                yield from iter_stream(sys.stdin.buffer, "<stdin>", options=options, fmt=fmt, on_error=report)
            except InputError as exc:
                report("<stdin>", exc)
            continue
        for file in sources:
            try:
                yield from _iter_file(file, options, fmt, report)
            except InputError as exc:
                report(str(file), exc)
            except OSError as exc:
                report(str(file), InputError(f"cannot be read: {exc.strerror or exc}", source=str(file)))


__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "decode_bytes",
    "format_of",
    "html_to_article",
    "iter_inputs",
    "iter_stream",
    "read_html",
    "read_text",
    "record_to_article",
    "sniff_format",
    "text_to_article",
]
