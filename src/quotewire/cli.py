"""The ``quotewire`` command line: a thin layer over the library.

Each subcommand lives in a module of :mod:`quotewire.commands` that exposes
``register(subparsers)``; its handler validates arguments, calls one library function and
returns an exit code. Errors raised as :class:`~quotewire.errors.QuotewireError` become a
one-line message on standard error and exit code 2; nothing here prints a traceback for
bad input.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from . import __version__
from .errors import QuotewireError

#: modules whose ``register(subparsers)`` adds subcommands, in help order
COMMAND_MODULES: tuple[str, ...] = (
    "quotewire.commands.extract",
    "quotewire.commands.store",
    "quotewire.commands.evaluate",
    "quotewire.commands.spark",
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="quotewire",
        description="Who said what in news articles: attributions with speaker, cue and content.",
    )
    parser.add_argument("--version", action="version", version=f"quotewire {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args.func(args) or EXIT_OK)
    except QuotewireError as exc:
        print(f"quotewire: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("quotewire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
