"""Spark benchmark: how the cost of extraction grows with cores, Spark vs multiprocessing.

Generates short news-like articles from templates in this script (no real news text) and
extracts them, for each corpus size, with

* ``spark``: ``quotewire.spark.extract_dataframe`` in a local Spark session
  (``local[1]``, ``local[2]``), the input cached in Spark first, the result forced with
  the ``noop`` writer (the full extraction, no output I/O);
* ``mp``: ``multiprocessing.Pool(1)``, ``Pool(2)`` whose workers hold the same
  ``Extractor.get(options)``, each article read with ``record_to_article`` and returned as
  its ``Article.to_dict()`` JSON (the same work as a Spark row).

It prints articles/s, the one-off start cost (Spark: session start + model load in every
worker; mp: pool start + model load), the peak RSS of a worker (VmHWM, read inside the
worker), the scaling ratio (2 cores vs 1) and Spark's overhead over multiprocessing
(time_spark / time_mp - 1 at the same core count), in wall time and in CPU time (all
processes of the run: driver, JVM, workers). The machine's load average is printed too:
on a shared machine wall-time figures (and any 2-core figure) say little, CPU per article
still compares the engines.

    python benchmarks/bench_spark.py                        # 1,000 articles, 1 and 2 cores
    python benchmarks/bench_spark.py --sizes 1000,10000,50000   # the full run (long)
    python benchmarks/bench_spark.py --mode rules           # the rules-only extractor

Both engines extract with the mode of ``--mode`` (default: the library's default, ``model``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import sys
import time
from typing import Any

FIRST = ["Anna", "Peter", "Maria", "John", "Olga", "David", "Sofia", "Marcus", "Elena", "Tom"]
LAST = ["Keller", "Novak", "Brandt", "Okafor", "Lindqvist", "Moreau", "Sato", "Fischer", "Ramos"]
ROLES = ["the finance minister", "the mayor", "a spokesman for the ministry", "the opposition leader"]
ORGS = ["the ministry", "the city council", "the central bank", "the European Commission"]
TOPICS = ["the budget", "the new bridge", "the pension reform", "the trade talks", "the rail strike"]
VERBS = ["said", "told reporters", "added", "stressed", "warned", "noted"]
CLAIMS = ["would be finished by the end of the year", "had been delayed by months", "was fair to taxpayers",
          "could cost more than planned", "would not be changed"]
QUOTES = ["We will not accept any delay", "This is a good day for the city", "Nobody was consulted",
          "The numbers simply do not add up", "Our position has not changed"]
OUTLETS = ["TASS", "AP", "Reuters", "AFP"]


def make_record(i: int, rng: random.Random) -> dict[str, Any]:
    """One short generated article (about 400-700 characters)."""
    paragraphs = []
    for _ in range(rng.randint(3, 5)):
        who, topic = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TOPICS)
        paragraphs.append(rng.choice([
            f"“{rng.choice(QUOTES)},” {who}, {rng.choice(ROLES)}, {rng.choice(VERBS)} on Tuesday.",
            f"{who} {rng.choice(['said', 'stressed', 'warned'])} that {topic} {rng.choice(CLAIMS)}.",
            f"According to {rng.choice(ORGS)}, {topic} {rng.choice(CLAIMS)}.",
            f"The meeting on {topic} lasted {rng.randint(2, 9)} hours and ended without a vote.",
        ]))
    return {"id": f"bench-{i:06d}", "text": "\n".join(paragraphs), "title": f"News {i}",
            "date": f"2016-0{1 + i % 9}-{1 + i % 28:02d}", "outlet": OUTLETS[i % len(OUTLETS)]}


def make_records(n: int) -> list[dict[str, Any]]:
    rng = random.Random(n)
    return [make_record(i, rng) for i in range(n)]


def _peak_rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def tree_cpu_seconds(root: int | None = None) -> float:
    """CPU seconds (user + system) used so far by ``root`` and every live descendant.

    Counts the driver, the JVM, Spark's Python workers and a Pool's workers alike, so CPU
    per article compares the engines even on a machine shared with other work.
    """
    root = root or os.getpid()
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        parent[int(name)] = int(fields[1])
        cpu[int(name)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += cpu.get(pid, 0.0)
        todo += [child for child, p in parent.items() if p == pid]
    return total


# -- multiprocessing -----------------------------------------------------------------------

_EXTRACTOR = None


def _options(mode: str) -> Any:
    from quotewire.settings import load_options

    return load_options().with_(mode=mode)


def _default_mode() -> str:
    from quotewire.settings import load_options

    return load_options().mode


def _mp_init(mode: str) -> None:
    global _EXTRACTOR
    from quotewire import Extractor

    _EXTRACTOR = Extractor.get(_options(mode))


def _mp_ready(_: int) -> int:
    time.sleep(0.3)  # hold the task so every worker takes one (all initialised)
    return os.getpid()


def _mp_work(record: dict[str, Any]) -> tuple[str, int, int]:
    from quotewire.readers import record_to_article

    try:
        article = _EXTRACTOR(record_to_article(record, "<bench>"))  # type: ignore[misc]
        line = json.dumps(article.to_dict(), ensure_ascii=False)
    except Exception as exc:  # noqa: BLE001 - a reject, as in Spark
        line = json.dumps({"error": str(exc)})
    return line, os.getpid(), _peak_rss_kib()


def bench_mp(cores: int, sizes: list[int], mode: str) -> list[dict[str, Any]]:
    results = []
    started = time.perf_counter()
    ctx = mp.get_context("fork")
    with ctx.Pool(cores, initializer=_mp_init, initargs=(mode,)) as pool:
        pool.map(_mp_ready, range(cores), chunksize=1)
        start_cost = time.perf_counter() - started
        for n in sizes:
            records = make_records(n)
            t, c = time.perf_counter(), tree_cpu_seconds()
            peaks: dict[int, int] = {}
            count = 0
            for line, pid, peak in pool.imap_unordered(_mp_work, records, chunksize=16):
                peaks[pid] = max(peak, peaks.get(pid, 0))
                count += bool(line)
            seconds, cpu = time.perf_counter() - t, tree_cpu_seconds() - c
            results.append({"engine": "mp", "cores": cores, "articles": count, "seconds": seconds, "cpu_s": cpu,
                            "start_s": start_cost, "peak_rss_mib": max(peaks.values()) / 1024})
            print(f"  mp    cores={cores} n={n}: {count / seconds:.1f} articles/s", file=sys.stderr, flush=True)
    return results


# -- Spark ----------------------------------------------------------------------------------

def bench_spark(cores: int, sizes: list[int], mode: str) -> list[dict[str, Any]]:
    from pyspark.sql import functions as F

    from quotewire.spark import extract_dataframe, get_session, probe_worker_memory

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    started = time.perf_counter()
    spark = get_session(f"local[{cores}]", app_name="quotewire-bench", config={
        "spark.ui.enabled": "false", "spark.sql.shuffle.partitions": str(2 * cores),
        "spark.default.parallelism": str(2 * cores), "spark.driver.memory": "2g"})
    spark.sparkContext.setLogLevel("ERROR")
    warm = spark.createDataFrame([(f"w{i}", "“Yes,” he said.") for i in range(4 * cores)], "id string, text string")
    options = _options(mode)
    extract_dataframe(warm, options=options, partitions=cores).write.format("noop").mode("overwrite").save()
    start_cost = time.perf_counter() - started
    results = []
    try:
        for n in sizes:
            records = make_records(n)
            df = spark.createDataFrame([(r["id"], r["text"], r["title"], r["date"], r["outlet"]) for r in records],
                                       "id string, text string, title string, date string, outlet string")
            df = df.repartition(4 * cores).cache()
            df.count()  # the input sits in Spark before the clock starts
            t, c = time.perf_counter(), tree_cpu_seconds()
            out = extract_dataframe(df, options=options, with_record=True)
            out.write.format("noop").mode("overwrite").save()
            seconds, cpu = time.perf_counter() - t, tree_cpu_seconds() - c
            count = n
            probe = spark.range(0, 64 * cores, numPartitions=16 * cores).mapInArrow(
                probe_worker_memory, "pid long, peak_rss_kib long, extractors long")
            peaks = probe.where(F.col("extractors") > 0).groupBy("pid").agg(F.max("peak_rss_kib").alias("p")).collect()
            df.unpersist()
            results.append({"engine": "spark", "cores": cores, "articles": count, "seconds": seconds, "cpu_s": cpu,
                            "start_s": start_cost,
                            "peak_rss_mib": max((r["p"] for r in peaks), default=0) / 1024,
                            "workers_seen": len(peaks)})
            print(f"  spark cores={cores} n={n}: {count / seconds:.1f} articles/s", file=sys.stderr, flush=True)
    finally:
        spark.stop()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (default: 1000)")
    parser.add_argument("--cores", default="1,2", help="comma-separated core counts (default: 1,2)")
    parser.add_argument("--engines", default="mp,spark", help="mp, spark or both (default: mp,spark)")
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--mode", choices=("model", "rules"), default=_default_mode(),
                        help="extraction mode (default: the library's default)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    cores = [int(c) for c in args.cores.split(",")]
    engines = args.engines.split(",")
    load_before = os.getloadavg()
    results: list[dict[str, Any]] = []
    for engine in engines:
        for c in cores:
            results += (bench_mp if engine == "mp" else bench_spark)(c, sizes, args.mode)
    load_after = os.getloadavg()

    print(f"mode: {args.mode}")
    print(f"machine: {os.cpu_count()} CPUs; load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    print(f"{'engine':6} {'cores':>5} {'articles':>8} {'seconds':>8} {'art/s':>8} {'CPU ms/art':>10} "
          f"{'start s':>8} {'peak RSS/worker MiB':>20}")
    for r in results:
        print(f"{r['engine']:6} {r['cores']:>5} {r['articles']:>8} {r['seconds']:>8.1f} "
              f"{r['articles'] / r['seconds']:>8.1f} {1000 * r['cpu_s'] / r['articles']:>10.1f} "
              f"{r['start_s']:>8.1f} {r['peak_rss_mib']:>20.0f}")
    rate = {(r["engine"], r["cores"], r["articles"]): r["articles"] / r["seconds"] for r in results}
    for n in sizes:
        for engine in engines:
            if (engine, 1, n) in rate and (engine, 2, n) in rate:
                print(f"scaling {engine:5} n={n}: 2 cores / 1 core = {rate[(engine, 2, n)] / rate[(engine, 1, n)]:.2f}x "
                      "(target >= 1.8x)")
        for c in cores:
            if ("spark", c, n) in rate and ("mp", c, n) in rate:
                overhead = rate[("mp", c, n)] / rate[("spark", c, n)] - 1
                cpu = {r["engine"]: r["cpu_s"] for r in results if r["cores"] == c and r["articles"] == n}
                print(f"spark overhead over mp n={n} cores={c}: wall {overhead:+.1%}, "
                      f"CPU {cpu['spark'] / cpu['mp'] - 1:+.1%} (target < 15% at 10k)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"mode": args.mode, "load_before": load_before, "load_after": load_after, "results": results}, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
