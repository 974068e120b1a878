"""Find quoted stretches of text: a linear scan over quote marks, no parse needed.

Handles the typographies news copy uses: “…” (English), „…“ (German), «…» (French and
Russian), ‘…’ and '…' (inner quotes), and straight "…" used for both ends. A quote whose
paragraph ends before it closes continues when the next paragraph opens with a quote mark
(the English convention for multi-paragraph quotes); otherwise it is closed at the end of
its paragraph and marked ``closed=False``.

The scan is one pass with a small stack, so time is linear in the text length whatever
the quote marks look like.
"""

from __future__ import annotations

from dataclasses import dataclass

# Marks that only ever open, only ever close, or do both.
_OPENERS = {"“": "”", "„": "“”", "«": "»", "‘": "’", "‹": "›", "‚": "‘’"}
_CLOSERS = {"”", "»", "’", "›"}
_DOUBLE_STRAIGHT = '"'
_SINGLE_STRAIGHT = "'"
# Characters after which a straight or ambiguous mark opens a quote.
_OPEN_CONTEXT = set(" \t\n\r([{–—-/:;,") | {"\u00a0"}
QUOTE_CHARS = "\"“”„‟«»‘’‚‛'‹›"
MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch: ``text[start_char:end_char]`` includes both quote marks."""

    start_char: int
    end_char: int
    depth: int  # 0 for outermost quotes
    closed: bool = True
    paragraphs: int = 1  # how many paragraphs it spans

    @property
    def inner_start(self) -> int:
        return self.start_char + 1

    @property
    def inner_end(self) -> int:
        return self.end_char - 1 if self.closed else self.end_char


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """All quotes in ``text``, outer and nested, in order of their opening mark."""
    quotes: list[Quote] = []
    # stack entries: (start, expected closers, paragraphs, is_straight_double, is_single)
    stack: list[tuple[int, str, int]] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            # Paragraph break: a blank line or a newline.
            j = i
            while j < n and text[j] in "\n\r \t\u00a0":
                j += 1
            if stack:
                # English convention: an open quote continues if the next paragraph opens with one.
                continues = j < n and text[j] in "“\"„«‘"
                if continues and len(stack) == 1:
                    start, closers, paras = stack[0]
                    stack[0] = (start, closers, paras + 1)
                    i = j + 1  # skip the re-opening mark
                    continue
                # Otherwise close everything at the paragraph end (unclosed quotes).
                end = i
                while end > 0 and text[end - 1] in " \t\r\u00a0":
                    end -= 1
                for depth in range(len(stack) - 1, -1, -1):
                    start, closers, paras = stack[depth]
                    if end > start + 1:
                        quotes.append(Quote(start, end, depth, closed=False, paragraphs=paras))
                stack.clear()
            i = j
            continue
        if ch not in QUOTE_CHARS:
            i += 1
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in (_DOUBLE_STRAIGHT, _SINGLE_STRAIGHT, "’", "“", "”") and stack and ch in stack[-1][1]:
            # A closing mark for the innermost open quote. Apostrophes (’ and ' between letters)
            # never close a quote.
            if ch in ("’", _SINGLE_STRAIGHT) and _is_word(prev) and _is_word(nxt):
                i += 1
                continue
            if ch == _SINGLE_STRAIGHT and prev in _OPEN_CONTEXT:
                i += 1
                continue
            start, closers, paras = stack.pop()
            quotes.append(Quote(start, i + 1, len(stack), closed=True, paragraphs=paras))
            i += 1
            continue
        if ch in _OPENERS or ch in (_DOUBLE_STRAIGHT, _SINGLE_STRAIGHT):
            if ch in ("‘", _SINGLE_STRAIGHT):
                # Single marks open only after a non-word character and before a word one
                # (’90s, rock ’n’ roll, don't).
                if _is_word(prev) or not (nxt.isalnum() or nxt in "“\"…"):
                    i += 1
                    continue
            if ch == _DOUBLE_STRAIGHT and not (prev in _OPEN_CONTEXT or prev in QUOTE_CHARS or i == 0):
                # A straight double mark after a word character closes, but nothing is open:
                # a stray mark. Ignore it.
                i += 1
                continue
            if len(stack) < MAX_DEPTH:
                closers = _OPENERS.get(ch, ch)
                stack.append((i, closers, 1))
            i += 1
            continue
        # A closing mark with nothing (matching) open: stray, or closes an outer quote.
        if ch in _CLOSERS or ch in "“":
            for depth in range(len(stack) - 1, -1, -1):
                if ch in stack[depth][1] and not (ch == "’" and _is_word(prev) and _is_word(nxt)):
                    # Close this one; anything opened inside it was never closed.
                    for inner in range(len(stack) - 1, depth, -1):
                        s, _, p = stack[inner]
                        quotes.append(Quote(s, i, inner, closed=False, paragraphs=p))
                    start, _, paras = stack[depth]
                    del stack[depth:]
                    quotes.append(Quote(start, i + 1, depth, closed=True, paragraphs=paras))
                    break
        i += 1
    if stack:
        end = len(text.rstrip())
        for depth in range(len(stack) - 1, -1, -1):
            start, _, paras = stack[depth]
            if end > start + 1:
                quotes.append(Quote(start, end, depth, closed=False, paragraphs=paras))
    quotes.sort(key=lambda q: (q.start_char, -q.end_char))
    return quotes


def outer_quotes(quotes: list[Quote]) -> list[Quote]:
    """The quotes not inside another quote."""
    out: list[Quote] = []
    for quote in quotes:
        if out and quote.start_char < out[-1].end_char:
            continue
        out.append(quote)
    return out


__all__ = ["QUOTE_CHARS", "Quote", "find_quotes", "outer_quotes"]
