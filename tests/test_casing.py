"""Title Case headlines are parsed in sentence case (``quotewire.casing``), offsets untouched."""

from __future__ import annotations

import pytest

from quotewire.casing import is_title_case, restore_text, sentence_case
from quotewire.model import Article, check_offsets

HEADLINE = "Bellwether County Says Trump Should Win GOP Nomination.\n\n"
BODY = ("The county, in Ohio, has picked the winner of every election since 1980. Trump won "
        "the primary there, and Bellwether County officials say he will win in November.\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bellwether County Says Trump Should Win GOP Nomination.", True),
        ("Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’", True),
        ("Clinton camp: Trump’s Islamaphobia threatens national security.", False),  # already a sentence
        ("PENCE: And that’s why Donald Trump is on his way to the White House.", False),
        ("AT LEAST 10 KILLED IN DEADLY ISTANBUL EXPLOSION", False),  # all capitals
        ("Obama Speaks.", False),  # too few words to tell
    ],
)
def test_casing_is_title_case(line: str, expected: bool) -> None:
    assert is_title_case(line) is expected


def test_casing_sentence_case_lowers_headline_capitals_the_article_does_not_use() -> None:
    text = HEADLINE + BODY
    cased = sentence_case(text, 0, len(HEADLINE))
    assert cased == "Bellwether County says Trump should win GOP nomination.\n\n"
    assert len(cased) == len(HEADLINE)  # every offset stays where it was


def test_casing_sentence_case_keeps_names_acronyms_and_sentence_starts() -> None:
    line = "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n"
    text = line + "Warren grilled John Stumpf of Wells Fargo on Tuesday.\n"
    cased = sentence_case(text, 0, len(line))
    assert cased == "Elizabeth Warren hammers Wells Fargo CEO: ‘You should be criminally investigated.’\n"
    assert sentence_case(text, len(line), len(text)) is None  # a sentence is left alone


@pytest.mark.model
def test_casing_restore_text_keeps_the_original_words_and_the_parse(extractor) -> None:  # type: ignore[no-untyped-def]
    original = HEADLINE.strip()
    cased = sentence_case(HEADLINE + BODY, 0, len(HEADLINE))
    assert cased is not None
    parsed = extractor.nlp(cased.strip())
    doc = restore_text(parsed, original)
    assert doc.text == original
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == [(t.dep_, t.head.i, t.tag_) for t in parsed]
    says = next(t for t in doc if t.text == "Says")
    assert says.pos_ == "VERB" and says.dep_ == "ROOT"


@pytest.mark.model
def test_casing_title_case_headline_statement_is_found(extractor) -> None:  # type: ignore[no-untyped-def]
    article = extractor(Article(text=HEADLINE + BODY))
    assert check_offsets(article) == []
    found = {(a.source.text if a.source else None, a.cue.text if a.cue else None, tuple(c.text for c in a.content))
             for a in article.attributions}
    assert ("Bellwether County", "Says", ("Trump Should Win GOP Nomination",)) in found
    assert article.text == HEADLINE + BODY
