"""Pick the confidence thresholds of the shipped model on PolNeAR dev (model selection only).

Runs the int8 ONNX model (as the package does) and the rules (``mode = rules``) over every
dev article once, then scores with ``../shared/eval/score.py``:

* ``threshold`` — the model-only cut with the best attribution F1;
* ``combine_threshold`` — the cut for the model's additions to the rules (``mode = model``)
  with the best attribution F1, the model reading only the paragraphs the rules covered less
  than ``max_covered`` of (``MAX_COVERED``, a speed setting: see ``learned.open_regions``);
* ``quote_threshold`` — at that cut, the score from which the model may also add quotes the
  rules missed (``None``: never), by attribution F1, then direct F1.

All three, and the table, go into the model's ``config.json``.

Usage: python training/calibrate.py
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path
from typing import Callable

from quotewire.extract import Extractor
from quotewire.learned import LearnedModel, additions, link, merge, model_dir, open_regions
from quotewire.model import Article, Attribution
from quotewire.settings import DEFAULT_OPTIONS
from quotewire.writers.brat import write_ann

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "data" / "polnear" / "dev"
THRESHOLDS = (0.0, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)
#: candidates for ``quote_threshold`` (``None``: the model adds no quotes)
QUOTE_THRESHOLDS = (None, 0.85, 0.9, 0.95)
#: the model skips paragraphs the rules' attributions cover this much of (``mode = model``).
#: A speed setting: on dev, 0.4 runs the model over fewer paragraphs than 0.5 at the same
#: combined attribution F1 (0.729); 0.3 loses 0.002 (docs/figures.md, session 14).
MAX_COVERED = 0.4


def _score(scorer, texts: dict[str, str], pick: Callable[[str], list[Attribution]]) -> dict:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts.items():
            article = Article(text=text, id=name, attributions=tuple(pick(name)))
            (Path(tmp) / f"{name}.ann").write_text(write_ann(article), encoding="utf-8")
        return scorer.score(DEV, Path(tmp))


def main() -> None:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    model = LearnedModel(model_dir(), threads=2)
    extractor = Extractor.get(DEFAULT_OPTIONS.with_(mode="rules"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((DEV / "text").glob("*.txt"))}
    found = {name: link(text, model.spans(text)) for name, text in texts.items()}
    rules = {name: list(extractor(Article(text=text, id=name)).attributions) for name, text in texts.items()}
    found_open = {
        name: link(text, model.spans(text, open_regions(text, rules[name], MAX_COVERED))) for name, text in texts.items()
    }
    table: list[dict[str, object]] = []
    best = {"threshold": (-1.0, 0.5), "combine_threshold": (-1.0, 0.5)}
    for cut in THRESHOLDS:
        for key, pick in (
            ("threshold", lambda n: [a for a in found[n] if a.confidence >= cut]),
            ("combine_threshold", lambda n: merge(rules[n], additions([a for a in found_open[n] if a.confidence >= cut]))),
        ):
            r = _score(scorer, texts, pick)
            row: dict[str, object] = {"mode": "model-only" if key == "threshold" else "combined", "threshold": cut}
            row.update({k: round(r[k]["f1"], 3) for k in ("attribution", "direct", "content_exact")})
            row["offset_errors"] = r["offset_errors"]
            table.append(row)
            print(json.dumps(row), flush=True)
            if r["attribution"]["f1"] > best[key][0]:
                best[key] = (r["attribution"]["f1"], cut)
    # Then, at that cut, the score from which the model may also add quotes the rules missed
    # (None: never); ties in attribution F1 go to the better direct F1.
    combine_cut = best["combine_threshold"][1]
    quote_best: tuple[tuple[float, float], float | None] = ((-1.0, -1.0), None)
    for quote_cut in QUOTE_THRESHOLDS:
        r = _score(scorer, texts, lambda n: merge(
            rules[n], additions([a for a in found_open[n] if a.confidence >= combine_cut], quote_cut)))
        quote_row: dict[str, object] = {"mode": "combined", "threshold": combine_cut, "quote_threshold": quote_cut}
        quote_row.update({k: round(r[k]["f1"], 3) for k in ("attribution", "direct", "content_exact")})
        quote_row["offset_errors"] = r["offset_errors"]
        table.append(quote_row)
        print(json.dumps(quote_row), flush=True)
        key_f1 = (round(r["attribution"]["f1"], 3), r["direct"]["f1"])
        if key_f1 > quote_best[0]:
            quote_best = (key_f1, quote_cut)
    config_path = model_dir() / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["threshold"] = best["threshold"][1]
    config["combine_threshold"] = combine_cut
    config["quote_threshold"] = quote_best[1]
    config["max_covered"] = MAX_COVERED
    config["dev_calibration"] = table
    config_path.write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    for key, (f1, cut) in best.items():
        print(f"{key} {cut} (dev attribution F1 {f1:.3f})")
    print(f"quote_threshold {quote_best[1]} (dev attribution F1 {quote_best[0][0]:.3f}, direct F1 {quote_best[0][1]:.3f})")


if __name__ == "__main__":
    main()
