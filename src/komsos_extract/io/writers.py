"""Output sinks for batch runs: DuckDB, SQLite, JSONL, Parquet datasets and CSV.

Every sink writes one chunk of articles at a time, atomically (a transaction, or a part file
renamed into place), and can list the ``doc_id`` values it already holds so that a rerun resumes
after a crash or ``kill -9`` with no duplicate and no missing row. ``errors`` holds the last run's
unreadable inputs.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import ArticleRecord
from .tables import RECORD_TABLES, SCHEMAS, record_rows, to_arrow

FORMATS = ("duckdb", "sqlite", "jsonl", "parquet", "csv")
SUFFIX_FORMATS = {".duckdb": "duckdb", ".ddb": "duckdb", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite",
                  ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".csv": "csv"}


@dataclass
class Processed:
    """One article's result, as a worker returns it."""

    record: ArticleRecord
    url: str | None
    text_chars: int
    signature: str | None = None  # events.text_signature of the text (the text itself is not kept)


def format_for(path: Path, explicit: str | None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise ValueError(f"unknown format {explicit!r}; choose one of {', '.join(FORMATS)}")
        return explicit
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot tell the format from {path.name!r}; add --format ({', '.join(FORMATS)})")
    return fmt


def open_sink(path: Path, fmt: str):
    return {"duckdb": DuckDBSink, "sqlite": SQLiteSink, "jsonl": JsonlSink, "parquet": ParquetSink,
            "csv": CsvSink}[fmt](path)


def _chunk_tables(items: Iterable[Processed]) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {t: [] for t in RECORD_TABLES}
    for it in items:
        for table, rows in record_rows(it.record, it.url, it.text_chars).items():
            tables[table].extend(rows)
        if it.signature:
            tables["signatures"].append({"doc_id": it.record.doc_id, "minhash": it.signature})
    return tables


def _replace_atomically(path: Path, write) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write(tmp)
    os.replace(tmp, path)


# --- SQL databases -----------------------------------------------------------------------------

_SQL_TYPES = {pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN",
              pa.date32(): "DATE"}


def _create_sql(table: str) -> str:
    cols = ", ".join(f'"{f.name}" {_SQL_TYPES[f.type]}' for f in SCHEMAS[table])
    key = ", PRIMARY KEY (doc_id)" if table == "articles" else ""
    return f'CREATE TABLE IF NOT EXISTS "{table}" ({cols}{key})'


class DuckDBSink:
    resumable = True

    def __init__(self, path: Path) -> None:
        import duckdb

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.con = duckdb.connect(str(path))
        for table in SCHEMAS:
            self.con.execute(_create_sql(table))
        self.con.execute("DELETE FROM errors")

    def done_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT doc_id FROM articles").fetchall()}

    def write(self, items: list[Processed], errors: list[dict]) -> None:
        tables = _chunk_tables(items)
        tables["errors"] = errors
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in tables.items():
                if rows:
                    arrow = to_arrow(table, rows)  # noqa: F841  (read by DuckDB by name)
                    self.con.execute(f'INSERT INTO "{table}" SELECT * FROM arrow')
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.con.close()


class SQLiteSink:
    resumable = True

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.con = sqlite3.connect(str(path))
        self.con.execute("PRAGMA journal_mode=WAL")
        for table in SCHEMAS:
            self.con.execute(_create_sql(table).replace("VARCHAR", "TEXT").replace("DOUBLE", "REAL"))
        self.con.execute("DELETE FROM errors")
        self.con.commit()

    def done_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT doc_id FROM articles")}

    def write(self, items: list[Processed], errors: list[dict]) -> None:
        tables = _chunk_tables(items)
        tables["errors"] = errors
        with self.con:  # one transaction per chunk
            for table, rows in tables.items():
                if not rows:
                    continue
                names = [f.name for f in SCHEMAS[table]]
                marks = ", ".join("?" for _ in names)
                cols = ", ".join(f'"{n}"' for n in names)
                values = [tuple(_sqlite_value(row.get(n)) for n in names) for row in rows]
                self.con.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', values)

    def close(self) -> None:
        self.con.close()


def _sqlite_value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


# --- JSON lines --------------------------------------------------------------------------------

class JsonlSink:
    """One full record per line. A line cut short by a crash is dropped on the next open."""

    resumable = True

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.errors_path = path.with_name(path.stem + ".errors.jsonl")
        self._ids = self._repair_and_read()
        self.fh = path.open("a", encoding="utf-8")
        self._errors: list[dict] = []

    def _repair_and_read(self) -> set[str]:
        ids: set[str] = set()
        if not self.path.exists():
            return ids
        good_bytes = 0
        with self.path.open("rb") as fh:
            for line in fh:
                try:
                    if not line.endswith(b"\n"):
                        raise ValueError("cut short")
                    ids.add(json.loads(line)["doc_id"])
                except (ValueError, KeyError):
                    break
                good_bytes += len(line)
        if good_bytes != self.path.stat().st_size:
            with self.path.open("r+b") as fh:
                fh.truncate(good_bytes)
        return ids

    def done_ids(self) -> set[str]:
        return set(self._ids)

    def write(self, items: list[Processed], errors: list[dict]) -> None:
        signatures = "".join(json.dumps({"doc_id": it.record.doc_id, "minhash": it.signature}) + "\n"
                             for it in items if it.signature)
        if signatures:  # before the records: a signature without its record is ignored on reading
            with self.path.with_name(self.path.stem + ".signatures.jsonl").open("a", encoding="utf-8") as sig:
                sig.write(signatures)
        self.fh.write("".join(it.record.model_dump_json() + "\n" for it in items))
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self._errors.extend(errors)

    def close(self) -> None:
        self.fh.close()
        _replace_atomically(self.errors_path, lambda tmp: tmp.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self._errors), encoding="utf-8"))


# --- Parquet dataset and CSV -------------------------------------------------------------------

_PART = re.compile(r"^part-(\d{6})\.parquet$")


class ParquetSink:
    """A partitioned dataset: ``<out>/<table>/part-NNNNNN.parquet``, one part per chunk and table.

    A chunk is complete when its ``articles`` part exists (written last); parts of an incomplete
    chunk are removed on open, so a crash never leaves orphaned child rows.
    """

    resumable = True

    def __init__(self, path: Path) -> None:
        self.root = path
        for table in SCHEMAS:
            (self.root / table).mkdir(parents=True, exist_ok=True)
        complete = self._seqs("articles")
        for table in SCHEMAS:
            for seq in self._seqs(table) - complete:
                (self.root / table / f"part-{seq:06d}.parquet").unlink()
        for stale in self.root.glob("*/.part-*.tmp-*"):
            stale.unlink()
        for old in (self.root / "errors").glob("part-*.parquet"):
            old.unlink()
        self.next_seq = max(complete, default=-1) + 1

    def _seqs(self, table: str) -> set[int]:
        return {int(m.group(1)) for p in (self.root / table).iterdir() if (m := _PART.match(p.name))}

    def done_ids(self) -> set[str]:
        parts = sorted((self.root / "articles").glob("part-*.parquet"))
        ids: set[str] = set()
        for p in parts:
            ids.update(pq.read_table(p, columns=["doc_id"]).column("doc_id").to_pylist())
        return ids

    def write(self, items: list[Processed], errors: list[dict]) -> None:
        tables = _chunk_tables(items)
        seq = self.next_seq
        self.next_seq += 1
        if errors:
            self._write_part("errors", seq, errors)
        for table in [t for t in RECORD_TABLES if t != "articles"] + ["articles"]:
            self._write_part(table, seq, tables[table])

    def _write_part(self, table: str, seq: int, rows: list[dict]) -> None:
        target = self.root / table / f"part-{seq:06d}.parquet"
        _replace_atomically(target, lambda tmp: pq.write_table(to_arrow(table, rows), tmp))

    def read_table(self, table: str) -> pa.Table:
        parts = sorted((self.root / table).glob("part-*.parquet"))
        if not parts:
            return SCHEMAS[table].empty_table()
        return pa.concat_tables([pq.read_table(p, schema=SCHEMAS[table]) for p in parts])

    def close(self) -> None:
        pass


class CsvSink:
    """One CSV file per table in ``<out>/``, assembled at the end of a run from resumable parts kept
    in ``<out>/.parts/``; each CSV file is replaced atomically."""

    resumable = True

    def __init__(self, path: Path) -> None:
        self.root = path
        self.parts = ParquetSink(path / ".parts")

    def done_ids(self) -> set[str]:
        return self.parts.done_ids()

    def write(self, items: list[Processed], errors: list[dict]) -> None:
        self.parts.write(items, errors)

    def close(self) -> None:
        import pyarrow.csv as pcsv

        for table in SCHEMAS:
            data = self.parts.read_table(table)
            _replace_atomically(self.root / f"{table}.csv", lambda tmp, d=data: pcsv.write_csv(d, tmp))
