"""The command line: every format, and one clean line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotewire.cli import build_parser, main

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-article.txt"


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quotewire", *args], input=stdin, capture_output=True, text=True)


def test_cli_every_command_has_help() -> None:
    parser = build_parser()
    actions = [a for a in parser._actions if a.dest == "command"]
    assert actions
    for name, sub in actions[0].choices.items():  # type: ignore[union-attr]
        assert sub.format_help().strip(), name
        assert sub.description or sub.format_usage(), name


@pytest.mark.model
def test_cli_extract_table(tmp_path: Path) -> None:
    result = run_cli("extract", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    assert "said" in result.stdout and "statements" in result.stdout


@pytest.mark.model
def test_cli_extract_json_from_stdin() -> None:
    result = run_cli("extract", "--format", "json", "-", stdin="“We are ready,” the mayor said.")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["attributions"][0]["cue"]["text"] == "said"
    assert data["attributions"][0]["source"]["text"] == "the mayor"


@pytest.mark.model
def test_cli_extract_brat_writes_one_ann_per_input(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text("“Yes, we will go,” he said. “We leave at noon.”", encoding="utf-8")
    (tmp_path / "in" / "two.txt").write_text("She said that it rained.", encoding="utf-8")
    assert main(["extract", "--format", "brat", "--out", str(tmp_path / "out"), str(tmp_path / "in")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["one.ann", "two.ann"]
    assert "Cue" in (tmp_path / "out" / "one.ann").read_text(encoding="utf-8")


def test_cli_missing_file_is_one_clean_line(tmp_path: Path) -> None:
    result = run_cli("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "nope.txt" in result.stderr and result.stderr.count("\n") == 1


def test_cli_binary_file_is_one_clean_line(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\xff\xfe\x00\x81" * 20)
    result = run_cli("extract", str(binary))
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr and "image.png" in result.stderr


def test_cli_brat_needs_out() -> None:
    result = run_cli("extract", "--format", "brat", str(SAMPLE))
    assert result.returncode == 2 and "--out" in result.stderr


@pytest.mark.model
def test_cli_eval_prints_the_scorer_table(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    (gold / "text").mkdir(parents=True)
    (gold / "attributions").mkdir()
    text = "“We will win this race,” said Lavrov."
    (gold / "text" / "a.txt").write_text(text, encoding="utf-8")
    (gold / "attributions" / "a_abcd.ann").write_text(
        "T1\tSource 30 36\tLavrov\nT2\tCue 25 29\tsaid\nT3\tContent 0 24\t“We will win this race,”\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    result = run_cli("eval", "--gold", str(gold))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("articles 1  gold 1  predicted 1")
    assert lines[2].split() == ["attribution", "1.000", "1.000", "1.000"]


def test_cli_eval_rejects_a_folder_that_is_not_polnear(tmp_path: Path) -> None:
    result = run_cli("eval", "--gold", str(tmp_path))
    assert result.returncode == 2 and "PolNeAR-layout" in result.stderr


def test_cli_min_confidence_keeps_fewer_and_rejects_bad_values() -> None:
    every = json.loads(run_cli("extract", str(SAMPLE), "--format", "json").stdout)
    sure = json.loads(run_cli("extract", str(SAMPLE), "--format", "json", "--min-confidence", "0.9").stdout)
    assert 0 < len(sure["attributions"]) < len(every["attributions"])
    assert all(a["confidence"] >= 0.9 for a in sure["attributions"])
    bad = run_cli("extract", str(SAMPLE), "--min-confidence", "2")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "min_confidence must be between 0 and 1" in bad.stderr
