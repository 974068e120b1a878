"""Opening the SQLite store: connection settings and migrations run on open.

The store is one SQLite file (the embedded default: no server to start). Every connection
gets the same settings: WAL journal (readers never block the writer), foreign keys on, a
busy timeout, and rows as :class:`sqlite3.Row`. :func:`connect` opens a writable store and
brings its schema up to date; :func:`connect_readonly` opens an existing one for reading
(one per HTTP request).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ..errors import StoreError
from .migrations import MIGRATIONS, SCHEMA_VERSION

#: seconds a connection waits for a lock held by another writer before giving up
BUSY_TIMEOUT_S = 30.0


def now() -> str:
    """The current UTC time as ISO 8601 (what the store records in its *_at columns)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def check_fts5() -> None:
    """Raise StoreError when this Python's SQLite has no FTS5 (search needs it)."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"this Python's SQLite {sqlite3.sqlite_version} has no FTS5 full-text search; "
            "install a Python built against a full SQLite"
        ) from exc
    finally:
        probe.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) the store at ``path`` for writing and migrate its schema.

    ``":memory:"`` gives a private in-memory store. Raises StoreError when the file is not
    an SQLite database, cannot be written, or was made by a newer quotewire.
    """
    name = str(path)
    if name != ":memory:":
        parent = Path(name).parent
        if not parent.is_dir():
            raise StoreError(f"folder {parent} does not exist", source=name)
    try:
        conn = sqlite3.connect(name, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        _configure(conn)
        if name != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the store: {exc} (is it an SQLite file?)", source=name) from exc
    return conn


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing store for reading only; its schema must be current.

    Used per HTTP request: cheap to open, cannot write, sees the last committed state.
    """
    name = str(path)
    if not Path(name).is_file():
        raise StoreError("no such store (create it with `quotewire ingest`)", source=name)
    try:
        conn = sqlite3.connect(
            f"file:{Path(name).resolve()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
            isolation_level=None, check_same_thread=False,
        )
        _configure(conn)
        conn.execute("PRAGMA query_only = ON")
        version = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the store: {exc}", source=name) from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"store schema is version {version}, this quotewire reads {SCHEMA_VERSION}; "
            "open it once for writing (e.g. `quotewire ingest --db FILE`) to migrate it",
            source=name,
        )
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied to this database (0 for a fresh one)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations this database lacks, each in one transaction; returns their versions."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"store schema version {current} is newer than this quotewire knows ({SCHEMA_VERSION}); "
            "upgrade quotewire"
        )
    applied = []
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        with transaction(conn):
            for statement in _split_sql(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, now()),
            )
        applied.append(migration.version)
    return applied


def _split_sql(script: str) -> list[str]:
    """Split a schema script into statements (``sqlite3.complete_statement`` knows triggers)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error (connections are autocommit)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


__all__ = ["check_fts5", "connect", "connect_readonly", "migrate", "now", "schema_version", "transaction"]
