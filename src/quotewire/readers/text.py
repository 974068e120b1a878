"""Plain-text articles: bytes in any common encoding, detected, into an :class:`Article`.

Decoding follows the byte order mark when there is one (UTF-8/16/32), else strict UTF-8,
else the best guess of charset-normalizer (cp1252, latin-1, KOI8-R, ...). Bytes that only
decode into control characters are a binary file, not an article, and raise
:class:`~quotewire.errors.DecodeError`. The decoded text is never altered afterwards (a
UTF-8 BOM is the only thing dropped), so offsets index exactly what a user sees.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Any, Mapping

from charset_normalizer import from_bytes

from ..errors import DecodeError, EmptyInputError, InputTooLargeError
from ..model import Article
from ..settings import DEFAULT_OPTIONS, Options

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: control characters that ordinary text contains
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")

#: share of other control characters above which decoded bytes count as binary
_MAX_CONTROL_SHARE = 0.002

#: worst case bytes per character of the encodings we accept (UTF-32)
BYTES_PER_CHAR = 4


def _looks_binary(text: str) -> bool:
    """True when ``text`` holds NULs or more stray control characters than text does.

    Only C0 controls (and DEL) count: C1 controls (U+0080–U+009F) are what doubly encoded
    text looks like ("BasÃ\x83Â¡ez", mojibake scraped from the web), which is still an
    article to read, while binary data brings C0 bytes with it."""
    if "\x00" in text:
        return True
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ch not in _TEXT_CONTROLS and (ch < "\x20" or ch == "\x7f"))
    return controls > max(2, len(sample) * _MAX_CONTROL_SHARE)


def _western(data: bytes) -> str | None:
    """``data`` as cp1252 (a superset of latin-1) when that reads as Western text.

    Most non-UTF-8 news text is cp1252 or latin-1, and statistical detection often
    mistakes short Western texts for cp1250 or cp775. In Western text only a few letters
    are non-ASCII; a Cyrillic or Greek text read as cp1252 is mostly accented letters,
    so it fails this test and goes to charset-normalizer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text[:100_000] if ch.isalpha()]
    if not letters:
        return None
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    return text if non_ascii <= 0.1 * len(letters) and not _looks_binary(text) else None


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` as text; returns ``(text, encoding)``.

    Raises :class:`DecodeError` naming ``source`` when the bytes are not text in any
    encoding we detect (a binary file, a truncated UTF-16 file).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte order mark but is not {encoding}: {exc.reason}",
                                  source=source) from exc
            if _looks_binary(text):
                raise DecodeError("looks like a binary file, not text", source=source)
            return text, encoding
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _looks_binary(text):
                raise DecodeError("looks like a binary file, not text", source=source)
            return text, "utf-8"
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("not text in any encoding we can detect (a binary file?)", source=source)
    text = str(best)
    if _looks_binary(text):
        raise DecodeError("looks like a binary file, not text", source=source)
    return text, best.encoding


def check_text(text: str, source: str, options: Options) -> None:
    """Raise :class:`EmptyInputError` or :class:`InputTooLargeError` for unusable text."""
    if not text.strip():
        raise EmptyInputError("no text (empty or whitespace only)", source=source)
    if len(text) > options.max_chars:
        raise InputTooLargeError(
            f"{len(text):,} characters is over the limit of {options.max_chars:,} (option max_chars)",
            source=source,
        )


def text_to_article(
    text: str,
    source: str,
    *,
    options: Options | None = None,
    id: str | None = None,
    meta: Mapping[str, Any] | None = None,
    **fields: Any,
) -> Article:
    """An :class:`Article` of already decoded ``text``, checked against the options.

    ``fields`` are Article metadata (title, date, outlet, url, author); ``id`` defaults to
    the content hash of the text.
    """
    options = options or DEFAULT_OPTIONS
    check_text(text, source, options)
    return Article(text=text, id=id or "", meta={"source": source, **(meta or {})},
                   **{k: v for k, v in fields.items() if v is not None})


def read_text(
    source: str | Path | bytes,
    *,
    options: Options | None = None,
    name: str | None = None,
    **fields: Any,
) -> Article:
    """Read one plain-text article from a file path or from raw bytes.

    The encoding is detected; ``name`` labels the input in errors (default: the path).
    Raises EmptyInputError, DecodeError or InputTooLargeError naming the input.
    """
    options = options or DEFAULT_OPTIONS
    if isinstance(source, bytes):
        data, label = source, name or "<bytes>"
    else:
        path = Path(source)
        label = name or str(path)
        limit = options.max_chars * BYTES_PER_CHAR + 4
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise InputTooLargeError(
                f"over {limit:,} bytes, so over the limit of {options.max_chars:,} characters (option max_chars)",
                source=label,
            )
    text, encoding = decode_bytes(data, label)
    return text_to_article(text, label, options=options, meta={"encoding": encoding}, **fields)


__all__ = ["BYTES_PER_CHAR", "check_text", "decode_bytes", "read_text", "text_to_article"]
