"""The store's schema as an ordered registry of migrations.

Each :class:`Migration` has a version, a name and the SQL that brings the schema from the
previous version to its own. :func:`quotewire.store.db.migrate` applies the ones a
database has not seen yet, each in its own transaction, and records them in the
``schema_migrations`` table, so a store written by an older quotewire is upgraded on open
and a store written by a newer one is refused instead of being damaged.

Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: ``sql`` takes a database at ``version - 1`` to ``version``."""

    version: int
    name: str
    sql: str


_V1 = """
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL,
    extraction_hash TEXT NOT NULL,     -- hash of what was extracted; a change re-stores the article
    title         TEXT,
    date          TEXT,                -- ISO 8601 as given ("2015-11-19", "2015-11-19T10:00:00")
    outlet        TEXT,
    url           TEXT,
    author        TEXT,
    meta          TEXT NOT NULL DEFAULT '{}',   -- JSON object
    text          TEXT NOT NULL,                -- untouched; every offset points into it
    headline      TEXT,                         -- JSON TextSpan or NULL
    dateline      TEXT,                         -- JSON Dateline or NULL
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_date ON articles(date);

-- A speaker of the corpus: one person or organisation across all articles.
CREATE TABLE speakers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,                 -- display name: the fullest name seen
    key         TEXT NOT NULL,                 -- normalised name key (see store/speakers.py)
    surname     TEXT,                          -- last token of the key, for persons
    type        TEXT NOT NULL,
    merged_into INTEGER REFERENCES speakers(id),   -- set while merged into another speaker
    created_at  TEXT NOT NULL
);
CREATE INDEX speakers_key ON speakers(key);
CREATE INDEX speakers_surname ON speakers(surname);

-- Every name a corpus speaker was called by, with its normalised key.
CREATE TABLE speaker_aliases (
    id         INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias      TEXT NOT NULL,
    key        TEXT NOT NULL,
    count      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (speaker_id, alias)
);
CREATE INDEX speaker_aliases_key ON speaker_aliases(key);

-- Explainable, reversible merges of corpus speakers.
CREATE TABLE speaker_merges (
    id          INTEGER PRIMARY KEY,
    kept_id     INTEGER NOT NULL REFERENCES speakers(id),
    merged_id   INTEGER NOT NULL REFERENCES speakers(id),
    reason      TEXT NOT NULL,
    automatic   INTEGER NOT NULL DEFAULT 0,
    moved       TEXT NOT NULL,        -- JSON: {"article_speakers": [...], "aliases": [...]}
    merged_at   TEXT NOT NULL,
    undone_at   TEXT
);

-- A speaker as one article has it (Article.speakers), linked to a corpus speaker.
CREATE TABLE article_speakers (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,        -- Speaker.id inside the article
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    roles       TEXT NOT NULL DEFAULT '[]',
    mentions    TEXT NOT NULL DEFAULT '[]',
    speaker_id  INTEGER REFERENCES speakers(id),
    link_reason TEXT NOT NULL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX article_speakers_speaker ON article_speakers(speaker_id);

-- Near-duplicate statements of one speaker carried by several articles.
CREATE TABLE clusters (
    id            INTEGER PRIMARY KEY,
    speaker_id    INTEGER REFERENCES speakers(id),
    size          INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0,
    outlet_count  INTEGER NOT NULL DEFAULT 0,
    first_date    TEXT,
    last_date     TEXT
);

CREATE TABLE statements (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,      -- position in Article.attributions
    kind         TEXT NOT NULL,
    content      TEXT NOT NULL,         -- Attribution.content_text
    content_norm TEXT NOT NULL,         -- normalised tokens, for clustering
    source_text  TEXT,
    cue_text     TEXT,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    confidence   REAL NOT NULL,
    headline     INTEGER NOT NULL DEFAULT 0,
    method       TEXT NOT NULL,
    record       TEXT NOT NULL,         -- JSON Attribution.to_dict(): every span
    article_speaker_id INTEGER REFERENCES article_speakers(id) ON DELETE SET NULL,
    speaker_id   INTEGER REFERENCES speakers(id),   -- the corpus speaker (kept in step by merges)
    cluster_id   INTEGER REFERENCES clusters(id),
    date         TEXT,                  -- the article's, for filtering without a join
    outlet       TEXT,
    UNIQUE (article_id, idx)
);
CREATE INDEX statements_speaker ON statements(speaker_id, date);
CREATE INDEX statements_cluster ON statements(cluster_id);
CREATE INDEX statements_outlet ON statements(outlet, date);
CREATE INDEX statements_date ON statements(date);
CREATE INDEX statements_article_speaker ON statements(article_speaker_id);

-- Blocking keys for near-duplicate search: the smallest shingle hashes of each statement.
CREATE TABLE statement_sketch (
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE
);
CREATE INDEX statement_sketch_key ON statement_sketch(key);
CREATE INDEX statement_sketch_statement ON statement_sketch(statement_id);

CREATE TABLE excluded_regions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    reason     TEXT NOT NULL
);
CREATE INDEX excluded_regions_article ON excluded_regions(article_id);

-- Full-text index over statement content, kept in sync by triggers (external content).
CREATE VIRTUAL TABLE statements_fts USING fts5(
    content, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER statements_au AFTER UPDATE OF content ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content);
END;
"""

#: every migration, in order
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: articles, statements, speakers, clusters, FTS5", _V1),
)

#: the schema version this quotewire writes
SCHEMA_VERSION = MIGRATIONS[-1].version

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration"]
