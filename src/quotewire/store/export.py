"""Export statements or articles from the store: JSONL, CSV, Parquet or brat standoff.

Filters are those of search (:class:`~quotewire.store.search.SearchQuery`, without the
page). Statement exports (``jsonl``, ``csv``, ``parquet``) write one row per statement with
its article, speaker and cluster; ``jsonl`` with ``unit="articles"`` writes each matching
article whole (``Article.to_dict()``, the shape ``quotewire ingest`` reads back), and
``brat`` writes ``ID.txt`` + ``ID.ann`` per matching article into a folder.
"""

from __future__ import annotations

import csv

import json
import re
import sqlite3
from pathlib import Path
from typing import IO, Any, Iterator

from ..errors import ConfigError, StoreError
from .ingest import load_article
from .search import SearchQuery, build_search, hit_of, resolve_speaker, run_fts

FORMATS = ("jsonl", "csv", "parquet", "brat")
UNITS = ("statements", "articles")

#: columns of a statement export, in order
COLUMNS = (
    "statement_id", "article_id", "title", "date", "outlet", "url", "speaker_id", "speaker", "source",
    "cue", "content", "kind", "confidence", "headline", "start_char", "end_char", "cluster_id",
    "cluster_size", "cluster_outlets",
)
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def iter_statements(conn: sqlite3.Connection, query: SearchQuery) -> Iterator[dict[str, Any]]:
    """Every statement matching the filters as an export row (see :data:`COLUMNS`)."""
    speaker_ids = resolve_speaker(conn, query.speaker)
    sql, _, params, _ = build_search(query.__class__(**{**_fields(query), "limit": 1, "offset": 0}),
                                     speaker_ids, paged=False)
    urls: dict[str, str | None] = {}
    for row in run_fts(conn, sql, params, query.q):
        hit = hit_of(row)
        article_id = hit["article_id"]
        if article_id not in urls:
            found = conn.execute("SELECT url FROM articles WHERE id = ?", (article_id,)).fetchone()
            urls = {article_id: found[0] if found else None}
        yield {
            "statement_id": hit["id"], "article_id": article_id, "title": hit["title"], "date": hit["date"],
            "outlet": hit["outlet"], "url": urls[article_id], "speaker_id": hit["speaker_id"],
            "speaker": hit["speaker_name"], "source": hit["source_text"], "cue": hit["cue_text"],
            "content": hit["content"], "kind": hit["kind"], "confidence": hit["confidence"],
            "headline": hit["headline"], "start_char": hit["start_char"], "end_char": hit["end_char"],
            "cluster_id": hit["cluster_id"], "cluster_size": hit["cluster_size"],
            "cluster_outlets": hit["cluster_outlets"],
        }


def _fields(query: SearchQuery) -> dict[str, Any]:
    return {name: getattr(query, name) for name in query.__slots__}  # type: ignore[attr-defined]


def iter_article_ids(conn: sqlite3.Connection, query: SearchQuery) -> Iterator[str]:
    """Ids of the articles with at least one matching statement (all articles without filters)."""
    filters = {k: v for k, v in _fields(query).items() if k not in ("limit", "offset", "sort", "advanced")}
    if all(v is None or v == "" for v in filters.values()):
        for row in conn.execute("SELECT id FROM articles ORDER BY date, id"):
            yield str(row[0])
        return
    seen: set[str] = set()
    for row in iter_statements(conn, query):
        if row["article_id"] not in seen:
            seen.add(row["article_id"])
            yield row["article_id"]


def export(
    conn: sqlite3.Connection,
    out: str | Path | IO[str],
    format: str,
    query: SearchQuery | None = None,
    *,
    unit: str = "statements",
) -> int:
    """Write what matches ``query`` to ``out`` (a path, a text stream, or a folder for brat).

    Returns the number of rows (statements) or articles written. Raises ConfigError for an
    unknown format or unit, StoreError when the output cannot be written.
    """
    query = query or SearchQuery(sort="oldest")
    if format not in FORMATS:
        raise ConfigError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if unit not in UNITS:
        raise ConfigError(f"unknown export unit {unit!r}; use one of {', '.join(UNITS)}")
    if format == "brat":
        if not isinstance(out, (str, Path)):
            raise ConfigError("brat export writes a folder: give a folder path")
        return _export_brat(conn, Path(out), query)
    if format == "parquet":
        if not isinstance(out, (str, Path)):
            raise ConfigError("parquet export writes a file: give a file path")
        return _export_parquet(conn, Path(out), query)
    if isinstance(out, (str, Path)):
        try:
            with open(out, "w", encoding="utf-8", newline="") as stream:
                return _export_text(conn, stream, format, query, unit)
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return _export_text(conn, out, format, query, unit)


def _export_text(conn: sqlite3.Connection, stream: IO[str], format: str, query: SearchQuery, unit: str) -> int:
    count = 0
    if format == "jsonl" and unit == "articles":
        for article_id in iter_article_ids(conn, query):
            article = load_article(conn, article_id)
            if article is not None:
                stream.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
                count += 1
        return count
    if format == "jsonl":
        for row in iter_statements(conn, query):
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    if unit == "articles":
        raise ConfigError("csv export writes statements; use jsonl for whole articles")
    writer = csv.DictWriter(stream, fieldnames=list(COLUMNS))
    writer.writeheader()
    for row in iter_statements(conn, query):
        writer.writerow(row)
        count += 1
    return count


def _export_parquet(conn: sqlite3.Connection, path: Path, query: SearchQuery) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency of the spark/test extras
        raise ConfigError("parquet export needs pyarrow (pip install 'quotewire[spark]')") from exc
    schema = pa.schema([
        ("statement_id", pa.int64()), ("article_id", pa.string()), ("title", pa.string()),
        ("date", pa.string()), ("outlet", pa.string()), ("url", pa.string()), ("speaker_id", pa.int64()),
        ("speaker", pa.string()), ("source", pa.string()), ("cue", pa.string()), ("content", pa.string()),
        ("kind", pa.string()), ("confidence", pa.float64()), ("headline", pa.bool_()),
        ("start_char", pa.int64()), ("end_char", pa.int64()), ("cluster_id", pa.int64()),
        ("cluster_size", pa.int64()), ("cluster_outlets", pa.int64()),
    ])
    count = 0
    try:
        with pq.ParquetWriter(str(path), schema) as writer:
            batch: list[dict[str, Any]] = []
            for row in iter_statements(conn, query):
                batch.append(row)
                if len(batch) >= 5000:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    count += len(batch)
                    batch = []
            if batch or count == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc}") from exc
    return count


def _export_brat(conn: sqlite3.Connection, folder: Path, query: SearchQuery) -> int:
    try:
        from ..writers.brat import write_ann  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ConfigError("brat export needs quotewire.writers.brat, which this install lacks") from exc
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create folder {folder}: {exc.strerror or exc}") from exc
    count = 0
    for article_id in iter_article_ids(conn, query):
        article = load_article(conn, article_id)
        if article is None:
            continue
        name = _SAFE_NAME.sub("_", article_id).strip("._") or article.content_hash
        (folder / f"{name}.txt").write_text(article.text, encoding="utf-8", newline="")
        (folder / f"{name}.ann").write_text(write_ann(article), encoding="utf-8", newline="")
        count += 1
    return count


__all__ = ["COLUMNS", "FORMATS", "UNITS", "export", "iter_article_ids", "iter_statements"]

