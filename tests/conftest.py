"""Shared fixtures and the rules for tests that need something heavy.

Tests marked ``model`` need the real spaCy pipeline, ``browser`` Chromium + Playwright,
``spark`` Java + pyspark. Where that is missing they skip with the reason, except when
``QUOTEWIRE_REQUIRE_ALL=1`` (set by ``.ci/run``), where a missing requirement fails the run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REQUIRE_ALL = os.environ.get("QUOTEWIRE_REQUIRE_ALL") == "1"


def need(condition: bool, reason: str) -> None:
    """Skip the calling test unless ``condition`` holds (fail instead under REQUIRE_ALL)."""
    if condition:
        return
    if REQUIRE_ALL:
        pytest.fail(f"required for this run: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ``../shared`` folder (PolNeAR, the scorer, the sample article)."""
    need(SHARED.is_dir(), f"{SHARED} is missing")
    return SHARED


@pytest.fixture(scope="session")
def sample_text(shared_dir: Path) -> str:
    """The TASS sample article, the typical input."""
    return (shared_dir / "samples" / "tass-lavrov-2015-11-19.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    """The real extractor with the installed spaCy pipeline (loaded once per test session)."""
    from quotewire import Extractor
    from quotewire.errors import ModelError

    try:
        return Extractor.get()
    except ModelError as exc:  # pragma: no cover - depends on the machine
        need(False, str(exc))


@pytest.fixture(scope="session")
def unranked_extractor():  # type: ignore[no-untyped-def]
    """Rules mode with the learned end of contents switched off (``learned_ends = false``): the
    hand-written rules' own ends."""
    from quotewire import Extractor
    from quotewire.errors import ModelError
    from quotewire.settings import DEFAULT_OPTIONS

    try:
        return Extractor.get(DEFAULT_OPTIONS.with_(mode="rules", learned_ends=False))
    except ModelError as exc:  # pragma: no cover - depends on the machine
        need(False, str(exc))


@pytest.fixture(scope="session")
def rules_extractor():  # type: ignore[no-untyped-def]
    """The extractor in rules mode: the hand-written rules without the learned model."""
    from quotewire import Extractor
    from quotewire.errors import ModelError
    from quotewire.settings import DEFAULT_OPTIONS

    try:
        return Extractor.get(DEFAULT_OPTIONS.with_(mode="rules"))
    except ModelError as exc:  # pragma: no cover - depends on the machine
        need(False, str(exc))
