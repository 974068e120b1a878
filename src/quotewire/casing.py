"""Title Case headlines, read in sentence case for the parser.

"Elizabeth Warren Hammers Wells Fargo CEO" or "Bellwether County Says Trump Should Win GOP
Nomination": in Title Case every word looks like a name to spaCy's tagger, which then finds
no verb, and a headline's statement goes unreported. The parser is given the line with the
capitals it would have in a sentence ("Elizabeth Warren hammers Wells Fargo CEO"); the
article's own text is the evidence for which words are names ("Warren", "Fargo" appear
capitalised in the body). Only the case of ASCII capitals changes, so every offset stays
the same and the Doc carries the original words (:func:`restore_text`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import cue_lexicon, read_lines

# Words that Title Case capitalises and a sentence does not.
FUNCTION_WORDS = frozenset(
    "a an the of to in for and or but nor with about on by at after over against from as into onto "
    "is are was were be been being has have had will would can could may might should must shall do does "
    "did not no its his her their our your my this that these those who whom whose which what when where "
    "why how than then so if up out off down via amid among before behind during under until upon while "
    "it it's it’s don't don’t doesn't doesn’t won't won’t can't can’t isn't isn’t he she they we you i".split()
)
# A line is in Title Case when it has this many words of four letters or more and all of
# them start with a capital, and it is short enough to be a headline.
MIN_TITLE_WORDS = 3
MAX_TITLE_CHARS = 250

_WORD = re.compile(r"[A-Za-z][\w’']*")
_LONG_WORD = re.compile(r"[^\W\d_][\w’']{3,}")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Given names and place names (``data/first_names.txt``, ``data/places.txt``), lower case."""
    return frozenset(row[0].lower() for name in ("first_names.txt", "places.txt") for row in read_lines(name) if row)


def is_title_case(line: str) -> bool:
    """Whether a line is a Title Case headline: short, with every longer word capitalised
    (and not all in capitals, which the tagger reads no better lowered word by word)."""
    if len(line) > MAX_TITLE_CHARS or line.isupper():
        return False
    words = _LONG_WORD.findall(line)
    return len(words) >= MIN_TITLE_WORDS and all(w[0].isupper() for w in words)


def _named_in(word: str, body: str) -> bool:
    """Whether ``body`` writes ``word`` as a name ("Trump", "Fargo"), not with a headline's
    capital: capitalised inside a sentence at least as often as in lower case, or
    capitalised (at a sentence start too) and never in lower case."""
    lower = len(re.findall(rf"\b{re.escape(word.lower())}\b", body))
    inside = len(re.findall(rf"(?<![.!?:“\"‘'\n]\s)(?<![.!?:“\"‘'\n])\b{re.escape(word)}\b", body))
    if inside >= 1 and inside >= lower:
        return True
    return lower == 0 and re.search(rf"\b{re.escape(word)}\b", body) is not None


def sentence_case(text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` (a paragraph) with the capitals of a Title Case headline lowered
    where a sentence would not have them, or None when it is no such headline.

    Kept: the first word and a word right after a colon or an opening quote (they start a
    sentence), words with other capitals ("CEO", "McCain", "PACs"), given and place names,
    and words the rest of the article writes as names. Lowered: function words, reporting
    verbs of the cue lexicon, and every other word."""
    line = text[start:end]
    if not is_title_case(line.strip()):
        return None
    body = text[:start] + "\n" + text[end:]
    forms = cue_lexicon().forms
    names = _names()
    chars = list(line)
    first = True
    for match in _WORD.finditer(line):
        word = match.group()
        if first:
            first = False
            continue
        if not "A" <= word[0] <= "Z" or any(c.isupper() for c in word[1:]):
            continue
        if line[: match.start()].rstrip().endswith((":", "‘", "“", '"', "'")):
            continue
        lower = word.lower()
        if lower in names:
            continue
        if lower in FUNCTION_WORDS or lower in forms or not _named_in(word, body):
            chars[match.start()] = word[0].lower()
    cased = "".join(chars)
    return cased if cased != line else None


def restore_text(doc: Doc, text: str) -> Doc:
    """A Doc with the words of ``text`` (the original casing, same length) and the
    annotations ``doc`` got from parsing its sentence-cased copy."""
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        deps=[t.dep_ for t in doc],
        heads=[t.head.i for t in doc],
    )


__all__ = ["is_title_case", "restore_text", "sentence_case"]
