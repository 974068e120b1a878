"""Ingest: idempotent by id and content hash, updates replace, batches are transactions,
a killed run resumes without loss or duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotewire.model import Article, Attribution, ExcludedRegion, Kind, Speaker, SpeakerType, TextSpan
from quotewire.store.db import connect
from quotewire.store.ingest import ingest, load_article
from quotewire.store.search import SearchQuery, search
from quotewire.store.synthetic import generate_articles

TEXT = "MOSCOW, November 19. “We will not wait for new troubles,” Sergey Lavrov said.\n\nSee also\nOther news"


def lavrov_article(article_id: str = "tass-1", outlet: str = "TASS", text: str = TEXT) -> Article:
    c0 = text.index("“")
    c1 = text.index("”") + 1
    s0 = text.index("Sergey Lavrov")
    v0 = text.index("said")
    e0 = text.index("See also")
    return Article(
        text=text, id=article_id, title="Lavrov on troubles", date="2015-11-19", outlet=outlet,
        attributions=(Attribution(
            cue=TextSpan.of(text, v0, v0 + 4), content=(TextSpan.of(text, c0, c1),),
            source=TextSpan.of(text, s0, s0 + 13), kind=Kind.DIRECT, speaker="S1"),),
        speakers=(Speaker(id="S1", name="Sergey Lavrov", type=SpeakerType.PERSON,
                          mentions=(TextSpan.of(text, s0, s0 + 13),), roles=("foreign minister",)),),
        excluded=(ExcludedRegion(TextSpan.of(text, e0, len(text)), "see-also block"),),
    )


def counts(conn) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    row = conn.execute(
        "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM statements), "
        "(SELECT COUNT(*) FROM statements_fts)").fetchone()
    return tuple(row)


def test_store_ingest_same_article_twice_stored_once(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    first = ingest(conn, [lavrov_article()])
    second = ingest(conn, [lavrov_article(), lavrov_article()])
    assert (first.added, second.added, second.unchanged) == (1, 0, 2)
    assert counts(conn) == (1, 1, 1)


def test_store_ingest_round_trip_gives_back_the_article(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    article = lavrov_article()
    ingest(conn, [article])
    assert load_article(conn, article.id) == article


def test_store_ingest_changed_extraction_replaces_statements(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    article = lavrov_article()
    ingest(conn, [article])
    text = article.text
    v0 = text.index("said")
    changed = article.with_(attributions=(article.attributions[0].__class__(
        cue=TextSpan.of(text, v0, v0 + 4), content=(TextSpan.of(text, 0, 7),), kind=Kind.INDIRECT),))
    stats = ingest(conn, [changed])
    assert stats.updated == 1
    assert counts(conn) == (1, 1, 1)
    # the FTS index follows: the old content is gone, the new one is found
    assert search(conn, SearchQuery(q="troubles")).total == 0
    assert search(conn, SearchQuery(q="moscow")).total == 1


def test_store_ingest_same_text_under_new_id_is_a_duplicate(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    stats = ingest(conn, [lavrov_article("a"), lavrov_article("b"), lavrov_article("c", outlet="RT")])
    assert (stats.added, stats.duplicates, stats.duplicate_ids) == (2, 1, ["b"])


def test_store_ingest_failed_batch_rolls_back(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")

    def articles():  # type: ignore[no-untyped-def]
        yield from generate_articles(5, seed=3)
        raise RuntimeError("the reader died")

    with pytest.raises(RuntimeError):
        ingest(conn, articles(), batch_size=3)
    # the first batch of 3 committed, the half-read second batch left nothing behind
    assert counts(conn)[0] == 3
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_store_ingest_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    data = tmp_path / "extracted.jsonl"
    total = 800
    with data.open("w", encoding="utf-8") as out:
        for article in generate_articles(total, seed=7):
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    db = tmp_path / "c.db"
    cmd = [sys.executable, "-m", "quotewire", "ingest", str(data), "--db", str(db), "--batch-size", "25",
           "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                probe = connect(db)
                stored = probe.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                probe.close()
            except Exception:  # the writer holds the lock: look again
                continue
            if stored >= 50:
                break
    assert proc.poll() is None, "ingest finished before it could be killed: make the input larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = connect(db)
    killed_at = counts(conn)[0]
    assert 0 < killed_at < total and killed_at % 25 == 0  # whole batches only
    conn.close()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{killed_at} already stored" in done.stderr
    conn = connect(db)
    articles, statements, indexed = counts(conn)
    expected = sum(len(a.attributions) for a in generate_articles(total, seed=7))
    assert (articles, statements, indexed) == (total, expected, expected)
    assert conn.execute("SELECT COUNT(*) FROM statements WHERE cluster_id IS NULL").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
