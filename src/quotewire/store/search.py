"""Full-text search over statements, with filters and pagination.

Queries are built (:func:`build_search`) separately from their execution (:func:`search`),
so the SQL can be read and tested on its own. User text never reaches SQL except as a
bound parameter, and by default never reaches the FTS5 query parser unquoted either:
:func:`quote_fts` turns each word into a quoted FTS5 string (as sqlite-utils'
``quote_fts`` does) while keeping the two things users expect from a search box,
``"quoted phrases"`` and ``prefix*`` words. ``advanced=True`` passes the query to FTS5 as
written (``AND``/``OR``/``NOT``, ``NEAR``, groups) and turns FTS5's syntax errors into a
:class:`~quotewire.errors.QueryError`.
"""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..errors import QueryError
from ..model import Kind
from .speakers import find_speakers, root

#: longest query text accepted
MAX_QUERY_CHARS = 1000
#: most hits one page may hold
MAX_LIMIT = 500
#: deepest offset accepted (deeper pages: narrow the query)
MAX_OFFSET = 100_000
SORTS = ("relevance", "newest", "oldest")

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][\d:.+\-Z]*)?)?)?$")
_QUOTE_TOKEN = re.compile(r'"[^"]*"|[^\s"]+')
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A search: words (or an advanced FTS5 query), filters and a page.

    ``speaker`` is a corpus speaker id or a name ("Lavrov", "Sergei Lavrov"); ``date_from``
    and ``date_to`` are inclusive ISO dates (``2015-11`` means the whole month).
    """

    q: str = ""
    advanced: bool = False
    speaker: str | int | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None
    article_id: str | None = None
    cluster_id: int | None = None
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0


@dataclass(slots=True)
class SearchResult:
    """One page of hits, the total count and the FTS5 query that ran."""

    total: int
    hits: list[dict[str, Any]] = field(default_factory=list)
    fts_query: str | None = None
    speaker_ids: list[int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "hits": self.hits, "fts_query": self.fts_query}


def quote_fts(query: str) -> str:
    """A user's search text as a safe FTS5 query: words quoted, phrases and ``prefix*`` kept.

    ``Lavrov terror*`` -> ``"Lavrov" "terror"*``; ``"middle East"`` stays a phrase; stray
    quotes are closed and FTS5 operators (``NOT``, ``:``, ``^``, parentheses) lose their
    meaning. Returns "" when nothing searchable is left.
    """
    if query.count('"') % 2:
        query += '"'
    parts = []
    for match in _QUOTE_TOKEN.finditer(query):
        token = match.group()
        if token.startswith('"'):
            inner = token[1:-1]
            if _HAS_WORD.search(inner):
                parts.append('"' + inner + '"')
            continue
        prefix = token.endswith("*")
        word = token.rstrip("*")
        if not _HAS_WORD.search(word):
            continue
        parts.append('"' + word + '"' + ("*" if prefix else ""))
    return " ".join(parts)


def _check(query: SearchQuery) -> None:
    if len(query.q) > MAX_QUERY_CHARS:
        raise QueryError(f"query of {len(query.q)} characters is over the limit of {MAX_QUERY_CHARS}")
    if "\x00" in query.q:
        raise QueryError("query contains a NUL character")
    if not 1 <= query.limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {query.limit}")
    if not 0 <= query.offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}, not {query.offset}")
    for name in ("date_from", "date_to"):
        value = getattr(query, name)
        if value is not None and not _DATE.match(value):
            raise QueryError(f"{name} must be an ISO date like 2015-11-19 or 2015-11, not {value!r}")
    if query.kind is not None and query.kind not in {k.value for k in Kind}:
        raise QueryError(f"kind must be one of {', '.join(k.value for k in Kind)}, not {query.kind!r}")
    if query.sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {query.sort!r}")


def build_search(
    query: SearchQuery, speaker_ids: list[int] | None = None, *, paged: bool = True
) -> tuple[str, str, list[Any], str | None]:
    """The page SQL, the count SQL, their shared parameters, and the FTS5 query (or None).

    ``speaker_ids`` are the resolved corpus speakers for ``query.speaker`` (see
    :func:`resolve_speaker`); ``paged=False`` leaves out LIMIT/OFFSET (for export). Raises
    QueryError for invalid parameters; an advanced query's FTS5 syntax is only checked
    when it runs.
    """
    _check(query)
    where: list[str] = []
    params: list[Any] = []
    fts: str | None = None
    text = query.q.strip()
    if text:
        fts = text if query.advanced else quote_fts(text)
        if not fts:
            raise QueryError(f"nothing to search for in {query.q!r} (no words)")
        # CROSS JOIN keeps the full-text index as the outer loop: otherwise SQLite may walk
        # a filter's index (date, outlet) and re-run the FTS query for every row it finds
        source = "statements_fts CROSS JOIN statements s ON s.id = statements_fts.rowid"
        where.append("statements_fts MATCH ?")
        params.append(fts)
    else:
        source = "statements s"
    if speaker_ids is not None:
        if speaker_ids:
            where.append(f"s.speaker_id IN ({','.join('?' * len(speaker_ids))})")
            params.extend(speaker_ids)
        else:
            where.append("0")
    if query.outlet:
        where.append("s.outlet = ? COLLATE NOCASE")
        params.append(query.outlet)
    if query.date_from:
        where.append("s.date >= ?")
        params.append(query.date_from)
    if query.date_to:
        where.append("s.date <= ?")
        params.append(query.date_to + "\uffff")  # "2015-11" takes in every day and time of the month
    if query.kind:
        where.append("s.kind = ?")
        params.append(query.kind)
    if query.article_id:
        where.append("s.article_id = ?")
        params.append(query.article_id)
    if query.cluster_id is not None:
        where.append("s.cluster_id = ?")
        params.append(int(query.cluster_id))
    condition = " AND ".join(where) or "1"
    if fts is not None and query.sort == "relevance":
        order = "statements_fts.rank, s.date DESC, s.id"
    elif query.sort == "oldest":
        order = "s.date, s.id"
    else:
        order = "s.date DESC, s.id DESC"
    snippet = (
        f"snippet(statements_fts, 0, char(2), char(3), '…', 40)" if fts is not None else "s.content"
    )
    page_sql = (
        "SELECT s.id, s.article_id, s.idx, s.kind, s.content, s.source_text, s.cue_text, s.start_char, "
        "s.end_char, s.confidence, s.headline, s.date, s.outlet, s.speaker_id, s.cluster_id, "
        f"{snippet} AS snippet, sp.name AS speaker_name, a.title AS title, "
        "c.size AS cluster_size, c.outlet_count AS cluster_outlets "
        f"FROM {source} JOIN articles a ON a.id = s.article_id "
        "LEFT JOIN speakers sp ON sp.id = s.speaker_id LEFT JOIN clusters c ON c.id = s.cluster_id "
        f"WHERE {condition} ORDER BY {order}"
    )
    if paged:
        page_sql += f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}"
    count_sql = f"SELECT COUNT(*) FROM {source} WHERE {condition}"
    return page_sql, count_sql, params, fts


def resolve_speaker(conn: sqlite3.Connection, speaker: str | int | None) -> list[int] | None:
    """Corpus speaker ids for a speaker filter (an id or a name); None for no filter."""
    if speaker is None or (isinstance(speaker, str) and not speaker.strip()):
        return None
    if isinstance(speaker, int) or str(speaker).strip().isdigit():
        try:
            return [root(conn, int(speaker))]
        except Exception:  # an unknown id matches nothing
            return []
    return find_speakers(conn, str(speaker))


def snippet_html(snippet: str) -> str:
    """A snippet with match markers as HTML: the text escaped, matches in ``<mark>``."""
    escaped = html.escape(snippet, quote=False)
    return escaped.replace(_MARK_OPEN, "<mark>").replace(_MARK_CLOSE, "</mark>")


def search(conn: sqlite3.Connection, query: SearchQuery) -> SearchResult:
    """Run a search: the total count and one page of hits, best first (or by date).

    Raises QueryError for bad parameters or, in advanced mode, a query FTS5 rejects.
    """
    speaker_ids = resolve_speaker(conn, query.speaker)
    page_sql, count_sql, params, fts = build_search(query, speaker_ids)
    try:
        total = int(conn.execute(count_sql, params).fetchone()[0])
        rows = conn.execute(page_sql, params).fetchall() if total else []
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if fts is not None and ("fts5" in message or "syntax error" in message or "no such column" in message
                                or "unterminated" in message or "unknown special query" in message):
            raise QueryError(f"bad search query {query.q!r}: {message}") from exc
        raise
    return SearchResult(total=total, hits=[hit_of(row) for row in rows], fts_query=fts, speaker_ids=speaker_ids)


def hit_of(row: sqlite3.Row) -> dict[str, Any]:
    """One result row of :func:`build_search`'s SQL as a JSON-ready dict."""
    hit = {k: row[k] for k in row.keys() if k != "snippet"}
    hit["headline"] = bool(hit["headline"])
    hit["snippet_html"] = snippet_html(row["snippet"] or "")
    return hit


def run_fts(conn: sqlite3.Connection, sql: str, params: list[Any], q: str) -> sqlite3.Cursor:
    """Execute search SQL, turning FTS5's complaints about the query into QueryError."""
    try:
        return conn.execute(sql, params)
    except sqlite3.OperationalError as exc:
        raise QueryError(f"bad search query {q!r}: {exc}") from exc


__all__ = [
    "MAX_LIMIT",
    "MAX_QUERY_CHARS",
    "SORTS",
    "SearchQuery",
    "SearchResult",
    "build_search",
    "quote_fts",
    "resolve_speaker",
    "hit_of",
    "run_fts",
    "search",
    "snippet_html",
]
