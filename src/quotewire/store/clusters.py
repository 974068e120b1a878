"""Clusters: the same statement reported by several articles.

Outlets rewrite wire copy: the same quote of the same speaker comes back with a word
changed, a clause cut, other quotation marks. Two statements are one **cluster** when they
have the same corpus speaker and near-identical content: the Jaccard similarity of their
normalised token sets is at least :data:`JACCARD_THRESHOLD`, or the shorter one (of at
least :data:`MIN_CONTAINED_TOKENS` tokens) lies almost wholly inside the longer one (an
outlet trimmed the quote).

Candidates are found by blocking rather than comparing every pair: each statement stores
the :data:`SKETCH_SIZE` smallest hashes of its word trigrams salted with its speaker (a
bottom-k MinHash sketch per speaker); two statements of one speaker with high Jaccard
similarity share at least one of them with high probability, so only statements sharing
a sketch key are compared, and at most :data:`MAX_CANDIDATES` of the latest of them (a
phrase the speaker repeats in hundreds of statements would otherwise make ingest
quadratic). Every statement has a
cluster (most are singletons); a cluster knows its size and how many articles and
outlets carried it.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import zlib
from typing import Iterable, Sequence

#: token-set Jaccard similarity from which two statements are the same statement
JACCARD_THRESHOLD = 0.7
#: share of the shorter statement's tokens found in the longer one for containment
CONTAINMENT_THRESHOLD = 0.9
#: statements shorter than this are only clustered by Jaccard similarity
MIN_CONTAINED_TOKENS = 6
#: sketch keys kept per statement
SKETCH_SIZE = 4
#: most statements compared with a new one
MAX_CANDIDATES = 200

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def normalise(content: str) -> str:
    """Statement content as lower-case, accent-free word tokens joined by spaces."""
    decomposed = unicodedata.normalize("NFKD", content.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_TOKEN.findall(plain))


def sketch(norm: str, speaker_id: int | None = None) -> list[int]:
    """The bottom-k hashes of the word trigrams (fewer words: the whole), salted by speaker."""
    tokens = norm.split()
    if not tokens:
        return []
    if len(tokens) < 3:
        shingles = {norm}
    else:
        shingles = {f"{a} {b} {c}" for a, b, c in zip(tokens, tokens[1:], tokens[2:])}
    salt = f"{speaker_id}\x1f"
    return sorted({zlib.crc32((salt + s).encode("utf-8")) for s in shingles})[:SKETCH_SIZE]


def similar(a: str, b: str) -> bool:
    """Whether two normalised contents are the same statement (see module doc)."""
    if a == b:
        return True
    return _similar_sets(set(a.split()), set(b.split()))


def _similar_sets(x: set[str], y: set[str]) -> bool:
    if not x or not y:
        return False
    small, large = sorted((len(x), len(y)))
    if small < MIN_CONTAINED_TOKENS and small / large < JACCARD_THRESHOLD:
        return False  # too different in length for Jaccard, too short for containment
    common = len(x & y)
    if common / len(x | y) >= JACCARD_THRESHOLD:
        return True
    shorter = min(len(x), len(y))
    return shorter >= MIN_CONTAINED_TOKENS and common / shorter >= CONTAINMENT_THRESHOLD


def _new_cluster(conn: sqlite3.Connection, speaker_id: int | None) -> int:
    cur = conn.execute("INSERT INTO clusters(speaker_id) VALUES (?)", (speaker_id,))
    return int(cur.lastrowid or 0)


def assign_clusters(conn: sqlite3.Connection, statement_ids: Sequence[int]) -> set[int]:
    """Put each statement (without a cluster yet) into its cluster; returns touched cluster ids.

    Statements are taken in id order, so a batch clusters the same way as one-by-one
    ingestion. When a statement matches several clusters they are merged into the oldest.
    Call inside a transaction, then :func:`refresh_clusters` on the result.
    """
    touched: set[int] = set()
    for sid in sorted(statement_ids):
        row = conn.execute(
            "SELECT speaker_id, content_norm, cluster_id FROM statements WHERE id = ?", (sid,)
        ).fetchone()
        if row is None or row["cluster_id"] is not None:
            continue
        speaker_id, norm = row["speaker_id"], row["content_norm"]
        matches: set[int] = set()
        keys = sketch(norm, speaker_id) if speaker_id is not None else []
        if keys:
            tokens = set(norm.split())
            marks = ",".join("?" * len(keys))
            for cand in conn.execute(
                "SELECT s.content_norm, s.cluster_id FROM statements s WHERE s.id IN "
                f"(SELECT statement_id FROM statement_sketch WHERE key IN ({marks}) "
                f"ORDER BY statement_id DESC LIMIT {MAX_CANDIDATES}) "
                "AND s.speaker_id = ? AND s.cluster_id IS NOT NULL",
                (*keys, speaker_id),
            ):
                if cand[1] not in matches and (cand[0] == norm or _similar_sets(tokens, set(cand[0].split()))):
                    matches.add(int(cand[1]))
            conn.executemany("INSERT INTO statement_sketch(key, statement_id) VALUES (?, ?)",
                             [(key, sid) for key in keys])
        if not matches:
            cluster = _new_cluster(conn, speaker_id)
        else:
            cluster = min(matches)
            others = sorted(matches - {cluster})
            if others:
                marks = ",".join("?" * len(others))
                conn.execute(f"UPDATE statements SET cluster_id = ? WHERE cluster_id IN ({marks})", (cluster, *others))
                conn.execute(f"DELETE FROM clusters WHERE id IN ({marks})", others)
                touched.difference_update(others)
        conn.execute("UPDATE statements SET cluster_id = ? WHERE id = ?", (cluster, sid))
        touched.add(cluster)
    return touched


def refresh_clusters(conn: sqlite3.Connection, cluster_ids: Iterable[int]) -> None:
    """Recount size, articles and outlets of clusters; drop the ones left empty."""
    ids = sorted(set(cluster_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(
            "UPDATE clusters SET "
            "size = (SELECT COUNT(*) FROM statements s WHERE s.cluster_id = clusters.id), "
            "article_count = (SELECT COUNT(DISTINCT article_id) FROM statements s WHERE s.cluster_id = clusters.id), "
            "outlet_count = (SELECT COUNT(DISTINCT outlet) FROM statements s WHERE s.cluster_id = clusters.id), "
            "first_date = (SELECT MIN(date) FROM statements s WHERE s.cluster_id = clusters.id), "
            "last_date = (SELECT MAX(date) FROM statements s WHERE s.cluster_id = clusters.id), "
            "speaker_id = (SELECT speaker_id FROM statements s WHERE s.cluster_id = clusters.id LIMIT 1) "
            f"WHERE id IN ({marks})",
            chunk,
        )
        conn.execute(f"DELETE FROM clusters WHERE id IN ({marks}) AND size = 0", chunk)


def recluster(conn: sqlite3.Connection, speaker_ids: Iterable[int]) -> None:
    """Cluster all statements of these speakers afresh (after a speaker merge or unmerge)."""
    for speaker_id in sorted(set(speaker_ids)):
        old = [int(r[0]) for r in conn.execute(
            "SELECT DISTINCT cluster_id FROM statements WHERE speaker_id = ? AND cluster_id IS NOT NULL",
            (speaker_id,),
        )]
        conn.execute("UPDATE statements SET cluster_id = NULL WHERE speaker_id = ?", (speaker_id,))
        conn.execute("DELETE FROM statement_sketch WHERE statement_id IN "
                     "(SELECT id FROM statements WHERE speaker_id = ?)", (speaker_id,))
        ids = [int(r[0]) for r in conn.execute("SELECT id FROM statements WHERE speaker_id = ?", (speaker_id,))]
        touched = assign_clusters(conn, ids)
        refresh_clusters(conn, set(old) | touched)


def cluster_info(conn: sqlite3.Connection, cluster_id: int) -> dict[str, object] | None:
    """A cluster with its counts and statements (article, outlet, date), or None."""
    row = conn.execute(
        "SELECT c.*, sp.name AS speaker_name FROM clusters c LEFT JOIN speakers sp ON sp.id = c.speaker_id "
        "WHERE c.id = ?",
        (cluster_id,),
    ).fetchone()
    if row is None:
        return None
    statements = [
        {
            "id": r["id"], "article_id": r["article_id"], "title": r["title"], "outlet": r["outlet"],
            "date": r["date"], "kind": r["kind"], "content": r["content"], "cue": r["cue_text"],
        }
        for r in conn.execute(
            "SELECT s.id, s.article_id, a.title, s.outlet, s.date, s.kind, s.content, s.cue_text "
            "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.cluster_id = ? "
            "ORDER BY s.date, s.id",
            (cluster_id,),
        )
    ]
    outlets = sorted({s["outlet"] for s in statements if s["outlet"]})  # type: ignore[type-var]
    return {
        "id": int(row["id"]),
        "speaker_id": row["speaker_id"],
        "speaker_name": row["speaker_name"],
        "size": row["size"],
        "article_count": row["article_count"],
        "outlet_count": row["outlet_count"],
        "outlets": outlets,
        "first_date": row["first_date"],
        "last_date": row["last_date"],
        "statements": statements,
    }


__all__ = [
    "CONTAINMENT_THRESHOLD",
    "JACCARD_THRESHOLD",
    "MAX_CANDIDATES",
    "assign_clusters",
    "cluster_info",
    "normalise",
    "recluster",
    "refresh_clusters",
    "similar",
    "sketch",
]
