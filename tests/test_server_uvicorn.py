"""A real uvicorn server on 127.0.0.1 (a free port) answering over TCP; and the extract
endpoint with the real pipeline."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
import uvicorn

from quotewire.server import create_app
from quotewire.store.db import connect
from quotewire.store.ingest import ingest
from quotewire.store.synthetic import generate_articles


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn in a thread, stopped cleanly at the end."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = tmp_path_factory.mktemp("live") / "c.db"
    conn = connect(db)
    ingest(conn, generate_articles(20, seed=4))
    conn.close()
    with LiveServer(create_app(db)) as server:
        yield server


def test_server_uvicorn_serves_api_and_pages(live: LiveServer) -> None:
    with httpx.Client(base_url=live.url, timeout=10) as client:
        r = client.get("/api/search", params={"q": "talks", "limit": 5})
        assert r.status_code == 200 and r.json()["total"] > 0
        bad = client.get("/api/search", params={"q": "a OR", "advanced": "true"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_query"
        page = client.get("/", params={"q": "talks"})
        assert page.status_code == 200 and "<mark>" in page.text
        article_id = r.json()["hits"][0]["article_id"]
        assert client.get(f"/articles/{article_id}").status_code == 200


@pytest.mark.model
def test_server_uvicorn_extract_and_store(live: LiveServer, sample_text: str, extractor: Any) -> None:
    with httpx.Client(base_url=live.url, timeout=120) as client:
        r = client.post("/api/extract", json={"text": sample_text, "id": "tass-sample", "outlet": "TASS",
                                              "store": True})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["attributions"] and body["stored"]["added"] == 1
        hits = client.get("/api/search", params={"q": "terror*", "outlet": "TASS"}).json()["hits"]
        assert any(h["article_id"] == "tass-sample" for h in hits)
        page = client.post("/paste", data={"text": sample_text}, headers={"X-Fragment": "1"})
        assert page.status_code == 200 and 'class="statement' in page.text
        html = "<html><head><title>Lavrov</title></head><body><article><p>" + \
            "</p><p>".join(sample_text.split("\n\n")[2:6]) + "</p></article></body></html>"
        r = client.post("/api/extract", json={"html": html})
        assert r.status_code == 200 and r.json()["text"]
