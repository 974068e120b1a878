"""The Spark job against the library: a real local Spark session (``local[2]``), real files.

Each test runs generated news-like articles (direct, indirect, mixed and "according to"
statements, multi-paragraph quotes, scraped boilerplate) through Spark and checks the
output equals what the library gives for the same article, field by field
(``Article.to_dict()``), and that bad articles become reject rows with their reason.
"""

from __future__ import annotations

import json
import sqlite3
import os
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from conftest import need
from quotewire import Article, extract_article
from quotewire.readers import iter_inputs, record_to_article
from quotewire.settings import DEFAULT_OPTIONS

pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore:.*distutils.*:DeprecationWarning"),
]

OPTIONS = DEFAULT_OPTIONS.with_(max_chars=4000)

PEOPLE = [("Sergey Lavrov", "Foreign Minister"), ("Angela Merkel", "Chancellor"), ("John Kerry", "Secretary of State"),
          ("Maria Zakharova", "spokeswoman"), ("Ban Ki-moon", "UN Secretary-General"), ("Jean Dupont", "mayor")]
ORGS = ["the Kremlin", "the State Department", "the European Commission", "NATO", "the ministry"]
TOPICS = ["the talks", "the sanctions", "the ceasefire", "the budget", "the election", "the pipeline"]
OUTLETS = ["TASS", "AP", "Reuters", "AFP"]
CUES = ["said", "stressed", "told reporters", "noted", "added", "warned"]


def make_record(i: int, rng: random.Random) -> dict[str, Any]:
    """One generated article record (JSONL shape) with several kinds of statements."""
    name, role = rng.choice(PEOPLE)
    surname = name.split()[-1]
    org, topic, topic2 = rng.choice(ORGS), rng.choice(TOPICS), rng.choice(TOPICS)
    paragraphs = [f"MOSCOW, November {1 + i % 28}. /TASS/. {role} {name} {rng.choice(CUES)} on "
                  f"{rng.choice(['Monday', 'Tuesday', 'Friday'])} that {topic} would continue next week."]
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(6)
        if kind == 0:
            paragraphs.append(f"“We will not accept {topic2} in this form,” {surname} {rng.choice(CUES)}.")
        elif kind == 1:
            paragraphs.append(f"According to {org}, {topic2} has been postponed until {2016 + i % 3}.")
        elif kind == 2:
            paragraphs.append(f"{surname} said {org} was “ready for a compromise” on {topic2}.")
        elif kind == 3:
            paragraphs.append(f"“Our position is clear,” he said. “There is no alternative to {topic2}.”")
        elif kind == 4:
            paragraphs.append(f"The meeting took place in Geneva. Delegates discussed {topic2} for {i % 9 + 2} hours.")
        else:
            paragraphs.append(f"{org.capitalize()} {rng.choice(CUES)}: “The situation in the region is difficult.”")
    if i % 7 == 0:
        paragraphs.append("See also: Lavrov meets Kerry in Vienna\nPhoto: ITAR-TASS archive")
    return {"id": f"gen-{i:04d}", "text": "\n".join(paragraphs), "title": f"{surname} on {topic}",
            "date": f"2015-11-{1 + i % 28:02d}", "outlet": OUTLETS[i % len(OUTLETS)], "rank": i}


def make_records(n: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [make_record(i, rng) for i in range(n)]


BAD_LINES = [
    json.dumps({"id": "bad-empty", "text": "   \n ", "outlet": "AP"}),
    json.dumps({"id": "bad-long", "text": "“Yes,” he said. " * 400, "outlet": "AP"}),  # over max_chars=4000
    json.dumps({"id": "bad-nofield", "body": "no text field", "outlet": "AP"}),
    "{this is not json",
]


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    """A real local Spark session on 2 cores, quiet, stopped after the module."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        need(False, "pyspark is not installed (pip install 'quotewire[spark]')")
    from quotewire.errors import SparkError
    from quotewire.spark import check_java, get_session

    try:
        check_java()
    except SparkError as exc:
        need(False, str(exc))
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = get_session("local[2]", app_name="quotewire-tests", config={
        "spark.ui.enabled": "false",
        "spark.sql.shuffle.partitions": "2",
        "spark.default.parallelism": "2",
        "spark.driver.memory": "1g",
    })
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def library_dicts(records: list[dict[str, Any]], source: str) -> dict[str, dict[str, Any]]:
    """What the library gives for each good record: ``Article.to_dict()`` by id."""
    out = {}
    for record in records:
        article = record_to_article(record, source, OPTIONS)
        out[article.id] = extract_article(article, options=OPTIONS).to_dict()
    return out


def rejects_of(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for f in sorted((folder / "_rejects").glob("part-*")) for line in f.open(encoding="utf-8")]


@pytest.mark.spark
@pytest.mark.model
def test_spark_output_equals_library_article_by_article(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from quotewire.spark import run_spark_job, read_output

    records = make_records(300)
    source = tmp_path / "archive.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for k, record in enumerate(records):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            if k % 100 == 50:
                handle.write(BAD_LINES[(k // 100) % len(BAD_LINES)] + "\n")
        handle.write(BAD_LINES[3] + "\n")
        handle.write(BAD_LINES[2] + "\n")  # every bad kind at least once
    out = tmp_path / "out"

    summary = run_spark_job(source, out, fmt="parquet", partition_by=["outlet"], options=OPTIONS, spark=spark)

    expected = library_dicts(records, str(source))
    got = {a.id: a.to_dict() for a in read_output(out)}
    assert summary.ok == len(records) == len(got)
    assert sorted(got) == sorted(expected)
    for article_id, data in expected.items():
        assert got[article_id] == data, article_id
    assert sum(len(d["attributions"]) for d in expected.values()) == summary.attributions > len(records)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith("outlet=")) == [f"outlet={o}" for o in sorted(OUTLETS)]

    rejects = rejects_of(out)
    assert summary.rejected == len(rejects) == 5
    codes = {r["id"]: r["error_code"] for r in rejects}
    assert codes["bad-empty"] == "empty_input"
    assert codes["bad-long"] == "input_too_large"
    assert codes["bad-nofield"] == "bad_format"
    assert [r["error_code"] for r in rejects if r["id"] is None] == ["bad_format"]
    assert all(r["error"] and r["source"] == str(source) for r in rejects)

    # Partitioned Parquet from the cluster loads into the corpus store in one command.
    from quotewire.cli import main

    db = tmp_path / "corpus.db"
    assert main(["ingest", str(out), "--db", str(db), "--no-progress"]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(records)

    # Spark reads its own output back, and the typed statements agree with the records.
    df = spark.read.parquet(str(out))
    assert df.count() == len(records)
    row = df.where("id = 'gen-0003'").first()
    assert len(row["statements"]) == len(expected["gen-0003"]["attributions"]) == row["n_attributions"]
    assert [s["content"] for s in row["statements"]] == [
        " … ".join(c["text"] for c in a["content"]) for a in expected["gen-0003"]["attributions"]]


@pytest.mark.spark
@pytest.mark.model
def test_spark_jsonl_output_roundtrips_and_equals_library_on_a_folder(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from quotewire.spark import run_spark_job

    folder = tmp_path / "articles"
    (folder / "2015").mkdir(parents=True)
    records = make_records(24, seed=11)
    for k, record in enumerate(records):
        if k % 4 == 0:
            html = (f"<html><head><title>{record['title']}</title></head><body><article>"
                    + "".join(f"<p>{p}</p>" for p in record["text"].split("\n")) + "</article></body></html>")
            (folder / "2015" / f"{record['id']}.html").write_text(html, encoding="utf-8")
        elif k % 4 == 1:
            (folder / f"{record['id']}.txt").write_bytes(record["text"].encode("cp1252", "replace"))
        else:
            (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 4)  # binary: a DecodeError
    (folder / "notes.bin").write_bytes(b"ignored: unknown extension")
    out = tmp_path / "out"

    summary = run_spark_job(folder, out, fmt="jsonl", options=OPTIONS, spark=spark)

    errors: list[tuple[str, str]] = []
    expected = {}
    for article in iter_inputs([folder], options=OPTIONS, on_error=lambda s, e: errors.append((s, e.code))):
        expected[article.id] = extract_article(article, options=OPTIONS).to_dict()
    lines = [line for f in sorted(out.glob("part-*")) for line in f.read_text(encoding="utf-8").splitlines()]
    got = {}
    for line in lines:
        data = json.loads(line)
        assert Article.from_dict(data).to_dict() == data
        got[data["id"]] = data
    assert len(lines) == len(got) == len(expected) == len(records) == summary.ok
    assert got == expected
    assert errors == [(str(folder / "broken.txt"), "undecodable_input")]
    assert [(r["source"], r["error_code"]) for r in rejects_of(out)] == errors


@pytest.mark.spark
@pytest.mark.model
def test_spark_extract_dataframe_gives_a_reject_row_per_bad_article(spark) -> None:  # type: ignore[no-untyped-def]
    from quotewire.spark import OUTPUT_COLUMNS, article_from_row, extract_dataframe

    records = make_records(6, seed=3)
    rows = [(r["id"], r["text"], r["outlet"]) for r in records]
    rows += [("empty", "", "AP"), ("none", None, "AP"), ("long", "x " * 3000, "AP")]
    df = spark.createDataFrame(rows, "doc_id string, body string, outlet string")

    result = extract_dataframe(df, options=OPTIONS, text_col="body", id_col="doc_id", partitions=2).collect()

    assert list(result[0].asDict()) == list(OUTPUT_COLUMNS)
    by_id = {r["id"]: r.asDict(recursive=True) for r in result}
    assert len(result) == len(rows)
    options = OPTIONS.with_(reader=replace(OPTIONS.reader, text_field="body", id_field="doc_id"))
    for record in records:
        article = record_to_article({"doc_id": record["id"], "body": record["text"], "outlet": record["outlet"]},
                                    "<dataframe>", options)
        assert article_from_row(by_id[record["id"]]).to_dict() == extract_article(article, options=OPTIONS).to_dict()
        assert by_id[record["id"]]["status"] == "ok"
    assert (by_id["empty"]["status"], by_id["empty"]["error_code"]) == ("rejected", "empty_input")
    assert (by_id["long"]["status"], by_id["long"]["error_code"]) == ("rejected", "input_too_large")
    assert "6,000 characters is over the limit of 4,000" in by_id["long"]["error"]
    assert (by_id["none"]["status"], by_id["none"]["error_code"]) == ("rejected", "bad_format")


@pytest.mark.spark
@pytest.mark.model
def test_spark_cli_writes_partitioned_jsonl_and_refuses_to_overwrite(spark, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from quotewire.cli import main

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in make_records(8, seed=5)) + "\n", encoding="utf-8")
    out = tmp_path / "out"

    assert main(["spark", str(source), str(out), "--format", "jsonl", "--partition-by", "date"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["ok"], summary["rejected"], summary["input_format"]) == (8, 0, "jsonl")
    assert len(list(out.glob("date=2015-11-*"))) == 8

    assert main(["spark", str(source), str(out), "--format", "jsonl"]) == 2
    assert "already exists" in capsys.readouterr().err

    # The cluster's output goes into the corpus store in one command, without re-extraction.
    db = tmp_path / "corpus.db"
    assert main(["ingest", str(out), "--db", str(db), "--no-progress"]) == 0
    assert "0 rejected" in capsys.readouterr().err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
        assert conn.execute("SELECT count(*) FROM statements").fetchone()[0] > 8


def test_spark_cli_without_java_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": "“Yes,” he said."}) + "\n", encoding="utf-8")
    env = {**os.environ, "JAVA_HOME": str(tmp_path / "no-java"), "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run([sys.executable, "-m", "quotewire", "spark", str(source), str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("quotewire: error:")
    assert ("Java 17+" in proc.stderr) or ("pyspark is not installed" in proc.stderr)
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_spark_read_output_refuses_a_folder_that_is_not_output(tmp_path: Path) -> None:
    from quotewire.errors import FormatError
    from quotewire.spark import read_output

    with pytest.raises(FormatError):
        list(read_output(tmp_path))
    with pytest.raises(FormatError):
        list(read_output(tmp_path / "missing"))


@pytest.mark.spark
@pytest.mark.model
@pytest.mark.slow
def test_spark_submit_runs_the_package_entry_point(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The README's cluster command, in local mode: ``spark-submit`` runs quotewire's
    ``__main__.py`` as the application file (a script, not a module), and the output is the
    library's, article by article."""
    import shutil

    import quotewire.__main__ as entry

    submit = Path(sys.executable).with_name("spark-submit")
    submit = submit if submit.is_file() else Path(shutil.which("spark-submit") or "spark-submit")
    need(submit.is_file(), "spark-submit is not installed next to this Python (pip install 'quotewire[spark]')")
    records = make_records(12, seed=5)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable,
           "SPARK_LOCAL_IP": "127.0.0.1"}
    done = subprocess.run([str(submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false",
                           "--driver-memory", "1g", entry.__file__, "spark", str(source), str(out), "--format", "jsonl"],
                          capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["ok"] == len(records) and summary["rejected"] == 0
    got = {d["id"]: d for f in sorted(out.glob("part-*")) for d in map(json.loads, f.read_text(encoding="utf-8").splitlines())}
    expected = {}
    for record in records:
        article = record_to_article(record, str(source))
        expected[article.id] = extract_article(article).to_dict()
    assert set(got) == set(expected)
    for key, data in expected.items():
        assert got[key]["attributions"] == data["attributions"], key
