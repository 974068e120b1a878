"""``quotewire extract``: attributions of articles, as a table, JSON, JSONL or brat."""

from __future__ import annotations

import argparse
from dataclasses import fields
import sys
from pathlib import Path
from typing import IO, Callable

from ..errors import ConfigError
from ..model import Article
from ..readers import FORMATS as INPUT_FORMATS
from ..settings import Options, ReaderFields, options_for

FORMATS = ("table", "json", "jsonl", "brat")
FIELD_KEYS = tuple(f.name.removesuffix("_field") for f in fields(ReaderFields))


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``extract`` subcommand."""
    p = subparsers.add_parser(
        "extract",
        help="extract who said what from articles",
        description="Extract attributions (speaker, cue, content with character offsets) from "
        "text, HTML, JSONL or CSV files (gzip too), folders or standard input ('-'). Unreadable "
        "articles are skipped and reported (--rejects); a summary goes to standard error.",
    )
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH", help="files or folders; '-' reads standard input")
    p.add_argument("--format", "-f", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--out", "-o", type=Path, help="output folder (brat: one NAME.ann per input; others: one file)")
    p.add_argument("--config", type=Path, help="an INI file of options over the packaged defaults")
    p.add_argument("--no-boilerplate", action="store_true", help="do not exclude scraped boilerplate")
    p.add_argument("--no-speakers", action="store_true", help="do not resolve speakers")
    p.add_argument("--mode", choices=("rules", "model"), help="model (default: the rules plus the learned "
                   "tagger), or rules (the rules alone, about twice as fast)")
    p.add_argument("--min-confidence", type=float, metavar="P",
                   help="drop statements whose kind was right less than this share of the time on "
                   "PolNeAR dev (0-1; default 0: keep all)")
    # corpus runs (quotewire.corpus): any input format, several processes, rejects set aside
    p.add_argument("--input-format", choices=("auto", *INPUT_FORMATS), default="auto",
                   help="reader to use (default: by extension, else by content)")
    p.add_argument("--field", action="append", default=[], metavar="KEY=NAME",
                   help="JSONL/CSV field name, e.g. --field text=body --field id=uid "
                   f"(keys: {', '.join(FIELD_KEYS)})")
    p.add_argument("--workers", "-j", type=int, default=1, metavar="N",
                   help="extract with N processes (default: 1)")
    p.add_argument("--rejects", type=Path, metavar="FILE",
                   help="write unreadable or failed articles here as JSON lines (id, source, error, message)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar with articles/s on standard error (default: when it is a terminal)")
    p.set_defaults(func=run)


def _options(args: argparse.Namespace) -> Options:
    fields = {}
    for item in getattr(args, "field", None) or ():
        key, sep, value = item.partition("=")
        if not sep or key.strip() not in FIELD_KEYS or not value.strip():
            raise ConfigError(f"--field takes KEY=NAME with KEY one of {', '.join(FIELD_KEYS)}, not {item!r}")
        fields[key.strip()] = value.strip()
    return options_for(args.config, boilerplate=False if args.no_boilerplate else None,
                       speakers=False if args.no_speakers else None, mode=args.mode, fields=fields,
                       min_confidence=args.min_confidence)


def _brat_name(article: Article) -> str:
    """NAME of NAME.ann: the input file's stem for a file, else the article id."""
    source = str(article.meta.get("source") or "")
    if source and ":" not in Path(source).name and source != "<stdin>":
        name = Path(source).name
        for suffix in (".gz", ".txt", ".text", ".html", ".htm", ".xhtml"):
            name = name[: -len(suffix)] if name.lower().endswith(suffix) else name
        return name or article.id
    return article.id


def run(args: argparse.Namespace) -> int:
    """Extract every input as a stream; unreadable or failing articles are reported, not fatal.

    Exit code 0 when at least one article was extracted (or there was none), 2 when every
    input was rejected.
    """
    options = _options(args)
    if args.format == "brat" and not args.out:
        raise ConfigError("--format brat writes one NAME.ann per input: give --out DIR")
    if args.workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {args.workers}")
    from ..corpus import run_corpus
    from ..writers.brat import write_ann_file
    from ..writers.jsonl import article_json
    from ..writers.table import print_table

    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    out: str | Path | None = None
    sink: Callable[[Article], None] | None = None
    json_file: IO[str] = sys.stdout
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    if args.format == "jsonl":
        out = args.out / "attributions.jsonl" if args.out else "-"
    elif args.format == "brat":
        def write_brat(article: Article) -> None:
            write_ann_file(article, args.out, _brat_name(article))

        sink = write_brat

    elif args.format == "table":
        sink = print_table
    else:
        if args.out:
            json_file = open(args.out / "attributions.json", "w", encoding="utf-8")
        sink = lambda article: print(article_json(article, indent=2), file=json_file)  # noqa: E731

    def report(record: dict[str, object]) -> None:
        if args.rejects is None:
            print(f"quotewire: skipped {record['source'] or record['id']}: {record['message']} ({record['error']})",
                  file=sys.stderr)

    try:
        summary = run_corpus(
            args.paths, out, options=options, workers=args.workers, rejects_path=args.rejects,
            progress=progress, input_format=None if args.input_format == "auto" else args.input_format,
            sink=sink, on_reject=report,
        )
    finally:
        if args.format == "json" and args.out:
            json_file.close()
    if progress or summary.read > 1:  # one input: its result or its one error line says it all
        print(f"quotewire: {summary}", file=sys.stderr)
    if summary.rejected and not summary.extracted:
        return 2
    return 0
