"""One thread owns the store's write connection (the datasette idiom).

SQLite allows one writer at a time; instead of every request opening its own writable
connection and racing for the lock, writes are functions queued to a single thread that
runs each in a transaction on its own connection. Reads open their own read-only
connection per request and never wait for writes (WAL).
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..store.db import connect, transaction

T = TypeVar("T")
_STOP = object()


class Writer:
    """A thread with the only writable connection to the store; call :meth:`run` to write."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Open the connection (migrating the schema) and start the thread."""
        with self._lock:
            if self._thread is not None:
                return
            ready: Future[None] = Future()
            self._thread = threading.Thread(target=self._loop, args=(ready,), name="quotewire-writer", daemon=True)
            self._thread.start()
            ready.result()

    def _loop(self, ready: "Future[None]") -> None:
        try:
            conn = connect(self.path)
        except BaseException as exc:  # report the failure to start() and stop
            ready.set_exception(exc)
            return
        ready.set_result(None)
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    break
                fn, future = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    with transaction(conn):
                        result = fn(conn)
                except BaseException as exc:  # the caller gets the error
                    future.set_exception(exc)
                else:
                    future.set_result(result)
        finally:
            conn.close()

    def submit(self, fn: Callable[[sqlite3.Connection], T]) -> "Future[T]":
        """Queue ``fn(conn)`` to run in one transaction on the writer thread."""
        self.start()
        future: Future[T] = Future()
        self._queue.put((fn, future))
        return future

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` on the writer thread and await its result."""
        return await asyncio.wrap_future(self.submit(fn))

    def stop(self) -> None:
        """Finish queued writes, close the connection and end the thread."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(timeout=30)


__all__ = ["Writer"]
