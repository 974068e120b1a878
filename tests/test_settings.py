"""Options: the packaged defaults, a configuration file, and the one flags-to-options mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.errors import ConfigError
from quotewire.settings import DEFAULT_OPTIONS, load_options, options_for


def test_settings_options_for_without_flags_is_the_defaults() -> None:
    assert options_for() is DEFAULT_OPTIONS
    assert options_for(None, boilerplate=None, speakers=None, mode=None, fields={}) is DEFAULT_OPTIONS


def test_settings_options_for_flags_override_the_file(tmp_path: Path) -> None:
    config = tmp_path / "qw.cfg"
    config.write_text("[DEFAULT]\nresolve_speakers = false\nmax_chars = 1000\n[reader]\ntext_field = body\n", encoding="utf-8")
    from_file = load_options(config)
    assert not from_file.resolve_speakers and from_file.max_chars == 1000 and from_file.reader.text_field == "body"

    options = options_for(config, boilerplate=False, mode="model", fields={"id": "uid", "text_field": "content"}, max_chars=50)
    assert options.exclude_boilerplate is False and options.mode == "model" and options.max_chars == 50
    assert options.reader.id_field == "uid" and options.reader.text_field == "content"
    assert options.resolve_speakers is False  # not given: the file's value stays
    assert options_for(config, speakers=True).resolve_speakers is True


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"mode": "neural"}, "mode must be one of rules, model"),
        ({"fields": {"body": "x"}}, "unknown input field 'body'"),
        ({"max_chars": 0}, "max_chars must be positive"),
        ({"min_confidence": 1.5}, "min_confidence must be between 0 and 1"),
    ],
)
def test_settings_options_for_rejects_bad_values(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        options_for(**kwargs)  # type: ignore[arg-type]


def test_settings_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        options_for(tmp_path / "nope.cfg")
