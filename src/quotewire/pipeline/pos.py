"""The ``quotewire_pos`` component: coarse POS from the tagger's fine tags by table lookup.

spaCy's English ``attribute_ruler`` does this (and more) with pattern matching, at about a
third of the parser's cost; quotewire only needs the coarse tag, so a dictionary lookup
(``data/ptb_upos.txt``) does the job and extraction skips the ruler and the lemmatizer.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import read_lines


@lru_cache(maxsize=1)
def tag_map() -> dict[str, str]:
    """Penn Treebank tag -> Universal POS."""
    return {row[0]: row[1] for row in read_lines("ptb_upos.txt")}


class PosFromTag:
    """Sets ``token.pos_`` from ``token.tag_`` where the pipeline left it unset."""

    def __init__(self, nlp: Language, name: str = "quotewire_pos") -> None:
        self.name = name
        self.map = tag_map()

    def __call__(self, doc: Doc) -> Doc:
        mapping = self.map
        for token in doc:
            if not token.pos and token.tag_:
                token.pos_ = mapping.get(token.tag_, "X")
        return doc


@Language.factory("quotewire_pos", assigns=["token.pos"], requires=["token.tag"])
def make_pos_from_tag(nlp: Language, name: str) -> PosFromTag:
    """Factory of the ``quotewire_pos`` component."""
    return PosFromTag(nlp, name)
