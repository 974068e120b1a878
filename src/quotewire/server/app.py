"""The HTTP API and web pages over one store: ``create_app(db_path, options)``.

JSON endpoints live under ``/api`` (OpenAPI docs at ``/docs``); HTML pages at ``/``
(search), ``/articles/{id}``, ``/speakers/{id}``, ``/clusters/{id}`` and ``/paste``. Every
error of the API has one shape, ``{"error": {"code", "message", "status"}}``: 400 for a bad
query or input, 404, 405, 413 for a body over ``Options.max_request_bytes``, 422 for
invalid parameters, 503 when the language model is missing, 500 otherwise. Pages show the
same code and message as HTML.

Reads open a read-only connection per request; writes (storing extracted articles,
speaker merges) go through the one writer thread (:class:`~.writer.Writer`).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, AsyncIterator, Iterator, Literal
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import (
    ConflictError,
    InputError,
    InputTooLargeError,
    ModelError,
    NotFoundError,
    QueryError,
    QuotewireError,
    StoreError,
)
from ..model import Article
from ..settings import DEFAULT_OPTIONS, Options
from ..store.clusters import cluster_info
from ..store.db import connect, connect_readonly
from ..store.ingest import load_article, statement_rows, store_batch
from ..store.search import MAX_LIMIT, SORTS, SearchQuery, search
from ..store.speakers import merge_speakers, root, speaker_info, unmerge
from .render import segments, statement_views
from .writer import Writer

_STATUS_CODES = {
    400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "request_too_large",
    415: "unsupported_media_type", 422: "validation_error", 500: "internal_error", 503: "unavailable",
}
KINDS = ("direct", "indirect", "mixed")


class ExtractRequest(BaseModel):
    """An article to extract: plain ``text`` or a web page's ``html`` (one of the two)."""

    text: str | None = Field(None, description="the article as plain text")
    html: str | None = Field(None, description="the article as an HTML page (main text extracted)")
    id: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    store: bool = Field(False, description="also store the extracted article in the corpus")

    @model_validator(mode="after")
    def _one_body(self) -> "ExtractRequest":
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class MergeRequest(BaseModel):
    """Merge corpus speaker ``merged_id`` into ``kept_id``, with a reason for the log."""

    kept_id: int
    merged_id: int
    reason: str = Field(..., min_length=1, max_length=500)


def error_body(status: int, code: str, message: str, **extra: Any) -> dict[str, Any]:
    """The one JSON error shape of the API."""
    return {"error": {"code": code, "message": message, "status": status, **extra}}


def _status_of(exc: QuotewireError) -> int:
    if isinstance(exc, InputTooLargeError):
        return 413
    if isinstance(exc, (QueryError, InputError)):
        return 400
    if isinstance(exc, ModelError):
        return 503
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, ConflictError):
        return 409
    if isinstance(exc, StoreError):
        return 500
    return 400


class BodyLimit:
    """ASGI middleware: answer 413 to a request body over ``limit`` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._reject(scope, send)
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.limit:
                await self._reject(scope, send)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        replay: list[Message] = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replayed() -> Message:
            if replay:
                return replay.pop()
            return await receive()

        await self.app(scope, replayed, send)

    async def _reject(self, scope: Scope, send: Send) -> None:
        message = f"request body is over the limit of {self.limit:,} bytes"
        body = json.dumps(error_body(413, "request_too_large", message)).encode("utf-8")
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def _templates() -> Jinja2Templates:
    folder = resources.files("quotewire").joinpath("web", "templates")
    templates = Jinja2Templates(directory=str(folder))
    templates.env.autoescape = True  # every template, whatever its extension
    return templates


def create_app(db_path: str | Path, options: Options | None = None) -> FastAPI:
    """The FastAPI app serving the store at ``db_path`` (created and migrated if needed)."""
    options = options or DEFAULT_OPTIONS
    db = str(db_path)
    connect(db).close()  # create / migrate before the first request
    writer = Writer(db)
    templates = _templates()
    extract_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        writer.start()
        try:
            yield
        finally:
            writer.stop()

    app = FastAPI(
        title="quotewire",
        description="Who said what in news articles: search a corpus of statements, read articles "
        "with their statements highlighted, extract from pasted text.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.db_path = db
    app.state.options = options
    app.state.writer = writer
    static = resources.files("quotewire").joinpath("web", "static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    def reader() -> Iterator[sqlite3.Connection]:
        conn = connect_readonly(db)
        try:
            yield conn
        finally:
            conn.close()

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api") or request.url.path in ("/openapi.json",)

    def respond_error(request: Request, status: int, code: str, message: str, **extra: Any) -> Response:
        if is_api(request):
            return JSONResponse(error_body(status, code, message, **extra), status_code=status)
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "code": code, "message": message}, status_code=status
        )

    @app.exception_handler(QuotewireError)
    async def _quotewire_error(request: Request, exc: QuotewireError) -> Response:
        return respond_error(request, _status_of(exc), exc.code, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(exc.status_code, "error")
        return respond_error(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            {"loc": [str(p) for p in e.get("loc", ())], "message": str(e.get("msg", ""))} for e in exc.errors()
        ]
        message = "; ".join(f"{'.'.join(p['loc'])}: {p['message']}" for p in problems) or "invalid request"
        return respond_error(request, 422, "validation_error", message, details=problems)

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception) -> Response:
        return respond_error(request, 500, "internal_error", f"internal error: {exc.__class__.__name__}")

    def extract_one(body: ExtractRequest) -> Article:
        from ..extract import Extractor
        from ..readers import html_to_article, text_to_article

        fields = {k: getattr(body, k) for k in ("title", "date", "outlet", "author")}
        if body.html is not None:
            article = html_to_article(body.html, "<request>", options=options, id=body.id, url=body.url, **fields)
        else:
            article = text_to_article(body.text or "", "<request>", options=options, id=body.id,
                                      url=body.url, **fields)
        with extract_lock:  # one spaCy pipeline, used by one thread at a time
            return Extractor.get(options)(article)

    def article_payload(article: Article, stored: list[sqlite3.Row] | None = None) -> dict[str, Any]:
        data = article.to_dict()
        if stored is not None:
            by_idx = {int(r["idx"]): r for r in stored}
            for i, record in enumerate(data["attributions"]):
                row = by_idx.get(i)
                if row is not None:
                    record["statement_id"] = row["id"]
                    record["corpus_speaker_id"] = row["speaker_id"]
                    record["speaker_name"] = row["speaker_name"]
                    record["cluster_id"] = row["cluster_id"]
                    record["cluster_outlets"] = row["cluster_outlets"]
        return data

    def search_params(
        q: str = Query("", max_length=1000, description="words; \"a phrase\"; prefix*"),
        advanced: bool = Query(False, description="pass q to FTS5 as written (AND, OR, NOT, NEAR)"),
        speaker: str | None = Query(None, max_length=200, description="corpus speaker id or name"),
        outlet: str | None = Query(None, max_length=200),
        date_from: str | None = Query(None, alias="from", max_length=40, description="ISO date, inclusive"),
        date_to: str | None = Query(None, alias="to", max_length=40, description="ISO date, inclusive"),
        kind: str | None = Query(None, max_length=20, description="direct, indirect or mixed"),
        sort: Literal["relevance", "newest", "oldest"] = Query("relevance"),
        limit: int = Query(20, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0, le=100_000),
    ) -> SearchQuery:
        return SearchQuery(
            q=q, advanced=advanced, speaker=speaker or None, outlet=outlet or None, date_from=date_from or None,
            date_to=date_to or None, kind=kind or None, sort=sort, limit=limit, offset=offset,
        )

    # -- JSON API ------------------------------------------------------------------------

    @app.post("/api/extract", tags=["extract"], summary="Extract the statements of a posted text or HTML page")
    async def api_extract(body: ExtractRequest) -> dict[str, Any]:
        from starlette.concurrency import run_in_threadpool

        article = await run_in_threadpool(extract_one, body)
        data = article_payload(article)
        if body.store:
            stats = await writer.run(lambda conn: store_batch(conn, [article]))
            data["stored"] = stats.to_dict()
        return data

    @app.get("/api/search", tags=["search"], summary="Search statements")
    def api_search(query: SearchQuery = Depends(search_params),
                   conn: sqlite3.Connection = Depends(reader)) -> dict[str, Any]:
        result = search(conn, query)
        return {**result.to_dict(), "limit": query.limit, "offset": query.offset}

    @app.get("/api/statements/{statement_id}", tags=["read"], summary="One statement")
    def api_statement(statement_id: int, conn: sqlite3.Connection = Depends(reader)) -> dict[str, Any]:
        row = conn.execute(
            "SELECT s.*, sp.name AS speaker_name, a.title, a.url, c.size AS cluster_size, "
            "c.outlet_count AS cluster_outlets FROM statements s JOIN articles a ON a.id = s.article_id "
            "LEFT JOIN speakers sp ON sp.id = s.speaker_id LEFT JOIN clusters c ON c.id = s.cluster_id "
            "WHERE s.id = ?",
            (statement_id,),
        ).fetchone()
        if row is None:
            raise StarletteHTTPException(404, f"no statement {statement_id}")
        data = {k: row[k] for k in row.keys() if k not in ("record", "content_norm")}
        data["headline"] = bool(data["headline"])
        data["attribution"] = json.loads(row["record"])
        return data

    @app.get("/api/articles/{article_id}", tags=["read"], summary="One article with its statements")
    def api_article(article_id: str, conn: sqlite3.Connection = Depends(reader)) -> dict[str, Any]:
        article = load_article(conn, article_id)
        if article is None:
            raise StarletteHTTPException(404, f"no article {article_id!r}")
        return article_payload(article, statement_rows(conn, article_id))

    def speaker_payload(conn: sqlite3.Connection, speaker_id: int, limit: int = 50) -> dict[str, Any]:
        info = speaker_info(conn, speaker_id)
        if info is None:
            raise StarletteHTTPException(404, f"no speaker {speaker_id}")
        live = root(conn, speaker_id)
        if live != speaker_id:
            info["merged_into_live"] = live
        info["outlets_carrying"] = [
            {"outlet": r[0], "statements": r[1]}
            for r in conn.execute(
                "SELECT COALESCE(outlet, '(unknown)'), COUNT(*) FROM statements WHERE speaker_id = ? "
                "GROUP BY outlet ORDER BY COUNT(*) DESC, outlet LIMIT 100", (live,))
        ]
        info["timeline"] = [
            {"period": r[0], "statements": r[1]}
            for r in conn.execute(
                "SELECT COALESCE(substr(date, 1, 7), '(undated)'), COUNT(*) FROM statements WHERE speaker_id = ? "
                "GROUP BY 1 ORDER BY 1", (live,))
        ]
        result = search(conn, SearchQuery(speaker=live, sort="newest", limit=limit))
        info["recent_statements"] = result.hits
        return info

    @app.get("/api/speakers/{speaker_id}", tags=["read"], summary="A corpus speaker: aliases, merges, statements")
    def api_speaker(speaker_id: int, conn: sqlite3.Connection = Depends(reader)) -> dict[str, Any]:
        return speaker_payload(conn, speaker_id)

    @app.get("/api/clusters/{cluster_id}", tags=["read"], summary="One statement as carried by several articles")
    def api_cluster(cluster_id: int, conn: sqlite3.Connection = Depends(reader)) -> dict[str, Any]:
        info = cluster_info(conn, cluster_id)
        if info is None:
            raise StarletteHTTPException(404, f"no cluster {cluster_id}")
        return info

    @app.post("/api/speakers/merge", tags=["speakers"], summary="Merge two corpus speakers (logged, reversible)")
    async def api_merge(body: MergeRequest) -> dict[str, Any]:
        merge_id = await writer.run(lambda conn: merge_speakers(conn, body.kept_id, body.merged_id, body.reason))
        return {"merge_id": merge_id}

    @app.post("/api/merges/{merge_id}/undo", tags=["speakers"], summary="Undo a speaker merge")
    async def api_unmerge(merge_id: int) -> dict[str, Any]:
        await writer.run(lambda conn: unmerge(conn, merge_id))
        return {"merge_id": merge_id, "undone": True}

    # -- pages ---------------------------------------------------------------------------

    def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_search(request: Request, query: SearchQuery = Depends(search_params),
                    conn: sqlite3.Connection = Depends(reader)) -> Response:
        result = None
        error = None
        searched = bool(query.q.strip() or query.speaker or query.outlet or query.date_from or query.date_to
                        or query.kind)
        if searched:
            try:
                result = search(conn, query)
            except QueryError as exc:
                error = str(exc)
        counts = conn.execute(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM statements), "
            "(SELECT COUNT(*) FROM speakers WHERE merged_into IS NULL)"
        ).fetchone()
        outlets = [r[0] for r in conn.execute(
            "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY COUNT(*) DESC LIMIT 50")]
        def page_url(offset: int) -> str:
            params = {k: v for k, v in request.query_params.items() if k != "offset"}
            return "/?" + urlencode({**params, "offset": max(0, offset)})

        prev_url = page_url(query.offset - query.limit) if result and query.offset > 0 else None
        next_url = page_url(query.offset + query.limit) if result and query.offset + query.limit < result.total else None
        return page(request, "search.html", {
            "query": query, "result": result, "error": error, "kinds": KINDS, "sorts": SORTS,
            "prev_url": prev_url, "next_url": next_url,
            "counts": {"articles": counts[0], "statements": counts[1], "speakers": counts[2]},
            "outlets": outlets,
        }, 400 if error else 200)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_article(request: Request, article_id: str, conn: sqlite3.Connection = Depends(reader)) -> Response:
        article = load_article(conn, article_id)
        if article is None:
            raise StarletteHTTPException(404, f"no article {article_id!r}")
        views = statement_views(article, statement_rows(conn, article_id))
        return page(request, "article.html", {
            "article": article, "views": views, "segments": segments(article, views), "stored": True,
        })

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_speaker(request: Request, speaker_id: int, conn: sqlite3.Connection = Depends(reader)) -> Response:
        info = speaker_payload(conn, speaker_id, limit=100)
        peak = max((t["statements"] for t in info["timeline"]), default=1)
        return page(request, "speaker.html", {"speaker": info, "peak": peak})

    @app.get("/clusters/{cluster_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_cluster(request: Request, cluster_id: int, conn: sqlite3.Connection = Depends(reader)) -> Response:
        info = cluster_info(conn, cluster_id)
        if info is None:
            raise StarletteHTTPException(404, f"no cluster {cluster_id}")
        return page(request, "cluster.html", {"cluster": info})

    @app.get("/paste", response_class=HTMLResponse, include_in_schema=False)
    def page_paste(request: Request) -> Response:
        return page(request, "paste.html", {"text": "", "article": None})

    @app.post("/paste", response_class=HTMLResponse, include_in_schema=False)
    def page_paste_post(request: Request, text: str = Form(..., max_length=options.max_chars)) -> Response:
        fragment = request.headers.get("x-fragment") == "1"
        article = extract_one(ExtractRequest(text=text, html=None, store=False))
        views = statement_views(article)
        context = {"text": text, "article": article, "views": views, "segments": segments(article, views),
                   "stored": False}
        return page(request, "_paste_result.html" if fragment else "paste.html", context)

    app.add_middleware(BodyLimit, limit=options.max_request_bytes)
    return app


__all__ = ["BodyLimit", "ExtractRequest", "create_app", "error_body"]
