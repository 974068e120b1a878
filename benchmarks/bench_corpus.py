"""Corpus benchmark: HTML-to-statements throughput and peak memory vs corpus size.

Generates news-like HTML pages from templates in this script (navigation, share bar,
related-stories box, footer around paragraphs with direct, indirect and "according to"
statements; no real news text), then measures, each in a fresh subprocess:

* ``full``: ``quotewire.corpus.run_corpus`` over the folder of pages (read with
  trafilatura, boilerplate marked, statements extracted, JSONL written);
* ``read``: ``iter_inputs`` + ``mark_boilerplate`` only (no spaCy), for corpus sizes where
  full extraction would take too long on a small machine.

Peak RSS is the child's own ``ru_maxrss`` (plus its worker processes' when ``--workers``
> 1). Memory is flat when the peak for 10,000 articles is close to the peak for 1,000.

    python benchmarks/bench_corpus.py                       # 1,000 full + 1,000/10,000 read
    python benchmarks/bench_corpus.py --full 1000,10000     # full extraction at both sizes
    python benchmarks/bench_corpus.py --mode rules          # the rules-only extractor

Full runs use the extraction mode of ``--mode`` (default: the library's default, ``model``).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Anna", "Peter", "Maria", "John", "Olga", "David", "Sofia", "Marcus", "Elena", "Tom", "Grace", "Ivan"]
LAST = ["Keller", "Novak", "Brandt", "Okafor", "Lindqvist", "Moreau", "Sato", "Fischer", "Ramos", "Walsh"]
ROLES = ["the finance minister", "the mayor", "a spokesman for the ministry", "the opposition leader",
         "the central bank governor", "a senior official", "the union's president", "the prosecutor"]
ORGS = ["the ministry", "the city council", "the central bank", "the European Commission", "the union",
        "the electoral commission", "the health authority", "the port authority"]
TOPICS = ["the budget", "the new bridge", "the pension reform", "the trade talks", "the rail strike",
          "the election", "the tax plan", "the flood defences", "the hospital merger", "the fishing quotas"]
VERBS = ["said", "told reporters", "added", "stressed", "warned", "noted", "insisted", "argued"]
CLAIMS = ["would be finished by the end of the year", "had been delayed by months", "was fair to taxpayers",
          "could cost more than planned", "had the support of most members", "would not be changed",
          "was the only realistic option", "needed an independent review"]
QUOTES = ["We will not accept any delay", "This is a good day for the city", "Nobody was consulted",
          "The numbers simply do not add up", "We have the money and we have the plan",
          "It is too early to say what happens next", "Our position has not changed"]
CITIES = ["LONDON", "BRUSSELS", "WASHINGTON", "MOSCOW", "BERLIN", "NEW YORK", "PARIS", "MADRID"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng: random.Random) -> str:
    topic, who = rng.choice(TOPICS), person(rng)
    forms = [
        f"“{rng.choice(QUOTES)},” {who}, {rng.choice(ROLES)}, {rng.choice(VERBS)} on Tuesday.",
        f"{who} {rng.choice(['said', 'stressed', 'warned'])} that {topic} {rng.choice(CLAIMS)}.",
        f"According to {rng.choice(ORGS)}, {topic} {rng.choice(CLAIMS)}.",
        f"{rng.choice(ROLES).capitalize()} said {topic} {rng.choice(CLAIMS)}, and that “{rng.choice(QUOTES).lower()}”.",
        f"The debate about {topic} went on for several hours in the chamber, with no vote taken.",
        f"“{rng.choice(QUOTES)},” {rng.choice(['she', 'he'])} said. “{rng.choice(QUOTES)}.”",
    ]
    return " ".join(rng.choice(forms) for _ in range(rng.randint(2, 4)))


def page(n: int, rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    title = f"{person(rng)} says {topic} {rng.choice(CLAIMS)}"
    month, day = rng.choice(MONTHS), rng.randint(1, 28)
    body = [f"<p>{rng.choice(CITIES)}, {month} {day}. {paragraph(rng)}</p>"]
    body += [f"<p>{paragraph(rng)}</p>" for _ in range(rng.randint(4, 9))]
    related = "".join(f'<li><a href="/news/{n}-{k}">{person(rng)}: {rng.choice(TOPICS)} {rng.choice(CLAIMS)}</a></li>'
                      for k in range(4))
    body.insert(3, f'<aside class="related"><h3>See also</h3><ul>{related}</ul></aside>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Example Wire</title>
<meta property="og:title" content="{title}"><meta name="author" content="{person(rng)}">
<meta property="article:published_time" content="2016-{MONTHS.index(month) + 1:02d}-{day:02d}T08:00:00Z">
<meta property="og:site_name" content="Example Wire">
<link rel="canonical" href="https://wire.example.org/news/{n}"></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a> |
<a href="/subscribe">Subscribe</a></nav></header>
<div class="share">Share Facebook Twitter Email</div>
<main><article><h1>{title}</h1>
{chr(10).join(body)}
</article></main>
<footer><p>© 2016 Example Wire. All rights reserved.</p><p><a href="/privacy">Privacy</a> |
<a href="/terms">Terms</a> | <a href="/contact">Contact us</a></p></footer></body></html>
"""


def generate(folder: Path, count: int, seed: int = 4) -> None:
    """Write ``count`` pages into ``folder`` (in sub-folders of 1,000)."""
    rng = random.Random(seed)
    for n in range(count):
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page{n:06d}.html").write_text(page(n, rng), encoding="utf-8")


# -- one measurement, in its own process --------------------------------------------------


def measure(mode: str, corpus: str, workers: int, extract_mode: str) -> dict[str, float]:
    from quotewire.boilerplate import mark_boilerplate
    from quotewire.corpus import run_corpus
    from quotewire.readers import iter_inputs
    from quotewire.settings import load_options

    started = time.perf_counter()  # after the imports; the model load is part of a run
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    statements = 0
    if mode == "full":
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out.jsonl"
            options = load_options().with_(mode=extract_mode)
            summary = run_corpus([corpus], out, options=options, workers=workers, progress=False)
            with out.open(encoding="utf-8") as handle:
                for line in handle:
                    statements += len(json.loads(line)["attributions"])
        count, rejected = summary.extracted, summary.rejected
    else:
        count = rejected = 0
        for article in iter_inputs([corpus], on_error=lambda s, e: None):
            mark_boilerplate(article)
            count += 1
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime - cpu_before
    return {"articles": count, "rejected": rejected, "statements": statements, "seconds": seconds,
            "cpu_seconds": cpu, "rss_mb": own.ru_maxrss / 1024, "workers_rss_mb": kids.ru_maxrss / 1024}


def run_measurement(mode: str, corpus: Path, workers: int, extract_mode: str) -> dict[str, float]:
    cmd = [sys.executable, __file__, "_measure", mode, str(corpus), str(workers), extract_mode]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _default_mode() -> str:
    from quotewire.settings import load_options

    return load_options().mode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", default="1000", help="corpus sizes for full HTML-to-statements runs")
    parser.add_argument("--read", default="1000,10000", help="corpus sizes for read+boilerplate-only runs")
    parser.add_argument("--workers", type=int, default=1, help="worker processes for full runs")
    parser.add_argument("--keep", type=Path, help="generate the corpora here and keep them")
    parser.add_argument("--mode", choices=("model", "rules"), default=_default_mode(),
                        help="extraction mode of the full runs (default: the library's default)")
    args = parser.parse_args()
    full = [int(x) for x in args.full.split(",") if x]
    read = [int(x) for x in args.read.split(",") if x]
    base = args.keep or Path(tempfile.mkdtemp(prefix="qw-bench-"))
    try:
        for size in sorted(set(full) | set(read)):
            corpus = base / f"pages-{size}"
            if not corpus.exists():
                t = time.perf_counter()
                generate(corpus, size)
                print(f"generated {size} pages in {time.perf_counter() - t:.1f} s", flush=True)
            for mode in ("full", "read"):
                if size not in (full if mode == "full" else read):
                    continue
                r = run_measurement(mode, corpus, args.workers if mode == "full" else 1, args.mode)
                rate = r["articles"] / r["seconds"]
                # on a shared machine wall time depends on the neighbours; CPU time does not
                cpu = f"{r['articles'] / r['cpu_seconds']:.1f} articles per CPU-second"
                if mode == "full":
                    peak = f"peak RSS {r['rss_mb']:.0f} MB"
                    if args.workers > 1:
                        peak += f" (main) + {r['workers_rss_mb']:.0f} MB (largest worker)"
                    print(f"html->statements: {r['articles']:.0f} articles, {rate:.1f} articles/s, {peak}, "
                          f"{r['statements']:.0f} statements, {r['rejected']:.0f} rejected, workers={args.workers}, "
                          f"mode={args.mode}, {cpu}",
                          flush=True)
                else:
                    print(f"html->articles+boilerplate (no extraction): {r['articles']:.0f} articles, "
                          f"{rate:.1f} articles/s, peak RSS {r['rss_mb']:.0f} MB, {cpu}", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "_measure":
        print(json.dumps(measure(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])))
    else:
        main()
