"""Batch runs: good and bad files together, every output format, resume after kill -9, Dask."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.csv as pcsv
import pytest
from typer.testing import CliRunner

from komsos_extract.batch import run_batch
from komsos_extract.cli import app
from komsos_extract.io.writers import ParquetSink
from komsos_extract.synthetic import generate

GOOD = "Babinsa Koramil {n:02d}/Buntu Pane membantu warga menanam padi di sawah desa binaan, Selasa (11/01/2022)."


def _articles_ids(out: Path, fmt: str) -> list[str]:
    """doc_id of every article row in an output (duplicates kept, so they can be seen)."""
    if fmt == "duckdb":
        con = duckdb.connect(str(out), read_only=True)
        try:
            return [r[0] for r in con.execute("SELECT doc_id FROM articles").fetchall()]
        finally:
            con.close()
    if fmt == "sqlite":
        with sqlite3.connect(out) as con:
            return [r[0] for r in con.execute("SELECT doc_id FROM articles")]
    if fmt == "jsonl":
        return [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    if fmt == "parquet":
        return ParquetSink(out).read_table("articles").column("doc_id").to_pylist()
    return pcsv.read_csv(out / "articles.csv").column("doc_id").to_pylist()


def _errors(out: Path, fmt: str) -> list[tuple[str, str]]:
    if fmt == "duckdb":
        con = duckdb.connect(str(out), read_only=True)
        try:
            return [tuple(r) for r in con.execute("SELECT source, reason FROM errors").fetchall()]
        finally:
            con.close()
    raise NotImplementedError(fmt)


@pytest.fixture
def mixed_folder(tmp_path) -> tuple[Path, int, set[str]]:
    """A folder with good files and every kind of bad one; returns (folder, good count, bad names)."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    (d / "sub" / "b.txt").write_bytes(("Babinsa Koramil 02/Café hadir di desa binaan bersama warga, "
                                       "Senin (3/6/2024). " * 3).encode("cp1252"))
    (d / "c.txt").write_bytes(GOOD.format(n=3).encode() + b" \xff\xfe ")  # invalid UTF-8
    (d / "big.txt").write_text(GOOD.format(n=4) + " " + "x " * 10_000_000, encoding="utf-8")  # 20 MB
    (d / "d.json").write_text(json.dumps({"text": GOOD.format(n=5), "url": "http://example.test/5"}))
    (d / "e.jsonl").write_text(json.dumps({"text": GOOD.format(n=6)}) + "\n" + json.dumps({"body": GOOD.format(n=7)}) + "\n")
    (d / "f.html").write_text(f"<html><body><article><p>{GOOD.format(n=8)}</p><p>{GOOD.format(n=9)}</p></article></body></html>")
    bad = {"empty.txt", "binary.txt", "broken.json", "nothing.html"}
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "broken.json").write_text('{"text": "Babinsa", ')
    (d / "nothing.html").write_text("<html><head><title>Menu</title></head><body><nav></nav></body></html>")
    return d, 8, bad


def test_mixed_folder_every_good_record_every_bad_file(mixed_folder, tmp_path):
    folder, n_good, bad = mixed_folder
    out = tmp_path / "out.duckdb"
    summary = run_batch([str(folder)], out)
    assert (summary.processed, summary.failed) == (n_good, len(bad))
    assert len(_articles_ids(out, "duckdb")) == n_good
    errors = _errors(out, "duckdb")
    assert {Path(src).name for src, _ in errors} == bad
    assert all(reason for _, reason in errors)
    con = duckdb.connect(str(out), read_only=True)
    warnings = dict(con.execute("SELECT source, warnings FROM articles").fetchall())
    con.close()
    assert "only the first" in warnings[str(folder / "big.txt")]
    assert "decoded as" in warnings[str(folder / "sub" / "b.txt")]


def test_cli_exit_code_says_some_failed(mixed_folder, tmp_path):
    folder, _, _ = mixed_folder
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "o.jsonl"), "--quiet"])
    assert result.exit_code == 1
    assert "8 processed, 4 failed" in result.output
    good_only = tmp_path / "good"
    good_only.mkdir()
    (good_only / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(good_only), "--out", str(tmp_path / "o2.jsonl"), "--quiet"])
    assert result.exit_code == 0
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "missing"), "--quiet"])
    assert result.exit_code == 2


@pytest.fixture(scope="module")
def synthetic_folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("synthetic")
    for art in generate(40, seed=7, max_chars=2000):
        (d / f"{art.doc_key}.txt").write_text(art.text, encoding="utf-8")
    return d


@pytest.mark.parametrize(("name", "fmt"), [
    ("o.duckdb", "duckdb"), ("o.sqlite", "sqlite"), ("o.jsonl", "jsonl"), ("o.parquet", "parquet"), ("o.csv", "csv"),
])
def test_formats_rerun_skips_and_never_doubles(synthetic_folder, tmp_path, name, fmt):
    out = tmp_path / name
    first = run_batch([str(synthetic_folder)], out, chunk_size=7)
    assert first.processed == 40 and first.format == fmt
    again = run_batch([str(synthetic_folder)], out, chunk_size=7)
    assert (again.processed, again.skipped) == (0, 40)
    ids = _articles_ids(out, fmt)
    assert len(ids) == len(set(ids)) == 40


def test_same_input_same_output(synthetic_folder, tmp_path):
    run_batch([str(synthetic_folder)], tmp_path / "a.jsonl", chunk_size=5)
    run_batch([str(synthetic_folder)], tmp_path / "b.jsonl", chunk_size=11)
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_child_tables_keyed_by_doc_id(synthetic_folder, tmp_path):
    out = tmp_path / "o.duckdb"
    run_batch([str(synthetic_folder)], out)
    con = duckdb.connect(str(out), read_only=True)
    orphans = con.execute("SELECT count(*) FROM units u LEFT JOIN articles a USING (doc_id) WHERE a.doc_id IS NULL").fetchone()[0]
    n_units = con.execute("SELECT count(*) FROM units").fetchone()[0]
    con.close()
    assert orphans == 0 and n_units >= 40


def test_workers_give_the_same_rows(synthetic_folder, tmp_path):
    run_batch([str(synthetic_folder)], tmp_path / "one.jsonl", chunk_size=6)
    run_batch([str(synthetic_folder)], tmp_path / "two.jsonl", chunk_size=6, workers=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_dask_local_cluster_gives_the_same_rows(synthetic_folder, tmp_path):
    pytest.importorskip("dask.distributed")
    run_batch([str(synthetic_folder)], tmp_path / "local.parquet", chunk_size=8)
    run_batch([str(synthetic_folder)], tmp_path / "dask.parquet", chunk_size=8, engine="dask", workers=2)
    for table in ("articles", "units", "activities"):
        local = ParquetSink(tmp_path / "local.parquet").read_table(table)
        dask = ParquetSink(tmp_path / "dask.parquet").read_table(table)
        assert local.equals(dask), table


def _partial_progress(out: Path, fmt: str) -> bool:
    if fmt == "jsonl":
        return out.exists() and out.stat().st_size > 0
    if fmt == "parquet":
        return any((out / "articles").glob("part-*.parquet")) if (out / "articles").exists() else False
    if fmt == "sqlite":  # WAL mode lets a reader look while the batch writes
        try:
            return out.exists() and len(_articles_ids(out, fmt)) > 0
        except sqlite3.OperationalError:
            return False
    wal = out.with_name(out.name + ".wal")  # creating the tables alone writes a few KB
    return wal.exists() and wal.stat().st_size > 32_768


@pytest.mark.parametrize(("name", "fmt"), [("k.duckdb", "duckdb"), ("k.sqlite", "sqlite"), ("k.jsonl", "jsonl"),
                                           ("k.parquet", "parquet")])
def test_kill_9_then_resume_exactly_once(tmp_path, name, fmt):
    folder = tmp_path / "in"
    folder.mkdir()
    n = 400
    for art in generate(n, seed=3, max_chars=3000):
        (folder / f"{art.doc_key}.txt").write_text(art.text, encoding="utf-8")
    out = tmp_path / name
    cmd = [sys.executable, "-m", "komsos_extract.cli", "batch", str(folder), "--out", str(out), "--quiet",
           "--chunk-size", "4"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not _partial_progress(out, fmt) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.3)
    assert proc.poll() is None, "the batch finished before it could be killed; make the input larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = len(_articles_ids(out, fmt))
    assert 0 < partial < n
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ids = _articles_ids(out, fmt)
    assert len(ids) == len(set(ids)) == n


# --- sources, urls, duplicates and villages (issue 14) --------------------------------------------

VILLAGES = [
    "Babinsa Koramil 05/Lubuk Alung membantu petani di Nagari Sikucur, Kecamatan V Koto Kampung Dalam, "
    "Kabupaten Padang Pariaman, Senin (3/6/2024).",
    "Babinsa Koramil 12/Peusangan membersihkan saluran di Gampong Pante Gajah, Kecamatan Peusangan, "
    "Kabupaten Bireuen, Selasa (4/6/2024).",
    "Babinsa Koramil 07/Sukamaju membantu warga Dusun 3 Desa Sukamaju menanam jagung, Rabu (12/06/2024).",
]


def _table(out: Path, fmt: str, table: str) -> list[dict]:
    """Every row of one table of an output, in any format."""
    if fmt == "duckdb":
        con = duckdb.connect(str(out), read_only=True)
        try:
            cur = con.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]
        finally:
            con.close()
    if fmt == "sqlite":
        with sqlite3.connect(out) as con:
            con.row_factory = sqlite3.Row
            return [dict(r) for r in con.execute(f'SELECT * FROM "{table}"')]
    if fmt == "jsonl":
        path = out if table == "articles" else out.with_name(f"{out.stem}.{table}.jsonl")
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "parquet":
        return ParquetSink(out).read_table(table).to_pylist()
    return pcsv.read_csv(out / f"{table}.csv",
                         convert_options=pcsv.ConvertOptions(strings_can_be_null=True)).to_pylist()


FORMATS = [("o.duckdb", "duckdb"), ("o.sqlite", "sqlite"), ("o.jsonl", "jsonl"), ("o.parquet", "parquet"),
           ("o.csv", "csv")]


@pytest.mark.parametrize(("name", "fmt"), FORMATS)
def test_json_article_keeps_file_position_and_url(tmp_path, name, fmt):
    d = tmp_path / "in"
    d.mkdir()
    (d / "list.json").write_text(json.dumps([{"text": GOOD.format(n=1), "url": "http://example.test/1"},
                                             {"isi": GOOD.format(n=2)}]), encoding="utf-8")
    (d / "lines.jsonl").write_text(json.dumps({"article": GOOD.format(n=3), "link": "http://example.test/3"}) + "\n",
                                   encoding="utf-8")
    out = tmp_path / name
    run_batch([str(d)], out)
    got = {(r["source"], r["url"]) for r in _table(out, fmt, "articles")}
    assert got == {(f"{d / 'list.json'}#0", "http://example.test/1"), (f"{d / 'list.json'}#1", None),
                   (f"{d / 'lines.jsonl'}:1", "http://example.test/3")}


@pytest.mark.parametrize(("name", "fmt"), FORMATS)
def test_duplicate_text_records_its_second_source_once(tmp_path, name, fmt):
    d = tmp_path / "in"
    d.mkdir()
    for file in ("a.txt", "b.txt", "c.txt"):
        (d / file).write_text(GOOD.format(n=1), encoding="utf-8")
    (d / "other.txt").write_text(GOOD.format(n=2), encoding="utf-8")
    out = tmp_path / name
    first = run_batch([str(d)], out, chunk_size=2)
    assert (first.processed, first.duplicates, first.skipped) == (2, 2, 0)
    again = run_batch([str(d)], out, chunk_size=2)
    assert (again.processed, again.duplicates, again.skipped) == (0, 0, 4)
    articles = _table(out, fmt, "articles")
    duplicates = _table(out, fmt, "duplicates")
    kept = next(r for r in articles if r["source"] == str(d / "a.txt"))
    assert sorted((r["doc_id"], r["source"]) for r in duplicates) == [
        (kept["doc_id"], str(d / "b.txt")), (kept["doc_id"], str(d / "c.txt"))]


def test_cli_summary_counts_duplicates(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    (d / "b.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(d), "--out", str(tmp_path / "o.duckdb"), "-q"])
    assert result.exit_code == 0 and "1 processed, 0 failed, 0 skipped, 1 duplicates" in result.output


def _village_batch(tmp_path, name: str) -> Path:
    """The VILLAGES articles, one file each, batched into ``tmp_path/name``."""
    d = tmp_path / "in"
    d.mkdir()
    for i, text in enumerate(VILLAGES):
        (d / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / name
    run_batch([str(d)], out)
    return out


def test_places_say_which_are_villages(tmp_path):
    out = _village_batch(tmp_path, "o.duckdb")
    got = {(r["level"], r["name"]): r["is_village"] for r in _table(out, "duckdb", "places")}
    assert got[("nagari", "Sikucur")] and got[("gampong", "Pante Gajah")] and got[("desa", "Sukamaju")]
    assert not got[("kecamatan", "Peusangan")] and not got[("kabupaten", "Bireuen")]
    assert not got[("dusun", "3")]


def _readme_sql() -> list[str]:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```sql\n")[1:]
    statements = [s.strip() for block in blocks for s in block.split("```")[0].split(";")]
    return [s for s in statements if s and not all(line.startswith("--") for line in s.splitlines())]


def test_readme_queries_run_and_count_every_village_kind(tmp_path):
    out = _village_batch(tmp_path, "results.duckdb")
    statements = _readme_sql()
    assert len(statements) >= 3
    con = duckdb.connect(str(out), read_only=True)
    try:
        results = [con.execute(s).fetchall() for s in statements]
    finally:
        con.close()
    villages = next(rows for s, rows in zip(statements, results) if "is_village" in s)
    named = {cell for row in villages for cell in row}
    assert {"Sikucur", "Pante Gajah", "Sukamaju"} <= named


def test_jsonl_records_with_url_read_back_for_events(tmp_path):
    from komsos_extract.store import Store

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.json").write_text(json.dumps({"text": GOOD.format(n=1), "url": "http://example.test/1"}), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    summary = run_batch([str(d)], out)
    articles = Store(out).read("articles").to_pylist()
    assert [(a["source"], a["url"]) for a in articles] == [(str(d / "a.json"), "http://example.test/1")]
    assert summary.events is not None and summary.events.events == 1
