"""The store commands: ingest extracted JSONL, search, export, speakers; clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotewire.cli import main
from quotewire.store.synthetic import generate_articles


@pytest.fixture()
def extracted(tmp_path: Path) -> Path:
    path = tmp_path / "extracted.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in generate_articles(30, seed=2):
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        out.write("{not json\n")
    return path


def test_store_cli_ingest_search_export(extracted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    assert main(["ingest", str(extracted), "--db", str(db), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "30 new" in err and "1 rejected" in err and "extracted.jsonl:31" in err
    assert main(["ingest", str(extracted), "--db", str(db), "--no-progress"]) == 0
    assert "0 new" in capsys.readouterr().err
    assert main(["search", "", "--db", str(db), "--speaker", "Lavrov", "--format", "jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert hits and all(h["speaker_name"].endswith("Lavrov") for h in hits)
    assert main(["search", "syria", "--db", str(db), "--format", "jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert hits and all("syria" in h["content"].lower() for h in hits)
    out = tmp_path / "out.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "--out", str(out), "--outlet", "TASS"]) == 0
    assert out.read_text(encoding="utf-8").startswith("statement_id,")
    assert main(["speakers", "Lavrov", "--db", str(db)]) == 0
    assert 'Lavrov"' in capsys.readouterr().out


def test_store_cli_bad_query_and_missing_store(extracted: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    main(["ingest", str(extracted), "--db", str(db), "--no-progress"])
    capsys.readouterr()
    assert main(["search", "foo AND (", "--advanced", "--db", str(db)]) == 2
    assert "bad search query" in capsys.readouterr().err
    assert main(["search", "x", "--db", str(tmp_path / "nope.db")]) == 2
    assert "no such store" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--format", "parquet"]) == 2
