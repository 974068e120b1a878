"""The public surface is the documented one."""

from __future__ import annotations

import pytest

import quotewire

DOCUMENTED = {
    "Article", "Attribution", "ConfigError", "Dateline", "DecodeError", "EmptyInputError", "ExcludedRegion",
    "Extractor", "FormatError", "InputError", "InputTooLargeError", "Kind", "ModelError", "Options",
    "QueryError", "QuotewireError", "Speaker", "SpeakerType", "SparkError", "StoreError", "TextSpan",
    "__version__", "extract", "extract_article", "extract_articles", "load_options",
}


def test_public_api_exports_the_documented_names() -> None:
    assert set(quotewire.__all__) == DOCUMENTED
    for name in quotewire.__all__:
        assert hasattr(quotewire, name), name


def test_public_api_errors_share_one_base() -> None:
    for name in quotewire.__all__:
        obj = getattr(quotewire, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, quotewire.QuotewireError), name


def test_public_api_spacy_factories_are_registered() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("quotewire_quotes")
    doc = nlp("He called it “a plan”.")
    assert [s.text for s in doc.spans["qw_quotes"]] == ["“a plan”"]


@pytest.mark.model
def test_public_api_docstring_example_holds() -> None:
    import doctest

    result = doctest.testmod(quotewire, verbose=False)
    assert result.attempted >= 2 and result.failed == 0
