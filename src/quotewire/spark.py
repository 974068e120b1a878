"""quotewire on Apache Spark: the library's extraction over a DataFrame of articles.

A news archive of tens of millions of articles does not fit one machine, so this module
runs the *same* code as the library — the readers turn a record (or a file) into an
:class:`~quotewire.model.Article`, ``Extractor.get(options)`` extracts it — inside Spark
tasks. Nothing here re-implements extraction, distribution or retries:

* rows travel as Arrow record batches (``mapInArrow``, Spark's Arrow path beside
  ``mapInPandas``; Arrow gives exact Python values, no pandas NaN-for-None surprises);
* each Python worker loads the spaCy pipeline once (``Extractor.get`` caches it per
  process, and ``spark.python.worker.reuse`` keeps workers alive across tasks);
* a bad article becomes a row with ``status = "rejected"`` and its ``error``; it never
  fails the task;
* output goes through ``DataFrameWriter`` (Parquet, or one ``Article.to_dict()`` JSON
  line per article), so Spark's commit protocol makes a retried task leave no duplicate.

The output row (:data:`OUTPUT_COLUMNS`) holds every field of ``Article.to_dict()`` — the
scalar ones typed, the nested ones (``meta``, ``headline``, ``dateline``, ``speakers``,
``attributions``, ``excluded``) as JSON text so they round-trip exactly through
:func:`article_from_row` — plus a typed ``statements`` array for Spark SQL queries, and
``status``/``error``/``error_code``/``source``.

:func:`read_output` reads a finished job's output back as articles without Spark, so
``quotewire ingest`` can load a cluster's results into the SQLite store.

pyspark is imported only when a Spark function runs: ``read_output`` and
:func:`article_from_row` work without Java or pyspark.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence
from urllib.parse import unquote, urlparse

from .errors import FormatError, QuotewireError, SparkError
from .model import Article, content_id
from .settings import DEFAULT_OPTIONS, Options

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

#: scalar article fields, typed string columns of the output
SCALAR_COLUMNS: tuple[str, ...] = ("id", "title", "date", "outlet", "url", "author", "text")
#: nested fields of ``Article.to_dict()``, JSON text columns of the output
JSON_COLUMNS: tuple[str, ...] = ("meta", "headline", "dateline", "speakers", "attributions", "excluded")
#: columns a user may partition the output by
PARTITION_COLUMNS: tuple[str, ...] = ("date", "outlet", "author", "title", "url", "id")

_STATEMENT_FIELDS = (
    ("speaker_id", "string"), ("speaker", "string"), ("speaker_type", "string"), ("source", "string"),
    ("cue", "string"), ("content", "string"), ("kind", "string"), ("confidence", "double"),
    ("start_char", "int"), ("end_char", "int"), ("headline", "boolean"),
)
_TAIL_COLUMNS = (("n_attributions", "int"), ("status", "string"), ("error", "string"),
                 ("error_code", "string"), ("source", "string"))

#: the columns of an extracted DataFrame, in order (``record`` only for JSONL output)
OUTPUT_COLUMNS: tuple[str, ...] = (*SCALAR_COLUMNS, *JSON_COLUMNS, "statements", *(n for n, _ in _TAIL_COLUMNS))

INPUT_FORMATS: tuple[str, ...] = ("parquet", "jsonl", "files")
OUTPUT_FORMATS: tuple[str, ...] = ("parquet", "jsonl")
WRITE_MODES: tuple[str, ...] = ("overwrite", "errorifexists")
REJECTS_DIR = "_rejects"

#: rows per Arrow batch handed to a worker: small enough to bound memory with long texts
ARROW_BATCH_ROWS = 256

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def output_ddl(with_record: bool = False) -> str:
    """The Spark DDL schema of extracted rows (``record``: the JSON line of an ok row)."""
    statement = ",".join(f"{name}:{kind}" for name, kind in _STATEMENT_FIELDS)
    cols = [f"{name} string" for name in (*SCALAR_COLUMNS, *JSON_COLUMNS)]
    cols.append(f"statements array<struct<{statement}>>")
    cols += [f"{name} {kind}" for name, kind in _TAIL_COLUMNS]
    if with_record:
        cols.append("record string")
    return ", ".join(cols)


def _arrow_schema(with_record: bool) -> "pa.Schema":
    import pyarrow as pa

    kinds = {"string": pa.string(), "double": pa.float64(), "int": pa.int32(), "boolean": pa.bool_()}
    statement = pa.struct([(name, kinds[kind]) for name, kind in _STATEMENT_FIELDS])
    fields = [pa.field(n, pa.string()) for n in (*SCALAR_COLUMNS, *JSON_COLUMNS)]
    fields.append(pa.field("statements", pa.list_(statement)))
    fields += [pa.field(n, kinds[k]) for n, k in _TAIL_COLUMNS]
    if with_record:
        fields.append(pa.field("record", pa.string()))
    return pa.schema(fields)


# -- rows <-> articles (no Spark needed) ---------------------------------------------------


def article_row(article: Article, *, source: str | None = None, with_record: bool = False) -> dict[str, Any]:
    """The output row of an extracted article (see :data:`OUTPUT_COLUMNS`)."""
    data = article.to_dict()
    row: dict[str, Any] = {name: data[name] for name in SCALAR_COLUMNS}
    for name in JSON_COLUMNS:
        row[name] = json.dumps(data[name], ensure_ascii=False)
    speakers = {s.id: s for s in article.speakers}
    statements = []
    for a in article.attributions:
        speaker = speakers.get(a.speaker) if a.speaker else None
        statements.append({
            "speaker_id": a.speaker,
            "speaker": speaker.name if speaker else None,
            "speaker_type": str(speaker.type) if speaker else None,
            "source": a.source.text if a.source else None,
            "cue": a.cue.text if a.cue else None,
            "content": a.content_text,
            "kind": str(a.kind),
            "confidence": float(a.confidence),
            "start_char": a.start_char,
            "end_char": a.end_char,
            "headline": a.headline,
        })
    row["statements"] = statements
    row.update(n_attributions=len(article.attributions), status="ok", error=None, error_code=None,
               source=source if source is not None else _meta_source(article.meta))
    if with_record:
        row["record"] = json.dumps(data, ensure_ascii=False)
    return row


def reject_row(source: str, error: BaseException, fields: Mapping[str, Any] | None = None,
               *, with_record: bool = False) -> dict[str, Any]:
    """The output row of an input that could not be extracted: ``status = "rejected"``.

    ``fields`` (canonical names: id, title, ..., text) keep what the input gives, so a
    reject can be found and fixed; ``error`` is the message, ``error_code`` the error's
    ``code`` (``internal_error`` for an unexpected exception).
    """
    fields = fields or {}
    row: dict[str, Any] = {}
    for column in SCALAR_COLUMNS:
        value = fields.get(column)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        row[column] = value if isinstance(value, str) else None
    if not row["id"] and row["text"] is not None:
        row["id"] = content_id(row["text"])
    for column in JSON_COLUMNS:
        row[column] = None
    code = error.code if isinstance(error, QuotewireError) else "internal_error"
    message = error.message if isinstance(error, QuotewireError) else f"{type(error).__name__}: {error}"
    row.update(statements=None, n_attributions=None, status="rejected", error=message, error_code=code,
               source=source)
    if with_record:
        row["record"] = None
    return row


def _canonical(record: Mapping[str, Any] | None, options: Options) -> dict[str, Any]:
    """A raw input record's fields under the canonical names (id, title, ..., text)."""
    if not record:
        return {}
    names = options.reader
    return {"id": record.get(names.id_field), "title": record.get(names.title_field),
            "date": record.get(names.date_field), "outlet": record.get(names.outlet_field),
            "url": record.get(names.url_field), "author": record.get(names.author_field),
            "text": record.get(names.text_field)}


def article_from_row(row: Mapping[str, Any]) -> Article:
    """The :class:`Article` of an extracted (``status = "ok"``) output row, exactly.

    Raises FormatError for a rejected row or one that is not quotewire output.
    """
    if row.get("status", "ok") != "ok":
        raise FormatError(f"row {row.get('id')!r} is a reject ({row.get('error')}), not an article")
    try:
        data: dict[str, Any] = {name: row.get(name) for name in SCALAR_COLUMNS}
        for name in JSON_COLUMNS:
            value = row.get(name)
            data[name] = json.loads(value) if isinstance(value, str) else value
        return Article.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise FormatError(f"not a quotewire output row ({exc})", source=str(row.get("id"))) from exc


def _meta_source(meta: Mapping[str, Any]) -> str | None:
    value = meta.get("source")
    return value if isinstance(value, str) else None


# -- the worker side -------------------------------------------------------------------------


def _local_name(path: str) -> str:
    """``file:/a/b.txt`` -> ``/a/b.txt`` (what the library's readers call a local file)."""
    if path.startswith("file:"):
        return unquote(urlparse(path).path)
    return path


def _articles_of_row(mode: str, row: Mapping[str, Any], options: Options, label: str | None,
                     report: Callable[[str, QuotewireError], None]) -> Iterator[Article]:
    """The articles of one input row, through the library's readers."""
    from .readers import format_of, iter_stream, record_to_article

    if mode == "records":
        source = _local_name(str(row.get("_qw_source") or label or "<dataframe>"))
        record = {k: v for k, v in row.items() if k != "_qw_source"}
        yield record_to_article(record, source, options)
    elif mode == "jsonl":
        source = _local_name(row["_qw_source"])
        try:
            record = json.loads(row["value"])
        except json.JSONDecodeError as exc:
            raise FormatError(f"not valid JSON: {exc.msg} at column {exc.colno}", source=source) from exc
        if not isinstance(record, dict):
            raise FormatError(f"expected a JSON object, got {type(record).__name__}", source=source)
        yield record_to_article(record, source, options)
    elif mode == "files":
        name = _local_name(row["path"])
        data: bytes = row["content"]
        if name.lower().endswith(".gz"):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                from .errors import DecodeError

                raise DecodeError(f"broken gzip file: {exc}", source=name) from exc
        yield from iter_stream(io.BytesIO(data), name, options=options, fmt=format_of(name), on_error=report)
    else:  # pragma: no cover - internal
        raise ValueError(mode)


def _record_of_row(mode: str, row: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The raw record of a row, for what a reject row keeps of it."""
    if mode == "records":
        return row
    if mode == "jsonl":
        try:
            record = json.loads(row["value"])
        except (ValueError, TypeError):
            return None
        return record if isinstance(record, dict) else None
    return None


def extract_batches(batches: Iterable["pa.RecordBatch"], *, mode: str, options: Options,
                    with_record: bool = False, label: str | None = None) -> Iterator["pa.RecordBatch"]:
    """The worker function: input record batches in, output record batches out.

    Runs in a Spark Python worker (or anywhere: it needs pyarrow, not Spark). The
    extractor comes from ``Extractor.get(options)``, so a reused worker loads the model
    once. Every input row gives its article rows or a reject row; no exception from an
    article escapes. ``mode`` is ``records`` (columns named by ``options.reader``),
    ``jsonl`` (``value`` lines + ``_qw_source``) or ``files`` (``path`` + ``content``).
    """
    import pyarrow as pa

    from .extract import Extractor

    extractor = Extractor.get(options)  # a ModelError here fails the task: no model, no job
    schema = _arrow_schema(with_record)
    for batch in batches:
        rows: list[dict[str, Any] | None] = []
        pending: list[tuple[int, Article]] = []
        for item in batch.to_pylist():
            problems: list[tuple[str, QuotewireError]] = []
            try:
                for article in _articles_of_row(mode, item, options, label,
                                                lambda src, err: problems.append((src, err))):
                    pending.append((len(rows), article))
                    rows.append(None)
            except Exception as exc:  # noqa: BLE001 - one bad input never fails the task
                source = _row_source(mode, item, label)
                rows.append(reject_row(source, exc, _canonical(_record_of_row(mode, item), options),
                                       with_record=with_record))
            for source, error in problems:
                rows.append(reject_row(source, error, None, with_record=with_record))
        failed: dict[int, BaseException] = {}
        # pipe yields the successes in input order and hands each failure to on_error.
        results = iter(list(extractor.pipe((a for _, a in pending),
                                           on_error=lambda art, exc: failed.__setitem__(id(art), exc))))
        for slot, article in pending:
            failure = failed.get(id(article))
            result = next(results, None) if failure is None else None
            if result is None:
                rows[slot] = reject_row(_meta_source(article.meta) or article.id,
                                        failure or RuntimeError("the extractor returned no article"),
                                        _article_record(article), with_record=with_record)
            else:
                rows[slot] = article_row(result, with_record=with_record)
        if rows:
            yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _article_record(article: Article) -> dict[str, Any]:
    return {k: v for k, v in article.to_dict().items() if k in SCALAR_COLUMNS}


def _row_source(mode: str, row: Mapping[str, Any], label: str | None) -> str:
    if mode == "files":
        return _local_name(str(row.get("path")))
    return _local_name(str(row.get("_qw_source") or label or "<dataframe>"))


def probe_worker_memory(batches: Iterable["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
    """For benchmarks: one row per batch with the worker's pid and peak RSS (VmHWM, KiB)."""
    import pyarrow as pa

    from .extract import Extractor

    peak = 0
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    loaded = len(Extractor._instances)
    for batch in batches:
        n = batch.num_rows
        yield pa.RecordBatch.from_pylist(
            [{"pid": os.getpid(), "peak_rss_kib": peak, "extractors": loaded}] * min(n, 1),
            schema=pa.schema([("pid", pa.int64()), ("peak_rss_kib", pa.int64()), ("extractors", pa.int64())]),
        )


# -- the driver side ---------------------------------------------------------------------------


def _import_pyspark() -> Any:
    try:
        import pyspark
    except ImportError as exc:
        raise SparkError("pyspark is not installed; install it with `pip install 'quotewire[spark]'`") from exc
    return pyspark


def check_java() -> str:
    """The Java runtime Spark will use; raises SparkError when there is none."""
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        where = f"JAVA_HOME={java_home} has no bin/java" if java_home else "no `java` on PATH"
        raise SparkError(
            f"Spark needs a Java 17+ runtime and found none ({where}); install one "
            "(Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME"
        )
    try:
        probe = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SparkError(f"the Java runtime {java} does not run: {exc}") from exc
    if probe.returncode != 0:
        raise SparkError(f"the Java runtime {java} does not run: {probe.stderr.strip()[:200]}")
    return java


def get_session(master: str | None = None, *, app_name: str = "quotewire",
                config: Mapping[str, str] | None = None) -> "SparkSession":
    """The active SparkSession (under ``spark-submit``), else a new one on ``master``.

    A new session defaults to ``local[*]``, reuses Python workers (so each keeps its
    loaded model) and, in local mode, runs workers with this Python. Raises SparkError
    when pyspark or Java is missing or the session cannot start.
    """
    _import_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    check_java()
    master = master or os.environ.get("QUOTEWIRE_SPARK_MASTER") or "local[*]"
    builder = (
        SparkSession.builder.master(master).appName(app_name)
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH_ROWS))
    )
    if master.startswith("local") and "PYSPARK_PYTHON" not in os.environ:
        # Local workers must import quotewire and the spaCy model: run them with this
        # interpreter (pyspark reads the variable, not the conf, for SQL Python workers).
        os.environ["PYSPARK_PYTHON"] = sys.executable
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # py4j / Java start-up failures
        raise SparkError(f"the Spark session on {master!r} did not start: {_first_line(exc)}") from exc
    return session


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    for line in text.splitlines():
        if line.strip() and not line.startswith("\tat "):
            return line.strip()[:500]
    return type(exc).__name__


def _reader_options(options: Options, text_col: str | None, id_col: str | None, html_col: str | None) -> Options:
    changes = {}
    if text_col:
        changes["text_field"] = text_col
    if id_col:
        changes["id_field"] = id_col
    if html_col:
        changes["html_field"] = html_col
    return options.with_(reader=replace(options.reader, **changes)) if changes else options


def _spread(df: "DataFrame", partitions: int | None) -> "DataFrame":
    """Enough partitions for every core: NLP is CPU-bound per row, input splits are by bytes."""
    target = partitions or 2 * df.sparkSession.sparkContext.defaultParallelism
    if partitions or df.rdd.getNumPartitions() < target:
        return df.repartition(target)
    return df


def _map(df: "DataFrame", mode: str, options: Options, with_record: bool, label: str | None) -> "DataFrame":
    func = functools.partial(extract_batches, mode=mode, options=options, with_record=with_record, label=label)
    return df.mapInArrow(func, output_ddl(with_record))


def extract_dataframe(
    df: "DataFrame",
    *,
    options: Options | None = None,
    text_col: str | None = "text",
    id_col: str | None = "id",
    html_col: str | None = None,
    source_col: str | None = None,
    partitions: int | None = None,
    with_record: bool = False,
) -> "DataFrame":
    """Extract every article of a DataFrame; one output row per article (or reject).

    Each row is read like a JSONL record by the library (``record_to_article``): the
    ``text_col`` text or the ``html_col`` page, metadata from the columns named in
    ``options.reader`` (title, date, outlet, url, author), other scalar columns into
    ``meta``. ``source_col`` names each row in errors and in ``meta["source"]``
    (default ``"<dataframe>"``). The result has :data:`OUTPUT_COLUMNS` (plus ``record``,
    the ``Article.to_dict()`` JSON line, with ``with_record``); it is lazy, like any
    DataFrame. ``partitions`` repartitions first (default: at least 2 per core).
    """
    options = _reader_options(options or DEFAULT_OPTIONS, text_col, id_col, html_col)
    if source_col:
        if source_col not in df.columns:
            raise SparkError(f"no column {source_col!r} in the DataFrame (columns: {', '.join(df.columns)})")
        df = df.withColumnRenamed(source_col, "_qw_source")
    names = options.reader
    if names.text_field not in df.columns and names.html_field not in df.columns:
        raise SparkError(
            f"the DataFrame has no {names.text_field!r} or {names.html_field!r} column "
            f"(columns: {', '.join(df.columns)}); name it with text_col= / html_col="
        )
    df = _plain_columns(df)
    return _map(_spread(df, partitions), "records", options, with_record, None)


def _plain_columns(df: "DataFrame") -> "DataFrame":
    """Dates and timestamps as ISO text, nested columns dropped (a record's scalars only)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, DateType, MapType, StructType, TimestampType

    cols = []
    for field in df.schema.fields:
        if isinstance(field.dataType, (ArrayType, MapType, StructType)):
            continue
        if isinstance(field.dataType, (DateType, TimestampType)):
            cols.append(F.col(field.name).cast("string").alias(field.name))
        else:
            cols.append(F.col(field.name))
    return df.select(*cols)


@dataclass(frozen=True, slots=True)
class SparkSummary:
    """What a Spark job did."""

    input: str
    output: str
    input_format: str
    output_format: str
    articles: int
    ok: int
    rejected: int
    attributions: int
    seconds: float
    rejects: str

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}  # type: ignore[attr-defined]


def guess_input_format(path: str) -> str:
    """``parquet``, ``jsonl`` or ``files`` for an input path, by extension (local folders: by content)."""
    lowered = path.lower().rstrip("/")
    if lowered.endswith(".parquet"):
        return "parquet"
    if lowered.endswith(_JSONL_SUFFIXES) or lowered.endswith(tuple(s + ".gz" for s in _JSONL_SUFFIXES)):
        return "jsonl"
    local = Path(_local_name(path))
    if local.is_dir():
        names = [p.name.lower() for p in local.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))]
        if names and all(n.endswith(".parquet") for n in names):
            return "parquet"
        if names and all(n.endswith(_JSONL_SUFFIXES) or n.endswith(tuple(s + ".gz" for s in _JSONL_SUFFIXES))
                         for n in names):
            return "jsonl"
    return "files"


def read_input(spark: "SparkSession", path: str, input_format: str) -> tuple["DataFrame", str]:
    """The input DataFrame of ``path`` and the worker mode that reads its rows."""
    from pyspark.sql import functions as F

    if input_format == "parquet":
        return spark.read.parquet(path).withColumn("_qw_source", F.col("_metadata.file_path")), "records"
    if input_format == "jsonl":
        df = spark.read.option("recursiveFileLookup", "true").text(path)
        df = df.select("value", F.col("_metadata.file_path").alias("_qw_source"))
        return df.where(F.length(F.trim("value")) > 0), "jsonl"
    if input_format == "files":
        from .readers import EXTENSIONS

        df = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(path)
        known = [F.lower("path").endswith(ext) for ext in EXTENSIONS] + \
                [F.lower("path").endswith(ext + ".gz") for ext in EXTENSIONS]
        condition = known[0]
        for c in known[1:]:
            condition = condition | c
        return df.where(condition).select("path", "content"), "files"
    raise SparkError(f"unknown input format {input_format!r}; use one of {', '.join(INPUT_FORMATS)}")


def _name_jsonl_parts(spark: "SparkSession", output: str) -> None:
    """Rename the committed ``part-*.txt`` files of a JSONL output to ``part-*.jsonl``.

    Runs after Spark committed the job (so retries are long settled), through Hadoop's
    FileSystem API, so it works on HDFS/S3 as on a local disk; readers then know the files
    by their extension.
    """
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path  # type: ignore[union-attr]
    root = hadoop_path(output)
    fs = root.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())  # type: ignore[union-attr]
    files = fs.listFiles(root, True)
    renames = []
    while files.hasNext():
        path = files.next().getPath()
        name = path.getName()
        if name.startswith("part-") and name.endswith(".txt"):
            renames.append((path, hadoop_path(path.getParent(), name[: -len(".txt")] + ".jsonl")))
    for source, target in renames:
        fs.rename(source, target)


def run_spark_job(
    input: str | Path,
    output: str | Path,
    *,
    fmt: str = "parquet",
    partition_by: Sequence[str] | None = None,
    options: Options | None = None,
    master: str | None = None,
    input_format: str | None = None,
    mode: str = "errorifexists",
    partitions: int | None = None,
    spark: "SparkSession | None" = None,
) -> SparkSummary:
    """Read ``input``, extract every article on Spark, write ``output``; returns a summary.

    ``input`` is Parquet, JSONL (one record a line, field names from ``options.reader``)
    or a folder of text/HTML (and JSON/CSV) files; ``input_format`` is guessed when None.
    ``fmt="parquet"`` writes :data:`OUTPUT_COLUMNS`; ``fmt="jsonl"`` writes one
    ``Article.to_dict()`` JSON line per article. Rejects go to ``output/_rejects`` (JSON
    lines) either way. ``partition_by`` names columns of :data:`PARTITION_COLUMNS` to
    partition the output by (folders ``date=.../``). ``mode`` is ``errorifexists`` or
    ``overwrite``. Raises SparkError for a job that cannot run.
    """
    started = time.perf_counter()
    options = options or DEFAULT_OPTIONS
    input, output = str(input), str(output)
    if fmt not in OUTPUT_FORMATS:
        raise SparkError(f"unknown output format {fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}")
    if mode not in WRITE_MODES:
        raise SparkError(f"unknown write mode {mode!r}; use one of {', '.join(WRITE_MODES)}")
    partition_by = list(partition_by or ())
    bad = [c for c in partition_by if c not in PARTITION_COLUMNS]
    if bad:
        raise SparkError(f"cannot partition by {', '.join(bad)}; use some of {', '.join(PARTITION_COLUMNS)}")
    input_format = input_format or guess_input_format(input)
    if input_format not in INPUT_FORMATS:
        raise SparkError(f"unknown input format {input_format!r}; use one of {', '.join(INPUT_FORMATS)}")
    if "://" not in input and not input.startswith("file:") and not Path(input).exists():
        raise SparkError("no such file or folder", source=input)
    spark = spark or get_session(master)
    from pyspark import StorageLevel
    from pyspark.errors import PySparkException
    from pyspark.sql import functions as F

    try:
        df, worker_mode = read_input(spark, input, input_format)
        if worker_mode == "records":
            names = options.reader
            if names.text_field not in df.columns and names.html_field not in df.columns:
                raise SparkError(f"the input has no {names.text_field!r} or {names.html_field!r} column "
                                 f"(columns: {', '.join(df.columns)}); set [reader] field names", source=input)
            df = _plain_columns(df)
        extracted = _map(_spread(df, partitions), worker_mode, options, fmt == "jsonl", None)
        # Computed once, written twice (articles, rejects): keep it for the second write.
        extracted = extracted.persist(StorageLevel.MEMORY_AND_DISK)
        try:
            ok = extracted.where(F.col("status") == "ok")
            if fmt == "parquet":
                writer = ok.drop("status", "error", "error_code").write.mode(mode)
                if partition_by:
                    writer = writer.partitionBy(*partition_by)
                writer.parquet(output)
            else:
                writer = ok.select("record", *partition_by).write.mode(mode)
                if partition_by:
                    writer = writer.partitionBy(*partition_by)
                writer.option("compression", "none").text(output)
                _name_jsonl_parts(spark, output)
            rejects_path = output.rstrip("/") + "/" + REJECTS_DIR
            (extracted.where(F.col("status") != "ok")
             .select("id", "source", "error_code", "error", "title", "date", "outlet", "url", "author")
             .coalesce(1).write.mode("overwrite").option("ignoreNullFields", "false").json(rejects_path))
            counts = {r["status"]: (r["n"], r["attributions"] or 0) for r in
                      extracted.groupBy("status").agg(F.count(F.lit(1)).alias("n"),
                                                      F.sum("n_attributions").alias("attributions")).collect()}
        finally:
            extracted.unpersist()
    except PySparkException as exc:
        raise SparkError(f"the Spark job failed: {_first_line(exc)}", source=input) from exc
    except Exception as exc:
        if type(exc).__name__ == "Py4JJavaError":
            raise SparkError(f"the Spark job failed: {_first_line(exc)}", source=input) from exc
        raise
    n_ok, n_attr = counts.get("ok", (0, 0))
    n_rej = sum(n for status, (n, _) in counts.items() if status != "ok")
    return SparkSummary(input=input, output=output, input_format=input_format, output_format=fmt,
                        articles=n_ok + n_rej, ok=n_ok, rejected=n_rej, attributions=int(n_attr),
                        seconds=round(time.perf_counter() - started, 3), rejects=rejects_path)


# -- reading the output back (no Spark needed) -------------------------------------------------


def _partition_values(relative: Path) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for part in relative.parent.parts:
        if "=" in part:
            key, _, value = part.partition("=")
            values[unquote(key)] = None if value == "__HIVE_DEFAULT_PARTITION__" else unquote(value)
    return values


def _output_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(p.startswith(("_", ".")) for p in relative.parts):
            continue
        if path.suffix == ".crc":
            continue
        files.append(path)
    return files


def read_output(path: str | Path) -> Iterator[Article]:
    """The articles of a finished Spark job's output folder (Parquet or JSONL), in file order.

    Works without Spark or Java (pyarrow reads Parquet), so a laptop can load a cluster's
    results: partition folders (``date=2015-11-19/``) give back their column, files and
    folders starting with ``_`` or ``.`` (``_SUCCESS``, ``_rejects``) are skipped. Raises
    FormatError for a folder that holds no quotewire output.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise FormatError("not a Spark output folder", source=str(path))
    files = _output_files(folder)
    if not files and not (folder / "_SUCCESS").exists():
        raise FormatError("no Spark output files here (no part-* files, no _SUCCESS)", source=str(path))
    for file in files:
        if file.suffix == ".parquet":
            import pyarrow.parquet as pq

            extra = _partition_values(file.relative_to(folder))
            table = pq.read_table(file)
            for batch in table.to_batches():
                for row in batch.to_pylist():
                    yield article_from_row({**row, **extra})
        else:
            with open(file, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        yield Article.from_dict(json.loads(line))
                    except (ValueError, KeyError, TypeError) as exc:
                        raise FormatError(f"line {number}: not an extracted article ({exc})",
                                          source=str(file)) from exc


def is_spark_output(path: str | Path) -> bool:
    """Whether ``path`` is a folder written by a Spark job (it has a ``_SUCCESS`` marker)."""
    return (Path(path) / "_SUCCESS").is_file()


__all__ = [
    "INPUT_FORMATS",
    "OUTPUT_COLUMNS",
    "OUTPUT_FORMATS",
    "PARTITION_COLUMNS",
    "SparkSummary",
    "article_from_row",
    "article_row",
    "check_java",
    "extract_batches",
    "extract_dataframe",
    "get_session",
    "guess_input_format",
    "is_spark_output",
    "read_input",
    "read_output",
    "reject_row",
    "run_spark_job",
]
