"""The quote-mark scanner (``quotewire.quotes``): typographies, paragraphs, nesting, speed."""

from __future__ import annotations

import random
import time

import pytest

from quotewire.quotes import find_quotes, is_quote_mark, outer_quotes


def _outer(text: str) -> list[str]:
    return [text[q.start_char : q.end_char] for q in outer_quotes(find_quotes(text))]


def _all(text: str) -> list[tuple[int, str]]:
    return [(q.depth, text[q.start_char : q.end_char]) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” he said.", ["“We will win,”"]),
        ('"We will win," he said.', ['"We will win,"']),
        ("«Nous gagnerons», a-t-il dit.", ["«Nous gagnerons»"]),
        ("„Wir gewinnen“, sagte er.", ["„Wir gewinnen“"]),
        ("‘We will win,’ he said.", ["‘We will win,’"]),
        ("''We will win,'' Mr. Smith said.", ["''We will win,''"]),
        ("``We will win,'' he said.", ["``We will win,''"]),
        ('He said "yes" and then "no".', ['"yes"', '"no"']),
        ("“A,” he said. “B.”", ["“A,”", "“B.”"]),
        ("an “expedited review“ of the pipes", ["“expedited review“"]),
        ("“He said ‘no’ to me,” she said.", ["“He said ‘no’ to me,”"]),
        # a paragraph opened with the closing mark (“…” typed as ”…”)
        ("”Fear. I am afraid he will win.” ― Ana Ruiz", ["”Fear. I am afraid he will win.”"]),
        # the space after a straight closing mark lost; a new quote glued to a full stop opens
        ('"They say different things,"Jane Doe said. "More and more."', ['"They say different things,"', '"More and more."']),
        ('"It was all lies," said one owner."We got deceived."', ['"It was all lies,"', '"We got deceived."']),
    ],
)
def test_quotes_typographies(text: str, expected: list[str]) -> None:
    assert _outer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“He said ‘no’ to me,” she said.", [(0, "“He said ‘no’ to me,”"), (1, "‘no’")]),
        ("“He whispered, 'you are the Queen,'” she said.", [(0, "“He whispered, 'you are the Queen,'”"), (1, "'you are the Queen,'")]),
        ("''It's a 'Mad Max' movie,'' he said.", [(0, "''It's a 'Mad Max' movie,''"), (1, "'Mad Max'")]),
        ("'''College Bowl,''' he replied.", [(0, "'''College Bowl,'''"), (1, "'College Bowl,'")]),
        ("the terrorist group “Islamic state” – approx.", [(0, "“Islamic state”")]),
        # the outer mark after a space that follows the inner closing mark
        ("''I hate the term 'Park poor,' '' she said.", [(0, "''I hate the term 'Park poor,' ''"), (1, "'Park poor,'")]),
        ('"They say, \'Oh, this matters,\' " Lee said.', [(0, '"They say, \'Oh, this matters,\' "'), (1, "'Oh, this matters,'")]),
        # ... or after two spaces
        ("''A backlash against 'Primates of Park Avenue,'  '' Ms. Ferriss noted.",
         [(0, "''A backlash against 'Primates of Park Avenue,'  ''"), (1, "'Primates of Park Avenue,'")]),
        ('"He is doing this,  " Trump said.', [(0, '"He is doing this,  "')]),
    ],
)
def test_quotes_nested(text: str, expected: list[tuple[int, str]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "don't, O’Brien’s, rock ’n’ roll, the ’90s",
        "the Democrats' plan and the voters' choice",
        "It’s the candidate’s view.",
        "Sophie in 't Veld, rock 'n' roll, the '90s, 'til then, let 'em go.",
        "Donald Trump‘s comments, I don‘t know, the class of ‘08",  # the wrong glyph for ’
        "On CBS‘ Face the Nation, in Sanders‘ camp",  # and for the possessive ’ after an s
    ],
)
def test_quotes_apostrophes_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_quotes_a_wrong_glyph_apostrophe_does_not_swallow_the_next_quotes() -> None:
    text = "National Review‘s founding “aristocratic conservatism,” he writes. “The market has not failed,” he mocks."
    assert [text[q.start_char : q.end_char] for q in outer_quotes(find_quotes(text))] == [
        "“aristocratic conservatism,”", "“The market has not failed,”"]


def test_quotes_an_elision_does_not_swallow_the_next_quote() -> None:
    text = "In 't Veld sees parallels.\n\n\"I see the same brand of populism,\" she told USA TODAY."
    assert [text[q.start_char : q.end_char] for q in find_quotes(text)] == ['"I see the same brand of populism,"']


@pytest.mark.parametrize(
    ("text", "expected_text", "closed", "paragraphs"),
    [
        # English convention: the quote goes on when the next paragraph re-opens it.
        ("“We will fight.\n\n“We will win,” he said.", "“We will fight.\n\n“We will win,”", True, 2),
        ('"One.\n"Two," he said.', '"One.\n"Two,"', True, 2),
        # No re-opening mark: the quote ends with its paragraph, unclosed.
        ("“We will fight\n\nHe left.", "“We will fight", False, 1),
    ],
)
def test_quotes_span_paragraphs(text: str, expected_text: str, closed: bool, paragraphs: int) -> None:
    quote = outer_quotes(find_quotes(text))[0]
    assert text[quote.start_char : quote.end_char] == expected_text
    assert quote.closed is closed
    assert quote.paragraphs == paragraphs


def test_quotes_paragraph_with_early_closed_inner_quote() -> None:
    # Machine-translated wire copy: the paragraph's opening mark is read as closed by an
    # inner quote; the closing mark before the cue still ends one quote from the start.
    text = "“Islamic state” and others were at the gates. We responded,” – said the Minister."
    assert _outer(text) == ["“Islamic state” and others were at the gates. We responded,”"]


def test_quotes_inner_offsets() -> None:
    text = "''Yes,'' he said."
    quote = find_quotes(text)[0]
    assert text[quote.inner_start : quote.inner_end] == "Yes,"


@pytest.mark.parametrize(("token", "expected"), [("“", True), ("''", True), ("``", True), ("a", False), ("", False)])
def test_quotes_is_quote_mark(token: str, expected: bool) -> None:
    assert is_quote_mark(token) is expected


def test_quotes_pathological_input_is_linear() -> None:
    rng = random.Random(7)
    alphabet = "\"“”„‟«»‘’‚‛'‹›` a\n."
    text = "".join(rng.choice(alphabet) for _ in range(1_000_000))
    started = time.perf_counter()
    quotes = find_quotes(text)
    elapsed = time.perf_counter() - started
    assert all(0 <= q.start_char < q.end_char <= len(text) for q in quotes)
    # One pass with a bounded stack: a few seconds on a loaded laptop; quadratic would be hours.
    assert elapsed < 30, f"find_quotes took {elapsed:.1f}s on 1 MB"
    nested = "“" * 500_000 + "”" * 500_000
    started = time.perf_counter()
    find_quotes(nested)
    assert time.perf_counter() - started < 30
