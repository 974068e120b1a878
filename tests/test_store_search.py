"""Search: quoting of user text, phrases and prefixes, filters, pages, bad queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.errors import QueryError
from quotewire.store.db import connect
from quotewire.store.ingest import ingest
from quotewire.store.search import SearchQuery, build_search, quote_fts, search
from quotewire.store.synthetic import generate_articles
from test_store_speakers import quoted


@pytest.mark.parametrize(
    ("text", "fts"),
    [
        ("Lavrov terror*", '"Lavrov" "terror"*'),
        ('"middle East" talks', '"middle East" "talks"'),
        ('unclosed "quote', '"unclosed" "quote"'),
        ("NOT AND OR", '"NOT" "AND" "OR"'),
        ("content:syria ^x (a)", '"content:syria" "^x" "(a)"'),
        ("'; DROP TABLE statements; --", '"DROP" "TABLE" "statements;"'),
        ("* ** ---", ""),
    ],
)
def test_store_search_quote_fts(text: str, fts: str) -> None:
    assert quote_fts(text) == fts


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = connect(tmp_path_factory.mktemp("search") / "c.db")
    ingest(db, [
        quoted("a1", "Sergey Lavrov", "We will not wait for new troubles in the Middle East", outlet="Kommersant"),
        quoted("a2", "John Kerry", "The Middle East needs a ceasefire", outlet="NYT"),
        quoted("a3", "Sergei Lavrov", "Terrorists must be stopped", outlet="Izvestia"),
    ])
    db.execute("UPDATE statements SET date = '2015-12-02' WHERE article_id = 'a3'")
    ingest(db, generate_articles(200, seed=11))
    yield db
    db.close()


def test_store_search_phrase_prefix_and_words(conn) -> None:  # type: ignore[no-untyped-def]
    assert search(conn, SearchQuery(q='"middle east"', outlet="Kommersant")).total == 1
    assert search(conn, SearchQuery(q='"east middle"', outlet="Kommersant")).total == 0
    hits = search(conn, SearchQuery(q="terror*", speaker="Lavrov", date_to="2015-12")).hits
    assert [h["article_id"] for h in hits if h["article_id"].startswith("a")] == ["a3"]
    assert "<mark>Terrorists</mark>" in hits[0]["snippet_html"] or any(
        "<mark>" in h["snippet_html"] for h in hits)


def test_store_search_filters(conn) -> None:  # type: ignore[no-untyped-def]
    lavrov = search(conn, SearchQuery(q="middle east", speaker="Sergei Lavrov", outlet="kommersant"))
    assert [h["article_id"] for h in lavrov.hits] == ["a1"]
    november = search(conn, SearchQuery(speaker="Lavrov", date_from="2015-11-01", date_to="2015-11"))
    december = search(conn, SearchQuery(speaker="Lavrov", date_from="2015-12", date_to="2015-12-31"))
    assert "a1" in {h["article_id"] for h in november.hits} and "a3" not in {h["article_id"] for h in november.hits}
    assert "a3" in {h["article_id"] for h in december.hits}
    kinds = {h["kind"] for h in search(conn, SearchQuery(kind="indirect", limit=100)).hits}
    assert kinds == {"indirect"}
    assert search(conn, SearchQuery(speaker="Nobody Atall")).total == 0


def test_store_search_pages_do_not_overlap(conn) -> None:  # type: ignore[no-untyped-def]
    first = search(conn, SearchQuery(q="syria", limit=10, sort="oldest"))
    second = search(conn, SearchQuery(q="syria", limit=10, offset=10, sort="oldest"))
    assert first.total == second.total > 20
    assert not {h["id"] for h in first.hits} & {h["id"] for h in second.hits}


@pytest.mark.parametrize("q", ["foo AND (", "NEAR(", '"unclosed', "col:umn", "a OR", "*"])
def test_store_search_bad_advanced_query_is_query_error(conn, q: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError):
        search(conn, SearchQuery(q=q, advanced=True))


@pytest.mark.parametrize("q", ["foo AND (", "NEAR(", '"unclosed', "col:umn", "a OR", "'; DROP TABLE articles; --",
                                "x\" OR 1=1 --", "🙂 troubles", "^ x"])
def test_store_search_simple_mode_never_breaks(conn, q: str) -> None:  # type: ignore[no-untyped-def]
    search(conn, SearchQuery(q=q))  # any text with a word in it is a valid search
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 203


def test_store_search_advanced_boolean(conn) -> None:  # type: ignore[no-untyped-def]
    both = search(conn, SearchQuery(q="middle AND ceasefire", advanced=True))
    assert [h["article_id"] for h in both.hits] == ["a2"]


@pytest.mark.parametrize("bad", [{"date_from": "November"}, {"kind": "rumour"}, {"limit": 0}, {"offset": -1},
                                 {"q": "x" * 1001}, {"sort": "random"}, {"q": "***"}, {"q": "^ ("}])
def test_store_search_bad_parameters(bad: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(QueryError):
        build_search(SearchQuery(**bad))
