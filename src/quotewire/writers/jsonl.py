"""JSON Lines: one ``Article.to_dict()`` per line, read back with ``Article.from_dict``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..errors import FormatError
from ..model import Article


def article_json(article: Article, *, indent: int | None = None) -> str:
    """The JSON text of an article (UTF-8 characters kept as they are)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def write_jsonl(articles: Iterable[Article], out: IO[str]) -> int:
    """Write one line per article to ``out`` as it comes (streaming); returns the count."""
    n = 0
    for article in articles:
        out.write(article_json(article))
        out.write("\n")
        n += 1
    return n


def read_jsonl(path: str | Path) -> Iterator[Article]:
    """Articles written by :func:`write_jsonl` (extracted ones keep their attributions)."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield Article.from_dict(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise FormatError(f"line {number}: not an extracted article ({exc})", source=str(path)) from exc


__all__ = ["article_json", "read_jsonl", "write_jsonl"]
