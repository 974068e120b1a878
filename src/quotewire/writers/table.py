"""A terminal view of an extracted article: speaker | cue | content, with rich."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..model import Article


def build_table(article: Article) -> Table:
    """A rich Table with one row per attribution."""
    title = article.title or article.meta.get("source") or article.id
    table = Table(title=f"{title} — {len(article.attributions)} statements", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("speaker", style="bold cyan", ratio=2, min_width=14, overflow="fold")
    table.add_column("cue", style="magenta", max_width=12, overflow="fold")
    table.add_column("content", ratio=6, overflow="fold")
    table.add_column("kind", style="dim", no_wrap=True)
    for n, a in enumerate(article.attributions, start=1):
        speaker = article.speaker(a.speaker)
        who = speaker.name if speaker else (a.source.text if a.source else "—")
        source = a.source.text if a.source else ""
        mention = source.casefold()
        if speaker and mention and mention not in speaker.name.casefold() and speaker.name.casefold() not in mention:
            # the mention the article used, when it is not the name itself ("the Minister", "he")
            who = f"{speaker.name}\n[dim]({escape(source)})[/dim]"
        kind = str(a.kind) + ("\nheadline" if a.headline else "")
        content = " … ".join(" ".join(s.text.split()) for s in a.content)
        table.add_row(str(n), who if speaker else escape(who), escape(a.cue.text) if a.cue else "—", escape(content), kind)
    return table


def render_table(article: Article, *, width: int | None = None, color: bool = False) -> str:
    """The table as text (for files, tests and pipes)."""
    console = Console(width=width or 120, record=True, force_terminal=color, color_system="auto" if color else None)
    with console.capture() as capture:
        console.print(build_table(article))
    return capture.get()


def print_table(article: Article, console: Console | None = None) -> None:
    """Print the table to the terminal."""
    (console or Console()).print(build_table(article))


__all__ = ["build_table", "print_table", "render_table"]
