#!/usr/bin/env python3
"""PolNeAR dev end to end: accuracy, speed and memory of the default extraction.

Prints the shared scorer's table for the predictions, articles/s and words/s on one
process, model-load time and peak RSS, then runs spaCy's full ``en_core_web_sm``
pipeline alone over the same texts in the same process and prints the speed ratio
(issue 6 asks the default mode, rules plus the learned tagger, for at least 0.7x, and
the rules alone, ``--mode rules``, for the foundation issue's 1.5x).

    python benchmarks/bench_extract.py [--mode rules|model] [--gold ../shared/data/polnear/dev] [--out DIR]
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=SHARED / "data" / "polnear" / "dev")
    ap.add_argument("--out", type=Path, help="keep the predicted .ann files here")
    ap.add_argument("--no-baseline", action="store_true", help="skip the bare spaCy pipeline run")
    ap.add_argument("--mode", choices=("rules", "model"), help="extraction mode (default: the package default)")
    args = ap.parse_args()

    import quotewire
    from quotewire.evaluate import gold_files
    from quotewire.model import Article
    from quotewire.writers.brat import write_ann

    names = sorted(gold_files(args.gold))
    texts = [(n, (args.gold / "text" / f"{n}.txt").read_text(encoding="utf-8")) for n in names]
    words = sum(len(re.findall(r"\w+", t)) for _, t in texts)

    t0 = time.perf_counter()
    options = quotewire.load_options()
    options = options if args.mode is None else options.with_(mode=args.mode)
    extractor = quotewire.Extractor.get(options)
    load_s = time.perf_counter() - t0
    extractor(Article(text="“Warm-up,” he said."))

    out = args.out or Path(tempfile.mkdtemp(prefix="qw-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    n_attr = 0
    for name, text in texts:
        article = extractor(Article(text=text, id=name))
        n_attr += len(article.attributions)
        (out / f"{name}.ann").write_text(write_ann(article), encoding="utf-8")
    qw_s = time.perf_counter() - t0
    qw_rss = peak_rss_mb()

    scorer = SHARED / "eval" / "score.py"
    print(f"$ python {scorer} --gold {args.gold} --pred {out}")
    print(subprocess.run([sys.executable, str(scorer), "--gold", str(args.gold), "--pred", str(out)],
                         capture_output=True, text=True, check=True).stdout.rstrip())
    print()
    print(f"mode       : {extractor.options.mode}")
    print(f"quotewire  : {len(texts)} articles, {words:,} words, {n_attr} attributions in {qw_s:.1f} s"
          f" = {len(texts) / qw_s:.2f} articles/s, {words / qw_s:,.0f} words/s (one process)")
    print(f"model load : {load_s:.2f} s")
    print(f"peak RSS   : {qw_rss:.0f} MB (quotewire, before the baseline is loaded)")
    if args.no_baseline:
        return 0
    import spacy

    name = next(m for m in extractor.options.spacy_models if _installed(m))
    nlp = spacy.load(name)
    list(nlp.pipe(["Warm-up."]))
    t0 = time.perf_counter()
    for _, text in texts:
        nlp(text)
    base_s = time.perf_counter() - t0
    print(f"spaCy {name} full pipeline ({', '.join(nlp.pipe_names)}): {base_s:.1f} s"
          f" = {len(texts) / base_s:.2f} articles/s")
    target = 1.5 if extractor.options.mode == "rules" else 0.7
    print(f"speed ratio: quotewire is {base_s / qw_s:.2f}x the bare spaCy pipeline (target >= {target}x)")
    return 0


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


if __name__ == "__main__":
    sys.exit(main())
