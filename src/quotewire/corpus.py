"""Streaming corpus runs: thousands of articles in, JSON Lines out, bad articles set aside.

:func:`run_corpus` reads its inputs with :func:`quotewire.readers.iter_inputs` (files,
folders, JSONL/CSV archives, gzip, stdin), extracts each article, and writes one
``Article.to_dict()`` line per article as soon as its chunk is done, so memory does not grow
with the size of the corpus: at most ``2 x workers`` chunks are in flight at any time.
With ``workers > 1`` a pool of processes each loads the spaCy pipeline once (in the pool
initializer) and extracts chunks of articles.

An article that cannot be read (empty, undecodable, giant, broken HTML, a bad JSONL line)
or extracted (any error, with its class name) becomes one line of the rejects file,
``{"id", "source", "error", "message"}``, and the run goes on. The returned
:class:`CorpusSummary` counts what was read, extracted and rejected.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
import time
from collections import Counter, deque
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Mapping, Sequence

from tqdm import tqdm

from .errors import ConfigError, QuotewireError
from .extract import Extractor
from .model import Article
from .readers import iter_inputs
from .settings import DEFAULT_OPTIONS, Options

#: articles per unit of work handed to a worker process
DEFAULT_CHUNK_SIZE = 8
#: chunks in flight per worker (bounds memory: read-ahead never exceeds this)
IN_FLIGHT_PER_WORKER = 2

Result = tuple[str, str]  # ("ok", article JSON) or ("reject", reject JSON)


@dataclass(frozen=True)
class CorpusSummary:
    """What a corpus run did: articles read, extracted and rejected, and how long it took."""

    read: int
    extracted: int
    rejected: int
    seconds: float
    by_error: Mapping[str, int] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        """Articles read per second of the run."""
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        text = (
            f"read {self.read}, extracted {self.extracted}, rejected {self.rejected} "
            f"in {self.seconds:.1f} s ({self.articles_per_second:.1f} articles/s)"
        )
        if self.by_error:
            text += " — rejects: " + ", ".join(f"{code} {n}" for code, n in sorted(self.by_error.items()))
        return text


def reject_record(article_id: str | None, source: str | None, error: BaseException) -> dict[str, Any]:
    """The rejects-file record of an error: QuotewireErrors by code, others by class name."""
    if isinstance(error, QuotewireError):
        return {"id": article_id, "source": source, "error": error.code, "message": error.message}
    return {"id": article_id, "source": source, "error": type(error).__name__, "message": str(error)}


# -- the work of one process ------------------------------------------------------------

_worker_options: Options | None = None


def _init_worker(options: Options) -> None:
    """Pool initializer: load the pipeline once per worker process."""
    global _worker_options
    _worker_options = options
    Extractor.get(options)


def _extract_chunk(articles: list[Article]) -> list[Result]:
    """Extract a chunk of articles; every failure becomes a reject, never an exception."""
    extractor = Extractor.get(_worker_options)
    results: list[Result] = []
    for article in articles:
        source = article.meta.get("source") if article.meta else None
        try:
            done = extractor(article)
            results.append(("ok", json.dumps(done.to_dict(), ensure_ascii=False)))
        except Exception as exc:  # one bad article never stops a corpus run
            record = reject_record(article.id, source, exc)
            results.append(("reject", json.dumps(record, ensure_ascii=False)))
    return results


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- the run ----------------------------------------------------------------------------


def _open_out(out: str | Path | IO[str] | None, stack: ExitStack) -> IO[str] | None:
    if out is None:
        return None
    if isinstance(out, (str, Path)):
        if str(out) == "-":
            return sys.stdout
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        return stack.enter_context(open(path, "w", encoding="utf-8"))
    return out


def run_corpus(
    paths: Sequence[str | Path],
    out: str | Path | IO[str] | None,
    *,
    options: Options | None = None,
    workers: int = 1,
    rejects_path: str | Path | None = None,
    progress: bool = True,
    fmt: str = "jsonl",
    input_format: str | None = None,
    sink: Callable[[Article], None] | None = None,
    on_reject: Callable[[dict[str, Any]], None] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> CorpusSummary:
    """Extract every article of ``paths`` into ``out`` (JSON Lines), streaming.

    ``out`` is a path, ``"-"`` (standard output), an open text file, or None when only
    ``sink`` receives the extracted articles (e.g. for a table or brat files).
    ``workers`` > 1 runs a process pool; ``rejects_path`` gets one JSON line per article
    that could not be read or extracted; ``progress`` shows a progress bar with
    articles/s on standard error. ``input_format`` forces a reader (see
    :data:`quotewire.readers.FORMATS`). ``on_reject`` receives each reject record too
    (the CLI reports them when no rejects file is given). Raises ConfigError for bad arguments; bad
    articles never raise.
    """
    options = options or DEFAULT_OPTIONS
    if fmt != "jsonl":
        raise ConfigError(f"corpus output format must be 'jsonl', not {fmt!r} (use sink= for others)")
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    if chunk_size < 1:
        raise ConfigError(f"chunk_size must be at least 1, not {chunk_size}")
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    errors: Counter[str] = Counter()

    with ExitStack() as stack:
        out_file = _open_out(out, stack)
        rejects_file: IO[str] | None = None
        if rejects_path is not None:
            Path(rejects_path).parent.mkdir(parents=True, exist_ok=True)
            rejects_file = stack.enter_context(open(rejects_path, "w", encoding="utf-8"))
        bar = stack.enter_context(
            tqdm(desc="extract", unit=" articles", file=sys.stderr, disable=not progress,
                 mininterval=0.5, dynamic_ncols=True)
        )

        def reject(line: str, code: str) -> None:
            counts["rejected"] += 1
            errors[code] += 1
            if rejects_file is not None:
                rejects_file.write(line + "\n")
                rejects_file.flush()
            if on_reject is not None:
                on_reject(json.loads(line))
            bar.update(1)
            bar.set_postfix(rejected=counts["rejected"], refresh=False)

        def on_read_error(source: str, error: QuotewireError) -> None:
            record = reject_record(getattr(error, "article_id", None), source, error)
            reject(json.dumps(record, ensure_ascii=False), record["error"])

        def collect(results: list[Result]) -> None:
            for kind, line in results:
                if kind == "reject":
                    reject(line, json.loads(line)["error"])
                    continue
                counts["extracted"] += 1
                if out_file is not None:
                    out_file.write(line + "\n")
                if sink is not None:
                    sink(Article.from_dict(json.loads(line)))
                bar.update(1)
            if out_file is not None:
                out_file.flush()

        articles = iter_inputs(paths, options=options, fmt=input_format, on_error=on_read_error)
        chunks = _chunks(articles, chunk_size)
        if workers == 1:
            _init_worker(options)
            for chunk in chunks:
                collect(_extract_chunk(chunk))
        else:
            context = multiprocessing.get_context("spawn")
            pool = context.Pool(workers, initializer=_init_worker, initargs=(options,))
            stack.callback(pool.join)
            stack.callback(pool.terminate)
            pending: deque[AsyncResult[list[Result]]] = deque()
            limit = workers * IN_FLIGHT_PER_WORKER
            for chunk in chunks:
                pending.append(pool.apply_async(_extract_chunk, (chunk,)))
                while len(pending) >= limit:
                    collect(pending.popleft().get())
            while pending:
                collect(pending.popleft().get())
            pool.close()

    read = counts["extracted"] + counts["rejected"]
    return CorpusSummary(read=read, extracted=counts["extracted"], rejected=counts["rejected"],
                         seconds=time.perf_counter() - started, by_error=dict(errors))


__all__ = ["CorpusSummary", "reject_record", "run_corpus"]
