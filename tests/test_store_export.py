"""Export: JSONL, CSV, Parquet and brat, with filters; article JSONL ingests back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from quotewire.store.db import connect
from quotewire.store.export import COLUMNS, export
from quotewire.store.ingest import ingest, load_article
from quotewire.store.search import SearchQuery
from quotewire.store.synthetic import generate_articles


@pytest.fixture()
def conn(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = connect(tmp_path / "c.db")
    ingest(db, generate_articles(40, seed=5))
    yield db
    db.close()


def test_store_export_jsonl_and_csv_with_filters(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    query = SearchQuery(speaker="Lavrov", sort="oldest")
    n = export(conn, tmp_path / "s.jsonl", "jsonl", query)
    rows = [json.loads(line) for line in (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()]
    assert n == len(rows) > 0 and {r["speaker"] for r in rows} == {"Sergey Lavrov"}
    assert list(rows[0]) == list(COLUMNS)
    m = export(conn, tmp_path / "s.csv", "csv", query)
    with (tmp_path / "s.csv").open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert m == n == len(table) and table[0]["content"] == rows[0]["content"]


def test_store_export_parquet(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    n = export(conn, tmp_path / "s.parquet", "parquet", SearchQuery(kind="direct"))
    table = pq.read_table(tmp_path / "s.parquet")
    assert table.num_rows == n > 0 and set(table.column("kind").to_pylist()) == {"direct"}


def test_store_export_articles_jsonl_ingests_back(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    n = export(conn, tmp_path / "a.jsonl", "jsonl", unit="articles")
    assert n == 40
    from quotewire.commands.store import read_extracted

    again = connect(tmp_path / "again.db")
    stats = ingest(again, read_extracted(tmp_path / "a.jsonl", lambda source, error: None))
    assert stats.added == 40
    original = load_article(conn, "synthetic-5-000003")
    assert original is not None and load_article(again, "synthetic-5-000003") == original
    again.close()


def test_store_export_brat(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("quotewire.writers.brat")
    n = export(conn, tmp_path / "brat", "brat", SearchQuery(outlet="TASS"))
    anns = sorted((tmp_path / "brat").glob("*.ann"))
    assert n == len(anns) == len(list((tmp_path / "brat").glob("*.txt"))) > 0
    assert "\t" in anns[0].read_text(encoding="utf-8")
