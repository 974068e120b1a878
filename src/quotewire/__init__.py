"""quotewire: who said what in news articles.

>>> import quotewire
>>> article = quotewire.extract("“We will not give up,” the minister said.")
>>> [(a.source.text, a.cue.text, a.content_text) for a in article.attributions]
[('the minister', 'said', '“We will not give up,”')]

Every span is a :class:`TextSpan` with character offsets into ``Article.text``.
"""

from __future__ import annotations

from .errors import (
    ConfigError,
    DecodeError,
    EmptyInputError,
    FormatError,
    InputError,
    InputTooLargeError,
    ModelError,
    QueryError,
    QuotewireError,
    SparkError,
    StoreError,
)
from .extract import Extractor, extract, extract_article, extract_articles
from .model import (
    Article,
    Attribution,
    Dateline,
    ExcludedRegion,
    Kind,
    Speaker,
    SpeakerType,
    TextSpan,
)
from .settings import Options, load_options

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "ConfigError",
    "Dateline",
    "DecodeError",
    "EmptyInputError",
    "ExcludedRegion",
    "Extractor",
    "FormatError",
    "InputError",
    "InputTooLargeError",
    "Kind",
    "ModelError",
    "Options",
    "QueryError",
    "QuotewireError",
    "Speaker",
    "SpeakerType",
    "SparkError",
    "StoreError",
    "TextSpan",
    "__version__",
    "extract",
    "extract_article",
    "extract_articles",
    "load_options",
]
