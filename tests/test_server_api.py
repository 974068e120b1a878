"""The HTTP API and pages in-process (httpx.ASGITransport) over a real store file:
endpoints, the one error shape, size limits, escaping of article text."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from quotewire.model import Article, Attribution, Kind, Speaker, SpeakerType, TextSpan
from quotewire.server import create_app
from quotewire.settings import DEFAULT_OPTIONS
from quotewire.store.db import connect
from quotewire.store.ingest import ingest
from quotewire.store.synthetic import generate_articles
from test_store_speakers import quoted

HOSTILE = 'Breaking <script>window.PWNED = 1</script> news. “We <b>will</b> not wait,” Lavrov said. <img src=x onerror="window.PWNED=2">'


def hostile_article() -> Article:
    text = HOSTILE
    c0, c1 = text.index("“"), text.index("”") + 1
    s0 = text.index("Lavrov")
    v0 = text.index("said")
    return Article(
        text=text, id="hostile<1>", title="<script>alert(1)</script>", outlet="Evil", date="2015-11-20",
        attributions=(Attribution(cue=TextSpan.of(text, v0, v0 + 4), content=(TextSpan.of(text, c0, c1),),
                                  source=TextSpan.of(text, s0, s0 + 6), kind=Kind.DIRECT, speaker="S1"),),
        speakers=(Speaker(id="S1", name="Lavrov", type=SpeakerType.PERSON),),
    )


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db = tmp_path_factory.mktemp("api") / "c.db"
    conn = connect(db)
    ingest(conn, [
        quoted("tass-1", "Sergey Lavrov", "We will not wait for new troubles to unite", outlet="TASS"),
        quoted("rt-1", "Lavrov", "We will not wait for new troubles to unite", outlet="RT"),
        hostile_article(),
    ])
    ingest(conn, generate_articles(30, seed=9))
    conn.close()
    application = create_app(db, DEFAULT_OPTIONS.with_(max_request_bytes=10_000))
    yield application
    application.state.writer.stop()


def call(app: Any, method: str, url: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(go())


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body


def test_server_api_search(app: Any) -> None:
    r = call(app, "GET", "/api/search", params={"q": '"new troubles"', "speaker": "Sergei Lavrov"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2 and {h["outlet"] for h in body["hits"]} == {"TASS", "RT"}
    assert all(h["cluster_outlets"] == 2 for h in body["hits"])
    assert "<mark>new troubles</mark>" in body["hits"][0]["snippet_html"]


def test_server_api_read_endpoints(app: Any) -> None:
    hit = call(app, "GET", "/api/search", params={"q": "troubles", "outlet": "TASS"}).json()["hits"][0]
    st = call(app, "GET", f"/api/statements/{hit['id']}").json()
    assert st["article_id"] == "tass-1" and st["attribution"]["kind"] == "direct"
    art = call(app, "GET", "/api/articles/tass-1").json()
    assert art["attributions"][0]["statement_id"] == hit["id"] and art["attributions"][0]["cluster_outlets"] == 2
    sp = call(app, "GET", f"/api/speakers/{hit['speaker_id']}").json()
    assert sp["name"] == "Sergey Lavrov" and {o["outlet"] for o in sp["outlets_carrying"]} >= {"TASS", "RT"}
    cl = call(app, "GET", f"/api/clusters/{hit['cluster_id']}").json()
    assert cl["outlet_count"] == 2 and cl["outlets"] == ["RT", "TASS"]


def test_server_api_error_shapes(app: Any) -> None:
    assert_error(call(app, "GET", "/api/search", params={"q": "foo AND (", "advanced": "true"}), 400, "bad_query")
    assert_error(call(app, "GET", "/api/search", params={"q": "***"}), 400, "bad_query")
    assert_error(call(app, "GET", "/api/search", params={"from": "last week"}), 400, "bad_query")
    body = assert_error(call(app, "GET", "/api/search", params={"limit": "0"}), 422, "validation_error")
    assert body["error"]["details"][0]["loc"] == ["query", "limit"]
    assert_error(call(app, "GET", "/api/search", params={"kind": "rumour"}), 400, "bad_query")
    assert_error(call(app, "GET", "/api/search", params={"sort": "random"}), 422, "validation_error")
    assert_error(call(app, "GET", "/api/articles/nope"), 404, "not_found")
    assert_error(call(app, "GET", "/api/statements/999999"), 404, "not_found")
    assert_error(call(app, "GET", "/api/statements/abc"), 422, "validation_error")
    assert_error(call(app, "GET", "/api/speakers/999999"), 404, "not_found")
    assert_error(call(app, "GET", "/api/clusters/999999"), 404, "not_found")
    assert_error(call(app, "GET", "/api/no-such-endpoint"), 404, "not_found")
    assert_error(call(app, "DELETE", "/api/search"), 405, "method_not_allowed")
    assert_error(call(app, "POST", "/api/extract", json={}), 422, "validation_error")
    assert_error(call(app, "POST", "/api/extract", json={"text": "a", "html": "<p>a</p>"}), 422, "validation_error")
    assert_error(call(app, "POST", "/api/extract", content=b"{broken", headers={"content-type": "application/json"}),
                 422, "validation_error")


def test_server_api_request_size_limit(app: Any) -> None:
    big = {"text": "x" * 20_000}
    assert_error(call(app, "POST", "/api/extract", json=big), 413, "request_too_large")

    async def chunks() -> Any:  # no Content-Length: counted as it streams
        for _ in range(20):
            yield b"x" * 1000

    assert_error(call(app, "POST", "/api/extract", content=chunks(), headers={"content-type": "application/json"}),
                 413, "request_too_large")


def test_server_api_openapi_docs(app: Any) -> None:
    assert call(app, "GET", "/docs").status_code == 200
    paths = call(app, "GET", "/openapi.json").json()["paths"]
    assert {"/api/extract", "/api/search", "/api/statements/{statement_id}", "/api/articles/{article_id}",
            "/api/speakers/{speaker_id}", "/api/clusters/{cluster_id}"} <= set(paths)


def test_server_api_merge_and_undo(app: Any) -> None:
    ids = {h["speaker_name"]: h["speaker_id"] for h in call(app, "GET", "/api/search", params={"limit": 200}).json()["hits"]}
    kept, merged = ids["Angela Merkel"], ids["Vladimir Putin"]
    r = call(app, "POST", "/api/speakers/merge", json={"kept_id": kept, "merged_id": merged, "reason": "test"})
    merge_id = r.json()["merge_id"]
    assert call(app, "GET", f"/api/speakers/{merged}").json()["merged_into_live"] == kept
    assert call(app, "POST", f"/api/merges/{merge_id}/undo").json()["undone"] is True
    assert "merged_into_live" not in call(app, "GET", f"/api/speakers/{merged}").json()
    assert_error(call(app, "POST", f"/api/merges/{merge_id}/undo"), 409, "conflict")  # undone already
    assert_error(call(app, "POST", "/api/merges/99999/undo"), 404, "not_found")
    assert_error(call(app, "POST", "/api/speakers/merge", json={"kept_id": kept, "merged_id": kept, "reason": "x"}), 409, "conflict")


def test_server_pages_render(app: Any) -> None:
    form = {"q": "troubles", "speaker": "", "outlet": "", "from": "", "to": "", "kind": "", "sort": "relevance"}
    assert "<mark>troubles</mark>" in call(app, "GET", "/", params=form).text  # the form as a browser sends it
    page = call(app, "GET", "/", params={"q": "troubles"})
    assert page.status_code == 200 and "<mark>troubles</mark>" in page.text and "carried by 2 outlets" in page.text
    bad = call(app, "GET", "/", params={"q": "foo AND (", "advanced": "true"})
    assert bad.status_code == 400 and "bad search query" in bad.text
    article = call(app, "GET", "/articles/tass-1")
    assert article.status_code == 200 and 'class="st spk-0"' in article.text and 'class="cue spk-0"' in article.text
    speaker_id = call(app, "GET", "/api/search", params={"q": "troubles"}).json()["hits"][0]["speaker_id"]
    speaker = call(app, "GET", f"/speakers/{speaker_id}")
    assert speaker.status_code == 200 and "Outlets that carried them" in speaker.text and "RT" in speaker.text
    missing = call(app, "GET", "/articles/nope")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert call(app, "GET", "/paste").status_code == 200
    assert call(app, "GET", "/static/quotewire.css").status_code == 200


def test_server_pages_escape_article_text(app: Any) -> None:
    page = call(app, "GET", "/articles/hostile%3C1%3E")
    assert page.status_code == 200
    assert "<script>" not in page.text.replace('<script src="/static/quotewire.js" defer></script>', "")
    assert "&lt;script&gt;window.PWNED = 1&lt;/script&gt;" in page.text
    assert "<img" not in page.text and "<b>will</b>" not in page.text
    search = call(app, "GET", "/", params={"q": "will"})
    assert "<b>will</b>" not in search.text
