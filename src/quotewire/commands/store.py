"""``quotewire ingest | search | export | serve | speakers``: the corpus store on the command line.

Each handler opens the store (:func:`quotewire.store.db.connect`) and calls one library
function: :func:`~quotewire.store.ingest.ingest`, :func:`~quotewire.store.search.search`,
:func:`~quotewire.store.export.export`, :func:`~quotewire.server.create_app`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from ..errors import ConfigError, FormatError, QuotewireError
from ..model import Article
from ..settings import Options, options_for

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".jsonl.gz", ".ndjson.gz")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``ingest``, ``search``, ``export``, ``serve`` and ``speakers`` subcommands."""
    p = subparsers.add_parser(
        "ingest", help="extract articles and store them in a corpus database",
        description="Read articles (text, HTML, JSONL, CSV files or folders), extract their statements and "
        "store them in an SQLite corpus. Already-extracted JSONL (quotewire extract --format jsonl, the "
        "Spark job) is stored as it is. Safe to run again: stored articles are skipped.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; '-' reads standard input")
    _db_arg(p)
    p.add_argument("--extracted", action=argparse.BooleanOptionalAction, default=None,
                   help="inputs are already-extracted JSONL (default: detected per .jsonl file)")
    p.add_argument("--batch-size", type=int, default=200, metavar="N", help="articles per transaction (default: 200)")
    p.add_argument("--input-format", default="auto", help="reader for raw inputs (default: by extension/content)")
    p.add_argument("--rejects", type=Path, metavar="FILE", help="write unreadable or failed articles here as JSON lines")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on standard error (default: when it is a terminal)")
    p.add_argument("--config", type=Path, help="an INI file of options over the packaged defaults")
    p.set_defaults(func=run_ingest)

    p = subparsers.add_parser(
        "search", help="search the statements of a corpus database",
        description='Full-text search over statements: words, "a phrase", prefix*. --advanced passes the '
        "query to SQLite FTS5 as written (AND, OR, NOT, NEAR).",
    )
    p.add_argument("query", nargs="?", default="", help="search text (empty: filters only)")
    _db_arg(p)
    _filter_args(p)
    p.add_argument("--sort", choices=("relevance", "newest", "oldest"), default="relevance")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--format", "-f", choices=("table", "jsonl"), default="table")
    p.set_defaults(func=run_search)

    p = subparsers.add_parser(
        "export", help="export statements or articles from a corpus database",
        description="Write the statements (or whole articles) matching the filters as JSONL, CSV, Parquet or "
        "brat standoff (one NAME.txt + NAME.ann per article into a folder).",
    )
    _db_arg(p)
    p.add_argument("--format", "-f", choices=("jsonl", "csv", "parquet", "brat"), default="jsonl")
    p.add_argument("--out", "-o", default="-", help="output file ('-': standard output) or folder for brat")
    p.add_argument("--unit", choices=("statements", "articles"), default="statements",
                   help="jsonl: one line per statement (default) or per article (re-ingestable)")
    p.add_argument("--query", "-q", default="", help="only statements matching this search text")
    _filter_args(p)
    p.set_defaults(func=run_export)

    p = subparsers.add_parser(
        "serve", help="serve the search page, article pages and the HTTP API",
        description="Serve a corpus database over HTTP: web pages at /, the JSON API under /api, "
        "OpenAPI docs at /docs. Binds to 127.0.0.1 unless told otherwise.",
    )
    _db_arg(p)
    p.add_argument("--host", default=None, help="address to bind (default: 127.0.0.1, from settings)")
    p.add_argument("--port", type=int, default=None, help="port (default: 8000, from settings)")
    p.add_argument("--config", type=Path, help="an INI file of options over the packaged defaults")
    p.set_defaults(func=run_serve)

    p = subparsers.add_parser(
        "speakers", help="look up, merge and unmerge corpus speakers",
        description="Show corpus speakers matching a name with their aliases and merges; merge two speakers "
        "(with a reason) or undo a merge.",
    )
    p.add_argument("name", nargs="?", help="a name or speaker id to show")
    _db_arg(p)
    p.add_argument("--merge", nargs=2, type=int, metavar=("KEPT", "MERGED"), help="merge speaker MERGED into KEPT")
    p.add_argument("--reason", help="why (required with --merge)")
    p.add_argument("--unmerge", type=int, metavar="MERGE_ID", help="undo a merge")
    p.set_defaults(func=run_speakers)


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, type=Path, metavar="FILE", help="the corpus database (SQLite file)")


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--advanced", action="store_true", help="FTS5 query syntax (AND, OR, NOT, NEAR, groups)")
    p.add_argument("--speaker", help="speaker id or name")
    p.add_argument("--outlet", help="outlet name")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="from this ISO date (inclusive)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this ISO date (inclusive; 2015-11 = all November)")
    p.add_argument("--kind", choices=("direct", "indirect", "mixed"))


def _options(args: argparse.Namespace) -> Options:
    return options_for(getattr(args, "config", None))


# -- ingest ---------------------------------------------------------------------------------


def _is_extracted_jsonl(path: Path) -> bool:
    """Whether a JSONL file holds extracted articles (its first record has "attributions")."""
    if not path.name.lower().endswith(_JSONL_SUFFIXES):
        return False
    import gzip

    opener: Callable[..., IO[str]] = gzip.open if path.name.lower().endswith(".gz") else open  # type: ignore[assignment]
    try:
        with opener(path, "rt", encoding="utf-8-sig") as stream:
            for line in stream:
                if line.strip():
                    record = json.loads(line)
                    return isinstance(record, dict) and "attributions" in record and "text" in record
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return False


def read_extracted(path: Path, on_error: Callable[[str, QuotewireError], None]) -> Iterator[Article]:
    """Articles of an extracted JSONL file (``Article.to_dict()`` per line); bad lines go to ``on_error``."""
    import gzip

    opener: Callable[..., IO[str]] = gzip.open if path.name.lower().endswith(".gz") else open  # type: ignore[assignment]
    with opener(path, "rt", encoding="utf-8-sig") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                article = Article.from_dict(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                on_error(source, FormatError(f"not an extracted article: {exc}", source=source))
                continue
            yield article


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for item in paths:
        path = Path(item)
        if item != "-" and path.is_dir():
            for root, dirs, files in os.walk(path):
                # hidden files, and Hadoop/Spark bookkeeping (_SUCCESS, _rejects/) are not articles
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
                for name in sorted(files):
                    if not name.startswith((".", "_")):
                        yield str(Path(root) / name)
        else:
            yield item


def run_ingest(args: argparse.Namespace) -> int:
    """Read, extract (unless already extracted) and store; report progress and rejects."""
    from ..corpus import reject_record
    from ..readers import format_of, iter_inputs
    from ..store.db import connect
    from ..store.ingest import ingest, stored_ids

    options = _options(args)
    if args.batch_size < 1:
        raise ConfigError(f"--batch-size must be at least 1, not {args.batch_size}")
    conn = connect(args.db)
    rejects: list[dict[str, Any]] = []
    rejects_file = open(args.rejects, "w", encoding="utf-8") if args.rejects else None
    skipped_stored = 0

    def reject(article_id: str | None, source: str | None, error: BaseException) -> None:
        record = reject_record(article_id, source, error)
        rejects.append(record)
        if rejects_file is not None:
            rejects_file.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            print(f"quotewire: skipped {source or article_id}: {record['message']} ({record['error']})", file=sys.stderr)

    def on_read_error(source: str, error: QuotewireError) -> None:
        reject(None, source, error)

    def on_extract_error(article: Article, error: BaseException) -> None:
        reject(article.id, str(article.meta.get("source") or "") or None, error)

    def not_stored(articles: Iterable[Article]) -> Iterator[Article]:
        # resuming: skip what is stored already before paying for its extraction
        nonlocal skipped_stored
        for article in articles:
            if stored_ids(conn, [article.id]).get(article.id) == article.content_hash:
                skipped_stored += 1
                continue
            yield article

    def spark_output(folder: Path) -> Iterator[Article]:
        # a finished Spark job (quotewire spark): already extracted, Parquet or JSONL parts
        from ..spark import read_output

        try:
            yield from read_output(folder)
        except QuotewireError as exc:
            on_read_error(str(folder), exc)

    def articles() -> Iterator[Article]:
        raw: list[str] = []
        for top in args.paths:
            if top != "-" and (Path(top) / "_SUCCESS").is_file():
                yield from _flush_raw(raw)
                raw.clear()
                yield from spark_output(Path(top))
                continue
            yield from expanded(top, raw)
        yield from _flush_raw(raw)

    def expanded(top: str, raw: list[str]) -> Iterator[Article]:
        for item in _expand([top]):
            path = Path(item)
            extracted = args.extracted
            if extracted is None:
                extracted = item != "-" and path.is_file() and _is_extracted_jsonl(path)
            if extracted:
                yield from _flush_raw(raw)
                raw.clear()
                if item == "-":
                    raise ConfigError("--extracted reads files, not standard input")
                if not path.is_file():
                    on_read_error(item, FormatError("no such file", source=item))
                    continue
                yield from read_extracted(path, on_read_error)
            elif item == "-" or format_of(path.name) is not None or args.paths.count(item):
                raw.append(item)

    def _flush_raw(raw: list[str]) -> Iterator[Article]:
        if not raw:
            return
        fmt = None if args.input_format == "auto" else args.input_format
        pending = not_stored(iter_inputs(list(raw), options=options, fmt=fmt, on_error=on_read_error))
        first = next(pending, None)
        if first is None:
            return
        from ..extract import Extractor

        extractor = Extractor.get(options)

        def chain() -> Iterator[Article]:
            yield first
            yield from pending

        yield from extractor.pipe(chain(), on_error=on_extract_error)

    show = args.progress if args.progress is not None else sys.stderr.isatty()
    started = time.perf_counter()
    try:
        from tqdm import tqdm

        with tqdm(desc="ingest", unit=" articles", file=sys.stderr, disable=not show, dynamic_ncols=True) as bar:
            def counted(items: Iterable[Article]) -> Iterator[Article]:
                for article in items:
                    bar.update(1)
                    yield article

            stats = ingest(conn, counted(articles()), batch_size=args.batch_size)
    finally:
        conn.close()
        if rejects_file is not None:
            rejects_file.close()
    seconds = time.perf_counter() - started
    stored = stats.added + stats.updated
    print(
        f"quotewire: {args.db}: {stats.added} new, {stats.updated} updated, "
        f"{stats.unchanged + skipped_stored} already stored, {stats.duplicates} duplicates, "
        f"{stats.statements} statements, {stats.merges} speaker merges, {len(rejects)} rejected "
        f"in {seconds:.1f} s ({(stats.seen + skipped_stored) / seconds if seconds else 0:.1f} articles/s)",
        file=sys.stderr,
    )
    if rejects and not stored and not stats.seen and not skipped_stored:
        return 2
    return 0


# -- search, export -------------------------------------------------------------------------


def _query(args: argparse.Namespace, text: str, **extra: Any) -> Any:
    from ..store.search import SearchQuery

    return SearchQuery(
        q=text, advanced=args.advanced, speaker=args.speaker, outlet=args.outlet, date_from=args.date_from,
        date_to=args.date_to, kind=args.kind, **extra,
    )


def _open_existing(db: Path) -> Any:
    from ..errors import StoreError
    from ..store.db import connect

    if not db.is_file():
        raise StoreError("no such store (create it with `quotewire ingest PATH --db FILE`)", source=str(db))
    return connect(db)


def run_search(args: argparse.Namespace) -> int:
    """Print the statements matching a search."""
    from ..store.search import search

    conn = _open_existing(args.db)
    try:
        result = search(conn, _query(args, args.query, sort=args.sort, limit=args.limit, offset=args.offset))
    finally:
        conn.close()
    if args.format == "jsonl":
        for hit in result.hits:
            print(json.dumps(hit, ensure_ascii=False))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{result.total} statements", show_lines=False, expand=True)
    for column in ("id", "date", "outlet", "speaker", "kind", "content", "outlets"):
        table.add_column(column, overflow="fold")
    for hit in result.hits:
        table.add_row(
            str(hit["id"]), (hit["date"] or "")[:10], hit["outlet"] or "", hit["speaker_name"] or "",
            hit["kind"], hit["content"], str(hit["cluster_outlets"] or ""),
        )
    Console(highlight=False).print(table)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the matching statements or articles in the chosen format."""
    from ..store.export import export

    conn = _open_existing(args.db)
    try:
        query = _query(args, args.query, sort="oldest")
        if args.out == "-":
            if args.format in ("parquet", "brat"):
                raise ConfigError(f"--format {args.format} needs --out (a {'folder' if args.format == 'brat' else 'file'})")
            count = export(conn, sys.stdout, args.format, query, unit=args.unit)
        else:
            count = export(conn, args.out, args.format, query, unit=args.unit)
    finally:
        conn.close()
    unit = "articles" if args.format == "brat" or args.unit == "articles" else "statements"
    print(f"quotewire: exported {count} {unit}" + (f" to {args.out}" if args.out != "-" else ""), file=sys.stderr)
    return 0


# -- serve, speakers ------------------------------------------------------------------------


def run_serve(args: argparse.Namespace) -> int:
    """Serve the pages and the API with uvicorn until interrupted."""
    import uvicorn

    from ..server import create_app

    options = _options(args)
    host = args.host or options.host
    port = args.port if args.port is not None else options.port
    if not 0 < port < 65536:
        raise ConfigError(f"--port must be between 1 and 65535, not {port}")
    app = create_app(args.db, options)
    print(f"quotewire: serving {args.db} on http://{host}:{port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


def run_speakers(args: argparse.Namespace) -> int:
    """Show, merge or unmerge corpus speakers."""
    from ..store.db import transaction
    from ..store.search import resolve_speaker
    from ..store.speakers import merge_speakers, speaker_info, unmerge

    conn = _open_existing(args.db)
    try:
        if args.merge:
            if not args.reason:
                raise ConfigError("--merge needs --reason (it is kept in the merge log)")
            with transaction(conn):
                merge_id = merge_speakers(conn, args.merge[0], args.merge[1], args.reason)
            print(f"merge {merge_id}: speaker {args.merge[1]} into {args.merge[0]}")
            return 0
        if args.unmerge is not None:
            with transaction(conn):
                unmerge(conn, args.unmerge)
            print(f"merge {args.unmerge} undone")
            return 0
        if not args.name:
            raise ConfigError("give a NAME (or id) to show, or --merge / --unmerge")
        ids = resolve_speaker(conn, args.name) or []
        for speaker_id in ids:
            print(json.dumps(speaker_info(conn, speaker_id), ensure_ascii=False, indent=2))
        if not ids:
            print(f"no speaker called {args.name!r}", file=sys.stderr)
            return 1
    finally:
        conn.close()
    return 0


__all__ = ["read_extracted", "register", "run_export", "run_ingest", "run_search", "run_serve", "run_speakers"]
