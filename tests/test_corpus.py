"""Corpus runs and the ``quotewire extract`` command over real files, good and bad."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from quotewire.cli import main
from quotewire.corpus import _extract_chunk, _init_worker, reject_record, run_corpus
from quotewire.errors import ConfigError, EmptyInputError
from quotewire.model import Article
from quotewire.settings import DEFAULT_OPTIONS

STORY = """Council approves new budget

LONDON, March 3 (Reuters) - The city council approved the budget on Tuesday, officials said.

See also

© Jane Doe/Example Agency

The mayor said the city would rebuild the bridge

The treasurer told reporters that the money was already there.
"""


def make_corpus(folder: Path) -> Path:
    """Three good articles and five bad ones, in text, JSONL (plain and gzip) and HTML."""
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "broken.html").write_text("<html><head><script>x()</script></head><body><div>", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": "The minister said the talks would go on.", "date": "2015-11-19"}),
        "{broken",
        json.dumps({"id": "j3", "text": ""}),
    ]
    (folder / "archive.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(folder / "more.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "g1", "text": "Critics said the plan was too expensive."}) + "\n")
    return folder


@pytest.mark.model
def test_corpus_run_streams_output_and_rejects(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    corpus = make_corpus(tmp_path / "corpus")
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    summary = run_corpus([corpus], out, rejects_path=rejects, progress=False)
    assert (summary.read, summary.extracted, summary.rejected) == (8, 3, 5)
    assert summary.by_error == {"bad_format": 2, "empty_input": 2, "undecodable_input": 1}
    articles = [Article.from_dict(json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {a.id for a in articles} == {"j1", "g1", articles[-1].id}
    story = next(a for a in articles if a.text == STORY)
    assert story.dateline is not None and story.dateline.place == "London"
    assert all("bridge" not in a.content_text for a in story.attributions)
    assert any(e.reason == "related headline" for e in story.excluded)
    records = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"id", "source", "error", "message"} for r in records)
    by_source = {Path(r["source"]).name: r for r in records}
    assert by_source["archive.jsonl:2"]["error"] == "bad_format"
    assert by_source["archive.jsonl:3"]["id"] == "j3"
    assert by_source["binary.txt"]["error"] == "undecodable_input"
    assert by_source["broken.html"]["error"] == "bad_format"


@pytest.mark.model
def test_corpus_extraction_failures_become_rejects(extractor) -> None:  # type: ignore[no-untyped-def]
    _init_worker(DEFAULT_OPTIONS.with_(max_chars=50))
    try:
        giant = Article("He said it. " * 10, id="giant", meta={"source": "mem"})
        broken = Article("She said so.", id="broken")
        object.__setattr__(broken, "text", None)  # an article object corrupted after construction
        good = Article("The mayor said the bridge would reopen.", id="good")
        results = _extract_chunk([giant, broken, good])
    finally:
        _init_worker(DEFAULT_OPTIONS)
    kinds = [kind for kind, _ in results]
    assert kinds == ["reject", "reject", "ok"]
    first, second = (json.loads(line) for _, line in results[:2])
    assert first == {"id": "giant", "source": "mem", "error": "input_too_large", "message": first["message"]}
    assert second["id"] == "broken" and second["error"] == "TypeError"


def test_corpus_reject_record_shapes() -> None:
    assert reject_record("a", "f.txt", EmptyInputError("no text")) == {
        "id": "a", "source": "f.txt", "error": "empty_input", "message": "no text"}
    assert reject_record(None, "x", ValueError("bad"))["error"] == "ValueError"


def test_corpus_bad_arguments() -> None:
    with pytest.raises(ConfigError):
        run_corpus([], None, workers=0, progress=False)
    with pytest.raises(ConfigError):
        run_corpus([], None, fmt="csv", progress=False)


@pytest.mark.model
@pytest.mark.slow
def test_corpus_workers_match_single_process(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "many.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for n in range(40):
            text = f"Official {n} said the bridge would reopen in May. “It is safe,” she told reporters."
            handle.write(json.dumps({"id": f"a{n}", "text": text}) + "\n")
        handle.write("{oops\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    s1 = run_corpus([corpus], one, progress=False)
    s2 = run_corpus([corpus], two, workers=2, progress=False, chunk_size=3)
    assert (s1.extracted, s1.rejected) == (s2.extracted, s2.rejected) == (40, 1)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


# -- the sample article -----------------------------------------------------------------


@pytest.mark.model
def test_corpus_sample_related_headlines_yield_nothing(sample_text: str, extractor) -> None:  # type: ignore[no-untyped-def]
    from quotewire import Extractor

    article = Article(sample_text, date="2015-11-19")
    done = extractor(article)
    lines = [line.strip() for line in sample_text.splitlines() if line.strip()]
    related = []
    for k, line in enumerate(lines):
        if line.casefold() == "see also":
            related.append(next(x for x in lines[k + 1 :] if not x.startswith("©")))
    assert any(h.startswith("Putin: Russia will find terrorists") for h in related)
    for headline in related:
        start = sample_text.index(headline)
        end = start + len(headline)
        assert any(e.span.start_char <= start and end <= e.span.end_char for e in done.excluded), headline
        for a in done.attributions:
            assert not any(s.start_char < end and start < s.end_char for s in a.spans()), (headline, a)
    assert done.attributions, "the story itself has statements"
    assert done.headline is not None and done.dateline is not None and done.dateline.date == "2015-11-19"
    in_headline = [a for a in done.attributions if a.start_char < done.headline.end_char]
    assert in_headline and all(a.headline for a in in_headline)
    assert not any(a.headline for a in done.attributions if a.start_char >= done.headline.end_char)
    # switched off: mark_boilerplate is not called, so nothing is excluded or marked
    off = Extractor.get(DEFAULT_OPTIONS.with_(exclude_boilerplate=False))(article)
    assert off.excluded == () and off.headline is None and off.dateline is None


@pytest.mark.model
def test_corpus_boilerplate_switch_changes_statements(extractor) -> None:  # type: ignore[no-untyped-def]
    from quotewire import Extractor

    on = extractor(Article(STORY))
    off = Extractor.get(DEFAULT_OPTIONS.with_(exclude_boilerplate=False))(Article(STORY))
    teaser = "the city would rebuild the bridge"
    assert any(teaser in a.content_text for a in off.attributions)
    assert not any(teaser in a.content_text for a in on.attributions)


# -- the command line -------------------------------------------------------------------


@pytest.mark.model
def test_corpus_cli_jsonl_rejects_and_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extractor  # type: ignore[no-untyped-def]
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    rejects = tmp_path / "rejects.jsonl"
    code = main(["extract", str(corpus), "--format", "jsonl", "--rejects", str(rejects), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 0
    assert len(captured.out.splitlines()) == 3
    assert "read 8, extracted 3, rejected 5" in captured.err
    assert len(rejects.read_text(encoding="utf-8").splitlines()) == 5


@pytest.mark.model
def test_corpus_cli_brat_names_and_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, extractor  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bridge.txt").write_text(STORY, encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--format", "brat", "--out", str(tmp_path / "ann"),
                 "--no-progress"]) == 0
    assert (tmp_path / "ann" / "bridge.ann").read_text(encoding="utf-8").count("\tCue ") >= 1
    record = json.dumps({"uid": "s1", "body": "The mayor said the bridge would reopen."})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(record.encode() + b"\n")))
    code = main(["extract", "-", "--format", "jsonl", "--field", "id=uid", "--field", "text=body", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0 and json.loads(out)["id"] == "s1"


@pytest.mark.model
def test_corpus_cli_all_rejected_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extractor  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path / "empty.txt"), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "empty.txt" in err and "empty_input" in err


def test_corpus_cli_bad_field_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-", "--field", "body"]) == 2
    assert "--field takes KEY=NAME" in capsys.readouterr().err
