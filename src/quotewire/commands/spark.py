"""``quotewire spark``: the extraction of a whole archive on Apache Spark (local or a cluster)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..settings import Options, options_for


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``spark`` subcommand."""
    from ..spark import INPUT_FORMATS, OUTPUT_FORMATS, PARTITION_COLUMNS

    p = subparsers.add_parser(
        "spark",
        help="extract a large archive on Apache Spark (local cores or a cluster)",
        description="Run the same extraction as `quotewire extract` on Spark: INPUT is Parquet, JSONL "
        "or a folder of text/HTML files; OUTPUT is a folder of Parquet (one typed row per article) or "
        "JSONL (one Article JSON per line), with rejects in OUTPUT/_rejects. Load it into the store "
        "with `quotewire ingest OUTPUT --db FILE`. Under spark-submit the submitted session is used.",
    )
    p.add_argument("input", metavar="INPUT", help="Parquet file/folder, JSONL file/folder, or a folder of files")
    p.add_argument("output", metavar="OUTPUT", help="output folder (must not exist unless --overwrite)")
    p.add_argument("--format", "-f", choices=OUTPUT_FORMATS, default="parquet", help="output format (default: parquet)")
    p.add_argument("--input-format", choices=INPUT_FORMATS, help="input format (default: guessed from INPUT)")
    p.add_argument("--partition-by", action="append", default=[], metavar="COL", choices=PARTITION_COLUMNS,
                   help=f"partition the output by this column (repeatable; one of {', '.join(PARTITION_COLUMNS)})")
    p.add_argument("--master", help="Spark master, e.g. local[2] (default: the spark-submit session, else local[*])")
    p.add_argument("--partitions", type=int, help="repartition the input into this many tasks (default: 2 per core)")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    p.add_argument("--config", type=Path, help="an INI file of options over the packaged defaults")
    p.add_argument("--text-field", help="name of the text field/column (default: [reader] text_field)")
    p.add_argument("--html-field", help="name of the HTML field/column (default: [reader] html_field)")
    p.add_argument("--id-field", help="name of the id field/column (default: [reader] id_field)")
    p.add_argument("--max-chars", type=int, help="reject articles longer than this many characters")
    p.set_defaults(func=run)


def options_from_args(args: argparse.Namespace) -> Options:
    """The options of a ``spark`` command line (configuration file, then flags)."""
    fields = {name: getattr(args, name) for name in ("text_field", "html_field", "id_field") if getattr(args, name)}
    return options_for(args.config, fields=fields, max_chars=args.max_chars)


def run(args: argparse.Namespace) -> int:
    """Run the job; print its summary (one JSON object) on standard output."""
    from ..errors import SparkError
    from ..spark import run_spark_job

    if args.partitions is not None and args.partitions < 1:
        raise SparkError("--partitions must be at least 1")
    summary = run_spark_job(
        args.input,
        args.output,
        fmt=args.format,
        partition_by=args.partition_by,
        options=options_from_args(args),
        master=args.master,
        input_format=args.input_format,
        mode="overwrite" if args.overwrite else "errorifexists",
        partitions=args.partitions,
    )
    print(json.dumps(summary.to_dict()))
    if summary.rejected:
        print(f"quotewire: {summary.rejected} of {summary.articles} articles rejected; see {summary.rejects}",
              file=sys.stderr)
    return 0
