"""The HTTP API and web pages over a store (FastAPI): see :func:`create_app`."""

from __future__ import annotations

from .app import create_app, error_body

__all__ = ["create_app", "error_body"]
