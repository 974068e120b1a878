"""Putting extracted articles into the store: idempotent, resumable, one transaction a batch.

:func:`ingest` takes already-extracted :class:`~quotewire.model.Article` records (from the
extractor, or from JSONL written by ``quotewire extract --format jsonl`` or the Spark job)
and stores the article, its excluded regions, its speakers (linked to corpus speakers, see
:mod:`.speakers`) and its statements (indexed for search, clustered, see :mod:`.clusters`).

* **Idempotent**: an article is keyed by its id; stored again with the same content hash
  and the same extraction it is left alone (``unchanged``); with a changed text or
  extraction it is replaced (``updated``). An article under a new id whose text and
  outlet equal a stored one is a ``duplicate`` and is skipped.
* **Transactional per batch**: each batch of ``batch_size`` articles commits at once or not
  at all, so a run killed half-way leaves whole batches only.
* **Resumable**: run the same input again and the stored articles are skipped (callers
  that extract first can ask :func:`stored_ids` and skip the extraction too).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..model import Article, Attribution, Dateline, ExcludedRegion, Speaker, SpeakerType, TextSpan
from .clusters import assign_clusters, normalise, refresh_clusters
from .db import now, transaction
from .speakers import auto_merge, link_speaker

#: articles per transaction by default
DEFAULT_BATCH_SIZE = 200


@dataclass(slots=True)
class IngestStats:
    """What an ingest run did, article by article."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    statements: int = 0
    merges: int = 0
    batches: int = 0
    seen: int = 0
    duplicate_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in (
            "seen", "added", "updated", "unchanged", "duplicates", "statements", "merges", "batches")}


def extraction_hash(article: Article) -> str:
    """A hash of everything extracted from and said about an article (not its text)."""
    data = article.to_dict()
    data.pop("text")
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def stored_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """The content hashes of the articles among ``ids`` that are stored already."""
    ids = list(ids)
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, content_hash FROM articles WHERE id IN ({marks})", chunk):
            found[row[0]] = row[1]
    return found


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    conn: sqlite3.Connection,
    articles: Iterable[Article],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_batch: Callable[[IngestStats, int], None] | None = None,
) -> IngestStats:
    """Store extracted articles, ``batch_size`` per transaction; returns what was done.

    ``on_batch(stats, n)`` is called after each committed batch of ``n`` articles (for a
    progress bar). ``articles`` is consumed lazily, so a corpus of any size streams through.
    """
    stats = IngestStats()
    for batch in _batches(articles, max(1, batch_size)):
        with transaction(conn):
            _ingest_batch(conn, batch, stats)
        stats.batches += 1
        if on_batch is not None:
            on_batch(stats, len(batch))
    return stats


def store_batch(conn: sqlite3.Connection, articles: Iterable[Article]) -> IngestStats:
    """Store articles inside the caller's transaction (the HTTP writer thread uses this)."""
    stats = IngestStats()
    _ingest_batch(conn, list(articles), stats)
    stats.batches = 1
    return stats


def _ingest_batch(conn: sqlite3.Connection, batch: list[Article], stats: IngestStats) -> None:
    new_statements: list[int] = []
    stale_clusters: set[int] = set()
    new_surnames: set[str] = set()
    for article in batch:
        stats.seen += 1
        content_hash = article.content_hash
        fingerprint = extraction_hash(article)
        row = conn.execute("SELECT content_hash, extraction_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is not None:
            if row[0] == content_hash and row[1] == fingerprint:
                stats.unchanged += 1
                continue
            stale_clusters.update(
                int(r[0]) for r in conn.execute(
                    "SELECT DISTINCT cluster_id FROM statements WHERE article_id = ? AND cluster_id IS NOT NULL",
                    (article.id,),
                )
            )
            conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
            stats.updated += 1
        else:
            twin = conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? AND COALESCE(outlet, '') = COALESCE(?, '') LIMIT 1",
                (content_hash, article.outlet),
            ).fetchone()
            if twin is not None:
                stats.duplicates += 1
                stats.duplicate_ids.append(article.id)
                continue
            stats.added += 1
        ids, surnames = _store_article(conn, article, content_hash, fingerprint)
        new_statements.extend(ids)
        new_surnames.update(surnames)
        stats.statements += len(ids)
    if new_surnames:
        stats.merges += len(auto_merge(conn, new_surnames))
    touched = assign_clusters(conn, new_statements)
    refresh_clusters(conn, touched | stale_clusters)


def _article_date(article: Article) -> str | None:
    if article.date:
        return article.date
    if article.dateline is not None and article.dateline.date:
        return article.dateline.date
    return None


def _store_article(
    conn: sqlite3.Connection, article: Article, content_hash: str, fingerprint: str
) -> tuple[list[int], set[str]]:
    date = _article_date(article)
    conn.execute(
        "INSERT INTO articles(id, content_hash, extraction_hash, title, date, outlet, url, author, meta, text, "
        "headline, dateline, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id, content_hash, fingerprint, article.title, date, article.outlet, article.url,
            article.author, json.dumps(dict(article.meta), ensure_ascii=False, default=str), article.text,
            json.dumps(article.headline.to_dict(), ensure_ascii=False) if article.headline else None,
            json.dumps(article.dateline.to_dict(), ensure_ascii=False) if article.dateline else None,
            now(),
        ),
    )
    conn.executemany(
        "INSERT INTO excluded_regions(article_id, start_char, end_char, reason) VALUES (?, ?, ?, ?)",
        [(article.id, e.span.start_char, e.span.end_char, e.reason) for e in article.excluded],
    )
    surnames: set[str] = set()
    local: dict[str, tuple[int, int]] = {}  # article speaker id -> (article_speakers.id, speakers.id)

    def add_speaker(local_id: str, speaker: Speaker) -> tuple[int, int]:
        link = link_speaker(conn, speaker.name, str(speaker.type))
        cur = conn.execute(
            "INSERT INTO article_speakers(article_id, local_id, name, type, roles, mentions, speaker_id, link_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, local_id, speaker.name, str(speaker.type), json.dumps(list(speaker.roles)),
                json.dumps([m.to_dict() for m in speaker.mentions], ensure_ascii=False),
                link.speaker_id, link.reason,
            ),
        )
        if link.created:
            row = conn.execute("SELECT surname FROM speakers WHERE id = ?", (link.speaker_id,)).fetchone()
            if row[0]:
                surnames.add(row[0])
        local[local_id] = (int(cur.lastrowid or 0), link.speaker_id)
        return local[local_id]

    for speaker in article.speakers:
        if speaker.id not in local:
            add_speaker(speaker.id, speaker)
    rows: list[int] = []
    for idx, attribution in enumerate(article.attributions):
        ids: tuple[int, int] | None = None
        if attribution.speaker is not None and attribution.speaker in local:
            ids = local[attribution.speaker]
        elif attribution.source is not None:
            # no resolved speaker: the source words stand for one, per article
            pseudo = f"source:{attribution.source.text}"
            ids = local.get(pseudo) or add_speaker(
                pseudo, Speaker(id=pseudo, name=attribution.source.text, mentions=(attribution.source,))
            )
        content = attribution.content_text
        cur = conn.execute(
            "INSERT INTO statements(article_id, idx, kind, content, content_norm, source_text, cue_text, "
            "start_char, end_char, confidence, headline, method, record, article_speaker_id, speaker_id, "
            "date, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, idx, str(attribution.kind), content, normalise(content),
                attribution.source.text if attribution.source else None,
                attribution.cue.text if attribution.cue else None,
                attribution.start_char, attribution.end_char, attribution.confidence, int(attribution.headline),
                attribution.method, json.dumps(attribution.to_dict(), ensure_ascii=False),
                ids[0] if ids else None, ids[1] if ids else None, date, article.outlet,
            ),
        )
        rows.append(int(cur.lastrowid or 0))
    return rows, surnames


# -- reading an article back ----------------------------------------------------------------


def load_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """The stored article, as the :class:`Article` that was ingested (None if absent)."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    speakers = tuple(
        Speaker(
            id=r["local_id"], name=r["name"], type=SpeakerType(r["type"]),
            mentions=tuple(TextSpan.from_dict(m) for m in json.loads(r["mentions"])),
            roles=tuple(json.loads(r["roles"])),
        )
        for r in conn.execute("SELECT * FROM article_speakers WHERE article_id = ? ORDER BY id", (article_id,))
        if not str(r["local_id"]).startswith("source:")
    )
    attributions = tuple(
        Attribution.from_dict(json.loads(r["record"]))
        for r in conn.execute("SELECT record FROM statements WHERE article_id = ? ORDER BY idx", (article_id,))
    )
    excluded = tuple(
        ExcludedRegion(TextSpan.of(row["text"], r["start_char"], r["end_char"]), r["reason"])
        for r in conn.execute(
            "SELECT * FROM excluded_regions WHERE article_id = ? ORDER BY start_char, id", (article_id,)
        )
    )
    return Article(
        text=row["text"], id=row["id"], title=row["title"], date=row["date"], outlet=row["outlet"],
        url=row["url"], author=row["author"], meta=json.loads(row["meta"]),
        attributions=attributions, speakers=speakers, excluded=excluded,
        headline=TextSpan.from_dict(json.loads(row["headline"])) if row["headline"] else None,
        dateline=Dateline.from_dict(json.loads(row["dateline"])) if row["dateline"] else None,
    )


def statement_rows(conn: sqlite3.Connection, article_id: str) -> list[sqlite3.Row]:
    """The stored statements of one article with speaker and cluster facts, in text order."""
    return conn.execute(
        "SELECT s.*, sp.name AS speaker_name, c.size AS cluster_size, c.outlet_count AS cluster_outlets "
        "FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id "
        "LEFT JOIN clusters c ON c.id = s.cluster_id WHERE s.article_id = ? ORDER BY s.start_char, s.idx",
        (article_id,),
    ).fetchall()


__all__ = [
    "DEFAULT_BATCH_SIZE",
    "IngestStats",
    "extraction_hash",
    "ingest",
    "load_article",
    "statement_rows",
    "store_batch",
    "stored_ids",
]



