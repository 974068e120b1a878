"""The text a Doc stands for, which the quotewire components read.

A Doc is built from words and single spaces, so its ``doc.text`` has " " where the
article had a no-break or other odd space (quotewire/extract.py parses a copy of the
text with " " there). The extractor puts the untouched text under ``TEXT_KEY``; the
components read it with ``doc_text``. A Doc made any other way reads as ``doc.text``.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: ``doc.user_data`` key of the text (same length as ``doc.text``, so every offset holds)
TEXT_KEY = "qw_text"


def doc_text(doc: Doc) -> str:
    """The text of ``doc``, computed once per Doc: spaCy rebuilds ``doc.text`` from every token on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:  # a Doc's text never changes, so the cache never goes stale
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


__all__ = ["TEXT_KEY", "doc_text"]
