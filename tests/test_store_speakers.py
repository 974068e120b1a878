"""Corpus speakers: name keys across spellings, merges that explain themselves and undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.errors import StoreError
from quotewire.model import Article, Attribution, Kind, Speaker, SpeakerType, TextSpan
from quotewire.store.db import connect, transaction
from quotewire.store.ingest import ingest
from quotewire.store.search import SearchQuery, search
from quotewire.store.speakers import is_proper_name, name_key, speaker_info, unmerge


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Sergey Lavrov", "Russian Foreign Minister Sergei Lavrov"),
        ("Dmitry Peskov", "Dmitriy Peskov"),
        ("Dmitrii Peskov", "Kremlin spokesman Dmitry Peskov"),
        ("Maria Zakharova", "Mariya Zakharova"),
        ("Yevgeny Primakov", "Evgeny Primakov"),
        ("Alexei Navalny", "Aleksey Navalny"),
        ("Yulia Tymoshenko", "Yuliya Tymoshenko"),
        ("François Hollande", "Francois Hollande"),
        ("John Kerry", "Secretary of State John Kerry"),
        ("Mr. Putin", "Putin"),
        ("Lavrov's", "Lavrov"),
    ],
)
def test_store_speakers_name_key_joins_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Sergey Lavrov", "Sergey Ivanov"), ("Maria Zakharova", "Maria Sharapova")])
def test_store_speakers_name_key_keeps_people_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(("name", "proper"), [("Lavrov", True), ("He", False), ("officials", False),
                                              ("the Kremlin", True), ("a source", False)])
def test_store_speakers_proper_name(name: str, proper: bool) -> None:
    assert is_proper_name(name) is proper


def quoted(article_id: str, name: str, quote: str, type: SpeakerType = SpeakerType.PERSON,
           outlet: str = "TASS") -> Article:
    text = f"“{quote},” {name} said."
    c1 = len(quote) + 3
    s0 = c1 + 1
    v0 = s0 + len(name) + 1
    return Article(
        text=text, id=article_id, outlet=outlet, date="2015-11-19",
        attributions=(Attribution(cue=TextSpan.of(text, v0, v0 + 4), content=(TextSpan.of(text, 0, c1),),
                                  source=TextSpan.of(text, s0, s0 + len(name)), kind=Kind.DIRECT, speaker="S1"),),
        speakers=(Speaker(id="S1", name=name, type=type),),
    )


def live_speakers(conn) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r[0] for r in conn.execute("SELECT name FROM speakers WHERE merged_into IS NULL"))


def test_store_speakers_one_person_across_articles(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    ingest(conn, [
        quoted("a1", "Lavrov", "Terrorism is a common threat"),
        quoted("a2", "Sergey Lavrov", "We are ready to cooperate"),
        quoted("a3", "Russian Foreign Minister Sergei Lavrov", "The draft was circulated"),
        quoted("a4", "S. Lavrov", "Nobody listened to us"),
    ])
    assert live_speakers(conn) == ["Sergey Lavrov"]
    info = speaker_info(conn, int(conn.execute("SELECT id FROM speakers WHERE merged_into IS NULL").fetchone()[0]))
    assert info is not None and info["statements"] == 4
    assert {a["alias"] for a in info["aliases"]} >= {"Lavrov", "Sergey Lavrov", "S. Lavrov"}
    reasons = " | ".join(m["reason"] for m in info["merges"])
    assert "bare surname 'Lavrov'" in reasons and "initial 'S Lavrov'" in reasons
    assert search(conn, SearchQuery(speaker="Sergei Lavrov")).total == 4
    assert search(conn, SearchQuery(speaker="Lavrov")).total == 4


def test_store_speakers_ambiguous_surname_not_merged(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    ingest(conn, [
        quoted("a1", "Sergey Ivanov", "The budget is balanced"),
        quoted("a2", "Igor Ivanov", "Relations are at a low point"),
        quoted("a3", "Ivanov", "We will see"),
    ])
    assert live_speakers(conn) == ["Igor Ivanov", "Ivanov", "Sergey Ivanov"]


def test_store_speakers_anonymous_sources_kept_apart(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    ingest(conn, [
        quoted("a1", "a source", "The talks failed", SpeakerType.ANONYMOUS),
        quoted("a2", "a source", "The talks failed", SpeakerType.ANONYMOUS, outlet="RT"),
    ])
    assert live_speakers(conn) == ["a source", "a source"]
    reasons = [r[0] for r in conn.execute("SELECT link_reason FROM article_speakers")]
    assert all(reason.startswith("kept apart") for reason in reasons)


def test_store_speakers_merge_and_unmerge_restore_statements_and_clusters(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    ingest(conn, [
        quoted("a1", "Sergey Lavrov", "We will not wait for new troubles", outlet="TASS"),
        quoted("a2", "Lavrov", "We will not wait for new troubles", outlet="RT"),
    ])
    merge = conn.execute("SELECT id, reason, automatic FROM speaker_merges").fetchone()
    assert merge["automatic"] == 1 and "bare surname" in merge["reason"]
    clusters = conn.execute("SELECT DISTINCT cluster_id FROM statements").fetchall()
    assert len(clusters) == 1
    assert conn.execute("SELECT outlet_count FROM clusters").fetchone()[0] == 2
    with transaction(conn):
        unmerge(conn, merge["id"])
    assert live_speakers(conn) == ["Lavrov", "Sergey Lavrov"]
    assert len(conn.execute("SELECT DISTINCT cluster_id FROM statements").fetchall()) == 2
    assert conn.execute("SELECT undone_at FROM speaker_merges").fetchone()[0] is not None
    with pytest.raises(StoreError, match="already undone"):
        with transaction(conn):
            unmerge(conn, merge["id"])
