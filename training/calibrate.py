"""Pick the confidence threshold of the shipped model on PolNeAR dev (model selection only).

Runs the int8 ONNX model (as the package does) over every dev article once, scores the
model-only predictions with ``../shared/eval/score.py`` at several thresholds and writes
the one with the best attribution F1 into the model's ``config.json``. Prints the table.

Usage: python training/calibrate.py
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path

from quotewire.learned import LearnedModel, link, model_dir
from quotewire.model import Article
from quotewire.writers.brat import write_ann

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def main() -> None:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    dev = SHARED / "data" / "polnear" / "dev"
    model = LearnedModel(model_dir(), threads=2)
    found = {}
    for path in sorted((dev / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found[path.stem] = (text, link(text, model.spans(text)))
    best = (-1.0, 0.5)
    rows = []
    for cut in THRESHOLDS:
        with tempfile.TemporaryDirectory() as tmp:
            for name, (text, atts) in found.items():
                article = Article(text=text, id=name, attributions=tuple(a for a in atts if a.confidence >= cut))
                (Path(tmp) / f"{name}.ann").write_text(write_ann(article), encoding="utf-8")
            r = scorer.score(dev, Path(tmp))
        row = {"threshold": cut, **{k: round(r[k]["f1"], 3) for k in ("attribution", "direct", "content_exact")}}
        row["offset_errors"] = r["offset_errors"]
        rows.append(row)
        print(json.dumps(row), flush=True)
        if r["attribution"]["f1"] > best[0]:
            best = (r["attribution"]["f1"], cut)
    config_path = model_dir() / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["threshold"] = best[1]
    config["dev_calibration"] = rows
    config_path.write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    print(f"threshold {best[1]} (dev attribution F1 {best[0]:.3f}) written to {config_path}")


if __name__ == "__main__":
    main()
