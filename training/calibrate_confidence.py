"""Measure how often each kind of attribution is right on PolNeAR dev: the confidences.

Runs ``mode = model`` the way the package does (the rules, then the learned model's additions
over the paragraphs the rules left unread) over every dev article, judges its attributions
against the gold ones as ``../shared/eval/score.py`` does (``quotewire.evaluate.judge``:
paired greedily by content token F1; right = F1 ≥ 0.5 and the sources agree), and writes

* ``src/quotewire/data/confidence.json`` — per rule (``method``), with and without a source:
  precision, smoothed towards the precision of all rule attributions (``PRIOR`` pseudo-counts);
* ``confidence_bins`` in the shipped model's ``config.json`` — the precision of the model's
  additions per band of raw model score (bands of ``BAND`` from the combine threshold),
  smoothed the same way and pooled where a higher band measured lower (``monotone``).

Rebuild both after changing the rules or the model. Dev is used for calibration only.

Usage: python training/calibrate_confidence.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from quotewire.confidence import monotone
from quotewire.convert import doc_to_attributions
from quotewire.evaluate import gold_files, judge
from quotewire.extract import Extractor, _overlaps_excluded, drop_nested
from quotewire.learned import additions, get_model, merge, model_dir, open_regions
from quotewire.model import Article
from quotewire.settings import DEFAULT_OPTIONS

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"
TABLE = ROOT / "src" / "quotewire" / "data" / "confidence.json"
PRIOR = 4.0
BAND = 0.05


def main() -> None:
    extractor = Extractor.get(DEFAULT_OPTIONS.with_(mode="rules", resolve_speakers=False))
    model = get_model()
    cut = float(model.config["combine_threshold"])
    max_covered = float(model.config.get("max_covered", 1.01))
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    scores: list[tuple[float, bool]] = []
    for name, gold_path in sorted(gold_files(DEV).items()):
        text = (DEV / "text" / f"{name}.txt").read_text(encoding="utf-8")
        article = extractor.prepare(Article(text=text, id=name))
        doc = extractor.parse(text)
        extractor.quote_finder(doc)
        extractor.attribution_finder(doc)
        rules = doc_to_attributions(doc, text)
        learned = additions(
            model.attributions(text, threshold=cut, regions=open_regions(text, rules, max_covered)),
            model.config.get("quote_threshold"),
        )
        found = drop_nested(merge(rules, learned))
        found = [a for a in found if not _overlaps_excluded(a, article)]  # boilerplate, as the package does
        for attribution, right in zip(found, judge(text, gold_path.read_text(encoding="utf-8"), found)):
            if attribution.method == "model":
                scores.append((attribution.confidence, right))
            else:
                key = "sourced" if attribution.source is not None else "unsourced"
                counts[(attribution.method, key)][0] += right
                counts[(attribution.method, key)][1] += 1
    default = {}
    for key in ("sourced", "unsourced"):
        good = sum(c[0] for (m, k), c in counts.items() if k == key)
        total = sum(c[1] for (m, k), c in counts.items() if k == key)
        default[key] = round(good / max(1, total), 3)
    rules_table: dict[str, dict[str, float]] = defaultdict(dict)
    support: dict[str, dict[str, int]] = defaultdict(dict)
    for (method, key), (good, total) in sorted(counts.items()):
        rules_table[method][key] = round((good + PRIOR * default[key]) / (total + PRIOR), 3)
        support[method][key] = total
    TABLE.write_text(
        json.dumps({"about": "dev precision per rule; written by training/calibrate_confidence.py",
                    "default": default, "rules": rules_table, "support": support}, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    bins = []
    lower = cut
    model_prior = sum(r for _, r in scores) / max(1, len(scores))
    while lower < 1.0:
        band = [r for s, r in scores if lower <= s < lower + BAND]
        bins.append([round(lower, 2), (sum(band) + PRIOR * model_prior) / (len(band) + PRIOR), len(band)])
        lower += BAND
    # a higher model score never means a lower confidence: pool bands that measured out of order
    pooled = monotone([p for _, p, _ in bins], [n + PRIOR for _, _, n in bins])
    bins = [[lo, round(p, 3), n] for (lo, _, n), p in zip(bins, pooled)]
    config_path = model_dir() / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["confidence_bins"] = [[lo, p] for lo, p, _ in bins]
    config["confidence_bins_support"] = [n for _, _, n in bins]
    config_path.write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    for method, row in sorted(rules_table.items()):
        print(f"{method:40} " + "  ".join(f"{k} {v:.3f} (n={support[method][k]})" for k, v in row.items()))
    print(f"{'all rules':40} sourced {default['sourced']:.3f}  unsourced {default['unsourced']:.3f}")
    print("model additions by raw score: " + "  ".join(f"[{lo:.2f}: {p:.3f} n={n}]" for lo, p, n in bins))


if __name__ == "__main__":
    main()
