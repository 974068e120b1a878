"""Benchmark of the corpus store: ingest rate and search latency over synthetic articles.

    python benchmarks/bench_store.py [--articles 10000] [--queries 300] [--db PATH]

Generates already-extracted articles from templates (no spaCy: this measures the store,
not the extractor), ingests them into a fresh SQLite file, then times searches: plain
words, phrases, prefixes, each with and without filters (speaker, outlet, date range,
kind). Prints one line per figure.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from quotewire.store.db import connect
from quotewire.store.ingest import ingest
from quotewire.store.search import SearchQuery, search
from quotewire.store.synthetic import OUTLETS, TOPICS, generate_articles

WORDS = ("Syria", "terrorism", "ceasefire", "sanctions", "refugees", "partners", "responsibility", "talks",
         "solution", "Ukraine", "Aleppo", "NATO", "Iran", "alternative", "world")
PHRASES = ('"Middle East"', '"Security Council"', '"peace talks"', '"without preconditions"',
           '"as soon as possible"', '"international law"', '"in good faith"', '"oil prices"')
PREFIXES = ("terror*", "sanc*", "coord*", "respons*", "negot*", "refug*", "cease*", "Sy*")
SPEAKERS = ("Lavrov", "Sergei Lavrov", "Peskov", "Zakharova", "Kerry", "Merkel", "Putin")


def queries(n: int, seed: int = 3) -> list[tuple[str, SearchQuery]]:
    """``n`` searches of each kind, half of them with a filter."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        family = ("word", "phrase", "prefix")[i % 3]
        text = rng.choice({"word": WORDS, "phrase": PHRASES, "prefix": PREFIXES}[family])
        if rng.random() < 0.15:
            text = f"{rng.choice(WORDS)} {rng.choice(TOPICS).split()[-1]}"
        filters: dict[str, object] = {}
        if i % 2:
            choice = rng.randrange(4)
            if choice == 0:
                filters["speaker"] = rng.choice(SPEAKERS)
            elif choice == 1:
                filters["outlet"] = rng.choice(OUTLETS)
            elif choice == 2:
                year = rng.choice(("2015", "2016"))
                month = rng.randrange(1, 13)
                filters["date_from"] = f"{year}-{month:02d}-01"
                filters["date_to"] = f"{year}-{month:02d}"
            else:
                filters["kind"] = rng.choice(("direct", "indirect"))
        out.append((family + ("+filter" if filters else ""), SearchQuery(q=text, **filters)))  # type: ignore[arg-type]
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--db", type=Path, help="store file (default: a temporary one)")
    args = parser.parse_args(argv)

    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"
    if db.exists():
        print(f"{db} exists; give a new path", file=sys.stderr)
        return 2
    t = time.perf_counter()
    articles = list(generate_articles(args.articles, seed=1))
    n_statements = sum(len(a.attributions) for a in articles)
    print(f"generated {len(articles)} articles, {n_statements} statements in {time.perf_counter() - t:.1f} s")

    conn = connect(db)
    t = time.perf_counter()
    stats = ingest(conn, articles, batch_size=args.batch_size)
    seconds = time.perf_counter() - t
    print(f"ingest: {stats.added} articles, {stats.statements} statements, {stats.merges} speaker merges "
          f"in {seconds:.1f} s = {stats.added / seconds:.0f} articles/s ({stats.statements / seconds:.0f} statements/s)")
    speakers = conn.execute("SELECT COUNT(*) FROM speakers WHERE merged_into IS NULL").fetchone()[0]
    clusters = conn.execute("SELECT COUNT(*), SUM(size > 1), MAX(outlet_count) FROM clusters").fetchone()
    print(f"corpus: {speakers} live speakers, {clusters[0]} clusters ({clusters[1]} carried more than once, "
          f"up to {clusters[2]} outlets); file {db.stat().st_size / 1e6:.1f} MB")
    t = time.perf_counter()
    again = ingest(conn, articles[:1000], batch_size=args.batch_size)
    print(f"re-ingest of 1000 stored articles: {again.unchanged} unchanged in {time.perf_counter() - t:.2f} s")

    runs = queries(args.queries)
    timings: dict[str, list[float]] = {}
    totals = []
    for _ in range(2):  # warm the page cache once
        search(conn, runs[0][1])
    for family, query in runs:
        t = time.perf_counter()
        result = search(conn, query)
        elapsed = (time.perf_counter() - t) * 1000
        timings.setdefault(family, []).append(elapsed)
        timings.setdefault("all", []).append(elapsed)
        totals.append(result.total)
    for family in sorted(timings, key=lambda f: (f != "all", f)):
        values = timings[family]
        print(f"search {family:<15} n={len(values):<4} median {statistics.median(values):6.2f} ms   "
              f"p95 {pct(values, 95):6.2f} ms   max {max(values):6.2f} ms")
    print(f"search hits per query: median {statistics.median(totals):.0f}, max {max(totals)} "
          f"(count + first page of 20)")
    conn.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
