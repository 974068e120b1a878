"""The README stays true: its commands are the ones CI runs, and every CLI command is in it."""

from __future__ import annotations

import re
from pathlib import Path

from quotewire.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    return re.findall(r"```bash\n(.+?)\n```", README)


def test_docs_readme_opens_with_two_commands() -> None:
    commands = readme_commands()
    assert len(commands) >= 2
    main_job, tests = commands[0], commands[1]
    assert "quotewire extract examples/" in main_job
    assert "pytest" in tests


def test_docs_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci


def test_docs_every_cli_command_is_documented() -> None:
    parser = build_parser()
    choices = next(a for a in parser._actions if a.dest == "command").choices
    for name in choices:  # type: ignore[union-attr]
        assert f"`quotewire {name}" in README, f"quotewire {name} is missing from README.md"


def test_docs_sample_article_ships_with_the_repo() -> None:
    assert (REPO / "examples" / "sample-article.txt").is_file()
