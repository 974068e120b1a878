"""Every error quotewire raises, in one place.

The hierarchy::

    QuotewireError                 base of everything below; catch this to catch all
    ├── InputError                 an input cannot be read as an article
    │   ├── EmptyInputError        nothing to read (empty file, whitespace only)
    │   ├── DecodeError            bytes that are not text in any encoding we detect
    │   ├── InputTooLargeError     over the configured size limit
    │   └── FormatError            broken JSONL/CSV/HTML/brat, or a missing field
    ├── ModelError                 the spaCy pipeline or a shipped model cannot be loaded
    ├── ConfigError                a bad option or configuration value
    ├── StoreError                 the SQLite store cannot be opened, migrated or written
    │   └── QueryError             a malformed search query
    └── SparkError                 the Spark job cannot be set up

Messages name the input and the problem, and where there is one, the fix. Library code
raises these and never prints or exits; the CLI and the HTTP API turn them into a clean
message, an exit code or one JSON error shape.
"""

from __future__ import annotations


class QuotewireError(Exception):
    """Base class of every error quotewire raises on purpose."""

    #: short machine-readable name used by the CLI and the HTTP API
    code = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputError(QuotewireError):
    """An input cannot be read as an article."""

    code = "bad_input"


class EmptyInputError(InputError):
    """The input holds no text."""

    code = "empty_input"


class DecodeError(InputError):
    """The input's bytes are not text in any encoding we can detect (a binary file?)."""

    code = "undecodable_input"


class InputTooLargeError(InputError):
    """The input is larger than the configured limit (``max_chars``)."""

    code = "input_too_large"


class FormatError(InputError):
    """A structured input (JSONL, CSV, HTML, brat) is broken or lacks a needed field."""

    code = "bad_format"


class ModelError(QuotewireError):
    """The spaCy pipeline or a shipped model cannot be loaded."""

    code = "model_unavailable"


class ConfigError(QuotewireError):
    """A configuration value or option is invalid."""

    code = "bad_config"


class StoreError(QuotewireError):
    """The SQLite store cannot be opened, migrated or written."""

    code = "store_error"


class QueryError(StoreError):
    """A search query is malformed."""

    code = "bad_query"


class NotFoundError(StoreError):
    """A speaker, merge or other record the request names is not in the store."""

    code = "not_found"


class ConflictError(StoreError):
    """The request contradicts the store's state (a merge undone twice, a speaker merged with itself)."""

    code = "conflict"


class SparkError(QuotewireError):
    """The Spark job cannot be set up (no Java, no pyspark, bad input path)."""

    code = "spark_error"


__all__ = [
    "ConfigError",
    "ConflictError",
    "DecodeError",
    "EmptyInputError",
    "FormatError",
    "InputError",
    "InputTooLargeError",
    "ModelError",
    "NotFoundError",
    "QueryError",
    "QuotewireError",
    "SparkError",
    "StoreError",
]
