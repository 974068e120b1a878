"""spaCy components of quotewire.

- ``quotewire_quotes`` (:mod:`.quotes`): quoted stretches into ``doc.spans["qw_quotes"]``.
- ``quotewire_attributions`` (:mod:`.attributions`): attributions (source, cue, content)
  into ``doc._.qw_attributions`` and the span groups ``qw_source``, ``qw_cue``, ``qw_content``.

Both are registered as spaCy factories (entry points ``spacy_factories``), so
``nlp.add_pipe("quotewire_attributions")`` works in anyone's pipeline once quotewire is
installed.
"""

from .attributions import AttributionFinder, RawAttribution, make_attribution_finder
from .pos import PosFromTag, make_pos_from_tag
from .quotes import QuoteFinder, make_quote_finder

__all__ = [
    "AttributionFinder",
    "PosFromTag",
    "QuoteFinder",
    "RawAttribution",
    "make_attribution_finder",
    "make_pos_from_tag",
    "make_quote_finder",
]
