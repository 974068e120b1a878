"""Clusters: one statement carried by several outlets, and only that."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.store.clusters import normalise, similar
from quotewire.store.db import connect
from quotewire.store.ingest import ingest
from test_store_speakers import quoted

Q = "We will not wait for new troubles to unite against terrorism"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (Q, Q, True),
        (Q, "“We will not wait for new troubles to unite against terrorism,”", True),
        (Q, Q + " now", True),
        (Q, "We will not wait for new troubles to unite against terror", True),
        (Q, "The resolution was circulated at the Security Council", False),
        ("We agree", "We disagree", False),
    ],
)
def test_store_clusters_similar(a: str, b: str, same: bool) -> None:
    assert similar(normalise(a), normalise(b)) is same


def test_store_clusters_same_quote_in_three_outlets(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    ingest(conn, [
        quoted("tass", "Sergey Lavrov", Q, outlet="TASS"),
        quoted("rt", "Sergei Lavrov", Q + " now", outlet="RT"),
        quoted("ria", "Sergey Lavrov", Q, outlet="RIA"),
        quoted("ria2", "Russian Foreign Minister Sergey Lavrov", Q, outlet="RIA"),  # one outlet twice counts once
        quoted("other", "Sergey Lavrov", "The resolution was circulated at the Security Council", outlet="RT"),
        quoted("kerry", "John Kerry", Q, outlet="AP"),  # same words, another speaker
    ], batch_size=2)
    rows = {r["article_id"]: r for r in conn.execute(
        "SELECT s.article_id, s.cluster_id, c.size, c.outlet_count, c.article_count "
        "FROM statements s JOIN clusters c ON c.id = s.cluster_id")}
    assert rows["tass"]["cluster_id"] == rows["rt"]["cluster_id"] == rows["ria"]["cluster_id"] == rows["ria2"]["cluster_id"]
    assert (rows["tass"]["size"], rows["tass"]["article_count"], rows["tass"]["outlet_count"]) == (4, 4, 3)
    assert rows["other"]["cluster_id"] != rows["tass"]["cluster_id"] and rows["other"]["size"] == 1
    assert rows["kerry"]["cluster_id"] != rows["tass"]["cluster_id"]
