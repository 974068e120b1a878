"""The yardstick: quotewire's scorer agrees with the shared one, and accuracy is gated.

The dev set is extracted once per test session; the floors in ``eval_baseline.json`` are
pinned to a hash of the gold corpus so that a changed corpus is noticed, not scored.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotewire.evaluate import gold_files, predict_gold, score

BASELINE = Path(__file__).with_name("eval_baseline.json")


def corpus_hash(gold: Path) -> str:
    digest = hashlib.sha256()
    for name, ann in sorted(gold_files(gold).items()):
        digest.update(name.encode())
        digest.update((gold / "text" / f"{name}.txt").read_bytes())
        digest.update(ann.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def dev_gold(shared_dir: Path) -> Path:
    return shared_dir / "data" / "polnear" / "dev"


@pytest.fixture(scope="session")
def dev_predictions(dev_gold: Path, tmp_path_factory: pytest.TempPathFactory, extractor) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("dev-pred")
    predict_gold(dev_gold, out)
    return out


@pytest.mark.model
@pytest.mark.slow
def test_evaluate_agrees_with_shared_scorer(dev_gold: Path, dev_predictions: Path, shared_dir: Path) -> None:
    shared = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", str(dev_gold), "--pred", str(dev_predictions), "--json"],
        capture_output=True, text=True, check=True,
    )
    assert score(dev_gold, dev_predictions) == json.loads(shared.stdout)


@pytest.mark.model
@pytest.mark.slow
def test_evaluate_accuracy_gate(dev_gold: Path, dev_predictions: Path) -> None:
    baseline = json.loads(BASELINE.read_text())
    if baseline["corpus_sha256"]:
        assert corpus_hash(dev_gold) == baseline["corpus_sha256"], "the dev corpus changed: re-measure the floors"
    result = score(dev_gold, dev_predictions)
    floors = baseline["floors"]
    assert result["offset_errors"] <= floors["offset_errors_max"]
    assert result["missing_predictions"] == 0
    assert result["attribution"]["f1"] >= floors["attribution_f1"]
    assert result["direct"]["f1"] >= floors["direct_f1"]
    assert result["content_exact"]["f1"] >= floors["content_exact_f1"]


def test_evaluate_scores_gold_against_itself_perfectly(tmp_path: Path) -> None:
    text = "“We will win,” said Lavrov. He added that talks go on."
    gold = tmp_path / "gold"
    (gold / "text").mkdir(parents=True)
    (gold / "attributions").mkdir()
    (gold / "text" / "a.txt").write_text(text, encoding="utf-8")
    ann = "T1\tSource 20 26\tLavrov\nT2\tCue 15 19\tsaid\nT3\tContent 0 14\t“We will win,”\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    (gold / "attributions" / "a_abcd.ann").write_text(ann, encoding="utf-8")
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "a.ann").write_text(ann, encoding="utf-8")
    result = score(gold, pred)
    assert result["attribution"]["f1"] == 1.0 and result["direct"]["f1"] == 1.0 and result["offset_errors"] == 0
    (pred / "a.ann").write_text(ann.replace("T1\tSource 20 26\tLavrov", "T1\tSource 20 26\tLavrox"), encoding="utf-8")
    assert score(gold, pred)["offset_errors"] == 1


def test_evaluate_judge_each_attribution_as_the_scorer_counts_it() -> None:
    from quotewire.evaluate import judge
    from quotewire.model import Attribution, TextSpan

    text = "Lavrov said the talks failed. Aides said the weather was fine. Nobody cared."
    gold = (
        "T1\tSource 0 6\tLavrov\nT2\tCue 7 11\tsaid\nT3\tContent 12 28\tthe talks failed\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        "T4\tSource 30 35\tAides\nT5\tCue 36 40\tsaid\nT6\tContent 41 61\tthe weather was fine\n"
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n"
    )

    def span(words: str) -> TextSpan:
        return TextSpan.of(text, text.index(words), text.index(words) + len(words))

    right = Attribution(cue=span("said"), content=(span("the talks failed"),), source=span("Lavrov"))
    wrong_source = Attribution(cue=None, content=(span("the weather was fine"),), source=span("Nobody"))
    unpaired = Attribution(cue=None, content=(span("Nobody cared"),), source=span("Lavrov"))
    assert judge(text, gold, [right, wrong_source, unpaired]) == [True, False, False]
