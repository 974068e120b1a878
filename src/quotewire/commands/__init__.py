"""Command-line subcommands: each module exposes ``register(subparsers)``; see ``quotewire.cli``."""
