"""Output path and format: --format wins, else the suffix; mismatches and outputs of another format
already in place are refused with one clear message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
import pytest

from komsos_extract.io.writers import OutputError, open_sink, resolve_output

# (out, --format, expected path, expected format)
RESOLVED = [
    (None, None, "results.duckdb", "duckdb"),
    (None, "parquet", "results.parquet", "parquet"),
    (None, "csv", "results.csv", "csv"),
    (None, "jsonl", "results.jsonl", "jsonl"),
    (None, "SQLite", "results.sqlite", "sqlite"),
    ("o.parquet", None, "o.parquet", "parquet"),
    ("o.sqlite3", None, "o.sqlite3", "sqlite"),
    ("o.jsonl", "jsonl", "o.jsonl", "jsonl"),
    ("tables", "csv", "tables", "csv"),  # no suffix: --format says it
    ("o.db", "duckdb", "o.db", "duckdb"),  # .db is either: --format decides
    ("o.db", None, "o.db", "sqlite"),
]


@pytest.mark.parametrize(("out", "fmt", "path", "expected"), RESOLVED)
def test_format_follows_format_option_else_suffix(tmp_path, monkeypatch, out, fmt, path, expected):
    monkeypatch.chdir(tmp_path)
    assert resolve_output(out, fmt) == (Path(path), expected)


# (out, --format, words the message must hold)
REFUSED = [
    ("o.duckdb", "parquet", ["duckdb name", "--format is parquet", "o.parquet"]),
    ("o.csv", "jsonl", ["csv name", "o.jsonl"]),
    ("o.txt", None, ["cannot tell the format", "--format"]),
    ("o.duckdb", "excel", ["unknown format"]),
]


@pytest.mark.parametrize(("out", "fmt", "words"), REFUSED)
def test_mismatch_is_one_clear_message(tmp_path, out, fmt, words):
    with pytest.raises(OutputError) as err:
        resolve_output(tmp_path / out, fmt)
    message = str(err.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def _duckdb_file(path: Path) -> None:
    duckdb.connect(str(path)).close()


def _sqlite_file(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (x)")


def _parquet_folder(path: Path) -> None:
    open_sink(path, "parquet").close()


def _csv_folder(path: Path) -> None:
    (path / ".parts").mkdir(parents=True)


def _other_file(path: Path) -> None:
    path.write_text("not ours", encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


# (what is already at --out, --out, --format, the kind named in the message or None when accepted)
EXISTING = [
    (_duckdb_file, "results", "parquet", "duckdb output"),  # a folder format onto a DuckDB file
    (_parquet_folder, "results.duckdb", "duckdb", "parquet output"),  # and the reverse
    (_csv_folder, "o.parquet", "parquet", "csv output"),
    (_parquet_folder, "o.csv", "csv", "parquet output"),
    (_sqlite_file, "o.jsonl", "jsonl", "sqlite output"),
    (_duckdb_file, "o.db", "sqlite", "duckdb output"),
    (_other_file, "o.sqlite", "sqlite", "not a sqlite output"),
    (_empty_file, "o.duckdb", "duckdb", "empty file"),
    (_duckdb_file, "o.duckdb", "duckdb", None),
    (_sqlite_file, "o.db", "sqlite", None),
    (_parquet_folder, "o.parquet", "parquet", None),
    (_empty_file, "o.jsonl", "jsonl", None),
    (_empty_file, "o.sqlite", "sqlite", None),
]


@pytest.mark.parametrize(("make", "out", "fmt", "kind"), EXISTING)
def test_existing_output_of_another_format_is_refused(tmp_path, make, out, fmt, kind):
    target = tmp_path / out
    make(target)
    if kind is None:
        assert resolve_output(target, fmt) == (target, fmt)
        return
    with pytest.raises(OutputError) as err:
        resolve_output(target, fmt)
    assert kind in str(err.value) and "choose another --out" in str(err.value)


def test_older_table_layout_is_refused(tmp_path):
    out = tmp_path / "old.duckdb"
    con = duckdb.connect(str(out))
    con.execute("CREATE TABLE places (doc_id VARCHAR, idx INTEGER, level VARCHAR)")
    con.close()
    with pytest.raises(OutputError, match="another version.*is_village"):
        open_sink(out, "duckdb")
