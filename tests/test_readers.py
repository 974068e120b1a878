"""Readers: every input format, including broken ones, written by the tests into tmp_path."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest

from quotewire.errors import DecodeError, EmptyInputError, FormatError, InputError, InputTooLargeError, QuotewireError
from quotewire.model import Article, content_id
from quotewire.readers import iter_inputs, iter_stream, read_html, read_text, sniff_format
from quotewire.readers.text import decode_bytes
from quotewire.settings import DEFAULT_OPTIONS, ReaderFields

BODY = (
    "The minister said on Tuesday that the café in the “old quarter” would reopen – "
    "and that nobody would lose their job. Critics said the plan came too late for the "
    "owners, who had waited since last winter for a decision from the city council.\n"
)


def collect(paths, **kwargs):  # type: ignore[no-untyped-def]
    """Read everything; returns (articles, [(source, error)])."""
    errors: list[tuple[str, QuotewireError]] = []
    articles = list(iter_inputs(paths, on_error=lambda s, e: errors.append((s, e)), **kwargs))
    return articles, errors


# -- plain text and encodings -----------------------------------------------------------


def test_readers_text_utf8_gets_content_id_and_source(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    (article,) = iter_inputs([path])
    assert article.text == BODY
    assert article.id == content_id(BODY)
    assert article.meta["source"] == str(path)
    assert article.meta["encoding"] == "utf-8"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_readers_text_detects_encoding(tmp_path: Path, encoding: str) -> None:
    body = BODY if encoding != "latin-1" else BODY.replace("“", '"').replace("”", '"').replace("–", "-")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(body.encode(encoding))  # utf-16 writes a BOM
    (article,) = iter_inputs([path])
    assert article.text == body


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_readers_text_detects_cyrillic_encodings(encoding: str) -> None:
    body = ("Министр иностранных дел заявил в четверг, что переговоры будут продолжены на следующей "
            "неделе. По его словам, стороны договорились о новых встречах в Женеве и Вене.\n")
    assert read_text(body.encode(encoding), name="ru.txt").text == body


def test_readers_text_utf16_bom_is_not_part_of_text(tmp_path: Path) -> None:
    data = b"\xff\xfe" + "Hello, said he.".encode("utf-16-le")
    assert decode_bytes(data) == ("Hello, said he.", "utf-16")


def test_readers_empty_file_is_reported_and_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    articles, errors = collect([tmp_path])
    assert [a.text for a in articles] == [BODY]
    assert len(errors) == 1
    source, error = errors[0]
    assert source.endswith("a.txt") and isinstance(error, EmptyInputError)
    assert "a.txt" in str(error)


def test_readers_error_raised_without_callback(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    with pytest.raises(EmptyInputError, match="a.txt"):
        list(iter_inputs([tmp_path / "a.txt"]))


def test_readers_binary_file_is_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 20)
    articles, errors = collect([path])
    assert articles == []
    assert isinstance(errors[0][1], DecodeError)
    assert "image.txt" in str(errors[0][1])


def test_readers_mojibake_is_still_text(tmp_path: Path) -> None:
    # doubly encoded UTF-8 (as scraped from the web) holds C1 controls; it is an article
    body = "After seven months, Miguel BasÃ\x83Â¡Ã\x83Â±ez Ebergenyi said he would go. " * 3
    path = tmp_path / "mojibake.txt"
    path.write_text(body, encoding="utf-8")
    articles, errors = collect([path])
    assert errors == []
    assert [a.text for a in articles] == [body]


def test_readers_giant_text_over_max_chars(tmp_path: Path) -> None:
    options = DEFAULT_OPTIONS.with_(max_chars=1000)
    path = tmp_path / "giant.txt"
    path.write_text("He said so. " * 200, encoding="utf-8")  # 2,400 characters
    articles, errors = collect([path], options=options)
    assert articles == []
    assert isinstance(errors[0][1], InputTooLargeError)
    assert "max_chars" in str(errors[0][1])
    far_over = tmp_path / "far.txt"
    far_over.write_text("x" * 10_000, encoding="utf-8")  # over the byte limit: not even read whole
    with pytest.raises(InputTooLargeError):
        read_text(far_over, options=options)


def test_readers_gzip_text_and_broken_gzip(tmp_path: Path) -> None:
    good = tmp_path / "story.txt.gz"
    good.write_bytes(gzip.compress(BODY.encode("utf-8")))
    bad = tmp_path / "broken.txt.gz"
    bad.write_bytes(gzip.compress(BODY.encode("utf-8"))[:30])
    articles, errors = collect([good, bad])
    assert [a.text for a in articles] == [BODY]
    assert len(errors) == 1 and isinstance(errors[0][1], DecodeError)
    assert "gzip" in errors[0][1].message


def test_readers_same_text_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    first, second = iter_inputs([tmp_path])
    assert first.id == second.id == content_id(BODY)


def test_readers_missing_path_is_reported(tmp_path: Path) -> None:
    articles, errors = collect([tmp_path / "nope.txt"])
    assert articles == [] and isinstance(errors[0][1], InputError)
    assert "no such file" in str(errors[0][1])


# -- HTML -------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Mayor vows to rebuild bridge | The Daily Example</title>
<meta property="og:title" content="Mayor vows to rebuild bridge">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2016-03-04T09:30:00Z">
<meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://news.example.org/2016/03/04/bridge">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article>
<p>SPRINGFIELD, March 4. The mayor said on Friday that the city would rebuild the old bridge
before the winter, and that “no family will be cut off from the centre again”.</p>
<p>“We have the money and we have the plan,” she told reporters outside the town hall.
The opposition said the timetable was unrealistic and asked for an independent review.</p>
</article>
<footer><p>Contact us | Privacy policy | Terms of use</p></footer>
</body></html>"""


def test_readers_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = iter_inputs([path])
    assert article.title == "Mayor vows to rebuild bridge"
    assert article.text.startswith("Mayor vows to rebuild bridge\n")
    assert "she told reporters" in article.text
    assert "Privacy policy" not in article.text and "Politics" not in article.text
    assert article.date == "2016-03-04"
    assert article.author == "Jane Roe"
    assert article.outlet == "The Daily Example"
    assert article.url == "https://news.example.org/2016/03/04/bridge"
    assert article.meta["format"] == "html"


def test_readers_html_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_text(PAGE, encoding="utf-8")
    assert sniff_format(PAGE.encode()) == "html"
    (article,) = iter_inputs([path])
    assert article.title == "Mayor vows to rebuild bridge"


def test_readers_html_truncated_page_still_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.html"
    path.write_text("<html><body><p>The mayor said the bridge would reopen in May. <b>Critics", encoding="utf-8")
    (article,) = iter_inputs([path])
    assert "The mayor said the bridge would reopen in May." in article.text


def test_readers_html_without_text_is_format_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><div><img src=x></div>", encoding="utf-8")
    articles, errors = collect([path])
    assert articles == [] and isinstance(errors[0][1], FormatError)
    assert "broken.html" in str(errors[0][1])


def test_readers_html_from_bytes_in_declared_charset() -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"')
    article = read_html(page.encode("cp1252"), name="page.html")
    assert "“no family will be cut off from the centre again”" in article.text


# -- JSONL ------------------------------------------------------------------------------


def test_readers_jsonl_bad_lines_reported_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    path.write_text(
        '{"id": "a1", "text": "The minister said no.", "title": "No", "date": "2015-11-19", "outlet": "TASS"}\n'
        "{not json\n"
        "\n"
        '["a list"]\n'
        '{"id": "a5", "body": "no text field"}\n'
        '{"id": "a6", "text": "   "}\n'
        '{"text": "Critics said yes.", "section": "world"}\n',
        encoding="utf-8",
    )
    articles, errors = collect([path])
    assert [a.id for a in articles] == ["a1", content_id("Critics said yes.")]
    first = articles[0]
    assert (first.title, first.date, first.outlet) == ("No", "2015-11-19", "TASS")
    assert articles[1].meta["section"] == "world"
    assert [s for s, _ in errors] == [f"{path}:2", f"{path}:4", f"{path}:5", f"{path}:6"]
    kinds = [type(e) for _, e in errors]
    assert kinds == [FormatError, FormatError, FormatError, EmptyInputError]
    assert str(errors[0][1]).startswith(f"{path}:2: not valid JSON")
    assert getattr(errors[3][1], "article_id", None) == "a6"


def test_readers_jsonl_html_field_and_custom_names(tmp_path: Path) -> None:
    options = DEFAULT_OPTIONS.with_(reader=ReaderFields(id_field="uid", html_field="page", title_field="headline"))
    path = tmp_path / "pages.ndjson.gz"
    import json

    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"uid": 7, "page": PAGE, "headline": "Bridge to be rebuilt"}) + "\n")
    (article,) = iter_inputs([path], options=options)
    assert article.id == "7"
    assert article.title == "Bridge to be rebuilt"  # the record wins over the page
    assert article.text.startswith("Bridge to be rebuilt\n\n")
    assert article.date == "2016-03-04"


def test_readers_jsonl_undecodable_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "caf\xe9 said"}\n{"text": "ok said"}\n')
    articles, errors = collect([path])
    assert [a.text for a in articles] == ["ok said"]
    assert isinstance(errors[0][1], DecodeError) and errors[0][0] == f"{path}:1"


def test_readers_json_array_document(tmp_path: Path) -> None:
    path = tmp_path / "few.json"
    path.write_text('[{"id": "x", "text": "He said it."}, {"id": "y", "text": "She said it."}]', encoding="utf-8")
    assert [a.id for a in iter_inputs([path])] == ["x", "y"]


def test_readers_format_override_and_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_text('{"id": "r1", "text": "He said it."}\n', encoding="utf-8")
    (as_text,) = iter_inputs([path])
    (as_jsonl,) = iter_inputs([path], fmt="jsonl")
    assert as_text.text.startswith("{") and as_jsonl.id == "r1"
    with pytest.raises(FormatError, match="unknown input format"):
        list(iter_inputs([path], fmt="docx"))


class CountingStream(io.RawIOBase):
    """A real byte stream over a buffer that counts how much was read from it."""

    def __init__(self, data: bytes) -> None:
        self.inner = io.BytesIO(data)
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        n = self.inner.readinto(buffer)
        self.bytes_read += n
        return n


def test_readers_jsonl_streams_without_reading_ahead() -> None:
    line = b'{"text": "' + b"The minister said it would rain. " * 30 + b'"}\n'
    stream = CountingStream(line * 20_000)  # about 20 MB
    articles = iter_stream(io.BufferedReader(stream), "big.jsonl")
    first = next(articles)
    assert first.meta["source"] == "big.jsonl:1"
    assert stream.bytes_read < 100_000  # one buffer, not the corpus


def test_readers_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "He said it."}\n{"id": "s2", "text": "She said it."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [a.id for a in iter_inputs(["-"])] == ["s1", "s2"]


# -- CSV --------------------------------------------------------------------------------


def test_readers_csv_custom_fields_multiline_and_bad_rows(tmp_path: Path) -> None:
    options = DEFAULT_OPTIONS.with_(reader=ReaderFields(id_field="uid", text_field="body", date_field="published"))
    path = tmp_path / "export.csv"
    path.write_text(
        'uid;body;published;extra\n'
        '1;"The mayor said:\n""We will rebuild.""";2016-03-04;x\n'
        "2;;2016-03-05;y\n"
        "3;Critics said no.;2016-03-06;z;surplus\n"
        "4;The treasurer agreed.;2016-03-07;w\n",
        encoding="utf-8",
    )
    articles, errors = collect([path], options=options)
    assert [a.id for a in articles] == ["1", "4"]
    assert articles[0].text == 'The mayor said:\n"We will rebuild."'
    assert articles[0].date == "2016-03-04" and articles[0].meta["extra"] == "x"
    assert [s for s, _ in errors] == [f"{path}:4", f"{path}:5"]
    assert isinstance(errors[0][1], EmptyInputError) and isinstance(errors[1][1], FormatError)


def test_readers_csv_cp1252_and_tsv(tmp_path: Path) -> None:
    path = tmp_path / "old.tsv"
    path.write_bytes(("id\ttext\n1\t" + BODY.strip() + "\n").encode("cp1252"))
    (article,) = iter_inputs([path])
    assert article.text == BODY.strip()


def test_readers_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    articles, errors = collect([path])
    assert articles == [] and isinstance(errors[0][1], FormatError)
    assert "columns: a, b" in str(errors[0][1]) and "wrong.csv" in str(errors[0][1])


# -- folders ----------------------------------------------------------------------------


def test_readers_folder_recursive_known_extensions_only(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("A said.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("C said.", encoding="utf-8")
    (tmp_path / "b" / "c.ann").write_text("T1\tCue 0 4\tsaid", encoding="utf-8")
    (tmp_path / ".hidden" / "d.txt").write_text("D said.", encoding="utf-8")
    (tmp_path / "e.jsonl").write_text('{"text": "E said."}\n', encoding="utf-8")
    texts = [a.text for a in iter_inputs([tmp_path])]
    assert texts == ["A said.", "E said.", "C said."]


def test_readers_read_text_from_bytes_gives_article() -> None:
    article = read_text(BODY.encode("cp1252"), name="upload")
    assert isinstance(article, Article) and article.text == BODY and article.meta["source"] == "upload"
