"""The store file: settings, migrations recorded and run on open, bad files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotewire.errors import StoreError
from quotewire.store.db import check_fts5, connect, connect_readonly, schema_version
from quotewire.store.migrations import MIGRATIONS, SCHEMA_VERSION


def test_store_db_fts5_available() -> None:
    check_fts5()  # raises StoreError on a Python whose SQLite lacks FTS5


def test_store_db_migrations_recorded_and_settings(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    conn = connect(db)
    rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [m.version for m in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()
    again = connect(db)  # opening again applies nothing and keeps the data
    assert schema_version(again) == SCHEMA_VERSION
    assert again.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
    again.close()


def test_store_db_upgrades_an_older_store(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    raw.commit()
    raw.close()  # a store at version 0: the migrations run on open
    conn = connect(db)
    assert schema_version(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'statements_fts'").fetchone()
    conn.close()


def test_store_db_refuses_newer_schema(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    connect(db).close()
    raw = sqlite3.connect(db)
    raw.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', '2099-01-01')", (SCHEMA_VERSION + 1,))
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="newer"):
        connect(db)


def test_store_db_refuses_non_sqlite_file(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="SQLite"):
        connect(bad)


def test_store_db_readonly_needs_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        connect_readonly(tmp_path / "missing.db")
    db = tmp_path / "ok.db"
    connect(db).close()
    ro = connect_readonly(db)
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("DELETE FROM articles")
    ro.close()
