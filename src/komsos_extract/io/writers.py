"""Output sinks for batch runs: DuckDB, SQLite, JSONL, Parquet datasets and CSV.

Every sink writes one chunk of articles at a time, atomically (a transaction, or a part file
renamed into place), and can list the ``(doc_id, source)`` pairs it already holds so that a rerun
resumes after a crash or ``kill -9`` with no duplicate and no missing row. ``errors`` holds the last
run's unreadable inputs; ``duplicates`` every further source of a text already written (kept across runs).
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


DEFAULT_STEM = "results"
FORMAT_SUFFIX = {"duckdb": ".duckdb", "sqlite": ".sqlite", "jsonl": ".jsonl", "parquet": ".parquet", "csv": ".csv"}
FOLDER_FORMATS = ("parquet", "csv")
# ".db" is used for SQLite and DuckDB files alike: it names a format only when --format does not.
_AMBIGUOUS_SUFFIXES = {".db"}


class OutputError(ValueError):
    """The output path, its format and what is already there do not fit together (exit code 2)."""


def resolve_output(out: Path | str | None, fmt: str | None) -> tuple[Path, str]:
    """The output path and format: ``fmt`` when given, else ``out``'s suffix; with no ``out``,
    ``results`` plus the format's suffix. Raises :class:`OutputError` on a mismatch between them
    or when ``out`` already holds an output of another format."""
    if fmt is not None:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out is None:
        fmt = fmt or "duckdb"
        out = Path(DEFAULT_STEM + FORMAT_SUFFIX[fmt])
    else:
        out = Path(out)
        suffix = out.suffix.lower()
        implied = SUFFIX_FORMATS.get(suffix)
        if fmt and implied and implied != fmt and suffix not in _AMBIGUOUS_SUFFIXES:
            raise OutputError(f"--out {out} is a {implied} name but --format is {fmt}; "
                              f"use --out {out.with_suffix(FORMAT_SUFFIX[fmt])} or drop --format")
        fmt = fmt or implied
        if fmt is None:
            raise OutputError(f"cannot tell the format from {out.name!r}; add --format ({', '.join(FORMATS)}) "
                              f"or end --out with {', '.join(FORMAT_SUFFIX.values())}")
    check_existing(out, fmt)
    return out, fmt


def format_for(path: Path, explicit: str | None) -> str:
    """The format of an output named ``path``: ``explicit`` when given, else from the suffix (for
    reading an output back; :func:`resolve_output` also checks what is already there)."""
    if explicit:
        if explicit.lower() not in FORMATS:
            raise OutputError(f"unknown format {explicit!r}; choose one of {', '.join(FORMATS)}")
        return explicit.lower()
    fmt = SUFFIX_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise OutputError(f"cannot tell the format from {Path(path).name!r}; add --format ({', '.join(FORMATS)})")
    return fmt


def existing_format(path: Path) -> str | None:
    """What kind of output ``path`` already holds: a format name, "empty", "other", or None (nothing)."""
    if path.is_dir():
        if not any(path.iterdir()):
            return "empty"
        if (path / ".parts").is_dir():
            return "csv"
        return "parquet" if (path / "articles").is_dir() else "other"
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return "other"
    if not head:
        return "empty"
    if head.startswith(b"SQLite format 3\0"):
        return "sqlite"
    if head[8:12] == b"DUCK":
        return "duckdb"
    return "jsonl" if head.lstrip()[:1] == b"{" else "other"


def check_existing(out: Path, fmt: str) -> None:
    """Refuse to write ``fmt`` over something that is not a ``fmt`` output of ours."""
    found = existing_format(out)
    if found in (None, fmt) or found == "empty" and (fmt in FOLDER_FORMATS) == out.is_dir() and fmt != "duckdb":
        return
    what = {"empty": "an empty " + ("folder" if out.is_dir() else "file"),
            "other": "a " + ("folder" if out.is_dir() else "file") + f" that is not a {fmt} output"
            }.get(found, f"a {found} output")
    shape = "a folder" if fmt in FOLDER_FORMATS else "a file"
    raise OutputError(f"{out} already exists and is {what}; {fmt} writes {shape}: "
                      f"choose another --out, or remove {out}")


def open_sink(path: Path, fmt: str):
    return {"duckdb": DuckDBSink, "sqlite": SQLiteSink, "jsonl": JsonlSink, "parquet": ParquetSink,
            "csv": CsvSink}[fmt](path)


def _chunk_tables(items: Iterable[Processed], errors: list[dict] = (), duplicates: list[dict] = ()
                  ) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {t: [] for t in RECORD_TABLES}
    for it in items:
        for table, rows in record_rows(it.record, it.url, it.text_chars).items():
            tables[table].extend(rows)
        if it.signature:
            tables["signatures"].append({"doc_id": it.record.doc_id, "minhash": it.signature})
    tables["errors"] = list(errors)
    tables["duplicates"] = list(duplicates)
    return tables


def _check_columns(path: Path, table: str, columns: list[str]) -> None:
    expected = [f.name for f in SCHEMAS[table]]
    if columns != expected:
        missing = ", ".join(c for c in expected if c not in columns) or "the same columns in another order"
        raise OutputError(f"{path} was written by another version of komsos-extract (table {table} lacks "
                          f"{missing}); write to a new --out")


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
            cols = [d[0] for d in self.con.execute(f'SELECT * FROM "{table}" LIMIT 0').description]
            _check_columns(path, table, cols)
        self.con.execute("DELETE FROM errors")

    def done_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT doc_id FROM articles").fetchall()}

    def known_sources(self) -> set[tuple[str, str | None]]:
        """(doc_id, source) of every article and duplicate already written."""
        return {tuple(r) for r in self.con.execute(
            "SELECT doc_id, source FROM articles UNION ALL SELECT doc_id, source FROM duplicates").fetchall()}

    def write(self, items: list[Processed], errors: list[dict], duplicates: list[dict] = ()) -> None:
        tables = _chunk_tables(items, errors, duplicates)
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
            _check_columns(path, table, [r[1] for r in self.con.execute(f'PRAGMA table_info("{table}")')])
        self.con.execute("DELETE FROM errors")
        self.con.commit()

    def done_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT doc_id FROM articles")}

    def known_sources(self) -> set[tuple[str, str | None]]:
        """(doc_id, source) of every article and duplicate already written."""
        return {tuple(r) for r in self.con.execute(
            "SELECT doc_id, source FROM articles UNION ALL SELECT doc_id, source FROM duplicates")}

    def write(self, items: list[Processed], errors: list[dict], duplicates: list[dict] = ()) -> None:
        tables = _chunk_tables(items, errors, duplicates)
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
    """One full record per line, plus ``url`` (where the input had one). A line cut short by a crash
    is dropped on the next open. Errors go to ``NAME.errors.jsonl``, duplicates to ``NAME.duplicates.jsonl``."""

    resumable = True

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.errors_path = path.with_name(path.stem + ".errors.jsonl")
        self.duplicates_path = path.with_name(path.stem + ".duplicates.jsonl")
        self._known = self._repair_and_read(self.path) | self._repair_and_read(self.duplicates_path)
        self.fh = path.open("a", encoding="utf-8")
        self.dup_fh = self.duplicates_path.open("a", encoding="utf-8")
        self._errors: list[dict] = []

    @staticmethod
    def _repair_and_read(path: Path) -> set[tuple[str, str | None]]:
        pairs: set[tuple[str, str | None]] = set()
        if not path.exists():
            return pairs
        good_bytes = 0
        with path.open("rb") as fh:
            for line in fh:
                try:
                    if not line.endswith(b"\n"):
                        raise ValueError("cut short")
                    obj = json.loads(line)
                    pairs.add((obj["doc_id"], obj.get("source")))
                except (ValueError, KeyError, TypeError, AttributeError):
                    break
                good_bytes += len(line)
        if good_bytes != path.stat().st_size:
            with path.open("r+b") as fh:
                fh.truncate(good_bytes)
        return pairs

    def done_ids(self) -> set[str]:
        return {doc_id for doc_id, _ in self._known}

    def known_sources(self) -> set[tuple[str, str | None]]:
        return set(self._known)

    @staticmethod
    def _line(it: Processed) -> str:
        # the record's JSON with "url" appended (the record itself has no url field)
        return it.record.model_dump_json()[:-1] + ',"url":' + json.dumps(it.url, ensure_ascii=False) + "}\n"

    def write(self, items: list[Processed], errors: list[dict], duplicates: list[dict] = ()) -> None:
        signatures = "".join(json.dumps({"doc_id": it.record.doc_id, "minhash": it.signature}) + "\n"
                             for it in items if it.signature)
        if signatures:  # before the records: a signature without its record is ignored on reading
            with self.path.with_name(self.path.stem + ".signatures.jsonl").open("a", encoding="utf-8") as sig:
                sig.write(signatures)
        self.fh.write("".join(self._line(it) for it in items))
        self.fh.flush()
        os.fsync(self.fh.fileno())
        if duplicates:
            self.dup_fh.write("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in duplicates))
            self.dup_fh.flush()
            os.fsync(self.dup_fh.fileno())
        self._errors.extend(errors)

    def close(self) -> None:
        self.fh.close()
        self.dup_fh.close()
        _replace_atomically(self.errors_path, lambda tmp: tmp.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self._errors), encoding="utf-8"))


# --- Parquet dataset and CSV -------------------------------------------------------------------

_PART = re.compile(r"^part-(\d{6})\.parquet$")


_STAGED = re.compile(r"^\.part-(\d{6})\.parquet\.staged$")


class ParquetSink:
    """A partitioned dataset: ``<out>/<table>/part-NNNNNN.parquet``, one part per chunk and table.

    A chunk is written in two steps: every table's part is first written under a hidden staged name
    (``.part-NNNNNN.parquet.staged``, which ``*.parquet`` globs do not match), then renamed into
    place, the ``articles`` part first. So a reader of ``<out>/<table>/*.parquet`` never sees a
    child row (units, places, ...) whose article row is not there, even during a write or right after
    a crash (it may briefly see an article whose child rows follow a moment later). A chunk counts
    once its ``articles`` part exists: on open, staged parts of such a chunk are renamed into place
    (the crash came between the renames) and those of any other chunk are removed.
    """

    resumable = True

    def __init__(self, path: Path) -> None:
        self.root = path
        for table in SCHEMAS:
            (self.root / table).mkdir(parents=True, exist_ok=True)
        complete = self._seqs("articles")
        for table in SCHEMAS:
            for staged in (self.root / table).iterdir():
                if m := _STAGED.match(staged.name):
                    if int(m.group(1)) in complete:
                        os.replace(staged, self.root / table / f"part-{m.group(1)}.parquet")
                    else:
                        staged.unlink()
            for seq in self._seqs(table) - complete:  # outputs of versions that wrote articles last
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

    def known_sources(self) -> set[tuple[str, str | None]]:
        """(doc_id, source) of every article and duplicate already written."""
        pairs: set[tuple[str, str | None]] = set()
        for table in ("articles", "duplicates"):
            for p in sorted((self.root / table).glob("part-*.parquet")):
                t = pq.read_table(p, columns=["doc_id", "source"])
                pairs.update(zip(t.column("doc_id").to_pylist(), t.column("source").to_pylist()))
        return pairs

    def write(self, items: list[Processed], errors: list[dict], duplicates: list[dict] = ()) -> None:
        tables = _chunk_tables(items, errors, duplicates)
        seq = self.next_seq
        self.next_seq += 1
        staged: list[tuple[Path, Path]] = []
        for table in RECORD_TABLES + ("errors", "duplicates"):
            if table in RECORD_TABLES or tables[table]:
                folder = self.root / table
                tmp = folder / f".part-{seq:06d}.parquet.staged"
                pq.write_table(to_arrow(table, tables[table]), tmp)
                staged.append((tmp, folder / f"part-{seq:06d}.parquet"))
        for tmp, final in staged:  # articles first (RECORD_TABLES starts with it): the commit point
            os.replace(tmp, final)

    def read_table(self, table: str) -> pa.Table:
        parts = sorted((self.root / table).glob("part-*.parquet"))
        if table != "articles":  # only chunks whose articles part is there
            parts = [p for p in parts if (self.root / "articles" / p.name).exists()]
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

    def known_sources(self) -> set[tuple[str, str | None]]:
        return self.parts.known_sources()

    def write(self, items: list[Processed], errors: list[dict], duplicates: list[dict] = ()) -> None:
        self.parts.write(items, errors, duplicates)

    def close(self) -> None:
        import pyarrow.csv as pcsv

        for table in ["articles"] + [t for t in SCHEMAS if t != "articles"]:  # articles.csv first: a
            data = self.parts.read_table(table)  # crash in between leaves no child row without its article
            _replace_atomically(self.root / f"{table}.csv", lambda tmp, d=data: pcsv.write_csv(d, tmp))
