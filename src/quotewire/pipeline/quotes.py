"""The ``quotewire_quotes`` component: quoted stretches of a Doc as a span group."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..quotes import Quote, find_quotes
from .text import doc_text

SPAN_KEY = "qw_quotes"


class QuoteFinder:
    """Puts every quote (outer and nested) into ``doc.spans["qw_quotes"]``.

    The span label is ``"Q0"`` for outer quotes, ``"Q1"`` for quotes inside them, and so
    on; unclosed quotes get a ``"+open"`` suffix. The raw character-level quotes stay in
    ``doc.user_data["qw_quotes"]`` for components that need exact mark positions.
    """

    def __init__(self, nlp: Language, name: str = "quotewire_quotes", *, span_key: str = SPAN_KEY) -> None:
        self.name = name
        self.span_key = span_key

    def find(self, doc: Doc) -> list[Quote]:
        return find_quotes(doc_text(doc))

    def set_annotations(self, doc: Doc, quotes: list[Quote]) -> None:
        spans = []
        for quote in quotes:
            label = f"Q{quote.depth}" + ("" if quote.closed else "+open")
            span = doc.char_span(quote.start_char, quote.end_char, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        doc.user_data["qw_quotes"] = quotes

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc


@Language.factory(
    "quotewire_quotes",
    assigns=["doc.spans"],
    default_config={"span_key": SPAN_KEY},
)
def make_quote_finder(nlp: Language, name: str, *, span_key: str) -> QuoteFinder:
    """Factory of the ``quotewire_quotes`` component."""
    return QuoteFinder(nlp, name, span_key=span_key)
