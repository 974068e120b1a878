"""Find quoted stretches of text: a linear scan over quote marks, no parse needed.

Handles the typographies news copy uses: “…” (English), „…“ (German), «…» (French and
Russian), ‘…’ and '…' (inner quotes), straight "…" used for both ends, and the ''…'' and
``…'' of newspaper archives (two single marks standing for one double mark). A quote whose
paragraph ends before it closes continues when the next paragraph opens with a quote mark
(the English convention for multi-paragraph quotes); otherwise it is closed at the end of
its paragraph and marked ``closed=False``.

Whether an ambiguous mark (" '' ' ’ and a “ used as a closer) opens or closes is decided
by its neighbours, as Markdown decides emphasis: a mark after a non-space and before a
space, punctuation or the end can close; one after a space, punctuation or the start and
before a non-space can open. An ’, ' or ‘ between two letters is an apostrophe, and a ‘
before an elision ("‘08") is one set with the wrong glyph.

The scan is one pass with a stack of at most ``MAX_DEPTH`` open quotes, so time is linear
in the text length whatever the quote marks look like.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Marks that only ever open, with the marks that may close them.
_OPENERS = {"“": "”“\"", "„": "“”\"", "«": "»", "‘": "’'", "‹": "›", "‚": "‘’", "``": "''\"”"}
# Marks that only ever close.
_CLOSERS = {"”", "»", "’", "›"}
# Closing marks of the quotes opened by ambiguous marks.
_SELF_CLOSING = {'"': '"”', "''": "''", "'": "'’"}
# Characters after which a straight or ambiguous mark opens a quote.
_OPEN_CONTEXT = set(" \t\n\r([{–—-/:;,") | {"\u00a0"}
# Characters a closing mark may be followed by.
_CLOSE_CONTEXT = set(" \t\n\r)]}–—-/:;,.!?…") | {"\u00a0"}
QUOTE_CHARS = "\"“”„‟«»‘’‚‛'‹›`"
# Marks that re-open a quote continued from the previous paragraph.
_PARAGRAPH_OPENERS = "“\"„«‘'`"
_SPACE = "\n\r \t\u00a0"
MAX_DEPTH = 8


class Quote(NamedTuple):
    """A quoted stretch: ``text[start_char:end_char]`` includes both quote marks.

    A named tuple (immutable, cheap to create: pathological input can hold many)."""

    start_char: int
    end_char: int
    depth: int  # 0 for outermost quotes
    closed: bool = True
    paragraphs: int = 1  # how many paragraphs it spans
    mark_width: int = 1  # characters of the opening mark (2 for '' and ``)

    @property
    def inner_start(self) -> int:
        """Where the quoted words begin (after the opening mark)."""
        return self.start_char + self.mark_width

    @property
    def inner_end(self) -> int:
        """Where the quoted words end (before the closing mark, if any)."""
        if not self.closed:
            return self.end_char
        return self.end_char - self.mark_width


def is_quote_mark(token_text: str) -> bool:
    """Whether a token is made of quote marks only ('"', '“', "''", ...)."""
    return bool(token_text) and all(ch in QUOTE_CHARS for ch in token_text)


def _mark_at(text: str, i: int, n: int) -> str:
    """The quote mark starting at ``text[i]``: one character, or '' / `` read as one."""
    ch = text[i]
    if ch in "'`" and i + 1 < n and text[i + 1] == ch:
        return ch + ch
    return ch


_ELISION = re.compile(r"(?:t|s|n|em|til|cause|bout|round|\d0s|\d\d)\b", re.IGNORECASE)
_EVENTS = re.compile("\n[\n\r \t\u00a0]*|''|``|[" + re.escape(QUOTE_CHARS) + "]")


def find_quotes(text: str) -> list[Quote]:
    """All quotes in ``text``, outer and nested, in order of their opening mark."""
    quotes: list[Quote] = []
    append = quotes.append
    # stack entries: (start, closing marks, paragraphs, width of the opening mark)
    stack: list[tuple[int, str, int, int]] = []
    n = len(text)
    skip_to = 0  # marks before this position were consumed already
    para_start = 0

    def close_all(end: int) -> None:
        for depth in range(len(stack) - 1, -1, -1):
            start, _, paras, width = stack[depth]
            if end > start + width:
                append(Quote(start, end, depth, False, paras, width))
        stack.clear()

    for match in _EVENTS.finditer(text):
        i = match.start()
        if i < skip_to:
            continue
        mark = match.group()
        if mark[0] == "\n":
            if not stack:
                para_start = match.end()
                continue
            j = match.end()
            para_start = j
            # An open quote continues if the next paragraph opens with a quote mark.
            if len(stack) == 1 and j < n and text[j] in _PARAGRAPH_OPENERS:
                reopen = _mark_at(text, j, n)
                after = text[j + len(reopen)] if j + len(reopen) < n else " "
                if reopen != "'" or after.isalnum():
                    start, closers, paras, width = stack[0]
                    stack[0] = (start, closers, paras + 1, width)
                    skip_to = j + len(reopen)  # the re-opening mark is not a new quote
                    continue
            end = i
            while end > 0 and text[end - 1] in " \t\r\u00a0":
                end -= 1
            close_all(end)
            continue
        if mark == "''" and stack and stack[-1][1] in ("'’", "’'") and i + 2 < n and text[i + 2] == "'":
            # Three marks after an inner '…': the first closes the inner quote, the other
            # two are read as one double mark.
            start, _, paras, w = stack.pop()
            append(Quote(start, i + 1, len(stack), True, paras, w))
            i += 1
            skip_to = i + 2
        width = len(mark)
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + width] if i + width < n else " "
        if mark in ("'", "’", "‘") and prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: don't, O’Brien, and Trump‘s with the wrong glyph
        if mark == "‘" and not prev.isalnum() and _ELISION.match(text, i + 1):
            continue  # an elision with the wrong glyph: ‘08, ‘til
        if mark == "‘" and prev.isalnum() and nxt.isspace():
            continue  # a possessive with the wrong glyph: On CBS‘ Face the Nation
        closes_here = nxt in _CLOSE_CONTEXT or nxt in QUOTE_CHARS or i + width >= n
        if prev == " " and closes_here and stack:
            j = i - 1  # the last character before the spaces
            while j > 0 and text[j] in " \t\u00a0":
                j -= 1
            spaced = text[j] if j > 0 else " "
        else:
            spaced = prev
        can_close = closes_here and (
            (not prev.isspace() and prev not in "([{")
            # “… ‘Oh, this is important,’ ” Magel said: an inner quote closed, a thin space
            # (or two), then the outer mark
            or (spaced in QUOTE_CHARS and len(stack) >= 1)
            # "… he is doing this, " Trump said: a space slipped in before the closing mark
            or (spaced in ",.!?" and bool(stack) and mark in ('"', "''") and mark in stack[-1][1])
        )
        # "… to different audiences,"Katie Packer said: the space after a closing mark lost
        # (a straight mark inside a straight quote after its last punctuation closes it)
        glued = mark == '"' and prev in ",.!?" and nxt.isalpha() and bool(stack) and stack[-1][1] == '"”'
        can_open = (i == 0 or prev in _OPEN_CONTEXT or prev in QUOTE_CHARS) and not nxt.isspace()
        # … said one owner."We got deceived." — a quote glued to the full stop before it
        can_open = can_open or (mark == '"' and not stack and prev in ".!?" and nxt.isalpha())
        # 1. The mark closes the innermost open quote.
        if stack and mark in stack[-1][1] and (can_close or glued or (mark in _CLOSERS and mark != "’")):
            if mark != "“" or not can_open:
                start, _, paras, w = stack.pop()
                append(Quote(start, i + width, len(stack), True, paras, w))
                continue
        # 2. The mark opens a quote.
        if mark in _OPENERS:
            opens = mark != "“" or can_open or not can_close
        elif mark == '"' or mark == "''":
            opens = can_open
        elif mark == "'":
            # not an elision that starts a word: in 't Veld, 'em, 'til, the '90s
            opens = can_open and (nxt.isalnum() or nxt in "“\"…") and not _ELISION.match(text, i + 1)
        elif mark == "”":
            # ”Fear. I am truly afraid …” — a paragraph opened with the closing mark
            opens = i == para_start and not stack and nxt.isalnum()
        else:
            opens = False
        if opens:
            if len(stack) < MAX_DEPTH:
                stack.append((i, _OPENERS.get(mark) or _SELF_CLOSING.get(mark) or "”", 1, width))
            continue
        # 3. A closing mark with no matching quote on top: it closes an outer quote that
        #    expects it (anything opened inside that one was never closed), or is stray.
        if can_close and mark != "’" and (mark in _CLOSERS or mark in ('"', "''", "“")):
            for depth in range(len(stack) - 2, -1, -1):
                if mark in stack[depth][1]:
                    for inner in range(len(stack) - 1, depth, -1):
                        s, _, p, w = stack[inner]
                        if i > s + w:
                            append(Quote(s, i, inner, False, p, w))
                    start, _, paras, w = stack[depth]
                    del stack[depth:]
                    append(Quote(start, i + width, depth, True, paras, w))
                    break
            else:
                if not stack and mark in ("”", "»") and para_start < i and text[para_start] in "“«\"":
                    # “A “B” C” with the re-opening mark lost in translation: the paragraph
                    # opened a quote that an inner quote closed early; this mark ends it.
                    append(Quote(para_start, i + width, 0, True, 1, 1))
    if stack:
        close_all(len(text.rstrip()))
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


__all__ = ["QUOTE_CHARS", "Quote", "find_quotes", "is_quote_mark", "outer_quotes"]
