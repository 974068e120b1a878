"""The library API: offsets index the untouched text, bad input fails clearly, time is linear."""

from __future__ import annotations

import time

import pytest

import quotewire
from quotewire.errors import InputTooLargeError
from quotewire.extract import plan_pieces
from quotewire.model import Article, Kind, check_offsets
from quotewire.pipeline.text import doc_text
from quotewire.settings import DEFAULT_OPTIONS


def test_extract_plan_pieces_cover_the_text_exactly() -> None:
    text = "Intro line.\n\nHe said it was fine.\n\n“A quote,” nothing.\nLast words here.\nAnd more."
    pieces = plan_pieces(text)
    assert "".join(text[p.start : p.end] for p in pieces) == text
    assert [p.parse for p in pieces] == [False, True, True, False]
    assert text[pieces[-1].start : pieces[-1].end] == "Last words here.\nAnd more."


def test_extract_plan_pieces_parse_a_quoted_label_after_as() -> None:
    text = "Reid has been pounding Trump as a “con artist.”\n\nThey met as friends.\n\nThey toured the country as a team."
    assert [p.parse for p in plan_pieces(text)] == [True, False]


def test_extract_plan_pieces_read_a_phrasal_cue_only_with_its_particle() -> None:
    text = "The crowd was going home.\n\nTrump went after Rubio on trade.\n\nThe police shot at the car.\n\nHe shot back."
    assert [p.parse for p in plan_pieces(text)] == [False, True, False, True]


def test_extract_plan_pieces_cut_giant_paragraphs() -> None:
    text = "He said so. " * 5000
    pieces = plan_pieces(text)
    assert len(pieces) > 1 and all(p.end - p.start <= 20_000 for p in pieces)
    assert "".join(text[p.start : p.end] for p in pieces) == text


@pytest.mark.model
def test_extract_offsets_index_untouched_text(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "  Intro\r\n\r\n“We\u00a0will not give up,”  the minister said.\n\nHe added that talks would go on.\t"
    article = extractor(Article(text=text))
    assert article.text == text
    assert check_offsets(article) == []
    kinds = [a.kind for a in article.attributions]
    assert Kind.DIRECT in kinds and Kind.INDIRECT in kinds


@pytest.mark.model
@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\t"])
def test_extract_odd_white_space_parses_as_a_space(extractor, space: str) -> None:  # type: ignore[no-untyped-def]
    # spaCy splits words only at " ": a no-break space after "said," used to break the parse
    # (PolNeAR train has 851 of them); the parser reads " " there, the text keeps its own
    plain = "Trump, Sexton said, has created a “strange, reality-bending political correctness-free zone.”"
    text = plain.replace("said, has", f"said,{space}has")
    article = extractor(Article(text=text))
    assert article.text == text and check_offsets(article) == []
    expected = extractor(Article(text=plain)).attributions
    assert [(a.source and a.source.text, a.cue and a.cue.text) for a in article.attributions] == [("Sexton", "said")]
    assert [[s.text for s in a.content] for a in article.attributions] == [[s.text for s in a.content] for a in expected]
    assert article.attributions[0].content[1].text.startswith("has created")
    # the Doc has " " there (spaCy builds its text from words and single spaces); the components read the text itself
    doc = extractor.parse(text)
    assert doc.text == plain and doc_text(doc) == text


@pytest.mark.model
@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01", "...", "“", "”“”“"])
def test_extract_degenerate_text_gives_empty_result(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extractor(Article(text=text)).attributions == ()


@pytest.mark.model
def test_extract_too_large_text_is_a_clear_error(extractor) -> None:  # type: ignore[no-untyped-def]
    options = extractor.options.with_(max_chars=1000)
    with pytest.raises(InputTooLargeError, match="over the limit of 1,000"):
        quotewire.extract("x" * 1001, options=options)


@pytest.mark.model
@pytest.mark.slow
def test_extract_one_megabyte_of_quote_marks_finishes_in_seconds(extractor) -> None:  # type: ignore[no-untyped-def]
    chunk = "“ ” \" ' « » „ “ ‘ ’ \"\"\" ''\n" * 4 + "“unclosed \n"
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    start = time.perf_counter()
    article = extractor(Article(text=text))
    assert time.perf_counter() - start < 30
    assert check_offsets(article) == []


@pytest.mark.model
def test_extract_articles_reports_bad_ones_and_goes_on(extractor) -> None:  # type: ignore[no-untyped-def]
    options = extractor.options.with_(max_chars=200)
    good = Article(text="“It works,” she said.", id="good")
    bad = Article(text="x" * 500, id="bad")
    errors: list[tuple[str, str]] = []
    out = list(quotewire.extract_articles([bad, good], options=options,
                                          on_error=lambda a, e: errors.append((a.id, type(e).__name__))))
    assert [a.id for a in out] == ["good"] and len(out[0].attributions) == 1
    assert errors == [("bad", "InputTooLargeError")]


@pytest.mark.model
def test_extract_nested_report_belongs_to_the_outer_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "According to the minister, the Americans have stated that they will not cooperate with Russia."
    outer = extractor(Article(text=text))
    assert [a.source.text for a in outer.attributions if a.source] == ["the minister"]
    keep = quotewire.extract(text, options=extractor.options.with_(keep_nested=True))
    assert sorted(a.source.text for a in keep.attributions if a.source) == ["the Americans", "the minister"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), [
    ('Pence praised Cruz for showing "the courage of his convictions."', "praised"),
    ("Mr. Cruz pledged to oppose legal status for undocumented immigrants “today, tomorrow, forever.”", "pledged"),
])
def test_extract_a_verb_of_the_content_with_the_outer_speaker_is_one_statement(extractor, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    found = extractor(Article(text=text)).attributions
    assert [a.cue.text if a.cue else None for a in found] == [cue]
    keep = quotewire.extract(text, options=extractor.options.with_(keep_nested=True))
    assert len(keep.attributions) == 2


@pytest.mark.model
def test_extract_two_reports_inside_each_other_keep_the_main_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    # "in national polls" and "according to the average …" each sit in the other's content:
    # one statement stays, the one that reports the sentence from its main clause
    text = ("Mrs. Clinton leads Mr. Trump in national polls by a three-percentage-point margin, 45.4 percent to 42 percent, "
            "according to the average of recent polls compiled by Real Clear Politics.")
    found = extractor(Article(text=text)).attributions
    assert [(a.cue.text if a.cue else None, a.content_text) for a in found] == [
        ("according to", "Mrs. Clinton leads Mr. Trump in national polls by a three-percentage-point margin, 45.4 percent to 42 percent")
    ]


@pytest.mark.model
def test_extract_default_mode_adds_the_learned_models_statements() -> None:
    # The default mode is the rules plus the learned tagger over the paragraphs they leave
    # unread (issue 6): "views … more favorably" is no cue of the rules' lexicon.
    text = ("In the poll, most young voters say they are worried about jobs. The group also views President "
            "Barack Obama, Hillary Clinton, Bill Clinton, and Paul Ryan more favorably than Donald Trump.")
    assert DEFAULT_OPTIONS.mode == "model"
    default = quotewire.extract(text)
    rules = quotewire.extract(text, options=DEFAULT_OPTIONS.with_(mode="rules"))
    assert [a.method for a in rules.attributions] == ["rules:in-survey"]
    learned = [a for a in default.attributions if a.method == "model"]
    assert [a.source.text for a in learned if a.source] == ["The group"]
    assert all(text[s.start_char : s.end_char] == s.text for a in default.attributions for s in a.content)
