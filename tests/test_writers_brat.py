"""brat export: the exact format the shared scorer reads, and back."""

from __future__ import annotations

from quotewire.model import Article, Attribution, Kind, Speaker, TextSpan
from quotewire.writers.brat import read_ann, write_ann

TEXT = "“A resolution – said Lavrov. – was circulated”.\nHe said\nthat it failed."


def _article() -> Article:
    content = (TextSpan.of(TEXT, 0, 13), TextSpan.of(TEXT, 31, 46))
    first = Attribution(cue=TextSpan.of(TEXT, 16, 20), content=content, source=TextSpan.of(TEXT, 21, 27),
                        kind=Kind.DIRECT, speaker="s1")
    second = Attribution(cue=TextSpan.of(TEXT, 51, 55), content=(TextSpan.of(TEXT, 51, 70),),
                         source=TextSpan.of(TEXT, 48, 50), speaker="s1")
    lavrov = Speaker("s1", "Sergey Lavrov")
    return Article(text=TEXT, attributions=(first, second), speakers=(lavrov,))


def test_writers_brat_lines() -> None:
    lines = write_ann(_article()).splitlines()
    assert lines[0] == "T1\tCue 16 20\tsaid"
    assert lines[1] == "T2\tSource 21 27\tLavrov"
    assert lines[2] == "T3\tContent 0 13;31 46\t“A resolution was circulated”"
    assert lines[3] == "E1\tAttribution:T1 Source:T2 Cue:T1 Content:T3"
    assert lines[4] == "#1\tAnnotatorNotes T2\tspeaker: Sergey Lavrov"


def test_writers_brat_never_writes_a_newline_inside_a_line() -> None:
    ann = write_ann(_article())
    content_line = [line for line in ann.splitlines() if line.startswith("T6")][0]
    # the content "said\nthat it failed" crosses a line break: written with a space
    assert content_line == "T6\tContent 51 70\tsaid that it failed"


def test_writers_brat_round_trip() -> None:
    article = _article()
    back = read_ann(write_ann(article), TEXT)
    assert [a.content for a, _ in back] == [a.content for a in article.attributions]
    assert [a.source for a, _ in back] == [a.source for a in article.attributions]
    assert [s for _, s in back] == ["Sergey Lavrov", "Sergey Lavrov"]


def test_writers_brat_empty_article_is_empty_file() -> None:
    assert write_ann(Article(text="Nothing said here.")) == ""
