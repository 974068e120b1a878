"""The corpus store: articles, statements, speakers and clusters in one SQLite file.

>>> from quotewire.store import Store
>>> with Store.open("corpus.db") as store:          # doctest: +SKIP
...     store.ingest(articles)
...     store.search(SearchQuery(q="terror*", speaker="Lavrov")).hits

Modules: :mod:`.db` (connections, migrations on open), :mod:`.ingest` (idempotent batch
ingest), :mod:`.search` (FTS5 search), :mod:`.speakers` (corpus speakers, merges),
:mod:`.clusters` (the same statement in several outlets), :mod:`.export`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Callable, Iterable

from ..model import Article
from .clusters import cluster_info
from .db import connect, connect_readonly, transaction
from .export import export
from .ingest import IngestStats, ingest, load_article, stored_ids
from .search import SearchQuery, SearchResult, search
from .speakers import merge_speakers, speaker_info, unmerge


class Store:
    """A thin handle on one store file: the library calls bound to one connection."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> "Store":
        """Open (and migrate) the store at ``path``; ``readonly`` for an existing one."""
        conn = connect_readonly(path) if readonly else connect(path)
        return cls(conn, str(path))

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def ingest(
        self, articles: Iterable[Article], *, batch_size: int = 200,
        on_batch: Callable[[IngestStats, int], None] | None = None,
    ) -> IngestStats:
        """Store extracted articles (see :func:`quotewire.store.ingest.ingest`)."""
        return ingest(self.conn, articles, batch_size=batch_size, on_batch=on_batch)

    def search(self, query: SearchQuery) -> SearchResult:
        """Search statements (see :func:`quotewire.store.search.search`)."""
        return search(self.conn, query)

    def article(self, article_id: str) -> Article | None:
        """A stored article, or None."""
        return load_article(self.conn, article_id)

    def speaker(self, speaker_id: int) -> dict[str, Any] | None:
        """A corpus speaker with aliases and merges, or None."""
        return speaker_info(self.conn, speaker_id)

    def cluster(self, cluster_id: int) -> dict[str, Any] | None:
        """A statement cluster with its statements and outlets, or None."""
        return cluster_info(self.conn, cluster_id)

    def merge(self, kept_id: int, merged_id: int, reason: str) -> int:
        """Merge two corpus speakers by hand; returns the merge id."""
        with transaction(self.conn):
            return merge_speakers(self.conn, kept_id, merged_id, reason)

    def unmerge(self, merge_id: int) -> None:
        """Undo a speaker merge."""
        with transaction(self.conn):
            unmerge(self.conn, merge_id)

    def export(self, out: str | Path | IO[str], format: str, query: SearchQuery | None = None,
               *, unit: str = "statements") -> int:
        """Export statements or articles (see :func:`quotewire.store.export.export`)."""
        return export(self.conn, out, format, query, unit=unit)

    def stored(self, ids: Iterable[str]) -> dict[str, str]:
        """Content hashes of the stored articles among ``ids``."""
        return stored_ids(self.conn, ids)


__all__ = ["IngestStats", "SearchQuery", "SearchResult", "Store", "connect", "connect_readonly"]
