"""The data model: spans index the text, records round-trip through dicts."""

from __future__ import annotations

import pytest

from quotewire.model import Article, Attribution, Kind, Speaker, SpeakerType, TextSpan, check_offsets

TEXT = "“We will win,” said Lavrov. He added that talks go on."


def test_model_textspan_of_matches_text() -> None:
    span = TextSpan.of(TEXT, 20, 26)
    assert span.text == "Lavrov" and span.start == 20 and span.end == 26


@pytest.mark.parametrize("start,end,text", [(5, 3, ""), (-1, 2, "abc"), (0, 3, "ab")])
def test_model_textspan_rejects_bad_offsets(start: int, end: int, text: str) -> None:
    with pytest.raises(ValueError):
        TextSpan(start, end, text)


def test_model_attribution_needs_content() -> None:
    with pytest.raises(ValueError):
        Attribution(cue=TextSpan.of(TEXT, 15, 19), content=())


def test_model_article_round_trips_through_dict() -> None:
    attribution = Attribution(
        cue=TextSpan.of(TEXT, 15, 19),
        content=(TextSpan.of(TEXT, 0, 14),),
        source=TextSpan.of(TEXT, 20, 26),
        kind=Kind.DIRECT,
        confidence=0.9,
        speaker="s1",
    )
    speaker = Speaker("s1", "Sergey Lavrov", SpeakerType.PERSON, (TextSpan.of(TEXT, 20, 26),), ("minister",))
    article = Article(text=TEXT, title="t", attributions=(attribution,), speakers=(speaker,))
    again = Article.from_dict(article.to_dict())
    assert again == article
    assert again.speaker("s1") == speaker
    assert check_offsets(again) == []


def test_model_article_id_is_content_hash_when_missing() -> None:
    assert Article(text=TEXT).id == Article(text=TEXT).id != Article(text=TEXT + " ").id
    assert Article(text=TEXT, id="given").id == "given"


def test_model_check_offsets_finds_mismatch() -> None:
    bad = Attribution(cue=None, content=(TextSpan(0, 3, "xyz"),))
    assert check_offsets(Article(text=TEXT, attributions=(bad,)))


def test_model_article_text_must_be_str() -> None:
    with pytest.raises(TypeError):
        Article(text=b"bytes")  # type: ignore[arg-type]
