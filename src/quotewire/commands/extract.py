"""``quotewire extract``: attributions of articles, as a table, JSON, JSONL or brat."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ConfigError, InputError
from ..extract import Extractor
from ..model import Article
from ..settings import DEFAULT_OPTIONS, load_options

FORMATS = ("table", "json", "jsonl", "brat")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``extract`` subcommand."""
    p = subparsers.add_parser(
        "extract",
        help="extract who said what from articles",
        description="Extract attributions (speaker, cue, content with character offsets) from "
        "text files, folders or standard input ('-').",
    )
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH", help="files or folders; '-' reads standard input")
    p.add_argument("--format", "-f", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--out", "-o", type=Path, help="output folder (brat: one NAME.ann per input; others: one file)")
    p.add_argument("--config", type=Path, help="an INI file of options over the packaged defaults")
    p.add_argument("--no-boilerplate", action="store_true", help="do not exclude scraped boilerplate")
    p.add_argument("--no-speakers", action="store_true", help="do not resolve speakers")
    p.set_defaults(func=run)


def _options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    options = load_options(args.config) if args.config else DEFAULT_OPTIONS
    changes = {}
    if args.no_boilerplate:
        changes["exclude_boilerplate"] = False
    if args.no_speakers:
        changes["resolve_speakers"] = False
    return options.with_(**changes) if changes else options


def _read_plain(paths: list[str]) -> list[Article]:
    articles = []
    for raw in paths:
        if raw == "-":
            articles.append(Article(text=sys.stdin.read(), meta={"source": "<stdin>"}))
            continue
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if not file.exists():
                raise InputError("no such file or folder", source=str(file))
            try:
                text = file.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"not UTF-8 text ({exc.reason})", source=str(file)) from exc
            articles.append(Article(text=text, id=file.stem, meta={"source": str(file)}))
    return articles


def run(args: argparse.Namespace) -> int:
    """Extract and write every input; the first unreadable one stops with a clear error."""
    options = _options(args)
    if args.format == "brat" and not args.out:
        raise ConfigError("--format brat writes one NAME.ann per input: give --out DIR")
    articles = _read_plain(args.paths)
    extractor = Extractor.get(options)
    from ..writers.brat import write_ann_file
    from ..writers.jsonl import article_json
    from ..writers.table import print_table

    out_file = None
    if args.out and args.format in ("json", "jsonl"):
        args.out.mkdir(parents=True, exist_ok=True)
        out_file = open(args.out / f"attributions.{args.format}", "w", encoding="utf-8")
    elif args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    try:
        for article in extractor.pipe(articles):
            if args.format == "brat":
                write_ann_file(article, args.out)
            elif args.format == "table":
                print_table(article)
            else:
                line = article_json(article, indent=2 if args.format == "json" else None)
                print(line, file=out_file or sys.stdout)
    finally:
        if out_file:
            out_file.close()
    return 0
