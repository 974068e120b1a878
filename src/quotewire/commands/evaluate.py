"""``quotewire eval``: the yardstick's figures on a PolNeAR-layout gold folder."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from ..errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``eval`` subcommand."""
    p = subparsers.add_parser(
        "eval",
        help="score extraction against gold attributions (PolNeAR layout)",
        description="Extract every GOLD/text/NAME.txt (or take --pred), score against "
        "GOLD/attributions/NAME_<annotator>.ann and print the figures the shared scorer prints.",
    )
    p.add_argument("--gold", required=True, type=Path, help="folder with text/ and attributions/")
    p.add_argument("--pred", type=Path, help="score these NAME.ann files instead of extracting")
    p.add_argument("--out", type=Path, help="keep the predicted NAME.ann files here")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract (unless --pred), score and print."""
    from ..evaluate import format_report, predict_gold, score

    gold: Path = args.gold
    if not (gold / "text").is_dir() or not (gold / "attributions").is_dir():
        raise InputError("not a PolNeAR-layout folder (needs text/ and attributions/)", source=str(gold))
    if args.pred:
        result = score(gold, args.pred)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = args.out or Path(tmp)
            predict_gold(gold, out)
            result = score(gold, out)
    print(json.dumps(result, indent=2) if args.json else format_report(result))
    return 0
