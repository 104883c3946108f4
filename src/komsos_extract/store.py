"""A batch output read back as Arrow tables, and derived tables written beside it, in every format.

The events pass and the report work on what a sink holds, not on what one run saw, so that a later
batch into the same output, a resumed run and a run with workers or Dask all end in the same tables.
Derived tables (``events``, ``article_events``) are replaced whole and atomically: a transaction
in DuckDB and SQLite, a file renamed into place for JSON lines, Parquet and CSV.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .io.tables import SCHEMAS, record_rows
from .io.writers import format_for


def _replace(path: Path, write) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write(tmp)
    os.replace(tmp, path)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Columns in schema order and types (SQLite hands dates back as text)."""
    cols = []
    for f in schema:
        if f.name in table.column_names:
            col = table.column(f.name)
            if col.type != f.type:
                col = col.cast(f.type) if not pa.types.is_null(col.type) else pa.nulls(len(table), f.type)
        else:
            col = pa.nulls(len(table), f.type)
        cols.append(col)
    return pa.Table.from_arrays(cols, schema=schema)


class Store:
    """Read tables of a batch output (``None`` for a table it does not hold) and replace derived ones."""

    def __init__(self, out: Path, fmt: str | None = None) -> None:
        self.out = Path(out)
        self.fmt = format_for(self.out, fmt)
        self._jsonl: dict[str, pa.Table] | None = None

    # --- reading -------------------------------------------------------------------------------

    def read(self, table: str, schema: pa.Schema | None = None) -> pa.Table | None:
        schema = schema or SCHEMAS.get(table)
        data = getattr(self, f"_read_{self.fmt}")(table, schema)
        if data is None:
            return None
        return _conform(data, schema) if schema is not None else data

    def _read_duckdb(self, table: str, schema) -> pa.Table | None:
        import duckdb

        if not self.out.exists():
            return None
        con = duckdb.connect(str(self.out), read_only=True)
        try:
            found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                [table]).fetchall()[0][0]
            return con.sql(f'SELECT * FROM "{table}"').to_arrow_table() if found else None
        finally:
            con.close()

    def _read_sqlite(self, table: str, schema) -> pa.Table | None:
        if not self.out.exists():
            return None
        con = sqlite3.connect(str(self.out))
        try:
            if not con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone():
                return None
            cur = con.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
        finally:
            con.close()
        columns = {n: [r[i] for r in rows] for i, n in enumerate(names)}
        if schema is not None:  # text dates and 0/1 booleans back to their types
            for f in schema:
                if f.name in columns and pa.types.is_boolean(f.type):
                    columns[f.name] = [None if v is None else bool(v) for v in columns[f.name]]
                if f.name in columns and pa.types.is_date(f.type):
                    columns[f.name] = pa.array(columns[f.name], pa.string()).cast(f.type)
        return pa.table(columns) if names else None

    def _parts_root(self) -> Path:
        return self.out / ".parts" if self.fmt == "csv" else self.out

    def _read_parquet(self, table: str, schema) -> pa.Table | None:
        folder = self._parts_root() / table
        parts = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
        if table in SCHEMAS and table != "articles" and table != "errors":
            done = {p.name for p in (self._parts_root() / "articles").glob("part-*.parquet")}
            parts = [p for p in parts if p.name in done]  # a chunk cut short by a crash is not there yet
        if not parts:
            return None if not folder.is_dir() else (schema.empty_table() if schema is not None else None)
        return pa.concat_tables([pq.read_table(p, schema=schema) for p in parts])

    _read_csv = _read_parquet

    def _read_jsonl(self, table: str, schema) -> pa.Table | None:
        if table in SCHEMAS and table not in ("errors", "signatures", "duplicates"):
            if self._jsonl is None:
                self._jsonl = self._jsonl_record_tables()
            return self._jsonl.get(table)
        path = self._sidecar(table)
        if not path.exists():
            return None
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rows.append(json.loads(line))
            except ValueError:
                continue  # a line cut short by a crash
        return pa.Table.from_pylist(rows)  # dates as text here: read() casts them to the schema

    def _jsonl_record_tables(self) -> dict[str, pa.Table]:
        from .records import ArticleRecord

        tables: dict[str, list[dict]] = {t: [] for t in SCHEMAS}
        if self.out.exists():
            with self.out.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        obj = json.loads(line)
                        url = obj.pop("url", None)  # the JSONL sink adds the input's url to the record
                        record = ArticleRecord.model_validate(obj)
                    except (ValueError, AttributeError):
                        continue
                    for t, rows in record_rows(record, url).items():
                        tables[t].extend(rows)
        return {t: pa.Table.from_pylist(rows, schema=SCHEMAS[t]) for t, rows in tables.items()}

    def _sidecar(self, table: str) -> Path:
        return self.out.with_name(f"{self.out.stem}.{table}.jsonl")

    # --- writing derived tables ----------------------------------------------------------------

    def replace(self, tables: dict[str, pa.Table]) -> None:
        getattr(self, f"_replace_{self.fmt}")(tables)

    def _replace_duckdb(self, tables: dict[str, pa.Table]) -> None:
        import duckdb

        con = duckdb.connect(str(self.out))
        try:
            con.execute("BEGIN TRANSACTION")
            for name, data in tables.items():  # noqa: B007  (data is read by DuckDB by name)
                con.execute(f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM data')
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        finally:
            con.close()

    def _replace_sqlite(self, tables: dict[str, pa.Table]) -> None:
        types = {pa.string(): "TEXT", pa.int32(): "INTEGER", pa.int64(): "INTEGER", pa.float64(): "REAL",
                 pa.bool_(): "BOOLEAN", pa.date32(): "DATE"}
        con = sqlite3.connect(str(self.out))
        try:
            with con:
                for name, data in tables.items():
                    con.execute(f'DROP TABLE IF EXISTS "{name}"')
                    cols = ", ".join(f'"{f.name}" {types[f.type]}' for f in data.schema)
                    con.execute(f'CREATE TABLE "{name}" ({cols})')
                    rows = [tuple(v.isoformat() if hasattr(v, "isoformat") else v for v in row.values())
                            for row in data.to_pylist()]
                    marks = ", ".join("?" for _ in data.schema)
                    con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        finally:
            con.close()

    def _replace_parquet(self, tables: dict[str, pa.Table]) -> None:
        for name, data in tables.items():
            folder = self._parts_root() / name
            folder.mkdir(parents=True, exist_ok=True)
            _replace(folder / "part-000000.parquet", lambda tmp, d=data: pq.write_table(d, tmp))
            for extra in folder.glob("part-*.parquet"):
                if extra.name != "part-000000.parquet":
                    extra.unlink()

    def _replace_csv(self, tables: dict[str, pa.Table]) -> None:
        import pyarrow.csv as pcsv

        self._replace_parquet(tables)  # kept in .parts for the next run to read back
        for name, data in tables.items():
            _replace(self.out / f"{name}.csv", lambda tmp, d=data: pcsv.write_csv(d, tmp))

    def _replace_jsonl(self, tables: dict[str, pa.Table]) -> None:
        for name, data in tables.items():
            rows = data.to_pylist()
            _replace(self._sidecar(name), lambda tmp, r=rows: tmp.write_text(
                "".join(json.dumps(x, ensure_ascii=False, default=str) + "\n" for x in r), encoding="utf-8"))
